"""What a run of capitals names: a person, an organisation, or neither; and a person's gender.

The words around a name say what it is: a title or honorific makes a
person ("Housing Minister X", "Ms X"), organisation words or an
organisation noun before or after make an organisation ("Software maker
X", "X, the kitchenware retailer,"), a preposition or "the" before it
makes a place or a thing.  Given names (from the published data in
:mod:`.lexicon`) say a two-word run is a person and hint at a gender.

Public names:

* :func:`given`, :func:`given_gender`, :func:`gender_said_after`: given
  names and genders;
* :func:`kind_of_run`: the decision person / org / unknown for a parsed run;
* :func:`appos_org_head`, :func:`org_head_before`, :func:`is_descriptor_det`:
  clues next to a run; :func:`trade_noun` ("insurer", "operator");
  :func:`everyday_word`, :func:`plural_of_a_word`: the dictionary's words;
* word classes built from the lexicon, so one lookup answers "is it any of
  these?": :data:`ROLE_OR_HONORIFIC`, :data:`NOT_A_NAME`,
  :data:`PLACE_OR_ORG`, :data:`PLACE_PREPOSITIONS`, :data:`ORG_HEAD_WORDS`;
* patterns for descriptions of people: :data:`YEAR_OLD_RE`,
  :data:`NATIONALITY_RE`, :data:`AGE_APPOS_RE`, :data:`DESCRIPTOR_RE`,
  :data:`ROLE_SUFFIX_RE`, :data:`CAMEL_RE`.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata

from . import lexicon as lx
from .tokens import norm, rstrip_index, word_before

log = logging.getLogger(__name__)

__all__ = [
    "ANONYMOUS_RE",
    "anonymity_words_in",
    "at_a_firm",
    "anonymous_search",
    "trade_noun",
    "unnamed_of_sex",
    "AGE_APPOS_RE",
    "FIRM_KINDS",
    "CAMEL_RE",
    "CLUB_PLACE_WORDS",
    "DESCRIPTOR_RE",
    "GAVE_NAME",
    "NATIONALITY_RE",
    "NOT_A_NAME",
    "ORG_HEAD_WORDS",
    "ORG_KIND_HEADS",
    "PLACE_OR_ORG",
    "PLACE_PREPOSITIONS",
    "ROLE_OR_HONORIFIC",
    "ROLE_SUFFIX_RE",
    "YEAR_OLD_RE",
    "appos_org_head",
    "everyday_word",
    "gender_said_after",
    "compound_given",
    "given",
    "given_gender",
    "word_name_at",
    "is_demonym",
    "is_descriptor_det",
    "kind_of_run",
    "org_head_before",
    "plural_of_a_word",
]

# Unions of the word lists, so one lookup answers "is it any of these?".
ROLE_OR_HONORIFIC = frozenset(lx.HONORIFICS) | lx.ROLE_HEADS | lx.ROLE_MODIFIERS
NOT_A_NAME = ROLE_OR_HONORIFIC | lx.STOP_CAPS
PLACE_OR_ORG = frozenset(lx.PLACE_WORDS | lx.ORG_WORDS | lx.STREET_WORDS)
_ORG_NOT_MODIFIER = frozenset(lx.ORG_WORDS - lx.ROLE_MODIFIERS)
_PLACE_OR_STOP = frozenset(lx.PLACE_WORDS | lx.STOP_CAPS)
_ORG_PARTICLES = frozenset(("of", "for", "and", "on", "&"))
#: Words after which a capitalised word is a place: "from Leeds".
PLACE_PREPOSITIONS = {
    "in", "from", "to", "at", "near", "across", "outside", "inside", "into", "of", "around", "towards", "via",
    "through",
}  # fmt: skip
_MOTOR_WORDS = frozenset({"motors", "motor", "cars", "automotive"})
_RAIL_WORDS = frozenset({"railroad", "railroads", "railway", "railways", "rail"})
#: Groups of people in the possessive inside a name, which only a body's name holds: "Women's", "Children's".
_GROUPS_OWNING = frozenset(
    {"women's", "men's", "children's", "people's", "girls'", "boys'", "workers'", "veterans'", "parents'", "patients'"}
)
#: Name words that an organisation noun may stand for: "the airline" is the
#: last organisation with Air or Airlines in its name.
ORG_HEAD_WORDS = {
    "airline": {"air", "airlines", "airline"},
    "carmaker": _MOTOR_WORDS,
    "automaker": _MOTOR_WORDS,
    "railroad": _RAIL_WORDS,
    "railway": _RAIL_WORDS,
    "utility": {"power", "energy", "electric", "gas", "water", "utilities", "utility"},
    "insurer": {"insurance", "assurance", "insurer", "insurers"},
    "bank": {"bank", "banking"},
    "police": {"police", "constabulary", "garda", "síochána"},
    "government": {"government", "office", "department", "ministry"},
    "department": {"department", "office", "ministry"},
    "force": {"police", "constabulary", "force", "garda", "síochána"},
    "union": {"union", "association", "federation", "local", "guild", "brotherhood", "workers", "syndicate"},
    "party": {"party", "alliance", "movement", "front", "democrats", "greens", "conservatives", "labour"},
    "regulator": {"regulator", "authority", "commission", "inspectorate", "office", "agency", "board", "ombudsman"},
    "watchdog": {"watchdog", "regulator", "authority", "commission", "inspectorate", "office", "ombudsman"},
    "charity": {"charity", "trust", "foundation", "fund", "appeal", "society", "network", "bank", "mission"},
    "hospital": {"hospital", "infirmary", "clinic", "medical", "health"},
    "school": {"school", "academy", "college", "primary", "elementary", "high"},
}
#: Organisation nouns that only a body of their kind is called ("the union" is never the company it bargains
#: with): when no organisation named so is in play, the noun means nobody named.
ORG_KIND_HEADS = frozenset(
    {"police", "force", "union", "party", "regulator", "watchdog", "charity", "hospital", "school"}
    | {"railroad", "railway"}
    # bodies of a kind that their names say: "the players' association" is no cricket board named before
    | {"association", "federation", "society", "coalition", "alliance", "foundation", "institute"}
    # public bodies: "the council" is never the news agency in the byline nor the firm named last (not "the
    # authority": a port, a water company or a council may be "the local authority")
    | {"council", "commission"}
)
#: Organisation words that end places' names too: "near Quarnby Cross" is a place, "the Red Cross" a body.
_PLACE_TOO = frozenset({"cross"})
#: Nouns whose plural names a business or a body ("X Coaches", "X Builders").
_TRADE_NOUNS = frozenset(lx.ROLE_HEADS | lx.ORG_HEADS) - {"son", "brother", "sister", "daughter"}
#: Words that make an organisation noun a cause's, not a business's: "campaign group", "residents' association".
_CAUSE_MODIFIERS = frozenset(
    """campaign campaigning pressure lobby lobbying action advocacy community protest residents residents'
    residents’ environmental rights activist civic citizens patients parents support volunteer voluntary research
    conservation heritage tenants neighbourhood neighborhood""".split()
)
_POSSESSIVE_ENDS = ("'", "\u2019", "'s", "\u2019s")
#: Street words that are nobody's surname ("Lane", "Way", "Close", "Court" are).
_STREET_ONLY = frozenset(lx.STREET_WORDS) - {"lane", "way", "close", "court", "row", "place", "bridge", "drive"}

#: Words by which an article says it will not name a speaker ("who asked not
#: to be named", "on condition of anonymity", "not authorized to speak").
ANONYMOUS_RE = re.compile(
    r"\b(?:(?:declined|refused|asked|asking|did not want|didn't want|didn\u2019t want|did not wish|didn't wish"
    r"|didn\u2019t wish|wished|preferred) (?:not )?to "
    r"(?:be (?:named|identified)|give (?:her|his|their) (?:full |last )?names?)"
    r"|on (?:the )?condition (?:of anonymity"
    r"|(?:that )?(?:she|he|they) (?:not be|remain) (?:named|identified|anonymous)"
    # "on condition that her name was not published", "on condition their names be withheld"
    r"|(?:that )?(?:her|his|their) (?:full |last )?names? (?:(?:was|were|would|will|is|are) )?"
    r"(?:not (?:be )?(?:published|used|printed|given|disclosed|revealed)|(?:be )?withheld))"
    r"|ask(?:ed|ing) that (?:her|his|their) (?:full |last )?names? (?:not be|be withheld|was not|were not)"
    r"|ask(?:ed|ing|s)? that (?:he|she|they) not be (?:named|identified)"
    r"|ask(?:ed|s)? (?:me|us|the \w+) not to (?:use|print|publish) (?:her|his|their) (?:full |last )?names?"
    # "who did not want her name used", "does not want to be named", "would rather not give her name"
    r"|(?:did not|didn't|didn\u2019t|does not|doesn't|doesn\u2019t) (?:want|wish) (?:her|his|their) (?:full |last )?"
    r"names? (?:used|published|printed|given|in the (?:paper|newspaper))"
    r"|(?:does not|doesn't|doesn\u2019t|do not|don't|don\u2019t) (?:want|wish) to be (?:named|identified)"
    r"|(?:prefers?|preferred|would rather) not (?:to )?"
    r"(?:be (?:named|identified)|give (?:her|his|their) (?:full )?names?)"
    r"|not authori[sz]ed to (?:speak|comment|discuss|talk)"
    r"|(?:cannot|can not|can't|can\u2019t|could not|couldn't|couldn\u2019t|may not) be (?:named|identified)"
    r"|(?:did not|didn't|didn\u2019t|would not|wouldn't|wouldn\u2019t) give (?:her|his|their) (?:full |last )?names?"
    r"|speaking anonymously|spoke anonymously)\b"
)
#: Words one of which every match of ANONYMOUS_RE holds ("named", "names", "identified", "condition",
#: "authorised", "anonymity", "anonymously"): where none is, the pattern need not be tried.
_ANONYMITY_WORDS = ("name", "identified", "condition", "authori", "anonym")


def anonymity_words_in(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` (bounded as a pattern's search bounds it) hold a word every match of ANONYMOUS_RE holds?"""
    lo, hi = max(lo, 0), min(max(hi, 0), len(text))
    return any(text.find(w, lo, hi) >= 0 for w in _ANONYMITY_WORDS)


