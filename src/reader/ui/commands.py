"""Undoable highlight operations (a QUndoStack in the main window holds them).

Each command makes its change through :class:`reader.library.Library` (one
transaction each way) and then tells the window which article's highlights to
show again. Undoing a delete brings the highlight back with the same id, note
and tags; redoing a create after an undo does the same.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from reader.errors import ReaderError
from reader.library import Library
from reader.model import Highlight

log = logging.getLogger(__name__)


class Host(Protocol):
    """What a command needs from the window."""

    library: Library

    def highlights_changed(self, article_id: int, current: int | None = None) -> None: ...

    def command_failed(self, exc: ReaderError) -> None: ...


def _words(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Command(QUndoCommand):
    def __init__(self, host: Host, article_id: int, text: str) -> None:
        super().__init__(text)
        self.host = host
        self.article_id = article_id

    def _run(self, step) -> None:
        try:
            current = step()
        except ReaderError as exc:  # e.g. the article was deleted from the command line
            self.setObsolete(True)
            self.host.command_failed(exc)
            self.host.highlights_changed(self.article_id)
            return
        self.host.highlights_changed(self.article_id, current)


class CreateHighlight(_Command):
    def __init__(self, host: Host, article_id: int, start: int, end: int, color: str) -> None:
        super().__init__(host, article_id, "Highlight")
        self.span = (start, end)
        self.color = color
        self.highlight: Highlight | None = None

    def redo(self) -> None:
        def step() -> int | None:
            if self.highlight is None:
                self.highlight = self.host.library.add_highlight(self.article_id, *self.span, color=self.color)
                self.setText(f"Highlight “{_words(self.highlight.exact)}”")
            else:
                self.highlight = self.host.library.restore_highlight(self.highlight)
            return self.highlight.id

        self._run(step)

    def undo(self) -> None:
        def step() -> None:
            assert self.highlight is not None and self.highlight.id is not None
            # Keep it as it is now (a note or tags added since come back on redo).
            self.highlight = self.host.library.delete_highlight(self.highlight.id)

        self._run(step)


class DeleteHighlight(_Command):
    def __init__(self, host: Host, highlight: Highlight) -> None:
        super().__init__(host, highlight.article_id, f"Delete highlight “{_words(highlight.exact)}”")
        self.highlight = highlight

    def redo(self) -> None:
        def step() -> None:
            assert self.highlight.id is not None
            self.highlight = self.host.library.delete_highlight(self.highlight.id)

        self._run(step)

    def undo(self) -> None:
        self._run(lambda: self.host.library.restore_highlight(self.highlight).id)


class SetColor(_Command):
    def __init__(self, host: Host, highlight: Highlight, color: str) -> None:
        super().__init__(host, highlight.article_id, f"Colour {color}")
        self.highlight_id = highlight.id
        self.old, self.new = highlight.color, color

    def redo(self) -> None:
        self._run(lambda: self.host.library.set_highlight_color(self.highlight_id, self.new).id)

    def undo(self) -> None:
        self._run(lambda: self.host.library.set_highlight_color(self.highlight_id, self.old).id)


class SetNote(_Command):
    """A note edited in one sitting: undo puts back the note it had before."""

    def __init__(self, host: Host, highlight: Highlight, old: str, new: str) -> None:
        super().__init__(host, highlight.article_id, "Edit note" if new else "Remove note")
        self.highlight_id = highlight.id
        self.old, self.new = old, new

    def redo(self) -> None:
        self._run(lambda: self.host.library.set_highlight_note(self.highlight_id, self.new).id)

    def undo(self) -> None:
        self._run(lambda: self.host.library.set_highlight_note(self.highlight_id, self.old).id)


class ArticleHost(Protocol):
    """What an article command needs from the window."""

    library: Library

    def articles_changed(self, ids: list[int], *, removed: bool = False) -> None: ...

    def command_failed(self, exc: ReaderError) -> None: ...


class _ArticleCommand(QUndoCommand):
    def __init__(self, host: ArticleHost, ids: list[int], text: str) -> None:
        super().__init__(text)
        self.host = host
        self.ids = list(ids)

    def _run(self, step, *, removed: bool = False) -> None:
        try:
            step()
        except ReaderError as exc:
            self.setObsolete(True)
            self.host.command_failed(exc)
        self.host.articles_changed(self.ids, removed=removed)


def _count(ids: list[int]) -> str:
    return "article" if len(ids) == 1 else f"{len(ids)} articles"


class SetArticleState(_ArticleCommand):
    """Mark articles read or unread, favourite or not, archived or not; undo restores each one's own state."""

    def __init__(
        self,
        host: ArticleHost,
        ids: list[int],
        *,
        read: bool | None = None,
        favourite: bool | None = None,
        archived: bool | None = None,
    ) -> None:
        what = {
            (True, None, None): "Mark read",
            (False, None, None): "Mark unread",
            (None, True, None): "Favourite",
            (None, False, None): "Unfavourite",
            (None, None, True): "Archive",
            (None, None, False): "Unarchive",
        }.get((read, favourite, archived), "Change")
        super().__init__(host, ids, f"{what} {_count(ids)}")
        self.change = {"read": read, "favourite": favourite, "archived": archived}
        self.before = {aid: host.library.reading_state(aid) for aid in ids}

    def redo(self) -> None:
        self._run(lambda: self.host.library.set_state(self.ids, **self.change))

    def undo(self) -> None:
        def step() -> None:
            for aid, st in self.before.items():
                self.host.library.set_state(
                    [aid],
                    read=st["read"] if self.change["read"] is not None else None,
                    favourite=st["favourite"] if self.change["favourite"] is not None else None,
                    archived=st["archived"] if self.change["archived"] is not None else None,
                )

        self._run(step)


class RemoveArticles(_ArticleCommand):
    """Delete articles with everything attached; undo brings each back whole, with its id."""

    def __init__(self, host: ArticleHost, ids: list[int]) -> None:
        super().__init__(host, ids, f"Delete {_count(ids)}")
        self.saved: list = []

    def redo(self) -> None:
        def step() -> None:
            self.saved = [self.host.library.remove(aid).saved for aid in self.ids]

        self._run(step, removed=True)

    def undo(self) -> None:
        def step() -> None:
            for saved in reversed(self.saved):
                self.host.library.restore(saved)

        self._run(step)


class QuoteHost(Protocol):
    library: Library

    def quotes_changed(self, article_id: int) -> None: ...

    def command_failed(self, exc: ReaderError) -> None: ...


class CorrectQuote(QUndoCommand):
    """The reader's correction of a quote (its speaker, "unclear", or not a quote); undo puts back the ones before."""

    def __init__(
        self, host: QuoteHost, article_id: int, seq: int, *, speaker: str | None = None, not_quote: bool = False
    ) -> None:
        super().__init__("Mark not a quote" if not_quote else "Correct speaker")
        self.host = host
        self.article_id = article_id
        self.seq = seq
        self.speaker = speaker
        self.not_quote = not_quote
        self.before: list[dict] | None = None

    def _run(self, step) -> None:
        try:
            step()
        except ReaderError as exc:
            self.setObsolete(True)
            self.host.command_failed(exc)
        self.host.quotes_changed(self.article_id)

    def redo(self) -> None:
        def step() -> None:
            if self.before is None:
                self.before = self.host.library.quote_corrections(self.article_id)
            self.host.library.correct_quote(self.article_id, self.seq, speaker=self.speaker, not_quote=self.not_quote)

        self._run(step)

    def undo(self) -> None:
        self._run(lambda: self.host.library.set_quote_corrections(self.article_id, self.before or []))
