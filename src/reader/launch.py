"""The ``reader`` console script and ``python -m reader``.

A bare ``reader`` (what a desktop launcher runs) opens the window straight
away, without loading click (~15 ms of start-up); any argument goes to the
click command line in :mod:`reader.cli`.
"""

from __future__ import annotations

import logging
import sys

LOG_FORMAT = "%(levelname)s %(name)s: %(message)s"
#: Libraries whose warnings are about their own internals ("discarding data:
#: None"), printed in the middle of command output and of no use to a reader;
#: their errors still show.
QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer", "readability")


def setup_logging() -> None:
    logging.basicConfig(level=logging.WARNING, format=LOG_FORMAT)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.ERROR)


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
