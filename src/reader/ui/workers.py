"""Work that takes longer than a frame, off the UI thread.

A job is a QRunnable run by the global QThreadPool. It opens its own library
connection (a connection never crosses threads) and reports back only through
its signals object, which is created on the UI thread, so the slots run there.
Cancelling sets a flag the job checks between sources and while downloading.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reader.errors import ReaderError
from reader.library import Library

log = logging.getLogger(__name__)


class JobSignals(QObject):
    """``progress(done, total, source)``, ``finished(result)``, ``failed(exception)``."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class ImportJob(QRunnable):
    """Add files, folders and URLs to the library in ``data_dir``."""

    def __init__(self, data_dir, sources: Sequence[str]) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.sources = list(sources)
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # the window keeps it until it reports

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            with Library.open(self.data_dir) as lib:
                result = lib.add_many(self.sources, progress=self.signals.progress.emit, cancelled=self._cancel.is_set)
        except BaseException as exc:  # reported to the UI thread, never lost in the pool
            log.debug("import job failed", exc_info=True)
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit(result)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)


class ExportImportJob(QRunnable):
    """Bring in another service's export file, then fetch the text of the links it saved.

    ``progress(done, total, what)`` reports the items, then the pages
    fetched (``what`` starts with "Fetching"); cancelling stops between
    items or pages and keeps what was saved. ``finished`` carries the
    :class:`~reader.importing.ImportReport`, updated with the fetches.
    """

    def __init__(self, data_dir, path: str, *, fetch: bool = True) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.path = path
        self.fetch = fetch
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            with Library.open(self.data_dir) as lib:
                report = lib.import_file(self.path, progress=self.signals.progress.emit, cancelled=self._cancel.is_set)
                if self.fetch and not report.cancelled:
                    self._fetch(lib, report)
        except BaseException as exc:  # reported to the UI thread, never lost in the pool
            log.debug("export import job failed", exc_info=True)
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit(report)

    def _fetch(self, lib: Library, report) -> None:  # noqa: ANN001 (ImportReport)
        from reader.errors import ReaderError

        waiting = [r for r in report.items if r.outcome == "waiting" and r.article_id is not None]
        for n, r in enumerate(waiting):
            if self._cancel.is_set():
                report.cancelled = True
                return
            self.signals.progress.emit(n, len(waiting), f"Fetching {r.url or r.title}")
            try:
                lib.fetch(r.article_id, cancelled=self._cancel.is_set)
            except ReaderError as exc:
                r.outcome, r.message = "failed", exc.message
                continue
            r.outcome = "added"
            report.fetched += 1

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)


class FetchJob(QRunnable):
    """Fetch the text of links saved without it; ``finished`` carries {article id: error or None}."""

    def __init__(self, data_dir, ids: Sequence[int]) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.ids = list(ids)
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        from reader.errors import ReaderError

        results: dict[int, str | None] = {}
        try:
            with Library.open(self.data_dir) as lib:
                for n, aid in enumerate(self.ids):
                    if self._cancel.is_set():
                        break
                    self.signals.progress.emit(n, len(self.ids), f"Fetching {lib.article(aid).url or aid}")
                    try:
                        lib.fetch(aid, cancelled=self._cancel.is_set)
                        results[aid] = None
                    except ReaderError as exc:
                        results[aid] = exc.message
        except BaseException as exc:
            log.debug("fetch job failed", exc_info=True)
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit(results)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)


_local = threading.local()


def _thread_library(data_dir) -> Library:
    """This pool thread's own connection to the library (a connection never crosses threads)."""
    lib = getattr(_local, "library", None)
    if lib is None or lib.data_dir != data_dir:
        lib = Library.open(data_dir)
        _local.library = lib
    return lib


class SearchSignals(QObject):
    """``finished(number, query, hits)``, ``failed(number, query, exception)``."""

    finished = Signal(int, str, object)
    failed = Signal(int, str, object)


class SearchJob(QRunnable):
    """Run one query off the UI thread; ``number`` lets the window drop a stale answer."""

    def __init__(self, data_dir, query: str, number: int, limit: int = 50) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.query = query
        self.number = number
        self.limit = limit
        self.signals = SearchSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            hits = _thread_library(self.data_dir).search(self.query, limit=self.limit)
        except BaseException as exc:  # reported, never lost in the pool
            log.debug("search failed", exc_info=True)
            self.signals.failed.emit(self.number, self.query, exc)
            return
        self.signals.finished.emit(self.number, self.query, hits)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)


class ImageSignals(QObject):
    """``finished(urls loaded)``, ``failed(url, exception)``."""

    finished = Signal(object)
    failed = Signal(str, object)


class ImageJob(QRunnable):
    """Load images the reader asked for (each through the library's cache and download limits)."""

    def __init__(self, data_dir, urls: Sequence[str]) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.urls = list(urls)
        self.signals = ImageSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        done = []
        for url in self.urls:
            try:
                _thread_library(self.data_dir).load_image(url)
            except BaseException as exc:  # reported; the other images still load
                log.debug("image failed", exc_info=True)
                self.signals.failed.emit(url, exc)
                continue
            done.append(url)
        self.signals.finished.emit(done)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)


class StaleQuotesJob(QRunnable):
    """Recompute, one article per transaction, the quotes an older extractor stored (after an upgrade).

    ``signals.finished`` gets the ids done. Cancelled when the window closes;
    what is left is done at the next start.
    """

    def __init__(self, data_dir) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        done: list[int] = []
        try:
            with Library.open(self.data_dir) as lib:
                for aid in lib.stale_quote_ids():
                    if self._cancel.is_set():
                        break
                    try:
                        done += lib.refresh_quotes(ids=[aid])
                    except ReaderError:  # removed meanwhile, or busy: the next start tries again
                        log.info("quotes of article %s not recomputed", aid, exc_info=True)
        except Exception:
            log.warning("stored quotes could not be recomputed", exc_info=True)
        try:
            self.signals.finished.emit(done)
        except RuntimeError:  # the window went away meanwhile (a screenshot, an exit): nobody to tell
            pass

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)


class DailyBackupJob(QRunnable):
    """The day's automatic backup, off the UI thread (a large library takes seconds to copy)."""

    def __init__(self, data_dir) -> None:
        super().__init__()
        self.data_dir = data_dir

    def run(self) -> None:
        try:
            with Library.open(self.data_dir) as lib:
                lib.backup_daily()
        except Exception:  # a backup that cannot be made must not disturb reading; it is logged
            log.warning("the daily backup could not be made", exc_info=True)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)