def anonymous_search(text: str, lo: int, hi: int) -> re.Match | None:
    """``ANONYMOUS_RE.search(text, lo, hi)``, tried only where :func:`anonymity_words_in` says it can match."""
    return ANONYMOUS_RE.search(text, lo, hi) if anonymity_words_in(text, lo, hi) else None


#: "gave her name only as ", "gave only his first name, ": the name a person is known by follows (groups 1
#: and 2: the her/his/their that tells their sex).
GAVE_NAME = (
    r"(?:would |has |had )?(?:gave|give|gives|given) (her|his|their) (?:first )?name (?:only )?as "
    r"|(?:would |has |had )?(?:gave|give|gives|given) only (her|his|their) first name, "
)
YEAR_OLD_RE = re.compile(r"^\d+-year-old$")
NATIONALITY_RE = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|man|men|ard|i|ch)$")
#: A noun for what a firm does, by its ending: "operator", "retailer", "insurer", "broadcaster".
_TRADE_NOUN_RE = re.compile(r"[a-z]+(?:er|or)")
#: "X, 52," or "X (52)": an age right after a name.
AGE_APPOS_RE = re.compile(r", (\d{1,3}),| \((\d{1,3})\)")
#: A capitalised common noun for a person ("Franchisee", "Campaigner", "Classmate").
DESCRIPTOR_RE = re.compile(r"[a-z](?:er|or|ist|ant|ent|ee|ian|man|woman|mate)$")
#: Endings of nouns for people ("contractor", "teammate", "campaigner").
ROLE_SUFFIX_RE = re.compile(r"(?:er|or|ist|ant|ent|mate|man|woman|person|ian)$")
#: One word with a capital inside: a company's or a product's name.
CAMEL_RE = re.compile(
    r"^(?!" + "|".join(["Ma?c", *(p.capitalize() for p in ("de", "le", "la", "di", "van", "von"))]) + r")"
    r"[A-Z][a-z]{2,}[A-Z][a-z]+$"
)  # surname prefixes ("McQuill", "DeVexley") are no camel case
#: "The regulator, ", "its insurer, ", "the family's insurer, ": a noun set before a name it is in apposition to.
_APPOS_BEFORE_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w\-]*['\u2019]s) "  # (or a name's: "Quill's team, ")
    r"(?:[\w\-]+(?:['\u2019]s)? ){0,3}?([a-z\-]+), (?:the )?$"
)
#: "Her ...", "the family's ...": a noun that is someone's, set before a name.
_OWNED_BEFORE_RE = re.compile(r"\b(?:[Tt]heir|[Hh]is|[Hh]er) |\S+['\u2019]s ")
#: Nouns for a doer that name a firm, never a person: "the family's insurer, X,".
_FIRM_ONLY_AGENTS = frozenset({"insurer", "carrier", "broadcaster", "retailer", "carmaker"})
_APPOS_ORG_RE = re.compile(
    r", (?:the|a|an) (?:[\w\-\u2019']+ ){0,5}?([a-z\-]+)"
    r"(?=[,.;]| which\b| that\b| whose\b| (?:used|based|owned|run|founded|known|backed) (?:by|in|on|for|as)\b"
    r"| of [^,.;:\n\"\u201c]{1,40}[,.;])"
)  # "X, the parcels app used by two million shops,": the noun before a participle's phrase ("X, an association
# of 40 hotels,": before what it is made of)
_SAID_PRONOUN_RE = re.compile(
    r"(?: \(\d{1,3}\))?(?:, [^,]{1,80},)? (?:has |had |also )?"
    r"(?:said|says|told \w+|added|insisted|admitted|claimed|argued|explained|warned)(?: that)? (he|she)\b"
)


