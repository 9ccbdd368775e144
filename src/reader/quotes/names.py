"""Runs of capitalised words and the words of a name.

A name in news copy is a run of capitalised words, perhaps with particles
("van", "of the") and a nickname inside, perhaps after a title ("Housing
Minister", "Sir") and before a suffix ("KC", "Jr").  This module finds the
runs and splits one into prefix and name; deciding whether the name is a
person's or an organisation's is :mod:`.kinds`' job.

Public names:

* :data:`RUN_RE`, :func:`run_spans`: every run of capitalised words;
* :func:`name_pieces`: the runs cut and joined where a name is shorter or
  longer than its run ("X of the University of Y" is two names);
* :class:`Run`: a run as the registry parsed it;
* :func:`run_tokens`: a run's words, without sentence-initial function
  words, a dateline or a nickname;
* :func:`parse_run_words`: a run's words split into (prefix, name);
* :func:`org_name`: an organisation's name as a run gives it;
* :func:`is_contraction`, :func:`lede_caps`, :func:`not_an_acronym_entity`;
* :data:`PARTICLE_SET`: the particles of a surname ("van", "Ní").
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import lexicon as lx
from .kinds import (
    DESCRIPTOR_RE,
    NATIONALITY_RE,
    PLACE_OR_ORG,
    ROLE_OR_HONORIFIC,
    ROLE_SUFFIX_RE,
    given,
    plural_of_a_word,
    word_name_at,
)
from .tokens import OPENING_MARKS, POSSESSIVE_RE, alternation, bare_abbreviation, norm

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .registry import Entity

log = logging.getLogger(__name__)

__all__ = [
    "GENERATION_RE",
    "KIN_TITLES",
    "LOCATIVE_SUFFIXES",
    "PARTICLE_SET",
    "RUN_RE",
    "Run",
    "dateline_credit",
    "dateline_place",
    "generation",
    "is_contraction",
    "lede_caps",
    "name_like",
    "name_pieces",
    "not_an_acronym_entity",
    "org_name",
    "parse_run_words",
    "possessive",
    "run_spans",
    "run_tokens",
    "shared_surname",
    "surname_of",
    "title_abbreviation",
]

Token = tuple[int, int, str]

#: A generational suffix ending a run ("Aurek Quill Jr.", "Otso Vexley III"): part of the name, unlike an honour
#: ("KC", "OBE"), for it tells a father from his son.
GENERATION_RE = re.compile(r",? (Jr\.?|Sr\.?|Jnr\.?|Snr\.?|II|III|IV)$")
#: What every match of GENERATION_RE ends with (its "$" may also match before a final newline).
_GENERATION_ENDS = ("Jr", "Jr.", "Sr", "Sr.", "Jnr", "Jnr.", "Snr", "Snr.", "II", "IV", "\n")
#: After "IV" ending a name: punctuation, the line's end, a verb or a joining word ("Otso Vexley IV said"), not a
#: noun ("gave Otso Vexley IV fluids": the drip, no fourth of his name).
_AFTER_A_NUMERAL_RE = re.compile(r"[^\w\s]|\s*$|\s+([a-z]+)\b")
_AFTER_A_NUMERAL_WORDS = frozenset("and was is has had who will would on in at of to".split())


def generation(text: str, start: int, end: int) -> str | None:
    """The generational suffix ending the name ``text[start:end]`` ("Jr.", "III"), as written, or None."""
    if not text.endswith(_GENERATION_ENDS, start, end):
        return None  # (GENERATION_RE can match nowhere: most names end in no suffix)
    m = GENERATION_RE.search(text, start, end)
    if m is None:
        return None
    if m.group(1) == "IV":
        after = _AFTER_A_NUMERAL_RE.match(text, end)
        word = after.group(1) if after is not None else None
        if after is None or (word is not None and not _a_verb_or_a_join(word)):
            return None  # ("gave Otso Vexley IV fluids": the drip; "King Otso IV opened the bridge": the fourth)
    return m.group(1)


def _a_verb_or_a_join(word: str) -> bool:
    """Is the lower-case word after a name a verb ("said", "opened", "visits") or a joining word ("and", "on")?"""
    return word in _AFTER_A_NUMERAL_WORDS or word in lx.SPEECH_VERBS or word.endswith(("ed", "es"))


def surname_of(name: str) -> str:
    """The last word of a person's name, past a generational suffix ("Quill" of "Aurek Quill Jr.")."""
    words = name.split()
    return words[-2] if len(words) > 1 and GENERATION_RE.search(" " + words[-1]) else words[-1]


# Upper-case letters we accept at the start of a name (Latin scripts).
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper() and c not in "\u00d7")
#: Particles that may open a surname, before its capital ("van Vantroy", "de los Quorran"): one list, from
#: which the run patterns and :data:`PARTICLE_SET` are made.
_LEADING_PARTICLES = (
    "van", "von", "de", "da", "di", "du", "dos", "del", "della", "der", "den", "los", "las", "le", "la", "al",
    "bin", "ibn", "ter", "ten",
)  # fmt: skip
#: Small words that may stand between the capitalised words of one run: the particles, and the joins of a
#: body's name ("Ministry of Housing", "Marks and Quill").
_PARTICLES = "(?:" + "|".join((*_LEADING_PARTICLES, "bint", "el", "ap", "o", "of", "for", "and", "on", "&")) + ")"
_ABBR = (
    r"(?:Gov|Sen|Rep|Dr|Mr|Mrs|Ms|St|Gen|Col|Lt|Capt|Sgt|Cpl|Maj|Brig|Cdr|Prof|Rev|Det|Con|Ch|Insp|Supt|Jr|Sr|Cllr)\."
)
# Sentence-initial function words never start a name; skipping them in the
# pattern itself saves parsing most runs at all.
_STOP_START = "(?!" + alternation(w.capitalize() for w in lx.STOP_CAPS if w.isalpha()) + r"\b(?![\-'\u2019]))"
#: "Hon." (the Honourable) before a name: a style ("Speaker Hon. X"); before a sentence's first word
#: ("... Chan Pok Hon. The ...") a surname's end.
_STYLE = rf"Hon\.(?= {_STOP_START}[A-Z][a-z])"
#: " and Harbour Workers' Union", " and Residents' Associations": after a plural possessive, another one joined by
#: "and" before the body's word (one body: "United Dockers' and Harbour Workers' Union").
_AND_ANOTHER_POSSESSIVE = rf" and (?:[{_UPPER}][\w\-]* ){{0,2}}[{_UPPER}][\w\-]*s['\u2019] [{_UPPER}]"
# "Glaziers' Union": a plural possessive inside a name.
# "Quarnby\u2013Vexmoor Roads Authority": two places joined by an en dash in one body's name.
# (not a dash set unspaced round an aside: "Ezio Tarn\u2013Quarnby's planner\u2013said")
_CAPWORD = (
    rf"[{_UPPER}](?:[\w\-]|['\u2019](?=\w)|(?<=s)['\u2019](?= [{_UPPER}]|{_AND_ANOTHER_POSSESSIVE})"
    rf"|\u2013(?=[{_UPPER}][\w\-]*(?![\w'\u2019])))*"
)
_INITIAL = rf"[{_UPPER}]\.(?= [{_UPPER}])"
_DOTTED = rf"[{_UPPER}]\.(?:[{_UPPER}]\.)+(?= [{_UPPER}])"  # "U.S. Forest Service"
#: A title abbreviated without a vowel, of three or four letters, before a name ("Qrt. Aurek Quill"): the
#: abbreviations the list above lacks, of any country's titles (a word with no vowel is no English word).
_BARE_ABBR = rf"[{_UPPER}][b-df-hj-np-tv-xz]{{2,3}}\.(?= [{_UPPER}][a-z.])"
_TOKEN = rf"(?:{_ABBR}|{_STYLE}|{_BARE_ABBR}|{_DOTTED}|{_INITIAL}|{_CAPWORD})"
_BARE_ABBR_IN_RUN_RE = re.compile(rf"(?<![\w.]){_BARE_ABBR}")
_ABBR_RE = re.compile(_ABBR)
#: A token inside a run: also an Arabic surname with its article joined by a hyphen ("Aurek al-Quimbrel").
_INNER_TOKEN = rf"(?:{_TOKEN}|[ae]l-{_CAPWORD})"
_NICK = rf"[\u201c\u2018\"'](?:the )?[{_UPPER}][\w\-]*(?: (?:of (?:the )?)?[{_UPPER}][\w\-]*){{0,2}}[\u201d\u2019\"']"
_NAME_PARTICLES = "(?:" + "|".join(_LEADING_PARTICLES) + ")"
#: A run of capitalised words: a name, an organisation, a place, a title.
#: (The leading lookahead lets the engine reject most positions at once.)
RUN_RE = re.compile(
    rf"(?=[{_UPPER}vdlbit])(?<![\w\-])(?:(?:{_NAME_PARTICLES} )+(?=[{_UPPER}]))?{_STOP_START}{_TOKEN}"
    rf"(?:(?: {_PARTICLES}(?: the)?)* (?:{_NICK} )?{_INNER_TOKEN})*"
)
# RUN_RE, found faster: runs are searched from capital letters only (common
# lower-case letters made most positions candidates), and a leading particle
# ("van Vantroy", "de los Quorran") is added back by looking behind the
# capital.  Leading particles end right before a capital, and the first must
# start with one of the letters RUN_RE's lookahead allows ("al" does not).
_RUN_UPPER_RE = re.compile(
    rf"(?=[{_UPPER}])(?<![\w\-]){_STOP_START}{_TOKEN}(?:(?: {_PARTICLES}(?: the)?)* (?:{_NICK} )?{_INNER_TOKEN})*"
)
_LEAD_PARTICLE_RE = re.compile(rf"(?<![\w\-])(?:{_NAME_PARTICLES} )+$")
#: One capital letter: every match of _RUN_UPPER_RE starts at one.  This pattern opens on a set of characters,
#: so the engine skips to candidates in C; _RUN_UPPER_RE, opening on a lookahead, is tried at every position.
_CAPITAL_RE = re.compile(rf"[{_UPPER}]")
assert all(p[0] in "vdlbit" for p in _LEADING_PARTICLES if p != "al")
_PARTICLE_LAST = frozenset(p[-1] for p in _LEADING_PARTICLES)

