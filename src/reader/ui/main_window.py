"""The main window: library, reading view and quotes, and all the wiring between them."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QSplitter

from reader.errors import ReaderError
from reader.library import Changes, Library
from reader.model import Quote
from reader.ui import themes
from reader.ui.article_view import ArticleView
from reader.ui.dialogs import show_error
from reader.ui.library_panel import LibraryPanel
from reader.ui.models import ArticleListModel
from reader.ui.side_panel import SidePanel

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1400, 900)
DEFAULT_SPLIT = [300, 760, 340]


class MainWindow(QMainWindow):
    """The reader's window. Signals:

    - ``article_opened(int)``: an article is now shown in the reading view.
    - ``library_changed(object)``: a write changed data (a :class:`Changes`).
    """

    article_opened = Signal(int)
    library_changed = Signal(object)

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
        self._make_actions()
        self._connect_signals()
        self._restore_state()
        self.reload_library()

    # -- wiring: every connection between panels is here --------------------------------

    def _connect_signals(self) -> None:
        self.library_panel.article_activated.connect(self._on_library_article_activated)
        self.side_panel.quote_activated.connect(self._on_side_panel_quote_activated)
        self.library_changed.connect(self._on_library_changed)

    def _make_actions(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.open_action = QAction("&Open…", self, shortcut=QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._on_open_triggered)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

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
        self.side_panel.set_quotes(quotes)
        self.setWindowTitle(f"{article.title} — reader")
        self.library_panel.select(article_id)
        self.article_opened.emit(article_id)

    def add_files(self, files: list[str]) -> None:
        last = None
        changes = Changes()
        for f in files:
            try:
                result = self.library.add(f)
            except ReaderError as exc:
                show_error(self, exc)
                continue
            last = result.id
            changes = Changes(library=True, articles=changes.articles | result.changes.articles)
        if changes:
            self.library_changed.emit(changes)
        if last is not None:
            self.open_article(last)

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

    def _on_open_triggered(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Open articles", "", "Articles (*.txt *.html *.htm *.md *.markdown);;All files (*)"
        )
        if files:
            self.add_files(files)
