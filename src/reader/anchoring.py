"""Re-anchoring highlights: find a highlight's words again in a changed text.

A highlight remembers where it was (``start``/``end``, code-point offsets into
the article's canonical text) and what it was (``exact``, with up to
:data:`CONTEXT_CHARS` characters of ``prefix`` and ``suffix`` around it), see
:class:`reader.model.Anchor`. When the canonical text changes (a refresh, a
re-import with a better extractor), :func:`place` finds the words again. It
tries, in order, and stops at the first step that succeeds:

1. **Position.** ``text[start:end]`` is still ``exact`` and the context there
   still agrees (one side identical, or both sides close) -> ``attached``.
   If the words are there but both sides disagree, the old offsets most likely
   point at another occurrence of the same words, so go on.
2. **Exact words.** Every occurrence of ``exact``, scored by how well its
   context matches the stored prefix and suffix and, lightly, by how near it
   is to the old start -> ``attached``. If the best has none of its context,
   a close match that kept its context (step 4) is preferred: the passage
   was likely edited, and these are the same words quoted elsewhere.
3. **Normalised words.** The same search with whitespace runs, quotes and
   dashes folded (case kept), mapped back to the original offsets -> ``moved``.
   (Steps 3 and 4 search the folded text too, and say ``attached`` if the cut
   turns out to be the exact words after all.)
4. **Fuzzy.** rapidfuzz finds the window that best matches the quote near the
   old position (then, failing that, in the whole text; and also next to
   where the old context matches best, when the quote's best match has no
   context). The window's ends move to where the fewest characters differ,
   onto the quote's own words and to word boundaries. Accepted if the cut is
   at least 75% similar to the quote (Levenshtein distance at most a quarter
   of its length) -> ``moved``.
   4b. **Between unchanged context.** Both stored sides of context still
   stand, with only the highlight's words changed between them (a figure or
   a name corrected) -> ``moved``, on what stands there now.
5. Otherwise ``detached``, at the old offsets clipped into the text.

A wrong placement is worse than a detached one: a short quote (under
20 characters, such as one common word or a name) is placed, in steps 2-4,
only where its context supports it (one side at least half similar), even if
it occurs only once: a few characters found once in a rewritten text are as
likely a coincidence as the same words (a common word never is unique in a
news article, and three letters of a word turn up once in unrelated text).

This follows the Hypothesis client's approach (``anchoring/match-quote.ts``
and ``types.ts``: position first, then the quote scored by its context and
nearness, weighted quote 50, prefix 20, suffix 20, position 2); it is learned
from, not copied. The approximate search uses rapidfuzz's C++ matchers instead
of a hand-written one.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, LCSseq, Levenshtein

from reader.model import Anchor

log = logging.getLogger(__name__)

#: How many characters of context an anchor keeps on each side.
CONTEXT_CHARS = 32

ATTACHED = "attached"
MOVED = "moved"
DETACHED = "detached"

# Hypothesis client's weights for a candidate: quote, prefix, suffix, position.
_W_QUOTE, _W_PREFIX, _W_SUFFIX, _W_POSITION = 50.0, 20.0, 20.0, 2.0
# Quotes shorter than this are too common to place without context.
_SHORT = 20
# A side of context "supports" a placement at this similarity or more.
_MIN_CONTEXT = 0.5
# Step 1: with neither side identical, both must be at least this similar.
_CLOSE_CONTEXT = 0.75
# Step 4: the least similarity (1 - edit distance / length) a fuzzy quote may have.
_MIN_QUOTE = 0.75
# Step 4: a fuzzy cut's ends rest on runs of at least this many characters
# matching the quote (see _settle_ends); shorter ones turn up by chance.
_SOLID = 3
# Step 4: at most this many positions tried in the gap between two words.
_MAX_GAP = 8
# Step 4: how far around the old position (plus twice the quote's length) the
# first, bounded search looks.
_WINDOW_MARGIN = 500

# One character for one: folding quotes and dashes keeps offsets; only
# whitespace runs change length (handled with an index map).
_FOLD_TABLE = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    }
)
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an anchor landed in a text.

    ``status`` is ``attached`` (the exact words), ``moved`` (words that differ
    a little) or ``detached`` (not found: ``start``/``end`` are the old offsets
    clipped into the text). ``score`` is 1.0 for the exact words, the quote's
    similarity in [0, 1) for a moved placement and 0.0 for a detached one.
    """

    start: int
    end: int
    status: str
    score: float


