"""Search over a known corpus: every operator and filter, ranking, folding, hits and speakers.

The library is built once per module from ``tests/data/search`` (fourteen
invented articles and ``corpus.json``, which gives each its site, dates, tags,
state, highlights and note). Articles are named by their file name without the
number (``"lighthouse_keeper"``); an expected answer is a set of
``(kind, article)`` pairs, or an ordered list where the ranking is defined.

The search names are imported inside the tests, so that this module is
collected even before ``reader.search`` exists.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CORPUS_DIR = Path(__file__).resolve().parent / "data" / "search"
KINDS = {"article", "highlight", "note", "quote"}
# Enough for every hit of the corpus: a test that lists "everything" must not be cut short.
ALL = 1000

HERALD = {
    "lighthouse_keeper",
    "pm_visit",
    "flood_barrier",
    "library_renewal",
    "net_loft",
    "seabird_survey",
    "solar_homes",
}
POST = {
    "storm_roads",
    "wind_farm",
    "fishing_quota",
    "pm_interview",
    "saturday_market",
    "rail_link",
    "museum_lifeboat",
}
EVERY = HERALD | POST

CRANE = "Sir Alistair Crane"
ODILE = "Odile Brennan"
TOMAS = "Tomas Brennan"
VALCOURT = "Inès Valcourt"

#: What the quote extractor finds in each article: (speaker, how the quote begins), in order.
EXPECTED_QUOTES: dict[str, list[tuple[str, str]]] = {
    "lighthouse_keeper": [
        ("Euan Fairlie", "The light was never a job"),
        ("Euan Fairlie", "I will miss the log"),
    ],
    "pm_visit": [
        (CRANE, "We will not abandon the coast"),
        (ODILE, "Harwick has waited long enough"),
        (CRANE, "I have seen the terminal"),
        (ODILE, "We expect an answer by the spring"),
    ],
    "flood_barrier": [
        (ODILE, "This is the day the lower town"),
        ("Kofi Mensah", "Each gate weighs"),
        (ODILE, "We asked the residents for patience"),
    ],
    "storm_roads": [("Rhona Gault", "People should not drive")],
    "wind_farm": [
        (CRANE, "This is what a modern coast looks like"),
        (VALCOURT, "The turbines will change"),
        (CRANE, "We have listened to the fishing crews"),
    ],
    "library_renewal": [
        (ODILE, "A town without a proper library"),
        (ODILE, "The vote is the fairest way"),
        ("Aled Pryce", "We have books in boxes"),
    ],
    "fishing_quota": [
        (TOMAS, "They have written these rules"),
        (TOMAS, "I will take my boat up the river"),
    ],
    "net_loft": [
        ("Henrike Sauer", "We wanted a place"),
        ("Henrike Sauer", "If the artists do well"),
    ],
    "pm_interview": [
        (CRANE, "Every penny of the fund"),
        (CRANE, "I was told the ferry"),
        ("Wendy Okafor", "The prime minister talks about pennies"),
        (CRANE, "I have no intention of going anywhere"),
    ],
    "saturday_market": [
        ("Priya Lomax", "The marigold stall sells out"),
        ("Dev Arora", "We used to be hidden"),
    ],
    "seabird_survey": [
        (VALCOURT, "Their counts are as careful"),
        ("Maisie Trow", "I thought it would be a few trips"),
    ],
    "rail_link": [("Gareth Lund", "We will not run a single train")],
    "solar_homes": [
        ("Nadia Ferris", "Tenants should not have to choose"),
        ("Nadia Ferris", "If the first four hundred homes"),
    ],
    "museum_lifeboat": [("Oona Riddell", "Every plank we took off")],
}


# -- the corpus -------------------------------------------------------------------------------


@dataclass
class Corpus:
    """The module's library and what it was built from."""

    lib: object
    meta: dict[str, dict]
    ids: dict[str, int] = field(default_factory=dict)  # article name -> id
    names: dict[int, str] = field(default_factory=dict)  # id -> article name
    highlights: dict[str, list] = field(default_factory=dict)  # article name -> its highlights
    notes: dict[str, object] = field(default_factory=dict)  # article name -> its note

    def text(self, name: str) -> str:
        return self.lib.article(self.ids[name]).text

    def quotes(self, name: str) -> list:
        return self.lib.quotes(self.ids[name])


def _name(file_name: str) -> str:
    return file_name.split("_", 1)[1].removesuffix(".txt")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):
    from reader.importers import plaintext
    from reader.library import Library

    meta = json.loads((CORPUS_DIR / "corpus.json").read_text(encoding="utf-8"))
    lib = Library.open(tmp_path_factory.mktemp("search-library"))
    c = Corpus(lib=lib, meta={})
    for file_name, m in meta.items():
        path = CORPUS_DIR / file_name
        imported = plaintext.parse(path.read_bytes(), source=str(path), name=file_name)
        a = imported.article
        a.site, a.author, a.published = m["site"], m["author"], m["published"]
        if m.get("added"):
            a.added = m["added"]
        aid = lib.save(imported).id
        name = _name(file_name)
        c.ids[name], c.names[aid], c.meta[name] = aid, name, m
        if m["tags"]:
            lib.tag("article", aid, m["tags"])
        st = m["state"]
        lib.set_state([aid], read=st["read"], favourite=st["favourite"], archived=st["archived"])
        c.highlights[name] = []
        for h in m["highlights"]:
            start, end = lib.find_words(aid, h["words"], h["occurrence"])
            c.highlights[name].append(lib.add_highlight(aid, start, end, note=h["note"], tags=h["tags"]))
        if m["note"]:
            c.notes[name] = lib.set_article_note(aid, m["note"])
    yield c
    lib.close()


