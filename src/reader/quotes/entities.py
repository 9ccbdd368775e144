"""Names, roles and pronouns: who an article's mentions refer to.

An article introduces people and organisations once in full ("Sir Leander
Greaves", "Housing Minister Joan Pettigrew", "Software maker Tessaly
Systems") and later refers to them by short forms ("Sir Leander", "Ms
Pettigrew", "Greaves"), roles ("the prime minister", "the company", "the
Italian") or pronouns.  :class:`Registry` reads the whole text once, keeps a
timeline of mentions outside quotations, and resolves a speaker mention to
the full name the article gave, the way a careful reader would: the most
recent person who fits.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field

from . import lexicon as lx

log = logging.getLogger(__name__)


def alternation(words) -> str:
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


# Upper-case letters we accept at the start of a name (Latin scripts).
_UPPER = "A-Z" + "".join(
    c for c in map(chr, range(0xC0, 0x250)) if c.isupper() and c not in "\u00d7"
)
_PARTICLES = r"(?:de|da|del|della|di|du|van|von|der|den|la|le|bin|bint|al|el|ibn|of|for|and|on|&)"
_ABBR = r"(?:Gov|Sen|Rep|Dr|Mr|Mrs|Ms|St|Gen|Col|Lt|Capt|Sgt|Cpl|Maj|Brig|Cdr|Prof|Rev|Det|Con|Ch|Insp|Supt|Jr|Sr|Cllr)\."
# "Practitioners' Union": a plural possessive inside a name.
_CAPWORD = rf"[{_UPPER}](?:[\w\-]|['\u2019](?=\w)|(?<=s)['\u2019](?= [{_UPPER}]))*"
_INITIAL = rf"[{_UPPER}]\.(?= [{_UPPER}])"
_DOTTED = rf"[{_UPPER}]\.(?:[{_UPPER}]\.)+(?= [{_UPPER}])"  # "U.S. Forest Service"
_TOKEN = rf"(?:{_ABBR}|{_DOTTED}|{_INITIAL}|{_CAPWORD})"
_NICK = rf"[\u201c\u2018\"'][{_UPPER}][\w\-]*[\u201d\u2019\"']"
#: A run of capitalised words: a name, an organisation, a place, a title.
_NAME_PARTICLES = r"(?:van|von|de|da|di|du|del|della|der|den|le|la|al|bin|ibn|ter|ten)"
# Sentence-initial function words never start a name; skipping them in the
# pattern itself saves parsing most runs at all.
_STOP_START = "(?!" + alternation(w.capitalize() for w in lx.STOP_CAPS if w.isalpha()) + r"\b(?![\-'\u2019]))"
# The leading lookahead lets the engine reject most positions at once.
RUN_RE = re.compile(
    rf"(?=[{_UPPER}vdlbit])(?<![\w\-])(?:{_NAME_PARTICLES} (?=[{_UPPER}]))*{_STOP_START}{_TOKEN}"
    rf"(?:(?: {_PARTICLES}(?: the)?)* (?:{_NICK} )?{_TOKEN})*"
)
# RUN_RE, found faster: runs are searched from capital letters only (common
# lower-case letters made most positions candidates), and a leading particle
# ("van Doorn") is added back by looking behind the capital.  A leading
# particle must be followed by a capital, so there is at most one, and it
# must start with one of the letters RUN_RE's lookahead allows ("al" does not).
_RUN_UPPER_RE = re.compile(
    rf"(?=[{_UPPER}])(?<![\w\-]){_STOP_START}{_TOKEN}"
    rf"(?:(?: {_PARTICLES}(?: the)?)* (?:{_NICK} )?{_TOKEN})*"
)
_LEAD_PARTICLE_RE = re.compile(rf"(?<![\w\-])(?:{_NAME_PARTICLES}) $")
assert all(p[0] in "vdlbit" for p in _NAME_PARTICLES[3:-1].split("|") if p != "al")
_PARTICLE_LAST = frozenset(p[-1] for p in _NAME_PARTICLES[3:-1].split("|"))


def run_spans(text: str) -> list[tuple[int, int]]:
    """``[(m.start(), m.end()) for m in RUN_RE.finditer(text)]``, faster."""
    out = []
    lead = _LEAD_PARTICLE_RE.search
    for m in _RUN_UPPER_RE.finditer(text):
        s = m.start()
        if s > 1 and text[s - 1] == " " and text[s - 2] in _PARTICLE_LAST:
            p = lead(text, max(0, s - 7), s)
            if p is not None and p.group()[0] != "a":
                s = p.start()
        out.append((s, m.end()))
    return out
_WORD_RE = re.compile(r"[^\W_](?:[\w\-'\u2019]|\.(?=\w))*|[^\w\s]")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_YEAR_OLD = re.compile(r"^\d+-year-old$")
_NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|man|men|ard|i|ch)$")
_AGE_APPOS = re.compile(r", \d{1,3},| \(\d{1,3}\)")
#: "X, the foreign secretary," -- an appositive after a name.
_APPOS_AFTER = re.compile(r", (?:(?:the|a|an|his|her|its|their) )?([^,.;:\"\u201c\u201d]{2,90}?)(?:,|\.|;| who\b| which\b|$)")

#: How far back (characters) a pronoun prefers a person of known gender.
PRONOUN_REACH = 1500
#: How far ahead (characters) an indefinite role ("an MP said") looks for
#: the person it introduces.
CATAPHORA_REACH = 400
#: How many mentions back (or forward) a search for an antecedent goes; an
#: article rarely refers further, and the bound keeps long texts linear.
LOOKBACK = 150
DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "my", "our", "your", "this", "that"}
INDEFINITE = {"a", "an", "one", "another", "some"}


def words(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Tokens of ``text[lo:hi]`` as (start, end, word); punctuation stands alone."""
    return [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text, lo, hi)]


def rwords(text: str, lo: int, hi: int):
    """``reversed(words(text, lo, hi))``, tokenising only as far back as asked.

    No token holds a space and none is found at one, so the tokens after a
    space are the same whether the scan starts there or further left: the
    text is tokenised a space-delimited chunk at a time, from the right.
    """
    finditer = _WORD_RE.finditer
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
        self.t: list[tuple[int, int, str]] = []

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
                    t.extend((m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text, pos, end))
            pos = end + 1 if cut >= 0 else hi
            if i < len(t):
                self.pos = pos
                return True
        self.pos = pos
        return i < len(t)


def last_word(text: str, lo: int, hi: int) -> tuple[int, int, str] | None:
    """``words(text, lo, hi)[-1]``, or None when there is none."""
    return next(rwords(text, lo, hi), None)