def make_anchor(text: str, start: int, end: int) -> Anchor:
    """Make the anchor of ``text[start:end]``.

    Args:
        text: The canonical text the highlight is made on.
        start: Offset of the first highlighted character (code points).
        end: Offset just past the last highlighted character.

    Returns:
        An :class:`~reader.model.Anchor` with the exact words and up to
        :data:`CONTEXT_CHARS` characters of context on each side.

    Raises:
        ValueError: If not ``0 <= start < end <= len(text)``.
    """
    if not 0 <= start < end <= len(text):
        raise ValueError(f"a highlight needs 0 <= start < end <= {len(text)}, got {start}..{end}")
    return Anchor(
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
    )


def place(anchor: Anchor, text: str) -> Placement:
    """Find where an anchor's words are in a (possibly changed) text.

    Args:
        anchor: The anchor, made on an earlier version of the text.
        text: The text as it is now.

    Returns:
        The :class:`Placement`; never raises for any anchor or text, and
        ``0 <= start <= end <= len(text)`` always holds.
    """
    return _place(anchor, _Text(text))


def place_all(anchors: Sequence[Anchor], text: str) -> list[Placement]:
    """Place many anchors on one text (an article's highlights after a refresh).

    Args:
        anchors: The anchors, in any order.
        text: The text as it is now.

    Returns:
        One :class:`Placement` per anchor, in the same order; the same as
        ``[place(a, text) for a in anchors]``, but the folded copy of the text
        is made once for all of them.
    """
    shared = _Text(text)
    return [_place(anchor, shared) for anchor in anchors]


class _Text:
    """A text with its folded copy (made on first use) and the map between them."""

    __slots__ = ("text", "_folded", "_starts")

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: str | None = None
        self._starts: list[int] = []

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded, self._starts = _fold_with_map(self.text)
        return self._folded

    def to_original(self, fstart: int, fend: int) -> tuple[int, int]:
        """The original span of the folded span ``[fstart, fend)``."""
        _ = self.folded
        return self._starts[fstart], self._starts[fend]

    def to_folded(self, pos: int) -> int:
        """The folded offset of the character at original offset ``pos``."""
        _ = self.folded
        pos = min(max(pos, 0), len(self.text))
        return bisect.bisect_right(self._starts, pos) - 1


def _fold(s: str) -> str:
    """Quotes and dashes made plain, whitespace runs made one space; case kept."""
    return _WHITESPACE.sub(" ", s.translate(_FOLD_TABLE))


def _fold_with_map(text: str) -> tuple[str, list[int]]:
    """``_fold(text)`` and, for each folded character, its original offset.

    The list has one more entry, ``len(text)``, so folded span ``[a, b)`` is
    original span ``[starts[a], starts[b])``; a folded space stands for its
    whole whitespace run.
    """
    t = text.translate(_FOLD_TABLE)
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for m in _WHITESPACE.finditer(t):
        a, b = m.span()
        parts.append(t[pos:a])
        starts.extend(range(pos, a))
        parts.append(" ")
        starts.append(a)
        pos = b
    parts.append(t[pos:])
    starts.extend(range(pos, len(t)))
    starts.append(len(t))
    return "".join(parts), starts


def _similarity(a: str, b: str) -> float:
    return Levenshtein.normalized_similarity(a, b)


def _side(stored: str, actual: str, at_edge: bool) -> float:
    """How well one side of context matches: 0..1.

    An empty stored side means the highlight touched the text's start (or end),
    so it matches only a placement that does too.
    """
    if not stored:
        return 1.0 if at_edge else 0.0
    if not actual:
        return 0.0
    return _similarity(stored, actual)


def _context(hay: str, start: int, end: int, prefix: str, suffix: str) -> tuple[float, float]:
    """The prefix and suffix similarity of a placement at ``hay[start:end]``."""
    before = hay[max(0, start - len(prefix)) : start]
    after = hay[end : end + len(suffix)]
    return _side(prefix, before, start == 0), _side(suffix, after, end == len(hay))


