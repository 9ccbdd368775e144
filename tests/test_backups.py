"""Backups: made with SQLite's backup API, checked before a restore, automatic daily and before migrations."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from reader import backup
from reader.errors import ReaderError
from reader.importers.plaintext import parse
from reader.library import Library
from reader.store import articles as rows
from reader.store import configure, schema


def add(lib: Library, title: str) -> int:
    return lib.save(parse(f"{title}\n\nA paragraph about {title.lower()}.".encode(), source=f"/{title}.txt")).id


def test_backup_then_restore_brings_the_library_back(library, data_dir):
    a = add(library, "First story")
    s, e = library.find_words(a, "paragraph")
    library.add_highlight(a, s, e, note="kept")
    path = library.backup()
    assert path.parent == data_dir / "backups" and backup.verify(path) == 1
    add(library, "Second story")
    library.remove(a)
    assert library.count() == 1
    aside = library.restore_backup(path)
    assert library.count() == 1 and library.article(a).title == "First story"
    assert library.highlights(a)[0].note == "kept"
    assert backup.verify(aside) == 1  # the library as it was (with the second story) is kept
    assert library.check()["ok"]
    assert [b.kind for b in library.backups()] == ["before-restore", "manual"]


def test_damaged_or_foreign_files_are_refused_and_nothing_changes(library, tmp_path):
    add(library, "Only story")
    noise = tmp_path / "noise.db"
    noise.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(ReaderError, match="not a reader library|damaged|cannot be opened"):
        library.restore_backup(noise)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(ReaderError, match="not a reader library"):
        library.restore_backup(other)
    # a real backup with a page overwritten in the middle
    good = library.backup(tmp_path / "good.db")
    data = bytearray(good.read_bytes())
    page = 4096
    data[page * 2 : page * 3] = bytes(page)
    broken = tmp_path / "broken.db"
    broken.write_bytes(bytes(data))
    with pytest.raises(ReaderError):
        library.restore_backup(broken)
    with pytest.raises(ReaderError, match="no such file"):
        library.restore_backup(tmp_path / "missing.db")
    assert library.count() == 1 and library.check()["ok"]


def test_daily_backup_once_a_day_keeping_seven(library, data_dir):
    add(library, "Daily story")
    assert library.backup_daily() is not None
    assert library.backup_daily() is None  # already made today
    for i in range(9):
        (data_dir / "backups" / f"library-daily-2020-01-0{i + 1}T00-00-00.db").write_bytes(b"old")
    backup.prune(data_dir, "daily")
    assert len(list((data_dir / "backups").glob("library-daily-*.db"))) == 7


def test_opening_an_older_library_keeps_a_copy_before_migrating(tmp_path):
    path = tmp_path / "library.db"
    conn = sqlite3.connect(path, isolation_level=None)
    configure(conn)
    db = Database(conn)
    schema.apply(db, stop_before="m006_search_index")
    art = parse(b"Old story here\n\nWritten by an older reader.", source="x").article
    art.added = "2025-01-01T00:00:00+00:00"
    with db.atomic():
        rows.insert_article(conn, art, text_hash="h", original=None, original_type=None, extractor=None)
    db.close()
    with Library.open(tmp_path) as lib:
        (copy,) = lib.backups()
        assert copy.kind == "before-migration" and copy.articles == 1
        assert lib.search("older")[0].title == "Old story here"


def test_cli_backup_check_restore(run_cli, tmp_path):
    p = tmp_path / "s.txt"
    p.write_text("Cli story\n\nA paragraph.", encoding="utf-8")
    run_cli("add", str(p), check=True)
    out = tmp_path / "copy.db"
    assert run_cli("backup", "--out", str(out), check=True).stdout_text.strip() == str(out)
    assert run_cli("check", check=True).stdout_text.startswith("ok")
    r = run_cli("restore", str(out), check=True)
    assert r.stdout_text.startswith("restored 1 article(s)")
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 100)
    r = run_cli("restore", str(bad))
    assert r.returncode == 1 and r.stderr_text.startswith("Error: ") and r.stderr_text.count("\n") == 1


def test_a_library_with_quotes_passes_its_own_check(library):
    # SQLite 3.40's integrity_check wrongly reports NULLs in WITHOUT ROWID tables
    # with NOT NULL columns; the library's tables must not trip it.
    library.save(parse("Harbour wall\n\n“We will rebuild,” said Jane Doe.".encode(), source="/q.txt"))
    assert library.check() == {"ok": True, "integrity": ["ok"], "foreign_keys": []}


def test_a_damaged_library_names_its_newest_good_backup_and_restore_works(run_cli, tmp_path, data_dir):
    p = tmp_path / "s.txt"
    p.write_text("Kept story\n\nA paragraph worth keeping.", encoding="utf-8")
    run_cli("add", str(p), check=True)
    made = run_cli("backup", check=True).stdout_text.strip()
    (data_dir / "library.db").write_bytes(b"this is no longer a database" * 200)
    for suffix in ("-wal", "-shm"):
        (data_dir / f"library.db{suffix}").unlink(missing_ok=True)
    r = run_cli("list")
    assert r.returncode == 1 and r.stderr_text.count("\n") == 1
    assert "newest good backup is" in r.stderr_text and made in r.stderr_text
    r = run_cli("restore", made, check=True)
    assert r.stdout_text.startswith("restored 1 article(s)") and "library-damaged-" in r.stdout_text
    assert run_cli("list", check=True).stdout_text.split("\t")[1].startswith("Kept story")
    assert run_cli("check", check=True).stdout_text.startswith("ok")
