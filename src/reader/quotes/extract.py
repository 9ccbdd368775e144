"""The extraction pipeline: marks -> segments -> quotes with speakers.

1. :mod:`.marks` finds every quoted span (with nested spans inside).
2. :class:`.entities.Registry` reads the names, roles and pronouns.
3. Each span is judged: is it a sentence someone said (direct), a few words
   of theirs inside the reporter's sentence (partial), or a title, nickname
   or scare quote (dropped)?
4. Spans split by their attribution ("First," she said, "second.") are
   joined; attribution is read next to the marks, then in the sentence,
   then from the previous paragraph for a paragraph that is all quotation.
5. Nested quotes are reported after their outer quote, attributed to whoever
   the outer speaker says said them.
"""

from __future__ import annotations

import bisect
import dataclasses
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Block, Quote
from . import cues
from . import lexicon as lx
from .entities import INDEFINITE, Entity, Mention, Registry
from .entities import words as entities_words
from .marks import Span, find_spans

log = logging.getLogger(__name__)

_TERMINATOR_RE = re.compile(r"[.!?\u2026]+(?= |$)")
_WORD_BEFORE_RE = re.compile(r"([\w.\-']+)\s*$")
_SO_CALLED_RE = re.compile(
    r"(?:so-called|so called|dubbed|nicknamed|(?:the|a|his|her|their) nickname|goes by|known as|codenamed|code-named|calling (?:itself|themselves|himself|herself))\s*$",
    re.IGNORECASE,
)
_CALLED_A_RE = re.compile(
    r"\b(?:called|calls|call|described|describes|branded|labelled|labeled|termed)(?: it| them)?(?: as)? (?:a|an|the)\s*$"
)
#: The last words of _SO_CALLED_RE and _NAMED_RE, checked first (cheaply).
_SO_CALLED_ENDS = (
    "so-called",
    "so called",
    "dubbed",
    "nicknamed",
    "nickname",
    "goes by",
    "known as",
    "codenamed",
    "code-named",
    "itself",
    "themselves",
    "himself",
    "herself",
)
_NAMED_ENDS = ("called", "named", "titled", "branded")
_NAMED_RE = re.compile(r"\b(?:called|named|titled|entitled|branded)\s*$")
_CAP_BEFORE_RE = re.compile(r"(?:^|\s)[A-Z][\w\-]+\s$")
_SENT_PUNCT = ".!?\u2026"
#: "One letter, sent in 2021 by local resident Bram Lisle," -- the author.
_BY_RE = re.compile(r",? [^,.]{0,60}?\bby (?:(?:[a-z\-]+) ){0,3}(?=[A-Z])")
_WORD_AFTER_RE = re.compile(r" [a-z]")
#: Words after which a single quoted word is what someone called something.
_PREDICATIVE = frozenset(
    "is was were are be been being am seem seemed seems feel felt feels look looked looks sound sounded "
    "sounds become became remain remained as it them him her this that could would will might "
    "very so too most more described called branded labelled dubbed termed".split()
) | frozenset(w for w in lx.SPEECH_VERBS)
#: A direct quote needs at least this many words when nothing attributes it.
MIN_UNATTRIBUTED_WORDS = 4
#: A paragraph that is all quotation continues the last speaker this many
#: paragraphs back (interviews put the interviewer's question in between).
CONTINUATION_REACH = 2


@dataclass(slots=True)
class _Seg:
    span: Span
    para: int
    direct: bool
    post: tuple[str, Mention | None, int] | None = None
    pre: tuple[str, Mention | None] | None = None


