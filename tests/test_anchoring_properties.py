"""Property tests: placing an anchor never raises, and what it returns always holds."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Levenshtein

from reader import anchoring
from reader.anchoring import Placement, make_anchor, place, place_all

# Words of news prose, with the characters that re-imports change: curly and
# straight quotes, dashes, astral characters, a combining accent; few enough
# that words and short quotes repeat.
_WORDS = [
    "the",
    "The",
    "a",
    "it",
    "is",
    "council",
    "said",
    "wall",
    "harbour",
    "right",
    "decision",
    "Tuesday",
    "\u201cWe",
    "waited,\u201d",
    '"plain"',
    "don\u2019t",
    "isn't",
    "\u2014",
    "-",
    "\u2013",
    "\u00a34.2m",
    "\U0001f30a",
    "caf\u00e9",
    "cafe\u0301",
    "x",
]
_SEPARATORS = [" ", " ", " ", " ", "\n\n", ", ", ". "]


@st.composite
def prose(draw: st.DrawFn, max_words: int = 60, min_words: int = 1) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=min_words, max_size=max_words))
    seps = draw(st.lists(st.sampled_from(_SEPARATORS), min_size=len(words), max_size=len(words)))
    return "".join(w + s for w, s in zip(words, seps, strict=True))[:-1] or words[0]


texts = st.one_of(prose(), prose(max_words=200), st.text(min_size=1, max_size=300))
insertions = st.one_of(prose(max_words=8), st.text(min_size=1, max_size=40))


long_texts = st.one_of(prose(min_words=30, max_words=200), st.text(min_size=100, max_size=300))


@st.composite
def text_and_span(draw: st.DrawFn, texts: st.SearchStrategy[str] = texts) -> tuple[str, int, int]:
    text = draw(texts)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, min(len(text), start + 120)))
    return text, start, end


def fold(s: str) -> str:
    """Quotes, dashes and whitespace runs made plain, as the anchoring module folds them."""
    s = re.sub(r"[\u2018\u2019\u201a\u201b\u2032]", "'", s)
    s = re.sub(r"[\u201c\u201d\u201e\u201f\u2033]", '"', s)
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    return re.sub(r"\s+", " ", s)


def check_invariants(p: Placement, exact: str, text: str) -> None:
    assert isinstance(p, Placement)
    assert p.status in ("attached", "moved", "detached")
    assert 0 <= p.start <= p.end <= len(text)
    if p.status == "detached":
        assert p.score == 0.0
        return
    cut = text[p.start : p.end]
    assert cut, "a placement is never empty"
    if p.status == "attached":
        assert cut == exact and p.score == 1.0
    else:
        assert cut != exact and 0.0 <= p.score < 1.0
        # A close match (0.7), or words corrected between two unchanged sides of context, which
        # step 4b accepts down to its own bar (a figure or a name put right: "£52m" -> "£48m").
        assert Levenshtein.normalized_similarity(fold(cut), fold(exact)) >= min(0.7, anchoring._SANDWICH_SIMILAR)


SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(text_and_span())
def test_placing_on_the_same_text_keeps_the_span(case):
    text, start, end = case
    p = place(make_anchor(text, start, end), text)
    assert p == Placement(start, end, "attached", 1.0)


@SETTINGS
@given(text_and_span(), st.data())
def test_an_edit_outside_the_span_keeps_the_exact_words(case, data):
    text, start, end = case
    anchor = make_anchor(text, start, end)
    before = data.draw(st.booleans()) if 0 < start and end < len(text) else start > 0
    lo, hi = (0, start) if before else (end, len(text))
    i = data.draw(st.integers(lo, hi))
    j = data.draw(st.integers(i, hi))
    inserted = data.draw(st.one_of(st.just(""), insertions))
    assume(i < j or inserted)
    new = text[:i] + inserted + text[j:]
    p = place(anchor, new)
    assert p.status == "attached"
    assert new[p.start : p.end] == anchor.exact


@st.composite
def edited(draw: st.DrawFn, text: str) -> str:
    """``text`` with one insertion and possibly one deletion."""
    i = draw(st.integers(0, len(text)))
    text = text[:i] + draw(insertions) + text[i:]
    if draw(st.booleans()):
        i = draw(st.integers(0, len(text)))
        text = text[:i] + text[draw(st.integers(i, len(text))) :]
    return text


@SETTINGS
@given(text_and_span(long_texts), st.data())
def test_edits_beyond_the_context_keep_the_exact_words(case, data):
    text, start, end = case
    anchor = make_anchor(text, start, end)
    # Edits only where the stored context is whole (32 characters, not cut
    # short by the text's edge) and only beyond it: nothing the anchor
    # remembers has changed.
    left_ok, right_ok = start >= 32, len(text) - end >= 32
    assume(left_ok or right_ok)
    left, right = start - 32, end + 32
    new_left = data.draw(edited(text[:left])) if left_ok and data.draw(st.booleans()) else text[: max(0, left)]
    new_right = data.draw(edited(text[right:])) if right_ok and data.draw(st.booleans()) else text[right:]
    new = new_left + text[max(0, left) : right] + new_right
    p = place(anchor, new)
    assert p.status == "attached"
    assert new[p.start : p.end] == anchor.exact


@st.composite
def edits(draw: st.DrawFn, text: str) -> str:
    """1-4 random replacements anywhere, or quote/dash/whitespace swaps."""
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["replace", "fold"]))
        i = draw(st.integers(0, len(text)))
        if kind == "replace":
            j = draw(st.integers(i, min(len(text), i + 60)))
            text = text[:i] + draw(st.one_of(st.just(""), insertions)) + text[j:]
        else:
            swaps = {"\u201c": '"', '"': "\u201d", "\u2019": "'", "'": "\u2019", "\u2014": "-", "-": "\u2013"}
            swaps |= {" ": "\n\n", "\n\n": " ", "\u2013": "\u2014"}
            old = draw(st.sampled_from(sorted(swaps)))
            k = text.find(old, i)
            if k != -1:
                text = text[:k] + swaps[old] + text[k + len(old) :]
    return text


@SETTINGS
@given(text_and_span(), st.data())
def test_any_edit_never_raises_and_every_placement_holds(case, data):
    text, start, end = case
    anchor = make_anchor(text, start, end)
    new = data.draw(edits(text))
    check_invariants(place(anchor, new), anchor.exact, new)


_SWAPS = {
    "\u201c": '"',
    "\u201d": '"',
    '"': "\u201d",
    "\u2019": "'",
    "'": "\u2019",
    "\u2014": "-",
    "-": "\u2013",
    "\u2013": "\u2014",
    " ": "\n\n",
    "\n\n": " ",
}


@SETTINGS
@given(text_and_span(prose()), st.data())
def test_quote_dash_and_paragraph_changes_never_lose_a_highlight(case, data):
    text, start, end = case
    anchor = make_anchor(text, start, end)
    # Only characters the folding treats alike change (anywhere, the
    # highlight included): the words must be found again.
    new = text
    for _ in range(data.draw(st.integers(1, 6))):
        old = data.draw(st.sampled_from(sorted(_SWAPS)))
        k = new.find(old, data.draw(st.integers(0, len(new))))
        if k != -1:
            new = new[:k] + _SWAPS[old] + new[k + len(old) :]
    p = place(anchor, new)
    check_invariants(p, anchor.exact, new)
    assert p.status != "detached"
    assert fold(new[p.start : p.end]) == fold(anchor.exact)


@SETTINGS
@given(text_and_span(), st.data())
def test_odd_anchors_never_raise(case, data):
    text, _start, _end = case
    anchor = make_anchor(text, _start, _end)
    # Offsets from another text, a stale quote, context longer than usual.
    odd = type(anchor)(
        data.draw(st.integers(-5, len(text) + 5)),
        data.draw(st.integers(-5, len(text) + 5)),
        anchor.exact,
        data.draw(st.text(max_size=50)),
        data.draw(st.text(max_size=50)),
    )
    new = data.draw(st.one_of(st.just(text), texts, st.just("")))
    check_invariants(place(odd, new), odd.exact, new)


@SETTINGS
@given(texts, st.data())
def test_place_all_is_place_for_each(text, data):
    spans = data.draw(st.lists(st.tuples(st.integers(0, len(text) - 1), st.integers(1, 40)), min_size=0, max_size=8))
    anchors = [make_anchor(text, s, min(len(text), s + n)) for s, n in spans]
    new = data.draw(edits(text))
    assert place_all(anchors, new) == [place(a, new) for a in anchors]
