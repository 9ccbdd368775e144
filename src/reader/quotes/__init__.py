"""Direct-quote extraction: who said what, with offsets into the canonical text.

Pure standard-library Python plus published name data, no models.  The one
entry point is :func:`extract_quotes`; :data:`EXTRACTOR_VERSION` changes
whenever its output may change, so stored quotes can be recomputed.

The modules, by stage (each lists its public names in ``__all__``; none
reads another's private names, see ``tests/test_quotes_structure.py``):

1. :mod:`.marks`: quotation marks paired into quoted spans (nested ones too).
2. :mod:`.tokens`: words of the text, normal forms, regex helpers.
3. :mod:`.kinds`: what a run of capitals names (a person, an organisation,
   neither) and a person's gender from given names.
4. :mod:`.names`: runs of capitals, split into title and name.
5. :mod:`.registry`: every person and organisation and where they are
   named, the timeline of mentions; built once, read-only after.
6. :mod:`.story`: the registry plus what the quotes resolved so far taught
   (genders, roles, organisations, the last speakers); a value.
7. :mod:`.antecedents`: whom a pronoun or a role refers back to, over a Story.
8. :mod:`.cues`: the attribution next to a quote, a speech verb and the
   speaker mention.
9. :mod:`.resolve`: a speaker mention to a full name; the final settle.
10. :mod:`.extract`: the pipeline (spans, segments, groups, one step per group).
11. :mod:`.lede`: a lede that describes its speaker, named in the next paragraph (a pass after the pipeline).
12. :mod:`.beat`: a beat of action before an unattributed quote ("She pauses. '...'"), its speaker (a pass too).

:mod:`.confidence` says how far each way of finding a speaker can be
trusted (measured, see its docstring). :mod:`.lexicon` holds the word lists (data); :mod:`.entities` keeps old
import paths working.

Data flows one way: text -> marks -> registry (tokens, names, kinds) ->
cues -> resolve (antecedents) -> quotes.  Resolution never writes to the
registry: each quote group is resolved against a Story and hands the next
group a new one, so the order in which groups are resolved cannot leak.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .extract import extract_quotes

log = logging.getLogger(__name__)

#: Bump whenever extract_quotes may return different quotes for the same text.
EXTRACTOR_VERSION = 777

__all__ = ["EXTRACTOR_VERSION", "extract_quotes"]


def __getattr__(name: str):  # noqa: ANN202
    # The engine is imported on first use, so that reading EXTRACTOR_VERSION stays cheap: the
    # window's check for stale quotes ran the import (~50 ms holding the interpreter lock) in a
    # worker while a long article was being set, and the UI thread waited for the lock.
    if name == "extract_quotes":
        from .extract import extract_quotes

        return extract_quotes
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
