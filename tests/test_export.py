"""Markdown export, file names and the JSON backup (reader.export)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from pathvalidate import is_valid_filename

from reader.errors import ReaderError
from reader.export import (
    BACKUP_FORMAT,
    BACKUP_VERSION,
    ArticleBundle,
    article_markdown,
    backup_document,
    markdown_filename,
    read_backup,
)
from reader.model import HIGHLIGHT_COLORS, HIGHLIGHT_STATUSES, Article, Highlight, Note, Quote
from reader.text import join_blocks, text_hash

TITLE = "Return hubs: is the UK/EU deal on asylum 'the answer'?"
PARAGRAPHS = [
    "The UK is in talks with “a number of countries” about sending failed asylum seekers to return hubs in "
    "third countries, Sir Keir Starmer has said.",
    "“We are in talks with a number of countries about return hubs,” he said.",
    "#Returns: 30% of asylum claims were refused last year, according to Home Office figures.",
    "Mr Rama said Albania was “loyal to the marriage with Italy and the rest is just love”.",
]
TEXT, BLOCKS = join_blocks(("paragraph", p) for p in PARAGRAPHS)
HASH = text_hash(TEXT)


def span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def highlight(words: str, **kw) -> Highlight:
    start, end = span(words)
    fields = {"prefix": TEXT[max(0, start - 32) : start], "suffix": TEXT[end : end + 32], "text_hash": HASH}
    return Highlight(12, start, end, words, **{**fields, **kw})


def make_bundle() -> ArticleBundle:
    article = Article(
        title=TITLE,
        text=TEXT,
        blocks=BLOCKS,
        source="https://news.sky.com/story/return-hubs-13368563",
        url=None,
        author="Jennifer Scott",
        site="Sky News",
        published="2025-05-15",
        added="2025-05-16T08:30:00+00:00",
        language="en",
        description="Sir Keir Starmer says the UK is in talks about return hubs.",
        id=12,
    )
    moved_start, moved_end = span("Albania was “loyal to the marriage with Italy")
    highlights = [
        highlight(
            "a number of countries",
            tags=["tag one", "Économie"],
            note="Which ones?\n- Albania said no\n# follow up: *Hansard*, 15 May",
            created="2025-05-16T09:00:00+00:00",
            updated="2025-05-16T09:05:00+00:00",
            id=101,
        ),
        highlight(
            "about return hubs,” he said.\n\n#Returns: 30% of asylum claims were refused",
            color="blue",
            tags=["日本"],
            created="2025-05-16T09:01:00+00:00",
            updated="2025-05-16T09:01:00+00:00",
            id=102,
        ),
        # Made on an earlier version of the text; placed again by a fuzzy match.
        Highlight(
            12,
            moved_start,
            moved_end,
            "Albania was loyal to the marriage with Italy",
            prefix="were refused last year. Mr Rama said ",
            suffix=" and the rest is just love",
            text_hash=HASH,
            status="moved",
            color="green",
            created="2025-05-15T20:00:00+00:00",
            updated="2025-05-16T08:30:00+00:00",
            id=103,
        ),
        # Its words left the article when it was refreshed.
        Highlight(
            12,
            40,
            71,
            "> The Rwanda scheme cost £700m\n- and removed nobody",
            prefix="scrapped almost immediately. ",
            suffix=" Critics said",
            text_hash=HASH,
            status="detached",
            color="pink",
            tags=["Politics/UK", "cost of living"],
            note="Cut from the updated article.",
            created="2025-05-15T20:02:00+00:00",
            updated="2025-05-16T08:30:00+00:00",
            id=104,
        ),
    ]
    q1 = "We are in talks with a number of countries about return hubs,"
    q2 = "loyal to the marriage with Italy and the rest is just love"
    quotes = [
        Quote(q1, *span(q1), speaker="Sir Keir Starmer", cue="said", pieces=(span(q1),)),
        Quote(q2, *span(q2), speaker="Edi Rama", kind="partial", cue="said", speaker_start=467, speaker_end=471),
        Quote("a number of countries", *span("a number of countries"), kind="partial"),
    ]
    note = Note(
        12,
        "Read alongside the Rwanda coverage.\n\n**Key point**: > 30% refused\n# not a heading",
        created="2025-05-16T09:10:00+00:00",
        updated="2025-05-17T10:00:00+00:00",
        id=7,
    )
    return ArticleBundle(article, ["asylum", "UK politics", "Économie", "日本"], note, highlights, quotes, 4)


GOLDEN = r"""---
title: 'Return hubs: is the UK/EU deal on asylum ''the answer''?'
author: Jennifer Scott
site: Sky News
published: '2025-05-15'
url: https://news.sky.com/story/return-hubs-13368563
added: '2025-05-16T08:30:00+00:00'
tags:
- asylum
- UK politics
- Économie
- 日本
reader_id: 12
---

