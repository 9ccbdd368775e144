"""A very long article (issue 12): it imports whole, and quotes, highlights and search work on it.

The benchmark (benchmarks/reliability.py) times a 50,000-paragraph page; the
tests use 2,000 paragraphs of the same page, which is enough to cross every
stepped or deferred path, and keep CI quick. Speed is never asserted here.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.quotes.resolve import name_pairs
from tests_helpers import long_page

N = 2000


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    p = tmp_path_factory.mktemp("long") / "ledger.html"
    p.write_bytes(long_page(N))
    return p


@pytest.fixture
def saved(library, page):
    return library, library.add(page).id


def test_every_paragraph_is_imported(saved):
    library, aid = saved
    a = library.article(aid)
    assert a.title == "The long ledger of the valley"
    assert len(a.blocks) == N
    assert a.text.startswith("Paragraph 0: ") and "Paragraph 1999: " in a.text
    assert a.word_count == len(a.text.split())


def test_quotes_on_a_long_article(saved):
    library, aid = saved
    text = library.article(aid).text
    quotes = library.quotes(aid)
    said = [i for i in range(N) if i % 25 == 7 and i != N - 3]
    assert len(quotes) == len(said)
    names = ["Mara Okafor", "Ilse Brandt", "Tomas Reyes", "Priya Nand"]
    for q, i in zip(quotes, said, strict=True):
        assert q.speaker == names[(i // 25) % 4]
        assert f"We counted {i} sacks" in text[q.start : q.end]


def test_quotes_read_in_slices_make_the_whole_list(saved):
    library, aid = saved
    whole = library.quotes(aid)
    slices = [library.quotes(aid, offset=i, limit=7) for i in range(0, len(whole) + 7, 7)]
    assert [q for s in slices for q in s] == whole
    assert all(len(s) == 7 for s in slices[:-2]) and slices[-1] == []
    assert library.quotes(aid, offset=len(whole) - 2) == whole[-2:]


def test_highlights_at_the_end_of_a_long_article(saved):
    library, aid = saved
    text = library.article(aid).text
    start = text.index("zanzibarite")
    h = library.add_highlight(aid, start, start + len("zanzibarite"), note="found it")
    (got,) = library.highlights(aid)
    assert (got.id, got.start, got.end, got.status) == (h.id, start, start + 11, "attached")
    assert text[got.start : got.end] == "zanzibarite"


def test_search_finds_words_at_the_end_of_a_long_article(saved):
    library, aid = saved
    text = library.article(aid).text
    hits = [h for h in library.search("zanzibarite") if h.kind == "article"]
    assert [h.article_id for h in hits] == [aid]
    assert hits[0].start == text.index("zanzibarite")
    priya = library.search('speaker:"Priya Nand"', limit=100)
    assert {(h.kind, h.article_id) for h in priya} == {("quote", aid)}
    assert len(priya) == len([i for i in range(N) if i % 25 == 7 and (i // 25) % 4 == 3])


# The quote engine finds "Given Surname" pairs around a one-word name at the
# places the word occurs rather than scanning the text once per name; it must
# find exactly what the scan found.
_PIECES = ["Ann", "Lee", "Bo", "lee", " ", " ", "-", "'", "\u2019", ".", "\n", "\u00c9", "x", "A", "Lee-Ann"]


@given(st.lists(st.sampled_from(_PIECES), max_size=16), st.sampled_from(["Lee", "Ann", "A", "lee", "Lee-Ann"]))
def test_name_pairs_finds_what_a_scan_of_the_whole_text_finds(pieces, word):
    text = "".join(pieces)
    w = re.escape(word)
    scan = re.finditer(rf"(?<![\w\-'\u2019])(?:([A-Z][\w\-'\u2019]+) {w}|{w} ([A-Z][\w\-'\u2019]+))(?![\w\-])", text)
    assert [(m.span(), m.groups()) for m in name_pairs(text, word)] == [(m.span(), m.groups()) for m in scan]
