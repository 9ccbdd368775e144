"""A write lock held past the busy timeout by another program: a clear message, nothing changed, retry works."""

from __future__ import annotations

import sqlite3

import pytest

from reader.errors import StoreError


def test_a_lock_held_too_long_gives_a_clear_message_and_a_retry_works(library, tmp_path):
    p = tmp_path / "story.txt"
    p.write_text("Harbour story\n\nThe harbour wall was rebuilt in spring.", encoding="utf-8")
    aid = library.add(p).id
    s = library.article(aid).text.index("harbour wall")
    e = s + len("harbour wall")
    library.conn.execute("PRAGMA busy_timeout = 150")  # the real timeout is 5 s; the behaviour is the same
    other = sqlite3.connect(library.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program starts writing and does not finish
        with pytest.raises(StoreError, match="busy in another program; try again") as err:
            library.add_highlight(aid, s, e, note="first try")
        assert "\n" not in str(err.value)
        assert library.highlights(aid) == []  # reading still works while the other program writes
        other.execute("ROLLBACK")
    finally:
        other.close()
    h = library.add_highlight(aid, s, e, note="second try")  # the retry
    assert [x.note for x in library.highlights(aid)] == ["second try"] and h.exact == "harbour wall"
