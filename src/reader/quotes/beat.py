"""A beat of action before a quote: "She pauses, and adjusts her hat. 'Nobody told me ...'" -- her words.

A quote that nothing attributes, the first of its paragraph and right after a
whole sentence of narrative, is given to the one that sentence opens on: the
person of the pronoun's sex the paragraph named (or the he/she as resolved),
or the person named.  Never a beat whose subject is acted on, reads or
receives written words, or was hurt (the quote after it is a judge's, a
sign's, a family's).  Second readers' invented texts keep it honest:
tests/test_quotes.py.

Public names: :func:`after_a_beat`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Quote
from .cues import Mention
from .registry import Registry
from .resolve import Resolver, Speaker
from .story import Story
from .tokens import OPENING_MARKS, first_word, lstrip_index, sentence_start

__all__ = ["after_a_beat"]

#: A beat whose subject is acted on, or reads, receives or points at words someone else put down: the quote after
#: it is another's (a judge's, a family's tribute, a sign's, a letter's).
_NOT_A_SPEAKER_S_BEAT_RE = re.compile(
    r"(?i)\b(?:died|dies|killed|murdered|injured|buried|funeral|struck|drowned|never recovered|lost (?:his|her) life"
    r"|(?:was|were|is|are|been|being|got|gets) (?:\w+ly )?\w+(?:ed|en)\b|received|receives|reads?\b|aloud"
    r"|points? (?:to|at)|sign|note|letter|card|text|banner|message|e-?mail|plaque|placard|headline|chant)"
)


def after_a_beat(reg: Registry, resolver: Resolver, story: Story, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with each one nothing attributes, after a beat of action, given to whom the beat opens on."""
    return _Beats(reg, resolver).after(story, quotes)


class _Beats:
    """One article's registry and resolver, read for beats of action before quotes."""

    def __init__(self, reg: Registry, resolver: Resolver) -> None:
        self.reg = reg
        self.text = reg.text
        self.resolver = resolver

    def after(self, story: Story, quotes: list[Quote]) -> list[Quote]:
        """See :func:`after_a_beat`."""
        out = []
        for q in quotes:
            if q.speaker is None and not q.cue and q.speaker_description is None:
                found = self._beat_before(story, q)
                if found is not None:
                    start, end = found.start, found.end
                    q = replace(q, speaker=found.name, speaker_start=start, speaker_end=end, method="previous sentence")
            out.append(q)
        return out

    def _beat_before(self, story: Story, q: Quote) -> Speaker | None:
        """Who the sentence right before the quote ``q`` (in its paragraph, with no quote before) opens on."""
        text = self.text
        op = q.start - 1
        while op > 0 and text[op] not in OPENING_MARKS:
            op -= 1
        ps = text.rfind("\n", 0, op) + 1
        before = text[ps:op].rstrip()
        if not before or before[-1] not in ".!" or any(c in OPENING_MARKS for c in before):
            return None
        lo = sentence_start(text, ps + len(before) - 1)
        if _NOT_A_SPEAKER_S_BEAT_RE.search(text, lo, ps + len(before)):
            return None  # ("He was jailed for six years.", "She received a card from a pupil.": not theirs to say)
        word = first_word(text, lo, op)
        if word is not None and word[2] in ("He", "She"):
            sex = "m" if word[2] == "He" else "f"
            named = {
                e.index: (ts, e)
                for ts, e in story.named_between(ps, lo)
                if story.kind(e) == "person" and not self.reg.in_quote(ts)
            }
            fits = [f for f in named.values() if story.gender(f[1]) == sex]
            if not fits and len(named) == 1:
                fits = [f for f in named.values() if story.gender(f[1]) is None]  # (one person, sex unknown)
            if len(named) > 1 and not fits:
                return None  # ("X's wife, Y, does the talking. She nudges him.": which of them, no sex tells)
            if fits:
                # "Coach X was asked whether ... He paused. '...'": the one the paragraph named, not the last speaker
                ts, ent = fits[-1]
                run = self.reg.runs_by_start.get(ts)
                return Speaker(ent.name, ent, ts, run.end if run is not None else ts)
            who, _story = self.resolver.resolve(story, Mention(word[0], word[1], "pronoun", word=word[2].lower()))
            sure = who.entity is not None and story.gender(who.entity) == sex
            return who if sure else None
        run = self.reg.runs_by_start.get(lstrip_index(text, lo, op))
        ent = story.entity_of(run) if run is not None else None
        if ent is None or story.kind(ent) != "person" or not ent.strong:
            return None
        return Speaker(ent.name, ent, run.name_start, run.end)
