"""The registry of mentions: every person and organisation an article names, and where.

An article introduces people and organisations once in full ("Sir Aurek
Quennick", "Housing Minister Quessa Vantroy", "Software maker Quarnholt
Systems") and later refers to them by short forms ("Sir Aurek", "Ms
Vantroy", "Quennick"), roles ("the prime minister", "the company") or
pronouns.  :class:`Registry` reads the whole text once: it parses every run
of capitals (:mod:`.names`), decides what each names (:mod:`.kinds`), links
short forms to the full name, binds roles to people, learns genders from
pronouns, and keeps a timeline of the mentions outside quotations.

Once built, a registry never changes: what resolving quotes teaches lives in
a :class:`~.story.Story` beside it.

Public names: :class:`Entity`, :class:`Registry`, and the patterns the
registry scans for, :data:`PRONOUN_RE` (with its prefilter
:data:`PRONOUN_CAND_RE`) and :data:`ROLE_MENTION_RE`.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field

from . import lexicon as lx
from .antecedents import (
    KIN,
    PRONOUN_REACH,
    body_noun_forms,
    introduced_anonymous,
    introduced_unnamed,
    person_noun,
    resolve_role,
)
from .kinds import (
    AGE_APPOS_RE,
    CAMEL_RE,
    DESCRIPTOR_RE,
    GAVE_NAME,
    NOT_A_NAME,
    PLACE_OR_ORG,
    PLACE_PREPOSITIONS,
    ROLE_OR_HONORIFIC,
    appos_org_head,
    at_a_firm,
    compound_given,
    everyday_word,
    gender_said_after,
    given,
    given_gender,
    is_descriptor_det,
    kind_of_run,
    org_head_before,
    trade_noun,
    unnamed_of_sex,
)
from .names import (
    GENERATION_RE,
    KIN_TITLES,
    LOCATIVE_SUFFIXES,
    PARTICLE_SET,
    Run,
    dateline_credit,
    dateline_place,
    generation,
    is_contraction,
    name_like,
    name_pieces,
    not_an_acronym_entity,
    org_name,
    parse_run_words,
    possessive,
    run_tokens,
    shared_surname,
    surname_of,
)
from .story import Story
from .tokens import (
    OPENING_MARKS,
    POSSESSIVE_RE,
    SENTENCE_END_RE,
    alternation,
    last_word,
    lstrip_index,
    norm,
    norms,
    prefiltered,
    rstrip_index,
    rwords,
    sentence_start,
    similar,
    start_of_paragraph_before,
    word_before,
)

log = logging.getLogger(__name__)

__all__ = [
    "BYLINE_RE",
    "MY_SOMEONE_BEFORE_RE",
    "PRONOUN_CAND_RE",
    "PRONOUN_RE",
    "ROLE_MENTION_RE",
    "Entity",
    "Registry",
]


@dataclass(slots=True)
class Entity:
    """A person or organisation the article names."""

    name: str
    kind: str  # "person" | "org"
    first: str | None = None
    last: str | None = None
    name_len: int = 0
    gender: str | None = None
    gender_guessed: bool = False  # the gender is only what the given name suggests
    strong: bool = False  # enough evidence to be a pronoun's antecedent
    roles: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    index: int = 0
    heads: set[str] = field(default_factory=set)  # what kind of organisation: "union", "retailer"


# Only a sentence-initial He/She teaches a gender: object pronouns ("worked
# alongside him") point at someone else as often as not.
PRONOUN_RE = re.compile(
    r"(?:(?<=[.!?] )|(?<=^)|(?<=\n))(?:He|She)\b"
    r"|\b(?:his|her)"
    r"(?= (?!to\b|for\b|in\b|on\b|at\b|with\b|and\b|that\b|as\b|the\b|a\b|an\b|about\b|from\b|by\b|of\b)[a-z])",
    re.MULTILINE,
)
# Every match of PRONOUN_RE starts at a match of this cheap pattern; the
# full pattern is then tried only there.  (``(?=[HSh])\b(?:He|She|his|her)\b``,
# written to start with a literal so the engine skips to candidate letters;
# ``(?<!\w.)`` after the first letter is the ``\b`` before it.)
PRONOUN_CAND_RE = re.compile(r"(?:H(?<!\w.)e|S(?<!\w.)he|h(?<!\w.)(?:is|er))\b")
# The determiner is ``\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Mm]y|[Oo]ur)``, spelled
# out letter by letter so the pattern starts with a literal and the engine
# skips to candidate letters; ``(?<!\w.)`` after the first letter is the
# ``\b`` before it.  One branch per first letter ("the" and "their", "his" and
# "her" share one): the space after the determiner lets only one of a branch's
# words match, so the matches are the same and a letter is tried once, not twice.
_ROLE_MENTION_DET = "|".join(
    c + r"(?<!\w.)" + rest
    for c, rest in (
        ("T", "he(?:ir)?"), ("t", "he(?:ir)?"), ("H", "(?:is|er)"), ("h", "(?:is|er)"),
        ("I", "ts"), ("i", "ts"), ("M", "y"), ("m", "y"), ("O", "ur"), ("o", "ur"),
    )
)  # fmt: skip
#: "the prime minister", "its chief executive": a role outside quotes.
ROLE_MENTION_RE = re.compile(
    r"(?:"
    + _ROLE_MENTION_DET
    + r") ((?:[a-z\-]+ ){0,2}?(?:"
    + alternation(lx.ROLE_HEADS | lx.ORG_HEADS)
    + r"))\b(?! [A-Z])(?!['\u2019])(?!-(?:and|of)-)"
)  # (not "the husband-and-wife team", "the mother-of-two": inside such a compound; "the attorney-general" is a role)
#: A noun for a person and a comma right before a name in apposition: "The first caller, ", "his neighbour, ".
_NOUN_BEFORE_APPOS_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur) (?:[a-z\-]+(?:['\u2019]s?)? ){0,3}?"
    r"([a-z\-]+), $"
)
#: What ends a name in apposition: a comma, or where the person is from ("Ezio from Tarnholm,").
_APPOS_NAME_END_RE = re.compile(r",| (?:from|of) [A-Z]")
#: "gave her name (only) as", "identified only as", "known only as", "identified here by his given name, X,": a
#: first name given for a person.
_NAME_AS_RE = re.compile(
    rf"\b(?:{GAVE_NAME}|(?:identified (?:only )?as|known only as|named only as) "
    r"|(?:only )?(?:her|his|their) (?:first|given) name, )$"
)
#: What every match of _NAME_AS_RE ends with (its "$" may also match before a final newline).
_NAME_AS_ENDS = ("as ", "name, ", "\n")


def _name_given_as(text: str, start: int) -> re.Match | None:
    """``_NAME_AS_RE.search(text, max(0, start - 40), start)``, tried only where a match can end at ``start``.

    (Most one-word runs follow no "as " and no "name, ".)
    """
    if not text.endswith(_NAME_AS_ENDS, 0, start):
        return None
    return _NAME_AS_RE.search(text, max(0, start - 40), start)


#: ", who gives only her first name": the one word before is a person's given name (group 1 or 2: whose).
_FIRST_NAME_ONLY_AFTER_RE = re.compile(
    r", who (?:would )?(?:gives?|gave|uses?|used|goes by|went by) only (her|his|their) first name"
    r"|, who asked to be (?:identified|named|called) (?:only )?by (her|his|their) first name"
)
# ``\b(herself|himself)\b``, written to start with a literal so the engine skips to
# candidate letters (``(?<!\w.)`` after the first letter is the ``\b`` before it).
_REFLEXIVE_RE = re.compile(r"(h(?<!\w.)(?:er|im)self)\b")
#: How close (characters) a reflexive pronoun must follow the name it refers back to.
_REFLEXIVE_REACH = 40
#: A verb right after a word that opens a sentence ("Ezio was", "Brisa said", "Aurek, 9, grinned").
_VERB_NEXT_RE = re.compile(r"(?:, \d{1,3},)? (?:is|was|has|had|did|does|said|says|told|asked|added|[a-z]+ed)\b")
#: How close (characters) a person who just spoke must be for a shared surname to be theirs.
_JUST_SAID_REACH = 300
_SPEECH_AFTER_RE = re.compile(
    r"(?: \(\d{1,3}\))?(?:, [^,\u201c\u201d\"]{1,110},)?,? "
    r"(?:(?:has|had|have|was|also|later|then|previously|earlier|once) )*(?:"
    + alternation(w for w in lx.SPEECH_VERBS if w.endswith(("ed", "s")) or w in ("said", "told", "wrote"))
    + r")\b"
)
_SPACE_OR_COMMA = (" ", ",")
#: "the festival", "The airport": a noun after "the" (``\b[Tt]he``, with the ``\b`` written as ``(?<!\w.)``
#: after the first letter, so that the engine skips to candidate letters, as in ``_ROLE_MENTION_DET``).
_THE_NOUN_RE = re.compile(r"[Tt](?<!\w.)he ([a-z]+)\b")
#: "Vexwick Brass Festival": capitalised words, the last of them a noun's ("Festival"). The same as
#: ``(?:\b[A-Z][\w'\u2019\-]* )+([A-Z][a-z]+)\b``, with the first word written out and its ``\b`` as
#: ``(?<!\w.)`` after the capital, so that the pattern starts with a letter and the engine skips to capitals.
_NAME_ENDING_IN_A_NOUN_RE = re.compile(r"[A-Z](?<!\w.)[\w'\u2019\-]* (?:\b[A-Z][\w'\u2019\-]* )*([A-Z][a-z]+)\b")
#: Endings of nouns for someone who does a thing: "the shepherd", "the porter", "the florist".
_DOER_ENDINGS = ("er", "or", "ist", "man", "woman")
#: "Brisa and " right before a name: the second of a pair named together.
_PAIR_BEFORE_RE = re.compile(r"\b[A-Z][a-z]+ and $")
#: " for the district", " of the trust" before an apposition's comma: what a role is of, in everyday words.
_OF_THE_NOUN_BEFORE_RE = re.compile(r" (?:for|of) the [a-z]+(?: [a-z]+)?$")
#: A role, "and" and a second word for someone's work, ending before a comma: "father and trainer", "mother and
#: business manager".
_AND_A_SECOND_ROLE_RE = re.compile(
    r"\b([a-z]+) and (?!(?:a|an|the|his|her|their|its|our|my) )(?:[a-z]+ )?"
    r"[a-z]{2,}(?:er|or|ist|man|woman|mate|ant|ent)$"
)  # (not "her mother and a labourer, X": a second person)
#: An active verb of speaking after a body's noun: " said", ", in a statement, said", " has announced".
_BODY_SPEAKS_RE = re.compile(
    r"(?:, [^,\u201c\u201d\"]{1,60},)? (?:(?:has|had|also|later|then|since) )*"
    r"(?:said|says|announced|announces|added|adds|posted|posts|wrote|writes|confirmed|confirms|stated|states|warned|warns|told|tells|described|describes|called"
    r"|calls|insisted|insists|replied|replies|apologised|apologized|apologises|apologizes)\b"
)
#: What may follow a name set beside a role: "the coach, Brisa Quill, said", "... by its director, Brisa Quill."
_APPOS_ENDS = frozenset(("", ",", ".", ";", ":", ")", "\n", "\u2014", "\u2013"))
#: ... or a phrase that goes on describing the person: " of the county police", " (KC)", " who ...".
_APPOS_GOES_ON_RE = re.compile(r" (?:of|from|at|for|in|who|whose|\()\b| \(")
#: "As a referee, ", "as the club's captain, ": a role the sentence's subject held.
_AS_A_ROLE_RE = re.compile(r"\b[Aa]s (?:a|an|the|his|her|their) [^,]*$")
_ACRONYM_RE = re.compile(r" \(([A-Z]{2,6})\)")
_APPOS_AFTER = re.compile(
    r", (?:(?:the|a|an|his|her|its|their) )?([^,.;:\"\u201c\u201d\n]{2,90}?)(?:,|\.|;| who\b| which\b|\n|$)"
)  # (within its line: "By X, The Quarnby Herald" then a dateline is no "X, the ... artist")


def _verb_like(w: str) -> bool:
    """Does ``w`` read as a verb opening what follows a name's comma ("questioned", "told"), not a role word?"""
    if w in _IRREGULAR_PAST:
        return True
    return (w.endswith("ed") or (w.endswith("s") and not w.endswith("ss"))) and w not in lx.ROLE_MODIFIERS


#: Participles that give the one named the role after them: "X, named her party's deputy leader in May, said".
_NAMED_TO = frozenset({"named", "appointed", "elected", "made", "chosen", "voted", "promoted", "installed"})
#: Common verbs whose past is not "-ed": "The boy's mother, X, told the council her son ..." is a clause, no role.
_IRREGULAR_PAST = frozenset(
    "told said gave took wrote sent spoke made left brought thought found began came went saw heard kept felt met"
    " sat stood won paid led got put held sold became knew grew drew threw rang sang ran caught taught bought".split()
)


#: A letter or two and a number: a code, an amount, a road or a class ("K20", "Y6", "B4"), not a firm's name.
_CODE_RE = re.compile(r"[A-Z]{1,3}\d{1,3}(?:-[A-Z0-9]{1,3})?")
#: Determiners inside what follows a name's comma: "X, questioned the jockey", "X, watched her captain": a verb,
#: then its object.
_VERB_THEN_OBJECT = frozenset({"the", "a", "an", "her", "his", "their", "its", "my", "our"})
#: ", who acts as safety officer": a role the one just described also holds.
_ACTS_AS_RE = re.compile(
    r",? who (?:acts|acted|serves|served|doubles|doubled|is also|was also) as (?:the |a |an |its |their )?"
    r"((?:[a-z\-]+ ){0,2}?)([a-z\-]+)(?=[,.;]| (?:for|at|of|in|on)\b)"
)
_RELATIVE_RE = re.compile(r"\b(?:who|whose|whom|which)\b")
_COMPASS = frozenset(
    "east west north south central northern southern eastern western north-east north-west south-east south-west"
    " northeast northwest southeast southwest".split()
)
#: ", a domestic worker", ", 41, a retired nurse": a description of a person right after a one-word name.
_PERSON_APPOS_RE = re.compile(r",(?: \d{1,3},)? (?:a|an) (?:[\w\-]+ ){0,2}?([a-z\-]+)(?=[,.;]| who\b)")
#: A line over the story that is only its byline ("By Ezio Quill", "By Ezio Quill, Arts Correspondent"), and how far
#: into the text one is looked for.
BYLINE_RE = re.compile(r"By [A-Z][^\n.:;]{0,60}(?:\n|$)")
_BYLINE_REACH = 300
_LETTER_THEN_WORD_RE = re.compile(r"[A-Z]-[a-z]+$")
#: Words that join the words of a body's name, never the first of anyone's.
_JOINS_OF_A_NAME = frozenset({"of", "for", "and", "at", "on", "the", "&"})
#: "of " before a street's name: an address ("X, 54, of Mill Lane, Upper Quarnby").
_ADDRESS_OF_RE = re.compile(r"\bof $")
#: Two capitalised words in a row, overlapping ("A B C": A B, then B C).
_NAME_PAIR_RE = re.compile(r"(?<![\w'\u2019\-])(?=([A-Z][\w'\u2019\-]*) ([A-Z][\w'\u2019\-]*))")
#: One or two lower-case words after a capitalised word, the last a noun for a place or a body ("health centre").
_PLACE_NOUN_AFTER_RE = re.compile(r" ([a-z]+)(?: ([a-z]+))?\b(?![\-'\u2019])")
_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can"})
#: Words that open a clause or the next item of a list after a name's comma, never a description of the name.
_NO_APPOSITION_OPENERS = frozenset(
    "whose and or but whether if that when while because though although so where".split()
)
#: Participles that open a title: "X, acting chief executive", "X, outgoing chair".
_OFFICE_PARTICIPLES = frozenset(
    "acting managing presiding outgoing incoming leading founding serving sitting reigning ruling governing visiting"
    " consulting commanding supervising".split()
)
#: Prepositions that end the role in what follows a name's comma ("an analyst at Quorran Point").
_ROLE_ENDS = frozenset(
    "at of for in with from on to beside by alongside behind near after before about against like".split()
)


def _given_after_a_job(first: str, wb: str | None) -> bool:
    """Is ``first``, a role word or a rank opening a two-word name, a given name because a job comes before it?

    (Not a rank after a job ranks go with: "garrison commander Col Quill".)
    """
    if not ((first in lx.ROLE_HEADS and first not in lx.HONORIFICS) or first in lx.GIVEN_TITLE_WORDS):
        return False
    if wb is None or not wb.islower() or wb not in lx.ROLE_HEADS:
        return False
    return not (first in ("col", "con") and wb in _COMMAND_JOBS)


def _a_given_name_not_a_title(text: str, start: int, end: int, first: str) -> bool:
    """Is ``first``, a title that is a given name in full too ("Dean"), the given name of the two-word run?

    Yes unless "the" comes before ("the Dean, Quill") or "of" after ("Dean Quill of the cathedral"), or the
    article speaks of the office anywhere ("dean of the law school", "the school's dean"): in news copy the word
    before a surname is far more often a man's name than the head of a chapter or a faculty.
    """
    if first not in lx.GIVEN_TITLE_WORDS or len(first) < 4:
        return False  # (not "Col", "Con": shortened, they are ranks before a surname as often as names)
    if re.search(rf"\b{first}\b|\b{first.capitalize()} of\b", text):
        return False  # the article speaks of the office ("dean of the law school", "Dean of Vexwick"): a title
    return word_before(text, start) not in ("the", "The") and not text.startswith(" of ", end)