def _detached(anchor: Anchor, text: str) -> Placement:
    n = len(text)
    start = min(max(anchor.start, 0), n)
    end = min(max(anchor.end, start), n)
    return Placement(start, end, DETACHED, 0.0)


def _place(anchor: Anchor, t: _Text) -> Placement:
    text = t.text
    if not anchor.exact or not text:
        return _detached(anchor, text)
    placed = _at_position(anchor, text)
    if placed is not None:
        return placed
    fexact, fprefix, fsuffix = _fold(anchor.exact), _fold(anchor.prefix), _fold(anchor.suffix)
    found = _best_occurrence(anchor.exact, text, anchor.prefix, anchor.suffix, anchor.start)
    if found is not None:
        start, support = found
        if support >= _MIN_CONTEXT:
            return Placement(start, start + len(anchor.exact), ATTACHED, 1.0)
        # The words are here, but none of their context: the highlighted
        # passage itself may have changed a little and these be the same words
        # elsewhere. A close match that kept its context is the better answer.
        other = _fuzzy_with_context(anchor, t, fexact, fprefix, fsuffix)
        if other is not None:
            return other
        return Placement(start, start + len(anchor.exact), ATTACHED, 1.0)

    folded = t.folded
    fold_start = t.to_folded(anchor.start)
    fs = _best_occurrence(fexact, folded, fprefix, fsuffix, fold_start)
    if fs is not None:
        span: tuple[int, int] | None = (fs[0], fs[0] + len(fexact))
    else:
        span = _fuzzy(fexact, folded, fprefix, fsuffix, fold_start, t.to_folded(anchor.end))
    if span is None:
        span = _between_context(fexact, folded, fprefix, fsuffix, fold_start)
    if span is None:
        return _detached(anchor, text)
    return _placement(anchor, t, span)


#: Step 4b needs this much unchanged context on each side, and the words
#: between to be at least this similar to the highlight's: a corrected figure
#: or name ("£52m" -> "£48m" is 0.5) passes, a sentence replaced by another
#: one in the same place (typically 0.2-0.45) does not.
_SANDWICH_MIN = 16
_SANDWICH_SIMILAR = 0.5