#: Words before a month that make it a date ("in April Quarnby said", "since May").
_DATE_BEFORE = frozenset(
    "in on since until till by from of last next this early late mid through during before after every each for".split()
)
_WORD_AND_NEXT_RE = re.compile(r"([A-Z][a-z]+) ([A-Z][\w\-\u2019']*)")


def word_name_at(text: str, pos: int) -> bool:
    """Is the capitalised word at ``pos`` a month or "Will" that here is a given name?

    Only before a surname that is no everyday word ("April Quarnby", not "May Day"), with no word of time
    before it ("in April Quarnby said" is a date), and "Will" not in a question ("Will Quarnby stay?").
    """
    m = _WORD_AND_NEXT_RE.match(text, pos)
    if m is None or m.group(1).lower() not in lx.WORD_NAMES:
        return False
    after = norm(m.group(2))
    if after in lx.STOP_CAPS or after in lx.common_words():
        return False
    before = text[max(0, pos - 12) : pos].split()
    if before and before[-1].lower() in _DATE_BEFORE:
        return False
    if m.group(1) == "Will":
        stop = min((k for k in (text.find(". ", pos), text.find("\n", pos)) if k >= 0), default=len(text))
        if text.find("?", pos, stop) >= 0:
            return False
    return True


#: A person of one sex introduced without a name: "an elderly man", "a young woman", "one girl".
UNNAMED_PERSON_RE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:[a-z0-9\-]+ ){0,2}?"  # ("a 10-year-old boy")
    r"(man|woman|boy|girl|lady|gentleman|husband|wife|father|mother|son|daughter|brother|sister)\b"
)


def unnamed_of_sex(text: str, lo: int, hi: int, sex: str) -> bool:
    """Does ``text[lo:hi]`` introduce somebody unnamed of ``sex`` ("an elderly man", "a 10-year-old boy")?"""
    return any(lx.ROLE_GENDER.get(u.group(1)) == sex for u in UNNAMED_PERSON_RE.finditer(text, lo, hi))


def given(word: str) -> bool:
    """Is this (lower-case) word a given name?

    An accented one counts as the name data has it without its accent ("élodie" as "elodie").
    """
    return word in lx.FIRST_NAMES or (not word.isascii() and unaccented(word) in lx.FIRST_NAMES)


def _first_given(word: str, wb: str | None) -> bool:
    """Is the first word of a name a given name?

    In the name data, or two of them joined by a hyphen after a role (a winger named so; not "X-Y Provisions", a
    shop named for two people).
    """
    return given(word) or (compound_given(word) and wb in lx.ROLE_HEADS)


def compound_given(word: str) -> bool:
    """Is this (lower-case) word two given names joined by a hyphen ("marc-andré", "eva-lotta")?

    The name data holds no hyphenated names.  Only for a name's first word: a double-barrelled surname may
    join two words that are given names elsewhere.
    """
    head, sep, tail = word.partition("-")
    return bool(sep) and given(head) and given(tail)


@functools.lru_cache(maxsize=4096)
def unaccented(word: str) -> str:
    """``word`` without its accents: "élodie" -> "elodie", "síofra" -> "siofra"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


#: Mary's name, given second to men in French, Spanish and other Catholic namings ("jean-marie", "josé-maría").
_MARIAN_NAMES = frozenset({"marie", "maria", "maría"})


def given_gender(word: str) -> str | None:
    """The gender a (lower-case) given name hints at: "m", "f" or None.

    gender-guesser's dictionary first (a name it gives either sex hints at
    none); a name it lacks, from the larger name data it lacks
    (:func:`.lexicon.more_given_name_genders`).
    """
    if word in lx.FIRST_NAMES_M:
        return "m"
    if word in lx.FIRST_NAMES_F:
        return "f"
    if word in lx.FIRST_NAMES:
        return None
    found = lx.more_given_name_genders().get(word)
    if found is None and not word.isascii() and unaccented(word) != word:
        return given_gender(unaccented(word))  # "élodie" as "elodie"
    if found is None and compound_given(word):
        head, _sep, tail = word.partition("-")
        first, second = given_gender(head), given_gender(tail)
        if tail in _MARIAN_NAMES:
            return first  # "jean-marie", "josé-maría": Mary's name after a man's is his; the first name says
        if first is None or second is None:
            return first or second  # "kerry-ann": one part's sex, where the other gives none
        return first if second == first else None  # "marie-ève", "jean-luc": the names' sex, if they agree
    return found


def gender_said_after(text: str, end: int) -> str | None:
    """'Aurek Vexley, 61, said he had never seen...': the gender of the name ending at ``end``."""
    sp = _SAID_PRONOUN_RE.match(text, end)
    if sp is None:
        return None
    return "m" if sp.group(1) == "he" else "f"


def appos_org_head(text: str, end: int) -> str | None:
    """'Velmore, the FTSE 250 kitchenware retailer,': the organisation noun."""
    if not text.startswith(", ", end):
        return None
    m = _APPOS_ORG_RE.match(text, end, end + 90)
    if m is None:
        return None
    h = m.group(1)
    if h not in lx.ORG_HEADS or h in lx.ROLE_HEADS:
        return None
    ws = m.group().split()
    if any(w in lx.ROLE_HEADS and nxt in _PERSON_OF_A_BODY for w, nxt in zip(ws, ws[1:], strict=False)):
        return None  # "X, an engineer for the highways authority,": a person who works for the body
    return h


#: The prepositions that tie a person's noun to the body they belong to ("an engineer for the authority").
_PERSON_OF_A_BODY = frozenset({"for", "at", "with", "from", "of", "in"})


def _org_head_apposed_before(text: str, start: int) -> str | None:
    """'The regulator, the National Food Office,': the organisation noun the name is in apposition to."""
    # The pattern ends with ", " or ", the " at ``start`` (or, as ``$`` allows,
    # before one final line break): most runs have neither before them.
    end = start - 1 if text[start - 1 : start] == "\n" else start
    if not text.endswith((", ", ", the "), 0, end):
        return None
    m = _APPOS_BEFORE_RE.search(text, max(0, start - 60), start)
    if m is None:
        return None
    h = m.group(1)
    if _OWNED_BEFORE_RE.search(m.group()) and h.endswith(("er", "or")) and h not in _FIRM_ONLY_AGENTS:
        return None  # "Her publisher, X,", "the boat's operator, X,": as often a person as a firm
    return h if h in lx.ORG_HEADS and h not in lx.ROLE_HEADS else None


def _org_heads(text: str, start: int, end: int, head_before: str | None, appos_head: str | None) -> list[str]:
    """The organisation nouns that describe the run [start, end): the one before it, the one set beside it.

    "campaign" joins them when a cause's word qualifies the noun ("the pressure group X", "the volunteer
    group, X,"): a group, but no business.
    """
    heads = ([head_before.lower()] if head_before else []) + ([appos_head] if appos_head is not None else [])
    if head_before and word_before(text, start - len(head_before) - 1) in _CAUSE_MODIFIERS:
        heads.append("campaign")
    elif appos_head is not None and _apposed_to_a_cause(text, start, end):
        heads.append("campaign")
    return heads


def _apposed_to_a_cause(text: str, start: int, end: int) -> bool:
    """Is the organisation noun set beside the run [start, end) a cause's ("the tenants' group, X")?"""
    m = _APPOS_ORG_RE.match(text, end, end + 90) if text.startswith(", ", end) else None
    if m is None:
        m = _APPOS_BEFORE_RE.search(text, max(0, start - 60), start)
    if m is None:
        return False
    ws = m.group(0)[: m.start(1) - m.start()].split()
    return bool(ws) and ws[-1].lower() in _CAUSE_MODIFIERS


