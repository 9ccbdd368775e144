"""Speech cues: the verb next to a quote and the noun phrase that speaks.

Attribution in news copy is formulaic, so a handful of patterns read from
the quote outwards cover nearly all of it:

* after the closing mark: ``, he said`` / ``, said Mr Quill`` / ``, the
  company said in a statement`` / ``, according to X``;
* before the opening mark: ``He told the court:`` / ``She said,`` /
  ``Quill:``;
* in the reporter's sentence around a partial quote: ``X described it as``,
  ``..., Sir Aurek Quennick has said``, ``..., according to X``, and verbs that
  share a subject (``dismissed ... and claimed``, ``..., describing it as``).

Noun phrases come back as :class:`Mention` objects; resolving them to names
is :mod:`.resolve`'s job.  Every function reads the article through a
:class:`~.story.Story` and changes nothing.

Public names: :class:`Mention`; :func:`after_close`, :func:`before_open`,
:func:`in_sentence` (the three places attribution is read);
:func:`agent_of_verb`, :func:`agent_before_verb`, :func:`subject_before`,
:func:`np_before`, :func:`np_after`, :func:`apposed_name` (the noun phrases they use);
:data:`VERB_RE`, :data:`MAX_OBJECT_WORDS`.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import lexicon as lx
from .antecedents import KIN, person_noun
from .kinds import (
    AGE_APPOS_RE,
    ANONYMOUS_RE,
    FIRM_KINDS,
    GAVE_NAME,
    NATIONALITY_RE,
    ROLE_SUFFIX_RE,
    YEAR_OLD_RE,
    anonymous_search,
    given,
    is_demonym,
    plural_of_a_word,
)
from .names import possessive
from .tokens import (
    POSSESSIVE_RE,
    SENTENCE_END_RE,
    LazyWords,
    alternation,
    first_word,
    last_match,
    last_word,
    lstrip_index,
    name_words,
    norm,
    rstrip_index,
    rwords,
    sentence_start,
    word_before,
    words,
)

if TYPE_CHECKING:
    from .names import Run
    from .registry import Entity, Registry
    from .story import Story

log = logging.getLogger(__name__)

__all__ = [
    "named_as",
    "ANONYMOUS_RE",
    "MAX_OBJECT_WORDS",
    "REPLY_VERBS",
    "VERB_RE",
    "Mention",
    "after_close",
    "agent_before_verb",
    "agent_of_verb",
    "before_open",
    "after_opening_phrase",
    "apposed_name",
    "in_sentence",
    "indefinite_subject",
    "np_after",
    "np_before",
    "subject_before",
]


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


# A trie, not a flat alternation of ~300 verbs tried at every word.
#: Phrases that answer back ("she shot back", "hit back that") or point out: speech verbs of two words.
_ANSWERING_BACK = (
    # (present tense only of the two no narrative uses otherwise: "fires back a shot", "hits back within the hour")
    *(f"{verb} back" for verb in ("shot", "shoots", "hit", "fired", "snapped", "snaps")),
    "points out",
    "point out",
)
#: "began" reports speech ('"One," X began.', "X began:"), but not when a story or a text begins ("how it began",
#: "It began:"), nor before what someone began doing ("when Quill began travelling"; but "began by asking").
_BEGIN = ("begin", "began", "begins")
_BEGIN_PATTERN = r"(?<![Ii]t )(?:" + "|".join(_BEGIN) + r")(?=\s*[.,:;\u2014\u2013]|\s+by\b)"
#: "figures published by ", "the administrators' initial report": a document as the source "according to" names.
_FIGURES_RE = re.compile(
    r"(?:the |a |an |new |latest |official )*(?:[\w\-]+['\u2019]s? )?(?:[a-z\-]+ ){0,2}"
    r"(?:figures|data|statistics|report|survey|study|analysis|estimates?|research|minutes|papers|documents?)\b"
    r"(?:[^.;:!?\n]{0,40}? (published|released|issued|compiled|produced|commissioned) by )?"
)
#: Speech verbs whose present form is more often a noun ("a shout", "the jokes"), and so left out of
#: :data:`VERB_RE`: read as verbs only between a quote and its subject, and only where the clause ends or says
#: where to ('"...," she shouts from the yard', '"...," he jokes.'; not "X laughs whenever he finds it").
_NOUN_LIKE_VERB_RE = re.compile(
    r"(?:shouts|yells|whispers|murmurs|laughs|jokes|quips|sighs|snaps|boasts|cries|pleads|protests|counters"
    r"|remarks|comments|notes|hints|vows|promises|demands|repeats|continues)"
    r"(?=[,.;:!?\u2014]| (?:from|across|into|through|down|up|back|again|loudly|quietly)\b"
    r"|(?<=shouts|.yells) (?:to|at)\b)"
)
VERB_RE = re.compile(
    r"\b(?:"
    + alternation(["according to", "went on", *_ANSWERING_BACK, *(v for v in lx.SPEECH_VERBS if v not in _BEGIN)])
    + "|"
    + _BEGIN_PATTERN
    # "writing that", "writing:": words written (not "in writing", "writing in The X", "found herself writing")
    + r"|writing(?= that\b|:)"
    + r")\b"
)
_ROLE_WORDS = frozenset(lx.ROLE_HEADS | lx.ROLE_MODIFIERS)
_DET_OR_MODIFIER = frozenset(lx.DETERMINERS | lx.INDEFINITE | lx.ROLE_MODIFIERS)
_SKIP_LEAD = " ,;\u2014\u2013-"
_QUOTE_CHARS = "\u201c\u201d\u2018\u2019\"'"
_QUOTE_CHAR_SET = frozenset(_QUOTE_CHARS)
#: Words that may sit between a verb and the colon or comma that introduces
#: a quote ("told the court:", "said in a statement:", "asked him directly,").
MAX_OBJECT_WORDS = 6
#: Verbs that make a noun phrase after "said" the subject of what was said.
_CLAUSE_VERBS = frozenset("had has have was were is are would will could should can must might may did does".split())
#: Words after which a capitalised run starts a clause (so it is a subject).
_CLAUSE_OPENERS = {
    ",", "and", "but", "that", "while", "when", "who", "as", ":", ";", "so", "then", "\u2014", "\u2013", "-", "where",
    "because", "after", "before", "if", "though", "although",
}  # fmt: skip
#: "a statement from", "a message on behalf of" right before a name.
_ON_BEHALF_RE = re.compile(
    r"\b(?:statement|message|letter|tribute|words|note|email)s? (?:(?:issued|released|written|sent) )?"
    r"(?:from|on behalf of|by) (?:the )?$"
)
#: Written words introduced by what they are on: "A sign ... read:", "a
#: handwritten note:", "text messages, including one that read:".
_WRITTEN_RE = re.compile(
    r"\b(?:(?:read|reads|reading)(?:,? in part)?\s*$"
    r"|(?:sign|note|notice|banner|placard|poster|plaque|inscription|graffiti|card|caption|message|text|sticker|board"
    r"|billboard|advertisement|advert|listing|headline)s?\s*$"
    # "chalked a message on the board by the quay:", "pinned a printed notice to the gate:", "a card attached:",
    # "a notice that has stood there for years:"
    r"|(?:sign|note|notice|banner|placard|poster|plaque|graffiti|card|message|sticker|advertisement|advert|listing)s?"
    r" (?:(?:on|at|in|outside|above|by|to|attached|pinned|taped|beside|across|over|along|that|which)\b"
    r"[^:.\n\u201c\u201d\"]{0,60})?$)"
)
_AUTHOR_VERB_RE = re.compile(
    r"\b(?:sent|wrote|written|posted|texted|emailed|left|pinned|put up|scrawled|signed|painted|held|carried|waved"
    r"|released|issued|published|put out"
    r"|lettered|chalked|carved|engraved|etched|stencil+ed|penned)\b"
)
#: "an email from a constituent", "a letter from one parent": a writer the article does not name.
_FROM_SOMEONE_RE = re.compile(
    r"\b(?:statement|message|letter|note|email|e-mail|text|voicemail|card|postcard)s? (?:(?:sent|written) )?"
    r"(?:from|by) (?:an?|one|another) (?!(?:[a-z\-]+ ){0,2}(?:of|at|for|from) )"
)
#: "written by", "sent by (the) ...": the author comes after the verb.
_BY_AUTHOR_RE = re.compile(r" by (?=\S)")
#: Things with words on them or in them, anywhere in the clause before a colon
#: ("a sign her father lettered in 1961, the paint cracked:", "a letter written by X, who ...:").
#: Things put up with words on them, which speak for nobody: signs, banners, plaques.
_SIGN_WORDS = (
    "sign|notice|banner|placard|poster|plaque|inscription|graffiti|blackboard|chalkboard|whiteboard|billboard"
)
_WRITTEN_THING_RE = re.compile(
    rf"\b(?:({_SIGN_WORDS})|letter|message|text message|email|e-mail|postcard|voicemail|transcript)s?\b"
)
_INDEFINITE_SUBJECTS = frozenset(("a", "an", "some", "another", "someone", "somebody"))
#: A crowd's words: "chants of", "a chorus of", "cries of".
#: ("a chorus of 'Shame!'" is a crowd's; "the chorus of 'Kerosene Hymn'" is a song's)
_CHANT_OF_RE = re.compile(
    r"\b(?:[Cc]hants?|[Cc]hanting|(?<!the )(?<!its )[Cc]horus|[Cc]ries|[Ss]houts|[Cc]ry|[Rr]efrain) of\s*$"
)
#: A crowd singing or chanting, right before its words.
_CROWD_SINGING_RE = re.compile(
    r"\b(?:fans|supporters|crowds?|spectators|protesters|protestors|demonstrators|marchers)\b[^.\n]{0,40}?"
    r"\b(?:singing|chanting|sang|chanted|sing|chant)\s*$"
)
#: The verbs every match of _CROWD_SINGING_RE ends with (before a quote, where no space follows them).
_SINGING_VERBS = ("singing", "chanting", "sang", "chanted", "sing", "chant")
#: "held signs reading", "placards that read", "badges saying": words on things people carry or wear.
_DISPLAYS = (
    r"(?:signs?|placards?|banners?|badges?|stickers?|posters?|t-shirts?|shirts?|notices?|boards?|cards?|flags?"
    r"|awnings?|murals?|plaques?|billboards?|cardboard|cutouts?)"
)
#: Other things words are put on, whose names are as often other words ("a price tag", "the club's marquee
#: signing", "pressed the button"): only before "read", "reads" or "reading", with no comma between but in
#: ", which read" ("The whiteboard in the kitchen reads", "a tag on the box read", "buttons reading").
_MORE_DISPLAYS = (
    r"(?:whiteboards?|chalkboards?|blackboards?|scoreboards?|noticeboards?|signboards?|tags?|buttons?|marquees?"
    r"|bedsheets?|hoardings?|doormats?)"
)
_SIGN_READING_RE = re.compile(
    rf"\b{_DISPLAYS}\b[^.!?\u201c\u201d\"]{{0,70}}?"
    r"\b(?:reading|read|reads|saying|says|that said|which said|with the words)[:,]?\s*$"
    rf"|\b{_MORE_DISPLAYS}(?:,? (?:which|that))?(?: [^,.!?\u201c\u201d\"\n]{{1,50}}?)? (?:reading|read|reads)[:,]?\s*$"
    # "has put a sign in its window:", "hung a banner across the front:": put up somewhere, then its words (not
    # "told the board in her letter:", "put her cards on the table:", "a notice on its website:": no sign)
    r"|\b(?:put|puts|putting|hung|hangs|hanging|pinned|pins|taped|tapes|stuck|sticks|propped|erected|displays?|displayed)"
    r"(?: up)? (?:a|an|the|its|their|his|her) (?:[a-z\-]+ ){0,2}(?:signs?|placards?|banners?|posters?|stickers?)"
    r" (?:in|on|outside|above|across|over) (?:its|the|their|his|her) [a-z\- ]{1,30}:\s*$"
    # "T-shirts printed with", "had spray-painted", "a bedsheet painted with the words", "above the words": words
    # painted or printed on something (not "in her words", nor "posted a photograph with the words": hers)
    r"|\b(?:spray-painted|painted|printed|scrawled|chalked|daubed|stencilled|stenciled|emblazoned)"
    r"(?: (?:with|on it|across it))?(?: the words)?[:,]?\s*$"
    r"|\b(?:bearing|bore|above|beneath|below|under) the words[:,]?\s*$",
    re.IGNORECASE,
)
#: The last word of _SIGN_READING_RE, looked for first (a few positions, where it can end).
_SIGN_TAIL_RE = re.compile(
    r"(?:reading|read|reads|saying|said|says|words|painted|printed|scrawled|chalked|daubed|stencilled|stenciled"
    r"|emblazoned|with|it)[:,]?\s*$|[a-z]:\s*$",
    re.IGNORECASE,
)
#: "... holding signs. One read": one of the things the sentence before names.
#: '"...," one read.': one of the signs just mentioned, after its words.
_ONE_READ_AFTER_RE = re.compile(r"(?:one|another)(?: of them)? (?:read|reads)\b")
_ONE_READ_RE = re.compile(r"\b(?:One|Another)(?: of them)? (?:read|reads|said)\s*$")
_READ_OR_SAID = ("read", "reads", "said")
_DISPLAYS_RE = re.compile(rf"\b{_DISPLAYS}\b", re.IGNORECASE)
#: '... reading "A" and "B"': the second of two slogans read out together.
_AND_NEXT_RE = re.compile(r"[\u201d\u2019\"'] and\s*$")
#: A subject pronoun and its verb run together: "she'd", "he'll", "I'm", "they've".
_CONTRACTED_PRONOUN_RE = re.compile(r"^(he|she|they|i|we|it)['\u2019](?:d|ll|s|m|re|ve)$")
#: "the lawyer for ", "a close friend of ": somebody of the person named next, by a role (see _someone_of_role).
_SOMEONE_FOR_RE = re.compile(
    r"\b(?P<det>[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother) (?:[a-z\-]+ ){0,2}(?P<role>[a-z]+) (?:for|of|representing) $"
)
#: "the residents of ", "two residents of ", "residents of ": people of a place, in the plural, before its name.
_PEOPLE_OF_RE = re.compile(
    r"(?:\b(?P<det>the|The|two|three|four|five|some|several|many) )?(?<![\w'\u2019-])(?P<noun>[a-z]+s|people) of $"
)
#: Words after which a name is an adjective, not a verb's subject: "the old Vexwick cry", "a Quill shout".
_NOT_A_SUBJECT_BEFORE = frozenset(
    {"the", "a", "an", "old", "The", "A", "An", "that", "this", "their", "our", "his", "her"}
)
#: A speech verb in its bare form, which the lists leave out as a noun ("a shout"), right before a quote.
_BARE_SPEECH_END_RE = re.compile(r"(?<= )(shout|yell|scream|whisper|cry|mutter|call out|cry out)[,:]?$")
#: Words that, after a noun for a person, end a description before a name rather than join it to one: "a lawyer
#: for X", "a friend of X" (but "an affidavit filed by X": a document, whose author X is).
_NOT_BETWEEN_ROLE_AND_NAME = frozenset(("for", "of", "to", "at", "in", "with", "from", "by", "on", "representing"))
#: Words that end a would-be role before a name ("said on Monday").
_NOT_ROLE_LEAD = frozenset(
    lx.DETERMINERS
    | lx.INDEFINITE
    | lx.SUBJECT_PRONOUNS
    | lx.AUXILIARIES
    | set("of at in on for to and or but that with from by who which as there would will was had has is".split())
)
_INDEF_BEFORE_RE = re.compile(r"(?<![\w\-])([Aa]n?|[Aa]nother) (?:[a-z\-]+ ){1,3}$")
#: "a ", "one lorry driver ": somebody unnamed (the article, then up to three words, the last the noun).
_INDEF_HEAD = r"(?<![\w\-])([Aa]n?|[Aa]nother|[Oo]ne) (?:[a-z\-]+ ){0,2}?([a-z\-]+) "
#: "One lorry driver from ", "a nurse in ": somebody unnamed, then where they are from.
_INDEF_FROM_RE = re.compile(r"(?<![\w\-])([Aa]n?|[Aa]nother|[Oo]ne) (?:[a-z\-]+ ){0,3}?([a-z\-]+) (?:from|in) $")
#: "the 33-year-old from ", "the striker in ": a role or an age, then where its holder is from.
_THE_FROM_RE = re.compile(r"(?<![\w\-])[Tt]he (?:[a-z\-]+ ){0,2}?([\w\-]+) (?:from|in) $")
#: "A critic for the ", "a friend of ": somebody unnamed, then whom they work for or know.
_INDEF_FOR_RE = re.compile(_INDEF_HEAD + r"(?:for|of|at|with) (?:the )?$")
_INDEF_PP_RE = re.compile(
    _INDEF_HEAD + r"(?:of|at|in|on|from|with|near|behind|inside|outside|close to|familiar with) "
    r"(?:(?:the|my|our|his|her|their|its|a|an|this|that) )?(?:[a-z\-]+ ){0,2}$"
)
_AGE_PAREN_RE = re.compile(r" \(\d{1,3}\)$")
_ONE_OF_RE = re.compile(
    r"\b(?:[Oo]ne|[Ss]ome|[Tt]wo|[Bb]oth|[Ee]ach|[Ee]ither|[Nn]either|[Nn]one|[Mm]any|[Ss]everal|[Oo]thers?) of "
    r"(?:them|us|those|the [a-z\-]+(?: [a-z\-]+)?)$"
)
#: "A spokesperson for Quarnby Pies, which runs the branch, said"
_SPOKES_FOR_RE = re.compile(
    r"(?:[Aa]n?|[Tt]he) (?:[a-z\-]+ )?(?:" + "|".join(sorted(lx.SPOKES_HEADS)) + r") (?:for|at|of|from) (?:the )?"
)
#: " for the trust", " at Quorran Rail": whom a spokesperson speaks for, before the verb.
_FOR_WHOM_RE = re.compile(
    r" (?:for|at|of|from) ((?:the )?[\w&\-\u2019']+(?: [\w&\-\u2019']+){0,5}?)(?= (?:said|says|added|told)\b)"
)


def _spokes_for_a_body(story: Story, text: str, lo: int, prev: tuple[int, int, str], lw: str, e: int) -> Mention | None:
    """'A spokesman for the trust said', 'a spokesman for the health department said': the body speaks.

    The body's noun ``lw`` (ending at ``e``) is one the article's bodies have, right after "the" or after "the"
    and one modifier in lower case (``prev``, the word before the noun) that a body named in the article has too.
    """
    if not (lw in lx.ORG_HEADS or story.reg.org_head(lw)):
        return None
    the = prev[2].lower() == "the"
    mod = prev[2]
    if not the and (not mod.isalpha() or not mod.islower() or not text.endswith("the ", lo, prev[0])):
        return None
    # ("a spokesman for " right before "the", or "a spokesman for the " right before the modifier)
    spokes = _SPOKES_FOR_RE.search(text, max(lo, prev[0] - (60 if the else 64)), prev[0])
    if spokes is None or spokes.end() != prev[0]:
        return None
    if the:
        return Mention(prev[0], e, "role", word=lw, head=lw, det="the")  # ("the fund" after "the X Arts Fund")
    if not any(story.kind(o) == "org" and {mod, lw} <= name_words(o.name) for o in story.entities()):
        return None  # ("a spokeswoman for the fire service" when only an ambulance service was named: which body?)
    return Mention(prev[0] - 4, e, "role", word=lw, head=lw, mods=frozenset({mod}), det="the")


def _a_body_speaking(text: str, lo: int, run: Run) -> bool:
    """Is the organisation ``run`` the subject itself, not what the subject belongs to?

    "The chair of the Quarnby Trust said", "Quill's publisher, Heron Books, said": the chair, the publisher.
    """
    if possessive(text, run):
        return False
    return _OF_BEFORE_RE.search(text, max(lo, run.start - 12), run.start) is None


_OF_BEFORE_RE = re.compile(r"\b(?:of|for|at|from|with)(?: the)? $")
#: Verbs whose object is the listener: never "..., told X" for "X told".
_TOLD = frozenset({"told", "tells", "tell", "telling", "informed", "assured", "reminded", "briefed"})
#: How many comma-delimited parts before a verb may hold its subject.
_MAX_APPOSITIVE_PARTS = 5

Token = tuple[int, int, str]


def _names_org(story: Story, run: Run) -> bool:
    """Do the capitals of ``run`` name an organisation the story knows?"""
    ent = story.entity_of(run)
    return ent is not None and story.kind(ent) == "org"


# -- the noun phrase before a verb ------------------------------------------------


def _a_body(story: Story, m: Mention) -> bool:
    """Does ``m`` name an organisation: its capitals, or "the council"?"""
    if m.kind == "role":
        return m.head in lx.ORG_HEADS
    return m.kind == "org" or (m.run is not None and _names_org(story, m.run))


def np_before(story: Story, text: str, lo: int, hi: int) -> Mention | None:
    """The noun phrase ending right before ``hi`` (a speaker candidate).

    People around someone ("Allies of Prof Quill", "Allies of the leader")
    are somebody unnamed, not the person or role they are around.
    """
    m = _np_before(story, text, lo, hi)
    if m is None or m.kind not in ("name", "role"):
        return m
    if (described := _described_subject(story, text, lo, m)) is not None:
        return described
    start = m.run.start if m.run is not None else m.start
    if m.kind == "name" and (sign := _A_SIGN_OF_RE.search(text, max(lo, start - 60), start)) is not None:
        # "The sign in the window of the Quill Diner has said ... since 1954:": the sign's words, nobody's
        head = sign.group(2).lower()
        # (as "a sign": somebody the article does not name, so the resolver looks for no one)
        return Mention(sign.start(), m.end, "role", word=head, head=head, det="a")
    around = _PEOPLE_AROUND_RE.search(text, max(lo, start - 30), m.start)
    if around is None:
        return m
    return Mention(around.start(), m.end, "role", word="person", head="person", det="a")


def _np_before(story: Story, text: str, lo: int, hi: int) -> Mention | None:
    hi = rstrip_index(text, lo, hi)
    if hi <= lo:
        return None
    if text[hi - 1] == ")":
        age = _AGE_PAREN_RE.search(text, max(lo, hi - 6), hi)
        if age is not None:
            hi = age.start()  # "Quessa Vexley (82)"
    elif text[hi - 1] == "." and hi - 1 in story.reg.runs_by_end:
        hi -= 1  # a legal form's full stop after a firm's name is the name's (the sentence goes on)
    run = story.reg.runs_by_end.get(hi)
    if run is not None and run.start >= lo:
        if story.run_kind(run) not in ("person", "org"):
            settled, who = _someone_from(text, lo, run.start, hi)
            if settled:
                return who
        of = _someone_of_role(text, lo, run.start) if story.run_kind(run) == "person" else None
        if of is not None:
            # "the lawyer for Aurek Quill said", "a friend of Aurek Quill told the court": someone of theirs
            role = of.group("role")
            return Mention(of.start(), run.end, "role", word=role, head=role, det=of.group("det").lower())
        people = _people_of(text, lo, run.start, run.end) if _a_place_not_a_body(story, run) else None
        if people is not None:
            # "the residents of Vexbury said", "two residents of Quarnby Lane said", "relatives of Aurek Quill said":
            # the people, unnamed (not the place, not the one they are of, nor anyone named before)
            return people
        if _in_a_place(text, lo, run.start):
            # "a ferryman in Ferranquay Harbour told me", "nurses across rural Vexhollow said": a place, unnamed
            return None
        ind = _INDEF_FOR_RE.search(text, max(lo, run.start - 60), run.start)
        h = ind.group(2) if ind is not None else ""
        if ind is not None and _noun_for_someone(h) and h not in lx.SPOKES_HEADS and h not in lx.DOCUMENT_HEADS:
            # "A critic for the Wrenfold Gazette called it", "a friend of Aurek Quarnby said": the one unnamed,
            # not whom they write for or know (a spokesperson speaks for the body: elsewhere)
            return Mention(ind.start(), hi, "role", word=h, head=h, det=ind.group(1).lower())
        return Mention(run.name_start, run.end, "name", run=run)
    back = rwords(text, max(lo, hi - 100), hi)
    last = next(back, None)
    if last is None or last[1] != hi:
        return None
    s, e, w = last
    lw = w.lower()
    lw = _uncontracted(lw)  # "she'd say": "she", and "would"
    if lw in lx.SUBJECT_PRONOUNS:
        return Mention(s, s + len(lw), "pronoun", word=lw)
    if lw in ("himself", "herself"):
        own = story.reg.runs_by_end.get(rstrip_index(text, lo, s))
        if own is not None and own.start >= lo:
            return Mention(own.name_start, own.end, "name", run=own)  # "Quill himself, speaking through a friend,"
    prev = next(back, None)  # the word before, if any
    if prev is not None and prev[2] == "of" or lw in ("them", "us"):
        # "one of them told her", "one of the men said": nobody named
        m = _ONE_OF_RE.search(text, max(lo, hi - 40), hi)
        if m is not None:
            return Mention(m.start(), hi, "role", word=lw, head=lw, det="one")
    the = prev is not None and prev[2].lower() == "the"
    if prev is not None and (said := _other_or_bench(lw, prev[2].lower(), prev[0], e)) is not None:
        return said
    if not _speaker_noun(w, lw, prev) and not (the and story.reg.org_head(lw)):
        return None  # ("the cooperative said": a body the article named "... Electric Cooperative")
    if prev is not None and (body := _spokes_for_a_body(story, text, lo, prev, lw, e)) is not None:
        return body  # "A spokesman for the trust added", "a spokeswoman for the health department said"
    if text[s - 1 : s] == " ":
        # "A man from the allotment society said", "An engineer at the company,
        # who ..., said": the subject is the indefinite person before the
        # preposition, whom the article does not name.
        ind = _INDEF_PP_RE.search(text, max(lo, s - 90), s)
        if ind is not None:
            h = ind.group(2)
            if (
                (h in lx.ROLE_HEADS or ROLE_SUFFIX_RE.search(h))
                and h not in lx.SPOKES_HEADS
                and h not in lx.DOCUMENT_HEADS
            ):
                return Mention(ind.start(), e, "role", word=h, head=h, det=ind.group(1).lower())
    return _role_phrase_before(story, text, lo, last, prev, back)


#: "read it aloud:", "read them out:": a document read out, whose words are its author's.
_READ_OUT_RE = re.compile(
    r"\bread(?: it| them| this| that| the \w+| from it)?(?: aloud| out)?(?: to (?:the |a )?[a-z]+)?$"
)
#: "read from a sheet of paper", "read from his notes": the reader's own words, unless another wrote them.
_READ_FROM_RE = re.compile(
    r"\bread from (?:a |an |the |his |her |their )?(?:[a-z\-]+ ){0,3}?"
    r"(?:paper|sheet|notes?|statement|script|card|phone|page)\b"
)
#: How far back (characters) the document read out may have been described.
_READ_OUT_REACH = 300
#: People around someone, unnamed: "Allies of", "Friends of", "Lawyers for" (the named person is not the speaker).
#: A sentence opening on a sign, banner or notice, then where it hangs: "The sign in the window of the ".
_A_SIGN_OF_RE = re.compile(
    rf"(?:^|(?<=[.!?] )|(?<=\n)|(?<=\u2014 )|(?<=-- ))(The|A|An) ({_SIGN_WORDS})"
    r"(?: [a-z]+){0,2} (?:in|on|of|outside|above|over|at|by)(?: [a-z]+){0,4} (?:of |at |outside |on )?(?:the )?$"
)
_PEOPLE_AROUND_RE = re.compile(
    r"\b(?:[Aa]llies|[Ff]riends|[Ss]upporters|[Cc]ritics|[Cc]olleagues|[Rr]elatives|[Aa]ides|[Ff]ans|[Nn]eighbou?rs"
    r"|[Oo]pponents|[Rr]ivals|[Ll]awyers|[Aa]ttorneys|[Aa]dvisers|[Aa]dvisors|[Pp]eople close) (?:of|to|for) "
    r"(?:[A-Z][\w.\-]* |the |her |his |their )*$"
)
#: Prepositions that put a run of capitals in a place ("in Ferranquay Harbour", "across rural Vexhollow").
_LOCATIVE = frozenset({"in", "at", "near", "across", "outside", "inside", "around", "throughout"})
#: Words that may stand between such a preposition and the place.
_DIRECTIONAL = frozenset(
    {"western", "eastern", "northern", "southern", "central", "rural", "downtown", "suburban", "upstate", "coastal"}
    | {"north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west"}
)


def _someone_from(text: str, lo: int, start: int, hi: int) -> tuple[bool, Mention | None]:
    """Who "a driver from" or "the striker in" the place at ``start`` is: (True, them), or (False, None) to look on.

    "One lorry driver from Tarnholm told her": the driver, whom the article
    does not name.  "the 33-year-old from Tarnholm replied", "the striker
    from Tarnholm said": whom the age or the role describes, never the
    place (nor anyone, for a noun that names no role).
    """
    ind = _INDEF_FROM_RE.search(text, max(lo, start - 60), start)
    h = ind.group(2) if ind is not None else ""
    if ind is not None and (h in lx.ROLE_HEADS or (h and ROLE_SUFFIX_RE.search(h))):
        return True, Mention(ind.start(), hi, "role", word=h, head=h, det=ind.group(1).lower())
    the = _THE_FROM_RE.search(text, max(lo, start - 60), start)
    if the is None:
        return False, None
    h = the.group(1)
    if h in lx.ROLE_HEADS or YEAR_OLD_RE.match(h):
        return True, Mention(the.start(), hi, "role", word=h, head=h, det="the")
    return True, None


def _a_place_not_a_body(story: Story, run: Run) -> bool:
    """Is the run a place, or the first words of a body's name only ("Vexbury" of "Vexbury General Hospital")?"""
    ent = story.entity_of(run)
    return story.run_kind(run) != "org" or ent is None or len(run.name_words) < len(ent.name.split())


