"""Highlights, notes and tags through the Library API, on real SQLite files."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from reader.errors import NotFound, ReaderError
from reader.importers.plaintext import parse
from reader.library import Library
from reader.store import articles as rows
from reader.store import configure, connect, schema

STORY = (
    "Council votes to keep the riverside library open\n\n"
    "The riverside library will stay open after councillors voted on Tuesday night to find the money elsewhere.\n\n"
    "Campaigners had gathered outside the town hall since the morning, holding placards and reading aloud.\n\n"
    "The council leader said the library was a lifeline for the town, and that the vote was close.\n\n"
    "The library will stay open at least until the end of next year."
)


@pytest.fixture
def story(library: Library) -> int:
    return library.save(parse(STORY.encode(), source="/tmp/story.txt")).id


def _span(library: Library, aid: int, words: str, occurrence: int = 1) -> tuple[int, int]:
    return library.find_words(aid, words, occurrence)


def test_highlight_round_trip_with_note_and_tags(library, story):
    s, e = _span(library, story, "a lifeline for the town")
    h = library.add_highlight(story, s, e, color="green", note="  the key line ", tags=["Local", "libraries"])
    got = library.highlight(h.id)
    text = library.article(story).text
    assert (got.start, got.end, got.exact) == (s, e, "a lifeline for the town")
    assert text[got.start : got.end] == got.exact
    assert got.prefix == text[max(0, s - 32) : s] and got.suffix == text[e : e + 32]
    assert (got.status, got.color, got.note, got.tags) == ("attached", "green", "the key line", ["libraries", "Local"])
    assert library.summaries()[0].highlights == 1


def test_a_selection_with_spaces_at_its_ends_is_trimmed(library, story):
    text = library.article(story).text
    s = text.index(" the library was ")
    h = library.add_highlight(story, s, s + len(" the library was "))
    assert h.exact == "the library was"


def test_find_words_refuses_missing_and_ambiguous_words(library, story):
    with pytest.raises(ReaderError, match="does not contain"):
        library.find_words(story, "a swimming pool")
    with pytest.raises(ReaderError, match="occurs 2 times.*--occurrence"):
        library.find_words(story, "will stay open")
    first = library.find_words(story, "will stay open", 1)
    second = library.find_words(story, "will stay open", 2)
    assert first < second
    with pytest.raises(ReaderError, match="not 3"):
        library.find_words(story, "will stay open", 3)


def test_bad_input_changes_nothing(library, story):
    s, e = _span(library, story, "lifeline")
    with pytest.raises(ReaderError, match="colour"):
        library.add_highlight(story, s, e, color="orange")
    with pytest.raises(ReaderError, match="tag needs a name"):
        library.add_highlight(story, s, e, tags=["   "])
    with pytest.raises(ReaderError, match="not inside"):
        library.add_highlight(story, 10, 10_000)
    with pytest.raises(NotFound):
        library.add_highlight(story + 99, s, e)
    assert library.highlights(story) == []
    assert library.tags() == []


def test_delete_then_restore_brings_back_the_same_highlight(library, story):
    s, e = _span(library, story, "holding placards")
    h = library.add_highlight(story, s, e, note="n", tags=["protest"])
    gone = library.delete_highlight(h.id)
    assert library.highlights(story) == []
    assert library.tags()[0].highlights == 0  # the tag stays, unused
    back = library.restore_highlight(gone)
    assert back.to_dict() == h.to_dict()


def test_colour_note_and_move(library, story):
    s, e = _span(library, story, "reading aloud")
    h = library.add_highlight(story, s, e)
    assert library.set_highlight_color(h.id, "BLUE").color == "blue"
    assert library.set_highlight_note(h.id, "first").note == "first"
    assert library.set_highlight_note(h.id, "second").note == "second"
    assert library.conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 1
    assert library.set_highlight_note(h.id, "").note is None
    s2, e2 = _span(library, story, "since the morning")
    moved = library.move_highlight(h.id, s2, e2)
    assert (moved.exact, moved.status, moved.id) == ("since the morning", "attached", h.id)


def test_article_note(library, story):
    assert library.article_note(story) is None
    assert library.set_article_note(story, "Follow up in March").body == "Follow up in March"
    assert library.set_article_note(story, "Follow up in April").body == "Follow up in April"
    assert library.set_article_note(story, "   ") is None
    assert library.article_note(story) is None


def test_tags_fold_case_in_any_script_and_keep_spaces(library, story):
    assert library.tag("article", story, ["Économie", "  long   reads "]) == ["Économie", "long reads"]
    assert library.tag("article", story, ["ÉCONOMIE", "日本 経済"]) == ["Économie", "long reads", "日本 経済"]
    assert [(t.name, t.articles) for t in library.tags()] == [
        ("Économie", 1),
        ("long reads", 1),
        ("日本 経済", 1),
    ]
    assert library.article_ids(tag="économie") == [story]
    assert library.untag("article", story, ["LONG READS"]) == ["Économie", "日本 経済"]
    with pytest.raises(ReaderError, match="not tagged"):
        library.untag("article", story, ["nothing"])


def test_rename_merge_and_delete_tags(library, story, tmp_path):
    p = tmp_path / "b.txt"
    p.write_text("Another headline here\n\nA second body paragraph.", encoding="utf-8")
    other = library.add(p).id
    library.tag("article", story, ["climate"])
    library.tag("article", other, ["Climate change", "climate"])
    s, e = _span(library, story, "lifeline")
    h = library.add_highlight(story, s, e, tags=["Climate change"])

    with pytest.raises(ReaderError, match="already exists; merge"):
        library.rename_tag("climate", "CLIMATE CHANGE")
    assert library.rename_tag("climate", "Climate").name == "Climate"
    merged = library.merge_tags("climate change", "climate")
    assert (merged.name, merged.articles, merged.highlights) == ("Climate", 2, 1)
    assert library.highlight(h.id).tags == ["Climate"]
    assert [t.name for t in library.tags()] == ["Climate"]
    gone = library.delete_tag("CLIMATE")
    assert (gone.articles, gone.highlights) == (2, 1)
    assert library.tags() == [] and library.highlight(h.id).tags == [] and library.article_tags(other) == []
    with pytest.raises(NotFound):
        library.delete_tag("climate")


def test_refresh_places_highlights_again_in_the_same_transaction(library, story):
    text = library.article(story).text
    keep = library.add_highlight(story, *_span(library, story, "a lifeline for the town"), note="kept", tags=["t"])
    lost = library.add_highlight(story, *_span(library, story, "holding placards and reading aloud"))
    new = STORY.replace(
        "Campaigners had gathered outside the town hall since the morning, holding placards and reading aloud.\n\n", ""
    ).replace("The riverside library will", "After a long night, the riverside library will")
    assert new != STORY
    with library._write() as db:
        rows.replace_original(db, story, new.encode(), "text/plain")
    library.refresh(story)
    new_text = library.article(story).text
    assert new_text != text
    k, gone = library.highlight(keep.id), library.highlight(lost.id)
    assert (k.status, new_text[k.start : k.end], k.note, k.tags) == (
        "attached",
        "a lifeline for the town",
        "kept",
        ["t"],
    )
    assert gone.status == "detached" and gone.exact == "holding placards and reading aloud"
    assert [h.id for h in library.highlights(story)] == [keep.id, lost.id]  # detached last, never dropped


def test_remove_article_counts_highlights_and_notes(library, story):
    h = library.add_highlight(story, *_span(library, story, "lifeline"), note="n")
    library.set_article_note(story, "article note")
    r = library.remove(story)
    assert (r.highlights, r.notes) == (1, 2)
    with pytest.raises(NotFound):
        library.highlight(h.id)


def test_m004_merges_tags_and_notes_that_fold_together(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    configure(conn)
    db = Database(conn)
    schema.apply(db, stop_before="m004_annotations")
    art = parse(STORY.encode(), source="x").article
    art.added = "2025-01-01T00:00:00+00:00"
    with db.atomic():
        aid = rows.insert_article(conn, art, text_hash="h", original=None, original_type=None, extractor=None)
        conn.execute("INSERT INTO tags (id, name) VALUES (1, 'économie'), (2, 'ÉCONOMIE'), (3, 'local')")
        conn.execute("INSERT INTO article_tags VALUES (?, 1), (?, 2), (?, 3)", [aid, aid, aid])
        conn.execute(
            "INSERT INTO notes (article_id, body, created, updated) VALUES (?, 'one', 'c', 'u'), (?, 'two', 'c', 'u')",
            [aid, aid],
        )
    db.close()
    with Library(connect(path), tmp_path) as lib:
        assert [(t.name, t.articles) for t in lib.tags()] == [("économie", 1), ("local", 1)]
        assert lib.article_note(aid).body == "one\n\ntwo"
