"""The SQLite store: opening the database, pragmas, schema and row mapping.

Reads go through a plain :mod:`sqlite3` connection; writes and migrations go
through sqlite-utils wrapped around the same connection, created on the first
write. Importing sqlite-utils costs ~30 ms, which a start that only reads (the
window opening on a saved article) does not need to pay.
Only this package and :mod:`reader.search` write SQL.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from reader.errors import StoreError

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000

#: The names of every schema migration, oldest first: what a current database
#: has applied. Checked at open without importing sqlite-utils;
#: tests/test_store.py keeps it equal to the list in :mod:`reader.store.schema`.
MIGRATIONS = (
    "m001_initial",
    "m002_search_index",
    "m003_source_index",
    "m004_annotations",
    "m005_reading_state",
    "m006_search_index",
    "m007_images",
    "m008_quote_corrections",
    "m009_quotes_version_index",
    "m010_fetch_status",
    "m011_quote_method",
    "m012_quote_speaker_description",
)
MIGRATIONS_TABLE = "_sqlite_migrations"
MIGRATION_SET = "reader"

#: What a user is told when the library cannot be written (one sentence).
READ_ONLY = "the library is read-only, so nothing was changed; reading works (check the permissions of its folder)"


class ReadOnlyConnection(sqlite3.Connection):
    """A connection opened read-only because the library's file or folder cannot be written."""

    read_only = True


def is_read_only(conn: sqlite3.Connection, path: Path | None = None) -> bool:
    """Whether writes to this library would fail: opened read-only, or its file is not writable."""
    if getattr(conn, "read_only", False):
        return True
    return path is not None and path.exists() and not os.access(path, os.W_OK)


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the library database with its schema up to date.

    A library file that is damaged or not a database is a :class:`StoreError`
    that names the newest backup that passes its checks, and how to restore it.
    """
    try:
        return _connect(path)
    except StoreError as exc:
        if "not a reader database" not in exc.message and "damaged" not in exc.message:
            raise
        from reader import backup

        good = backup.newest_good(path.parent)
        if good is None:
            raise
        raise StoreError(
            f"{exc.message}; the newest good backup is {good} — restore it with: reader restore {good}"
        ) from exc


def _connect(path: Path) -> sqlite3.Connection:
    with storage_errors(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: transactions are explicit (sqlite-utils' atomic()).
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            configure(conn)
        except sqlite3.OperationalError as exc:
            # A WAL library in a folder that cannot be written: SQLite cannot make its
            # -shm file, so even reading fails. Open it read-only: reading works, writes are refused.
            conn.close()
            if not path.is_file() or "readonly" not in str(exc).lower() and "unable to open" not in str(exc).lower():
                raise
            return connect_read_only(path)
        if not is_current(conn):
            if is_read_only(conn, path):
                raise StoreError(f"{path}: the library needs an upgrade, but {READ_ONLY}")
            from reader.store import schema

            if _has_articles(conn):  # an existing library: keep a copy as it was before changing its schema
                from reader import backup

                backup.make(conn, path.parent, "before-migration")
            schema.apply(wrap(conn))
    return conn


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open an existing library for reading only (it is never written through this connection).

    ``mode=ro`` first; when the folder cannot be written either and the WAL
    index does not exist, SQLite can only read the file as ``immutable``
    (nothing can write it then: the folder and file are read-only).
    """
    with storage_errors(path):
        if not path.is_file():
            raise sqlite3.OperationalError("unable to open database file")
        uri = path.resolve().as_uri()
        for query in ("?mode=ro", "?mode=ro&immutable=1"):
            conn = sqlite3.connect(
                uri + query, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, factory=ReadOnlyConnection
            )
            try:
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                conn.execute("PRAGMA foreign_keys = ON")
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError:
                conn.close()
                if "immutable" in query:
                    raise
                continue
            if not is_current(conn):
                conn.close()
                raise StoreError(f"{path}: the library needs an upgrade, but {READ_ONLY}")
            log.info("library opened read-only: %s", path)
            return conn
    raise AssertionError("unreachable")


def _has_articles(conn: sqlite3.Connection) -> bool:
    try:
        return conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is not None
    except sqlite3.OperationalError:
        return False


def is_current(conn: sqlite3.Connection) -> bool:
    """Whether every migration is applied (a cheap check made at every open)."""
    try:
        done = {
            r[0] for r in conn.execute(f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", [MIGRATION_SET])
        }
    except sqlite3.OperationalError:  # no migrations table yet: a new database
        return False
    return set(MIGRATIONS) <= done


def wrap(conn: sqlite3.Connection) -> Database:
    """sqlite-utils' Database over an existing connection."""
    from sqlite_utils import Database

    return Database(conn)


def open_database(path: Path) -> Database:
    """The database as sqlite-utils sees it (migrations, tests, tools)."""
    return wrap(connect(path))


def configure(conn: sqlite3.Connection) -> None:
    """WAL, foreign keys and a busy timeout on every connection."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":  # e.g. a read-only medium
        log.warning("database journal mode is %s, not WAL", mode)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction, taken with ``BEGIN IMMEDIATE``; nested calls are savepoints.

    sqlite-utils' ``atomic()`` begins with a deferred ``BEGIN``: a transaction
    that reads first and writes later must then upgrade its lock, and in WAL
    mode that upgrade fails at once with "database is locked" (no busy
    handler runs) whenever another process committed in between. Taking the
    write lock up front lets the busy timeout queue concurrent writers
    instead, so the window and several command-line processes can write to
    one library at the same time.
    """
    if conn.in_transaction:
        name = f"reader_sp_{id(conn)}_{_next_savepoint()}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


_savepoints = iter(range(1, 1 << 62))


def _next_savepoint() -> int:
    return next(_savepoints)


# Messages for the storage failures a user can do something about; anything
# else is a bug and propagates with its traceback.
_KNOWN = (
    ("database is locked", "the library is busy in another program; try again in a moment"),
    ("unable to open database", "cannot open the library database; check the data directory exists and is writable"),
    ("readonly database", READ_ONLY),
    ("database or disk is full", "the disk is full; free some space and try again"),
    ("file is not a database", "the library file is not a reader database (or is damaged)"),
    ("database disk image is malformed", "the library database is damaged; restore it from a backup"),
    ("disk i/o error", "the disk reported an error while reading the library"),
)


@contextmanager
def storage_errors(path: Path | None = None) -> Iterator[None]:
    """Turn the storage errors a user can act on into :class:`StoreError`."""
    try:
        yield
    except PermissionError as exc:
        raise StoreError(f"{exc.filename or path}: permission denied") from exc
    except sqlite3.DatabaseError as exc:  # OperationalError is a subclass
        text = str(exc).lower()
        for needle, message in _KNOWN:
            if needle in text:
                where = f"{path}: " if path else ""
                raise StoreError(where + message) from exc
        raise