#: Verbs of hearing and seeing, before the one heard or seen and a bare verb of speech ("heard him shout").
_PERCEIVED_BY = frozenset({"heard", "hear", "hears", "saw", "see", "sees", "watched", "watch", "watches"})
#: Nouns for many people at once: what they shout is nobody's in particular.
_CROWDS = frozenset({"crowd", "crowds", "fans", "supporters", "audience", "spectators", "protesters", "mob", "people"})
#: "heard someone shout", "heard her neighbour yell": somebody heard, unnamed or by a role, then a bare verb.
_HEARD_SOMEBODY_RE = re.compile(
    r"\b(?:" + "|".join(sorted(_PERCEIVED_BY)) + r") (someone|somebody|(?:an?|the|his|her|their|my|our) (?:[a-z-]+ )?"
    r"([a-z-]+)) " + _BARE_SPEECH_END_RE.pattern.removeprefix("(?<= )")
)
#: "heard him shout", "saw her yell": someone the sentence does not name, then the bare verb of speech.
_HEARD_SOMEONE_RE = re.compile(
    r"\b(?:" + "|".join(sorted(_PERCEIVED_BY)) + r") (him|her|them) "
    + _BARE_SPEECH_END_RE.pattern.removeprefix("(?<= )")
)


def _subject_of_bare_verb(story: Story, text: str, who: Mention) -> bool:
    """Can ``who``, right before a bare "shout" or "cry", be its subject: a pronoun, or a person named in full?

    Not a possessive ("Quill's cry: '...'") nor a name used as an adjective ("the old Vexwick cry").
    """
    if who.kind == "pronoun":
        return who.word in ("he", "she", "they", "i", "we")
    if who.kind == "role":
        # "a witness heard the accused shout '...'", "she saw a man yell '...'": the one heard or seen
        return who.det in ("the", "a", "an") and word_before(text, who.start) in _PERCEIVED_BY
    if who.kind != "name" or who.run is None or story.run_kind(who.run) != "person":
        return False
    if text[who.start : who.end].endswith(("'s", "\u2019s")):
        return False
    return word_before(text, who.run.start) not in _NOT_A_SUBJECT_BEFORE


#: A sentence that opens on somebody described, the name in a phrase after the noun: "The man who runs the
#: ferry to ", "A former driver for ", "One woman leaving ".
_DESCRIBED_SUBJECT_RE = re.compile(
    r"(?P<det>[Tt]he|[Aa]n?|[Oo]ne) (?P<mods>(?:[a-z\-]+ ){0,3}?)(?P<head>[a-z\-]+)"
    r"(?: [^,;:()\"\u201c\u201d\u2018\u2019\n]{0,90}?)?"
    r" (?:to|of|for|against|at|with|from|behind|near|on|in|(?<!\bthe )(?<!\ban )(?<!\ba )[a-z]{3,}ing)(?: the)? $"
)


def _described_subject(story: Story, text: str, lo: int, said: Mention) -> Mention | None:
    """The person a sentence opens on, when the name or role before the verb only sits in the phrase describing them.

    "The man campaigning against the quarry near Quarnby told the hearing", "A former driver for Aurek Quill
    told the court", "One woman leaving the hall, who ..., called it": the man, the driver
    (whom the article may name later), not the place, the person or the hall of the phrase.  Not a spokesperson
    ("a spokesman for X": the body speaks), nor a group, nor a document; a body's role holder ("The chief
    executive of X said") is :func:`_holder_of_a_role_in`'s.
    """
    if said.kind == "name":
        if said.run is None or story.run_kind(said.run) == "org":
            return None
        at = said.run.start
    elif said.kind == "role" and said.det == "the":
        at = said.start
    else:
        return None
    if _CONNECTOR_BEFORE_RE.search(text, max(lo, at - 14), at) is None:
        return None  # (the cheap test first: most names follow "said " or open their sentence)
    start = max(lo, sentence_start(text, at))
    dash = max(text.rfind("\u2014 ", start, at), text.rfind("-- ", start, at))
    if dash >= 0:
        start = dash + 2 + (text[dash] == "-")  # after a dateline: "QUARNBY (Wire) \u2014 The woman ..."
    m = _DESCRIBED_SUBJECT_RE.match(text, lstrip_index(text, start, at), at)
    if m is None or m.end() != at or _WHO_IN_RE.search(m.group()):
        return None  # ("The woman who found the swan on the banks of X said": whom the article names next)
    head = m.group("head")
    if not _noun_for_someone(head) or head in lx.SPOKES_HEADS or _a_document(head) or head in _NO_ONE_HOLDER:
        return None  # (nor a document: "A statement from X said", "An order from Judge X said" are X's)
    det = m.group("det").lower()
    if det == "the" and head in lx.ROLE_HEADS and not _holder_spoken_of(story, text, start, head, said):
        det = "one"  # "The mayor of Quarnby said", no mayor of Quarnby spoken of before: nobody, never a guess
    return Mention(m.start(), said.end, "role", word=head, head=head, mods=frozenset(m.group("mods").split()), det=det)


def _holder_spoken_of(story: Story, text: str, before: int, head: str, said: Mention) -> bool:
    """Did the article speak of a holder of the role ``head`` before ``before`` (not a former one)?

    And, when the description names a place ("The mayor of Quarnby said"), of that place before too -- not
    "Vexmoor's mayor, X," then "The mayor of Quarnby, whose town ..., said".
    """
    run = said.run if said.kind == "name" else None
    # (a place, or a name no given name opens: "the trial of Aurek Quill" is no place, "The mayor of Quarnby" is)
    named = run is not None and story.run_kind(run) == "person" and given(norm(run.name_words[0]))
    if run is not None and not named and text.find(text[run.start : run.end], 0, before) < 0:
        return False
    for m in re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE).finditer(text, 0, before):
        if not _FORMER_BEFORE_RE.search(text, max(0, m.start() - 16), m.start()):
            return True
    return False


#: "former ", "ex-", "former deputy ": a role someone no longer holds, or another one.
_FORMER_BEFORE_RE = re.compile(r"(?:\b[Ff]ormer (?:[a-z]+ )?|\b[Ee]x-|\b[Dd]eputy )$")


#: How :data:`_DESCRIBED_SUBJECT_RE` ends: a preposition or a word in -ing (and "the") right before the name.
_CONNECTOR_BEFORE_RE = re.compile(r"\b(?:to|of|for|against|at|with|from|behind|near|on|in|[a-z]{3,}ing)(?: the)? $")
#: A relative clause in the description: "The woman who found ...", "the man whose dog ...".
_WHO_IN_RE = re.compile(r"\b(?:who|whose|whom|that)\b")


def _a_document(head: str) -> bool:
    """Is ``head`` a noun for a document or a decision, whose words are its author's ("order", "judgment")?"""
    return head in lx.DOCUMENT_HEADS or head.endswith("ment") or head in _DECISION_NOUNS


#: Papers and decisions not among the documents that speak of themselves: "An order from Judge X said".
_DECISION_NOUNS = frozenset({"order", "ruling", "decision", "verdict", "opinion", "paper", "letter", "affidavit"})


def _someone_of_role(text: str, lo: int, start: int) -> re.Match[str] | None:
    """A role and "for" or "of" right before the person at ``start`` ("the lawyer for ", "a friend of "), if any."""
    m = _SOMEONE_FOR_RE.search(text, max(lo, start - 50), start)
    return m if m is not None and m.group("role") in lx.ROLE_HEADS else None


def _people_of(text: str, lo: int, start: int, end: int) -> Mention | None:
    """People, in the plural, before the name at ``text[start:end]`` ("the residents of ", "two residents of ").

    A mention of them up to the name's end, for a role nobody named holds: people in the plural are nobody
    named, whatever their determiner (no one person holds "the friends").
    """
    m = _PEOPLE_OF_RE.search(text, max(lo, start - 40), start)
    if m is None:
        return None
    noun = m.group("noun")
    if noun != "people" and not _noun_for_someone(noun[:-1]):
        return None
    return Mention(m.start(), end, "role", word=noun, head=noun, det="some")


def _noun_for_someone(h: str) -> bool:
    """A noun for a person: a role ("critic"), a person noun ("neighbour"), or a doer's ending ("campaigner")."""
    return h in lx.ROLE_HEADS or h in lx.PERSON_NOUNS or (bool(h) and ROLE_SUFFIX_RE.search(h) is not None)


def _uncontracted(lw: str) -> str:
    """A lower-case word without the verb a pronoun runs into ("she'd" -> "she"); any other word as it is."""
    if "'" not in lw and "\u2019" not in lw:
        return lw
    return _CONTRACTED_PRONOUN_RE.sub(r"\1", lw)


def _in_a_place(text: str, lo: int, start: int) -> bool:
    """Does a locative preposition come before ``start``, with only a direction, "the" or other places between?

    "nurses across rural Vexhollow said", "villages on the Mell Peninsula
    say", "farmers across Ostrey and north Vallan say": all places.
    """
    for _s, _e, w in rwords(text, max(lo, start - 60), start):
        lw = w.lower()
        if lw in _DIRECTIONAL or lw == "the":
            continue
        if lw == "and" or (w[:1].isupper() and w.isalpha() and lw not in _LOCATIVE):
            continue  # a place before, joined by "and"
        return lw in _LOCATIVE or lw == "on"
    return False


def _other_or_bench(lw: str, before: str, start: int, end: int) -> Mention | None:
    """A speaker named by a word that is no noun for a person: "the other", "Her Honour".

    "The other said": the second of two people the article did not name; "Her Honour said": the judge, as a
    court report speaks of its bench (no one of hers, nobody named Honour).
    """
    if lw == "other" and before == "the":
        return Mention(start, end, "role", word="them", head="them", det="one")
    if lw in lx.FORMS_OF_ADDRESS and before in ("his", "her"):
        return Mention(start, end, "role", word=lw, head=lw, mods=frozenset({before}), det="the")
    return None


def _speaker_noun(w: str, lw: str, prev: Token | None) -> bool:
    """Can the word ``w`` (lower case ``lw``, after the token ``prev``) be the head of a speaker's noun phrase?"""
    is_nat = (
        prev is not None
        and (bool(NATIONALITY_RE.match(w)) or lw in lx.DEMONYMS)
        and (prev[2].lower() == "the" or YEAR_OLD_RE.match(prev[2]) is not None)
    )
    return bool(
        lw in lx.ROLE_HEADS
        or lw == "family"  # "His family said": a speaker, though no role anyone holds
        or lw in lx.ORG_HEADS
        or lw in lx.SPOKES_HEADS
        or lw in lx.DOCUMENT_HEADS
        or YEAR_OLD_RE.match(lw)
        or is_nat
        or (ROLE_SUFFIX_RE.search(lw) and prev is not None and norm(prev[2]) in _DET_OR_MODIFIER)
    )


def _role_phrase_before(
    story: Story, text: str, lo: int, last: Token, prev: Token | None, back: Iterator[Token]
) -> Mention | None:
    """'the prime minister', 'a Quarrenby Rail spokesperson': the role ending with ``last``.

    ``prev`` is the token before ``last`` and ``back`` the ones before it,
    right to left.
    """
    s, e, w = last
    lw = w.lower()
    mods: list[str] = []
    start = s
    det = None
    cap_end = None
    for ts, te, tw in itertools.chain((prev,) if prev is not None else (), back):
        n = norm(tw)
        if n in lx.DETERMINERS or n in lx.INDEFINITE:
            det = n
            start = ts
            break
        if (
            n in lx.ROLE_MODIFIERS
            or n in lx.ROLE_HEADS
            or tw[:1].isupper()
            or tw.endswith(("\u2019s", "'s"))
            or YEAR_OLD_RE.match(n) is not None  # "the 27-year-old striker"
            or (n == "own" and lw in lx.SPOKES_HEADS and text.endswith(("'s ", "\u2019s "), lo, ts))
            # ("the trust's own spokeswoman"; not "the council's own report", whose author is the council)
        ):
            if tw[:1].isupper() and cap_end is None:
                cap_end = te
            mods.insert(0, n)
            start = ts
            continue
        break
    if det is None:
        # "A senior government source said": plain words after an article
        ind = _INDEF_BEFORE_RE.search(text, max(lo, start - 40), start)
        if ind is not None:
            det = ind.group(1).lower()
            start = ind.start()
    if det is not None and lw not in lx.ROLE_HEADS:
        before = last_word(text, max(lo, start - 12), start)
        if before is not None and before[2] in _PREPOSITIONS:
            return None  # "a woman near the front of the hall shouted": no role
    if (
        (lw in lx.SPOKES_HEADS or (lw in lx.ORG_HEADS and lw not in lx.ROLE_HEADS))
        and cap_end is not None
        and cap_end == rstrip_index(text, lo, s)
    ):
        # "a Quarrenby Rail spokesperson", "the Grindmoor union": the
        # capitals name the organisation.
        org = story.reg.runs_by_end.get(cap_end)
        if (
            org is not None
            and not (possessive(text, org) and story.run_kind(org) == "person")
            # (not "Ms Quarn's union": hers, a body the article may name next, never her)
            and not (det in lx.INDEFINITE and lw not in lx.SPOKES_HEADS)
            # (nor "a Vexleyton company": where a company is, not what it is called)
            and not (
                story.run_kind(org) != "org"
                and is_demonym(text[org.start : org.end])
                and not (text.endswith(", ", lo, start) and story.reg.runs_by_end.get(start - 2) is not None)
            )
            # (nor "the British carrier said": of which people, no name -- but "X, the British maker of Y," is X)
        ):
            return Mention(org.start, org.end, "org", run=org)
    return Mention(start, e, "role", word=lw, head=lw, mods=frozenset(mods), det=det)


# -- the noun phrase after a verb -------------------------------------------------


def np_after(story: Story, text: str, lo: int, hi: int, *, after_verb: bool = False) -> Mention | None:
    """The noun phrase starting at ``lo`` ("said Mr Quill", "said the minister").

    ``after_verb``: the phrase follows its speech verb, so a person named
    after the role ("said the board's chair, Ysmay Quill") is the speaker.
    """
    lo = lstrip_index(text, lo, hi)
    if lo >= hi:
        return None
    run = story.reg.runs_by_start.get(lo)
    lazy = LazyWords(text, lo, min(hi, lo + 160))
    if not lazy.has(0):
        return None
    s, e, w = lazy.t[0]
    lw = w.lower()
    if run is None and lw == "the" and lazy.has(1):
        titled = story.reg.runs_by_start.get(lazy.t[1][0])
        if titled is not None and titled.honorific is not None and titled.end <= hi:
            run = titled  # "according to the Rev. Aleksey Quill": the title's article, then the person
    titled = _after_a_short_title(story, text, run) if run is not None else None
    if titled is not None:
        run, hi = titled, max(hi, titled.end)  # "asked Ald. Brisa Quill": a title the lexicon lacks, then her
    if run is not None and run.end <= hi:
        if after_verb and text.startswith(" and ", run.end):
            # "said Maud Quill and Osbert Vexley's lawyer, Ilani Roiso": the lawyer of the pair, named after
            other = story.reg.runs_by_start.get(run.end + 5)
            if other is not None and other.end <= hi and text.endswith(("'s", "\u2019s"), other.start, other.end):
                theirs = _owner_then_named(story, text, other, hi) or _someone_of_theirs(story, text, other, hi)
                if theirs is not None:
                    return theirs
        owned = (
            (_owner_then_named(story, text, run, hi) or _body_role_then_named(story, text, run, hi))
            if after_verb
            else None
        )
        return owned or _someone_of_theirs(story, text, run, hi) or _name_from_run(story, run, lazy)
    if lw in lx.SUBJECT_PRONOUNS:
        return Mention(s, e, "pronoun", word=lw)
    named = _name_after_role_words(story, lazy, hi, after_verb=after_verb)
    if named is not None:
        return named
    phrase = _phrase_after(story, lazy, hi)
    if after_verb and phrase is not None and phrase.kind == "role":
        return apposed_name(story, text, phrase, hi) or _owned_role_then_named(story, text, phrase, hi) or phrase
    if after_verb and phrase is None and lw in _APPOSING_DETERMINERS:
        # "said the harbour master, Aleksey Quill": a description the lexicon does not know, then the person
        return apposed_name(story, text, Mention(s, e, "role", word=lw), hi)
    return phrase


def _after_a_short_title(story: Story, text: str, run: Run) -> Run | None:
    """The person after a one-word run that is an abbreviated title ("Ald.", "Insp."), if it is one.

    A capitalised word of two to five letters, with a full stop, that is no given name, no known surname and no
    everyday word, right before the run of a person: "asked Ald. Brisa Quill".
    """
    word = text[run.start : run.end]
    if not _SHORT_TITLE_RE.fullmatch(word) or not text.startswith(". ", run.end):
        return None
    n = word.lower()
    if given(n) or n in lx.common_words() or run.entity is not None or not _abbreviates_a_title(n):
        return None
    nxt = story.reg.runs_by_start.get(run.end + 2)
    return nxt if nxt is not None and story.run_kind(nxt) == "person" and len(nxt.name_words) >= 2 else None


_SHORT_TITLE_RE = re.compile(r"[A-Z][a-z]{1,4}")
_TITLE_WORDS: frozenset[str] | None = None


def _abbreviates_a_title(n: str) -> bool:
    """Is ``n`` the start of a longer title or role the lexicon knows ("ald" of "alderman", "insp" of "inspector")?"""
    global _TITLE_WORDS
    if _TITLE_WORDS is None:
        _TITLE_WORDS = frozenset(w for w in (*lx.HONORIFICS, *lx.ROLE_HEADS) if " " not in w)
    return len(n) >= 3 and any(len(w) >= len(n) + 2 and w.startswith(n) for w in _TITLE_WORDS)


_APPOSING_DETERMINERS = frozenset(("the", "his", "her", "its", "their"))
_APPOSITION_STOPS = frozenset('.;:!?\u201c\u201d"\u2018')
#: "'s executive director, ": a possessive, role words and a comma, after an owner's name (a name ending in
#: "s" may take the apostrophe alone: "Hollins' mother, ").
_OWNED_ROLE_RE = re.compile(r"(?:['\u2019]s|(?<=s)['\u2019]) (?:[a-z\-]+ ){0,3}?([a-z\-]+), ")
#: "'s partner on the late rota, ": a possessive, the role, a phrase saying where, and a comma.
_OWNED_ROLE_WHERE_RE = re.compile(
    r"(?:['\u2019]s|(?<=s)['\u2019]) (?:[a-z\-]+ ){0,2}?([a-z\-]+) (?:on|at|in|of|for) (?:[a-z\-]+ ){0,3}[a-z\-]+, "
)


