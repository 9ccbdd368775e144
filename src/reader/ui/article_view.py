"""The reading view: an article's blocks set in readable type.

The document is built block by block with a QTextCursor (never from the
article's HTML), so nothing in an article can run a script, load a remote
resource or follow a link. The view remembers where each canonical block starts
in the document; :meth:`ArticleView.doc_position` and
:meth:`ArticleView.canonical_offset` are the one place canonical offsets
(Python code points) and document positions (Qt UTF-16 units) meet.

A long article is set in steps: the blocks of the first few screens before
the first paint, the rest a step at a time from a zero-interval timer, each
step sized to take about ``FILL_STEP_MS`` of the UI thread. Anything that needs
a place not set yet (a jump to a quote, a highlight, a search hit, the saved
reading position) sets the blocks up to it first; highlights are painted as
their blocks arrive. Find searches a long article in steps too, and marks only
the matches near the view (again as the reader scrolls).
"""

from __future__ import annotations

import bisect
import logging
import time

from PySide6.QtCore import QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from reader.model import Article, Block, Highlight
from reader.text import from_utf16_offset, utf16_len
from reader.ui import themes
from reader.ui.find_bar import FindBar, find_pattern

log = logging.getLogger(__name__)

#: Widest comfortable line of body text, in pixels (about 70 characters), by default.
MEASURE_PX = themes.ReadingStyle().measure
FLASH_MS = 1600
#: Highlights that start within this many characters are painted with the
#: article's first paint (more than a tall screen of text holds).
FIRST_SCREEN_CHARS = 6000
#: Characters of blocks set before the first paint: an article up to about 8,000 words
#: is set whole at once, as always; a longer one gets many screens, the rest in steps.
FIRST_FILL_CHARS = 50_000
#: What one later step of setting a long article aims to take of the UI thread.
FILL_STEP_MS = 15
#: What one step of searching a long article for the find bar aims to take of the UI thread,
#: and the characters searched between looks at the clock.
FIND_STEP_MS = 10
FIND_CHUNK_CHARS = 65_536
#: At most this many find matches are marked at once (those near the view).
MAX_FIND_MARKS = 400


def highlight_segments(highlights: list[Highlight]) -> list[tuple[int, int, list[Highlight]]]:
    """Cut placed highlights into runs that each lie under the same highlights.

    Overlapping highlights become three runs (the part under the first only,
    the shared part, the part under the second only), so each can be painted
    and the shared part shown as shared. Detached highlights are left out.
    One sweep over the start and end points, in O(n log n).
    """
    events: list[tuple[int, int, int]] = []  # (offset, 0 for an end / 1 for a start, index)
    placed = [h for h in highlights if not h.detached and h.end > h.start]
    for i, h in enumerate(placed):
        events.append((h.start, 1, i))
        events.append((h.end, 0, i))
    events.sort()
    out: list[tuple[int, int, list[Highlight]]] = []
    open_now: dict[int, Highlight] = {}
    last = None
    for offset, is_start, i in events:
        if open_now and last is not None and offset > last:
            out.append((last, offset, sorted(open_now.values(), key=lambda h: (h.start, h.end, h.id or 0))))
        if is_start:
            open_now[i] = placed[i]
        else:
            open_now.pop(i, None)
        last = offset
    return out


def original_link(a: Article) -> str | None:
    """The web address of the original, if it has one (never a file: or script link)."""
    for candidate in (a.url, a.source):
        if candidate and candidate.lower().startswith(("http://", "https://")):
            return candidate
    return None


def _meta_line(a: Article) -> str:
    parts = [p for p in (a.author, a.site, (a.published or "")[:10] or None) if p]
    if a.word_count:
        parts.append(f"{a.reading_minutes} min read")
    return "  ·  ".join(parts)


