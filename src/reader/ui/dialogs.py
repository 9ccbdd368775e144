"""Error messages that never block the window.

``show_error`` opens a non-modal message box (``show()``, not ``exec()``) with
the one-line message and any details folded away. With ``READER_ERRORS_TO_LOG``
set (the tests set it) errors go to the log instead of a dialog.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

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
