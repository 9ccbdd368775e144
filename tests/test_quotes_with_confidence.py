"""confidence._with_confidence builds a Quote field by field: it must equal dataclasses.replace."""

from __future__ import annotations

import dataclasses

from reader.model import Quote
from reader.quotes import confidence


def test_with_confidence_is_replace():
    q = Quote("We will", 10, 17, "Ada Quimbrel", "partial", "said", 20, 32, ((10, 17),), "name", None, "a baker")
    got = confidence._with_confidence(q, 0.81)
    assert got == dataclasses.replace(q, confidence=0.81)
    assert [getattr(got, f.name) for f in dataclasses.fields(Quote)] == [
        getattr(dataclasses.replace(q, confidence=0.81), f.name) for f in dataclasses.fields(Quote)
    ]
