"""How far a speaker found one way can be trusted: the share of such speakers that were right.

Measured with ``python benchmarks/quotes_eval.py --gold tests/data/quotes-heldout-N``
for N = 4 to 9 (the per-method table), pooled: the six sets written
most recently and least fitted by the rules (the development set and
held-out sets 1-3 give nearly every method 1.0, which says more about tuning
than about new copy). All six have been used for tuning, so these are
estimates, not promises; held-out set 10, scored once and blind, says how
well they held (docs/PERFORMANCE.md). The side panel says them in words.
"""

from __future__ import annotations

__all__ = ["CHECK_BELOW", "CONFIDENCE", "confidence_of"]

#: A speaker found a way right less often than this is shown as one to check.
CHECK_BELOW = 0.8

#: method -> share of speakers found that way that were right (sets 4-9 pooled, extractor v7:
#: name 601/613, pronoun 309/362, nested 39/48, organisation 19/25, role 51/69, statement 21/29,
#: previous paragraph 31/44; "previous sentence" had only 8 cases, so it takes a pronoun's figure).
CONFIDENCE: dict[str, float] = {
    "name": 0.98,
    "pronoun": 0.85,
    "previous sentence": 0.85,
    "nested": 0.81,
    "organisation": 0.76,
    "role": 0.74,
    "statement": 0.72,
    "previous paragraph": 0.70,
    "reader": 1.0,
}


def confidence_of(method: str | None) -> float | None:
    """The confidence of a speaker found by ``method`` (None when there is no speaker)."""
    return None if method is None else CONFIDENCE.get(method)
