"""How far a speaker found one way can be trusted: the share of such speakers that were right.

Measured on copy the rules had not seen: the blind, first scores of held-out
sets 11 to 20 (``python benchmarks/quotes_eval.py --gold
tests/data/quotes-heldout-N``, each written by someone who never saw the
engine and scored once, on extractor v8 or v9 as it stood that day; figures
in docs/PERFORMANCE.md), pooled. Tuned-on sets flatter every method (the same
methods on held-out 4-14 after tuning: name 0.98, pronoun 0.92, organisation
0.81, role 0.76, previous paragraph 0.73), so the blind figures are what a
reader should expect of a new article. Where the blind sets had fewer than
20 such speakers, the tuned figure is used instead. The side panel says them
in words.
"""

from __future__ import annotations

__all__ = ["CHECK_BELOW", "CONFIDENCE", "confidence_of"]

#: A speaker found a way right less often than this is shown as one to check.
CHECK_BELOW = 0.8

#: method -> share of speakers found that way that were right on new copy (held-out 11-20, blind,
#: pooled: name 1080/1123, pronoun 652/707, previous sentence 20/23, nested 61/81, statement 23/32,
#: role 57/81, previous paragraph 114/178, organisation 57/89).
CONFIDENCE: dict[str, float] = {
    "name": 0.96,
    "pronoun": 0.92,
    "previous sentence": 0.87,
    "nested": 0.75,
    "statement": 0.72,
    "role": 0.70,
    "previous paragraph": 0.64,
    "organisation": 0.64,
    "reader": 1.0,
}


def confidence_of(method: str | None) -> float | None:
    """The confidence of a speaker found by ``method`` (None when there is no speaker)."""
    return None if method is None else CONFIDENCE.get(method)
