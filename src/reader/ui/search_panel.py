"""Search results and the Speakers view, shown in the library's place while a search is active.

Thin adapters over :mod:`reader.search`: a model of hits (kind, article,
snippet with the matched words marked) and a model of speakers with counts.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from reader.search import SearchHit, Speaker
from reader.ui import themes
from reader.ui.delegates import PAD, CardDelegate, utf16_index, wrapped_layout
from reader.ui.models import Roles

_Index = QModelIndex | QPersistentModelIndex

KIND_LABELS = {"article": "Article", "highlight": "Highlight", "note": "Note", "quote": "Quote"}
SNIPPET_LINES = 4


class SearchResultsModel(QAbstractListModel):
    """Hits, best first within each kind, as :func:`reader.search.run` gives them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self.query = ""

    def set_hits(self, query: str, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self.query = query
        self._hits = list(hits)
        self.endResetModel()

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        h = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            # A hit on the title alone (a link whose text is not fetched yet) has no words to show around it.
            return h.snippet or "Found in the title"
        if role == Roles.ITEM:
            return h
        if role == Roles.SUBTITLE:
            return h.title
        if role == Roles.TAG:
            label = KIND_LABELS.get(h.kind, h.kind)
            return f"{label} · {h.speaker}" if h.speaker else label
        if role == Roles.MARKS:
            return list(h.marks)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{KIND_LABELS.get(h.kind, h.kind)} in “{h.title}”"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{KIND_LABELS.get(h.kind, h.kind)} in {h.title}: {h.snippet}"
        return None


class SpeakersModel(QAbstractListModel):
    """Everyone quoted across the library, with how many quotes and articles."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[Speaker] = []
        self._speakers: list[Speaker] = []
        self.filter_text = ""
        self.order = "quotes"  # "quotes" (most quoted first) or "name"

    def set_speakers(self, speakers: Sequence[Speaker]) -> None:
        self._all = list(speakers)
        self._refilter()

    def set_filter(self, text: str) -> None:
        self.filter_text = text
        self._refilter()

    def set_order(self, order: str) -> None:
        self.order = order
        self._refilter()

    def _refilter(self) -> None:
        from reader.speakers import fold

        words = fold(self.filter_text).split()
        shown = [s for s in self._all if all(w in fold(" ".join((s.name, *s.names))) for w in words)]
        if self.order == "name":
            shown.sort(key=lambda s: fold(s.name))
        else:
            shown.sort(key=lambda s: (-s.quotes, fold(s.name)))
        self.beginResetModel()
        self._speakers = shown
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._speakers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._speakers):
            return None
        s = self._speakers[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return s.name
        if role == Roles.ITEM:
            return s
        if role == Roles.SUBTITLE:
            quotes = f"{s.quotes} quote{'s' if s.quotes != 1 else ''}"
            articles = f"{s.articles} article{'s' if s.articles != 1 else ''}"
            also = [n for n in s.names if n != s.name]
            return f"{quotes} in {articles}" + (f"  ·  also “{also[0]}”" if also else "")
        return None


class SearchDelegate(CardDelegate):
    """A hit: its kind and article above, the snippet with the matched words marked."""

    def __init__(self, theme: themes.Theme, parent=None) -> None:
        super().__init__(theme, title_px=14, title_lines=SNIPPET_LINES, serif=True, subtitle_first=True, parent=parent)

    def _snippet_layout(self, text: str, marks: list[tuple[int, int]], width: int) -> tuple[QTextLayout, int]:
        ranges = []
        for a, b in marks:
            r = QTextLayout.FormatRange()
            r.start = utf16_index(text, a)  # marks count Python characters; the layout, UTF-16 units
            r.length = utf16_index(text, b) - r.start
            fmt = QTextCharFormat()
            fmt.setFontWeight(700)
            fmt.setBackground(themes.color(self.theme.flash))
            r.format = fmt
            ranges.append(r)
        layout, height, _lines = wrapped_layout(text, self.title_font, width, SNIPPET_LINES, ranges)
        return layout, height

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        full = self.view.viewport().width() if self.view is not None else (option.rect.width() or 260)
        width = max(120, full)
        text_width = width - 2 * (PAD // 2 + 4) - 2 * PAD
        _layout, h = self._snippet_layout(index.data(Qt.ItemDataRole.DisplayRole) or "", [], text_width)
        h += QFontMetrics(self.sub_font).lineSpacing() + 4
        return QSize(width, h + 8 + (PAD - 2) + PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        t = self.theme
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = option.rect.adjusted(PAD // 2 + 4, 4, -(PAD // 2 + 4), -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(themes.color(t.card_border))
        painter.setBrush(themes.color(t.selection if selected else t.card))
        painter.drawRoundedRect(card, 6, 6)
        inner = card.adjusted(PAD, PAD - 2, -PAD, -PAD)
        fm = QFontMetrics(self.sub_font)
        kind = index.data(Roles.TAG) or ""
        title = index.data(Roles.SUBTITLE) or ""
        painter.setFont(self.sub_font)
        painter.setPen(themes.color(t.accent))
        kind_w = fm.horizontalAdvance(kind) + PAD
        painter.drawText(QRect(inner.left(), inner.top(), kind_w, fm.height()), Qt.AlignmentFlag.AlignLeft, kind)
        painter.setPen(themes.color(t.muted))
        painter.drawText(
            QRect(inner.left() + kind_w, inner.top(), inner.width() - kind_w, fm.height()),
            Qt.AlignmentFlag.AlignLeft,
            fm.elidedText(title, Qt.TextElideMode.ElideRight, inner.width() - kind_w),
        )
        top = inner.top() + fm.lineSpacing() + 4
        layout, _h = self._snippet_layout(
            index.data(Qt.ItemDataRole.DisplayRole) or "", index.data(Roles.MARKS) or [], inner.width()
        )
        painter.setPen(themes.color(t.ink))
        layout.draw(painter, QPointF(inner.left(), top))
        painter.restore()