def check_extraction(corpus: Corpus) -> None:
    """The extractor found the corpus's quotes with the speakers the tests expect.

    Called before asserting anything about quote hits, so that a failure there
    says the extractor, not search, changed.
    """
    for name, expected in EXPECTED_QUOTES.items():
        text = corpus.text(name)
        got = corpus.quotes(name)
        assert [(q.speaker, q.text[: len(start)]) for q, (_, start) in zip(got, expected, strict=False)] == expected, (
            f"the quote extractor (not search) found different quotes in {name}"
        )
        assert len(got) == len(expected), f"the quote extractor (not search) found {len(got)} quotes in {name}"
        for q in got:
            assert text[q.start : q.end] == q.text, f"a quote of {name} is not in one piece (extractor)"


def quote_spans(corpus: Corpus, *speakers: str) -> set[tuple[str, int, int]]:
    """(article, start, end) of every quote the extractor gave to one of ``speakers``."""
    return {(name, q.start, q.end) for name in EXPECTED_QUOTES for q in corpus.quotes(name) if q.speaker in speakers}


# -- helpers ----------------------------------------------------------------------------------


def fold(s: str) -> str:
    """Case and diacritics folded, one character for one (offsets stay valid)."""
    out = []
    for ch in s:
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)).lower()
        out.append(base if len(base) == 1 else ch.lower()[:1] or ch)
    return "".join(out)


def search(corpus: Corpus, query: str, limit: int = ALL) -> list:
    """Run a query; the answer is a list of well-formed hits with no repeats."""
    from reader.search import SearchHit

    hits = corpus.lib.search(query, limit=limit)
    assert isinstance(hits, list), f"{query!r} gave {type(hits).__name__}, not a list"
    seen = set()
    for h in hits:
        assert isinstance(h, SearchHit)
        assert h.kind in KINDS, h.kind
        assert h.article_id in corpus.names, f"hit for an unknown article {h.article_id}"
        assert h.title == corpus.lib.article(h.article_id).title
        key = (h.kind, h.article_id, h.ref_id, h.start, h.end)
        assert key not in seen, f"{query!r} returned {key} twice"
        seen.add(key)
    return hits


def found(corpus: Corpus, query: str, limit: int = ALL) -> set[tuple[str, str]]:
    return {(h.kind, corpus.names[h.article_id]) for h in search(corpus, query, limit)}


def articles(*names: str) -> set[tuple[str, str]]:
    return {("article", n) for n in names}


def article_names(corpus: Corpus, query: str) -> set[str]:
    return {corpus.names[h.article_id] for h in search(corpus, query) if h.kind == "article"}


def all_in(corpus: Corpus, query: str, allowed: set[str]) -> None:
    outside = {corpus.names[h.article_id] for h in search(corpus, query)} - allowed
    assert not outside, f"{query!r} found hits in {outside}"


def assert_query_error(query: str, corpus: Corpus, *, naming: str | None = None) -> None:
    from reader.errors import ReaderError
    from reader.search import QueryError

    with pytest.raises(QueryError) as info:
        corpus.lib.search(query)
    assert isinstance(info.value, ReaderError)
    message = str(info.value)
    assert message.strip() and "\n" not in message, f"not a one-line message: {message!r}"
    if naming is not None:
        assert naming.lower() in message.lower(), f"{message!r} does not name {naming!r}"


# -- the corpus is what the tests assume ------------------------------------------------------


def test_corpus_is_built_as_described(corpus: Corpus) -> None:
    assert len(corpus.ids) == 14
    assert corpus.lib.count() == 14
    for name, m in corpus.meta.items():
        a = corpus.lib.article(corpus.ids[name])
        assert (a.site, a.published) == (m["site"], m["published"])
        assert 150 <= a.word_count <= 400, f"{name} has {a.word_count} words"
        for h, spec in zip(corpus.highlights[name], m["highlights"], strict=True):
            assert h.exact == spec["words"]
            assert a.text[h.start : h.end] == spec["words"]
    assert corpus.lib.article(corpus.ids["rail_link"]).added == "2023-08-14T09:30:00+00:00"
    assert corpus.lib.article(corpus.ids["lighthouse_keeper"]).title.startswith("Lighthouse keeper")
    assert "lighthouse" not in corpus.text("lighthouse_keeper").lower()  # only in its title
    assert corpus.text("museum_lifeboat").lower().count("lighthouse") == 1
    assert len(corpus.text("lighthouse_keeper")) > 1.5 * len(corpus.text("museum_lifeboat"))


def test_corpus_quotes_are_extracted_with_the_expected_speakers(corpus: Corpus) -> None:
    check_extraction(corpus)


# -- words, phrases, prefixes -----------------------------------------------------------------


def test_a_word_finds_the_articles_that_contain_it(corpus: Corpus) -> None:
    assert found(corpus, "timetable") == articles("rail_link")
    assert found(corpus, "weather") == articles("storm_roads", "saturday_market")


def test_a_word_in_a_quote_also_finds_the_quote(corpus: Corpus) -> None:
    check_extraction(corpus)
    assert found(corpus, "ferry timetable") == set()
    # "never" is in the keeper's first quote and in the prime minister's ferry quote only.
    assert found(corpus, "never") == articles("lighthouse_keeper", "pm_interview") | {
        ("quote", "lighthouse_keeper"),
        ("quote", "pm_interview"),
    }


def test_every_word_must_match(corpus: Corpus) -> None:
    assert found(corpus, "flood barrier") == articles("flood_barrier", "storm_roads")
    assert found(corpus, "flood barrier weather") == articles("storm_roads")
    assert found(corpus, "zurich timetable") == articles("rail_link")
    assert found(corpus, "timetable marigold") == set()


