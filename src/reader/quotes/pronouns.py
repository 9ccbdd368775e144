"""Who a speaking "he" or "she" is: the people it could be, weighed by a small fitted model.

A he/she that speaks ("'It was a hard week,' she said") refers to someone
named before.  The nearest person of the right sex is often not the one:
writers name people in passing ("her father, Aleksey Quimbrel, a retired teacher"),
as listeners ("he told Vexley"), in lists, and the pronoun goes on meaning the
person the passage is about.  Rules that pick one candidate by recency and
exceptions were tuned set by set and stopped transferring to new copy.

So every person the pronoun could be (named in the :data:`LOOKBACK`
mentions before it, of its sex or of unknown sex) is described by a few
facts about the evidence -- how far back and how many people back they were
last named, whether they were the last to speak, how often they were named
and quoted, where in its sentence the last mention stands (a sentence's
subject, a preposition's object, an apposition to someone else's relative)
-- (:data:`FEATURES`), and a conditional logit over the candidates
(:data:`WEIGHTS`) gives each a probability.  :func:`rank` returns them, most
likely first.

The weights were fitted by ``python benchmarks/quotes_pronoun_fit.py`` on the
speaking he/she of the development set and held-out sets 1 to 40 (every set
the project had when it was written), labelled by their gold speakers; it
reports the model leave-one-set-out beside the rules it replaced.  The next
honest figure is a new blind set's.

Pure Python: a few dozen multiplications per candidate, a handful of
candidates per pronoun.
"""

from __future__ import annotations

import bisect
import math
import re
from typing import TYPE_CHECKING

from . import lexicon as lx
from .antecedents import in_asked_clause, prev_para_start
from .kinds import given
from .tokens import lstrip_index, sentence_start, word_before

if TYPE_CHECKING:
    from .registry import Entity
    from .story import Story

__all__ = ["FEATURES", "LOOKBACK", "MAX_CANDIDATES", "WEIGHTS", "candidates", "rank"]

#: How many mentions back the candidates are gathered from.
LOOKBACK = 150
#: At most this many people, nearest first, are weighed.
MAX_CANDIDATES = 6

#: What describes one candidate (each a number; see :func:`candidates`).
FEATURES = (
    "nearest",
    "second",
    "log_dist",
    "known_gender",
    "last_said",
    "said_here",
    "quoted",
    "named",
    "share",
    "same_para",
    "prev_para",
    "sentence_subject",
    "oblique",
    "possessed",
    "first_person",
    "given_name",
    "names_another",
)

#: Fitted by benchmarks/quotes_pronoun_fit.py (see the module docstring).
WEIGHTS: dict[str, float] = {
    "nearest": 0.3177,
    "second": -0.3009,
    "log_dist": -1.5294,
    "known_gender": 1.3369,
    "last_said": 0.7057,
    "said_here": 0.9250,
    "quoted": -0.2960,
    "named": -0.6505,
    "share": -0.0171,
    "same_para": 2.7410,
    "prev_para": 1.2953,
    "sentence_subject": 1.1727,
    "oblique": -1.1926,
    "possessed": 0.9475,
    "first_person": 1.7813,
    "given_name": 0.4555,
    "names_another": -0.4068,
}