#: Jobs a rank goes with ("garrison commander Col Quill"): after them "Col" or "Con" is the rank, no given name.
_COMMAND_JOBS = frozenset(
    "commander commandant officer chief spokesman spokeswoman spokesperson head leader director".split()
)
#: Kin words right before two given names and a surname: "father and daughter ", "siblings ", "twins ".
_KIN_PAIR_BEFORE_RE = re.compile(
    r"\b(?:(?:father|mother|brother|sister|son|daughter|grandfather|grandmother|uncle|aunt|cousin)s?"
    r" and (?:father|mother|brother|sister|son|daughter|grandson|granddaughter|nephew|niece|cousin)s?"
    r"|siblings|twins|brothers|sisters|cousins)[ ,]*$",
    re.IGNORECASE,
)
#: An age given as of now: "Now 92,", "now aged 80", "is now 75".
_NOW_AGED_RE = re.compile(r"\b[Nn]ow (?:aged )?\d{2,3}\b")
#: Right before a part an actor plays: "to viewers she will always be " (not "played ", "starred as ", "portrayed ":
#: an opponent in a final, the real person of a film, the one a documentary is about).
_A_PART_PLAYED_RE = re.compile(r"\bwill always be $")
#: What _link is handed when nobody asked _match_person about the run yet (None is an answer: nobody).
_UNASKED = object()


def _a_part_played_before(text: str, start: int) -> re.Match | None:
    """``_A_PART_PLAYED_RE.search(text, max(0, start - 24), start)``, tried only where a match can end at ``start``.

    A match ends in "be " at ``start``, or (its "$" before a final newline) in "be \n"; most runs have neither.
    """
    if start < 15 or not (text.startswith("be ", start - 3) or text.startswith("be \n", start - 4)):
        return None
    return _A_PART_PLAYED_RE.search(text, max(0, start - 24), start)


#: "her son, ", "whose husband ", "Brisa Quill's late wife, ": a relative's word after its owner, before a name.
_KIN_BEFORE_GIVEN_RE = re.compile(
    r"\b(?:([Hh]is|[Hh]er|[Ww]hose)|([A-Z][\w\-]*)['\u2019]s) (?:(?:late|elder|older|younger|eldest|youngest|"
    r"little|baby|big|twin) )?(husband|wife|son|daughter|brother|sister|mother|father|grandson|granddaughter|"
    r"grandmother|grandfather|twin),? $"
)
#: " senior", " Jr", ", the younger,": which of a father and son (or two sisters) a title and surname mean.
_SENIOR_AFTER_RE = re.compile(r" (?:senior|junior|Snr|Jnr|Sr|Jr)\b|, the (?:younger|elder|older|eldest|youngest)\b")
#: Words before a name that make it a place: "of Ben Quill", "off Vexwick Point".
#: A locative preposition right before a name: "on ", "at the ", "near " (see named_only_after_places).
_PLACE_BEFORE_RE = re.compile(r"\b(?:on|at|in|near|off|along|across|outside|inside|beside)\s+(?:the\s+)?$")
_PLACE_BEFORE_ENDS = ("on", "at", "in", "near", "off", "along", "across", "outside", "inside", "beside", "the")


def _after_a_place_word(text: str, lo: int, hi: int) -> bool:
    """``_PLACE_BEFORE_RE.search(text, lo, hi) is not None``, tried only where spaces follow one of its words."""
    k = rstrip_index(text, lo, hi)
    return k < hi and text.endswith(_PLACE_BEFORE_ENDS, lo, k) and _PLACE_BEFORE_RE.search(text, lo, hi) is not None


def _without_possessive(w: str) -> str:
    """``POSSESSIVE_RE.sub("", w)``, tried only on a word with an apostrophe (the pattern needs one)."""
    return POSSESSIVE_RE.sub("", w) if "'" in w or "\u2019" in w else w


#: ", Tenn.", ", Wash.": a state after a town's name, as American copy abbreviates it (the Associated Press's style).
_A_STATE_AFTER_RE = re.compile(
    r", (?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H"
    r"|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo)\."
)
_BEFORE_A_PLACE = frozenset(PLACE_PREPOSITIONS | {"off", "on", "by", "up", "down", "over", "beyond", "past"})
#: A passive's participle and "by" before its agent: "found by ", "run by ", "written by ".
_AGENT_BY_RE = re.compile(r"\b(?:\w+ed|\w+en|found|made|run|built|led|held|bought|sold|won|set|brought|taught) by $")
#: A relative clause's passive right before its participle: "who was ", "who had been ".
_WHO_WAS_RE = re.compile(r"\bwho (?:was|is|were|are|had been|has been) $")
#: Relatives' words that are no role heads, and the sex they say.
_KIN_SEXES = {"granddaughter": "f", "grandson": "m", "niece": "f", "nephew": "m", "stepdaughter": "f", "stepson": "m"}
_KIN_SEX_BEFORE_RE = re.compile(r"\b(" + "|".join(_KIN_SEXES) + r"), $", re.IGNORECASE)
#: How far back (characters) the owner of "her son, Aurek" is looked for.
_RELATIVE_OWNER_REACH = 250
#: A capitalised name in the possessive: "Ezio's" (not "the club's").
_NAME_POSSESSIVE_RE = re.compile(r"\b[A-Z][\w\-]*['\u2019]s\b")
#: A name and its comma: " Brisa Quill," (what comes after one apposition, opening the next).
_NAME_THEN_COMMA_RE = re.compile(r" (?:[A-Z][\w'\u2019-]+ ){1,3}[A-Z][\w'\u2019-]+,")
#: Pronouns and auxiliaries inside what follows a name's comma: a clause ("whether he knew the man").
_CLAUSE_WORDS = frozenset(lx.SUBJECT_PRONOUNS - {"it"} | {"you", "could", "would", "did", "does"})
#: Verbs of saying, in whose clause a his/her may be anyone's ("Dr X said her ice cores ...").
_SAID_RE = re.compile(r"\b(?:said|says|told|tells|added|explained|recalled)\b")
#: "X asked what he would tell ...": the he is another (where "X was asked whether he" is X).
_ASKED_ABOUT_ANOTHER_RE = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bbeing )\basked (?:\w+ )?(?:what|whether|if|how|why|when) (?:he|she)\b"
)
#: A one-word nickname in quotation marks inside a run of capitals: 'Ysmay "Ysa" Quimbrel'.
_NICKNAME_RE = re.compile(r"[\"\u201c\u2018']([A-Z][a-z]+)[\"\u201d\u2019']")
#: How far back (characters) a he/she outside quotes teaches the last person's gender.
_GENDER_LEARN_REACH = 300
#: "the race announcer", "a technician who": someone unnamed, who may be the he or she of an attribution.
_UNNAMED_SOMEONE_RE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er)((?: [a-z\-]+){1,3})")


#: Lower-case words, to look each up.
_LOWER_WORD_RE = re.compile(r"\b[a-z]+\b")
#: Nouns for people, whatever comes before them ("a lad on a bike", "firefighters", "the police").
_PERSON_WORDS = frozenset(lx.ROLE_HEADS | KIN | set(lx.ROLE_GENDER) | set(lx.PEOPLE_WORDS) | {"police", "lad", "bloke"})

#: A "her" or a "his", as a word.
_HER_RE = re.compile(r"\bher\b")
_HIS_RE = re.compile(r"\bhis\b")
#: "...," he said / she added: a pronoun that attributes a quote, right after its closing mark.
_ATTRIBUTED_PRONOUN_RE = re.compile(r"[,.!?][\u201d\u2019\"'] (he|she) ([a-z]+)\b")


#: Nouns for a body of people that take no plural "s" ("Staff describe her as ...").
_COLLECTIVES = frozenset({"staff", "management", "faculty", "personnel", "crew", "clergy", "congregation", "audience"})


def _person_in_context(text: str, start: int, end: int, normed: list[str], prefixed: bool, known: bool) -> str:
    """The kind a run typed as a person's is in context: "person" unless the words around it say otherwise."""
    before = word_before(text, start)
    if not known and before in _NEARBY and word_before(text, start - len(before) - 1) in PLACE_PREPOSITIONS:
        return "unknown"  # "a farmer from nearby Quarn Mill": a place (but "Living nearby Aurek Quill, 70, heard")
    if len(normed) >= 2 and normed[-1] == "general" and before in _AT_WORDS:
        return "org"  # "a nurse at Port Quarnby General": a hospital, named as its town's general hospital
    if not known and not prefixed and before in ("a", "an", "A", "An") and _A_THING_RE.match(text, end) is not None:
        # "kept a Piper Quarnby in the hangar": a make, a model or a variety, nobody's name (but "a Martin Quill
        # header": his, a noun after it; and "signed by a Martin Quill, of Vexwick Road": a person, with a given
        # name, unless the text goes on to call the thing "the Quarnby")
        last = text[start:end].split()[-1]
        if not given(normed[0]) or re.search(r"\b[Tt]he " + re.escape(last) + r"\b", text) is not None:
            return "unknown"
    if _TITLE_OPEN_RE.search(text, max(0, start - 6), start) and _TITLE_CLOSE_RE.match(text, end):
        return "unknown"  # '"The Long Summer," the 1958 film': a title in marks of its own, nobody's name
    return "person"


def _a_seat_before(normed: list[str], cut: int) -> bool:
    """Does the run's prefix end in a seat on a body ("Council Member", "Board Member") before a given name?"""
    return cut >= 2 and normed[cut - 1] == "member" and normed[cut - 2] in lx.ORG_WORDS and given(normed[cut])


def _opens_a_sentence(text: str, pos: int) -> bool:
    """Does ``pos`` open a paragraph or a sentence?"""
    return pos == 0 or text[pos - 1 : pos] == "\n" or (pos >= 2 and text.startswith((". ", "? ", "! "), pos - 2))