def _between_context(fexact: str, folded: str, fprefix: str, fsuffix: str, old_start: int) -> tuple[int, int] | None:
    """Step 4b: the words between the unchanged context on both sides.

    When a figure or a name is corrected ("£52m" -> "£48m", "Wednesday
    afternoon" -> "Thursday"), the highlight's own words may be too
    different for a fuzzy match while both sides of its context stand exactly
    as they were. What lies between them, if it is about as long as the
    highlight and still half like it, is the highlight. Both sides must be whole (at least
    :data:`_SANDWICH_MIN` characters each, 32 as stored), so the evidence is
    some fifty characters of unchanged text around the spot.
    """
    if len(fprefix) < _SANDWICH_MIN or len(fsuffix) < _SANDWICH_MIN:
        return None
    longest = 3 * len(fexact) + 16
    best: tuple[int, int, int] | None = None
    for p in _all(folded, fprefix, 0, len(folded)):
        lo = p + len(fprefix)
        q = folded.find(fsuffix, lo, lo + longest + len(fsuffix))
        if q == -1:
            continue
        start, end = lo, q
        while start < end and folded[start].isspace():
            start += 1
        while end > start and folded[end - 1].isspace():
            end -= 1
        if end - start < max(1, len(fexact) // 3) or _similarity(fexact, folded[start:end]) < _SANDWICH_SIMILAR:
            continue
        key = (abs(start - old_start), start, end)
        if best is None or key < best:
            best = key
    return None if best is None else (best[1], best[2])


def _fuzzy_with_context(anchor: Anchor, t: _Text, fexact: str, fprefix: str, fsuffix: str) -> Placement | None:
    """A fuzzy placement whose context supports it on at least one side, or None."""
    folded = t.folded
    span = _fuzzy(fexact, folded, fprefix, fsuffix, t.to_folded(anchor.start), t.to_folded(anchor.end))
    if span is None or max(_context(folded, *span, fprefix, fsuffix)) < _MIN_CONTEXT:
        return None
    return _placement(anchor, t, span)


def _placement(anchor: Anchor, t: _Text, span: tuple[int, int]) -> Placement:
    """A span of the folded text as a placement in the original one."""
    text = t.text
    start, end = t.to_original(*span)
    cut = text[start:end]
    if cut == anchor.exact:
        return Placement(start, end, ATTACHED, 1.0)
    return Placement(start, end, MOVED, min(_similarity(anchor.exact, cut), 0.999))


def _at_position(anchor: Anchor, text: str) -> Placement | None:
    """Step 1: the words at their old offsets, with context that still agrees."""
    start, end = anchor.start, anchor.end
    if not (0 <= start < end <= len(text)) or text[start:end] != anchor.exact:
        return None
    prefix, suffix = anchor.prefix, anchor.suffix
    before = text[max(0, start - len(prefix)) : start]
    after = text[end : end + len(suffix)]
    # A side shorter than CONTEXT_CHARS reached the text's edge: it agrees
    # only if it still does.
    if before == prefix and (len(prefix) >= CONTEXT_CHARS or start == len(prefix)):
        return Placement(start, end, ATTACHED, 1.0)
    if after == suffix and (len(suffix) >= CONTEXT_CHARS or end + len(suffix) == len(text)):
        return Placement(start, end, ATTACHED, 1.0)
    ps, ss = _context(text, start, end, prefix, suffix)
    if ps >= _CLOSE_CONTEXT and ss >= _CLOSE_CONTEXT:
        return Placement(start, end, ATTACHED, 1.0)
    return None


def _best_occurrence(needle: str, hay: str, prefix: str, suffix: str, old_start: int) -> tuple[int, float] | None:
    """Steps 2 and 3: the occurrence of ``needle`` whose context fits best, as (start, context support).

    Scored like the Hypothesis client: prefix 20, suffix 20, nearness to the
    old start 2 (relative to the text's length). Ties go to the nearest, then
    the first. A short needle is placed only where its context supports it,
    or, for an anchor that has no context at all (a highlight imported from a
    service that kept only the words), where it occurs once.
    """
    occurrences = []
    i = hay.find(needle)
    while i != -1:
        occurrences.append(i)
        i = hay.find(needle, i + 1)
    if not occurrences:
        return None
    need_support = len(needle) < _SHORT
    if need_support and not prefix and not suffix:
        # No context was ever known: the words alone decide, and only when they cannot be mistaken.
        return (occurrences[0], 0.0) if len(occurrences) == 1 else None
    n = max(len(hay), 1)
    best: tuple[float, int, int, float] | None = None
    for s in occurrences:
        ps, ss = _context(hay, s, s + len(needle), prefix, suffix)
        if need_support and max(ps, ss) < _MIN_CONTEXT:
            continue
        distance = abs(s - old_start)
        nearness = 1.0 - min(1.0, distance / n)
        key = (_W_PREFIX * ps + _W_SUFFIX * ss + _W_POSITION * nearness, -distance, -s, max(ps, ss))
        if best is None or key > best:
            best = key
    return None if best is None else (-best[2], best[3])


def _fuzzy(
    fexact: str, folded: str, fprefix: str, fsuffix: str, old_start: int, old_end: int
) -> tuple[int, int] | None:
    """Step 4: an approximate match, first near the old position, then anywhere."""
    margin = 2 * len(fexact) + _WINDOW_MARGIN
    lo, hi = max(0, old_start - margin), min(len(folded), old_end + margin)
    span = _fuzzy_in(fexact, folded, fprefix, fsuffix, old_start, lo, hi)
    if span is None and (lo > 0 or hi < len(folded)):
        span = _fuzzy_in(fexact, folded, fprefix, fsuffix, old_start, 0, len(folded))
    return None if span is None else _context_ends(fexact, folded, fprefix, fsuffix, *span)


#: How many characters of a stored side of context must stand unchanged next
#: to a fuzzy cut for that side to fix where the cut ends: a long probe, or
#: failing that (the paragraph after it changed) a short one.
_CONTEXT_PROBES = (12, 6)


def _context_ends(fexact: str, folded: str, fprefix: str, fsuffix: str, start: int, end: int) -> tuple[int, int]:
    """Let unchanged context decide a fuzzy cut's ends.

    Where the words just before (or after) the highlight still stand as they
    were, the highlight starts (or ends) exactly there: a changed first or
    last word ("on the mat" -> "on the rug") is then inside the cut, where a
    reader expects it, instead of being left out because leaving it out costs
    fewer edits. Only within the refining's reach, and only if the cut stays
    close enough to the quote.
    """
    given = (start, end)
    reach = _slack(len(fexact))
    for k in _CONTEXT_PROBES:
        probe = fsuffix[:k]
        if len(probe) < k or not any(c.isalnum() for c in probe):
            continue
        spots = _all(folded, probe, max(start + 1, end - reach), end + reach + k)
        if spots:
            e = min(spots, key=lambda i: abs(i - end))
            if e != end and _close(fexact, folded[start:e].strip()):
                end = e
            break
    for k in _CONTEXT_PROBES:
        probe = fprefix[-k:] if k <= len(fprefix) else ""
        if not probe or not any(c.isalnum() for c in probe):
            continue
        spots = [i + k for i in _all(folded, probe, max(0, start - reach - k), end - 1) if i + k < end]
        if spots:
            s = min(spots, key=lambda i: abs(i - start))
            if s != start and _close(fexact, folded[s:end].strip()):
                start = s
            break
    # The context may begin with a space the quote did not have.
    while start < end and folded[start].isspace() and not fexact[0].isspace():
        start += 1
    while end > start and folded[end - 1].isspace() and not fexact[-1].isspace():
        end -= 1
    if (start, end) != given and not (start < end and _close(fexact, folded[start:end])):
        return given  # only ever a cut at least as close as the limit asks
    return start, end


def _all(hay: str, needle: str, lo: int, hi: int) -> list[int]:
    """Every start of ``needle`` wholly inside ``hay[lo:hi]``."""
    out = []
    i = hay.find(needle, max(0, lo), hi)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1, hi)
    return out


