"""Words of the canonical text: tokens, normal forms and fast regex helpers.

The lowest stage of the engine: nothing here knows about names or speech.

Public names:

* :func:`words`, :func:`rwords`, :class:`LazyWords`, :func:`first_word`,
  :func:`last_word`, :func:`word_before`: the tokens of a stretch of text,
  as ``(start, end, word)``; punctuation stands alone.
* :func:`lstrip_index`, :func:`rstrip_index`: a stretch of text without its
  surrounding white space;
* :func:`norm`: a word in lower case without a possessive or final stop
  (:func:`norms`: of several words);
  :func:`name_words`: the lower-case words of a name; :func:`similar`: the
  same word up to one typo.
* :func:`alternation`: a regex alternation built as a trie;
  :func:`prefiltered`: a regex search sped up by a cheap candidate pattern;
  :func:`last_match`: the last match of a regex in a stretch of text;
  :func:`sentence_start`: where the sentence holding a position starts.
* :data:`WORD_RE`, :data:`WORD_BEFORE_RE`, :data:`POSSESSIVE_RE`,
  :data:`SENTENCE_END_RE`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator

log = logging.getLogger(__name__)

__all__ = [
    "OPENING_MARKS",
    "POSSESSIVE_RE",
    "SENTENCE_END_RE",
    "WORD_BEFORE_RE",
    "WORD_RE",
    "LazyWords",
    "alternation",
    "bare_abbreviation",
    "first_word",
    "last_match",
    "sentence_start",
    "start_of_paragraph_before",
    "last_word",
    "lstrip_index",
    "name_words",
    "norm",
    "norms",
    "regular_plural",
    "prefiltered",
    "rstrip_index",
    "rwords",
    "similar",
    "word_before",
    "words",
]

#: Marks that open a quotation: curly and straight, double and single.
OPENING_MARKS = "\u201c\u2018\"'"

Token = tuple[int, int, str]

#: A word (letters, digits, inner hyphens, apostrophes and dots) or one
#: punctuation character.
WORD_RE = re.compile(r"[^\W_](?:[\w\-'\u2019]|\.(?=\w))*|[^\w\s]")
#: A possessive ending: "'s", "'", "’s".
POSSESSIVE_RE = re.compile(r"['\u2019]s?$")
#: A word before the end of a string ("Dr." before a full stop).
WORD_BEFORE_RE = re.compile(r"([\w.\-']+)\s*$")
#: A title abbreviated without a vowel after its capital, of three or four letters ("Qrt", "Brvt"):
#: no English word, so its full stop ends no sentence.
BARE_ABBREVIATION = r"\b[A-Z][b-df-hj-np-tv-xz]{2,3}"
_BARE_ABBREVIATION_RE = re.compile(BARE_ABBREVIATION + "$")
#: The end of a sentence: a terminator, perhaps a closing mark, then a space.
SENTENCE_END_RE = re.compile(r"[.!?][\u201d\u2019\"']?\s")


def bare_abbreviation(word: str) -> bool:
    """Is ``word`` (without its full stop) shaped like a title abbreviated without a vowel (:data:`BARE_ABBREVIATION`)?

    Only its shape: "Blvd" has it too; :func:`.names.title_abbreviation` says whether one is a title.
    """
    return _BARE_ABBREVIATION_RE.match(word) is not None


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, trying longer words first.

    The same matches as ``"|".join(sorted(words, key=len, reverse=True))``,
    but built as a trie: the engine follows one branch per character instead
    of trying hundreds of alternatives at every position.  Two words can both
    match at one position only if one is a prefix of the other, and the trie
    tries the continuation before the shorter word's end, so the order in
    which alternatives are tried is the same.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if "" in node:
            alts.append("")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(trie)


def prefiltered(rx: re.Pattern, cand: re.Pattern, text: str) -> Iterator[re.Match]:
    """``rx.finditer(text)`` when every match of ``rx`` starts where ``cand`` matches."""
    match = rx.match
    last = 0
    for c in cand.finditer(text):
        s = c.start()
        if s < last:
            continue
        m = match(text, s)
        if m is not None:
            last = m.end()
            yield m


def last_match(rx: re.Pattern, text: str, lo: int = 0, hi: int | None = None) -> re.Match | None:
    """The last of ``rx``'s matches in ``text[lo:hi]`` (as :meth:`re.Pattern.finditer` finds them), or None."""
    found = None
    for found in rx.finditer(text, lo, len(text) if hi is None else hi):  # noqa: B007 - the last one is wanted
        pass
    return found


