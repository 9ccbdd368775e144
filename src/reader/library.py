"""The one API the window and the command line use.

A :class:`Library` owns one database connection (connections never cross
threads: a worker opens its own with :meth:`Library.open`). Every write is one
transaction and returns a :class:`Changes` naming what it changed, so the
window can tell each panel whether to reload.
"""

from __future__ import annotations

import dataclasses
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
from reader.errors import ImportFailed, NotFound, ReaderError, StoreError
from reader.model import HIGHLIGHT_COLORS, Article, ArticleSummary, Highlight, Note, Quote, Tag
from reader.store import READ_ONLY, connect, connect_read_only, is_read_only, storage_errors, transaction, wrap
from reader.store import articles as rows
from reader.store import highlights as annots
from reader.text import tag_key, tag_name, text_hash

if TYPE_CHECKING:
    from sqlite_utils import Database

    from reader.export import ArticleBundle
    from reader.importers import Imported
    from reader.importing import ImportReport
    from reader.interop import Kind, Source
    from reader.search import SearchHit, Speaker

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
    library: bool = False  # the list of articles changed (added/removed/retitled/tagged)
    highlights: frozenset[int] = frozenset()  # article ids whose highlights (or their notes, tags) changed
    notes: frozenset[int] = frozenset()  # article ids whose own note changed
    tags: bool = False  # the set of tags, or their counts, changed

    def __bool__(self) -> bool:
        return bool(
            self.articles or self.removed or self.quotes or self.library or self.highlights or self.notes or self.tags
        )

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            articles=self.articles | other.articles,
            removed=self.removed | other.removed,
            quotes=self.quotes | other.quotes,
            library=self.library or other.library,
            highlights=self.highlights | other.highlights,
            notes=self.notes | other.notes,
            tags=self.tags or other.tags,
        )


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
class SavedArticle:
    """Everything about a removed article, to bring it back (undo)."""

    bundle: ArticleBundle
    original: bytes | None
    original_type: str | None
    extractor: str | None
    state: dict


@dataclass(frozen=True, slots=True)
class RemoveResult:
    id: int
    title: str
    highlights: int
    notes: int
    changes: Changes
    saved: SavedArticle | None = None

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "highlights": self.highlights, "notes": self.notes}


@dataclass(slots=True)
class BackupImport:
    """What importing a reader backup did."""

    articles_added: int = 0
    articles_merged: int = 0  # already in the library: highlights, tags and notes merged in
    highlights_added: int = 0
    highlights_present: int = 0  # the same highlight was already there
    notes_merged: int = 0
    ids: list[int] = field(default_factory=list)

    @property
    def changes(self) -> Changes:
        ids = frozenset(self.ids)
        return Changes(articles=ids, quotes=ids, library=True, highlights=ids, notes=ids, tags=True)

    def summary(self) -> str:
        return (
            f"{self.articles_added} article(s) added, {self.articles_merged} already here (merged), "
            f"{self.highlights_added} highlight(s) added, {self.highlights_present} already here"
        )

    def to_dict(self) -> dict:
        return {
            "articles_added": self.articles_added,
            "articles_merged": self.articles_merged,
            "highlights_added": self.highlights_added,
            "highlights_present": self.highlights_present,
            "notes_merged": self.notes_merged,
            "ids": list(self.ids),
        }


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
    from reader.importers import SUPPORTED_SUFFIXES as supported

    out: list[str] = []
    for src in sources:
        s = os.fspath(src)
        p = Path(s)
        if "://" not in s and p.is_dir():
            found = [
                str(f)
                for f in sorted(p.rglob("*"))
                if f.is_file() and f.suffix.lower() in supported and not f.name.startswith(".")
            ]
            # An empty folder stays in the list, so that it fails with its reason.
            out.extend(found or [s])
        else:
            out.append(s)
    return out


def _saved_as(db: sqlite3.Connection, digest: str, url: str | None) -> int | None:
    """The id of the article already saved with this canonical text (``digest``) or canonical URL, if any."""
    existing = rows.find_by_hash(db, digest)
    if existing is None and url:
        existing = rows.find_by_url(db, url)
    return existing