def _paragraphs(text: str, blocks: Sequence[Block] | None) -> list[tuple[int, int, str]]:
    if blocks:
        out = []
        end = 0
        # Blocks in text order and never overlapping (a caller's blocks are,
        # but nothing here may break on ones that are not).
        for b in sorted(blocks, key=lambda b: (b.start, b.end)):
            s, e = max(0, b.start, end), min(len(text), b.end)
            if s < e:
                out.append((s, e, b.kind))
                end = e
        return out
    out = []
    pos = 0
    for part in text.split("\n\n"):
        s, e = pos, pos + len(part)
        pos = e + 2
        # Blank lines inside a paragraph are not expected, but never crash.
        while s < e and text[s].isspace():
            s += 1
        if s < e:
            out.append((s, e, "paragraph"))
    return out


class _Extractor:
    def __init__(self, text: str, paras: list[tuple[int, int, str]]) -> None:
        self.text = text
        self.paras = paras
        self._names_cache: dict[str, set[str]] = {}
        self._person_names: list[str] | None = None
        self.para_starts = [p[0] for p in paras]
        self.spans = find_spans(text, paras)
        pieces = sorted(p for sp in self.spans for p in sp.pieces)
        self.reg = Registry(text, pieces)
        self._terms: dict[int, list[int]] = {}
        self._unnamed: list[re.Match] | None = None
        self._unnamed_pos: list[int] = []

    # -- sentences ----------------------------------------------------------

    def _terminators(self, pi: int) -> list[int]:
        got = self._terms.get(pi)
        if got is None:
            ps, pe, _ = self.paras[pi]
            got = []
            text = self.text
            in_quote = self.reg.in_quote
            for m in _TERMINATOR_RE.finditer(text, ps, pe):
                e = m.start()
                if in_quote(e):
                    continue
                # _WORD_BEFORE_RE.search(text, max(ps, e - 12), e), read
                # backwards: the word chars before any trailing spaces.
                lo = max(ps, e - 12)
                q = e
                while q > lo and text[q - 1].isspace():
                    q -= 1
                p = q
                while p > lo and (text[p - 1].isalnum() or text[p - 1] in "_.-'"):
                    p -= 1
                if p < q:
                    w = text[p:q]
                    if w.lower() in lx.ABBREVIATIONS or (len(w) == 1 and w.isupper()):
                        continue
                got.append(m.end())
            self._terms[pi] = got
        return got

    def sentence(self, pi: int, s: int, e: int) -> tuple[int, int]:
        ps, pe, _ = self.paras[pi]
        t = self._terminators(pi)
        i = bisect.bisect_right(t, s) - 1
        lo = t[i] if i >= 0 else ps
        j = bisect.bisect_left(t, e)
        hi = t[j] if j < len(t) else pe
        return lo, hi

    # -- judging spans ------------------------------------------------------

    def _direct_like(self, lo: int, op: int, content: int) -> bool:
        """Does the quote at ``op`` start a sentence of its own?"""
        text = self.text
        end = cues._rstrip(text, lo, op)
        if end <= lo:
            return True
        last = text[end - 1]
        first = text[content]
        if last in _SENT_PUNCT + ":;":
            return True
        if last in ",\u2014\u2013-(" and (first.isupper() or first.isdigit() or first in "\u2018\u201c'\""):
            return True
        if first.isupper() and first != "I":
            v = None
            for v in cues.VERB_RE.finditer(text, max(lo, end - 40), end):
                pass
            if v is not None and v.end() == end:
                return True
        return False

    def _trap(self, seg: _Seg) -> bool:
        """Nicknames, scare quotes and titles: quoted, but nobody said them."""
        text = self.text
        sp = seg.span
        if len(sp.pieces) != 1 or sp.close_pos is None:
            return False
        ps = self.paras[seg.para][0]
        before = text[max(ps, sp.open_pos - 25) : sp.open_pos]
        tail = before.rstrip().lower()
        if tail.endswith(_SO_CALLED_ENDS) and _SO_CALLED_RE.search(before):
            return True
        s, e = sp.pieces[0]
        content = text[s:e]
        nwords = len(content.split())
        after = text[sp.close_pos + 1 : sp.close_pos + 3]
        # Ronald "Ronnie" Smith
        if nwords <= 2 and _CAP_BEFORE_RE.search(before) and after[:1] == " " and after[1:2].isupper():
            return True
        # "The feature, called "Ghostwriter," launched": a name given.
        if nwords <= 5 and tail.endswith(_NAMED_ENDS) and _NAMED_RE.search(before) and _title_case(content.rstrip(",")):
            return True
        # Titles of works, operations, slogans: Title Case, no sentence.
        if nwords <= 10 and _title_case(content) and not (seg.post and seg.direct):
            return True
        # One word set off inside the reporter's own phrase ("the way bees
        # "read" flowers"): a term, not speech -- unless a verb introduces
        # it ("said he was 'heartbroken' to be").
        if nwords == 1 and not seg.direct and _WORD_AFTER_RE.match(text, sp.close_pos + 1):
            wb = _WORD_BEFORE_RE.search(text, max(ps, sp.open_pos - 30), sp.open_pos)
            if wb is None or wb.group(1).lower() not in _PREDICATIVE:
                # ... unless a speaker's word: "what she called a
                # 'take-it-or-leave-it' offer", "admitted that singing
                # 'terrifies' him".
                lo, _hi = self.sentence(seg.para, sp.open_pos, sp.open_pos + 1)
                if not (
                    _CALLED_A_RE.search(text, max(lo, sp.open_pos - 30), sp.open_pos)
                    or any(
                        text.startswith(" that ", v.end()) and not self.reg.in_quote(v.start())
                        for v in cues.VERB_RE.finditer(text, lo, sp.open_pos)
                    )
                ):
                    return True
        return False

    # -- pipeline -----------------------------------------------------------

    def run(self) -> list[Quote]:
        text = self.text
        segs: list[_Seg] = []
        for sp in self.spans:
            pi = bisect.bisect_right(self.para_starts, sp.open_pos) - 1
            segs.append(_Seg(sp, pi, False))
        # Attribution candidates next to the marks of every segment.
        for k, seg in enumerate(segs):
            sp = seg.span
            ps, pe, _ = self.paras[seg.para]
            prev_close = None
            if k and segs[k - 1].span.para_last == seg.para and segs[k - 1].span.close_pos is not None:
                prev_close = segs[k - 1].span.close_pos + 1
            lo, _hi = self.sentence(seg.para, sp.open_pos, sp.open_pos + 1)
            if prev_close is not None:
                lo = max(lo, prev_close)
            seg.direct = self._direct_like(max(ps, lo if prev_close else ps), sp.open_pos, sp.start)
            if prev_close is not None and not seg.direct:
                seg.direct = self._direct_like(prev_close, sp.open_pos, sp.start) and text[sp.start].isupper()
            seg.pre = cues.before_open(self.reg, text, lo, sp.open_pos)
            if sp.close_pos is not None:
                lp = self.paras[bisect.bisect_right(self.para_starts, sp.close_pos) - 1]
                nxt = segs[k + 1].span.open_pos if k + 1 < len(segs) and segs[k + 1].span.open_pos < lp[1] else lp[1]
                seg.post = cues.after_close(self.reg, text, sp.close_pos + 1, nxt)
        # Join quotes split by their attribution.
        groups: list[list[_Seg]] = []
        for k, seg in enumerate(segs):
            if groups:
                a = groups[-1][-1]
                if (
                    a.span.para_last == seg.para
                    and a.span.close_pos is not None
                    and a.post is not None
                    and groups[-1][0].direct
                ):
                    # '"First," she said, "second."' and '"One," he said. "Two."'
                    gap = text[a.post[2] : seg.span.open_pos].rstrip()
                    lower_ok = gap.endswith((",", "\u2014", "\u2013"))
                    if (
                        len(gap) < 200
                        and not any(c in '\u201c\u201d"' for c in gap)
                        and (lower_ok or (seg.direct and text[seg.span.start].isupper()))
                    ):
                        groups[-1].append(seg)
                        continue
            groups.append([seg])

        quotes: list[Quote] = []
        last: tuple[Quote, Entity | None, int] | None = None  # previous quote, speaker, its last paragraph
        for group in groups:
            a, z = group[0], group[-1]
            if len(group) == 1 and self._trap(a):
                continue
            pieces = [p for seg in group for p in seg.span.pieces]
            kind = "direct" if a.direct else "partial"
            attr: tuple[str, Mention | None] | None = None
            sp_lo, sp_hi = self.sentence(a.para, a.span.open_pos, a.span.close_pos or a.span.end)
            if a.pre is not None and a.pre[0] == "chant":
                attr, kind = a.pre, "direct"  # a crowd chanting: nobody in particular
            elif a.post is not None:
                attr = (a.post[0], a.post[1])
            elif kind == "direct" and a.pre is not None:
                attr = a.pre
            elif z.post is not None:
                attr = (z.post[0], z.post[1])
            if attr is None and kind == "partial" and a.pre is not None and a.pre[1] is not None:
                attr = a.pre
            if attr is None and a.span.para_first == a.span.para_last:
                found = cues.in_sentence(
                    self.reg, text, sp_lo, sp_hi, a.span.open_pos, (a.span.close_pos or a.span.end) + 1
                )
                if found is not None:
                    attr = found
            speaker: str | None = None
            ent: Entity | None = None
            cue: str | None = None
            sstart = send = None
            ps = self.paras[a.para][0]
            at_start = cues._rstrip(text, ps, a.span.open_pos) == ps
            if attr is not None:
                cue = attr[0]
                if attr[1] is not None:
                    speaker, ent, sstart, send = self.resolve(attr[1])
                elif cue == ":" and last is not None and last[2] >= a.para - CONTINUATION_REACH:
                    # 'On the state of the business: "It's harder than ever."'
                    speaker, ent = last[0].speaker, last[1]
                    sstart, send = last[0].speaker_start, last[0].speaker_end
            elif (
                kind == "direct"
                and not at_start
                and cues._rstrip(text, sp_lo, a.span.open_pos) == sp_lo
                and (found := self._previous_sentence_speaker(a.para, sp_lo)) is not None
            ):
                # 'Haldane said the fund was holding on. "We still think..."'
                cue = found[0]
                speaker, ent, sstart, send = self.resolve(found[1])
            elif kind == "direct":
                nwords = sum(len(text[s:e].split()) for s, e in pieces)
                if (
                    at_start
                    and last is not None
                    and last[2] >= a.para - CONTINUATION_REACH
                    and last[0].kind == "direct"
                ):
                    speaker, ent = last[0].speaker, last[1]
                    sstart, send = last[0].speaker_start, last[0].speaker_end
                elif nwords < MIN_UNATTRIBUTED_WORDS or (not at_start and not _ends_sentence(text, a)):
                    continue
            else:
                continue  # a partial quote with nothing saying who said it
            if kind == "partial" and speaker is None and cue is None:
                continue
            if ent is not None:
                self.reg.note_speaker(ent, sstart if sstart is not None else a.span.open_pos)
            q = _make_quote(text, pieces, speaker, kind, cue, sstart, send)
            quotes.append(q)
            last = (q, ent, z.span.para_last)
            for seg in group:
                for nest in seg.span.nested:
                    nq = self._nested(seg, nest, ent)
                    if nq is not None:
                        quotes.append(nq)
        quotes.sort(key=lambda q: (q.start, -q.end))
        return [self._settle(q) for q in quotes]

    def _full_names(self, word: str) -> set[str]:
        """The full names (two or more words) the article gave that start or end with ``word``.

        From the people the registry knows, from names joined by "and" ("Cosima
        Pennock and Bram Lisle won it"), and from the text itself (a given name
        and a surname, neither a common capitalised word).
        """
        found: set[str] = set()
        if self._person_names is None:  # the registry is settled by now: list its names once
            names = [e.name for e in self.reg.entities if e.kind == "person"]
            names += [side for e in self.reg.entities if " and " in e.name for side in e.name.split(" and ")]
            self._person_names = names
        for name in self._person_names:
            ws = name.split()
            if len(ws) >= 2 and word in (ws[0], ws[-1]) and _plain_name(ws):
                found.add(name)
        for m in _name_pairs(self.text, word):
            other = m.group(1) or m.group(2)
            ws = [other, word] if m.group(1) else [word, other]
            if _plain_name(ws) and not other.isupper():
                found.add(" ".join(ws))
        return found

    def _settle(self, q: Quote) -> Quote:
        """Last checks on a quote's speaker: finish a short name, or leave a doubtful one unclear.

        - a possessive is no part of a name of several words ("the Roads
          Department's" is the department; a one-word "Halford's" may be a shop's name);
        - one word ("Lisle", "Rosa") becomes the one full name the article gave
          that starts or ends with it; with none or several it stays as written;
        - two people joined by "and" ("Pennock and Lisle") did not speak one
          quote together: the speaker is unclear rather than a guess;
        - a lone word in capitals (a dateline, a masthead) is no speaker.
        """
        name = q.speaker
        if not name:
            return q
        if name.endswith(("'s", "\u2019s")) and len(name.split()) >= 2:
            name = name[:-2]  # one word with a possessive is often the name itself: a shop, a brand
        words = name.split()
        if len(words) == 1:
            word = words[0]
            if word.isupper() and len(word) > 3:
                return dataclasses.replace(q, speaker=None)
            full = self._names_cache.get(word)
            if full is None:
                full = self._names_cache[word] = self._full_names(word)
            full = set(full)
            if len(full) > 1:
                # "Judges Perrin Cade" and "Perrin Cade": a title read as part of the name
                core = min(full, key=len)
                if all(n == core or n.endswith(" " + core) or n.startswith(core + " ") for n in full):
                    full = {core}
            if len(full) == 1:
                name = full.pop()
        elif " and " in name and _person_pair(name):
            return dataclasses.replace(q, speaker=None)
        return q if name == q.speaker else dataclasses.replace(q, speaker=name)

    def _previous_sentence_speaker(self, pi: int, qlo: int) -> tuple[str, Mention] | None:
        """The speaker of the sentence just before a quote that opens a sentence."""
        ps = self.paras[pi][0]
        if qlo <= ps:
            return None
        lo, _hi = self.sentence(pi, qlo - 1, qlo - 1)
        if any(self.reg.in_quote(p) for p in (lo, qlo - 2)):
            return None
        found = cues.in_sentence(self.reg, self.text, lo, qlo, qlo, qlo)
        if found is None or found[1].kind == "role" and found[1].det in INDEFINITE:
            return None
        return found

    def _nested(self, seg: _Seg, nest: Span, outer: Entity | None) -> Quote | None:
        """A quote inside a quote: who the outer speaker says said it."""
        text = self.text
        piece = next((p for p in seg.span.pieces if p[0] <= nest.open_pos < p[1] + 1), seg.span.pieces[0])
        lo = piece[0]
        for m in _TERMINATOR_RE.finditer(text, piece[0], nest.open_pos):
            lo = m.end()
        attr = cues.before_open(self.reg, text, lo, nest.open_pos)
        if attr is None:
            # "the minister told me 'no chance'": a verb and a pronoun object
            v = None
            for v in cues.VERB_RE.finditer(text, max(lo, nest.open_pos - 40), nest.open_pos):
                pass
            if v is not None and text[v.end() : nest.open_pos].split() in (
                [],
                ["me"],
                ["him"],
                ["her"],
                ["us"],
                ["them"],
                ["you"],
            ):
                attr = (v.group(), cues.agent_of_verb(self.reg, text, lo, nest.open_pos, v))
        if attr is None and nest.close_pos is not None:
            post = cues.after_close(self.reg, text, nest.close_pos + 1, piece[1])
            attr = (post[0], post[1]) if post else None
        if attr is None:
            return None
        speaker = None
        sstart = send = None
        m = attr[1]
        if m is not None:
            if m.kind == "pronoun" and m.word == "it":
                pass  # "it called the prose 'competent'": a thing, not a person
            elif m.kind == "pronoun" and m.word in ("i", "we"):
                speaker = outer.name if outer else None
                sstart, send = m.start, m.end
            elif m.kind == "role" and m.det in ("my", "our") and outer is not None:
                speaker, _e, sstart, send = self.resolve(m, exclude=outer)
            elif (
                m.kind == "role"
                and m.head not in lx.DOCUMENT_HEADS
                and m.head not in lx.SPOKES_HEADS
                and not (m.head in lx.ORG_HEADS or self.reg.has_role(m.head or ""))
            ):
                pass  # "The nurse said, 'Mrs Pennock...'": nobody named so
            else:
                speaker, _e, sstart, send = self.resolve(m, exclude=outer, pos=seg.span.open_pos)
        kind = "direct" if self._direct_like(lo, nest.open_pos, nest.start) else "partial"
        return _make_quote(text, nest.pieces, speaker, kind, attr[0], sstart, send)

    def _document_author(self, pos: int) -> Entity | None:
        """Who a statement, letter or message just mentioned is from."""
        text = self.text
        lo = max(0, pos - _DOC_REACH, text.rfind("\n\n", 0, text.rfind("\n\n", 0, pos)))
        m = None
        for m in _DOC_FROM_RE.finditer(text, lo, pos):
            pass
        if m is None:
            return None
        ent = None
        for ts, te, w in entities_words(text, m.end(), min(pos, m.end() + 120)):
            if w in _SENT_PUNCT and not _abbrev_before(text, ts):
                break
            run = self.reg.runs_by_start.get(ts)
            if run is not None and run.entity is not None and run.entity.kind == "person":
                ent = run.entity
        return ent

    def _unnamed_speaker_since(self, ent: Entity, pos: int) -> bool:
        """'A dog walker ... told the Star she heard shouting.' then '..., she
        said': after an unnamed person speaks, a pronoun is theirs, not the
        named person's mentioned before them.
        """
        text = self.text
        if self._unnamed is None:
            # (The pattern starts at the full stop or line break before the
            # sentence, which lets the engine skip to candidates quickly.)
            self._unnamed = [
                m for m in _UNNAMED_SPEAKER_RE.finditer("\n" + text) if not self.reg.in_quote(m.end(1) - 1)
            ]
            self._unnamed_pos = [m.start(1) - 1 for m in self._unnamed]
        if not self._unnamed:
            return False
        lo = max(0, text.rfind("\n\n", 0, text.rfind("\n\n", 0, pos)))
        i = bisect.bisect_left(self._unnamed_pos, lo)
        if i >= len(self._unnamed_pos) or self._unnamed_pos[i] >= pos:
            return False
        found = self.reg._recent(pos, lambda e: e is ent)
        lo = max(lo, found[1] if found else 0)
        i = bisect.bisect_left(self._unnamed_pos, lo)
        for m in self._unnamed[i:]:
            if m.end() - 1 > pos:
                break
            h = m.group(1)
            if h in lx.SPOKES_HEADS or h in lx.DOCUMENT_HEADS:
                continue
            if h in lx.ROLE_HEADS or cues._ROLE_SUFFIX.search(h):
                g = lx.ROLE_GENDER.get(h)
                if g is None or ent.gender is None or g == ent.gender:
                    return True
        return False

    def resolve(
        self, m: Mention, exclude: Entity | None = None, pos: int | None = None
    ) -> tuple[str | None, Entity | None, int | None, int | None]:
        """Full name for a speaker mention: (name, entity, mention start, end)."""
        reg = self.reg
        at = m.start if pos is None else pos
        ent: Entity | None = None
        if m.kind == "pronoun":
            if m.word in ("i", "we"):
                return None, None, m.start, m.end
            if m.word == "it":
                # "X read a statement on behalf of Y. It said:": Y's words
                author = self._document_author(at)
                if author is not None:
                    return author.name, author, m.start, m.end
            ent = reg.resolve_pronoun(m.word, at, exclude=exclude)
            if ent is not None and m.word in ("he", "she") and self._unnamed_speaker_since(ent, at):
                return None, None, m.start, m.end
        elif m.kind in ("name", "org") and m.run is not None:
            ent = m.run.entity
            if m.kind == "org" and ent is not None and ent.kind == "person":
                ent.kind = "org"  # "a Northfield Rail spokesperson": not a person after all
            if m.kind == "org" and ent is None and not reg._common_noun(m.run):
                ent = reg.org_for_run(m.run)
            if ent is None:
                word = m.run.name_words[-1]
                if len(m.run.name_words) == 1 and self.text[max(0, m.run.start - 4) : m.run.start].lower() == "the ":
                    # "the Italian said": a nationality used as a role
                    role = Mention(m.start, m.end, "role", word=word.lower(), head=word.lower(), det="the")
                    ent = reg.resolve_role(role, at, bind=True)
                elif reg._common_noun(m.run):
                    return None, None, m.start, m.end  # "Marchers chanted": nobody in particular
                else:
                    return " ".join(m.run.name_words), None, m.start, m.end
        elif m.kind == "role":
            if m.head in lx.DOCUMENT_HEADS:
                # "One letter, sent by Bram Lisle, warned": its author;
                # "the statement said": whoever was last said to issue one.
                by = _BY_RE.match(self.text, m.end)
                run = reg.runs_by_start.get(by.end()) if by else None
                if run is not None and run.entity is not None:
                    ent = run.entity
                else:
                    found = reg._recent(at, lambda e: e.strong)
                    ent = found[0] if found else None
            elif m.head in lx.SPOKES_HEADS and m.word == "officials" and m.det is None and not m.mods:
                # "officials said", "according to officials": which officials,
                # the article does not say.
                return None, None, m.start, m.end
            elif m.head in lx.SPOKES_HEADS:
                # "a spokesperson said": the organisation last in the news
                found = reg._recent_kind(at, "org")
                ent = found[0] if found else None
            elif m.det in INDEFINITE:
                if m.det in ("a", "an") and m.head in lx.ROLE_HEADS:
                    # cataphora: "An MP has accused ministers of ...", then
                    # "Quentin Tidmarsh, the MP for X, said"
                    ent = reg.next_with_role(m.head, m.end)
                if ent is None:
                    return None, None, m.start, m.end
            else:
                ent = reg.resolve_role(m, at, bind=True)
        if ent is None:
            return None, None, m.start, m.end
        return ent.name, ent, m.start, m.end


