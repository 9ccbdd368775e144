"""The ``reader`` console script and ``python -m reader``.

A bare ``reader`` (what a desktop launcher runs) opens the window straight
away, without loading click (~15 ms of start-up); any argument goes to the
click command line in :mod:`reader.cli`.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

LOG_FORMAT = "%(levelname)s %(name)s: %(message)s"
#: Libraries whose warnings are about their own internals ("discarding data:
#: None"), printed in the middle of command output and of no use to a reader;
#: their errors still show.
QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer", "readability")


#: The log file in the data directory: what happened, for a bug report.
LOG_NAME = "logs/reader.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3
FILE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(verbosity: int = 0) -> None:
    """Warnings and errors on stderr; with ``verbosity`` 1 (``-v``) also what reader does, 2 (``-vv``) debug."""
    root = logging.getLogger()
    stderr = next((h for h in root.handlers if getattr(h, "_reader_stderr", False)), None)
    if stderr is None:
        stderr = logging.StreamHandler()
        stderr._reader_stderr = True  # type: ignore[attr-defined]
        stderr.setFormatter(logging.Formatter(LOG_FORMAT))
        root.addHandler(stderr)
    stderr.setLevel([logging.WARNING, logging.INFO, logging.DEBUG][max(0, min(verbosity, 2))])
    root.setLevel(logging.DEBUG if verbosity >= 2 else logging.INFO)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG if verbosity >= 2 else logging.ERROR)


def attach_log_file(data_dir) -> Path:
    """Also keep the log (INFO and up) in ``DATA_DIR/logs/reader.log``, rotated at 1 MB with 3 old files kept.

    The folder and file are made only when there is something to write.
    """
    from logging.handlers import RotatingFileHandler

    path = Path(data_dir) / LOG_NAME

    class _Handler(RotatingFileHandler):
        def _open(self):  # noqa: ANN202 - the stream type of the base class
            Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
            return super()._open()

        def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
            # A data folder that cannot be written (read-only) has no log file: give it up
            # quietly rather than print logging's own traceback in the middle of the output.
            logging.getLogger().removeHandler(self)

    root = logging.getLogger()
    for h in list(root.handlers):  # one log file per process: the library it works on
        if getattr(h, "_reader_file", False):
            if Path(h.baseFilename) == path.absolute():  # type: ignore[attr-defined]
                return path
            root.removeHandler(h)
            h.close()
    handler = _Handler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True)
    handler._reader_file = True  # type: ignore[attr-defined]
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter(FILE_FORMAT))
    root.addHandler(handler)
    return path


def install_excepthook() -> None:
    """Log an unexpected error with its traceback (to the log file too) before Python prints it."""
    previous = sys.excepthook

    def hook(kind, value, tb) -> None:  # noqa: ANN001
        if not issubclass(kind, KeyboardInterrupt):
            logging.getLogger("reader").error("unexpected error", exc_info=(kind, value, tb))
        previous(kind, value, tb)

    sys.excepthook = hook


def main() -> None:
    setup_logging()
    if len(sys.argv) > 1:
        from reader.cli import cli

        cli(prog_name="reader")
        return
    from reader.errors import ReaderError
    from reader.ui.app import run

    try:
        code = run(None)
    except ReaderError as exc:
        print(f"Error: {exc.message}", file=sys.stderr)
        code = 1
    sys.exit(code)
