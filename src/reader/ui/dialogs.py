"""Error messages that never block the window.

``show_error`` opens a non-modal message box (``show()``, not ``exec()``) with
the one-line message and any details folded away. With ``READER_ERRORS_TO_LOG``
set (the tests set it) errors go to the log instead of a dialog.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
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