class Registry:
    """Every person and organisation in an article, and who is who.

    ``quoted`` are the primary quoted pieces, sorted: mentions inside them
    are parsed (nested quotes need them) but never become antecedents.

    Read-only once built.  ``entities`` in the order first named;
    ``runs_by_start``/``runs_by_end`` every parsed run; ``timeline_pos`` /
    ``timeline_ent`` the mentions outside quotes, sorted by position;
    ``speaker_pos``/``speaker_ent`` the people named as subjects of speech
    verbs; ``by_role`` who holds a role, by its last word; ``orgs`` and
    ``orgs_by_first`` the organisations by normalised name and first word.
    """

    def __init__(self, text: str, quoted: list[tuple[int, int]]) -> None:
        self.text = text
        self._qstarts = [s for s, _ in quoted]
        self._qends = [e for _, e in quoted]
        self.entities: list[Entity] = []
        self._org_last_words: frozenset[str] | None = None
        self._only_after_places: frozenset[int] | None = None
        self._towns: frozenset[int] | None = None
        self._after_names: frozenset[str] | None = None
        self._by_last: dict[str, list[Entity]] = {}
        self._by_first: dict[str, list[Entity]] = {}
        self.orgs: dict[str, Entity] = {}
        self.orgs_by_first: dict[str, list[tuple[list[str], Entity]]] = {}
        #: Organisations of two or more words by a plural last word: a team's "the Badgers".
        self._orgs_by_plural: dict[str, list[Entity]] = {}
        self._by_initial: dict[str, set[str]] = {}
        self.by_role: dict[str, list[Entity]] = {}
        self.runs_by_end: dict[int, Run] = {}
        self.runs_by_start: dict[int, Run] = {}
        self.timeline_pos: list[int] = []
        self.timeline_ent: list[Entity] = []
        self.speaker_pos: list[int] = []
        self.speaker_ent: list[Entity] = []
        #: where runs that open a byline over the story would start (:meth:`_wrote_it`), once looked for
        self._byline_starts: list[int] | None = None
        #: People whose surname the article never wrote, only their family's ("her son, Aurek"): by index
        self._surname_inferred: set[int] = set()
        #: People named as one of a man and a woman under one surname ("Osbert and Brisa Quill"): a couple.
        self._coupled: set[int] = set()
        #: ("mrs", "quill") -> whom the article first called so, of two or more of that surname
        self._titled: dict[tuple[str, str], Entity] = {}
        self._sf_cache: dict[int, bool] = {}
        self._speaking_nouns: set[str] | None = None
        self._names_by_noun: dict[str, set[str]] | None = None
        self._scan()

    # -- questions about the text ------------------------------------------

    def in_quote(self, pos: int) -> bool:
        """Is ``pos`` inside a primary quoted piece?"""
        i = bisect.bisect_right(self._qstarts, pos) - 1
        return i >= 0 and pos < self._qends[i]

    def mentions_between(self, lo: int, hi: int) -> slice:
        """The mentions (outside quotes) from ``lo`` up to ``hi``, as a slice of ``timeline_pos``/``timeline_ent``."""
        return slice(bisect.bisect_left(self.timeline_pos, lo), bisect.bisect_left(self.timeline_pos, hi))

    def quote_start(self, pos: int) -> int | None:
        """Where the primary quoted piece holding ``pos`` starts (None outside quotes)."""
        i = bisect.bisect_right(self._qstarts, pos) - 1
        return self._qstarts[i] if i >= 0 and pos < self._qends[i] else None

    def speech_follows(self, end: int) -> bool:
        """Is the run at ``end`` the subject of a speech verb ("Lammy said")?"""
        got = self._sf_cache.get(end)
        if got is None:
            # (every match starts with a space or a comma)
            got = self._sf_cache[end] = (
                self.text[end : end + 1] in _SPACE_OR_COMMA
                and _SPEECH_AFTER_RE.match(self.text, end, end + 140) is not None
            )
        return got

    def common_noun(self, run: Run) -> bool:
        """'Marchers chanted': a plural noun opening a sentence, never capitalised elsewhere."""
        w = run.name_words[0]
        if len(run.name_words) == 1 and w.endswith("s") and w[:-1].isupper() and w[:-1].lower() in lx.ROLE_HEADS:
            return True  # "several MSPs objected": holders of a role written in capitals, none of them named
        if len(run.name_words) != 1 or not (w.endswith("s") or w.lower() in _COLLECTIVES) or not w[1:].islower():
            return False
        before = self.text[max(0, run.start - 3) : run.start]
        if before[-1:] in OPENING_MARKS:
            before = " " + before[:-1]  # '"Patients ask me': a sentence opening inside a quote
        before = before[-2:]
        # (after a colon too: an interview's "Q: Reviewers say it ...")
        at_start = run.start == 0 or before in (". ", ": ", "\n\n") or before.endswith("\n") or before in ("", " ")
        if not at_start or self.text.find(w, run.end, run.end + 20000) < 0:
            return at_start  # (the word is nowhere after it: the pattern below cannot match, nor be compiled)
        tail = self.text[run.end : run.end + 20000]
        return re.search(rf"(?<![.\n] )(?<!^){re.escape(w)}\b", tail) is None

    def org_head(self, word: str) -> bool:
        """Is ``word`` (lower case) the noun a body's name ends with or turns on ("the observatory")?

        "Quorran Observatory"; and the noun before "of" in "Vexwick Museum of Clocks", "the museum".
        """
        if self._org_last_words is None:
            heads = set()
            for e in self.entities:
                ws = e.name.lower().split()
                if e.kind == "org" and len(ws) > 1:
                    heads.add(ws[-1])
                    if "of" in ws[1:] and ws.index("of", 1) >= 2:
                        heads.add(ws[ws.index("of", 1) - 1])  # (not "Friends of the X Museum of Y": the friends)
            self._org_last_words = frozenset(heads)
        return not self._org_last_words.isdisjoint(body_noun_forms(word))  # ("the dairy": "Quill Dairies")

    def towns(self) -> frozenset[int]:
        """The entities the article names only with a state after them ("his home in Quarnby Springs, Tenn.").

        A town, whatever its first word (a given name made it a person); never anyone's he or she.
        """
        if self._towns is None:
            stated: set[int] = set()
            elsewhere: set[int] = set()
            for at, ent in zip(self.timeline_pos, self.timeline_ent, strict=True):
                run = self.runs_by_start.get(at)
                stated_here = (
                    run is not None
                    and _A_STATE_AFTER_RE.match(self.text, run.end) is not None
                    and _after_a_place_word(self.text, max(0, at - 20), at)
                )  # (not "Among those in line was Brisa Quill, Ga., a retired trucker": a person from there)
                (stated if stated_here else elsewhere).add(ent.index)
            self._towns = frozenset(stated - elsewhere)
        return self._towns

    def named_only_after_places(self) -> frozenset[int]:
        """The entities, with no given name the lists know, that the article names only ever after "on", "at", "in".

        "on Quarnby Rise", "at Vexley Common": capitals typed a person for want of a place word, never a speaker's.
        """
        if self._only_after_places is None:
            placed: set[int] = set()
            elsewhere: set[int] = set()
            for at, ent in zip(self.timeline_pos, self.timeline_ent, strict=True):
                near = _after_a_place_word(self.text, max(0, at - 20), at)
                (placed if near else elsewhere).add(ent.index)
            self._only_after_places = frozenset(
                i for i in placed - elsewhere if not (self.entities[i].first and given(self.entities[i].first or ""))
            )
        return self._only_after_places

    # -- building ---------------------------------------------------------

    def _scan(self) -> None:
        text = self.text
        for s, e in name_pieces(text):
            joined = text.find(" and ", s, e) >= 0  # (the two cases of two people below need an " and ")
            shared = shared_surname(text, s, e) if joined else None
            if shared is not None and self._a_known_surname(text[s : shared[0]]):
                # "Quill and Brisa Vexwick" after "Aurek Quill": two people, the first named before, not two Vexwicks
                self._add_run(self._parse(s, shared[0]))
                self._add_run(self._parse(shared[1], e))
                continue
            pair = self._and_a_known_surname(s, e) if joined and shared is None else None
            if pair is not None:
                # "Vexley and Quimbrel left the field": two people named before, by their surnames
                self._add_run(self._parse(s, pair))
                self._add_run(self._parse(pair + 5, e))
            elif shared is None and (kin := self._relative_by_given_name(s, e)) is not None:
                # "her son, Aurek," or "whose husband Otso": a relative named by the given name alone, of the
                # family's surname
                run = self._given_with_surname(s, e, kin[0])
                self._add_run(run)
                if run.entity is not None and run.entity.name not in text:
                    self._surname_inferred.add(run.entity.index)
                if run.entity is not None and run.entity.kind == "person" and not text.startswith(", ", s - 2):
                    self._add_role(run.entity, [kin[1]])
            elif shared is None:
                parsed = self._parse(s, e)
                if parsed is not None and parsed.kind == "person" and len(parsed.prefix) >= 2:
                    self._add_run(self._org_before_role(parsed))
                self._add_run(parsed)
            else:
                # "Aleksey and Abdolreza Vexwick": two people, the first named Aleksey Vexwick
                first_end, second_start, surname = shared
                pair = (self._given_with_surname(s, first_end, surname), self._parse(second_start, e))
                self._add_run(pair[0])
                self._add_run(pair[1])
                self._note_a_couple(*pair)
        pronouns = [
            (m.start(), m.group().lower())
            for m in prefiltered(PRONOUN_RE, PRONOUN_CAND_RE, text)
            if not self.in_quote(m.start())
        ]
        self._learn_genders(pronouns)
        self._learn_reflexive_genders()
        self._learn_attributed_genders()
        self._bind_role_mentions()

    def _note_a_couple(self, first: Run | None, second: Run | None) -> None:
        """Note a man and a woman named under one surname ("Osbert and Brisa Quill") as a couple."""
        ents = [r.entity for r in (first, second) if r is not None and r.entity is not None]
        if first is not None and _KIN_PAIR_BEFORE_RE.search(self.text, max(0, first.start - 30), first.start):
            return  # ("father and daughter Osbert and Maud Quill", "siblings Aurek and Brisa Quill": no couple)
        if len(ents) == 2 and {ents[0].gender, ents[1].gender} == {"m", "f"}:
            self._coupled.update(e.index for e in ents)

    def _relative_by_given_name(self, s: int, e: int) -> tuple[str, str] | None:
        """The family's surname and the relative's word, for a given name alone after "her son, " or "whose wife ".

        The owner is the person a possessive name or "whose" follows, or for "his" or "her" the last person
        named in full (of that sex, if known) in the sentence or the one before. None when the given name is
        given with another surname anywhere ("Tom Vexley"), or the owner has no surname.
        """
        text = self.text
        word = text[s:e]
        if " " in word or text[s - 1 : s] not in (" ", ",") or not given(norm(word)):
            return None
        m = _KIN_BEFORE_GIVEN_RE.search(text, max(0, s - 60), s)
        if m is None or self.in_quote(s):
            return None
        owner: Entity | None = None
        if m.group(2):  # "Brisa Quill's son, Aurek"
            at = m.start(2) + len(m.group(2))
            run = self.runs_by_end.get(at) or self.runs_by_end.get(at + 2)  # (the run may end after its "'s")
            owner = run.entity if run is not None else None
        elif m.group(1).lower() == "whose":
            back = rstrip_index(text, 0, m.start())
            run = self.runs_by_end.get(back - 1 if text[back - 1 : back] == "," else back)
            owner = run.entity if run is not None else None
        elif m.group(1).lower() in ("his", "her"):
            owner = self._owner_by_pronoun(m.start(), "m" if m.group(1).lower() == "his" else "f")
        if owner is None or owner.kind != "person" or owner.name_len < 2 or not owner.last:
            return None
        surname = surname_of(owner.name)
        if _with_another_surname(text, word, surname):
            return None  # "Tom Vexley" elsewhere: a surname of his own
        if not _named_again(text, word, surname, e):
            return None  # named once in passing, never again by name: no one to tell apart from the owner
        return surname, m.group(3).lower()

    def _owner_by_pronoun(self, pos: int, sex: str) -> Entity | None:
        """Whose relative "his son, " or "her mother, " at ``pos`` is: a person of ``sex`` named just before.

        The last one who opened a sentence ("X thanked the surgeon, Y. His daughter, ...": X's), else the one
        person of that sex in reach; never one named after a preposition of place ("at the summit of Ben
        Quill", "drowned off Vexwick Point": a hill, a headland).
        """
        text = self.text
        fits: list[tuple[int, Entity]] = []
        i = bisect.bisect_left(self.timeline_pos, pos) - 1
        while i >= 0 and pos - self.timeline_pos[i] < _RELATIVE_OWNER_REACH:
            at, ent = self.timeline_pos[i], self.timeline_ent[i]
            i -= 1
            if ent.kind != "person" or ent.gender not in (None, sex) or ent.name_len < 2:
                continue
            run = self.runs_by_start.get(at)
            before = word_before(text, at)
            if before in _BEFORE_A_PLACE and not (run is not None and possessive(text, run)):
                if not (before == "by" and self._agent_by(at)):
                    continue  # (but "at Aurek Quill's forge": his; "found by Brisa Quill": hers, a passive's agent)
            if lstrip_index(text, sentence_start(text, at), at) == at:
                return ent
            fits.append((at, ent))
        people = {id(e) for _at, e in fits}
        return fits[0][1] if len(people) == 1 else None

    def _agent_by(self, at: int) -> bool:
        """Is the name at ``at`` a passive's agent ("found by X"), not in a relative clause ("who was coached by X")?"""
        agent = _AGENT_BY_RE.search(self.text, max(0, at - 20), at)
        return agent is not None and not _WHO_WAS_RE.search(self.text, max(0, agent.start() - 20), agent.start())

    def _a_known_surname(self, word: str) -> bool:
        """Is ``word`` the surname of a person named in full before?"""
        return any(ent.kind == "person" and ent.name_len >= 2 for ent in self._by_last.get(norm(word), ()))

    def _and_a_known_surname(self, s: int, e: int) -> int | None:
        """Where " and " splits a run that ends on the surname of someone named before: two people.

        "Vexley and Quimbrel" (two surnames of people named before), "Aurek Vexley and Quimbrel's" (a name,
        then such a surname), "Vexley and Aurek Quimbrel" (such a surname, then a full name); not "the Quarnby
        Rail and Quill" (a body first).
        """
        k = self.text.find(" and ", s, e)
        if k < 0:
            return None
        left, right = self.text[s:k], self.text[k + 5 : e]
        if " " not in left and " " in right and self._a_known_surname(left):
            # "Vexmoor and Aurek Quimbrel": a surname named before, then a given name and a surname
            rn = norms(right.split())
            return k if len(rn) <= 3 and PLACE_OR_ORG.isdisjoint(rn) and NOT_A_NAME.isdisjoint(rn) else None
        if " " in right or not self._a_known_surname(right):
            return None
        if " " not in left:
            return k if self._a_known_surname(left) else None
        return k if lx.ORG_WORDS.isdisjoint(norms(left.split())) else None

    def _org_before_role(self, run: Run) -> Run | None:
        """'Quimbrel chief executive Althea Vexley': the business the title names, as a run of its own."""
        prefix = run.prefix
        i = next((k for k, w in enumerate(prefix) if norm(w) in ROLE_OR_HONORIFIC), len(prefix))
        if not 1 <= i <= 3 or lx.COMPANY_ROLES.isdisjoint(norms(prefix[i:])):
            return None
        words_ = prefix[:i]
        normed = norms(words_)
        if not all(w[:1].isupper() and not w.isupper() for w in words_) or not NOT_A_NAME.isdisjoint(normed):
            return None
        if not lx.PLACE_WORDS.isdisjoint(normed) or not lx.DEMONYMS.isdisjoint(normed) or words_[-1].endswith("s'"):
            return None  # "Quorran City manager", "Quillish chief executive": a place or a people, no business
        end = run.start + len(" ".join(words_))
        org = Run(run.start, end, "org", words_, run.start, quoted=run.quoted)
        org.entity = self._org(org, normed)
        return org

    def _given_with_surname(self, start: int, end: int, surname: str) -> Run:
        """The run of a given name alone, ``text[start:end]``, that the surname after it completes."""
        words_ = [self.text[start:end], *surname.split()]
        run = Run(start, end, "person", words_, start, quoted=self.in_quote(start))
        self._link(run, norms(words_))
        return run

    def _add_run(self, run: Run | None) -> None:
        """Index a parsed run: by its ends, in the timeline of mentions, and as a speaker if speech follows."""
        if run is None:
            return
        self.runs_by_end[run.end] = run
        self.runs_by_start[run.start] = run
        if run.quoted or run.entity is None or self._in_byline(run.start):
            return  # (a byline names who wrote the story, no one it is about: no mention a he/she or role can take)
        if run.kind == "org" and self.text.startswith(" (", run.end):
            self._acronym(run)
        self.timeline_pos.append(run.name_start)
        self.timeline_ent.append(run.entity)
        if run.entity.kind == "person" and self.speech_follows(run.end):
            self.speaker_pos.append(run.name_start)
            self.speaker_ent.append(run.entity)

    def _parse(self, start: int, end: int) -> Run | None:
        """The run ``text[start:end]``: its prefix and name, what it names, and who."""
        text = self.text
        seg = text[start:end]
        if self._no_mention(start, end, seg):
            return None
        if " " not in seg and _FAMILY_AFTER_RE.match(text, end):
            return None  # "what he would say to the Vexwick family": the family, no mention of one of them
        if seg.endswith(("'s", "\u2019s")) and self._premises(start, end):
            return None  # "who has worked at Quarnby's for 22 years": the shop, no mention of Quarnby
        if " " not in seg:
            settled, run = self._parse_one_word(start, end, seg)
            if settled:
                return run
        toks, nick = run_tokens(text, start, end)
        if toks and toks[0][2].lower().endswith("-year-old"):
            toks = toks[1:]  # "Seventy-one-year-old Ursula Quill won": an age opening the sentence, no part of her name
        if not toks:
            return None
        start = toks[0][0]
        ws = [t[2] for t in toks]
        normed = norms(ws)
        if (
            ROLE_OR_HONORIFIC.issuperset(normed)
            or _role_in_capitals(normed)
            or _role_before_its_holder(text, start, end, normed)
        ) and not self._a_known_surname(seg):
            # "Prime Minister", "Chief Medical Director": a role, handled as one (but "said Bowler" after "Ursula
            # Bowler": her surname)
            return None
        cut, honorific, prefix, name = parse_run_words(ws, normed)
        if cut == 1 and len(ws) == 2 and self._no_title_after_all(start, end, normed):
            cut, honorific, prefix, name = 0, None, [], ws
        if prefix and len(name) >= 4 and name[0] in ("of", "for"):
            j = next((j for j in range(2, len(name) - 1) if given(normed[cut + j])), 0)
            if j or not lx.ORG_WORDS.isdisjoint(normed[:cut]):  # ("Bureau of the Regional Commissioner for X")
                # "Mayor of Wrenfold Aurek Quarnby said": a role and its place, then the person; else one body
                cut, prefix, name = (cut + j, prefix + name[:j], name[j:]) if j else (0, [], ws)
        if not name or (prefix and name[0].islower() and lx.ORG_WORDS.isdisjoint(normed)):
            return None  # "MP for Vexhollow Sands": a role and a place, nobody's name
        if prefix and name[0] in ("for", "of") and not any(given(n) for n in normed[cut:]):
            cut, honorific, prefix, name = 0, None, [], ws  # "Office of the State Attorney for X County": one body
        name_start = toks[cut][0] if cut < len(toks) else start
        name_norm = normed[cut : cut + len(name)]
        matched = self._match_person(name_norm, honorific, start, end) if len(name) == 1 else _UNASKED
        known_person = matched is not _UNASKED and matched is not None
        kind, heads = kind_of_run(text, start, end, ws, normed, cut, name, honorific, nick, known_person)
        if kind == "org" and _a_person_after_all(text, end, normed, cut, heads, name_norm):
            kind = "person"  # a seat on a body, then the one who holds it; or an age after the name
        elif kind == "unknown" and self._title_named_one_who_speaks(name, name_norm, honorific):
            kind = "person"  # "has belonged to Duke Quill." then "Quill says": his given name, no peer's title
        if kind == "person" or (kind == "unknown" and _aged(text, end, name_norm)):  # ("belongs to X Y, 71,")
            kind = _person_in_context(text, start, end, normed, bool(prefix), known_person)
        if kind in ("person", "unknown") and _owners_place(seg.split(), normed):
            kind = "org"  # "the Quill's Rest said": a pub or a shop, named for its owner (no name of a person has "'s")
        if kind != "org" and not known_person and self._speaks_by_its_noun(name_norm):
            kind, heads = "org", [*heads, name_norm[-1]]  # (its noun is what it is: a festival, no "company")
        if trading := not known_person and self._trading_name(ws, cut, end):
            kind = "org"  # "Moody's said": a name in "'s" before a verb is no possessive, but a firm's own name
        run = Run(start, end, kind, name, name_start, honorific, prefix, None, self.in_quote(start))
        if kind == "org":
            if _people_for_a_person(ws, normed):
                return None  # "Lawyers for Ezio Quill": people unnamed, acting for a person; no body
            ws, normed = _past_its_trade(text, run, ws, normed, [t[0] for t in toks])
            name_norm = normed
        known = len(self.entities)
        self._link(run, name_norm, matched)
        if trading and len(self.entities) > known and run.entity is self.entities[-1]:
            if not run.entity.name.endswith(("'s", "\u2019s")):
                run.entity.name += ws[-1][-2:]  # (the "'s" is part of the name it was given here)
        if nick and run.kind == "person" and run.entity is not None:
            self._alias_nickname(seg, run.entity)
        if run.kind == "org" and run.entity is not None:
            # "The bakers' union Doughforce", "Velmore, the retailer": what kind of organisation it is
            run.entity.heads.update(heads)
        return run

    def _no_title_after_all(self, start: int, end: int, normed: list[str]) -> bool:
        """Is the first of two words parsed as a title part of the name ("Marshal Quill", "Dean Quill")?"""
        text = self.text
        if normed[0] in KIN_TITLES:
            # ("his Grandma Ruth", or two Ruths: the name as written)
            return not self._one_person_so_named(normed[1], text[start:end])
        # "Tarnholm defender Marshal Quill", "cattle farmer Col Quill": after a role, a role word or a rank with a
        # capital is the given name; "said Dean Quill, coxswain of": his given name
        return _given_after_a_job(normed[0], word_before(text, start)) or _a_given_name_not_a_title(
            text, start, end, normed[0]
        )

    def _one_person_so_named(self, first: str, called: str) -> bool:
        """Is ``first`` the given name of one person alone named in full, ``called`` ("Grandma Ruth") nobody's relative?

        (Nobody's anywhere in the article: "his Grandma Ruth" once makes "Grandma Ruth said" after his relative's.)
        """
        for m in re.finditer(r"\b" + re.escape(called) + r"\b", self.text):
            if _SOMEONES_BEFORE_RE.search(self.text, max(0, m.start() - 12), m.start()):
                return False  # (anywhere: "his Grandma Ruth" once, "Grandma Ruth said" after)
        return len({e.index for e in self._by_first.get(first, ()) if e.kind == "person" and e.name_len >= 2}) == 1

    def _title_named_one_who_speaks(self, name: list[str], name_norm: list[str], honorific: str | None) -> bool:
        """Is a title that is a given name too ("Duke", "Earl") the given name of a surname that speaks in the article?

        (A peer is "the Duke of ..." or "Duke Quill" before a title's "of"; one whose surname alone is later the
        subject of a speech verb, "Quill says", is a man of that name.)
        """
        if len(name) != 2 or honorific or name_norm[0] not in lx.TITLE_NAMES or not name[1][:1].isupper():
            return False
        surname = name[1]
        if given(name_norm[1]) or name_norm[1] in lx.PLACE_WORDS or not surname.isalpha():
            return False
        for m in re.finditer(rf"(?<![\w\-'\u2019]){re.escape(surname)}(?![\w\-'\u2019])", self.text):
            wb = word_before(self.text, m.start())
            if wb is not None and wb[:1].isupper() and norm(wb) != name_norm[0] and given(norm(wb)):
                return False  # ("His niece, Maud Quill": another of the family, whom a bare "Quill says" may mean)
            if wb is not None and wb[:1].isupper():
                continue  # (the name in full, or a title before it)
            if self.speech_follows(m.end()):
                return True  # "Quill says", "Quill said on Friday"
        return False

    def _speaks_by_its_noun(self, name_norm: list[str]) -> bool:
        """Does the article make the name speak by its last word, an everyday noun: "the festival said"?

        "Vexwick Brass Festival", "Quarnby Airport", "Brisley Playhouse": a place or a thing by its words, but a
        body when "the festival said" or "the airport announced" (no person's surname is ever
        "the" anything; but a given name then a noun for a trade, "Ursula Potter ... the potter said", is hers).
        """
        if len(name_norm) < 2 or given(name_norm[0]):
            return False  # ("Ursula Potter ... the potter said": her trade, and she its holder)
        w = name_norm[-1]
        if (
            w not in lx.common_words()
            or w in lx.ROLE_HEADS
            or w in lx.PERSON_NOUNS
            or w in lx.ROLE_GENDER
            or w in KIN
            or w in lx.STREET_WORDS
            or w.endswith(_DOER_ENDINGS)
        ):
            return False  # (nor "the shepherd said", "the porter said": a trade's holder, who may be its namesake)
        if self._speaking_nouns is None:
            self._index_speaking_nouns()
        assert self._speaking_nouns is not None
        if w not in self._speaking_nouns:
            return False
        if self._names_by_noun is None:
            self._index_names_by_noun()  # (only once some noun speaks: most articles never need it)
        assert self._names_by_noun is not None
        return len(self._names_by_noun.get(w, ())) <= 1

    def _index_speaking_nouns(self) -> None:
        """One pass over the text: the nouns "the <noun>" makes speak.

        (an active verb of speaking, not "the bell was described as", "the field continues")
        """
        text = self.text
        match = _BODY_SPEAKS_RE.match
        self._speaking_nouns = {
            m.group(1)
            for m in _THE_NOUN_RE.finditer(text)
            # (the pattern first: it fails at once after most nouns, where in_quote would bisect)
            if match(text, m.end(), m.end() + 90) and not self.in_quote(m.start())
        }

    def _index_names_by_noun(self) -> None:
        """One pass over the text: the names that end in each noun.

        (only one body of that noun makes it speak, not "Quarnby Marsh" beside "Otley Marsh")
        """
        names: dict[str, set[str]] = {}
        for m in _NAME_ENDING_IN_A_NOUN_RE.finditer(self.text):
            names.setdefault(m.group(1).lower(), set()).add(m.group().removeprefix("The "))
        self._names_by_noun = names

    def _premises(self, start: int, end: int) -> bool:
        """Is the name in 's at ``[start, end)`` a shop or a house, by a preposition before it and no noun after?

        "worked at Quarnby's for 22 years", "dinner at Vexwick's": a place named after its owner.
        """
        before = _PREMISES_BEFORE_RE.search(self.text, max(0, start - 12), start)
        return before is not None and _PREMISES_AFTER_RE.match(self.text, end) is not None

    def _trading_name(self, ws: list[str], cut: int, end: int) -> bool:
        """'Moody's said', 'the parish council of St Quarnwyn's said': a name ending in "'s" that speaks.

        A possessive comes before what it owns; before a speech verb the "'s"
        belongs to the name, as shops, auction houses and churches are named.
        Not a person already named ("Quill's said" after "Aurek Quill" is his
        "has said") nor a role ("the Chancellor's said").
        """
        if not ws[-1].endswith(("'s", "\u2019s")) or not self.speech_follows(end):
            return False
        normed = norms(ws[cut:])
        if not normed or ROLE_OR_HONORIFIC.issuperset(normed):
            return False
        return self._match_person(normed, None, end, end) is None

    def _alias_nickname(self, seg: str, ent: Entity) -> None:
        """'Ysmay "Ysa" Quimbrel': "Ysa" (a one-word nickname) names her later, as "Miss Ysa" or "Ysa's"."""
        m = _NICKNAME_RE.search(seg)
        if m is None:
            return
        n = norm(m.group(1))
        if n in lx.STOP_CAPS or n in ROLE_OR_HONORIFIC or self._by_last.get(n) or self._by_first.get(n):
            return  # (a nickname some other person is already known by says nothing)
        self._by_first.setdefault(n, []).append(ent)

    def _parse_one_word(self, start: int, end: int, seg: str) -> tuple[bool, Run | None]:
        """Decide the common one-word runs before building anything.

        Most runs are one word: a place, a weekday, a surname.  Returns
        (True, the run or None) when decided, (False, None) to parse on.
        """
        text = self.text
        n = norm(seg)
        if not seg.isalpha() and _CODE_RE.fullmatch(seg) and not self.speech_follows(end):  # (a code has a digit)
            return True, None  # "K20 million", "a Y6 class", "the B4 road": a code, an amount or a road, nobody's name
        if (n in NOT_A_NAME and not self._a_known_surname(seg)) or (("'" in n or "\u2019" in n) and is_contraction(n)):
            return True, None  # (a role word is a surname after a person named so: "said Bowler" after "X Bowler")
        if seg.endswith(("'s", "\u2019s")) and self.speech_follows(end):
            return False, None  # "Moody's said": perhaps a firm's own name (see _trading_name)
        if "-" in n and n.endswith(LOCATIVE_SUFFIXES):
            return True, None  # "the Quorran-based company": where, not who
        if _opens_a_sentence(text, start) and self._modifies_a_role(end, n):
            return True, None  # "Station manager Brisa Quill said": what kind of manager, nobody's name
        if n in lx.DEMONYMS and is_descriptor_det(word_before(text, start)):
            return True, None  # "the Italian said": a description, not a name
        if self._labels_a_place(start, end) or self._place_of_a_body(start, end, n):
            return True, Run(start, end, "unknown", [seg], start, quoted=self.in_quote(start))
        if seg.isupper() and not_an_acronym_entity(text, start, end):
            return True, Run(start, end, "unknown", [seg], start, quoted=self.in_quote(start))
        gave = _name_given_as(text, start) or _FIRST_NAME_ONLY_AFTER_RE.match(text, end)
        if gave is not None:
            # "a caller who gave her name only as Quessa": a person, by the only name the article has (and
            # the sex its "her" or "his" says)
            run = self._first_name_person(start, end, seg, n)
            sex = {"her": "f", "his": "m"}.get(gave.group(1) or gave.group(2) or "")
            if run.entity is not None and sex is not None:
                run.entity.gender, run.entity.gender_guessed = sex, False
            return True, run
        unnamed = n not in self._by_last and n not in self._by_first  # (nobody named so yet)
        given_name = unnamed and _only_a_given_name(n)  # (what the three given-name checks below need first)
        if unnamed and self._one_name_described(end, n):
            # "Quessa, a domestic worker who uses one name, stood in a queue": a person known by one name
            return True, self._first_name_person(start, end, seg, n)
        if given_name and self._given_name_apposed(start, end, n):
            # "The first caller, Ezio from Tarnholm, said": a given name set beside a noun for a person
            return True, self._first_name_person(start, end, seg, n)
        if given_name and self._given_name_aged(start, end, n):
            # "Among the regulars is Ezio, 52, who ...": a person known by a given name, with an age
            return True, self._first_name_person(start, end, seg, n)
        if unnamed and self._one_name_aged(start, end, n):
            # "Quessa, 36, spoke through an interpreter": one name no list knows, with an age, opening a sentence
            return True, self._first_name_person(start, end, seg, n)
        if given_name and self._given_name_alone(start, end, n):
            # "Ezio was given the honour": somebody the article calls by a given name only
            return True, self._first_name_person(start, end, seg, n)
        body = self._body_before_role(end, n)
        if body is not None:
            # "Vexwick boss Martin Brisley" after "beat Vexwick Ó Quill 2-1": the side whose boss he is, whose
            # name was read as a person's
            run = Run(start, end, "org", [seg], start, quoted=self.in_quote(start))
            run.entity = self._org(run, [n])
            return True, run
        teams = self._orgs_by_plural.get(n)
        if teams is not None and len(teams) == 1 and n not in self._by_last:
            # "The Badgers said" after "the Quarnholt Bay Badgers": the team, by the plural that ends its name
            run = Run(start, end, "org", [seg], start, quoted=self.in_quote(start))
            run.entity = teams[0]
            return True, run
        if (
            unnamed
            and n not in lx.ORG_WORDS
            and not seg.isupper()
            and CAMEL_RE.match(seg) is None
            and n not in self.orgs_by_first
            and not self.speech_follows(end)
            and not org_head_before(text, start)
            and appos_org_head(text, end) is None
            and not self._pet_name_to_link(n, start, end)
        ):
            return True, Run(start, end, "unknown", [seg], start, quoted=self.in_quote(start))
        return False, None

    def _no_mention(self, start: int, end: int, seg: str) -> bool:
        """Is the run ``seg`` at ``start`` no mention of anyone: a dateline's place or credit, or an address's town?

        "QUARNBY, Vexland (AP) --": where the story was filed and who sent it; "X, 54, of Mill Lane, Upper
        Quarnby, denies": the town of the street just named.
        """
        text = self.text
        if start <= 60 and (dateline_place(text, start, end) or dateline_credit(text, start, end)):
            return True
        if seg[-2:-1] == " " and seg[-1].isupper() and seg.count(" ") == 1 and norm(seg.split()[0]) in lx.ORG_WORDS:
            return True  # "a Band D bill", "Line C": a grade or a route by its letter, no body's name
        if seg[1:2] == "-" and _LETTER_THEN_WORD_RE.match(seg):  # (the pattern's second character is "-")
            return True  # "T-shirts", "X-rays", "U-turn": a letter and a common noun, capitalised only for the letter
        if _NUMBER_WORDS_RE.fullmatch(seg):
            return True  # "Forty-one former employees have sued": a number opening the sentence, nobody's name
        listed = " and " in seg and text.startswith(", ", start - 2)
        if listed and _PLACES_LISTED_RE.search(text, max(0, start - 80), start):
            return True  # "the branches at Osbury, Vexley Vale and Upper Marten": the last places of a list
        if " " not in seg:  # (forms of address and calls are one word each: a run of more is neither)
            n = norm(seg)
            if n in lx.FORMS_OF_ADDRESS and norm(word_before(text, start) or "") in ("his", "her", "your"):
                return True  # "Her Honour said": how a court speaks of its judge, nobody named Honour
            if n.replace("\u2019", "'") in _CALLS:
                return True  # '"Ma'am, you are blocking the bay," the warden said': a call, nobody named Ma'am
        # (the joining words are in lower case, or "&": a run that opens on a capital opens on none of them)
        if not seg[:1].isupper() and seg.split(" ", 1)[0] in _JOINS_OF_A_NAME:
            return True  # "for the X Highlands", cut from "the Envoy for the X Highlands": a fragment, no one's name
        if " " in seg and _a_part_played_before(text, start):
            return True  # "she will always be Nan Quill": a part, no one who speaks
        if " " not in seg or not text.startswith(", ", start - 2) or text[end : end + 1] not in (",", ".", ";"):
            return False
        street = self.runs_by_end.get(start - 2)
        return (
            street is not None
            and norm(street.name_words[-1]) in lx.STREET_WORDS
            and _ADDRESS_OF_RE.search(text, max(0, street.start - 5), street.start) is not None
        )

    def _labels_a_place(self, start: int, end: int) -> bool:
        """Is the one word at ``start`` between "the" and a noun for a place or a body ("the Quarnby health centre")?

        A place's name before what it is: no mention of a person, even of one with that surname.
        """
        if start < 4 or not self.text.startswith(("the ", "The "), start - 4):
            return False  # (what word_before needs to be "the" or "The": most runs have no "the " before them)
        if word_before(self.text, start) not in ("the", "The"):
            return False
        m = _PLACE_NOUN_AFTER_RE.match(self.text, end)
        return m is not None and (m.group(1) in PLACE_OR_ORG or m.group(2) in PLACE_OR_ORG)

    def _place_of_a_body(self, start: int, end: int, n: str) -> bool:
        """Is the one word at ``start`` set off by commas right after a body's name, a word no person here has?

        "a surgeon at the Quarnby Infirmary, Marnwick, agreed": the town of the body just named.
        """
        if start < 2 or self.text[start - 2 : start] != ", " or self.text[end : end + 1] not in (",", ".", ";"):
            return False
        if AGE_APPOS_RE.match(self.text, end) or _PERSON_APPOS_RE.match(self.text, end):
            return False  # ("At Marnwick Town Hall, Quessa, a nurse, stood up": a person, described)
        body = self.runs_by_end.get(start - 2)
        if body is None or not (body.kind == "org" or (body.kind == "unknown" and len(body.name_words) >= 2)):
            return False  # (a body's name, or a place's of two words or more: "the Quarnby Royal Infirmary")
        return n not in self._by_last and n not in self._by_first

    def _modifies_a_role(self, end: int, n: str) -> bool:
        """Is the organisation noun ``n`` (ending at ``end``) followed by a role word, then a name?"""
        m = _ROLE_THEN_CAPITAL_RE.match(self.text, end)
        return (
            m is not None
            and m.group(1) in lx.ROLE_HEADS
            and n in lx.ORG_HEADS
            and not given(n)
            and n not in self._by_last
            and n not in self.orgs_by_first
        )

    def _body_before_role(self, end: int, n: str) -> Entity | None:
        """The person-typed name that the word ``n``, before a role and a name, shows to be a body's.

        A one-word name before "boss Martin Brisley" is the side, firm or
        office whose boss he is, never a person: when the only one the word
        could name is a name of two words or more that no pronoun or given
        name gave a sex ("beat Vexwick Ó Quill 2-1"), that was a body's name.
        """
        m = _ROLE_THEN_CAPITAL_RE.match(self.text, end)
        if m is None or m.group(1) not in _SIDE_ROLES or given(n) or n in self._by_last:
            return None  # (not "Quah aide Martin Brisley": an aide, an adviser, is a person's)
        found = self._by_first.get(n, [])
        if len(found) != 1 or found[0].gender is not None or found[0].kind != "person" or found[0].name_len < 2:
            return None
        return found[0]

    def _first_name_person(self, start: int, end: int, seg: str, n: str) -> Run:
        """The run of a person known by one given name, with the sex that name suggests."""
        run = Run(start, end, "person", [seg], start, quoted=self.in_quote(start))
        self._link(run, [n])
        ent = run.entity
        if ent is not None and ent.gender is None and given_gender(n) is not None:
            ent.gender, ent.gender_guessed = given_gender(n), True
        return run

    def _given_name_apposed(self, start: int, end: int, n: str) -> bool:
        """Is the one word ``n`` a known given name set off beside a noun for a person ("the first caller, Ezio,")?"""
        if not _only_a_given_name(n):
            return False
        noun = _NOUN_BEFORE_APPOS_RE.search(self.text, max(0, start - 60), start)
        w = noun.group(1) if noun is not None else ""
        if w in KIN:
            # not "his son, Aurek," (a Quill the article names in full), but "their neighbour's daughter, Ava,"
            # (of a family it never names)
            owner = word_before(self.text, noun.start(1)) if noun is not None else None
            if owner is None or not owner.endswith(("'s", "\u2019s")) or not owner[:1].islower():
                return False
        elif not (w in lx.PERSON_NOUNS or w in lx.ROLE_HEADS):
            return False
        return _APPOS_NAME_END_RE.match(self.text, end) is not None

    def _given_name_aged(self, start: int, end: int, n: str) -> bool:
        """Is the one word ``n`` at ``start`` a known given name with an age after it, and nobody's relative?

        "is Ezio, 52, who": a person by one name; "Her niece, Brisa, 19," and "his brother Ezio, 72," are a
        relative, of a family the article names otherwise.
        """
        if not _only_a_given_name(n):
            return False
        wb = word_before(self.text, start)
        if wb is not None and wb.lower().endswith("-year-old"):
            return True  # "the eight-year-old Ezio, clutching a library book"
        if not AGE_APPOS_RE.match(self.text, end):
            return False
        return wb is not None and not wb.endswith(",") and norm(wb) not in lx.ROLE_HEADS

    def _after_a_name_word(self) -> frozenset[str]:
        """The words (normalised) that follow a capitalised word no sentence opens with: surnames of full names.

        Read once per article ("Aurek Quill" anywhere: "quill"; not "When Quill arrived").
        """
        if self._after_names is None:
            self._after_names = frozenset(
                norm(m.group(2))
                for m in _NAME_PAIR_RE.finditer(self.text)
                if norm(m.group(1)) not in lx.STOP_CAPS and norm(m.group(1)) not in NOT_A_NAME
            )
        return self._after_names

    def _one_name_aged(self, start: int, end: int, n: str) -> bool:
        """Is the one word ``n`` at ``start`` a name no list holds, with an age after it, opening a sentence?

        "Quessa, 36, said": people of many countries go by one name, and only a person has an age set off so;
        not after a relative or a role ("Her niece, Quessa, 19,": a relative of a family named otherwise), and
        not a word the lists know as a place, a body's or a common one.
        """
        m = AGE_APPOS_RE.match(self.text, end)
        if m is None or m.group(1) is None or n in NOT_A_NAME or n in PLACE_OR_ORG or n in lx.DEMONYMS:
            return False
        if everyday_word(n) or n in self._after_a_name_word():
            return False  # (nor the surname of someone the article names in full elsewhere, perhaps later)
        before = self.text[max(0, start - 2) : start]
        if start == 0 or before == ". " or before.endswith("\n"):
            return True
        wb = word_before(self.text, start)
        if wb is None or not wb.endswith(","):
            return False
        w = norm(wb[:-1])
        return w not in KIN and w not in lx.ROLE_HEADS and self.text.rfind(",", max(0, start - 40), start - 2) < 0

    def _given_name_alone(self, start: int, end: int, n: str) -> bool:
        """Is the one word ``n`` at ``start`` a known given name opening a sentence, a verb after it?"""
        if not _only_a_given_name(n):
            return False
        text = self.text
        before = text[max(0, start - 2) : start]
        if not (start == 0 or before == ". " or before.endswith("\n")):
            return False
        return _VERB_NEXT_RE.match(text, end) is not None

    def _link(self, run: Run, normed: list[str], matched: object = _UNASKED) -> None:
        """Attach a run to an existing entity or make a new one.

        ``normed`` is ``run.name_words`` normalised (see :func:`.tokens.norm`); ``matched``, unless it is
        :data:`_UNASKED`, is what :meth:`_match_person` answered for this very run (an entity or None), not asked
        again.
        """
        if run.kind == "org":
            run.entity = self._org(run, normed)
            return
        one_word_org = len(normed) == 1 and not given(normed[0]) and not self._by_last.get(normed[0])
        if not run.honorific and normed[0] in self.orgs_by_first and (len(normed) >= 2 or one_word_org):
            # (one word too: "Quorran said" after "Shares of Quorran Semiconductor fell", unless a given name)
            # "Zennor Batteries said", after "Zennor Batteries plc": the company
            org = self._find_org_prefix(normed)
            if org is not None:
                run.kind = "org"
                run.entity = org
                return
        titled = (run.honorific, normed[0]) if run.honorific and len(normed) == 1 and not run.quoted else None
        if titled is not None and (
            word_before(self.text, run.start) in ("younger", "elder", "older")
            or _SENIOR_AFTER_RE.match(self.text, run.end)
        ):
            titled = None  # "the younger Mr Quill", "Mr Quill senior": which of them, said each time
        ent = self._titled.get(titled) if titled is not None else None
        if ent is None:
            ent = self._match_person(normed, run.honorific, run.start, run.end) if matched is _UNASKED else matched
            if titled is not None and ent is not None and len(self._by_last.get(normed[0], ())) > 1:
                # "Mrs Quill" once meant one of two Quills: the writer calls her so throughout
                self._titled[titled] = ent
        if ent is None:
            if run.kind != "person":
                org = self._find_org_prefix(normed)
                if org is not None:
                    run.entity = org
                    return
                # A lone capitalised word we know nothing about: a place, a
                # team, a surname to be confirmed by a speech verb -- or a
                # plural noun opening a sentence ("Marchers chanted").
                if not self.speech_follows(run.end) or self.common_noun(run):
                    return
                if len(normed) == 1 and _after_the(self.text, run.start):
                    return  # "The Vexarch, Aurek Quill, said": a title of some country's, no one's surname
                if self._after_place_preposition(run.start):
                    return  # "Ysmay Quarnby, 20, from Leeds, said", "a manager in suburban Vexhallow, who": a place
                if len(normed) > 1 and normed[-1] in lx.PLACE_WORDS and _owned_by_a_body(self.text, run.start):
                    return  # "X, standing in the university's Quarnby Room, said": the room, not a speaker
            ent = self._new("", "person")
        run.kind = "person"
        run.entity = ent
        self._link_person(run, ent, normed)

    def _one_name_described(self, end: int, n: str) -> bool:
        """'Quessa, a cleaner known by one name, waited ...': one word, then what kind of person it is.

        Also "Quessa, a 58-year-old grandmother who ...": an age among the words before the noun.
        """
        m = _PERSON_APPOS_RE.match(self.text, end)
        if m is None or n in lx.ORG_WORDS or n in lx.PLACE_WORDS:
            return False
        w = m.group(1)
        return w in lx.ROLE_HEADS or w in KIN or w in lx.PEOPLE_WORDS or w in lx.ROLE_GENDER  # ("a widow", "a mother")

    def _after_place_preposition(self, start: int) -> bool:
        """Does a place preposition come before ``start``, alone or with one plain adjective ("in rural")?"""
        wb = word_before(self.text, start)
        if wb in PLACE_PREPOSITIONS or wb == "on":  # ("Islanders on Skarrey have accused": an island)
            return True
        if wb in _COMPASS:
            return True  # "at home in Quillby, east Vexham, was announced": a part of a town
        if wb in lx.ROLE_HEADS and at_a_firm(self.text, start):
            return True  # "an analyst at broker Quill Marten said": the firm she works at
        if not wb or not wb.isalpha() or not wb.islower() or wb in lx.ROLE_HEADS or DESCRIPTOR_RE.search(wb):
            return False
        return word_before(self.text, start - len(wb) - 1) in PLACE_PREPOSITIONS

    def _org(self, run: Run, normed: list[str]) -> Entity:
        """The organisation a run names: one already known by that name or its first words, or a new one."""
        key = " ".join(normed)
        ent = self.orgs.get(key)
        if ent is None:
            ent = self._find_org_prefix(normed)
        if ent is None:
            ent = self._person_named_longer(normed)
        if ent is None:
            ent = self._find_org_suffix(normed)
        if ent is None:
            ent = self._new(org_name(self.text, run), "org")
            ent.strong = True
            self.orgs[key] = ent
            self.orgs_by_first.setdefault(normed[0], []).append((normed, ent))
            last = normed[-1]
            if len(normed) >= 2 and last.endswith("s") and last not in lx.ORG_WORDS and last[:-1] not in lx.ROLE_HEADS:
                self._orgs_by_plural.setdefault(last, []).append(ent)
        return ent

    def _find_org_suffix(self, normed: list[str]) -> Entity | None:
        """The one body named before whose full name is these words after a place's name.

        "The Waste Management Authority said" after "the Quarnby State Waste Management Authority": the same
        body, its place left off (not "Friends of X Hospice", nor "the CFO of X" read as a name).
        """
        if len(normed) < 2 or not _an_everyday_word(normed[0]):
            return None  # (a short name that opens with a place's name of its own is its own body: "Quarnby Council")
        if normed[-1] not in lx.ORG_WORDS and normed[-1] not in self._orgs_by_plural:
            return None  # (but "the River Hawks" after "the Quarnby River Hawks": a team, by its plural)
        n = len(normed)
        found = {
            id(e): e
            for ks, e in ((k.split(), e) for k, e in self.orgs.items())
            if len(ks) > n and ks[-n:] == normed and _a_place_before(e.name.split()[:-n])
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _person_named_longer(self, normed: list[str]) -> Entity | None:
        """The entity an organisation's short name stands for, when its full name was read as a person's.

        "a spokeswoman for Quorran Ferran" after "Quorran Ferran Homes has
        registered ...", "Quorran Wrenfold coach X" after "a loss to Quorran Wrenfold":
        the same body, an organisation after all.
        """
        found = [
            e
            for e in self._by_first.get(normed[0], [])
            if len(e.name.split()) >= len(normed) and [norm(w) for w in e.name.split()][: len(normed)] == normed
        ]
        if len(found) != 1:
            return None
        ent = found[0]
        ent.kind = "org"
        ent.strong = True
        full = [norm(w) for w in ent.name.split()]
        self.orgs[" ".join(full)] = ent
        self.orgs_by_first.setdefault(full[0], []).append((full, ent))
        return ent

    def _link_person(self, run: Run, ent: Entity, normed: list[str]) -> None:
        """A person's run: the fullest name yet, the gender its words show, its roles."""
        n = len([w for w in run.name_words if not w.islower()])
        normed = [w for w in normed if w not in PARTICLE_SET] or normed
        if n > ent.name_len or not ent.name:
            if ent.name_len < 2:
                # The name as the article first gives it in full: an obituary's closing line
                # "Ysmay Osmerel Quimbrel, nurse, born ..." adds a middle name, not a new person.
                keep = [run.honorific.capitalize()] if run.honorific in lx.KEPT_HONORIFICS else []
                ent.name = " ".join(keep + [_without_possessive(w) for w in run.name_words])
                gen = generation(self.text, run.start, run.end)
                if gen is not None:
                    ent.name += " " + gen  # "Aurek Quill Jr.": a father and his son share the rest
            ent.name_len = n
            if n > 1:
                ent.first = normed[0]
            ent.last = normed[-1]
            self._by_last.setdefault(normed[-1], []).append(ent)
            if (n == 3 or (n == 4 == len(normed) and given(normed[2]))) and given(normed[0]) and not given(normed[1]):
                # "Brisa Quimbrel Vantroy", later "Quimbrel": the first of two surnames; "Elric Quah Yong Sen",
                # later "Quah": a surname before the given names, after a given name in the Western order
                self._by_last.setdefault(normed[1], []).append(ent)
            self._by_initial.setdefault(normed[-1][:1], set()).add(normed[-1])
            if n > 1:
                self._by_first.setdefault(normed[0], []).append(ent)
                self._by_initial.setdefault(normed[0][:1], set()).add(normed[0])
        if run.honorific and lx.HONORIFICS.get(run.honorific):
            if ent.gender is None or ent.gender_guessed:
                ent.gender, ent.gender_guessed = lx.HONORIFICS[run.honorific], False  # "Ms" outweighs a given name
        if not ent.gender and n > 1:
            ent.gender = given_gender(normed[0])
            ent.gender_guessed = ent.gender is not None
        if run.quoted:
            return
        if ent.gender is None:
            # "Aurek Vexley, 61, said he had never seen..."
            ent.gender = gender_said_after(self.text, run.end)
        if (
            run.honorific
            or run.prefix
            or given(normed[0])
            or n > 1
            or AGE_APPOS_RE.match(self.text, run.end)
            or self.speech_follows(run.end)
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
        if acr.replace(".", "") == initials and acr.lower() not in self.orgs and run.entity is not None:
            self.orgs[acr.lower()] = run.entity
            self.orgs_by_first.setdefault(acr.lower(), []).append(([acr.lower()], run.entity))

    def _new(self, name: str, kind: str) -> Entity:
        ent = Entity(name, kind, index=len(self.entities))
        self.entities.append(ent)
        return ent

    def _find_org_prefix(self, normed: list[str]) -> Entity | None:
        """'Quarnholt' for 'Quarnholt Systems': an organisation named by its first word."""
        for key, ent in self.orgs_by_first.get(normed[0], ()):
            if key[: len(normed)] == normed:
                if (
                    len(normed) >= 2
                    and normed[-1] in lx.INSTITUTION_WORDS
                    and not lx.ORG_WORDS.isdisjoint(key[len(normed) :])
                ):
                    continue  # "Quarnholt University" is a body of its own, not "Quarnholt University Medical Center"
                return ent
        return None

    def _his_kin_before(self, pos: int, surname: str) -> str:
        """"father" or "son" when a name of ``surname`` at ``pos`` follows "His father, ", else "".

        Only where the last man named with that surname bears a generational suffix (whose father he is).
        """
        lo = max(0, pos - 14)
        # (the pattern is tried only where the "is " of its "his" is in reach: most names have none before them)
        m = _HIS_KIN_RE.search(self.text, lo, pos) if self.text.find("is ", lo, pos) >= 0 else None
        if m is None:
            return ""
        last = next((e for e in reversed(self.timeline_ent) if e.kind == "person" and e.last == surname), None)
        return m.group(1).lower() if last is not None and GENERATION_RE.search(last.name) else ""

    def _match_person(self, normed: list[str], honorific: str | None, pos: int, end: int) -> Entity | None:
        """The person a name (``normed``, normalised words; ``text[pos:end]``) refers to, if named already."""
        # Particles do not count: "van Vantroy" is Aurek van Vantroy's surname.
        normed = [n for n in normed if n not in PARTICLE_SET] or normed
        if len(normed) >= 2:
            gen = generation(self.text, pos, end)
            kin = self._his_kin_before(pos, normed[-1])
            for ent in self._by_last.get(normed[-1], []):
                if ent.first in (None, normed[0]) and not _another_generation(ent, gen, kin):
                    if ent.first is None and _of_the_other_sex(ent, normed[0]):
                        continue  # "Aurek Quill" (a man's given name) after "Mrs Quill": another, not she
                    return ent
            if len(normed) == 2 and normed[0] in lx.TITLE_NAMES:
                same = [e for e in self._by_last.get(normed[-1], []) if e.kind == "person"]
                if len(same) == 1 and same[0].first != normed[0] and self._apposed_as(same[0], normed[0]):
                    # "Pastor Quill" after "Roiso Quill, the pastor of ...": the title he holds (the one person of
                    # the surname; not "His son, Pastor Aurek Quill" beside him, nor "his nephew, Earl Quill")
                    return same[0]
            if len(normed) == 2:
                # "Ossie Quill" after 'Aurek "Ossie" Quill': the nickname and the surname
                for ent in self._by_first.get(normed[0], []):
                    if ent.last == normed[-1] and ent.first != normed[0]:
                        return ent
            # The last words of a longer full name: "Quimbrel Vexmoor said" after "Ysmay Quimbrel Vexmoor"
            # (and "Vexmoor Quimbrel" after "Ysmay dos Vexmoor Quimbrel": particles do not count); "Yong Sen"
            # after "Quah Yong Sen": the given names after the family name, even where they are known given names
            for ent in self._by_last.get(normed[-1], []):
                full = [n for n in (norm(w) for w in ent.name.split()) if n not in PARTICLE_SET]
                if (
                    len(full) > len(normed)
                    and full[-len(normed) :] == normed
                    and full[0] not in lx.ROLE_HEADS
                    and full[0] not in lx.ROLE_MODIFIERS
                    and full[0] not in lx.ORG_HEADS  # ("Operator Quorran Cobre": a description, then a firm)
                ):
                    return ent
            return self._named_longer_from_the_front(normed)
        t = normed[0]
        by_first = honorific in ("sir", "dame", "lord", "lady")
        pools = (self._by_first, self._by_last) if by_first else (self._by_last, self._by_first)
        sex = lx.HONORIFICS.get(honorific or "")
        for pool in pools:
            cands = pool.get(t) or []
            if cands and sex is not None:
                # "Mrs Quarnby" after "Otso and Quessa Quarnby": not the man -- but a given name's sex is a guess
                # ("Nikita" is given to women too), so a lone candidate of the other sex is kept
                fit = [e for e in cands if e.gender == sex and e.index not in self._surname_inferred]
                cands = fit or [e for e in cands if e.gender is None] or [e for e in cands if e.gender == sex] or cands
            elder = len(cands) > 1 and word_before(self.text, pos) in ("younger", "elder", "older")  # (one: no matter)
            if elder and (said := gender_said_after(self.text, end)) is not None:
                # "The younger Quill said he had ...", of a mother and son: the son (a plain "Quill said he" may be
                # the mother speaking of him)
                cands = [e for e in cands if e.gender in (None, said)] or cands
            if len(cands) > 1 and elder:
                return self._elder_or_younger(cands, word_before(self.text, pos) == "younger")
            if len(cands) > 1 and not self.in_quote(pos) and (one := self._one_so_called(cands, honorific)):
                return one
            if cands:
                return self._one_of(cands, pos, end)
        if not honorific and not given(t):
            paternal = [e for e in self.entities if e.kind == "person" and _paternal_surname(e) == t]
            if len(paternal) == 1:
                # "Quarnby said" after "Brisa Aurelia Quarnby Vexley": of two surnames, the first (the father's),
                # the one Spanish and Portuguese copy shortens a name to
                return paternal[0]
        if (not honorific or honorific in _FIRST_NAME_TITLES) and t[:1].isalpha():
            # ("Coach Zina" for Zinaida, as players call her: a title used with the given name)
            short = self._shortened_given_name(t) or self._by_pet_name(t, pos, end)
            if short is not None:
                return short
        # One typo away ("Sir Auerk" for "Sir Aurek"); only behind an
        # honorific, where the word is surely a name, and only among names
        # with the same initial, to keep this cheap.
        if honorific:
            for pool in pools:
                for key in self._by_initial.get(t[:1], ()):
                    cands = [e for e in pool.get(key, ()) if sex is None or e.gender in (None, sex)]
                    if cands and similar(key, t):
                        return min(cands, key=_first_named)
        return None

    def _one_so_called(self, cands: list[Entity], honorific: str | None) -> Entity | None:
        """Of people of one name, the one an honorific fits, if only one does.

        Of a mother and her daughter, "Mrs Quill" is the mother (called so, or named with her husband: "Osbert
        and Brisa Quill"), and "Miss Quill" the other; no child is a Mr ("Mr Quill" after "Aurek Quill, 17," and
        "his father, Mark Quill").
        """
        if honorific in ("mrs", "miss"):
            wed = [e for e in cands if any(h in _MARRIED_ROLES for h, _m in e.roles) or e.index in self._coupled]
            rest = [e for e in cands if e not in wed]
            picked = wed if honorific == "mrs" else rest if wed else []
            if len(picked) == 1:
                return picked[0]
        if honorific in ("mr", "mrs", "ms"):
            adults = [e for e in cands if not self._a_minor(e)]
            if len(adults) == 1:
                return adults[0]
        return None

    def _a_minor(self, ent: Entity) -> bool:
        """Is ``ent`` given an age under 18 where the text first names them in full ("Aurek Quill, 17,")?"""
        at = self.text.find(ent.name)
        m = AGE_APPOS_RE.match(self.text, at + len(ent.name)) if at >= 0 and " " in ent.name else None
        # (not in a story of long ago that gives an age of today: "Quill, 9, was evacuated in 1941 ... Now 92")
        return m is not None and int(m.group(1) or m.group(2)) < 18 and not _NOW_AGED_RE.search(self.text)

    def _named_longer_from_the_front(self, normed: list[str]) -> Entity | None:
        """The one person whose longer full name begins with these words: "Brisa Odeline" after "Brisa Odeline Quill".

        Two given names, as Malay, Indonesian and many other namings give them, are how the person is called
        later; the surname after them is no family name in use.  None when two people's names begin so.
        """
        found = [
            e
            for e in self._by_first.get(normed[0], [])
            if e.kind == "person"
            and e.name_len > len(normed)
            and norms(e.name.split())[: len(normed)] == normed
            and not any(w.islower() for w in e.name.split())  # (no "Quarnby Bay and Vexwick" taken for a person)
        ]
        return found[0] if len(found) == 1 else None

    def _shortened_given_name(self, t: str) -> Entity | None:
        """The one person named in full whose given name ``t`` shortens ("Alth" for Althea, "Quess" for Quessa).

        Also a pet form in -ie or -y of its first letters ("Maudie" for Maud, "Ossie" for Osbert).

        Only a short word sharing the given name's first three letters and not of the other sex, and only
        when no other person's given name begins so.
        """
        stem = _diminutive_stem(t)
        if not 3 <= len(t) <= 5 and stem is None:
            return None
        sex = given_gender(t)
        found = [
            e
            for key in self._by_initial.get(t[:1], ())
            if len(key) > len(t) and (key[:3] == t[:3] or (stem is not None and key.startswith(stem)))
            for e in self._by_first.get(key, ())
            if e.kind == "person" and e.name_len >= 2 and (sex is None or e.gender in (None, sex))
        ]
        return found[0] if len(found) == 1 else None

    def _pet_name_to_link(self, n: str, start: int, end: int) -> bool:
        """Is the one word ``n`` (at ``text[start:end]``) a pet form of someone named in full?

        Parsed on then, to be linked ("Len used to say"); an everyday word too only where a verb of saying or
        telling follows it or it is a call set off by commas ("Bill said", ", Ray,"; not "Rich people move here").
        """
        if not lx.full_given_names(n):
            return False  # (most words: no pet form of anyone's, the cheapest thing to ask first)
        text = self.text
        called = (text.endswith(", ", 0, start) or text[start - 1 : start] in OPENING_MARKS) and text[
            end : end + 1
        ] in (",", ".", "!", "?")
        if n in lx.common_words() and not called and not _TELLING_AFTER_RE.match(text, end):
            return False  # (a call set off by commas is a name: "It's in hand, Ray, don't fuss")
        return self._by_pet_name(n, start, end) is not None

    def _by_pet_name(self, t: str, pos: int, end: int) -> Entity | None:
        """The one person named in full whose given name the pet name ``t`` (at ``text[pos:end]``) is short for.

        By the nicknames package's table (:func:`.lexicon.full_given_names`), and only where one person alone of
        all named in full has such a given name and no other sex than the pet name's; never a pet name the speaker
        gives someone of theirs ("my neighbour ", ", our old manager"), who is as often nobody the article names.
        """
        fulls = lx.full_given_names(t)
        if not fulls:
            return None
        text = self.text
        if MY_SOMEONE_BEFORE_RE.search(text, max(0, pos - 30), pos) or _SOMEONE_OF_OURS_AFTER_RE.match(text, end):
            return None
        sex = given_gender(t)
        found = [
            e
            for full in fulls
            for e in self._by_first.get(full, ())
            # (a pet form is no longer than its given name, or is that name with an ending: the table's "john" for "ian"
            # is no such pair)
            if (len(full) >= len(t) or t.startswith(full))
            and e.kind == "person"
            and e.name_len >= 2
            and (sex is None or e.gender in (None, sex))
        ]
        return found[0] if len({e.index for e in found}) == 1 else None

    def _elder_or_younger(self, cands: list[Entity], younger: bool) -> Entity:
        """'the elder Quill', 'the younger Quill': of people sharing the name, the parent or the child.

        By what the article calls them ("his father, Otso Quill"; "his son Elric Quill"), else by the
        ages given after their names ("Otso Quill, 71,"); else the younger is the one named later and the
        elder the one named first.
        """
        for pick in (self._by_kin, self._by_age):
            got = pick(cands, younger)
            if got is not None:
                return got
        return max(cands, key=_first_named) if younger else min(cands, key=_first_named)

    @staticmethod
    def _by_kin(cands: list[Entity], younger: bool) -> Entity | None:
        want = lx.CHILD_ROLES if younger else lx.PARENT_ROLES
        other = lx.PARENT_ROLES if younger else lx.CHILD_ROLES
        kin = [e for e in cands if any(h in want for h, _m in e.roles)]
        if len(kin) == 1 and not any(h in other for h, _m in kin[0].roles):
            return kin[0]
        rest = [e for e in cands if not any(h in want for h, _m in e.roles)]
        no_other = [e for e in rest if not any(h in other for h, _m in e.roles)]
        if not kin and len(no_other) == 1 and len(rest) > len(no_other):
            return no_other[0]  # ("X Quill and his son Y Quill": the elder is the one not called a son)
        return None

    def _by_age(self, cands: list[Entity], younger: bool) -> Entity | None:
        ages: dict[int, Entity] = {}
        for start in sorted(self.runs_by_start):
            run = self.runs_by_start[start]
            ent = run.entity
            if ent is None or run.quoted or all(ent is not c for c in cands) or any(ent is a for a in ages.values()):
                continue
            m = _AGE_AFTER_RE.match(self.text, run.end)  # ("Dr Otso Quill, 71,": the run holds the title)
            if m is not None:
                ages.setdefault(int(m.group(1)), ent)
        if len(ages) != len(cands):  # (someone's age not given, or two of one age)
            return None
        return ages[min(ages) if younger else max(ages)]

    def _apposed_as(self, ent: Entity, title: str) -> bool:
        """Was ``ent`` named with ``title`` set beside the name ("X, the pastor of", "X, a duke,") before?"""
        for run in self.runs_by_end.values():
            if run.entity is ent and (m := _APPOSED_TITLE_RE.match(self.text, run.end)) and norm(m.group(1)) == title:
                return True
        return False

    def _opened_on(self, cands: list[Entity], pos: int) -> Entity | None:
        """Of people who share a name word, the one this paragraph is about: named in full opening a sentence.

        "Aurek Quill, speaking afterwards, was less amused. '...,' Quill said." after his brother Osbert spoke:
        Aurek.  Only where the paragraph, before ``pos``, first names one of them so and names no other of them
        (a parent named in passing, "Her mother, Brisa Quill,", opens no sentence), and that sentence names no
        one's kin ("Brisa Quill, his mother, was in the crowd": either may speak next). Outside quotes only.
        (Looking back a paragraph further too mended 11 quotes of the gold sets and broke 18.)
        """
        if len(cands) < 2 or self.in_quote(pos):
            return None
        if _A_REPLY_RE.match(self.text, sentence_start(self.text, pos)):
            return None  # ("Asked why, Quill said": the one asked, most likely the one who has been speaking)
        para = self.text.rfind("\n", 0, pos) + 1
        found: list[Run] = []
        for start in sorted(self.runs_by_start):
            if start >= pos:
                break
            run = self.runs_by_start[start]
            if start >= para and not run.quoted and any(run.entity is c for c in cands):
                found.append(run)
        if not found or len({id(r.entity) for r in found}) > 1:
            return None
        opening = found[0]
        lo = sentence_start(self.text, opening.start)
        if len(opening.name_words) < 2:
            return None
        if lstrip_index(self.text, lo, opening.start) != opening.start and not _apposed_subject(self.text, lo, opening):
            return None
        stop = SENTENCE_END_RE.search(self.text, opening.end, pos)
        if _THEIR_KIN_RE.search(self.text, opening.end, stop.start() if stop else pos):
            # ("Brisa Quill, his mother, was in the crowd", "Brisa Quill drove her son to every session. '...,' Quill
            # said": named as the other one's kin, or with them; either may speak)
            return None
        return opening.entity

    def _just_said(self, cands: list[Entity], pos: int, end: int) -> Entity | None:
        """Of people who share a name word, the one who spoke, fully named, just before ``pos`` -- if this one speaks.

        "Outside court, Althea Quimbrel said her mother had reopened.
        '...,' Ms Quimbrel said.": the daughter just named, not the mother
        named first.  Otherwise the name is the first-named person's.
        """
        if len(cands) < 2 or not self.speaker_pos or not self.speech_follows(end):
            return None
        at = self.speaker_pos[-1]
        ent = self.speaker_ent[-1]
        if pos - at > _JUST_SAID_REACH or not any(ent is e for e in cands) or ent.name_len < 2:
            return None
        # Named in full there: "Aurek said" before "Mr Quimbrel said" marks the other one. (A name set off by a
        # comma, "his father, Osbert Quimbrel, said", keeps its comma here and so never counts: reading it too
        # mended 12 quotes of the gold sets and broke 13, mostly kin in nested quotes -- docs/PERFORMANCE.md.)
        said_as = norms(self.text[at : at + 80].split()[:3])
        return ent if len(said_as) >= 2 and ent.last in said_as[1:] else None

    # -- roles ---------------------------------------------------------------

    def _bind_prefix(self, run: Run, ent: Entity) -> None:
        """Role words before the name: 'prime minister Aurek Quennick'."""
        text = self.text
        st = run.start
        if not run.prefix:
            # Fast path: no word before, or one that is no part of a role
            # (the loop below would stop at it and bind nothing).
            tok = last_word(text, max(0, st - 60), st)
            if tok is None or not _role_word(tok[2], norm(tok[2])):
                return
        prefix = [n for n in norms(run.prefix) if n not in lx.HONORIFICS or n in lx.ROLE_HEADS]
        extra: list[str] = []
        back = rwords(text, max(0, run.start - 60), run.start)
        for _s, _e, w in back:
            n = norm(w)
            if _role_word(w, n):
                extra.insert(0, n)
                continue
            if n == "and" and extra:
                before = next(back, None)
                if before is not None and norm(before[2]) in lx.ROLE_HEADS:
                    return  # "husband and wife Tavo and Quessa X": whose role is whose, the words do not say
            break
        prefix = extra + prefix
        heads = [p for p in prefix if p in lx.ROLE_HEADS]
        if not heads:
            # "Gov. X", "Supt X": the office an abbreviated title names, when no other word names one
            titled = (lx.TITLE_ROLES.get(n) for n in map(norm, run.prefix))
            heads = prefix = [r for r in titled if r in lx.ROLE_HEADS][-1:]
        if heads:
            self._add_role(ent, prefix)

    def _bind_appositives(self, run: Run, ent: Entity) -> None:
        """Roles set off by commas: 'X, the foreign secretary,' and 'the hospice's chief executive, X,'."""
        text = self.text
        if possessive(text, run):
            return  # "her husband, Brisa Quill's brother,": the role is the brother's, not hers
        m = _APPOS_AFTER.match(text, run.end)
        if m:
            ws = norms(m.group(1).split())
            if ws and (ws[0] in _AUXILIARIES or ws[0] in _NO_APPOSITION_OPENERS or _CLAUSE_WORDS.intersection(ws)):
                # "X, was thanked by her son,", "X, whether he knew the man": a clause, no description of
                # X; "X, whose coach, Y,": Y's role, not X's; "X, and a younger brother": the next in a list
                ws = []
            if ws and _NAME_POSSESSIVE_RE.search(m.group(1)) and _NAME_THEN_COMMA_RE.match(text, m.end()):
                ws = []  # "the family's solicitor, X, Ezio's mother, Y, said": the mother is Y
            if (
                ws
                and ws[0].endswith("ing")
                and ws[0] not in lx.ROLE_MODIFIERS
                and ws[0] not in _OFFICE_PARTICIPLES
                and (len(ws) < 2 or ws[1] not in lx.ROLE_HEADS)
            ):
                ws = []  # "X, waiting outside with his aunt,": what X did (not "acting chair", "nursing director")
            # "an analyst at Quorran Point": the role ends at the preposition ("who is engaged to his cousin": X
            # is no cousin).
            for i, w in enumerate(ws):
                if w in _ROLE_ENDS:
                    ws = ws[:i]
                    break
            if ws and ws[0] not in _NAMED_TO and _verb_like(ws[0]) and _VERB_THEN_OBJECT.intersection(ws[1:]):
                ws = []  # "The chair, X, questioned the jockey for an hour": a verb and its object, no role of X's
            k = ws.index("and") if "and" in ws else 0
            pair = (
                k > 0
                and ws[k - 1] in KIN
                and ws[-1] in KIN
                and _PAIR_BEFORE_RE.search(text, max(0, run.start - 30), run.start)
            )
            if pair and ent.gender is not None and lx.ROLE_GENDER.get(ws[-1]) not in (None, ent.gender):
                # "Brisa and Orlo Drummet, husband and wife,": a word for each of the pair, not in their order
                # (but "a husband and father" is one man, and "Sam and Robin Hale, brother and sister" Robin a sister)
                ws = []
            if ws and ws[-1] in lx.ROLE_HEADS and not _CALLED_BY_NAME_RE.search(m.group(1)):
                self._add_role(ent, ws)
        self._bind_kin_before_a_title(run, ent)
        if run.start >= 2 and text.startswith(", ", run.start - 2) and self._closes_apposition(run):
            ws = _role_before_comma(text, run.start - 2)
            if ws and ws[-1] in lx.ROLE_HEADS:
                self._add_role(ent, ws)
            elif ent.kind == "person" and (ent.gender is None or ent.gender_guessed):
                kin = _KIN_SEX_BEFORE_RE.search(text, max(0, run.start - 20), run.start)
                if kin is not None:
                    # "Quessa's grandson, Aurek X,": his sex, though the word is no role the lexicon binds
                    ent.gender, ent.gender_guessed = _KIN_SEXES[kin.group(1).lower()], False
        acts = _ACTS_AS_RE.match(text, run.end) or (
            _ACTS_AS_RE.match(text, m.end() - 1) if m and m.group().endswith(",") else None
        )
        if acts is not None and norm(acts.group(2)) in lx.ROLE_HEADS:
            # "X, the port's operations manager, who acts as safety officer,": a second role of hers
            self._add_role(ent, [norm(w) for w in acts.group(1).split()] + [norm(acts.group(2))])

    def _bind_kin_before_a_title(self, run: Run, ent: Entity) -> None:
        """Bind a relative's word before a title and the name: "his father, director of rugby Clive Quill,".

        (Not a title with a determiner: "her mother, the singer X," is read as an apposition of its own.)
        """
        if ent.kind != "person":
            return
        titled = _TITLE_AFTER_COMMA_RE.search(self.text, max(0, run.start - 45), run.start)
        if titled is None or not any(w in lx.ROLE_HEADS for w in titled.group(1).split()):
            return
        if not self._closes_apposition(run):
            return
        lo = sentence_start(self.text, titled.start())
        if _OPENING_PHRASE_RE.match(self.text, lstrip_index(self.text, lo, titled.start()), titled.start()):
            return  # "Asked about his son, head coach X said": the opening phrase's relative; X is the subject
        ws = _role_before_comma(self.text, titled.start())
        if ws and ws[-1] in KIN:
            self._add_role(ent, ws)

    def _closes_apposition(self, run: Run) -> bool:
        """Does the name ``run``, after "<role>, ", close the apposition (or is the role an "as a referee, ")?

        "the coach, Brisa Quill, said", "its director, Brisa Quill of Vexley,", "As a referee, Brisa Quill ran": the
        role is hers; "passed to the referee, Quill wrote" is two clauses.
        """
        text = self.text
        if text[run.end : run.end + 1] in _APPOS_ENDS or _APPOS_GOES_ON_RE.match(text, run.end):
            return True
        return _AS_A_ROLE_RE.search(text, sentence_start(text, run.start), run.start - 2) is not None

    def _add_role(self, ent: Entity, ws: list[str]) -> None:
        heads = [i for i, w in enumerate(ws) if w in lx.ROLE_HEADS]
        head = ws[heads[-1]]
        if ws[heads[-1] - 1 : heads[-1]] == ["prime"]:
            head = "prime minister"
        head = lx.ROLE_SYNONYMS.get(head, head)
        mods = frozenset(w for w in ws if w != head)
        self._add_role_binding(ent, head, mods)
        g = lx.ROLE_GENDER.get(ws[heads[-1]])
        if ws[heads[-1]] in _OFFICES_OF_EITHER_SEX and ent.gender:
            g = None  # "the club's chairman, Althea Quessa": an office called "-man" that women hold too
        if g and ent.kind == "person" and (not ent.gender or (ent.gender_guessed and len(ent.roles) == 1)):
            # ("Her mother, Quessa Vexley": the role says it, whatever the given name suggests -- if it is
            # the first role the person is given, the surest)
            ent.gender = g
            ent.gender_guessed = False
        ent.strong = True

    def _add_role_binding(self, ent: Entity, head: str, mods: frozenset[str]) -> None:
        """While building: ``ent`` holds the role ``head`` with modifiers ``mods``."""
        if (head, mods) in ent.roles:
            return  # bound already; a repeat would only lengthen every later role lookup
        ent.roles.append((head, mods))
        lst = self.by_role.setdefault(head.split()[-1], [])
        if ent not in lst:
            lst.append(ent)
        if head != "counterpart":
            return
        for m in mods:
            self.by_role.setdefault("@" + m, []).append(ent)

    # -- what the pronouns and roles outside quotes teach -------------------------

    def _learn_genders(self, events: list[tuple[int, str]]) -> None:
        """'Idony Vexmoor, 24, is hoping. She works...': she is a woman.

        A he/she outside quotes gives its gender to the most recent person
        before it if that person's gender is still unknown.
        """
        text = self.text
        story = Story(self)
        tl_pos, tl_ent = self.timeline_pos, self.timeline_ent
        for pos, w in events:
            g = "m" if w in lx.PRONOUNS_M else "f"
            i = bisect.bisect_left(tl_pos, pos) - 1
            while i >= 0 and tl_ent[i].kind != "person":
                i -= 1
            if i < 0 or pos - tl_pos[i] > _GENDER_LEARN_REACH:
                continue
            if text[pos].islower() and _RELATIVE_RE.search(text, tl_pos[i], pos):
                # "Vexmoor, who has lit six of her plays": her is someone else
                continue
            if text[pos].islower() and text.endswith(", ", 0, pos) and pos - 2 in self.runs_by_end:
                nxt = text[pos + len(w) : pos + len(w) + 40].split()[:3]
                if any(x in lx.ROLE_HEADS or x in lx.PERSON_NOUNS for x in nxt):
                    # "Aurek Quill, her election agent for years,": whose agent -- somebody else's, not Quill's
                    # sex (but "Aurek Quill, her voice breaking,": hers)
                    continue
            ent = tl_ent[i]
            if ent.gender is not None or not ent.strong:
                continue  # (nothing to learn: the checks below read the text only for a sex still unknown)
            if unnamed_of_sex(text, tl_pos[i], pos, g) or _opens_on_someone_unnamed(text, tl_pos[i], pos):
                # "Quill said the alarm came from a woman in her car": her is the woman's; "A retired driver told
                # the council his bill had risen": the driver's
                continue
            other = story.recent(pos, lambda e: e.kind == "person" and e.gender == g and e is not ent)  # noqa: B023
            para = text.rfind("\n", 0, pos)
            alone = other is not None and tl_pos[i] > para >= other[1]
            if alone and w not in ("He", "She") and _SAID_RE.search(text, tl_pos[i], pos):
                alone = False  # "Dr X said her ice cores ...": whose, what X said does not tell
            if alone:
                wb = word_before(text, tl_pos[i])
                opens = wb is None or wb.endswith((",", ".")) or wb[:1].isupper()  # a clause, not "in X"
                alone = (
                    " " in ent.name
                    and opens
                    and not self.in_quote(pos)
                    and not _ASKED_ABOUT_ANOTHER_RE.search(text, tl_pos[i], pos)
                )
            if other is not None and pos - other[1] < PRONOUN_REACH and not alone:
                # "She does not disagree": the woman already in the story -- unless only this person is
                # named in the pronoun's paragraph ("Back in the room, Vexley was asked ... He said")
                continue
            ent.gender = g

    def _learn_reflexive_genders(self) -> None:
        """'Quimbrel found herself writing alone': a herself/himself just after a name is that person's sex.

        A reflexive pronoun refers to its own clause's subject, so it
        outweighs what a given name suggests.
        """
        text = self.text
        tl_pos, tl_ent = self.timeline_pos, self.timeline_ent
        for m in _REFLEXIVE_RE.finditer(text):
            if self.in_quote(m.start()):
                continue
            i = bisect.bisect_left(tl_pos, m.start()) - 1
            if i < 0 or m.start() - tl_pos[i] > _REFLEXIVE_REACH or tl_ent[i].kind != "person":
                continue
            if SENTENCE_END_RE.search(text, tl_pos[i], m.start()) or "," in text[tl_pos[i] : m.start()]:
                continue
            ent = tl_ent[i]
            g = "m" if m.group(1) == "himself" else "f"
            if ent.gender is None or (ent.gender_guessed and ent.gender != g):
                ent.gender, ent.gender_guessed = g, False

    def _learn_attributed_genders(self) -> None:
        """'X Y said ... "...," he said': the he of an attribution outweighs the sex X's given name suggests.

        Only where no one else the he or she could be (a person of that sex, known or guessed) is named
        within a pronoun's reach before it: the name list's guess then is all that stands against the writer.
        """
        text = self.text
        tl_pos, tl_ent = self.timeline_pos, self.timeline_ent
        for m in _ATTRIBUTED_PRONOUN_RE.finditer(text):
            pos = m.start(1)
            if m.group(2) not in lx.SPEECH_VERBS or self.in_quote(pos):
                continue
            g = "m" if m.group(1) == "he" else "f"
            i = bisect.bisect_left(tl_pos, pos) - 1
            while i >= 0 and tl_ent[i].kind != "person":
                i -= 1
            if i < 0 or pos - tl_pos[i] > _GENDER_LEARN_REACH:
                continue
            ent = tl_ent[i]
            if not ent.gender_guessed or ent.gender == g:
                continue
            para = text.rfind("\n", 0, pos) + 1
            if tl_pos[i] < para or any(e is not ent for e in tl_ent[self.mentions_between(para, tl_pos[i])]):
                continue  # the one person named in the pronoun's paragraph, before it
            if self._someone_else_to_be(tl_pos[i], pos, g):
                continue
            k = bisect.bisect_left(tl_pos, pos - PRONOUN_REACH)
            if any(e.kind == "person" and e.gender == g and e is not ent for e in tl_ent[k:i]):
                continue
            ent.gender, ent.gender_guessed = g, False

    def _someone_else_to_be(self, at: int, pos: int, g: str) -> bool:
        """Could the he or she at ``pos`` be someone unnamed, or does the text keep the named person's guessed sex?

        "the announcer shouted her age. '...!' he yelled" (the announcer, whom no name list sexes); "A lorry
        driver stopped. / Inside was X, trapped by her legs. '...,' he said" (a noun for a person, in this
        paragraph or the one before, outside quotes); "X, trapped by her legs": a his or her after the person's
        name (``at``), in quotes or not, that fits the sex the name suggests.
        """
        text = self.text
        lo = start_of_paragraph_before(text, pos)
        # ("The hospital's director, X,", "X, the ferry's engineer,": a noun set beside the name is the one named)
        run = self.runs_by_start.get(at)
        appos = (
            (run.end, text.find(",", run.end + 1, pos)) if run is not None and text.startswith(",", run.end) else (0, 0)
        )

        def beside(s: int, e: int) -> bool:
            return 0 <= at - e <= 2 or appos[0] < s < appos[1]

        for u in _UNNAMED_SOMEONE_RE.finditer(text, lo, pos):
            if (
                any(map(person_noun, u.group(1).split()))
                and not self.in_quote(u.start())
                and not beside(u.start(), u.end())
            ):
                return True
        for w in _LOWER_WORD_RE.finditer(text, lo, pos):
            word = w.group().rstrip("s") if w.group() not in _PERSON_WORDS else w.group()
            if word in _PERSON_WORDS and not self.in_quote(w.start()) and not beside(w.start(), w.end()):
                return True
        # (in quotes too: "X had stopped breathing. 'We got her back,' he said": the speaker's "her" is X)
        return (_HER_RE if g == "m" else _HIS_RE).search(text, at, pos) is not None

    def _bind_role_mentions(self) -> None:
        """Bind 'the prime minister' to a person the first time it is used."""
        story = Story(self)
        for m in ROLE_MENTION_RE.finditer(self.text):
            if self.in_quote(m.start()):
                continue
            ws = [w.lower() for w in m.group(1).split()]
            if ws[-1] not in lx.ROLE_HEADS and ws[-1] not in lx.ORG_HEADS:
                continue
            if ws[-1] in KIN and _OF_SOMEONE_RE.match(self.text, m.end()):
                # "Raised on a farm, the daughter of a docker, she ...": where she came from, told of the "she"; no
                # mention of anyone (a guess went to whoever held no role, often a relative named later)
                continue
            # "her grandmother", "his lawyer": never a guess at someone the
            # article has not introduced yet.
            guess = self.text[m.start()] in "Tt"
            if guess and (
                introduced_unnamed(story, ws[-1], m.start()) or introduced_anonymous(story, ws[-1], m.start())
            ):
                continue  # "A senior source said ... the source added", "the doctor" after one unnamed: nobody named
            det = "the" if guess else self.text[m.start() : m.start() + 3].lower().strip()
            # (quoted=False: a mention in a quote was skipped above)
            ent, binding = resolve_role(story, ws[-1], frozenset(ws[:-1]), det, m.start(), guess=guess, quoted=False)
            if ent is None:
                continue
            if binding is not None:
                self._add_role_binding(ent, *binding)
            self._mention(ent, m.start(), m.end())
        self._bind_kin_calls(story)

    def _in_byline(self, start: int) -> bool:
        """Does the run at ``start`` open a byline over the story ("By Ezio Quill", "By Ezio Quill, Arts Editor")?"""
        if start > _BYLINE_REACH:
            return False
        line = self.text.rfind("\n", 0, start) + 1
        return start == line + 3 and BYLINE_RE.match(self.text, line) is not None

    def _one_of(self, cands: list[Entity], pos: int, end: int) -> Entity:
        """Which of the people a one-word name at ``text[pos:end]`` may be is the one it names.

        The one the sentence opened on, the one just said to speak, else the first named -- never the byline's
        writer while another has the name ("By Aurek Quill" over the story, then "Aurek Vexley" in it: "Aurek
        said" is the player).
        """
        if len(cands) > 1:
            cands = [e for e in cands if not self._wrote_it(e)] or cands
        return self._opened_on(cands, pos) or self._just_said(cands, pos, end) or min(cands, key=_first_named)

    def _wrote_it(self, ent: Entity) -> bool:
        """Is ``ent`` the one the byline over the story names (its writer)?"""
        if self._byline_starts is None:
            # (where :meth:`_in_byline` holds: the text alone says, so it is found once, not by reading every run)
            text = self.text
            lines = [0, *(i + 1 for i, c in enumerate(text[:_BYLINE_REACH]) if c == "\n")]
            self._byline_starts = [k + 3 for k in lines if k + 3 <= _BYLINE_REACH and BYLINE_RE.match(text, k)]
        return any(
            (run := self.runs_by_start.get(start)) is not None and run.entity is ent for start in self._byline_starts
        )

    def _mention(self, ent: Entity, start: int, end: int) -> None:
        """Put a mention of ``ent`` (by a role, not by name) at ``start`` in the timeline, and as a speaker."""
        i = bisect.bisect_right(self.timeline_pos, start)
        self.timeline_pos.insert(i, start)
        self.timeline_ent.insert(i, ent)
        if ent.kind == "person" and self.speech_follows(end):
            # "The harbourmaster said he would...": the role is the topic
            # a following he/she continues, like a name would be.
            i = bisect.bisect_right(self.speaker_pos, start)
            self.speaker_pos.insert(i, start)
            self.speaker_ent.insert(i, ent)

    def _bind_kin_calls(self, story: Story) -> None:
        """Mentions of relatives called by a family word as by a name, in the writer's sentences.

        "Gran is ninety now. ... she told me": a mention of the one person the article gave that role ("My
        grandmother, Y"), whom the she then means.
        """
        for m in _KIN_CALL_RE.finditer(self.text):
            if self.in_quote(m.start()) or not _KIN_CALL_SUBJECT_RE.search(self.text, max(0, m.start() - 8), m.start()):
                continue  # (only as a sentence's subject: "drives Nonna to the market" names her as no one speaking)
            word = m.group(1).lower()
            ent, _binding = resolve_role(story, word, frozenset(), "my", m.start(), guess=False)
            if ent is not None and ent.kind == "person":
                self._mention(ent, m.start(), m.end())


#: A list of places opened by a preposition of place, up to a comma: "at Osbury, ", "in Marten, Brisa Vale, ".
_PLACES_LISTED_RE = re.compile(r"\b(?:at|in|near|across|around|from) [A-Z][\w'\u2019\-]*(?: [A-Z][\w'\u2019\-]*)*, $")
#: A number in words, hyphenated as a sentence opens on it: "Forty-one", "Twenty-three".
_NUMBER_WORDS_RE = re.compile(
    r"(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)-(?i:one|two|three|four|five|six|seven|eight|nine)"
)
#: A sentence opening on a phrase of its own before its subject: "Asked about ", "Following the retirement of ",
#: "After the death of ", "Like ", "Having played alongside ".
_OPENING_PHRASE_RE = re.compile(
    r"(?:Asked|Following|After|Before|Like|Unlike|Since|Despite|With|Without|Having|Alongside|Besides|As|On|In|At"
    r"|For|Of|Speaking|Talking|Writing|Along|Beside)\b[^,.;:]*$"
)
#: A title in lower case between an apposition's comma and the name: ", director of rugby ", ", head coach ".
_TITLE_AFTER_COMMA_RE = re.compile(r", ((?!(?:the|a|an|his|her|their|its|our|my) )(?:[a-z\-]+ ){1,4})$")
#: A possessive right before a name: "his ", "Her ", "their ", "Maud's " (someone's relative, "his Grandma X").
_SOMEONES_BEFORE_RE = re.compile(
    r"(?:\b(?:[Hh]is|(?<!call )(?<!calls )(?<!called )[Hh]er|[Mm]y|[Oo]ur|[Tt]heir|[Yy]our)|['\u2019]s) $"
)
#: A short subject opening a sentence and set off by a comma before a name in apposition: "Her neighbour, ",
#: "A second witness, " (a determiner first: not "Flanked by his lawyer, X,", whose sentence has a subject after).
_SUBJECT_BEFORE_APPOSED_RE = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)(?: [a-z\-]+){1,3}, "
)


