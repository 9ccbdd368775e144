"""The library: saved articles, newest first."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from reader.ui import themes
from reader.ui.delegates import CardDelegate
from reader.ui.models import ArticleListModel, Roles


class LibraryPanel(QWidget):
    """The list of saved articles.

    Signals:

    - ``article_activated(int)``: the reader chose an article.
    """

    article_activated = Signal(int)

    def __init__(self, model: ArticleListModel, theme: themes.Theme, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        title = QLabel("LIBRARY", objectName="PanelTitle")
        title.setFont(themes.ui_font(11, bold=True))
        self.view = QListView(self)
        self.view.setObjectName("LibraryList")
        self.view.setModel(model)
        delegate = CardDelegate(theme, title_px=15, title_lines=3, serif=True, parent=self)
        delegate.view = self.view
        self.view.setItemDelegate(delegate)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setUniformItemSizes(False)
        self.view.setWordWrap(True)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(title)
        lay.addWidget(self.view)

    def select(self, article_id: int) -> None:
        row = self.model.row_of(article_id)
        if row is None:
            return
        idx = self.model.index(row)
        self.view.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(idx)

    def _on_view_current_changed(self, current, _previous) -> None:
        if current.isValid():
            aid = current.data(Roles.ID)
            if aid is not None:
                self.article_activated.emit(int(aid))