def test_a_phrase_matches_only_the_words_together_in_order(corpus: Corpus) -> None:
    assert found(corpus, '"flood barrier"') == articles("flood_barrier")
    assert found(corpus, '"barrier flood"') == set()
    assert found(corpus, '"winter timetable"') == articles("rail_link")
    assert found(corpus, '"flood barrier" weather') == set()


def test_prefix(corpus: Corpus) -> None:
    assert found(corpus, "renew*") == articles("wind_farm", "library_renewal", "rail_link", "solar_homes")
    assert found(corpus, "renewa*") == articles("wind_farm", "library_renewal")
    assert found(corpus, "renewab*") == articles("wind_farm")
    assert found(corpus, "RENEWAB*") == articles("wind_farm")
    assert found(corpus, "zür*") == articles("wind_farm", "rail_link")
    assert found(corpus, "renewx*") == set()


def test_or(corpus: Corpus) -> None:
    assert found(corpus, "lighthouse OR timetable") == articles("lighthouse_keeper", "museum_lifeboat", "rail_link")
    assert found(corpus, '"flood barrier" OR zurich') == articles("flood_barrier", "wind_farm", "rail_link")
    assert found(corpus, "renewable OR renewal OR renew") == articles("wind_farm", "library_renewal", "rail_link")


def test_lower_case_or_is_a_word(corpus: Corpus) -> None:
    # "or" appears in the rail article only; Zürich in the wind farm one too.
    assert found(corpus, "zurich or") == articles("rail_link")


def test_exclusion(corpus: Corpus) -> None:
    assert found(corpus, "flood -barrier") == articles("solar_homes")
    assert found(corpus, 'barrier -"flood barrier"') == articles("storm_roads")
    assert found(corpus, "renew* -renewal") == articles("wind_farm", "rail_link", "solar_homes")
    assert found(corpus, "winter -timetable -weather") == articles("flood_barrier")
    assert found(corpus, "renew* -renew*") == set()


def test_exclusion_only_lists_everything_without_it_or_asks_for_something_to_find(corpus: Corpus) -> None:
    from reader.search import QueryError

    try:
        hits = search(corpus, "-weather")
    except QueryError as exc:
        message = str(exc)
        assert message.strip() and "\n" not in message
        return
    # Article hits: every article without the word. (Whether a quote or highlight without the
    # word, in an article that has it, is listed is left open.)
    assert {corpus.names[h.article_id] for h in hits if h.kind == "article"} == EVERY - {
        "storm_roads",
        "saturday_market",
    }


# -- folding ----------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["cafe", "café", "CAFÉ", "Cafe", "CAFE", "cafe\u0301"])
def test_cafe_finds_cafe_with_or_without_its_accent(corpus: Corpus, query: str) -> None:
    # net_loft writes "café", saturday_market "cafe"; the last query is café decomposed (NFD).
    assert found(corpus, query) == articles("net_loft", "saturday_market")


@pytest.mark.parametrize("query", ["naive", "naïve", "NAÏVE", "Naive"])
def test_naive_folds_both_ways(corpus: Corpus, query: str) -> None:
    assert found(corpus, query) == articles("pm_interview", "seabird_survey")


@pytest.mark.parametrize("query", ["zurich", "Zürich", "ZÜRICH", "ZURICH"])
def test_zurich_folds_both_ways(corpus: Corpus, query: str) -> None:
    assert found(corpus, query) == articles("wind_farm", "rail_link")


def test_folding_inside_phrases(corpus: Corpus) -> None:
    assert found(corpus, '"zurich investor"') == articles("wind_farm")
    assert found(corpus, '"ZÜRICH INVESTOR"') == articles("wind_farm")


@pytest.mark.parametrize("query", ["LIGHTHOUSE", "Lighthouse", "lIgHtHoUsE"])
def test_case_folds(corpus: Corpus, query: str) -> None:
    assert found(corpus, query) == articles("lighthouse_keeper", "museum_lifeboat")


# -- ranking and limit ------------------------------------------------------------------------


def test_title_ranks_above_one_mention_deep_in_the_body(corpus: Corpus) -> None:
    # The keeper's article has "lighthouse" only in its title and a body twice as long;
    # the museum's has it once, in its last sentence.
    hits = search(corpus, "lighthouse")
    assert [(h.kind, corpus.names[h.article_id]) for h in hits] == [
        ("article", "lighthouse_keeper"),
        ("article", "museum_lifeboat"),
    ]
    assert hits[0].score > hits[1].score


def test_title_and_body_rank_above_body_alone(corpus: Corpus) -> None:
    hits = [h for h in search(corpus, "renewa*") if h.kind == "article"]
    assert [corpus.names[h.article_id] for h in hits] == ["library_renewal", "wind_farm"]


@pytest.mark.parametrize("query", ["lighthouse", "renew*", "marigold", "coast", "cafe", "flood barrier"])
def test_hits_of_a_kind_come_best_first(corpus: Corpus, query: str) -> None:
    # Hits may be grouped by kind; within a kind, the better score comes first.
    hits = search(corpus, query)
    assert hits, query
    for kind in KINDS:
        scores = [h.score for h in hits if h.kind == kind]
        assert scores == sorted(scores, reverse=True), kind


def test_limit(corpus: Corpus) -> None:
    everything = search(corpus, "coast")
    assert len(everything) > 3
    assert len(search(corpus, "coast", limit=3)) == 3
    assert [(h.kind, h.article_id) for h in search(corpus, "lighthouse", limit=1)] == [
        ("article", corpus.ids["lighthouse_keeper"])
    ]
    every_the = search(corpus, "the")
    assert len(corpus.lib.search("the")) == min(len(every_the), 50)  # the default limit


# -- kinds and in: ----------------------------------------------------------------------------