def _someone_of_theirs(story: Story, text: str, run: Run, hi: int) -> Mention | None:
    """'according to Quill's lawyer, unnamed here': the lawyer, someone the article leaves unnamed.

    A person's name in the possessive, then a role: the role speaks, not its owner (a spokesman, who speaks for
    them, aside). The resolver takes the one the article gave that role, else nobody: never the owner, nor a
    guess.
    """
    if not text.endswith(("'s", "\u2019s"), run.start, run.end) or story.run_kind(run) != "person":
        return None
    m = _OWNED_ROLE_WORD_RE.match(text, run.end, hi)
    if m is None or m.group(1) in lx.SPOKES_HEADS or not (m.group(1) in lx.ROLE_HEADS or m.group(1) in KIN):
        return None
    if "press" in m.group().split():
        return None  # ("Quill's press secretary": speaks for Quill, as a spokesman does)
    return Mention(run.start, m.end(1), "role", word=m.group(1), head=m.group(1), det="the")


#: " solicitor", " former coach" after a name's "'s": the role it owns, then the end of the phrase.
_OWNED_ROLE_WORD_RE = re.compile(r" (?:[a-z\-]+ ){0,2}?([a-z\-]+)(?=[,.;:]| who\b| said\b| told\b)")


def _body_role_then_named(story: Story, text: str, run: Run, hi: int) -> Mention | None:
    """'according to Quorran State athletic director Aurek Vexley': the person the role names.

    (Whatever the capitals before the role were taken for: "Quorran State" may read as a person's name.)
    """
    return _person_after_role(story, _ROLE_WORDS_RE.match(text, run.end, hi), hi)


def _person_after_role(story: Story, m: re.Match | None, hi: int) -> Mention | None:
    """The person named right after the role words ``m`` matched (group 1: the role's head), if any."""
    if m is None or not (m.group(1) in lx.ROLE_HEADS or m.group(1) in KIN or ROLE_SUFFIX_RE.search(m.group(1))):
        # ("club physiotherapist": a word for a job the lexicon lacks, by its ending; "X's nephew, Y": kin)
        return None
    named = story.reg.runs_by_start.get(m.end())
    if named is None or named.end > hi or story.run_kind(named) != "person":
        return None
    return Mention(named.name_start, named.end, "name", run=named)


#: " athletic director ", " chief executive ": lower-case role words after a body's name, then a name.
_ROLE_WORDS_RE = re.compile(r" (?:[a-z\-]+ ){0,2}([a-z\-]+) (?=[A-Z])")


def _owner_then_named(story: Story, text: str, run: Run, hi: int) -> Mention | None:
    """'said Quorran Lane's executive director, Aurek Vexley': the person named after the owner's role."""
    k = run.end - 2 if text[run.end - 2 : run.end] in ("'s", "\u2019s") else run.end
    return _person_after_role(story, _OWNED_ROLE_RE.match(text, k, hi), hi) or _person_after_role(
        story, _OWNED_ROLE_WHERE_RE.match(text, k, hi), hi
    )


def apposed_name(story: Story, text: str, role: Mention, hi: int, kind: str = "person") -> Mention | None:
    """The person (or ``kind``) named right after a role, set off by a comma.

    "said the board's head of safety, Ysmay Quill"; "a spokesman for the operator, Quarnby Trains" (an org).
    """
    c = text.find(",", role.end, min(hi, role.end + 60))
    if c < 0 or not _APPOSITION_STOPS.isdisjoint(text[role.end : c]):
        return None
    if any(w[:1].isupper() for w in text[role.end : c].split()):
        return None  # other capitals between: not one noun phrase
    k = lstrip_index(text, c + 1, hi)
    run = story.reg.runs_by_start.get(k)
    if run is None and text.startswith("the ", k):
        # "added the chaplain, the Rev Ysmay Quill": a title after "the" opens the name
        run = story.reg.runs_by_start.get(k + 4)
        run = run if run is not None and run.prefix else None
    if run is None or run.end > hi or story.run_kind(run) != kind:
        return None
    after = text[run.end : run.end + 1]
    if after and after not in ".,;" and not after.isspace():
        return None
    return Mention(run.name_start, run.end, "name", run=run)


def _name_from_run(story: Story, run: Run, lazy: LazyWords) -> Mention:
    """'Red Cross spokesperson Otso Quarnby': the name is the last run."""
    has, toks = lazy.has, lazy.t
    k = 0
    while has(k) and toks[k][0] < run.end:
        k += 1
    j = k
    while has(j) and norm(toks[j][2]) in _ROLE_WORDS:
        j += 1
    if j > k and has(j):
        nxt = story.reg.runs_by_start.get(toks[j][0])
        if nxt is not None and story.run_kind(nxt) == "person":
            return Mention(nxt.name_start, nxt.end, "name", run=nxt)
    return Mention(run.name_start, run.end, "name", run=run)


def _name_after_role_words(story: Story, lazy: LazyWords, hi: int, *, after_verb: bool = False) -> Mention | None:
    """'said passenger Althea Wrenfold', 'according to teammate Aurek Vexmoor': role words, then a person.

    ``after_verb``: right after the speech verb, a body's word and a title also ("said board President X").
    """
    has, toks = lazy.has, lazy.t
    runs_by_start = story.reg.runs_by_start
    j = 0
    while (
        j < 4
        and has(j)
        and toks[j][2].islower()
        and (toks[j][2] in lx.ROLE_HEADS or toks[j][2] in lx.ROLE_MODIFIERS or ROLE_SUFFIX_RE.search(toks[j][2]))
    ):
        j += 1
    if j == 0 or not has(j) or runs_by_start.get(toks[j][0]) is None:
        # "said committee chair Quessa Tjernsli", "according to foreign
        # ministry spokesperson Aurek Vexmoor": plain words, then the role
        # noun right before the name.
        k = 0
        while (
            k < 4
            and has(k)
            and toks[k][2].replace("-", "").isalpha()
            and toks[k][2].islower()
            and toks[k][2] not in _NOT_ROLE_LEAD
        ):
            k += 1
        last = toks[k - 1][2] if k > 0 else ""
        titled = runs_by_start.get(toks[k][0]) if after_verb and k > 0 and has(k) and last in lx.ORG_HEADS else None
        if (
            k > 0
            and has(k)
            and (last in lx.ROLE_HEADS or last in lx.SPOKES_HEADS or ROLE_SUFFIX_RE.search(last) or last.endswith("ee"))
        ):
            j = k  # ("said season-ticket holder Brisa Quill", "said retiree Brisa Quill")
        elif (
            titled is not None
            and titled.prefix
            and titled.prefix[-1].lower() in lx.ROLE_HEADS
            and not possessive(story.reg.text, titled)
        ):
            # ("said board President Brisa Quill", "said union General Secretary Aurek Vexley": the body's; not "said
            # board President Brisa Quill's lawyer, Y": whose lawyer)
            j = k
        elif has(0) and toks[0][2] in ("the", "a", "an"):
            # "said the singer-songwriter Ysmay Quill": any descriptive words between the article and a person
            k = 1
            # (never past a speech verb: '"...," the judge told Aurek Vexley' is the judge to a listener; nor a
            # preposition: "said a lawyer for Aurek Vexley" is the lawyer, someone else)
            while (
                k < 4
                and has(k)
                and toks[k][2].islower()
                and toks[k][2].replace("-", "").isalpha()
                and toks[k][2] not in lx.SPEECH_VERBS
                and not (toks[k][2] in _NOT_BETWEEN_ROLE_AND_NAME and toks[k - 1][2] in lx.ROLE_HEADS)
            ):
                k += 1
            j = k if k > 1 else 0
    if j > 0 and has(j):
        nxt = runs_by_start.get(toks[j][0])
        if nxt is not None and story.run_kind(nxt) == "person" and nxt.end <= hi:
            return Mention(nxt.name_start, nxt.end, "name", run=nxt)
    if has(1) and toks[0][2] == "the":
        # "according to the medical charity Quorran Relief": the body named right after its noun
        k = 1
        while k < 4 and has(k + 1) and toks[k][2].islower() and toks[k][2] not in lx.ORG_HEADS:
            k += 1
        if has(k + 1) and toks[k][2] in lx.ORG_HEADS:
            nxt = runs_by_start.get(toks[k + 1][0])
            if nxt is not None and story.run_kind(nxt) == "org" and nxt.end <= hi:
                return Mention(nxt.start, nxt.end, "org", run=nxt)
    return None


def _owned_role_then_named(story: Story, text: str, owner: Mention, hi: int) -> Mention | None:
    """'said the union's Quarnby region organiser, Aurek Vexley': the person named after the owner's role."""
    if text[owner.end - 2 : owner.end] not in ("'s", "\u2019s"):
        return None
    return _person_after_role(story, _OWNED_ANY_ROLE_RE.match(text, owner.end - 2, hi), hi)


#: "'s Quarnby region organiser, ", "'s regional organiser ": a possessive, words of the role (a region's name
#: among them), its head, then the name.
_OWNED_ANY_ROLE_RE = re.compile(r"['\u2019]s (?:[A-Za-z\-]+ ){0,4}?([a-z\-]+),? (?=[A-Z])")


#: Capital initials with full stops between them ("U.S", "U.K", its last stop a token of its own).
_DOTTED_RE = re.compile(r"(?:[A-Z]\.)+[A-Z]")


def _phrase_after(story: Story, lazy: LazyWords, hi: int) -> Mention | None:
    """'the Home Office', 'a foreign diplomat', 'the company's chief executive': a phrase from the first token."""
    has, toks = lazy.has, lazy.t
    lw = toks[0][2].lower()
    det = None
    i = 0
    if lw in lx.DETERMINERS or lw in lx.INDEFINITE:
        det = lw
        i = 1
        if has(1):
            org = story.reg.runs_by_start.get(toks[1][0])
            k = 2
            while org is not None and has(k) and toks[k][0] < org.end:
                k += 1  # the first word after the organisation's name
            if (
                org is not None
                and _names_org(story, org)
                and org.end <= hi
                and not (has(k) and (norm(toks[k][2]) in lx.ROLE_HEADS or norm(toks[k][2]) in lx.SPOKES_HEADS))
            ):
                # "the Home Office said" -- but "a foreign diplomat said"
                # is a person, to be read below.
                return Mention(org.start, org.end, "org", run=org)
    mods: list[str] = []
    while has(i):
        tw = toks[i][2]
        n = norm(tw)
        if _is_head(lazy, i, n, det, mods):
            nxt = toks[i + 1][2].lower() if has(i + 1) else ""
            if (n in lx.ROLE_MODIFIERS or n in lx.ROLE_HEADS) and (
                nxt in lx.ROLE_HEADS or nxt in lx.ORG_HEADS or nxt in lx.SPOKES_HEADS
            ):
                mods.append(n)  # "chief executive", "prime minister"
                i += 1
                continue
            return _head_mention(story, lazy, i, n, mods, det)
        if n in lx.ROLE_MODIFIERS or tw[:1].isupper() or tw.endswith(("\u2019s", "'s")) or (tw == "&" and mods):
            mods.append(n)  # ("a Quorran & Vorn spokesperson": the ampersand of a firm's name)
            i += 1
            if _DOTTED_RE.fullmatch(tw) and has(i) and toks[i][2] == "." and toks[i][0] == toks[i - 1][1]:
                i += 1  # ("a U.S. Army veteran": the full stop that ends the initials, not the sentence)
            if len(mods) > 4:
                return None
            continue
        if det is not None and tw.replace("-", "").isalpha() and tw.islower() and len(mods) < 3 and has(i + 1):
            # "a preliminary crash report": plain adjectives and nouns before
            # the head of a determiner phrase
            if not _head_ahead(lazy, i):
                return None
            mods.append(n)
            i += 1
            continue
        return None
    return None


def _is_head(lazy: LazyWords, i: int, n: str, det: str | None, mods: list[str]) -> bool:
    """Is token ``i`` (normalised ``n``) the head noun of a speaker's phrase?"""
    has, toks = lazy.has, lazy.t
    tw = toks[i][2]
    return bool(
        n in lx.ROLE_HEADS
        or n in lx.ORG_HEADS
        or n in lx.SPOKES_HEADS
        or n in lx.DOCUMENT_HEADS
        or YEAR_OLD_RE.match(n)
        # ("the Italian said"; but "the Italian captain said", "the Quarnby coach said": the role's head comes next)
        or (det == "the" and not mods and (NATIONALITY_RE.match(tw) or n in lx.DEMONYMS) and not _head_ahead(lazy, i))
        or (
            det is not None
            and tw.islower()
            and ROLE_SUFFIX_RE.search(n)
            and (
                not has(i + 1)
                or not toks[i + 1][2][:1].isalpha()
                or toks[i + 1][2] == "who"
                or VERB_RE.fullmatch(toks[i + 1][2]) is not None  # "the pastor says"
            )
        )
    )


def _head_ahead(lazy: LazyWords, i: int) -> bool:
    """Is one of the (up to two) plain lower-case words after token ``i`` a head noun?"""
    has, toks = lazy.has, lazy.t
    k = i + 1
    while k < i + 3 and has(k) and toks[k][2].isalpha() and toks[k][2].islower():
        nk = toks[k][2]
        if nk in lx.DOCUMENT_HEADS or nk in lx.SPOKES_HEADS or nk in lx.ROLE_HEADS or nk in lx.ORG_HEADS:
            return True
        k += 1
    return False