def org_head_before(text: str, start: int) -> bool:
    """'Supermarket chain Halloway's': an organisation noun names what follows."""
    return word_before(text, start) in lx.ORG_HEADS


def is_demonym(w: str) -> bool:
    """A people's name ("Vornish", "Italian"): what "a senior Vornish official" is, not whom he works for."""
    return norm(w) in lx.DEMONYMS or NATIONALITY_RE.match(w) is not None


def is_descriptor_det(w: str | None) -> bool:
    """'the' or 'the 23-year-old' before a demonym."""
    return w is not None and (w.lower() == "the" or YEAR_OLD_RE.match(w) is not None)


#: Place words that are nobody's surname ("Park", "Hall", "Field" are): a run ending on one is a place.
_NO_SURNAME_PLACES = frozenset(
    """county valley river island islands sea ocean mountains mountain gulch coast lake forest street road avenue
    creek reservoir canal loch lough estuary peninsula harbour harbor quay airport""".split()
)


def _in_a_place(wb: str | None, norms: list[str]) -> bool:
    """After a place preposition, with no organisation word but one that ends places too: a place.

    "hospitals in X and Y", "near Quarnby Cross" ("at X & Y" is a firm).
    """
    return (
        wb in PLACE_PREPOSITIONS
        and lx.ORG_WORDS.isdisjoint(n for n in norms if n not in _PLACE_TOO)
        and "&" not in norms
    )


def everyday_word(w: str) -> bool:
    """An everyday English word, or the plural of one ("skies", "journeys")."""
    return w in lx.common_words() or plural_of_a_word(w)


#: The word for a saint before a name: "St Quarnby's" is a church or a school, never a person of the story.
_SAINT = frozenset({"St", "St.", "Saint"})  # (not "Ste", a given name as often as a saint)


#: Verbs whose object is a part an actor plays: "played King Lear", "is playing Lady Quill".
_PLAYED = frozenset("played plays playing portrayed portrays portraying".split())


#: What follows a name that something was played to or for, not a part: "played Judge X a recording", "played
#: President X's favourite song", "played Judge X three voicemails" (but "played King X three times" is a part).
_PLAYED_TO_AFTER_RE = re.compile(
    r"(?:['\u2019]s\b| (?:a|an|the|his|her|their|its|some|this|that)\b"
    r"| (?:one|two|three|four|five|six|several|\d+) (?!times\b|seasons?\b|years\b|nights\b))"
)


def _a_part_played(text: str, start: int, end: int, ws: list[str]) -> bool:
    """Is the titled run ``text[start:end]`` (words ``ws``) the part an actor plays ("played King Lear")?

    Not one something was played to or whose something was played: "played Judge Quill a recording", "played
    Mayor Vexley's statement".
    """
    if (word_before(text, start) or "").lower() not in _PLAYED or ws[-1].endswith(_POSSESSIVE_ENDS):
        return False
    return _PLAYED_TO_AFTER_RE.match(text, end) is None


def _no_ones_name(
    text: str, start: int, end: int, ws: list[str], name: list[str], norm: list[str], cut: int, honorific: str | None
) -> bool:
    """Is the run a saint's name, a county after its town, a part in a play, or a job's title alone? No one's.

    "St Quarnby's church", "Saint Vexley": a church, a school or a town; "in Kilcarrig, Co Quarnby": a county; "By
    Dale Quill | Staff Writer", "Arts Correspondent": everyday words ending in a newsroom's job, with no name.
    """
    if cut == 0 and not honorific and len(name) == 2 and name[0] in _SAINT:
        return True
    if (cut > 0 or honorific) and _a_part_played(text, start, end, ws):
        return True  # "has played King Lear four times", "portrayed Lady Quill": a part in a play or a film
    if (
        cut == 0
        and not honorific
        and len(norm) >= 2
        and norm[-1] in lx.PRESS_ROLES
        and not given(norm[0])
        and all(w in lx.common_words() for w in norm)
    ):
        return True
    return len(ws) > 1 and ws[0] in ("Co", "Co.", "County") and start >= 2 and text.startswith(", ", start - 2)