def first_word(text: str, lo: int, hi: int) -> tuple[int, int, str] | None:
    """``words(text, lo, hi)[0]``, or None when there is none."""
    m = _WORD_RE.search(text, lo, hi)
    return None if m is None else (m.start(), m.end(), m.group())


_NORM_CACHE: dict[str, str] = {}


def _norm(w: str) -> str:
    """Lower case, without a possessive or a final full stop."""
    got = _NORM_CACHE.get(w)
    if got is None:
        got = _POSSESSIVE.sub("", w).rstrip(".").lower()
        if len(_NORM_CACHE) < 50000:
            _NORM_CACHE[w] = got
    return got


_NAME_WORDS_CACHE: dict[str, frozenset[str]] = {}


def _name_words(name: str) -> frozenset[str]:
    """``set(name.lower().split())``, kept per name (names change rarely)."""
    got = _NAME_WORDS_CACHE.get(name)
    if got is None:
        got = frozenset(name.lower().split())
        if len(_NAME_WORDS_CACHE) < 50000:
            _NAME_WORDS_CACHE[name] = got
    return got


def _similar(a: str, b: str) -> bool:
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


def _given(word: str) -> bool:
    """Is this (lower-case) word a given name?"""
    return word in lx.FIRST_NAMES


@dataclass(slots=True)
class Entity:
    """A person or organisation the article names."""

    name: str
    kind: str  # "person" | "org"
    first: str | None = None
    last: str | None = None
    name_len: int = 0
    gender: str | None = None
    strong: bool = False  # enough evidence to be a pronoun's antecedent
    roles: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    spoke: int = 0
    index: int = 0
    heads: set[str] = field(default_factory=set)  # what kind of organisation: "union", "retailer"


@dataclass(slots=True)
class Run:
    """A run of capitalised words, parsed."""

    start: int
    end: int
    kind: str  # "person" | "org" | "unknown"
    name_words: list[str]
    name_start: int
    honorific: str | None = None
    prefix: list[str] = field(default_factory=list)
    entity: Entity | None = None
    quoted: bool = False


@dataclass(slots=True)
class Mention:
    """A speaker mention next to a quote, before resolution."""

    start: int
    end: int
    kind: str  # "pronoun" | "name" | "role" | "org"
    word: str = ""
    head: str | None = None
    mods: frozenset[str] = frozenset()
    det: str | None = None
    run: Run | None = None


#: A capitalised common noun for a person ("Franchisee", "Campaigner").
_DESCRIPTOR_RE = re.compile(r"[a-z](?:er|or|ist|ant|ent|ee|ian|man|woman)$")


def _parse_run_words(toks: list[str], norms: list[str]) -> tuple[int, str | None, list[str], list[str]]:
    """Split a run into (index where the name starts, honorific, prefix, name words).

    ``norms`` are ``toks`` normalised (see :func:`_norm`).
    """
    # Drop trailing suffixes (KC, MP, Jr) and a possessive.
    k = len(toks)
    while k > 1 and norms[k - 1] in lx.NAME_SUFFIXES:
        k -= 1
    cut = -1
    for i in range(k - 1):
        if norms[i] in _ROLE_OR_HONORIFIC:
            after = lx.RANK_AFTER.get(norms[i])
            if after is not None and (i == 0 or norms[i - 1] not in after):
                continue
            cut = i
    if cut < 0 and k >= 3:
        for i in range(k - 2):
            if _given(norms[i + 1]) and not _given(norms[i]) and (
                toks[i].endswith(("'s", "\u2019s"))  # "Norway's Vesna Dahl", "Labour's Joan Pettigrew"
                or (i == 0 and _DESCRIPTOR_RE.search(norms[0]) is not None)  # "Franchisee Ivo Tobin"
            ):
                cut = i
                break
    if cut < 0 and k == 3 and toks[0][1:].islower() and _DESCRIPTOR_RE.search(norms[0]) is not None:
        # "Linebacker Tobin Dell", "Curator Ama Boateng": a job, then a
        # two-word name.
        if not _given(norms[0]) and _PLACE_OR_ORG.isdisjoint(norms[:3]):
            cut = 0
    honorific = norms[cut] if cut >= 0 and norms[cut] in lx.HONORIFICS else None
    return cut + 1, honorific, toks[: cut + 1], toks[cut + 1 : k]