def _fuzzy_in(
    fexact: str, folded: str, fprefix: str, fsuffix: str, old_start: int, lo: int, hi: int
) -> tuple[int, int] | None:
    """The best approximate match of ``fexact`` in ``folded[lo:hi]``, if good enough.

    The first guess is where the quote itself matches best. If that guess has
    no context around it (or fails), two more are tried: just after where the
    prefix matches best and just before where the suffix does, so that a
    slightly changed quote is still found when its old words occur elsewhere
    without their context. Guesses are ranked like the Hypothesis client's:
    quote 50, prefix 20, suffix 20, nearness 2.
    """
    if lo >= hi:
        return None
    region = folded[lo:hi]
    n, length = len(folded), len(fexact)

    def located(needle: str) -> tuple[int, int] | None:
        # partial_ratio compares windows of the needle's length (Indel ratio);
        # a quote within our limit scores at least 75 there, so 50 loses nothing.
        found = fuzz.partial_ratio_alignment(needle, region, score_cutoff=50)
        return None if found is None else (lo + found.dest_start, lo + found.dest_end)

    def judged(start: int, end: int) -> tuple[float, float, int, int] | None:
        """(score, context support, start, end) of the best cut near a guess, if acceptable."""
        start, end = max(0, start), min(n, end)
        if start >= end:
            return None
        # A cut within the limit keeps at least 75% of the quote's characters
        # in order (edit distance >= length - LCS), and so does any stretch
        # containing it: if the stretch around the guess that refining can
        # reach keeps fewer, skip the costly refining (most guesses in an
        # unrelated text stop here).
        reach = 2 * _slack(length)
        stretch = folded[max(0, start - reach) : end + reach]
        if LCSseq.similarity(fexact, stretch) < _MIN_QUOTE * length:
            return None
        s, e = _snap(
            fexact, folded, fprefix, fsuffix, *_settle_ends(fexact, folded, *_refine(fexact, folded, start, end))
        )
        if s >= e:
            return None
        quote = _similarity(fexact, folded[s:e])
        ps, ss = _context(folded, s, e, fprefix, fsuffix)
        support = max(ps, ss)
        if quote < _MIN_QUOTE or (length < _SHORT and support < _MIN_CONTEXT):
            return None
        nearness = 1.0 - min(1.0, abs(s - old_start) / n)
        score = _W_QUOTE * quote + _W_PREFIX * ps + _W_SUFFIX * ss + _W_POSITION * nearness
        return score, support, s, e

    guesses = []
    window = located(fexact)
    if window is not None:
        first = judged(*window)
        if first is not None and first[1] >= _MIN_CONTEXT:
            return first[2], first[3]
        guesses.append(first)
    if fprefix and (after_prefix := located(fprefix)) is not None:
        guesses.append(judged(after_prefix[1], after_prefix[1] + length))
    if fsuffix and (before_suffix := located(fsuffix)) is not None:
        guesses.append(judged(before_suffix[0] - length, before_suffix[0]))
    # Best score; on a tie the nearest to the old start, then the first.
    ranked = [(g[0], -abs(g[2] - old_start), -g[2], g[2], g[3]) for g in guesses if g is not None]
    if not ranked:
        return None
    best = max(ranked)
    log.debug("fuzzy placement %d..%d, score %.1f", best[3], best[4], best[0])
    return best[3], best[4]