def kind_of_run(
    text: str,
    start: int,
    end: int,
    ws: list[str],
    norms: list[str],
    cut: int,
    name: list[str],
    honorific: str | None,
    nick: bool,
    known_person: bool,
) -> tuple[str, list[str]]:
    """What a parsed run names: ("person" | "org" | "unknown", organisation nouns that describe it).

    ``ws``: the run's words from ``start`` (``norms`` normalised): a prefix of ``cut`` (titles, roles), the words
    of ``name``, perhaps suffixes ("KC"); ``honorific``: the prefix's; ``nick``: a nickname was dropped; the nouns
    ("union" in "the bakers' union X", "retailer" in "X, the retailer,") are kept if it stays an organisation.
    """
    norm = norms[cut : cut + len(name)]
    if _no_ones_name(text, start, end, ws, name, norm, cut, honorific):
        return "unknown", []
    if len(name) >= 3 and any(w.lower().replace("\u2019", "'") in _GROUPS_OWNING for w in name[:-1]):
        return "org", []  # "the National Women's Soccer Circuit", "Quarnby Children's Trust": a body for them
    titled = cut > 0 and (_titled(norms, cut) or _owned(ws, norms, cut, name))  # (both need a prefix)
    wb = word_before(text, start)
    after_org_head = (
        wb is not None
        and wb.lower() in lx.ORG_HEADS
        and not titled
        and not honorific
        # (a given name may open a body's name: "the group Grace Harbour Trust", "the group Fair Fares")
        and (not given(norms[0]) or (len(name) > 1 and everyday_word(norms[-1]) and not given(norms[-1])))
        and not nick  # 'producer Aurek "Os" Vexley': a nickname is a person's
    )
    appos_head = None
    if not titled and not honorific:
        appos_head = appos_org_head(text, end) or _org_head_apposed_before(text, start)
    org_in_prefix = cut > 0 and not _ORG_NOT_MODIFIER.isdisjoint(norms[:cut])
    heads = _org_heads(text, start, end, wb if after_org_head else None, appos_head)
    if known_person and not org_in_prefix:
        return "person", heads
    if _trade_then_name(ws, norms):
        return "org", [*heads, norms[0]]
    if not titled and not honorific and (_team_of_a_town(text, end, name, norm, wb) or _named_as_a_body(ws, norm)):
        return "org", heads
    if wb == "The" and not titled and not honorific and not _opens_sentence(text, start - 4):
        return "org", heads  # "writing in The Quarnby Keyboard": a capital "The" mid-sentence opens a title
    in_a_place, first_given = _in_a_place(wb, norms), _first_given(norm[0], wb)
    if (_names_an_org(ws, norms, name, norm, titled, org_in_prefix) and not in_a_place) or after_org_head:
        return "org", heads
    if not titled and not honorific and (_shares_of(text, start) or _a_body_of_people(name, norm, first_given)):
        return "org", heads  # "Shares of Quorran Semiconductor fell": a listed company; "Friends of the X": a body
    if not titled and not honorific and _org_by_its_place(text, start, end, name):
        return "org", heads
    if appos_head is not None and not given(norm[0]):
        return "org", heads
    if len(ws) == 1 and CAMEL_RE.match(ws[0]) is not None:
        return "org", heads
    if not titled and not honorific and len(name) > 1 and _plural_of_a_noun(norm[-1]):
        return "org", heads  # "Quorran Coaches", "Vexley Builders": a business named for what it does
    if not honorific and not in_a_place and _ends_in_a_body_noun(norm, first_given, titled):
        return "org", heads
    if not titled and not honorific and len(name) > 1 and not first_given and _plural_of_a_body_word(norm[-1]):
        return "org", heads  # "Quorran Provisions", "Vexley Container Terminals": the plural of an everyday word
    if not titled and not honorific and len(name) > 1 and not first_given and _abstract_noun(norm[-1]):
        return "org", heads  # "Quorran Fellowship", "Vexley Endowment": an everyday abstract noun ends it
    if len(name) > 1 and norm[-1] in lx.FIRM_ABBREVIATIONS and text.startswith(".", end):
        return "org", heads  # "Quorran Poultry Co.": a firm (where "Co Kildare" is a county)
    if not titled and not honorific and not first_given and _BODY_ROLE_AFTER_RE.match(text, end):
        # "Quorran Wrenfold coach Althea Vexley", "Vexley chief executive X": the body she works for
        return "org", heads
    # ("in X, the daughter of": a place; but "a complaint from X, a retired electrician": a person)
    if wb in PLACE_PREPOSITIONS and len(name) >= 2 and norm[0] in _TOPONYM_FIRST and not titled and not honorific:
        return "unknown", heads  # "He grew up in El Paso", "moved to Port Quarnby": a town, not a person
    spoken_to = wb == "to" and _SPOKEN_TO_RE.search(text, max(0, start - 30), start) is not None
    placed = wb in PLACE_PREPOSITIONS and wb != "from" and not spoken_to
    if len(name) > 1 and not placed and not _a_road(norm, wb) and _described_as_a_person(text, end):
        return "person", heads  # "according to Aurek Quill Vexley, head of a fishermen's association"
    after_prep = (wb in PLACE_PREPOSITIONS and not spoken_to) or at_a_firm(text, start)
    return _person_or_unknown(text, start, name, norm, titled or bool(honorific), wb, nick, after_prep), heads


#: "a spokeswoman for X", "a statement from X", "on behalf of X": what follows speaks as an organisation.
_SPOKES_FOR_BEFORE_RE = re.compile(
    r"\b(?:spokes(?:person|man|woman)|representative|statements?)\s+(?:for|from)\s+(?:the\s+)?$"
    r"|\bon behalf of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SPOKES_TAIL_RE = re.compile(r"(?:for|from|of|the)\s+$", re.IGNORECASE)


_WHICH_AFTER_RE = re.compile(r",?\s+which\b")
#: A lower-case word and its comma right before a name ("auditor, ").
_WORD_COMMA_BEFORE_RE = re.compile(r"\b([a-z]+), $")


def _role_before_comma(text: str, start: int) -> bool:
    """Is the name at ``start`` set off after a role word and a comma ("its auditor, X")?"""
    m = _WORD_COMMA_BEFORE_RE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1) in lx.ROLE_HEADS


_POSSESSIVE_DETS = frozenset({"his", "her", "their", "its", "our", "my", "your"})


#: A title only a body gives, then a name: "(Quorran Wrenfold) coach Althea Vexley", "(X) chief executive Y".
_BODY_ROLE_AFTER_RE = re.compile(
    r" (?:(?:head|chief|assistant|deputy|interim|managing|senior|founding) )?(?:"
    + "|".join(sorted(lx.COMPANY_ROLES))
    + r") (?=[A-Z][a-z])"
)
#: ", head of X", ", a hydrologist at X": what kind of person the run before names.
_PERSON_APPOS_AFTER_RE = re.compile(
    r",(?: \d{1,3},)? (?!(?:with|without|for|in|at|on|by|from|to|near|and|or|but)\b)"
    r"(?:(?:a|an|the|its|their) )?(?:[a-z\-]+ ){0,3}?([a-z\-]+)"
    r"(?=[,.;]| (?:of|at|for|in|with|who|from)\b)"
)


#: First words of place names that are also given names somewhere (san, el), or say "a place" (port, fort).
_TOPONYM_FIRST = frozenset(
    "san santa santo sao são el los las la le port fort mount lake cape saint st glen new".split()
)


def trade_noun(w: str) -> bool:
    """Is ``w`` (normalised) a noun for what a firm does ("insurer", "operator")?"""
    return w in lx.ORG_HEADS and (_TRADE_NOUN_RE.fullmatch(w) is not None or w in _TRADE_WORDS)


#: Organisation nouns for what a business is that no ending shows: "Utility X Power said".
_TRADE_WORDS = frozenset("utility airline supermarket carmaker startup start-up conglomerate lender watchdog".split())


def _named_as_a_body(ws: list[str], norm: list[str]) -> bool:
    """A campaign's name, or a body a number completes: '(members of) Vexley Bakery Workers Local 77'."""
    return _campaign_name(ws) or (len(norm) >= 3 and norm[-2] in lx.NUMBERED_NAME_ENDS and norm[-1].isdigit())


def _trade_then_name(ws: list[str], norms: list[str]) -> bool:
    """'Insurer Quarnby Mutual said it', 'Operator Quarnrail said': a firm's trade opening the sentence, its name."""
    return (
        len(ws) >= 2
        and trade_noun(norms[0])
        and lx.ROLE_HEADS.isdisjoint(norms)
        and lx.HONORIFICS.keys().isdisjoint(norms)
        and not given(norms[1])
    )