class Registry:
    """Every person and organisation in an article, and who is who.

    ``quoted`` are the primary quoted pieces, sorted: mentions inside them
    are parsed (nested quotes need them) but never become antecedents.
    """

    def __init__(self, text: str, quoted: list[tuple[int, int]]) -> None:
        self.text = text
        self._qstarts = [s for s, _ in quoted]
        self._qends = [e for _, e in quoted]
        self.entities: list[Entity] = []
        self._by_last: dict[str, list[Entity]] = {}
        self._by_first: dict[str, list[Entity]] = {}
        self._orgs: dict[str, Entity] = {}
        self._orgs_by_first: dict[str, list[tuple[list[str], Entity]]] = {}
        self._by_initial: dict[str, set[str]] = {}
        self._by_role: dict[str, list[Entity]] = {}
        self.runs_by_end: dict[int, Run] = {}
        self.runs_by_start: dict[int, Run] = {}
        # Timeline of mentions outside quotes: positions and entities.
        self._tl_pos: list[int] = []
        self._tl_ent: list[Entity] = []
        # Speakers: subjects of speech verbs and resolved quote speakers.
        self._sp_pos: list[int] = []
        self._sp_ent: list[Entity] = []
        self._sf_cache: dict[int, bool] = {}
        self._scan()

    # -- building ---------------------------------------------------------

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._qstarts, pos) - 1
        return i >= 0 and pos < self._qends[i]

    def _scan(self) -> None:
        text = self.text
        find = text.find
        pron_events: list[tuple[int, str]] = []
        merged: list[tuple[int, int]] = []
        for s, e in run_spans(text):
            # "Ministry of Housing, Communities and Local Government"
            if merged:
                ps, pe = merged[-1]
                if (
                    s - pe == 2
                    and text.startswith(", ", pe)
                    and find(" and ", s, e) >= 0
                    and (find(" of ", ps, pe) >= 0 or find(" for ", ps, pe) >= 0)
                ):
                    merged[-1] = (ps, e)
                    continue
            merged.append((s, e))
        pieces: list[tuple[int, int]] = []
        for s, e in merged:
            if e - s > 12 and find(" on ", s, e) >= 0:
                # "Zennor Batteries Ltd on Monday": a date, no part of the name
                m = _ON_DATE_RE.search(text, s, e)
                if m is not None:
                    e = m.start()
            # "Dr Leela Menon of the University of Sydney": a person,
            # then an organisation, not one long name.
            m = _OF_SPLIT_RE.search(text, s, e) if find(" ", s, e) >= 0 else None
            if m is not None:
                left = text[s : m.start()].split()
                first = _norm(left[0]) if left else ""
                if len(left) >= 2 and (first in lx.HONORIFICS or _given(first)) and not any(
                    _norm(w) in lx.ORG_WORDS for w in left
                ):
                    pieces.append((s, m.start()))
                    pieces.append((m.end(), e))
                    continue
            pieces.append((s, e))
        parse = self._parse
        by_end, by_start = self.runs_by_end, self.runs_by_start
        tl_pos, tl_ent = self._tl_pos, self._tl_ent
        for s, e in pieces:
            run = parse(s, e)
            if run is None:
                continue
            by_end[run.end] = run
            by_start[run.start] = run
            if run.quoted or run.entity is None:
                continue
            if run.kind == "org" and text.startswith(" (", run.end):
                self._acronym(run)
            tl_pos.append(run.name_start)
            tl_ent.append(run.entity)
            if run.entity.kind == "person" and self._speech_follows(run.end):
                self._sp_pos.append(run.name_start)
                self._sp_ent.append(run.entity)
        for m in _prefiltered(_PRONOUN_RE, _PRONOUN_CAND_RE, text):
            if not self.in_quote(m.start()):
                pron_events.append((m.start(), m.group().lower()))
        self._learn_genders(pron_events)
        self._bind_role_mentions()

    def _parse(self, start: int, end: int) -> Run | None:
        text = self.text
        seg = text[start:end]
        if " " not in seg:
            # Most runs are one word: a place, a weekday, a surname.  Decide
            # the common cases before building anything.
            n = _NORM_CACHE.get(seg)
            if n is None:
                n = _norm(seg)
            if n in _NOT_A_NAME or (("'" in n or "\u2019" in n) and _is_stop(n)):
                return None
            if n in lx.DEMONYMS and _is_descriptor_det(_word_before(text, start)):
                return None  # "the Italian said": a description, not a name
            if seg.isupper() and _not_an_acronym_entity(text, start, end):
                return Run(start, end, "unknown", [seg], start, quoted=self.in_quote(start))
            if (
                n not in self._by_last
                and n not in self._by_first
                and n not in lx.ORG_WORDS
                and not seg.isupper()
                and _CAMEL_RE.match(seg) is None
                and n not in self._orgs_by_first
                and not self._speech_follows(end)
                and not _org_head_before(text, start)
                and _appos_org_head(text, end) is None
            ):
                return Run(start, end, "unknown", [seg], start, quoted=self.in_quote(start))
            toks = [(start, end, seg.rstrip(","))]
        else:
            toks = []
            pos = start
            for w in seg.split(" "):
                toks.append((pos, pos + len(w), w.rstrip(",")))
                pos += len(w) + 1
        # Sentence-initial function words and days are no part of a name.
        i = 0
        while i < len(toks):
            n = _norm(toks[i][2])
            if n not in lx.STOP_CAPS and not (("'" in n or "\u2019" in n) and _is_stop(n)) and not (
                "-" in n and n.endswith(_LOCATIVE_SUFFIXES)
            ):
                break
            i += 1  # ... and "Pune-based", "Dublin-born": where, not who
        if i == 0 and toks[0][2].isupper() and len(toks[0][2]) >= 4 and _lede_caps(text, toks[0][0]):
            # "DAYTON, Ohio (AP) --", "A BELOVED Dublin chipper": a dateline
            # or a typographic lede, not a name.
            while i < len(toks) and toks[i][2].isupper():
                i += 1
        if i:
            toks = toks[i:]
        if not toks:
            return None
        if _NICK_CHARS.isdisjoint(seg):
            nick = []
        else:
            nick = [t for t in toks if t[2][0] in "\u201c\u2018\"'"]
            toks = [t for t in toks if t[2][0] not in "\u201c\u2018\"'"]
        start = toks[0][0]
        ws = [t[2] for t in toks]
        cache = _NORM_CACHE
        norm_all = [cache[w] if w in cache else _norm(w) for w in ws]
        if _ROLE_OR_HONORIFIC.issuperset(norm_all):
            return None  # "Prime Minister": a role, handled as one
        cut, honorific, prefix, name = _parse_run_words(ws, norm_all)
        if not name or (prefix and name[0].islower() and lx.ORG_WORDS.isdisjoint(norm_all)):
            return None  # "MP for Barrow Sands": a role and a place, nobody's name
        name_start = toks[cut][0] if cut < len(toks) else start
        norm = norm_all[cut : cut + len(name)]
        quoted = self.in_quote(start)
        run = Run(start, end, "unknown", name, name_start, honorific, prefix, None, quoted)
        titled = bool(prefix) and (norm_all[cut - 1] in lx.ROLE_HEADS or norm_all[cut - 1] in lx.HONORIFICS)
        org_words = not lx.ORG_WORDS.isdisjoint(norm)
        particles = not _ORG_PARTICLES.isdisjoint(norm)
        preceded_by_the = start >= 4 and text.startswith("the ", start - 4)
        wb = _word_before(text, start)
        after_org_head = (
            wb is not None
            and wb.lower() in lx.ORG_HEADS
            and not titled
            and not honorific
            and not _given(norm_all[0])
        )
        appos_head = _appos_org_head(text, end) if not titled and not honorific else None
        known_person = len(name) == 1 and self._match_person(norm, honorific) is not None
        org_in_prefix = bool(prefix) and not _ORG_NOT_MODIFIER.isdisjoint(norm_all[:cut])
        after_prep = wb is not None and wb in _PLACE_PREPOSITIONS
        possessive = "'" in seg or "\u2019" in seg
        if known_person and not org_in_prefix:
            run.kind = "person"
        elif (
            not lx.ORG_WORDS.isdisjoint(norm_all)
            # "State Industries Minister Cato Deshmukh-Rao": a title with
            # an organisation in it, then a person's full name.
            and not (titled and not org_words and (not org_in_prefix or len(name) >= 2))
        ) or (
            len(ws) == 1 and ws[0].isupper() and 2 <= len(ws[0]) <= 6
        ) or (particles and not titled and norm_all[-1] not in lx.STREET_WORDS) or after_org_head or (
            appos_head is not None and not _given(norm[0])
        ) or (
            len(ws) == 1 and _CAMEL_RE.match(ws[0]) is not None
        ):
            run.kind = "org"
            run.name_words = ws
            run.name_start = start
            norm = norm_all
        elif titled or honorific:
            run.kind = "person"
        elif len(name) > 1 and possessive and any(w.endswith(_POSSESSIVE_ENDS) for w in name[:-1]):
            run.kind = "unknown"  # "Natasha's Law", "Martyn's Law": named after someone
        elif len(name) > 1 and (_given(norm[0])) and not preceded_by_the:
            run.kind = "person"
        elif preceded_by_the or after_prep or (len(name) > 1 and all(w.isupper() for w in name)):
            run.kind = "unknown"
        elif _given(norm[0]) or nick:
            run.kind = "person" if len(name) > 1 else "unknown"
        elif len(name) > 1 and _PLACE_OR_STOP.isdisjoint(norm):
            run.kind = "person"
        self._link(run, norm)
        if run.kind == "org" and run.entity is not None:
            # "The bakers' union Doughforce", "Pellham, the ...
            # retailer": what kind of organisation it is.
            if after_org_head:
                run.entity.heads.add(wb.lower())
            if appos_head is not None:
                run.entity.heads.add(appos_head)
        return run

    def _link(self, run: Run, norm: list[str]) -> None:
        """Attach a run to an existing entity or make a new one.

        ``norm`` is ``run.name_words`` normalised (see :func:`_norm`).
        """
        if run.kind == "org":
            key = " ".join(norm)
            ent = self._orgs.get(key)
            if ent is None:
                ent = self._find_org_prefix(norm)
            if ent is None:
                name = " ".join(run.name_words)
                if "," in self.text[run.name_start : run.end]:
                    # "Department for Culture, Media and Sport" keeps its commas
                    name = self.text[run.name_start : run.end].rstrip(",")
                ent = self._new(name.rstrip(".’'"), "org")
                bare = _POSSESSIVE.sub("", ent.name)
                if bare == ent.name or re.search(rf"(?<![\w\-]){re.escape(bare)}(?![\w'\u2019])", self.text):
                    ent.name = bare  # "Halvard's shares": the possessive is no part of the name
                # else "Halloway's": the company is never named without it
                ent.strong = True
                self._orgs[key] = ent
                self._orgs_by_first.setdefault(norm[0], []).append((norm, ent))
            run.entity = ent
            return
        if len(norm) >= 2 and not run.honorific and norm[0] in self._orgs_by_first:
            # "Zennor Batteries said", after "Zennor Batteries Ltd": the company
            org = self._find_org_prefix(norm)
            if org is not None:
                run.kind = "org"
                run.entity = org
                return
        ent = self._match_person(norm, run.honorific)
        if ent is None:
            if run.kind != "person":
                org = self._find_org_prefix(norm)
                if org is not None:
                    run.entity = org
                    return
                # A lone capitalised word we know nothing about: a place, a
                # team, a surname to be confirmed by a speech verb -- or a
                # plural noun opening a sentence ("Marchers chanted").
                if not self._speech_follows(run.end) or self._common_noun(run):
                    return
                if _word_before(self.text, run.start) in _PLACE_PREPOSITIONS:
                    return  # "Amy Corcoran, 20, from Leeds, said": a place
            ent = self._new("", "person")
        run.kind = "person"
        run.entity = ent
        n = len([w for w in run.name_words if not w.islower()])
        norm = [w for w in norm if w not in _PARTICLE_SET] or norm
        if n > ent.name_len or not ent.name:
            keep = [run.honorific.capitalize()] if run.honorific in lx.KEPT_HONORIFICS else []
            ent.name = " ".join(keep + [_POSSESSIVE.sub("", w) for w in run.name_words])
            ent.name_len = n
            if n > 1:
                ent.first = norm[0]
            ent.last = norm[-1]
            self._by_last.setdefault(norm[-1], []).append(ent)
            self._by_initial.setdefault(norm[-1][:1], set()).add(norm[-1])
            if n > 1:
                self._by_first.setdefault(norm[0], []).append(ent)
                self._by_initial.setdefault(norm[0][:1], set()).add(norm[0])
        if run.honorific and lx.HONORIFICS.get(run.honorific):
            ent.gender = ent.gender or lx.HONORIFICS[run.honorific]
        if not ent.gender and n > 1:
            if norm[0] in lx.FIRST_NAMES_M:
                ent.gender = "m"
            elif norm[0] in lx.FIRST_NAMES_F:
                ent.gender = "f"
        if run.quoted:
            return
        if ent.gender is None:
            # "Pavel Dudek, 52, said he had not seen..."
            sp = _SAID_PRONOUN_RE.match(self.text, run.end)
            if sp is not None:
                ent.gender = "m" if sp.group(1) == "he" else "f"
        if (
            run.honorific
            or run.prefix
            or _given(norm[0])
            or n > 1
            or _AGE_APPOS.match(self.text, run.end)
            or self._speech_follows(run.end)
        ):
            ent.strong = True
        self._bind_prefix(run, ent)
        self._bind_appositives(run, ent)

    def _acronym(self, run: Run) -> None:
        """'Fen Fire Service (FFS)': the FFS is the same organisation."""
        m = _ACRONYM_RE.match(self.text, run.end)
        if m is None:
            return
        acr = m.group(1)
        initials = "".join(w[0] for w in run.name_words if w[:1].isupper())
        if acr.replace(".", "") == initials and acr.lower() not in self._orgs:
            self._orgs[acr.lower()] = run.entity
            self._orgs_by_first.setdefault(acr.lower(), []).append(([acr.lower()], run.entity))

    def _common_noun(self, run: Run) -> bool:
        w = run.name_words[0]
        if len(run.name_words) != 1 or not w.endswith("s") or not w[1:].islower():
            return False
        before = self.text[max(0, run.start - 2) : run.start]
        at_start = run.start == 0 or before in (". ", "\n\n") or before.endswith("\n")
        tail = self.text[run.end : run.end + 20000]
        return at_start and re.search(rf"(?<![.\n] )(?<!^){re.escape(w)}\b", tail) is None

    def org_for_run(self, run: Run) -> Entity:
        """'the Grindmoor union said': the capitals name an organisation."""
        if run.entity is not None:
            return run.entity
        run.kind = "org"
        norm = [_norm(w) for w in run.name_words]
        self._link(run, norm)
        return run.entity

    def _new(self, name: str, kind: str) -> Entity:
        ent = Entity(name, kind, index=len(self.entities))
        self.entities.append(ent)
        return ent

    def _find_org_prefix(self, norm: list[str]) -> Entity | None:
        """'Tessaly' for 'Tessaly Systems': an organisation named by its first word."""
        for key, ent in self._orgs_by_first.get(norm[0], ()):
            if key[: len(norm)] == norm:
                return ent
        return None

    def _match_person(self, norm: list[str], honorific: str | None) -> Entity | None:
        # Particles do not count: "van Doorn" is Pim van Doorn's surname.
        norm = [n for n in norm if n not in _PARTICLE_SET] or norm
        if len(norm) >= 2:
            for ent in self._by_last.get(norm[-1], []):
                if ent.first in (None, norm[0]):
                    return ent
            return None
        t = norm[0]
        by_first = honorific in ("sir", "dame", "lord", "lady")
        pools = (self._by_first, self._by_last) if by_first else (self._by_last, self._by_first)
        for pool in pools:
            cands = pool.get(t)
            if cands:
                return max(cands, key=lambda e: (e.spoke, -e.index))
        # One typo away ("Sir Laender" for "Sir Leander"); only behind an
        # honorific, where the word is surely a name, and only among names
        # with the same initial, to keep this cheap.
        if honorific:
            for pool in pools:
                for key in self._by_initial.get(t[:1], ()):
                    cands = pool.get(key)
                    if cands and _similar(key, t):
                        return max(cands, key=lambda e: (e.spoke, -e.index))
        return None

    def _speech_follows(self, end: int) -> bool:
        """Is the run at ``end`` the subject of a speech verb ("Lammy said")?"""
        got = self._sf_cache.get(end)
        if got is None:
            got = self._sf_cache[end] = _SPEECH_AFTER_RE.match(self.text, end, end + 140) is not None
        return got

    def _bind_prefix(self, run: Run, ent: Entity) -> None:
        """Role words before the name: 'prime minister Leander Greaves'."""
        text = self.text
        st = run.start
        if not run.prefix and st >= 2 and text[st - 1] == " ":
            # Fast path: the word before is a plain word that is no part of
            # a role (the loop below would stop at it and bind nothing).
            lo = max(0, st - 60)
            cut = text.rfind(" ", lo, st - 1)
            a = cut + 1 if cut >= 0 else lo
            if a < st - 1:
                w = text[a : st - 1]
                if w.isalpha():
                    n = _norm(w)
                    if not (
                        n in lx.ROLE_HEADS
                        or n in lx.ROLE_MODIFIERS
                        or (w[:1].isupper() and n not in lx.STOP_CAPS and n not in DETERMINERS)
                    ):
                        return
        prefix = [_norm(p) for p in run.prefix if _norm(p) not in lx.HONORIFICS or _norm(p) in lx.ROLE_HEADS]
        extra: list[str] = []
        for s, e, w in rwords(text, max(0, run.start - 60), run.start):
            n = _norm(w)
            if n in lx.ROLE_HEADS or n in lx.ROLE_MODIFIERS or (w[:1].isupper() and n not in lx.STOP_CAPS and n not in DETERMINERS):
                extra.insert(0, n)
                continue
            break
        prefix = extra + prefix
        heads = [p for p in prefix if p in lx.ROLE_HEADS]
        if heads:
            self._add_role(ent, prefix)

    def _bind_appositives(self, run: Run, ent: Entity) -> None:
        text = self.text
        m = _APPOS_AFTER.match(text, run.end)
        if m:
            ws = [_norm(w) for w in m.group(1).split()]
            # "an analyst at Harbor Point": the role ends at the preposition.
            for i, w in enumerate(ws):
                if w in ("at", "of", "for", "in", "with", "from", "on"):
                    ws = ws[:i]
                    break
            if ws and ws[-1] in lx.ROLE_HEADS:
                self._add_role(ent, ws)
        # "the hospice's chief executive, Cosima Pennock,"
        if run.start >= 2 and text.startswith(", ", run.start - 2):
            ws = []
            pp = False
            for s, e, w in rwords(text, max(0, run.start - 70), run.start - 2):
                n = _norm(w)
                if n in DETERMINERS or w.endswith(("\u2019s", "'s")):
                    break
                if n in lx.ROLE_HEADS or n in lx.ROLE_MODIFIERS or w[:1].isupper():
                    ws.insert(0, n)
                    continue
                if n in ("for", "of", "at") and ws and not pp and all(x not in lx.ROLE_HEADS for x in ws):
                    # "The senior coroner for Kent, Perrin Cade,"
                    pp = True
                    ws = []
                    continue
                if not any(x in lx.ROLE_HEADS for x in ws):
                    ws = []  # "the area coroner, X": a role all the same
                break
            if ws and ws[-1] in lx.ROLE_HEADS:
                self._add_role(ent, ws)

    def _add_role(self, ent: Entity, ws: list[str]) -> None:
        heads = [i for i, w in enumerate(ws) if w in lx.ROLE_HEADS]
        head = ws[heads[-1]]
        if ws[heads[-1] - 1 : heads[-1]] == ["prime"]:
            head = "prime minister"
        head = lx.ROLE_SYNONYMS.get(head, head)
        mods = frozenset(w for w in ws if w != head)
        self._add_role_binding(ent, head, mods)
        g = lx.ROLE_GENDER.get(ws[heads[-1]])
        if g and ent.kind == "person" and not ent.gender:
            ent.gender = g
        ent.strong = True

    def _add_role_binding(self, ent: Entity, head: str, mods: frozenset[str]) -> None:
        if (head, mods) in ent.roles:
            return  # bound already; a repeat would only lengthen every later role lookup
        ent.roles.append((head, mods))
        lst = self._by_role.setdefault(head.split()[-1], [])
        if ent not in lst:
            lst.append(ent)
        if "counterpart" != head:
            return
        for m in mods:
            self._by_role.setdefault("@" + m, []).append(ent)

    def _learn_genders(self, events: list[tuple[int, str]]) -> None:
        """'Ottilie Nye, 24, is hoping. She works...': she is a woman.

        A he/she outside quotes gives its gender to the most recent person
        before it if that person's gender is still unknown.
        """
        text = self.text
        for pos, w in events:
            g = "m" if w in lx.PRONOUNS_M else "f"
            i = bisect.bisect_left(self._tl_pos, pos) - 1
            while i >= 0 and self._tl_ent[i].kind != "person":
                i -= 1
            if i < 0 or pos - self._tl_pos[i] > 300:
                continue
            if text[pos].islower() and _RELATIVE_RE.search(text, self._tl_pos[i], pos):
                # "Lamb, who has designed 23 of her shows": her is someone else
                continue
            ent = self._tl_ent[i]
            if ent.gender is None and ent.strong:
                other = self._recent(pos, lambda e: e.kind == "person" and e.gender == g and e is not ent)
                if other is not None and pos - other[1] < PRONOUN_REACH:
                    continue  # "She does not disagree": the woman already in the story
                ent.gender = g

    def _bind_role_mentions(self) -> None:
        """Bind 'the prime minister' to a person the first time it is used."""
        for m in _ROLE_MENTION_RE.finditer(self.text):
            if self.in_quote(m.start()):
                continue
            ws = [w.lower() for w in m.group(1).split()]
            if ws[-1] not in lx.ROLE_HEADS and ws[-1] not in lx.ORG_HEADS:
                continue
            mention = Mention(m.start(), m.end(), "role", head=ws[-1], mods=frozenset(ws[:-1]), det="the")
            # "her grandmother", "his lawyer": never a guess at someone the
            # article has not introduced yet.
            guess = self.text[m.start()] in "Tt"
            ent = self.resolve_role(mention, m.start(), bind=True, guess=guess)
            if ent is not None:
                i = bisect.bisect_right(self._tl_pos, m.start())
                self._tl_pos.insert(i, m.start())
                self._tl_ent.insert(i, ent)
                if ent.kind == "person" and self._speech_follows(m.end()):
                    # "The coroner said he would...": the role is the topic
                    # a following he/she continues, like a name would be.
                    i = bisect.bisect_right(self._sp_pos, m.start())
                    self._sp_pos.insert(i, m.start())
                    self._sp_ent.insert(i, ent)

    # -- resolving ---------------------------------------------------------

    def _recent(self, pos: int, ok) -> tuple[Entity, int] | None:
        i = bisect.bisect_left(self._tl_pos, pos) - 1
        stop = max(-1, i - LOOKBACK)
        while i > stop:
            ent = self._tl_ent[i]
            if ok(ent):
                return ent, self._tl_pos[i]
            i -= 1
        return None

    def _recent_kind(self, pos: int, kind: str, strong: bool = False) -> tuple[Entity, int] | None:
        """``_recent(pos, lambda e: e.kind == kind [and e.strong])``, without
        a function call per mention (the commonest searches).
        """
        tl_ent = self._tl_ent
        i = bisect.bisect_left(self._tl_pos, pos) - 1
        stop = max(-1, i - LOOKBACK)
        while i > stop:
            ent = tl_ent[i]
            if ent.kind == kind and (ent.strong or not strong):
                return ent, self._tl_pos[i]
            i -= 1
        return None

    def _next(self, pos: int, ok) -> Entity | None:
        i = bisect.bisect_left(self._tl_pos, pos)
        stop = min(len(self._tl_pos), i + LOOKBACK)
        while i < stop:
            if ok(self._tl_ent[i]):
                return self._tl_ent[i]
            i += 1
        return None

    def next_with_role(self, head: str, pos: int, reach: int = CATAPHORA_REACH) -> Entity | None:
        """'An MP has accused ministers... Quentin Tidmarsh, the MP for X,
        said': the person named with that role just after ``pos``.
        """
        head = lx.ROLE_SYNONYMS.get(head, head)
        i = bisect.bisect_left(self._tl_pos, pos)
        while i < len(self._tl_pos) and self._tl_pos[i] < pos + reach:
            ent = self._tl_ent[i]
            if ent.kind == "person" and any(h == head or h.split()[-1] == head for h, _m in ent.roles):
                return ent
            i += 1
        return None

    def has_role(self, head: str) -> bool:
        head = lx.ROLE_SYNONYMS.get(head, head)
        return bool(self._by_role.get(head.split()[-1]))

    def note_speaker(self, ent: Entity, pos: int) -> None:
        """A resolved speaker counts as a fresh mention for later pronouns."""
        ent.spoke += 1
        i = bisect.bisect_right(self._tl_pos, pos)
        self._tl_pos.insert(i, pos)
        self._tl_ent.insert(i, ent)
        if ent.kind == "person":
            i = bisect.bisect_right(self._sp_pos, pos)
            self._sp_pos.insert(i, pos)
            self._sp_ent.insert(i, ent)

    def _prev_para_start(self, pos: int) -> int:
        """Where the paragraph before the one holding ``pos`` starts."""
        text = self.text
        j = text.rfind("\n", 0, pos)
        if j < 0:
            return 0
        while j > 0 and text[j - 1] == "\n":
            j -= 1
        return text.rfind("\n", 0, j) + 1

    def _last_speaker(self, pos: int, g: str, exclude: Entity | None) -> tuple[Entity, int] | None:
        """The person who last spoke (or was said to speak) near ``pos``, if
        their gender fits: the topic a he/she most likely continues.
        """
        i = bisect.bisect_left(self._sp_pos, pos) - 1
        if i < 0:
            return None
        ent, at = self._sp_ent[i], self._sp_pos[i]
        if ent is exclude or not ent.strong or ent.gender not in (None, g):
            return None
        if at < self._prev_para_start(pos):
            return None
        if ent.gender is None:
            # "His sous chef, Juno Brook-Avery, ... described him as":
            # a his/him in the speaker's own sentence is somebody else.
            text = self.text
            lo = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
            hi = _SENTENCE_END_RE.search(text, at, min(len(text), at + 400))
            words_ = (" him ", " his ", "His ") if g == "m" else (" her ", "Her ")
            seg = text[lo : hi.end() if hi else at + 400]
            if any(w in seg for w in words_):
                return None
        return ent, at

    def resolve_pronoun(self, word: str, pos: int, exclude: Entity | None = None) -> Entity | None:
        w = word.lower()
        if w in ("it", "they"):
            found = self._recent_kind(pos, "org")
            return found[0] if found else None
        g = "m" if w in lx.PRONOUNS_M else "f"
        # A person known to be of this gender wins over a more recent one of
        # unknown gender, unless that one is much nearer.
        known = self._recent(
            pos, lambda e: e.kind == "person" and e.strong and e.gender == g and e is not exclude
        )
        last = self._last_speaker(pos, g, exclude)
        if last is not None and last[0] is not (known[0] if known else None):
            # The subject of the last speech verb keeps the pronoun unless a
            # person of the right gender took over in a later sentence.
            if known is None or known[1] < last[1] or not _SENTENCE_END_RE.search(self.text, last[1], known[1]):
                ent = last[0]
                ent.gender = ent.gender or g
                return ent
        unknown = self._recent(
            pos, lambda e: e.kind == "person" and e.strong and e.gender is None and e is not exclude
        )
        if known is not None and (unknown is None or unknown[1] < known[1] or pos - known[1] < PRONOUN_REACH):
            return known[0]
        if unknown is None:
            return None
        ent = unknown[0]
        ent.gender = g
        return ent

    def topic_person(self, pos: int) -> Entity | None:
        """Whom 'the Italian' or 'the 23-year-old' means: the first person
        the paragraph names, else the previous paragraph's first.
        """
        text = self.text
        ps = text.rfind("\n", 0, pos) + 1
        for lo, hi in ((ps, pos), (self._prev_para_start(ps - 1) if ps > 1 else 0, ps)):
            i = bisect.bisect_left(self._tl_pos, lo)
            while i < len(self._tl_pos) and self._tl_pos[i] < hi:
                ent = self._tl_ent[i]
                if ent.kind == "person" and ent.strong:
                    return ent
                i += 1
        found = self._recent_kind(pos, "person", strong=True)
        return found[0] if found else None

    def resolve_role(self, m: Mention, pos: int, bind: bool = False, guess: bool = True) -> Entity | None:
        if m.head in lx.DEMONYMS or _YEAR_OLD.match(m.head or ""):
            return self.topic_person(pos)
        head = lx.ROLE_SYNONYMS.get(m.head or "", m.head or "")
        if "prime" in m.mods and head == "minister":
            head = "prime minister"
        mods = m.mods - {"prime"}
        if head in lx.ORG_HEADS and head not in lx.ROLE_HEADS or head in ("company", "firm", "group"):
            # "the council" is the last organisation with Council in its
            # name; failing that, the last organisation mentioned.
            words_ = _ORG_HEAD_WORDS.get(head, {head})
            found = self._recent(
                pos, lambda e: e.kind == "org" and (head in e.heads or not words_.isdisjoint(_name_words(e.name)))
            )
            if found is None and head in lx.COMPANY_HEADS:
                # "the company said": the last business, not the union or
                # the council in between.
                found = self._recent(pos, lambda e: e.kind == "org" and not e.heads.isdisjoint(lx.COMPANY_HEADS))
                if found is None:
                    found = self._recent(pos, _company_like)
            if found is None and head == "police":
                # "Police said": the force the article names, if only later
                ent = self._next(pos, lambda e: e.kind == "org" and not words_.isdisjoint(_name_words(e.name)))
                if ent is not None:
                    return ent
            if found is None:
                found = self._recent_kind(pos, "org")
            return found[0] if found else None
        best: tuple[float, int, Entity] | None = None
        cands = list(self._by_role.get(head.split()[-1], ()))
        for m_ in mods:
            cands.extend(self._by_role.get("@" + m_, ()))
        for ent in cands:
            if ent.kind != "person":
                continue
            for h, ms in ent.roles:
                score = 0.0
                if h == head:
                    score = 2
                elif h.split()[-1] == head.split()[-1]:
                    score = 1
                elif h == "counterpart" and mods & ms:
                    score = 1
                if not score or (mods ^ ms) & _OTHER_HOLDER:
                    continue  # the shadow chancellor is not the chancellor
                score += len(mods & ms) - 0.5 * len(mods - ms)
                if best is None or (score, -ent.index) > (best[0], best[1]):
                    best = (score, -ent.index, ent)
        if best is not None and best[0] > 0:
            return best[2]
        if m.det in INDEFINITE or m.det in ("my", "our", "your"):
            return None
        # Nobody was described so: the most recent person not already
        # known by another role (the prosecutor is not "the defendant").
        gender = lx.ROLE_GENDER.get(m.head or "")
        ok = lambda e: (  # noqa: E731
            e.kind == "person" and e.strong and not e.roles and e.gender in (None, gender or e.gender)
        )
        found = self._recent(pos, ok)
        if found is None and not guess:
            return None
        # Nobody yet: the role points forward ("its lead author ... Dr X").
        ent = found[0] if found else self._next(pos, lambda e: e.kind == "person" and e.strong)
        if ent is None:
            found = self._recent_kind(pos, "person", strong=True)
            ent = found[0] if found else None
        if ent is not None and bind:
            self._add_role_binding(ent, head, frozenset(mods))
        return ent

    def _count_before(self, pos: int) -> int:
        return len(self.entities)


