"""Wire copy's delayed identification: a lede that describes its speaker, then a paragraph that names them.

'A contractor accused of fraud told jurors on Monday that he was "drowning,
not stealing."' then "Aurek Vexley, 46, faces nine counts ...": the lede's
words are Vexley's.  As often the next paragraph names whoever the words are
about (the one who died, the one accused, the manager complained of), so
:func:`named_after_the_lede` answers only on clean evidence and otherwise
leaves the speaker unclear.  Second readers' invented ledes (traps included)
keep it honest: tests/test_quotes.py.

Public names: :func:`named_after_the_lede`, :func:`a_person_word`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from ..model import Quote
from . import cues
from . import lexicon as lx
from .antecedents import KIN
from .registry import BYLINE_RE, Entity
from .story import Story
from .tokens import SENTENCE_END_RE, lstrip_index

__all__ = ["a_person_word", "named_after_the_lede"]

#: A lede's opening on a description: "A former minister on trial ...", after a dateline ("QUARNBY, Vexmoor -- ").
_DESCRIPTION_OPENS_RE = re.compile(r"\s*(?:[^\n]{0,80}?(?:\u2014|\u2013|--?)\s+)?(?P<a>An?) (?=\w)")
#: What follows a person's name where a paragraph introduces them: an age, an apposition (its role), a verb;
#: or "and" another name ("Quill, 29, and Vexley, 31,": two people, either of whom the lede may mean).
_INTRODUCED_RE = re.compile(
    r"(?:, (?:aged )?\d{1,3},)?"
    r"(?:(?P<and>,? and [A-Z])"
    r"|, (?:an?|the|his|her|its|their) (?P<role>(?:[\w'\u2019-]+ ){0,3}?[a-z-]+)(?=,| who\b| of\b| at\b| for\b| in\b)"
    r"|,| (?:who|was|is|has|had|[a-z]+ed|[a-z]+s)\b)"
)
#: One who died or was hurt, introduced: the lede's words are more often about them than theirs.
_HURT_RE = re.compile(
    r"\b(?:died|dies|drowned|(?:was|were|been|is|are) (?:\w+ )?(?:killed|found dead|stabbed|shot|hit|struck|injured"
    r"|hurt|murdered|run over|attacked|assaulted|hospitali[sz]ed|rescued|trapped|left|missing))\b"
)
#: " by ", " as " right after a verb: a passive or a naming ("described by police as", "praised as").
_BY_OR_AS_RE = re.compile(r"\s+(?:by|as)\b")
#: Words of a description the writer keeps anonymous on purpose: never named after.
_ANONYMOUS_HEADS = frozenset(lx.SPOKES_HEADS | {"source", "sources", "person", "people", "familiar", "anonymity"})
#: Officers of a court or the police: a report names the people it is about first, them later.
_NAMED_LATER = frozenset(
    "judge magistrate justice coroner recorder sheriff prosecutor prosecutors detective officer inspector "
    "constable police lawyer barrister attorney solicitor".split()
)
#: Words that end a description's head noun: "A contractor accused of ...", "A nurse who ...", "An engineer at ...".
_AFTER_THE_HEAD = frozenset("who whose whom that which accused charged convicted on at from in for of with by".split())
#: Words of a clause whose verb may be someone else's: "after a witness told", "in what rescuers called".
_SUBORDINATING = frozenset("after where when while what as because since before until although though if".split())
_WORD_RE = re.compile(r"[\w\u2019'-]+")
#: Words with a person-noun ending that are no people.
_NOT_PEOPLE = frozenset("after before under over other another either neither whether rather corner border".split())
_PREPOSITIONS = frozenset("of from for at in on about against among".split())
_CLAUSE_OPENERS = frozenset("that which who whom and but with".split())
_DETERMINERS_OF_ONE = frozenset("the a an his her their its my our your".split())
_NOT_BEFORE_ITS_VERB = frozenset("who that which was were been being is are".split())
#: Auxiliaries and adverbs between a subject and its verb ("A nurse has told", "A farmer yesterday told").
_BEFORE_A_VERB = frozenset(
    "has had have will would also later then earlier recently again reportedly today yesterday".split()
)


def named_after_the_lede(
    text: str,
    paras: Sequence[tuple[int, int, str]],
    story: Story,
    quotes: list[Quote],
    sentence: Callable[[int, int, int], tuple[int, int]],
) -> list[Quote]:
    """``quotes`` with those of a lede that describes its speaker given to the one the next paragraph names.

    ``paras`` are the article's (start, end, kind); ``sentence(pi, s, e)`` the bounds of the sentence of
    paragraph ``pi`` that holds [s, e).
    """
    return _Lede(text, paras, sentence).named_after(story, quotes)


class _Lede:
    """One article's paragraphs, read for a lede that names its speaker only after."""

    def __init__(
        self, text: str, paras: Sequence[tuple[int, int, str]], sentence: Callable[[int, int, int], tuple[int, int]]
    ) -> None:
        self.text = text
        self.paras = paras
        self.sentence = sentence

    def named_after(self, story: Story, quotes: list[Quote]) -> list[Quote]:
        """See :func:`named_after_the_lede`.

        The evidence must be clean: a lede sentence that opens on "A"/"An"
        and a person described, whose verb of speech leads to the quote with
        nobody else in it; a next paragraph that opens on one person named
        there for the first time, not described as someone else ("Quill, a
        tenant,") nor as one who died or was hurt.  Never a spokesperson, an
        official or a source, whom the writer keeps anonymous on purpose.
        """
        lede = self._lede()
        if lede is None or lede + 1 >= len(self.paras):
            return quotes
        ps, pe, _ = self.paras[lede]
        found = None
        out = []
        for q in quotes:
            if q.speaker is None and ps <= q.start < pe:
                if found is None:
                    found = self._introduced_next(story, lede) or False
                described = self._opens_on_its_speaker(story, lede, q, *found) if found else None
                if described is not None:
                    start, end = described
                    q = replace(q, speaker=found[0].name, speaker_start=start, speaker_end=end, method="role")
            out.append(q)
        return out

    def _lede(self) -> int | None:
        """The index of the article's first paragraph of prose (not a byline, a dateline or a heading)."""
        for pi, (ps, pe, kind) in enumerate(self.paras[:4]):
            if kind == "paragraph" and not BYLINE_RE.match(self.text, ps) and self.text.count(" ", ps, pe) >= 12:
                return pi
        return None

    def _introduced_next(self, story: Story, lede: int) -> tuple[Entity, str | None] | None:
        """The person the paragraph after the lede opens on, first named there, with the role it gives them.

        None when it names two ("Quill, 29, and Vexley, 31,") or tells of
        one who died or was hurt ("Quill, 19, died at the scene").
        """
        ps, pe, _ = self.paras[lede + 1]
        first = next(iter(story.named_between(ps, min(pe, ps + 60))), None)
        if first is None or lstrip_index(self.text, ps, pe) != first[0]:
            return None
        at, ent = first
        if story.kind(ent) != "person" or not ent.strong or " " not in ent.name:
            return None
        if any(e is ent for _, e in story.named_between(0, ps)):
            return None
        intro = _INTRODUCED_RE.match(self.text, at + len(ent.name))
        if intro is None or intro.group("and"):
            return None
        sentence_end = SENTENCE_END_RE.search(self.text, intro.end(), pe)
        if _HURT_RE.search(self.text, at, sentence_end.start() if sentence_end else pe):
            return None
        role = intro.group("role")
        return ent, role.split()[-1].lower() if role else None

    def _opens_on_its_speaker(
        self, story: Story, lede: int, q: Quote, ent: Entity, role: str | None
    ) -> tuple[int, int] | None:
        """The description ("A former engineer") the quote's sentence opens on, if its verb of speech leads to it.

        Only "A"/"An" and a person described, no one named before the verb;
        not when the verb may be another's ("after a witness told", "by a
        judge who said", "in what rescuers called") or is passive ("was
        told to", "described by police as"), nor when the words are of
        someone else ("told jurors that her former partner was"), nor for an
        officer of a court or the police, whom a report names after the
        people it is about.  The one named next must fit: the same role if
        they are given one, the same sex.
        """
        lo, hi = self.sentence(lede, q.start - 1, q.start)
        m = _DESCRIPTION_OPENS_RE.match(self.text, lo)
        verbs = cues.VERB_RE.finditer(self.text, m.end(), q.start) if m is not None else ()
        # (the verb, past "accused of", "charged with": a description's words, though verbs of speech elsewhere)
        verb = next((v for v in verbs if v.group().lower() not in _AFTER_THE_HEAD), None)
        if verb is None or any(story.kind(e) == "person" for _, e in story.named_between(m.end(), verb.start())):
            return None
        if _HURT_RE.search(self.text, m.end(), verb.start()):
            return None  # "A man who was stabbed ... told jurors": the one hurt; the next paragraph names the accused
        found = list(_WORD_RE.finditer(self.text, m.end(), verb.start()))
        words = [w.group().lower() for w in found]
        if words and words[-1] in _NOT_BEFORE_ITS_VERB:
            return None  # "... by a judge who said", "who was told to leave": the verb is another's, or passive
        while words and words[-1] in _BEFORE_A_VERB:
            words.pop()  # "A nurse has told": the head before the auxiliary
        head = next((i for i, w in enumerate(words) if w in _AFTER_THE_HEAD), len(words))
        if head == 0 or not _a_described_person(words[head - 1]) or not _SUBORDINATING.isdisjoint(words):
            return None
        if head < len(words) and _people_word(words[-1]) and _subject_before_its_verb(words):
            return None  # "... at a junction that campaigners had described": the verb is theirs
        noun = words[head - 1]
        if _BY_OR_AS_RE.match(self.text, verb.end()) or (role is not None and role != noun):
            return None  # "described by police as", "praised as"; "A landlord ..." then "Quill, a tenant,"
        g = story.gender(ent)
        if g is not None and lx.ROLE_GENDER.get(noun, g) != g:
            return None  # "A woman told ..." then a man named
        said = [w.lower() for w in _WORD_RE.findall(self.text, verb.end(), q.start)]
        if "that" in said:
            said = said[len(said) - said[::-1].index("that") :]  # (after "told jurors that": no listener in it)
        elif verb.group().lower() in ("told", "tells", "telling"):
            said = said[2:]
        said += [w.lower() for w in _WORD_RE.findall(self.text, q.end, hi)]  # ('... savings" by a man posing as')
        if _someone_in_particular(said):
            return None  # "told the court that her former partner was": words of someone the next paragraph may name
        other = lx.PRONOUNS_F if g == "m" else lx.PRONOUNS_M if g == "f" else set()
        if not other.isdisjoint(said):
            return None
        return m.start("a"), found[head - 1].end()