def _apposed_subject(text: str, lo: int, run: Run) -> bool:
    """Does a sentence open on a short description of someone set off by a comma, then ``run`` ("Her neighbour, X,")?

    (Not a relative: "His son, X," may be the one of the surname who speaks next or his father.)
    """
    if _SUBJECT_BEFORE_APPOSED_RE.fullmatch(text, lo, run.start) is None or not text.startswith(",", run.end):
        return False
    return lx.FAMILY_ROLES.isdisjoint(re.findall(r"[a-z]+", text[lo : run.start].lower()))


#: "His father, ", "his son ": a man's relative named next (of the last man of that surname named).
_HIS_KIN_RE = re.compile(r"\b[Hh]is (father|dad|son),? $")
#: "his mother", "her son", "their late father": someone's kin, named in a sentence.
_THEIR_KIN_RE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir) (?:[a-z\-]+ )?(?:" + "|".join(sorted(lx.FAMILY_ROLES)) + r")s?\b"
)
#: A sentence that answers: "Asked why, ", "Responding to the claims, ", "Pressed on the figures, ".
_A_REPLY_RE = re.compile(r"\s*(?:Asked|Responding|Pressed|Questioned|Challenged|Replying|In reply|In response)\b")


def _at_a_boundary(text: str, i: int) -> bool:
    """Is ``i`` a word's boundary in ``text`` (what ``\\b`` matches there)?"""
    before = i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")
    return before != (i < len(text) and (text[i].isalnum() or text[i] == "_"))


