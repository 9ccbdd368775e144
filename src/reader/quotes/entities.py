"""Where the names of the old ``entities`` module live now (kept so that old imports work).

``entities`` once held tokenising, name parsing, typing, the registry and
pronoun resolution in one file.  They are now stages of their own:
:mod:`.tokens`, :mod:`.names`, :mod:`.kinds`, :mod:`.registry`,
:mod:`.story`, :mod:`.antecedents` and :mod:`.resolve`.  New code imports
from those; this module only re-exports the public names that code outside
the engine used to import from here.
"""

from __future__ import annotations

import logging

from .names import RUN_RE, run_spans
from .registry import Registry
from .tokens import LazyWords, alternation, first_word, last_word, rwords, words

log = logging.getLogger(__name__)

__all__ = [
    "RUN_RE",
    "LazyWords",
    "Registry",
    "alternation",
    "first_word",
    "last_word",
    "run_spans",
    "rwords",
    "words",
]
