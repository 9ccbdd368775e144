"""How far a speaker found one way can be trusted: the share of such speakers that were right.

Measured with ``python benchmarks/quotes_eval.py --gold tests/data/quotes-heldout-N``
for N = 4 to 12 (the per-method table), pooled, on extractor v8: the nine
sets written most recently and least fitted by the rules (the development
set and held-out sets 1-3 give nearly every method 1.0, which says more
about tuning than about new copy). All nine have been used for tuning, so
these are estimates, not promises; held-out 12, scored once and blind before
it was pooled here, says how well such figures hold on new copy
(docs/PERFORMANCE.md). The side panel says them in words.
"""

from __future__ import annotations

__all__ = ["CHECK_BELOW", "CONFIDENCE", "confidence_of"]

#: A speaker found a way right less often than this is shown as one to check.
CHECK_BELOW = 0.8

#: method -> share of speakers found that way that were right (sets 4-12 pooled, extractor v8:
#: name 935/954, pronoun 503/559, previous sentence 12/14, organisation 64/80 -- now also "the
#: council said" and "a spokeswoman for the board" --, statement 33/42, role 57/76, nested 52/69,
#: previous paragraph 59/81).
CONFIDENCE: dict[str, float] = {
    "name": 0.98,
    "pronoun": 0.90,
    "previous sentence": 0.86,
    "organisation": 0.80,
    "statement": 0.79,
    "role": 0.75,
    "nested": 0.75,
    "previous paragraph": 0.73,
    "reader": 1.0,
}


def confidence_of(method: str | None) -> float | None:
    """The confidence of a speaker found by ``method`` (None when there is no speaker)."""
    return None if method is None else CONFIDENCE.get(method)
