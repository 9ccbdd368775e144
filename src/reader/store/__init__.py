"""The SQLite store: opening the database, pragmas, schema and row mapping.

Only this package and :mod:`reader.search` write SQL.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from reader.errors import StoreError
from reader.store import schema

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


def open_database(path: Path) -> Database:
    """Open (creating if needed) the library database and bring its schema up to date."""
    with storage_errors(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=True)
        db = Database(conn)
        configure(db)
        schema.apply(db)
    return db


def configure(db: Database) -> None:
    """WAL, foreign keys and a busy timeout on every connection."""
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":  # e.g. a read-only medium
        log.warning("database journal mode is %s, not WAL", mode)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = NORMAL")


# Messages for the storage failures a user can do something about; anything
# else is a bug and propagates with its traceback.
_KNOWN = (
    ("database is locked", "the library is busy in another program; try again in a moment"),
    ("unable to open database", "cannot open the library database; check the data directory exists and is writable"),
    ("readonly database", "the library database is read-only; check its permissions"),
    ("disk is full", "the disk is full; free some space and try again"),
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
    except (sqlite3.OperationalError, sqlite3.DatabaseError) as exc:
        text = str(exc).lower()
        for needle, message in _KNOWN:
            if needle in text:
                where = f"{path}: " if path else ""
                raise StoreError(where + message) from exc
        raise