#: "a statement on behalf of", "a letter from", "a message sent by".
_DOC_FROM_RE = re.compile(
    r"\b(?:statement|letter|message|tribute|email|note)s? (?:(?:issued|released|written|sent|read) )?"
    r"(?:(?:from|by|on behalf of) )"
)
_DOC_REACH = 400
#: An unnamed person who speaks: "A dog walker, who did not want to be
#: named, told the Star", "One neighbour said".
_UNNAMED_SPEAKER_RE = re.compile(
    r"[.!?\n][\u201d\u2019\"]? ?(?:An?|Another|One) (?:[a-z\-]+ ){0,2}?([a-z\-]+)"
    r"(?:,[^,.\n]{0,80},)? (?:(?:has|had|also|later) )?(?:said|says|told|tells|added|recalled|described|explained)\b",
)


def _abbrev_before(text: str, pos: int) -> bool:
    w = _WORD_BEFORE_RE.search(text, max(0, pos - 12), pos)
    return w is not None and (w.group(1).lower() in lx.ABBREVIATIONS or len(w.group(1)) == 1)


def _title_case(content: str) -> bool:
    ws = [w for w in content.split() if w[:1].isalpha()]
    small = {"a", "an", "the", "of", "and", "in", "on", "at", "to", "for", "or", "with", "de"}
    return bool(ws) and all(w[0].isupper() or w in small for w in ws) and content[-1:] not in _SENT_PUNCT + ","


