"""How far a speaker found one way can be trusted: the share of such speakers that were right.

Measured with ``python benchmarks/quotes_eval.py --gold tests/data/quotes-heldout-N``
for N = 4, 5, 6 and 7 (the per-method table), pooled: the four sets written
most recently and least fitted by the rules (the development set and
held-out sets 1-3 give nearly every method 1.0, which says more about tuning
than about new copy). All four have been used for tuning, so these are
estimates, not promises; held-out set 8, scored once and blind, says how
well they held (docs/PERFORMANCE.md). The side panel says them in words.
"""

from __future__ import annotations

__all__ = ["CONFIDENCE", "confidence_of"]

#: method -> share of speakers found that way that were right (sets 4-7 pooled, extractor v7:
#: name 357/365, pronoun 190/228, role 34/44, nested 29/39, organisation 11/16, statement 17/26,
#: previous paragraph 15/24; "previous sentence" had only 5 cases, so it takes a pronoun's figure).
CONFIDENCE: dict[str, float] = {
    "name": 0.98,
    "pronoun": 0.83,
    "previous sentence": 0.83,
    "role": 0.77,
    "nested": 0.74,
    "organisation": 0.69,
    "statement": 0.65,
    "previous paragraph": 0.63,
    "reader": 1.0,
}


def confidence_of(method: str | None) -> float | None:
    """The confidence of a speaker found by ``method`` (None when there is no speaker)."""
    return None if method is None else CONFIDENCE.get(method)
