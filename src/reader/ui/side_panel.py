"""The side panel: the article's direct quotes, each with its speaker.

Quotes show as cards in article order, or grouped by speaker with counts. A
click asks the window to scroll to the quote; the quote under the reader's eye
is marked as they scroll; the context menu copies a quote with its citation.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.model import UNCLEAR_SPEAKER, Article, Quote
from reader.ui import themes
from reader.ui.delegates import CardDelegate
from reader.ui.models import QuoteListModel, Roles

EMPTY_TEXT = (
    "No direct quotes in this article.\n\nWhen a story quotes someone, their words appear here with who said them."
)


def citation(quote: Quote, article: Article | None) -> str:
    """A quote with who said it and where: for pasting into notes or a document."""
    who = quote.who
    lines = [quote.display(), f"— {who}"]
    if article is not None:
        source = ", ".join(
            x for x in (f"quoted in “{article.title}”", article.site, (article.published or "")[:10]) if x
        )
        lines.append(source)
        link = article.url or (article.source if article.source and "://" in article.source else None)
        if link:
            lines.append(link)
    return "\n".join(lines)


def _short(text: str, limit: int = 120) -> str:
    return f"“{text}”" if len(text) <= limit else f"“{text[: limit - 1]}…”"


class SidePanel(QWidget):
    """Quote cards.

    Signals:

    - ``quote_activated(object)``: the reader clicked a quote (a :class:`Quote`).
    - ``quote_highlight_requested(object)``: the reader asked to highlight a quote's words.
    - ``quote_correction_requested(object, object, bool)``: the reader corrected a quote: its
      speaker (a name, or None for "speaker unclear"), or that it is not a quote at all.
    """

    quote_activated = Signal(object)
    quote_highlight_requested = Signal(object)
    quote_correction_requested = Signal(object, object, bool)  # quote, speaker (None: unclear), not a quote

    def __init__(self, theme: themes.Theme, parent=None) -> None:
        super().__init__(parent)
        self.article: Article | None = None
        self.model = QuoteListModel(self)
        self.title = QLabel("QUOTES", objectName="PanelTitle")
        self.title.setFont(themes.ui_font(11, bold=True))
        self.group_button = QToolButton(self, text="By speaker", checkable=True)
        self.group_button.setToolTip("Group the quotes by who said them")
        self.group_button.setFont(themes.ui_font(12))
        self.group_button.toggled.connect(self._on_group_toggled)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 10, 0)
        header.addWidget(self.title, 1)
        header.addWidget(self.group_button)

        self.view = QListView(self)
        self.view.setObjectName("QuoteList")
        self.view.setModel(self.model)
        self.delegate = CardDelegate(theme, title_px=15, title_lines=8, serif=True, subtitle_first=True, parent=self)
        self.view.setItemDelegate(self.delegate)
        self.delegate.view = self.view
        self.view.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap cards when the panel is resized
        # Cards are measured a batch at a time: an article with a hundred quotes
        # shows its first ones at once instead of measuring every card first.
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(20)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setWordWrap(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_view_context_menu)
        self.view.clicked.connect(self._on_view_clicked)
        self.copy_action = QAction("Copy quote with citation", self)
        self.copy_action.triggered.connect(self._on_copy_triggered)
        self.highlight_action = QAction("Highlight this quote", self)
        self.highlight_action.triggered.connect(self._on_highlight_triggered)
        self.speaker_action = QAction("Who said this?…", self)
        self.speaker_action.triggered.connect(self._on_speaker_triggered)
        self.unclear_action = QAction(UNCLEAR_SPEAKER, self)
        self.unclear_action.triggered.connect(lambda: self._correct(None, False))
        self.not_quote_action = QAction("Not a quote", self)
        self.not_quote_action.triggered.connect(lambda: self._correct(None, True))

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
        lay.addLayout(header)
        lay.addWidget(self.stack)
        self._menu_quote: Quote | None = None
        self._visible = (0, 0)  # the reading view's visible range, as last reported

    # -- content ---------------------------------------------------------------------------

    def set_article(self, article: Article | None, quotes: list[Quote]) -> None:
        self.article = article
        self.model.set_quotes(quotes, grouped=self.group_button.isChecked())
        self.delegate.current_row = None
        self._show_count()

    def add_quotes(self, quotes: list[Quote]) -> None:
        """Show ``quotes`` after those shown: the next part of a long article's list, read in steps."""
        if not quotes:
            return
        if self.model.grouped:  # regrouped: the marked row moves
            self.delegate.current_row = None
        self.model.add_quotes(quotes)
        self._show_count()

    def _show_count(self) -> None:
        n = self.model.quote_count()
        self.title.setText(f"QUOTES  ·  {n}" if n else "QUOTES")
        self.group_button.setVisible(bool(n))
        self.stack.setCurrentWidget(self.view if n else self.empty)

    def shown_rows(self) -> list[tuple[str, str]]:
        """What the panel shows, row by row: ("speaker", "Name · N") or ("quote", "Name: words")."""
        out = []
        for row in range(self.model.rowCount()):
            idx = self.model.index(row)
            q = idx.data(Roles.ITEM)
            if q is None:
                out.append(("speaker", idx.data(Qt.ItemDataRole.DisplayRole)))
            else:
                out.append(("quote", f"{q.who}: {q.text}"))
        return out

    def current_quote(self) -> Quote | None:
        row = self.delegate.current_row
        return None if row is None else self.model.index(row).data(Roles.ITEM)

    # -- following the reader ----------------------------------------------------------------

    def follow(self, top: int, bottom: int) -> None:
        """Mark the quote under the reader's eye (see QuoteListModel.row_in_view)."""
        self._visible = (top, bottom)
        row = self.model.row_in_view(top, bottom)
        if row == self.delegate.current_row:
            return
        self.delegate.current_row = row
        self.view.viewport().update()
        if row is not None:
            self.view.scrollTo(self.model.index(row), QAbstractItemView.ScrollHint.EnsureVisible)

    # -- slots ---------------------------------------------------------------------------------

    def _on_group_toggled(self, grouped: bool) -> None:
        self.model.set_quotes(self.model.quotes(), grouped=grouped)
        self.delegate.current_row = None
        self.follow(*self._visible)  # the same quote stays marked in the new order

    def _on_view_clicked(self, index) -> None:
        q = index.data(Roles.ITEM)
        if q is not None:
            self.quote_activated.emit(q)

    def _on_view_context_menu(self, pos: QPoint) -> None:
        q = self.view.indexAt(pos).data(Roles.ITEM)
        if q is not None:
            self.context_menu(q).popup(self.view.viewport().mapToGlobal(pos))

    def context_menu(self, q: Quote) -> QMenu:
        """The menu a right-click on ``q`` opens: highlight, copy, and the corrections."""
        self._menu_quote = q
        menu = QMenu(self)
        menu.addAction(self.highlight_action)
        menu.addAction(self.copy_action)
        menu.addSeparator()
        menu.addAction(self.speaker_action)
        self.unclear_action.setEnabled(q.speaker is not None or q.speaker_description is not None)
        menu.addAction(self.unclear_action)
        menu.addAction(self.not_quote_action)
        return menu

    def _on_copy_triggered(self) -> None:
        if self._menu_quote is not None:
            QGuiApplication.clipboard().setText(citation(self._menu_quote, self.article))

    def _on_highlight_triggered(self) -> None:
        if self._menu_quote is not None:
            self.quote_highlight_requested.emit(self._menu_quote)

    def _on_speaker_triggered(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        q = self._menu_quote
        if q is None:
            return
        name, ok = QInputDialog.getText(
            self, "Who said this?", f"{_short(q.text)}\n\nSaid by (leave empty if it is unclear):", text=q.speaker or ""
        )
        if ok:
            self._correct(name.strip() or None, False)

    def _correct(self, speaker: str | None, not_quote: bool) -> None:
        if self._menu_quote is not None:
            self.quote_correction_requested.emit(self._menu_quote, speaker, not_quote)

    def correct_quote(self, quote: Quote, speaker: str | None = None, *, not_quote: bool = False) -> None:
        """Correct ``quote``: who said it (None: unclear), or not a quote (what the context menu does)."""
        self._menu_quote = quote
        self._correct(speaker, not_quote)

    def highlight_quote(self, quote: Quote) -> None:
        """Ask for ``quote`` to be highlighted (what the context menu does)."""
        self._menu_quote = quote
        self.highlight_action.trigger()

    def copy_quote(self, quote: Quote) -> None:
        """Copy ``quote`` with its citation (what the context menu does)."""
        self._menu_quote = quote
        self.copy_action.trigger()