# Only a sentence-initial He/She teaches a gender: object pronouns ("worked
# alongside him") point at someone else as often as not.
_PRONOUN_RE = re.compile(
    r"(?:(?<=[.!?] )|(?<=^)|(?<=\n))(?:He|She)\b"
    r"|\b(?:his|her)(?= (?!to\b|for\b|in\b|on\b|at\b|with\b|and\b|that\b|as\b|the\b|a\b|an\b|about\b|from\b|by\b|of\b)[a-z])",
    re.MULTILINE,
)
# Every match of _PRONOUN_RE starts at a match of these
# cheap patterns; the full pattern is then tried only there.
# (``(?=[HSh])\b(?:He|She|his|her)\b``, written to start with a literal
# so the engine skips to candidate letters; ``(?<!\w.)`` after the first
# letter is the ``\b`` before it.)
_PRONOUN_CAND_RE = re.compile(r"(?:H(?<!\w.)e|S(?<!\w.)he|h(?<!\w.)(?:is|er))\b")


def _prefiltered(rx: re.Pattern, cand: re.Pattern, text: str):
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


#: Modifiers that make a role another person's: the shadow chancellor and
#: the deputy mayor are not the chancellor and the mayor.
_OTHER_HOLDER = frozenset(("shadow", "deputy", "vice", "assistant", "junior"))
_PARTICLE_SET = {"van", "von", "de", "da", "di", "du", "del", "della", "der", "den", "le", "la", "al", "bin", "ibn", "ter", "ten",
                 "ní", "nic", "ó", "uí", "mhic"}  # Irish: "Saoirse Ní Cheallaigh" is "Ní Cheallaigh"
