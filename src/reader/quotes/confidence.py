"""How far each speaker can be trusted, quote by quote; a speaker too doubtful is left unclear.

A wrong name is worse than none: it tells the reader that someone said what
they did not.  So every speaker the rules find is scored by a small logistic
model over the evidence around it (how it was found, the cue, how far away
the mention is, how many other people are named near the quote, how often
the speaker is named and quoted: :data:`FEATURES`), and a speaker whose probability of
being right falls below :data:`ABSTAIN_BELOW` is left empty ("speaker
unclear" in the side panel).  The probability is the quote's ``confidence``.

The weights were fitted by ``python benchmarks/quotes_confidence_fit.py`` on
what the extractor said *blind*: each of held-out sets 6 to 44 run through
the extractor at the commit where that set was first scored, before any rule
was tuned on it (so the errors are the ones new copy brings, not the few
left on tuned sets), labelled against the gold.  Leave-one-set-out over
those 39 sets (9,284 speakers found), abstaining below 0.5 cut confidently
wrong speakers from 8.3% to 7.6% of quotes found at no cost in end-to-end
F1 (0.8446 -> 0.8449), and the model ranks right above wrong speakers
better than the old table of one figure per method did (area under the ROC
curve 0.78 against 0.74); see docs/PERFORMANCE.md.  (From held-out 39 on,
the blind outputs include the pronoun model's second opinion, which leaves
some speakers unclear before this model sees them.)  Scored blind on the sets
written after each earlier fit, it was about neutral to slightly helpful: on
21 it cut wrong names from 7.8% to 7.0% at the same F1, on 22 it removed no
wrong name and left two right ones unclear (-0.007 F1), on 23 it cut them
from 6.5% to 6.2% (+0.004 F1); on 24 it left one wrong name of thirty
unclear (10.5% -> 10.1%, +0.003 F1); on 25 it cut them from 7.7% to 7.4% but
left three right ones unclear (-0.007 F1); on 26 it cut them from 7.1% to
6.8% (-0.007 F1); on 27 from 5.6% to 5.3% (+0.003); on 29 from 6.0% to
5.3% (+0.004), on 30 from 7.6% to 6.2% (+0.003); on 31 it left nothing
unclear, and on 32 it cut them from 9.2% to 8.9% at the same F1; on 33 it
left one right speaker unclear (-0.003 F1), on 34 it cut wrong names from
10.8% to 10.4% at the same F1; on 35 from 6.6% to 5.9% and on 36 from 5.8%
to 5.5% (+0.004); on 43 and 44 (fitted on 6 to 36) from 4.8% to 4.5% and
4.4% to 3.4%, at -0.010 and 0.000 F1.  Richer
features (the quote's length and kind, the speaker named inside the quote, a
named body, the cue "said", the first paragraph, the mention in the same
sentence, pronoun interactions) were tried leave-one-set-out and did not
help (AUC 0.794 -> 0.798, no gain in F1 or wrong names at any threshold).
Leaving more unclear buys fewer wrong names only at a steep price: at 0.8,
4.8% wrong but 16% empty and F1 0.764.  On sets the rules were tuned on,
where they are right far more often, the same threshold costs a little
(development set 0.988 -> 0.981 end-to-end).  Each refit moves the speakers
of quotes inside quotes, which sit near the threshold, to one side or the
other.  The model was tuned on all those sets (features and threshold), so
its next honest figure is a new blind set's.

Pure Python: one dot product per quote.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence
from dataclasses import replace
from operator import mul
from typing import TYPE_CHECKING, Protocol

from ..model import Quote
from .names import surname_of

if TYPE_CHECKING:
    from .registry import Registry

__all__ = [
    "ABSTAIN_BELOW",
    "CHECK_BELOW",
    "FEATURES",
    "METHODS",
    "WEIGHTS",
    "assess",
    "features",
    "probability",
]

#: A speaker less likely right than this is left empty: the panel says "speaker unclear".
ABSTAIN_BELOW = 0.5
#: A speaker less likely right than this is shown as one to check.
CHECK_BELOW = 0.8

#: The ways the rules find a speaker (``Quote.method``), each a feature of its own.
METHODS = (
    "name",
    "pronoun",
    "previous sentence",
    "nested",
    "statement",
    "role",
    "previous paragraph",
    "organisation",
)
_METHOD_FEATURES = tuple("method " + m for m in METHODS)
#: How far back (characters) from a quote the people named count as its neighbourhood.
_WINDOW = 500
#: "mention distance" for a quote without a speaker's mention (as if 2,000 characters away).
_NO_MENTION_DISTANCE = math.log1p(2000) / 7


class _Said(Protocol):
    """What the features read of a quote (a :class:`~reader.model.Quote`, or a stored prediction); read-only."""

    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def speaker(self) -> str | None: ...
    @property
    def kind(self) -> str: ...
    @property
    def cue(self) -> str | None: ...
    @property
    def speaker_start(self) -> int | None: ...
    @property
    def pieces(self) -> Sequence[tuple[int, int]]: ...
    @property
    def method(self) -> str | None: ...


class _Context:
    """One article's paragraphs, registry and quotes, with the questions the features ask of them."""

    def __init__(self, text: str, paras: Sequence[tuple[int, int, str]], reg: Registry, quotes: Sequence[_Said]):
        self.text = text
        self.paras = paras
        self.starts = [p[0] for p in paras]
        self.reg = reg
        self._mentions: dict[str, int] = {}
        people = [(p, e) for p, e in zip(reg.timeline_pos, reg.timeline_ent, strict=True) if e.kind == "person"]
        self._person_pos = [p for p, _ in people]
        self._person_ent = [e for _, e in people]
        self._genders: dict[str, str | None] = {}
        self._by_speaker: dict[str, int] = {}
        self.in_para: dict[int, list[_Said]] = {}
        self._para_features: dict[int, tuple[float, float, float, float]] = {}
        for q in quotes:
            if q.speaker:
                self._by_speaker[q.speaker] = self._by_speaker.get(q.speaker, 0) + 1
            self.in_para.setdefault(self.para(q.start), []).append(q)

    def people(self, lo: int, hi: int) -> list:
        """The people named (outside quotes) between ``lo`` and ``hi``, one entry per mention."""
        pos = self._person_pos
        return self._person_ent[bisect.bisect_left(pos, lo) : bisect.bisect_left(pos, hi)]

    def para(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def mentions(self, speaker: str) -> int:
        """How often the speaker's last word appears in the article (as a string: "Vexley" in "Vexley's" too)."""
        got = self._mentions.get(speaker)
        if got is None:
            got = self._mentions[speaker] = self.text.count(surname_of(speaker))
        return got

    def others_with(self, speaker: str) -> int:
        """How many other quotes the rules gave the same speaker."""
        return self._by_speaker.get(speaker, 1) - 1

    def para_features(self, pi: int) -> tuple[float, float, float, float]:
        """Paragraph ``pi``'s own features (the same for each of its quotes; kept after the first)."""
        got = self._para_features.get(pi)
        if got is None:
            ps, pe, _ = self.paras[pi]
            in_para = self.in_para.get(pi, ())
            quoted = sum(e - s for x in in_para for s, e in x.pieces if ps <= s < pe)
            got = self._para_features[pi] = (
                _distinct(self.people(ps, pe), 4),
                _distinct(self.people(*self.paras[pi - 1][:2]), 4) if pi else 0.0,
                float(len({x.speaker for x in in_para if x.speaker}) > 1),
                float((pe - ps) - quoted < 20),
            )
        return got

    def gender_of(self, speaker: str) -> str | None:
        """The gender the registry knows for the speaker (by full name, else by the last word)."""
        if speaker not in self._genders:
            last = surname_of(speaker)
            self._genders[speaker] = next(
                (e.gender for e in self.reg.entities if e.name == speaker or (e.kind == "person" and e.last == last)),
                None,
            )
        return self._genders[speaker]


def _distinct(ents: list, cap: int) -> float:
    return min(len(set(map(id, ents))), cap) / cap


def _near(c: _Context, q: _Said, f: dict[str, float]) -> None:
    """Who else is named around the quote, and where the speaker's mention is."""
    start = q.start
    pi = bisect.bisect_right(c.starts, start) - 1  # (c.para(start))
    ps, pe, _ = c.paras[pi]
    ss = q.speaker_start
    if ss is not None:
        f["mention in paragraph"] = float(ps <= ss < pe)
        f["mention distance"] = math.log1p(min([abs(ss - a) for p in q.pieces for a in p])) / 7
        lo, hi = (ss, start) if ss < start else (q.end, ss)
        between = c.people(lo, hi)
        if between:
            speaker_words = set(q.speaker.split()) if q.speaker else set()
            f["someone between"] = float(any(speaker_words.isdisjoint(e.name.split()) for e in between))
        else:
            f["someone between"] = 0.0
    else:
        f["mention in paragraph"] = 0.0
        f["mention distance"] = _NO_MENTION_DISTANCE
        f["someone between"] = 0.0
    window = c.people(max(0, start - _WINDOW), start)
    f["people before"] = _distinct(window, 5) if window else 0.0
    in_para, before_para, speakers, all_quote = c.para_features(pi)
    f["people in paragraph"] = in_para
    f["people in paragraph before"] = before_para
    gender = c.gender_of(q.speaker) if q.speaker and window else None  # (no one before: no one of the same gender)
    f["same gender before"] = _distinct([e for e in window if e.gender == gender], 4) if gender else 0.0
    # (in this order: the score sums the features in the order they were set)
    f["speakers in paragraph"] = speakers
    f["paragraph all quote"] = all_quote


def features(text: str, paras: Sequence[tuple[int, int, str]], reg: Registry, quotes: Sequence[_Said]):
    """For each quote, its features (name -> value), or None for a quote without a speaker."""
    c = _Context(text, paras, reg, quotes)
    out: list[dict[str, float] | None] = []
    prev: _Said | None = None
    for q in quotes:
        if not q.speaker:
            out.append(None)
        else:
            f = dict.fromkeys(_METHOD_FEATURES, 0.0)  # {"method " + m: float(q.method == m) for m in METHODS}
            if q.method in METHODS:
                f["method " + q.method] = 1.0
            f["cue colon"] = float(q.cue == ":")
            f["no cue"] = float(q.cue is None)
            f["cue told"] = float(q.cue in ("told", "telling"))
            _near(c, q, f)
            f["named often"] = math.log1p(c.mentions(q.speaker)) / 3
            f["other quotes"] = min(c.others_with(q.speaker), 6) / 6
            f["same as before"] = float(prev is not None and prev.speaker == q.speaker)
            out.append(f)
        if q.end > (prev.end if prev else -1):
            prev = q
    return out


#: The features, in the order of :data:`WEIGHTS` (the fit script prints them in this order).
FEATURES = (
    *("method " + m for m in METHODS),
    "cue colon",
    "no cue",
    "cue told",
    "mention in paragraph",
    "mention distance",
    "someone between",
    "people before",
    "people in paragraph",
    "people in paragraph before",
    "same gender before",
    "speakers in paragraph",
    "paragraph all quote",
    "named often",
    "other quotes",
    "same as before",
)

#: Logistic weights per feature, and "bias" (fitted: see the module docstring).
WEIGHTS: dict[str, float] = {
    "method name": 1.684,
    "method pronoun": 0.322,
    "method previous sentence": 0.669,
    "method nested": -0.564,
    "method statement": -0.531,
    "method role": -0.787,
    "method previous paragraph": -0.689,
    "method organisation": -0.103,
    "cue colon": -1.463,
    "no cue": 0.932,
    "cue told": 0.050,
    "mention in paragraph": 0.601,
    "mention distance": -0.725,
    "someone between": -1.160,
    "people before": -0.999,
    "people in paragraph": 0.593,
    "people in paragraph before": -0.006,
    "same gender before": 2.147,
    "speakers in paragraph": -0.612,
    "paragraph all quote": 0.397,
    "named often": -0.355,
    "other quotes": -0.243,
    "same as before": 0.126,
    "bias": 1.390,
}


def probability(f: dict[str, float], weights: dict[str, float] | None = None) -> float:
    """The model's probability that the speaker with features ``f`` is right."""
    w = WEIGHTS if weights is None else weights
    z = w.get("bias", 0.0) + sum(map(mul, map(w.__getitem__, f), f.values()))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def assess(
    text: str,
    paras: Sequence[tuple[int, int, str]],
    reg: Registry,
    quotes: list[Quote],
    unclear_below: float = ABSTAIN_BELOW,
    score: Callable[[dict[str, float]], float] = probability,
) -> list[Quote]:
    """Each quote with its confidence; a speaker less likely right than ``unclear_below`` is left empty.

    ``unclear_below=0`` keeps every speaker the rules found (their guess,
    scored): what the tests of the rules read.
    """
    out = []
    for q, f in zip(quotes, features(text, paras, reg, quotes), strict=True):
        if f is None:
            out.append(q)
            continue
        p = round(score(f), 2)
        if p < unclear_below:
            out.append(replace(q, speaker=None, speaker_start=None, speaker_end=None, method=None, confidence=None))
        else:
            out.append(_with_confidence(q, p))
    return out


def _with_confidence(q: Quote, p: float) -> Quote:
    """``dataclasses.replace(q, confidence=p)``, built directly (replace reads the fields anew on every call)."""
    if type(q) is not Quote:
        return replace(q, confidence=p)
    return Quote(
        q.text,
        q.start,
        q.end,
        q.speaker,
        q.kind,
        q.cue,
        q.speaker_start,
        q.speaker_end,
        q.pieces,
        q.method,
        p,
        q.speaker_description,
    )
