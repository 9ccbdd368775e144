"""The user-facing errors of reader.

A :class:`ReaderError` carries a message a person can act on; the command line
prints it on one line and exits non-zero, the window shows it in a dialog.
Anything else that escapes is a bug and is logged with its traceback.
"""

from __future__ import annotations


class ReaderError(Exception):
    """An error caused by input or environment, with a message for the user."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ImportFailed(ReaderError):
    """A source (file, folder, URL) could not be turned into an article."""


class NotFound(ReaderError):
    """An article, highlight or tag id that does not exist."""


class StoreError(ReaderError):
    """The database cannot be used: locked, read-only, full or not a database."""
