"""How far a speaker found one way can be trusted: the share of such speakers that were right.

Measured with ``python benchmarks/quotes_eval.py --gold tests/data/quotes-heldout-N``
for N = 4 to 13 (the per-method table), pooled, on extractor v8: the ten
sets written most recently and least fitted by the rules (the development
set and held-out sets 1-3 give nearly every method 1.0, which says more
about tuning than about new copy). All ten have been used for tuning, so
these are estimates, not promises; each new set, scored once and blind
before it is pooled here, says how well such figures hold on new copy
(docs/PERFORMANCE.md). The side panel says them in words.
"""

from __future__ import annotations

__all__ = ["CHECK_BELOW", "CONFIDENCE", "confidence_of"]

#: A speaker found a way right less often than this is shown as one to check.
CHECK_BELOW = 0.8

#: method -> share of speakers found that way that were right (sets 4-13 pooled, extractor v8:
#: name 1047/1066, pronoun 570/622, previous sentence 15/17, organisation 73/87 (also "the council
#: said" and "a spokeswoman for the board"), statement 37/46, nested 59/73, previous paragraph
#: 67/87, role 59/80).
CONFIDENCE: dict[str, float] = {
    "name": 0.98,
    "pronoun": 0.92,
    "previous sentence": 0.88,
    "organisation": 0.84,
    "nested": 0.81,
    "statement": 0.80,
    "previous paragraph": 0.77,
    "role": 0.74,
    "reader": 1.0,
}


def confidence_of(method: str | None) -> float | None:
    """The confidence of a speaker found by ``method`` (None when there is no speaker)."""
    return None if method is None else CONFIDENCE.get(method)