MARIGOLD = {
    ("article", "lighthouse_keeper"),  # in its body...
    ("highlight", "lighthouse_keeper"),  # ...inside a highlight
    ("note", "fishing_quota"),  # only in the article's note
    ("article", "saturday_market"),  # in its body...
    ("quote", "saturday_market"),  # ...inside a quote
}


def test_a_word_finds_articles_highlights_notes_and_quotes(corpus: Corpus) -> None:
    check_extraction(corpus)
    assert found(corpus, "marigold") == MARIGOLD


@pytest.mark.parametrize(
    ("query", "kinds"),
    [
        ("marigold in:articles", {"article"}),
        ("marigold in:highlights", {"highlight"}),
        ("marigold in:notes", {"note"}),
        ("marigold in:quotes", {"quote"}),
        ("marigold in:highlights in:notes", {"highlight", "note"}),
        ("in:articles in:quotes marigold", {"article", "quote"}),
        ("marigold in:articles in:highlights in:notes in:quotes", KINDS),
    ],
)
def test_in_restricts_kinds(corpus: Corpus, query: str, kinds: set[str]) -> None:
    check_extraction(corpus)
    assert found(corpus, query) == {(k, n) for k, n in MARIGOLD if k in kinds}


def test_in_alone_lists_everything_of_those_kinds(corpus: Corpus) -> None:
    check_extraction(corpus)
    assert found(corpus, "in:articles") == articles(*EVERY)
    highlights = search(corpus, "in:highlights")
    assert {h.kind for h in highlights} == {"highlight"}
    assert {h.ref_id for h in highlights} == {h.id for hs in corpus.highlights.values() for h in hs}
    notes = search(corpus, "in:notes")
    assert {h.kind for h in notes} == {"note"}
    assert {corpus.names[h.article_id] for h in notes} == {
        "lighthouse_keeper",
        "wind_farm",
        "fishing_quota",
        "rail_link",
    }
    assert {n.id for n in corpus.notes.values()} <= {h.ref_id for h in notes}
    quotes = search(corpus, "in:quotes")
    assert {h.kind for h in quotes} == {"quote"}
    assert len(quotes) == sum(len(v) for v in EXPECTED_QUOTES.values()) == 32


# -- filters: tag, site, is -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('tag:"local politics" in:articles', {"pm_visit", "flood_barrier", "library_renewal"}),
        ("tag:politics in:articles", {"pm_visit", "wind_farm", "pm_interview"}),  # not "local politics"
        ("tag:COAST in:articles", {"lighthouse_keeper", "flood_barrier"}),
        ("tag:food in:articles", {"net_loft", "saturday_market"}),
        ("tag:coast marigold in:articles", {"lighthouse_keeper"}),
        ("tag:food cafe in:articles", {"net_loft", "saturday_market"}),
        ("tag:energy renew* in:articles", {"wind_farm", "solar_homes"}),
        ("tag:nosuchtag in:articles", set()),
    ],
)
def test_tag_filter(corpus: Corpus, query: str, expected: set[str]) -> None:
    assert found(corpus, query) == articles(*expected)


def test_tag_filter_alone_lists_the_tagged_articles(corpus: Corpus) -> None:
    tagged = {"pm_visit", "flood_barrier", "library_renewal"}
    assert article_names(corpus, 'tag:"local politics"') == tagged
    all_in(corpus, 'tag:"local politics"', tagged)
    assert search(corpus, "tag:nosuchtag") == []


def test_tag_filter_finds_tagged_highlights(corpus: Corpus) -> None:
    ids = {h.id for n in ("flood_barrier", "wind_farm") for h in corpus.highlights[n]}
    hits = search(corpus, 'tag:"key figures" in:highlights')
    assert {h.ref_id for h in hits} == ids
    assert {h.kind for h in hits} == {"highlight"}
    hits = search(corpus, 'tag:"key figures"')
    assert {h.ref_id for h in hits if h.kind == "highlight"} == ids
    all_in(corpus, 'tag:"key figures"', {"flood_barrier", "wind_farm"})
    assert {h.ref_id for h in search(corpus, 'tag:"FOLLOW UP" in:highlights')} == {
        corpus.highlights["lighthouse_keeper"][0].id
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("site:herald in:articles", articles(*HERALD)),
        ("site:HERALD in:articles", articles(*HERALD)),
        ("site:lakeside in:articles", articles(*POST)),
        ("site:post in:articles", articles(*POST)),  # any word of the name, from its start
        ("site:nowhere in:articles", set()),
        ("cafe site:herald", articles("net_loft")),
        ("cafe site:post", articles("saturday_market")),
        ("marigold site:herald", {("article", "lighthouse_keeper"), ("highlight", "lighthouse_keeper")}),
        (
            "marigold site:post",
            {("article", "saturday_market"), ("quote", "saturday_market"), ("note", "fishing_quota")},
        ),
    ],
)
def test_site_filter(corpus: Corpus, query: str, expected: set) -> None:
    check_extraction(corpus)
    assert found(corpus, query) == expected


def test_site_filter_alone(corpus: Corpus) -> None:
    assert article_names(corpus, "site:herald") == HERALD
    all_in(corpus, "site:herald", HERALD)
    assert search(corpus, "site:nowhere") == []


