"""The main window: library, reading view and quotes, and all the wiring between them."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QProgressBar, QPushButton, QSplitter

from reader.errors import ReaderError
from reader.library import Changes, Library
from reader.model import Quote
from reader.ui import themes
from reader.ui.article_view import ArticleView
from reader.ui.dialogs import OpenUrlDialog, show_error, show_message
from reader.ui.library_panel import LibraryPanel
from reader.ui.models import ArticleListModel
from reader.ui.side_panel import SidePanel

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1400, 900)
DEFAULT_SPLIT = [300, 760, 340]


class MainWindow(QMainWindow):
    """The reader's window.

    Signals:

    - ``article_opened(int)``: an article is now shown in the reading view.
    - ``library_changed(object)``: a write changed data (a :class:`Changes`).
    """

    article_opened = Signal(int)
    library_changed = Signal(object)
    import_finished = Signal(object)  # a BatchResult, after the panels are updated

    def __init__(self, library: Library, settings: QSettings, theme: themes.Theme = themes.LIGHT) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.theme = theme
        self.current_id: int | None = None
        self.setWindowTitle("reader")
        self.setStyleSheet(themes.stylesheet(theme))

        self.library_model = ArticleListModel(library.summaries, self)
        self.library_panel = LibraryPanel(self.library_model, theme, self)
        self.article_view = ArticleView(theme, self)
        self.side_panel = SidePanel(theme, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("MainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for w in (self.library_panel, self.article_view, self.side_panel):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.job = None  # the running ImportJob, if any
        self._make_status_bar()
        self._make_actions()
        self._connect_signals()
        self.setAcceptDrops(True)
        self._restore_state()
        self.reload_library()

    # -- wiring: every connection between panels is here --------------------------------

    def _connect_signals(self) -> None:
        self.library_panel.article_activated.connect(self._on_library_article_activated)
        self.side_panel.quote_activated.connect(self._on_side_panel_quote_activated)
        self.article_view.visible_range_changed.connect(self.side_panel.follow)
        self.library_changed.connect(self._on_library_changed)

    def _make_actions(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.open_action = QAction("&Open…", self, shortcut=QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._on_open_triggered)
        file_menu.addAction(self.open_action)
        self.open_url_action = QAction("Open &URL…", self, shortcut=QKeySequence("Ctrl+L"))
        self.open_url_action.triggered.connect(self._on_open_url_triggered)
        file_menu.addAction(self.open_url_action)
        self.open_folder_action = QAction("Add &Folder…", self)
        self.open_folder_action.triggered.connect(self._on_open_folder_triggered)
        file_menu.addAction(self.open_folder_action)
        # Paste a link (or copied files) anywhere in the window to open it.
        self.paste_action = QAction("&Paste Link", self, shortcut=QKeySequence.StandardKey.Paste)
        self.paste_action.triggered.connect(self._on_paste_triggered)
        self.addAction(self.paste_action)
        file_menu.addAction(self.paste_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        self.progress_label = QLabel(self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setMaximumWidth(220)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        for w in (self.progress_label, self.progress_bar, self.cancel_button):
            bar.addPermanentWidget(w)
            w.hide()

    # -- state -------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        split = self.settings.value("window/splitter")
        if split is None or not self.splitter.restoreState(split):
            self.splitter.setSizes(DEFAULT_SPLIT)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        if self.current_id is not None:
            self.settings.setValue("window/article", self.current_id)
        self.settings.sync()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.save_state()
        super().closeEvent(event)

    # -- actions -----------------------------------------------------------------------------

    def reload_library(self) -> None:
        self.library_model.reset(self.library.article_ids())

    def open_article(self, article_id: int) -> None:
        try:
            article = self.library.article(article_id)
            quotes = self.library.quotes(article_id)
        except ReaderError as exc:
            show_error(self, exc)
            return
        self.current_id = article_id
        self.article_view.show_article(article)
        self.side_panel.set_article(article, quotes)
        self.side_panel.follow(*self.article_view.visible_range())
        self.setWindowTitle(f"{article.title} — reader")
        self.library_panel.select(article_id)
        self.article_opened.emit(article_id)

    def import_sources(self, sources: list[str]) -> None:
        """Add files, folders or URLs in a background job, with progress and cancel."""
        from reader.ui.workers import ImportJob

        if not sources:
            return
        if self.job is not None:
            show_error(self, ReaderError("an import is already running; wait for it or cancel it"))
            return
        self.job = ImportJob(self.library.data_dir, sources)
        self.job.signals.progress.connect(self._on_job_progress)
        self.job.signals.finished.connect(self._on_job_finished)
        self.job.signals.failed.connect(self._on_job_failed)
        what = sources[0] if len(sources) == 1 else f"{len(sources)} items"
        self.progress_label.setText(f"Opening {what}…")
        self.progress_bar.setRange(0, 0)  # busy until the first progress report
        for w in (self.progress_label, self.progress_bar, self.cancel_button):
            w.show()
        self.job.start()

    def _end_job(self) -> None:
        self.job = None
        for w in (self.progress_label, self.progress_bar, self.cancel_button):
            w.hide()

    # -- slots -------------------------------------------------------------------------------

    def _on_library_article_activated(self, article_id: int) -> None:
        if article_id != self.current_id:
            self.open_article(article_id)

    def _on_side_panel_quote_activated(self, quote: Quote) -> None:
        self.article_view.scroll_to_range(quote.start, quote.end)

    def _on_library_changed(self, changes: Changes) -> None:
        if changes.library:
            self.reload_library()
            if self.current_id is not None:
                self.library_panel.select(self.current_id)
        if self.current_id in changes.removed:
            self.current_id = None
        elif self.current_id is not None and self.current_id in (changes.articles | changes.quotes):
            self.open_article(self.current_id)

    def _on_job_progress(self, done: int, total: int, source: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        if source:
            name = source.rsplit("/", 1)[-1] or source
            self.progress_label.setText(f"Opening {name} ({done + 1} of {total})")

    def _on_job_finished(self, result) -> None:
        self._end_job()
        if result.changes:
            self.library_changed.emit(result.changes)
        opened = result.added or result.existing
        if opened:
            self.open_article(opened[-1].id)
        if result.failed:
            if len(result.failed) == 1 and not opened:
                show_error(self, ReaderError(result.failed[0][1]))
            else:
                show_message(
                    self,
                    "Some articles could not be opened",
                    result.summary(),
                    "\n".join(message for _src, message in result.failed),
                )
        self.statusBar().showMessage(result.summary(), 8000)
        self.import_finished.emit(result)

    def _on_job_failed(self, exc: BaseException) -> None:
        self._end_job()
        show_error(self, exc)

    def _on_cancel_clicked(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.progress_label.setText("Cancelling…")

    def _on_open_triggered(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Open articles", "", "Articles (*.html *.htm *.md *.markdown *.txt);;All files (*)"
        )
        self.import_sources(files)

    def _on_open_folder_triggered(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Add every article in a folder")
        if folder:
            self.import_sources([folder])

    def _on_open_url_triggered(self) -> None:
        clip = QGuiApplication.clipboard().text().strip()
        self.url_dialog = OpenUrlDialog(self, clip if clip.startswith(("http://", "https://")) else "")
        self.url_dialog.accepted.connect(self._on_url_dialog_accepted)
        self.url_dialog.open()

    def _on_url_dialog_accepted(self) -> None:
        url = self.url_dialog.url()
        if url:
            self.import_sources([url])

    def _on_paste_triggered(self) -> None:
        sources = sources_from_mime(QGuiApplication.clipboard().mimeData())
        if sources:
            self.import_sources(sources)
        else:
            self.statusBar().showMessage("Nothing to open: copy a link or a file first", 5000)

    # -- drag and drop ---------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if sources_from_mime(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        sources = sources_from_mime(event.mimeData())
        if sources:
            event.acceptProposedAction()
            self.import_sources(sources)


def sources_from_mime(mime) -> list[str]:
    """Files and http(s) links in a drop or the clipboard; anything else is ignored."""
    if mime is None:
        return []
    out: list[str] = []
    urls = mime.urls() if mime.hasUrls() else []
    if not urls and mime.hasText():
        urls = [QUrl(line.strip()) for line in mime.text().splitlines() if line.strip()]
    for u in urls:
        if u.isLocalFile():
            out.append(u.toLocalFile())
        elif u.scheme() in ("http", "https") and u.host():
            out.append(u.toString())
    return out
