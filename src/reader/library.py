"""The one API the window and the command line use.

A :class:`Library` owns one database connection (connections never cross
threads: a worker opens its own with :meth:`Library.open`). Every write is one
transaction and returns a :class:`Changes` naming what it changed, so the
window can tell each panel whether to reload.
"""

from __future__ import annotations

import datetime as _dt
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reader import paths
from reader.errors import ImportFailed, NotFound, ReaderError
from reader.importers import SUPPORTED_SUFFIXES, Imported, load
from reader.model import Article, ArticleSummary, Quote
from reader.store import articles as rows
from reader.store import connect, storage_errors, wrap
from reader.text import text_hash

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)

SAMPLE_FILE = "sky-news-return-hubs.txt"
# What the plain-text seed cannot say about itself.
SAMPLE_METADATA = {"site": "Sky News", "published": "2025-05-15"}


@dataclass(frozen=True, slots=True)
class Changes:
    """What a write changed, for the window to fan out to its panels."""

    articles: frozenset[int] = frozenset()  # ids added, updated or removed
    removed: frozenset[int] = frozenset()
    quotes: frozenset[int] = frozenset()  # article ids whose quotes changed
    library: bool = False  # the list of articles changed (added/removed/retitled)

    def __bool__(self) -> bool:
        return bool(self.articles or self.removed or self.quotes or self.library)


@dataclass(frozen=True, slots=True)
class AddResult:
    """The outcome of adding one source."""

    id: int
    title: str
    created: bool  # False when the article was already saved
    changes: Changes = field(default_factory=Changes)

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "created": self.created}


@dataclass(frozen=True, slots=True)
class RemoveResult:
    id: int
    title: str
    highlights: int
    notes: int
    changes: Changes

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "highlights": self.highlights, "notes": self.notes}


@dataclass(slots=True)
class BatchResult:
    """The outcome of adding many sources (a folder, a selection of files)."""

    added: list[AddResult] = field(default_factory=list)
    existing: list[AddResult] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, message)
    cancelled: bool = False

    @property
    def changes(self) -> Changes:
        ids = frozenset(r.id for r in self.added)
        return Changes(articles=ids, quotes=ids, library=bool(ids))

    def summary(self) -> str:
        text = f"{len(self.added)} added, {len(self.existing)} already saved, {len(self.failed)} failed"
        return text + (" (cancelled)" if self.cancelled else "")

    def to_dict(self) -> dict:
        return {
            "added": [r.to_dict() for r in self.added],
            "existing": [r.to_dict() for r in self.existing],
            "failed": [{"source": s, "error": m} for s, m in self.failed],
            "cancelled": self.cancelled,
        }


def expand_sources(sources: Sequence[str | os.PathLike[str]]) -> list[str]:
    """Files and URLs as given; folders replaced by the supported files below them."""
    out: list[str] = []
    for src in sources:
        s = os.fspath(src)
        p = Path(s)
        if "://" not in s and p.is_dir():
            found = [
                str(f)
                for f in sorted(p.rglob("*"))
                if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES and not f.name.startswith(".")
            ]
            # An empty folder stays in the list, so that it fails with its reason.
            out.extend(found or [s])
        else:
            out.append(s)
    return out


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