READ = {
    "lighthouse_keeper",
    "pm_visit",
    "storm_roads",
    "fishing_quota",
    "pm_interview",
    "seabird_survey",
    "solar_homes",
}
FAVOURITE = {"pm_visit", "wind_farm", "seabird_survey"}
ARCHIVED = {"storm_roads", "net_loft"}
HIGHLIGHTED = {"lighthouse_keeper", "flood_barrier", "wind_farm", "seabird_survey"}
NOTED = {"lighthouse_keeper", "wind_farm", "fishing_quota", "rail_link"}  # highlight notes are in these too


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("is:read in:articles", READ),
        ("is:unread in:articles", EVERY - READ),
        ("is:favourite in:articles", FAVOURITE),
        ("is:archived in:articles", ARCHIVED),
        ("is:highlighted in:articles", HIGHLIGHTED),
        ("is:noted in:articles", NOTED),
        ("is:read is:favourite in:articles", READ & FAVOURITE),
        ("is:unread is:archived in:articles", {"net_loft"}),
        ("weather is:archived", {"storm_roads"}),
        ("cafe is:archived", {"net_loft"}),
        ("cafe is:unread", {"net_loft", "saturday_market"}),
        ("renew* is:favourite", {"wind_farm"}),
        ("is:favourite site:post in:articles", {"wind_farm"}),
        ('is:unread tag:"local politics" in:articles', {"flood_barrier", "library_renewal"}),
    ],
)
def test_is_filter(corpus: Corpus, query: str, expected: set[str]) -> None:
    assert found(corpus, query) == articles(*expected)


def test_is_filter_applies_to_every_kind_through_its_article(corpus: Corpus) -> None:
    check_extraction(corpus)
    assert found(corpus, "marigold is:unread") == {("article", "saturday_market"), ("quote", "saturday_market")}
    assert found(corpus, "marigold is:read") == {
        ("article", "lighthouse_keeper"),
        ("highlight", "lighthouse_keeper"),
        ("note", "fishing_quota"),
    }
    assert found(corpus, "marigold is:highlighted") == {
        ("article", "lighthouse_keeper"),
        ("highlight", "lighthouse_keeper"),
    }
    assert found(corpus, "marigold is:noted") == {
        ("article", "lighthouse_keeper"),
        ("highlight", "lighthouse_keeper"),
        ("note", "fishing_quota"),
    }


def test_is_filter_alone_lists_what_matches(corpus: Corpus) -> None:
    assert article_names(corpus, "is:favourite") == FAVOURITE
    all_in(corpus, "is:favourite", FAVOURITE)
    assert article_names(corpus, "is:archived") == ARCHIVED
    all_in(corpus, "is:archived", ARCHIVED)


def test_archived_articles_are_searched_too(corpus: Corpus) -> None:
    assert found(corpus, "weather") == articles("storm_roads", "saturday_market")  # storm_roads is archived
    assert ("article", "net_loft") in found(corpus, "café")  # so is net_loft


# -- filters: dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("after:2024", {"library_renewal", "pm_interview", "museum_lifeboat"}),
        ("before:2023", {"lighthouse_keeper", "fishing_quota"}),
        ("after:2022 before:2024", {"flood_barrier", "storm_roads", "net_loft", "saturday_market", "rail_link"}),
        ("before:2023-07", {"lighthouse_keeper", "flood_barrier", "fishing_quota", "saturday_market"}),
        ("after:2023-06", EVERY - {"lighthouse_keeper", "flood_barrier", "fishing_quota", "saturday_market"}),
        (
            "before:2024-05-01",
            {
                "lighthouse_keeper",
                "flood_barrier",
                "storm_roads",
                "fishing_quota",
                "net_loft",
                "saturday_market",
                "rail_link",
                "solar_homes",
            },
        ),
        ("after:2024-05-01", {"wind_farm", "library_renewal", "pm_interview", "seabird_survey", "museum_lifeboat"}),
        ("after:2024-04 before:2024-06", {"pm_visit", "seabird_survey"}),
        (
            "before:2024-01-01",
            {
                "lighthouse_keeper",
                "flood_barrier",
                "storm_roads",
                "fishing_quota",
                "net_loft",
                "saturday_market",
                "rail_link",
            },
        ),
        (
            "after:2023-12-31",
            {
                "pm_visit",
                "wind_farm",
                "library_renewal",
                "pm_interview",
                "seabird_survey",
                "solar_homes",
                "museum_lifeboat",
            },
        ),
        ("after:2023-06-30 before:2023-07-02", {"net_loft"}),
        ("after:2025-09-09", set()),
        ("before:2022-03-14", set()),
        ("after:2025-09-08", {"pm_interview"}),
        ("before:2022-03-15", {"lighthouse_keeper"}),
        # a leap day is a date
        (
            "before:2024-02-29",
            {
                "lighthouse_keeper",
                "flood_barrier",
                "storm_roads",
                "fishing_quota",
                "net_loft",
                "saturday_market",
                "rail_link",
                "solar_homes",
            },
        ),
    ],
)
def test_date_filters(corpus: Corpus, query: str, expected: set[str]) -> None:
    assert found(corpus, query + " in:articles") == articles(*expected)
    assert article_names(corpus, query) == expected


def test_an_article_without_a_published_date_is_dated_by_when_it_was_saved(corpus: Corpus) -> None:
    # rail_link has no published date and was saved on 2023-08-14.
    assert found(corpus, "after:2023-07 before:2023-09 in:articles") == articles("rail_link")
    assert found(corpus, "after:2023-08-13 before:2023-08-15 in:articles") == articles("rail_link")
    assert found(corpus, "after:2023-08-14 in:articles") == articles(
        "pm_visit",
        "storm_roads",
        "wind_farm",
        "library_renewal",
        "pm_interview",
        "seabird_survey",
        "solar_homes",
        "museum_lifeboat",
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("renew* after:2024", {"library_renewal"}),
        ("renew* before:2024", {"rail_link"}),
        ("renew* after:2023 before:2025", {"wind_farm", "solar_homes"}),
        ("weather before:2023-06", {"saturday_market"}),
        ("cafe after:2023-06 site:herald", {"net_loft"}),
        ("lighthouse OR timetable after:2023", {"museum_lifeboat"}),
    ],
)
def test_dates_with_words(corpus: Corpus, query: str, expected: set[str]) -> None:
    assert found(corpus, query) == articles(*expected)