def start_of_paragraph_before(text: str, pos: int) -> int:
    """Where the paragraph before the one holding ``pos`` starts (one line break back, then another).

    Unlike :func:`.antecedents.prev_para_start`, a run of blank lines counts as one paragraph of its own.
    """
    return text.rfind("\n", 0, max(0, text.rfind("\n", 0, pos) - 1)) + 1


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last stop (:data:`SENTENCE_END_RE`) in its line."""
    lo = text.rfind("\n", 0, pos) + 1
    # Read back from ``pos``: a stop's match holds no other stop's first character, so the matches never overlap
    # and the last one (as finditer finds them) is the one that starts at the last stop that matches.  Each kind
    # of stop is looked for again only before the one just tried, so no stretch of the line is read twice.
    rfind, match = text.rfind, SENTENCE_END_RE.match
    dot, bang, ask = rfind(".", lo, pos), rfind("!", lo, pos), rfind("?", lo, pos)
    while True:
        stop = max(dot, bang, ask)
        if stop < 0:
            return lo
        end = match(text, stop, pos)
        if end is not None:
            return end.end()
        if stop == dot:
            dot = rfind(".", lo, stop)
        elif stop == bang:
            bang = rfind("!", lo, stop)
        else:
            ask = rfind("?", lo, stop)


def words(text: str, lo: int, hi: int) -> list[Token]:
    """Tokens of ``text[lo:hi]`` as (start, end, word); punctuation stands alone."""
    return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text, lo, hi)]


def rwords(text: str, lo: int, hi: int) -> Iterator[Token]:
    """``reversed(words(text, lo, hi))``, tokenising only as far back as asked.

    No token holds a space and none is found at one, so the tokens after a
    space are the same whether the scan starts there or further left: the
    text is tokenised a space-delimited chunk at a time, from the right.
    """
    finditer = WORD_RE.finditer
    rfind = text.rfind
    end = hi
    while end > lo:
        cut = rfind(" ", lo, end)
        a = cut + 1 if cut >= 0 else lo
        if a < end:
            w = text[a:end]
            if w.isalpha():
                # Letters only (most chunks): one token, the whole chunk.
                yield (a, end, w)
            else:
                chunk = [(m.start(), m.end(), m.group()) for m in finditer(text, a, end)]
                yield from reversed(chunk)
        if cut < 0:
            return
        end = cut


class LazyWords:
    """``words(text, lo, hi)``, tokenised only as far as asked.

    ``t`` is the list of tokens found so far; ``has(i)`` tokenises until
    ``t[i]`` exists and says whether it does.  As in :func:`rwords`, the
    text is read a space-delimited chunk at a time, which gives the same
    tokens as one scan.
    """

    __slots__ = ("text", "pos", "hi", "t")

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.text = text
        self.pos = lo
        self.hi = hi
        self.t: list[Token] = []

    def has(self, i: int) -> bool:
        t = self.t
        if i < len(t):
            return True
        text, hi = self.text, self.hi
        pos = self.pos
        while pos < hi:
            cut = text.find(" ", pos, hi)
            end = hi if cut < 0 else cut
            if pos < end:
                w = text[pos:end]
                if w.isalpha():
                    t.append((pos, end, w))
                else:
                    t.extend((m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text, pos, end))
            pos = end + 1 if cut >= 0 else hi
            if i < len(t):
                self.pos = pos
                return True
        self.pos = pos
        return i < len(t)


def last_word(text: str, lo: int, hi: int) -> Token | None:
    """``words(text, lo, hi)[-1]``, or None when there is none.

    The first token :func:`rwords` would give, read the same way (a
    space-delimited chunk at a time, from the right) without a generator.
    """
    rfind = text.rfind
    end = hi
    while end > lo:
        cut = rfind(" ", lo, end)
        a = cut + 1 if cut >= 0 else lo
        if a < end:
            w = text[a:end]
            if w.isalpha():
                return (a, end, w)
            last = w[-1]
            if last not in _WORD_GOES_ON and not last.isalnum() and not last.isspace():
                # A mark no word goes on with ("said,", "Quill."): a token of its own, the chunk's last
                return (end - 1, end, last)
            m = last_match(WORD_RE, text, a, end)
            if m is not None:
                return (m.start(), m.end(), m.group())
        if cut < 0:
            return None
        end = cut
    return None


#: The marks a word of WORD_RE may go on with, or hold ("_" is a word character that opens no word).
_WORD_GOES_ON = frozenset("-'\u2019_")


def first_word(text: str, lo: int, hi: int) -> Token | None:
    """``words(text, lo, hi)[0]``, or None when there is none."""
    m = WORD_RE.search(text, lo, hi)
    return None if m is None else (m.start(), m.end(), m.group())


def rstrip_index(text: str, lo: int, hi: int) -> int:
    """Where ``text[lo:hi]`` ends without its trailing white space."""
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def lstrip_index(text: str, lo: int, hi: int) -> int:
    """Where ``text[lo:hi]`` starts without its leading white space."""
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo


def word_before(text: str, start: int) -> str | None:
    """The word before ``start`` when one space separates them."""
    if start < 2 or text[start - 1] != " ":
        return None
    lo = start - 20 if start > 20 else 0
    space, newline = text.rfind(" ", lo, start - 1), text.rfind("\n", lo, start - 1)
    return text[(space if space > newline else newline) + 1 : start - 1]  # (after the later of the two)


# Both caches only remember pure functions of a word; they are bounded so a
# long-running process does not grow without limit.
_NORM_CACHE: dict[str, str] = {}
_NAME_WORDS_CACHE: dict[str, frozenset[str]] = {}


_DOTTED_CAPITALS_RE = re.compile(r"(?:[A-Z]\.){2,4}")


def norm(w: str) -> str:
    """Lower case, without a possessive or a final full stop."""
    got = _NORM_CACHE.get(w)
    if got is None:
        # (POSSESSIVE_RE needs an apostrophe: most words have none, and skip the pattern)
        got = (POSSESSIVE_RE.sub("", w) if "'" in w or "\u2019" in w else w).rstrip(".").lower()
        if "." in got and _DOTTED_CAPITALS_RE.fullmatch(w):
            got = got.replace(".", "")  # "F.C.", "P.L.C.": the abbreviation as it is written without stops
        if len(_NORM_CACHE) < 50000:
            _NORM_CACHE[w] = got
    return got


def norms(ws: Iterable[str]) -> list[str]:
    """``[norm(w) for w in ws]``, reading the cache without a call per word (runs are parsed by the thousand)."""
    cache = _NORM_CACHE
    return [cache[w] if w in cache else norm(w) for w in ws]


def name_words(name: str) -> frozenset[str]:
    """The words of a name, in lower case, without commas; kept per name (names change rarely)."""
    got = _NAME_WORDS_CACHE.get(name)
    if got is None:
        got = frozenset(w.strip(",") for w in name.lower().split())  # ("Union, Local 27": the union)
        if len(_NAME_WORDS_CACHE) < 50000:
            _NAME_WORDS_CACHE[name] = got
    return got


def similar(a: str, b: str) -> bool:
    """Same word up to one typo (a swap, a substitution, one letter more)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1 :] == a for i in range(len(b)))


def regular_plural(word: str) -> str:
    """The regular plural of a lower-case noun: "dairy" -> "dairies", "mill" -> "mills", "coach" -> "coaches"."""
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return word[:-1] + "ies"
    return word + "es" if word.endswith(("s", "x", "z", "ch", "sh")) else word + "s"
