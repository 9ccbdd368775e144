"""Item delegates that draw list rows as small cards."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.ui import themes
from reader.ui.models import Roles

PAD = 10


def _wrapped_height(text: str, font, width: int, max_lines: int) -> tuple[int, list]:
    """Lay out text in at most max_lines lines of width; return height and lines."""
    layout = QTextLayout(text, font)
    opt = QTextOption()
    opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(opt)
    layout.beginLayout()
    lines, y = [], 0.0
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
        lines.append((line.textStart(), line.textLength()))
    layout.endLayout()
    return int(y + 0.999), lines


def _draw_wrapped(painter: QPainter, rect: QRect, text: str, font, max_lines: int) -> int:
    """Draw text wrapped into rect, eliding the last line; return the height used."""
    fm = QFontMetrics(font)
    _h, lines = _wrapped_height(text, font, rect.width(), max_lines)
    painter.setFont(font)
    y = rect.top()
    for i, (start, length) in enumerate(lines):
        chunk = text[start : start + length].rstrip()
        last = i == len(lines) - 1
        if last and start + length < len(text):
            chunk = fm.elidedText(text[start:], Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), y, rect.width(), fm.height()), Qt.AlignmentFlag.AlignLeft, chunk)
        y += fm.lineSpacing()
    return y - rect.top()


class CardDelegate(QStyledItemDelegate):
    """A row: a title (wrapped to a few lines) over a quiet subtitle.

    ``subtitle_first`` puts the subtitle above (quote cards show the speaker first).
    """

    def __init__(
        self,
        theme: themes.Theme,
        *,
        title_px: int,
        title_lines: int,
        serif: bool,
        subtitle_first: bool = False,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.theme = theme
        self.title_font = themes.reading_font(title_px) if serif else themes.ui_font(title_px, bold=True)
        self.sub_font = themes.ui_font(12, bold=subtitle_first)
        self.tag_font = themes.ui_font(11)
        self.title_lines = title_lines
        self.subtitle_first = subtitle_first
        self.current_row: int | None = None  # drawn with the "current" background
        self.view = None  # the list view, whose width the rows take

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        # The row is as wide as the list's viewport (option.rect is often empty
        # here); the text is as wide as the card's inside, as paint() draws it.
        full = self.view.viewport().width() if self.view is not None else (option.rect.width() or 260)
        width = max(120, full)
        if index.data(Roles.HEADER):
            return QSize(width, QFontMetrics(self.sub_font).lineSpacing() + 2 * PAD)
        text_width = width - 2 * (PAD // 2 + 4) - 2 * PAD
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        _h, lines = _wrapped_height(title, self.title_font, text_width, self.title_lines)
        h = max(len(lines), 1) * QFontMetrics(self.title_font).lineSpacing()
        if index.data(Roles.SUBTITLE) or index.data(Roles.TAG):
            h += QFontMetrics(self.sub_font).lineSpacing() + 4
        return QSize(width, h + 8 + (PAD - 2) + PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        t = self.theme
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if index.data(Roles.HEADER):  # a group header: quiet text, no card
            painter.setPen(themes.color(t.muted))
            painter.setFont(self.sub_font)
            r = option.rect.adjusted(PAD + 4, PAD, -PAD, 0)
            painter.drawText(
                r,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                index.data(Qt.ItemDataRole.DisplayRole) or "",
            )
            painter.restore()
            return
        card = option.rect.adjusted(PAD // 2 + 4, 4, -(PAD // 2 + 4), -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        bg = t.selection if selected else (t.current if index.row() == self.current_row else t.card)
        painter.setPen(QPen(themes.color(t.card_border), 1))
        painter.setBrush(themes.color(bg))
        painter.drawRoundedRect(card, 6, 6)
        inner = card.adjusted(PAD, PAD - 2, -PAD, -PAD)
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        sub = index.data(Roles.SUBTITLE) or ""
        sub_h = QFontMetrics(self.sub_font).lineSpacing()
        y = inner.top()
        tag = index.data(Roles.TAG) or ""
        if self.subtitle_first and (sub or tag):
            tag_w = QFontMetrics(self.tag_font).horizontalAdvance(tag) + PAD if tag else 0
            painter.setPen(themes.color(t.accent))
            painter.setFont(self.sub_font)
            sub_fm = QFontMetrics(self.sub_font)
            shown = sub_fm.elidedText(sub, Qt.TextElideMode.ElideRight, inner.width() - tag_w)
            painter.drawText(QRect(inner.left(), y, inner.width(), sub_h), Qt.AlignmentFlag.AlignLeft, shown)
            if tag:  # the quote's kind, quietly, after the speaker
                painter.setPen(themes.color(t.muted))
                painter.setFont(self.tag_font)
                x = inner.left() + (sub_fm.horizontalAdvance(shown) + PAD if shown else 0)
                painter.drawText(
                    QRect(x, y, tag_w, sub_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, tag
                )
            y += sub_h + 4
        painter.setPen(themes.color(t.ink))
        y += _draw_wrapped(
            painter, QRect(inner.left(), y, inner.width(), inner.bottom() - y), title, self.title_font, self.title_lines
        )
        if not self.subtitle_first and sub:
            painter.setPen(themes.color(t.muted))
            painter.setFont(self.sub_font)
            painter.drawText(
                QRect(inner.left(), y + 4, inner.width(), sub_h),
                Qt.AlignmentFlag.AlignLeft,
                QFontMetrics(self.sub_font).elidedText(sub, Qt.TextElideMode.ElideRight, inner.width()),
            )
        painter.restore()