def test_dates_apply_to_every_kind(corpus: Corpus) -> None:
    check_extraction(corpus)
    # lighthouse_keeper 2022-03-14, fishing_quota 2022-11-02, saturday_market 2023-01-20
    assert found(corpus, "marigold after:2022-12") == {("article", "saturday_market"), ("quote", "saturday_market")}
    assert found(corpus, "marigold before:2022-06") == {
        ("article", "lighthouse_keeper"),
        ("highlight", "lighthouse_keeper"),
    }


# -- bad filter values, unknown filters, odd queries ------------------------------------------


@pytest.mark.parametrize(
    ("query", "bad"),
    [
        ("before:2024-13", "2024-13"),
        ("after:2023-02-29", "2023-02-29"),
        ("after:2024-00", "2024-00"),
        ("before:yesterday", "yesterday"),
        ("after:20245", "20245"),
        ("renew* before:2024-04-31", "2024-04-31"),
        ("is:sleeping", "sleeping"),
        ("cafe is:starred", "starred"),
        ("in:comments", "comments"),
        ("marigold in:quotes in:tweets", "tweets"),
    ],
)
def test_bad_filter_values_are_a_query_error_naming_them(corpus: Corpus, query: str, bad: str) -> None:
    assert_query_error(query, corpus, naming=bad)


def test_query_error_is_a_reader_error() -> None:
    from reader.errors import ReaderError
    from reader.search import QueryError

    assert issubclass(QueryError, ReaderError)


def test_parse_query_accepts_the_language_and_rejects_bad_values() -> None:
    from reader.search import QueryError, parse_query

    for q in [
        "cafe",
        '"flood barrier"',
        "renew*",
        "a OR b",
        '-weather -"flood barrier"',
        'tag:"local politics" tag:coast',
        'speaker:"Sir Alistair Crane" speaker:Crane',
        "site:herald is:unread is:favourite is:read is:archived is:highlighted is:noted",
        "before:2024 after:2023-06 before:2024-05-01",
        "in:articles in:highlights in:notes in:quotes",
        "col:umn",
    ]:
        parse_query(q)
    for q in ["before:2024-13", "is:sleeping", "in:comments", "after:someday"]:
        with pytest.raises(QueryError):
            parse_query(q)


def test_an_unknown_filter_is_searched_as_words(corpus: Corpus) -> None:
    assert isinstance(search(corpus, "col:umn"), list)
    # "timetable" is only in rail_link, right after "winter": as words or as a phrase, it is rail_link.
    assert article_names(corpus, "winter:timetable") == {"rail_link"}
    all_in(corpus, "winter:timetable", {"rail_link"})


ODD_QUERIES = [
    "",
    " ",
    "\t\n",
    '"',
    '"flood barrier',
    'flood barrier"',
    '""',
    '"""',
    "-",
    "- -",
    "--weather",
    "-*",
    "*",
    "**",
    "renew**",
    "*renew",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "NEAR(",
    "NEAR(flood barrier, 2)",
    "flood AND",
    "OR flood",
    "flood OR",
    "flood OR OR barrier",
    "flood NOT barrier",
    "(",
    ")",
    "(flood",
    "flood)",
    "()",
    "{flood}",
    "[flood]",
    "flood^2",
    "^flood",
    "+flood",
    "flood:",
    ":",
    "::",
    "col:umn",
    "title:flood",
    "text:flood",
    "rank:1",
    "tag:",
    'tag:"',
    'tag:""',
    "speaker:",
    'speaker:"',
    'speaker:"Sir Alistair',
    "site:",
    "is:",
    "in:",
    "before:",
    "after:",
    "-tag:coast",
    "-is:read",
    "'",
    "it's",
    "\\",
    "%",
    "_",
    "flood;DROP TABLE articles;--",
    "' OR 1=1 --",
    "😀",
    "🏳️‍🌈 flood",
    "\u200b",
    "\x00",
    "flood\x00barrier",
    "\x1b[31mflood",
    "\x7f\x85\u2028",
    "\ud800",
    "\udcff flood",
    "ﬂood",
    "İstanbul",
    "ß",
    "x" * 10_000,
    "flood " * 1_700,
    '"' * 10_000,
    ("(" * 50) + "flood" + (")" * 50),
    "-" * 10_000,
    "OR " * 3_000,
    "a* " * 3_000,
]


@pytest.mark.parametrize("query", ODD_QUERIES, ids=lambda q: repr(q[:24]))
def test_odd_queries_give_a_list_or_a_query_error(corpus: Corpus, query: str) -> None:
    from reader.search import QueryError

    try:
        hits = corpus.lib.search(query)
    except QueryError as exc:
        message = str(exc)
        assert message.strip() and "\n" not in message, f"not a one-line message: {message!r}"
    else:
        assert isinstance(hits, list)


# -- speakers ---------------------------------------------------------------------------------


def speaker_hits(corpus: Corpus, query: str) -> set[tuple[str, int, int]]:
    hits = search(corpus, query)
    assert {h.kind for h in hits} <= {"quote"}, f"{query!r} gave hits that are not quotes"
    for h in hits:
        text = corpus.lib.article(h.article_id).text
        matching = [q for q in corpus.lib.quotes(h.article_id) if (q.start, q.end) == (h.start, h.end)]
        assert matching, f"{query!r}: a quote hit at {h.start}-{h.end} is not a quote of {corpus.names[h.article_id]}"
        assert text[h.start : h.end] == matching[0].text
        assert h.speaker == matching[0].speaker
        assert h.ref_id is not None
    return {(corpus.names[h.article_id], h.start, h.end) for h in hits}


