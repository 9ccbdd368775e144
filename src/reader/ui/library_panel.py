"""The library: saved articles in a view (all, unread, favourites, archive, a tag) and an order."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.model import Tag
from reader.ui import themes
from reader.ui.delegates import CHIP_H, PAD, CardDelegate
from reader.ui.models import ArticleListModel, Roles

VIEW_LABELS = {"all": "All", "unread": "Unread", "favourites": "Favourites", "archive": "Archive"}
SORT_LABELS = {"added": "Newest saved", "published": "Newest published", "title": "Title A–Z"}


class LibraryDelegate(CardDelegate):
    """Library rows all of one height (two lines of title, a meta line, a line of chips).

    One height for every row lets the list use uniform item sizes: Qt then
    never asks 100,000 rows for their size. A read article's title is quieter,
    a favourite has a star, and progress shows as a thin bar along the card.
    """

    def __init__(self, theme: themes.Theme, parent=None) -> None:
        super().__init__(theme, title_px=15, title_lines=2, serif=True, parent=parent)
        self.chip_reserve = QFontMetrics(self.tag_font).horizontalAdvance("100%") + PAD
        self.fixed_layout = True

    def row_height(self) -> int:
        title = 2 * QFontMetrics(self.title_font).lineSpacing()
        sub = QFontMetrics(self.sub_font).lineSpacing() + 4
        return title + sub + CHIP_H + 6 + 8 + (PAD - 2) + PAD + 2

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        full = self.view.viewport().width() if self.view is not None else (option.rect.width() or 260)
        return QSize(max(120, full), self.row_height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        s = index.data(Roles.ITEM)
        if s is None:
            return
        card = option.rect.adjusted(PAD // 2 + 4, 4, -(PAD // 2 + 4), -4)
        state = index.data(Roles.STATE)
        if state:  # "read" or "42%", at the right end of the chips line
            painter.save()
            painter.setFont(self.tag_font)
            painter.setPen(themes.color(self.theme.muted))
            line = QRect(card.left() + PAD, self.chips_top, card.width() - 2 * PAD, CHIP_H)
            painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, state)
            painter.restore()
        if not s.progress or s.read:
            return
        painter.save()
        track = QRect(card.left() + PAD, card.bottom() - 4, card.width() - 2 * PAD, 2)
        painter.fillRect(track, themes.color(self.theme.card_border))
        done = QRect(track.left(), track.top(), round(track.width() * min(1.0, s.progress)), 2)
        painter.fillRect(done, themes.color(self.theme.accent))
        painter.restore()


class LibraryPanel(QWidget):
    """The list of saved articles.

    Signals:

    - ``article_activated(int)``: the reader chose an article.
    - ``filter_changed()``: the reader chose another view, tag or order.
    """

    article_activated = Signal(int)
    filter_changed = Signal()

    def __init__(self, model: ArticleListModel, theme: themes.Theme, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        title = QLabel("LIBRARY", objectName="PanelTitle")
        title.setFont(themes.ui_font(11, bold=True))
        self.view_box = QComboBox(self, objectName="ViewBox")
        self.view_box.setFont(themes.ui_font(12))
        self.view_box.setToolTip("Which articles to list: all but the archive, unread, favourites, the archive, a tag")
        self.view_box.setAccessibleName("Library view")
        self.sort_box = QComboBox(self, objectName="SortBox")
        self.sort_box.setFont(themes.ui_font(12))
        self.sort_box.setAccessibleName("Library order")
        for key, label in SORT_LABELS.items():
            self.sort_box.addItem(label, key)
        self._filling = False
        self.view_box.currentIndexChanged.connect(self._on_box_index_changed)
        self.sort_box.currentIndexChanged.connect(self._on_box_index_changed)
        # A one-column table rather than a list view: with rows of a fixed
        # height its vertical header knows where every row is without asking
        # the model, while QListView lays out (and asks the Python model about)
        # every one of 100,000 rows before the first paint (~150 ms per pass).
        self.view = QTableView(self)
        self.view.setObjectName("LibraryList")
        self.view.setAccessibleName("Library")
        self.view.setModel(model)
        self.delegate = LibraryDelegate(theme, parent=self)
        self.delegate.view = self.view
        self.view.setItemDelegate(self.delegate)
        self.view.horizontalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(1)
        rows.setDefaultSectionSize(self.delegate.row_height())
        self.view.setShowGrid(False)
        self.view.setFrameShape(QTableView.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setWordWrap(False)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(title)
        boxes = QHBoxLayout()
        boxes.setContentsMargins(10, 0, 10, 6)
        boxes.setSpacing(6)
        boxes.addWidget(self.view_box, 3)
        boxes.addWidget(self.sort_box, 2)
        lay.addLayout(boxes)
        lay.addWidget(self.view)
        self.set_counts(None, [])

    def select(self, article_id: int) -> None:
        row = self.model.row_of(article_id)
        if row is None:
            return
        idx = self.model.index(row)
        self.view.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(idx)

    def selected_ids(self) -> list[int]:
        """The selected articles (several with Ctrl or Shift), in list order; else the current one."""
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        ids = [self.model.index(r).data(Roles.ID) for r in rows]
        if not ids and self.view.currentIndex().isValid():
            ids = [self.view.currentIndex().data(Roles.ID)]
        return [int(i) for i in ids if i is not None]

    def _on_view_current_changed(self, current, _previous) -> None:
        if current.isValid():
            aid = current.data(Roles.ID)
            if aid is not None:
                self.article_activated.emit(int(aid))

    # -- views, tags and order --------------------------------------------------------------

    def set_counts(self, counts: dict[str, int] | None, tags: list[Tag]) -> None:
        """Fill the view menu: the four views and every tag on an article, with counts; keep the choice."""
        keep = self.view_box.currentData()
        self._filling = True
        self.view_box.clear()
        for key, label in VIEW_LABELS.items():
            shown = label if counts is None else f"{label}  ·  {counts.get(key, 0)}"
            self.view_box.addItem(shown, f"view:{key}")
        named = [t for t in tags if t.articles]
        if named:
            self.view_box.insertSeparator(self.view_box.count())
        for t in named:
            self.view_box.addItem(f"#{t.name}  ·  {t.articles}", f"tag:{t.name}")
        found = self.view_box.findData(keep) if keep is not None else 0
        self.view_box.setCurrentIndex(max(0, found))
        self._filling = False
        if keep is not None and found < 0:  # the tag is gone: back to all
            self.filter_changed.emit()

    def _current(self) -> tuple[str, str]:
        kind, _, name = (self.view_box.currentData() or "view:all").partition(":")
        return kind, name

    def current_view(self) -> str:
        kind, name = self._current()
        return name if kind == "view" else "all"

    def current_tag(self) -> str | None:
        kind, name = self._current()
        return name if kind == "tag" else None

    def current_sort(self) -> str:
        return self.sort_box.currentData() or "added"

    def show_view(self, view: str | None = None, tag: str | None = None, sort: str | None = None) -> None:
        """Choose a view (or a tag) and an order, as the reader would with the two menus."""
        self._filling = True
        if tag is not None or view is not None:
            data = f"tag:{tag}" if tag is not None else f"view:{view}"
            index = self.view_box.findData(data)
            if index >= 0:
                self.view_box.setCurrentIndex(index)
        if sort is not None:
            self.sort_box.setCurrentIndex(max(0, self.sort_box.findData(sort)))
        self._filling = False
        self.filter_changed.emit()

    def _on_box_index_changed(self, _index: int) -> None:
        if not self._filling:
            self.filter_changed.emit()