def _ends_sentence(text: str, seg: _Seg) -> bool:
    """An unattributed quote is kept only if it is a sentence of its own."""
    s, e = seg.span.pieces[-1]
    return text[e - 1 : e] in _SENT_PUNCT + "," and text[seg.span.start].isupper()


def _make_quote(
    text: str,
    pieces: list[tuple[int, int]],
    speaker: str | None,
    kind: str,
    cue: str | None,
    sstart: int | None,
    send: int | None,
) -> Quote:
    start, end = pieces[0][0], pieces[-1][1]
    body = " ".join(text[s:e] for s, e in pieces) if len(pieces) > 1 else text[start:end]
    if speaker is None:
        sstart = send = None
    return Quote(
        text=body,
        start=start,
        end=end,
        speaker=speaker,
        kind=kind,
        cue=cue,
        speaker_start=sstart,
        speaker_end=send,
        pieces=tuple(pieces),
    )


_WORDISH_RE = re.compile(r"[\w\-'\u2019]")


def _name_pairs(text: str, word: str) -> list[re.Match]:
    """What ``re.finditer`` of "Capitalised word" or "word Capitalised" over ``text`` finds.

    The same matches, but the pattern is tried only where it can match (at
    ``word``, or at the start of the word just before it) instead of at every
    position of the text: on a 50,000-paragraph article the scan over the
    whole text, once per one-word speaker, was most of the quote time.
    """
    w = re.escape(word)
    pat = re.compile(rf"(?<![\w\-'\u2019])(?:([A-Z][\w\-'\u2019]+) {w}|{w} ([A-Z][\w\-'\u2019]+))(?![\w\-])")
    starts: set[int] = set()
    i = text.find(word)
    while i >= 0:
        starts.add(i)
        if i >= 2 and text[i - 1] == " ":
            k = i - 1  # back to the start of the word before
            while k > 0 and _WORDISH_RE.match(text, k - 1):
                k -= 1
            starts.add(k)
        i = text.find(word, i + 1)
    out: list[re.Match] = []
    end = 0
    for p in sorted(starts):
        if p >= end and (m := pat.match(text, p)) is not None:
            out.append(m)
            end = m.end()
    return out