class Library:
    """A reader library: one SQLite file in a data directory."""

    def __init__(self, conn: sqlite3.Connection, data_dir: Path) -> None:
        self.conn = conn
        self.data_dir = data_dir
        self._db: Database | None = None

    # -- lifecycle -------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None) -> Library:
        """Open the library in ``data_dir`` (see :func:`reader.paths.data_dir`)."""
        directory = paths.data_dir(data_dir)
        return cls(connect(paths.db_path(directory)), directory)

    def close(self) -> None:
        self.conn.close()

    @property
    def db(self) -> Database:
        """sqlite-utils over this library's connection, made on first use."""
        if self._db is None:
            self._db = wrap(self.conn)
        return self._db

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return paths.db_path(self.data_dir)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction; storage failures become :class:`StoreError`."""
        with storage_errors(self.path), self.db.atomic():
            yield self.conn

    # -- reading ---------------------------------------------------------------

    def count(self) -> int:
        with storage_errors(self.path):
            return rows.count(self.conn)

    def article_ids(self) -> list[int]:
        """All article ids, newest first (the library list loads rows lazily)."""
        with storage_errors(self.path):
            return rows.list_ids(self.conn)

    def summaries(self, ids: list[int] | None = None) -> list[ArticleSummary]:
        """Summaries of ``ids`` (in the order given), or of every article, newest first."""
        with storage_errors(self.path):
            found = rows.list_summaries(self.conn, ids)
        if ids is None:
            return found
        by_id = {s.id: s for s in found}
        return [by_id[i] for i in ids if i in by_id]

    def article(self, article_id: int) -> Article:
        with storage_errors(self.path):
            found = rows.get_article(self.conn, article_id)
        if found is None:
            raise NotFound(f"no article with id {article_id}")
        return found

    def quotes(self, article_id: int) -> list[Quote]:
        self.article(article_id)  # a clear error for an unknown id
        with storage_errors(self.path):
            return rows.get_quotes(self.conn, article_id)

    # -- writing ---------------------------------------------------------------

    def add(self, source: str | os.PathLike[str], *, cancelled: Callable[[], bool] | None = None) -> AddResult:
        """Import a file or URL and save it (see :meth:`save`).

        A URL already saved (as its source or canonical URL) is not fetched again.
        """
        s = os.fspath(source)
        if "://" in s:
            with storage_errors(self.path):
                existing = rows.find_by_url(self.conn, s)
            if existing is not None:
                return AddResult(existing, self.article(existing).title, created=False)
        imported = load(s, cancelled=cancelled)
        return self.save(imported)

    def add_many(
        self,
        sources: Sequence[str | os.PathLike[str]],
        *,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> BatchResult:
        """Add files, folders (every supported file below) and URLs, one transaction each.

        ``progress(done, total, source)`` is called before each source;
        ``cancelled()`` is checked between sources. A failure is recorded and
        the rest go on.
        """
        files = expand_sources(sources)
        result = BatchResult()
        for i, src in enumerate(files):
            if cancelled is not None and cancelled():
                result.cancelled = True
                break
            if progress is not None:
                progress(i, len(files), src)
            try:
                r = self.add(src, cancelled=cancelled)
            except ReaderError as exc:
                result.failed.append((src, exc.message))
                continue
            (result.added if r.created else result.existing).append(r)
        if progress is not None and not result.cancelled:
            progress(len(files), len(files), "")
        return result

    def save(self, imported: Imported) -> AddResult:
        """Save an imported article with its quotes, in one transaction.

        An article whose canonical text (or canonical URL) is already saved
        is not saved again: the result names the existing id.
        """
        article = imported.article
        digest = text_hash(article.text)
        with self._write() as db:
            existing = rows.find_by_hash(db, digest)
            if existing is None and article.url:
                existing = rows.find_by_url(db, article.url)
            if existing is not None:
                title = rows.get_article(db, existing).title  # type: ignore[union-attr]
                return AddResult(existing, title, created=False)
            article.added = article.added or _now()
            article_id = rows.insert_article(
                db,
                article,
                text_hash=digest,
                original=imported.original,
                original_type=imported.original_type,
                extractor=imported.extractor,
            )
            changed_quotes = self._store_quotes(db, article_id, article)
        return AddResult(
            article_id,
            article.title,
            created=True,
            changes=Changes(articles=frozenset({article_id}), quotes=changed_quotes, library=True),
        )

    def _store_quotes(self, db: sqlite3.Connection, article_id: int, article: Article) -> frozenset[int]:
        from reader.quotes import EXTRACTOR_VERSION, extract_quotes

        found = extract_quotes(article.text, article.blocks)
        rows.replace_quotes(db, article_id, found, EXTRACTOR_VERSION)
        return frozenset({article_id})

    def refresh(self, article_id: int, *, fetch: bool = False) -> AddResult:
        """Re-derive an article from its kept original (or re-fetch its URL).

        The text, metadata and quotes are replaced in one transaction;
        highlights keep their anchors (exact words and context, and the hash
        of the text they were made on) so they can re-attach to the new text.
        """
        from reader.importers import load, parse_bytes

        current = self.article(article_id)
        if fetch:
            source = current.url or current.source
            if not source or "://" not in source:
                raise ImportFailed(f"article {article_id} did not come from a web address; refresh it without --fetch")
            imported = load(source)
        else:
            with storage_errors(self.path):
                kept = rows.get_original(self.conn, article_id)
            if kept is None:
                raise ImportFailed(f"article {article_id} has no kept original to re-extract")
            data, kind = kept
            src = current.source or f"article {article_id}"
            imported = parse_bytes(data, kind, source=src, url=current.url)
        new = imported.article
        new.source, new.added = current.source, current.added
        if (current.source or "").startswith("sample:"):
            for key, value in SAMPLE_METADATA.items():
                setattr(new, key, value)
        with self._write() as db:
            rows.update_article(db, article_id, new, text_hash=text_hash(new.text), extractor=imported.extractor)
            if fetch:
                rows.replace_original(db, article_id, imported.original, imported.original_type)
            self._store_quotes(db, article_id, new)
        return AddResult(
            article_id,
            new.title,
            created=False,
            changes=Changes(articles=frozenset({article_id}), quotes=frozenset({article_id}), library=True),
        )

    def refresh_quotes(self, *, force: bool = False, ids: list[int] | None = None) -> list[int]:
        """Recompute stored quotes made by an older extractor (or all, with force)."""
        from reader.quotes import EXTRACTOR_VERSION

        if ids is None:
            with storage_errors(self.path):
                ids = rows.ids_with_old_quotes(self.conn, None if force else EXTRACTOR_VERSION)
        for aid in ids:
            article = self.article(aid)
            with self._write() as db:
                self._store_quotes(db, aid, article)
        return ids

    def remove(self, article_id: int) -> RemoveResult:
        """Delete an article with everything attached to it, in one transaction."""
        with self._write() as db:
            article = rows.get_article(db, article_id)
            if article is None:
                raise NotFound(f"no article with id {article_id}")
            counts = rows.dependents(db, article_id)
            rows.delete_article(db, article_id)
        return RemoveResult(
            article_id,
            article.title,
            counts["highlights"],
            counts["notes"],
            Changes(removed=frozenset({article_id}), library=True),
        )

    def ensure_sample(self) -> int | None:
        """Import the embedded sample when the library is empty; return its id."""
        if self.count():
            return None
        from importlib import resources

        data = resources.files("reader.seeds").joinpath(SAMPLE_FILE).read_bytes()
        from reader.importers import plaintext

        imported = plaintext.parse(data, source=f"sample:{SAMPLE_FILE}", name=SAMPLE_FILE)
        for key, value in SAMPLE_METADATA.items():
            setattr(imported.article, key, value)
        return self.save(imported).id
