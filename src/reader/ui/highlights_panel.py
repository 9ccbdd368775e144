"""The Highlights tab: the article's tags and note, then its highlights in article order.

Highlights that could not be found in the article's current text are listed
apart, under their own header, with their words, note and tags.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reader.model import Highlight
from reader.ui import themes
from reader.ui.delegates import CardDelegate
from reader.ui.models import HighlightListModel, Roles
from reader.ui.tags import TagEditor

EMPTY_TEXT = (
    "No highlights yet.\n\nSelect words in the article and press H to highlight them "
    "(1–5 for a colour), then N to write a note."
)
#: The empty Highlights tab of a link whose text has not been fetched: there is nothing to select yet.
WAITING_EMPTY_TEXT = (
    "No highlights yet.\n\nThis article's text has not been fetched. "
    "Fetch it (the button above the article) to read and highlight it."
)
NOTE_SAVE_DELAY_MS = 500


class HighlightsPanel(QWidget):
    """The article's own tags and note, and its highlights.

    Signals:

    - ``highlight_activated(object)``: the reader clicked a highlight (a :class:`Highlight`).
    - ``highlight_note_requested(object)``: the reader double-clicked one.
    - ``highlight_context_requested(QPoint, object)``: a right-click on one, at a global position.
    - ``article_note_edited(str)``: the article note, a moment after the reader typed.
    - ``article_tag_added(str)`` / ``article_tag_removed(str)``.
    """

    highlight_activated = Signal(object)
    highlight_note_requested = Signal(object)
    highlight_context_requested = Signal(QPoint, object)
    article_note_edited = Signal(str)
    article_tag_added = Signal(str)
    article_tag_removed = Signal(str)

    def __init__(self, theme: themes.Theme, parent=None) -> None:
        super().__init__(parent)
        self.article_id: int | None = None
        section = QLabel("THIS ARTICLE", objectName="PanelTitle")
        section.setFont(themes.ui_font(11, bold=True))
        self.tag_editor = TagEditor(self, "Tag this article…")
        self.tag_editor.tag_added.connect(self.article_tag_added)
        self.tag_editor.tag_removed.connect(self.article_tag_removed)
        self.note = QPlainTextEdit(self, objectName="ArticleNote")
        self.note.setPlaceholderText("A note on the whole article…")
        self.note.setFont(themes.ui_font(13))
        self.note.setFixedHeight(72)
        self._note_timer = QTimer(self, singleShot=True, interval=NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self._on_note_timer_timeout)
        self.note.textChanged.connect(self._on_note_text_changed)
        self._setting_note = False
        self._saved_note = ""

        self.title = QLabel("HIGHLIGHTS", objectName="PanelTitle")
        self.title.setFont(themes.ui_font(11, bold=True))
        self.model = HighlightListModel(self)
        self.view = QListView(self)
        self.view.setObjectName("HighlightList")
        self.view.setModel(self.model)
        self.delegate = CardDelegate(theme, title_px=15, title_lines=6, serif=True, subtitle_lines=3, parent=self)
        self.delegate.view = self.view
        self.view.setItemDelegate(self.delegate)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        # Cards are laid out a batch at a time after the article has painted,
        # so two hundred highlights do not delay opening it.
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(25)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_view_context_menu)
        self.view.clicked.connect(self._on_view_clicked)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.empty = QLabel(EMPTY_TEXT, objectName="EmptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.empty.setFont(themes.ui_font(13))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        top = QVBoxLayout()
        top.setContentsMargins(14, 0, 14, 6)
        top.setSpacing(6)
        top.addWidget(self.tag_editor)
        top.addWidget(self.note)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(section)
        lay.addLayout(top)
        lay.addWidget(self.title)
        lay.addWidget(self.stack, 1)

    # -- content ---------------------------------------------------------------------------

    def set_article(self, article_id: int | None, tags: list[str], note: str | None) -> None:
        if self._note_timer.isActive():  # what was typed for the last article is saved first
            self._note_timer.stop()
            self._on_note_timer_timeout()
        self.article_id = article_id
        self.set_tags(tags)
        self._set_note_text(note or "")

    def set_tags(self, tags: list[str]) -> None:
        self.tag_editor.set_tags(tags)

    def set_completions(self, names: list[str]) -> None:
        self.tag_editor.set_completions(names)

    def _set_note_text(self, text: str) -> None:
        self._saved_note = text
        if self.note.toPlainText() != text:
            self._setting_note = True
            self.note.setPlainText(text)
            self._setting_note = False

    def set_highlights(self, highlights: list[Highlight], current: int | None = None, *, waiting: bool = False) -> None:
        self.model.set_highlights(highlights, waiting=waiting)
        placed = sum(1 for h in highlights if not h.detached)
        if highlights and not placed and waiting:  # not "· 0" over the highlights waiting for the text
            self.title.setText(f"HIGHLIGHTS  ·  {len(highlights)} WAITING")
        else:
            self.title.setText(f"HIGHLIGHTS  ·  {placed}" if highlights else "HIGHLIGHTS")
        self.empty.setText(WAITING_EMPTY_TEXT if waiting else EMPTY_TEXT)
        self.stack.setCurrentWidget(self.view if highlights else self.empty)
        self.select(current)

    def select(self, highlight_id: int | None) -> None:
        row = self.model.row_of(highlight_id) if highlight_id is not None else None
        if row is None:
            self.view.clearSelection()
            return
        idx = self.model.index(row)
        self.view.setCurrentIndex(idx)
        self.view.scrollTo(idx, QAbstractItemView.ScrollHint.EnsureVisible)

    def shown_rows(self) -> list[tuple[str, str]]:
        """What the list shows: ("header", text) or (status, "words | note | #tags")."""
        out = []
        for row in range(self.model.rowCount()):
            idx = self.model.index(row)
            h = idx.data(Roles.ITEM)
            if h is None:
                out.append(("header", idx.data(Qt.ItemDataRole.DisplayRole)))
                continue
            text = h.exact
            if h.note:
                text += f" | {h.note}"
            if h.tags:
                text += " | " + " ".join(f"#{t}" for t in h.tags)
            out.append((h.status, text))
        return out

    # -- slots ---------------------------------------------------------------------------------

    def _on_note_text_changed(self) -> None:
        if not self._setting_note:
            self._note_timer.start()

    def _on_note_timer_timeout(self) -> None:
        text = self.note.toPlainText().strip()
        if text != self._saved_note.strip():
            self._saved_note = text
            self.article_note_edited.emit(text)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if self._note_timer.isActive():
            self._note_timer.stop()
            self._on_note_timer_timeout()

    def flush(self) -> None:
        """Save a note being typed now (before the window closes or changes article)."""
        if self._note_timer.isActive():
            self._note_timer.stop()
            self._on_note_timer_timeout()

    def _on_view_clicked(self, index) -> None:
        h = index.data(Roles.ITEM)
        if h is not None:
            self.highlight_activated.emit(h)

    def _on_view_double_clicked(self, index) -> None:
        h = index.data(Roles.ITEM)
        if h is not None:
            self.highlight_note_requested.emit(h)

    def _on_view_context_menu(self, pos: QPoint) -> None:
        h = self.view.indexAt(pos).data(Roles.ITEM)
        if h is not None:
            self.highlight_context_requested.emit(self.view.viewport().mapToGlobal(pos), h)
