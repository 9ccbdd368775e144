"""Item delegates that draw list rows as small cards."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.ui import themes
from reader.ui.models import META_SEP, Roles

PAD = 10


def _py_index(text: str, utf16: int) -> int:
    """The Python index of a QString (UTF-16) position in ``text``.

    Emoji and other astral characters count twice there.
    """
    if text.isascii():
        return utf16
    return len(text.encode("utf-16-le")[: 2 * utf16].decode("utf-16-le", errors="ignore"))


def utf16_index(text: str, index: int) -> int:
    """The QString (UTF-16) position of Python index ``index`` in ``text``."""
    if text.isascii():
        return index
    return len(text[:index].encode("utf-16-le")) // 2


def wrapped_layout(text: str, font, width: int, max_lines: int, formats=()) -> tuple[QTextLayout, int, list]:
    """Lay out text in at most max_lines lines of width; return the layout, its height and its lines.

    Each line is (start, length) in Python characters of ``text`` (QTextLayout counts UTF-16 units).
    """
    layout = QTextLayout(text, font)
    opt = QTextOption()
    opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(opt)
    if formats:
        layout.setFormats(list(formats))
    layout.beginLayout()
    lines, y = [], 0.0
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
        start = _py_index(text, line.textStart())
        lines.append((start, _py_index(text, line.textStart() + line.textLength()) - start))
    layout.endLayout()
    return layout, int(y + 0.999), lines


def _wrapped_height(text: str, font, width: int, max_lines: int) -> tuple[int, list]:
    """Lay out text in at most max_lines lines of width; return height and lines."""
    _layout, height, lines = wrapped_layout(text, font, width, max_lines)
    return height, lines


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


def _elided_meta(fm: QFontMetrics, text: str, width: int) -> str:
    """A meta line that fits ``width``: its first part (a site's name) cut short first.

    The date and reading time after it stay whole; the whole line is cut at its end only when even they
    do not fit.
    """
    if fm.horizontalAdvance(text) <= width:
        return text
    first, sep, rest = text.partition(META_SEP)
    room = width - fm.horizontalAdvance(sep + rest)
    if sep and room >= fm.horizontalAdvance("Mmmm\u2026"):
        return fm.elidedText(first, Qt.TextElideMode.ElideRight, room) + sep + rest
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)


CHIP_H = 18
CHIP_GAP = 4
BAR_W = 4


def chip_rects(names: list[str], font, left: int, top: int, width: int) -> list[tuple[QRect, str]]:
    """Where each tag chip goes on one line; chips that do not fit become a final "+N"."""
    fm = QFontMetrics(font)
    out: list[tuple[QRect, str]] = []
    x = left
    for i, name in enumerate(names):
        w = fm.horizontalAdvance(name) + 14
        more = len(names) - i - 1
        reserve = (fm.horizontalAdvance(f"+{more}") + 14 + CHIP_GAP) if more else 0
        if x + w + reserve > left + width and out:
            rest = len(names) - i
            label = f"+{rest}"
            out.append((QRect(x, top, fm.horizontalAdvance(label) + 14, CHIP_H), label))
            break
        w = min(w, left + width - x)
        out.append((QRect(x, top, w, CHIP_H), name))
        x += w + CHIP_GAP
    return out


class CardDelegate(QStyledItemDelegate):
    """A row: a title (wrapped to a few lines) over a quiet subtitle, then tag chips.

    ``subtitle_first`` puts the subtitle above (quote cards show the speaker
    first). Rows with a ``Roles.COLOR`` get a bar of that highlight colour on
    the left; rows with ``Roles.TAGS`` get a line of tag chips.
    """

    def __init__(
        self,
        theme: themes.Theme,
        *,
        title_px: int,
        title_lines: int,
        serif: bool,
        subtitle_first: bool = False,
        subtitle_lines: int = 1,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.theme = theme
        self.title_font = themes.reading_font(title_px) if serif else themes.ui_font(title_px, bold=True)
        self.sub_font = themes.ui_font(12, bold=subtitle_first)
        self.tag_font = themes.ui_font(11)
        self.title_lines = title_lines
        self.subtitle_first = subtitle_first
        self.subtitle_lines = subtitle_lines
        self.chip_reserve = 0  # room kept free at the right of the chips line
        self.current_row: int | None = None  # drawn with the "current" background
        self.view = None  # the list view, whose width the rows take

    def _inner_width(self, width: int, index: QModelIndex) -> int:
        bar = BAR_W + 6 if index.data(Roles.COLOR) else 0
        return width - 2 * (PAD // 2 + 4) - 2 * PAD - bar

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        # The row is as wide as the list's viewport (option.rect is often empty
        # here); the text is as wide as the card's inside, as paint() draws it.
        full = self.view.viewport().width() if self.view is not None else (option.rect.width() or 260)
        width = max(120, full)
        if index.data(Roles.HEADER):
            return QSize(width, QFontMetrics(self.sub_font).lineSpacing() + 2 * PAD)
        text_width = self._inner_width(width, index)
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        _h, lines = _wrapped_height(title, self.title_font, text_width, self.title_lines)
        h = max(len(lines), 1) * QFontMetrics(self.title_font).lineSpacing()
        sub = index.data(Roles.SUBTITLE) or ""
        if self.subtitle_first:
            if sub or index.data(Roles.TAG):
                h += QFontMetrics(self.sub_font).lineSpacing() + 4
        elif sub or index.data(Roles.TAG):
            _sh, sub_lines = _wrapped_height(sub or " ", self.sub_font, text_width, self.subtitle_lines)
            h += max(1, len(sub_lines)) * QFontMetrics(self.sub_font).lineSpacing() + 4
        if index.data(Roles.TAGS) or index.data(Roles.COUNT):
            h += CHIP_H + 6
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
        color = index.data(Roles.COLOR)
        if color:  # the highlight's colour, as a bar down the card's left
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(themes.color(themes.darker(t.highlight_color(color), 115)))
            painter.drawRoundedRect(QRect(inner.left(), inner.top() + 1, BAR_W, inner.height() - 2), 2, 2)
            inner = inner.adjusted(BAR_W + 6, 0, 0, 0)
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        sub = index.data(Roles.SUBTITLE) or ""
        sub_fm = QFontMetrics(self.sub_font)
        sub_h = sub_fm.lineSpacing()
        y = inner.top()
        tag = index.data(Roles.TAG) or ""
        tag_w = QFontMetrics(self.tag_font).horizontalAdvance(tag) + PAD if tag else 0
        if self.subtitle_first and (sub or tag):
            painter.setPen(themes.color(t.accent))
            painter.setFont(self.sub_font)
            shown = sub_fm.elidedText(sub, Qt.TextElideMode.ElideRight, inner.width() - tag_w)
            painter.drawText(QRect(inner.left(), y, inner.width(), sub_h), Qt.AlignmentFlag.AlignLeft, shown)
            if tag:  # the quote's kind, quietly, after the speaker
                self._draw_tag(painter, inner.left() + (sub_fm.horizontalAdvance(shown) + PAD if shown else 0), y, tag)
            y += sub_h + 4
        painter.setPen(themes.color(t.muted if index.data(Roles.QUIET) else t.ink))
        used = _draw_wrapped(
            painter, QRect(inner.left(), y, inner.width(), inner.bottom() - y), title, self.title_font, self.title_lines
        )
        # (Rows of one height keep the room of a title's last lines free at the card's foot: the meta line
        # follows the title it describes, with no blank line between.)
        y += used
        if not self.subtitle_first and (sub or tag):
            y += 4
            if tag:  # e.g. a highlight placed by a fuzzy match: "moved"
                self._draw_tag(painter, inner.left(), y, tag)
            if sub:
                painter.setPen(themes.color(t.muted))
                left = inner.left() + (tag_w if tag else 0)
                width = inner.right() - left
                if self.subtitle_lines > 1:
                    y += _draw_wrapped(
                        painter, QRect(left, y, width, inner.bottom() - y), sub, self.sub_font, self.subtitle_lines
                    )
                else:
                    painter.setFont(self.sub_font)
                    painter.drawText(
                        QRect(left, y, width, sub_h),
                        Qt.AlignmentFlag.AlignLeft,
                        _elided_meta(sub_fm, sub, width),
                    )
                    y += sub_h
            else:
                y += sub_h
        names = index.data(Roles.TAGS) or []
        count = index.data(Roles.COUNT) or 0
        if names or count:
            left = inner.left()
            if count:  # the article's highlights, in the first highlight colour
                label = f"{count} highlight{'s' if count != 1 else ''}"
                w = QFontMetrics(self.tag_font).horizontalAdvance(label) + 14
                rect = QRect(left, y + 6, w, CHIP_H)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(themes.color(t.highlight_color("yellow")))
                painter.drawRoundedRect(rect, 3, 3)
                painter.setPen(themes.color(t.ink))
                painter.setFont(self.tag_font)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
                left += w + CHIP_GAP
            self._draw_chips(painter, names, left, y + 6, inner.right() - left - self.chip_reserve)
        self.chips_top = y + 6  # where the chips line is (a subclass draws beside it)
        painter.restore()

    def _draw_tag(self, painter: QPainter, x: int, y: int, tag: str) -> None:
        painter.setPen(themes.color(self.theme.muted))
        painter.setFont(self.tag_font)
        w = QFontMetrics(self.tag_font).horizontalAdvance(tag) + PAD
        h = QFontMetrics(self.sub_font).lineSpacing()
        painter.drawText(QRect(x, y, w, h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, tag)

    def _draw_chips(self, painter: QPainter, names: list[str], left: int, top: int, width: int) -> None:
        fm = QFontMetrics(self.tag_font)
        painter.setFont(self.tag_font)
        for rect, label in chip_rects(names, self.tag_font, left, top, width):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(themes.color(self.theme.chip))
            painter.drawRoundedRect(rect, CHIP_H / 2, CHIP_H / 2)
            painter.setPen(themes.color(self.theme.ink))
            text = fm.elidedText(label, Qt.TextElideMode.ElideRight, rect.width() - 12)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
