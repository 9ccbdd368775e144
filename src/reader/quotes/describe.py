"""The article's own words for a speaker it does not name.

"A person familiar with the talks said", "said one senior official, who asked not to be named", "A nurse at
the Vexley ward said the shift was ...": the reader is told whom the article means, in its words, where no name
can be given. Only a noun phrase that opens on an article, a number or a possessive and whose noun is a
person's ("official", "nurse", "neighbour", "passenger") describes anyone; a body ("the campaign said"), a
pronoun or a name never does, so a description never stands in for a name the engine could not find.

Read only for quotes left without a speaker; it changes no speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Quote
from . import lexicon as lx
from .antecedents import KIN
from .cues import REPLY_VERBS, VERB_RE
from .kinds import ANONYMOUS_RE, anonymous_search
from .tokens import last_match, sentence_start

__all__ = ["described_mention", "described_speaker", "description"]

#: What opens the article's words for somebody it does not name: "a nurse", "one official", "the
#: farmer", "her mother", "two residents". Not "my" or "our": inside a quote they are the speaker's, whose
#: "my dad" would read as nobody's on a card of its own; nor "its" ("its president": of a body left unsaid).
_DESCRIBING_WORDS = frozenset(
    "a an one another some several many both two three four five six seven eight nine ten eleven twelve dozens "
    "the his her their".split()
)
#: Words that end no description of anyone: "one of them", "the other".
_NOT_A_DESCRIPTION_END = frozenset("other others one them us him her it they".split())
#: Marks no description holds: quotation marks (an apostrophe may: "the council's spokesman") and sentence ends.
_NOT_IN_A_DESCRIPTION = frozenset('\u201c\u201d\u2018".!?;:')
#: A description longer than this is a clause, not a way of naming somebody.
MAX_DESCRIPTION_WORDS = 10
#: Words that end the noun a description is about: "a nurse at the Vexley ward", "a friend of the family".
_PREPOSITIONS = frozenset(
    "at in of for from on with near by outside inside to over above under below behind beside across along "
    "around into onto through".split()
)
#: Nouns for a person or people: roles, relatives, people of one sex, and other words for people.
_PEOPLE = frozenset(lx.ROLE_HEADS) | KIN | frozenset(lx.ROLE_GENDER) | lx.PERSON_NOUNS | frozenset(lx.PEOPLE_WORDS)
#: Endings of nouns for people: "cardiologist", "librarian", "ferryman", "ticket-holder", "commuter", "vendor".
#: A thing with such an ending is rarely the subject of "said" (documents and signs are left out below).
_PERSON_ENDINGS = ("ist", "ian", "man", "woman", "person", "people", "goer", "er", "or")
#: Words of a clause, not of a noun phrase: "the meetings are mostly banter", "a man who has".
_FINITE = frozenset("is are was were has have had will would can could does do did says said".split())
#: The verb that may stand between an unnamed speaker and the words saying they are not to be named.
_SPOKE = frozenset("spoke speaking talked talking".split())
#: Adjectives that follow the noun they describe, before their preposition: "a person familiar with the talks".
_AFTER_THE_NOUN = frozenset("familiar close briefed involved connected opposed loyal knowledgeable".split())
#: Where a relative clause or an aside begins after the noun it describes.
_RELATIVE_RE = re.compile(r",|\s(?:who|whose|whom|which|that)\b")
#: A quote's closing marks (a piece may end on its own and on a quote nested in it: ",\u2019\u201d").
_CLOSERS = "\u201d\u2019\"'"
#: Opening marks and spaces before a sentence's first word.
_OPENERS = " \u201c\u2018\"'"
#: What may stand between a quote's closing mark and the words after it.
_AFTER_CLOSE = " ,\u2014\u2013-"
#: Words that open a noun phrase, which inside a description only a preposition or "and" may come before: "a
#: relative of the victim", "a man and a woman"; "parents emailed the head" is a clause.
_DETERMINERS = frozenset("the a an his her their its".split())
#: Words of the passive left before the verb: "a fan was told by a steward" is the listener, not the speaker.
_PASSIVE = frozenset("was were is are been be being got get".split())
#: Nouns for people whose plural does not end in "s".
_PLURALS = {"men": "man", "women": "woman", "children": "child", "people": "person", "folk": "person"}
#: After a description, words that give the name it stands for: "a neighbour who gave her name as X", "his widow,
#: X", "one mourner \u2014 X", "a farmer called X". Then the name was missed, and no description is given for it.
_NAME_FOLLOWS_RE = re.compile(
    r"\s*(?:,|\u2014|\u2013|-)\s*(?:Mr|Mrs|Ms|Miss|Dr)?\.?\s*[A-Z][a-z]"
    r"|[^.;:!?\n]{0,60}?\b(?:called|named|known as|identified as|name (?:only )?as)\s+(?:Mr|Mrs|Ms|Miss|Dr)?\.?\s*[A-Z]"
)
#: Clause breaks between a verb and a partial quote: "X said the firm would appeal, but a judge ruled it 'void'".
_ANOTHER_CLAUSE_RE = re.compile(r";|,\s*(?:but|and|while|whereas|as)\s|\s(?:but|while|whereas)\s")
#: After a mention, the passive of a verb of telling: "the man was told", "a fan was asked by": the listener.
_SPOKEN_TO_RE = re.compile(
    r"\s+(?:was|were|is|are|has been|had been|have been|being|got)\s+(?:\w+ly\s+)?"
    r"(?:told|asked|warned|ordered|instructed|advised|urged|reminded|informed)\b"
)
#: Quotation marks of any kind (for the text between a mention and its quote).
_QUOTE_MARKS = frozenset('\u201c\u201d\u2018\u2019"')
#: Verbs of asking, whose "of" is of the one asked: "asked a reporter of the minister".
_ASKING = frozenset({"asked", "asks", "ask", "demanded", "demands", "inquired", "enquired"})
_ASKED_BEFORE_RE = re.compile(r"\b(?:asked|asks|demanded|inquired|enquired)\s+$")
#: A preposition right before a mention: "the victim" in "a relative of the victim" is not who spoke.
_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:of|at|in|for|from|on|with|near|by|to)\s+$")
#: A phrase of place or belonging that a role's mention stops short of: "the chair| of the committee".
_PHRASE_AFTER_RE = re.compile(r" (?:of|at|in|for|from|on|with|near|outside|inside) [^,.;:!?\"\u201c\u201d\n]{1,60}")
#: Verbs whose subject is no speaker: words "according to" a source, and words a sign or a note "read".
_NOT_SAID = frozenset({"according to", "read", "reads", "reading"})
#: The verb of written words (the speech verbs leave it out: "read" is as often a reader's).
_READ_RE = re.compile(r"\b(?:read|reads)\b")
#: Things with words on them, the class the cues' written-words patterns know (a sign, a banner, a note).
_WRITTEN_ON = frozenset(
    "sign signs banner banners placard placards poster posters notice notices note notes plaque plaques board "
    "boards whiteboard blackboard chalkboard card cards sticker stickers inscription graffiti caption label flag "
    "flags badge badges t-shirt t-shirts shirt shirts "
    "message headline billboard".split()
)
#: The words of an attribution that leave the speaker to the sentence before: "he said", "she added".
_PRONOUNS = frozenset({"he", "she", "they"})
#: How far after a quote its attribution may end, and how far back the sentence before it may begin.
_REACH = 160


def description(text: str, start: int | None, end: int | None, *, written: bool = False) -> str | None:
    """The words ``text[start:end]`` as a description of an unnamed speaker, cut to the noun phrase; else None.

    "one senior driver at the yard, who asked not to be named" gives "one senior driver at the yard";
    "some porters have" gives "some porters"; "the company's", "the campaign", "they" give None. ``written``:
    the words were read on something, whose noun is then a thing words are written on ("a flag on the pier").
    """
    if start is None or end is None or not 0 <= start < end <= len(text):
        return None
    seg = text[start:end]
    trail = _TRAILING_RE.search(seg)
    seg = seg[: trail.start()] if trail is not None else seg  # "one official on Monday", "a man in a statement"
    anon = ANONYMOUS_RE.search(seg)
    seg = seg[: anon.start()] if anon is not None else seg  # "a senior diplomat on condition of anonymity"
    cut = _RELATIVE_RE.search(seg)
    if cut is not None and (cut.group().strip() == "whose" or _NAME_FOLLOWS_RE.match(seg, cut.start())):
        return None  # "a boy whose father said": whose words?; "a neighbour, who gave her name as X": X's
    words_ = (seg[: cut.start()] if cut is not None else seg).split()
    if len(words_) > 2 and words_[-1].lower() in _SPOKE:
        words_.pop()  # "a nurse at the hospital spoke (on condition that her name be withheld)"
    if any(not _NOT_IN_A_DESCRIPTION.isdisjoint(w) for w in words_):
        return None
    while words_ and words_[-1].lower() in lx.AUXILIARIES:
        if words_.pop().lower() in _PASSIVE:
            return None  # "a fan was (told)": the one spoken to
    if not 2 <= len(words_) <= MAX_DESCRIPTION_WORDS:
        return None
    first = words_[0].lower()
    if first not in _DESCRIBING_WORDS and not first.isdigit() and not (first.endswith("s") and _a_person(first)):
        return None  # (a plural noun for people may open it alone: "residents of Quarnby Lane")
    lower = [w.lower() for w in words_]
    if not _FINITE.isdisjoint(lower) or any(
        (w in _DETERMINERS or w in _QUANTIFIERS)
        and lower[i - 1] not in _PREPOSITIONS
        and lower[i - 1] not in _DETERMINERS
        and lower[i - 1] not in ("and", "or")
        for i, w in enumerate(lower)
        if i
    ):
        return None  # a clause: "the meetings are mostly banter", "parents emailed the head", "booed several players"
    last = words_[-1].lower()
    if last in _NOT_A_DESCRIPTION_END or not last.replace("-", "").isalpha():
        return None  # (nor "the company's": whose, not who)
    lead = 1 if first in _DESCRIBING_WORDS or first.isdigit() else 0  # ("residents of X": the noun opens it)
    k = next((i for i, w in enumerate(words_) if i > lead and w in _PREPOSITIONS), len(words_))
    head = words_[k - 1]
    if head.lower() in _AFTER_THE_NOUN and k > 2:
        head = words_[k - 2]  # "a person familiar with the talks"
    if written:  # (the thing's noun may come before a participle: "a flag strung along the pier")
        return " ".join(words_) if any(w.lower() in _WRITTEN_ON for w in words_[1:k]) else None
    if head.lower().endswith(_LOOSE_ENDINGS) and head.lower().rstrip("s") not in _PEOPLE and lower[0] == "the":
        return None  # "the order said", "the monitor said": a thing as often as a person, unless lists know it
    if len(words_) == 2 and lower[0] == "the" and _a_title_alone(head):
        return " ".join(words_)  # "the Vexarch said": a title of some country's, its holder unnamed
    if not (head.islower() or (head.isupper() and head.lower() in _PEOPLE)) or not _a_person(head.lower()):
        # "the campaign", "the family": a body said to speak; "the away supporters spent most of the match",
        # "a note he was sent in": a clause, not a noun phrase; "the MP Aurek Quill": a name
        return None
    return " ".join(words_)


def _a_title_alone(word: str) -> bool:
    """Is ``word`` ("Vexarch", "Sultan") a capitalised word after "the" that can be a title: no body or place?"""
    n = word.lower()
    return (
        word[:1].isupper()
        and word[1:].islower()
        and len(word) >= 4
        and n not in lx.ORG_WORDS
        and n not in lx.PLACE_WORDS
        and n not in lx.DOCUMENT_HEADS
        and n not in _WRITTEN_ON
    )


def _a_person(word: str) -> bool:
    """Is ``word`` a noun for a person or people ("driver", "residents"), not a body ("union") nor a thing?

    From the word lists of roles, relatives and people, or an ending of a noun for people ("-ist", "-ian",
    "-er", "-or"); never a body or a document (a letter, a report), whose words are not a person's.
    """
    for w in (word, word[:-1] if word.endswith("s") else _PLURALS.get(word, word)):
        if w in lx.ORG_HEADS or w in lx.DOCUMENT_HEADS or w in _WRITTEN_ON or _a_list(w):
            return False
        if w in _PEOPLE or w.endswith(_PERSON_ENDINGS):
            return True
    return False


def _a_list(word: str) -> bool:
    """A "-list" that is a list, not a person: "checklist", "playlist" (but "journalist", "cyclist")."""
    return word.endswith("list") and (word == "list" or word[:-4] in lx.common_words())


def described_mention(text: str, start: int | None, end: int | None, pieces: Sequence[tuple[int, int]]) -> str | None:
    """The description a speaker's mention at ``text[start:end]`` gives a quote of ``pieces``, phrase and all.

    "the chair" of "said the chair of the committee" gives "the chair of the committee". None for a mention after
    a preposition ("a relative of |the victim|"), one the text names next ("his widow, X"), one spoken to ("the
    man was told"), one opening the sentence after a quote that ended ('"Help!" A neighbour said later ...'), or
    one before the quote with another clause or quote between ("One resident said it was 'grim' and another
    called it 'a disgrace'").
    """
    if start is None or end is None or _PREPOSITION_BEFORE_RE.search(text, max(0, start - 8), start):
        return None
    if _SPOKEN_TO_RE.match(text, end):
        return None
    q_start, q_end = pieces[0][0], pieces[-1][1]
    if start >= q_end:
        j = q_end
        while j > q_start and text[j - 1] in _CLOSERS:
            j -= 1
        if text[start].isupper() and text[j - 1 : j] in (".", "?", "!"):
            return None
    elif end <= q_start:
        gap = text[end : q_start - 1]
        if not _QUOTE_MARKS.isdisjoint(gap) or _ANOTHER_CLAUSE_RE.search(gap):
            return None
    more = _PHRASE_AFTER_RE.match(text, end)
    if more is not None and text.startswith(" of ", end) and _ASKED_BEFORE_RE.search(text, max(0, start - 12), start):
        more = None  # "asked the minister of a reporter": of whom it was asked
    if more is not None:
        v = next((v for v in VERB_RE.finditer(text, end, more.end()) if v.group() not in _NOT_SAID), None)
        end = v.start() if v is not None else more.end()
    if _NAME_FOLLOWS_RE.match(text, end):
        return None
    return description(text, start, end)


def described_speaker(text: str, q: Quote, para_start: int, para_end: int) -> str | None:
    """How the attribution beside ``q`` (in its paragraph) describes a speaker it does not name, if it does.

    After a piece of the quote, a description then its verb ('"...," a person familiar with the talks said') or
    the verb then the description ('"...," said one senior official, "..."'); before it, a sentence that opens on
    the description and says before the quote ('A midwife who asked not to be named said: "..."', 'A nurse at
    the Vexley ward said the shift was "a war zone"'). Where the quote has only a he or a she, or nothing, the
    sentence right before it may introduce somebody it will not name ('A stallholder, who declined to be
    identified, said the stalls had burned before. "...," he said').
    """
    pronoun = None
    for _s, end in q.pieces or ((q.start, q.end),):
        nl = text.find("\n", end)
        found = _after(text, end, min(para_end if nl < 0 else nl, end + _REACH))
        if found is not None and found not in _PRONOUNS:
            return found or None  # a description, or words that name nobody so ("Quill said")
        pronoun = pronoun or found
    opens = q.pieces[0][0] - 1 if q.pieces else q.start - 1
    lo = max(para_start, sentence_start(text, opens), opens - _REACH)
    while lo < opens and text[lo] in _OPENERS:
        lo += 1  # (the outer quote's opening mark, for a quote inside one: '"The officer told me, ...')
    # the last speech verb before the quote, whose subject said it (not "A man said nothing as ... chanted")
    r = last_match(_READ_RE, text, lo, opens)
    if r is not None and not pronoun and not text[r.end() : opens].strip(" :,\u2014"):
        return description(text, lo, r.start(), written=True)  # "A banner on the bridge read: '...'"
    v = last_match(VERB_RE, text, lo, opens)
    if v is not None and not pronoun and v.group() not in _NOT_SAID:
        if _ANOTHER_CLAUSE_RE.search(text, v.end(), opens):
            return None  # "A spokeswoman said the firm would appeal, but a judge ruled it 'void'"
        described = description(text, lo, v.start())
        if described is not None and _NAME_FOLLOWS_RE.match(text, lo + len(described)):
            return None
        if described is not None or text[lo : v.start()].strip().lower() not in _PRONOUNS:
            return described
    return _anonymous_before(text, opens, pronoun)


def _anonymous_before(text: str, opens: int, pronoun: str | None) -> str | None:
    """Somebody the sentence before a quote (opening at ``opens``) introduces but will not name, if anyone.

    Only when the quote's own sentence has at most a he or a she and its verb before it; the description is that
    sentence's subject, cut before the words that say it is anonymous. With no such words, for a ``pronoun``
    after the quote, the somebody the sentence opens on ("A retired boatman waited on the slipway. '...,' he
    said"), of the pronoun's sex if the noun gives one.
    """
    own = sentence_start(text, opens)
    if len(text[own:opens].split()) > 2:
        return None  # ("The inspector told him: '...'": the sentence has a subject of its own)
    end = own
    while end > 0 and text[end - 1] in " \n":
        end -= 1
    if end == 0:
        return None
    start = sentence_start(text, end - 1)
    hidden = anonymous_search(text, start, end)
    if hidden is None:
        return _unnamed_subject(text, start, end, pronoun) if pronoun in ("he", "she") else None
    v = next((v for v in VERB_RE.finditer(text, start, hidden.start()) if v.group() not in _NOT_SAID), None)
    return description(text, start, v.start() if v is not None else hidden.start())


def _unnamed_subject(text: str, start: int, end: int, pronoun: str) -> str | None:
    """The somebody the sentence ``text[start:end]`` opens on, "a/an/one/another" and a noun for a person; else None.

    The shortest such phrase ("A man" of "A man in a blue anorak waited by the kiosk"): no verb is told from a
    noun here, so the words after the person's noun are left out. The noun must come within three words and be
    one the word lists know: with no verb of saying to anchor it, an ending alone ("A summer on the boats") is
    too weak, and a noun further on may be the object ("A driver thanked passengers").
    """
    spans = [m.span() for m in _WORD_SPAN_RE.finditer(text, start, end)]
    if not spans or text[spans[0][0] : spans[0][1]].lower() not in ("a", "an", "one", "another"):
        return None
    for s_, e_ in spans[1:4]:
        word = text[s_:e_].lower()
        if word in _PREPOSITIONS or word in _DETERMINERS or word.endswith(_LOOSE_ENDINGS) and word not in _PEOPLE:
            return None  # ("One of them ...", "A day at the races ...", "A driver thanked ..."): no noun known
        if not (word.isalpha() and _a_person(word)):
            continue
        if _sex_of(word) not in (None, "m" if pronoun == "he" else "f"):
            return None  # ("A woman stood at the gate. '...,' he said", "A boatman ... she said": someone else)
        rest = text[e_:end]
        if (
            re.search(r"\b[A-Z][a-z]", rest)
            or re.search(_OBJECT_OF_SEX[pronoun], rest)
            or any(w.lower() in _PEOPLE for w in _WORD_SPAN_RE.findall(rest))
        ):
            # "A pedestrian, student X Y, said": named after all; "A cousin drove him there", "A judge sentenced
            # the man": the other one the sentence speaks of is as likely the he or she
            return None
        return description(text, start, e_)
    return None


def _sex_of(noun: str) -> str | None:
    """The sex a noun for a person gives ("woman", "boatman"), if any."""
    sex = lx.ROLE_GENDER.get(noun)
    if sex is None and noun.endswith("woman"):
        return "f"
    if sex is None and noun.endswith("man") and not noun.endswith("human"):
        return "m"
    return sex


#: Endings of nouns for people that things share too ("summer", "corner"): not enough on their own.
_LOOSE_ENDINGS = ("er", "or")
#: Words of number and quantity that, after a verb, open its object: "booed several players", "met three farmers".
_QUANTIFIERS = frozenset("some several many both all every each two three four five six seven eight nine ten".split())
#: What follows a description without being part of it: when or how the words were said ("one official on
#: Monday", "a spokesman in a statement", "one official with a shrug").
_TRAILING_RE = re.compile(
    r"\s(?:on [A-Z][a-z]{2,5}day|(?:last|this|on|that) "
    r"(?:week|month|year|morning|afternoon|evening|night|weekend)|in (?:a|an|his|her|their) (?:statement|interview"
    r"|email|e-mail|letter|post|message|speech)|with a (?:shrug|smile|laugh|sigh|grin)|at the time|yesterday"
    r"|today|later)\b"
)
#: The he or she a sentence speaks of besides its subject.
_OBJECT_OF_SEX = {"he": r"\b(?:him|his|himself)\b", "she": r"\b(?:her|hers|herself)\b"}
#: A word of text, with its span.
_WORD_SPAN_RE = re.compile(r"[\w'\u2019-]+")


def _after(text: str, end: int, hi: int) -> str | None:
    """What an attribution right after a piece ending at ``end`` says of its speaker; None if there is none.

    A description ("one senior official"), a pronoun as written ("he"), or "" for words that name nobody so.
    Only when the quote's sentence goes on after its closing mark (a comma, or a question or an exclamation):
    '"...," he said', '"...?" asked one'; never '"...." A man was arrested, police said.'
    """
    j = end
    while j > 0 and text[j - 1] in _CLOSERS:
        j -= 1  # the quote's own last words, inside any quote it closes with
    i = end + 1 if end < hi and text[end] in _CLOSERS else end
    if i < hi and text[i] in _CLOSERS:
        return None  # a quote inside one that closes here: what follows is the outer quote's attribution
    while i < hi and text[i] in _AFTER_CLOSE:
        i += 1
    last = text[j - 1 : j]
    if i == end or i >= hi or not ("," in text[j - 1 : i] or last in ("?", "!")):
        return None
    if last in ("?", "!") and "," not in text[end:i] and text[i].isupper():
        return None  # ('"Is anyone hurt?" A paramedic said later ...': a new sentence)
    r = _READ_RE.match(text, i) or _READ_RE.search(text, i, hi)
    if r is not None and r.start() == i:  # "'...,' read a card pinned by the till"
        k = r.end()
        while k < hi and text[k] not in ',.;:!?\n\u201c"':
            k += 1
        return description(text, r.end() + 1, k, written=True) or ""
    if r is not None and text[r.end() : r.end() + 1] in (".", ",", ";", "") and "\n" not in text[i : r.start()]:
        written = description(text, i, r.start(), written=True)  # "'...,' the chalkboard by the till read."
        if written is not None:
            return written
    v = VERB_RE.match(text, i)
    if v is not None:  # "said one senior official, who ..."
        after_verb = k = v.end()
        while k < hi and text[k] not in ',.;:!?\n\u201c"':
            k += 1
        if _NAME_FOLLOWS_RE.match(text, k):
            return ""  # "said his widow, X": her name, missed; no description in its place
        of = text.find(" of ", after_verb, k) if v.group() in _ASKING else -1
        if of >= 0:
            k = of  # "asked a reporter of the minister": of whom it was asked
        return description(text, after_verb + 1, k) or _pronoun(text[after_verb:k])
    v = next((v for v in VERB_RE.finditer(text, i, hi) if v.group() not in _NOT_SAID), None)
    if v is None:  # "one senior driver at the yard, who asked not to be named, said"
        return None
    if v.group() in REPLY_VERBS:  # (the one who answers is not the one introduced)
        return description(text, i, v.start()) or ""  # ("'...,' he replied": the other of a pair of turns)
    return description(text, i, v.start()) or _pronoun(text[i : v.start()])


def _pronoun(words_: str) -> str:
    """``words_`` lower-cased if they are only a he, she or they; else ""."""
    w = words_.strip().lower()
    return w if w in _PRONOUNS else ""