def _slack(length: int) -> int:
    """How far :func:`_refine` moves each end: the most edits we accept, and a little."""
    return length // 4 + 8


def _refine(fexact: str, folded: str, start: int, end: int) -> tuple[int, int]:
    """Move the ends of a quote-long window to where the edit distance is least.

    partial_ratio's window always has the quote's length, but words may have
    been inserted into the quote or taken out of it. Each end moves within a
    quarter of the quote's length (the most edits we accept), one end at a
    time: first the start against a generous end, then the end, then the start
    again. Of cuts equally close, the longest wins: at the same cost it keeps
    more of the quote's characters.

    Closeness here is the Indel distance (insertions and deletions only), not
    Levenshtein: with a substitution costing two, characters that have
    nothing in common with the quote are left out of the cut instead of being
    swapped in (a quote whose first words are gone starts at the words that
    remain, not at the neighbouring paragraph's end). Whether the cut is
    close enough is still judged by Levenshtein similarity.
    """
    n = len(folded)
    slack = _slack(len(fexact))

    def best_start(fixed_end: int, guess: int) -> int:
        best, best_d = guess, None
        for s in range(max(0, guess - slack), min(fixed_end, guess + slack + 1)):
            d = Indel.distance(fexact, folded[s:fixed_end], score_cutoff=best_d)
            if best_d is None or d < best_d:  # on a tie the earlier start: the longer cut
                best, best_d = s, d
        return best

    def best_end(fixed_start: int, guess: int) -> int:
        best, best_d = guess, None
        for e in range(min(n, guess + slack), max(fixed_start + 1, guess - slack) - 1, -1):
            d = Indel.distance(fexact, folded[fixed_start:e], score_cutoff=best_d)
            if best_d is None or d < best_d:  # on a tie the later end: the longer cut
                best, best_d = e, d
        return best

    start = best_start(min(n, end + slack), start)
    end = best_end(start, max(end, start + 1))
    start = best_start(end, start)
    return start, end


def _settle_ends(fexact: str, folded: str, start: int, end: int) -> tuple[int, int]:
    """Let a refined cut's ends rest on the quote's own words.

    Two corrections to the fewest-edits cut. An end made of stray letters
    that match the quote only here and there (a neighbouring paragraph's
    "Work on" matching the "W" and "o" of a lost '"What used to') is cut back
    to the nearest run of at least :data:`_SOLID` matching characters. And
    words inserted near an end can cost more than leaving that end out ("the
    new house is" against "the house is" is cut at "house"): if the piece of
    the quote missing at an end stands word for word just beyond that end,
    within the refining's reach, the cut grows to include it, as long as it
    stays within the quote's limit.
    """
    ops = list(Indel.opcodes(fexact, folded[start:end]))
    solid = [i for i, op in enumerate(ops) if op.tag == "equal" and op.src_end - op.src_start >= _SOLID]
    if not solid:
        return start, end
    first, last = ops[solid[0]], ops[solid[-1]]
    # The quote's words before its first solid run and after its last.
    head, tail = fexact[: first.src_start], fexact[last.src_end :]
    inner_start, inner_end = start + first.dest_start, start + last.dest_end
    # Only an end where extra characters are mixed in is stray; an end that
    # only lacks some of the quote ("ll" for "I'll") is kept.
    if any(op.tag == "insert" for op in ops[: solid[0]]):
        start = inner_start
    if any(op.tag == "insert" for op in ops[solid[-1] + 1 :]):
        end = inner_end
    reach = _slack(len(fexact))
    if head.strip():
        found = folded.rfind(head, max(0, inner_start - reach - len(head)), inner_start)
        if (
            found != -1
            and found < start
            and _whole(folded, found, found + len(head), head)
            and _close(fexact, folded[found:end])
        ):
            start = found
    if tail.strip():
        found = folded.find(tail, inner_end, inner_end + reach + len(tail))
        if (
            found != -1
            and found + len(tail) > end
            and _whole(folded, found, found + len(tail), tail)
            and _close(fexact, folded[start : found + len(tail)])
        ):
            end = found + len(tail)
    return start, end