@pytest.mark.parametrize(
    "query",
    [
        'speaker:"Sir Alistair Crane"',  # the full name
        'speaker:"Alistair Crane"',  # the full name without the honorific
        "speaker:Crane",  # the surname
        'speaker:"Sir Alistair"',  # honorific and first name
        'speaker:"the prime minister"',  # the role pm_interview resolved to him
        "speaker:crane",  # any case
    ],
)
def test_speaker_under_every_form(corpus: Corpus, query: str) -> None:
    check_extraction(corpus)
    expected = quote_spans(corpus, CRANE)
    assert len(expected) == 7
    assert speaker_hits(corpus, query) == expected
    assert speaker_hits(corpus, query + " in:quotes") == expected


@pytest.mark.parametrize("query", ['speaker:"Odile Brennan"', 'speaker:"the mayor"', 'speaker:"ODILE BRENNAN"'])
def test_speaker_full_name_or_role_leaves_out_another_person_with_the_surname(corpus: Corpus, query: str) -> None:
    check_extraction(corpus)
    expected = quote_spans(corpus, ODILE)
    assert len(expected) == 6
    assert speaker_hits(corpus, query) == expected  # not Tomas Brennan's two


def test_speaker_the_other_brennan(corpus: Corpus) -> None:
    check_extraction(corpus)
    assert speaker_hits(corpus, 'speaker:"Tomas Brennan"') == quote_spans(corpus, TOMAS)
    assert len(quote_spans(corpus, TOMAS)) == 2


def test_speaker_shared_surname_finds_the_people_who_have_it(corpus: Corpus) -> None:
    check_extraction(corpus)
    got = speaker_hits(corpus, "speaker:Brennan")
    assert quote_spans(corpus, ODILE) <= got <= quote_spans(corpus, ODILE, TOMAS)


@pytest.mark.parametrize(
    "query", ["speaker:Valcourt", 'speaker:"Inès Valcourt"', 'speaker:"Ines Valcourt"', 'speaker:"INÈS VALCOURT"']
)
def test_speaker_folds_diacritics(corpus: Corpus, query: str) -> None:
    check_extraction(corpus)
    expected = quote_spans(corpus, VALCOURT)
    assert len(expected) == 2
    assert speaker_hits(corpus, query) == expected


def test_speaker_with_words_exclusions_and_filters(corpus: Corpus) -> None:
    check_extraction(corpus)
    crane = quote_spans(corpus, CRANE)
    with_coast = {s for s in crane if "coast" in corpus.text(s[0])[s[1] : s[2]]}
    assert len(with_coast) == 3
    assert speaker_hits(corpus, "speaker:Crane coast") == with_coast
    assert speaker_hits(corpus, "speaker:Crane -coast") == crane - with_coast
    assert speaker_hits(corpus, 'coast speaker:"the prime minister"') == with_coast
    (ferry,) = [s for s in crane if "ferry" in corpus.text(s[0])[s[1] : s[2]]]
    assert speaker_hits(corpus, "speaker:Crane ferry") == {ferry}
    odile = quote_spans(corpus, ODILE)
    assert speaker_hits(corpus, 'speaker:"Odile Brennan" after:2023') == {
        s for s in odile if s[0] in {"pm_visit", "library_renewal"}
    }
    assert speaker_hits(corpus, 'speaker:"Odile Brennan" before:2024') == {s for s in odile if s[0] == "flood_barrier"}
    assert speaker_hits(corpus, 'speaker:"Odile Brennan" site:post') == set()
    assert speaker_hits(corpus, "speaker:Crane site:post") == {s for s in crane if s[0] in POST}
    assert speaker_hits(corpus, "speaker:Crane tag:energy") == {s for s in crane if s[0] == "wind_farm"}
    assert speaker_hits(corpus, "speaker:Crane is:favourite") == {s for s in crane if s[0] in FAVOURITE}


def test_speaker_nobody_said_anything(corpus: Corpus) -> None:
    assert search(corpus, "speaker:Zebedee") == []
    assert search(corpus, 'speaker:"Alistair Brennan"') == []


def test_speakers_lists_each_person_with_counts(corpus: Corpus) -> None:
    check_extraction(corpus)
    got = [(s.name, s.quotes, s.articles) for s in corpus.lib.speakers()]
    assert got == [
        (CRANE, 7, 3),
        (ODILE, 6, 3),
        ("Euan Fairlie", 2, 1),
        ("Henrike Sauer", 2, 1),
        (VALCOURT, 2, 2),
        ("Nadia Ferris", 2, 1),
        (TOMAS, 2, 1),
        ("Aled Pryce", 1, 1),
        ("Dev Arora", 1, 1),
        ("Gareth Lund", 1, 1),
        ("Kofi Mensah", 1, 1),
        ("Maisie Trow", 1, 1),
        ("Oona Riddell", 1, 1),
        ("Priya Lomax", 1, 1),
        ("Rhona Gault", 1, 1),
        ("Wendy Okafor", 1, 1),
    ]


# -- hits: offsets, snippets, fields ----------------------------------------------------------


