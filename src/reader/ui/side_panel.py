"""The side panel: the article's direct quotes, each with its speaker."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QStackedWidget, QVBoxLayout, QWidget

from reader.model import Quote
from reader.ui import themes
from reader.ui.delegates import CardDelegate
from reader.ui.models import QuoteListModel, Roles

EMPTY_TEXT = "No direct quotes in this article.\n\nWhen a story quotes someone, their words appear here with who said them."


class SidePanel(QWidget):
    """Quote cards in article order. Signals:

    - ``quote_activated(object)``: the reader clicked a quote (a :class:`Quote`).
    """

    quote_activated = Signal(object)

    def __init__(self, theme: themes.Theme, parent=None) -> None:
        super().__init__(parent)
        self.model = QuoteListModel(self)
        self.title = QLabel("QUOTES", objectName="PanelTitle")
        self.title.setFont(themes.ui_font(11, bold=True))
        self.view = QListView(self)
        self.view.setObjectName("QuoteList")
        self.view.setModel(self.model)
        self.delegate = CardDelegate(theme, title_px=15, title_lines=8, serif=True, subtitle_first=True, parent=self)
        self.view.setItemDelegate(self.delegate)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setWordWrap(True)
        self.view.clicked.connect(self._on_view_clicked)
        self.empty = QLabel(EMPTY_TEXT, objectName="EmptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.empty.setFont(themes.ui_font(13))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.title)
        lay.addWidget(self.stack)

    def set_quotes(self, quotes: list[Quote]) -> None:
        self.model.set_quotes(quotes)
        self.delegate.current_row = None
        self.title.setText(f"QUOTES  ·  {len(quotes)}" if quotes else "QUOTES")
        self.stack.setCurrentWidget(self.view if quotes else self.empty)

    def shown_quotes(self) -> list[Quote]:
        return self.model.quotes()

    def _on_view_clicked(self, index) -> None:
        q = index.data(Roles.ITEM)
        if q is not None:
            self.quote_activated.emit(q)