def _with_another_surname(text: str, word: str, surname: str) -> bool:
    """Is ``word`` anywhere before a capitalised word other than ``surname`` ("Tom Vexley")?

    What a pattern of ``word``, a space, not ``surname`` as a word, then a capital and a small letter finds,
    read with ``find`` (no pattern compiled for every name).
    """
    at = text.find(word + " ")
    while at >= 0:
        k = at + len(word) + 1
        if (
            _at_a_boundary(text, at)
            and not (text.startswith(surname, k) and _at_a_boundary(text, k + len(surname)))
            and "A" <= text[k : k + 1] <= "Z"
            and "a" <= text[k + 1 : k + 2] <= "z"
        ):
            return True
        at = text.find(word + " ", at + 1)
    return False


def _named_again(text: str, word: str, surname: str, pos: int) -> bool:
    """Is ``word``, or "Mr", "Mrs", "Ms" or "Miss" (with a full stop or not) and ``surname``, a word from ``pos``?"""
    forms = (word, *(f"{h}{dot} {surname}" for h in ("Mr", "Mrs", "Ms", "Miss") for dot in ("", ".")))
    for form in forms:
        at = text.find(form, pos)
        while at >= 0:
            if _at_a_boundary(text, at) and _at_a_boundary(text, at + len(form)):
                return True
            at = text.find(form, at + 1)
    return False


