"""Backups of the library: made with SQLite's online backup API, checked before they are trusted.

A backup is a complete SQLite file, copied page by page by SQLite itself
(never a file copy of a live WAL database, which can catch it half-written).
reader makes one on the first start of each day and before every schema
migration, keeping the last :data:`KEEP` of each in ``backups/`` in the data
folder; ``reader backup`` makes one on demand. A file is restored only once
it passes ``PRAGMA integrity_check`` and is a reader library, and only after
the current library has been set aside as a backup of its own.
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from reader.errors import ReaderError

log = logging.getLogger(__name__)

#: Automatic backups kept (of each kind: daily, before a migration).
KEEP = 7
DIR = "backups"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    made: str  # ISO time, from the file name
    kind: str  # "daily", "manual", "before-migration", "before-restore"
    articles: int | None  # None when the file cannot be read

    def to_dict(self) -> dict:
        return {"path": str(self.path), "made": self.made, "kind": self.kind, "articles": self.articles}


def backup_dir(data_dir: Path) -> Path:
    return data_dir / DIR


def _stamp() -> str:
    return _dt.datetime.now().strftime("%Y-%m-%dT%H-%M-%S.%f")


def copy_database(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy a live database into ``target`` with SQLite's online backup API (a consistent snapshot)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".part")
    if partial.exists():
        partial.unlink()
    dest = sqlite3.connect(str(partial))
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        dest.close()
    partial.replace(target)  # whole or not at all
    return target


def make(conn: sqlite3.Connection, data_dir: Path, kind: str = "manual", out: Path | None = None) -> Path:
    """A backup now: to ``out``, or into the backups folder (automatic kinds keep the last :data:`KEEP`)."""
    target = out or backup_dir(data_dir) / f"library-{kind}-{_stamp()}.db"
    copy_database(conn, target)
    if out is None and kind != "manual":
        prune(data_dir, kind)
    log.info("backup made: %s", target)
    return target


def prune(data_dir: Path, kind: str, keep: int = KEEP) -> None:
    found = sorted(backup_dir(data_dir).glob(f"library-{kind}-*.db"))
    for old in found[:-keep] if keep else found:
        old.unlink(missing_ok=True)


_NAME = re.compile(
    r"^library-(?P<kind>[a-z-]+?)-(?P<day>\d{4}-\d{2}-\d{2})T(?P<time>\d{2}-\d{2}-\d{2})(?P<fraction>\.\d+)?$"
)


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Every backup in the folder, newest first, with how many articles it holds."""
    out = []
    for path in backup_dir(data_dir).glob("library-*.db"):
        m = _NAME.match(path.stem)
        if not m:
            continue
        try:
            articles: int | None = _count(path)
        except sqlite3.DatabaseError:
            articles = None
        made = f"{m['day']} {m['time'].replace('-', ':')}"
        out.append((m["day"] + m["time"] + (m["fraction"] or ""), BackupInfo(path, made, m["kind"], articles)))
    return [info for _key, info in sorted(out, key=lambda x: x[0], reverse=True)]


def _count(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    finally:
        conn.close()


def made_today(data_dir: Path) -> bool:
    today = _dt.date.today().isoformat()
    return any(p.name.startswith(f"library-daily-{today}") for p in backup_dir(data_dir).glob("library-daily-*.db"))


def check(conn: sqlite3.Connection) -> dict:
    """``integrity_check`` and ``foreign_key_check``: ``{"ok": bool, "integrity": [...], "foreign_keys": [...]}``."""
    integrity = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    keys = [list(r) for r in conn.execute("PRAGMA foreign_key_check").fetchall()]
    ok = integrity == ["ok"] and not keys
    return {"ok": ok, "integrity": integrity, "foreign_keys": keys}


def verify(path: Path) -> int:
    """Check a file before restoring it: a readable, whole reader library. Returns its article count."""
    if not path.is_file():
        raise ReaderError(f"{path}: no such file")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.DatabaseError as exc:
        raise ReaderError(f"{path}: cannot be opened ({exc})") from None
    try:
        try:
            result = check(conn)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as exc:
            raise ReaderError(f"{path}: not a reader library (or damaged: {exc})") from None
        if not {"articles", "_sqlite_migrations"} <= tables:
            raise ReaderError(f"{path}: not a reader library")
        if not result["ok"]:
            raise ReaderError(f"{path}: damaged ({'; '.join(result['integrity'][:3]) or 'foreign keys do not hold'})")
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    finally:
        conn.close()


def restore(conn: sqlite3.Connection, data_dir: Path, source: Path) -> Path:
    """Replace the library's content with a checked backup; the current library is kept aside first.

    Returns the path of the copy of the library as it was.
    """
    verify(source)
    aside = make(conn, data_dir, "before-restore")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        src.backup(conn)  # page by page into the open library, under its lock
    finally:
        src.close()
    return aside


def newest_good(data_dir: Path) -> Path | None:
    """The newest backup that passes :func:`verify` (for a library that no longer opens)."""
    for info in list_backups(data_dir):
        try:
            verify(info.path)
        except (ReaderError, sqlite3.DatabaseError):
            continue
        return info.path
    return None


def restore_offline(data_dir: Path, source: Path) -> Path:
    """Put a checked backup in place of a library file that no longer opens.

    The damaged file (with its -wal and -shm) is moved aside, never deleted;
    returns where it went.
    """
    verify(source)
    db = data_dir / "library.db"
    aside = backup_dir(data_dir) / f"library-damaged-{_stamp()}.db"
    aside.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(db) + suffix)
        if part.exists():
            part.replace(Path(str(aside) + suffix))
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dest = sqlite3.connect(str(db))
    try:
        src.backup(dest)
    finally:
        dest.close()
        src.close()
    return aside