def _described_as_a_person(text: str, end: int) -> bool:
    """Does a description of a person follow the run ending at ``end`` (", head of X", "a hydrologist at X")?

    (The registry asks more of a one-word name: an article, and nothing after the noun but punctuation or "who".)
    """
    m = _PERSON_APPOS_AFTER_RE.match(text, end, end + 90)
    if m is None or m.group(1) in lx.ORG_HEADS:
        return False
    w = m.group(1)
    # a role word, or an everyday noun for a person by its ending ("a retired electrician", "a florist")
    return w in lx.ROLE_HEADS or (ROLE_SUFFIX_RE.search(w) is not None and w in lx.common_words())


_SHARES_OF_RE = re.compile(r"\b(?:[Ss]hares|[Ss]tock|[Ss]take) (?:of|in) $")


def _shares_of(text: str, start: int) -> bool:
    """``_SHARES_OF_RE.search(text, max(0, start - 20), start)``, tried only after "of " or "in " (or a newline)."""
    lo = max(0, start - 20)
    return text.endswith(("of ", "in ", "\n"), lo, start) and _SHARES_OF_RE.search(text, lo, start) is not None


#: Nouns for a body that end its name: "X Rescue Team", "X Residents' Group" (not "firm" or "maker": those
#: follow a name as a description, "Quorran, the maker").
_BODY_NOUNS = frozenset(
    {
        "team",
        "group",
        "club",
        "trust",
        "council",
        "committee",
        "society",
        "network",
        "board",
        "state",
        "health",
        "nation",
    }
)  # ("Quorran State": a university and its teams)


def _ends_in_a_body_noun(norm: list[str], first_given: bool, titled: bool) -> bool:
    """Does a body's noun end the name ("Quorran Volunteer Rescue Team", "X Community Trust")?

    Four words and more even after a given name ("Ben Quorran Mountain Rescue Team": a hill named so); two
    or three after one are a person's ("Aurek Club").
    """
    if len(norm) >= 2 and norm[-1] == "district" and norm[-2] in _DISTRICT_SERVICES:
        return True  # "X Fire District", "Y Unified School District": a public body, no region
    if len(norm) < 2 or norm[-1] not in _BODY_NOUNS:
        return False
    return not first_given or (len(norm) >= 4 and not titled and norm[-1] not in _BODY_NOUNS_OF_PLACES)


#: What a public body called a district provides: "X Fire District", "Y Water District" (a body, no region).
_DISTRICT_SERVICES = frozenset(
    {"fire", "school", "water", "transit", "sanitation", "irrigation", "hospital", "health", "utility", "library",
     "park", "parks", "sewer", "port", "conservation", "drainage"}
)  # fmt: skip
#: Body nouns that are also words of places and peoples, never enough after a given name ("X Y Z Nation").
_BODY_NOUNS_OF_PLACES = frozenset({"state", "health", "nation"})


#: Endings that make an abstract noun of a word ("fellowship", "endowment", "allegiance").
_ABSTRACT_ENDING_RE = re.compile(r"(?:ative|ship|ance|ancy|ence|ency|ity|ment)$")


def _abstract_noun(w: str) -> bool:
    """Is ``w`` (lower case) an everyday abstract noun of some length, and no given name?

    British spellings count: the dictionary is American ("instalment" is its "installment").
    """
    if len(w) < 8 or _ABSTRACT_ENDING_RE.search(w) is None or given(w):
        return False
    common = lx.common_words()
    return w in common or lx.american_spelling(w) in common


def plural_of_a_word(w: str) -> bool:
    """Is the (normalised) word the plural of an everyday English word (the dictionary's, not a name)?"""
    if len(w) < 4 or not w.endswith("s") or w.endswith(("ss", "us", "is", "'s", "\u2019s")):
        return False
    words_ = lx.common_words()
    return w[:-1] in words_ or (w.endswith("es") and w[:-2] in words_) or (w.endswith("ies") and w[:-3] + "y" in words_)


def _plural_of_a_body_word(w: str) -> bool:
    """The plural of an everyday word that may end a body's name ("Provisions"), not a landform's ("Falls")."""
    return w not in _PLACE_PLURALS and plural_of_a_word(w)


#: Plural place words that end the names of towns and landforms: "Vexwick Falls", "Quarnby Heights".
_PLACE_PLURALS = frozenset(
    "falls hills heights plains peaks ranges mountains fells wetlands springs sands lakes".split()
)


def _plural_of_a_noun(w: str) -> bool:
    """Is the (normalised) word the plural of a noun for a trade or a body ("coaches", "builders")?"""
    if not w.endswith("s") or w.endswith(("ss", "'s", "\u2019s")):
        return False
    stem = w[:-2] if w.endswith("es") and w[:-2] in _TRADE_NOUNS else w[:-1]
    return stem in _TRADE_NOUNS


def _org_by_its_place(text: str, start: int, end: int, name: list[str]) -> bool:
    """An organisation by how the sentence uses the run, not by its words.

    A plural possessive inside the name ("the Royal Glaziers' Society"; a
    person's name has none), the run right after "a spokeswoman for" or "a
    statement from", or a run that "which", not "who", follows ("Vexhaven
    Air, which flies...").
    """
    if len(name) > 1 and any(w.endswith(("s'", "s\u2019")) for w in name[:-1]):
        return True
    if _WHICH_AFTER_RE.match(text, end) and not (given(name[0].lower()) and _role_before_comma(text, start)):
        # (but "a report by its auditor, Ysmay Quill, which found": the "which" is the report's; a firm may be
        # named like a person, "bought by Morgan Quill, which owns three dairies")
        return True
    lo = max(0, start - 40)
    # (the pattern's last word, "for", "from", "of" or "the", is looked for first, where it can end)
    tail = _SPOKES_TAIL_RE.search(text, max(lo, rstrip_index(text, lo, start) - 4), start)
    return tail is not None and _SPOKES_FOR_BEFORE_RE.search(text, lo, start) is not None


def _names_an_org(
    ws: list[str], norms: list[str], name: list[str], norm: list[str], titled: bool, org_in_prefix: bool
) -> bool:
    """Organisation words, an acronym, or particles ("Bank of X") make an organisation."""
    org_words = not lx.ORG_WORDS.isdisjoint(norm)
    if len(norm) == 2 and norm[1] in _SURNAMES_TOO and given(norm[0]) and lx.ORG_WORDS.isdisjoint(norms[:-1]):
        return False  # "Aurek Band": a given name, then a surname that is also a body's word
    if not lx.ORG_WORDS.isdisjoint(norms) and not (
        # "State Trade Minister Cato Vexley-Osmer": a title with
        # an organisation in it, then a person's full name.
        titled and not org_words and (not org_in_prefix or len(name) >= 2)
    ) and not _streets_named_for_bodies(norms):
        return True
    if len(ws) == 1 and ws[0].isupper() and 2 <= len(ws[0]) <= 6:
        return True
    if len(name) > 1 and norm[-1] in lx.ORG_LAST_WORDS:
        return True
    return (
        not _ORG_PARTICLES.isdisjoint(norm)
        and not titled
        and norms[-1] not in lx.STREET_WORDS
        and lx.PLACE_WORDS.isdisjoint(norm)  # "the Quorran Islands and Vornia": places
    )