def _another_generation(ent: Entity, gen: str | None, kin: str) -> bool:
    """Is ``ent`` another generation of the name a run gives (its suffix ``gen``, the word ``kin`` before it)?

    Another suffix ("Aurek Quill Sr." for "Aurek Quill Jr."), or a junior's father ("His father, Aurek
    Quill," after "Aurek Quill Jr.") or a senior's son.
    """
    m = GENERATION_RE.search(ent.name)
    if m is None:
        return False
    theirs = m.group(1).rstrip(".")
    if gen is None:
        return (kin in ("father", "dad") and theirs in ("Jr", "Jnr")) or (kin == "son" and theirs in ("Sr", "Snr"))
    return theirs != gen.rstrip(".")


def _by_first_letter(alternatives: str) -> str:
    r"""``\b(?:<alternatives>)``, for words separated by "|", written to start with a letter.

    Each word is its first letter, ``(?<!\w.)`` (the ``\b`` before that letter), then the rest, so that the
    engine skips to candidate letters; the words of one first letter keep their order, so the same alternative
    matches first.
    """
    rests: dict[str, list[str]] = {}
    for w in alternatives.split("|"):
        rests.setdefault(w[0], []).append(w[1:])
    return "|".join(rf"{re.escape(c)}(?<!\w.)(?:{'|'.join(map(re.escape, rest))})" for c, rest in rests.items())


