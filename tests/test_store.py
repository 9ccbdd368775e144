import sqlite3

import pytest
from sqlite_utils import Database

from reader.errors import StoreError
from reader.importers.plaintext import parse
from reader.library import Library
from reader.store import MIGRATIONS, configure, connect, open_database, schema
from reader.store import articles as rows


def test_pragmas_wal_foreign_keys_busy_timeout(tmp_path):
    db = open_database(tmp_path / "library.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert {"articles", "highlights", "notes", "tags", "article_tags", "highlight_tags", "quotes"} <= set(
        db.table_names()
    )
    applied = [m.name for m in schema.migrations.applied(db)]
    assert applied == schema.MIGRATION_NAMES


def test_the_quick_schema_check_knows_every_migration():
    assert tuple(schema.MIGRATION_NAMES) == MIGRATIONS


def test_open_twice_applies_nothing_new(tmp_path):
    open_database(tmp_path / "library.db").close()
    db = open_database(tmp_path / "library.db")
    assert len(schema.migrations.applied(db)) == len(schema.MIGRATION_NAMES)


@pytest.mark.parametrize("stop_before", schema.MIGRATION_NAMES[1:])
def test_upgrade_from_every_older_schema_keeps_data_and_indexes_it(tmp_path, stop_before):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    configure(conn)
    db = Database(conn)
    schema.apply(db, stop_before=stop_before)
    art = parse(b"Floods hit the valley\n\nThe river rose overnight in Tewkesbury.", source="x").article
    art.added = "2025-01-01T00:00:00+00:00"
    with db.atomic():
        aid = rows.insert_article(conn, art, text_hash="h", original=b"raw", original_type="text/plain", extractor=None)
    db.close()

    with Library(connect(path), tmp_path) as lib:
        assert lib.article(aid).text == art.text
        assert [m.name for m in schema.migrations.applied(lib.db)] == schema.MIGRATION_NAMES
        hits = list(lib.db.query("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'tewkesbury'"))
        assert [h["rowid"] for h in hits] == [aid]


def test_article_round_trip_with_original_and_quotes(library, sample_text):
    imp = parse(sample_text.encode(), source="/tmp/s.txt")
    res = library.save(imp)
    got = library.article(res.id)
    assert got.text == imp.article.text
    assert got.title == imp.article.title
    assert got.blocks == imp.article.blocks
    assert got.added
    assert rows.get_original(library.conn, res.id) == (sample_text.encode(), "text/plain")
    assert library.db.execute("SELECT length(original) < ? FROM articles", [len(sample_text.encode())]).fetchone()[0]


def test_delete_cascades_to_dependents(library):
    imp = parse(b"Title line\n\nBody one.", source="x")
    aid = library.save(imp).id
    db = library.db
    with db.atomic():
        db.execute(
            'INSERT INTO highlights (article_id, start, "end", exact, text_hash, created, updated) '
            "VALUES (?, 0, 4, 'Body', 'h', 'now', 'now')",
            [aid],
        )
        db.execute("INSERT INTO notes (article_id, body, created, updated) VALUES (?, 'n', 'now', 'now')", [aid])
    removed = library.remove(aid)
    assert (removed.highlights, removed.notes) == (1, 1)
    for table in ("highlights", "notes", "quotes"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_not_a_database_is_a_store_error(tmp_path):
    bad = tmp_path / "library.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a reader database"):
        open_database(bad)


def test_locked_database_is_a_store_error(tmp_path, monkeypatch):
    import reader.store as store

    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 100)
    lib = Library.open(tmp_path)
    other = sqlite3.connect(tmp_path / "library.db", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        lib.conn.execute("PRAGMA busy_timeout = 100")
        with pytest.raises(StoreError, match="busy"):
            lib.save(parse(b"Headline here\n\nSome body text.", source="x"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert lib.count() == 0
    lib.close()


def test_quotes_stored_before_descriptions_are_kept_then_described_when_refreshed(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    configure(conn)
    db = Database(conn)
    schema.apply(db, stop_before="m012_quote_speaker_description")
    text = (
        "Quarnby yard\n\nThe yard stayed shut.\n\n"
        "\u201cNobody has been paid since March,\u201d one senior driver at the yard said."
    )
    art = parse(text.encode(), source="x").article
    art.added = "2025-01-01T00:00:00+00:00"
    start = art.text.index("Nobody")
    with db.atomic():
        aid = rows.insert_article(conn, art, text_hash="h", original=b"raw", original_type="text/plain", extractor=None)
        conn.execute(
            'INSERT INTO quotes (article_id, seq, text, speaker, start, "end", kind, cue, pieces) '
            "VALUES (?, 0, 'Nobody has been paid since March,', NULL, ?, ?, 'direct', 'said', ?)",
            [aid, start, start + 33, f"[[{start}, {start + 33}]]"],
        )
        conn.execute("UPDATE articles SET quotes_version = 1 WHERE id = ?", [aid])
    db.close()

    with Library(connect(path), tmp_path) as lib:
        kept = lib.quotes(aid)
        assert [(q.text, q.speaker, q.speaker_description) for q in kept] == [
            ("Nobody has been paid since March,", None, None)
        ]  # upgraded, nothing lost, nothing made up
        assert lib.refresh_quotes() == [aid]
        assert [(q.speaker, q.speaker_description) for q in lib.quotes(aid)] == [
            (None, "one senior driver at the yard")
        ]
