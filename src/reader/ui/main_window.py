"""The main window: library, reading view and quotes, and all the wiring between them."""

from __future__ import annotations

import gc
import logging
import os
from dataclasses import replace
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, QPoint, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reader.errors import ReaderError
from reader.library import READ_ONLY, Changes, Library
from reader.model import HIGHLIGHT_COLORS, Article, Highlight, Quote
from reader.ui import commands, themes
from reader.ui.article_view import ArticleView
from reader.ui.dialogs import NoteEditor, OpenUrlDialog, show_error, show_message
from reader.ui.highlights_panel import HighlightsPanel
from reader.ui.library_panel import LibraryPanel
from reader.ui.models import ArticleListModel
from reader.ui.side_panel import SidePanel
from reader.ui.tags import TagEditor, TagsDialog

#: Shown in the status bar while the library cannot be written.
READ_ONLY_MESSAGE = "Read-only library: you can read, but changes cannot be saved"

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1400, 900)
#: Search runs this long after the reader stops typing.
SEARCH_DELAY_MS = 150
#: Work left for after the first paint is done at the latest this long after the window shows.
AFTER_SHOW_MS = 150
#: Library rows listed before the first paint (the rest follow just after).
FIRST_PAGE = 200
#: The reading position is saved this long after the reader stops scrolling.
PROGRESS_SAVE_MS = 800
DEFAULT_SPLIT = [300, 740, 360]
#: How often the window looks for changes another process made to the library.
WATCH_MS = 1500
#: Quotes read per step when an article has more: a very long one has ~24,000, read on the UI
#: thread a step at a time (~7 ms per 2,000). A worker reading them all at once held the GIL
#: so long that the UI thread, taking it back after each call into Qt, was blocked for 50-70 ms.
QUOTES_STEP = 2000