def _whole(folded: str, start: int, end: int, piece: str) -> bool:
    """Whether ``folded[start:end]`` (equal to ``piece``) is not part of a longer word."""
    if _is_word(piece[0]) and start > 0 and _is_word(folded[start - 1]):
        return False
    return not (_is_word(piece[-1]) and end < len(folded) and _is_word(folded[end]))


def _close(fexact: str, cut: str) -> bool:
    return _similarity(fexact, cut) >= _MIN_QUOTE


def _is_word(c: str) -> bool:
    return c.isalnum()


def _snap(fexact: str, folded: str, fprefix: str, fsuffix: str, start: int, end: int) -> tuple[int, int]:
    """Move a fuzzy cut's ends to word boundaries, where the quote's own ends are at one.

    For each end that falls mid-word (or on spaces and punctuation the quote
    does not have there), try outward to the end of that word and inward to
    the nearest whole word; keep the combination closest to the quote (Indel
    distance, as in :func:`_refine`). A quote that itself begins or ends
    mid-word (its stored context runs on into the word) is not snapped there.
    """
    n = len(folded)
    starts = [start]
    if _is_word(fexact[0]) and not (fprefix and _is_word(fprefix[-1])):
        starts = _start_options(folded, start)
    ends = [end]
    if _is_word(fexact[-1]) and not (fsuffix and _is_word(fsuffix[0])):
        ends = _end_options(folded, end, n)
    best, best_d = (start, end), None
    for s in starts:
        for e in ends:
            if s >= e:
                continue
            d = Indel.distance(fexact, folded[s:e])
            if best_d is None or d < best_d:
                best, best_d = (s, e), d
    return best


def _start_options(folded: str, start: int) -> list[int]:
    """Word-boundary starts near ``start``.

    The start of the word it cuts, and each position from that word's end (or
    from ``start``) up to the next word.
    """
    n = len(folded)
    if start < n and _is_word(folded[start]) and (start == 0 or not _is_word(folded[start - 1])):
        return [start]
    options = []
    i = start
    if start < n and _is_word(folded[start]):
        out = start
        while out > 0 and _is_word(folded[out - 1]):
            out -= 1
        options.append(out)
        while i < n and _is_word(folded[i]):
            i += 1
    # Through the gap: punctuation the quote also has there (an opening
    # quotation mark) is for the cost to keep or leave.
    while i < n and not _is_word(folded[i]) and len(options) < _MAX_GAP:
        if not folded[i].isspace():  # never start on a space
            options.append(i)
        i += 1
    if i < n:
        options.append(i)
    return options or [start]


def _end_options(folded: str, end: int, n: int) -> list[int]:
    """Word-boundary ends near ``end``, as :func:`_start_options` mirrored."""
    if end > 0 and _is_word(folded[end - 1]) and (end == n or not _is_word(folded[end])):
        return [end]
    options = []
    i = end
    if end > 0 and _is_word(folded[end - 1]):
        out = end
        while out < n and _is_word(folded[out]):
            out += 1
        options.append(out)
        while i > 0 and _is_word(folded[i - 1]):
            i -= 1
    while i > 0 and not _is_word(folded[i - 1]) and len(options) < _MAX_GAP:
        if not folded[i - 1].isspace():  # never end on a space
            options.append(i)
        i -= 1
    if i > 0:
        options.append(i)
    return options or [end]