def _quotes_of(article: Article) -> list[Quote]:
    """The quotes the engine finds in an article (pure: no store is touched)."""
    from reader.quotes import extract_quotes

    return extract_quotes(article.text, article.blocks)


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
    def open(cls, data_dir: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> Library:
        """Open the library in ``data_dir`` (see :func:`reader.paths.data_dir`).

        A library whose folder or file cannot be written opens read-only by
        itself; ``read_only`` asks for that (every write then fails with
        :data:`reader.store.READ_ONLY` and changes nothing).
        """
        directory = paths.data_dir(data_dir)
        path = paths.db_path(directory)
        return cls(connect_read_only(path) if read_only else connect(path), directory)

    @property
    def read_only(self) -> bool:
        """Whether this library can only be read (its file or folder is read-only)."""
        return is_read_only(self.conn, self.path)

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
        """One write transaction (``BEGIN IMMEDIATE``); storage failures become :class:`StoreError`.

        A read-only library refuses before anything starts, so the user hears one sentence
        and nothing is half-done.
        """
        if self.read_only:
            raise StoreError(f"{self.path}: {READ_ONLY}")
        with storage_errors(self.path), transaction(self.conn):
            yield self.conn

    def data_version(self) -> int:
        """A number that changes when another connection commits (``PRAGMA data_version``).

        The window polls it to show changes made by the command line or another window.
        """
        with storage_errors(self.path):
            return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    # -- reading ---------------------------------------------------------------

    def count(self) -> int:
        with storage_errors(self.path):
            return rows.count(self.conn)

    def article_ids(
        self, *, view: str = "all", sort: str = "added", tag: str | None = None, limit: int | None = None
    ) -> list[int]:
        """Article ids in a view and an order; only those tagged ``tag`` if given.

        Views: "all" (everything but the archive), "unread", "favourites",
        "archive". Orders: "added" or "published" (newest first), "title".
        Answered from covering indexes, without reading article bodies: the
        library list keeps only these ids and loads rows as they scroll into view.
        """
        if view not in rows.VIEWS:
            raise ReaderError(f"unknown view “{view}”; choose one of {', '.join(rows.VIEWS)}")
        if sort not in rows.SORTS:
            raise ReaderError(f"unknown order “{sort}”; choose one of {', '.join(rows.SORTS)}")
        with storage_errors(self.path):
            tid = None
            if tag is not None:
                tid = annots.tag_id(self.conn, tag_key(tag))
                if tid is None:
                    return []
            return rows.list_ids(self.conn, view, sort, tid, -1 if limit is None else limit)

    def view_counts(self) -> dict[str, int]:
        """How many articles each view shows."""
        with storage_errors(self.path):
            return rows.view_counts(self.conn)

    def summaries(self, ids: list[int] | None = None) -> list[ArticleSummary]:
        """Summaries of ``ids`` (in the order given), or of every article, newest first, with tags."""
        with storage_errors(self.path):
            found = rows.list_summaries(self.conn, ids)
            got = [s.id for s in found]
            tags = annots.tags_of_articles(self.conn, got)
            counts = annots.highlight_counts(self.conn, got)
        for s in found:
            s.tags = tags.get(s.id, [])
            s.highlights = counts.get(s.id, 0)
        if ids is None:
            return found
        by_id = {s.id: s for s in found}
        return [by_id[i] for i in ids if i in by_id]

    def exists(self, article_id: int) -> bool:
        with storage_errors(self.path):
            return rows.exists(self.conn, article_id)

    def _check_exists(self, article_id: int) -> None:
        """A clear error for an unknown id, without reading the article (an index lookup)."""
        with storage_errors(self.path):
            found = rows.exists(self.conn, article_id)
        if not found:
            raise NotFound(f"no article with id {article_id}")

    def article(self, article_id: int) -> Article:
        with storage_errors(self.path):
            found = rows.get_article(self.conn, article_id)
        if found is None:
            raise NotFound(f"no article with id {article_id}")
        return found

    def quotes(self, article_id: int, *, offset: int = 0, limit: int | None = None) -> list[Quote]:
        """The article's quotes in article order; ``offset`` and ``limit`` read a slice (a long article in steps)."""
        self._check_exists(article_id)
        with storage_errors(self.path):
            return rows.get_quotes(self.conn, article_id, offset, limit)

    def quote_corrections(self, article_id: int) -> list[dict]:
        """The reader's corrections of this article's quotes (quote_text, start, speaker, not_quote, made)."""
        self._check_exists(article_id)
        with storage_errors(self.path):
            return rows.get_quote_corrections(self.conn, article_id)

    # -- writing ---------------------------------------------------------------

    def correct_quote(
        self, article_id: int, seq: int, *, speaker: str | None = None, not_quote: bool = False
    ) -> list[Quote]:
        """Set the speaker of the article's quote number ``seq`` (1-based, as listed), or mark it not a quote.

        ``speaker`` None (or blank) means "speaker unclear". The correction is
        kept apart from the extractor's output and survives re-extraction.
        Returns the article's quotes as they now are.
        """
        name = " ".join((speaker or "").split()) or None
        with self._write() as db:
            if not rows.exists(db, article_id):
                raise NotFound(f"no article with id {article_id}")
            found = rows.get_quotes(db, article_id)
            if not 1 <= seq <= len(found):
                raise ReaderError(
                    f"article {article_id} has no quote {seq} (it has {len(found)}; see `reader quotes {article_id}`)"
                )
            rows.set_quote_correction(db, article_id, found[seq - 1], name, not_quote, _now())
            return rows.get_quotes(db, article_id)

    def set_quote_corrections(self, article_id: int, corrections: Sequence[dict]) -> None:
        """Make ``corrections`` (as :meth:`quote_corrections` gave them) the article's only ones (undo)."""
        article = self.article(article_id)
        with self._write() as db:
            rows.clear_quote_corrections(db, article_id)
            rows.put_quote_corrections(db, article_id, corrections)
            self._store_quotes(db, article_id, article)

    def reset_quote_corrections(self, article_id: int) -> int:
        """Forget the reader's corrections of an article's quotes and extract them afresh; how many there were."""
        article = self.article(article_id)
        with self._write() as db:
            n = rows.clear_quote_corrections(db, article_id)
            self._store_quotes(db, article_id, article)
        return n

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
        from reader.importers import load

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
        with storage_errors(self.path):
            known = _saved_as(self.conn, digest, article.url)
        # The quote engine runs before the write lock is taken (a long article keeps it busy for a second), so a
        # highlight saved meanwhile from the window or another process does not wait on it during an import.
        # (Re-imports, corrections and backup restores still extract inside their transaction.)
        found = None if known or self.read_only else _quotes_of(article)
        with self._write() as db:
            existing = _saved_as(db, digest, article.url)  # (again, under the lock: another may have saved it)
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
            changed_quotes = self._store_quotes(db, article_id, article, found)
        return AddResult(
            article_id,
            article.title,
            created=True,
            changes=Changes(articles=frozenset({article_id}), quotes=changed_quotes, library=True),
        )

    def _store_quotes(
        self, db: sqlite3.Connection, article_id: int, article: Article, found: list[Quote] | None = None
    ) -> frozenset[int]:
        """Store an article's quotes (``found``, or extracted now, inside the caller's transaction)."""
        from reader.quotes import EXTRACTOR_VERSION

        if found is None:
            found = _quotes_of(article)
        rows.replace_quotes(db, article_id, found, EXTRACTOR_VERSION, article.text)
        return frozenset({article_id})

    def refresh(self, article_id: int, *, fetch: bool = False) -> AddResult:
        """Re-derive an article from its kept original (or re-fetch its URL).

        The text, metadata and quotes are replaced in one transaction;
        highlights keep their anchors (exact words and context, and the hash
        of the text they were made on) so they can re-attach to the new text.
        """
        from reader.importers import html, load, parse_bytes

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
            if imported.original_type == html.SAVED_CONTENT_TYPE:
                imported.article.title = current.title  # the export gave the title; the content carries none
        new = imported.article
        new.source, new.added = current.source, current.added
        if (current.source or "").startswith("sample:"):
            for key, value in SAMPLE_METADATA.items():
                setattr(new, key, value)
        with self._write() as db:
            placed = self._replace_text(db, article_id, imported, keep_original=not fetch)
        return AddResult(
            article_id,
            new.title,
            created=False,
            changes=Changes(
                articles=frozenset({article_id}),
                quotes=frozenset({article_id}),
                library=True,
                highlights=frozenset({article_id}) if placed else frozenset(),
            ),
        )

    def _replace_text(self, db: sqlite3.Connection, article_id: int, imported: Imported, *, keep_original: bool) -> int:
        """Put an article's new text in place, inside the caller's transaction.

        The article row, its kept original (unless ``keep_original``), its
        quotes, and its highlights placed again on the new text; returns how
        many highlights were placed again.
        """
        new = imported.article
        digest = text_hash(new.text)
        rows.update_article(db, article_id, new, text_hash=digest, extractor=imported.extractor)
        if not keep_original:
            rows.replace_original(db, article_id, imported.original, imported.original_type)
        self._store_quotes(db, article_id, new)
        return self._replace_highlights(db, article_id, new.text, digest)

    def _replace_highlights(self, db: sqlite3.Connection, article_id: int, text: str, digest: str) -> int:
        """Place every highlight of an article again on its new text (inside the caller's transaction).

        Each keeps its stored words and context; only where it stands and its
        status change (attached, moved, detached). None is ever dropped.
        """
        from reader.anchoring import place_all

        found = annots.get_highlights(db, article_id)
        stale = [h for h in found if h.text_hash != digest]
        if not stale:
            return 0
        now = _now()
        for h, p in zip(stale, place_all([h.anchor for h in stale], text), strict=True):
            changed = (p.start, p.end, p.status) != (h.start, h.end, h.status)
            annots.update_highlight_place(db, h.id, p.start, p.end, p.status, digest, now if changed else None)  # type: ignore[arg-type]
        return len(stale)

    def stale_quote_ids(self) -> list[int]:
        """Articles whose stored quotes an older extractor made."""
        from reader.quotes import EXTRACTOR_VERSION

        with storage_errors(self.path):
            return rows.ids_with_old_quotes(self.conn, EXTRACTOR_VERSION)

    def refresh_quotes(self, *, force: bool = False, ids: list[int] | None = None) -> list[int]:
        """Recompute stored quotes made by an older extractor (or all, with force)."""
        from reader.quotes import EXTRACTOR_VERSION

        if ids is None:
            with storage_errors(self.path):
                ids = rows.ids_with_old_quotes(self.conn, None if force else EXTRACTOR_VERSION)
        for aid in ids:
            article = self.article(aid)
            found = _quotes_of(article)  # (outside the write lock, as in save)
            with self._write() as db:
                current = rows.get_article(db, aid)
                if current is None:
                    continue  # (removed meanwhile)
                same = (current.text, current.blocks) == (article.text, article.blocks)
                self._store_quotes(db, aid, current, found if same else None)  # (else the text changed meanwhile)
        return ids

    def remove(self, article_id: int) -> RemoveResult:
        """Delete an article with everything attached to it, in one transaction.

        The result keeps a copy of all of it (``saved``) for :meth:`restore` (undo).
        """
        saved = self._saved_copy(article_id)
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
            Changes(removed=frozenset({article_id}), library=True, tags=True),
            saved,
        )

    def _saved_copy(self, article_id: int) -> SavedArticle:
        (bundle,) = self.bundles([article_id])
        with storage_errors(self.path):
            kept = rows.get_original(self.conn, article_id)
            state = rows.get_state(self.conn, article_id) or {}
            extractor = self.conn.execute("SELECT extractor FROM articles WHERE id = ?", [article_id]).fetchone()[0]
        return SavedArticle(bundle, kept[0] if kept else None, kept[1] if kept else None, extractor, state)

    def restore(self, saved: SavedArticle) -> int:
        """Bring back a removed article exactly as it was: same id, original, state, highlights, notes, tags."""
        a = saved.bundle.article
        with self._write() as db:
            if a.id is not None and rows.id_taken(db, "articles", a.id):
                raise ReaderError(f"article {a.id} exists again; it cannot be restored over")
            aid = rows.insert_article(
                db,
                a,
                text_hash=text_hash(a.text),
                original=saved.original,
                original_type=saved.original_type,
                extractor=saved.extractor,
                article_id=a.id,
            )
            rows.put_quote_corrections(db, aid, saved.bundle.quote_corrections)
            rows.replace_quotes(db, aid, saved.bundle.quotes, saved.bundle.quotes_version or 0, a.text)
            st = saved.state
            rows.set_state(
                db,
                [aid],
                read_at=st.get("read_at"),
                favourite=bool(st.get("favourite")),
                archived=bool(st.get("archived")),
            )
            rows.set_progress(db, aid, int(st.get("position") or 0), float(st.get("progress") or 0.0))
            self._restore_attachments(db, aid, saved.bundle)
        return aid

    def _restore_attachments(self, db: sqlite3.Connection, aid: int, b: ArticleBundle) -> None:
        if b.tags:
            annots.link_tags(db, "article", aid, [annots.ensure_tag(db, n, tag_key(n)) for n in b.tags])
        if b.note is not None:
            annots.set_note(db, aid, None, b.note.body, b.note.updated, note_id=b.note.id, created=b.note.created)
        for h in b.highlights:
            annots.insert_highlight(db, h)
            if h.note:
                annots.set_note(db, aid, h.id, h.note, h.updated, created=h.created)
            if h.tags:
                annots.link_tags(db, "highlight", h.id, [annots.ensure_tag(db, n, tag_key(n)) for n in h.tags])  # type: ignore[arg-type]

    # -- reading state -----------------------------------------------------------------------

    def set_state(
        self,
        ids: Sequence[int],
        *,
        read: bool | None = None,
        favourite: bool | None = None,
        archived: bool | None = None,
    ) -> Changes:
        """Mark articles read or unread, favourite or not, archived or not, in one transaction."""
        ids = list(dict.fromkeys(ids))
        with self._write() as db:
            for aid in ids:
                if rows.get_state(db, aid) is None:
                    raise NotFound(f"no article with id {aid}")
            read_at: str | None | bool = False if read is None else (_now() if read else None)
            rows.set_state(db, ids, read_at=read_at, favourite=favourite, archived=archived)
        return Changes(articles=frozenset(ids), library=True)

    def reading_state(self, article_id: int) -> dict:
        """read (bool), favourite, archived, progress (0..1) and position (a canonical offset)."""
        with storage_errors(self.path):
            st = rows.get_state(self.conn, article_id)
        if st is None:
            raise NotFound(f"no article with id {article_id}")
        return {
            "read": st["read_at"] is not None,
            "read_at": st["read_at"],
            "favourite": bool(st["favourite"]),
            "archived": bool(st["archived"]),
            "progress": float(st["progress"]),
            "position": int(st["position"]),
        }

    def set_progress(self, article_id: int, position: int, progress: float, *, finished: bool = False) -> bool:
        """Remember how far the reader got (``position``: the canonical offset at the top of the view).

        ``finished`` (the end was reached) marks the article read, once.
        Returns whether it became read.
        """
        progress = min(1.0, max(0.0, progress))
        with self._write() as db:
            st = rows.get_state(db, article_id)
            if st is None:
                raise NotFound(f"no article with id {article_id}")
            rows.set_progress(db, article_id, max(0, int(position)), max(progress, 1.0 if finished else 0.0))
            if finished and st["read_at"] is None:
                rows.set_state(db, [article_id], read_at=_now())
                return True
        return False

    def ensure_sample(self) -> int | None:
        """Import the embedded sample when the library is empty (and can be written); return its id."""
        if self.count() or self.read_only:
            return None
        from importlib import resources

        data = resources.files("reader.seeds").joinpath(SAMPLE_FILE).read_bytes()
        from reader.importers import plaintext

        imported = plaintext.parse(data, source=f"sample:{SAMPLE_FILE}", name=SAMPLE_FILE)
        for key, value in SAMPLE_METADATA.items():
            setattr(imported.article, key, value)
        return self.save(imported).id

    # -- highlights ------------------------------------------------------------------------

    def highlights(self, article_id: int | None = None) -> list[Highlight]:
        """An article's highlights in article order, detached ones last (every highlight if None)."""
        if article_id is not None:
            self._check_exists(article_id)
        with storage_errors(self.path):
            return annots.get_highlights(self.conn, article_id)

    def highlight(self, highlight_id: int) -> Highlight:
        with storage_errors(self.path):
            found = annots.get_highlight(self.conn, highlight_id)
        if found is None:
            raise NotFound(f"no highlight with id {highlight_id}")
        return found

    def find_words(self, article_id: int, words: str, occurrence: int | None = None) -> tuple[int, int]:
        """The span of ``words`` in an article's text (``occurrence`` counts from 1).

        Words that are not there, or that occur more than once without an
        ``occurrence``, are a :class:`ReaderError` naming what to do.
        """
        from reader.text import normalize_block

        text = self.article(article_id).text
        needle = normalize_block(words)
        if not needle:
            raise ReaderError("give the words to highlight")
        starts = []
        i = text.find(needle)
        while i != -1:
            starts.append(i)
            i = text.find(needle, i + 1)
        if not starts:
            raise ReaderError(f"article {article_id} does not contain the words “{_short(needle)}”")
        if occurrence is None:
            if len(starts) > 1:
                raise ReaderError(
                    f"“{_short(needle)}” occurs {len(starts)} times in article {article_id}; "
                    "say which with --occurrence N"
                )
            occurrence = 1
        if not 1 <= occurrence <= len(starts):
            raise ReaderError(f"“{_short(needle)}” occurs {len(starts)} time(s), not {occurrence}")
        start = starts[occurrence - 1]
        return start, start + len(needle)

    def add_highlight(
        self,
        article_id: int,
        start: int,
        end: int,
        *,
        color: str = HIGHLIGHT_COLORS[0],
        note: str | None = None,
        tags: Sequence[str] = (),
    ) -> Highlight:
        """Highlight ``text[start:end]`` of an article, with a note and tags, in one transaction."""
        from reader.anchoring import make_anchor

        color = _check_color(color)
        names = [_clean_tag(t) for t in tags]
        with self._write() as db:
            found = rows.get_text(db, article_id)
            if found is None:
                raise NotFound(f"no article with id {article_id}")
            text, digest = found
            start, end = _trim_span(text, start, end)
            anchor = make_anchor(text, start, end)
            now = _now()
            h = Highlight(
                article_id=article_id,
                start=anchor.start,
                end=anchor.end,
                exact=anchor.exact,
                prefix=anchor.prefix,
                suffix=anchor.suffix,
                text_hash=digest,
                color=color,
                created=now,
                updated=now,
            )
            h.id = annots.insert_highlight(db, h)
            if note and note.strip():
                annots.set_note(db, article_id, h.id, note.strip(), now)
            if names:
                annots.link_tags(db, "highlight", h.id, [annots.ensure_tag(db, n, tag_key(n)) for n in names])
            return annots.get_highlight(db, h.id)  # type: ignore[return-value]

    def restore_highlight(self, h: Highlight) -> Highlight:
        """Bring back a deleted highlight as it was: same id, place, note and tags (undo of a delete)."""
        if h.id is None:
            raise ValueError("restore_highlight needs the deleted highlight's id")
        with self._write() as db:
            if rows.get_article(db, h.article_id) is None:
                raise NotFound(f"no article with id {h.article_id}")
            annots.insert_highlight(db, h)
            if h.note:
                annots.set_note(db, h.article_id, h.id, h.note, h.updated or _now())
            if h.tags:
                ids = [annots.ensure_tag(db, n, tag_key(n)) for n in h.tags]
                annots.link_tags(db, "highlight", h.id, ids)
            return annots.get_highlight(db, h.id)  # type: ignore[return-value]

    def delete_highlight(self, highlight_id: int) -> Highlight:
        """Delete a highlight with its note and tag links; returns it as it was (for undo)."""
        with self._write() as db:
            h = annots.get_highlight(db, highlight_id)
            if h is None:
                raise NotFound(f"no highlight with id {highlight_id}")
            annots.delete_highlight(db, highlight_id)
        return h

    def set_highlight_color(self, highlight_id: int, color: str) -> Highlight:
        color = _check_color(color)
        with self._write() as db:
            self._existing_highlight(db, highlight_id)
            annots.set_highlight_color(db, highlight_id, color, _now())
            return annots.get_highlight(db, highlight_id)  # type: ignore[return-value]

    def set_highlight_note(self, highlight_id: int, body: str | None) -> Highlight:
        """Write a highlight's note; an empty body removes it."""
        with self._write() as db:
            h = self._existing_highlight(db, highlight_id)
            now = _now()
            annots.set_note(db, h.article_id, highlight_id, (body or "").strip(), now)
            db.execute("UPDATE highlights SET updated = ? WHERE id = ?", [now, highlight_id])
            return annots.get_highlight(db, highlight_id)  # type: ignore[return-value]

    def move_highlight(self, highlight_id: int, start: int, end: int) -> Highlight:
        """Place a highlight on new words (re-placing a detached one): a new anchor, attached."""
        from reader.anchoring import make_anchor

        with self._write() as db:
            h = self._existing_highlight(db, highlight_id)
            article = rows.get_article(db, h.article_id)
            assert article is not None  # highlights cascade with their article
            start, end = _trim_span(article.text, start, end)
            a = make_anchor(article.text, start, end)
            h.start, h.end, h.exact, h.prefix, h.suffix = a.start, a.end, a.exact, a.prefix, a.suffix
            h.text_hash, h.status, h.updated = text_hash(article.text), "attached", _now()
            annots.update_highlight_anchor(db, h)
            return annots.get_highlight(db, highlight_id)  # type: ignore[return-value]

    def _existing_highlight(self, db: sqlite3.Connection, highlight_id: int) -> Highlight:
        h = annots.get_highlight(db, highlight_id)
        if h is None:
            raise NotFound(f"no highlight with id {highlight_id}")
        return h

    # -- notes on articles -------------------------------------------------------------------

    def article_note(self, article_id: int) -> Note | None:
        self._check_exists(article_id)
        with storage_errors(self.path):
            return annots.get_article_note(self.conn, article_id)

    def set_article_note(self, article_id: int, body: str | None) -> Note | None:
        """Write the note on an article as a whole; an empty body removes it."""
        with self._write() as db:
            if rows.get_article(db, article_id) is None:
                raise NotFound(f"no article with id {article_id}")
            annots.set_note(db, article_id, None, (body or "").strip(), _now())
            return annots.get_article_note(db, article_id)

    # -- tags ----------------------------------------------------------------------------

    def tags(self) -> list[Tag]:
        """Every tag with how many articles and highlights carry it, by name."""
        with storage_errors(self.path):
            return annots.list_tags(self.conn)

    def article_tags(self, article_id: int) -> list[str]:
        self._check_exists(article_id)
        with storage_errors(self.path):
            return annots.get_article_tags(self.conn, article_id)

    def tag(self, kind: str, owner_id: int, names: Sequence[str]) -> list[str]:
        """Tag an article (``kind`` "article") or a highlight ("highlight"); returns its tags now."""
        clean = [_clean_tag(n) for n in names]
        with self._write() as db:
            self._check_owner(db, kind, owner_id)
            annots.link_tags(db, kind, owner_id, [annots.ensure_tag(db, n, tag_key(n)) for n in clean])
            return self._owner_tags(db, kind, owner_id)

    def untag(self, kind: str, owner_id: int, names: Sequence[str]) -> list[str]:
        """Take tags off an article or a highlight; a tag it does not carry is an error."""
        clean = [_clean_tag(n) for n in names]
        with self._write() as db:
            self._check_owner(db, kind, owner_id)
            have = {tag_key(t) for t in self._owner_tags(db, kind, owner_id)}
            missing = [n for n in clean if tag_key(n) not in have]
            if missing:
                raise ReaderError(f"{kind} {owner_id} is not tagged “{missing[0]}”")
            ids = [annots.tag_id(db, tag_key(n)) for n in clean]
            annots.unlink_tags(db, kind, owner_id, [i for i in ids if i is not None])
            return self._owner_tags(db, kind, owner_id)

    def rename_tag(self, old: str, new: str) -> Tag:
        """Rename a tag everywhere; renaming onto another tag's name is refused (merge them instead)."""
        name = _clean_tag(new)
        with self._write() as db:
            tid = self._existing_tag(db, old)
            other = annots.tag_id(db, tag_key(name))
            if other is not None and other != tid:
                raise ReaderError(f"a tag “{name}” already exists; merge the two instead")
            annots.rename_tag(db, tid, name, tag_key(name))
        return next(t for t in self.tags() if t.id == tid)

    def merge_tags(self, source: str, target: str) -> Tag:
        """Give everything tagged ``source`` the tag ``target`` instead, and delete ``source``."""
        with self._write() as db:
            sid, tid = self._existing_tag(db, source), self._existing_tag(db, target)
            if sid == tid:
                raise ReaderError(f"“{tag_name(source)}” and “{tag_name(target)}” are the same tag")
            annots.merge_tags(db, sid, tid)
        return next(t for t in self.tags() if t.id == tid)

    def delete_tag(self, name: str) -> Tag:
        """Delete a tag from every article and highlight; returns it with the counts it had."""
        with self._write() as db:
            tid = self._existing_tag(db, name)
            shown = db.execute("SELECT name FROM tags WHERE id = ?", [tid]).fetchone()[0]
            articles, highlights = annots.delete_tag(db, tid)
        return Tag(name=shown, articles=articles, highlights=highlights, id=tid)

    def _existing_tag(self, db: sqlite3.Connection, name: str) -> int:
        tid = annots.tag_id(db, tag_key(_clean_tag(name)))
        if tid is None:
            raise NotFound(f"no tag “{tag_name(name)}”")
        return tid

    def _check_owner(self, db: sqlite3.Connection, kind: str, owner_id: int) -> None:
        if kind == "article":
            if rows.get_article(db, owner_id) is None:
                raise NotFound(f"no article with id {owner_id}")
        elif kind == "highlight":
            self._existing_highlight(db, owner_id)
        else:
            raise ValueError(f"cannot tag a {kind!r}")

    # -- backups and checks ----------------------------------------------------------------------

    def backup(self, out: str | os.PathLike[str] | None = None, *, kind: str = "manual") -> Path:
        """A backup of the library now (SQLite's online backup API): to ``out``, or into the backups folder."""
        from reader import backup

        with storage_errors(self.path):
            return backup.make(self.conn, self.data_dir, kind, Path(out) if out is not None else None)

    def backup_daily(self) -> Path | None:
        """The day's automatic backup, if there is none yet (the last 7 are kept)."""
        from reader import backup

        if self.read_only or backup.made_today(self.data_dir) or not self.count():
            return None
        return self.backup(kind="daily")

    def backups(self) -> list:
        from reader import backup

        return backup.list_backups(self.data_dir)

    def check(self) -> dict:
        """``integrity_check`` and ``foreign_key_check`` of the library."""
        from reader import backup

        with storage_errors(self.path):
            return backup.check(self.conn)

    def restore_backup(self, source: str | os.PathLike[str]) -> Path:
        """Replace the library with a backup that passes the checks; the current one is kept aside (returned)."""
        from reader import backup
        from reader.store import is_current, schema

        with storage_errors(self.path):
            aside = backup.restore(self.conn, self.data_dir, Path(source))
            if not is_current(self.conn):  # a backup from an older reader: bring its schema up to date
                schema.apply(self.db)
        return aside

    # -- images ---------------------------------------------------------------------------------

    def cached_images(self, urls: Sequence[str]) -> dict[str, bytes]:
        """The images among ``urls`` already loaded once (never fetched here)."""
        urls = list(dict.fromkeys(urls))
        if not urls:
            return {}
        with storage_errors(self.path):
            marks = ",".join("?" * len(urls))
            return dict(self.conn.execute(f"SELECT url, data FROM images WHERE url IN ({marks})", urls).fetchall())

    def load_image(self, url: str, *, cancelled: Callable[[], bool] | None = None) -> bytes:
        """An article's image: from the cache, else downloaded (http(s) only, an image type, at most 10 MB) and kept.

        Only ever called because the reader asked for it: reader loads no
        image, and nothing else remote, on its own.
        """
        found = self.cached_images([url])
        if url in found:
            return found[url]
        from reader.importers.url import IMAGE_TYPES, MAX_IMAGE_BYTES, fetch

        got = fetch(url, cancelled=cancelled, types=IMAGE_TYPES, max_bytes=MAX_IMAGE_BYTES, accept="image/*")
        with self._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO images (url, data, type, fetched) VALUES (?, ?, ?, ?)",
                [url, got.data, got.content_type, _now()],
            )
        return got.data

    # -- search ---------------------------------------------------------------------------------

    def search(self, query: str, *, limit: int = 50) -> list[SearchHit]:
        """Find articles, highlights, notes and quotes (see :mod:`reader.search` for the query language).

        Any string gives a list (perhaps empty) or a :class:`reader.search.QueryError`.
        """
        from reader.search import parse_query, run

        q = parse_query(query)
        with storage_errors(self.path):
            return run(self.conn, q, limit=limit)

    def speakers(self) -> list[Speaker]:
        """Everyone quoted across the library, most quoted first."""
        from reader.search import speakers

        with storage_errors(self.path):
            return speakers(self.conn)

    # -- export and backups --------------------------------------------------------------------

    def bundles(self, ids: Sequence[int] | None = None) -> list[ArticleBundle]:
        """Articles with everything attached to them (all, oldest first, when ``ids`` is None)."""
        from reader.export import ArticleBundle

        with storage_errors(self.path):
            wanted = list(ids) if ids is not None else sorted(rows.all_ids(self.conn))
        out = []
        for aid in wanted:
            article = self.article(aid)
            with storage_errors(self.path):
                note = annots.get_article_note(self.conn, aid)
                out.append(
                    ArticleBundle(
                        article=article,
                        tags=annots.get_article_tags(self.conn, aid),
                        note=note,
                        highlights=annots.get_highlights(self.conn, aid),
                        quotes=rows.get_quotes(self.conn, aid),
                        quotes_version=rows.get_quotes_version(self.conn, aid),
                        quote_corrections=rows.get_quote_corrections(self.conn, aid),
                    )
                )
        return out

    def import_backup(self, doc: object) -> BackupImport:
        """Restore a reader JSON backup (see :mod:`reader.export`) in one transaction.

        An article not in the library is added whole, keeping its id (and its
        highlights' ids) where they are free. An article already here (same
        text, or same address) keeps its text; the backup's highlights that it
        lacks are added (placed again if the texts differ), its tags are added,
        and a different article note is appended, never dropped.
        """
        from reader.anchoring import place
        from reader.export import read_backup

        bundles = read_backup(doc)
        result = BackupImport()
        with self._write() as db:
            for b in bundles:
                a = b.article
                digest = text_hash(a.text)
                existing = _saved_as(db, digest, a.url)
                if existing is None:
                    keep = a.id if a.id is not None and not rows.id_taken(db, "articles", a.id) else None
                    aid = rows.insert_article(
                        db, a, text_hash=digest, original=None, original_type=None, extractor=None, article_id=keep
                    )
                    rows.put_quote_corrections(db, aid, b.quote_corrections)  # applied as the quotes are stored
                    if b.quotes_version is not None:
                        rows.replace_quotes(db, aid, b.quotes, b.quotes_version, a.text)
                    else:
                        self._store_quotes(db, aid, a)
                    result.articles_added += 1
                    text, here = a.text, []
                else:
                    aid = existing
                    current = rows.get_article(db, aid)
                    assert current is not None
                    text, here = current.text, annots.get_highlights(db, aid)
                    result.articles_merged += 1
                    if b.quote_corrections:  # the library's own corrections win over the backup's
                        rows.put_quote_corrections(db, aid, b.quote_corrections, replace=False)
                        rows.apply_quote_corrections(db, aid, text)
                result.ids.append(aid)
                if b.tags:
                    annots.link_tags(db, "article", aid, [annots.ensure_tag(db, n, tag_key(n)) for n in b.tags])
                if b.note is not None:
                    mine = annots.get_article_note(db, aid)
                    if mine is None or mine.body != b.note.body:
                        body = b.note.body if mine is None else f"{mine.body}\n\n{b.note.body}"
                        annots.set_note(
                            db, aid, None, body, b.note.updated or _now(), note_id=b.note.id, created=b.note.created
                        )
                        result.notes_merged += mine is not None
                seen = {(h.exact, h.start, h.end) for h in here}
                for h in b.highlights:
                    if (h.exact, h.start, h.end) in seen:
                        result.highlights_present += 1
                        continue
                    h = dataclasses.replace(h, article_id=aid, tags=list(h.tags))
                    if text != a.text:  # merged into a different text: place it there
                        p = place(h.anchor, text)
                        h.start, h.end, h.status = p.start, p.end, p.status
                    h.text_hash = text_hash(text)
                    if h.id is not None and rows.id_taken(db, "highlights", h.id):
                        h.id = None
                    h.id = annots.insert_highlight(db, h)
                    if h.note:
                        annots.set_note(db, aid, h.id, h.note, h.updated or _now(), created=h.created)
                    if h.tags:
                        annots.link_tags(db, "highlight", h.id, [annots.ensure_tag(db, n, tag_key(n)) for n in h.tags])
                    seen.add((h.exact, h.start, h.end))
                    result.highlights_added += 1
        return result

    def import_file(
        self,
        path: str | os.PathLike[str],
        *,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        detected: tuple[Kind, Source] | None = None,
    ) -> ImportReport:
        """Bring in another service's export (or reader's own backup), one transaction per item.

        The kind is found from the content (:func:`reader.interop.detect`),
        which refuses an unknown file with the kinds it knows. See
        :mod:`reader.importing` for what happens to each item and highlight.
        ``progress(done, total, title)`` is called before each item and
        ``cancelled()`` checked between items; what was saved stays saved.
        ``detected``: the caller's :func:`reader.interop.detect` of the file, not to read it twice.
        """
        from reader import importing, interop

        parsed = interop.read(path, detected=detected)
        report = importing.ImportReport(os.fspath(path), parsed.kind, parsed.label, problems=list(parsed.problems))
        if parsed.backup is not None:
            result = self.import_backup(parsed.backup)
            report.items = [
                importing.ItemResult(
                    f"article {i}", None, None, "added" if i <= result.articles_added else "present", aid
                )
                for i, aid in enumerate(result.ids, 1)
            ]
            return report
        total = len(parsed.items)
        for i, item in enumerate(parsed.items):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            if progress is not None:
                progress(i, total, item.title or item.url or item.where)
            with self._write() as db:
                report.items.append(importing.save_item(db, item, parsed.label))
        if progress is not None and not report.cancelled:
            progress(total, total, "")
        return report

    def fetch_status(self, article_id: int) -> tuple[str | None, str | None]:
        """Whether an article still waits for its text: (None | waiting | failed | missing, why it failed)."""
        with storage_errors(self.path):
            return rows.fetch_status(self.conn, article_id)

    def ids_to_fetch(self) -> list[int]:
        """Links saved without their text (waiting, or whose last fetch failed)."""
        with storage_errors(self.path):
            return rows.ids_to_fetch(self.conn)

    def fetch(self, article_id: int, *, cancelled: Callable[[], bool] | None = None) -> AddResult:
        """Fetch the text of a link saved without it, and place its waiting highlights on it.

        On failure the link stays, marked failed with the reason (shown in
        the list and by ``reader fetch``), and the error is raised.
        """
        from reader.importers import load

        current = self.article(article_id)
        status, _ = self.fetch_status(article_id)
        if status is None:
            return AddResult(article_id, current.title, created=False)
        if status == "missing" or not current.url:
            raise ImportFailed(f"article {article_id} has no web address to fetch its text from")
        try:
            imported = load(current.url, cancelled=cancelled)
        except ReaderError as exc:
            with self._write() as db:
                rows.set_fetch_status(db, article_id, "failed", exc.message)
            raise
        new = imported.article
        keep_title = current.title and current.title != current.url
        new.title = current.title if keep_title else new.title
        new.source, new.added, new.url = current.source, current.added, current.url
        new.author, new.published = new.author or current.author, new.published or current.published
        new.description = new.description or current.description
        with self._write() as db:
            rows.set_fetch_status(db, article_id, None)
            self._replace_text(db, article_id, imported, keep_original=False)
        return AddResult(
            article_id,
            new.title,
            created=False,
            changes=Changes(
                articles=frozenset({article_id}),
                quotes=frozenset({article_id}),
                highlights=frozenset({article_id}),
                library=True,
            ),
        )

    def _owner_tags(self, db: sqlite3.Connection, kind: str, owner_id: int) -> list[str]:
        if kind == "article":
            return annots.get_article_tags(db, owner_id)
        return annots.get_highlight(db, owner_id).tags  # type: ignore[union-attr]


def _short(words: str, limit: int = 60) -> str:
    return words if len(words) <= limit else words[: limit - 1] + "…"


def _check_color(color: str) -> str:
    c = (color or "").strip().lower()
    if c not in HIGHLIGHT_COLORS:
        raise ReaderError(f"unknown colour “{color}”; choose one of {', '.join(HIGHLIGHT_COLORS)}")
    return c


def _clean_tag(raw: str) -> str:
    name = tag_name(raw or "")
    if not name:
        raise ReaderError("a tag needs a name (it was empty)")
    if len(name) > 200:
        raise ReaderError("a tag name can be at most 200 characters")
    return name


def _trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Check a span of ``text`` and trim the white space at its ends (a selection often takes a space)."""
    if not 0 <= start < end <= len(text):
        raise ReaderError(f"the span {start}-{end} is not inside the article's text (0-{len(text)})")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise ReaderError("there are no words to highlight in that span")
    return start, end