def test_quote_and_highlight_hits_span_exactly_their_words(corpus: Corpus) -> None:
    check_extraction(corpus)
    for query in ["marigold", "coast", "in:highlights", "in:quotes", "speaker:Brennan", "never"]:
        for h in search(corpus, query):
            text = corpus.lib.article(h.article_id).text
            if h.kind == "quote":
                (q,) = [q for q in corpus.lib.quotes(h.article_id) if (q.start, q.end) == (h.start, h.end)]
                assert text[h.start : h.end] == q.text
                assert h.speaker == q.speaker and h.ref_id is not None
            elif h.kind == "highlight":
                (hl,) = [x for x in corpus.lib.highlights(h.article_id) if x.id == h.ref_id]
                assert (h.start, h.end) == (hl.start, hl.end)
                assert text[h.start : h.end] == hl.exact


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("marigold", {"marigold"}),
        ("cafe", {"cafe"}),
        ("CAFÉ", {"cafe"}),
        ("Zürich", {"zurich"}),
        ("naive", {"naive"}),
        ("timetable", {"timetable"}),
        ("weather", {"weather"}),
        ("flood barrier", {"flood", "barrier"}),
        ('"flood barrier"', {"flood", "barrier"}),
        ("renewal", {"renewal"}),
    ],
)
def test_article_hits_start_at_the_first_matched_word(corpus: Corpus, query: str, terms: set[str]) -> None:
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, terms)) + r")\b")
    hits = [h for h in search(corpus, query) if h.kind == "article"]
    assert hits
    for h in hits:
        folded = fold(corpus.lib.article(h.article_id).text)
        first = pattern.search(folded)
        assert first is not None
        where = f"{query!r} in {corpus.names[h.article_id]}"
        assert h.start == first.start(), where
        # The word itself (a phrase's hit may cover the whole phrase).
        assert h.end is not None and h.end > h.start, where
        cut = re.findall(r"\w+", folded[h.start : h.end])
        assert cut and set(cut) <= terms and folded[h.start : h.end] == " ".join(cut), where


def test_article_hit_on_a_prefix_cuts_out_a_matching_word(corpus: Corpus) -> None:
    for h in search(corpus, "renew* in:articles"):
        cut = fold(corpus.lib.article(h.article_id).text[h.start : h.end])
        assert cut.startswith("renew") and re.fullmatch(r"\w+", cut), cut


def test_hits_without_a_matched_word_in_the_text_have_no_offsets(corpus: Corpus) -> None:
    hits = search(corpus, "lighthouse")
    keeper = [h for h in hits if corpus.names[h.article_id] == "lighthouse_keeper"]
    assert [(h.kind, h.start, h.end) for h in keeper] == [("article", None, None)]  # only its title has the word
    (note,) = [h for h in search(corpus, "marigold") if h.kind == "note"]
    assert (note.start, note.end) == (None, None)  # fishing_quota's text has no "marigold"
    assert note.ref_id == corpus.notes["fishing_quota"].id


def _check_marks(query: str, h, terms: set[str], prefixes: tuple[str, ...]) -> None:
    assert isinstance(h.snippet, str)
    for s, e in h.marks:
        assert 0 <= s < e <= len(h.snippet), f"{query!r}: mark {(s, e)} outside a snippet of {len(h.snippet)}"
        words = re.findall(r"\w+", fold(h.snippet[s:e]))
        assert words, f"{query!r}: mark {h.snippet[s:e]!r} covers no word"
        for w in words:
            assert w in terms or w.startswith(prefixes), f"{query!r}: mark {h.snippet[s:e]!r} is not a matched word"


@pytest.mark.parametrize(
    ("query", "terms", "prefixes"),
    [
        ("marigold", {"marigold"}, ()),
        ("cafe", {"cafe"}, ()),
        ("café", {"cafe"}, ()),
        ("ZÜRICH", {"zurich"}, ()),
        ("renew*", set(), ("renew",)),
        ('"flood barrier"', {"flood", "barrier"}, ()),
        ("flood barrier", {"flood", "barrier"}, ()),
        ("speaker:Crane coast", {"coast"}, ()),
        ("coast in:quotes", {"coast"}, ()),
        ("lighthouse OR timetable", {"lighthouse", "timetable"}, ()),
    ],
)
def test_snippet_marks_cover_matched_words(corpus: Corpus, query: str, terms: set[str], prefixes: tuple) -> None:
    hits = search(corpus, query)
    assert hits
    for h in hits:
        _check_marks(query, h, terms, prefixes)
        in_text = h.start is not None or h.kind == "note"
        if in_text:
            assert h.marks, f"{query!r}: a {h.kind} hit in {corpus.names[h.article_id]} marks nothing"


def test_snippets_show_the_words_around_the_match(corpus: Corpus) -> None:
    check_extraction(corpus)
    for h in search(corpus, "marigold"):
        assert "marigold" in fold(h.snippet), (h.kind, h.snippet)
    (quote,) = search(corpus, "marigold in:quotes")
    assert "stall sells out" in quote.snippet
    assert quote.speaker == "Priya Lomax"
    (note,) = search(corpus, "marigold in:notes")
    assert "Compare the marigold boats" in note.snippet


def test_highlight_note_words_find_the_highlight(corpus: Corpus) -> None:
    # "ledger" is only in the note on wind_farm's highlight.
    hits = search(corpus, "ledger")
    assert hits
    assert {corpus.names[h.article_id] for h in hits} == {"wind_farm"}
    assert {h.kind for h in hits} <= {"highlight", "note"}
    highlight_id = corpus.highlights["wind_farm"][0].id
    assert all(h.ref_id == highlight_id for h in hits if h.kind == "highlight")


def test_hit_to_dict(corpus: Corpus) -> None:
    check_extraction(corpus)
    for h in search(corpus, "marigold"):
        d = h.to_dict()
        json.dumps(d)
        for key in ("kind", "article_id", "title", "snippet", "marks", "start", "end", "ref_id", "speaker", "score"):
            assert key in d, key
        assert d["kind"] == h.kind and d["article_id"] == h.article_id and d["title"] == h.title
        assert [tuple(m) for m in d["marks"]] == [tuple(m) for m in h.marks]


def test_a_query_error_echoing_a_line_break_is_still_one_line():
    import pytest as _pytest

    from reader.search import QueryError, parse_query

    with _pytest.raises(QueryError) as err:
        parse_query('before:"0\n0"')
    assert "\n" not in str(err.value) and "0 0" in str(err.value)