def _streets_named_for_bodies(norms: list[str]) -> bool:
    """Does every organisation word of the run open a street's name? Then the run names streets, not a body.

    "Station Road", "Quill Lane and Station Approach", "Church Street".
    """
    if not norms or norms[-1] not in _STREET_AFTER_A_BODY_WORD:
        return False  # ("Station Road Surgery": a body on the street)
    hits = [i for i, n in enumerate(norms) if n in lx.ORG_WORDS]
    # (an everyday word for a body: not "Downing Street", a name that stands for the government)
    return bool(hits) and all(
        i + 1 < len(norms) and norms[i + 1] in _STREET_AFTER_A_BODY_WORD and everyday_word(norms[i]) for i in hits
    )


#: The last words of a street's name that may follow a body's word ("Station Road", "College Approach").
_STREET_AFTER_A_BODY_WORD = frozenset(
    "street road lane avenue boulevard drive way close crescent terrace approach st rd ave blvd".split()
)
#: Words for a body that are surnames too, after a given name: "Quarnby Band" is one, "Aurek Band" a person.
_SURNAMES_TOO = frozenset({"band"})


def _owned(ws: list[str], norms: list[str], cut: int, name: list[str]) -> bool:
    """Does a possessive end the prefix before a given name and a surname ("the Civic League's Brisa Quill")?

    The body or place the person belongs to, which makes the name a person's as a title would.
    """
    return (
        cut > 0
        and ws[cut - 1].endswith(("'s", "\u2019s"))
        and len(name) >= 2
        and given(norms[cut])
        and PLACE_OR_ORG.isdisjoint(norms[cut:])
    )


def _title_word(n: str) -> bool:
    """A role or an honorific ("minister", "dr")."""
    return n in lx.ROLE_HEADS or n in lx.HONORIFICS


def _titled(norms: list[str], cut: int) -> bool:
    """Is the prefix of a run (``norms[:cut]``) a title: it ends in one, or is "Minister for Health Services"."""
    return cut > 0 and (
        _title_word(norms[cut - 1])
        # "Minister for Health Services", "Deputy Minister for Shipping"
        or (cut >= 3 and any(_title_word(norms[i]) and norms[i + 1] in ("of", "for") for i in range(cut - 2)))
    )


def _title_as_given_name(name: list[str], norm: list[str]) -> bool:
    """'in Earl Quill's shop': a title that is a given name too, before a name in "'s" (whose something)."""
    return (
        len(name) == 2
        and norm[0] in _TITLES_GIVEN_AS_NAMES
        and name[1].endswith(_POSSESSIVE_ENDS)
        and norm[1] not in lx.PLACE_WORDS
    )


#: Titles given as names often enough to read them so before a possessive surname ("Major" and "Pastor" are
#: mostly ranks and offices).
_TITLES_GIVEN_AS_NAMES = frozenset({"earl", "duke"})


def _a_body_of_people(name: list[str], norm: list[str], first_given: bool) -> bool:
    """Is the name a plural noun for people, then "of" or "for" and what they are of ("Friends of the Quill Valley")?

    No one's own name is so ("Aurek of Quarnby" opens on a given name; "Mayor of X" is a role, read elsewhere).
    """
    if first_given or len(name) < 3 or name[1] not in ("of", "for") or (not name[2][:1].isupper() and name[2] != "the"):
        return False
    first = norm[0]
    return (
        first.endswith("s")
        and len(first) > 3
        and first not in lx.HONORIFICS
        and first not in lx.ROLE_HEADS
        and first[:-1] in lx.common_words()
    )


def _person_or_unknown(
    text: str,
    start: int,
    name: list[str],
    norm: list[str],
    titled: bool,
    wb: str | None,
    nick: bool,
    after_prep: bool,
) -> str:
    """A run that names no organisation: a person, or something unknown (a place, a law, a thing).

    ``after_prep``: a place preposition comes right before it (not the "to" of "spoke to").
    """
    if norm[-1] in _STREET_ONLY and (titled or len(name) > 1):
        return "unknown"  # "Pier Avenue", "Grace Street", "on Notre Dame Avenue": a given name or a title may open it
    if titled and len(name) == 1 and norm[0] in lx.PLACE_WORDS:
        return "unknown"  # "the Lady Chapel", "King Park": a title before a place word names a place
    if titled:
        return "person"
    if len(name) == 2 and len(name[1]) == 1 and name[1].isupper():
        return "unknown"  # "a typical Band D bill", "Plan B": a letter that grades or names a thing, no surname
    if len(name) >= 2 and norm[-1] in ("queen", "princess"):
        return "unknown"  # "was crowned Blossom Queen": a title won, after its name as titles are not before one
    if len(name) > 1 and all(w.isupper() for w in name):
        return "unknown"  # "PORTLAND, Maine (Brackenwire) —": a dateline in capitals, whatever names it starts with
    preceded_by_the = start >= 4 and text.startswith("the ", start - 4)
    if len(name) > 1 and any(w.endswith(_POSSESSIVE_ENDS) for w in name[:-1]):
        return "unknown"  # "Althea's Law", "Aurek's Law": named after someone
    if len(name) > 1 and after_prep and norm[-1] in lx.PLACE_WORDS and not lx.common_words().isdisjoint(norm[-1:]):
        return "unknown"  # "Winter at Gull Farm", "born in Grace Valley": a given name may open a place's name
    if len(name) > 1 and norm[-1] in lx.PLACE_WORDS and wb is not None and wb[:1].islower() and wb.endswith(
        _POSSESSIVE_ENDS
    ):
        return "unknown"  # "the university's Quarnby Room": a place a body owns, whatever name opens it
    if len(name) > 1 and norm[-1] in _NO_SURNAME_PLACES and not nick:
        return "unknown"  # "an old Aurek County reel", "Aurek Valley": a given name may open a place's name
    if (
        len(name) > 1
        and (
            given(norm[0])
            or (after_prep and _given_in_more_data(norm[0], name))
            or (after_prep and _title_as_given_name(name, norm))
        )
        and not preceded_by_the
    ):
        return "person"
    if preceded_by_the or after_prep or (len(name) > 1 and all(w.isupper() for w in name)):
        return "unknown"
    if wb is not None and wb.lower() in _POSSESSIVE_DETS:
        return "unknown"  # "His Quorran Redtails had lost again": a person is not had by another, a team is
    if given(norm[0]) or nick:
        return "person" if len(name) > 1 else "unknown"
    if len(name) > 1 and _PLACE_OR_STOP.isdisjoint(norm):
        return "person"
    if (
        len(name) == 2
        and wb is not None
        and wb in lx.ROLE_HEADS
        and lx.STOP_CAPS.isdisjoint(norm)
        and norm[0] not in lx.common_words()
        and norm[0] not in lx.PLACE_WORDS
        and _JOB_AS_NOUN_RE.search(text, max(0, start - 40), start) is not None
    ):
        # "the artist Brisa Moor", "the farmer Aurek Marsh": a job, then a name whose surname is a place word
        return "person"
    if len(name) > 1 and norm[0] in lx.WORD_NAMES and _PLACE_OR_STOP.isdisjoint(norm[1:]) and word_name_at(text, start):
        return "person"  # "April Quarnby": a month that is her given name
    if len(name) == 2 and _HYPHENATED_GIVEN_RE.fullmatch(name[1]) is not None:
        return "person"  # "Lake Da-som": a family name (here also a place word) first, then a romanised given name
    return "unknown"