class MainWindow(QMainWindow):
    """The reader's window.

    Signals:

    - ``article_opened(int)``: an article is now shown in the reading view.
    - ``library_changed(object)``: a write changed data (a :class:`Changes`).
    - ``import_finished(object)``: a background import ended (its BatchResult), after the panels updated.
    - ``highlights_shown(int)``: an article's highlights were (re)painted and listed.
    - ``external_change_seen()``: the window noticed and showed a change made by another process.
    - ``search_finished(str)``: results (or why there are none) for a query are shown.
    - ``images_shown(object)``: images the reader asked for (their addresses) are now in the article.
    """

    article_opened = Signal(int)
    library_changed = Signal(object)
    import_finished = Signal(object)
    export_import_finished = Signal(object)  # an ImportReport, after the panels updated
    fetch_finished = Signal(object)  # {article id: error message or None}
    highlights_shown = Signal(int)
    external_change_seen = Signal()
    search_finished = Signal(str)
    images_shown = Signal(object)

    def __init__(self, library: Library, settings: QSettings, theme: themes.Theme = themes.LIGHT) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.theme = themes.THEMES.get(str(settings.value("reading/theme", "")), theme)
        self.reading_style = _load_style(settings)
        self.current_id: int | None = None
        self._saved_progress: tuple[int, int, float] | None = None
        self.setWindowTitle("reader")
        self.setStyleSheet(themes.stylesheet(self.theme))
        theme = self.theme

        self.library_model = ArticleListModel(library.summaries, self)
        self.library_panel = LibraryPanel(self.library_model, theme, self)
        self.article_view = ArticleView(theme, self)
        self.article_view.reading_style = self.reading_style
        self.article_view.setAccessibleName("Article")
        self.side_panel = SidePanel(theme, self)
        self.highlights_panel = HighlightsPanel(theme, self)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("SideTabs")
        self.side_tabs.setDocumentMode(True)
        self.side_tabs.addTab(self.side_panel, "Quotes")
        self.side_tabs.addTab(self.highlights_panel, "Highlights")
        self.undo_stack = QUndoStack(self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_number = 0
        self._search_jobs: dict[int, object] = {}
        self._image_jobs: set = set()
        self.note_editor: NoteEditor | None = None
        self.tags_dialog: TagsDialog | None = None
        self.highlight_tags_dialog: QDialog | None = None
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("MainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.reading_pane = self._make_reading_pane()
        for w in (self.library_panel, self.reading_pane, self.side_tabs):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.job = None  # the running ImportJob, ExportImportJob or FetchJob, if any
        self.quotes_job = None  # the StaleQuotesJob recomputing quotes after an upgrade, if any
        # The rest of a long article's quotes, read a step at a time: (article id, how many read).
        self._quotes_to_read: tuple[int, int] | None = None
        self._quotes_timer = QTimer(self, singleShot=True, interval=0)
        self._collections_held = False  # automatic garbage collection put off while a long article is set
        self._make_status_bar()
        self._make_actions()
        self._connect_signals()
        self.setAcceptDrops(True)
        self._restore_state()
        # The list's first page first; the rest, and the counts beside the views
        # (a pass over every article), after the first paint.
        self._reset_library_list(first_screen=True)
        self._counts_shown = False
        # Changes made elsewhere (the command line, another window) show up here.
        self._data_version = library.data_version()
        self.watch_timer = QTimer(self, interval=WATCH_MS)
        self.watch_timer.timeout.connect(self.check_external_changes)
        self.watch_timer.start()

    # -- wiring: every connection between panels is here --------------------------------

    def _connect_signals(self) -> None:
        self.library_panel.article_activated.connect(self._on_library_article_activated)
        self.library_panel.filter_changed.connect(self._on_library_panel_filter_changed)
        self.library_panel.search_edited.connect(self._on_library_panel_search_edited)
        self.library_panel.hit_activated.connect(self.open_hit)
        self.library_panel.speaker_activated.connect(self._on_library_panel_speaker_activated)
        self._search_timer.timeout.connect(self.run_search)
        self._quotes_timer.timeout.connect(self._on_quotes_timer_timeout)
        self.side_panel.quote_activated.connect(self._on_side_panel_quote_activated)
        self.side_panel.quote_highlight_requested.connect(self._on_side_panel_quote_highlight_requested)
        self.side_panel.quote_correction_requested.connect(self._on_side_panel_quote_correction_requested)
        self.article_view.visible_range_changed.connect(self.side_panel.follow)
        self.article_view.filled.connect(self._release_collections_when_set)
        self.article_view.visible_range_changed.connect(self._on_article_view_visible_range_changed)
        self.article_view.original_requested.connect(self.open_original)
        self.article_view.image_requested.connect(lambda url: self.load_images([url]))
        self.article_view.images_for_site_requested.connect(self._on_article_view_images_for_site_requested)
        self.article_view.first_painted.connect(self._on_article_view_first_painted)
        self.article_view.highlight_clicked.connect(self._on_article_view_highlight_clicked)
        self.article_view.highlight_note_requested.connect(self.edit_note)
        self.article_view.context_menu_requested.connect(self._on_article_view_context_menu_requested)
        self.article_view.selectionChanged.connect(self._update_actions)
        self.highlights_panel.highlight_activated.connect(self._on_highlights_panel_highlight_activated)
        self.highlights_panel.highlight_note_requested.connect(lambda h: self.edit_note(h.id))
        self.highlights_panel.highlight_context_requested.connect(self._on_highlight_context_requested)
        self.highlights_panel.article_note_edited.connect(self._on_highlights_panel_article_note_edited)
        self.highlights_panel.article_tag_added.connect(self._on_highlights_panel_article_tag_added)
        self.highlights_panel.article_tag_removed.connect(self._on_highlights_panel_article_tag_removed)
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
        self.import_export_action = QAction("&Import from Another App…", self, shortcut=QKeySequence("Ctrl+Shift+I"))
        self.import_export_action.setToolTip(
            "Bring in a library exported from Pocket, Omnivore, Instapaper, Readwise, Wallabag or Hypothesis"
        )
        self.import_export_action.triggered.connect(self._on_import_export_triggered)
        file_menu.addAction(self.import_export_action)
        self.fetch_waiting_action = QAction("Fetch &Waiting Articles", self)
        self.fetch_waiting_action.setToolTip("Fetch the text of every item imported as a link")
        self.fetch_waiting_action.triggered.connect(self.fetch_waiting)
        file_menu.addAction(self.fetch_waiting_action)
        file_menu.addSeparator()
        self.backup_action = QAction("&Back Up Now", self)
        self.backup_action.setToolTip("Copy the whole library into the backups folder")
        self.backup_action.triggered.connect(self.backup_now)
        self.restore_action = QAction("&Restore from Backup…", self)
        self.restore_action.triggered.connect(self.show_restore_dialog)
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self._make_edit_actions()

    def _make_edit_actions(self) -> None:
        edit = self.menuBar().addMenu("&Edit")
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts([QKeySequence.StandardKey.Undo])
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        # Single keys (H, N, 1-5, Delete) act on the reading view; a text box
        # with focus takes its own keys first (Qt's ShortcutOverride).
        self.highlight_action = QAction("&Highlight Selection", self, shortcut=QKeySequence("H"))
        self.highlight_action.setToolTip("Highlight the selected words (H)")
        self.highlight_action.triggered.connect(lambda: self.highlight_selection())
        self.color_actions: list[QAction] = []
        colours = QMenu("&Colour", self)
        group = QActionGroup(self)
        for i, name in enumerate(HIGHLIGHT_COLORS, 1):
            act = QAction(name.capitalize(), self, shortcut=QKeySequence(str(i)))
            act.setToolTip(f"{name.capitalize()} ({i}): highlight the selection, or recolour the current highlight")
            act.setIcon(_swatch(self.theme.highlight_color(name)))
            act.triggered.connect(lambda _=False, c=name: self.apply_color(c))
            group.addAction(act)
            colours.addAction(act)
            self.color_actions.append(act)
        self.note_action = QAction("&Note on Highlight…", self, shortcut=QKeySequence("N"))
        self.note_action.triggered.connect(lambda: self.edit_note())
        self.tag_highlight_action = QAction("&Tags on Highlight…", self, shortcut=QKeySequence("T"))
        self.tag_highlight_action.triggered.connect(lambda: self.edit_highlight_tags())
        self.delete_highlight_action = QAction("&Delete Highlight", self, shortcut=QKeySequence.StandardKey.Delete)
        self.delete_highlight_action.triggered.connect(lambda: self.delete_highlight())
        self.place_action = QAction("&Place Highlight on Selection", self)
        self.place_action.setToolTip("Put the chosen highlight (e.g. one not found in the new text) on the selection")
        self.place_action.triggered.connect(lambda: self.place_highlight())
        self.article_note_action = QAction("Note on &Article", self, shortcut=QKeySequence("Ctrl+Shift+N"))
        self.article_note_action.triggered.connect(self._on_article_note_triggered)
        self.tag_article_action = QAction("Tag &Article…", self, shortcut=QKeySequence("Ctrl+T"))
        self.tag_article_action.triggered.connect(self._on_tag_article_triggered)
        self.manage_tags_action = QAction("&Manage Tags…", self)
        self.manage_tags_action.triggered.connect(self.show_tags_dialog)
        for act in (self.highlight_action, *self.color_actions):
            self.addAction(act)
        edit.addAction(self.highlight_action)
        edit.addMenu(colours)
        for act in (self.note_action, self.tag_highlight_action, self.place_action):
            edit.addAction(act)
            self.addAction(act)
        # Delete acts only where highlights are: in the library list it must never delete a highlight.
        edit.addAction(self.delete_highlight_action)
        self.delete_highlight_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.article_view.addAction(self.delete_highlight_action)
        self.highlights_panel.addAction(self.delete_highlight_action)
        edit.addSeparator()
        for act in (self.article_note_action, self.tag_article_action, self.manage_tags_action):
            edit.addAction(act)
            self.addAction(act)

        bar = QToolBar("Highlight", self)
        bar.setObjectName("HighlightBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addAction(self.highlight_action)
        for act in self.color_actions:
            bar.addAction(act)
        bar.addSeparator()
        bar.addAction(self.note_action)
        bar.addAction(self.tag_highlight_action)
        bar.addAction(self.delete_highlight_action)
        bar.addSeparator()
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        for act in self.color_actions:  # swatches only: the names are in tooltips and the menu
            bar.widgetForAction(act).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar
        self._make_article_actions()
        self._make_view_actions()
        self._make_help_actions()
        self._update_actions()

    def _make_article_actions(self) -> None:
        menu = self.menuBar().addMenu("&Article")
        self.article_menu = menu
        self.read_action = QAction("Mark as &Read / Unread", self, shortcut=QKeySequence("U"))
        self.read_action.setToolTip("Mark the article (or the selected articles) read, or unread again (U)")
        self.read_action.triggered.connect(self.toggle_read)
        self.favourite_action = QAction("&Favourite", self, shortcut=QKeySequence("S"))
        self.favourite_action.setToolTip("Star the article, or take the star off (S)")
        self.favourite_action.triggered.connect(self.toggle_favourite)
        self.archive_action = QAction("&Archive", self, shortcut=QKeySequence("E"))
        self.archive_action.setToolTip("Move the article to the archive, or back (E)")
        self.archive_action.triggered.connect(self.toggle_archive)
        self.delete_article_action = QAction("&Delete Article…", self, shortcut=QKeySequence.StandardKey.Delete)
        self.delete_article_action.setToolTip(
            "Delete the selected articles with their highlights and notes (undo brings them back)"
        )
        self.delete_article_action.triggered.connect(self.delete_articles)
        # Delete in the library list deletes articles; in the reading view, a highlight.
        self.delete_article_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.library_panel.addAction(self.delete_article_action)
        self.next_action = QAction("&Next Article", self)
        self.next_action.setShortcuts([QKeySequence("J"), QKeySequence("Alt+Down")])
        self.next_action.triggered.connect(lambda: self.step_article(1))
        self.previous_action = QAction("&Previous Article", self)
        self.previous_action.setShortcuts([QKeySequence("K"), QKeySequence("Alt+Up")])
        self.previous_action.triggered.connect(lambda: self.step_article(-1))
        for act in (self.read_action, self.favourite_action, self.archive_action):
            menu.addAction(act)
            self.addAction(act)
        menu.addAction(self.delete_article_action)
        menu.addSeparator()
        for act in (self.next_action, self.previous_action):
            menu.addAction(act)
            self.addAction(act)
        menu.addSeparator()
        menu.addAction(self.article_note_action)
        menu.addAction(self.tag_article_action)

    def _make_view_actions(self) -> None:
        menu = self.menuBar().addMenu("&View")
        self.view_menu = menu
        self.theme_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for name in themes.THEMES:
            act = QAction(name.capitalize(), self, checkable=True)
            act.setChecked(name == self.theme.name)
            act.triggered.connect(lambda _=False, n=name: self.set_theme(themes.THEMES[n]))
            group.addAction(act)
            self.theme_actions[name] = act
        theme_menu = menu.addMenu("&Theme")
        for act in self.theme_actions.values():
            theme_menu.addAction(act)
        self.next_theme_action = QAction("Next Theme", self, shortcut=QKeySequence("Ctrl+Shift+T"))
        self.next_theme_action.triggered.connect(self.cycle_theme)
        theme_menu.addSeparator()
        theme_menu.addAction(self.next_theme_action)
        self.addAction(self.next_theme_action)

        font_menu = menu.addMenu("&Typeface")
        self.family_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for key, label in (("serif", "Serif"), ("sans", "Sans Serif")):
            act = QAction(label, self, checkable=True)
            act.setChecked(self.reading_style.family == key)
            act.triggered.connect(lambda _=False, k=key: self.set_reading_style(replace(self.reading_style, family=k)))
            group.addAction(act)
            font_menu.addAction(act)
            self.family_actions[key] = act
        self.bigger_action = QAction("&Bigger Type", self)
        self.bigger_action.setShortcuts([QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        self.bigger_action.triggered.connect(lambda: self.set_reading_style(self.reading_style.bigger()))
        self.smaller_action = QAction("&Smaller Type", self, shortcut=QKeySequence.StandardKey.ZoomOut)
        self.smaller_action.triggered.connect(lambda: self.set_reading_style(self.reading_style.smaller()))
        self.reset_type_action = QAction("&Actual Size", self, shortcut=QKeySequence("Ctrl+0"))
        self.reset_type_action.triggered.connect(
            lambda: self.set_reading_style(replace(self.reading_style, size=themes.ReadingStyle().size))
        )
        for act in (self.bigger_action, self.smaller_action, self.reset_type_action):
            menu.addAction(act)
            self.addAction(act)
        spacing = menu.addMenu("&Line Spacing")
        group = QActionGroup(self)
        self.spacing_actions: dict[str, QAction] = {}
        for key, value in themes.ReadingStyle.LINE_HEIGHTS.items():
            act = QAction(key.capitalize(), self, checkable=True)
            act.setChecked(self.reading_style.line_height == value)
            act.triggered.connect(
                lambda _=False, v=value: self.set_reading_style(replace(self.reading_style, line_height=v))
            )
            group.addAction(act)
            spacing.addAction(act)
            self.spacing_actions[key] = act
        width = menu.addMenu("Line &Length")
        group = QActionGroup(self)
        self.measure_actions: dict[str, QAction] = {}
        for key, value in themes.ReadingStyle.MEASURES.items():
            act = QAction(key.capitalize(), self, checkable=True)
            act.setChecked(self.reading_style.measure == value)
            act.triggered.connect(
                lambda _=False, v=value: self.set_reading_style(replace(self.reading_style, measure=v))
            )
            group.addAction(act)
            width.addAction(act)
            self.measure_actions[key] = act
        menu.addSeparator()
        self.search_action = QAction("&Search…", self)
        self.search_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("/")])
        self.search_action.triggered.connect(self.focus_search)
        self.speakers_action = QAction("S&peakers", self, shortcut=QKeySequence("Ctrl+Shift+S"))
        self.speakers_action.setToolTip("Everyone quoted across the library")
        self.speakers_action.triggered.connect(self.show_speakers)
        for act in (self.search_action, self.speakers_action):
            menu.addAction(act)
            self.addAction(act)
        self.close_search_action = QAction("Close Search", self, shortcut=QKeySequence(Qt.Key.Key_Escape))
        self.close_search_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.close_search_action.triggered.connect(self._on_close_search_triggered)
        self.library_panel.addAction(self.close_search_action)
        menu.addSeparator()
        self.focus_library_action = QAction("Go to &Library", self, shortcut=QKeySequence("Ctrl+1"))
        self.focus_library_action.triggered.connect(lambda: self.library_panel.view.setFocus())
        self.focus_article_action = QAction("Go to &Article", self, shortcut=QKeySequence("Ctrl+2"))
        self.focus_article_action.triggered.connect(lambda: self.article_view.setFocus())
        self.focus_side_action = QAction("Go to &Side Panel", self, shortcut=QKeySequence("Ctrl+3"))
        self.focus_side_action.triggered.connect(self._on_focus_side_triggered)
        self.quotes_tab_action = QAction("&Quotes", self, shortcut=QKeySequence("Ctrl+Shift+Q"))
        self.quotes_tab_action.triggered.connect(lambda: self.side_tabs.setCurrentWidget(self.side_panel))
        self.highlights_tab_action = QAction("&Highlights", self, shortcut=QKeySequence("Ctrl+Shift+H"))
        self.highlights_tab_action.triggered.connect(lambda: self.side_tabs.setCurrentWidget(self.highlights_panel))
        for act in (
            self.focus_library_action,
            self.focus_article_action,
            self.focus_side_action,
            self.quotes_tab_action,
            self.highlights_tab_action,
        ):
            menu.addAction(act)
            self.addAction(act)
        # Find lives in the Edit menu, as everywhere.
        edit = self.menuBar().actions()[1].menu()
        edit.addSeparator()
        self.find_action = QAction("&Find in Article…", self, shortcut=QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.article_view.open_find)
        self.find_next_action = QAction("Find &Next", self, shortcut=QKeySequence.StandardKey.FindNext)
        self.find_next_action.triggered.connect(lambda: self.article_view.find_step(1))
        self.find_previous_action = QAction("Find Pre&vious", self, shortcut=QKeySequence.StandardKey.FindPrevious)
        self.find_previous_action.triggered.connect(lambda: self.article_view.find_step(-1))
        for act in (self.find_action, self.find_next_action, self.find_previous_action):
            edit.addAction(act)
            self.addAction(act)

    def _make_help_actions(self) -> None:
        menu = self.menuBar().addMenu("&Help")
        self.shortcuts_action = QAction("&Keyboard Shortcuts", self)
        self.shortcuts_action.setShortcuts([QKeySequence.StandardKey.HelpContents, QKeySequence("?")])
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction("&About reader", self)
        self.about_action.triggered.connect(self.show_about)
        menu.addAction(self.shortcuts_action)
        menu.addAction(self.about_action)
        self.addAction(self.shortcuts_action)

    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        """(menu, action, keys) for every action in the menus that has a shortcut, read from the actions."""
        rows = []

        def walk(menu: QMenu, path: str) -> None:
            for act in menu.actions():
                if act.menu() is not None:
                    walk(act.menu(), f"{path} › {act.menu().title().replace('&', '')}")
                elif not act.isSeparator() and act.shortcuts():
                    keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts())
                    rows.append((path, act.text().replace("&", "").rstrip("…"), keys))

        for top in self.menuBar().actions():
            if top.menu() is not None:
                walk(top.menu(), top.menu().title().replace("&", ""))
        return rows

    def show_shortcuts(self) -> QDialog:
        from reader.ui.dialogs import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self, self.shortcut_rows())
        self.shortcuts_dialog.show()
        return self.shortcuts_dialog

    def show_about(self) -> QDialog:
        from reader import __version__
        from reader.ui.dialogs import AboutDialog

        self.about_dialog = AboutDialog(self, __version__, str(self.library.data_dir))
        self.about_dialog.show()
        return self.about_dialog

    def _on_focus_side_triggered(self) -> None:
        panel = self.side_tabs.currentWidget()
        if panel.view.isVisible():
            panel.view.setFocus()
        else:  # an empty panel: its tabs, so the arrow keys can switch to the other one
            self.side_tabs.tabBar().setFocus()

    # -- search ----------------------------------------------------------------------------------

    def focus_search(self) -> None:
        box = self.library_panel.search_box
        box.setFocus()
        box.selectAll()

    def _on_library_panel_search_edited(self, text: str) -> None:
        if text.strip():
            self._search_timer.start()  # debounced: a query runs once the reader pauses
        else:
            self.end_search()

    def run_search(self) -> None:
        """Run the search box's query in a worker; an answer to an older query is dropped."""
        from reader.ui.workers import SearchJob

        query = self.library_panel.search_box.text().strip()
        if not query:
            return
        self._search_number += 1
        job = SearchJob(self.library.data_dir, query, self._search_number)
        job.signals.finished.connect(self._on_search_finished)
        job.signals.failed.connect(self._on_search_failed)
        self._search_jobs[self._search_number] = job  # kept alive until it reports
        job.start()

    def _on_search_finished(self, number: int, query: str, hits: list) -> None:
        self._search_jobs.pop(number, None)
        if number != self._search_number or not self.library_panel.search_box.text().strip():
            return  # a newer query is on its way, or the search was closed
        self.library_panel.show_results(query, hits)
        self.search_finished.emit(query)

    def _on_search_failed(self, number: int, query: str, exc: BaseException) -> None:
        self._search_jobs.pop(number, None)
        if number != self._search_number:
            return
        if isinstance(exc, ReaderError):  # a query that cannot be searched: say why, in place of results
            self.library_panel.show_results(query, [], exc.message)
            self.search_finished.emit(query)
        else:
            show_error(self, exc)

    def end_search(self) -> None:
        """Esc, or an empty box: the library comes back."""
        self._search_timer.stop()
        self._search_number += 1  # whatever is still running is stale now
        panel = self.library_panel
        if panel.search_box.text():
            panel.search_box.clear()
        panel.show_library()
        self.article_view.clear_marks()

    def open_hit(self, hit) -> None:
        """Open a hit's article at the hit, with its words marked (a quote or highlight: exactly its span)."""
        if hit.article_id != self.current_id:
            self.open_article(hit.article_id)
        if self.current_id != hit.article_id:
            return
        view = self.article_view
        words = []
        if hit.kind in ("article", "note"):
            from reader.search import parse_query

            try:
                words = parse_query(self.library_panel.results_model.query).words()
            except ReaderError:
                words = []
        view.mark_words(words)
        if hit.start is not None and hit.end is not None:
            view.scroll_to_range(hit.start, hit.end)
        if hit.kind == "highlight" and hit.ref_id is not None:
            self.set_current_highlight(hit.ref_id)

    def _on_close_search_triggered(self) -> None:
        if self.library_panel.mode() != "library":
            self.end_search()
            self.library_panel.view.setFocus()

    def show_speakers(self) -> None:
        self.library_panel.show_speakers(self.library.speakers())
        self.library_panel.speakers.setFocus()

    def _on_library_panel_speaker_activated(self, name: str) -> None:
        self.library_panel.search_box.setText(f'speaker:"{name}"')
        self.run_search()

    # -- appearance ----------------------------------------------------------------------------

    def set_theme(self, theme: themes.Theme) -> None:
        """Switch the whole window (lists, reading view, side panel, dialogs) to another theme."""
        self.theme = theme
        self.setStyleSheet(themes.stylesheet(theme))
        self.library_panel.set_theme(theme)  # (its search results and speakers too)
        for panel in (self.side_panel, self.highlights_panel):
            panel.delegate.theme = theme
            panel.view.viewport().update()
        for act, name in zip(self.color_actions, HIGHLIGHT_COLORS, strict=True):
            act.setIcon(_swatch(theme.highlight_color(name)))
        self.theme_actions[theme.name].setChecked(True)
        self.article_view.set_appearance(theme=theme)
        self.settings.setValue("reading/theme", theme.name)

    def _set_style_field(self, **change) -> None:
        self.set_reading_style(replace(self.reading_style, **change))

    def cycle_theme(self) -> None:
        names = list(themes.THEMES)
        self.set_theme(themes.THEMES[names[(names.index(self.theme.name) + 1) % len(names)]])

    def set_reading_style(self, style: themes.ReadingStyle) -> None:
        """Another typeface, size, line height or line length; the reader keeps their place."""
        self.reading_style = style
        self.article_view.set_appearance(style=style)
        self.family_actions[style.family].setChecked(True)
        for key, value in themes.ReadingStyle.LINE_HEIGHTS.items():
            self.spacing_actions[key].setChecked(value == style.line_height)
        for key, value in themes.ReadingStyle.MEASURES.items():
            self.measure_actions[key].setChecked(value == style.measure)
        for key in ("family", "size", "line_height", "measure"):
            self.settings.setValue(f"reading/{key}", getattr(style, key))
        self.statusBar().showMessage(
            f"{'Sans serif' if style.family == 'sans' else 'Serif'} {style.size} px, "
            f"line height {style.line_height}%, line length {style.measure} px",
            3000,
        )

    # -- reading progress --------------------------------------------------------------------

    def _on_article_view_visible_range_changed(self, _top: int, _bottom: int) -> None:
        self._progress_timer.start()
        self._update_position_label()

    def save_progress(self) -> None:
        """Remember how far the reader is in the open article; at its end, mark it read."""
        self._progress_timer.stop()
        aid = self.current_id
        view = self.article_view
        if aid is None or view.article is None or view.article.id != aid or self.library.read_only:
            return  # (a read-only library: reading goes on, the place is not kept)
        bar = view.verticalScrollBar()
        top = view.top_offset() or 0
        if view.is_complete():
            fraction = bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0
            finished = bar.maximum() > 0 and bar.value() >= bar.maximum() - 2
        else:  # a long article still being set: the scroll bar covers only its first part
            fraction, finished = top / max(1, len(view.article.text)), False
        if not finished and self._saved_progress is not None and self._saved_progress[0] == aid:
            _aid, saved_top, saved_fraction = self._saved_progress
            if saved_top == top or abs(saved_fraction - fraction) < 0.005:
                return  # not moved (or only by a line): nothing new to keep
        self._saved_progress = (aid, top, round(fraction, 3))
        became_read = self._write(lambda: self.library.set_progress(aid, top, fraction, finished=finished))
        self.library_model.refresh([aid])
        if became_read:
            self.reload_library_tags()
            self.statusBar().showMessage("Finished: marked as read", 3000)

    def _update_position_label(self) -> None:
        a = self.article_view.article
        if a is None or not a.word_count:
            self.position_label.setText("")  # (nothing to read yet, as for a link not fetched: no "0 words, 0 min")
            return
        bar = self.article_view.verticalScrollBar()
        percent = 100 if bar.maximum() <= 0 else round(100 * bar.value() / bar.maximum())
        if not self.article_view.is_complete():
            percent = round(100 * (self.article_view.top_offset() or 0) / max(1, len(a.text)))
        self.position_label.setText(f"{a.word_count:,} words  ·  {a.reading_minutes} min  ·  {percent}%")

    # -- reading state -------------------------------------------------------------------------

    def target_ids(self) -> list[int]:
        """The articles an Article action applies to: the library's selection when it has focus, else the open one."""
        if self.library_panel.view.hasFocus():
            ids = self.library_panel.selected_ids()
            if ids:
                return ids
        return [self.current_id] if self.current_id is not None else []

    def _summaries(self, ids: list[int]):
        return self.library.summaries(ids)

    def toggle_read(self) -> None:
        ids = self.target_ids()
        if ids:
            read = not all(s.read for s in self._summaries(ids))
            self.undo_stack.push(commands.SetArticleState(self, ids, read=read))

    def toggle_favourite(self) -> None:
        ids = self.target_ids()
        if ids:
            fav = not all(s.favourite for s in self._summaries(ids))
            self.undo_stack.push(commands.SetArticleState(self, ids, favourite=fav))

    def toggle_archive(self) -> None:
        ids = self.target_ids()
        if ids:
            archived = not all(s.archived for s in self._summaries(ids))
            self.undo_stack.push(commands.SetArticleState(self, ids, archived=archived))
            self.statusBar().showMessage(
                f"{'Archived' if archived else 'Moved back from the archive'}: {len(ids)} article(s) · Ctrl+Z undoes",
                5000,
            )

    def delete_articles(self) -> None:
        ids = self.library_panel.selected_ids() if self.library_panel.view.hasFocus() else self.target_ids()
        if ids:
            self.undo_stack.push(commands.RemoveArticles(self, ids))
            self.statusBar().showMessage(f"Deleted {len(ids)} article(s) · Ctrl+Z brings them back", 8000)

    def step_article(self, step: int) -> None:
        """Open the next (1) or previous (-1) article in the library list."""
        ids = self.library_model.ids()
        if not ids:
            return
        row = self.library_model.row_of(self.current_id) if self.current_id is not None else None
        row = 0 if row is None else max(0, min(len(ids) - 1, row + step))
        if ids[row] != self.current_id:
            self.open_article(ids[row])

    def articles_changed(self, ids: list[int], *, removed: bool = False) -> None:
        """Show the library again after reading state changed, or articles were removed or restored."""
        self.reload_library_tags()
        keep = self.library_model.row_of(self.current_id) if self.current_id is not None else None
        self._reset_library_list()
        if self.current_id is not None and not self._exists(self.current_id):
            remaining = self.library_model.ids()
            self.current_id = None
            if remaining:
                self.open_article(remaining[min(keep or 0, len(remaining) - 1)])
            else:
                self.article_view.clear()
                self._release_collections()
                self.side_panel.set_article(None, [])
                self.highlights_panel.set_article(None, [], None)
                self.highlights_panel.set_highlights([])
        elif self.current_id is not None and self.current_id not in self.library_model.ids():
            pass  # still open, though no longer in this view (archived from "All", say)
        self._update_actions()

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        self.read_only_label = QLabel(READ_ONLY_MESSAGE, self)
        self.read_only_label.setAccessibleName("Read-only library")
        self.read_only_label.setToolTip(f"{self.library.path}: {READ_ONLY}")
        bar.addWidget(self.read_only_label)
        self.read_only_label.setVisible(self.library.read_only)
        self.position_label = QLabel(self)
        self.position_label.setAccessibleName("Position in the article")
        bar.addPermanentWidget(self.position_label)
        self._progress_timer = QTimer(self, singleShot=True, interval=PROGRESS_SAVE_MS)
        self._progress_timer.timeout.connect(self.save_progress)
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
        self.highlights_panel.flush()
        if self.note_editor is not None:
            self.note_editor.submit()
        self.save_progress()
        self.watch_timer.stop()
        self._quotes_timer.stop()
        self._release_collections()
        if self.quotes_job is not None:
            self.quotes_job.cancel()
        if self.job is not None or self.quotes_job is not None:  # stop workers cleanly before the library closes
            if self.job is not None:
                self.job.cancel()
            from PySide6.QtCore import QThreadPool

            QThreadPool.globalInstance().waitForDone(10000)
        self.save_state()
        super().closeEvent(event)

    # -- images ----------------------------------------------------------------------------------

    def image_sites(self) -> list[str]:
        """Sites whose articles' images the reader chose to load always."""
        value = self.settings.value("images/sites", [])
        return [str(v) for v in (value if isinstance(value, list) else [value] if value else [])]

    def load_images(self, urls: list[str]) -> None:
        """Download images the reader asked for, off the UI thread; the article shows them as they arrive."""
        from reader.ui.workers import ImageJob

        if not urls:
            return
        job = ImageJob(self.library.data_dir, urls)
        job.signals.finished.connect(lambda done, j=job: self._on_image_job_finished(j, done))
        job.signals.failed.connect(self._on_image_job_failed)
        self._image_jobs.add(job)  # kept alive until it reports
        self.statusBar().showMessage(f"Loading {len(urls)} image{'s' if len(urls) != 1 else ''}…", 3000)
        job.start()

    def _on_image_job_finished(self, job, urls: list[str]) -> None:
        self._image_jobs.discard(job)
        view = self.article_view
        if view.article is None or not set(urls) & set(view.figure_sources()):
            return
        images = {**view.images, **self.library.cached_images(urls)}
        top = view.top_offset()
        view.show_article(view.article, view.highlights(), images)
        if top:
            view.scroll_to_offset(top)
        self.images_shown.emit(urls)

    def _on_image_job_failed(self, url: str, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, ReaderError) else f"{url}: {exc}"
        self.statusBar().showMessage(f"Image not loaded: {message}", 8000)

    def _on_article_view_images_for_site_requested(self) -> None:
        a = self.article_view.article
        if a is None or not a.site:
            return
        sites = self.image_sites()
        if a.site not in sites:
            self.settings.setValue("images/sites", [*sites, a.site])
        self.load_images([u for u in self.article_view.figure_sources() if u not in self.article_view.images])

    # -- backups ---------------------------------------------------------------------------------

    def backup_now(self) -> None:
        path = self._write(lambda: self.library.backup())
        if path is not None:
            self.statusBar().showMessage(f"Backed up to {path}", 8000)

    def show_restore_dialog(self) -> QDialog:
        from reader.ui.dialogs import RestoreDialog

        self.restore_dialog = RestoreDialog(self, self.library.backups())
        self.restore_dialog.restore_requested.connect(self.restore_backup)
        self.restore_dialog.show()
        return self.restore_dialog

    def restore_backup(self, path: str) -> None:
        """Replace the library with a backup (checked first; the library as it was is kept aside)."""
        was_open = self.current_id
        aside = self._write(lambda: self.library.restore_backup(path))
        if aside is None:
            return
        self.undo_stack.clear()  # the changes it knows of are gone with the library they were made to
        self._data_version = self.library.data_version()
        self.reload_library()
        ids = self.library_model.ids()
        self.current_id = None
        if ids:
            self.open_article(was_open if was_open in ids else ids[0])
        self.statusBar().showMessage(
            f"Restored {self.library.count()} article(s); the library as it was is kept at {aside}", 10000
        )

    def open_original(self, url: QUrl) -> None:
        """Open the article's original web page in the system browser (never inside reader)."""
        from PySide6.QtGui import QDesktopServices

        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        # After the first paint of the article (or soon, if there is none to paint).
        QTimer.singleShot(AFTER_SHOW_MS, self._show_counts)

    def _on_article_view_first_painted(self) -> None:
        QTimer.singleShot(0, self._show_counts)  # queued behind what the paint itself queued

    def _show_counts(self) -> None:
        if self.isVisible() and not self._counts_shown:  # not if the window was closed at once
            self._counts_shown = True
            self._complete_library_list()
            self.reload_library_tags()
            if self.library.read_only:
                return  # no daily backup or recomputed quotes where nothing can be written
            from reader.ui.workers import DailyBackupJob, StaleQuotesJob

            DailyBackupJob(self.library.data_dir).start()  # the first start of the day keeps a copy
            # After an upgrade of the quote extractor, recompute what it stored (finding
            # those articles is a table scan, so the job does it off the UI thread).
            self.quotes_job = StaleQuotesJob(self.library.data_dir)
            self.quotes_job.signals.finished.connect(self._on_stale_quotes_done)
            self.quotes_job.start()

    def _on_stale_quotes_done(self, ids: list) -> None:
        self.quotes_job = None
        if ids:
            self.quotes_changed(self.current_id if self.current_id in ids else None)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.check_external_changes()

    # -- actions -----------------------------------------------------------------------------

    def reload_library(self) -> None:
        """Counts, tags and the list of ids in the chosen view (rows themselves load as they are shown)."""
        self.reload_library_tags()
        self._reset_library_list()

    def _reset_library_list(self, *, first_screen: bool = False) -> None:
        """List the ids of the chosen view; with ``first_screen``, only the first page for now.

        The rest follow just after the first paint: listing 100,000 ids takes
        ~20 ms, and the first paint needs only the rows it shows.
        """
        p = self.library_panel
        ids = self.library.article_ids(
            view=p.current_view(),
            sort=p.current_sort(),
            tag=p.current_tag(),
            limit=FIRST_PAGE if first_screen else None,
        )
        self.library_model.reset(ids)
        self._list_complete = not (first_screen and len(ids) == FIRST_PAGE)
        if self.current_id is not None:
            p.select(self.current_id)

    def _complete_library_list(self) -> None:
        if not self._list_complete and self.isVisible():
            bar = self.library_panel.view.verticalScrollBar()
            keep = bar.value()
            self._reset_library_list()
            bar.setValue(keep)

    def open_article(self, article_id: int, *, keep_place: bool = False) -> None:
        self.highlights_panel.flush()
        if article_id != self.current_id:
            self.save_progress()
        try:
            article = self.library.article(article_id)
            highlights = self.library.highlights(article_id)
            tags = self.library.article_tags(article_id)
            note = self.library.article_note(article_id)
        except ReaderError as exc:
            show_error(self, exc)
            return
        scroll = self.article_view.verticalScrollBar().value() if keep_place and article_id == self.current_id else 0
        self.current_id = article_id
        sources = [b.src for b in article.blocks if b.kind == "figure" and b.src]
        images = self.library.cached_images(sources) if sources else {}
        self._release_collections()
        self.article_view.show_article(article, highlights, images)
        if not self.article_view.is_complete():
            self._hold_collections()
        self._show_fetch_banner(article_id, article)
        if article.site and article.site in self.image_sites() and any(u not in images for u in sources):
            self.load_images([u for u in sources if u not in images])  # the reader said: always for this site
        if scroll:
            self.article_view.verticalScrollBar().setValue(scroll)
        state = self.library.reading_state(article_id)
        if not scroll and state["position"] > 0:  # where the reader left it
            self.article_view.scroll_to_offset(state["position"])
        # What is stored already need not be written again when the reader moves on.
        self._saved_progress = (article_id, state["position"], round(state["progress"], 3))
        self._update_position_label()
        if self.article_view.is_complete():
            self._show_quotes(article)
        else:
            # A very long article (set in steps) may have thousands of quotes: they are
            # read a step at a time after the first paint, and the panel fills as they come.
            self._show_quotes(article, first_step=False)
        # Which quote the reader is at is marked just after the first paint.
        QTimer.singleShot(0, self._follow_reader)
        self.highlights_panel.set_article(article_id, tags, note.body if note else None)
        self.highlights_panel.set_highlights(highlights, waiting=self._waiting_for_text(article_id))
        self.setWindowTitle(f"{article.title} — reader")
        self.library_panel.select(article_id)
        self._update_actions()
        self.article_opened.emit(article_id)
        self.highlights_shown.emit(article_id)

    def _show_quotes(self, article: Article, *, first_step: bool = True) -> None:
        """Show the article's quotes: up to QUOTES_STEP now (none unless ``first_step``), the rest in steps."""
        self._quotes_to_read = None
        self._quotes_timer.stop()
        first: list[Quote] = []
        if first_step:
            first = self._write(lambda: self.library.quotes(article.id, limit=QUOTES_STEP)) or []
        self.side_panel.set_article(article, first)
        if not first_step or len(first) == QUOTES_STEP:
            self._quotes_to_read = (article.id, len(first))
            self._quotes_timer.start()

    def _on_quotes_timer_timeout(self) -> None:
        if self._quotes_to_read is None:
            return
        aid, done = self._quotes_to_read
        a = self.article_view.article
        if aid != self.current_id or a is None or a.id != aid:  # stale: another article is open
            self._quotes_to_read = None
            return
        try:
            step = self.library.quotes(aid, offset=done, limit=QUOTES_STEP)
        except ReaderError as exc:
            self._quotes_to_read = None
            self._release_collections_when_set()
            show_error(self, exc)
            return
        self.side_panel.add_quotes(step)
        if len(step) == QUOTES_STEP:
            self._quotes_to_read = (aid, done + len(step))
            self._quotes_timer.start()
        else:
            self._quotes_to_read = None
            self._follow_reader()
            self._release_collections_when_set()

    def quotes_complete(self) -> bool:
        """Whether the quotes panel shows all of the open article's quotes (a long one's are read in steps)."""
        return self._quotes_to_read is None

    def _hold_collections(self) -> None:
        """Put off Python's automatic garbage collection while a long article is set in steps.

        Its steps make ~100,000 objects; a full collection (~25 ms with the article's
        50,000 blocks and 24,000 quotes alive) then came in the middle of a step and
        blocked the UI thread past 50 ms. Only collection is put off: memory is still
        freed as objects go; cycles wait until the article is set.
        """
        if not self._collections_held and gc.isenabled():  # not if someone else turned it off
            gc.disable()
            self._collections_held = True

    def _release_collections(self) -> None:
        if self._collections_held:
            gc.enable()
            self._collections_held = False

    def _release_collections_when_set(self) -> None:
        if self.article_view.is_complete() and self.quotes_complete():
            self._release_collections()

    def _follow_reader(self) -> None:
        if self.article_view.article is not None:
            self.side_panel.follow(*self.article_view.visible_range())

    # -- highlights --------------------------------------------------------------------------

    def current_highlight(self) -> Highlight | None:
        hid = self.article_view.current_highlight
        return next((h for h in self.article_view.highlights() if h.id == hid), None)

    def set_current_highlight(self, highlight_id: int | None) -> None:
        self.article_view.set_current_highlight(highlight_id)
        self.highlights_panel.select(highlight_id)
        self._update_actions()

    def highlight_selection(self, color: str = HIGHLIGHT_COLORS[0]) -> None:
        """Highlight the words selected in the reading view (H, the toolbar, the menus)."""
        span = self.article_view.canonical_selection()
        if self.current_id is None or span is None:
            self.statusBar().showMessage("Select some words in the article first", 4000)
            return
        self.undo_stack.push(commands.CreateHighlight(self, self.current_id, span[0], span[1], color))
        cursor = self.article_view.textCursor()
        cursor.clearSelection()
        self.article_view.setTextCursor(cursor)
        self._update_actions()

    def apply_color(self, color: str) -> None:
        """1-5: highlight the selection in that colour, or recolour the current highlight."""
        if self.article_view.canonical_selection() is not None:
            self.highlight_selection(color)
            return
        h = self.current_highlight() or self._selected_panel_highlight()
        if h is None:
            self.statusBar().showMessage("Select some words, or click a highlight, first", 4000)
        elif h.color != color:
            self.undo_stack.push(commands.SetColor(self, h, color))

    def edit_note(self, highlight_id: int | None = None) -> NoteEditor | None:
        """Open the note editor on a highlight (N, a double-click)."""
        h = self._highlight(highlight_id)
        if h is None or h.id is None:
            self.statusBar().showMessage("Click a highlight first, then press N for its note", 4000)
            return None
        self.set_current_highlight(h.id)
        if self.note_editor is not None:
            self.note_editor.submit()
        editor = NoteEditor(self, h.id, h.exact, h.note)
        editor.edited.connect(self._on_note_editor_edited)
        editor.finished_editing.connect(self._on_note_editor_finished_editing)
        editor.cancelled.connect(self._on_note_editor_cancelled)
        self.note_editor = editor
        editor.show()
        editor.text.setFocus()
        return editor

    def delete_highlight(self, highlight_id: int | None = None) -> None:
        h = self._highlight(highlight_id)
        if h is None:
            self.statusBar().showMessage("Click a highlight first", 4000)
            return
        self.undo_stack.push(commands.DeleteHighlight(self, h))

    def place_highlight(self, highlight_id: int | None = None) -> None:
        """Put a highlight (often a detached one) on the words selected in the reading view."""
        h = self._highlight(highlight_id)
        span = self.article_view.canonical_selection()
        if h is None or h.id is None or span is None:
            self.statusBar().showMessage("Choose a highlight in the list and select its new words first", 5000)
            return
        self._write(lambda: self.library.move_highlight(h.id, *span))  # type: ignore[arg-type]
        self.highlights_changed(h.article_id, h.id)

    def edit_highlight_tags(self, highlight_id: int | None = None) -> QDialog | None:
        """A small window with the highlight's tags as chips and an input that completes."""
        h = self._highlight(highlight_id)
        if h is None or h.id is None:
            self.statusBar().showMessage("Click a highlight first, then press T for its tags", 4000)
            return None
        hid = h.id
        dialog = QDialog(self)
        dialog.setWindowTitle("Tags on highlight")
        editor = TagEditor(dialog, "Add a tag…")
        editor.set_tags(h.tags)
        editor.set_completions([t.name for t in self.library.tags()])
        words = QLabel(f"“{h.exact if len(h.exact) < 120 else h.exact[:119] + '…'}”", dialog)
        words.setWordWrap(True)
        lay = QVBoxLayout(dialog)
        lay.addWidget(words)
        lay.addWidget(editor)
        dialog.resize(420, 140)

        def changed(new_tags: list[str] | None) -> None:
            if new_tags is not None:
                editor.set_tags(new_tags)
                self.highlights_changed(h.article_id, hid)
                self.reload_library_tags()

        editor.tag_added.connect(lambda name: changed(self._write(lambda: self.library.tag("highlight", hid, [name]))))
        editor.tag_removed.connect(
            lambda name: changed(self._write(lambda: self.library.untag("highlight", hid, [name])))
        )
        dialog.editor = editor  # type: ignore[attr-defined]
        self.highlight_tags_dialog = dialog
        dialog.show()
        editor.input.setFocus()
        return dialog

    def show_tags_dialog(self) -> TagsDialog:
        if self.tags_dialog is None:
            self.tags_dialog = TagsDialog(self.library, self)
            self.tags_dialog.library_changed.connect(self.library_changed)
        self.tags_dialog.reload()
        self.tags_dialog.show()
        return self.tags_dialog

    def highlights_changed(self, article_id: int, current: int | None = None) -> None:
        """Show an article's highlights again after a change (commands call this)."""
        self.library_model.refresh([article_id])
        if article_id != self.current_id:
            return
        try:
            highlights = self.library.highlights(article_id)
        except ReaderError as exc:
            show_error(self, exc)
            return
        self.article_view.set_highlights(highlights, current)
        self.highlights_panel.set_highlights(
            highlights, self.article_view.current_highlight, waiting=self._waiting_for_text(article_id)
        )
        self._update_actions()
        self.highlights_shown.emit(article_id)

    def reload_library_tags(self) -> None:
        tags = self.library.tags()
        self.library_panel.set_counts(self.library.view_counts(), tags)
        self.highlights_panel.set_completions([t.name for t in tags])

    def command_failed(self, exc: ReaderError) -> None:
        show_error(self, exc)

    def check_external_changes(self) -> bool:
        """Show what another process changed since the last look (polled, and on focus)."""
        try:
            version = self.library.data_version()
        except ReaderError:
            return False
        if version == self._data_version:
            return False
        self._data_version = version
        self.reload_library()
        if self.current_id is not None:
            if self._exists(self.current_id):
                self.refresh_current()
                self.library_panel.select(self.current_id)
            else:
                self.current_id = None
        self.external_change_seen.emit()
        return True

    def refresh_current(self) -> None:
        """Show the open article's data again; rebuild the page only if its text changed."""
        aid = self.current_id
        if aid is None:
            return
        try:
            article = self.library.article(aid)
        except ReaderError as exc:
            show_error(self, exc)
            return
        shown = self.article_view.article
        if shown is None or shown.text != article.text or shown.title != article.title:
            self.open_article(aid, keep_place=True)
            return
        self.highlights_changed(aid, self.article_view.current_highlight)
        note = self.library.article_note(aid)
        self.highlights_panel.set_article(aid, self.library.article_tags(aid), note.body if note else None)
        self._show_quotes(article)
        self.side_panel.follow(*self.article_view.visible_range())

    def _exists(self, article_id: int) -> bool:
        try:
            self.library.article(article_id)
        except ReaderError:
            return False
        return True

    def _highlight(self, highlight_id: int | None) -> Highlight | None:
        if highlight_id is None:
            return self.current_highlight() or self._selected_panel_highlight()
        found = next((h for h in self.highlights_panel.model.highlights() if h.id == highlight_id), None)
        if found is None:
            try:
                found = self.library.highlight(highlight_id)
            except ReaderError:
                return None
        return found

    def _selected_panel_highlight(self) -> Highlight | None:
        rows = self.highlights_panel.view.selectionModel().selectedRows()
        return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None

    def _write(self, action):
        """Run a library write; a user-facing failure is shown, not raised."""
        try:
            return action()
        except ReaderError as exc:
            show_error(self, exc)
            return None

    def _update_actions(self) -> None:
        if not hasattr(self, "highlight_action"):
            return
        has_article = self.current_id is not None
        selected = has_article and self.article_view.textCursor().hasSelection()
        h = self.current_highlight() or self._selected_panel_highlight()
        self.highlight_action.setEnabled(bool(selected))
        for act in (self.note_action, self.tag_highlight_action, self.delete_highlight_action):
            act.setEnabled(h is not None)
        self.place_action.setEnabled(h is not None and bool(selected))
        self.article_note_action.setEnabled(has_article)
        self.tag_article_action.setEnabled(has_article)
        if hasattr(self, "read_action"):
            for act in (self.read_action, self.favourite_action, self.archive_action, self.delete_article_action):
                act.setEnabled(has_article or bool(self.library_panel.selected_ids()))

    def import_sources(self, sources: list[str]) -> None:
        """Add files, folders or URLs in a background job, with progress and cancel.

        One file that is another app's export (dropped, pasted or opened) is
        imported as a library instead (:meth:`import_export_file`).
        """
        from reader.ui.workers import ImportJob

        if not sources:
            return
        if self.job is not None:
            show_error(self, ReaderError("an import is already running; wait for it or cancel it"))
            return
        if len(sources) == 1 and _is_export(sources[0]):
            self.import_export_file(sources[0])
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

    def _waiting_for_text(self, article_id: int) -> bool:
        try:
            return self.library.fetch_status(article_id)[0] in ("waiting", "failed")
        except ReaderError:
            return False

    def _make_reading_pane(self) -> QWidget:
        """The reading view under a bar that says when an article is a link still waiting for its text."""
        pane = QWidget(self)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.fetch_banner = QFrame(pane)
        self.fetch_banner.setObjectName("FetchBanner")
        row = QHBoxLayout(self.fetch_banner)
        row.setContentsMargins(16, 8, 12, 8)
        row.setSpacing(12)
        self.fetch_banner_label = QLabel(self.fetch_banner)
        self.fetch_banner_label.setFont(themes.ui_font(13))
        self.fetch_banner_label.setWordWrap(True)
        self.fetch_banner_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fetch_button = QPushButton("Fetch Text", self.fetch_banner)
        self.fetch_button.clicked.connect(self._on_fetch_button_clicked)
        row.addWidget(self.fetch_banner_label, 1)
        row.addWidget(self.fetch_button)
        self.fetch_banner.hide()
        layout.addWidget(self.fetch_banner)
        layout.addWidget(self.article_view, 1)
        return pane

    def _show_fetch_banner(self, article_id: int, article) -> None:  # noqa: ANN001 (Article)
        status, error = self.library.fetch_status(article_id)
        if status is None:
            self.fetch_banner.hide()
            return
        # The site, not the whole address: a long link would wrap mid-word; the full one is the tooltip.
        where = (urlsplit(article.url).hostname or article.url) if article.url else "no web address"
        text = {
            "waiting": f"Imported as a link: its text has not been fetched yet from {where}.",
            "failed": f"Fetching the text from {where} failed: {error or 'unknown reason'}.",
            "missing": "Imported with its highlights but without a web address or text: "
            "the highlights are kept below, detached.",
        }.get(status, status)
        highlights = self.library.highlights(article_id)
        if highlights and status != "missing":
            n = len(highlights)
            its = "Its highlight" if n == 1 else f"Its {n} highlights"
            text += f" {its} will be placed when the text arrives."
        self.fetch_banner_label.setText(text)
        self.fetch_banner_label.setToolTip(article.url or "")
        self.fetch_button.setVisible(status != "missing")
        self.fetch_button.setEnabled(self.job is None)
        self.fetch_banner.show()

    def _on_fetch_button_clicked(self) -> None:
        if self.current_id is not None:
            self.fetch_articles([self.current_id])

    def fetch_waiting(self) -> None:
        """Fetch the text of every item imported as a link (File > Fetch Waiting Articles)."""
        ids = self.library.ids_to_fetch()
        if not ids:
            self.statusBar().showMessage("No articles are waiting for their text", 5000)
            return
        self.fetch_articles(ids)

    def fetch_articles(self, ids: list[int]) -> None:
        """Fetch the text of links in a background job, with progress and cancel."""
        from reader.ui.workers import FetchJob

        if self.job is not None:
            show_error(self, ReaderError("an import is already running; wait for it or cancel it"))
            return
        self.job = FetchJob(self.library.data_dir, ids)
        self.job.signals.progress.connect(self._on_job_progress)
        self.job.signals.finished.connect(self._on_fetch_job_finished)
        self.job.signals.failed.connect(self._on_job_failed)
        self._start_job(f"Fetching {len(ids)} article(s)…")

    def import_export_file(self, path: str, *, fetch: bool = True) -> None:
        """Bring in another app's export in a background job, then fetch the links it saved."""
        from reader.ui.workers import ExportImportJob

        if self.job is not None:
            show_error(self, ReaderError("an import is already running; wait for it or cancel it"))
            return
        self.job = ExportImportJob(self.library.data_dir, path, fetch=fetch)
        self.job.signals.progress.connect(self._on_job_progress)
        self.job.signals.finished.connect(self._on_export_import_finished)
        self.job.signals.failed.connect(self._on_job_failed)
        self._start_job(f"Reading {os.path.basename(path)}…")

    def _start_job(self, what: str) -> None:
        self.progress_label.setText(what)
        self.progress_bar.setRange(0, 0)  # busy until the first progress report
        for w in (self.progress_label, self.progress_bar, self.cancel_button):
            w.show()
        self.fetch_button.setEnabled(False)
        self.job.start()

    def _on_fetch_job_finished(self, results: dict) -> None:
        self._end_job()
        ids = frozenset(results)
        self.library_changed.emit(Changes(articles=ids, quotes=ids, highlights=ids, library=True))
        failed = {aid: msg for aid, msg in results.items() if msg}
        done = len(results) - len(failed)
        summary = f"Fetched {done} article(s)" + (f"; {len(failed)} failed" if failed else "")
        if failed:
            show_message(self, "Some articles could not be fetched", summary, "\n".join(failed.values()))
        self.statusBar().showMessage(summary, 8000)
        self.fetch_finished.emit(results)

    def _on_export_import_finished(self, report) -> None:  # noqa: ANN001 (ImportReport)
        self._end_job()
        ids = frozenset(report.ids)
        if ids:
            self.library_changed.emit(
                Changes(articles=ids, quotes=ids, highlights=ids, notes=ids, library=True, tags=True)
            )
        added = [r for r in report.items if r.outcome in ("added", "waiting") and r.article_id is not None]
        if added and self.current_id is None:
            self.open_article(added[0].article_id)
        lines = report.summary().splitlines()
        show_message(self, "Import finished", "\n".join(lines[:2]), "\n".join(lines[2:]))
        self.statusBar().showMessage(lines[0], 8000)
        self.export_import_finished.emit(report)

    def _on_import_export_triggered(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self,
            "Import from another app",
            "",
            "Exports (*.zip *.csv *.html *.json *.jsonld);;All files (*)",
        )
        if path:
            self.import_export_file(path)

    def _end_job(self) -> None:
        self.job = None
        for w in (self.progress_label, self.progress_bar, self.cancel_button):
            w.hide()
        self.fetch_button.setEnabled(True)

    # -- slots -------------------------------------------------------------------------------

    def _on_library_article_activated(self, article_id: int) -> None:
        if article_id != self.current_id:
            self.open_article(article_id)

    def _on_side_panel_quote_activated(self, quote: Quote) -> None:
        self.article_view.scroll_to_range(quote.start, quote.end)

    def _on_side_panel_quote_highlight_requested(self, quote: Quote) -> None:
        if self.current_id is not None:
            self.undo_stack.push(
                commands.CreateHighlight(self, self.current_id, quote.start, quote.end, HIGHLIGHT_COLORS[0])
            )

    def _on_side_panel_quote_correction_requested(self, quote: Quote, speaker: str | None, not_quote: bool) -> None:
        aid = self.current_id
        if aid is None:
            return
        try:
            listed = self.library.quotes(aid)
        except ReaderError as exc:
            show_error(self, exc)
            return
        seq = next((i for i, q in enumerate(listed, 1) if (q.text, q.start) == (quote.text, quote.start)), None)
        if seq is not None:
            self.undo_stack.push(commands.CorrectQuote(self, aid, seq, speaker=speaker, not_quote=not_quote))

    def quotes_changed(self, article_id: int | None) -> None:
        """Quotes changed (of ``article_id``; None: not the open one's): show them and everyone quoted again."""
        if article_id is not None and article_id == self.current_id:
            self.refresh_current()
        if self.library_panel.mode() == "speakers":
            self.library_panel.show_speakers(self.library.speakers())

    def _on_article_view_highlight_clicked(self, highlight_id: int) -> None:
        self.set_current_highlight(highlight_id)

    def _on_highlights_panel_highlight_activated(self, h: Highlight) -> None:
        self.article_view.set_current_highlight(h.id)
        if not h.detached:
            self.article_view.scroll_to_range(h.start, h.end)
        self._update_actions()

    def _on_article_view_context_menu_requested(self, pos: QPoint, highlight_id: int | None) -> None:
        if highlight_id is not None:
            self.set_current_highlight(highlight_id)
            h = self.current_highlight()
            if h is not None:
                self._on_highlight_context_requested(pos, h)
            return
        menu = self.article_view.createStandardContextMenu()
        if self.article_view.textCursor().hasSelection():
            first = menu.actions()[0] if menu.actions() else None
            menu.insertAction(first, self.highlight_action)
            colours = QMenu("Highlight in Colour", menu)
            for act in self.color_actions:
                colours.addAction(act)
            menu.insertMenu(first, colours)
            if self._selected_panel_highlight() is not None:
                menu.insertAction(first, self.place_action)
            menu.insertSeparator(first)
        menu.popup(pos)
        self.context_menu = menu

    def _on_highlight_context_requested(self, pos: QPoint, h: Highlight) -> None:
        self.article_view.set_current_highlight(h.id)
        self._update_actions()
        menu = QMenu(self)
        colours = menu.addMenu("Colour")
        for act in self.color_actions:
            colours.addAction(act)
        menu.addAction(self.note_action)
        menu.addAction(self.tag_highlight_action)
        if self.article_view.textCursor().hasSelection():
            menu.addAction(self.place_action)
        menu.addSeparator()
        copy = menu.addAction("Copy Words")
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(h.exact))
        menu.addAction(self.delete_highlight_action)
        menu.popup(pos)
        self.context_menu = menu

    def _on_note_editor_edited(self, highlight_id: int, body: str) -> None:
        h = self._write(lambda: self.library.set_highlight_note(highlight_id, body))
        if h is not None:
            self.highlights_changed(h.article_id, highlight_id)

    def _on_note_editor_finished_editing(self, highlight_id: int, old: str, new: str) -> None:
        self.note_editor = None
        h = self._highlight(highlight_id)
        if h is None:
            return
        if new != old:
            self.undo_stack.push(commands.SetNote(self, h, old, new))  # writes `new` (again): idempotent
        elif (h.note or "") != new:  # typed and typed back: put the stored note right
            self._on_note_editor_edited(highlight_id, new)

    def _on_note_editor_cancelled(self, highlight_id: int, old: str) -> None:
        self.note_editor = None
        self._on_note_editor_edited(highlight_id, old)

    def _on_highlights_panel_article_note_edited(self, body: str) -> None:
        aid = self.highlights_panel.article_id
        if aid is not None:
            self._write(lambda: self.library.set_article_note(aid, body))

    def _on_highlights_panel_article_tag_added(self, name: str) -> None:
        self._tag_article(lambda aid: self.library.tag("article", aid, [name]))

    def _on_highlights_panel_article_tag_removed(self, name: str) -> None:
        self._tag_article(lambda aid: self.library.untag("article", aid, [name]))

    def _tag_article(self, change) -> None:
        aid = self.highlights_panel.article_id
        if aid is None:
            return
        tags = self._write(lambda: change(aid))
        if tags is not None:
            self.highlights_panel.set_tags(tags)
            self.library_model.refresh([aid])
            self.reload_library_tags()

    def _on_article_note_triggered(self) -> None:
        self.side_tabs.setCurrentWidget(self.highlights_panel)
        self.highlights_panel.note.setFocus()

    def _on_tag_article_triggered(self) -> None:
        self.side_tabs.setCurrentWidget(self.highlights_panel)
        self.highlights_panel.tag_editor.input.setFocus()

    def _on_library_panel_filter_changed(self) -> None:
        if self.library_panel.mode() != "library":  # choosing a view leaves search and the speakers
            self.end_search()
        self._reset_library_list()

    def _on_library_changed(self, changes: Changes) -> None:
        if changes.library or changes.tags:
            self.reload_library()
            if self.current_id is not None:
                self.library_panel.select(self.current_id)
        if self.current_id in changes.removed:
            self.current_id = None
        elif self.current_id is not None and self.current_id in (changes.articles | changes.quotes):
            self.open_article(self.current_id, keep_place=True)
        elif self.current_id is not None and (self.current_id in changes.highlights or changes.tags):
            self.highlights_changed(self.current_id)
            self.highlights_panel.set_tags(self.library.article_tags(self.current_id))

    def _on_job_progress(self, done: int, total: int, source: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        if source.startswith("Fetching "):
            self.progress_label.setText(f"{source} ({done + 1} of {total})")
        elif source:
            name = source.rsplit("/", 1)[-1] or source
            verb = "Importing" if self.job is not None and not hasattr(self.job, "sources") else "Opening"
            self.progress_label.setText(f"{verb} {name} ({done + 1} of {total})")

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
        from PySide6.QtWidgets import QFileDialog

        files, _ = QFileDialog.getOpenFileNames(
            self, "Open articles", "", "Articles (*.html *.htm *.md *.markdown *.txt);;All files (*)"
        )
        self.import_sources(files)

    def _on_open_folder_triggered(self) -> None:
        from PySide6.QtWidgets import QFileDialog

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


def _is_export(source: str) -> bool:
    """Whether a file is another app's export (read by its content; a page or text file is not)."""
    from reader.interop import detect

    if "://" in source or not os.path.isfile(source):
        return False
    if not source.lower().endswith((".zip", ".csv", ".json", ".jsonld", ".html", ".htm")):
        return False
    try:
        detect(source)
    except ReaderError:
        return False
    return True


def _load_style(settings: QSettings) -> themes.ReadingStyle:
    """The reader's typeface, size, line height and line length, as last chosen (defaults if unreadable)."""
    default = themes.ReadingStyle()
    try:
        family = str(settings.value("reading/family", default.family))
        size = int(settings.value("reading/size", default.size))
        line_height = int(settings.value("reading/line_height", default.line_height))
        measure = int(settings.value("reading/measure", default.measure))
    except (TypeError, ValueError):
        return default
    return themes.ReadingStyle(
        family=family if family in ("serif", "sans") else default.family,
        size=min(max(size, 12), 40),
        line_height=min(max(line_height, 110), 220),
        measure=min(max(measure, 400), 1200),
    )


def _swatch(color: str):
    """A small round swatch icon of a highlight colour."""
    from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

    pix = QPixmap(16, 16)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(color))
    p.setPen(QColor(color).darker(130))
    p.drawEllipse(1, 1, 14, 14)
    p.end()
    return QIcon(pix)


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