# Unions of the word lists, so one lookup answers "is it any of these?".
_ROLE_OR_HONORIFIC = frozenset(lx.HONORIFICS) | lx.ROLE_HEADS | lx.ROLE_MODIFIERS
_NOT_A_NAME = _ROLE_OR_HONORIFIC | lx.STOP_CAPS
_ORG_NOT_MODIFIER = frozenset(lx.ORG_WORDS - lx.ROLE_MODIFIERS)
_PLACE_OR_STOP = frozenset(lx.PLACE_WORDS | lx.STOP_CAPS)
_PLACE_OR_ORG = frozenset(lx.PLACE_WORDS | lx.ORG_WORDS | lx.STREET_WORDS)
_ORG_PARTICLES = frozenset(("of", "for", "and", "on", "&"))
_NICK_CHARS = frozenset("\u201c\u2018\"'")
_ORG_HEAD_WORDS = {
    "airline": {"air", "airways", "airlines", "airline"},
    "carmaker": {"motors", "motor", "cars", "automotive"},
    "bank": {"bank", "banking"},
    "police": {"police", "constabulary"},
    "government": {"government", "office", "department", "ministry"},
    "department": {"department", "office", "ministry"},
}
_POSSESSIVE_ENDS = ("'", "\u2019", "'s", "\u2019s")
_LOCATIVE_SUFFIXES = ("-based", "-born", "-headquartered", "-listed", "-registered", "-raised", "-bred")
_ON_DATE_RE = re.compile(
    r" on (?=(?:" + alternation(w.capitalize() for w in lx.STOP_CAPS if w.isalpha()) + r")\b)"
)
_ACRONYM_RE = re.compile(r" \(([A-Z]{2,6})\)")
_OF_SPLIT_RE = re.compile(r" (?:of|for|at)(?: the)? ")
_PLACE_PREPOSITIONS = {"in", "from", "to", "at", "near", "across", "outside", "inside", "into", "of", "around", "towards", "via", "through"}
_SAID_PRONOUN_RE = re.compile(
    r"(?: \(\d{1,3}\))?(?:, [^,]{1,80},)? (?:has |had |also )?(?:said|says|told \w+|added|insisted|admitted|claimed|argued|explained|warned)(?: that)? (he|she)\b"
)
_RELATIVE_RE = re.compile(r"\b(?:who|whose|whom|which)\b")
_SENTENCE_END_RE = re.compile(r"[.!?][\u201d\u2019\"']?\s")
_LAST_WORD_RE = re.compile(r"([\w\-]+) $")
_CAMEL_RE = re.compile(r"^(?!Mc|Mac|De|Le|La|Di|Van|Von|Fitz)[A-Z][a-z]{2,}[A-Z][a-z]+$")
_SPEECH_AFTER_RE = re.compile(
    r"(?: \(\d{1,3}\))?(?:, [^,\u201c\u201d\"]{1,110},)?,? (?:(?:has|had|have|was|also|later|then|previously|earlier|once) )*(?:"
    + alternation(w for w in lx.SPEECH_VERBS if w.endswith(("ed", "s")) or w in ("said", "told", "wrote"))
    + r")\b"
)
# The determiner is ``\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)``, spelled
# out letter by letter so the pattern starts with a literal and the engine
# skips to candidate letters; ``(?<!\w.)`` after the first letter is the
# ``\b`` before it.
_ROLE_MENTION_DET = "|".join(
    c + r"(?<!\w.)" + rest
    for c, rest in (
        ("T", "he"), ("t", "he"), ("H", "is"), ("h", "is"), ("H", "er"),
        ("h", "er"), ("I", "ts"), ("i", "ts"), ("T", "heir"), ("t", "heir"),
    )
)
_ROLE_MENTION_RE = re.compile(
    r"(?:" + _ROLE_MENTION_DET + r") ((?:[a-z\-]+ ){0,2}?(?:"
    + alternation(lx.ROLE_HEADS | lx.ORG_HEADS)
    + r"))\b(?! [A-Z])(?!['\u2019])"
)