#: An indefinite article and up to three words before a position ("A ", "a senior ").
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:[Aa]n?|[Oo]ne) (?:[\w'\u2019&-]+ ){0,3}$")
_SPOKES_NOUN = r"(spokes(?:wo)?man|spokesperson|representative)\b"
#: After a body's name, perhaps a spokesperson's noun ("Quarnby Air spokeswoman"), then the clause that says they
#: spoke without the body's leave (", who asked not to be named because she was not authorized to discuss it,").
_UNAUTHORISED_AFTER_RE = re.compile(
    rf"(?:(?:['\u2019]s)? (?:[a-z]+ ){{0,2}}?{_SPOKES_NOUN})?(?: (?:in|at) (?:the )?[A-Za-z]+(?: [a-z]+)?)?,? who "
    # the who-clause is the spokesperson's own: "who asked not to be named because she was not authorized to",
    # "who was not authorised to" (not "who said pilots were not authorized to", nor another's "who")
    r"(?:(?:asked|requested|declined|did not want|didn't want|didn\u2019t want|spoke)\b"
    r"[^.;:?!\u201c\u201d\u2018\"]{0,80}?"
    r" (?:because|as|since) (?:she|he|they) (?:was|were|is|are) |(?:was|were|is|are) )"
    r"not (?:authori[sz]ed|permitted|allowed|cleared) to (?:speak|discuss|comment|talk)\b"
)
#: A spokesperson's noun before the body's name: "a spokeswoman for (the) ".
_SPOKES_FOR_BEFORE_RE = re.compile(rf"{_SPOKES_NOUN} (?:for|at|of) (?:the )?$")


def _head_mention(story: Story, lazy: LazyWords, i: int, n: str, mods: list[str], det: str | None) -> Mention:
    """The mention a phrase with its head noun at token ``i`` makes: an organisation or a role."""
    has, toks = lazy.has, lazy.t
    reg = story.reg
    if (
        (n in lx.SPOKES_HEADS or (n in lx.ORG_HEADS and n not in lx.ROLE_HEADS))
        and mods
        and toks[i - 1][2][:1].isupper()
    ):
        # "a Quarrenby Rail spokesperson said", "the Grindmoor union said" -- but "a senior Vornish official"
        # is a person of that people, no body
        org = reg.runs_by_end.get(toks[i - 1][1])
        if org is not None and not (n.startswith("official") and is_demonym(toks[i - 1][2])):
            return Mention(org.start, org.end, "org", run=org)
    if n in lx.SPOKES_HEADS and has(i + 2) and toks[i + 1][2] in ("for", "at", "of"):
        k = i + 2
        if toks[k][2].lower() == "the" and has(k + 1):
            k += 1
        org = reg.runs_by_start.get(toks[k][0])
        if org is not None and _names_org(story, org):
            return Mention(org.start, org.end, "org", run=org)
    return Mention(toks[0][0], toks[i][1], "role", word=n, head=n, mods=frozenset(mods), det=det)


# -- the speaker of a verb ----------------------------------------------------------


#: What comes before whoever only saw or was given a document: "a report seen by (the) X", "a memo leaked to X".
_SEEN_BY_END_RE = re.compile(
    r"(?:\b(?:seen|obtained|reviewed|viewed|examined) by|\b(?:leaked|passed|sent|given|shown) to) (?:the )?"
    r"(?:[A-Z][\w\u2019'&-]* ){0,2}$"  # (a word the run left out: "the Weekend Vexley")
)


#: A short parenthesis right after a name, before its verb: a party or a place ("(Ind)", "(D-Texas)", "(Lab)").
_PARTY_AFTER_NAME_RE = re.compile(r"(?<=[\w.'\u2019]) \([A-Z][\w.\- ,]{0,20}\) ?$")


def agent_before_verb(story: Story, text: str, lo: int, vs: int) -> Mention | None:
    """'X said', 'X has said', 'X, the minister, said', 'Its director, Y, said'.

    A body's spokesperson who spoke without its leave ("a Quarnby Air spokeswoman, who was not authorized to
    discuss it, said") is that person, unnamed: not the body.
    """
    m = _agent_before_verb(story, text, lo, vs)
    if m is None or text.find("authori", m.end, vs) < 0:
        return m
    if not (
        m.kind == "org"
        or (m.kind == "name" and m.run is not None and story.run_kind(m.run) == "org")
        or (m.kind == "role" and m.head in lx.SPOKES_HEADS)
    ):
        return m
    after = _UNAUTHORISED_AFTER_RE.match(text, m.end, vs)
    if after is None:
        return m
    if m.kind == "role":
        return Mention(m.start, m.end, "role", word="person", head="person", det="a")
    spokes = after if after.group(1) else _SPOKES_FOR_BEFORE_RE.search(text, max(lo, m.start - 40), m.start)
    if spokes is None:
        return m
    start, end = min(m.start, spokes.start(1)), max(m.end, spokes.end(1))
    art = _ARTICLE_BEFORE_RE.search(text, max(lo, start - 40), start)
    # (someone the article leaves unnamed, described by its words: "a Quarnby Air spokeswoman")
    return Mention(art.start() if art else start, end, "role", word="person", head="person", det="a")


def _agent_before_verb(story: Story, text: str, lo: int, vs: int) -> Mention | None:
    """'X said', 'X has said', 'X, the minister, said', 'Its director, Y, said'."""
    w0 = max(lo, vs - 40)
    # (each pattern is tried only where it can match: "who" or "which" in reach; "her", "him" or "them" and a space)
    relative = text.find("wh", w0, vs) >= 0 and _RELATIVE_RE.search(text, w0, vs) is not None
    k = rstrip_index(text, w0, vs)
    heard = _HEARD_SAY_RE.search(text, w0, vs) if k < vs and text.endswith(_HEARD_OBJECTS, w0, k) else None
    if heard is not None:
        # "I've heard her say, '...'": she says it, whoever heard
        w = heard.group(1).lower()
        return Mention(heard.start(1), heard.end(1), "pronoun", word={"her": "she", "him": "he"}.get(w, "they"))
    pos = _skip_aux_back(text, lo, vs)
    if _WHO_AT_RE.match(text, pos, vs):
        antecedent = who_antecedent(story, text, lo, pos)
        if antecedent is not None:
            return antecedent  # "Aurek Quill, a thatcher who calls the job": Quill
        before = rstrip_index(text, lo, pos)
        unnamed = _unnamed_before_who(text, lo, before - 1) if text[before - 1 : before] == "," else None
        if unnamed is not None:
            return unnamed  # "he complained to a nurse on the corridor, who told him": the nurse, unnamed
    # (the pattern ends in ")", perhaps a space, then its "$": tried only where a ")" is that near)
    near = pos >= 4 and text.find(")", pos - 3, pos) >= 0
    paren = _PARTY_AFTER_NAME_RE.search(text, max(lo, pos - 30), pos) if near else None
    if paren is not None:
        pos = paren.start()  # "Cllr X (Ind) said", "Sen. X (D-Texas) said": the party after the name
    back = _before_a_relative_word(text, lo, pos)  # "the Vellowby Tax Institute, which said"
    after_a_relative = back is not None
    pos = back if back is not None else pos
    gave = named_as(story, text, lo, pos)
    if gave is not None:
        return gave  # "A caller who gave her name only as Quessa, a retired nurse, told"
    m = np_before(story, text, lo, pos)
    if m is not None and m.kind == "name" and m.run is not None and story.run_kind(m.run) != "person":
        somebody = _unnamed_of_a_place(story, text, lo, m)
        if somebody is not None:
            return somebody  # "a guest from Quarnholt said", "Residents from Quarnby Vale said": not the place
    m = _past_an_aside(story, text, lo, pos, m)
    if m is None and not _PASSIVE_AUX_RE.search(text, pos, vs):
        m = _body_of_people(story, text, lo, pos)  # (not "Pupils at X were told ... by Y": the pupils listen)
    if m is not None and _SEEN_BY_END_RE.search(text, max(lo, m.start - 30), m.start):
        return None  # "A copy seen by the Weekend Vexley describes": the paper saw the document, it does not speak
    if m is None:
        place = _IN_A_PLACE_END_RE.search(text, max(lo, pos - 60), pos)
        if place is not None and "," not in text[lo : place.start()]:
            m = np_before(story, text, lo, place.start())  # "A spokeswoman for X Hospital in Spokane said"
    if m is None and (tok := last_word(text, max(lo, pos - 8), pos)) is not None and tok[2] in ("there", "here"):
        m = np_before(story, text, lo, tok[0])  # "a coach there had once told him": the coach
        if m is not None and (m.kind != "role" or m.det not in lx.INDEFINITE):
            m = None  # ("the manager there said": another place's manager than the one the article named)
    if m is None:
        m = _person_of_a_body(story, text, lo, pos)
    if m is not None:
        if (
            relative
            and m.run is not None
            and story.run_kind(m.run) == "org"
            and (who := _RELATIVE_WHO_RE.search(text, m.end, vs)) is not None
        ):
            described = _described_then_who(story, text, lo, who.start())
            if described is not None:
                return described  # "X, the chief executive of rival Y, who posted": who is X, not Y
        # ("X of the bank Y, which said")
        affiliated = None if after_a_relative else _affiliated_person(story, text, lo, m)
        return affiliated or _holder_of_a_role_in(story, text, lo, m) or m
    p = rstrip_index(text, lo, pos)
    if p > lo + 1 and text[p - 1] in _QUOTE_CHAR_SET and text[p - 2] == "," and story.reg.in_quote(p - 2):
        p -= 1  # 'X, who edits the newsletter, "The Signal," said': the comma inside the marks ends the part
    if p > lo and text[p - 1] == ",":
        if relative and _RELATIVE_WHO_RE.match(text, p - 1):
            named = np_before(story, text, lo, p - 1)
            if named is not None and named.kind == "name" and named.end == p - 1 and named.run is not None:
                if story.run_kind(named.run) == "person":
                    return named  # "..., was announced by his daughter, Brisa Quill, who said": the name before "who"
                person = _person_of_place(story, text, lo, named.run.start)
                if person is not None:
                    return person  # "Sen. Aurek Vexley of Quellmoor, who called": who is Vexley, not the state
        described = _described_then_who(story, text, lo, p - 1) if relative else None
        return described or _appositive_subject(story, text, lo, p - 1, relative=relative)
    return None


def _before_a_relative_word(text: str, lo: int, pos: int) -> int | None:
    """Where the clause before a "who", "which" or "that" right before ``pos`` ends (before its comma), if anywhere."""
    tok = last_word(text, max(lo, pos - 12), pos)
    if tok is None or tok[2].lower() not in ("who", "which", "that") or tok[1] != rstrip_index(text, lo, pos):
        return None
    pos = rstrip_index(text, lo, tok[0])
    return pos - 1 if pos > lo and text[pos - 1] == "," else pos


def _person_of_a_body(story: Story, text: str, lo: int, pos: int) -> Mention | None:
    """'Orlo Pellin of the sheriff's office said': the person named before a body the article does not name."""
    body = _OF_AN_UNNAMED_BODY_END_RE.search(text, max(lo, pos - 70), rstrip_index(text, lo, pos))
    run = story.reg.runs_by_end.get(body.start()) if body is not None else None
    if run is None or run.start < lo or story.run_kind(run) != "person":
        return None
    if lstrip_index(text, lo, run.start) != run.start and not _OPENS_A_CLAUSE_RE.search(text, lo, run.start):
        return None  # (the name must open its clause: not "A friend of X from the village said")
    return Mention(run.name_start, run.end, "name", run=run)


#: Right before a name that opens a clause: ", ", "which ", "and ".
_OPENS_A_CLAUSE_RE = re.compile(r"(?:[,;:\u2014]|\b(?:which|that|and|but|when|while|as))\s+$")
#: " of the sheriff's office", " from the county health department": a body in everyday words, ending a subject.
_OF_AN_UNNAMED_BODY_END_RE = re.compile(r" (?:of|from|at) the (?:[a-z][\w'\u2019\-]* ){0,3}[a-z][\w\-]*$")


def _unnamed_of_a_place(story: Story, text: str, lo: int, m: Mention) -> Mention | None:
    """Somebody unnamed from the place or body ``m`` names ("a guest from Quarnholt", "Residents from X"), or None.

    (A body speaks for its people -- "Analysts at X" is X's -- but a place never speaks.)
    """
    somebody = _PERSON_FROM_RE.search(text, max(lo, m.start - 50), m.start)
    if somebody is not None and somebody.group(2) in lx.PERSON_NOUNS:
        det = somebody.group(1).lower()
        return Mention(
            somebody.start(), somebody.end(2), "role", word=somebody.group(2), head=somebody.group(2), det=det
        )
    people = _PEOPLE_FROM_RE.search(text, max(lo, m.start - 30), m.start)
    if people is None or people.start() != lstrip_index(text, lo, m.start) or story.run_kind(m.run) == "org":
        return None
    head = people.group(1).lower()
    return Mention(people.start(), people.end(1), "role", word=head, head=head, det="some")


def _past_an_aside(story: Story, text: str, lo: int, pos: int, m: Mention | None) -> Mention | None:
    """The subject ``m`` before the verb at ``pos``, past a phrase set off by commas that ``np_before`` stopped at."""
    w0 = max(lo, pos - 90)
    by_aside = _BY_ASIDE_RE.search(text, w0, pos)
    doc_aside = _DOCUMENT_ASIDE_RE.search(text, w0, pos) if by_aside is None else None
    aside = by_aside or doc_aside
    author = np_before(story, text, lo, aside.start()) if aside is not None else None
    its_author = author is not None and (
        _FROM_ITS_AUTHOR_RE.search(text, max(lo, author.start - 20), author.start) is not None
        or (by_aside is not None and author.start == lstrip_index(text, lo, pos))
    )
    if its_author and doc_aside is not None:
        # (not "A nurse from X, seen leaving the ward, said": a person from the body, no document of it)
        its_author = _A_DOCUMENT_FROM_RE.search(text, max(lo, author.start - 40), author.start) is not None
    if its_author and author.kind == "name" and not story.reg.in_quote(aside.start()):
        return author  # "A letter from the X, read out by the clerk, said": the letter's words (X's), not the reader's
    if m is None or m.kind == "role":
        aside = _PARTICIPLE_ASIDE_RE.search(text, max(lo, pos - 90), pos)
        if aside is not None and not story.reg.in_quote(aside.start()) and not ANONYMOUS_RE.search(aside.group()):
            # "one fan, wearing a cardboard lion head, said": the fan, not the head
            return np_before(story, text, lo, aside.start()) or m
    return m


def _body_of_people(story: Story, text: str, lo: int, pos: int) -> Mention | None:
    """'Analysts at X wrote', 'Researchers from X said': people unnamed, speaking for the body named next (X).

    Only a clause that opens on such people (:data:`_VOICES_OF_A_BODY`; not "Workers", "Customers") and the body
    right before the verb at ``pos``.
    """
    start = lstrip_index(text, lo, pos)
    first = _FIRST_WORD_RE.match(text, start, pos)
    if first is None or first.group(1).lower() not in _VOICES_OF_A_BODY:
        return None
    body = story.reg.runs_by_end.get(rstrip_index(text, first.end(), pos))
    if body is None or body.start != first.end() or story.run_kind(body) != "org":
        return None
    return Mention(body.name_start, body.end, "name", run=body)


#: People unnamed opening a clause, and where they are from: "Residents from ", "Parents at the ".
_PEOPLE_FROM_RE = re.compile(
    r"(" + "|".join(sorted(w[0].upper() + w[1:] + "s" for w in lx.PERSON_NOUNS)) + r") (?:from|in|at|of) (?:the )?$"
)
#: People who speak for the body they work at when the article names none of them: "Analysts at X wrote".
_VOICES_OF_A_BODY = frozenset(
    "analysts economists strategists officials researchers scientists investigators inspectors forecasters "
    "meteorologists auditors executives prosecutors regulators planners bosses chiefs directors managers".split()
)
_PASSIVE_AUX_RE = re.compile(r"\b(?:was|were|been|being|is|are|get|got)\b")
#: A plural opening a clause, then " at ", " from the ": people unnamed and the body they speak for.
_FIRST_WORD_RE = re.compile(r"([A-Z][a-z]+s) (?:at|from|with|for) (?:the )?")


def _unnamed_before_who(text: str, lo: int, pos: int) -> Mention | None:
    """Somebody unnamed ending at ``pos``, before a ", who" ("a nurse on the corridor"), as a role; else None."""
    m = _UNNAMED_BEFORE_WHO_RE.search(text, max(lo, pos - 80), pos)
    if m is None or m.end() != pos:
        return None
    head = m.group(2)
    if not (head in lx.PERSON_NOUNS or head in lx.ROLE_GENDER or head in lx.ROLE_HEADS):
        return None
    return Mention(m.start(), m.end(), "role", word=head, head=head, det=m.group(1).lower())


#: "a nurse on the corridor", "one officer at the scene": an indefinite person, then up to two places.
_UNNAMED_BEFORE_WHO_RE = re.compile(
    r"\b([Aa]n?|[Oo]ne|[Aa]nother) ([a-z][\w\-]*)(?: (?:at|in|on|near|from|by|with) (?:the |a |an )?[a-z][\w\-]*){0,2}"
)


def who_antecedent(story: Story, text: str, lo: int, who: int) -> Mention | None:
    """The person a "who" at ``who`` is about: "Quill, 31, who", "Quill, a thatcher who" (not "a friend who").

    Only a person the article names: the name just before (past an age), or the name that a description
    just before is set beside.
    """
    p = rstrip_index(text, lo, who)
    comma = p > lo and text[p - 1] == ","
    if comma:
        p = rstrip_index(text, lo, p - 1)
    run = story.reg.runs_by_end.get(_past_an_age(text, lo, p))  # ("Quill, 31, who joined": past the age)
    if run is None and not comma:
        # "Quill, a retired thatcher who": the name before the description
        c = text.rfind(",", lo, p)
        desc = text[c + 1 : p].strip()
        if c < 0 or _ROLE_NP_RE.fullmatch(desc) is None or _ends_in_someone_else(desc):
            return None  # (not "Quill, the mother of a boy who": the "who" is the boy's)
        run = story.reg.runs_by_end.get(_past_an_age(text, lo, rstrip_index(text, lo, c)))
    if run is None or run.start < lo or story.run_kind(run) != "person":
        return None
    if word_before(text, run.start) in _PLACE_PREPOSITIONS:
        return None  # "Birdwatchers in Quarnby, who": the name is where they are, not who
    return Mention(run.name_start, run.end, "name", run=run)


def _past_an_age(text: str, lo: int, p: int) -> int:
    """Where a name ends that ``p`` ends, past an age after it (", 31")."""
    age = _AGE_AFTER_NAME_RE.search(text, max(lo, p - 6), p)
    return age.start() if age is not None else p


def _in_who_clause(text: str, lo: int, who_end: int, pos: int) -> bool:
    """Is a verb at ``pos`` still in the clause a "who" ending at ``who_end`` opens, and active?

    "who moved here in May and calls": yes; not past a comma ("who left in June, thanking her"), a clause of
    its own ("who found a note that read"), or in the passive ("and was called by his sister").
    """
    gap = text[who_end:pos]
    return "," not in gap and _THAT_WHICH_RE.search(gap) is None and not _BEEN_RE.search(text, max(lo, pos - 12), pos)


def _body_of_its_place(story: Story, text: str, lo: int, m: Mention) -> Mention | None:
    """'The supplier, X Cable Co. of Quarnby, said': the body named before its town, not the town.

    (Also "Another analyst, Brisa Quill of X Capital, said" is read before this, by :func:`_affiliated_person`.)
    """
    if m.kind != "name" or m.run is None or story.run_kind(m.run) == "org":
        return None
    return _named_before_a_place(story, text, lo, m.run.start, (" of ", " in ", " based in "), "org")


def _person_of_place(story: Story, text: str, lo: int, start: int) -> Mention | None:
    """The person named right before " of " or " from " and the run at ``start``: "Aurek Vexley of Quellmoor"."""
    return _named_before_a_place(story, text, lo, start, (" of ", " from "), "person")


def _named_before_a_place(
    story: Story, text: str, lo: int, start: int, preps: tuple[str, ...], kind: str
) -> Mention | None:
    """The run of ``kind`` right before one of ``preps`` and the place at ``start`` (past a legal form's full stop)."""
    for prep in preps:
        if text.endswith(prep, lo, start):
            at = start - len(prep)
            run = story.reg.runs_by_end.get(at) or (story.reg.runs_by_end.get(at - 1) if text[at - 1] == "." else None)
            if run is not None and run.start >= lo and story.run_kind(run) == kind:
                return Mention(run.name_start, run.end, "name", run=run)
    return None


#: An unnamed person and where they are from, right before a run: "a guest from ", "one regular at the ".
_PERSON_FROM_RE = re.compile(r"\b([Aa]n?|[Oo]ne|[Aa]nother) (?:[a-z\-]+ ){0,2}?([a-z\-]+) (?:from|in|at|of) (?:the )?$")
#: A participle's phrase set off by commas right before the verb: ", wearing a cardboard lion head,".
_PARTICIPLE_ASIDE_RE = re.compile(r",\s+[a-z]+ing\b[^,.;:\n\u201c\u201d\"]{0,80},\s*$")
#: "from ", "on behalf of the ": what makes the name after a document its author (not "a letter to X", "against X",
#: "to the editor of X").
_FROM_ITS_AUTHOR_RE = re.compile(r"\b(?:from|by|on behalf of) (?:the )?$")
#: A past participle's phrase with its agent, set off by commas right before the verb: ", read out by the clerk,",
#: ", signed by 40 residents,": the agent is no subject of the verb.
_BY_ASIDE_RE = re.compile(
    r",\s+(?:read(?: out| aloud)?|signed|written|sent|delivered|presented|handed in|submitted|co-signed|endorsed)"
    r" by [^,.;:\n\u201c\u201d\"]{1,70},\s*$"
)
#: A document and "from" or "by" before its author's name: "A report from the ", "a letter to staff from ".
_A_DOCUMENT_FROM_RE = re.compile(
    r"\b(?:" + "|".join(sorted(lx.DOCUMENT_HEADS)) + r")s?(?: [\w'\u2019]+){0,3} (?:from|by) (?:the )?$"
)
#: A document's participle phrase set off by commas right before the verb: ", released last week,", ", published
#: on Thursday,", ", seen by the Courier,": the document says it, its author named before ("a memo from X").
_DOCUMENT_ASIDE_RE = re.compile(
    r",\s+(?:released|published|issued|obtained|seen|dated|leaked|circulated|made public|posted|filed|distributed)"
    r"\b[^,.;:\n\u201c\u201d\"]{0,60},\s*$"
)
#: A verb of perceiving and its object right before a bare "say"/"tell": "heard her ", "watched him ".
_HEARD_SAY_RE = re.compile(r"\b(?:" + "|".join(sorted(_PERCEIVED_BY)) + r")\s+(her|him|them)\s+$")
_HEARD_OBJECTS = ("her", "him", "them")
#: ", who ": a relative clause about the person named just before.
_RELATIVE_WHO_RE = re.compile(r",\s*who\s")
_THAT_WHICH_RE = re.compile(r"\b(?:that|which)\b")
#: Prepositions before a name that make it where someone is, not the one a "who" is about.
_PLACE_PREPOSITIONS = frozenset(("in", "at", "near"))
#: "who " (after any auxiliaries skipped): a relative clause's subject, the one it is about.
_WHO_AT_RE = re.compile(r"\s*who\s")
#: "a dairy farmer", "the choir's tallest tenor": a description, all in lower case, set beside a name.
_ROLE_NP_RE = re.compile(r"(?:an?|the|his|her|their|one|[a-z]+['\u2019]s) (?:[a-z\-'\u2019]+ ){0,3}[a-z\-]+")
_PREPOSITION_IN_RE = re.compile(r"\b(?:of|for|to|with|from|in|at|by|on|about) ")


def _ends_in_someone_else(desc: str) -> bool:
    """Does a description end in a phrase about another person ("the mother of a boy", "the father of two girls")?

    Not "a mother of three", "the head of science", "a veteran of the pits": the "who" after them is theirs.
    """
    if _PREPOSITION_IN_RE.search(desc) is None:
        return False
    last = desc.split()[-1].lower()
    # ("the son of a welder who": the welder's)
    return names_someone(last, _PEOPLE_NOUNS) or last.removesuffix("s").endswith(("er", "or", "ist"))


def names_someone(noun: str, more: frozenset[str] = frozenset()) -> bool:
    """Is the lower-case ``noun``, singular or plural, a word for people?

    A role, a person's noun, a relative, or one of ``more`` ("shoppers", "a boy").
    """
    base = noun[:-1] if noun.endswith("s") else noun
    return base in lx.PERSON_NOUNS or base in lx.ROLE_HEADS or base in KIN or base in more


_PEOPLE_NOUNS = frozenset({"boy", "girl", "man", "woman", "child", "children", "kid", "people", "family"})
#: ", 31" after a name, before the comma and "who" that go on about the person.
_AGE_AFTER_NAME_RE = re.compile(r", \d{1,3}$")
#: A place phrase ending a subject: "... in Spokane ", "... at Quorran Quay ".
_IN_A_PLACE_END_RE = re.compile(r" (?:in|at|near) (?:[A-Z][\w'\u2019\-]*,? ){1,4}$")


def _described_then_who(story: Story, text: str, lo: int, c: int) -> Mention | None:
    """'heard from Brisa Quill, an economist at the Vellowby Institute, who warned': the person described.

    ``c`` is the comma before "who"; the part before it describes (an
    article and lower-case words), and the person named just before that
    part is the one who warned.
    """
    c2 = text.rfind(",", lo, c)
    if c2 < 0:
        return None
    part = text[lstrip_index(text, c2 + 1, c) : c]
    if _DESCRIPTION_RE.match(part) is None:
        return None
    run = story.reg.runs_by_end.get(rstrip_index(text, lo, c2))
    if run is None or run.start < lo or story.run_kind(run) != "person":
        return None
    return Mention(run.name_start, run.end, "name", run=run)


#: "who gave her name only as ": the name a speaker is known by follows.
_GAVE_NAME_RE = re.compile(rf"\bwho (?:{GAVE_NAME})")
#: "He gave his name as ": a sentence that names the one the sentence before described.
_NEXT_GAVE_NAME_RE = re.compile(rf"(?:He|She) (?:{GAVE_NAME})")
#: A sentence opening on someone else, brought in unnamed: "One resident", "A bystander", "Nearby, one fisherman".
_SOMEONE_ELSE_RE = re.compile(r"(?:[A-Z][a-z]+, )?(?:A|An|One|Another|a|an|one|another) ")
#: How far into a clause (characters) "who gave her name as" may start and still describe its subject.
_GAVE_NAME_REACH = 90


def named_as(story: Story, text: str, lo: int, hi: int) -> Mention | None:
    """'A caller, who gave her name only as Quessa, ...' opening ``text[lo:hi]``: the person so named.

    Also a next sentence that says so ("Her agent, a retired postman, said ... . He gave his name as X"),
    within the same paragraph.
    """
    reach = min(hi, lo + _GAVE_NAME_REACH)
    for stop in ("\n", ". "):
        # (not past a sentence or paragraph that brings in someone else: '"...," the spokesperson said.' and then
        # "One resident, who gave only her first name, Brisa," names no spokesperson; but "St. Quill Road" is no
        # sentence's end, and "The man, who gave only his first name" goes back to the one before)
        at = text.find(stop, lo, reach)
        while at >= 0 and not _SOMEONE_ELSE_RE.match(text, lstrip_index(text, at + 1, reach)):
            at = text.find(stop, at + 1, reach)
        if at >= 0:
            reach = at
    # (every match opens "who ": most clauses hold none, and the pattern is not tried)
    gave = _GAVE_NAME_RE.search(text, lo, reach) if text.find("who ", max(lo, 0), max(reach, 0)) >= 0 else None
    if gave is None:
        stop = text.find("\n", lo, hi)
        end = text.find(". ", lo, stop if stop >= 0 else hi)
        gave = _NEXT_GAVE_NAME_RE.match(text, end + 2, hi) if end >= 0 else None
    run = story.reg.runs_by_start.get(gave.end()) if gave is not None else None
    if run is None or run.end > hi or story.run_kind(run) != "person":
        return None
    return Mention(run.name_start, run.end, "name", run=run)


#: " of ", " at ", " from ", " with " (and "the") between a person and where they work; also a word for the
#: kind of firm: " of the small consulting firm ", " at broker ", " at investment bank ", " of the brokerage ".
_AFFILIATION_RE = re.compile(
    r" (?:of|at|from|with)(?: the| (?:the )?(?:[a-z\-]+ ){0,3}?"
    rf"(?:firm|company|group|agency|charity|{FIRM_KINDS}|bank))? $"
)


#: Words before a person's name that leave it the subject: a verb of speaking ("said Quill of X"), a determiner.
_NOT_A_VERB_BEFORE = frozenset(lx.SPEECH_VERBS) | {"the", "a", "an", "and", "but", "as", "while", "whereas"}


def _affiliated_person(story: Story, text: str, lo: int, m: Mention) -> Mention | None:
    """'Analyst Brisa Quell of Vellowby Capital wrote': the person, not the firm that ends the phrase.

    (Also "of the small consulting firm X": a few words saying what the firm is.)
    """
    if m.run is None:
        return None
    a = _AFFILIATION_RE.search(text, max(lo, m.run.start - 50), m.run.start)
    if a is None:
        return None
    run = story.reg.runs_by_end.get(a.start())
    if run is None or run.start < lo or story.run_kind(run) != "person":
        return None
    wb = word_before(text, run.start)
    if wb is not None and wb.isalpha() and wb.islower() and not person_noun(wb) and wb not in _NOT_A_VERB_BEFORE:
        return None  # ("The council replaced Maud Vexley with the firm X, which said": she is no subject)
    return Mention(run.name_start, run.end, "name", run=run)


def _holder_of_a_role_in(story: Story, text: str, lo: int, m: Mention) -> Mention | None:
    """'The president of the Quarnby Fire Company told jurors': the president (a role), not the body.

    Not a spokesperson ("a spokesman for X": the body speaks, as the gold sets' rules have it).
    """
    if m.run is None or story.run_kind(m.run) not in ("org", "unknown"):
        return None  # (a body, or a name of no known kind: "the lead singer of the Velvet Vexleys")
    r = _ROLE_OF_BEFORE_RE.search(text, max(lo, m.run.start - 50), m.run.start)
    head = r.group(3) if r is not None else ""
    if not (head in lx.ROLE_HEADS or person_noun(head) or head.endswith("ee")) or head in lx.SPOKES_HEADS:
        return None  # (a noun for a person: "president", "nominee"; not a spokesperson)
    if (head in lx.ORG_HEADS and head not in lx.ROLE_HEADS) or head in _NO_ONE_HOLDER:
        return None  # ("the committee of", "the crew of", "the parent of": a body's)
    if "former" not in r.group(2) and any(_named_before(story, e, r.start()) for e in story.role_holders(head)):
        return None  # ("Coach X ... The coach of the Quarnby Hawks said": another club's, whom the rules can't tell)
    mods = frozenset(r.group(2).split())
    return Mention(r.start(), m.end, "role", word=head, head=head, mods=mods, det=r.group(1).lower())


def _named_before(story: Story, ent: Entity, pos: int) -> bool:
    """Is ``ent`` mentioned in the story before ``pos``?"""
    return any(e is ent for e, _at in story.mentions_before(pos))


#: Nouns after which "of X" names a group or a body, not one person: "the crew of", "the owners of".
_NO_ONE_HOLDER = frozenset({"crew", "staff", "team", "parent", "owner", "owners", "administrators", "management"})


#: "The president of the ", "its chief executive at ", "The nominee to run the ": a role in the body named next.
_ROLE_OF_BEFORE_RE = re.compile(
    r"\b([Tt]he|[Aa]n?|[Ii]ts) ((?:[a-z\-]+ ){0,2}?)([a-z\-]+) (?:of|at|to (?:run|lead|head|chair)) (?:the )?$"
)


def _appositive_subject(story: Story, text: str, lo: int, c: int, *, relative: bool = False) -> Mention | None:
    """The subject of a verb after the comma at ``c``.

    "X, the minister, said", "Its director, Yselda Vexley-Quimbrel, said",
    "Per Tjernsli, a scientist at ... in Bergen, Norway, who ..., called":
    the comma-delimited parts before the verb, right to left; a part that
    is a noun phrase from its first word is a candidate, and the leftmost
    candidate is the subject. ``relative``: the verb follows "who" ("her
    daughter, Ysmay Bold, who said"), so it belongs to the part just before.
    """
    reg = story.reg
    cands: list[tuple[int, Mention]] = []
    quoted = reg.in_quote(lo)
    for k in range(_MAX_APPOSITIVE_PARTS):
        c2 = text.rfind(",", lo, c)
        s0 = lo if c2 < 0 else c2 + 1
        seg = lstrip_index(text, s0, c)
        joined = _CLAUSE_JOIN_RE.match(text, seg, c)  # (after a closing mark too: '"...," while X')
        if joined is not None:
            seg = joined.end()  # '"...," while Quessa Vexmoor, in a separate note, wrote': a new clause's subject
        elif k and (low := _LOWER_JOIN_RE.match(text, seg, c)) is not None:
            # "..., and her publisher, Quarnby Press, said": a new clause opens here; nothing further left is its
            # subject (not the book's title before it)
            seg = low.end()
            c2 = -1
        elif (rel := _OBJECT_RELATIVE_RE.match(text, seg, c)) is not None:
            seg = rel.end()  # "the hall, which Aurek Vexley, a former pupil, called '...'": its subject
        if reg.in_quote(seg) == quoted:
            m = np_before(story, text, s0, c)
            if m is not None:
                m = _affiliated_person(story, text, s0, m) or _body_of_its_place(story, text, s0, m) or m
            if m is not None and (
                _descriptive(text[seg : m.run.start if m.run is not None else m.start])
                or (m.run is not None and _SPOKES_FOR_RE.fullmatch(text, seg, m.run.start) is not None)
            ):
                cands.insert(0, (k, m))
            elif cands and not relative and (by := _BY_AGENT_RE.search(text, seg, c)) is not None:
                # "... read by the family's solicitor, Ysmay Bold, the boy's mother, Cy Kestrell, said": the part
                # after "by" names who read it, not who said it (but no one person is in apposition to a plural:
                # "a surgeon hired by the cousins, Dr X, said")
                # -- nor "A report by the council's finance officer, Brisa Quill, said": a document's author)
                if not _plural_noun_end(text, by.start(), c) and not _DOCUMENT_BY_RE.search(text, seg, by.end()):
                    cands = [x for x in cands if x[0] != k - 1]
            elif len(cands) >= 2 and cands[0][0] == k - 1 and _TO_SOMEONE_RE.search(text, seg, c) is not None:
                # "In a letter to the council's leader, Aurek Quill, the trust's director, Maud Vexley, wrote": the
                # name after the one written to is theirs; the subject is the next
                head = text[seg:c].split()[-1].lower()
                if (head in lx.ROLE_HEADS or person_noun(head)) and head not in lx.ORG_HEADS:
                    cands = cands[1:]  # (one person written to; not "read to the court, X, ...": a body listens)
        if c2 < 0 or c - c2 > 160:
            break
        c = c2
    if not cands:
        return None
    k, outer = cands[0]
    if len(cands) > 1 and cands[1][0] == k - 1:
        inner = cands[1][1]
        if (
            inner.kind == "name"
            and inner.run is not None
            and (
                story.run_kind(inner.run) == "person"
                # ("The vendor, Quorran Holdings,": a body holds the role)
                or (
                    story.run_kind(inner.run) == "org"
                    and outer.kind == "role"
                    and (outer.head in lx.ORG_HEADS or outer.det not in lx.INDEFINITE)
                )
            )
            # (an organisation's phrase is no person, even where the registry first read its capitals as one)
            and not (outer.run is not None and story.run_kind(outer.run) == "person" and outer.kind != "org")
        ):
            return inner  # "Its director, Yselda Vexley-Quimbrel, said"; "The Quorran Party spokeswoman, X, said"
    return outer


def _plural_noun_end(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` end with a plural noun ("the nephews", "its lawyers")?"""
    w = last_word(text, lo, hi)
    if w is None:
        return False
    return plural_of_a_word(w[2].lower())


#: "an agricultural economist at ...", "the club's chair": a description opening an apposition.
_DESCRIPTION_RE = re.compile(r"(?:(?:an?|the|one|another|his|her|their|its) )?[a-z]")
_RELATIVE_RE = re.compile(r",\s*(?:who|which)\s+(?:[a-z]+\s+){0,2}$")
#: A noun phrase ending a part: a determiner, up to three words and a lower-case noun ("the council's leader").
_NP_END = r"(?:the |a |an |his |her |their |its )?(?:[\w\u2019'\-]+ ){0,3}[a-z\-]+\s*$"
_BY_AGENT_RE = re.compile(r"\bby " + _NP_END)


#: A message, and "to" one person's role, ending a part before an apposition: "In a letter to the council's
#: leader", "Writing to the minister" (not "Promoted to club captain", "Adviser to the chairman").
_TO_SOMEONE_RE = re.compile(
    r"\b(?:letter|reply|message|email|e-mail|note|memo|speech|statement|writing|wrote|written|speaking|talking"
    r"|addressed|sent)(?: [\w\u2019'\-]+){0,3}? to " + _NP_END
)


#: A document and "by" its author: "A report by ", "a letter signed by ".
_DOCUMENT_BY_RE = re.compile(
    r"\b(?:report|letter|statement|review|study|memo|paper|analysis|submission|note|post|email)"
    r"(?: (?:written|signed|published|issued|prepared))? by\b"
)


#: "which", "that" or "whom" opening a relative clause whose subject follows: "which Aurek Vexley called".
_OBJECT_RELATIVE_RE = re.compile(r"(?:which|that|whom) (?=[A-Z])")
#: "and her ", "but the ": a new clause, its subject a description, after a comma.
_LOWER_JOIN_RE = re.compile(r"(?:and|but|while|whereas) (?=(?:his|her|its|their|the) )")
#: Words that join a new clause on to the sentence: its subject follows.
_CLAUSE_JOIN_RE = re.compile(
    r"[\"\u201d\u2019]?\s*(?:[Ww]hile|[Ww]hereas|[Bb]ut|[Aa]nd|[Aa]lthough|[Tt]hough) (?=[A-Z])"
)


def _descriptive(words_before: str) -> bool:
    """Can these words open a noun phrase rather than a clause?

    A noun phrase: "The costume designer", "Retail analyst"; a clause: "In
    Leeds", "After the vote".
    """
    ws = words_before.split()
    if any(w in ("that", "which", "who", "whom") for w in ws[1:]):
        return False  # "the group that backed X": a relative clause, and X its object
    return len(ws) <= 4 and all(norm(w) in _DET_OR_MODIFIER or norm(w) not in lx.STOP_CAPS for w in ws)


#: Nouns that end like an -ly adverb ("X's family said" is the family speaking).
_LY_NOUNS = frozenset(
    "family assembly rally ally supply reply anomaly monopoly belly bully tally jelly lily folly homily".split()
)


def _is_aux(w: str) -> bool:
    """'has', 'also', 'later' and -ly adverbs: words between a name and its verb."""
    return w in lx.AUXILIARIES or (w.endswith("ly") and w.islower() and len(w) > 4 and w not in _LY_NOUNS)


def _skip_aux_back(text: str, lo: int, pos: int) -> int:
    """Move ``pos`` left over 'has', 'also', 'later' and -ly adverbs."""
    for _ in range(5):
        tok = last_word(text, max(lo, pos - 30), pos)
        if tok is None:
            break
        s, _e, w = tok
        if _is_aux(w):
            pos = s
            continue
        break
    return pos


def _skip_aux_forward(text: str, pos: int, hi: int) -> int:
    for _ in range(5):
        tok = first_word(text, pos, min(hi, pos + 30))
        if tok is None:
            break
        _s, e, w = tok
        if _is_aux(w):
            pos = e
            continue
        break
    return pos


_ROLE_OR_ORG_WORDS = frozenset(lx.ROLE_HEADS) | frozenset(lx.ROLE_MODIFIERS) | frozenset(lx.ORG_HEADS)
_PREPOSITIONS = frozenset("with to by for from against at of on over about toward towards".split())


def _apposed_elsewhere(text: str, toks: list[Token], comma: int, end: int, pos: int) -> bool:
    """Is the name ending at ``end``, after the comma at ``toks[comma]``, apposed to no subject of the verb at ``pos``?

    "Quill had texted her shift supervisor, X, to say:": X is whom Quill wrote to; "Quill, whose brother, X, captains
    the side, missed twice and admitted": X is Quill's brother, in a clause closed before the verb (but "whose
    captain, X, skates as a jammer and has described": X's own verbs).
    """
    if _apposed_to_an_object(toks, comma):
        return True
    if not _apposed_in_a_whose_clause(toks, comma):
        return False
    age = AGE_APPOS_RE.match(text, end)
    # (the clause's own verb, closed by a comma before the verb at pos: ", captains the side, had missed"; not
    # ", 52, showed him round and told him")
    return _WHOSE_CLAUSE_CLOSED_RE.match(text, age.end() - 1 if age else end, pos) is not None


def _apposed_in_a_whose_clause(toks: list[Token], comma: int) -> bool:
    """Does the comma at ``toks[comma]`` follow "whose" and a noun for a person ("whose older brother,")?

    Up to two words, the last a relative's or a role's noun (not "whose side lost,": a clause of its own).
    """
    k = comma - 1
    if k < 1 or not (person_noun(toks[k][2]) or toks[k][2] in lx.PEOPLE_WORDS):
        return False
    while k >= max(0, comma - 3) and toks[k][2].islower() and toks[k][2] != "whose":
        k -= 1
    return k >= 0 and k < comma - 1 and toks[k][2] == "whose"


#: ", captains the side, ": the verb of a "whose" clause and what follows it, closed by a comma.
_WHOSE_CLAUSE_CLOSED_RE = re.compile(r", [a-z][^,.;:\u201c\u201d\"]*, ")


def _apposed_to_an_object(toks: list[Token], comma: int) -> bool:
    """Does the comma at ``toks[comma]`` follow "his/her/their <role>" that a verb has as its object?

    "had texted her shift supervisor, X": the role, its owner, then a past verb (or "to": "wrote to her editor,").
    """
    if comma < 1 or not toks[comma - 1][2].islower():
        return False
    role = toks[comma - 1][2] in _ROLE_OR_ORG_WORDS
    k = comma - 1
    while k > max(0, comma - 4) and toks[k - 1][2].islower() and toks[k - 1][2] not in ("his", "her", "their", "the"):
        k -= 1  # (past what kind of supervisor: "her shift supervisor")
    owner = toks[k - 1][2] if k >= 1 else ""
    if owner[:1].isupper() and POSSESSIVE_RE.search(owner):
        # "has written to Quill & Vexley's managing director, X,": a body's name owns the role, as "the" would
        j = k - 1
        while j > max(0, k - 6) and (toks[j - 1][2][:1].isupper() or toks[j - 1][2] == "&"):
            j -= 1
        if j < 1 or toks[j - 1][2] != "to":
            return False  # (only whom one wrote or spoke to: "prompted X Council's leader, Y, to say" is Y's)
        k, owner = j + 1, "the"  # (the verb before the owner stands where it stands before "the")
    if k < 2 or owner not in ("his", "her", "their", "the"):
        return False
    verb = toks[k - 2][2]
    if not role or owner == "the":
        # "after defeating the holder, X,": any noun a verb takes as its object, the name apposed to it (but
        # "quoted the ship's master, X, as saying": the one quoted speaks)
        if verb in ("quoted", "cited", "quoting", "citing"):
            return False
        before = toks[k - 3][2] if k >= 3 else ""
        if verb.endswith("ing") and (before.lower() in _DETERMINER_WORDS or before[:1].isupper()):
            return False  # "On Monday morning the chairman, X,", "After the meeting the mayor, X,": a time, no verb
        if verb == "to" and role:
            # "has written to the council's leader, X,": whom the letter went to (not "according to the
            # council's leader, X,": the one it is according to)
            return _object_of_verb(before) or before in _WROTE_OR_SPOKE
        if before == "to" and verb.isalpha() and verb.islower():
            return True  # "refused to blame the referee, X, but said": the infinitive's object, not who said it
        return _object_of_verb(verb) or (len(verb) > 5 and verb.endswith("ing") and verb.isalpha() and verb.islower())
    return verb.lower() == "to" or _object_of_verb(verb) or verb in _MESSAGING_VERBS


_DETERMINER_WORDS = frozenset({"the", "a", "an", "this", "that", "every", "each", "last", "next", "one"})
#: Verbs of writing or speaking whose past forms do not end in "-ed": "written to", "spoke to", "sent to".
_WROTE_OR_SPOKE = frozenset({"wrote", "written", "spoke", "spoken", "sent", "writes", "speaks", "talks", "said"})
_MESSAGING_VERBS = frozenset({"emails", "texts", "messages", "calls", "rings", "phones", "tells", "told"})


def _object_of_verb(word: str) -> bool:
    """Is ``word``, right before "freshman center X", a past verb or a particle ("singled out"), so X its object?

    (Not a plain modifier: "Norwegian snack maker X ..., saying" is the subject.)
    """
    return word in _PARTICLES or (len(word) > 4 and word.endswith("ed") and word.isalpha() and word.islower())


_PARTICLES = frozenset({"out", "up", "off", "down"})


def _plain_modifier(word: str) -> bool:
    """A lower-case word before a role noun that is neither a determiner, a clause opener, a preposition nor a verb."""
    return (
        word.isalpha()
        and word.islower()
        and word not in lx.DETERMINERS
        and word not in _CLAUSE_OPENERS
        and word not in _PREPOSITIONS
        and not _object_of_verb(word)
    )


def _participle_at(text: str, pos: int) -> bool:
    """Is the word at ``pos`` a participle ("accusing")?"""
    tok = first_word(text, pos, pos + 30)
    return tok is not None and tok[2].endswith("ing")


def _modifies_a_role(toks: list[Token], i: int, start: int) -> bool:
    """Is the run ending at token ``i`` (from ``start``) between a determiner and a role ("a former X keeper")?"""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1][2]
    if not nxt.islower() or not (nxt in lx.ROLE_HEADS or (len(nxt) > 5 and ROLE_SUFFIX_RE.search(nxt))):  # not "went"
        return False
    j = i
    while j > 0 and toks[j - 1][0] >= start:
        j -= 1
    return j > 0 and norm(toks[j - 1][2]) in _DET_OR_MODIFIER


#: First words of a phrase of time that may open a sentence without a comma ("On my first night Quill ...").
_TIME_OPENERS = frozenset("on in at that last every by during after before early late later next".split())


def _opening_time_phrase(toks: list, j: int) -> bool:
    """Do the words before token ``j``, back to the sentence's start, make a short phrase of time?

    "On my first night Quill gave me a lamp and said": Quill opens the clause after the phrase.
    """
    k = j
    while k > 0 and toks[k - 1][2] not in (".", "!", "?", ",", ";", ":") and j - k < 6:
        k -= 1
    if k == j or (k > 0 and toks[k - 1][2] not in (".", "!", "?")):
        return False
    words_ = [t[2] for t in toks[k:j]]
    return (
        len(words_) > 1
        and words_[0].lower() in _TIME_OPENERS
        and all(w[:1].islower() or w[:1].isdigit() for w in words_[1:])
    )


def subject_before(story: Story, text: str, lo: int, pos: int) -> Mention | None:
    """The subject of the clause a verb at ``pos`` belongs to.

    Used for verbs sharing a subject ("dismissed ... and claimed") and for
    participles ("..., describing it as"): the nearest pronoun in subject
    form, or the nearest name or role that opens a clause.
    """
    toks = words(text, lo, pos)
    i = len(toks) - 1
    while i >= 0:
        s, e, w = toks[i]
        if story.reg.in_quote(s) and not story.reg.in_quote(lo):
            i -= 1
            continue
        lw = _uncontracted(w.lower())  # "she'd pass me a crate and say": she
        if lw in ("he", "she", "they", "i", "we"):
            return Mention(s, s + len(lw), "pronoun", word=lw)
        if lw == "who" and _in_who_clause(text, lo, e, pos) and (antecedent := who_antecedent(story, text, lo, s)):
            return antecedent  # "Quill, 31, who moved here in May and calls it": Quill
        if lw in _INDEFINITE_SUBJECTS and (i == 0 or toks[i - 1][2] in (",", ";", ":", "\u2014", "\u2013")):
            # "As he walked off, a section of the crowd began chanting":
            # somebody the article does not name.
            return Mention(s, e, "role", word=lw, head=lw, det="a")
        run = story.reg.runs_by_end.get(e)
        if run is not None and run.start >= lo and _modifies_a_role(toks, i, run.start):
            run = None  # "A former Quorran wicketkeeper who ...": the place or team says whose role, it is not who
        if run is not None and run.start >= lo:
            j = i
            while j > 0 and toks[j - 1][0] >= run.start:
                j -= 1
            prev = toks[j - 1][2].lower() if j > 0 else ","
            spokes = _SPOKES_FOR_RE.search(text, max(lo, run.start - 40), run.start) if prev in ("for", "at") else None
            if spokes is not None and "official" not in spokes.group():
                # "A spokeswoman for Quarnholt Lines said ... and warned": the company speaks
                return Mention(run.start, run.end, "org", run=run)
            if prev == "," and _apposed_elsewhere(text, toks, j - 1, run.end, pos):
                i = j - 1  # "had texted her shift supervisor, X, to say:" (X is whom she wrote to), and the like
                continue
            if prev == "the" and j == 1 and story.run_kind(run) == "org" and not _new_clause(text, run.end, pos):
                prev = ","  # "The Quarnby Inspectorate rated ... and said": the body opens the sentence
            if prev in _CLAUSE_OPENERS or (_opening_time_phrase(toks, j) and story.run_kind(run) == "person"):
                return Mention(run.name_start, run.end, "name", run=run)
            if prev in lx.ROLE_HEADS or prev in lx.ROLE_MODIFIERS or prev in lx.ORG_HEADS:
                # (after an organisation noun: "the Norwegian maker X cut ..., saying") -- but not the object of a
                # preposition: "furious with referee X over the free-kick, insisting" is the one furious
                k = j - 1
                while k > 0 and toks[k - 1][2].lower() in _ROLE_OR_ORG_WORDS:
                    k -= 1
                before_role = toks[k - 1][2] if k > 0 else ","
                for _ in range(2):  # past plain modifiers: "singled out (freshman) center X"
                    if k > 1 and _plain_modifier(before_role):
                        k -= 1
                        before_role = toks[k - 1][2]
                if before_role.lower() not in _PREPOSITIONS and not _object_of_verb(before_role):
                    return Mention(run.name_start, run.end, "name", run=run)
            i = j - 1
            continue
        if lw in lx.ROLE_HEADS or lw in lx.ORG_HEADS:
            m = np_before(story, text, lo, e)
            if m is not None:
                j = i
                while j > 0 and toks[j - 1][0] >= m.start:
                    j -= 1
                prev = toks[j - 1][2].lower() if j > 0 else ","
                if (
                    prev in _CLAUSE_OPENERS
                    or (prev == "with" and _participle_at(text, m.end))
                    or (m.kind == "role" and m.det == "the" and _opening_time_phrase(toks, j))
                ):
                    # (also "..., with Chile's chief negotiator accusing ...": the participle's own; "In 2022 the
                    # mayor stood on the steps and said": the role opens the clause after a phrase of time)
                    return m
                i = j - 1
                continue
        i -= 1
    return None


def _new_clause(text: str, lo: int, pos: int) -> bool:
    """Does a clause with a subject of its own open between ``lo`` and the verb at ``pos``?

    ", and residents complained, saying": the residents say it; ", and said", ", and then warned": the verb
    shares the subject before.
    """
    for m in _AND_BUT_RE.finditer(text, lo, pos):
        if _ADVERBS_ONLY_RE.fullmatch(text, m.end(), pos) is None:
            return True
    return False


_AND_BUT_RE = re.compile(r", (?:and|but) ")
_ADVERBS_ONLY_RE = re.compile(r"(?:(?:then|later|also|quickly|swiftly|promptly) )*")


#: Verbs whose object is the one spoken of: "..., accuses Quimbrel of treating ..." is never Quimbrel speaking.
_OBJECT_VERBS = frozenset(
    "accuses accused accusing calls called calling describes described describing urges urged urging criticises"
    " criticised criticizes criticized praises praised thanks thanked blames blamed condemns condemned".split()
)
_BEEN_RE = re.compile(r"\b(?:was|were|been|being|is|are|am) $")


def _first_speech_verb(story: Story, text: str, lo: int, hi: int) -> re.Match | None:
    """The first speech verb in ``text[lo:hi]`` outside quotes, whose subject the sentence's later verbs share."""
    return next(
        (
            f
            for f in VERB_RE.finditer(text, lo, hi)
            # (not a passive participle: "a psychiatrist called by the family, Dr X, said")
            if not story.reg.in_quote(f.start()) and not text.startswith(" by ", f.end())
        ),
        None,
    )


#: ", and " or ", but " joining two clauses (the comma may sit inside a quote's close: 'a bank," and').
_AND_A_CLAUSE_RE = re.compile(r",[\"\u201d\u2019']? (?:and|but) ")
#: A clause the first speaker reports or frames: ", and that Y had told her", ", and as Y told MPs", ", but if".
_REPORTED_CLAUSE_OPENS_RE = re.compile(r"(?:that|as|if|when|while|because|since|though|although)\b")


def _speaker_before_a_participle(story: Story, text: str, lo: int, pos: int) -> Mention | None:
    """The person or body whose speech verb a participle after a comma at ``pos`` goes on from.

    "X told reporters that his party was 'listening', before adding:": X, who told them, adds; an organisation
    too ("The Quarnby Trust said ..., adding:").
    """
    m = _agent_of_the_last_clause(story, text, lo, pos)
    if m is None:
        first = _first_speech_verb(story, text, lo, pos)
        m = agent_before_verb(story, text, lo, first.start()) if first is not None else None
    if m is None or m.kind not in ("name", "org") or m.run is None:
        return None
    who = story.run_kind(m.run)
    if (m.kind == "name" and who == "person") or (who == "org" and _a_body_speaking(text, lo, m.run)):
        return m
    return None


def _agent_of_the_last_clause(story: Story, text: str, lo: int, pos: int) -> Mention | None:
    """Who speaks in the last clause joined by ", and" or ", but" before a participle at ``pos``, if it speaks.

    "X said the club had been robbed, and Judge Y told jurors to disregard it, saying": Y, not X.
    """
    joint = last_match(_AND_A_CLAUSE_RE, text, lo, pos)
    if joint is None or story.reg.in_quote(joint.end() - 1):
        return None
    if _REPORTED_CLAUSE_OPENS_RE.match(text, joint.end()):
        return None  # ("X said ..., and that Y had told her ..., adding": still X's report, X adds)
    start = joint.end()
    first = _first_speech_verb(story, text, start, pos)
    if first is None:
        return None
    m = agent_before_verb(story, text, start, first.start())
    return m if m is not None and m.kind == "name" and m.start >= start else None


#: A relative clause set off by commas that ends right before a verb: its antecedent is the verb's subject.
_RELATIVE_CLOSED_RE = re.compile(r", (?:who|which) [^,.;:\"\u201c\u201d]*, ?$")
#: A preposition right before a noun phrase, which makes it no one's subject: "wrote to ", "with ".
_OBJECT_OF_BEFORE_RE = re.compile(r"\b(?:to|with|for|from|at|by|of|on)\s+$|\bto (?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? $")


#: The determiners of a role that is the subject of a gerund after it ("the accused telling", "his aunt saying").
_GERUND_SUBJECT_DETS = frozenset({"the", "his", "her", "their", "my", "our"})


def _does_the_gerund(m: Mention) -> bool:
    """Can the noun phrase ``m`` right before a speech verb in -ing be who does it ("heard the accused telling")?

    A name, a pronoun, a definite or owned role; or somebody unnamed ("remembered a stranger telling him": the
    stranger), but no document ("an open letter accusing").
    """
    if m.kind in ("name", "pronoun"):
        return True
    if m.kind != "role":
        return False
    if m.det in lx.INDEFINITE:
        return (m.head in lx.ROLE_HEADS or m.head in lx.PERSON_NOUNS) and not _a_document(m.head or "")
    return m.det in _GERUND_SUBJECT_DETS


#: A quote right after a verb: ' "', ', "'.
_QUOTE_RIGHT_AFTER_RE = re.compile(r",? ?[\"'\u201c\u2018]")
#: A verb of addressing right before "a reporter asking": the one spoken to, not the speaker ("He told a
#: reporter asking about his future: '...'", "texted a friend saying").
_ADDRESSED_BEFORE_RE = re.compile(
    r"\b(?:told|tells|answered|answers|interrupted|interrupts|emailed|emails|texted|texts|messaged|sent|sends"
    r"|wrote to|writes to|thanked|thanks|rang|phoned|called|asked|asks|replied to|replies to)(?: parents)? $"
)


#: A word that opens a clause of its own, with its own subject: "until", "when", "because".
_SUBORDINATE_RE = re.compile(r"\b(?:until|till|when|whenever|because|while|whereupon) ")


def _shared_subject(story: Story, text: str, lo: int, conj: int, vs: int) -> tuple[bool, Mention | None]:
    """The subject of a speech verb at ``vs`` after "and", "but" or "then" (the word at ``conj``): (decided, who).

    "Ms X said the firm had moved money it held for others, and called the transfers '...'": the verbs share
    the subject of the sentence's first speech verb, not the nearest pronoun.
    """
    first = _first_speech_verb(story, text, lo, conj)
    sub = last_match(_SUBORDINATE_RE, text, lo, conj)
    if sub is not None and (first is None or sub.start() > first.end()):
        # "They hum a tune on the stairs ... until a ward clerk leans out of an office and says": the subject of
        # the clause the verb is in, not of the sentence's first speech verb; after a comma that closes that
        # clause, the subject of the clause after it, if it has one ("when she raised it, the defendant smiled
        # and told her"; not "he was shocked when X resigned, and added")
        comma = text.rfind(",", sub.end(), conj)
        m = subject_before(story, text, sub.start() if comma < 0 else comma + 1, vs)
        if m is not None or comma < 0:
            return True, m
    if first is not None and first.group() in ("said", "says") and "," not in text[first.end() : conj]:
        nxt = first_word(text, first.end(), conj)
        if nxt is not None and nxt[2] in lx.INDEFINITE and _person_noun_next(text, nxt[1], conj):
            # "Quill said one woman rang the hotline and asked an operator, '...'": the woman, whom nobody names,
            # does both (with no comma, the "and" joins the verbs of what was said)
            return True, None
    that = first is not None and text.startswith(" that ", first.end())
    # ("recalled" only before "that": "recalled Vexley at her wedding and told us" is the sayer's)
    reports = first is not None and (first.group() in _REPORTS_A_CLAUSE or (that and first.group() in _RECALLED))
    if first is not None and reports and "," not in text[first.end() : conj]:
        # "Quill said Vexley came to her door and told her:", "Quill testified that Vexley then said:": the one
        # the reported clause opens on does both (with no comma, the "and" joins the verbs of what was said)
        run = story.reg.runs_by_start.get(first.end() + (6 if that else 1))
        if run is not None and not run.quoted and story.run_kind(run) == "person":
            if _goes_on_reporting(text, run, conj, vs):
                return True, Mention(run.name_start, run.end, "name", run=run)
    if first is not None:
        m = agent_before_verb(story, text, lo, first.start())
        if m is not None:
            return True, m
    return False, None


def _goes_on_reporting(text: str, run: Run, conj: int, vs: int) -> bool:
    """Does the verb at ``vs`` go on the clause reported about ``run`` (named right after "said"), not the sayer's?

    "Vexley then said"; "Vexley knocked on her door and told her:" (the sayer's own door: one who acted on them);
    "Vexley had paid ... and had assured". Not "Vexley was wrong and told him", "Vexley had done a great job and
    told me", "Vexley's lawyer ... and told them", "recalled Vexley and told us": the sayer's second verb.
    """
    after = text[run.end : conj]
    if not after.strip():
        return text.startswith("then ", conj)  # ("Vexley then said"; not "recalled Vexley and told us": the sayer's)
    if not after.startswith(" ") or _NOT_A_DOER_AFTER_RE.match(after) is not None:
        return False
    if after.startswith(" had ") and text.endswith("had ", 0, vs):
        return True
    told = _TOLD_SOMEONE_RE.match(text, vs)
    return told is not None and told.group(1) in ("him", "her") and _SAYERS_OWN_RE.search(after) is not None


#: After a name: a possessive, "and" or "or", a copula, a passive, a present perfect or "had done": no deed done
#: to the sayer ("Vexley was wrong", "Vexley has agreed", "Vexley had done a great job").
_NOT_A_DOER_AFTER_RE = re.compile(r"(?:['\u2019]s?\b| (?:and|or|was|is|were|are|had been|has been|has|had done)\b)")
#: The sayer's own, in the clause reported (the sayer told of in the third person): "knocked on her door".
_SAYERS_OWN_RE = re.compile(r"\b(?:her|his|him)\b")
#: Speech verbs whose object is a clause, never a person: "said Vexley came", "testified that Vexley had" (not
#: "recalled", which may take one: "recalled Vexley at her wedding and told us").
_REPORTS_A_CLAUSE = frozenset(
    "said says testified testifies explained explains claimed claims insisted insists".split()
)
_RECALLED = frozenset({"recalled", "recalls"})


def _person_noun_next(text: str, pos: int, hi: int) -> bool:
    """Is one of the (up to three) words after ``pos`` a noun for a person ("one man", "an elderly resident")?"""
    for w in text[pos:hi].split()[:3]:
        w = w.strip(",.;:").lower()
        if w in lx.PEOPLE_WORDS or w in lx.ROLE_HEADS or w in lx.ROLE_GENDER:
            return True
    return False


def _with_subject(story: Story, text: str, lo: int, comma: int) -> Mention | None:
    """The name that ends, at ``comma``, a "with" phrase whose participle follows: "with its president, X, calling".

    (Or "with X, calling".)  The one the phrase names does what the participle says, not the sentence's subject.
    """
    run = story.reg.runs_by_end.get(comma)
    if run is None or run.quoted or story.run_kind(run) != "person":
        return None
    if _WITH_BEFORE_NAME_RE.search(text, max(lo, run.start - 40), run.start) is None:
        return None
    return Mention(run.name_start, run.end, "name", run=run)


#: ", with its president, ": a "with" phrase set off by a comma, holding a role its name completes (not "finished
#: level with X, calling", nor "on the radio, with presenter X, insisting": the sentence's subject goes on).
_WITH_BEFORE_NAME_RE = re.compile(r", with (?:its|his|her|their|the) (?:[\w'\u2019\-]+ ){0,3}?[a-z\-]+,? $")


#: After a document's noun: whose it is ("a statement from ", "a letter issued by ").
_FROM_AFTER_RE = re.compile(r" (?:(?:issued|released|sent) )?(?:from|by) ")
#: Documents that carry someone's own words: a statement, a letter.
_MESSAGE_HEADS = frozenset({"statement", "letter", "email", "message", "note", "post"})


def _whose_document(story: Story, text: str, m: Mention | None, hi: int) -> Mention | None:
    """After "according to": for "a statement from her office", "... from the mayor's office", whose it is."""
    if m is None or m.kind != "role" or m.head not in _MESSAGE_HEADS or m.det not in lx.INDEFINITE:
        return m  # (a report, figures, a study: whose they are is read where documents are, with their publishers)
    frm = _FROM_AFTER_RE.match(text, m.end)
    got = np_after(story, text, frm.end(), hi, after_verb=True) if frm is not None else None
    if got is None or got.kind not in ("role", "org", "name") or text.startswith(", ", got.end):
        return m  # ("a statement from the regulator, Quarnwatch": the name after the comma, read as before)
    if got.kind == "name" and (got.run is None or story.run_kind(got.run) not in ("person", "org")):
        return m  # (not a place: "a statement from Quarnby council")
    return got


def agent_of_verb(story: Story, text: str, lo: int, hi: int, v: re.Match) -> Mention | None:
    """Who is speaking through the verb match ``v`` (sentence [lo, hi))."""
    verb = v.group()
    if verb.endswith("ccording to"):
        return _whose_document(story, text, np_after(story, text, v.end(), hi, after_verb=True), hi)
    if verb in _TOLD and text.startswith(" by ", v.end()) and _BEEN_RE.search(text, max(lo, v.start() - 12), v.start()):
        # "had been told by Quimbrel in a text message that ...": the one who told
        return np_after(story, text, v.end() + 4, hi, after_verb=True)
    start = lstrip_index(text, lo, v.start())
    comma = text.rfind(", ", start, v.start())
    if comma >= 0:
        start = comma + 2  # "Outside, a man leaning out of ...": the clause after the comma
    if (
        text.find("\n", 0, start) >= 0
        and _is_somebody(text, start, v.start())
        and not _names_a_person(story, text, start, v.start())
    ):
        # 'A man leaning out of a passing SUV shouted "Get a job!"': somebody unnamed (not in the first
        # paragraph, where "A man accused of ... told police" introduces the one the article names next)
        return None
    tok = last_word(text, max(lo, v.start() - 20), v.start())
    prev = tok[2].lower() if tok is not None else ""
    if tok is not None and _is_aux(tok[2]):
        # "..., and later said": the word before the adverbs says whose the verb is
        back = _skip_aux_back(text, lo, v.start())
        before = last_word(text, max(lo, back - 20), back)
        if before is not None and before[2].lower() in ("and", "but", "then"):
            prev = before[2].lower()
    if verb.endswith("ing") and tok is not None and tok[2] != ",":
        # "capture Quarnholt telling a contractor"
        m = np_before(story, text, lo, v.start())
        if (
            m is not None
            and _does_the_gerund(m)
            and not (
                m.det in lx.INDEFINITE
                and _ADDRESSED_BEFORE_RE.search(text, max(lo, m.start - 14), m.start)
                and not _QUOTE_RIGHT_AFTER_RE.match(text, v.end())  # ("told a man shouting 'Liar!'": the man's)
            )
            and not _OBJECT_OF_BEFORE_RE.search(text, max(lo, m.start - 12), m.start)
        ):
            # (and "heard the accused telling them": the accused; "remembers his aunt telling him": the aunt; not
            # "wrote to the chief executive demanding")
            return m
    if tok is not None and prev in ("and", "but", "then") and not verb.endswith("ing"):
        decided, m = _shared_subject(story, text, lo, tok[0], v.start())
        if decided:
            return m
    if tok is not None and verb.endswith("ing") and prev == ",":
        absolute = _with_subject(story, text, lo, tok[0])
        if absolute is not None:
            return absolute  # "The forum welcomed it, with its president, X, calling it": X
    if verb.endswith("ing") and prev in (",", "before", "after", "while"):
        m = _speaker_before_a_participle(story, text, lo, v.start())
        if m is not None:
            return m
    if verb.endswith("ing") or prev in ("and", "but", "then", "or", "to"):
        return subject_before(story, text, lo, v.start())
    m = agent_before_verb(story, text, lo, v.start())
    if m is not None:
        return m
    if (
        (prev in (",",) or (tok is not None and tok[2] in _QUOTE_CHARS))
        and verb not in _TOLD
        and verb not in _OBJECT_VERBS
    ):
        # ("..., told AFP": who comes after "told" is the listener, never an inverted speaker)
        if prev == "," and _RELATIVE_CLOSED_RE.search(text, max(lo, v.start() - 80), v.start()) is not None:
            return None  # ("A spokeswoman, who declined to be named, said X '...'": X is what she spoke of)
        m = np_after(story, text, _skip_aux_forward(text, v.end(), hi), hi)
        if m is not None:
            nxt = first_word(text, m.end, min(hi, m.end + 20))
            if nxt is not None and nxt[2] in _CLAUSE_VERBS:
                return None  # "..., said Ghostwriter had been": what was said, not who
            if m.run is not None and possessive(text, m.run):
                return None  # "..., said Quill's team had 'gambled'": whose team, in what was said
            return m
    return None


def after_close(story: Story, text: str, pos: int, hi: int) -> tuple[str, Mention | None, int] | None:
    """Attribution right after a closing mark: (cue, speaker, end of clause)."""
    i = pos
    while i < hi and text[i] in _SKIP_LEAD:
        i += 1
    if i >= hi:
        return None
    v = VERB_RE.match(text, i)
    if v is not None and v.group().endswith("ing") and v.group() != "sing":
        return None  # ("would 'think about' asking the owners of X": a participle takes no speaker after it)
    if v is not None:
        j = _skip_aux_forward(text, v.end(), hi)
        m = np_after(story, text, j, hi, after_verb=True)
        group_end = _unnamed_after_verb(text, j, hi) if m is None else None
        if group_end is not None:
            # '"Shame!" called several members on the government benches': nobody named
            return v.group(), None, group_end
        line = text.rfind("\n", 0, pos) + 1
        m = _whose_document(story, text, m, hi) if v.group() == "according to" else m
        if m is None and v.group() == "according to":
            m = _the_body_by_its_noun(story, text, j, hi)
        if m is None and v.group() == "according to" and text[line : line + 1] in _QUOTE_CHAR_SET:
            # (a quote that opens its paragraph: "X told the board it was 'robust', according to the minutes" is X's)
            return _according_to_figures(story, text, j, hi)
        return None if m is None else (v.group(), m, m.end)
    m = np_after(story, text, i, hi)
    if m is None and _A_CRY_CAME_RE.match(text, i, hi):
        return "came", None, i  # '"Shame!" came a shout from the opposition benches': nobody named
    if m is None:
        one = _ONE_READ_AFTER_RE.match(text, i, hi)
        if one is not None and _DISPLAYS_RE.search(text, max(0, pos - 300), pos):
            return "read", None, one.end()  # 'Pupils held placards. "Otso, breathe from the belly," one read.'
        return _somebody_after(text, i, hi)
    if m.kind in ("role", "org") and text.endswith(("'s", "\u2019s"), m.start, m.end):
        owned = np_after(story, text, m.end, hi)
        if owned is not None and owned.kind == "role":
            # '"...," the association's chief negotiator, Brisa Quill, told reporters': the negotiator
            m = Mention(m.start, owned.end, "role", word=owned.word, head=owned.head, mods=owned.mods, det="the")
    j = m.end
    if m.kind == "org":
        nxt = first_word(text, j, min(hi, j + 20))
        if nxt is not None and nxt[2].lower() in lx.SPOKES_HEADS:
            j = nxt[1]  # '"...," a Quorran & Vorn spokesperson said': the firm speaks
    elif m.kind == "role" and m.head in lx.SPOKES_HEADS:
        f = _FOR_WHOM_RE.match(text, j, min(hi, j + 80))
        if f is not None:
            j = f.end()  # '"...," a spokeswoman for the trust said'
            org = story.reg.runs_by_start.get(f.start(1))
            head = f.group(1).split()[-1].lower()
            if org is not None and _names_org(story, org):
                m = Mention(org.start, org.end, "org", run=org)  # '..., a spokeswoman for Quorran Rail said'
            elif f.group(1).startswith("the ") and head in lx.ORG_HEADS:
                m = Mention(f.start(1), f.end(1), "role", word=head, head=head, det="the")  # the trust speaks
    if j < hi and text[j] == ",":
        # "X, the minister, said" / "Quarnholt, 67, said"
        k = text.find(",", j + 1, min(hi, j + 130))
        if k > 0 and _QUOTE_CHAR_SET.isdisjoint(text[j:k]):
            if m.kind == "role" and m.det == "the":
                # '"...," the announcer, Elric Quarnholt, said': the person the role is set beside, whatever the role
                m = apposed_name(story, text, m, k + 1) or m
            j = k + 1
    j = _skip_aux_forward(text, j, hi)
    j = lstrip_index(text, j, hi)
    v = VERB_RE.match(text, j)
    if v is None and m.kind == "role" and m.head in lx.DOCUMENT_HEADS:
        r = _DOCUMENT_READS_RE.match(text, j)
        if r is not None:
            return "read", m, r.end()  # '"...," her statement read.': the statement's words
    if v is None and m.kind == "pronoun" and m.word in ("he", "she") and text.startswith("read", j):
        if text[j + 4 : j + 5] in (".", ",", " ") and not text.startswith("read by", j):
            return "read", m, j + 4  # '"...," she read.': the one reading the statement out
    if v is None and m.kind in ("pronoun", "name") and m.start == i:
        v = _NOUN_LIKE_VERB_RE.match(text, j)  # '"...," she shouts across the yard': a verb right after its subject
        if v is not None and text[pos - 2 : pos - 1] == "." and text[v.end() : v.end() + 1] not in (".", ","):
            v = None  # ('"... for your country." She laughs at that now': a reaction; but '"...." She laughs. "..."')
    if v is None or v.group() == "according to":
        return _somebody_after(text, i, hi)  # ('... a woman in a red fleece shouted': the noun, then where she was)
    if text[pos - 2 : pos] in _ASKED and _answers_then_speaks(text, v):
        return None  # ('"Where did it go?", X replied: "..."': X answers the question before, and says the one after)
    return v.group(), m, v.end()


def _unnamed_after_verb(text: str, j: int, hi: int) -> int | None:
    """Where the subject after an inverted verb ends, if it is somebody unnamed: "several members", "MPs".

    Its last word a noun for people, then the sentence's end, perhaps after where they were; not a
    clause ("said members had to weigh"), an agent ("reported by train crews"), nor a noun before a name
    ("said saxophonist Aurek Quill").
    """
    m = _GROUP_AFTER_VERB_RE.match(text, j, hi)
    if m is None or m.group("group").split()[0].lower() in _NOT_A_SUBJECT_START:
        return None
    head = m.group("group").split()[-1].lower()
    if m.group("det") is None and not (head.endswith("s") or head == "people"):
        return None  # ('said the lucky winner': somebody the article may have named; only a plural needs no det)
    return m.end() if _a_person_noun(head) or person_noun(head.rstrip("s")) else None


#: After an inverted verb: a determiner of number, or none, up to two lower-case words and a noun (or "MPs"),
#: perhaps where they were, then the sentence's end: "called several members on the government benches."
_GROUP_AFTER_VERB_RE = re.compile(
    r"\s*(?P<det>a |an |one |another |several |some |many |two |three |other |a few |dozens of |a group of )?"
    r"(?P<group>(?:[a-z\-]+ )?MPs|(?:[a-z\-]+ ){0,2}[a-z\-]+)"
    r"(?: (?:on|in|at|from|near|outside|behind|across) (?:the |a |an )?[a-z\-]+(?: [a-z\-]+)?)?(?=[.;!])"
)
#: Words no unnamed subject after a verb opens with: "reported by train crews", "said that members".
_NOT_A_SUBJECT_START = frozenset(
    {"by", "to", "that", "for", "with", "of", "as", "it", "they", "he", "she", "we"}
    | {"the", "this", "his", "her", "their", "its", "our", "my"}
)
#: "came a shout from the opposition benches.", "came a cry from the gallery.": a cry from many, nobody named
#: (not "came the cry from Ms X" nor "from the Speaker").
_A_CRY_CAME_RE = re.compile(
    r"\s*came (?:a|the|one) (?:[a-z]+ )?(?:shout|cry|call|voice|heckle|yell)"
    r"(?: from (?:the |a )?(?:[a-z]+ )?(?:benches|gallery|floor|crowd|stands|terraces|back|audience|room|hall))?[.!;]"
)


def _answers_then_speaks(text: str, v: re.Match) -> bool:
    """Is the verb ``v`` one of answering, with a colon and a quote after it ("replied: '...'")?"""
    return v.group().lower() in REPLY_VERBS and _COLON_THEN_QUOTE_RE.match(text, v.end()) is not None


#: Verbs of answering: after a quote and before a colon, they answer that quote and introduce the next (and
#: the he or she who answers is not the one the sentence before introduced: see describe.py).
REPLY_VERBS = frozenset({"replied", "replies", "responded", "responds", "answered", "answers", "retorted", "retorts"})
_ASKED = frozenset(f"?{c}" for c in "\u201d\u2019\"'")
_COLON_THEN_QUOTE_RE = re.compile(r"\s*:\s*[\u201c\u2018\"']")


#: "the zoo", "the railroad": a determiner and one noun.
_THE_NOUN_RE = re.compile(r"the ([a-z]+)\b")


def _the_body_by_its_noun(story: Story, text: str, j: int, hi: int) -> Mention | None:
    """'"...," according to the zoo': a body the article names by that noun ("Quellmoor Zoo"), as a role to resolve."""
    k = lstrip_index(text, j, hi)
    m = _THE_NOUN_RE.match(text, k, hi)
    if m is None or not story.reg.org_head(m.group(1)):
        return None
    return Mention(m.start(), m.end(), "role", word=m.group(1), head=m.group(1), det="the")


def _according_to_figures(story: Story, text: str, j: int, hi: int) -> tuple[str, Mention | None, int] | None:
    """'"...," according to data issued by X': the body that published them, else nobody named.

    Figures, a report or a survey are the words' source: the quote is theirs, not the last speaker's going on.
    """
    d = _FIGURES_RE.match(text, lstrip_index(text, j, hi), hi)
    if d is None:
        return None
    stop = text.find(".", d.end(), hi)
    if VERB_RE.search(text, d.end(), stop if stop > 0 else hi) is not None:
        return None  # ('"...," according to court papers, X told officers': the sentence names its speaker)
    if d.group(1):
        m = np_after(story, text, d.end(), hi)
        if m is not None and m.kind in ("org", "name", "role"):
            return "according to", m, m.end
    return "according to", None, d.end()


def _somebody_after(text: str, i: int, hi: int) -> tuple[str, None, int] | None:
    """'"Give the money back!" a woman in a red fleece shouted', '... someone called': said by nobody named."""
    if _SOMEBODY_RE.match(text, i, hi) is None:
        return None
    for v in VERB_RE.finditer(text, i, min(hi, i + 90)):
        if v.group() != "according to" and _SOMEBODY_RE.fullmatch(text, i, v.start()):
            return (v.group(), None, v.end()) if _is_somebody(text, i, v.start()) else None
    return None


def _names_a_person(story: Story, text: str, i: int, j: int) -> bool:
    """Does ``text[i:j]`` hold a person's name ("a man prosecutors identified as Quimbrel")?"""
    for m in _CAPITAL_RE.finditer(text, i + 1, j):
        run = story.reg.runs_by_start.get(m.start())
        if run is not None and story.run_kind(run) == "person":
            return True
    return False


_CAPITAL_RE = re.compile(r"\b[A-Z]")


def _is_somebody(text: str, i: int, j: int) -> bool:
    """Is ``text[i:j]`` somebody unnamed: "someone", "a woman in a red fleece", "one shareholder near the front"?"""
    seg = text[i:j].lower()
    if _SOMEBODY_RE.fullmatch(seg) is None:
        return False
    words_ = seg.split()
    if not lx.SPOKES_HEADS.isdisjoint(words_) or not lx.ORG_HEADS.isdisjoint(words_[1:3]):
        return False  # "a trust spokesperson said": the body's words, for the rules that know them
    return words_[0] in ("someone", "somebody") or any(_a_person_noun(w) for w in words_[1:3])


def _a_person_noun(w: str) -> bool:
    """A plain noun for a person: "woman", "voice" (one from the floor); not a role someone may be named in."""
    return w in lx.ROLE_GENDER or w in ("voice", "person", "member", "heckler", "shareholder")


#: Somebody the article does not name, before their verb: "someone", "a woman in a red fleece", "one man".
_SOMEBODY_RE = re.compile(
    r"(?:someone|somebody|(?:a|an|one|another) [a-z][\w'\u2019-]*(?: (?!and\b|but\b)[\w'\u2019-]+){0,7}?) "
)


#: A verb's subject opening a clause of time ("before I went on", "after she went on"): the verb is
#: no attribution.
_TIME_CLAUSE_RE = re.compile(r"\b(?:before|after|until|till|once|as soon as) (?:I|we|he|she|they|you)\s+$")
_TIME_CLAUSE_SUBJECTS = ("I", "we", "he", "she", "they", "you")


def _after_a_time_clause(text: str, lo: int, hi: int) -> bool:
    """``_TIME_CLAUSE_RE.search(text, lo, hi) is not None``, tried only where a subject and a space end the text."""
    k = rstrip_index(text, lo, hi)
    return k < hi and text.endswith(_TIME_CLAUSE_SUBJECTS, lo, k) and _TIME_CLAUSE_RE.search(text, lo, hi) is not None


#: What a document does with its words: "her statement read", "the letter reads", "the note went on".
_DOCUMENT_READS_RE = re.compile(r"(?:read|reads|went on|continues|continued)\b")


def _written_or_own(story: Story, text: str, lo: int, end: int, body_end: int) -> tuple[str, Mention | None] | None:
    """Words on signs (nobody's), words given as someone's own, and a document read out (its author's)."""
    if _signs_read(text, lo, end):
        return "read", None  # "held signs reading 'Parking = Paychecks'": nobody in particular
    own = _own_words(story, text, lo, end)
    if own is not None:
        return "puts it", own  # "by her own account, '...'", "as Quill puts it, '...'": the words are theirs
    if text[end - 1] != ":":
        return None
    if _READ_OUT_RE.search(text, max(lo, body_end - 40), body_end):
        # "... a text message Vexley sent to his sister. The prosecutor read it aloud:": the sender's words
        para = text.rfind("\n", 0, lo) + 1
        author = _author(story, text, max(para, lo - _READ_OUT_REACH), body_end)
        if author is not None:
            return "read", author
    if _IT_READS_RE.match(text, lstrip_index(text, lo, body_end), body_end) is not None:
        author = _author_before(story, text, lo, body_end)
        if author is not None:
            return "read", author  # "X wrote to her. She framed the note. It says:": X's words
        para = text.rfind("\n", 0, lo) + 1
        if _WRITTEN_NOUN_RE.search(text, max(para, lo - 200), lo):
            return "read", None  # "a note was pinned to the door. It said only:": its writer unnamed here
    return None


#: A speech verb opening a clause before its speaker and a colon: "Said Brisa Quill: ...".
_INVERTED_VERB_RE = re.compile(r"(?:" + "|".join(sorted(lx.INVERTED_SPEECH_VERBS)) + r") (?=[A-Z])")


def _body_with_a_statement(story: Story, text: str, lo: int, end: int) -> Mention | None:
    """The body a clause with "statement" in it has speaking: "In its statement the trust listed:"."""
    if _STATEMENT_WORD_RE.search(text, lo, end) is None:
        return None
    m = subject_before(story, text, lo, end)
    if m is not None and (m.kind == "org" or (m.kind == "role" and m.head in lx.ORG_HEADS)):
        return m
    return None


_STATEMENT_WORD_RE = re.compile(r"\bstatement\b")


def _somebody_before(text: str, lo: int, verb: re.Match) -> Mention | None:
    """'a woman by the door called out': somebody unnamed, as the subject right before the verb."""
    m = _SOMEBODY_BEFORE_RE.search(text, max(lo, verb.start() - 80), verb.start())
    if m is None:
        return None
    head = m.group(1) or m.group(2)
    if m.group(2) and not (head in lx.PERSON_NOUNS or head in lx.ROLE_GENDER or head in lx.ROLE_HEADS):
        return None  # ("a note saying", "A notice at the gate warns": a thing written, not somebody)
    return Mention(m.start(), m.end() - 1, "role", word=head, head=head, det="a")


#: "someone ", "a woman by the door ", "one driver on the ferry ": an unnamed subject before its verb.
_SOMEBODY_BEFORE_RE = re.compile(
    r"(?:^|(?<=[\s,]))(?:(someone|somebody)|(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother) ([a-z][\w\-]*)"
    r"(?: (?:at|in|on|near|from|by|of|with) (?:the |a |an |his |her )?[a-z][\w\-]*){0,3}) $"
)
#: Particles of a speech verb that stand between it and its quote: "called out", "shouted back", "said again".
_VERB_PARTICLES = frozenset({"out", "back", "again", "across", "over", "up", "down", "aloud"})


#: "a" or "an" right before a word of saying makes it a noun or a noun's modifier ("an email", "an emailed comment").
_DETERMINER_BEFORE_RE = re.compile(r"\b[Aa]n?\s$")
#: Between a verb of saying and "a"/"an", at most a preposition: "said in an email", "posted a message".
_MEDIUM_GAP_RE = re.compile(r"\s*(?:(?:in|via|with|through|on|by)\s+)?")
#: After "an email", who wrote or sent it: "an email sent to her by a resident", "a letter from a reader".
_ITS_AUTHOR_AFTER_RE = re.compile(r"\s+(?:sent|written|from|by|signed)\b")


def _last_verb_of_saying(text: str, lo: int, end: int) -> re.Match[str] | None:
    """The last verb of saying in ``text[lo:end]`` that is a verb of the clause, not a noun or a question's."""
    last = None
    opening = lstrip_index(text, lo, end)
    for v in VERB_RE.finditer(text, lo, end):
        if (v.start() == opening and v.group()[:1].isupper()) or _plural_noun(text, lo, v):
            continue  # "Asked about the chants, X grinned:": the question put to X, and a noun, not who speaks
        det = _DETERMINER_BEFORE_RE.search(text, max(lo, v.start() - 4), v.start())
        if (
            det is not None
            and not v.group().endswith("ing")
            and not _ITS_AUTHOR_AFTER_RE.match(text, v.end())
            and (last is None or _MEDIUM_GAP_RE.fullmatch(text, last.end(), det.start()) is not None)
        ):
            # "X said in an email:", "X posted a message on social media:", "in an emailed comment": a noun (or a
            # word describing one) after "a", no verb of its own; the verb right before it says who speaks (not
            # "an email sent to her by a resident", whose writer speaks, nor "had a saying"; nor "X said she
            # received a text:", where someone else's verb stands between)
            continue
        if not _after_a_time_clause(text, max(lo, v.start() - 24), v.start()):
            last = v  # ("The coach said to me before I went on, '...'": the coach, not "I")
    return last


def before_open(story: Story, text: str, lo: int, op: int) -> tuple[str, Mention | None] | None:
    """Attribution leading into an opening mark: 'He told the court:', 'Quill:'."""
    end = rstrip_index(text, lo, op)
    if end <= lo:
        return None
    ch = text[end - 1]
    body_end = end - 1 if ch in ":,\u2014\u2013" else end
    # (``end`` is after the last non-space, so the pattern's "of" ends there.)
    if text.endswith(" of", max(lo, end - 30), end) and _CHANT_OF_RE.search(text, max(lo, end - 30), end):
        return "chant", None  # "broke into a chant of 'Save our pool!'": a crowd
    if text.endswith(_SINGING_VERBS, max(lo, end - 70), end) and _CROWD_SINGING_RE.search(text, max(lo, end - 70), end):
        return "chant", None  # "the 1,400 visiting fans were singing 'X is going to Wembley'": a crowd
    written = _written_or_own(story, text, lo, end, body_end) or _posted_with_words(story, text, lo, body_end)
    if written is not None:
        return written
    last = _last_verb_of_saying(text, lo, body_end)
    bare = _BARE_SPEECH_END_RE.search(text, max(lo, body_end - 16), body_end)
    who = np_before(story, text, lo, bare.start()) if bare is not None else None
    if bare is not None and who is not None and _subject_of_bare_verb(story, text, who):
        return bare.group(1), who  # "he heard Mr Quill shout 'Mind your heads!'": a verb's bare form, its subject
    heard = _HEARD_SOMEONE_RE.search(text, max(lo, body_end - 40), body_end) if bare is not None else None
    if heard is not None:
        # "a witness heard him shout '...'": the one "him" is (as a "he" would be), not the subject who heard;
        # inside a quote, where the one telling it knows who, unclear
        if story.reg.in_quote(heard.start(1)):
            return heard.group(2), Mention(heard.start(1), heard.end(1), "role", word="person", head="person", det="a")
        word = {"him": "he", "her": "she"}.get(heard.group(1), "they")
        return heard.group(2), Mention(heard.start(1), heard.end(1), "pronoun", word=word)
    somebody = _somebody_heard(text, lo, body_end) if bare is not None else None
    if somebody is not None:
        return somebody
    if last is not None:
        gap = text[last.end() : body_end]
        if len(gap.split()) <= MAX_OBJECT_WORDS and _QUOTE_CHAR_SET.isdisjoint(gap):
            teller = _teller_reported(story, text, lo, last, body_end)
            if teller is not None:
                return last.group(), teller  # "X said his brother had told him at lunch to 'stop trying'"
            if ch in ":," or not gap.strip() or gap.strip() in _VERB_PARTICLES:
                # ("a woman by the door called out 'Walk it!'": the verb's particle, then the quote)
                return last.group(), agent_of_verb(story, text, lo, body_end, last) or _somebody_before(text, lo, last)
    if ch == ":":
        unnamed = _unnamed_author(text, lo, body_end)
        if unnamed is not None:
            return "read", unnamed  # "X read out a message she said a regular customer had sent her:"
        m = np_before(story, text, lo, body_end)
        opens = lstrip_index(text, lo, body_end) + 1
        inverted = _INVERTED_VERB_RE.match(text, opens - 1, body_end)
        if inverted is not None:
            opens = inverted.end() + 1  # 'Said Brisa Quill: "..."': the verb, then its speaker
        if m is not None and m.kind in ("name", "org") and min(m.start, m.run.start if m.run else m.start) <= opens:
            return ":", m  # "Quill:", "Cllr Quill:" (a title before the name), a transcript's label
        if m is not None and m.kind == "role" and m.det is None and m.start == lstrip_index(text, lo, body_end):
            # a transcript's label, "Reporter: ..." -- somebody in that role, unnamed
            return ":", Mention(m.start, m.end, "role", word=m.word, head=m.head, mods=m.mods, det="a")
        subject = _short_clause_subject(story, text, lo, body_end)
        if subject is not None:
            return ":", subject  # "Ms Quill shot back:", "Quill followed up:": a person, then a few small words
        ms = m.run.start if m is not None and m.run is not None else (m.start if m is not None else 0)
        if m is not None and _ON_BEHALF_RE.search(text, max(lo, ms - 40), ms):
            # "Det Sgt Vellowby read a statement from PC Vantreight:": PC Vantreight's words
            return "statement", m
        thing = _WRITTEN_THING_RE.search(text, lo, body_end)
        if _WRITTEN_RE.search(text, lo, body_end) or thing is not None:
            # "A sign on the door read:", "a text message that read:": the
            # words of whoever the sentence says sent or wrote it, if anyone --
            # a sign's are nobody's, whoever lettered it
            displayed = thing is not None and thing.group(1) is not None
            return "read", None if displayed else _author(story, text, lo, body_end)
        rd = _READ_FROM_RE.search(text, lo, body_end)
        if rd is not None and _QUOTE_CHAR_SET.isdisjoint(text[lo:body_end]):
            # "X, in a jail uniform, turned to the family and read from a sheet of paper:": X's own words,
            # no author being named
            reader = subject_before(story, text, lo, rd.start())
            if reader is not None and reader.kind in ("name", "pronoun"):
                return "read", reader
        if _QUOTE_CHAR_SET.isdisjoint(text[lo:body_end]):
            return _plain_clause_then_colon(story, text, lo, body_end, last)
    return None


#: "told him", "told her": the verb of one who told the speaker something, then whom.
_TOLD_SOMEONE_RE = re.compile(r"told (him|her|them|me|us)\b")
#: A verb of saying with its subject before it, that a report of someone else's words follows.
_SAID_THAT_RE = re.compile(r"\b(?:said|says|told [\w\-]+|recalled|recalls|explained|testified|claimed|added)\b")


def _teller_reported(story: Story, text: str, lo: int, verb: re.Match[str], end: int) -> Mention | None:
    """Who told the speaker the quoted words, in the speaker's reported speech ("said her sister had told her ...").

    Only a relative, a role or a name (a he/she is left to the rules for the sentence), in a clause that follows
    another verb of saying, right before the quote.
    """
    if _TOLD_SOMEONE_RE.match(text, verb.start()) is None:
        return None
    said = _SAID_THAT_RE.search(text, lo, verb.start())
    if said is None:
        return None
    subject_end = rstrip_index(text, said.end(), _skip_aux_back(text, said.end(), verb.start()))  # (past "had")
    who = np_before(story, text, said.end(), subject_end)
    if who is None or who.kind not in ("role", "name") or who.start < said.end():
        return None
    return who


def _somebody_heard(text: str, lo: int, body_end: int) -> tuple[str, Mention | None] | None:
    """'she had heard someone shout', 'heard her neighbour yell': the one heard, unnamed or by a role.

    Never the one who heard; a crowd's words are nobody's in particular ("heard the crowd shout 'Off!'").
    """
    heard = _HEARD_SOMEBODY_RE.search(text, max(lo, body_end - 50), body_end)
    if heard is None:
        return None
    det = heard.group(1).split()[0].lower()
    head = heard.group(2) or "person"
    if head in _CROWDS:
        return heard.group(3), None
    det = "a" if det in ("someone", "somebody") else det
    return heard.group(3), Mention(heard.start(1), heard.end(1), "role", word=head, head=head, det=det)


def _plain_clause_then_colon(
    story: Story, text: str, lo: int, end: int, verb: re.Match[str] | None
) -> tuple[str, Mention | None]:
    """Who speaks after a colon that closes a clause with no quotation marks in it (``verb``: its last speech verb)."""
    unnamed = _indefinite_subject(text, lo, end)
    if unnamed is not None:
        return ":", unnamed  # "Another reporter pressed her:": somebody the article does not name
    if anonymous_search(text, lo, end):
        # "One evacuee, who asked that his name not be used, put it bluntly:": somebody unnamed
        return ":", Mention(lo, end, "role", word="person", head="person", det="a")
    body = _body_with_a_statement(story, text, lo, end)
    if body is not None:
        return ":", body  # "In its statement the trust listed three steps:": the trust's words
    # ("On the state of the business: ..." -- the last speaker)
    return _said_then_colon(story, text, lo, end, verb) or _aside_speaker(text, lo, end) or (":", None)


#: At most this many words from a speech verb to the colon of "X said the district should ...:".
_SAID_TO_COLON_WORDS = 24
#: After the verb, somebody else, or words that others put ("a piece of advice", "an ad", "a sentence"):
#: the quote after the colon may be theirs.
_SOMEONE_NOUN = (
    r"(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Ii]ts|[Oo]ne|[Aa]nother) (?:[a-z\-]+ ){0,2}"
    r"(?:" + "|".join(sorted(KIN | lx.ROLE_HEADS)) + r")s?"
)
_SOMEONE_NOUN_RE = re.compile(r"\b" + _SOMEONE_NOUN + r"\b")
_ANOTHER_VOICE_RE = re.compile(
    r"\b(?:"
    + _SOMEONE_NOUN
    + r"(?:, [A-Z][\w\-]*(?: [A-Z][\w\-]*)*,)? (?:had|has|have|was|were|is|would|will|could|used to|once|always|never)"
    r"|advice|ad|advert|line|lines|sentence|words|phrase|motto|saying|verdict|reply|answer|caption|slogan|entry"
    r"|wrote|written|writes|posted|signed|scrawled|scribbled|chalked|printed|painted|read|reads)\b"
)


def hands_to_another_voice(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]``, before a colon, hand the quote after it to somebody else or to a text?

    "said her uncle had a warning for them:", "said a colleague had scribbled on the draft:", "said the
    letter ended:": somebody else, a noun for words others put, or a verb of writing.
    """
    return _ANOTHER_VOICE_RE.search(text, lo, hi) is not None or _WRITTEN_THING_RE.search(text, lo, hi) is not None


def someone_unnamed_in(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` speak of somebody by a noun for a person ("a stallholder", "her mother")?"""
    return _SOMEONE_NOUN_RE.search(text, lo, hi) is not None


def _said_then_colon(
    story: Story, text: str, lo: int, end: int, verb: re.Match[str] | None
) -> tuple[str, Mention] | None:
    """'Councillor X said the trust ought to drop its bus contract before Easter: "..."': whoever said that.

    The speech verb's own speaker, named or a pronoun, where what follows the verb up to the colon is only
    the speaker's own going on (:data:`_OWN_GOING_ON_RE`: where or when they said it, what they themselves
    did, what a thing should do), in the verb's sentence, and hands the quote to no one else.
    """
    if verb is None or len(text[verb.end() : end].split()) > _SAID_TO_COLON_WORDS:
        return None
    if text.startswith(",", verb.end()) or SENTENCE_END_RE.search(text, verb.end(), end):
        return None  # ("Worst of all, she said, was a form somebody had filled in:": an aside)
    if verb.group().lower() not in _SAYING:
        # "X said that all night they had been singing at the gates:": the singers' (nobody
        # named), not X's; only a crowd's verb is answered here, by its doer
        who = agent_of_verb(story, text, lo, end, verb) if _CROWD_VERB_RE.fullmatch(verb.group()) else None
        return (verb.group(), who) if who is not None and who.kind != "name" else None
    if not _OWN_GOING_ON_RE.match(text, lstrip_index(text, verb.end(), end), end):
        return None  # "X said the voice on the phone was calm:", "X said the doctors gave him a choice:": theirs
    if hands_to_another_voice(text, verb.end(), end) or someone_unnamed_in(text, verb.end(), end):
        return None  # "X said her uncle had a warning for them:", "X said a colleague had noted:": theirs
    span = story.reg.mentions_between(verb.end(), end)
    opens = lstrip_index(text, verb.end(), end)
    if any(
        e.kind == "person" or at == opens
        for at, e in zip(story.reg.timeline_pos[span], story.reg.timeline_ent[span], strict=True)
    ):
        # "Quill said Vexley Coaches put it plainly in March:": the one named after the verb, or a body opening
        # its clause (but "X told the Quarnby Courier:", "the trust should drop Y Coaches:" name no speaker)
        return None
    who = agent_of_verb(story, text, lo, end, verb)
    if who is None or who.kind not in ("name", "pronoun"):
        return None
    return verb.group(), who


#: The verbs of saying whose speaker may go on at length before a colon.
_SAYING = frozenset(
    {"said", "says", "say", "added", "adds", "told", "tells", "wrote", "writes", "posted", "posts", "responded",
     "replied", "explained", "explains", "insisted", "insists", "warned", "warns", "argued", "argues"}
)  # fmt: skip
#: A crowd's verbs: what many sing, chant or shout.
_CROWD_VERB_RE = re.compile(r"sing|sang|sung|singing|chant|chanted|chanting|shout|shouted|shouting|yell|yelled|yelling")
#: What may follow such a verb up to the colon as the speaker's own: a phrase of where or when ("in a message that
#: evening", "after the vote"), their own clause ("he planned to walk", "that she had"), what a thing should
#: do ("the trust ought to", "the district should", "the club would"), or whom they told ("told the Courier",
#: "told reporters in the interview room").
_OWN_GOING_ON_RE = re.compile(
    r"(?:in|on|at|after|before|during|from|via|through|outside|afterwards|later|yesterday|today|tonight|earlier"
    r"|last|this)\b"
    r"|(?:that )?(?:he|she|they|we|I|it)\b"
    r"|(?<=told )(?:the|a|an) |(?<=tells )(?:the|a|an) "
    r"|(?<=told )(?:reporters|journalists|supporters|fans|listeners|viewers|jurors|delegates|MPs|councillors"
    r"|councilors|members|staff|students|parents|residents|senators|lawmakers|legislators|them|him|her|us|me)\b"
    r"|(?:that )?(?:the|its|their|his|her|our) (?:[\w\-\u2019']+ ){0,4}(?:should|would|could|will|must|ought|needs?|"
    r"had to|has to|have to|planned|plans|intends?|hoped|hopes|wanted|wants)\b"
)


def _posted_with_words(story: Story, text: str, lo: int, end: int) -> tuple[str, Mention | None] | None:
    """'The club posted a picture of the crew with the caption:': the words of whoever posted it.

    Not of whom a photo shows: "a photo of Quill posted on the club's page with the caption".
    """
    w0 = max(lo, end - 30)
    # (the pattern is tried only where its "with the " is in reach: most clauses have none)
    if text.find("with the ", w0, end) < 0 or not _WITH_THE_WORDS_RE.search(text, w0, end):
        return None
    who = _author(story, text, lo, end)
    if who is not None and text.endswith(" of ", lo, who.start):
        who = _account_owner(story, text, lo, end)  # ("a photo of Quill posted on the club's page": the club)
    return "read", who


#: A phrase that gives what follows as someone's own words: "as she puts it", "in his own words", "by
#: Quill's own account" (also count, estimate, reckoning, admission), right before the opening mark.
_OWN_WORDS_RE = re.compile(
    r"\b(?:[Aa]s (?P<as>[\w\u2019'-]+(?: [\w\u2019'-]+){0,5}?) (?:later |once |memorably )?"
    r"(?:puts|put|described|describes) it"
    r"|[Ii]n (?P<in>[\w\u2019'-]+) (?:own )?words"
    r"|[Bb]y (?P<by>[\w\u2019'-]+) (?:own )?(?:account|count|estimate|reckoning|admission))[,:]?$"
)
#: What every match of _OWN_WORDS_RE ends with (a word, then perhaps "," or ":"; or a final newline, before which
#: its "$" may also match).
_OWN_WORDS_ENDS = (
    *(w + p for w in ("it", "words", "account", "count", "estimate", "reckoning", "admission") for p in ("", ",", ":")),
    "\n",
)
_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they"}
#: ", she adds,": a speaker's aside inside the writer's sentence.
_PRONOUN_ASIDE_RE = re.compile(r", (he|she) ([a-z]+), ")
#: At most this many words from the aside to the colon (a longer stretch says something else of its own).
_ASIDE_TO_COLON_WORDS = 8
_SOMEONE_UNNAMED = frozenset(("one", "a", "an", "another"))


def _aside_speaker(text: str, lo: int, end: int) -> tuple[str, Mention] | None:
    """'What surprised her most, she admits, was how fast ...:': the one the aside names, for the quote after."""
    aside = _PRONOUN_ASIDE_RE.search(text, lo, end)
    if (
        aside is None
        or not VERB_RE.fullmatch(text, aside.start(2), aside.end(2))
        or len(text[aside.end() : end].split()) > _ASIDE_TO_COLON_WORDS
    ):
        return None
    return aside.group(2), Mention(aside.start(1), aside.end(1), "pronoun", word=aside.group(1).lower())


def _own_words(story: Story, text: str, lo: int, end: int) -> Mention | None:
    """Whose own words the quote at ``end`` is, if a phrase such as "as she puts it" says so."""
    if not text.endswith(_OWN_WORDS_ENDS, max(lo, end - 60), end):
        return None  # (the pattern can end nowhere here: most quotes follow no "puts it", "own words", "account")
    m = _OWN_WORDS_RE.search(text, max(lo, end - 60), end)
    if m is None:
        return None
    key = next(k for k in ("as", "in", "by") if m.group(k) is not None)
    s, e = m.span(key)
    w = m.group(key)
    if key == "as" and w.split(" ", 1)[0].lower() in _SOMEONE_UNNAMED:
        return Mention(s, e, "role", word="person", head="person", det="a")  # "as one resident put it"
    if key == "as" and w.lower() in lx.SUBJECT_PRONOUNS - {"i", "we", "it"}:
        return Mention(s, e, "pronoun", word=w.lower())
    if key != "as" and w.lower() in _POSSESSIVE_PRONOUN:
        return Mention(s, e, "pronoun", word=_POSSESSIVE_PRONOUN[w.lower()])
    if key != "as" and not w.endswith(("\u2019s", "'s", "\u2019", "'")):
        return None
    run = story.reg.runs_by_end.get(e) or story.reg.runs_by_end.get(s + len(w.rstrip("s").rstrip("\u2019'")))
    if run is None or run.start != s or story.run_kind(run) not in ("person", "unknown"):
        return None
    return Mention(run.name_start, run.end, "name", run=run)


def _unnamed_author(text: str, lo: int, end: int) -> Mention | None:
    """Somebody unnamed who wrote the thing the clause before a colon names.

    "an email from a constituent, who had written:", "a message she said a customer had sent her:".
    """
    unnamed = _FROM_SOMEONE_RE.search(text, lo, end)
    if unnamed is not None:
        return Mention(unnamed.start(), unnamed.end(), "role", word="person", head="person", det="a")
    thing = _WRITTEN_THING_RE.search(text, lo, end)
    if thing is None:
        return None
    for v in _AUTHOR_VERB_RE.finditer(text, thing.end(), end):
        pos = _skip_aux_back(text, thing.end(), v.start())
        a = _INDEF_BEFORE_RE.search(text, thing.end(), pos)
        if a is not None:
            return Mention(a.start(), pos, "role", word="person", head="person", det="a")
    return None


def _author(story: Story, text: str, lo: int, end: int) -> Mention | None:
    """Who the clause before a colon says wrote what follows: "a text X sent", "a letter written by Y"."""
    unnamed = _unnamed_author(text, lo, end)
    if unnamed is not None:
        return unnamed  # "X read out an email from a constituent, who had written:": somebody the article does not name
    for v in _AUTHOR_VERB_RE.finditer(text, lo, end):
        by = _BY_AUTHOR_RE.match(text, v.end(), end)
        a = np_after(story, text, by.end(), end) if by else agent_before_verb(story, text, lo, v.start())
        if a is not None and a.kind == "role" and a.det not in lx.INDEFINITE and by is not None:
            # "written by his wife, Brisa Quill,", "signed by the firm's chief, Brisa Quill,"
            named = _named_after_role(story, text, a, end) or _named_after_role(story, text, _to_comma(text, a), end)
            if named is None and a.det in _POSSESSIVE_PRONOUN:
                # "written by her eight-year-old son, Tancred:", a one-word name: somebody of hers, never her
                named = Mention(a.start, a.end, "role", word="person", head="person", det="a")
            a = named or a
        if a is not None and not (a.kind == "role" and a.det in lx.INDEFINITE):
            return a
    return _account_owner(story, text, lo, end)


def _account_owner(story: Story, text: str, lo: int, end: int) -> Mention | None:
    """'A message on her Instagram profile read:', 'a post on the Quarnby Rowing Club's page': its owner."""
    m = _POST_ON_ACCOUNT_RE.search(text, lo, end)
    if m is None or _OTHER_WRITER_RE.search(text, lo, end):
        return None  # (not "a post on his profile from his coach", "a tribute page kept by his club")
    if m.group(1) is not None:
        word = _POSSESSIVE_PRONOUN[m.group(1).lower()]
        return Mention(m.start(1), m.end(1), "pronoun", word=word)
    run = story.reg.runs_by_start.get(m.start(2))
    if run is None or run.end > m.end(2) + 2 or story.run_kind(run) not in ("person", "org"):
        return None
    return Mention(run.name_start, run.end, "org" if story.run_kind(run) == "org" else "name", run=run)


#: Words that give a post on someone's page another writer: "from his coach", "written by", "run by", a memorial.
_OTHER_WRITER_RE = re.compile(r"\b(?:from|by)\b|\b(?:memorial|tribute|fundraising)\b")
#: "a message on her Instagram profile", "a post on the X Club's page": an account and whose it is.
_POST_ON_ACCOUNT_RE = re.compile(
    r"\b(?:post|message|update|tweet|statement|posted) on "
    r"(?:(his|her|their)(?: own)?|(?:the )?([A-Z][^,.:;\n]{0,60}?)['\u2019]s) "
    r"(?:[A-Za-z\-]+ ){0,3}(?:account|page|profile|feed|channel|website|site)\b"
)


#: "It reads:", "The first line reads, in part:": a document the sentence before spoke of.
_IT_READS_RE = re.compile(
    r"(?:It|The (?:[a-z\-]+ ){0,2}(?:letter|note|entry|line|page|diary|card|message|email))"
    r" (?:reads|read|says|said)(?: only| simply| just)?(?:,? in part)?,?$"
)
#: A thing with words on it, in the sentences before "It said:".
_WRITTEN_NOUN_RE = re.compile(r"\b(?:card|note|letter|diary|journal|notebook|postcard|label|inscription)s?\b")


def _author_before(story: Story, text: str, lo: int, end: int) -> Mention | None:
    """Who wrote the document "It reads:" speaks of, by the sentence before in the paragraph ("the letter X sent").

    ``text[lo:end]`` is the "It reads" clause, which the caller has matched.
    """
    para = text.rfind("\n", 0, lo) + 1
    hi = lo
    for _ in range(2):  # the sentence before, then the one before that ("X wrote to her. She framed the note.")
        stop = max(text.rfind(". ", para, hi - 2), para - 2) + 2
        if stop >= hi:
            return None
        found = _author(story, text, stop, hi)
        if found is not None:
            return found
        hi = stop
    return None


def _to_comma(text: str, m: Mention) -> Mention:
    """The role ``m`` run on to the comma that closes its phrase ("the firm's chief", "her eight-year-old son")."""
    k = text.find(",", m.end, m.end + 40)
    if k < 0 or any(c in ".!?;:" for c in text[m.end : k]):
        return m
    return Mention(m.start, k, m.kind, word=m.word, head=m.head, mods=m.mods, det=m.det)


def _named_after_role(story: Story, text: str, m: Mention, end: int) -> Mention | None:
    """'his wife, Brisa Quill': the person named in apposition right after a role."""
    if not text.startswith(", ", m.end):
        return None
    run = story.reg.runs_by_start.get(m.end + 2)
    if run is None or run.end > end or story.run_kind(run) != "person":
        return None
    return Mention(run.name_start, run.end, "name", run=run)


#: "Another reporter pressed her", "A woman in the gallery shouted": an indefinite subject opening a clause.
_INDEF_SUBJECT_RE = re.compile(
    r"([Aa]n?|[Aa]nother|[Oo]ne) ((?:[a-z0-9\-]+ |[A-Z][a-z]+ \d+ ){0,3}?([a-z\-]+))(?=[ ,])"
)
#: Somebody spoken of by a noun, with any determiner: "her shipmate", "a ferryman", "the 15-year-old girl".
_SOMEBODY_NP_RE = re.compile(
    r"\b([Aa]n?|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Tt]he) ((?:[a-z0-9\-]+ ){0,3}?([a-z\-]+))\b"
)
#: How far into a sentence (characters) an opening phrase may run before its subject ("In the square, a trader").
_OPENING_PHRASE = 60


def after_opening_phrase(reg: Registry, text: str, start: int, end: int) -> int | None:
    """Where a sentence's subject starts after a short opening phrase that names nobody, if it has one.

    "Back on the farm, Brisa ...", "Asked about the tour, Brisa ...": the
    position after the phrase's comma; None when the sentence has no such
    phrase in its first :data:`_OPENING_PHRASE` characters.
    """
    comma = text.find(", ", start, min(end, start + _OPENING_PHRASE))
    if comma <= start or any(reg.runs_by_start.get(p) for p, _e, _w in words(text, start, comma)):
        return None
    return comma + 2


def _indefinite_subject(text: str, lo: int, end: int) -> Mention | None:
    """The unnamed person a clause before a colon opens with, as a role mention; None if it opens otherwise."""
    start = lstrip_index(text, lo, end)
    return _indefinite_at(text, start, end) if text[start : start + 1].isupper() else None


def _indefinite_at(text: str, start: int, end: int) -> Mention | None:
    """'a market trader', 'One nurse' at ``start``: a role mention for an indefinite person."""
    m = _INDEF_SUBJECT_RE.match(text, start, end)
    if m is None:
        return None
    for w in m.group(2).split():
        if w in lx.ROLE_HEADS or ROLE_SUFFIX_RE.search(w):
            return Mention(m.start(), m.end(), "role", word=w, head=w, det=m.group(1).lower())
    return None


def _someone_anonymous(story: Story, text: str, lo: int, end: int) -> Mention | None:
    """The person the sentence ``[lo, end)`` keeps anonymous: "Her shipmate, who asked not to be identified, ...".

    A noun for a person before the words of anonymity (:data:`ANONYMOUS_RE`), whatever its determiner, as the
    sentence's subject: opening it, after an opening phrase ("At the market, one stallholder, a widow who
    would not give her name, ..."), or after a verb of being there ("on the quay stood a ferryman who would
    not give his name"). Not somebody the sentence only speaks of ("X told the
    paper that her cousin, who asked not to be identified, ...").
    """
    anon = anonymous_search(text, lo, end)
    if anon is None:
        return None
    opening = lstrip_index(text, lo, end)
    subject_at = {opening, after_opening_phrase(story.reg, text, opening, end)}
    for m in _SOMEBODY_NP_RE.finditer(text, lo, anon.start()):
        w = m.group(3)
        if not person_noun(w):
            continue
        if (
            m.start() in subject_at
            or _BEING_THERE_RE.search(text, max(lo, m.start() - 12), m.start())
            or _PLACE_OPENING_RE.fullmatch(text, opening, m.start())
        ):
            return Mention(m.start(), m.end(), "role", word=w, head=w, det="a")
    return None


#: An opening phrase of place or time before the subject: "At the shop on the corner, ", "After the vote, ".
_PLACE_OPENING_RE = re.compile(
    r"(?:At|In|On|Outside|Inside|Among|By|Near|Back|After|Before|During|Across|Along|Around|Behind|Beside)\b"
    r"[^,.;:\n]{0,80}, "
)
#: A verb of being there, before the one it introduces: "Among the crew was ", "On the quay stood ".
_BEING_THERE_RE = re.compile(r"\b(?:was|were|stood|sat|came|waited)\s+$")


def indefinite_subject(story: Story, text: str, lo: int, end: int) -> Mention | None:
    """The unnamed person the sentence ``[lo, end)`` is about, if its subject is one.

    "One porter was blunter.", "By the harbour wall, a fish merchant
    said business was good.", "A neighbour, who asked that his name not be
    used, says ...": the quote after such a sentence is that person's, and
    the article does not name them. Not "A spokeswoman" (who speaks for an
    organisation) nor a role the article gives a name ("A friend, Brisa Quill,").
    """
    m = _indefinite_subject(text, lo, end)
    if m is None:
        after = after_opening_phrase(story.reg, text, lstrip_index(text, lo, end), end)
        if after is not None:
            m = _indefinite_at(text, after, end)
    if m is None:
        m = _someone_anonymous(story, text, lo, end)
    if m is None or m.head in lx.SPOKES_HEADS or m.head in lx.DOCUMENT_HEADS:
        return None
    if text.startswith(", ", m.end) and story.reg.runs_by_start.get(m.end + 2) is not None:
        return None  # "A friend, Brisa Quill, said": named after all
    return m


#: At most this many words between a subject and the colon of "X shot back:",
#: "X thanked the fans in a post on his website, writing:" (tried 4, 10, 16 on sets 1-11: 16 best, none lost).
_SHORT_CLAUSE_WORDS = 16


def _signs_read(text: str, lo: int, end: int) -> bool:
    """Does the text before a quote (ending at ``end``) say it is written on signs, placards or badges?

    Also the second of two: 'placards reading "A" and "B"'.
    """
    lo80 = max(lo, end - 110)
    if _SIGN_TAIL_RE.search(text, max(lo80, rstrip_index(text, lo80, end) - 7), end) and _SIGN_READING_RE.search(
        text, lo80, end
    ):
        return True
    w0 = max(0, end - 20)
    one = _ONE_READ_RE.search(text, w0, end) if text.endswith(_READ_OR_SAID, w0, rstrip_index(text, w0, end)) else None
    if one is not None and _DISPLAYS_RE.search(text, max(0, one.start() - 120), one.start()):
        return True  # "Parents held hand-lettered signs. One read"
    # (``lo`` may be the first quote's close: look back past it)
    a = _AND_NEXT_RE.search(text, max(0, end - 8), end)
    if a is None:
        return False
    back = max(0, a.start() - 120)
    opening = max(text.rfind(c, back, a.start()) for c in "\u201c\u2018\"'")
    return opening > back and _SIGN_READING_RE.search(text, max(0, opening - 80), opening) is not None


#: A he or she opening a clause.
_HE_SHE_AT_RE = re.compile(r"([Hh]e|[Ss]he)\b")
#: What a clause before a colon says of how words were put: "put it this way", "had this to say", "was blunter".
#: (Not how they came, "She laughs:", "He smiles at the headline:": as often before words read as before one's own.)
_PUT_IT_RE = re.compile(
    r"\b(?:puts? it|had (?:this|more|something|plenty|little) to say|(?:was|is) (?:\w+er|more \w+))\b"
)


#: A role or a relative opening a clause: "Her sister", "The head coach", "His elder brother".
_ROLE_AT_RE = re.compile(
    r"(His|Her|Their|The|his|her|their|the) (?:([a-z\-]+) )??(" + alternation(KIN | lx.ROLE_HEADS) + r")\b"
)
#: Verbs of answering that, with a colon, give the words after it: "disagreed:", "objected:".
_ANSWERED_RE = re.compile(r"\b(?:(?:dis)?agreed|objected|interjected|countered|protested|demurred|replied|responded)\b")
#: How a role put it, before a colon: "was blunter", "was more direct", "put it plainly" (not "was never", "was under").
_ROLE_PUT_IT_RE = re.compile(
    r"\b(?:puts? it|had (?:this|more|something|plenty|little) to say"
    r"|(?:was|is) (?:blunter|clearer|franker|sharper|terser|harsher|gentler|kinder|warmer|(?:more|less) \w+))\b"
)


def _role_puts_it(text: str, role: re.Match[str], end: int) -> bool:
    """Is ``role`` a relative or a role, followed by a few small words saying how they put it, to the colon?"""
    if role.group(3) in lx.SPOKES_HEADS or not _few_small_words(text, role.end(), end):
        return False
    return bool(_ROLE_PUT_IT_RE.search(text, role.end(), end) or _ANSWERED_RE.search(text, role.end(), end))


def _short_clause_subject(story: Story, text: str, lo: int, end: int) -> Mention | None:
    """The person a short clause before a colon starts with: "Ms Quill came back:" (no speech verb needed)."""
    start = lstrip_index(text, lo, end)
    run = story.reg.runs_by_start.get(start)
    if run is None:
        # "Asked about the tour, Brisa answers at once:": after a short opening phrase
        after = after_opening_phrase(story.reg, text, start, end)
        run = story.reg.runs_by_start.get(after) if after is not None else None
        if run is None:
            # "She put it this way:", "In an interview, he put it more simply:": a he or she, then a few small words
            p = _HE_SHE_AT_RE.match(text, start if after is None else after, end)
            if p is not None and _few_small_words(text, p.end(), end) and _PUT_IT_RE.search(text, p.end(), end):
                return Mention(p.start(1), p.end(1), "pronoun", word=p.group(1).lower())
            role = _ROLE_AT_RE.match(text, start if after is None else after, end)
            if role is not None and _role_puts_it(text, role, end):
                # "Her sister disagreed:", "The coach was blunter:": somebody by a role, then how they put it
                det, mod, head = role.group(1).lower(), role.group(2), role.group(3)
                mods = frozenset((mod,)) if mod else frozenset()
                return Mention(role.start(), role.end(), "role", word=head, head=head, mods=mods, det=det)
    if run is not None and run.end < end and story.run_kind(run) != "person":
        run = _person_after_a_team_role(story, text, run, end) or run  # "Quarnby manager Maud Vexley was blunt:"
    if run is None or run.end >= end or story.run_kind(run) != "person":
        return _apposed_clause_subject(story, text, start, end)
    if not _few_small_words(text, run.end, end):
        return None
    return Mention(run.name_start, run.end, "name", run=run)


#: One or two lower-case role words between a team's or a body's name and a person's: " manager ", " head coach ".
_ROLE_WORDS_BETWEEN_RE = re.compile(r" ((?:[a-z\-]+ ){1,2})")


def _person_after_a_team_role(story: Story, text: str, run: Run, end: int) -> Run | None:
    """The person named right after a body's name and a role of theirs ("Quarnby manager Maud Vexley"), if any."""
    m = _ROLE_WORDS_BETWEEN_RE.match(text, run.end, end)
    if m is None or not all(w in lx.ROLE_HEADS or w in lx.ROLE_MODIFIERS for w in m.group(1).split()):
        return None
    person = story.reg.runs_by_start.get(m.end())
    if person is None or person.end >= end or story.run_kind(person) != "person":
        return None
    nxt = first_word(text, person.end, end) if possessive(text, person) else None
    if nxt is not None and _a_person_of_theirs(nxt[2]):
        return None  # "Quarnby striker X's father was blunt:": the father (but "X's statement was short:": X)
    return person


def _a_person_of_theirs(word: str) -> bool:
    """Is ``word`` after a possessive someone of that person's ("father", "spokesman", "opposite number")?"""
    w = word.lower()
    return (
        w in lx.ROLE_HEADS
        or w in KIN
        or w in lx.ROLE_GENDER
        or w in lx.SPOKES_HEADS
        or w in ("opposite", "counterpart", "assistant", "deputy", "aide", "number")
    )


def _few_small_words(text: str, lo: int, hi: int) -> bool:
    """Is ``text[lo:hi]`` one to :data:`_SHORT_CLAUSE_WORDS` lower-case words (commas aside)?"""
    rest = text[lo:hi].replace(",", " ").split()
    return 1 <= len(rest) <= _SHORT_CLAUSE_WORDS and all(w.replace("-", "").isalpha() and w.islower() for w in rest)


def _apposed_clause_subject(story: Story, text: str, start: int, end: int) -> Mention | None:
    """'The inquiry chairman, Sir Brisa Quill, interrupted:': the person named in apposition to the subject."""
    c = text.rfind(", ", start, end)
    if c < 0:
        return None
    rest = text[c + 2 : end].split()
    if not 1 <= len(rest) <= _SHORT_CLAUSE_WORDS or not all(w.isalpha() and w.islower() for w in rest):
        return None
    m = _appositive_subject(story, text, start, c)
    return m if m is not None and m.kind == "name" and m.run is not None and story.run_kind(m.run) == "person" else None


#: A possessive or a determiner right before a word that could be a speech verb: a noun ("Quill's claims").
#: "with the message", "with the caption:": what a post or a photo that was sent carries, its sender's words.
_WITH_THE_WORDS_RE = re.compile(r"\bwith the (?:message|caption|words|note|text)$")
_NOUN_BEFORE_RE = re.compile(r"(?:['\u2019]s|\b(?:the|their|its|his|her|our|whose|these|those)) $", re.IGNORECASE)
#: "told X that calls about vaccinations had": after "that", a plural noun with its preposition, not a verb.
_THAT_BEFORE_RE = re.compile(r"\bthat $")
_NOUN_PREPOSITION_AFTER_RE = re.compile(r" (?:about|of|from|over)\b")


#: "some traders have ", "many residents ": people the sentence counts but does not name, right before a verb.
_SOME_PEOPLE_BEFORE_RE = re.compile(
    r"\b(?:[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|[Ff]ew|[Bb]oth) (?:[a-z\-]+ )?[a-z\-]+s (?:have |had |has )?$"
    # "warned by a porter who told her he had seen '...'": somebody the sentence introduces, unnamed
    r"|\b(?:a|an|one) (?:[a-z\-]+ ){0,2}[a-z\-]+,? who (?:later |had |has |then )?$"
)


#: A relative clause right after a quote, about it: "'...', which ", "'...' that ".
_WHICH_AFTER_RE = re.compile(r"[\u201d\u2019\"']?[,;]?\s+(?:which|that)\b")


def in_sentence(story: Story, text: str, lo: int, hi: int, qs: int, qe: int) -> tuple[str, Mention] | None:
    """A speech verb elsewhere in the quote's sentence and its speaker.

    The nearest verb before the quote wins, then the nearest after it.
    """
    before = list(_speech_verbs(story.reg, text, lo, qs))
    # (the verbs after the quote are looked for only if none before it gives a speaker; none in a clause about
    # the quote, "'...', which Quill later described as ...": what Quill said of the words, not who said them)
    after = _speech_verbs(story.reg, text, lo, hi, qe) if not _WHICH_AFTER_RE.match(text, qe) else iter(())
    # (nor a verb the quote runs into, '"wholly neglected" to disclose his stake': what the words describe)
    # (but "X used the words '...' to describe it", "chose '...' to explain": the words are X's choice)
    if not _used_words_before(text, max(lo, qs - 40), qs):
        after = (v for v in after if not _TO_RIGHT_AFTER_RE.fullmatch(text, qe, v.start()))
    opening = _ACCORDING_OPENING_RE.match(text, lstrip_index(text, lo, qs))
    for v in itertools.chain(reversed(before), (opening,) if opening is not None else (), after):
        m = agent_of_verb(story, text, lo, hi, v)
        a_place = m is not None and m.run is not None and story.run_kind(m.run) not in ("person", "org")
        if a_place and ANONYMOUS_RE.match(text, v.start()):
            # "A longtime Quarnby session player who asked not to be named": someone unnamed, never the place
            m = Mention(v.start(), v.start(), "role", word="person", head="person", det="a")
        if m is None and before and v is before[-1] and len(text[qs:qe].split()) >= 2:
            some = _SOME_PEOPLE_BEFORE_RE.search(text, max(lo, v.start() - 50), v.start())
            if some is not None:
                # "..., a plan some traders have called 'a disaster'": people the sentence does not name, not
                # whoever spoke through its first verb
                return v.group(), Mention(some.start(), some.end(), "role", word="person", head="person", det="a")
        if m is None or (v is opening and m.kind != "name" and not _body_according_to(story, text, m, v.start())):
            # ("According to the singer, the band ...": which singer, the sentence does not say; but "According to
            # the union, ...": the body the article named, as "the union said")
            continue
        if before and v is not before[0] and v.start() < qs:
            main = _sentence_speaker(story, text, lo, hi, before[0], m)
            if main is not None:
                return before[0].group(), main
        return v.group(), m
    return None


def _body_according_to(story: Story, text: str, m: Mention, pos: int) -> bool:
    """Is "According to the union," (``m``) the one body of that kind the article named before ``pos``?

    Not a document of a body ("According to the company's figures"), and not a kind of body the article names
    twice or never ("the party" between two parties, "the league" never named).
    """
    if m.kind != "role" or m.head not in lx.ORG_HEADS or text.startswith(("'s", "\u2019s"), m.end):
        return False
    named = {
        e.index
        for e, _at in story.mentions_before(pos)
        if story.kind(e) == "org" and (m.head in e.heads or m.head in e.name.lower().split())
    }
    return len(named) == 1


def speech_before(reg: Registry, text: str, lo: int, pos: int, *, characterises: bool = False) -> bool:
    """Does the sentence from ``lo`` say that somebody spoke, before ``pos``: a speech verb, "According to"?

    Verbs that name a thing ("what the trade calls 'ghost signs'") do not, unless ``characterises``: the
    quote is long enough to be someone's words ("called it 'the best afternoon here since the '90s'").
    """
    if _ACCORDING_OPENING_RE.match(text, lstrip_index(text, lo, pos)) is not None:
        return True
    for v in _speech_verbs(reg, text, lo, pos):
        naming = _NAMING_VERB_RE.match(v.group())
        if naming is None or (characterises and _CHARACTERISING_RE.match(v.group()) is not None):
            return True
    return False


#: Choosing words, right before a quote: "used the words ", "coined the phrase ", "reached for ".
_USED_WORDS_BEFORE_RE = re.compile(
    r"\b(?:used|uses|chose|chooses|coined|coins|picked|picks|employed|borrowed|invoked|reached for|reaches for)"
    r"(?: the (?:words?|phrase|term|expression|description))?\W*$"
)
#: The words every match of _USED_WORDS_BEFORE_RE ends with, before the marks and spaces its "\W*" takes.
_USED_WORDS_ENDS = (
    *"used uses chose chooses coined coins picked picks employed borrowed invoked".split(),
    *"reached for|reaches for|word|words|phrase|term|expression|description".split("|"),
)


def _used_words_before(text: str, lo: int, hi: int) -> bool:
    """``_USED_WORDS_BEFORE_RE.search(text, lo, hi) is not None``, tried only where the text can end a match.

    (Past the characters no word holds, the text must end in one of :data:`_USED_WORDS_ENDS`: before most quotes
    it ends in "said", "told" or no verb at all.)
    """
    k = hi
    while k > lo and not (text[k - 1].isalnum() or text[k - 1] == "_"):
        k -= 1
    return text.endswith(_USED_WORDS_ENDS, lo, k) and _USED_WORDS_BEFORE_RE.search(text, lo, hi) is not None


#: Between a quote and a verb in the infinitive right after it: '" to ', '\u201d to '.
_TO_RIGHT_AFTER_RE = re.compile(r"[\"'\u201d\u2019]* to ")
#: Verbs that give a thing a name rather than report words ("what the trade calls 'ghost signs'").
_NAMING_VERB_RE = re.compile(r"(?:call|dub|nicknam|titl|entitl|head|describ|refer|label|brand|term|declar|know|nam)")
#: Of those, the ones that also report a judgement in the speaker's words ("called it 'a disgrace to the city'").
_CHARACTERISING_RE = re.compile(r"(?:call|describ|label|brand|term)")


def _speech_verbs(reg: Registry, text: str, lo: int, hi: int, frm: int | None = None) -> Iterator[re.Match]:
    """The speech verbs of the sentence [lo, hi) from ``frm`` on, outside quotes.

    Not plural nouns: "Quill's claims were", "their warnings".
    """
    for v in VERB_RE.finditer(text, lo if frm is None else frm, hi):
        vs = v.start()
        if not reg.in_quote(vs) and not _plural_noun(text, lo, v) and not _REMINDS_OF_RE.match(text, vs):
            if not _ADDED_A_THING_RE.match(text, vs) and not _ASKED_ANONYMITY_RE.match(text, vs):
                yield v


#: "asked not to be named", "asked that her name not be used": a request for anonymity, no words said.
_ASKED_ANONYMITY_RE = re.compile(r"ask(?:s|ed|ing)? (?:not to be (?:named|identified)|that (?:his|her|their) name)")
#: "reminds her of": a likeness, no speech.
_REMINDS_OF_RE = re.compile(r"remind(?:s|ed|ing)? (?:her|him|me|them|us|you|everyone|people) of\b")
#: "had added a fee of", "adding 300 jobs": a thing added, no words ("added that", "adding:", "added a
#: warning" are words).
_ADDED_A_THING_RE = re.compile(
    r"add(?:s|ed|ing)? (?:a|an|another|more|extra|new|some|\d[\d,.]*)\b"
    r"(?! (?:\w+ )?(?:note|caveat|warning|word|words|line|plea|comment|remark|message|thought|request)\b)"
    # (but 'added a curt "no comment"': the words added; not 'added a so-called "service fee"')
    r"(?!(?: (?!so-called)[\w\-]+){0,3} ?[\"'\u201c\u2018])"
)


def _plural_noun(text: str, lo: int, v: re.Match) -> bool:
    """Is the speech verb ``v`` a plural noun here ("Quill's claims were", "about the chants", "that calls about")?"""
    vs = v.start()
    return v.group().endswith("s") and bool(
        _NOUN_BEFORE_RE.search(text, max(lo, vs - 8), vs)
        or (_THAT_BEFORE_RE.search(text, max(lo, vs - 6), vs) and _NOUN_PREPOSITION_AFTER_RE.match(text, v.end()))
    )


#: A sentence opening "According to X," (the lower-case phrase mid-sentence is one of the speech verbs).
_ACCORDING_OPENING_RE = re.compile(r"(?:(?:But|And|Yet|So), )?(?:a|A)ccording to(?= )")


def _sentence_speaker(story: Story, text: str, lo: int, hi: int, first: re.Match, m: Mention) -> Mention | None:
    """Who speaks through the sentence's ``first`` speech verb, when its later verb's subject ``m`` is theirs.

    "She added that the board had called it 'a setback'": the sentence's speaker, who opens it; "the
    council said in an email that it had asked mediators to '...'": the body that said it.
    """
    if m.kind in ("role", "org") and m.det not in lx.INDEFINITE:
        main = agent_of_verb(story, text, lo, hi, first)
        if (
            main is not None
            and main.kind in ("name", "pronoun")
            # (from the run's first word: "Chairman Sir Brisa Quill said the board had ...")
            and (main.run.start if main.run is not None else main.start) <= lstrip_index(text, lo, hi) + 4
        ):
            return main
    elif m.kind == "pronoun" and m.word == "it":
        main = agent_of_verb(story, text, lo, hi, first)
        if main is not None and _a_body(story, main):
            return main
    return None
