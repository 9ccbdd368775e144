"""Direct-quote extraction: who said what, with offsets into the canonical text.

Pure standard-library Python, no models.  The one entry point is
:func:`extract_quotes`; :data:`EXTRACTOR_VERSION` changes whenever its output
may change, so stored quotes can be recomputed.

Modules: :mod:`.marks` pairs quotation marks, :mod:`.cues` reads attribution
next to them, :mod:`.entities` maps mentions to full names, :mod:`.lexicon`
holds the word lists and :mod:`.extract` runs the pipeline.
"""

from __future__ import annotations

import logging

from .extract import extract_quotes

log = logging.getLogger(__name__)

#: Bump whenever extract_quotes may return different quotes for the same text.
EXTRACTOR_VERSION = 6

__all__ = ["EXTRACTOR_VERSION", "extract_quotes"]