_CONTRACTION_RE = re.compile(r"^([a-z]+)['\u2019](?:ll|re|ve|d|m)$")


def _is_stop(n: str) -> bool:
    """"They'll", "We're", "Don't": a contraction, never a name."""
    if "'" not in n and "\u2019" not in n:
        return False
    if n.endswith(("n't", "n\u2019t")):
        return True
    m = _CONTRACTION_RE.match(n)
    return m is not None and m.group(1) in lx.STOP_CAPS


#: After an all-capitals word: it is a ticker, an index or a data source.
_TICKER_AFTER_RE = re.compile(r" (?:\d|index\b|indices\b|data\b|futures\b|shares\b|benchmark\b|composite\b|average\b|stock\b|ticker\b|terminal\b)")
_TICKER_BEFORE_RE = re.compile(r"(?:\d|\$) $")


def _not_an_acronym_entity(text: str, start: int, end: int) -> bool:
    """'the STOXX 600 index', 'LSEG data', '1015 GMT': not a speaker."""
    return (
        _TICKER_AFTER_RE.match(text, end) is not None
        or _TICKER_BEFORE_RE.search(text, max(0, start - 3), start) is not None
        or _lede_caps(text, start)
    )


def _lede_caps(text: str, start: int) -> bool:
    """Capitals opening the article: a dateline or a typographic lede."""
    if start > 12:
        return False
    head = text[:start]
    return not head.strip() or head.strip() in ("A", "AN", "THE", "An", "The")


