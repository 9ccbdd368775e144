"""How far a speaker found one way can be trusted: the share of such speakers that were right.

Measured with ``python benchmarks/quotes_eval.py --gold tests/data/quotes-heldout-4``
and ``--gold tests/data/quotes-heldout-5`` (the per-method table), pooled:
the two sets written most recently and least fitted by the rules (the
development set and held-out sets 1-3 give nearly every method 1.0, which
says more about tuning than about new copy). Both sets have been used for
tuning, so these are estimates, not promises; the side panel shows them
as words ("named beside the quote", "by a pronoun: check"), not as odds.
"""

from __future__ import annotations

__all__ = ["CONFIDENCE", "confidence_of"]

#: method -> share of speakers found that way that were right (sets 4 and 5 pooled, extractor v7).
CONFIDENCE: dict[str, float] = {
    "name": 0.97,
    "organisation": 0.89,
    "nested": 0.88,
    "pronoun": 0.80,
    "previous sentence": 0.80,  # no case in sets 4-5; taken as a pronoun's, the same kind of evidence
    "statement": 0.64,
    "previous paragraph": 0.62,
    "role": 0.58,
    "reader": 1.0,
}


def confidence_of(method: str | None) -> float | None:
    """The confidence of a speaker found by ``method`` (None when there is no speaker)."""
    return None if method is None else CONFIDENCE.get(method)
