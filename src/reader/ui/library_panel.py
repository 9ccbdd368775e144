"""The library: saved articles, newest first."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QListView, QVBoxLayout, QWidget

from reader.model import Tag
from reader.ui import themes
from reader.ui.delegates import CardDelegate
from reader.ui.models import ArticleListModel, Roles


class LibraryPanel(QWidget):
    """The list of saved articles.

    Signals:

    - ``article_activated(int)``: the reader chose an article.
    - ``tag_filter_changed(object)``: the reader chose a tag to filter by (a name, or None for all).
    """

    article_activated = Signal(int)
    tag_filter_changed = Signal(object)

    def __init__(self, model: ArticleListModel, theme: themes.Theme, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        title = QLabel("LIBRARY", objectName="PanelTitle")
        title.setFont(themes.ui_font(11, bold=True))
        self.tag_filter = QComboBox(self, objectName="TagFilter")
        self.tag_filter.setFont(themes.ui_font(12))
        self.tag_filter.setToolTip("Show only the articles with a tag")
        self.tag_filter.currentIndexChanged.connect(self._on_tag_filter_index_changed)
        self._setting_tags = False
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
        filter_row = QVBoxLayout()
        filter_row.setContentsMargins(10, 0, 10, 6)
        filter_row.addWidget(self.tag_filter)
        lay.addLayout(filter_row)
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

    # -- filtering by tag --------------------------------------------------------------------

    def set_tags(self, tags: list[Tag], total: int) -> None:
        """Fill the filter with every tag that is on an article, with counts; keep the choice if it still exists."""
        keep = self.current_tag()
        self._setting_tags = True
        self.tag_filter.clear()
        self.tag_filter.addItem(f"All articles  ·  {total}", None)
        for t in tags:
            if t.articles:
                self.tag_filter.addItem(f"#{t.name}  ·  {t.articles}", t.name)
        found = self.tag_filter.findData(keep) if keep is not None else 0
        self.tag_filter.setCurrentIndex(max(0, found))
        self._setting_tags = False
        self.tag_filter.setVisible(self.tag_filter.count() > 1)
        if keep is not None and found < 0:  # the tag is gone: show everything again
            self.tag_filter_changed.emit(None)

    def current_tag(self) -> str | None:
        return self.tag_filter.currentData()

    def filter_by(self, name: str | None) -> None:
        index = self.tag_filter.findData(name) if name is not None else 0
        if index >= 0:
            self.tag_filter.setCurrentIndex(index)

    def _on_tag_filter_index_changed(self, _index: int) -> None:
        if not self._setting_tags:
            self.tag_filter_changed.emit(self.current_tag())
