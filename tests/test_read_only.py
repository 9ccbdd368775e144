"""A read-only library: reading works, every write says so in one sentence, and nothing changes.

Tests run as root here, and root ignores file permissions, so the command
line runs in a child that first gives up the capabilities that let it do so
(CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER): from then on the
read-only bits hold for it as for any user. As a normal user no such step is
needed. In-process, ``Library.open(..., read_only=True)`` opens the file
read-only through SQLite (``mode=ro``).
"""

from __future__ import annotations

import ctypes
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from reader.errors import StoreError
from reader.library import Library
from reader.store import READ_ONLY

STORY = "Harbour story\n\nThe harbour wall was rebuilt in spring.\n\n\u201cIt is finished,\u201d said Ann Lee."
_PR_CAPBSET_DROP = 24
_CAPS = (1, 2, 3)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER


def _as_plain_user() -> None:
    """In the child, before exec: drop what lets root ignore permissions (nothing to drop for a user)."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in _CAPS:
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _run(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reader", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        preexec_fn=_as_plain_user,
        timeout=120,
    )


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _make_library(data_dir: Path, tmp_path: Path) -> int:
    p = tmp_path / "harbour.txt"
    p.write_text(STORY, encoding="utf-8")
    with Library.open(data_dir) as lib:
        aid = lib.add(p).id
        lib.add_highlight(aid, 14, 30, note="the wall", tags=["coast"])
    return aid


def _chmod_tree(root: Path, writable: bool) -> None:
    for p in [root, *root.rglob("*")]:
        mode = p.stat().st_mode
        mode = mode | stat.S_IWUSR if writable else mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
        p.chmod(mode)


@pytest.fixture
def can_drop():
    """Skip where the child cannot give up root's override (a container without CAP_SETPCAP)."""
    try:
        subprocess.run([sys.executable, "-c", "pass"], preexec_fn=_as_plain_user, check=True, timeout=60)
    except (subprocess.SubprocessError, OSError) as exc:
        pytest.skip(f"cannot run a child without root's permission override: {exc}")


@pytest.mark.parametrize("what", ["folder", "file"])
def test_cli_reads_a_read_only_library_and_refuses_writes_in_one_sentence(can_drop, data_dir, tmp_path, what):
    aid = _make_library(data_dir, tmp_path)
    db = data_dir / "library.db"
    before = _dump(db)
    other = tmp_path / "other.txt"
    other.write_text("Another story\n\nA second article that must not be saved anywhere.", encoding="utf-8")
    if what == "folder":  # the whole data folder: SQLite cannot even make its WAL index
        _chmod_tree(data_dir, writable=False)
    else:  # only the database file
        db.chmod(0o444)
    try:
        shown = _run(data_dir, "show", str(aid), "--text")
        assert shown.returncode == 0, shown.stderr
        assert "The harbour wall was rebuilt" in shown.stdout and shown.stderr == ""
        listed = _run(data_dir, "highlights", str(aid))
        assert listed.returncode == 0 and "the wall" in listed.stdout, listed.stderr
        found = _run(data_dir, "search", "harbour")
        assert found.returncode == 0 and "Harbour story" in found.stdout, found.stderr
        for args in (
            ("add", str(other)),
            ("highlight", str(aid), "--start", "0", "--end", "7"),
            ("tag", str(aid), "later"),
            ("remove", str(aid)),
        ):
            got = _run(data_dir, *args)
            assert got.returncode == 1, (args, got.stdout, got.stderr)
            assert got.stdout == ""
            assert got.stderr == f"Error: {db}: {READ_ONLY}\n", args
    finally:
        _chmod_tree(data_dir, writable=True)
        db.chmod(0o644)
    assert _dump(db) == before  # nothing half-written, nothing written at all
    conn = sqlite3.connect(str(db))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def test_library_opened_read_only_reads_and_refuses_every_write(data_dir, tmp_path):
    aid = _make_library(data_dir, tmp_path)
    before = _dump(data_dir / "library.db")
    with Library.open(data_dir, read_only=True) as lib:
        assert lib.read_only
        assert [h.note for h in lib.highlights(aid)] == ["the wall"]
        assert lib.search("harbour")
        for write in (
            lambda: lib.add_highlight(aid, 0, 7),
            lambda: lib.set_article_note(aid, "x"),
            lambda: lib.remove(aid),
            lambda: lib.set_progress(aid, 10, 0.5),
        ):
            with pytest.raises(StoreError) as err:
                write()
            assert err.value.message.endswith(READ_ONLY)
        assert lib.ensure_sample() is None and lib.backup_daily() is None
    assert _dump(data_dir / "library.db") == before


@pytest.fixture
def read_only_library(data_dir, tmp_path):
    """A library with one article, open read-only; (library, article id). Closed after the window."""
    aid = _make_library(data_dir, tmp_path)
    before = _dump(data_dir / "library.db")
    lib = Library.open(data_dir, read_only=True)
    yield lib, aid
    lib.close()
    assert _dump(data_dir / "library.db") == before


def test_window_on_a_read_only_library_says_so_and_reading_works(read_only_library, qtbot):
    from reader.ui.app import build_window

    lib, aid = read_only_library
    w = build_window(lib, str(aid))
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    qtbot.waitExposed(w)
    assert w.read_only_label.isVisible() and "Read-only" in w.read_only_label.text()
    assert "The harbour wall was rebuilt" in w.article_view.toPlainText()
    assert [q.speaker for q in w.side_panel.model.quotes()] == ["Ann Lee"]
    # Reading on keeps no place (and says nothing about it); a highlight is refused.
    w.save_progress()
    w.article_view.setTextCursor(w.article_view.cursor_for_range(0, 7))
    w.highlight_selection()
    assert [h.note for h in lib.highlights(aid)] == ["the wall"]