#: Particles of a surname: "van Vantroy" is Aurek van Vantroy's surname, and in
#: Gaelic "Ysmay Ní Cheallaigh" is "Ní Cheallaigh" (and "mac" before a separate surname is a particle too, as
#: is the Maori "te").
PARTICLE_SET = {*_LEADING_PARTICLES, "ap", "ní", "nic", "ó", "uí", "mhic", "mac", "te"}
_NICK_CHARS = frozenset("\u201c\u2018\"'")
LOCATIVE_SUFFIXES = ("-based", "-born", "-headquartered", "-listed", "-registered", "-raised", "-bred")
_ON_DATE_RE = re.compile(r" on (?=(?:" + alternation(w.capitalize() for w in lx.STOP_CAPS if w.isalpha()) + r")\b)")
_OF_SPLIT_RE = re.compile(r" (?:of|for|at)(?: the)? ")
_CONTRACTION_RE = re.compile(r"^([a-z]+)['\u2019](?:ll|re|ve|d|m)$")
#: After an all-capitals word: it is a ticker, an index or a data source.
_TICKER_AFTER_RE = re.compile(
    r" (?:\d|index\b|indices\b|data\b|futures\b|shares\b|benchmark\b|composite\b|average\b|stock\b|ticker\b|terminal\b)"
)
_TICKER_BEFORE_RE = re.compile(r"(?:\d|\$) $")
#: " for Brazilian" at the end of a run: a particle and one capitalised word.
_PARTICLE_DEMONYM_RE = re.compile(r" (?:for|of|on) ([A-Z][a-z]+)$")


@dataclass(slots=True)
class Run:
    """A run of capitalised words, parsed.

    ``name_words`` start at ``name_start``, after any ``prefix`` (titles and
    roles, the last of them perhaps the ``honorific``).  ``entity`` is who
    the registry found the name to be; ``quoted`` runs sit inside a quote.
    """

    start: int
    end: int
    kind: str  # "person" | "org" | "unknown"
    name_words: list[str]
    name_start: int
    honorific: str | None = None
    prefix: list[str] = field(default_factory=list)
    entity: Entity | None = None
    quoted: bool = False


def _first_join(text: str, s: int, e: int) -> int:
    """Where the first " and " or " & " of ``text[s:e]`` is (``e`` if none)."""
    found = [i for i in (text.find(" and ", s, e), text.find(" & ", s, e)) if i >= 0]
    return min(found) if found else e


def _body_in_a_field(text: str, ps: int, pe: int, s: int, e: int) -> bool:
    """Do the runs ``text[ps:pe]`` and ``text[s:e]``, with " in " between them, name one body of people in a field?

    "Quarnby Women in Peace Network": people first (no word of a body's in them), then everyday words that end
    in a body's word; not "the Chamber of Trade in Vexholm" nor "the Church of Quarnby in Parliament", a whole
    body and where it is or speaks (a town's name may be an everyday word too: "Reading", "Bath").
    """
    left = [norm(w) for w in text[ps:pe].split()]
    right = [norm(w) for w in text[s:e].split()]
    if len(left) < 2 or len(right) < 2 or not lx.ORG_WORDS.isdisjoint(left) or any(given(n) for n in right):
        return False
    common = lx.common_words()
    return all(n in common for n in right) and right[-1] in lx.ORG_WORDS and lx.PLACE_WORDS.isdisjoint(right)


def _campaign_named_for_its_aim(text: str, ps: int, pe: int, s: int, e: int) -> bool:
    """Do the runs ``text[ps:pe]`` and ``text[s:e]`` name one campaign, by what it wants?

    "Save the Vexley" (a campaign to save something: "Save" and "the"), "Freedom to Read Coalition" (an
    everyday noun, "to", a verb and the body's word); not "Quill to Vexley" nor "Marten to Quarnby Council".
    """
    gap = text[pe:s]
    if gap == " the ":
        return text[ps:pe] == "Save"
    m = _TO_A_VERB_RE.fullmatch(gap)
    if m is None or " " in text[ps:pe]:
        return False
    # (the verb may be a word no run opens on: "Freedom to Read"; the body's word before "of": "... of Quarnby")
    body = (m.group(1) or "").split() + text[s:e].split(" of ")[0].split()
    if len(body) < 2 or norm(body[-1]) not in lx.ORG_WORDS:
        return False
    first, verb = norm(text[ps:pe]), norm(body[0])
    return first in _AIMS and verb in lx.common_words() and not given(first)


_TO_A_VERB_RE = re.compile(r" to (?:([A-Z][a-z]+) )?")
#: The nouns that open a campaign's name before "to": "Freedom to Read", "Right to Know".
_AIMS = frozenset({"freedom", "right", "rights", "campaign", "fight", "vote", "votes"})


def run_spans(text: str) -> list[tuple[int, int]]:
    """The runs of capitalised words ``RUN_RE`` finds, found faster (from capitals only) and cut at a sentence end.

    A run is cut where a sentence ends inside it, after an initial or a dotted abbreviation and before a word
    that opens sentences and is never part of a name ("against Quarnby A&M. He said": "Quarnby A" and then "M.",
    no one called "M. He"); the words after it are runs of their own.
    """
    out = []
    lead = _LEAD_PARTICLE_RE.search
    search = _search_run
    m = search(text, 0)
    while m is not None:
        s, e = m.start(), m.end()
        if s > 1 and text[s - 1] == " " and text[s - 2] in _PARTICLE_LAST:
            p = lead(text, max(0, s - 12), s)
            if p is not None and p.group()[0] != "a":
                s = p.start()
        if text.find("-", s, e) >= 0:
            modifier = _MODIFIER_IN_RUN_RE.search(text, s, e)
            if modifier is not None:  # "the Quill Party-run Vexley Council": the council's name starts after it
                s = modifier.end()
        cut = _SENTENCE_IN_RUN_RE.search(text, m.start(), e) if text.find(". ", m.start(), e) >= 0 else None
        if cut is not None:
            out.append((s, cut.start() + 1))
            m = search(text, cut.end())
            continue
        out.append((s, e))
        m = search(text, e)
    return out


def _search_run(text: str, pos: int) -> re.Match | None:
    """``_RUN_UPPER_RE.search(text, pos)``, the pattern tried only at the capitals :data:`_CAPITAL_RE` finds.

    A match starts at a capital (the pattern's lookahead), and the pattern matched at a position reads the
    same text around it as the search would there, so the first capital where it matches gives the same match.
    """
    find_capital, match = _CAPITAL_RE.search, _RUN_UPPER_RE.match
    cap = find_capital(text, pos)
    while cap is not None:
        at = cap.start()
        m = match(text, at)
        if m is not None:
            return m
        cap = find_capital(text, at + 1)
    return None


#: A hyphened participle inside a run ("Quill Party-run", "Vexley-owned"): it describes the name after it.
_MODIFIER_IN_RUN_RE = re.compile(
    r"(?<=[a-z])-(?:run|led|controlled|owned|backed|funded|dominated) +(?=[A-Z])"
)
#: The end of a sentence inside a run of capitalised words: an initial or a dotted abbreviation's full stop (a
#: capital letter with no letter before it, "A&M.", "F.C.") before a pronoun, an article or a conjunction.
_SENTENCE_IN_RUN_RE = re.compile(
    r"(?<![a-z])(?<=[A-Z])\. (?:He|She|It|They|We|I|You|The|A|An|But|And|Or|So|Yet|This|That|These|Those|There|"
    r"His|Her|Their|Its|Our|My)(?![\w\-'\u2019])"
)


