"""Qt list models: thin adapters over the core's lists.

The library model keeps only article ids and fetches summaries lazily in pages
(as Anki's browser table does), so a large library costs little. ``data()``
never raises: a row that cannot be fetched shows as empty.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from reader.model import NOT_NAMED, UNCLEAR_SPEAKER, ArticleSummary, Highlight, Quote, minutes_to_read
from reader.quotes.confidence import CHECK_BELOW
from reader.store.articles import CORRECTED_CUE

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
PAGE = 200
#: Summaries kept at most (a few screens' worth): scrolling 100,000 rows never holds them all.
CACHE_LIMIT = 10 * PAGE


#: Between the parts of a meta line ("Site  ·  2024-02-01  ·  3 min").
META_SEP = "  \u00b7  "


class Roles(enum.IntEnum):
    ITEM = Qt.ItemDataRole.UserRole  # the dataclass
    ID = Qt.ItemDataRole.UserRole + 1
    SUBTITLE = Qt.ItemDataRole.UserRole + 2
    HEADER = Qt.ItemDataRole.UserRole + 3  # a group header row (quotes by speaker)
    TAG = Qt.ItemDataRole.UserRole + 4  # a quiet label beside the subtitle ("partial")
    TAGS = Qt.ItemDataRole.UserRole + 5  # the user's tags, drawn as chips
    COLOR = Qt.ItemDataRole.UserRole + 6  # a highlight's colour name, drawn as a bar
    COUNT = Qt.ItemDataRole.UserRole + 7  # how many highlights an article has, drawn as the first chip
    QUIET = Qt.ItemDataRole.UserRole + 8  # a row drawn quieter (an article already read)
    STATE = Qt.ItemDataRole.UserRole + 9  # "read", or how far read ("42%")
    MARKS = Qt.ItemDataRole.UserRole + 10  # (start, end) of matched words in a search snippet


#: What the list says of a link still without its text.
_FETCH_STATES = {"waiting": "not fetched", "failed": "fetch failed", "missing": "no text"}


def _published(s: ArticleSummary) -> str:
    """The publication date; failing that, when it was saved, said as such."""
    if s.published:
        return s.published[:10]
    return f"added {s.added[:10]}" if s.added else ""


class ArticleListModel(QAbstractListModel):
    """The library: article ids newest first, summaries fetched on demand."""

    def __init__(self, fetch: Callable[[list[int]], list[ArticleSummary]], parent=None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[int] = []
        self._cache: dict[int, ArticleSummary] = {}

    def reset(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._cache.clear()
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def first_id(self) -> int | None:
        return self._ids[0] if self._ids else None

    def refresh(self, article_ids) -> None:
        """Fetch these rows again (their tags or counts changed) without resetting the list."""
        for aid in article_ids:
            self._cache.pop(aid, None)
            row = self.row_of(aid)
            if row is not None:
                idx = self.index(row)
                self.dataChanged.emit(idx, idx)

    def row_of(self, article_id: int) -> int | None:
        try:
            return self._ids.index(article_id)
        except ValueError:
            return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def summary(self, row: int) -> ArticleSummary | None:
        if not 0 <= row < len(self._ids):
            return None
        aid = self._ids[row]
        if aid not in self._cache:
            if len(self._cache) >= CACHE_LIMIT:
                self._cache.clear()
            page = self._ids[row : row + PAGE]
            try:
                for s in self._fetch(page):
                    self._cache[s.id] = s
            except Exception:  # data() must never raise into Qt
                log.exception("fetching library rows failed")
                return None
        return self._cache.get(aid)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self.summary(index.row())
        if s is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"★ {s.title}" if s.favourite else s.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return s.title if not s.source else f"{s.title}\n{s.source}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = ", ".join(x for x in ("favourite" if s.favourite else "", "read" if s.read else "unread") if x)
            return f"{s.title}, {state}"
        if role == Roles.QUIET:
            return s.read
        if role == Roles.ITEM:
            return s
        if role == Roles.ID:
            return s.id
        if role == Roles.SUBTITLE:
            parts = [p for p in (s.site, _published(s)) if p]
            if s.fetch_status:
                parts.append(_FETCH_STATES.get(s.fetch_status, s.fetch_status))
            elif s.word_count:
                parts.append(f"{minutes_to_read(s.word_count)} min")
            return META_SEP.join(parts)
        if role == Roles.STATE:  # right of the chips: how far the reader got
            if s.read:
                return "read"
            return f"{min(99, round(s.progress * 100))}%" if s.progress >= 0.01 else ""
        if role == Roles.TAGS:
            return list(s.tags)
        if role == Roles.COUNT:
            return s.highlights
        return None


class _SectionedListModel(QAbstractListModel):
    """A list of items with header rows ``(label, count)`` between them.

    Header rows show "label · count" and answer ``Roles.HEADER``; an item row
    answers what :meth:`item_data` gives for it. ``data()`` never raises.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if isinstance(item, tuple):
            label, count = item
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{label}  ·  {count}"
            if role == Roles.HEADER:
                return True
            return None
        return self.item_data(item, role)

    def item_data(self, item, role: int):
        raise NotImplementedError


