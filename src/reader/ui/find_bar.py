"""Find in the article: a small bar over the bottom of the reading view (Ctrl+F).

Every match is marked in the text as the reader comes to it (the reading view
marks those near the view); the current one more strongly, with its number and
the count ("3 of 12"). Enter or F3 goes to the next, Shift+Enter or
Shift+F3 to the previous, Esc closes the bar and clears the marks.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton

from reader.ui import themes


def find_pattern(query: str) -> re.Pattern[str] | None:
    """What the find bar looks for: the words, ignoring case and how they are spaced (None for no words)."""
    query = query.strip()
    if not query:
        return None
    return re.compile(re.escape(query).replace(r"\ ", r"\s+"), re.IGNORECASE)


def find_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where ``query`` occurs in ``text``, ignoring case (canonical offsets)."""
    pattern = find_pattern(query)
    return [(m.start(), m.end()) for m in pattern.finditer(text)] if pattern is not None else []


class _FindEdit(QLineEdit):
    previous_requested = Signal()
    closed = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.previous_requested.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
            return
        super().keyPressEvent(event)


class FindBar(QFrame):
    """The find bar.

    Signals:

    - ``query_changed(str)``: the words to find changed (as the reader types).
    - ``next_requested()`` / ``previous_requested()``.
    - ``closed()``: Esc or the close button.
    """

    query_changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("FindBar")
        self.edit = _FindEdit(self)
        self.edit.setPlaceholderText("Find in article")
        self.edit.setAccessibleName("Find in article")
        self.edit.setFont(themes.ui_font(13))
        self.count = QLabel("", self, objectName="FindCount")
        self.count.setFont(themes.ui_font(12))
        self.count.setMinimumWidth(70)
        self.prev_button = QToolButton(self, text="↑")
        self.prev_button.setToolTip("Previous match (Shift+Enter, Shift+F3)")
        self.prev_button.setAccessibleName("Previous match")
        self.next_button = QToolButton(self, text="↓")
        self.next_button.setToolTip("Next match (Enter, F3)")
        self.next_button.setAccessibleName("Next match")
        self.close_button = QToolButton(self, text="✕")
        self.close_button.setToolTip("Close (Esc)")
        self.close_button.setAccessibleName("Close find")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.count)
        lay.addWidget(self.prev_button)
        lay.addWidget(self.next_button)
        lay.addWidget(self.close_button)
        self.edit.textChanged.connect(self.query_changed)
        self.edit.returnPressed.connect(self.next_requested)
        self.edit.previous_requested.connect(self.previous_requested)
        self.edit.closed.connect(self.closed)
        self.prev_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.close_button.clicked.connect(self.closed)
        self.hide()

    def show_count(self, current: int | None, total: int, counting: bool = False) -> None:
        """Show "3 of 12"; while a long article is still being searched, "3 of 12…" (or "12…")."""
        more = "…" if counting else ""
        if not self.edit.text().strip():
            self.count.setText("")
        elif total == 0:
            self.count.setText("…" if counting else "no matches")
        elif current is None and counting:
            self.count.setText(f"{total}{more}")
        else:
            self.count.setText(f"{(current or 0) + 1} of {total}{more}")