def _joined_runs(text: str) -> list[tuple[int, int]]:
    """The runs of ``text``, a run joined to the one before where both name one body."""
    find = text.find
    merged: list[tuple[int, int]] = []
    for s, e in run_spans(text):
        if text.startswith(" plc", e) and not text[e + 4 : e + 5].isalnum():
            e += 4  # "Quarnby Speciality Chemicals plc": a company's form in lower case, part of its name
        # "Ministry of Housing, Transport and Local Government"
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
            if (
                s - pe == 2
                and text.startswith(", ", pe)
                and find(" ", ps, pe) < 0
                and (join := _first_join(text, s, e)) < e
                and " " not in text[s:join]
                and norm(text[text.rfind(" ", s, e) + 1 : e]) in lx.ORG_WORDS
            ):
                merged[-1] = (ps, e)  # "Vexmoor, Quill and Quarnby Food Network": one body named for three places
                continue
            if (
                s - pe == 2
                and text.startswith(") ", pe)
                and len(merged) >= 2
                and text.startswith(" (", merged[-2][1])
                and norm(text[s:e].replace(".", "")) in lx.legal_terms()
            ):
                merged[-2:] = [(merged[-2][0], e)]  # "Quarnby & Vexley (Holdings)" and its legal form: one firm
                continue
            if text.startswith((" the ", " to "), pe) and _campaign_named_for_its_aim(text, ps, pe, s, e):
                merged[-1] = (ps, e)  # "Save the Vexley", "Freedom to Read Coalition": one body, named for its aim
                continue
            if s - pe == 4 and text.startswith(" in ", pe) and _body_in_a_field(text, ps, pe, s, e):
                merged[-1] = (ps, e)  # "Quarnby Women in Peace Network": one body, "in" its field
                continue
            if (
                _NUMBER_BETWEEN_RE.fullmatch(text, pe, s)
                and " " in text[ps:pe]
                and norm(text[s:e].replace(".", "")) in lx.LEGAL_FORMS
            ):
                merged[-1] = (ps, e)  # "Quarnby Terrace Holdings 4 LLC": a firm numbered among its siblings, one name
                continue
            if s - pe == 2 and text.startswith(", Local", pe) and e - s == 5 and _NUMBER_AFTER_RE.match(text, e):
                merged[-1] = (ps, e)  # "X Workers Union, Local 27": the local is the union's, numbered
                continue
            if (pe - ps == 5 and _a_local_of(text, ps, pe, s, e)) or (
                s - pe == 2 and _firm_of_partners(text, ps, pe, s, e)
            ):
                merged[-1] = (ps, e)  # "Local 27 of the Quill Workers Union", "Quill, Vexley & Marten": one body
                continue
        merged.append((_numbered_body_start(text, s, e), e))
    return merged


#: " 4 " between a firm's name and its legal form ("Quarnby Terrace Holdings 4 LLC").
_NUMBER_BETWEEN_RE = re.compile(r" \d{1,4} ")
#: "Local 27 of the ": what joins a union's numbered branch to the union's name.
_LOCAL_OF_RE = re.compile(r" \d{1,5} of (?:the )?")
#: A capitalised number word set before a run with one space ("Two Rivers ...").
_NUMBER_WORD_BEFORE_RE = re.compile(r"(?<![\w\-])(?:One|Two|Three|Four|Five) $")


def _a_local_of(text: str, ps: int, pe: int, s: int, e: int) -> bool:
    """Are the runs ``text[ps:pe]`` ("Local") and ``text[s:e]`` one union's branch: "Local 27 of the X Union"?"""
    if text[ps:pe] != "Local":
        return False
    m = _LOCAL_OF_RE.match(text, pe)
    return m is not None and m.end() == s and " " in text[s:e]


def _firm_of_partners(text: str, ps: int, pe: int, s: int, e: int) -> bool:
    """Are ``text[ps:pe]``, a comma, and ``text[s:e]`` one firm named for its partners ("Quill, Vexley & Marten")?

    The first is one word, the second one word, "&", and the rest: the ampersand, which joins no two people, makes it a
    firm's name, and the list before it is the firm's too.
    """
    if s - pe != 2 or not text.startswith(", ", pe) or " " in text[ps:pe]:
        return False
    amp = text.find(" & ", s, e)
    return amp > s and " " not in text[s:amp]


def _numbered_body_start(text: str, s: int, e: int) -> int:
    """Where the run ``text[s:e]`` starts, taking back a number word that opens a body's name ("Two Rivers Movers").

    A number word is a word that starts sentences, so runs leave it out ("Two officers said"); before a run of two
    or more words that opens on a plural ("Rivers", "Oaks") and goes on to a body's word, it is the name's first
    word.
    """
    if s < 4 or text[s - 1] != " " or (sp := text.find(" ", s, e)) < 0:
        return s
    if text[s - 2] not in "eor":
        return s  # (the last letter of "One", "Two", "Three", "Four", "Five": the pattern can match nowhere else)
    m = _NUMBER_WORD_BEFORE_RE.search(text, max(0, s - 7), s)
    if m is None:
        return s
    first, last = norm(text[s:sp]), norm(text[text.rfind(" ", s, e) + 1 : e])
    if not first.endswith("s") or first.endswith("ss") or first in lx.DEMONYMS:
        return s
    return m.start() if last in lx.ORG_WORDS or (last.endswith("ers") and last not in lx.DEMONYMS) else s


def name_pieces(text: str) -> list[tuple[int, int]]:
    """The runs of ``text``, each cut or joined to hold one name."""
    find = text.find
    pieces: list[tuple[int, int]] = []
    for s, e in _joined_runs(text):
        if s > 2 and text[s - 1] == " " and text[s - 2] in "leyt":  # (the last letters of lx.WORD_NAMES)
            w = max(text.rfind(" ", 0, s - 1), text.rfind("\n", 0, s - 1)) + 1  # (a paragraph may open with it)
            if word_name_at(text, w):
                s = w  # "April Quarnby": a given name the run left out as a month
        if text.endswith(LOCATIVE_SUFFIXES, s, e):
            continue  # "Port Quorran-based", "Leeds-born": where, not who
        if find(" ", s, e) >= 0:
            s = _after_plural_title(text, _after_people_of(text, s, e), e)
            # (each split needs an " and " or an apostrophe in the run: most runs have neither)
            split = (
                (
                    _two_bodies(text, s, e)
                    or _body_then_member(text, s, e)
                    or _owner_then_body(text, s, e)
                    or _body_then_its_place(text, s, e)
                )
                if find(" and ", s, e) >= 0 or find("'", s, e) >= 0 or find("\u2019", s, e) >= 0
                else None
            )
            if split is not None:
                for ps_, pe_ in split:
                    pieces.extend(_person_then_body(text, ps_, pe_) or [(ps_, pe_)])
                continue
        if e - s > 12 and find(" on ", s, e) >= 0:
            # "Zennor Batteries plc on Monday": a date, no part of the name
            m = _ON_DATE_RE.search(text, s, e)
            if m is not None:
                e = m.start()
        # "Dr Lisbet Kestrell of the University of Sydney": a person,
        # then an organisation, not one long name.
        split = _person_then_body(text, s, e)
        if split is not None:
            pieces.extend(split)
            continue
        if text.startswith(" I", e - 2) and e - s > 2 and text[e : e + 2][:1] == " " and text[e + 1 : e + 2].islower():
            e -= 2  # "Last Christmas I told him": the pronoun, not a regnal number
        if find(" and ", s, e) >= 0:
            pair = _two_people(text, s, e) or _person_and_other(text, s, e)
            if pair is not None:
                pieces.extend(pair)
                continue
        if e - s > 8:
            # "a fee with Quellbrook Athletic for Brazilian striker X": the nationality
            # describes what follows; it ends no organisation's name.
            m = _PARTICLE_DEMONYM_RE.search(text, s, e)
            if m is not None and m.end() == e and (norm(m.group(1)) in lx.DEMONYMS or NATIONALITY_RE.match(m.group(1))):
                e = m.start()
        if text.endswith(_NUMBERED_ENDS, s, e):
            num = _NUMBER_AFTER_RE.match(text, e)
            if num is not None:
                e = num.end()  # "X Workers Union Local 418", "Y School District 12": the number is the name's
        elif text.endswith(" No", s, e) and text[e : e + 1] == "." and _body_word_before_no(text, s, e):
            num = _NUMBER_AFTER_RE.match(text, e + 1)
            e = num.end() if num is not None else e  # "Quarnby Levee District No. 3": the number is the name's too
        if find(".", s, e) >= 0:
            pieces.extend(_split_at_bare_abbreviations(text, s, e))
        elif s < e:
            pieces.append((s, e))  # (no full stop: nothing to cut, as _split_at_bare_abbreviations would find)
    return pieces


def _body_word_before_no(text: str, s: int, e: int) -> bool:
    """Does the run ``text[s:e]``, ending in "No", have a body's word before it ("District No", not "Quarnby No")?"""
    k = text.rfind(" ", s, e - 3)
    word = norm(text[k + 1 : e - 3]) if k >= s else ""
    return word in lx.ORG_WORDS or word in lx.NUMBERED_NAME_ENDS