class QuoteListModel(_SectionedListModel):
    """An article's quotes, in article order or grouped by speaker.

    Grouped, each speaker gets a header row ("Sir Keir Starmer · 4"), speakers
    in order of their first quote; header rows have no ``Roles.ITEM``.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._quotes: list[Quote] = []
        self.grouped = False

    def set_quotes(self, quotes: Sequence[Quote], *, grouped: bool = False) -> None:
        self.beginResetModel()
        self._quotes = list(quotes)
        self.grouped = grouped
        if grouped:
            groups: dict[str, list[Quote]] = {}
            for q in self._quotes:
                # (people the article does not name are not one person: together, each card saying who)
                key = q.speaker or (NOT_NAMED if q.speaker_description else UNCLEAR_SPEAKER)
                groups.setdefault(key, []).append(q)
            self._rows = []
            for speaker, qs in groups.items():
                self._rows.append((speaker, len(qs)))
                self._rows.extend(qs)
        else:
            self._rows = list(self._quotes)
        self.endResetModel()

    def add_quotes(self, quotes: Sequence[Quote]) -> None:
        """Add ``quotes`` after those shown (the next part of a long article's list, read in steps)."""
        if not quotes:
            return
        if self.grouped:  # a speaker's header and place depend on all their quotes: group again
            self.set_quotes(self._quotes + list(quotes), grouped=True)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(quotes) - 1)
        self._quotes.extend(quotes)
        self._rows.extend(quotes)
        self.endInsertRows()

    def quotes(self) -> list[Quote]:
        return list(self._quotes)

    def quote_count(self) -> int:
        return len(self._quotes)

    def row_in_view(self, top: int, bottom: int) -> int | None:
        """The quote under the reader's eye.

        The first one visible between the ``top`` and ``bottom`` offsets of the
        view, else the last one above it.
        """
        visible = above = None
        for row, item in enumerate(self._rows):
            if not isinstance(item, Quote):
                continue
            if item.end > top and item.start <= bottom:
                if visible is None or item.start < visible[1].start:
                    visible = (row, item)
            elif item.end <= top and (above is None or item.start > above[1].start):
                above = (row, item)
        found = visible or above
        return found[0] if found else None

    def item_data(self, q: Quote, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return q.display()
        if role == Qt.ItemDataRole.ToolTipRole:
            if q.method:
                return f"{q.who}: {q.display()}\n{how_found(q)}"
            if q.speaker_description:
                return f"{q.who}: {q.display()}\nNot named: the article's own words for who said or wrote it."
            return f"{q.who}: {q.display()}"
        if role == Roles.ITEM:
            return q
        if role == Roles.SUBTITLE:  # grouped, the header row names the speaker (not one described: each card does)
            return None if self.grouped and not (q.speaker is None and q.speaker_description) else q.who
        if role == Roles.TAG:  # "partial", and "corrected" when the reader set the speaker
            tags = ([] if q.kind == "direct" else [q.kind]) + (["corrected"] if q.cue == CORRECTED_CUE else [])
            if q.confidence is not None and q.confidence < CHECK_BELOW and q.cue != CORRECTED_CUE:
                tags.append("check speaker")
            if q.speaker is None and q.speaker_description and not self.grouped:
                tags.append("not named")  # the article's words for them, no name (grouped, the header says so)
            return " · ".join(tags)
        return None


_HOW = {
    "name": "named beside the quote",
    "organisation": "an organisation named beside the quote",
    "statement": "from the statement or document quoted",
    "role": "from a role (“the minister said”)",
    "pronoun": "from a pronoun (“she said”)",
    "previous sentence": "named in the sentence before",
    "previous paragraph": "the previous quote's speaker, continuing",
    "nested": "named by the speaker of the quote around it",
    "reader": "set by you",
}


def how_found(q: Quote) -> str:
    """How a quote's speaker was found, in words, and how likely it is right (:mod:`reader.quotes.confidence`)."""
    how = _HOW.get(q.method or "", q.method or "")
    if q.method == "reader" or q.confidence is None:
        return f"Speaker {how}."
    return f"Speaker {how}; {q.confidence:.0%} likely right, judged from the evidence around it."


#: The header above highlights that could not be found in the current text.
DETACHED_HEADER = "Not found in the current text"
#: The header above highlights of a link whose text has not been fetched yet.
WAITING_HEADER = "Waiting for the article's text"


class HighlightListModel(_SectionedListModel):
    """An article's highlights in article order, then (under a header row) the detached ones."""

    waiting = False  # the article is a link still without its text: its highlights wait for it

    def set_highlights(self, highlights: Sequence[Highlight], *, waiting: bool = False) -> None:
        """Show ``highlights``; ``waiting``: the article is a link without its text yet, so none is placed."""
        self.beginResetModel()
        placed = sorted((h for h in highlights if not h.detached), key=lambda h: (h.start, h.end, h.id or 0))
        lost = [h for h in highlights if h.detached]
        self.waiting = waiting
        self._rows = list(placed)
        if lost:
            self._rows.append((WAITING_HEADER if waiting else DETACHED_HEADER, len(lost)))
            self._rows.extend(lost)
        self.endResetModel()

    def highlights(self) -> list[Highlight]:
        return [r for r in self._rows if isinstance(r, Highlight)]

    def row_of(self, highlight_id: int) -> int | None:
        for row, item in enumerate(self._rows):
            if isinstance(item, Highlight) and item.id == highlight_id:
                return row
        return None

    def item_data(self, h: Highlight, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return h.exact
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = h.exact if len(h.exact) < 400 else h.exact[:399] + "…"
            return tip + (f"\n\nNote: {h.note}" if h.note else "")
        if role == Roles.ITEM:
            return h
        if role == Roles.ID:
            return h.id
        if role == Roles.SUBTITLE:
            return h.note or ""
        if role == Roles.TAG:
            if h.detached and self.waiting:
                return "waiting"
            return "" if h.status == "attached" else h.status
        if role == Roles.TAGS:
            return list(h.tags)
        if role == Roles.COLOR:
            return h.color
        return None