#: Words for a kind of firm that are also words for a person who works in one ("broker", "fund manager").
FIRM_KINDS = r"(?:brokers?|brokerage|consultancy|insurer|lender|(?:fund|asset|investment) managers?)"
#: "at broker ", "at fund manager ": the kind of firm one works at, before its name (a firm, not a person).
_AT_A_FIRM_RE = re.compile(rf"\bat (?:investment |mortgage |stock )?{FIRM_KINDS} $")


def at_a_firm(text: str, start: int) -> bool:
    """Does the kind of firm one works at come before ``start`` ("at broker Quill Marten": a firm's name)?"""
    lo = max(0, start - 40)
    # (the pattern is tried only where its "at " is in reach)
    return text.find("at ", lo, start) >= 0 and _AT_A_FIRM_RE.search(text, lo, start) is not None


#: A job word used as a noun right before a name: "the novelist ", "a farmer ", "her club's coach " (not the
#: verb of "Rovers host ", "who head ").
_JOB_AS_NOUN_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|\w+['\u2019]s?) (?:[a-z\-]+ )?[a-z]+ $"
)


def _given_in_more_data(word: str, name: list[str]) -> bool:
    """Is ``word`` a given name of the larger name data (none in gender-guesser's), opening a name in 's?

    "in Vilda Quill's workshop": a person's, where "in Quarnby Bay's harbour" is a place's.  Only before the
    possessive, and never an everyday word.
    """
    return (
        name[-1].endswith(_POSSESSIVE_ENDS)
        and lx.more_given_name_genders().get(word) is not None
        and word not in lx.common_words()
        and word not in lx.PLACE_WORDS
    )


def _a_road(norm: list[str], wb: str | None) -> bool:
    """'on Larkspur Road, a nurse who ...': a street after "on", not a person the apposition describes.

    (But "Tom Street, 61, a retired miner," is a man named Street.)
    """
    if wb is None or wb.lower() not in ("on", "along", "off"):
        return False
    if norm[-1] in _STREET_ONLY:
        return True
    # ("On Quarnby Lane, a woman ...": a street word that may be a surname, where "On" opens the sentence and no
    # given name opens the run; not "all eyes were on Aurek Lane")
    return wb == "On" and norm[-1] in lx.STREET_WORDS and len(norm) > 1 and not given(norm[0])


def _campaign_name(ws: list[str]) -> bool:
    """'Save Quarn Hill', 'Stop the Vexwick Road': a campaign named by what it asks for, a verb first.

    Also 'Team Vexwick': a side named after its captain (curling's rinks, cycling's and sailing's teams), not
    a person whose given name is "Team".
    """
    return len(ws) >= 2 and (ws[0] in _CAMPAIGN_VERBS or ws[0] == "Team")


_CAMPAIGN_VERBS = frozenset({"Save", "Stop", "Protect", "Defend", "Reclaim", "Rescue"})


def _team_of_a_town(text: str, end: int, name: list[str], norm: list[str], wb: str | None) -> bool:
    """'Quarnby Town have apologised': a place's name with a plural verb (or a spokesperson) is its team or body.

    Not after a preposition, "of", "the", "and" or "for" (the people of a place; two people named together; a
    body's own "for the X Plains").
    """
    if len(name) < 2 or norm[-1] not in lx.PLACE_WORDS:
        return False
    if wb in PLACE_PREPOSITIONS or wb in ("of", "the", "The", "and", "for"):
        return False
    if norm[-1] in CLUB_PLACE_WORDS and _SPEAKS_AFTER_RE.match(text, end) is not None and not given(norm[0]):
        # "A Quarnby Town spokesperson said", "Quarnby Town said it would ban ...": a place's name that speaks,
        # or has a spokesperson, is a body's (a club's, a city's government; not "a driver from Quarnby Bay says")
        return True
    return _PLURAL_VERB_AFTER_RE.match(text, end) is not None


#: The place words that end clubs' and councils' names as often as places' ("Quarnby Town", not "Quarnby Park").
CLUB_PLACE_WORDS = frozenset({"town", "city", "county"})
#: A spokesperson or a verb of speaking right after a name: "a Quarnby Town spokesman", "Quarnby Town said".
_SPEAKS_AFTER_RE = re.compile(
    r" (?:spokes(?:person|man|woman|people)|said|says|confirmed|announced|added|insisted|stated)\b"
)


#: A plural verb right after a name in the singular: a body of people ("Quarnby Town have", "Vexwick Rail were").
_PLURAL_VERB_AFTER_RE = re.compile(r" (?:have|are|were) (?!(?:been |now )?(?:a|an|the|two|both)\b)")


#: A verb of speaking or writing and "to" right before a run: whom one speaks or writes to is no place
#: ("She spoke to Otso Quill", "according to Otso Quill", where "moved to Port Quarnby" is a place).
_SPOKEN_TO_RE = re.compile(
    r"\b(?:spoke|speak(?:s|ing)?|spoken|talk(?:s|ed|ing)?|wr[io]te|writes|writing|written|sa(?:id|ys?|ying)"
    r"|explain(?:s|ed|ing)?|complain(?:s|ed|ing)?|apologi[sz](?:es|ed|ing)|repl(?:y|ies|ied|ying)"
    r"|listen(?:s|ed|ing)?|chat(?:s|ted|ting)?|according) to $"
)


#: A given name romanised in two syllables joined by a hyphen, the second in lower case ("Da-som", "Ha-rin").
_HYPHENATED_GIVEN_RE = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")


def _opens_sentence(text: str, pos: int) -> bool:
    """Does a sentence (or a paragraph, or a quote) start at ``pos``?"""
    before = text[max(0, pos - 3) : pos].rstrip(" ")
    return not before or before[-1] in ".!?:\n\u201c\u2018\"'(\u2014"