#: Family words a relative is called by as by a name, capitalised (both regexes below).
_FAMILY_CALLS = (
    "Gran|Granny|Grandma|Grandpa|Grandad|Nan|Nanna|Nonna|Nonno|Koro|Kuia|Abuela|Abuelo|Oma|Opa|Bubbe|Zaide|Babcia"
    "|Dziadek|Yiayia|Papou|Mam|Mum|Mom|Dad"
)
#: A relative called by a family word as by a name ("Gran is ninety", "asked Nonna whether"), never before a
#: capital ("Gran Canaria"); after a determiner it is a role mention, read elsewhere.
_KIN_CALL_RE = re.compile(rf"({_by_first_letter(_FAMILY_CALLS)})\b(?! [A-Z])")
#: What comes before a family word that is a sentence's or a clause's subject: a sentence's end, "and", "but".
_KIN_CALL_SUBJECT_RE = re.compile(r"(?:^|[.!?]\s+|\n|\b(?:and|but|when|while|because|so) )$")
#: A relative called by a capitalised family word, as a name is ("drives Nonna", "coached Opa"): no role of anyone's.
_CALLED_BY_NAME_RE = re.compile(rf"\b(?:{_FAMILY_CALLS})\b")
#: A family named by its surname: "the Vexwick family", "the Quill household".
_FAMILY_AFTER_RE = re.compile(r" (?:family|families|household|clan|family's|family\u2019s)\b")

