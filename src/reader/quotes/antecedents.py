"""Whom a pronoun or a role refers back to: "he", "the minister", "the company", "the Italian".

Each function reads a :class:`~.story.Story` (the registry plus what the
quotes so far taught) and changes nothing: what an answer teaches (a
gender, a role binding) is returned beside it for the caller to keep.  The
registry uses these while it is built ("the prime minister" outside quotes
is bound to a person once); :mod:`.resolve` uses them for speakers.

Public names: :func:`resolve_pronoun`, :func:`resolve_role`,
:func:`topic_person`, :func:`next_with_role`, :func:`has_role`,
:func:`prev_para_start`, :func:`introduced_unnamed`, :data:`PRONOUN_REACH`,
:data:`CATAPHORA_REACH`, :data:`KIN`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import logging
import re
from typing import TYPE_CHECKING

from . import lexicon as lx
from .kinds import (
    AGE_APPOS_RE,
    ANONYMOUS_RE,
    CLUB_PLACE_WORDS,
    ORG_HEAD_WORDS,
    ORG_KIND_HEADS,
    ROLE_SUFFIX_RE,
    YEAR_OLD_RE,
    anonymity_words_in,
    plural_of_a_word,
)
from .names import PARTICLE_SET
from .tokens import (
    SENTENCE_END_RE,
    last_match,
    lstrip_index,
    name_words,
    regular_plural,
    sentence_start,
    word_before,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from .registry import Entity, Registry
    from .story import Found, Story

log = logging.getLogger(__name__)

__all__ = [
    "CATAPHORA_REACH",
    "CONTEST_REACH",
    "KIN",
    "PRONOUN_REACH",
    "anonymous_before",
    "asked_clause_start",
    "has_role",
    "in_asked_clause",
    "introduced_anonymous",
    "introduced_unnamed",
    "is_outlet",
    "next_with_role",
    "body_noun_forms",
    "person_noun",
    "prev_para_start",
    "resolve_pronoun",
    "resolve_role",
    "topic_person",
]

#: How far back (characters) a pronoun prefers a person of known gender.
PRONOUN_REACH = 1500
#: How far ahead (characters) an indefinite role ("an MP said") looks for
#: the person it introduces.
CATAPHORA_REACH = 400
#: A role's words, then a verb of speaking: "the runner-up admitted", "the club's captain said".
_ROLE_SPEAKS_RE = re.compile(
    r"(?:[\w\-'\u2019]+ ){1,4}?(?:\w+ly )?(?:said|says|admitted|admits|added|adds|conceded|concedes|explained"
    r"|explains|insisted|insists|recalled|recalls|replied|replies|agreed|agrees|told|tells)\b"
)
#: How far after a role mention the sentence after it may begin (characters).
_NEXT_SENTENCE_REACH = 120
#: How many mentions back another organisation makes "the club" a guess between two.
CONTEST_REACH = 12
#: Words for relatives: "her husband" is someone of her family, never just the last person named.
KIN = frozenset(
    "mother father mum dad wife husband son daughter brother sister grandmother grandfather grandson "
    "granddaughter widow widower nan grandad granddad uncle aunt cousin niece nephew twin stepson stepdaughter".split()
)


def body_noun_forms(noun: str) -> frozenset[str]:
    """The words that may end the name of a body a lower-case ``noun`` calls so: itself and its plural.

    ("the dairy": "Quill Dairies"; but a noun for a person keeps no plural: "the survivor" is no "Quarnby Survivors".)
    """
    return frozenset((noun,)) if person_noun(noun) else frozenset((noun, regular_plural(noun)))


def person_noun(word: str) -> bool:
    """Is this lower-case word a noun for a person: a role ("announcer"), a relative, a word of one sex ("lad")?

    Also by its ending ("technician", "ferryman"), so "the quarter" counts too: for the checks that only
    hold back a guess when somebody unnamed may be meant.
    """
    return (
        word in lx.ROLE_HEADS
        or word in KIN
        or word in lx.ROLE_GENDER
        or (len(word) > 4 and ROLE_SUFFIX_RE.search(word) is not None)
    )


#: Relatives whom the word names both ways: two brothers are each other's brother; a mother is not her daughter's.
_BOTH_WAYS = frozenset({"brother", "sister", "twin", "cousin"})
#: "the craft her grandmother taught": words read as one role, the relative someone else's.
_POSSESSIVES = frozenset({"his", "her", "its", "their"})
#: "The grandmother in question, Y X,": a role whose holder the name set after it gives.
_NAME_SET_AFTER_RE = re.compile(r"[^,.;:?!\n]{0,40}, [A-Z]")
#: Modifiers that make a role another person's: the shadow chancellor and
#: the deputy mayor are not the chancellor and the mayor, nor the next or the previous manager the manager.
_OTHER_HOLDER = frozenset(
    ("shadow", "deputy", "vice", "assistant", "junior", "next", "future", "previous", "prospective", "potential")
)

Binding = tuple[str, frozenset[str]]


def prev_para_start(text: str, pos: int) -> int:
    """Where the paragraph before the one holding ``pos`` starts."""
    j = text.rfind("\n", 0, pos)
    if j < 0:
        return 0
    while j > 0 and text[j - 1] == "\n":
        j -= 1
    return text.rfind("\n", 0, j) + 1


def resolve_pronoun(
    story: Story, word: str, pos: int, exclude: Entity | None = None, said_by: bool = False
) -> tuple[Entity | None, str | None]:
    """Who ``word`` (a subject pronoun at ``pos``) is, and the gender that teaches, if it was unknown.

    "it" and "they" are the last organisation.  A he/she is the person who
    last spoke, unless a person of that gender took over since; else a
    person known to be of that gender, unless one of unknown gender is much
    nearer. With ``said_by`` (a he/she a quote is attributed to, outside any
    quote), not the one a he/she of that gender just reported on.
    """
    w = word.lower()
    if w in ("it", "they"):
        # (not a body named only as the one spoken to: "X told Reuters", "(Reuters) -")
        found = _recent_unless(story, pos, lambda e: story.kind(e) == "org", _LISTENER_BEFORE_RE)
        return (found[0] if found else None), None
    g = "m" if w in lx.PRONOUNS_M else "f"

    towns = story.reg.towns()

    def known_gender(e: Entity) -> bool:
        # (not a town typed a person by its first word: "his home in Quarnby Springs, Tenn.")
        if e is exclude or e.index in towns:
            return False
        return story.kind(e) == "person" and e.strong and story.gender(e) == g

    placed = story.reg.named_only_after_places()

    def unknown_gender(e: Entity) -> bool:
        # ("A neighbour who opened the gate on Quarnby Rise ... she told reporters": a street, not her)
        return (
            story.kind(e) == "person"
            and e.strong
            and story.gender(e) is None
            and e is not exclude
            and e.index not in placed
        )

    # A person known to be of this gender wins over a more recent one of
    # unknown gender, unless that one is much nearer.
    # ("He said X had sat next to him. 'He told me ...,' he said": the reporter speaks, not X, who is the "He" inside)
    known = _recent_unless(story, pos, known_gender, _REPORTED_ON_BEFORE_RE[g] if said_by else _INTERVIEWER_BEFORE_RE)
    last = _last_speaker(story, pos, g, exclude)
    if last is not None and story.gender(last[0]) is None and last[0].index in placed:
        last = None  # ("A walker who found a deer on Vexley Common called ...": the common called no one)
    if last is not None and last[0] is not (known[0] if known else None):
        # The subject of the last speech verb keeps the pronoun unless a
        # person of the right gender took over in a later sentence.
        if known is None or known[1] < last[1] or not SENTENCE_END_RE.search(story.reg.text, last[1], known[1]):
            ent = last[0]
            return ent, (None if story.gender(ent) else g)
    unknown = _recent_unless(story, pos, unknown_gender, _INTERVIEWER_BEFORE_RE)
    if known is not None and (unknown is None or unknown[1] < known[1] or pos - known[1] < PRONOUN_REACH):
        if unknown is None or not (
            _introduced_here(story, unknown, known[1], pos) or _named_in_this_sentence(story, unknown, known[1], pos)
        ):
            return known[0], None
        # "Kit is Kit Vexwick, 19, who found her online. 'She's terrifying,' he says": the person this
        # paragraph introduces, with an age, though of a gender unknown, over one named paragraphs before
        return unknown[0], g
    if unknown is None:
        return None, None
    return unknown[0], g


def _recent_unless(story: Story, pos: int, ok: Callable[[Entity], bool], before: re.Pattern[str]) -> Found | None:
    """``story.recent(pos, ok)``, passing over a mention that ``before`` matches right before.

    A listener ("told Reuters") or the one interviewing ("in an interview with X") is not who speaks.
    """
    text = story.reg.text
    for ent, at in story.mentions_before(pos):
        if ok(ent) and not before.search(text, max(0, at - 50), at):
            if in_asked_clause(text, at, pos):
                continue  # ("Asked which Mrs Quill had won, she laughed": the one she was asked about, not she)
            return ent, at
    return None


def in_asked_clause(text: str, at: int, pos: int, start: int | None = None) -> bool:
    """Is the name at ``at`` in an "Asked about X," that opens the pronoun's sentence (or the one before it)?

    ``start``: where the sentence of the pronoun at ``pos`` starts, if the caller knows it already.
    """
    if not text[at : at + 1].isupper():
        return False  # (a role's or a pronoun's mention: "Asked about it, she said" of the one asked)
    s = sentence_start(text, pos) if start is None else start
    if _ASKED_OPENING_RE.match(text, s) is not None and _in_asked_about(text, s, at, pos):
        return True
    return at < s and _in_an_earlier_asked_clause(text, at, pos)


def _in_an_earlier_asked_clause(text: str, at: int, pos: int) -> bool:
    """Is the name at ``at`` (a capital) in the "Asked about X," that opens its own sentence, before the pronoun's?

    "Asked about a foul call on guard Aurek Vexley, he paused. / '...,' he said": Vexley was asked about; the he
    who paused, and speaks, is someone else. Only in the pronoun's paragraph or the one before, and where a
    person is the subject after the question ("he paused", "Quill laughed").
    """
    s = sentence_start(text, at)
    if _ASKED_OPENING_RE.match(text, s) is None or "," in text[s:at]:
        return False
    if len(_PARAGRAPH_BREAK_RE.findall(text, at, pos)) > 1:
        return False
    comma = text.find(", ", at)
    stop = SENTENCE_END_RE.search(text, at)
    # (the one asked then its subject, "he paused", "Quill laughed"; not "..., who was sent off, the club declined")
    closed = comma >= 0 and (stop is None or comma < stop.start())
    return closed and _ASKED_ONE_AFTER_RE.match(text, comma + 2) is not None


def asked_clause_start(text: str, pos: int) -> int | None:
    """Where the sentence of ``pos`` starts, if it opens "Asked ..."; None if not (then no mention is in one).

    "Asked whether he had spoken to the owner, X, he replied": the reported-speech reading of the he passes over
    the names of the question put.
    """
    s = sentence_start(text, pos)
    return s if _ASKED_OPENING_RE.match(text, s) is not None else None


def _in_asked_about(text: str, s: int, at: int, pos: int) -> bool:
    """``in_asked_clause(text, at, pos)`` for a pronoun whose sentence opens "Asked ..." at ``s`` (``at`` a capital)."""
    if not s <= at < pos:
        return False
    name = _CAPITALISED_RUN_RE.match(text, at)
    if name is not None and text.startswith(", ", name.end()) and not text[name.end() + 2 : name.end() + 3].isdigit():
        # "Asked whether he had spoken to the owner, Aurek Quill, he replied": a name set off by a comma in the
        # question (not "Asked about the vote, Councillor X hesitated and, after a pause, she said", nor "X, 52,
        # shrugged": the one asked, with a verb or an age of their own)
        return True
    comma = text.find(", ", at, pos)
    return comma >= 0 and "," not in text[s:at]


#: Capitalised words in a row: a name ("Aurek Quill", "Cllr Brisa Quill-Vexley").
_CAPITALISED_RUN_RE = re.compile(r"[A-Z][\w'\u2019\-]*(?: [A-Z][\w'\u2019\-]*)*")
#: Where paragraphs break.
_PARAGRAPH_BREAK_RE = re.compile(r"\n+")
#: After the question put, the one asked as its subject: "he", "she", a name.
_ASKED_ONE_AFTER_RE = re.compile(r"(?:he|she)\b|[A-Z]")
#: A sentence opening on the question someone was put: "Asked about X, she said", "Pressed on whether X ...,".
_ASKED_OPENING_RE = re.compile(r"(?:Asked|Pressed|Questioned|Quizzed|Challenged) ")


def is_outlet(story: Story, ent: Entity, pos: int) -> bool:
    """Was the organisation ``ent`` named before ``pos`` as one told, or one that saw a document?

    "X told Harbour Radio", "a report seen by the Quarnby Echo": a newspaper or broadcaster, which speaks
    for no body the story is about.
    """
    text = story.reg.text
    for e, at in story.mentions_before(pos):
        if e is ent and text[at : at + 1].isupper() and _OUTLET_BEFORE_RE.search(text, max(0, at - 25), at):
            return True  # (its name: "employees were told their access ..." makes no outlet of "their")
        if e is ent and _REVIEWED_BY_RE.search(text, max(0, at - 25), at) and _a_publication(ent):
            return True  # "records reviewed by the Quarnby Ledger"
        if e is ent and at < _DATELINE_REACH and text[at - 1 : at] == "(" and _DATELINE_END_RE.match(text, at):
            return True  # "QUARNBY (Vexwick Wire Service) --": the agency that filed the story
    return False


def _a_publication(ent: Entity) -> bool:
    """Does the name end on a word of a publication's or broadcaster's name ("Press", "Ledger", "Radio")?"""
    return ent.name.rsplit(" ", 1)[-1].lower() in _PUBLICATION_WORDS


def _named_in_this_sentence(story: Story, found: Found, other_at: int, pos: int) -> bool:
    """Is ``found`` named in the pronoun's own sentence, its rival (named at ``other_at``) only before it?

    "Among them was Professor X, whose book warned of what she called '...'": X, though her sex is not
    known, over a woman who spoke paragraphs before.
    """
    text = story.reg.text
    ps = sentence_start(text, pos)
    if not other_at < ps <= found[1]:
        return False
    title = word_before(text, found[1])
    return title is not None and title.rstrip(".").lower() in lx.HONORIFICS  # a title says it is a person


#: An age before a name, with what the person is between: "74-year-old retired teacher " (a role word last).
_AGED_BEFORE_RE = re.compile(r"\b(?:\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)-year-old (?:(?:[a-z\-]+ ){0,2}([a-z\-]+) )?$")


def _aged_role_before(text: str, lo: int, hi: int) -> bool:
    """'74-year-old retired teacher X': an age, then what X is (not "the 11-year-old was fouled by X")."""
    m = _AGED_BEFORE_RE.search(text, lo, hi)
    if m is None or " by " in m.group():
        return False  # (not "a nineteen-year-old punched by doorman X": the age is someone else's)
    w = m.group(1)
    return w is None or w in lx.ROLE_HEADS or ROLE_SUFFIX_RE.search(w) is not None


def _introduced_here(story: Story, found: Found, other_at: int, pos: int) -> bool:
    """Is ``found`` introduced with an age ("X, 19,", "74-year-old retired teacher X") in ``pos``'s paragraph, alone?

    The only person (or part of their name) named in the paragraph before
    ``pos``, while the rival (named at ``other_at``) is named only in
    earlier paragraphs.
    """
    reg = story.reg
    text = reg.text
    ps = text.rfind("\n", 0, pos) + 1
    if other_at >= ps or found[1] < ps:
        return False
    words_ = set(found[0].name.split())
    i, j = bisect.bisect_left(reg.timeline_pos, ps), bisect.bisect_left(reg.timeline_pos, pos)
    aged = False
    for at, e in zip(reg.timeline_pos[i:j], reg.timeline_ent[i:j], strict=True):
        if story.kind(e) != "person":
            continue
        if words_.isdisjoint(e.name.split()):
            return False
        run = reg.runs_by_start.get(at)
        aged = aged or (
            run is not None
            and (
                AGE_APPOS_RE.match(text, run.end) is not None
                or _aged_role_before(text, max(ps, run.start - 60), run.start)
            )
        )
    return aged


def _last_speaker(story: Story, pos: int, g: str, exclude: Entity | None) -> Found | None:
    """The person who last spoke (or was said to speak) near ``pos``, if their gender fits.

    That is the topic a he/she most likely continues.
    """
    found = story.last_said(pos)
    if found is None:
        return None
    ent, at = found
    gender = story.gender(ent)
    if ent is exclude or not ent.strong or gender not in (None, g) or story.kind(ent) != "person":
        return None  # (an organisation that spoke is an "it" or a "they", never a he or she)
    text = story.reg.text
    if at < prev_para_start(text, pos):
        return None
    if gender is None:
        # "His sous chef, Brisa Brook-Quarnby, ... described him as":
        # a his/him in the speaker's own sentence is somebody else.
        lo = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
        if _ASKED_OPENER_RE.match(text, lstrip_index(text, lo, at)):
            lo = at  # "Asked whether his side deserved a penalty, X said": the asked one's own "his"
        hi = SENTENCE_END_RE.search(text, at, min(len(text), at + 400))
        words_ = (" him ", " his ", "His ") if g == "m" else (" her ", "Her ")
        seg = text[lo : hi.end() if hi else at + 400]
        if any(w in seg for w in words_):
            return None
    return ent, at


#: A sentence opening on the question put to its subject: "Asked whether ...", "Asked about ...".
_ASKED_OPENER_RE = re.compile(r"(?:When )?[Aa]sked (?:whether|if|about|what|why|how|when|who)\b")
#: What comes right before one who interviews or questions: "in an interview with X", a sentence opening
#: "Asked by his barrister, X" (not "challenged by the local MP, X" in a passive: X may go on to speak).
_INTERVIEWER = (
    r"(?:interview with (?:the )?|(?:(?<![\s\S])|(?<=\n)|(?<=[.!?] )|(?<=[.!?][\u201d\u2019\"'] ))"
    r"(?:Asked|Questioned|Pressed|Cross-examined|Re-examined|Under (?:cross-examination|questioning)) by "
    r"(?:(?:his|her|their|the) [\w\- ]{1,30}, )?(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?)"
)
_INTERVIEWER_BEFORE_RE = re.compile(_INTERVIEWER + "$")
#: The same, or what comes right before the one a he or she reports on: "He said X had ...".
_REPORTED_ON_BEFORE_RE = {
    g: re.compile(rf"(?:{_INTERVIEWER}|\b{p} (?:said|says|recalled|added|insisted|explained) (?:that )?)$", re.I)
    for g, p in (("m", "he"), ("f", "she"))
}
#: What comes right before a listener's name: "told (the) X", "in an interview with X", a dateline's "(".
_LISTENER = (
    r"\b(?:told|tells|telling)|\binterview with|\b(?:speaking|spoke|talking|talked) (?:to|with)"
    # "told the late phone-in on Radio X", "speaking to the breakfast show on": the station of a show told
    r"|\b(?:told|tells|telling|to|with) (?:the |a |an )?(?:[\w\-]+ ){0,3}"
    r"(?:show|programme|program|phone-in|podcast|bulletin|broadcast|slot) (?:on|of)"
)
_LISTENER_BEFORE_RE = re.compile(rf"(?:{_LISTENER}|\()\s*(?:the\s+)?$")
#: A news agency's name in a dateline, up to the dash after it: "Vexwick Wire Service) --".
_DATELINE_END_RE = re.compile(r"[^()\n]{2,60}\)\s*[\u2014\u2013-]")
_DATELINE_REACH = 120
#: What comes right before a newspaper or broadcaster: the one told, or the one a document was seen by.
_OUTLET_BEFORE_RE = re.compile(rf"(?:{_LISTENER}|\b(?:seen|obtained) by)\s*(?:the\s+)?$")
#: "records reviewed by ": an outlet only when the name is a publication's (auditors and engineers review too).
_REVIEWED_BY_RE = re.compile(r"\b(?:reviewed|examined|analy[sz]ed) by\s*(?:the\s+)?$")
#: The last words of a publication's or a broadcaster's name.
_PUBLICATION_WORDS = frozenset(
    """press news times post herald journal ledger gazette chronicle tribune courier observer telegraph mail express
    guardian mercury echo review radio wire bulletin argus examiner inquirer record star mirror daily weekly""".split()
)
#: The same without the dateline: "(Quarnby Records)" after a title may be the label itself.
_TOLD_BEFORE_RE = re.compile(rf"(?:{_LISTENER})\s*(?:the\s+)?$")
#: "an analyst at ", "economists with the ": a firm named as a commentator's employer, not the story's company.
_ANALYSTS_FIRM_BEFORE_RE = re.compile(
    r"\b(?:analysts?|economists?|strategists?|brokers?|traders?|fund managers?) (?:at|with|from) (?:the )?$"
)
#: A council's building, never "the company" (but "Carrow Hall", "Vexley Tower", "Builders Depot" may well trade).
_CIVIC_HALLS = frozenset({"city hall", "town hall", "county hall", "village hall", "guildhall"})
#: "X, 33, who is charged with ...", "X, 44, of Quorran, denies ...", "X, 54, an art restorer from Y, denies":
#: a person on trial.
_ACCUSED_AFTER_RE = re.compile(
    r",? (?:\d{1,3}, )?(?:of [A-Z][\w\-]+(?: [A-Z][\w\-]+)?, (?:[A-Z][\w\-]+, )?)?(?:an? [^,.;:]{3,80}, )?"
    r"(?:who )?(?:is |has |had |was )?"
    r"(?:accused|charged|denies|denied|pleaded not guilty|admitted|admits"
    r"|on trial|standing trial|stands trial)\b"
)


def topic_person(story: Story, pos: int) -> Entity | None:
    """Whom 'the Italian' or 'the 23-year-old' at ``pos`` means.

    The first person the paragraph names, else the previous paragraph's first.
    """
    text = story.reg.text
    ps = text.rfind("\n", 0, pos) + 1
    for lo, hi in ((ps, pos), (prev_para_start(text, ps - 1) if ps > 1 else 0, ps)):
        for ent, at in story.mentions_after(lo):
            if at >= hi:
                break
            if story.kind(ent) == "person" and ent.strong and not _in_whose_clause(text, lo, at):
                return ent
    found = story.recent_kind(pos, "person", strong=True)
    return found[0] if found else None


#: The ages an age noun covers ("the teenager": 13 to 19).
_AGE_NOUN_RANGES = {
    "teenager": (13, 19),
    "teen": (13, 19),
    "octogenarian": (80, 89),
    "nonagenarian": (90, 99),
    "septuagenarian": (70, 79),
    "sexagenarian": (60, 69),
    "centenarian": (100, 120),
}
#: An age given with a name: "X, 19," or "X (19)" after it (AGE_APPOS_RE), "19-year-old (striker) X" before it.
_AGE_BEFORE_RE = re.compile(r"\b(\d{1,3})-year-old (?:[a-z]+ ){0,2}$")


def _ages(word: str | None, mods: frozenset[str]) -> tuple[int, int] | None:
    """The ages 'the teenager' or 'the 27-year-old' stands for, if it says."""
    for w in (word or "", *mods):
        if YEAR_OLD_RE.match(w):
            n = int(w.split("-", 1)[0])
            return n, n
    return _AGE_NOUN_RANGES.get(word or "")


def _of_age(story: Story, ages: tuple[int, int] | None, pos: int) -> Entity | None:
    """The one person named before ``pos`` with an age in ``ages`` ("19-year-old X", "X, 19,"); None if not one."""
    if ages is None:
        return None
    reg, text = story.reg, story.reg.text
    found: dict[int, Entity] = {}
    for ent, at in story.mentions_before(pos):
        run = reg.runs_by_start.get(at)
        if run is None or story.kind(ent) != "person" or not ent.strong:
            continue
        m = AGE_APPOS_RE.match(text, run.end) or _AGE_BEFORE_RE.search(text, max(0, at - 40), at)
        if m is not None and ages[0] <= int(m.group(1) or m.group(2)) <= ages[1]:
            found[id(ent)] = ent
    return next(iter(found.values())) if len(found) == 1 else None


def next_with_role(story: Story, head: str, pos: int, reach: int = CATAPHORA_REACH) -> Entity | None:
    """The person named with the role ``head`` just after ``pos``.

    'An MP has criticised the budget ... Aurek Vexmoor, the MP for X, said'.
    """
    head = lx.ROLE_SYNONYMS.get(head, head)
    for ent, at in story.mentions_after(pos):
        if at >= pos + reach:
            break
        if story.kind(ent) == "person" and any(h == head or h.split()[-1] == head for h, _m in story.roles(ent)):
            return ent
    return None


#: What parts a name from an apposition to it: ", " and maybe an age (", 61, ").
_APPOSITION_BEFORE_RE = re.compile(r"(?:, \d{1,3})?, $")


def introduced_unnamed(story: Story, head: str, pos: int) -> bool:
    """Was "the <head>" at ``pos`` introduced just before as "a/an/one ... <head>", and nobody named since?

    "A senior party official was blunter. '...,' the official said": the
    official is nobody the article names, not the last person named.
    """
    text = story.reg.text
    lo = _paragraph_before(story, pos)
    if not _head_in(text, head, lo, pos):
        return False  # the word itself is not there before: no introduction (most calls; the cheaper scan)
    intro = _last_indefinite_intro(text, head, lo, pos)
    if intro is None or story.reg.in_quote(intro[0]):
        return False
    start, end = intro
    appos = _APPOSITION_BEFORE_RE.search(text, max(0, start - 8), start)
    if appos is not None and story.reg.runs_by_end.get(appos.start()) is not None:
        # "the Quorran Rescue Team, a local group,", "Otso Quill, 61, a captain at ...": an apposition to a
        # name, not an unnamed one
        return False
    # A name given to that person since ("..., Jo Bloggs, the official") would have bound the role;
    # names later in the sentence that introduced them are others ("A source said Jo Bloggs had called").
    stop = min((k for k in (text.find(". ", end, pos), text.find("\n", end, pos)) if k >= 0), default=pos)
    # ("A Tarnholm food company is recalling ..." then "Quorran Provisions said": an organisation named since
    # is the company)
    kinds = ("person", "org") if head in lx.ORG_HEADS else ("person",)
    for ent, at in story.mentions_before(pos):
        if at < start:
            return True
        if story.kind(ent) in kinds and ent.strong and not (end + 3 < at < stop):
            return False
    return True


def introduced_anonymous(story: Story, head: str, pos: int) -> bool:
    """Is "the <head>" at ``pos`` someone this paragraph or the one before said it would not name?

    "A physician, who asked not to be named, said ... / '...,' the doctor said": that person, whatever
    word the article used for them, if nobody was named since -- unless someone the article described as
    "the <head>" was mentioned before ("the coroner, X" then "the coroner concluded") and the one not named
    was not described by that word.
    """
    if head not in lx.ROLE_HEADS or head in lx.ORG_HEADS or (head in lx.SPOKES_HEADS and head != "official"):
        return False  # a body, or a body's spokesperson, speaks for it named or not
    text = story.reg.text
    last = anonymous_before(story.reg, pos)
    if last is None:
        return False
    if head == "official" and last.start() < text.rfind("\n", 0, pos):
        # an official is one the article would not name only in the same paragraph ("One senior figure at the
        # agency, speaking on condition of anonymity, told ..."); else one speaking for the body
        return False
    for ent, at in story.mentions_before(pos):  # nearest first
        if at < last.end():
            break
        if story.kind(ent) == "person" and ent.strong:
            return False
    holders = [e for e in story.role_holders(head) if story.kind(e) == "person" and any(h == head for h, _m in e.roles)]
    since = max(text.rfind(". ", 0, last.start()), text.rfind("\n", 0, last.start()), 0)
    described = _head_in(text, head, since, last.start())  # in the sentence that would not name them
    return not holders or described or story.recent(pos, lambda e: any(e is h for h in holders)) is None


def anonymous_before(reg: Registry, pos: int) -> re.Match | None:
    """The last words, in this paragraph or the one before and outside quotes, saying someone is not to be named.

    ("who asked not to be named", "on condition of anonymity"; None when the last such words are quoted.)
    """
    lo = prev_para_start(reg.text, pos)
    last = last_match(ANONYMOUS_RE, reg.text, lo, pos) if anonymity_words_in(reg.text, lo, pos) else None
    return None if last is None or reg.in_quote(last.start()) else last


def _paragraph_before(story: Story, pos: int) -> int:
    """Where the paragraph before ``pos``'s starts; paragraphs a quote runs on through count as one."""
    text, reg = story.reg.text, story.reg
    lo = text.rfind("\n\n", 0, pos)
    while lo > 0 and reg.in_quote(lo + 3):
        lo = text.rfind("\n\n", 0, lo)  # (a paragraph that continues a quote)
    return max(0, text.rfind("\n\n", 0, lo)) if lo > 0 else 0


