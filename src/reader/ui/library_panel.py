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
    QLineEdit,
    QListView,
    QStackedWidget,
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
    - ``search_edited(str)``: the search box's text changed (as the reader types).
    - ``hit_activated(object)``: the reader chose a search hit (a :class:`reader.search.SearchHit`).
    - ``speaker_activated(str)``: the reader chose a speaker in the Speakers view.
    """

    article_activated = Signal(int)
    filter_changed = Signal()
    search_edited = Signal(str)
    hit_activated = Signal(object)
    speaker_activated = Signal(str)

    def __init__(self, model: ArticleListModel, theme: themes.Theme, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        from reader.ui.search_panel import SearchDelegate, SearchResultsModel, SpeakersModel

        self.title = title = QLabel("LIBRARY", objectName="PanelTitle")
        title.setFont(themes.ui_font(11, bold=True))
        self.search_box = QLineEdit(self, objectName="SearchBox")
        self.search_box.setPlaceholderText("Search everything  (Ctrl+K)")
        self.search_box.setAccessibleName("Search")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setFont(themes.ui_font(13))
        self.search_box.textChanged.connect(self.search_edited)
        self.results_model = SearchResultsModel(self)
        self.results = QListView(self, objectName="SearchResults")
        self.results.setAccessibleName("Search results")
        self.results.setModel(self.results_model)
        self.results_delegate = SearchDelegate(theme, parent=self)
        self.results_delegate.view = self.results
        self.results.setItemDelegate(self.results_delegate)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.activated.connect(self._on_results_activated)
        self.results.clicked.connect(self._on_results_activated)
        self.speakers_model = SpeakersModel(self)
        self.speakers = QListView(self, objectName="SpeakerList")
        self.speakers.setAccessibleName("Speakers")
        self.speakers.setModel(self.speakers_model)
        self.speakers_delegate = CardDelegate(theme, title_px=15, title_lines=2, serif=True, parent=self)
        self.speakers_delegate.view = self.speakers
        self.speakers.setItemDelegate(self.speakers_delegate)
        self.speakers.setResizeMode(QListView.ResizeMode.Adjust)
        self.speakers.setUniformItemSizes(True)
        self.speakers.activated.connect(self._on_speakers_activated)
        self.speakers.clicked.connect(self._on_speakers_activated)
        self.speaker_filter = QLineEdit(self, objectName="SpeakerFilter")
        self.speaker_filter.setPlaceholderText("Filter speakers")
        self.speaker_filter.setAccessibleName("Filter speakers")
        self.speaker_filter.setClearButtonEnabled(True)
        self.speaker_filter.textChanged.connect(self.speakers_model.set_filter)
        self.speaker_order = QComboBox(self, objectName="SpeakerOrder")
        self.speaker_order.setAccessibleName("Order of speakers")
        self.speaker_order.addItem("Most quoted", "quotes")
        self.speaker_order.addItem("Name", "name")
        self.speaker_order.currentIndexChanged.connect(
            lambda _i: self.speakers_model.set_order(self.speaker_order.currentData())
        )
        self.speakers_page = QWidget(self)
        page = QVBoxLayout(self.speakers_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(4)
        controls = QHBoxLayout()
        controls.setContentsMargins(10, 0, 10, 0)
        controls.addWidget(self.speaker_filter, 3)
        controls.addWidget(self.speaker_order, 2)
        page.addLayout(controls)
        page.addWidget(self.speakers)
        self.status = QLabel("", self, objectName="SearchStatus")
        self.status.setFont(themes.ui_font(12))
        self.status.setWordWrap(True)
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
        search_row = QHBoxLayout()
        search_row.setContentsMargins(10, 0, 10, 6)
        search_row.addWidget(self.search_box)
        lay.addLayout(search_row)
        boxes = QHBoxLayout()
        boxes.setContentsMargins(10, 0, 10, 6)
        boxes.setSpacing(6)
        boxes.addWidget(self.view_box, 3)
        boxes.addWidget(self.sort_box, 2)
        lay.addLayout(boxes)
        self.boxes = [self.view_box, self.sort_box]
        status_row = QHBoxLayout()
        status_row.setContentsMargins(14, 0, 14, 4)
        status_row.addWidget(self.status)
        lay.addLayout(status_row)
        self.status.hide()
        self.stack = QStackedWidget(self)
        for w in (self.view, self.results, self.speakers_page):
            self.stack.addWidget(w)
        lay.addWidget(self.stack)
        self.set_counts(None, [])

    def set_theme(self, theme: themes.Theme) -> None:
        """Draw the library, the search results and the speakers in ``theme``'s colours."""
        for delegate, view in (
            (self.delegate, self.view),
            (self.results_delegate, self.results),
            (self.speakers_delegate, self.speakers),
        ):
            delegate.theme = theme
            view.viewport().update()

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

    # -- search and speakers -------------------------------------------------------------------

    def mode(self) -> str:
        """What the panel shows: "library", "results" or "speakers"."""
        return {self.view: "library", self.results: "results", self.speakers_page: "speakers"}[
            self.stack.currentWidget()
        ]

    def show_library(self) -> None:
        self.stack.setCurrentWidget(self.view)
        self.title.setText("LIBRARY")
        self.status.hide()
        for box in self.boxes:
            box.setEnabled(True)

    def show_results(self, query: str, hits: list, message: str | None = None) -> None:
        self.results_model.set_hits(query, hits)
        self.stack.setCurrentWidget(self.results)
        self.title.setText(f"SEARCH  ·  {len(hits)}" if hits else "SEARCH")
        for box in self.boxes:
            box.setEnabled(False)
        if message or not hits:
            self.status.setText(message or "Nothing found. Fewer words, a word*, or OR may find more.")
            self.status.show()
        else:
            self.status.hide()

    def show_speakers(self, speakers: list) -> None:
        self.speakers_model.set_speakers(speakers)
        self.stack.setCurrentWidget(self.speakers_page)
        self.title.setText(f"SPEAKERS  ·  {len(speakers)}")
        self.status.setText(
            "Everyone quoted in your library. Choose one to see what they said." if speakers else "No quotes yet."
        )
        self.status.show()

    def _on_results_activated(self, index) -> None:
        hit = index.data(Roles.ITEM)
        if hit is not None:
            self.hit_activated.emit(hit)

    def _on_speakers_activated(self, index) -> None:
        s = index.data(Roles.ITEM)
        if s is not None:
            self.speaker_activated.emit(s.name)
