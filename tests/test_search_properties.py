"""Property tests: any query string gives a list of hits or a QueryError, never anything else.

Hypothesis writes queries from the query language's own pieces (quotes,
parentheses, ``-``, ``*``, ``:``, filters, OR/AND/NOT/NEAR), emoji, control
characters, lone surrogates (what a command line gets from bytes that are not
UTF-8) and long strings up to 10,000 characters, and runs them against a small
library and against :func:`reader.search.parse_query`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

CORPUS_DIR = Path(__file__).resolve().parent / "data" / "search"
FILES = {
    "02_pm_visit.txt": ("Harwick Herald", "2024-05-01"),
    "07_fishing_quota.txt": ("Lakeside Post", "2022-11-02"),
    "08_net_loft.txt": ("Harwick Herald", None),
}

PIECES = [
    '"',
    "'",
    "(",
    ")",
    "-",
    "*",
    ":",
    "^",
    "+",
    "{",
    "}",
    "[",
    "]",
    ",",
    ";",
    "\\",
    "%",
    "_",
    "OR",
    "AND",
    "NOT",
    "NEAR",
    "NEAR(",
    "or",
    "and",
    "tag:",
    'tag:"',
    "tag:coast",
    'tag:"local politics"',
    "speaker:",
    "speaker:Crane",
    'speaker:"the mayor"',
    "site:",
    "site:herald",
    "is:",
    "is:read",
    "is:unread",
    "is:favourite",
    "is:archived",
    "is:highlighted",
    "is:noted",
    "is:bogus",
    "in:",
    "in:articles",
    "in:quotes",
    "in:notes",
    "in:highlights",
    "in:bogus",
    "before:",
    "after:",
    "before:2024",
    "after:2023-06",
    "before:2024-05-01",
    "after:2024-13",
    "before:0000-00-00",
    "col:umn",
    "title:",
    "rank:",
    '"ferry terminal"',
    "-ferry",
    '-"the mayor"',
    "ferr*",
    "café",
    "CAFÉ",
    "Zürich",
    "cafe\u0301",
    "😀",
    "🏳️\u200d🌈",
    "\u200b",
    "\x00",
    "\x1b",
    "\x7f",
    "\u2028",
    "\ud800",
    "\udcff",
    "ﬂ",
    "İ",
    "\n",
    "\t",
    " ",
]

piece = st.one_of(st.sampled_from(PIECES), st.text(max_size=8))
QUERIES = st.one_of(
    st.text(max_size=200),
    st.lists(piece, max_size=30).map(" ".join),
    st.lists(piece, max_size=30).map("".join),
    # Long strings, up to 10,000 characters, made quickly by repetition.
    st.tuples(st.lists(piece, min_size=1, max_size=6).map(" ".join), st.integers(1, 5_000)).map(
        lambda p: ((p[0] + " ") * p[1])[:10_000]
    ),
    st.text(min_size=2_000, max_size=10_000),
)

SETTINGS = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module")
def small_library(tmp_path_factory: pytest.TempPathFactory):
    from reader.importers import plaintext
    from reader.library import Library

    lib = Library.open(tmp_path_factory.mktemp("search-small"))
    ids = []
    for name, (site, published) in FILES.items():
        path = CORPUS_DIR / name
        imported = plaintext.parse(path.read_bytes(), source=str(path), name=name)
        imported.article.site, imported.article.published = site, published
        ids.append(lib.save(imported).id)
    lib.tag("article", ids[0], ["politics", "local politics"])
    start, end = lib.find_words(ids[0], "the shuttered ferry terminal")
    lib.add_highlight(ids[0], start, end, note="Ferry first", tags=["key figures"])
    lib.set_article_note(ids[1], "Compare the marigold boats.")
    lib.set_state([ids[1]], read=True, favourite=True)
    lib.set_state([ids[2]], archived=True)
    texts = {aid: lib.article(aid).text for aid in ids}
    yield lib, texts
    lib.close()


def _one_line(exc: Exception) -> None:
    message = str(exc)
    assert message.strip(), "a QueryError needs a message"
    assert "\n" not in message, f"not a one-line message: {message!r}"


@SETTINGS
@given(query=QUERIES)
def test_search_gives_a_list_or_a_query_error(small_library, query: str) -> None:
    from reader.search import QueryError, SearchHit

    lib, texts = small_library
    try:
        hits = lib.search(query)
    except QueryError as exc:
        _one_line(exc)
        return
    assert isinstance(hits, list)
    assert len(hits) <= 50
    for h in hits:
        assert isinstance(h, SearchHit)
        assert h.kind in {"article", "highlight", "note", "quote"}
        assert h.article_id in texts
        for s, e in h.marks:
            assert 0 <= s < e <= len(h.snippet)
        if h.start is not None:
            assert h.end is not None and 0 <= h.start < h.end <= len(texts[h.article_id])


@SETTINGS
@given(query=QUERIES, limit=st.integers(1, 5))
def test_search_respects_any_limit(small_library, query: str, limit: int) -> None:
    from reader.search import QueryError

    lib, _ = small_library
    try:
        hits = lib.search(query, limit=limit)
    except QueryError as exc:
        _one_line(exc)
        return
    assert isinstance(hits, list) and len(hits) <= limit


@SETTINGS
@given(query=QUERIES)
def test_parse_query_parses_or_gives_a_query_error(query: str) -> None:
    from reader.search import QueryError, parse_query

    try:
        parse_query(query)
    except QueryError as exc:
        _one_line(exc)