#: An age after a name: "Otso Quill, 71,".
_AGE_AFTER_RE = re.compile(r", (\d{1,3})\b(?!,\d)")

#: Roles of a woman a "Mrs" names rather than a "Miss": a mother, a wife, a widow.
_MARRIED_ROLES = frozenset({"mother", "wife", "widow", "grandmother", "grandma", "gran", "nan", "mum", "mom"})

#: Titles put before a given name as often as a surname ("Coach Ysa", "Captain Ossie").
_FIRST_NAME_TITLES = frozenset({"coach", "captain", "capt", "chef", "pastor", "father", "sister", "brother"})

#: Prepositions before a place one works at or is taken to.
_AT_WORDS = frozenset(("at", "to", "from", "in", "into"))
#: Roles a side, a firm or a body has, never a person: "Vexwick boss", "Quarnby captain".
_SIDE_ROLES = frozenset(
    "boss manager coach captain skipper chairman chairwoman chair owner chief director president gaffer "
    "striker defender goalkeeper keeper midfielder forward winger player".split()
)
#: A comma and a capital: the holder's name after a role ("the ... Director, Dr X").
_HOLDER_AFTER_RE = re.compile(r", ([A-Z][\w\-]*\.?)")
#: What follows a name that stands alone as a noun phrase: a stop, or a word that opens the rest of the clause.
_A_THING_RE = re.compile(r"(?:[,.;:)!?]|\s*$| (?:in|on|at|with|for|from|to|and|or|that|which|was|is|had|has|of)\b)")
#: A preposition of place right before a name in 's: "at", "outside", "behind".
_PREMISES_BEFORE_RE = re.compile(r"\b(?:at|outside|inside|behind|opposite|into|from)\s+$")
#: What follows such a name when it is a place, not an owner: punctuation, or a word that no noun is.
_PREMISES_AFTER_RE = re.compile(r"(?:[,.;:!?)]|\s+(?:for|since|and|or|on|in|where|until|when|before|after|every)\b)")
#: " of a miner", " of two teachers": kin described by whom they were born to, no one named.
_OF_SOMEONE_RE = re.compile(r" of (?:a|an|two|three|four|five|six|seven|eight|nine|ten) ")
#: " manager Brisa": a lower-case word, then a capital.
_ROLE_THEN_CAPITAL_RE = re.compile(r" ([a-z\-]+) (?=[A-Z])")
#: An opening mark (and perhaps "The ", "A ") right before a run; a closing mark (perhaps after , . ! ?) right after.
_TITLE_OPEN_RE = re.compile(r"[\u201c\u2018\"'](?:The |A |An )?$")
_TITLE_CLOSE_RE = re.compile(
    # ('"The Long Summer,"', or the rest of a longer title in capitals: '"Grey Morning, Low Water"')
    r"(?:,?(?: (?:[A-Z][\w'\u2019-]*|of|the|a|an|and|in|on|to|at|for))+)?[,.!?]?[\u201d\u2019\"']"
)
#: Offices whose name says "man" but which women hold as often, under that name: what a given name says wins.
#: Offices whose word says a man's but that a woman may hold, as a role set beside her name ("the club's chairman,
#: Althea Quessa", "headmaster, Brisa Quill").
_OFFICES_OF_EITHER_SEX = lx.OFFICES_OF_EITHER_SEX | {"headmaster"}


#: A verb of telling after a one-word name: " used to say", " said", " rang me".
_TELLING_AFTER_RE = re.compile(
    r" (?:used to|would|always|never|kept|keeps|once|had|was|said|says|told|tells|asked|rang|called|wrote"
    r"|shouted|texted|(?:is|has) (?:been |always |forever )?(?:saying|telling|asking|on about|going on))\b"
)
#: "my late husband ", "our neighbour " right before a given or pet name: someone of the speaker's, whom the
#: article need not name ("my friend Quessa").
MY_SOMEONE_BEFORE_RE = re.compile(r"\b(?:[Mm]y|[Oo]ur) (?:(?:late|old|best|dear|little|big|younger|older) )?[a-z\-]+ $")
#: ", our old manager", ", my neighbour" right after a pet name: the same, after it.
_SOMEONE_OF_OURS_AFTER_RE = re.compile(r", (?:my|our) ")
#: Words that call someone without naming them, standing alone: "Ma'am", "Sir".
_CALLS = frozenset({"ma'am", "maam", "madam", "sir", "sirs"})
#: ", the pastor of", ", a retired duke,": a noun set beside a name, after up to two words (group 1; lower-case, not
#: "a Duke of Edinburgh award leader").
_APPOSED_TITLE_RE = re.compile(r", (?:the|a|an|its|their|our) (?:[\w'\u2019-]+ ){0,2}?([a-z]+)\b(?= of\b|,|\.)")


def _of_the_other_sex(ent: Entity, first: str) -> bool:
    """Is ``ent``'s sex, known (not guessed from a given name), the other of the one given name ``first`` hints at?"""
    if ent.gender is None or ent.gender_guessed:
        return False
    sex = given_gender(first)
    return sex is not None and sex != ent.gender


def _a_person_after_all(text: str, end: int, normed: list[str], cut: int, heads: list[str], name: list[str]) -> bool:
    """Is a run taken for a body (ending at ``end``; ``normed`` its words, the first ``cut`` a prefix) a person?

    "Council Member Aurek Quill": a seat on the body, then the one who holds it; "Brisa-Maud Fields, 71,": an age
    after a name that opens on a given name (or two joined by a hyphen), with no prefix and no noun for a body (a
    surname like a plural word; but "Quill Wanderers, 12,": a club and its points).
    """
    if _a_seat_before(normed, cut):
        return True
    return not heads and cut == 0 and (given(name[0]) or compound_given(name[0])) and _aged(text, end, name)


def _aged(text: str, end: int, name_norm: list[str]) -> bool:
    """Does an age follow the name of two or three words ending at ``end`` (", 71,"), none of them a place's word?"""
    m = AGE_APPOS_RE.match(text, end)
    return (
        m is not None
        and m.group(1) is not None
        and 2 <= len(name_norm) <= 3
        and PLACE_OR_ORG.isdisjoint(name_norm)
        and name_norm[-1] not in NOT_A_NAME
    )


def _owned_by_a_body(text: str, start: int) -> bool:
    """Is the run at ``start`` owned by a common noun ("the university's X")?"""
    wb = word_before(text, start)
    return wb is not None and wb[:1].islower() and wb.endswith(("'s", "\u2019s"))


def _paternal_surname(ent: Entity) -> str | None:
    """The next-to-last word of a person's name of three words or more that is no given name ("quarnby"), or None."""
    if ent.name_len < 3:
        return None
    full = [n for n in (norm(w) for w in ent.name.split()) if n not in PARTICLE_SET]
    return full[-2] if len(full) >= 3 and not given(full[-2]) else None


def _only_a_given_name(n: str) -> bool:
    """Is the normalised word ``n`` a known given name and no place, people or organisation word?"""
    return given(n) and n not in lx.PLACE_WORDS and n not in lx.DEMONYMS and n not in lx.ORG_WORDS


#: Words that say a place is near, before its name: "from nearby Quarn Mill", "in neighbouring Vexholm".
_NEARBY = frozenset({"nearby", "neighbouring", "neighboring", "adjacent", "adjoining"})


def _opens_on_someone_unnamed(text: str, lo: int, hi: int) -> bool:
    """Does a sentence between ``lo`` and ``hi`` open on somebody unnamed ("A retired bus driver from X told")?"""
    return any(any(person_noun(w) for w in m.group(1).split()) for m in _OPENS_ON_SOMEONE_RE.finditer(text, lo, hi))


#: A sentence opening on an indefinite noun phrase: "A retired bus driver", "One parent", "Another speaker".
_OPENS_ON_SOMEONE_RE = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))(?:An?|One|Another) ((?:[a-z0-9\-]+ ){0,3}[a-z]+)\b", re.MULTILINE
)


def _after_the(text: str, start: int) -> bool:
    """Does "the" or "The" stand just before ``text[start]``?"""
    return text.endswith(("the ", "The "), max(0, start - 4), start) and not text[start - 5 : start - 4].isalpha()


def _owners_place(seg_words: list[str], normed: list[str]) -> bool:
    """'Quill's Rest', "Quill's Yard": a name in "'s", then an everyday word that is no given name."""
    return (
        len(seg_words) == 2
        and len(normed) == 2
        and seg_words[0].endswith(("'s", "\u2019s"))
        and _an_everyday_word(normed[1])
        and not given(normed[1])
        and normed[1] not in KIN
        and normed[1] not in lx.ROLE_HEADS
        and normed[1] not in lx.ROLE_GENDER  # (not "Quill's Mum", "Vexwick's Mayor": a person, by a role)
        and normed[1] not in lx.LANDFORMS  # ("a campground on Quill's Ridge": the land, named for an owner long gone)
    )


def _an_everyday_word(word: str) -> bool:
    """Is ``word`` (lower case) an everyday English word, in British spelling too ("harbour", "centre")?"""
    words_ = lx.common_words()
    return (
        word in words_
        or (word.endswith("our") and word[:-3] + "or" in words_)
        or (word.endswith("re") and word[:-2] + "er" in words_)
    )


def _a_place_before(words_: list[str]) -> bool:
    """Can ``words_``, before a body's name, be a place's name ("Quarnby State"; not "North", "Friends of")?"""
    return bool(words_) and all(
        w[:1].isupper()
        and norm(w) not in _NOT_PLACE_WORDS
        and norm(w) not in lx.DEMONYMS
        and not norm(w).endswith(_PEOPLES_ENDINGS)
        for w in words_
    )


#: Capitalised words that, before a body's name, make another body or a role ("Friends of", "CFO of"), or set
#: one body apart from another ("North", "Quarnbian").
_NOT_PLACE_WORDS = frozenset({"friends", "of", "for", "the", "and", "north", "south", "east", "west", "central"})
#: Endings of a people's adjective ("Quarnbian", "Vexlandish", "Quillese"): one body set apart from another.
_PEOPLES_ENDINGS = ("ean", "ian", "ish", "ese")


#: Last words of a place's or a club's name that no list of places holds ("Campaigners for Vexley Woods").
_LANDSCAPE_PLURALS = frozenset("woods meadows fields moors downs marshes rovers wanderers".split())


def _people_for_a_person(ws: list[str], normed: list[str]) -> bool:
    """Is a body's run "Lawyers for Ezio Quill": people of a role, then "for"/"of" and a person's name?"""
    if len(ws) < 3 or ws[1] not in ("for", "of") or not _people_by_role(normed[0]) or not name_like(normed[2:]):
        return False
    last = normed[-1]
    return last not in lx.PLACE_WORDS and last[:-1] not in lx.PLACE_WORDS and last not in _LANDSCAPE_PLURALS


def _past_its_trade(
    text: str, run: Run, ws: list[str], normed: list[str], starts: list[int]
) -> tuple[list[str], list[str]]:
    """A body's run past the word for what it does that opens the sentence; sets the run's name and start.

    "Operator Quarnby Rail said": what the firm does, capitalised to open the sentence, then its name
    ("Organisers Quarnby Green Fairs said": who they are; "Campaigners for Quarnby Library" keeps its "for").
    """
    trade = len(ws) >= 2 and (trade_noun(normed[0]) or (len(ws) >= 3 and _people_by_role(normed[0])))
    if trade and not ws[1].islower() and _opens_a_sentence(text, run.start):
        ws, normed = ws[1:], normed[1:]
        run.start = starts[1]
    run.name_words = ws
    run.name_start = run.start
    return ws, normed


def _people_by_role(n: str) -> bool:
    """Is ``n`` (normalised) the plural of a doer's role, "organisers", "campaigners": people, no firm's first word?

    (Not "Kings River District", "Parents Against X": a role's plural that names a place or a group.)
    """
    return n.endswith(("ers", "ors", "ists")) and n[:-1] in lx.ROLE_HEADS and not given(n)


def _first_named(ent: Entity) -> int:
    return ent.index


def _role_word(w: str, n: str) -> bool:
    """Can the word ``w`` (normalised ``n``) be part of a role before a name?"""
    return (
        n in lx.ROLE_HEADS
        or n in lx.ROLE_MODIFIERS
        or (w[:1].isupper() and n not in lx.STOP_CAPS and n not in lx.DETERMINERS)
    )


def _role_before_comma(text: str, comma: int) -> list[str]:
    """'the ferry line's chief executive, X,': the role words before the comma at ``comma``.

    Of two joined by "and" where the lexicon knows only the first ("his father and trainer, X"), the first.
    """
    ws = _role_words_before(text, comma)
    if not ws:
        m = _AND_A_SECOND_ROLE_RE.search(text, max(0, comma - 48), comma)
        if m is not None and norm(m.group(1)) in lx.ROLE_HEADS:
            ws = _role_words_before(text, m.end(1))
    return ws


def _role_words_before(text: str, comma: int) -> list[str]:
    of_the = _OF_THE_NOUN_BEFORE_RE.search(text, max(0, comma - 40), comma)
    if of_the is not None and norm(word_before(text, of_the.start() + 1)) in lx.ROLE_HEADS:
        comma = of_the.start()  # "The senior coroner for the district, X,": the role before what it is of
    ws: list[str] = []
    pp = False
    for _s, _e, w in rwords(text, max(0, comma - 68), comma):
        n = norm(w)
        if n in lx.DETERMINERS or w.endswith(("\u2019s", "'s")):
            break
        if n in lx.ROLE_HEADS or n in lx.ROLE_MODIFIERS or w[:1].isupper():
            ws.insert(0, n)
            continue
        if ws and ws[-1] in KIN and (n in lx.ELDER_WORDS or n in lx.YOUNGER_WORDS):
            ws.insert(0, n)  # "his younger brother, X": which of two brothers X is
            continue
        if n in ("for", "of", "at") and ws and not pp and all(x not in lx.ROLE_HEADS for x in ws):
            # "The senior coroner for Vexmoor, Aurek Cade,"
            pp = True
            ws = []
            continue
        if not any(x in lx.ROLE_HEADS for x in ws):
            ws = []  # "the area coroner, X": a role all the same
        break
    return ws


def _role_before_its_holder(text: str, start: int, end: int, normed: list[str]) -> bool:
    """'The Municipal Roads Director, Dr X,': everyday words and a role, after "the", then its holder's name."""
    if len(normed) < 2 or normed[-1] not in lx.ROLE_HEADS or word_before(text, start) not in ("the", "The"):
        return False
    holder = _HOLDER_AFTER_RE.match(text, end)
    if holder is None or not all(everyday_word(n) and not given(n) for n in normed):
        return False
    first = holder.group(1).lower().rstrip(".")
    return given(first) or first in lx.HONORIFICS  # (not "The Morning Star, Brisley's oldest paper,": no holder)


def _role_in_capitals(normed: list[str]) -> bool:
    """A title, everyday words and a role, none a given name: "Chief Medical Director", "Deputy Finance Officer".

    (Not without the title: "Coastal Safety Executive" is a body.)
    """
    if len(normed) < 3 or normed[-1] not in lx.ROLE_HEADS or normed[0] not in ROLE_OR_HONORIFIC:
        return False
    common = lx.common_words()
    return all(n in common and not given(n) for n in normed)


def _diminutive_stem(t: str) -> str | None:
    """The first letters of a given name that a pet form in -ie or -y keeps ("maudie" -> "maud", "ossie" -> "os")."""
    if not 4 <= len(t) <= 7 or not t.endswith(("ie", "y")):
        return None
    stem = t[:-2] if t.endswith("ie") else t[:-1]
    if len(stem) >= 3 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # ("Ossie": the doubled letter is the pet form's)
    return stem if len(stem) >= 2 else None