# The words before a mention that make it a preposition's or a verb's object,
# with up to three words (titles, roles) between: "told Dr X", "with referee
# X", "alongside X"; never "according to X", who speaks.
_OBLIQUE_RE = re.compile(
    r"\b(?:(?<!according )to|with|by|of|for|from|about|told|tells|asked|thanked|praised|against|at|on|than|"
    r"including|like|beside|alongside|between|among|over|under|behind|toward|towards|via|whom|beat|beating|replaced|replacing|"
    r"succeeded|succeeding|joined|joining|interviewed|called|named|defeated|playing)\s+"
    r"(?:[\w'\u2019.-]+\s+){0,3}$"
)
# "according to X": X is named as saying something, as in "X said".
_ACCORDING_RE = re.compile(r"\baccording to (?:[\w'\u2019.-]+\s+){0,3}$")
# Someone's relative or associate, named in apposition: "her father, ", "his agent, Dr ".
_POSSESSED_RE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ww]hose|[A-Z][\w\u2019'-]*(?:'s|\u2019s))\s+(?:[\w'\u2019-]+\s+){0,4}"
    r"[\w'\u2019-]+,\s+(?:[A-Z][\w'\u2019.-]*\s+){0,2}$"
)
# A sentence's opening, then up to three capitalised words (titles, roles, "But"): its subject.
_SUBJECT_RE = re.compile(r"(?:^|[.!?][\u201d\u2019\"']?\s+|\n)(?:[A-Z][\w'\u2019.-]*,?\s+){0,3}$")


def candidates(story: Story, pos: int, word: str, exclude: Entity | None = None) -> list[tuple[Entity, list[float]]]:
    """The people a speaking ``word`` ("he"/"she") at ``pos`` can be, nearest first, each with its features."""
    g = "m" if word.lower() in lx.PRONOUNS_M else "f"
    text = story.reg.text
    quoted = story.quotes_by()
    counts: dict[int, int] = {}
    found: list[tuple[Entity, int]] = []
    seen: set[int] = set()
    own = sentence_start(text, pos)
    top_level = not story.reg.in_quote(pos)
    for n, (ent, at) in enumerate(story.mentions_before(pos)):
        if n >= LOOKBACK:
            break
        counts[ent.index] = counts.get(ent.index, 0) + 1
        if ent.index in seen or len(found) >= MAX_CANDIDATES:
            continue
        # (who the entity is decides first, cheaply: one that cannot be the pronoun is passed over for good,
        # wherever it is named; only one that can be is then read for the clause it is named in)
        if not _may_be(story, ent, g, exclude, quoted):
            seen.add(ent.index)
            continue
        if in_asked_clause(text, at, pos, own):
            continue  # "Asked which Mrs Quill had won, she laughed": the one she was asked about, not she
        if top_level and _kin_in_passing(text, at, g):
            continue  # "Did she show her mother the draft? '...,' she says": the one whose mother, not the mother
        seen.add(ent.index)
        found.append((ent, at))
    if not found:
        return []
    said = story.last_said(pos)
    para = text.rfind("\n", 0, pos) + 1
    prev_para = prev_para_start(text, para)
    top = max(counts[e.index] for e, _ in found)
    first = _first_person(story)
    speakers = story.reg.speaker_pos
    out = []
    for rank_, (ent, at) in enumerate(found):
        before = text[max(0, at - 60) : at]
        tail = _last_words_start(before)
        c = counts[ent.index]
        i = bisect.bisect_left(speakers, at)
        out.append(
            (
                ent,
                [
                    1.0 if rank_ == 0 else 0.0,
                    1.0 if rank_ == 1 else 0.0,
                    math.log1p(max(0, pos - at) / 100),
                    1.0 if story.gender(ent) == g else 0.0,
                    1.0 if said is not None and said[0] is ent else 0.0,
                    1.0 if (i < len(speakers) and speakers[i] == at) or _according_to(before) else 0.0,
                    math.log1p(quoted.get(ent.index, 0)),
                    math.log1p(c),
                    c / top,
                    1.0 if at >= para else 0.0,
                    1.0 if prev_para <= at < para else 0.0,
                    1.0 if _SUBJECT_RE.search(before, tail) else 0.0,
                    1.0 if _OBLIQUE_RE.search(before, tail) else 0.0,
                    1.0 if "," in before and _POSSESSED_RE.search(before) else 0.0,  # (no comma, no apposition)
                    1.0 if ent is first else 0.0,
                    1.0 if ent.first is not None and given(ent.first) else 0.0,
                    1.0 if _speaks_of_another(text, at, g) else 0.0,
                ],
            )
        )
    return out


#: "her mother", "his son": a relative named by the owner's possessive.
_THEIR_KIN_AT_RE = re.compile(r"(?:her|his) (?:late )?([a-z]+)\b")


#: Prepositions that may open a sentence on a relative in passing ("On her mother, ...", "For his father, ...").
_PREPOSITIONS = frozenset("on of about with for to from at by unlike like after before without over as".split())


def _kin_in_passing(text: str, at: int, g: str) -> bool:
    """Is the mention at ``at`` a relative of ``g``'s sex by a possessive of that sex, inside its sentence?

    "Did she show her mother the second draft?": the "her" is someone of that sex too, the one the sentence is
    about; the relative named in passing is no better a he/she after it than any other mention. (Not a sentence
    opening on the relative, "Her mother rang.", nor after a capitalised opener: "On Monday her mother rang.")
    """
    m = _THEIR_KIN_AT_RE.match(text, at)
    if m is None or lx.ROLE_GENDER.get(m.group(1)) != g or ("her" if g == "f" else "his") != text[at : at + 3]:
        return False
    lo = sentence_start(text, at)
    if lstrip_index(text, lo, at) == at:
        return False  # "Her mother rang."
    before = word_before(text, at)
    if before is None or not before[:1].isupper():
        return True
    return before.rstrip(",").lower() in _PREPOSITIONS  # "On her mother, who read every draft:"; not "On Monday her"


def _may_be(story: Story, ent: Entity, g: str, exclude: Entity | None, quoted: dict[int, int]) -> bool:
    """Can ``ent`` be a speaking pronoun of gender ``g`` at all, wherever it is named (``quoted``: quotes by index)?"""
    if ent is exclude or not ent.strong or story.kind(ent) != "person":
        return False
    gender = story.gender(ent)
    if gender not in (None, g):
        return False
    if gender is None and not (ent.first and given(ent.first)) and not quoted.get(ent.index):
        return False  # of unknown sex, no given name and no quote yet: a team, a place or a firm as often as a person
    # one capitalised word, no given name and no speaker yet: a place or a firm as often as a person
    return " " in ent.name or ent.gender_guessed or bool(quoted.get(ent.index))


def rank(
    story: Story, pos: int, word: str, exclude: Entity | None = None, weights: dict[str, float] | None = None
) -> list[tuple[Entity, float]]:
    """The people a speaking ``word`` at ``pos`` can be, with their probabilities, most likely first."""
    cands = candidates(story, pos, word, exclude)
    if not cands:
        return []
    w = [(weights or WEIGHTS).get(name, 0.0) for name in FEATURES]
    scores = [sum(a * b for a, b in zip(w, f, strict=True)) for _, f in cands]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    ranked = [(ent, e / total) for (ent, _), e in zip(cands, exps, strict=True)]
    ranked.sort(key=lambda p: -p[1])
    return ranked


def _last_words_start(before: str) -> int:
    """Where the last four words of ``before`` (runs of non-space) begin, or a little before: 0 if it has fewer.

    A match of :data:`_SUBJECT_RE` or :data:`_OBLIQUE_RE` ends the string with at most three words after the one
    it opens in (its stop or \\n, its verb or preposition), so it opens no earlier; searching from here finds the
    same (their \\b and lookbehind still read the text before, and ^ never matches past 0, where none can).
    """
    parts = before.rsplit(None, 4)
    return len(parts[0]) if len(parts) == 5 else 0


def _according_to(before: str) -> bool:
    """Does ``before`` end "according to" and up to three words (:data:`_ACCORDING_RE`)? Its words first, cheaply."""
    return "according to " in before and _ACCORDING_RE.search(before) is not None


def _speaks_of_another(text: str, at: int, g: str) -> bool:
    """Does the sentence of the mention at ``at`` go on to a him (or an object her) -- somebody else of that sex?

    "His assistant, Aurek Vexley, described him as ...": the assistant is not the "he" that follows.
    """
    m = _SENTENCE_END_RE.search(text, at, min(len(text), at + 300))
    seg = text[at : m.start() if m else at + 300]
    word, pattern = ("him", _HIM_RE) if g == "m" else ("her", _HER_RE)
    # (each pattern needs its word: most sentences have neither)
    return word in seg and pattern.search(seg) is not None


_SENTENCE_END_RE = re.compile(r"[.!?](?=[\s\u201d\u2019\"']|$)|\n")
# (an object, not a possessive: "described him as", "told her that", never "her work")
_HIM_RE = re.compile(r"\bhim\b")
_HER_RE = re.compile(r"\bher(?=[,.;]| (?:as|to|that|for|and|of|in|on|at|about|with|from|by)\b)")


def _first_person(story: Story) -> Entity | None:
    """The first person the article names (outside quotes)."""
    for ent in story.reg.timeline_ent:
        if story.kind(ent) == "person" and ent.strong:
            return ent
    return None
