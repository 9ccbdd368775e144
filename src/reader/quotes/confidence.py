"""How far a speaker found one way can be trusted: the share of such speakers that were right.

Measured with ``python benchmarks/quotes_eval.py --gold tests/data/quotes-heldout-N``
for N = 4 to 8 (the per-method table), pooled: the five sets written
most recently and least fitted by the rules (the development set and
held-out sets 1-3 give nearly every method 1.0, which says more about tuning
than about new copy). All five have been used for tuning, so these are
estimates, not promises; held-out set 9, scored once and blind, says how
well they held (docs/PERFORMANCE.md). The side panel says them in words.
"""

from __future__ import annotations

__all__ = ["CHECK_BELOW", "CONFIDENCE", "confidence_of"]

#: A speaker found a way right less often than this is shown as one to check.
CHECK_BELOW = 0.8

#: method -> share of speakers found that way that were right (sets 4-8 pooled, extractor v7:
#: name 497/507, pronoun 242/285, nested 34/41, previous paragraph 22/29, statement 19/26,
#: organisation 13/18, role 41/57; "previous sentence" had only 8 cases, so it takes a pronoun's figure).
CONFIDENCE: dict[str, float] = {
    "name": 0.98,
    "pronoun": 0.85,
    "previous sentence": 0.85,
    "nested": 0.83,
    "previous paragraph": 0.76,
    "statement": 0.73,
    "organisation": 0.72,
    "role": 0.72,
    "reader": 1.0,
}


def confidence_of(method: str | None) -> float | None:
    """The confidence of a speaker found by ``method`` (None when there is no speaker)."""
    return None if method is None else CONFIDENCE.get(method)