#: How an unnamed person is introduced: "a", "an", "one" or "another" (then up to three words, then the head).
#: The same as ``(?<![\w\-])(?:[Aa]n?|[Oo]ne|[Aa]nother) ``, each word written as its first letter, then
#: ``(?<![\w\-].)`` (that lookbehind, read after the letter), then the rest, in the same order: the pattern starts
#: with a letter, so the engine skips to candidate letters instead of trying the lookbehind everywhere.
_INDEFINITE_RE = re.compile(
    r"(?:A(?<![\w\-].)n?|a(?<![\w\-].)n?|O(?<![\w\-].)ne|o(?<![\w\-].)ne|A(?<![\w\-].)nother|a(?<![\w\-].)nother) "
)
#: One of the (up to three) words between that determiner and the head.
_INTRO_WORD_RE = re.compile(r"[\w\-\u2019']+ ")


def _last_indefinite_intro(text: str, head: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Where the last "a", "an", "one" or "another", up to three words, then ``head`` in ``text[lo:hi]`` is.

    What :func:`~.tokens.last_match` finds of one pattern of the determiner, the words and the head (as
    ``finditer`` reads it), without compiling such a pattern for every head: the determiner and each word
    can end in one place only, so the words are read greedily and the head tried after three, then two,
    one and none of them.
    """
    head_at = functools.partial(_head_end, text, head)
    word_at = _INTRO_WORD_RE.match
    found = None
    p = lo
    while (d := _INDEFINITE_RE.search(text, p, hi)) is not None:
        ends = [d.end()]
        while len(ends) < 4 and (w := word_at(text, ends[-1], hi)) is not None:
            ends.append(w.end())
        h = next((h for k in reversed(ends) if (h := head_at(k, hi)) is not None), None)
        if h is None:
            p = d.start() + 1
        else:
            found = (d.start(), h)
            p = h
    return found


@functools.lru_cache(maxsize=256)
def _head_word(head: str) -> re.Pattern:
    """``head`` as a word in any case: how an indefinite introduction ends, looked for first."""
    return re.compile(rf"(?i:{re.escape(head)})\b")


#: The only characters that match a letter of the ASCII alphabet in any case and are not in it: dotted and
#: dotless I, long s, the Kelvin sign. (Without them, lower case keeps every character of a text in its place.)
_CASE_ODDITIES = ("\u0130", "\u0131", "\u017f", "\u212a")


@functools.lru_cache(maxsize=1)
def _folded(text: str) -> str | None:
    """``text`` in lower case, where an ASCII word is found in any case as :func:`_head_word` finds it; else None."""
    return None if any(c in text for c in _CASE_ODDITIES) else text.lower()


def _head_end(text: str, head: str, at: int, hi: int) -> int | None:
    """Where ``_head_word(head).match(text, at, hi)`` ends, or None: read in the lower-cased text when it can be."""
    folded = _folded(text) if head.isascii() and head else None
    if folded is None:
        m = _head_word(head).match(text, at, hi)
        return None if m is None else m.end()
    end = at + len(head)
    if not folded.startswith(head.lower(), at, hi):
        return None
    word_after = end < hi and (text[end].isalnum() or text[end] == "_")
    return end if word_after != (head[-1].isalnum() or head[-1] == "_") else None  # (a word's boundary)


def _head_in(text: str, head: str, lo: int, hi: int) -> bool:
    """Does ``_head_word(head)`` find ``head`` in ``text[lo:hi]`` (compiled only if the lower case will not do)?"""
    folded = _folded(text) if head.isascii() and head else None
    if folded is None:
        return _head_word(head).search(text, lo, hi) is not None
    low = head.lower()
    at = folded.find(low, lo, hi)
    while at >= 0:
        if _head_end(text, head, at, hi) is not None:
            return True
        at = folded.find(low, at + 1, hi)
    return False


def has_role(story: Story, head: str) -> bool:
    """Does anyone in the story hold the role ``head``?"""
    head = lx.ROLE_SYNONYMS.get(head, head)
    return bool(story.role_holders(head.split()[-1]))


def resolve_role(
    story: Story,
    word: str | None,
    mods: frozenset[str],
    det: str | None,
    pos: int,
    guess: bool = True,
    quoted: bool = False,
) -> tuple[Entity | None, Binding | None]:
    """Who 'the minister' (head ``word``, modifiers ``mods``, determiner ``det``) at ``pos`` is.

    Returns the entity and, when the answer is a guess at the most recent
    fitting person, the role binding (head, modifiers) that it teaches.
    With ``guess`` false, nobody is guessed from further on in the text;
    ``quoted`` says the mention is inside a quote.
    """
    if word in lx.FORMS_OF_ADDRESS:
        return _addressed(story, word, mods, pos), None
    if "their" in mods:
        # "the land their father left": two noun phrases read as one; the role is theirs, whoever they are
        det, mods = "their", frozenset()
    if (
        word in lx.DEMONYMS
        or word in lx.AGE_NOUNS
        or YEAR_OLD_RE.match(word or "")
        or (det == "the" and any(YEAR_OLD_RE.match(m) for m in mods))
    ):
        # "the teenager", "the 27-year-old striker": whoever alone was given such an age, else the story's subject
        aged = _of_age(story, _ages(word, mods), pos) if word not in lx.DEMONYMS else None
        return (aged or topic_person(story, pos)), None  # "the Italian"
    head = lx.ROLE_SYNONYMS.get(word or "", word or "")
    if "prime" in mods and head == "minister":
        head = "prime minister"
    mods = mods - {"prime"}
    if (
        head in lx.ORG_HEADS
        and head not in lx.ROLE_HEADS
        or head in ("company", "firm", "group")
        or (det == "the" and head not in lx.ROLE_HEADS and story.reg.org_head(head))
    ):
        org = _org_by_head(story, head, pos, mods)
        # ("the company said" taught: the same noun means the same body later, whatever body was named between)
        taught = org is not None and det == "the" and not mods and head in _CALLED_SO_AGAIN
        return org, ((head, frozenset()) if taught else None)
    holder = _role_holder(story, head, mods, pos, quoted)
    if head in KIN:
        holder = _relative_holder(story, holder, head, mods, det, pos, quoted)
    if holder is not None:
        return holder, None
    if det in lx.INDEFINITE or det in ("my", "our", "your", "their"):
        return None, None
    if head in KIN and det in ("his", "her"):
        return _kin(story, head, det, pos), None
    if head in ("defendant", "accused") and det == "the":
        accused = _on_trial(story)
        if accused is not None:
            return accused, (head, frozenset(mods))
    if head in _UNNAMED_UNLESS_NAMED or _kin_of_a_name(story, head, det, pos):
        return None, None  # "the reporter asked": one the article named would hold the role; nobody does
    if head == "witness" and det == "the" and not mods and not quoted:
        ent = _the_witness(story, pos)
        return (ent, (head, frozenset())) if ent is not None else (None, None)
    if head in _SOMEBODY and not quoted:
        # "the man said", "the driver told us", nobody described so: somebody the article does not name, not
        # whoever was named last (a named person is "the man" only once the article has said so)
        return None, None
    if _role_introduced(story.reg.text, det, pos):
        sex = lx.ROLE_GENDER.get(word or "") if word not in lx.OFFICES_OF_EITHER_SEX else None
        ent = _next_person(story, pos, CATAPHORA_REACH, sex)
        return (ent, (head, frozenset(mods))) if ent is not None else (None, None)
    if head in KIN and det == "the" and not mods & _POSSESSIVES and not _NAME_SET_AFTER_RE.match(story.reg.text, pos):
        ent = _the_family_member(story, head, pos)
        if ent is not None:
            return ent, (head, frozenset(mods))
    if det == "the" and not mods and head not in KIN and (ent := _named_next_in_role(story, head, pos)) is not None:
        return ent, None  # '"Take your time," the coroner said. / ..., assistant coroner X said': X, not a guess
    if det == "the" and not mods and _holds_it_as_another(story, head):
        return None, None  # "Assistant coroner X ... the coroner asked": no guess at another (the one who died)
    ent = _guess_holder(story, lx.ROLE_GENDER.get(word or ""), det, pos, guess, head if head in KIN else None)
    return (ent, (head, frozenset(mods))) if ent is not None else (None, None)


#: A relative's word and the named person whose relative they are: "the sister of Quill", "The mother of Aurek".
_KIN_OF_A_NAME_RE = re.compile(r"[Tt]he (?:[a-z\-]+ ){0,2}?[a-z]+ of (?:the late )?[A-Z]")


def _kin_of_a_name(story: Story, head: str, det: str | None, pos: int) -> bool:
    """Is the role at ``pos`` "the sister of Quill": a relative of one named, whom the article does not name?"""
    m = _KIN_OF_A_NAME_RE.match(story.reg.text, pos) if head in KIN and det == "the" else None
    if m is None:
        return False
    # (not where another person of that surname was named: "Maud Vexley ... The widow of Osbert Vexley told": her)
    run = story.reg.runs_by_start.get(m.end() - 1)
    ent = story.entity_of(run) if run is not None else None
    last = ent.last if ent is not None else None
    if last is None:
        return True  # (no surname to share: "the sister of Quill", Quill named no other way)
    return not any(e is not ent and e.last == last and story.kind(e) == "person" for e in story.reg.entities)


#: Modifiers of a role whose holder may stand in for its plain holder ("assistant coroner", "deputy coroner").
_STANDS_IN_FOR = frozenset({"assistant", "deputy"})
#: Nouns for a business that, once "the company" has meant one body, mean it again later.
_CALLED_SO_AGAIN = frozenset({"company", "firm", "operator", "airline", "carrier", "retailer", "insurer", "lender"})


def _holds_it_as_another(story: Story, head: str) -> bool:
    """Does someone in the story hold the role ``head`` as its deputy or assistant ("assistant coroner")?

    (Not a shadow: "the chancellor" beside a shadow chancellor is the other side's, whom a guess may find.)
    """
    return any(
        h.split()[-1] == head and not ms.isdisjoint(_STANDS_IN_FOR)
        for ent in story.role_holders(head)
        for h, ms in story.roles(ent)
    )


def _the_witness(story: Story, pos: int) -> Entity | None:
    """Who "the witness" at ``pos`` is: the one said to give evidence, else the last named but not the last to speak.

    '"You never wrote, did you?" Mr X asked. / "No," the witness replied.': the one questioned, never the one who
    just asked; "X, who ..., gave evidence for a second day": X.
    """
    giving = _giving_evidence(story, pos)
    if giving is not None:
        return giving
    said = story.last_said(pos)
    found = story.recent(pos, lambda e: story.kind(e) == "person" and e.strong and (said is None or e is not said[0]))
    return found[0] if found is not None else None


#: Words of rank that leave a role the same office ("assistant coroner" is "the coroner" at an inquest).
_RANKS_OF_AN_OFFICE = frozenset({"assistant", "senior", "deputy", "acting", "interim", "area"})


def _named_next_in_role(story: Story, head: str, pos: int) -> Entity | None:
    """The person the article names with the role ``head`` just after ``pos``, of no other office of that name.

    Only one whose role carries no words but ranks ("assistant coroner X"): "Shadow chancellor X" is not "the
    chancellor", nor "Quarnby coach X" the coach of another team.
    """
    ent = next_with_role(story, head, pos)
    if ent is None:
        return None
    roles = [m for h, m in story.roles(ent) if h == head or h.split()[-1] == head]
    return ent if roles and all(m <= _RANKS_OF_AN_OFFICE for m in roles) else None


def _addressed(story: Story, word: str, mods: frozenset[str], pos: int) -> Entity | None:
    """Who "Her Honour" or "His Lordship" (``word``, with "her" or "his" in ``mods``) at ``pos`` is.

    The last person named before who holds one of the offices that form of address is for
    (:data:`.lexicon.FORMS_OF_ADDRESS`), by a role ("Magistrate X", "the coroner, X,") or a title kept
    before the name ("Mr Justice X", "Lord X"), and is not of the other sex; nobody when no one does -- never
    a guess at whoever was named last.
    """
    offices = lx.FORMS_OF_ADDRESS[word]
    sex = "m" if "his" in mods else "f" if "her" in mods else None
    titled = {
        run.entity.index
        for run in story.reg.runs_by_start.values()
        if run.entity is not None and not offices.isdisjoint(map(str.lower, (*run.prefix, *run.name_words[:1])))
    }
    for ent, _at in story.mentions_before(pos):
        if story.kind(ent) != "person" or ent.gender not in (None, sex):
            continue
        if ent.index in titled or any(h.split()[-1] in offices for h, _ms in story.roles(ent)):
            return ent
    return None


def _next_person(story: Story, pos: int, reach: int, sex: str | None = None) -> Entity | None:
    """The first person named within ``reach`` after ``pos``, by name (no role bound to them by a guess).

    With ``sex``, the role's ("the victim's widow"), none if that one is known to be of the other.
    """
    for ent, at in story.mentions_after(pos):
        if at >= pos + reach:
            return None
        if story.kind(ent) == "person" and ent.strong and _by_name_at(story.reg.text, at):
            # (the first named of the other sex: unclear, not a walk on to the next, often another party)
            return ent if sex is None or story.gender(ent) in (None, sex) else None
    return None


def _role_introduced(text: str, det: str | None, pos: int) -> bool:
    """Does the role at ``pos`` introduce somebody, by whose it is?

    "Quarnby's best-known former player wrote", "the valley's leading campaigner called": someone introduced
    here, whom the article names next if at all -- not whoever was named last.
    """
    if det is None:
        return _POSSESSOR_BEFORE_RE.search(text, max(0, pos - 40), pos) is not None
    return det == "the" and _THE_PLACE_S_RE.match(text, pos) is not None


def _by_name_at(text: str, at: int) -> bool:
    """Is the mention at ``at`` a name (a capital, no determiner), not a role bound to someone ("the chair")?"""
    return text[at : at + 1].isupper() and not text.startswith(_DETERMINERS_CAPITALISED, at)


_DETERMINERS_CAPITALISED = ("The ", "His ", "Her ", "Its ", "Their ", "My ", "Our ")


def _org_that_spoke(story: Story, pos: int) -> Entity | None:
    """The organisation named, just before ``pos``, as the subject of a speech verb ("X said it would ..."), if any."""
    reg = story.reg
    for ent, at in story.mentions_before(pos):
        if pos - at >= _ORG_SPOKE_REACH:
            return None
        run = reg.runs_by_start.get(at)
        if run is not None and story.kind(ent) == "org" and not reg.in_quote(at) and reg.speech_follows(run.end):
            # "X, which is owned by the firm Y, said": the clause closes on Y, but X is who spoke (not "X, whose
            # parent company Y said on Monday it would ...": Y the clause's own subject, speaking)
            closes = reg.text.startswith(",", run.end)
            return (_antecedent_of_a_clause(story, at) if closes else None) or ent
    return None


def _antecedent_of_a_clause(story: Story, at: int) -> Entity | None:
    """The body a relative clause holding ``at`` is about ("X, which is owned by Y": X), if any."""
    text = story.reg.text
    clause = _RELATIVE_CLAUSE_TO_RE.search(text, sentence_start(text, at), at)
    run = story.reg.runs_by_end.get(clause.start()) if clause is not None else None
    ent = story.entity_of(run) if run is not None else None
    return ent if ent is not None and story.kind(ent) == "org" else None


#: ", which is owned by the private equity firm " up to a name: a relative clause, no comma inside.
_RELATIVE_CLAUSE_TO_RE = re.compile(r", (?:which|that|whose) [^,;:.]*$")


#: How near (characters) a body's own speech must be for "the group said" to go on with it.
_ORG_SPOKE_REACH = 250
#: Nouns any kind of body is called by.
_GENERIC_ORG_HEADS = frozenset({"group", "organisation", "organization", "body", "campaign"})
#: "the glen's ", "the club's ": a role of a place or a body that the article has not named yet.
_THE_PLACE_S_RE = re.compile(r"[Tt]he [a-z]+(?:'s|\u2019s) ")
#: A name in 's and up to two words before a role: "Quarnby's best-known former", "Quarnby Council's".
_POSSESSOR_BEFORE_RE = re.compile(r"(?:[A-Z][\w-]*|\b[Tt]he [a-z]+)(?:'s|\u2019s) (?:[\w-]+ ){0,2}$")


#: What a witness does: "gave evidence", "took the stand", "testified".
_EVIDENCE_RE = re.compile(
    r"\b(?:gave|giving|give|gives|given) (?:her |his )?evidence\b|\b(?:took|taking|takes) the (?:witness )?stand\b"
    r"|\btestif(?:ied|ying|ies)\b"
)


def _giving_evidence(story: Story, pos: int) -> Entity | None:
    """The person last said to give evidence before ``pos``: the first person named in that sentence, outside quotes."""
    text = story.reg.text
    m = last_match(_EVIDENCE_RE, text, 0, pos)
    if m is None:
        return None
    lo = sentence_start(text, m.start())
    return next(
        (
            e
            for at, e in story.named_between(lo, m.start())
            if story.kind(e) == "person" and e.strong and not story.reg.in_quote(at)
        ),
        None,
    )


#: "was told by ", "had been warned by the ": the agent of a passive speech verb comes next.
_PASSIVE_AGENT_BEFORE_RE = re.compile(r"\b(?:was|were|been|being) (?:told|asked|warned|informed|reminded) by $")


#: A he or she earlier in a role's sentence ("She says the surgeon ..."), and a role that describes it ("he was
#: the coach", "she is now the mayor", "as the captain"): then the role is that person's own.
_HE_SHE_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_DESCRIBES_IT_RE = re.compile(
    r"\b(?:is|was|became|becomes|as|remains|remained|be|been|being)(?: \w+ly)?(?: now| still)? $"
)


def _their_he_or_she_before(story: Story, ent: Entity, pos: int) -> bool:
    """Does a he or she before ``pos`` in the role's sentence already mean ``ent`` (so the role is someone else)?"""
    text = story.reg.text
    ss = sentence_start(text, pos)
    he = last_match(_HE_SHE_RE, text, ss, pos)
    if he is None or story.reg.in_quote(he.start()) or _DESCRIBES_IT_RE.search(text, max(ss, pos - 30), pos):
        return False
    if "," in text[he.end() : pos]:
        return False  # "When he arrived, the chief executive promised": an opening clause's he may be the role's
    return resolve_pronoun(story, he.group().lower(), he.start())[0] is ent


def _subject_just_before(story: Story, found: Found, pos: int) -> bool:
    """Does ``found``'s mention open the sentence before ``pos``'s, in this paragraph or the one before?"""
    text = story.reg.text
    at = found[1]
    if at < prev_para_start(text, pos):
        return False
    s = sentence_start(text, at)
    if lstrip_index(text, s, at) != at:
        return False
    # no full sentence between the subject's and the role's
    return len(SENTENCE_END_RE.findall(text, at, pos)) <= 1


def _guess_holder(
    story: Story, gender: str | None, det: str | None, pos: int, guess: bool, kin: str | None = None
) -> Entity | None:
    """Whom a role nobody was described with at ``pos`` most likely means (``gender``: the role word's sex).

    The most recent person not already known by another role (the
    prosecutor is not "the defendant"), when no other such person was named
    before (two could hold it: nobody) or that person opened the sentence before;
    never the one a his/her names; else
    someone named earlier in the same sentence; else, with ``guess``, the
    next person named (the role points forward), else the last. For a relative's word (``kin``), never one
    the article made another relative ("his son, X" is not "the father").
    """

    def free(e: Entity) -> bool:
        return story.kind(e) == "person" and e.strong and not (kin is not None and _another_relative(story, e, kin))

    def fits(e: Entity) -> bool:
        g = story.gender(e)
        return story.kind(e) == "person" and e.strong and not story.roles(e) and g in (None, gender or g)

    found = story.recent(pos, fits)
    if found is not None and _rivalled(story, found, pos, fits):
        # two people could hold the role: a guess between them is no answer (unless the last of them opened the
        # sentence before: "X levelled on 58 minutes. '...,' the striker said") -- but one the next sentence
        # introduces may be the answer ('"...," the coach said. X Y, who has trained them since 2019, added')
        return _first_named_next(story, pos) if kin is None and det == "the" else None
    if found is None and not guess:
        return None
    if found is not None and det in ("his", "her"):
        owner, _g = resolve_pronoun(story, "he" if det == "his" else "she", pos)
        if found[0] is owner:
            return None  # "X signed the lease, his accountant said", "her trainer said": somebody of theirs, never them
    if found is not None and det == "the" and kin is None and _their_he_or_she_before(story, found[0], pos):
        return None  # "She says the surgeon gave her a choice": the one the sentence calls "she" is not the surgeon
    if found is None and _PASSIVE_AGENT_BEFORE_RE.search(story.reg.text, max(0, pos - 40), pos):
        return None  # "X was told by the chair of a committee that ...": the one told is X, the chair nobody named
    if found is None:
        # "sold winger X to Y, closing a spell in which the forward ...": someone this sentence named already
        found = _named_earlier_in_sentence(story, pos, gender)
    # Nobody yet: the role points forward ("its lead author ... Dr X").
    if kin is not None and found is None:
        ent = story.next(pos, free)
        found = story.recent(pos, free) if ent is None else None
        return ent or (found[0] if found else None)
    ent = found[0] if found else story.next(pos, lambda e: story.kind(e) == "person" and e.strong)
    if ent is None:
        # the last person named -- not one the article gave another role ("X, an engineer," is no "the coroner")
        found = story.recent(pos, lambda e: story.kind(e) == "person" and e.strong and not story.roles(e))
        ent = found[0] if found else None
    return ent


def _first_named_next(story: Story, pos: int) -> Entity | None:
    """'"...," the runner-up admitted. Aurek Vexley, 24, had led ...': whom the next sentence first names.

    A person named in full, never before, where the sentence after begins (in the same paragraph).
    """
    text = story.reg.text
    if _ROLE_SPEAKS_RE.match(text, pos) is None:
        return None  # (only the speaker of a speech verb: "counted the head torches. X Y, ..." names no head)
    end = text.find(". ", pos, pos + _NEXT_SENTENCE_REACH)
    if end < 0 or "\n" in text[pos:end]:
        return None
    run = story.reg.runs_by_start.get(end + 2)
    ent = story.entity_of(run) if run is not None and len(run.name_words) >= 2 and not run.prefix else None
    if ent is None or story.kind(ent) != "person" or story.recent(pos, lambda e: e is ent) is not None:
        return None
    return ent


def _the_family_member(story: Story, head: str, pos: int) -> Entity | None:
    """One of a family the article named: "the father" after "his son, X" is X's family's one other man.

    Of the surnames of people the article made relatives, the one person of that surname (and of the word's
    sex) who holds no other relative's word; None when there are none or several.
    """
    families = {e.last for k in KIN if k != head for e in story.role_holders(k) if story.kind(e) == "person" and e.last}
    if not families:
        return None
    sex = lx.ROLE_GENDER.get(head)
    found = {
        id(e): e
        for e, at in story.mentions_before(pos)
        if e.last in families
        and story.kind(e) == "person"
        and e.strong
        and e.name_len >= 2
        and story.gender(e) in (None, sex or story.gender(e))
        and not _another_relative(story, e, head)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _named_earlier_in_sentence(story: Story, pos: int, gender: str | None) -> Found | None:
    """The person of ``gender`` (if given) last named in the sentence before ``pos``, if any."""

    def fits(e: Entity) -> bool:
        return story.kind(e) == "person" and e.strong and story.gender(e) in (None, gender or story.gender(e))

    found = _recent_unless(story, pos, fits, _LISTENER_BEFORE_RE)  # (not "told X", nor a dateline's "(X)")
    return found if found is not None and found[1] >= sentence_start(story.reg.text, pos) else None


#: People a report seldom names (the ones asking at a news conference, a crowd's voices): "the reporter"
#: is somebody only if the article named a reporter.
_UNNAMED_UNLESS_NAMED = frozenset(
    {"reporter", "journalist", "questioner", "heckler", "caller", "bystander", "onlooker"}
)


#: Words for anybody, no office that the article would name its holder by: "the woman", "the passenger".
_SOMEBODY = lx.PERSON_NOUNS | frozenset(
    """man woman boy girl person other lady gentleman driver crew employee worker student waiter waitress barman
    barmaid bartender cashier receptionist cabbie""".split()
)


def _in_whose_clause(text: str, lo: int, at: int) -> bool:
    """Is ``at`` inside a "whose ..." clause ("The striker, whose brother Ezio marshalled the defence,")?"""
    k = text.rfind(", whose ", max(lo, at - 60), at)
    return k >= 0 and text.find(",", k + 2, at) < 0


def _on_trial(story: Story) -> Entity | None:
    """The person the article says is on trial or accused: whom "the defendant" means.

    The first named so, wherever: before "the defendant" as a rule, and after it when the article opens on
    "the defendant" before naming anyone.
    """
    text = story.reg.text
    for ent, at in story.mentions_after(0):
        if story.kind(ent) != "person":
            continue
        run = story.reg.runs_by_start.get(at)
        end = run.end if run is not None else at
        if text.endswith("trial of ", max(0, at - 9), at) or _ACCUSED_AFTER_RE.match(text, end, end + 150):
            return ent
    return None


def _kin(story: Story, head: str, det: str, pos: int) -> Entity | None:
    """Whom "her husband" or "his sister" at ``pos`` means, when no one was described so.

    The person "her" or "his" is (else the article's first-named person),
    then someone else of the same surname (and of the relative's sex, if
    the word says it); nobody when there is no such person: the nearest
    person named is a guess, wrong more often than right on the tuning sets.
    """
    owner, _g = resolve_pronoun(story, "she" if det == "her" else "he", pos)
    quoted = story.last_quoted(pos)
    if (
        quoted is not None
        and pos - quoted[1] < _KIN_OF_SPEAKER_REACH
        and story.kind(quoted[0]) == "person"
        and story.gender(quoted[0]) in (None, "f" if det == "her" else "m")
        and not _someone_else_named(story, quoted[0], quoted[1], pos)
    ):
        owner = quoted[0]  # "'...,' says Brisa Quill. / Her sister says ...": the one who just spoke, her sister
    sex = lx.ROLE_GENDER.get(head)
    # ... else the person the article is about, whose family an obituary or a profile lists
    subject = next((e for e in story.reg.entities if story.kind(e) == "person" and e.strong), None)
    for who in (owner, subject):
        if who is None or not who.last or story.gender(who) not in (None, "f" if det == "her" else "m"):
            continue

        for halves in (False, True):
            # (the same surname first; else one that is a whole half of the other: "Quill" and "Marten-Quill")

            def fits(e: Entity, who: Entity = who, halves: bool = halves) -> bool:
                return _relative_of(story, e, who, head, sex, halves)

            found = story.recent(pos, fits)
            ent = found[0] if found else story.next(pos, fits)
            if ent is not None:
                return ent
    return None


def _relative_of(story: Story, e: Entity, who: Entity, head: str, sex: str | None, halves: bool) -> bool:
    """Could ``e`` be the relative ``head`` ("sister") of ``who``: another person of their surname?

    With ``halves``: one whose surname is a whole half of the other's double-barrelled one, and who is in the story
    for no office of theirs (a judge, a lawyer).
    """
    if e is who or story.kind(e) != "person" or not e.last or not who.last:
        return False
    if halves:
        if not _one_half_of_the_other(e.last, who.last) or any(h in _OFFICIALS for h, _m in story.roles(e)):
            return False  # (not "Judge Osbert Quarnby-Marten", "a lawyer, Aurek Marten-Quill": there in office)
    elif e.last != who.last:
        return False
    return (
        e.first is not None
        and e.first != who.first
        and story.gender(e) in (None, sex or story.gender(e))
        and not _another_relative(story, e, head)  # "their son, X" is no husband
    )


def _one_half_of_the_other(a: str, b: str) -> bool:
    """Is one surname a whole half of the other, double-barrelled one ("quill" and "marten-quill")?

    Not two double names sharing a half, nor a particle ("al-quarnby" and "al-marten").
    """
    if a.count("-") + b.count("-") != 1:
        return False
    single, double = (a, b) if "-" in b else (b, a)
    return single not in _SURNAME_PARTICLES and single in double.split("-")


#: Roles in which a person is in a story for their office, not as somebody's family: a judge, a lawyer.
_OFFICIALS = frozenset(
    "judge lawyer barrister solicitor attorney prosecutor coroner magistrate officer inspector detective sergeant "
    "constable sheriff councillor clerk spokesman spokeswoman spokesperson".split()
)
#: Particles that open a surname with a hyphen ("al-", "el-", "bin-"): a surname's particles, and Arabic ones.
_SURNAME_PARTICLES = frozenset(PARTICLE_SET | {"el", "ben", "abu"})


def _someone_else_named(story: Story, ent: Entity, lo: int, hi: int, sex: str | None = None) -> bool:
    """Is a person other than ``ent`` (of ``sex`` or unknown sex, if given) named, outside quotes, in ``[lo, hi)``?"""
    pos, ents = story.reg.timeline_pos, story.reg.timeline_ent
    i = bisect.bisect_left(pos, lo)
    while i < len(pos) and pos[i] < hi:
        e = ents[i]
        if e is not ent and story.kind(e) == "person" and (sex is None or story.gender(e) in (None, sex)):
            return True
        i += 1
    return False


def _another_relative(story: Story, ent: Entity, head: str) -> bool:
    """Does the article call ``ent`` a relative other than ``head`` ("their son, X" is no husband)?"""
    return any(h in KIN and h != head for h, _m in story.roles(ent))


#: How near (characters) the last speaker must be for "his brother said" to be someone else: the next quote.
_KIN_OF_SPEAKER_REACH = 300


# From an organisation's name to a noun it owns, in one clause: "Quarnholt Council's licensing team".
_OWNER_BEFORE_RE = re.compile(r"[^.;:!?\n]*?(?:'s|\u2019s)\s")


def _capitalised_before(text: str, pos: int, head: str) -> frozenset[str]:
    """The capitalised words (after the first) of the phrase at ``pos`` before its head noun, in lower case."""
    k = text.find(" " + head, pos, pos + 80)
    ws = text[pos:k].split()[1:] if k > pos else []
    # (not an abbreviation or a people's word: "the US agency", "the Welsh government")
    caps = (w.lower().strip(",") for w in ws if w[:1].isupper() and not w.isupper())
    return frozenset(w for w in caps if w not in lx.DEMONYMS)


def _body_with_the_word(story: Story, head: str, pos: int, mods: frozenset[str]) -> Entity | None:
    """'The (health) system said': the one body named before with the word (and the modifier) in its name.

    Else the one body with the word; else, with a modifier, the last body with the modifier in its name ("the
    health system" for "Quarnby Health Partners"); never the last body of any name ("the system said her card was
    declined" is a machine's message, "the court system" no bank), nor one of two such bodies.
    """
    forms = {head, head + "s"}
    named = {e.index: e for e, _at in story.mentions_before(pos) if story.kind(e) == "org"}
    found = [e for e in named.values() if not forms.isdisjoint(name_words(e.name))]
    fits = [e for e in found if mods <= name_words(e.name)]
    if len(fits) == 1 or len(found) == 1:
        return fits[0] if len(fits) == 1 else found[0]
    if found or not mods:
        return None  # (two such bodies: a guess)
    fit = story.recent(pos, lambda e: story.kind(e) == "org" and mods <= name_words(e.name))
    return fit[0] if fit is not None else None  # "the health system" for "Quarnby Health Partners"


def _org_by_head(story: Story, head: str, pos: int, mods: frozenset[str] = frozenset()) -> Entity | None:
    """The organisation 'the council' (head ``head``, modifiers ``mods``) at ``pos`` means.

    The last organisation with Council in its name; failing that, the last
    one with a modifier in its name ("the housing association": "Quorran
    Tarnholm Housing"); failing that, the last organisation mentioned, unless another was named just before it
    (between two clubs, "the club" is a guess) or the noun names a kind of body none of them is
    (:data:`ORG_KIND_HEADS`: "the union" is never the company it bargains with).
    """
    if head in lx.MODIFIED_ORG_HEADS:
        return _body_with_the_word(story, head, pos, mods)
    words_ = ORG_HEAD_WORDS.get(head) or body_noun_forms(head)
    holders = story.role_holders(head) if not mods else ()  # ("the company" taught; not "the parent company")

    def named_so(e: Entity) -> bool:
        return story.kind(e) == "org" and (head in e.heads or not words_.isdisjoint(name_words(e.name)) or e in holders)

    def headed_so(e: Entity) -> bool:
        # "Quorran University", "University of X", not the "Union of University Staff": the noun heads the name
        if not named_so(e):
            return False
        ws = e.name.lower().replace(",", "").split()
        if len(ws) >= 3 and ws[-2] in lx.NUMBERED_NAME_ENDS and ws[-1].isdigit():
            ws = ws[:-2]  # "X Workers Union, Local 27": a union, numbered
        head_word = ws[: ws.index("of")][-1] if "of" in ws[1:] else ws[-1]
        return head in e.heads or head_word in words_

    spoke = _org_that_spoke(story, pos)
    if spoke is not None and (
        named_so(spoke)
        or head in _GENERIC_ORG_HEADS
        or (head in lx.COMPANY_HEADS and _business_opened(story, spoke, pos))
    ):
        # "X said it would appeal. '...,' the group posted": the body that just spoke ("X, which runs trains
        # through Y, said ... / '...,' the company added": X, not the place named in between)
        return spoke
    # The last one the noun heads, else the last one it names: every body the noun heads it names, so where the
    # last one named is also headed, that is the last one headed too (one pass back, not two).
    found = story.recent(pos, named_so)
    if found is not None and not headed_so(found[0]):
        found = story.recent(pos, headed_so) or found
    caps = _capitalised_before(story.reg.text, pos, head) if found is None and mods else frozenset()
    if found is None and mods:

        def shares_mods(e: Entity) -> bool:
            # (every capitalised one: "the Quarnby District transport department" is no Quarnby Rowing Club)
            words_ = name_words(e.name)
            return story.kind(e) == "org" and not mods.isdisjoint(words_) and caps <= words_

        found = story.recent(pos, shares_mods)
    if found is None and head in lx.COMPANY_HEADS:
        found = _last_business(story, pos)
    if found is not None and not mods and head in lx.COMPANY_HEADS and head != "group":
        # ("X said it had rejected an approach from private equity firm Y Capital. '...,' the company said": X; not
        # "the group", often a campaign group, nor a noun with modifiers, "the parent company", someone else's)
        found = _the_business_that_spoke(story, found, pos, _businesses(story, pos)) or found
    if found is None and head in ("police", "force"):
        # "Police said": the force the article names, if only later
        ent = story.next(pos, lambda e: story.kind(e) == "org" and not words_.isdisjoint(name_words(e.name)))
        if ent is not None:
            return ent
    if found is None and (head in lx.COMPANY_HEADS or head in ORG_KIND_HEADS):
        return None  # "the company" is never the union, the council or the ministry named last; "the union" no firm
    if found is None:
        found = story.recent(
            pos, lambda e: story.kind(e) == "org" and not is_outlet(story, e, pos) and caps <= name_words(e.name)
        )
        if found is not None and _contested(story, found, pos):
            # ("Quarnby Town sacked their manager after a defeat by Vexley Athletic. ... the club said": the club
            # the article opens on, not the side it played)
            return _club_the_story_opens_on(story, pos) if head in _SIDE_HEADS and not mods else None
    return found[0] if found else None


def _last_business(story: Story, pos: int) -> Found | None:
    """What "the company said" at ``pos`` means failing a body the noun names: the last business named.

    Not the union or the council in between, nor the outlet it "told" ("X told Radio Y that the company had ...");
    and after "said X, an analyst at Y", the firm the story is about if it was named before, not the analyst's.
    """
    business = _businesses(story, pos)
    found = _recent_unless(story, pos, lambda e: bool(e.heads) and business(e), _TOLD_BEFORE_RE)
    if found is None:
        found = _recent_unless(story, pos, business, _TOLD_BEFORE_RE)
    if found is not None and _ANALYSTS_FIRM_BEFORE_RE.search(story.reg.text, max(0, found[1] - 30), found[1]):
        found = _recent_unless(
            story, pos, lambda e: bool(e.heads) and _company_like(story, e), _ANALYSTS_FIRM_BEFORE_RE
        ) or _recent_unless(story, pos, lambda e: _company_like(story, e), _ANALYSTS_FIRM_BEFORE_RE)
    return found


#: Nouns for a sports club, which in a story about one mean it, whatever side it played.
_SIDE_HEADS = frozenset({"club", "team"})
#: The kinds of body a sports club is recorded as ("Vexley Owls, the club,").
_CLUB_HEADS = _SIDE_HEADS | {"side"}


def _club_the_story_opens_on(story: Story, pos: int) -> Entity | None:
    """The club whose name opens the article's first sentence (after a dateline), if one does.

    Only while every other club before ``pos`` is named in passing, after a preposition ("after a defeat by X", "at
    home to X"): after "Quarnholt Rovers beat Vexwick Athletic", or "... merge with the Vexley Owls", either club may
    be the one speaking.
    """
    text = story.reg.text
    first = next(iter(story.mentions_after(0)), None)
    if first is None or first[1] >= pos or not _club_like(story, first[0]) or is_outlet(story, first[0], first[1]):
        return None
    lead = text[text.rfind("\n", 0, first[1]) + 1 : first[1]].strip()
    if lead and not lead.strip(" \u2014\u2013-").endswith(")"):  # (after "QUARNBY (Wire) --")
        return None
    for ent, at in story.mentions_before(pos):
        wb = word_before(text, at)
        if wb in ("the", "The") and at > 4:
            wb = word_before(text, at - 4)  # ("a defeat by the Vexley Owls")
        if ent is not first[0] and _club_like(story, ent) and wb not in _IN_PASSING:
            return None
    return first[0]


#: Prepositions before a club named in passing, not as a party to what the sentence says.
_IN_PASSING = frozenset({"by", "to", "against", "at", "v", "vs", "over", "from", "towards"})
#: Last words of clubs' names ("Quarnby Town", "Vexley Rovers"); a plural noun ends them too ("Vexley Owls").
_CLUB_NAME_ENDS = frozenset("town city county united rovers athletic wanderers rangers harriers fc afc rfc".split())


def _club_like(story: Story, ent: Entity) -> bool:
    """Is ``ent`` an organisation named as a sports club is ("Quarnby Town", "the Vexley Owls")?"""
    ws = ent.name.lower().split()
    if story.kind(ent) != "org" or not ws:
        return False
    return (
        not _CLUB_HEADS.isdisjoint(ent.heads)
        or ws[-1] in _CLUB_NAME_ENDS
        or (len(ws) > 1 and plural_of_a_word(ws[-1]) and ws[-1] not in lx.PLACE_WORDS)
    )


def _contested(story: Story, found: Found, pos: int) -> bool:
    """Another organisation is named among the last :data:`CONTEST_REACH` mentions before ``pos``, beside ``found``.

    Never when ``found`` owns the noun ("Quarnholt Council's licensing team said"), nor when it opened the
    sentence before.
    """
    if pos - found[1] < 60 and _OWNER_BEFORE_RE.match(story.reg.text, found[1], pos):
        return False
    # ("Quarnholt Rovers were fined ... The club said": the body the story is about)
    return _rivalled(story, found, pos, lambda e: story.kind(e) == "org", CONTEST_REACH)


def _rivalled(story: Story, found: Found, pos: int, ok: Callable[[Entity], bool], reach: int | None = None) -> bool:
    """Was another entity that is ``ok`` named among the ``reach`` mentions before ``pos`` (all, if None)?

    Not when ``found`` opened the sentence before: then the story is about it.
    """
    mentions = story.mentions_before(pos)
    rival = any(e is not found[0] and ok(e) for e, _at in itertools.islice(mentions, reach))
    return rival and not _subject_just_before(story, found, pos)


def _role_holder(story: Story, head: str, mods: frozenset[str], pos: int, quoted: bool) -> Entity | None:
    """The person the article described with this role, best fit of modifiers first.

    Of two who fit as well ("Quorran coach X" and "Vexley coach Y", then
    "the coach said"), the one mentioned last before ``pos`` -- but inside
    a quote ("Coach told me, '...'") the one named first, the home side's.
    """
    best: tuple[float, int, Entity] | None = None
    side = _age_side(mods)

    def order(ent: Entity) -> int:
        return -ent.index if quoted else _last_mention(story, ent, pos)

    cands = list(story.role_holders(head.split()[-1]))
    for m_ in mods:
        cands.extend(story.role_holders("@" + m_))
    for ent in cands:
        if story.kind(ent) != "person":
            continue
        for h, ms in story.roles(ent):
            score = 0.0
            if h == head:
                score = 2.0
            elif h.split()[-1] == head.split()[-1]:
                score = 1.0
            elif h == "counterpart" and mods & ms:
                score = 1.0
            if not score or (mods ^ ms) & _OTHER_HOLDER:
                continue  # the shadow chancellor is not the chancellor
            if side is not None and _age_side(ms) not in (None, side):
                continue  # "the elder brother" is not the one introduced as "his younger brother, X"

            own, theirs = mods - lx.ROLE_MODIFIERS, ms - lx.ROLE_MODIFIERS
            if own and theirs and own.isdisjoint(theirs):
                continue  # "the Quorran State coach" is not "Vexley Ridge coach X": another body's
            score += len(mods & ms) - 0.5 * len(mods - ms)
            if best is None or (score, order(ent)) > (best[0], best[1]):
                best = (score, order(ent), ent)
    if best is not None and best[0] > 0:
        return best[2]
    return None


def _relative_holder(
    story: Story, holder: Entity | None, head: str, mods: frozenset[str], det: str | None, pos: int, quoted: bool
) -> Entity | None:
    """The holder of a relative's word ("his brother", "her mother"), after the checks it needs."""
    if holder is not None and det in ("his", "her") and not quoted:
        # "'...,' Otso said. '...,' his brother said": Otso's brother, never Otso, whom the role names too when
        # "the brothers Otso and X" gave it to both; "'...,' Otso said. '...,' his son said": Otso's son, though
        # the article called Otso someone's son too
        said, quoted_by = story.last_said(pos), story.last_quoted(pos)
        sex = "m" if det == "his" else "f"  # ("'...,' he said. '...,' said her husband": he is hers, no "her")
        if (
            said is not None
            and said == quoted_by
            and said[0] is holder
            and pos - said[1] < _KIN_OF_SPEAKER_REACH
            and story.gender(holder) in (None, sex)
            and (head in _BOTH_WAYS or not _someone_else_named(story, holder, said[1], pos, sex))
        ):
            # (a mother who spoke "of her daughter, X" since, is "her mother" again: the "her" is X)
            holder = None
    if holder is not None and det in ("his", "her") and not quoted and _named_last_in_its_sentence(story, holder, pos):
        holder = None  # "Tom Quill, 20, said his brother had told him": Tom's brother, never Tom
    if holder is None and head in _BOTH_WAYS and _age_side(mods):
        holder = _the_other_sibling(story, head, mods, pos)
    return holder


def _named_last_in_its_sentence(story: Story, holder: Entity, pos: int) -> bool:
    """Is ``holder`` the person last named before ``pos`` in its sentence, whom the "his"/"her" there means?"""
    lo = sentence_start(story.reg.text, pos)
    last = next(((e, at) for e, at in story.mentions_before(pos) if story.kind(e) == "person"), None)
    if last is None or last[0] is not holder or last[1] < lo:
        return False
    return not any(c in story.reg.text[last[1] : pos] for c in "\u201c\u201d\u2018\"")  # (no quote between)


def _age_side(mods: frozenset[str]) -> str | None:
    """Which of two siblings the modifiers make one: "elder" ("older", "eldest", ...) or "younger"."""
    if not mods.isdisjoint(lx.ELDER_WORDS):
        return "elder"
    return "younger" if not mods.isdisjoint(lx.YOUNGER_WORDS) else None


def _the_other_sibling(story: Story, head: str, mods: frozenset[str], pos: int) -> Entity | None:
    """The other of two siblings: "the elder brother" where one was introduced as "his younger brother, X".

    Only the one person of that surname (and of the word's sex) last mentioned before ``pos``; None when the
    article gave nobody the other age of this relative.
    """
    side = _age_side(mods)
    given = [
        e
        for e in story.role_holders(head)
        if any(h == head and _age_side(ms) not in (None, side) for h, ms in story.roles(e))
    ]
    if len(given) != 1 or not given[0].last:
        return None
    sib, sex = given[0], lx.ROLE_GENDER.get(head)
    found = story.recent(
        pos,
        lambda e: (
            e is not sib
            and story.kind(e) == "person"
            and e.last == sib.last
            and e.first is not None
            and story.gender(e) in (None, sex or story.gender(e))
            and not _another_relative(story, e, head)
        ),
    )
    return found[0] if found else None


def _last_mention(story: Story, ent: Entity, pos: int) -> int:
    """Where ``ent`` was last mentioned before ``pos`` (-1 if not, or too long ago to look)."""
    found = story.recent(pos, lambda e: e is ent)
    return found[1] if found else -1 - ent.index


def _business_opened(story: Story, e: Entity, pos: int) -> bool:
    """Is ``e`` a business whose last mention before ``pos`` opens its sentence (its subject, not a word inside)?"""
    found = story.recent(pos, lambda x: x is e)
    if found is None or not _company_like(story, e):
        return False
    text = story.reg.text
    if lstrip_index(text, sentence_start(text, found[1]), found[1]) != found[1]:
        return False
    end = text.find(". ", found[1], pos)
    if end < 0:
        return True
    # (and no other body named after its sentence: "X said it would appeal. Its rival, Y, won": Y is "the company")
    for x, at in story.mentions_before(pos):
        if at <= end:
            return True
        if x is not e and story.kind(x) == "org":
            return False
    return True


def _the_business_that_spoke(story: Story, found: Found, pos: int, business: Callable[[Entity], bool]) -> Found | None:
    """The business that spoke before ``pos``, where the one last named (``found``) was only named in passing.

    'Vexmarch Foods said it had rejected an approach from private equity firm Marten Capital. "...," the company
    said': Vexmarch, not the bidder named after a preposition ("from", "with", "made by") since.  None unless the last
    business named never spoke and every mention of it is such a passing one.
    """
    reg = story.reg
    quoted = {id(e) for e, _at in story.quoted_before(pos)}
    if id(found[0]) in quoted:
        return None
    spoke: Found | None = None
    for ent, at in story.mentions_before(pos):
        run = reg.runs_by_start.get(at)
        speaks = run is not None and reg.speech_follows(run.end)
        if ent is found[0]:
            if run is None or speaks or not _in_passing(reg.text, at, run.end):
                return None
        elif spoke is None and business(ent) and (speaks or id(ent) in quoted):
            spoke = (ent, at)
    return spoke


#: A preposition within six words before a name: it is named in passing ("an approach from the American private
#: equity firm X"); "by" only after making or selling ("made by", "sold by"), since the one a thing is "run by",
#: "dropped by" or "bought by" is the doer the story may go on with.
_PASSING_BEFORE_RE = re.compile(
    r"\b(?:from|with|against|over|for|(?:made|sold|produced|manufactured|supplied|distributed|imported|licensed"
    r"|developed|built|marketed) by)(?: [A-Za-z][a-z\-]*){0,5} $"
)
#: A relative clause after a name (or its apposition), which makes it the subject of what follows ("by X, which has
#: said ...", "by X, an exploration company, which said").
_CLAUSE_AFTER_RE = re.compile(r"(?:, [^,.;:]{1,60})?,? (?:which|who|whose)\b")


def _in_passing(text: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` the object of a preposition (:data:`_PASSING_BEFORE_RE`) with no clause after?"""
    return _PASSING_BEFORE_RE.search(text, max(0, start - 50), start) is not None and not _CLAUSE_AFTER_RE.match(
        text, end
    )


def _businesses(story: Story, pos: int) -> Callable[[Entity], bool]:
    """Is an entity a business "the company" can mean at ``pos``: company-like, and no outlet the story cites?

    ("according to records reviewed by the Quarnby Ledger. A company spokeswoman said": the firm, not the paper.)
    Each entity is judged once per lookup (the lookups below ask it once for every mention).
    """
    judged: dict[int, bool] = {}

    def business(e: Entity) -> bool:
        got = judged.get(id(e))
        if got is None:
            got = judged[id(e)] = _company_like(story, e) and not is_outlet(story, e, pos)
        return got

    return business


def _company_like(story: Story, e: Entity) -> bool:
    last = e.name.rsplit(" ", 1)[-1].lower()
    if story.kind(e) != "org" or last in CLUB_PLACE_WORDS or e.name.lower() in _CIVIC_HALLS:
        return False  # ("Quarnby Town", "Quarnby County": a club or a council; "City Hall": a council's building)
    if not e.heads and e.name.lower() in lx.territory_names():
        return False  # ("across the western United States": a country, never "the airline"; but "the app Togo")
    no_institution = lx.INSTITUTION_WORDS.isdisjoint(e.name.lower().split())
    if e.heads:
        # "the industry group X Alliance", "the campaign group X": a group, but no business
        return not e.heads.isdisjoint(lx.COMPANY_HEADS) and "campaign" not in e.heads and no_institution
    return no_institution
