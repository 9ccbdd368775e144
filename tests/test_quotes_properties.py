"""Property tests: extract_quotes never raises and its offsets always hold."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.model import Block
from reader.quotes import extract_quotes

_MARKS = ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u201e", "\u00ab", "\u00bb"]
_WORDS = [
    "he",
    "she",
    "said",
    "told",
    "Mr",
    "Sir",
    "Keir",
    "Starmer",
    "the",
    "company",
    "Home Office",
    "according to",
    "don\u2019t",
    "the \u201990s",
    "rock \u2019n\u2019 roll",
    "o\u2019clock",
    ":",
    ",",
    ".",
    "?",
    "so-called",
    "prime minister",
    "Rama",
    "Ms",
    "Smith",
    "\n",
    "\n\n",
    " ",
    "\u00e9",
    "\U0001f600",
    "van",
    "of the",
    "Dr.",
    "\u2014",
]

_piece = st.one_of(st.sampled_from(_MARKS), st.sampled_from(_WORDS), st.text(max_size=6))
_texts = st.lists(_piece, max_size=60).map(lambda parts: " ".join(parts))


def _check(text: str, quotes) -> None:
    last = -1
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert q.start >= last or q.start >= 0  # sorted by start
        last = q.start
        pieces = q.pieces or ((q.start, q.end),)
        for s, e in pieces:
            assert q.start <= s <= e <= q.end
        if len(pieces) == 1:
            assert q.text == text[q.start : q.end]
        else:
            assert q.text == " ".join(text[s:e] for s, e in pieces)
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start <= q.speaker_end <= len(text)
        assert q.kind in ("direct", "partial")
    starts = [q.start for q in quotes]
    assert starts == sorted(starts)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts)
def test_never_raises_and_offsets_hold(text):
    _check(text, extract_quotes(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode(text):
    _check(text, extract_quotes(text))


@settings(max_examples=200, deadline=None)
@given(
    _texts,
    st.lists(
        st.tuples(
            st.integers(-5, 400),
            st.integers(-5, 400),
            st.sampled_from(["paragraph", "heading", "blockquote", "list_item"]),
        ),
        max_size=8,
    ),
)
def test_any_blocks(text, raw_blocks):
    blocks = [Block(k, min(a, b), max(a, b)) for a, b, k in raw_blocks]
    _check(text, extract_quotes(text, blocks))


@given(_texts)
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
def test_leaving_a_doubtful_speaker_unclear_changes_nothing_else(text):
    guessed = extract_quotes(text, unclear_below=0.0)
    shown = extract_quotes(text)
    assert [(q.start, q.end, q.pieces, q.kind) for q in shown] == [(q.start, q.end, q.pieces, q.kind) for q in guessed]
    for g, s in zip(guessed, shown, strict=True):
        assert (s.speaker is None) == (s.method is None) == (s.confidence is None)
        if s.speaker is not None:
            # a speaker shown is the rules' own guess, with the confidence it was judged at
            assert (s.speaker, s.method, s.confidence) == (g.speaker, g.method, g.confidence)
            assert 0.5 <= s.confidence <= 1.0
        elif g.speaker is not None:
            assert g.confidence < 0.5  # left unclear only because it was doubtful