class ArticleView(QTextBrowser):
    """Shows one article.

    Signals:

    - ``first_painted()``: the view painted an article for the first time.
    - ``visible_range_changed(int, int)``: the canonical offsets at the top and
      bottom of the view, after a scroll.
    - ``highlight_clicked(int)``: the reader clicked a highlight (its id).
    - ``highlight_note_requested(int)``: the reader double-clicked a highlight.
    - ``context_menu_requested(QPoint, object)``: a right-click, at a global
      position, on a highlight (its id) or elsewhere (None).
    - ``original_requested(QUrl)``: the reader clicked the link to the original
      (only ever an http(s) address).
    - ``image_requested(str)``: the reader asked to load a figure's image (its address).
    - ``images_for_site_requested()``: the reader asked for images of this site to load always.
    - ``filled()``: the whole article is in the document (a long one is set in steps).
    - ``find_counted(int)``: a find has counted all its matches (a long article is searched in steps).
    """

    first_painted = Signal()
    visible_range_changed = Signal(int, int)
    highlight_clicked = Signal(int)
    highlight_note_requested = Signal(int)
    context_menu_requested = Signal(QPoint, object)
    original_requested = Signal(QUrl)
    image_requested = Signal(str)
    images_for_site_requested = Signal()
    filled = Signal()
    find_counted = Signal(int)

    def __init__(self, theme: themes.Theme = themes.LIGHT, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("ArticleView")
        self.theme = theme
        self.article: Article | None = None
        self._block_doc_starts: list[int] = []
        self._block_starts: list[int] = []
        self._painted = False
        self._flash: list[QTextEdit.ExtraSelection] = []
        self._highlights: list[Highlight] = []
        self._painted_highlights: list[QTextEdit.ExtraSelection] = []
        self.current_highlight: int | None = None
        self._highlight_generation = 0
        self._hl_segments: list[tuple[int, int, list[Highlight]]] = []
        self._hl_next = 0
        self._hl_until: int | None = None
        # Setting the document in steps: the cursor at its end, the next block, formats per kind.
        self._fill_cursor: QTextCursor | None = None
        self._fill_next = 0
        self._fill_formats: dict[tuple[str, int], tuple[QTextBlockFormat, QTextCharFormat]] = {}
        self._fill_list = None
        self._fill_chunk = 200  # blocks per step, adjusted to FILL_STEP_MS as it goes
        self._fill_timer = QTimer(self, singleShot=True, interval=0)
        self._fill_timer.timeout.connect(self._fill_step)
        self.reading_style = themes.ReadingStyle()
        self.images: dict[str, bytes] = {}
        self._found: list[QTextEdit.ExtraSelection] = []
        self._matches: list[tuple[int, int]] = []
        self._match: int | None = None
        self._found_key: object = None  # what the find marks show, so an unchanged view is not marked again
        # A find in a long article runs in steps: the pattern (None when done), where the next step starts,
        # and the offset at or after which the first match becomes the current one.
        self._find_pattern = None
        self._find_pos = 0
        self._find_top: int | None = None
        self._find_timer = QTimer(self, singleShot=True, interval=0)
        self._find_timer.timeout.connect(self._find_steps)
        self.find_bar = FindBar(self)
        self.find_bar.query_changed.connect(self.find)
        self.find_bar.next_requested.connect(lambda: self.find_step(1))
        self.find_bar.previous_requested.connect(lambda: self.find_step(-1))
        self.find_bar.closed.connect(self.close_find)
        self._flash_timer = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash_timer.timeout.connect(self._clear_flash)
        # Never follow a link from inside an article; never load a resource.
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setDocumentMargin(36)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # -- safety ------------------------------------------------------------------

    def loadResource(self, _type: int, _name: QUrl):  # noqa: N802 (Qt override)
        """Refuse every resource: no images, style sheets or remote loads."""
        return None

    # -- showing an article ------------------------------------------------------------

    def set_appearance(self, theme: themes.Theme | None = None, style: themes.ReadingStyle | None = None) -> None:
        """A new theme or reading style: set the article again, keeping the reader's place and highlights."""
        self.theme = theme or self.theme
        self.reading_style = style or self.reading_style
        self._update_margins()
        if self.article is None:
            return
        top = self.top_offset()
        current = self.current_highlight
        self.show_article(self.article, self._highlights, self.images)
        self.current_highlight = current
        self._paint_highlights()
        if top:
            self.scroll_to_offset(top)

    def show_article(
        self, article: Article, highlights: list[Highlight] | None = None, images: dict[str, bytes] | None = None
    ) -> None:
        """Set an article; ``images`` are the figures' images the reader has loaded (by address)."""
        self.article = article
        self.images = dict(images or {})
        self._flash = []
        self._stop_finding()
        self._found, self._matches, self._match, self._found_key = [], [], None, None
        self._highlights = []
        self._painted_highlights = []
        self.current_highlight = None
        rs = self.reading_style
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)  # read-only: an undo record per inserted block is only memory
        doc.setDocumentMargin(36)
        doc.setDefaultFont(rs.font())
        cursor = QTextCursor(doc)
        t = self.theme

        title_fmt = QTextBlockFormat()
        title_fmt.setBottomMargin(6)
        title_fmt.setLineHeight(118, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        title_chars = QTextCharFormat()
        title_chars.setFont(rs.font(rs.scaled(32), bold=True))
        title_chars.setForeground(themes.color(t.ink))
        cursor.setBlockFormat(title_fmt)
        cursor.insertText(article.title, title_chars)

        meta_fmt = QTextBlockFormat()
        meta_fmt.setBottomMargin(22)
        meta_chars = QTextCharFormat()
        meta_chars.setFont(themes.ui_font(max(12, rs.scaled(14))))
        meta_chars.setForeground(themes.color(t.muted))
        cursor.insertBlock(meta_fmt, meta_chars)
        meta = _meta_line(article)
        cursor.insertText(meta, meta_chars)
        link = original_link(article)
        if link:  # the one link in the view: to the original, opened in the system browser
            link_chars = QTextCharFormat(meta_chars)
            link_chars.setForeground(themes.color(t.accent))
            link_chars.setAnchor(True)
            link_chars.setAnchorHref(link)
            link_chars.setToolTip(f"Open the original in your browser: {link}")
            if meta:
                cursor.insertText("  ·  ", meta_chars)
            cursor.insertText("Original ↗", link_chars)

        self._block_doc_starts = []
        self._block_starts = [b.start for b in article.blocks]
        self._fill_timer.stop()
        self._fill_cursor = cursor
        self._fill_next = 0
        self._fill_formats = {}
        self._fill_list = None
        first = bisect.bisect_left(self._block_starts, FIRST_FILL_CHARS) + 1
        self._fill_blocks(min(first, len(article.blocks)))
        self.setDocument(doc)
        self.verticalScrollBar().setValue(0)
        self._update_margins()
        if not self.is_complete():
            self._fill_timer.start()
        # Only the highlights near the top are painted before the first paint;
        # the rest follow a moment later. Marking every highlight at once makes
        # Qt lay out the whole document before it can show the first screen.
        self._highlights = list(highlights or [])
        self._paint_highlights(until=FIRST_SCREEN_CHARS)
        self._highlight_generation += 1
        if any(h.start >= FIRST_SCREEN_CHARS for h in self._highlights):
            generation = self._highlight_generation
            QTimer.singleShot(0, lambda: self._paint_rest(generation))
        if self.find_bar.isVisible():
            self.find(self.find_bar.edit.text())

    def clear(self) -> None:
        """Show nothing (and stop setting an article that was still being set)."""
        self._fill_timer.stop()
        self._fill_cursor = None
        self.article = None
        self._block_doc_starts, self._block_starts = [], []
        self._highlights, self._painted_highlights, self._hl_segments = [], [], []
        self._stop_finding()
        self._found, self._matches, self._match, self._flash, self._found_key = [], [], None, [], None
        super().clear()

    def is_complete(self) -> bool:
        """Whether every block of the article is in the document (a long one is set in steps)."""
        return self.article is None or self._fill_next >= len(self.article.blocks)

    def _filled_end(self) -> int:
        """The canonical offset up to which the article's blocks are in the document."""
        a = self.article
        if a is None or self.is_complete():
            return len(a.text) if a is not None else 0
        return a.blocks[self._fill_next - 1].end if self._fill_next else 0

    def _fill_blocks(self, upto: int) -> None:
        """Append the article's blocks before index ``upto`` to the document (one edit block)."""
        a = self.article
        cursor = self._fill_cursor
        if a is None or cursor is None or upto <= self._fill_next:
            return
        doc = cursor.document()
        formats = self._fill_formats
        cursor.beginEditBlock()
        for index in range(self._fill_next, upto):
            block = a.blocks[index]
            key = (block.kind, block.level)
            if key not in formats:  # one pair of formats per kind of block, not per block
                formats[key] = self._formats(block)
            bfmt, cfmt = formats[key]
            if block.kind == "figure":
                self._insert_figure(doc, cursor, block, len(self._block_doc_starts))
            cursor.insertBlock(bfmt, cfmt)
            self._block_doc_starts.append(cursor.position())
            cursor.insertText(a.text[block.start : block.end], cfmt)
            if block.kind == "list_item":
                if self._fill_list is None:
                    lf = QTextListFormat()
                    lf.setStyle(QTextListFormat.Style.ListDisc)
                    lf.setIndent(1)
                    self._fill_list = cursor.createList(lf)
                else:
                    self._fill_list.add(cursor.block())
            else:
                self._fill_list = None
        cursor.endEditBlock()
        self._fill_next = upto

    def _fill_to(self, offset: int) -> None:
        """Set the blocks up to the one holding ``offset`` (and the next, for an offset in a separator)."""
        a = self.article
        if a is None or self.is_complete():
            return
        i = bisect.bisect_right(self._block_starts, offset) - 1  # the block holding it, or before its separator
        need = i + 2 if i >= 0 and offset > a.blocks[i].end else i + 1
        if need > self._fill_next:
            self._fill_blocks(min(len(a.blocks), need))
            self._after_fill()

    def fill_all(self) -> None:
        """Set the rest of the article now (what a step-by-step fill would do, at once)."""
        if self.article is not None and not self.is_complete():
            self._fill_blocks(len(self.article.blocks))
            self._after_fill()

    def _fill_step(self) -> None:
        a = self.article
        if a is None or self.is_complete():
            return
        t0 = time.perf_counter()
        self._fill_blocks(min(len(a.blocks), self._fill_next + self._fill_chunk))
        self._after_fill()
        ms = (time.perf_counter() - t0) * 1000
        # Aim the next step at FILL_STEP_MS, changing its size by at most 2x at a time.
        self._fill_chunk = max(10, min(5000, round(self._fill_chunk * min(2.0, max(0.5, FILL_STEP_MS / max(ms, 0.1))))))

    def _after_fill(self) -> None:
        """Paint the highlights and find marks whose blocks just arrived; go on, or say the article is whole."""
        if self._extend_highlights():
            self._update_selections()
        if self._matches:
            self._refresh_found()
        if self.is_complete():
            self._fill_timer.stop()
            self.filled.emit()
        elif not self._fill_timer.isActive():
            self._fill_timer.start()

    def _insert_figure(self, doc: QTextDocument, cursor: QTextCursor, block: Block, index: int) -> None:
        """An image the reader loaded, or a quiet placeholder that loads it on a click (nothing loads by itself).

        Its own paragraph, outside the canonical text: the figure's caption
        (its canonical block) follows it.
        """
        t = self.theme
        fmt = QTextBlockFormat()
        fmt.setTopMargin(8)
        fmt.setBottomMargin(2)
        data = self.images.get(block.src or "")
        image = QImage()
        if data and image.loadFromData(data):
            name = QUrl(f"reader-image:{index}")
            doc.addResource(QTextDocument.ResourceType.ImageResource.value, name, image)
            img = QTextImageFormat()
            img.setName(name.toString())
            width = min(image.width(), self.reading_style.measure)
            img.setWidth(width)
            img.setHeight(image.height() * width / max(1, image.width()))
            cursor.insertBlock(fmt)
            cursor.insertImage(img)
            return
        plain = QTextCharFormat()
        plain.setFont(themes.ui_font(13))
        plain.setForeground(themes.color(t.muted))
        cursor.insertBlock(fmt, plain)
        cursor.insertText("▢  Image not loaded  ·  ", plain)
        link = QTextCharFormat(plain)
        link.setForeground(themes.color(t.accent))
        link.setAnchor(True)
        link.setAnchorHref(f"reader-image:load:{index}")
        link.setToolTip(f"Load this image from {block.src}")
        cursor.insertText("Load image", link)
        if self.article is not None and self.article.site:
            cursor.insertText("  ·  ", plain)
            always = QTextCharFormat(link)
            always.setAnchorHref("reader-image:site")
            always.setToolTip(f"Load images in articles from {self.article.site} when they open")
            cursor.insertText(f"Always for {self.article.site}", always)

    def figure_sources(self) -> list[str]:
        a = self.article
        return [b.src for b in a.blocks if b.kind == "figure" and b.src] if a is not None else []

    def _formats(self, block: Block) -> tuple[QTextBlockFormat, QTextCharFormat]:
        t, rs = self.theme, self.reading_style
        bfmt = QTextBlockFormat()
        bfmt.setLineHeight(rs.line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        bfmt.setBottomMargin(rs.scaled(16))
        cfmt = QTextCharFormat()
        cfmt.setForeground(themes.color(t.ink))
        if block.kind == "heading":
            level = block.level or 2
            cfmt.setFont(rs.font(rs.scaled({1: 28, 2: 24, 3: 21}.get(level, 19)), bold=True))
            bfmt.setTopMargin(rs.scaled(14))
            bfmt.setBottomMargin(rs.scaled(8))
            bfmt.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        elif block.kind == "figure":  # the caption under an image
            cfmt.setFont(themes.ui_font(max(12, rs.scaled(14))))
            cfmt.setForeground(themes.color(t.muted))
            bfmt.setLineHeight(130, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        elif block.kind == "blockquote":
            cfmt.setFont(rs.font(italic=True))
            cfmt.setForeground(themes.color(t.muted))
            bfmt.setLeftMargin(28)
            bfmt.setRightMargin(16)
        else:
            cfmt.setFont(rs.font())
            if block.kind == "list_item":
                bfmt.setBottomMargin(rs.scaled(6))
        return bfmt, cfmt

    # -- measure: a comfortable line length whatever the window's width -------------------

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_margins()
        if self.find_bar.isVisible():
            self._place_find_bar()
        if self._matches:
            self._refresh_found()

    def _update_margins(self) -> None:
        spare = self.width() - self.reading_style.measure - 2 * int(self.document().documentMargin()) - 24
        side = max(0, spare // 2)
        self.setViewportMargins(side, 0, side, 0)

    # -- offsets -----------------------------------------------------------------------------

    def doc_position(self, offset: int) -> int:
        """Canonical offset -> document position (UTF-16 units).

        An offset in the separator between two blocks maps to the start of the
        next block; past the end, to the end of the last block.
        """
        a = self.article
        if a is None or not a.blocks:
            return 0
        offset = max(0, min(offset, len(a.text)))
        self._fill_to(offset)
        i = bisect.bisect_right(self._block_starts, offset) - 1
        if i < 0:
            return self._block_doc_starts[0]
        block = a.blocks[i]
        if offset > block.end:  # inside a separator
            if i + 1 < len(a.blocks):
                return self._block_doc_starts[i + 1]
            offset = block.end
        return self._block_doc_starts[i] + utf16_len(a.text[block.start : offset])

    def canonical_offset(self, position: int) -> int | None:
        """Document position -> canonical offset, or None in the title or meta line."""
        a = self.article
        if a is None or not a.blocks or position < self._block_doc_starts[0]:
            return None
        i = bisect.bisect_right(self._block_doc_starts, position) - 1
        block = a.blocks[i]
        block_text = a.text[block.start : block.end]
        return block.start + from_utf16_offset(block_text, position - self._block_doc_starts[i])

    def canonical_selection(self) -> tuple[int, int] | None:
        c = self.textCursor()
        if not c.hasSelection():
            return None
        start = self.canonical_offset(c.selectionStart())
        end = self.canonical_offset(c.selectionEnd())
        if start is None or end is None or end <= start:
            return None
        return start, end

    def _text_point(self, y: int) -> QPoint:
        """A point of the viewport inside the text column, at height ``y``.

        The viewport's corners lie in the document margin, where Qt's hit test
        answers with positions far from what is shown: probe inside the column.
        """
        margin = int(self.document().documentMargin())
        return QPoint(margin + 4, max(0, min(y, self.viewport().height() - 1)))

    def _position_at(self, point: QPoint) -> int | None:
        """The document position at a point of the viewport, or None above the article's first block.

        What ``cursorForPosition`` answers, found by a binary search over the
        article's blocks: Qt's hit test walks every block above the point
        (~10 ms half-way down a 50,000-paragraph article, twice per scroll).
        """
        starts = self._block_doc_starts
        if not starts:
            return None
        doc = self.document()
        layout = doc.documentLayout()
        x = point.x() + self.horizontalScrollBar().value()
        y = point.y() + self.verticalScrollBar().value()
        lo, hi = 0, len(starts) - 1  # the last block whose top is at or above y
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if layout.blockBoundingRect(doc.findBlock(starts[mid])).top() <= y:
                lo = mid
            else:
                hi = mid - 1
        block = doc.findBlock(starts[lo])
        if y < layout.blockBoundingRect(block).top():
            return None
        # Within the block, as Qt's own hit test does (QTextDocumentLayoutPrivate::hitTest): below its
        # text is the next block's start; between two lines, the start of the lower one.
        text_layout = block.layout()
        origin = text_layout.position()
        if y > text_layout.boundingRect().translated(origin).bottom():
            return min(block.position() + block.length(), doc.characterCount() - 1)
        x, y = x - origin.x(), y - origin.y()
        off = 0
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            rect = line.naturalTextRect()
            if rect.top() > y:
                off = min(off, line.textStart())
            elif rect.bottom() <= y:
                off = max(off, line.textStart() + line.textLength())
            else:
                off = line.xToCursor(x)
                break
        return block.position() + off

    def top_offset(self) -> int | None:
        """The canonical offset of the first text visible at the top of the view."""
        position = self._position_at(self._text_point(4))
        off = self.canonical_offset(position) if position is not None else None
        if off is None and self.article and self.article.blocks:
            return 0
        return off

    # -- jumping and marking -------------------------------------------------------------------

    def cursor_for_range(self, start: int, end: int) -> QTextCursor:
        c = QTextCursor(self.document())
        c.setPosition(self.doc_position(start))
        c.setPosition(self.doc_position(end), QTextCursor.MoveMode.KeepAnchor)
        return c

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so that the line holding a canonical offset is at the top of the view."""
        if self.article is None:
            return
        c = QTextCursor(self.document())
        c.setPosition(self.doc_position(offset))
        rect = self.cursorRect(c)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - 8)

    def scroll_to_range(self, start: int, end: int) -> None:
        """Scroll so the range sits in the upper third of the view, and mark it briefly."""
        c = self.cursor_for_range(start, end)
        rect = self.cursorRect(QTextCursor(self.document().findBlock(c.selectionStart())))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 4)
        self.flash(start, end)

    def flash(self, start: int, end: int) -> None:
        sel = QTextEdit.ExtraSelection()
        sel.cursor = self.cursor_for_range(start, end)
        fmt = QTextCharFormat()
        fmt.setBackground(themes.color(self.theme.flash))
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        sel.format = fmt
        self._flash = [sel]
        self._update_selections()
        self._flash_timer.start()

    # -- highlights ----------------------------------------------------------------------------

    def set_highlights(self, highlights: list[Highlight], current: int | None = None) -> None:
        """Paint the article's highlights (as extra selections: the document itself never changes)."""
        self._highlight_generation += 1
        self._highlights = list(highlights)
        if current is not None or all(h.id != self.current_highlight for h in self._highlights):
            self.current_highlight = current
        self._paint_highlights()

    def set_current_highlight(self, highlight_id: int | None) -> None:
        if highlight_id != self.current_highlight:
            self.current_highlight = highlight_id
            self._paint_highlights()

    def highlights(self) -> list[Highlight]:
        return list(self._highlights)

    def _paint_rest(self, generation: int) -> None:
        if generation == self._highlight_generation:
            self._paint_highlights()

    def _paint_highlights(self, until: int | None = None) -> None:
        """Mark every placed highlight (or, with ``until``, those that start before that offset).

        Only highlights whose blocks are in the document are marked; the rest
        are marked as their blocks arrive (see :meth:`_extend_highlights`).
        """
        self._hl_segments = highlight_segments(self._highlights)
        self._hl_next = 0
        self._hl_until = until
        self._painted_highlights = []
        self._extend_highlights()
        self._update_selections()

    def _extend_highlights(self) -> bool:
        """Mark the next highlight runs that now lie in the document; whether any were added."""
        t = self.theme
        limit = self._filled_end()
        segments = self._hl_segments
        added = False
        while self._hl_next < len(segments):
            start, end, under = segments[self._hl_next]
            if end > limit or (self._hl_until is not None and start >= self._hl_until):
                break
            self._hl_next += 1
            colors = [t.highlight_color(h.color) for h in under]
            bg = colors[0]
            for c in colors[1:]:
                bg = themes.mix(bg, c)
            fmt = QTextCharFormat()
            fmt.setForeground(themes.color(t.ink))  # readable on every highlight colour
            if len(under) > 1:  # shared by several: a deeper tone, so both stay visible
                bg = themes.mix(bg, themes.darker(bg, 125), 0.6)
            fmt.setBackground(themes.color(bg))
            if any(h.id == self.current_highlight for h in under):
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(themes.color(t.accent))
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self.cursor_for_range(start, end)
            sel.format = fmt
            self._painted_highlights.append(sel)
            added = True
        return added

    def painted_highlights(self) -> list[tuple[int, int, str]]:
        """What the reader sees highlighted: (start, end, background #rrggbb) runs in canonical offsets."""
        out = []
        for sel in self._painted_highlights:
            s = self.canonical_offset(sel.cursor.selectionStart())
            e = self.canonical_offset(sel.cursor.selectionEnd())
            if s is not None and e is not None:
                out.append((s, e, sel.format.background().color().name()))
        return out

    def highlight_at(self, offset: int | None) -> Highlight | None:
        """The highlight under a canonical offset (the shortest, where several overlap)."""
        if offset is None:
            return None
        under = [h for h in self._highlights if not h.detached and h.start <= offset < h.end]
        return min(under, key=lambda h: h.end - h.start) if under else None

    def highlight_at_point(self, point: QPoint) -> Highlight | None:
        """The highlight under a point of the viewport."""
        return self.highlight_at(self.canonical_offset(self.cursorForPosition(point).position()))

    def _update_selections(self) -> None:
        self.setExtraSelections(self._painted_highlights + self._found + self._flash)

    # -- find in the article -----------------------------------------------------------------

    def open_find(self) -> None:
        """Show the find bar (Ctrl+F), with the selected words in it if there are any."""
        picked = self.textCursor().selectedText().strip()
        self.find_bar.show()
        self._place_find_bar()
        if picked and "\u2029" not in picked:
            self.find_bar.edit.setText(picked)
        self.find_bar.edit.setFocus()
        self.find_bar.edit.selectAll()
        self.find(self.find_bar.edit.text())

    def mark_words(self, words: list[str]) -> list[tuple[int, int]]:
        """Mark every occurrence of each word (a search's words, in the article); returns the spans."""
        import re

        spans: list[tuple[int, int]] = []
        if self.article is not None:
            for w in {w.casefold() for w in words if w}:
                spans += [
                    (m.start(), m.end()) for m in re.finditer(r"\b" + re.escape(w), self.article.text, re.IGNORECASE)
                ]
        self._stop_finding()
        self._matches, self._match = sorted(spans), None
        self._show_matches()
        return self._matches

    def clear_marks(self) -> None:
        if not self.find_bar.isVisible():
            self._stop_finding()
            self._matches, self._match = [], None
            self._refresh_found()

    def close_find(self) -> None:
        self.find_bar.hide()
        self._stop_finding()
        self._matches, self._match = [], None
        self._refresh_found()
        self.setFocus()

    def find(self, query: str) -> int:
        """Find ``query``; go to the first match at or after the top of the view. Returns the matches found so far.

        A long article is searched in steps (each about ``FIND_STEP_MS``, the
        first at once), so ``matches()`` may not be whole when this returns:
        ``find_counted`` says when it is. Only the matches near the view are
        marked (and marked again as the reader scrolls).
        """
        self._stop_finding()
        self._matches, self._match = [], None
        self._find_pattern = find_pattern(query) if self.article is not None else None
        self._find_pos = 0
        self._find_top = (self.top_offset() or 0) if self._find_pattern is not None else None
        if self._find_pattern is None:
            self._show_matches()
            self.find_counted.emit(0)
        else:
            self._find_steps()
        return len(self._matches)

    def find_complete(self) -> bool:
        """Whether the last find has counted every match (a long article is searched in steps)."""
        return self._find_pattern is None

    def _stop_finding(self) -> None:
        self._find_timer.stop()
        self._find_pattern = None
        self._find_top = None

    def _find_more(self, budget_s: float | None) -> None:
        """Search on from where the last step stopped, for about ``budget_s`` (None: to the end)."""
        pattern, text = self._find_pattern, self.article.text if self.article is not None else ""
        if pattern is None:
            return
        t0 = time.perf_counter()
        matches = self._matches
        # A chunk's search may read past its end, so that a match across the
        # boundary is found whole; a match longer than that (thousands of spaces
        # between two words) would be missed, and canonical text has none.
        overlap = 2 * len(pattern.pattern) + 4096
        while self._find_pos < len(text):
            end = min(len(text), self._find_pos + FIND_CHUNK_CHARS)
            resume = end
            for m in pattern.finditer(text, self._find_pos, min(len(text), end + overlap)):
                if m.start() >= end:
                    break
                matches.append((m.start(), m.end()))
                resume = max(resume, m.end())
            self._find_pos = resume
            if budget_s is not None and time.perf_counter() - t0 >= budget_s:
                break

    def _find_steps(self) -> None:
        """One step of a find: search on; go to the first match at or after where the reader was; count."""
        before = len(self._matches)
        self._find_more(FIND_STEP_MS / 1000)
        done = self._find_pos >= len(self.article.text) if self.article is not None else True
        go = False
        if self._match is None and self._find_top is not None:
            i = bisect.bisect_left(self._matches, (self._find_top,), lo=before)
            if i < len(self._matches):
                self._match, go = i, True
            elif done and self._matches:
                self._match, go = 0, True  # none after the reader's place: wrap round to the first
        if done:
            self._find_pattern = None
            self._find_top = None
        if go:
            self._show_matches()
        else:
            self._refresh_found()
            self.find_bar.show_count(self._match, len(self._matches), counting=not done)
        if done:
            self.find_counted.emit(len(self._matches))
        else:
            self._find_timer.start()

    def find_step(self, step: int) -> None:
        if not self._matches:
            return
        if self._match is None:
            self._match = 0
        else:
            target = self._match + step
            if not 0 <= target < len(self._matches) and not self.find_complete():
                # Wrapping round while still counting: the last match is not known yet.
                self._find_timer.stop()
                self._find_more(None)
                self._find_pattern, self._find_top = None, None
                self.find_counted.emit(len(self._matches))
            self._match = target % len(self._matches)
        self._show_matches()

    def matches(self) -> list[tuple[int, int]]:
        return list(self._matches)

    def current_match(self) -> tuple[int, int] | None:
        return self._matches[self._match] if self._match is not None and self._matches else None

    def marked_matches(self) -> list[tuple[int, int, bool]]:
        """The find marks the reader can see: (start, end, whether it is the current match) in canonical offsets."""
        out = []
        for sel in self._found:
            s = self.canonical_offset(sel.cursor.selectionStart())
            e = self.canonical_offset(sel.cursor.selectionEnd())
            if s is not None and e is not None:
                out.append((s, e, sel.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline))
        return out

    def _show_matches(self) -> None:
        """Go to the current match (setting the blocks up to it), mark the matches near it, show the count."""
        current = self.current_match()
        if current is not None:
            self._fill_to(current[1])  # the current match must be in the document to go to it
            c = self.cursor_for_range(*current)
            rect = self.cursorRect(QTextCursor(self.document().findBlock(c.selectionStart())))
            if not (0 <= rect.top() < self.viewport().height() - 80):
                bar = self.verticalScrollBar()
                bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)
        self._refresh_found()
        self.find_bar.show_count(self._match, len(self._matches), counting=not self.find_complete())

    def _mark_span(self) -> tuple[int, int]:
        """The canonical range whose matches are marked: what is in view, and a screen's worth either side."""
        if self.article is None:
            return 0, 0
        if not self.isVisible():
            return 0, FIRST_SCREEN_CHARS
        top, bottom = self.visible_range()
        pad = max(bottom - top, 0) + 200
        return max(0, top - pad), bottom + pad

    def _refresh_found(self) -> None:
        """Mark the matches near the view (and the current one), and no others.

        Marking every match of a common word in a long article would cost the
        UI thread a second or more, and Qt walks every mark at each paint.
        """
        matches = self._matches
        marked: list[int] = []
        if matches:
            lo, hi = self._mark_span()
            limit = self._filled_end()
            first = bisect.bisect_left(matches, (lo,))
            if first > 0 and matches[first - 1][1] > lo:
                first -= 1
            last = bisect.bisect_left(matches, (hi,))
            marked = [i for i in range(first, min(last, first + MAX_FIND_MARKS)) if matches[i][1] <= limit]
            if self._match is not None and self._match not in marked and matches[self._match][1] <= limit:
                marked.append(self._match)
        key = (tuple(matches[i] for i in marked), self._match in marked and matches[self._match])
        if key == self._found_key:
            return
        self._found_key = key
        t = self.theme
        other = QTextCharFormat()
        other.setForeground(themes.color(t.ink))
        other.setBackground(themes.color(themes.mix(t.page, t.flash, 0.55)))
        current = QTextCharFormat()
        current.setForeground(themes.color(t.ink))
        current.setBackground(themes.color(t.flash))
        current.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        current.setUnderlineColor(themes.color(t.accent))
        found = []
        for i in marked:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self.cursor_for_range(*matches[i])
            sel.format = current if i == self._match else other
            found.append(sel)
        self._found = found
        self._update_selections()

    def _place_find_bar(self) -> None:
        vp = self.viewport().geometry()
        width = min(460, vp.width() - 24)
        h = self.find_bar.sizeHint().height()
        self.find_bar.setGeometry(vp.left() + (vp.width() - width) // 2, vp.bottom() - h - 12, width, h)

    def flashed_ranges(self) -> list[tuple[int, int]]:
        """Canonical ranges currently marked (what the reader sees highlighted)."""
        out = []
        for sel in self._flash:
            s = self.canonical_offset(sel.cursor.selectionStart())
            e = self.canonical_offset(sel.cursor.selectionEnd())
            if s is not None and e is not None:
                out.append((s, e))
        return out

    def _clear_flash(self) -> None:
        self._flash = []
        self._update_selections()

    # -- events ------------------------------------------------------------------------------

    def _on_anchor_clicked(self, url: QUrl) -> None:
        # The anchors are the header's link to the original and the figures'
        # "Load image" links; anything else (file:, javascript:, a relative
        # path) is never followed.
        if url.scheme() in ("http", "https") and url.host():
            self.original_requested.emit(url)
        elif url.scheme() == "reader-image":
            what = url.path()
            figures = [b for b in (self.article.blocks if self.article else []) if b.kind == "figure"]
            if what == "site":
                self.images_for_site_requested.emit()
            elif what.startswith("load:") and what[5:].isdigit():
                index = int(what[5:])
                canonical = self.article.blocks[index] if self.article and index < len(self.article.blocks) else None
                if canonical is not None and canonical.kind == "figure" and canonical.src and canonical in figures:
                    self.image_requested.emit(canonical.src)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            h = self.highlight_at_point(event.position().toPoint())
            if h is not None and h.id is not None:
                self.highlight_clicked.emit(h.id)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        h = self.highlight_at_point(event.position().toPoint())
        if h is not None and h.id is not None and event.button() == Qt.MouseButton.LeftButton:
            self.highlight_note_requested.emit(h.id)  # a note, not a word selection
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        h = None if self.textCursor().hasSelection() else self.highlight_at_point(event.pos())
        self.context_menu_requested.emit(event.globalPos(), h.id if h is not None else None)

    def paintEvent(self, event) -> None:  # noqa: N802
        # QAbstractScrollArea routes the viewport's paint events here.
        super().paintEvent(event)
        if not self._painted and self.article is not None:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    def visible_range(self) -> tuple[int, int]:
        if self.article is None:
            return 0, 0
        if not self.isVisible():  # not laid out yet: the reader will start at the top
            return 0, len(self.article.text)
        top = self.top_offset() or 0
        position = self._position_at(self._text_point(self.viewport().height() - 4))
        bottom = self.canonical_offset(position) if position is not None else None
        return top, (bottom if bottom is not None else top)

    def _on_scrolled(self, _value: int) -> None:
        if self.article is not None:
            self.visible_range_changed.emit(*self.visible_range())
            if self._matches:
                self._refresh_found()
