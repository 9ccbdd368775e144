"""Error messages that never block the window.

``show_error`` opens a non-modal message box (``show()``, not ``exec()``) with
the one-line message and any details folded away. With ``READER_ERRORS_TO_LOG``
set (the tests set it) errors go to the log instead of a dialog.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.errors import ReaderError

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException, *, title: str = "reader") -> QMessageBox | None:
    message = exc.message if isinstance(exc, ReaderError) else f"Something went wrong: {exc}"
    if isinstance(exc, ReaderError):
        log.info("user error: %s", message)
    else:
        log.error("unexpected error", exc_info=exc)
    if os.environ.get("READER_ERRORS_TO_LOG"):
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if not isinstance(exc, ReaderError):
        box.setDetailedText(repr(exc))
    box.setModal(False)
    box.show()
    return box


def show_message(parent: QWidget | None, title: str, text: str, details: str = "") -> QMessageBox | None:
    """A non-blocking information box (import summaries with failures)."""
    log.info("%s: %s %s", title, text, details)
    if os.environ.get("READER_ERRORS_TO_LOG"):
        return None
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    box.setModal(False)
    box.show()
    return box


class OpenUrlDialog(QDialog):
    """Asks for a web address to open (File > Open URL, Ctrl+L)."""

    def __init__(self, parent: QWidget | None = None, initial: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("Open URL")
        self.edit = QLineEdit(initial, self)
        self.edit.setPlaceholderText("https://example.com/news/story")
        self.edit.setMinimumWidth(460)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel("Web address of the article:", self))
        lay.addWidget(self.edit)
        lay.addWidget(buttons)

    def url(self) -> str:
        return self.edit.text().strip()


class _NoteText(QPlainTextEdit):
    """Enter saves and closes; Shift+Enter starts a new line; Esc cancels."""

    submitted = Signal()
    cancelled = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        if key == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


class NoteEditor(QDialog):
    """A small editor for a highlight's note, saved as the reader types.

    Signals:

    - ``edited(int, str)``: the text, a moment after each change (saved as you type).
    - ``finished_editing(int, str, str)``: Enter or closing: (highlight id, note before, note now).
    - ``cancelled(int, str)``: Esc: (highlight id, note before), for the window to put it back.
    """

    edited = Signal(int, str)
    finished_editing = Signal(int, str, str)
    cancelled = Signal(int, str)

    SAVE_DELAY_MS = 400

    def __init__(self, parent: QWidget | None, highlight_id: int, words: str, note: str | None) -> None:
        super().__init__(parent)
        self.highlight_id = highlight_id
        self.original = note or ""
        self._done = False
        self.setWindowTitle("Note")
        self.setModal(False)
        quote = words if len(words) <= 160 else words[:159] + "…"
        label = QLabel(f"“{quote}”", self)
        label.setWordWrap(True)
        label.setObjectName("NoteQuote")
        self.text = _NoteText(self)
        self.text.setPlainText(self.original)
        self.text.setPlaceholderText("Write a note…")
        self.text.setMinimumSize(380, 110)
        hint = QLabel("Enter saves  ·  Shift+Enter new line  ·  Esc cancels", self)
        hint.setObjectName("SectionLabel")
        lay = QVBoxLayout(self)
        lay.addWidget(label)
        lay.addWidget(self.text)
        lay.addWidget(hint)
        self._timer = QTimer(self, singleShot=True, interval=self.SAVE_DELAY_MS)
        self._timer.timeout.connect(self._emit_edited)
        self.text.textChanged.connect(self._timer.start)
        self.text.submitted.connect(self.submit)
        self.text.cancelled.connect(self.cancel)
        cursor = self.text.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.text.setTextCursor(cursor)

    def body(self) -> str:
        return self.text.toPlainText().strip()

    def _emit_edited(self) -> None:
        if not self._done:
            self.edited.emit(self.highlight_id, self.body())

    def submit(self) -> None:
        if not self._done:
            self._done = True
            self._timer.stop()
            self.finished_editing.emit(self.highlight_id, self.original, self.body())
        QDialog.accept(self)

    def cancel(self) -> None:
        if not self._done:
            self._done = True
            self._timer.stop()
            self.cancelled.emit(self.highlight_id, self.original)
        QDialog.reject(self)

    def reject(self) -> None:  # Esc on the dialog itself
        self.cancel()

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self._done:
            self.submit()  # closing the window keeps what was typed
        super().closeEvent(event)


class ShortcutsDialog(QDialog):
    """Help > Keyboard Shortcuts: every action with a shortcut, read from the actions themselves."""

    def __init__(self, parent: QWidget | None, rows: list[tuple[str, str, str]]) -> None:
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.setModal(False)
        self.resize(560, 620)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels(["Menu", "Action", "Keys"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeRowsToContents()
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        lay.addWidget(buttons)


class AboutDialog(QDialog):
    """Help > About: the version and where the library lives."""

    def __init__(self, parent: QWidget | None, version: str, data_dir: str) -> None:
        super().__init__(parent)
        self.setWindowTitle("About reader")
        self.setModal(False)
        title = QLabel(f"reader {version}", self)
        title.setObjectName("AboutTitle")
        font = title.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            "A local-first reader for news and long-form articles: highlights, notes, tags, "
            "and who said what. Nothing leaves this computer.",
            self,
        )
        text.setWordWrap(True)
        where = QLabel(f"Your library: {data_dir}", self)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        self.where = where
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        lay = QVBoxLayout(self)
        for w in (title, text, where, buttons):
            lay.addWidget(w)
        self.resize(440, 180)


class RestoreDialog(QDialog):
    """File > Restore from Backup: the backups with their dates, kinds and article counts.

    Signals:

    - ``restore_requested(str)``: the reader chose a backup (its path) and confirmed.
    """

    restore_requested = Signal(str)

    KINDS = {
        "daily": "daily",
        "manual": "made by you",
        "before-migration": "before an upgrade",
        "before-restore": "before a restore",
        "damaged": "damaged library, set aside",
    }

    def __init__(self, parent: QWidget | None, backups: list) -> None:
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem

        super().__init__(parent)
        self.setWindowTitle("Restore from backup")
        self.setModal(False)
        self.resize(620, 380)
        self.backups = list(backups)
        self.table = QTableWidget(len(self.backups), 3, self)
        self.table.setHorizontalHeaderLabels(["Made", "Kind", "Articles"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for r, b in enumerate(self.backups):
            count = "cannot be read" if b.articles is None else str(b.articles)
            for c, value in enumerate((b.made, self.KINDS.get(b.kind, b.kind), count)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        note = QLabel(
            "The library as it is now is kept as a backup first, and a backup is used only if it passes its checks."
            if self.backups
            else "No backups yet. reader makes one on the first start of each day.",
            self,
        )
        note.setWordWrap(True)
        self.restore_button = QPushButton("Restore", self)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self._armed = False
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(note)
        lay.addWidget(buttons)

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def _on_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        ok = bool(rows) and self.backups[rows[0].row()].articles is not None
        self.restore_button.setEnabled(ok)
        self._armed = False
        self.restore_button.setText("Restore")

    def _on_restore_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        if not self._armed:  # a second click confirms: the library will be replaced
            self._armed = True
            self.restore_button.setText("Replace the library?")
            return
        self.restore_requested.emit(str(self.backups[rows[0].row()].path))
        self.close()
