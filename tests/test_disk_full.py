"""A full disk: every write says so in one line, and nothing already stored changes.

SQLite's ``max_page_count`` caps the database at its current size, which is
what a full disk looks like to it ("database or disk is full").
"""

from __future__ import annotations

import pytest

from reader.errors import StoreError

STORY = "Harbour story\n\nThe harbour wall was rebuilt in spring.\n\n\u201cIt is finished,\u201d said Ann Lee."


def _snapshot(library, aid):
    return (
        library.count(),
        library.article(aid).text,
        [(h.id, h.start, h.end, h.color, h.note, h.tags) for h in library.highlights(aid)],
        library.article_tags(aid),
        library.article_note(aid).body,
        [(q.text, q.speaker) for q in library.quotes(aid)],
        library.quote_corrections(aid),
    )


def test_every_write_on_a_full_disk_fails_cleanly_and_keeps_what_was_stored(library, tmp_path):
    p = tmp_path / "harbour.txt"
    p.write_text(STORY, encoding="utf-8")
    aid = library.add(p).id
    h = library.add_highlight(aid, 14, 30, note="the wall", tags=["coast"])
    library.tag("article", aid, ["local"])
    library.set_article_note(aid, "read again")
    before = _snapshot(library, aid)

    pages = library.conn.execute("PRAGMA page_count").fetchone()[0]
    library.conn.execute(f"PRAGMA max_page_count = {pages}")
    big = tmp_path / "big.txt"
    big.write_text("A long story\n\n" + ("Many words in one paragraph here. " * 300 + "\n\n") * 100, encoding="utf-8")
    filler = "x" * 200_000
    writes = [
        lambda: library.add(big),
        lambda: library.add_highlight(aid, 0, 7, note=filler),
        lambda: library.set_highlight_note(h.id, filler),
        lambda: library.set_article_note(aid, filler),
        lambda: library.tag("article", aid, [f"tag {i} " + "y" * 150 for i in range(400)]),
        lambda: library.correct_quote(aid, 1, speaker="Z" * 200_000),
    ]
    for write in writes:
        with pytest.raises(StoreError, match="disk is full") as err:
            write()
        assert "\n" not in str(err.value)
        assert _snapshot(library, aid) == before  # the failed transaction left no trace

    # space again: the library works as before
    library.conn.execute("PRAGMA max_page_count = 1073741823")
    assert library.add(big).created
    assert library.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