_APPOS_ORG_RE = re.compile(r", (?:the|a|an) (?:[\w\-\u2019']+ ){0,5}?([a-z\-]+)(?=[,.;]| which\b| that\b| whose\b)")


def _appos_org_head(text: str, end: int) -> str | None:
    """'Pellham, the FTSE 250 kitchenware retailer,': the organisation noun."""
    if not text.startswith(", ", end):
        return None
    m = _APPOS_ORG_RE.match(text, end, end + 90)
    if m is None:
        return None
    h = m.group(1)
    return h if h in lx.ORG_HEADS and h not in lx.ROLE_HEADS else None


def _company_like(e: Entity) -> bool:
    if e.kind != "org":
        return False
    if e.heads:
        return not e.heads.isdisjoint(lx.COMPANY_HEADS)
    return lx.INSTITUTION_WORDS.isdisjoint(e.name.lower().split())


def _is_descriptor_det(w: str | None) -> bool:
    """'the' or 'the 23-year-old' before a demonym."""
    return w is not None and (w.lower() == "the" or _YEAR_OLD.match(w) is not None)


def _org_head_before(text: str, start: int) -> bool:
    """'Supermarket chain Halloway's': an organisation noun names what follows."""
    return _word_before(text, start) in lx.ORG_HEADS


def _word_before(text: str, start: int) -> str | None:
    """The word before ``start`` when one space separates them."""
    if start < 2 or text[start - 1] != " ":
        return None
    lo = max(0, start - 20)
    return text[max(text.rfind(" ", lo, start - 1), text.rfind("\n", lo, start - 1)) + 1 : start - 1]