def _plain_name(words: Sequence[str]) -> bool:
    """Words that can be a person's name: capitalised, none a common capitalised word, title or role."""
    for w in words:
        n = w.lower().strip(".,").removesuffix("'s").removesuffix("\u2019s")
        if not w[:1].isupper() or n in lx.STOP_CAPS or n in lx.HONORIFICS or n in lx.ROLE_HEADS:
            return False
        if n in lx.ORG_WORDS or n in lx.PLACE_WORDS or n in lx.DEMONYMS or n in lx.ROLE_MODIFIERS:
            return False
    return True


def _person_pair(name: str) -> bool:
    """Two people, not an organisation's name: "Pennock and Lisle", "Ada and Rosa Quell"."""
    sides = name.split(" and ")
    if len(sides) != 2:
        return False
    for side in sides:
        ws = side.split()
        if not 1 <= len(ws) <= 3:
            return False
        for w in ws:
            n = w.lower().strip(".,")
            if not w[:1].isupper() or n in lx.ORG_WORDS or n in lx.PLACE_WORDS or n in lx.ROLE_HEADS:
                return False
    return True


def extract_quotes(text: str, blocks: Sequence[Block] | None = None) -> list[Quote]:
    """Every quotation in ``text`` with its speaker, in article order.

    ``blocks`` are the article's block spans; without them the text is split
    on blank lines.  Nested quotes follow the quote they sit in.
    """
    if not text:
        return []
    paras = _paragraphs(text, blocks)
    return _Extractor(text, paras).run()