def a_person_word(w: str) -> bool:
    """Is the (lower-case) word a noun for a person: a relative, a role, or a word for people ("bloke")?"""
    return w in KIN or w in lx.ROLE_HEADS or w in lx.ROLE_GENDER or w in lx.PEOPLE_WORDS


def _a_described_person(w: str) -> bool:
    """Is the (lower-case) word the head of a description of somebody the article may name after (not an officer)?"""
    if w in _NAMED_LATER or w in _ANONYMOUS_HEADS or w in lx.ORG_HEADS:
        return False
    return _a_listed_person(w) or (
        len(w) > 5 and w.endswith(("er", "or", "ist", "ian", "man", "woman")) and w not in _NOT_PEOPLE
    )


def _subject_before_its_verb(words: list[str]) -> bool:
    """Is the last of the words the subject of the verb after them, not a preposition's object ("from homeowners")?"""
    for w in reversed(words[:-1]):
        if w in _PREPOSITIONS:
            return False
        if w in _CLAUSE_OPENERS:
            return True
    return True


def _people_word(w: str) -> bool:
    """Is the (lower-case) word, or its singular, a listed noun for a person ("judge", "campaigners")?"""
    return any(_a_listed_person(v) or v in _NAMED_LATER for v in (w, w[:-1] if w.endswith("s") else w))


def _a_listed_person(w: str) -> bool:
    """Is the (lower-case) word on a list of nouns for a person (a relative, a role, "neighbour")?"""
    return a_person_word(w) or w in lx.PERSON_NOUNS


def _someone_in_particular(words: list[str]) -> bool:
    """Do the (lower-case) words speak of one person in particular: "the defendant", "her former partner"?

    (A noun from the lists of people, after a determiner or a possessive within three words; not "customers".)
    """
    for i, w in enumerate(words):
        if _a_listed_person(w) and any(
            v in _DETERMINERS_OF_ONE or v.endswith(("'s", "\u2019s")) for v in words[max(0, i - 3) : i]
        ):
            return True
    return False