def _split_at_bare_abbreviations(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The run ``text[s:e]`` cut after each word shaped like an abbreviated title that is none ("Tarn Blvd.")."""
    if text.find(".", s, e) < 0:
        return [(s, e)] if s < e else []  # (no full stop: no match of _BARE_ABBR_IN_RUN_RE, nothing to cut)
    out = []
    for m in _BARE_ABBR_IN_RUN_RE.finditer(text, s, e):
        if _ABBR_RE.fullmatch(m.group()):
            continue  # "Mrs.", "Sgt.": the titles a run has always held
        if not title_abbreviation(text, m.start(), m.end()):
            if m.start() > s:
                out.append((s, m.end() - 1))
            s = m.end() + 1
    if s < e:
        out.append((s, e))
    return out


#: The same words as lx.NUMBERED_NAME_ENDS, capitalised, after a space: how they end a run.
_NUMBERED_ENDS = tuple(" " + w.capitalize() for w in lx.NUMBERED_NAME_ENDS)
_NUMBER_AFTER_RE = re.compile(r" \d{1,5}\b(?![.,]\d)")


#: "Members of", "Islanders on": people, then the body or place they belong to.
_PEOPLE_OF_RE = re.compile(r"([A-Z][a-z]+s) (?:of|on|in|at|from) (?:the )?(?=[A-Z])")
#: Last words of a business's name, after which "of Pittsburgh" says where it is.
_BUSINESS_ENDS = frozenset("systems holdings partners group motors technologies solutions services".split())


def _after_people_of(text: str, s: int, e: int) -> int:
    """Where a run's name starts after "Members of (the)", "Islanders on": a group of people is no name."""
    m = _PEOPLE_OF_RE.match(text, s, e)
    if m is None or m.group(1) == "Friends":  # ("Friends of the Earth" is a body's name)
        return s
    w = m.group(1).lower()
    stem = w[:-2] if w.endswith("es") and w[:-2] in lx.ROLE_HEADS else w[:-1]
    if stem in lx.ROLE_HEADS or stem in ("member", "islander", "staff") or ROLE_SUFFIX_RE.search(stem):
        return m.end()
    return s


#: Legal forms written without a full stop of their own ("Ltd", "LLC", "plc"; "Inc." and "Co." take one).
_UNDOTTED_FORM_RE = re.compile(r"\b(?:Ltd|LLC|PLC|plc)$")
#: A full stop that ends a sentence: then a space and a capital or an opening mark, a closing mark, or the end.
_STOP_ENDS_A_SENTENCE_RE = re.compile(r"\.(?:\s+[A-Z\u2018\u201c\"']|\s*$|[\u2019\u201d\"'])")


def _ends_with_legal_abbreviation(name: str) -> bool:
    """A legal form's closing full stop after a firm's name: the abbreviation's, part of the name."""
    last = name.rsplit(" ", 1)[-1]
    return last.endswith(".") and last[:-1].lower() in lx.FIRM_ABBREVIATIONS


def _written_undotted(text: str, name: str) -> bool:
    """Does ``text`` write the firm's name ``name`` (its legal form last) with no full stop after it, anywhere?

    "... for his employer, Quorran Builders Ltd. He fell" then "Quorran Builders Ltd said": the first full stop
    ended the sentence, and the firm is "Ltd" without one.
    """
    at = text.find(name)
    while at >= 0:
        after = text[at + len(name) : at + len(name) + 1]
        whole = not text[at - 1 : at].isalnum()  # (its own name, not the end of a longer one's)
        if whole and (after == "" or (after != "." and not after.isalnum() and after not in "-\u2019'")):
            return True
        at = text.find(name, at + 1)
    return False


def _written_dotted_within(text: str, name: str) -> bool:
    """Does ``text`` write the firm's name ``name`` with a full stop inside a sentence ("X Ltd. added", "X Ltd.,")?"""
    return re.search(re.escape(name) + r"\.(?: [a-z]|,)", text) is not None


def _after_plural_title(text: str, s: int, e: int) -> int:
    """Where names start after a plural title for them all ("Brothers Brisa and Aurek Quill", "Justices ...")."""
    k = text.find(" ", s, e)
    first = text[s:k] if k > 0 else ""
    if norm(first) in lx.ROLE_MODIFIERS and (k2 := text.find(" ", k + 1, e)) > 0 and text[k2 - 1] == "s":
        # "Foreign Ministers Aurek Quill and Brisa Vexley": a modifier, then the plural title
        k, first = k2, text[k + 1 : k2]
    if len(first) < 4 or not first.endswith("s") or first.endswith(("ss", "'s", "\u2019s")) or given(norm(first)):
        return s
    nxt = text[k + 1 : e].split(" ", 1)[0]
    # "Co-founders Ji-woo Quill and Brisa Vexley": a role for each of the people named
    titled = norm(first)[:-1] in lx.ROLE_HEADS and nxt[:1].isupper() and text.find(" and ", k + 1, e) > 0
    if norm(first) in lx.ORG_WORDS or not (given(norm(nxt)) or titled) or text.find(" ", k + 1, e) < 0:
        return s
    if not lx.ORG_WORDS.isdisjoint(norm(w) for w in text[k + 1 : e].split()):
        return s  # "the Harrows Grace Heritage Trust": a body's name whose second word is also a given name
    return k + 1


def _person_then_body(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """'Dr Lisbet Kestrell of the University of Quarnby': the person, then the body, as two pieces (or None)."""
    m = _OF_SPLIT_RE.search(text, s, e) if text.find(" ", s, e) >= 0 else None
    if m is None or not _person_of(text, s, m, e) or _in_a_nickname(text, s, m.start()):
        return None
    # ("X of the Quarnby Alliance and Y of the Farmers": the rest may hold a second body and person)
    return [(s, m.start()), *(_two_bodies(text, m.end(), e) or [(m.end(), e)])]


def _in_a_nickname(text: str, s: int, pos: int) -> bool:
    """Is ``pos`` inside a quoted nickname of the run from ``s`` ('Aurek "the Bull of Vexholm" Quellhaven')?"""
    seg = text[s:pos]
    return (
        sum(seg.count(c) for c in "\u201c\u2018") > sum(seg.count(c) for c in "\u201d\u2019") or seg.count('"') % 2 == 1
    )


def _person_and_other(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """A person's full name, "and", then a body or an adjective of the next phrase: the person alone.

    "suing Brisa Quill and the Quarnby Herald" (a person, then a paper), "Quill and Green candidate X" (a
    party's name before a role); not "Marks and Spencer" (no given name before "and").
    """
    k = text.find(" and ", s, e)
    left = text[s:k].split()
    normed = [norm(w) for w in left]
    if len(left) < 2 or len(left) > 3 or not given(normed[0]) or not PLACE_OR_ORG.isdisjoint(normed):
        return None
    right = text[k + 5 : e].split()
    if right[0] == "the" and len(right) >= 2:
        return [(s, k), (k + 9, e)]  # "Brisa Quill and the Quarnby Herald"
    after = text[e : e + 1] == " " and text[e + 1 : e + 2].islower()
    if len(right) == 1 and after and not given(norm(right[0])):
        return [(s, k)]  # "Brisa Quill and Green candidate X": "Green" is the candidate's party
    return None


def _two_bodies(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """Two bodies in one run, "X University and the Y Institute": the two pieces, or None.

    Also a body and a person: "Quorran Polder Alliance and Aleksey Vexley of New Centre" (a given name
    after "and"), and the person's own body after "of".
    """
    k = text.find(" and the ", s, e)
    if k > s and norm(text[s:k].split()[-1]) in lx.ORG_WORDS and text[k + 9 : k + 10].isupper():
        return [(s, k), (k + 9, e)]
    k = text.find(" and ", s, e)
    if k < 0 or norm(text[s:k].split()[-1]) not in lx.ORG_WORDS:
        return None
    right = text[k + 5 : e].split()
    if len(right) < 2 or not given(norm(right[0])) or norm(right[1]) in lx.ORG_WORDS:
        return None
    of = text.find(" of ", k + 5, e)
    return [(s, k), (k + 5, of), (of + 4, e)] if of > 0 else [(s, k), (k + 5, e)]


def _role_before(text: str, s: int) -> bool:
    """Is the word before ``s`` a lower-case noun for a person ("analyst X of Y", "economist X of Y")?"""
    w = text[text.rfind(" ", 0, max(0, s - 1)) + 1 : s].strip()
    return w.islower() and (w in lx.ROLE_HEADS or DESCRIPTOR_RE.search(w) is not None)


#: "s' " or "s’ ": a plural possessive inside a run, then the next capital.
_PLURAL_POSSESSIVE_RE = re.compile(r"s['\u2019] (?=[A-Z])")


def _body_then_member(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """'the Quarnby Radicals' Brisa Quill': the body, then its member named by a given name and a surname.

    ("the Glaziers' Union" stays one: no given name follows.)
    """
    m = _PLURAL_POSSESSIVE_RE.search(text, s, e)
    if m is None:
        return None
    rest = text[m.end() : e].split()
    if len(rest) < 2 or not given(norm(rest[0])) or not PLACE_OR_ORG.isdisjoint(norm(w) for w in rest):
        return None
    return [(s, m.start() + 1), (m.end(), e)]


_OWNER_RE = re.compile(r"['\u2019]s (?=[A-Z])")


def _owner_then_body(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """"Quill's Green Renewal Alliance": a person the article names in full, then the party or movement they lead.

    (A firm named for its founder, "Quill's Hardware Company", stays one name: a company is no following.)
    """
    m = _OWNER_RE.search(text, s, e)
    if m is None or m.start() - s < 3:
        return None
    rest = text[m.end() : e].split()
    if len(rest) < 2 or norm(rest[-1]) not in _FOLLOWINGS:
        return None
    owner = text[s : m.start()].rsplit(" ", 1)[-1]
    if not any(given(norm(w)) for w in _words_before_name(text, owner)):
        return None
    return [(s, m.start()), (m.end(), e)]


#: A possessive inside a run of capitals: "Quill Water Ltd's", "Vexley Logistics'".
_BODY_OWNS_RE = re.compile(r"(?:['\u2019]s|s['\u2019]) (?=[A-Z])")


def _body_then_its_place(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """"Quill Valley Water Ltd's Vexley works", "Marten Logistics' Brisa depot": a body, then a site of its own.

    The body's name ends at its legal form or its organisation word; what its possessive opens, named by a place
    and no body's word, is a site of its own.
    """
    m = _BODY_OWNS_RE.search(text, s, e)
    if m is None:
        return None
    owner = text[s : m.start() + 1]
    last = norm(owner.rsplit(" ", 1)[-1].rstrip("'\u2019"))
    if " " not in owner or (last not in lx.ORG_WORDS and last not in lx.legal_terms()):
        return None
    if not lx.ORG_WORDS.isdisjoint(norm(w) for w in text[m.end() : e].split()):
        return None  # "the Quill Hockey Federation's Department of Player Safety": a body of the body, all its name
    return [(s, m.start() + (1 if text[m.start()] == "s" else 0)), (m.end(), e)]


#: Bodies a person leads rather than owns or founded: "Quill's Green Alliance", not "Quill's Hardware Company".
_FOLLOWINGS = frozenset(
    {"alliance", "party", "coalition", "movement", "bloc", "front", "caucus", "faction", "government", "campaign"}
)


def _words_before_name(text: str, surname: str) -> list[str]:
    """The capitalised words right before each use of ``surname`` in ``text`` ("Brisa" of "Brisa Quill")."""
    return re.findall(rf"\b([A-Z][\w\-]+) {re.escape(surname)}\b", text)


#: Titles whose "of" belongs to the name: "Crown Princess Brisa of Quarnholt", "Lord Quill of Vexmoor".
_NOBLE = frozenset("king queen prince princess duke duchess earl countess count baron baroness lord lady".split())


def _person_of(text: str, s: int, m: re.Match, e: int) -> bool:
    """Does the run at ``s`` name a person before the " of (the) " at ``m``, then the body they are of?

    "Dr Lisbet Kestrell of the University of Quarnby", "Forecaster Brisa Quill of Quarnby Weather" (a job, then a
    given name), "Aurek Vexley of the Tarnholm Independents" (two words no dictionary knows, before "of the", or
    before "of" and a body's name that ends in its kind: "Aurek Vexley of Tarnholm Community Radio").
    """
    left = text[s : m.start()].split()
    normed = [norm(w) for w in left]
    if len(left) >= 3 and _job_then_full_name(normed):
        return True  # "Station Officer Elric Quill of the X Service": a job (an organisation word in it), then a name
    if len(left) < 2 or not lx.ORG_WORDS.isdisjoint(normed) or ROLE_OR_HONORIFIC.issuperset(normed):
        return False  # ("Lord Mayor of X Brisa Quill": a title)
    first = normed[0]
    if first in lx.HONORIFICS or given(first) or _role_before(text, s):
        return True
    if (
        any(n in lx.HONORIFICS for n in normed[1:-1])
        and not ROLE_OR_HONORIFIC.issuperset(normed[1:])
        and _NOBLE.isdisjoint(normed)
    ):
        return True  # "Associate Professor Brisa Quill of the X Institute": titles, then a name (not "Queen X of Y")
    common = lx.common_words()
    if DESCRIPTOR_RE.search(first) is not None and given(normed[1]) and not left[0].endswith(("'s", "\u2019s")):
        return True  # (not "Quarnby's Wharf Chamber of Trade": a place's name, the place possessed)
    return (
        len(left) == 2
        and (m.group().endswith(" the ") or _ends_in_a_body_word(text, m.end(), e))
        and PLACE_OR_ORG.isdisjoint(normed)
        and first not in common
        and normed[1] not in common
    )


def _ends_in_a_body_word(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]`` two words or more whose last says what kind of body it is ("Tarnholm Community Radio")?"""
    k = text.rfind(" ", s, e)
    return k > s and norm(text[k + 1 : e]) in lx.ORG_WORDS


def _job_then_full_name(normed: list[str]) -> bool:
    """Do the words end in a job's last word, a given name and one more word that is no organisation's?"""
    head, first, last = normed[-3], normed[-2], normed[-1]
    return head in lx.ROLE_HEADS and given(first) and last not in lx.ORG_WORDS and last not in ROLE_OR_HONORIFIC


def _two_people(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """Two people's names joined by "and" ("Althea Parrack and Aleksey Vexwick"), as two pieces.

    Each side is two words or more, at least one opens with a given name, and neither holds an
    organisation word ("Marks and Quill", "Department of Health and Social
    Care" stay whole) -- but a given name that is also a word ("Bill", "May") may open the second side after a
    person's full name ("Maud Quill and Bill Vexley").
    """
    cut = text.find(" and ", s, e)
    left, right = text[s:cut].split(), text[cut + 5 : e].split()
    # (Two of one family, "Brisa Quarnby and Quessa Quarnby", are two people too: kept as one run the pair
    # became one body, and "Brisa Quarnby said" found nobody. "Quarnby said" alone is either, and the
    # shared surname's own reading decides it.)
    if len(left) < 2 or len(right) < 2 or text.find(" and ", cut + 5, e) >= 0:
        return None
    givens = 0
    for side, at in ((left, s), (right, cut + 5)):
        normed = [norm(w) for w in side]
        # ("Maud Quill and Bill Vexley": a given name that is also a word, after a person's full name)
        named = word_name_at(text, at) or (at > s and normed[0] in lx.WORD_NAMES and given(norm(left[0])))
        rest = normed[1:] if named else normed
        if not lx.ORG_WORDS.isdisjoint(rest) or not PLACE_OR_ORG.isdisjoint(rest):
            return None
        if normed[0] in lx.STOP_CAPS and not named:
            return None
        if normed[0].endswith("s") and not given(normed[0]) and (given(normed[1]) or len(side) >= 3):
            return None  # "Justices Brisa Quill and Aurek Vexley": a title for both, read elsewhere
        givens += given(normed[0]) or named
    # ("Bexa-Quarn Quimbrel and Aurek Vexley": one given name the published lists lack is still a person's)
    return [(s, cut), (cut + 5, e)] if givens else None


def shared_surname(text: str, s: int, e: int) -> tuple[int, int, str] | None:
    """Two given names and one surname ("Aleksey and Abdolreza Vexwick"): where each person starts or ends.

    Two given names joined by "and" before one surname name two people of
    one family. Returns the end of the first given name, the start of the second person and the surname;
    a run that is anything else gives None.
    """
    cut = text.find(" and ", s, e)
    if cut < 0 or text.find(" ", s, cut) >= 0:
        return None
    first, right = text[s:cut], text[cut + 5 : e].split()
    if len(right) < 2 or not first[:1].isupper():
        return None
    if not (given(norm(first)) or given(norm(right[0]))) and (
        _LISTED_AFTER_RE.search(text, max(0, s - 12), s) or not _a_given_name_here(text, first, s, e)
    ):
        return None  # (not "Goals from Vexley and Brisa Quill": a surname alone, in a list after "from")
    normed = [norm(w) for w in right]
    if " and " in text[cut + 5 : e] or not PLACE_OR_ORG.isdisjoint(normed) or not lx.ORG_WORDS.isdisjoint(normed):
        return None
    k = next((i for i in range(1, len(right) - 1) if right[i].lower() in PARTICLE_SET), len(right) - 1)
    return cut, cut + 5, " ".join(right[k:]).rstrip(",")  # ("Aurek and Brisa van der Quill": "van der Quill")


def _a_given_name_here(text: str, word: str, s: int, e: int) -> bool:
    """Does the article open a clause with ``word`` alone outside ``text[s:e]`` ("Ilani said"), never after a name?

    A given name the published lists lack ("Ilani and Roiso Quarnby", then "Ilani said") is one by its use: alone,
    as a feature calls people by their given names; a word that ends a longer name anywhere ("Aurek Vexley")
    is a surname, and "Vexley and Brisa Quill" two people of two families.
    """
    alone = False
    for start, end in _word_alone(text, word):
        if s <= start < e:
            continue
        if _CAPITAL_WORD_BEFORE_RE.search(text, max(0, start - 40), start):
            return False
        nxt = text[end : end + 2]
        alone = alone or (
            (nxt == ", " or (nxt[:1] == " " and nxt[1:].islower()))
            and not text.startswith(" and ", end)
            and _CLAUSE_OPENS_BEFORE_RE.search(text, max(0, start - 4), start) is not None
        )
    return alone


def _word_alone(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Where ``word`` stands alone in ``text``, in order: no word's character, apostrophe or hyphen before it.

    Nor a word's character or a hyphen after it. (Found by ``find``, where a pattern compiled for each word
    would cost more than the whole search.)
    """
    n = len(word)
    i = text.find(word)  # (never empty: a capitalised word)
    while i >= 0:
        before, after = text[i - 1 : i] if i else "", text[i + n : i + n + 1]
        if (before.isalnum() or before in _WORD_PUNCT_BEFORE) or (after.isalnum() or after in ("_", "-")):
            i = text.find(word, i + 1)
            continue
        yield i, i + n
        i = text.find(word, i + n)


#: A preposition or "and" right before a pair: "goals from X and Y Z", "tries by X and Y Z" -- a list of people.
_LISTED_AFTER_RE = re.compile(r"\b(?:from|by|with|to|for|of|and|between)\s+$")
#: Where a clause opens: a sentence's start, after a comma or a quote's close ('," Ilani said'), not "in Ilani".
_CLAUSE_OPENS_BEFORE_RE = re.compile(r"(?:^|[.!?,;:][\"'\u201d\u2019]? |[\"'\u201d\u2019] |\n)$")
#: What besides a word's character may not come right before a word alone: an apostrophe or a hyphen.
_WORD_PUNCT_BEFORE = ("_", "'", "\u2019", "-")
#: A capitalised word right before another: the word after it ends a longer name ("Aurek Vexley").
_CAPITAL_WORD_BEFORE_RE = re.compile(r"\b[A-Z][\w'\u2019\-]* $")


def run_tokens(text: str, start: int, end: int) -> tuple[list[Token], bool]:
    """The words of the run ``text[start:end]`` that may be part of a name, and whether a nickname was dropped.

    Sentence-initial function words and days ("On", "Monday"), words of
    place ("Dublin-born"), a dateline or typographic lede in capitals, and a
    quoted nickname are no part of a name.
    """
    seg = text[start:end]
    toks: list[Token] = []
    pos = start
    for w in seg.split(" "):
        toks.append((pos, pos + len(w), w.rstrip(",")))
        pos += len(w) + 1
    i = 0
    while i < len(toks):
        n = norm(toks[i][2])
        if n == "people" and toks[i][2].endswith(("'s", "\u2019s")):
            if not lx.ORG_WORDS.isdisjoint(norm(t[2]) for t in toks[i + 1 :]):
                break  # "People's Civic Party": a body's name opening on the people's
            # "People's Champion Orlo Drummet": a title the people gave, then the name
            i = next((j for j in range(i + 1, len(toks)) if _name_word(norm(toks[j][2]))), i + 1)
            break
        if i == 0 and len(toks) > 2 and _numbered_body_start(text, toks[1][0], end) == toks[0][0]:
            break  # "Two Rivers Piano Movers": the number word is the body's name's
        if (
            (n not in lx.STOP_CAPS or (i == 0 and n in lx.WORD_NAMES and word_name_at(text, toks[0][0])))
            and not (("'" in n or "\u2019" in n) and is_contraction(n))
            and not ("-" in n and n.endswith(LOCATIVE_SUFFIXES))
        ):
            break
        i += 1  # ... and "Pune-based", "Dublin-born": where, not who
    if i == 0 and len(toks) >= 2 and toks[0][2] in lx.INVERTED_SPEECH_VERBS and text.startswith(":", end):
        i = 1  # 'Said Brisa Quill: "..."': the verb before its speaker, no given name
    if i == 0 and _capitals_opening(toks) and lede_caps(text, toks[0][0]):
        # "DAYTON, Vexland (AP) --", "A BELOVED Dublin chipper": a dateline
        # or a typographic lede, not a name.
        while i < len(toks) and toks[i][2].isupper():
            i += 1
    if i:
        toks = toks[i:]
    if not toks or _NICK_CHARS.isdisjoint(seg):
        return toks, False
    kept: list[Token] = []
    inside = nick = False
    for t in toks:
        w = t[2]
        if w[0] in "\u201c\u2018\"'":
            inside = nick = True  # a nickname's first word ('Aurek "Big Os" Vexley')
        if not inside:
            kept.append(t)
        elif w[-1] in "\u201d\u2019\"'":
            inside = False  # ... and its last
    return kept, nick


#: Family words that go before a given name as a title does ("Grandma Ruth"), as "Aunt" and "Uncle" do.
KIN_TITLES = frozenset({"grandma", "grandpa", "granny"})


def parse_run_words(toks: list[str], norms: list[str]) -> tuple[int, str | None, list[str], list[str]]:
    """Split a run into (index where the name starts, honorific, prefix, name words).

    ``norms`` are ``toks`` normalised (see :func:`.tokens.norm`).
    """
    # Drop trailing suffixes (KC, MP, Jr) and a possessive.
    k = len(toks)
    while k > 1 and (norms[k - 1] in lx.NAME_SUFFIXES or _post_nominal(toks, norms, k)):
        k -= 1
    cut = -1
    for i in range(k - 1):
        if toks[i].islower():
            continue  # a particle inside the run, never a title ("Club Alpino di X": no detective inspector)
        if toks[i].endswith(("'s", "\u2019s")):
            continue  # "Quarnby Coroner's Court", "the Sheriff's Office": an office's place or body, no title
        bare = (_abbreviated_title(toks[i]) or _bare_title_opening(toks, i, k)) and not given(norms[i])
        bare = bare or toks[i] == "Hon."
        if norms[i] in ROLE_OR_HONORIFIC or _hyphenated_role(norms[i]) or bare:
            if norms[i + 1] in _BODY_JOINS and not any(given(n) for n in norms[i + 2 : k]):
                continue  # "Department of Justice and Harbours": a body's word, no title before a name
            after = lx.RANK_AFTER.get(norms[i])
            if after is not None and (i == 0 or norms[i - 1] not in after):
                continue
            role = norms[i] in lx.ROLE_HEADS or _role_with_a_tail(norms[i])
            if not bare and not role and norms[i] not in lx.HONORIFICS and not given(norms[i + 1]):
                continue  # "Quarnby Home Care": a modifier ends no title unless a given name follows ("Acting Aurek X")
            cut = i
    if (
        cut >= 1
        and cut == k - 2
        and (norms[cut - 1] in lx.ROLE_HEADS or all(w in lx.RANKS for w in norms[:cut]))
        and norms[cut] in lx.ROLE_HEADS
        and norms[cut] not in lx.ROLE_MODIFIERS
        and norms[cut] not in lx.HONORIFICS
    ):
        # "Health Minister X Quill", "PC Dean Quill": a role or a rank, then a given name that is also a role word
        # (the name data leaves such names out, so "Dean" is known only by its place here)
        cut -= 1
    while 0 <= cut < k - 3 and norms[cut + 1] == "pro" and norms[cut + 2] in ("tem", "tempore"):
        cut += 2  # "Mayor Pro Tem X": the title's own Latin, no part of her name
    if cut < 0:
        cut = _descriptor_cut(toks, norms, k)
    if (
        cut >= 0
        and cut == k - 2
        and norms[cut] in lx.TITLE_NAMES
        and toks[cut][1:].islower()
        and not given(norms[cut + 1])
        and (cut == 0 or norms[cut - 1] in lx.ROLE_HEADS)
    ):
        cut -= 1  # "Duke Quill, 78, a retired fisherman", "County Commissioner Duke Quill": a given name, not a peer
    if cut == 0 and norms[0] in lx.KIN_CALLS and not (k == 2 and norms[0] in KIN_TITLES and given(norms[1])):
        cut = -1  # "Gran Canaria", "Mam Diarra": a name, not a relative (but "Grandma Ruth": Ruth, so called)
    if 0 <= cut < k - 3 and toks[cut + 1].endswith(("'s", "\u2019s")) and given(norms[cut + 2]):
        cut += 1  # "Forward Quarnby's Brisa Quill": a title, then the body she belongs to, then her name
    titled = cut >= 0 and (norms[cut] in lx.HONORIFICS or _abbreviated_title(toks[cut]) or toks[cut] == "Hon.")
    honorific = norms[cut] if titled else None
    return cut + 1, honorific, toks[: cut + 1], toks[cut + 1 : k]


def _bare_title_opening(toks: list[str], i: int, k: int) -> bool:
    """Does a title abbreviated without a vowel and without its full stop open a run of three words or more?

    "Qrt R. Quill": no vowel at all, then an initial (not a given name: some given names and place words of
    other languages have no vowel either, and some short surnames open with one).
    """
    return (
        i == 0
        and k >= 3
        and toks[0][0] not in "AEIOU"
        and bare_abbreviation(toks[0])
        and len(toks[1]) == 2
        and toks[1].endswith(".")
    )


def _abbreviated_title(tok: str) -> bool:
    """Is ``tok`` a title abbreviated without a vowel, with its full stop ("Qrt.", "Brvt.")?"""
    return tok.endswith(".") and bare_abbreviation(tok[:-1])


def title_abbreviation(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` ("Qrt.", "Hon.") a title abbreviated, before a name, its stop no sentence's end?

    Its shape (:func:`.tokens.bare_abbreviation`, or the style "Hon."), then a capitalised word that no
    sentence opens with ("He", "The"), and before it the start of a sentence, a lower-case word, or a role
    ("Minister Qrt. X"): not a place's ("Windsor, Ont. He"), a street's ("Tarn Blvd. X") or a firm's legal
    form.
    """
    word = text[start : end - 1]
    if text[end - 1 : end] != "." or norm(word) in _NOT_TITLE_ABBREVIATIONS:
        return False
    if not (bare_abbreviation(word) or word == "Hon"):
        return False
    nxt = _CAPITAL_WORD_RE.match(text, end)
    if nxt is None or norm(nxt.group(1)) in lx.STOP_CAPS:
        return False
    if word == "Hon":
        return True  # ", Hon. X," and "Speaker Hon. X" too: a style written before a name anywhere
    before = text[max(0, start - 2) : start]
    if start == 0 or before.endswith("\n") or before in (". ", ": ") or before[-1:] in OPENING_MARKS:
        return True
    prev = _WORD_BEFORE_TITLE_RE.search(text, max(0, start - 40), start)
    if prev is None:
        return False
    w = prev.group(1)
    if w[:1].islower():
        return True  # "said Qrt. X", "reporters, Qrt. X"
    return prev.group(2) == "" and (norm(w) in ROLE_OR_HONORIFIC or _hyphenated_role(norm(w)))


#: Abbreviations of streets and firms with the shape of a bare title: never a title.
_NOT_TITLE_ABBREVIATIONS = frozenset(
    {*lx.LEGAL_ABBREVIATIONS, "blvd", "hwy", "pkwy", "sq", "tpk", "twp", "hts", "mfg", "intl"}
)
_CAPITAL_WORD_RE = re.compile(r" ([A-Z][\w'\u2019\-]*)")
_WORD_BEFORE_TITLE_RE = re.compile(r"([\w'\u2019\-]+)(,?) $")


#: Words that join two words of a body's name ("Justice and Harbours"), never a title to a name after them.
_BODY_JOINS = frozenset({"and", "&"})


def _post_nominal(toks: list[str], norms: list[str], k: int) -> bool:
    """Is ``toks[k - 1]`` letters after a person's full name, in capitals ("X Y FRSE", "X Y MPhil" not)?

    Two to five capitals after a given name and a surname: honours, degrees and seats of every country, which
    no list holds all of (the lexicon's own list, ``NAME_SUFFIXES``, is read first).
    """
    last = toks[k - 1]
    return (
        k >= 3
        and 2 <= len(last) <= 5
        and last.isalpha()
        and last.isupper()
        and given(norms[0])
        # ("Brisa Mary WU": a surname in capitals after two given names)
        and not (given(norms[k - 2]) or norms[k - 2] in lx.WORD_NAMES)
        and not toks[k - 2].isupper()
        and norms[k - 1] not in lx.legal_terms()  # ("X Quellmann AG": a firm's form)
    )


#: Words of a compass point before a people's name: "South Vornish", "Northern Vornish", "New Quellish".
_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "new"})


def _nationality_words(toks: list[str], norms: list[str], k: int) -> int:
    """The index of the last word of a nationality opening a run before a given name and a surname, or -1.

    A people's name that is no given name ("Vornish", "Quellish"; not a given name), after a compass point or not.
    """
    i = 1 if norms[0] in _COMPASS_WORDS else 0
    if k - i < 3 or given(norms[i]) or (norms[i] not in lx.DEMONYMS and norms[i] not in lx.NATIONALITY_ADJECTIVES):
        return -1
    return i if given(norms[i + 1]) else -1


#: Words put before a person's full name as a fond description ("Old Otso Quill"), no part of it.
_FOND_WORDS = frozenset({"old", "young", "big", "little", "wee"})


def _descriptor_cut(toks: list[str], norms: list[str], k: int) -> int:
    """Where a run with no title word ends its description of the person, or -1.

    "County Assessor Otso Wrenfold", "Norway's Ysmay Quorrin", "Franchisee Otso
    Wrenfold", "Mother-of-two Brisa Quill", "Sacristan Brisa Quill".
    """
    if k >= 4 and norms[0] in lx.ROLE_MODIFIERS and DESCRIPTOR_RE.search(norms[1]) is not None:
        common = lx.common_words()
        if norms[1] in common and norms[2] not in common and norms[k - 1] not in common:
            return 1  # "County Assessor Otso Wrenfold": a modifier and a job the lexicon lacks, then a name
    if k >= 3:
        for i in range(k - 2):
            if given(norms[i + 1]) and (
                # "Norway's Ysmay Quorrin", "Quarnholt's Quessa Vantroy" (a given name too: "Tulsa's X Quill"; not
                # "Quarnby's Martin Place", a place named after someone)
                (toks[i].endswith(("'s", "\u2019s")) and PLACE_OR_ORG.isdisjoint(norms[i + 1 : k]))
                or (i == 0 and not given(norms[0]) and DESCRIPTOR_RE.search(norms[0]) is not None)  # "Franchisee X"
            ):
                return i
    if k >= 3 and toks[0].endswith(("'s", "\u2019s")) and name_like(norms[1:k]):
        return 0  # "Vornland's Quessa Tadrel Vexu": a country's or a club's, then a name no list knows
    if k >= 3 and (i := _nationality_words(toks, norms, k)) >= 0:
        return i  # "Vornish Aurek Vexley", "South Quellish Brisa du Quill": where she is from, then her name
    if k >= 3 and norms[0] in _FOND_WORDS and given(norms[1]):
        return 0  # "Old Otso Quill", "Young Brisa Quill": what people call them, then the name
    if k >= 2 and _hyphenated_description(norms[0]) and given(norms[1]):
        return 0  # "Mother-of-two Brisa Quill", "Second-grader Brisa Quill", "Fourteen-year-old Brisa Quill"
    if (
        k == 3
        and toks[0][1:].islower()
        and (given(norms[1]) or lx.more_given_name_genders().get(norms[1]) is not None)
        and norms[1] not in lx.common_words()
        and (_everyday_noun(norms[0]) or _compound_noun(norms[0]))
    ):
        # "Sacristan Brisa Quill", "Prop Otso Quill": an everyday word, then a given name and a surname;
        # "Stagehand Brisa Quill": two everyday words in one
        return 0
    if k >= 3 and _RANK_ABBREVIATION_RE.match(toks[0]) and name_like(norms[1:k]):
        return 0  # "DCI Brisa Quill", "EMT Otso Quill": a rank or trade in capitals, then a name
    if k >= 3 and toks[0][1:].islower() and DESCRIPTOR_RE.search(norms[0]) is not None:
        # "Quarterback Aurek Vellowby", "Glazier Althea Akinsanmi": a job, then a
        # two-word name; "Passenger Aurek Quarn Vexley": an everyday noun, then a longer one.
        # (not before words that are everyday words and no given name: "Radiant Hearing Care" is a firm whose first
        # word is an adjective)
        common = lx.common_words()
        if (
            not given(norms[0])
            and PLACE_OR_ORG.isdisjoint(norms)
            and (k == 3 or norms[0] in common)
            and (given(norms[1]) or norms[1] not in common or norms[k - 1] not in common)
        ):
            return 0
    return _job_title_cut(toks, norms, k)


def _job_title_cut(toks: list[str], norms: list[str], k: int) -> int:
    """The last word of a job title of everyday words before a given name and a surname, or -1.

    "County Emergency Management Coordinator Brisa Quill", "Harbour Master Aurek Vexley": everyday words (or words of
    places), none a given name, the last a noun for a person, then a given name and the rest of a name (one of
    them no everyday word).
    """
    if k < 4:
        return -1
    common = lx.common_words()
    for j in range(2, k - 1):
        if given(norms[j]) and (norms[j] not in common or norms[j + 1] not in common):
            head = norms[j - 1]
            if (
                all(
                    (n in common or n in lx.PLACE_WORDS or DESCRIPTOR_RE.search(n) is not None)
                    and not given(n)
                    and toks[i][1:].islower()
                    for i, n in enumerate(norms[:j])
                )
                and (DESCRIPTOR_RE.search(head) is not None or head in lx.ROLE_HEADS)
                and head not in PLACE_OR_ORG
                and PLACE_OR_ORG.isdisjoint(norms[j:k])
            ):
                return j - 1
            break
    return -1


#: A rank or trade written in capitals before a name ("DCI", "EMT", "PCSO").
_RANK_ABBREVIATION_RE = re.compile(r"[A-Z]{2,5}$")


def name_like(norms: list[str]) -> bool:
    """Are these (normalised) words a person's name: no everyday word, place or organisation word?"""
    common = lx.common_words()
    return all(n not in common or given(n) for n in norms) and PLACE_OR_ORG.isdisjoint(norms)


def _compound_noun(n: str) -> bool:
    """Is ``n`` two everyday words of four letters or more written as one ("stagehand"), and no given name?"""
    if given(n) or len(n) < 8:
        return False
    common = lx.common_words()
    return any(n[:i] in common and n[i:] in common for i in range(4, len(n) - 3))


def _everyday_noun(n: str) -> bool:
    """Is ``n`` an everyday word that is no given name, place or organisation word?"""
    return n in lx.common_words() and not given(n) and n not in PLACE_OR_ORG and n not in lx.STOP_CAPS


def _hyphenated_description(n: str) -> bool:
    """Is ``n`` (normalised) a hyphenated everyday description ("mother-of-two", "second-grader"), no name?"""
    parts = n.split("-")
    common = lx.common_words()
    return len(parts) >= 2 and not given(parts[0]) and all(p.isdigit() or p in common for p in parts)


def _hyphenated_role(n: str) -> bool:
    """A role word joined to a short prefix or another role ("Vice-chair", "Player-coach"): a title before a name."""
    head, dash, last = n.rpartition("-")
    if _role_with_a_tail(n):
        return True
    return bool(dash) and head.isalpha() and (len(head) <= 5 or head in lx.ROLE_HEADS) and last in lx.ROLE_HEADS


def _role_with_a_tail(n: str) -> bool:
    """A role and a word that completes it as one title: "Secretary-General", "Judge-Executive", "Governor-elect"."""
    head, dash, last = n.rpartition("-")
    return bool(dash) and head in lx.ROLE_HEADS and last in _TITLE_TAILS


#: Words that end a title after a role and a hyphen: "Attorney-General", "Judge-Executive", "President-elect".
_TITLE_TAILS = frozenset({"general", "executive", "elect", "designate"})


def is_contraction(n: str) -> bool:
    """A contraction, never a name: "They'll", "We're", "Don't"."""
    if "'" not in n and "\u2019" not in n:
        return False
    if n.endswith(("n't", "n\u2019t")):
        return True
    m = _CONTRACTION_RE.match(n)
    return m is not None and m.group(1) in lx.STOP_CAPS


def _name_word(n: str) -> bool:
    """Is the normalised word a given name or no everyday word (a name's, not a title's: "Orlo", not "Champion")?"""
    return given(n) or n not in lx.common_words()


def _capitals_opening(toks: list[Token]) -> bool:
    """Does the run open with a word in capitals of four letters or more, or two or more such words ("SAN JOSE")?"""
    first = toks[0][2]
    if not first.isupper():
        return False
    return len(first) >= 4 or (len(toks) >= 2 and toks[1][2].isupper() and len(toks[1][2]) >= 2)


def lede_caps(text: str, start: int) -> bool:
    """Capitals opening the article: a dateline or a typographic lede."""
    if start > 12:
        return False
    head = text[:start]
    return not head.strip() or head.strip() in ("A", "AN", "THE", "An", "The")


def dateline_place(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the state or country after a dateline's town: "QUARNBY, Vexland (AP) --"?"""
    if start > 40 or _DATELINE_END_RE.match(text, end) is None:
        return False
    m = _dateline_town(text, start)
    return m is not None and m.end() == start


def dateline_credit(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the agency a dateline credits, in brackets: "QUARNBY, Vexland (Vexley Wire) --"?"""
    if start > 60 or text[start - 1 : start] != "(" or _CREDIT_END_RE.match(text, end) is None:
        return False
    m = _dateline_town(text, start)
    # (the brackets right after the dateline's place, nothing else between)
    return m is not None and _PLACE_THEN_BRACKET_RE.fullmatch(text, m.end(), start) is not None


def _dateline_town(text: str, start: int) -> re.Match | None:
    """The dateline's town in capitals ("QUARNBY, ") opening the line that holds ``start``, if the line has one."""
    m = _DATELINE_TOWN_RE.match(text, text.rfind("\n", 0, start) + 1, start)
    return m if m is not None and lede_caps(text, m.start()) else None


#: A dateline's place after its town, perhaps a date, then the credit's bracket: "N.S. (", "Vexland (", "June 12
#: ("; or the bracket alone.
_PLACE_THEN_BRACKET_RE = re.compile(r"(?:[A-Z][\w.'\u2019\-]*,? ){0,3}(?:\d{1,2},? )?\(")
#: The end of a dateline's credit: its closing bracket, then the dash.
_CREDIT_END_RE = re.compile(r"\)\s*(?:[\u2014\u2013]|--?\s)")
#: A dateline's town in capitals, then its comma; and what ends the dateline after its place (an agency in
#: brackets and a dash, or the dash).
_DATELINE_TOWN_RE = re.compile(r"[A-Z][A-Z.'\u2019 -]{2,30}, ")
_DATELINE_END_RE = re.compile(r",?\s*(?:\([^()\n]{1,40}\)\s*)?(?:[\u2014\u2013]|--?\s)")


def not_an_acronym_entity(text: str, start: int, end: int) -> bool:
    """'the STOXX 600 index', 'LSEG data', '1015 GMT': not a speaker."""
    return (
        _TICKER_AFTER_RE.match(text, end) is not None
        or _TICKER_BEFORE_RE.search(text, max(0, start - 3), start) is not None
        or lede_caps(text, start)
        or _modifies_a_role(text, start, end)
    )


_NEXT_WORD_RE = re.compile(r" ([a-z\-]+)\b")


def _modifies_a_role(text: str, start: int, end: int) -> bool:
    """'her son's PE teacher', 'the IT manager': letters that say what kind of teacher, after a determiner."""
    nxt = _NEXT_WORD_RE.match(text, end)
    if nxt is None or nxt.group(1) not in lx.ROLE_HEADS:
        return False
    before = text[max(0, start - 12) : start].split()
    return bool(before) and (before[-1].lower() in lx.DETERMINERS or before[-1].endswith(("'s", "\u2019s")))


def possessive(text: str, run: Run) -> bool:
    """Is the run ``run`` of ``text`` a possessive ("Quill's", the "'s" inside the run or right after it)?"""
    return text.startswith(("'s", "\u2019s"), run.end) or text.endswith(("'s", "\u2019s"), run.start, run.end)


def org_name(text: str, run: Run) -> str:
    """An organisation's name as the run ``run`` of ``text`` gives it."""
    words_ = run.name_words
    if len(words_) >= 3 and words_[0].endswith(("'s", "\u2019s")) and norm(words_[1]) in lx.ORG_WORDS:
        words_ = words_[1:]  # "Quorran's Ministry of Fisheries": the country's ministry, named "Ministry of Fisheries"
    for k in (2, 3):  # "of Quarnholt", "on Mill Meadow": one or two words of place after the preposition
        if len(words_) < k + 2 or words_[-k] not in ("of", "on"):
            continue
        trade = norm(words_[-k - 1])
        if "of" in words_[: -k - 1]:
            break  # "Guild of Master Thatchers of Vexland": a body named "of" something keeps its place too
        if trade in _BUSINESS_ENDS or plural_of_a_word(trade):
            # "Vexmoor Signal Systems of Quarnholt", "Quorran Provisions on Wrenfold Green": the firm, where it
            # is no part of its name
            words_ = words_[:-k]
            break
    name = " ".join(words_)
    if "," in text[run.name_start : run.end]:
        # "Department for Culture, Media and Tourism" keeps its commas
        name = text[run.name_start : run.end].rstrip(",")
    dotted = _ends_with_legal_abbreviation(name if name.endswith(".") else name + text[run.end : run.end + 1])
    stop = run.end if text.startswith(".", run.end) else run.end - 1
    if dotted and _UNDOTTED_FORM_RE.search(name.rstrip(".")) and _STOP_ENDS_A_SENTENCE_RE.match(text, stop):
        # "... from Quorran Builders Ltd. He fell": the sentence's full stop; "Ltd" takes none -- unless the article
        # writes it with one inside a sentence too ("a spokesman for Quorran Builders Ltd. added")
        dotted = _written_dotted_within(text, name.rstrip("."))
    name = name.rstrip(".\u2019'")
    if dotted and not _written_undotted(text, name):
        name += "."  # "Quorran Holdings Inc.": the abbreviation's full stop -- unless the article writes it without one
    bare = POSSESSIVE_RE.sub("", name)
    # "the University of Quarnholt's archive": a name that says what kind of body it is has no "'s" of its own
    org_word = not lx.ORG_WORDS.isdisjoint(norm(w) for w in bare.split())
    if bare == name or org_word or re.search(rf"(?<![\w\-]){re.escape(bare)}(?![\w'\u2019])", text):
        return bare  # "Velmore's shares", "Quorran University's campus": the possessive is no part of the name
    return name  # "Halloway's": the company is never named without it
