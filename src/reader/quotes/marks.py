"""Finding quoted spans: pairing opening and closing marks.

This module knows nothing about speech; it only answers "which stretches of
the canonical text sit between quotation marks?".  It handles

* curly and straight double marks, and single marks when the outlet uses
  them as its primary marks (decided once per article);
* apostrophes that look like single marks (don't, the '90s, Starmers',
  rock 'n' roll, o'clock), which must never open or close a quote;
* quotes running over several paragraphs, both the convention where every
  paragraph reopens the mark and only the last closes it, and the looser one
  where the mark opens once and closes paragraphs later;
* one level of nested quotes (the other family of marks) inside a primary one.

Public names: :func:`find_spans` (every quoted span, with nested ones),
:class:`Span`, :func:`primary_family`, the families :data:`DOUBLE` and
:data:`SINGLE`, the roles of a mark and :data:`MAX_CARRY`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

__all__ = [
    "APOS",
    "BOTH",
    "CLOSE",
    "DOUBLE",
    "MAX_CARRY",
    "OPEN",
    "SINGLE",
    "WEAK",
    "Span",
    "find_spans",
    "primary_family",
]

DOUBLE = "double"
SINGLE = "single"

# Roles of a mark.  BOTH is a straight mark whose context does not say which way it
# faces; it toggles.  WEAK is a closing single mark that may as well be the
# apostrophe of a plural possessive ("the Tories' plans").
APOS, OPEN, CLOSE, BOTH, WEAK = range(5)

_DOUBLE_OPENERS = "\u201c\u201e\u201f\u00ab"  # “ „ ‟ «
_DOUBLE_CLOSERS = "\u201d\u00bb"  # ” »
_SINGLE_OPENERS = "\u2018\u201a\u2039"  # ‘ ‚ ‹
_DOUBLE_CHARS = _DOUBLE_OPENERS + _DOUBLE_CLOSERS + '"'
_MARK_RE = re.compile("[\"'\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u201a\u2039\u203a]")

# Characters after which a mark starts a quotation, and before which a mark
# ends one.
_OPEN_LEFT = set(" \t\n([{\u2014\u2013-/\u2018\u201c\"'")
_CLOSE_RIGHT = set(" \t\n.,;:!?)]}\u2026\u2014\u2013-\u2019\u201d\"'")
_CLOSE_LEFT_PUNCT = set(".,!?;:\u2026)\u2014\u2013-\u201d\u2019\"'")

# Words that follow an elision apostrophe: 'em, 'til, 'cause, 'tis, rock 'n'.
_ELISIONS = re.compile(r"(?:em|til|tis|twas|cause|cos|n|round|bout|kay)\b", re.IGNORECASE)
_DECADE = re.compile(r"\d\d(?:s\b|\b)")

#: Paragraphs a quote may run over before we give up on finding its close.
MAX_CARRY = 12


@dataclass(slots=True)
class Span:
    """A stretch of text between marks, possibly over several paragraphs.

    ``pieces`` are the content spans (marks excluded, whitespace trimmed),
    one per paragraph.  ``open_pos``/``close_pos`` are the first opening and
    the final closing mark (``close_pos`` is None when the quote simply ran
    to the end of a paragraph without closing).
    """

    pieces: list[tuple[int, int]]
    open_pos: int
    close_pos: int | None
    para_first: int
    para_last: int
    family: str
    nested: list[Span] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Shrink [s, e) so that it neither starts nor ends with whitespace."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _classify(text: str, i: int, ps: int, pe: int) -> tuple[str, int]:
    """Family and role of the mark at ``text[i]`` inside paragraph [ps, pe)."""
    ch = text[i]
    p = text[i - 1] if i > ps else " "
    n = text[i + 1] if i + 1 < pe else " "
    if ch in _DOUBLE_CHARS:
        if ch in _DOUBLE_OPENERS:
            # Some sources use the opening glyph for both ends.
            if (p.isalnum() or p in _CLOSE_LEFT_PUNCT) and n in _CLOSE_RIGHT:
                return DOUBLE, CLOSE
            return DOUBLE, OPEN
        if ch in _DOUBLE_CLOSERS:
            if p in _OPEN_LEFT and (n.isalnum() or n in "\u2018'\u2026"):
                return DOUBLE, OPEN
            return DOUBLE, CLOSE
        left_open = p in _OPEN_LEFT
        right_close = n in _CLOSE_RIGHT
        if left_open and not right_close:
            return DOUBLE, OPEN
        if right_close and not left_open:
            return DOUBLE, CLOSE
        return DOUBLE, BOTH
    # Single marks: most of them are apostrophes.
    if ch in _SINGLE_OPENERS:
        if p.isalpha() and n.isalpha():
            return SINGLE, APOS  # O‘Neill typed with the wrong glyph
        if _DECADE.match(text, i + 1, pe):
            return SINGLE, APOS  # ‘90s typed with the wrong glyph
        return SINGLE, OPEN
    if p.isalnum() and n.isalnum():
        return SINGLE, APOS  # don't, o'clock, Hawai'i
    if p == '"' and n in _CLOSE_RIGHT:
        return SINGLE, CLOSE  # '... said, "Are you the guy?"' she says.': closing the quote the double one sits in
    if p in _OPEN_LEFT:
        if _DECADE.match(text, i + 1, pe) or _ELISIONS.match(text, i + 1, pe):
            return SINGLE, APOS  # the '90s, 'em, rock 'n' roll
        if n.isalnum() or n in '\u201c"\u2026':
            return SINGLE, OPEN
        return SINGLE, APOS
    if p == "n" and i >= ps + 2 and text[i - 2] in "'\u2019":
        return SINGLE, APOS  # the second mark of 'n'
    if p.isalnum() or p in _CLOSE_LEFT_PUNCT:
        if n in _CLOSE_RIGHT:
            if p in "sSzZ" and n == " " and i + 2 < pe and (text[i + 2].islower() or text[i + 2].isdigit()):
                return SINGLE, WEAK  # "the Tories' failed scheme"
            return SINGLE, CLOSE
    return SINGLE, APOS


def primary_family(text: str) -> str:
    """Decide whether this article quotes with double or single marks.

    Single marks are primary only when they open more quotations than
    double marks do; apostrophes never count because only marks in opening
    position are counted.
    """
    doubles = 0
    singles = 0
    for m in _MARK_RE.finditer(text):
        vote = _opener_vote(text, m.start())
        if vote == DOUBLE:
            doubles += 1
        elif vote == SINGLE:
            singles += 1
    return SINGLE if singles > doubles else DOUBLE


def _opener_vote(text: str, i: int) -> str | None:
    """The family of the mark at ``i`` if it looks like an opening mark, else None."""
    ch = text[i]
    p = text[i - 1] if i else " "
    n = text[i + 1] if i + 1 < len(text) else " "
    if ch in _DOUBLE_CHARS:
        if ch in _DOUBLE_OPENERS or (ch == '"' and p in _OPEN_LEFT and n not in _CLOSE_RIGHT):
            return DOUBLE
        return None
    if p in _OPEN_LEFT and (n.isalpha() or n in '\u201c"') and not _ELISIONS.match(text, i + 1):
        return SINGLE
    return None


def find_spans(text: str, paras: list[tuple[int, int, str]], family: str | None = None) -> list[Span]:
    """Every primary quoted span of ``text``, in order, with nested spans.

    ``paras`` are (start, end, kind) per block; headings never hold quotes
    and break any quote running over paragraphs.  ``family`` is the primary
    family of marks, or None to decide it as :func:`primary_family` does.
    """
    # One pass over the marks both classifies them and, unless the caller
    # named the family, counts opening marks per family the way
    # :func:`primary_family` does (over every block, headings included).
    count = family is None
    votes = {DOUBLE: 0, SINGLE: 0}
    marks: list[list[tuple[int, str, int]]] = []
    for ps, pe, kind in paras:
        row: list[tuple[int, str, int]] = []
        heading = kind == "heading"
        for m in _MARK_RE.finditer(text, ps, pe):
            i = m.start()
            if ps < i < pe - 1 and text[i] in "'\u2019" and text[i - 1].isalnum() and text[i + 1].isalnum():
                continue  # an apostrophe inside a word ("don't", "Quill's"): no opener's vote, and _classify's APOS
            if count:
                vote = _opener_vote(text, i)
                if vote is not None:
                    votes[vote] += 1
            if heading:
                continue
            fam, role = _classify(text, i, ps, pe)
            if role != APOS:
                row.append((i, fam, role))
        marks.append(row)
    primary = family or (SINGLE if votes[SINGLE] > votes[DOUBLE] else DOUBLE)
    return _Pairing(text, paras, marks, primary).spans()


class _Pairing:
    """Pairs the classified marks of an article, paragraph by paragraph, into spans.

    ``cur`` is the primary quote open so far (perhaps since an earlier
    paragraph) and ``piece_start`` where its piece in this paragraph starts;
    ``nested_open`` the opening mark of a nested quote inside it.
    """

    def __init__(
        self, text: str, paras: list[tuple[int, int, str]], marks: list[list[tuple[int, str, int]]], primary: str
    ) -> None:
        self.text = text
        self.paras = paras
        self.marks = marks
        self.primary = primary
        self.found: list[Span] = []
        self.cur: Span | None = None
        self.piece_start = 0
        self.nested_open: int | None = None

    def spans(self) -> list[Span]:
        for pi, (ps, pe, kind) in enumerate(self.paras):
            if kind == "heading":
                self.cur = None
                continue
            self._paragraph(pi, ps, pe)
        if self.cur is not None and self.cur.pieces:
            self.found.append(self.cur)
        return self.found

    def _paragraph(self, pi: int, ps: int, pe: int) -> None:
        row = self.marks[pi]
        if not row and self.cur is None:
            self.nested_open = None
            return  # (no marks and no quote open: most of an article's paragraphs)
        k = 0
        if self.cur is not None:
            first_prim = next((m for m in row if m[1] == self.primary), None)
            if first_prim is not None and first_prim[0] == ps and first_prim[2] in (OPEN, BOTH):
                self.piece_start = ps + 1  # each paragraph reopens the mark
                k = row.index(first_prim) + 1
            else:
                self.piece_start = ps  # the mark opened once, paragraphs ago
        strong_ahead = _strong_closer_ahead(row)
        self.nested_open = None
        while k < len(row):
            pos, fam, role = row[k]
            closes = role in (CLOSE, BOTH) or (role == WEAK and not strong_ahead[k])
            if fam == self.primary:
                self._primary_mark(pi, pos, role, closes)
            elif self.cur is not None and pos >= self.piece_start:
                self._nested_mark(pi, pos, fam, role, closes)
            k += 1
        if self.cur is not None:
            cur = self.cur
            s, e = _trim(self.text, self.piece_start, pe)
            if s < e:
                cur.pieces.append((s, e))
            cur.para_last = pi
            if not _continues(self.text, self.paras, self.marks, pi, self.primary):
                if cur.pieces:
                    self.found.append(cur)
                self.cur = None

    def _primary_mark(self, pi: int, pos: int, role: int, closes: bool) -> None:
        cur = self.cur
        if cur is None:
            if role in (OPEN, BOTH):
                self._open(pi, pos)
        elif closes:
            s, e = _trim(self.text, self.piece_start, pos)
            if s < e:
                cur.pieces.append((s, e))
            cur.close_pos = pos
            cur.para_last = pi
            if cur.pieces:
                self.found.append(cur)
            self.cur = None
            self.nested_open = None
        elif role == OPEN:
            # An opener while a quote is open: the earlier one lost
            # its closer; we cannot tell where it ended, so drop it.
            log.debug("unclosed quote at %d dropped", cur.open_pos)
            self._open(pi, pos)

    def _open(self, pi: int, pos: int) -> None:
        self.cur = Span([], pos, None, pi, pi, self.primary)
        self.piece_start = pos + 1
        self.nested_open = None

    def _nested_mark(self, pi: int, pos: int, fam: str, role: int, closes: bool) -> None:
        if self.nested_open is None:
            if role in (OPEN, BOTH):
                self.nested_open = pos
        elif closes:
            s, e = _trim(self.text, self.nested_open + 1, pos)
            if s < e and self.cur is not None:
                self.cur.nested.append(Span([(s, e)], self.nested_open, pos, pi, pi, fam))
            self.nested_open = None
        elif role == OPEN:
            self.nested_open = pos


def _strong_closer_ahead(row: list[tuple[int, str, int]]) -> list[bool]:
    """For each mark of a paragraph: does a strong closer of its family follow before the next opener?

    A WEAK closer (perhaps a plural possessive) closes only when none does.
    """
    strong_ahead = [False] * len(row)
    seen = {DOUBLE: False, SINGLE: False}
    for j in range(len(row) - 1, -1, -1):
        strong_ahead[j] = seen[row[j][1]]
        if row[j][2] in (CLOSE, BOTH):
            seen[row[j][1]] = True
        elif row[j][2] == OPEN:
            seen[row[j][1]] = False
    return strong_ahead


def _continues(
    text: str,
    paras: list[tuple[int, int, str]],
    marks: list[list[tuple[int, str, int]]],
    pi: int,
    primary: str,
) -> bool:
    """Does a quote left open at the end of paragraph ``pi`` go on?

    Yes when a following paragraph reopens with a mark at its very start, or
    when the first primary mark found in the following paragraphs closes
    (the open-once convention).  Paragraphs with no marks at all may sit in
    between; a heading or an opener in mid-paragraph ends the search.
    """
    for j in range(pi + 1, min(len(paras), pi + 1 + MAX_CARRY)):
        ps, _pe, kind = paras[j]
        if kind == "heading":
            return False
        prim = [m for m in marks[j] if m[1] == primary]
        if not prim:
            continue
        first = prim[0]
        if first[0] == ps and first[2] in (OPEN, BOTH):
            # Reopening counts only right after the open paragraph; a
            # reporter's paragraph in between means the quote was unclosed.
            return j == pi + 1
        return first[2] in (CLOSE, BOTH, WEAK)
    return False