# Return hubs: is the UK/EU deal on asylum 'the answer'?

## Note

Read alongside the Rwanda coverage.

**Key point**: > 30% refused
\# not a heading

## Highlights

> a number of countries

- colour: yellow · tags: #tag-one #Économie

Which ones?
\- Albania said no
\# follow up: *Hansard*, 15 May

> about return hubs,” he said.
>
> \#Returns: 30% of asylum claims were refused

- colour: blue · tags: #日本

> Albania was loyal to the marriage with Italy

- colour: green

### Not found in the current text

> \> The Rwanda scheme cost £700m
> \- and removed nobody

- colour: pink · tags: #Politics/UK #cost-of-living

Cut from the updated article.

## Quotes

> We are in talks with a number of countries about return hubs,

— Sir Keir Starmer

> loyal to the marriage with Italy and the rest is just love

— Edi Rama (partial)

> a number of countries

— Speaker unclear (partial)
"""


def front_matter(md: str) -> dict:
    assert md.startswith("---\n")
    return yaml.safe_load(md[4 : md.index("\n---\n")])


# --- Markdown ----------------------------------------------------------------------


def test_markdown_golden():
    assert article_markdown(make_bundle()) == GOLDEN


def test_front_matter_parses_back():
    assert front_matter(article_markdown(make_bundle())) == {
        "title": TITLE,
        "author": "Jennifer Scott",
        "site": "Sky News",
        "published": "2025-05-15",  # a string, not a date: YAML would otherwise turn it into one
        "url": "https://news.sky.com/story/return-hubs-13368563",
        "added": "2025-05-16T08:30:00+00:00",
        "tags": ["asylum", "UK politics", "Économie", "日本"],
        "reader_id": 12,
    }


def test_front_matter_leaves_out_empty_values_but_keeps_the_title():
    bundle = ArticleBundle(Article("", "Some text.", source="/home/me/notes.txt"), [], None, [], [])
    md = article_markdown(bundle)
    assert front_matter(md) == {"title": ""}  # a file path is not a URL
    assert md == "---\ntitle: ''\n---\n\n# Untitled\n"


def test_url_wins_over_source():
    bundle = make_bundle()
    bundle.article.url = "https://example.org/canonical"
    assert front_matter(article_markdown(bundle))["url"] == "https://example.org/canonical"


@pytest.mark.parametrize(
    "title",
    ["yes", "null", "2025-05-15", "- a list?", "key: value", "#hashtag", "'quoted' \"both\"", "@at", "*star", "…"],
)
def test_front_matter_quotes_whatever_yaml_would_misread(title):
    bundle = ArticleBundle(Article(title, "Text.", id=1), ["no", "1.5", "[x]"], None, [], [])
    fm = front_matter(article_markdown(bundle))
    assert fm["title"] == title and fm["tags"] == ["no", "1.5", "[x]"]


def test_sections_with_nothing_are_left_out():
    bundle = make_bundle()
    bundle.note, bundle.quotes = None, []
    bundle.highlights = [h for h in bundle.highlights if h.detached]
    md = article_markdown(bundle)
    assert "## Note" not in md and "## Quotes" not in md
    assert "## Highlights\n\n### Not found in the current text\n\n> \\> The Rwanda" in md
    bundle.highlights = [h for h in make_bundle().highlights if not h.detached]
    assert "### Not found" not in article_markdown(bundle)
    bundle.highlights = []
    bundle.note = Note(12, "  \n ")  # a blank note is no note
    assert "##" not in article_markdown(bundle)


def test_heading_keeps_a_trailing_hash():
    md = article_markdown(ArticleBundle(Article("We're #1 #", "x", id=1), [], None, [], []))
    assert "\n# We're #1 \\#\n" in md


TRICKY = [
    "# Figures",
    "> 30% of claims",
    "- one",
    "+ two",
    "* three",
    "1. first",
    "2) second",
    "```python",
    "~~~",
    "---",
    "***",
    "_ _ _",
    "===",
    "[!note] a callout",
    "[1]: https://example.org",
    "<div>",
    "| a | b |",
    "--- | ---",
    "$$",
    "    indented",
]


def block_tokens(md: str) -> list:
    return MarkdownIt("commonmark").enable("table").parse(md[md.index("\n---\n") + 5 :])


def test_quoted_words_and_notes_stay_plain_text():
    words = "\n".join(TRICKY)
    h = Highlight(1, 0, 4, words, note=words)
    md = article_markdown(ArticleBundle(Article("T", "text", id=1), [], Note(1, words), [h], [Quote(words, 0, 4)]))
    tokens = block_tokens(md)
    kinds = {t.type for t in tokens}
    assert kinds <= {
        "heading_open",
        "heading_close",
        "inline",
        "paragraph_open",
        "paragraph_close",
        "blockquote_open",
        "blockquote_close",
        "bullet_list_open",
        "bullet_list_close",
        "list_item_open",
        "list_item_close",
    }
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings == ["T", "Note", "Highlights", "Quotes"]
    shown = [
        "\n".join(c.content if c.type == "text" else "\n" for c in t.children or []).replace("\n\n\n", "\n")
        for t in tokens
        if t.type == "inline" and "Figures" in t.content
    ]
    expected = "\n".join(line.strip() for line in TRICKY)
    assert shown == [expected] * 4  # the article note, the highlight, its note, the quote


def test_hashtags_join_words_with_hyphens():
    md = article_markdown(make_bundle())
    assert "- colour: yellow · tags: #tag-one #Économie\n" in md
    assert "- colour: pink · tags: #Politics/UK #cost-of-living\n" in md


# --- file names --------------------------------------------------------------------


def named(title: str, id: int | None = 12) -> str:
    return markdown_filename(Article(title, "text", id=id))


def test_filename_of_the_example_article():
    assert named(TITLE) == "Return hubs is the UK EU deal on asylum 'the answer' (12).md"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("", "article (12).md"),
        ("   \n\t", "article (12).md"),
        ("?!…", "article (12).md"),
        ('/:*?"<>|', "article (12).md"),
        ("...", "article (12).md"),
        ("CON", "CON (12).md"),
        ("nul", "nul (12).md"),
        ("Wait for it...", "Wait for it (12).md"),
        (".env files explained", "env files explained (12).md"),
        ("AC/DC: live\nat Wembley", "AC DC live at Wembley (12).md"),
        ("Économie: 日本の経済", "Économie 日本の経済 (12).md"),
        ("$$$", "$$$ (12).md"),
    ],
)
def test_filename_of_awkward_titles(title, name):
    assert named(title) == name
    assert is_valid_filename(name, platform="universal")


def test_filename_without_id_still_avoids_reserved_names():
    assert named("CON", None) == "CON_.md"
    assert is_valid_filename(named("CON", None), platform="universal")


def test_long_titles_are_cut_at_a_word():
    title = " ".join(f"word{i}" for i in range(60))  # about 400 characters
    name = named(title)
    assert name.endswith(" (12).md")
    stem = name.removesuffix(" (12).md")
    assert len(stem) <= 100 and title.startswith(stem + " ")
    one_word = "x" * 300
    assert named(one_word) == "x" * 100 + " (12).md"


def test_long_titles_in_wide_scripts_fit_in_255_bytes():
    name = named("日本の経済" * 60)
    assert len(name.encode("utf-8")) <= 255 and name.endswith(" (12).md")


def test_filename_is_stable_and_depends_only_on_title_and_id():
    a = make_bundle().article
    b = make_bundle().article
    b.text, b.author, b.added = "Other text.", "Someone else", "2030-01-01"
    assert markdown_filename(a) == markdown_filename(a) == markdown_filename(b)
    b.id = 13
    assert markdown_filename(a) != markdown_filename(b)


# --- backup ------------------------------------------------------------------------


def second_bundle() -> ArticleBundle:
    text, blocks = join_blocks([("heading", "日本の経済", 1), ("paragraph", "Prices rose. “Not again,” she said.")])
    words = "Not again,"
    start = text.index(words)
    # A quote whose pieces were never recorded (to_dict would invent one), said by someone the article describes.
    quote = Quote(words, start, start + len(words), speaker=None, speaker_description="one shopper")
    return ArticleBundle(Article("日本の経済", text, blocks, id=13), [], None, [], [quote], None)


def roundtrip(bundles: list[ArticleBundle]) -> list[ArticleBundle]:
    return read_backup(json.loads(json.dumps(backup_document(bundles, exported="2025-05-17T12:00:00+00:00"))))


def test_backup_round_trips():
    bundles = [make_bundle(), second_bundle()]
    assert roundtrip(bundles) == bundles


def test_backup_shape_and_key_order():
    doc = backup_document([make_bundle()], exported="2025-05-17T12:00:00+00:00")
    assert list(doc) == ["format", "version", "exported", "articles"]
    assert (doc["format"], doc["version"]) == (BACKUP_FORMAT, BACKUP_VERSION)
    art = doc["articles"][0]
    assert list(art) == [
        "id",
        "title",
        "text",
        "blocks",
        "source",
        "url",
        "author",
        "site",
        "published",
        "added",
        "language",
        "description",
        "tags",
        "note",
        "quotes_version",
        "quotes",
        "highlights",
        "quote_corrections",
    ]
    assert art["note"] == {
        "id": 7,
        "body": make_bundle().note.body,  # type: ignore[union-attr]
        "created": "2025-05-16T09:10:00+00:00",
        "updated": "2025-05-17T10:00:00+00:00",
    }
    h = art["highlights"][2]
    assert list(h) == [
        "id",
        "start",
        "end",
        "status",
        "color",
        "created",
        "updated",
        "note",
        "tags",
        "position",
        "quote",
        "text_hash",
    ]
    assert h["position"] == {"start": h["start"], "end": h["end"]}
    assert h["quote"] == {
        "exact": "Albania was loyal to the marriage with Italy",
        "prefix": "were refused last year. Mr Rama said ",
        "suffix": " and the rest is just love",
    }
    assert art["quotes"][1]["speaker_start"] == 467


def test_backup_dump_is_deterministic():
    def dump() -> str:
        doc = backup_document([make_bundle(), second_bundle()], exported="2025-05-17T12:00:00+00:00")
        return json.dumps(doc, ensure_ascii=False, indent=2)

    assert dump() == dump()
    assert json.dumps(json.loads(dump()), ensure_ascii=False, indent=2) == dump()


def test_backup_refuses_inconsistent_bundles():
    bundle = make_bundle()
    bundle.highlights[0].article_id = 99
    with pytest.raises(ValueError, match="belongs to article 99"):
        backup_document([bundle], exported="x")
    bundle = make_bundle()
    bundle.article.id = None
    with pytest.raises(ValueError, match="has no id"):
        backup_document([bundle], exported="x")


def good_doc() -> dict:
    return json.loads(json.dumps(backup_document([make_bundle(), second_bundle()], exported="2025-05-17")))


def art(n: int) -> Callable[[dict], dict]:
    return lambda d: d["articles"][n - 1]


def setter(path: Callable[[dict], dict], key: str, value: object) -> Callable[[dict], object]:
    def change(d: dict) -> object:
        path(d)[key] = value
        return d

    return change


def deleter(path: Callable[[dict], dict], key: str) -> Callable[[dict], object]:
    def change(d: dict) -> object:
        del path(d)[key]
        return d

    return change


def hl(n: int, i: int) -> Callable[[dict], dict]:
    return lambda d: d["articles"][n - 1]["highlights"][i - 1]


def moved(path: Callable[[dict], dict], start: int, end: int) -> Callable[[dict], object]:
    def change(d: dict) -> object:
        path(d).update(start=start, end=end, position={"start": start, "end": end})
        return d

    return change


MALFORMED = [
    (lambda d: [d], "this is not a reader backup: expected a JSON object, found a list"),
    (lambda d: "reader-backup", "this is not a reader backup: expected a JSON object, found text"),
    (
        setter(lambda d: d, "format", "omnivore"),
        "this is not a reader backup (format 'omnivore'; expected 'reader-backup')",
    ),
    (deleter(lambda d: d, "format"), "this is not a reader backup (no 'format'; expected 'reader-backup')"),
    (
        setter(lambda d: d, "version", 2),
        "this backup is version 2, made by a newer reader; this one reads version 1: update reader to restore it",
    ),
    (setter(lambda d: d, "version", "1"), "backup: 'version' should be a whole number, not text"),
    (setter(lambda d: d, "version", True), "backup: 'version' should be a whole number, not true/false"),
    (setter(lambda d: d, "version", 0), "backup: version 0 does not exist"),
    (setter(lambda d: d, "articles", {}), "backup: 'articles' should be a list of articles, not an object"),
    (setter(lambda d: d["articles"], 1, None), "backup article 2 should be an object, not null"),
    (setter(art(2), "text", ""), "backup article 2 has no text"),
    (deleter(art(2), "text"), "backup article 2 has no text"),
    (setter(art(1), "text", 42), "backup article 1: 'text' should be text, not a whole number"),
    (deleter(art(1), "id"), "backup article 1: 'id' is missing"),
    (setter(art(2), "id", 12), "backup article 2: id 12 is also the id of article 1"),
    (setter(art(1), "title", None), "backup article 1: 'title' should be text, not null"),
    (setter(art(1), "author", ["Jennifer Scott"]), "backup article 1: 'author' should be text or null, not a list"),
    (setter(art(1), "tags", ["asylum", 3]), "backup article 1: 'tags' item 2 should be text, not a whole number"),
    (setter(art(1), "note", "a note"), "backup article 1: 'note' should be an object or null, not text"),
    (deleter(lambda d: d["articles"][0]["note"], "body"), "backup article 1: note: 'body' is missing"),
    (
        setter(lambda d: d["articles"][0]["blocks"][3], "end", 10_000),
        f"backup article 1: block 4: it spans {TEXT.rindex('Mr Rama')}-10000 "
        f"but the text is {len(TEXT)} characters long",
    ),
    (
        setter(lambda d: d["articles"][0]["quotes"][1], "pieces", [[1, 2, 3]]),
        "backup article 1: quote 2: piece 1 should be a [start, end] pair of whole numbers",
    ),
    (
        setter(lambda d: d["articles"][0]["quotes"][0], "kind", "indirect"),
        "backup article 1: quote 1: kind 'indirect' should be 'direct' or 'partial'",
    ),
    (
        setter(lambda d: d["articles"][0]["highlights"][1]["quote"], "exact", ""),
        "backup article 1: highlight 2 has no exact words",
    ),
    (deleter(hl(1, 2), "quote"), "backup article 1: highlight 2: 'quote' is missing"),
    (
        setter(lambda d: d["articles"][0]["highlights"][0]["position"], "end", 5000),
        "backup article 1: highlight 1: start/end {0}-{1} differ from its position {0}-5000".format(
            *span("a number of countries")
        ),
    ),
    (
        moved(hl(1, 1), 4000, 5000),
        f"backup article 1: highlight 1: it spans 4000-5000 but the text is {len(TEXT)} characters long",
    ),
    (
        moved(hl(1, 4), 9, 3),
        f"backup article 1: highlight 4: it spans 9-3 but the text is {len(TEXT)} characters long",
    ),
    (
        setter(hl(1, 1), "status", "lost"),
        "backup article 1: highlight 1: status 'lost' should be one of attached, moved, detached",
    ),
    (
        setter(hl(1, 1), "color", "red"),
        "backup article 1: highlight 1: colour 'red' should be one of yellow, green, blue, pink, purple",
    ),
    (setter(hl(1, 1), "id", 102), "backup article 1: highlight 2 has the id 102 of highlight 1"),
    (setter(hl(1, 3), "tags", "green"), "backup article 1: highlight 3: 'tags' should be a list of text, not text"),
]


@pytest.mark.parametrize(("change", "message"), MALFORMED)
def test_malformed_backups_say_what_and_where(change, message):
    with pytest.raises(ReaderError) as info:
        read_backup(change(good_doc()))
    assert str(info.value) == message
    assert "\n" not in str(info.value)


def test_unknown_keys_are_ignored():
    doc = good_doc()
    doc["generator"] = "reader 9.0"
    doc["articles"][0]["reading_time"] = 3
    doc["articles"][0]["highlights"][3]["anchor_version"] = 2
    assert read_backup(doc) == [make_bundle(), second_bundle()]


def test_a_detached_highlight_must_lie_in_the_text_too():
    doc = good_doc()
    moved(hl(1, 4), 4000, 4031)(doc)
    with pytest.raises(ReaderError, match="highlight 4: it spans 4000-4031 but the text is"):
        read_backup(doc)


def test_a_backup_may_omit_optional_fields():
    doc = {
        "format": BACKUP_FORMAT,
        "version": 1,
        "articles": [{"id": 1, "title": "T", "text": "Hello there."}],
    }
    assert read_backup(doc) == [ArticleBundle(Article("T", "Hello there.", id=1), [], None, [], [])]


def test_read_backup_leaves_its_input_alone():
    doc = good_doc()
    before = copy.deepcopy(doc)
    read_backup(doc)
    assert doc == before


# --- properties --------------------------------------------------------------------

words_st = st.text(min_size=1, max_size=40)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=st.text(max_size=150),
    tags=st.lists(st.text(min_size=1, max_size=20), max_size=5),
    note=st.none() | st.text(max_size=80),
    pieces=st.lists(
        st.tuples(
            words_st, st.sampled_from(HIGHLIGHT_STATUSES), st.sampled_from(HIGHLIGHT_COLORS), st.none() | st.text()
        ),
        min_size=1,
        max_size=4,
    ),
    article_id=st.integers(min_value=1, max_value=10**9),
)
def test_any_article_exports_and_round_trips(title, tags, note, pieces, article_id):
    text = "\n\n".join(words for words, *_ in pieces)
    highlights, pos = [], 0
    for i, (words, status, color, hnote) in enumerate(pieces):
        highlights.append(
            Highlight(article_id, pos, pos + len(words), words, status=status, color=color, note=hnote, tags=tags, id=i)
        )
        pos += len(words) + 2
    quotes = [
        Quote(words, h.start, h.end, speaker=hnote) for h, (words, _, _, hnote) in zip(highlights, pieces, strict=True)
    ]
    bundle = ArticleBundle(
        Article(title, text, id=article_id),
        tags,
        None if note is None else Note(article_id, note),
        highlights,
        quotes,
    )
    md = article_markdown(bundle)
    fm = front_matter(md)
    assert fm["title"] == title
    assert fm.get("tags", []) == tags
    # Every quoted passage stays inside its block quote: no headings, lists or code made of it.
    kinds = {t.type for t in block_tokens(md)}
    assert not kinds & {"fence", "code_block", "html_block", "hr", "table_open", "ordered_list_open"}
    assert sum(t.type == "heading_open" for t in block_tokens(md)) == md.count("\n#")  # only ours
    name = markdown_filename(bundle.article)
    assert is_valid_filename(name, platform="universal") and name.endswith(f" ({article_id}).md")
    assert roundtrip([bundle]) == [bundle]


def test_markdown_gives_an_unnamed_speaker_in_the_articles_words():
    md = article_markdown(second_bundle())
    assert "\u2014 One shopper" in md
