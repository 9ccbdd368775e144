"""From a speaker mention to a name: resolving one quote's speaker, and the final settle.

:meth:`Resolver.resolve` turns a :class:`~.cues.Mention` ("he", "Ms
Vantroy", "the company", "a spokesperson", "the statement") into the
full name the article gave.  It reads a :class:`~.story.Story` and
returns, beside the answer, the Story with what the answer taught (a
gender, a role binding, an organisation) -- never changing the Story it
was given, so one quote's resolution cannot change what another quote,
resolved against the same Story, sees.

:meth:`Resolver.settle` gives every quote its last check once all are
resolved: a lone surname becomes the full name, two people joined by
"and" become "unclear".

Public names: :class:`Speaker`, :class:`Resolver`, :func:`org_for_run`.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import logging
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Quote
from . import cues
from . import lexicon as lx
from .antecedents import (
    anonymous_before,
    in_asked_clause,
    introduced_anonymous,
    introduced_unnamed,
    is_outlet,
    next_with_role,
    prev_para_start,
    resolve_pronoun,
    resolve_role,
)
from .cues import ANONYMOUS_RE, Mention
from .kinds import (
    ORG_HEAD_WORDS,
    ORG_KIND_HEADS,
    ROLE_SUFFIX_RE,
    anonymity_words_in,
    anonymous_search,
    everyday_word,
    given,
    given_gender,
    is_demonym,
    unnamed_of_sex,
)
from .names import Run, org_name, possessive, title_abbreviation
from .registry import BYLINE_RE, Entity, Registry
from .story import Story
from .tokens import (
    WORD_BEFORE_RE,
    first_word,
    last_match,
    lstrip_index,
    norm,
    rstrip_index,
    sentence_start,
    start_of_paragraph_before,
    word_before,
    words,
)

log = logging.getLogger(__name__)

__all__ = ["Resolver", "Speaker", "apposed_sex", "most_named_person", "name_pairs", "org_for_run"]

#: Offices of the bench: "the judge said" is unclear where the article names two who hold one.
_BENCH_ROLES = frozenset({"judge", "magistrate"})
#: "Judge Aurek Quill", "Lady Justice Brisa Vexley": a title of the bench and the name after it.
_BENCH_TITLE_RE = re.compile(r"\b(?:Judge|Justice|Magistrate) ((?:[A-Z][\w'\u2019-]+ ?){1,4})")

#: "a statement on behalf of", "a letter from", "a message sent by".
_DOC_FROM_RE = re.compile(
    r"\b(?:statement|letter|message|tribute|email|note|reply|memo)s?,? (?:(?:issued|released|written|sent|read) )?"
    r"(?:(?:from|by|on behalf of) )"
)
_DOC_REACH = 400
#: Documents someone writes to someone: "the letter said" after "X wrote to the company" is X's.
_WRITTEN_TO_SOMEONE = frozenset({"letter", "email", "e-mail", "note", "message"})
#: "X filed a proposed class-action lawsuit", "X brought the suit": the one who filed a court paper.
_FILED_RE = re.compile(
    r"\b(?:filed|brought|lodged) (?:a|an|the) (?:(?!(?:to|against|in|of|for|on|over|with)\b)[\w\-]+ ){0,3}?"
    r"(?:lawsuit|complaint|suit)\b"
)  # (not "filed an answer to the complaint", "filed a motion against the lawsuit": another paper)
#: A court paper named: "lawsuit", "complaint", "suit".
_COURT_PAPER_RE = re.compile(r"\b(?:[Ll]awsuit|[Cc]omplaint|[Ss]uit)\b")
#: After a name in the possessive, someone of theirs named next: "'s former clerk, ".
_OWNED_THEN_NAMED_RE = re.compile(r"['\u2019]s (?:[a-z\-]+ ){0,3}[a-z\-]+, (?=[A-Z])")
#: "what ", "which " or a comma after a word right before a he/she: a clause naming something, or an aside (", she
#: tells me,"), inside the sentence -- not a he/she after a quote's closing mark, which the quote's own reading decides.
_WHAT_BEFORE_RE = re.compile(r"(?:\b(?:what|which)|\w,) $")
#: ", in what ", ", for what ": a phrase set off by a comma, back in the sentence's main clause, before its "it".
_BACK_IN_THE_MAIN_CLAUSE_RE = re.compile(r", (?:in|for|over|with) what $")
#: A sentence's opening up to its subject: a dateline ("LONDON, Oct 14 (Wire) - "), then "The".
_SENTENCE_OPENS_ON_RE = re.compile(
    r"\s*(?:[A-Z][A-Z .'\-]+,[^\n]{0,40}?(?:\([^)\n]{1,40}\))?\s*(?:-+|\u2014|\u2013)\s+)?(?:The )?"
)
#: What opens a clause of its own, whose "it" is its own subject's: a comma, "that", "which", a verb of saying.
_A_CLAUSE_OF_ITS_OWN_RE = re.compile(
    r",|\b(?:that|which|who|whose|said|says|reported|reports|told|tells|added|claimed|claims|alleged|alleges)\b"
)
#: A passive right after a subject: "was fined by", "has been ordered to".
_PASSIVE_AFTER_RE = re.compile(r" (?:was|were|is|are|has been|have been|had been)\b")
#: After a place's name, the kind of body and its name: " law firm ", " consultancy ".
_NAMED_AFTER_ITS_KIND_RE = re.compile(r"(?: [a-z\-]+){1,3} (?=[A-Z])")
#: "A lawsuit filed Tuesday in federal court on behalf of ": for whom it was filed, named next.
_FILED_FOR_RE = re.compile(
    r",? filed (?:[^,.;]{0,60}? )?(?:on behalf of|by) (?:(?!(?:against|over|with)\b)[a-z\-'\u2019]+,? ){0,4}(?=[A-Z])"
)  # (not "on behalf of tenants against landlord X": X is the one sued)
#: " wrote to ", " wrote ": a person writing (the subject before it is the writer).
#: A reply between a letter written and the words quoted: whose letter is quoted is no longer clear.
_REPLIED_RE = re.compile(
    r"\b(?:wrote back|replied|responded|answered|rejected|refused|sent (?:a|its|her|his) (?:reply|response))\b"
)
_WROTE_RE = re.compile(r"\b(?:wrote|writes|has written|had written) (?=to\b|an?\b|the\b|\w+ to\b)")
#: A body issuing a document: "issued a public appeal", "said in a written statement", "put out a notice".
_ISSUED_RE = re.compile(
    r"\b(?:issued|released|published|put out|sent out|said in|says in) (?:a|an|its) (?:[a-z\-]+ ){0,2}?"
    r"(statement|appeal|notice|bulletin|release|letter|post|circular)\b"
)
#: Between a body and a person: the role, perhaps a comma ("Rovers chairman X", "The X leader, Y").
_ROLE_THEN_NAME_RE = re.compile(r"(?: [a-z][a-z\-]*){1,3},? ")
#: "The county department", "The club", "Its parent company": a body by its noun, opening a sentence.
_BODY_BY_ITS_NOUN_RE = re.compile(r"(?:[Tt]he|[Ii]ts) (?:[\w'\u2019\-]+ ){0,2}?([a-z]+)(?:,| (?=[a-z]))")
#: "read a statement", "read out a short tribute": somebody reading a document aloud.
_READ_A_DOCUMENT_RE = re.compile(
    r"\bread (?:out |aloud )?(?:a|an|the) (?:short |brief |prepared |written |joint |family )?"
    r"(?:statement|tribute|letter|message)\b"
)
#: At most this many words make the credit line that names a first-person piece's writer.
_CREDIT_WORDS = 30
#: The label that opens a transcript's turn: an answer ("A:", "A.") or a speaker in capitals ("ADA QUILL:").
_TURN_LABEL_RE = re.compile(r"(A[:.] )|([A-Z][A-Z'\u2019\-]+(?: [A-Z][A-Z'\u2019\-]+){0,3}): ")
#: A question's label opening a paragraph ("Q: ", "Q. ").
_FIRST_QUESTION_RE = re.compile(r"(?:^|\n)Q[:.] ")
#: The lower-case word right after a run of capitals.
_WORD_AFTER_RE = re.compile(r" ([a-z]+)\b")
#: An unnamed person who speaks: "A cyclist, who did not want to be
#: named, told the Courier", "One neighbour said".
_UNNAMED_SPEAKER_RE = re.compile(
    r"[.!?\n][\u201d\u2019\"]? ?(?:An?|Another|One) (?:[a-z0-9\-]+ ){0,2}?([a-z\-]+)"
    r"(?: (?:in|at|from|on|near|who) [^,.\n]{0,40}?)?(?:,[^,.\n]{0,80},){0,2}"
    r" (?:(?:has|had|also|later) )?(?:said|says|told|tells|added|recalled|described|explained|disagreed|agreed"
    r"|argued|insisted|complained|testified)\b",
)
#: A relative of someone named, unnamed, who speaks: "the sister of Quill said", "a cousin of Aurek Quill told".
_KIN_OF_SPEAKS_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?) (sister|brother|mother|father|son|daughter|widow|widower|wife|husband|cousin|aunt|uncle"
    r"|grandmother|grandfather|niece|nephew) of (?:the late )?(?:[A-Z][\w'\u2019\-]+ ){0,2}[A-Z][\w'\u2019\-]+"
    r" (?:(?:has|had|also|later) )?(?:said|says|told|tells|added|recalled|explained|testified)\b"
)
#: A mention's head word, after "the": "coroner" in "the coroner".
_FIRST_WORD_RE = re.compile(r"(?:[Tt]he )?([\w'\u2019-]+)")
#: " says,", " said,": a parenthetical verb right after a he/she ("X, he says, '...'").
_SAYS_AFTER_RE = re.compile(r" (?:says|said|adds|added|insists|insisted),")
#: A sentence opening on people of a body: "Inspectors from the ", "Researchers at ", "Engineers with ".
_PEOPLE_OF_A_BODY_RE = re.compile(r"(?:The )?([A-Z][a-z]+s) (?:from|at|of|with) (?:the )?(?=[A-Z])")
#: People who act for a body, so that "they" is the body's voice ("Inspectors from X ... they said"); not its
#: customers, tenants, critics or workers in a dispute with it.
_AGENTS_OF_A_BODY = frozenset(
    """inspector official researcher scientist engineer investigator auditor officer member representative lawyer
    expert analyst executive director economist detective""".split()
)
#: Those an animal (or a thing) has: "her owner", "his handler", whom the next name is likely to be.
_KEEPERS = frozenset({"owner", "owners", "handler", "keeper", "trainer", "jockey", "breeder", "rider"})
#: A letter signed by a number of people: "letter, signed by 40 of the", "letter signed by hundreds of".
_SIGNED_BY_MANY_RE = re.compile(
    r"\bletter\b[^.\n]{0,40}?\bsigned by (?:more than |over |about |nearly |some )?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b"
)
#: A document's own owner right before it: "Maud Quill's letter", "her letter", "their open letter".
_OWNED_BEFORE_RE = re.compile(r"(?:['\u2019]s|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)) (?:open )?$")
#: Verbs of writing a document, which make the person named beside them its author.
_AUTHORED_RE = re.compile(
    r"\b(?:wrote|written|writes|drafted|organised|organized|penned|started|sent|co-ordinated|coordinated)\b"
    r"|\b(?:said in|In) (?:a|an|the|her|his) (?:open )?letter\b"
)
#: Papers an inspecting body writes about what it inspected: its report, not the inspected's.
_INSPECTION_PAPERS = frozenset({"report", "review", "audit", "assessment", "evaluation", "inspection", "findings"})
#: Verbs of inspecting, before the one inspected: "visited Y Hospital", "rated Y School inadequate".
_INSPECTED_RE = re.compile(r"\b(?:visited|inspected|rated|assessed|audited|investigated|examined)\b")
#: Between a verb of inspecting and its object: "the" or "its", then perhaps one to three lower-case words and
#: "at", "of" or "in" ("visited the Vexley Hospital", "visited the birth centre at Vexley Hospital"); no comma.
_OBJECT_NEXT_RE = re.compile(r" (?:the |its )?(?:(?:[a-z\-]+ ){1,3}(?:at|of|in) (?:the )?)?")
#: "asked " before a name: someone asking someone ("X asked Y why ...").
_ASKED_ONE_RE = re.compile(r"\basked (?=[A-Z])")
#: A question put after the name of the one asked: "asked Y why", "whether", "about" (and "asked Y who", but not
#: "asked Y, who had wept throughout, to stand": after a comma, "who" opens a clause about Y).
_A_QUESTION_AFTER_RE = re.compile(r"(?: (?:who|which|when|where)|,? (?:why|whether|if|how|what|about))\b")
#: After a he/she, words that make the quote no answer: asking ("she asked"), a remark later or elsewhere ("he said
#: outside court", "she said after the hearing"), words to someone else ("she told her").
_NO_ANSWER_AFTER_RE = re.compile(
    r" (?:asked|asks|pressed|demanded|wanted to know)\b"
    r"|(?: [a-z]+)? (?:later|afterwards|outside|after (?:the|his|her))\b"
    r"| told (?:her|him|them)\b"
)
#: Before "asked", the words of someone's account: a verb of telling earlier in the sentence ("Quill said she asked
#: Vexley whether"), or a pronoun or "had" right before it ("he asked", "officers asked", "had asked").
_REPORTED_ASKING_RE = re.compile(
    r"\b(?:said|says|told|tells|recalled|recalls|explained|testified|remembered|recounted|described)\b"
    r"|\b(?:he|she|they|I|we|officers|police|had|was|were|been)\s*$"
)
#: After the one asked, in the asking sentence, an answer already told ("and was told", "refused", "denied"), or the
#: asker going on to something else ("asked Ms Quill about her plans, then turned to the crowd").
_ANSWERED_ALREADY_RE = re.compile(
    r"\b(?:was told|were told|refused|declined|denied|agreed|replied|answered|responded|then)\b"
)
#: A he/she (and its other forms) of each sex, in a quote: whom the quote speaks of, not the one speaking.
_SAME_SEX_RE = {
    "he": re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b"),
    "she": re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b"),
}
#: A quotation mark no letter or digit comes right before (not the apostrophe of "family's"): searched from a
#: paragraph's start, the first one opens the paragraph's first quote.
_OPENS_A_QUOTE_RE = re.compile(r"(?<!\w)[\u201c\u2018\"']")
#: "Asked by the coroner, Dr ", "Questioned by ": a sentence opening with who put the question.
_ASKED_BY_RE = re.compile(r"(?:Asked|Questioned|Pressed|Challenged|Cross-examined|Quizzed) (?:again )?by ")
#: "published on Thursday by the ", "written by ": who put a document out, before their name.
_PUBLISHED_BY_RE = re.compile(
    r"\b(?:published|issued|written|compiled|produced|released|commissioned) (?:\w+ ){0,3}by (?:the )?(?=[A-Z])"
)
#: "that Quill read aloud", "which Ms Quill read out": the one reading a document, who did not write it.
_READ_OUT_CLAUSE_RE = re.compile(r"\b(?:that|which) ([A-Z][\w'\u2019.-]*)[\w\s'\u2019.-]{0,30}? read\b")
#: What comes right before the one a saying is about: "said (that) X had ...".
_SPOKEN_OF_BEFORE_RE = re.compile(r"\b(?:said|says|found|concluded|judged|rated)\s+(?:that\s+)?$")
#: A name with a possessive inside a role's mention: "Quimbrel's" in "Quimbrel's mother".
_POSSESSIVE_RE = re.compile(r"\b[A-Z][\w\u2019'-]*?['\u2019]s\b")
#: Nouns for someone an article does not name, whoever else it names ("a source close to the talks").
_UNNAMED_BY_DEFINITION = frozenset({"source", "sources", "insider", "insiders", "person", "people"})
#: The longest clause (characters) that introduces an unnamed speaker.
_UNNAMED_CLAUSE = 200
#: The same opening a sentence (or a paragraph): "An old man on the bench laughed."
_UNNAMED_SUBJECT_RE = re.compile(
    r"(?:^|(?<=[.!?] ))(?:An?|One|Another)(?:, an?)? (?:(?!an? |the )[a-z\-]+ ){0,2}?"
    r"([a-z\-]*(?<!hu)man|[a-z\-]*woman|boy|girl|lady|gentleman)\b",
    re.M,
)


def _sex_of_noun(noun: str) -> str | None:
    """The sex ("m" or "f") of a noun for a person of one sex ("lady", "ferryman", "postwoman"), else None."""
    return lx.ROLE_GENDER.get(noun) or ("f" if noun.endswith("woman") else "m" if noun.endswith("man") else None)


#: A sentence opening on somebody's relative, unnamed: "Otso's mother sat near the stage."
_KIN_SUBJECT_RE = re.compile(
    r"(?:^|(?<=[.!?] ))[A-Z][\w\-]*(?:'s|\u2019s) (mother|father|wife|husband|sister|brother|daughter|son|"
    r"grandmother|grandfather|aunt|uncle|widow|widower|girlfriend|boyfriend)\b(?!,)",
    re.M,
)
#: A sentence opening on someone unnamed, of any noun: "A first-year law student", "One Quarnholt activist".
_UNNAMED_ANY_SUBJECT_RE = re.compile(r"(?:^|(?<=[.!?] ))(?:An?|One|Another) ((?:[\w\-]+ ){0,3}[\w\-]+)", re.M)
#: The rest of an opening noun phrase, then a noun phrase in apposition: " table, a retired fisherman".
_APPOSED_NOUN_RE = re.compile(r"[^,.;:!?\n]{0,40}, an? ((?:[a-z\-]+ ){0,2}[a-z\-]+)\b")
#: Words that end the noun phrase such a sentence opens with.
_NP_STOPS = frozenset("a an the of his her their its who which that at in on with from to for by".split())
_SHE_RE = re.compile(rf"\b(?:{'|'.join(sorted(lx.PRONOUNS_F))})\b", re.I)
_HE_RE = re.compile(rf"\b(?:{'|'.join(sorted(lx.PRONOUNS_M))})\b", re.I)
#: The same with any noun for a person, whatever their sex ("a member of staff", "one constituent", "a neighbour").
_UNNAMED_ANYONE_RE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:[a-z\-]+ ){0,2}?([a-z][a-z\-]+)\b")
#: The same, its up to four words each tried as the noun ("A former office manager" puts its noun last), for a
#: his/her that stands for someone unnamed (:meth:`Resolver._of_one_unnamed`).
_ONE_UNNAMED_RE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)((?: [a-z\-]+){1,4})")
#: What comes before a noun that says what someone is or was, not who else is there: "as a nurse", "is a nurse".
_PREDICATE_BEFORE_RE = re.compile(r"\b(?:as|is|was|were|be|been|became|become|becomes|being|remains)\s+$")
#: How far back (characters) an unnamed person is looked for.
_UNNAMED_PERSON_REACH = 600
#: A body's official, who speaks for it only when named or on the record.
_OFFICIAL_AFTER_RE = re.compile(r"\s+officials?\b")
#: Those who speak for an organisation, named or not (an "official" may speak for himself).
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
#: "(But) the Quorran manager ": a role opening a sentence (its modifiers, its head).
_ROLE_OPENS_RE = re.compile(r"(?:(?:But|And|Yet|So|Still) )?[Tt]he ((?:[\w'\u2019\-]+ ){0,2}?)([a-z\-]+)\b")
#: Somebody unnamed, opening the sentence, sending a document: "One woman mailed a cheque and", "A neighbour left"
#: (not "A week later she sent", "A spokesman later emailed": someone named, a body's voice).
_SENT_BY_SOMEBODY_RE = re.compile(
    r"[\u201c\u2018\"' ]*(?:One|An?|Some|Another|Someone|Somebody) "
    r"(?:(?!(?:he|she|they|we|later|spokesman|spokeswoman|spokesperson|official|representative)\b)[a-z\-]+ ){0,3}"
    r"(?:sent|left|wrote|posted|attached|included|added|pinned|slipped|mailed|emailed)\b"
)
#: The pronoun a possessive stands for: "her statement" is what "she" said.
_PRONOUN_OF_POSSESSIVE = {"his": "he", "her": "she", "its": "it"}
#: "according to (an inspection) ": a document named as the source, its author unsaid.
_ACCORDING_TO_RE = re.compile(r"\baccording to (?:(?:an?|the) (?:[\w\-]+ ){0,2})?$")
#: "the landlord admitted it had": the one who speaks is an "it".
_ADMITTED_IT_RE = re.compile(
    r" (?:has |had )?(?:admitted|conceded|acknowledged|accepted)(?: that)? it (?:had|has|was)\b"
)
#: "One elderly", "a retired": an indefinite article and up to two words right before a role word.
_INDEF_BEFORE_RE = re.compile(r"(?<![\w\-])(?:[Oo]ne|[Aa]n?|[Aa]nother) (?:(?:[a-z\-]+|Year \d+) ){0,2}$")
#: ", who " right after a role: a clause about its holder ("Their teacher, who did not give her name, said").
_WHO_AFTER_RE = re.compile(r", who (?:had |has )?")
#: How far from a mention its sentence's ends are looked for (characters).
_SENTENCE_REACH = 600
_STOPS = (". ", "? ", "! ", "\n")
#: How near before a pronoun a second person who fits it makes it a guess (characters).
_CONTEST_REACH = 400
#: A he/she whose person was named no nearer than this (characters), with
#: another who fits in the text before, is left unclear.
_NAMED_REACH = 600
#: The person named this many times as often as the next is who the article is about.
_SUBJECT_LEAD = 1.5
#: "One email, sent last spring by the parish clerk Otso Quarnby," -- the author.
#: (also "One letter, from his daughter, Brisa Quill, said": a description, then the name)
_BY_RE = re.compile(
    r",? (?:(?!\b(?:seen|obtained|reviewed|viewed|read|shown to|leaked to) by\b)[^,.]){0,60}?\b(?:by|from) "
    r"(?:[A-Z][\w\-]*['\u2019]s )?(?:[a-z\-'\u2019]+,? ){0,7}(?=[A-Z])"
)  # (not "a memo seen by Reuters": who saw it wrote nothing; "from the hospital's clinical director, Dr Y": Y)
#: "an email Ysmay Quill sent", "a letter Quill wrote": the author right after the document.
#: " of the X": a document's body named right after it ("the annual report of the X Trust").
_OF_BODY_RE = re.compile(r" of (?:the )?(?=[A-Z])")
_SENT_BY_RE = re.compile(r" (?=[A-Z][^,.]{0,60}? (?:sent|wrote|issued|posted|signed)\b)")
#: "The jury heard from a former fundraiser, who cannot be named": a witness giving evidence.
_HEARD_FROM_RE = re.compile(r"\bheard (?:evidence |testimony )?from\b")
#: "signed by (its managing partner) Y": who put their name to a document ("signed by the company's
#: customer director, Y", "signed by Quorran's head of quality, Y": a possessive, and a comma before the name).
_SIGNER = r"signed by (?:[A-Z][\w\-]*['\u2019]s )?(?:[a-z\-'\u2019]+,? ){0,5}(?=[A-Z])"
#: Right after a document's mention: ", signed by (the firm's director,) Y".
_SIGNED_AFTER_RE = re.compile(r",? " + _SIGNER)
_SIGNED_BY_RE = re.compile(r"\b" + _SIGNER)
_SENT_PUNCT = ".!?\u2026"


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a mention names: the name (None when unclear), the entity if known, and the mention's span."""

    name: str | None
    entity: Entity | None
    start: int | None
    end: int | None


def org_for_run(story: Story, run: Run) -> tuple[Entity, Story]:
    """'the Grindmoor union said': the capitals of ``run``, which name nobody yet, name an organisation.

    The one the story knows by that name or its first words, or a new one;
    returned with the Story that knows it.
    """
    normed = [norm(w) for w in run.name_words]
    key = " ".join(normed)
    ent = story.org(key) or story.org_with_prefix(normed)
    if ent is None:
        longer = _longer_run_before(story, run, normed)
        if longer is not None:
            # "Quorran Home Appliances recalled ..." then "a Quorran spokesperson said": the full name
            ent, story = _org_of_longer(story, longer)
        else:
            ent = Entity(org_name(story.reg.text, run), "org", strong=True, index=story.entity_count())
            story = story.with_new_org(ent, key, normed)
    return ent, story.with_run_entity(run, ent)


def _org_of_longer(story: Story, longer: Run) -> tuple[Entity, Story]:
    """The organisation the run ``longer`` (all its words) names, new, with the Story that knows it."""
    words_ = story.reg.text[longer.start : longer.end].split()
    normed = [norm(w) for w in words_]
    ent = story.org(" ".join(normed))
    if ent is None:
        ent = Entity(" ".join(words_), "org", strong=True, index=story.entity_count())
        story = story.with_new_org(ent, " ".join(normed), normed)
    return ent, story.with_run_entity(longer, ent)


def _named_in_full_before(story: Story, run: Run) -> list[Run]:
    """The runs before ``run`` (a word of no known kind after "the") that end with its word, no one's name yet.

    "The Lynx said" after "the Vexley River Lynx beat ...": a team by the last word of its name (not "the
    Italian", a people, nor a role).
    """
    word = norm(run.name_words[0])
    if is_demonym(run.name_words[0]) or word in lx.ROLE_HEADS or story.run_kind(run) != "unknown":
        return []
    return [
        other
        for start, other in story.reg.runs_by_start.items()
        if start < run.start
        and len(other.name_words) >= 2
        and norm(other.name_words[-1]) == word
        and story.run_kind(other) in ("unknown", "org")
        and (story.entity_of(other) is None or story.kind(story.entity_of(other)) == "org")
        and not _apposed_to_a_person(story, other)
    ]


def _apposed_to_a_person(story: Story, run: Run) -> bool:
    """Is ``run`` a title set after a person's name ("Tom Vane, the Quarnby Chaplain")?"""
    text = story.reg.text
    at = run.start - 6 if text.startswith(", the ", run.start - 6) else run.start - 2
    before = story.reg.runs_by_end.get(at) if text.startswith(", ", at) else None
    return before is not None and story.run_kind(before) == "person"


def _longer_run_before(story: Story, run: Run, normed: list[str]) -> Run | None:
    """The last run before ``run`` that names nobody yet and begins with its words, longer ("Quorran Home Goods")."""
    found = None
    n = len(normed)
    text = story.reg.text
    for start, other in story.reg.runs_by_start.items():
        if start >= run.start:
            continue
        words_ = text[other.start : other.end].split()  # (all its words: "Home" is no title here)
        if (
            len(words_) > n
            and story.run_kind(other) == "unknown"
            and story.entity_of(other) is None
            and [norm(w) for w in words_[:n]] == normed
            and (found is None or start > found.start)
        ):
            found = other
    return found


#: What a family calls its own as a name ("Gran would reply", "Dad said"), and the kin it means.
_KIN_NAMES = {
    **dict.fromkeys(("nana", "nan", "gran", "granny", "grandma", "nanna", "nonna", "oma"), "grandmother"),
    # (and the words of families whose first language is another: Polish, Spanish, Hindi, Yiddish, Afrikaans)
    **dict.fromkeys(("babcia", "abuela", "nani", "dadi", "bubbe"), "grandmother"),
    **dict.fromkeys(("grandpa", "grandad", "granddad", "gramps", "opa", "nonno"), "grandfather"),
    **dict.fromkeys(("dziadek", "abuelo", "nanaji", "dadaji", "zayde", "oupa"), "grandfather"),
    **dict.fromkeys(("mum", "mom", "mam", "mammy", "mummy", "mommy", "ma", "mama", "mamma"), "mother"),
    **dict.fromkeys(("dad", "daddy", "pa", "papa", "pop"), "father"),
}


def _person_noun(w: str) -> bool:
    """Is ``w`` a noun for a person: a role, a kin or sex word, a job ("lock-keeper"), "neighbour"?"""
    return w in lx.PERSON_NOUNS or w in lx.ROLE_HEADS or w in lx.ROLE_GENDER or (len(w) > 5 and w.endswith("keeper"))


def apposed_sex(said: str) -> str | None:
    """The sex the apposition of "One customer, a retired fireman who ..., said" (``said``) gives, if any ("m")."""
    noun = _apposed_person(said)
    return _sex_of_noun(noun) if noun is not None else None


def _apposed_person(said: str) -> str | None:
    """The noun for a person in the apposition of "One regular, a retired postman who ..., said" ("postman")."""
    appos = _FIRST_APPOSITION_RE.match(said.lstrip(".!?\n\u201d\u2019\"' "))  # (from the sentence's first word)
    if appos is None:
        return None
    # (the noun is the phrase's last person word: "a former fireman" is a fireman)
    return next((w for w in reversed(appos.group(1).split()) if w in lx.ROLE_HEADS or ROLE_SUFFIX_RE.search(w)), None)


#: ", a retired postman": an apposition at the first comma after a noun phrase of a few words (its words up to a
#: "who", "in", "from" or comma), not one further on ("One porter was blunter about the new manager, a man who").
_FIRST_APPOSITION_RE = re.compile(
    r"(?:[^\s,.;:!?]+ ){1,4}?[^\s,.;:!?]+, an? ((?:[a-z\-]+ ){0,3}?[a-z\-]+)(?= (?:who|in|from|at|of|with)\b|,)"
)


class Resolver:
    """Resolves the speaker mentions of one article.

    Holds only the registry and what is derived from the text alone (found
    once, when first needed); everything learned from quotes is in the
    Story passed in and out.
    """

    def __init__(self, reg: Registry) -> None:
        self.reg = reg
        self.text = reg.text
        self._unnamed: list[re.Match] | None = None
        self._named_counts: dict[int, int] | None = None
        self._unnamed_pos: list[int] = []
        self._owned: dict[str, list[tuple[int, int, int]]] = {}
        #: _sentence's answers by position (a function of the text alone; a mention is often asked about twice)
        self._sentences: dict[int, tuple[int, int]] = {}
        #: _anonymous's answers by sentence (lo, hi): does it say, outside quotes, that someone is not to be named
        self._anonymous_sentences: dict[tuple[int, int], bool] = {}
        #: cannot_be's answers by (id of the Story, the he/she's start, end and word), with the Story
        self._cannot_be: dict[tuple[int, int, int, str], tuple[Story, Entity | None]] = {}
        #: the byline's run, once looked for (False: there is none)
        self._byline_run: Run | bool | None = None

    def resolve(
        self, story: Story, m: Mention, exclude: Entity | None = None, pos: int | None = None
    ) -> tuple[Speaker, Story]:
        """The full name for a speaker mention, and the Story with what resolving it taught.

        ``exclude`` is a person the mention cannot be (a nested quote's
        outer speaker); ``pos`` is where to look back from (the mention's
        start by default).
        """
        at = m.start if pos is None else pos
        if m.kind in ("pronoun", "role") and m.word not in ("i", "we", "it") and self._anonymous(m):
            return _speaker(None, m), story  # "a nurse, who asked not to be named, said": nobody named
        if m.kind == "org" and _OFFICIAL_AFTER_RE.match(self.text, m.end):
            # "a Quorran Council official, who spoke on condition of anonymity,", "a senior Vornish official"
            people = m.run is not None and len(m.run.name_words) == 1 and is_demonym(m.run.name_words[0])
            if people or self._anonymous(m):
                return _speaker(None, m), story
        opener = self._role_opening_sentence(m) if m.kind == "pronoun" and exclude is None else None
        if opener is not None:
            # "But the Quorran manager was in no mood to celebrate a performance he described as '...'": him
            ent, story = self._role(story, opener, opener.start)
        elif m.kind == "pronoun":
            ent, story = self._pronoun(story, m, at, exclude)
        elif m.kind in ("name", "org") and m.run is not None:
            return self._named(story, m, at)
        elif m.kind == "role":
            ent, story = self._role(story, m, at)
        else:
            ent = None
        return _speaker(ent, m), story

    def _pronoun(self, story: Story, m: Mention, at: int, exclude: Entity | None) -> tuple[Entity | None, Story]:
        if m.word == "i" and not self.reg.in_quote(m.start):
            # "A: ... and I said, '...'": the one interviewed; in a first-person piece, the writer its credit names
            return self._who_answers(story, m.start) or self._writer(story, m.start), story
        if m.word in ("i", "we"):
            return None, story
        if exclude is None:
            exclude = self.cannot_be(story, m)
        if m.word == "they" and (sent := self._body_that_sent_them(story, m)) is not None:
            return sent, story  # "Inspectors from the X Agency visited Y ... that they said was 'unsafe'": X
        if m.word == "it":
            # "X read a statement on behalf of Y. It said:": Y's words
            author = (
                self._document_author(story, at)
                or self._owner_of_document_before(story, at)
                or self._reader_of_document(story, at)
                or self._body_the_sentence_opens_on(m)
            )
            if author is not None:
                return author, story
        if (
            m.word in ("he", "she")
            and _WHAT_BEFORE_RE.search(self.text, max(0, m.start - 7), m.start)
            and not self.reg.in_quote(m.start)
        ):
            # "He also confirmed that goalkeeper X had been left out for what he called 'personal reasons'": the
            # he of the sentence's own subject, not the man its clause names (in "what he called", ", she tells
            # me,": not a he/she after a quote of its own)
            ss = sentence_start(self.text, m.start)
            if ss < m.start and self.text[ss : ss + len(m.word) + 1].lower() == m.word + " ":
                at = min(at, ss)
        ent, gender = resolve_pronoun(story, m.word, at, exclude=exclude, said_by=not self.reg.in_quote(m.start))
        if ent is not None and ent is self._byline_writer(story) and not self.reg.in_quote(m.start):
            # "'...?' I ask her. '...,' she says": the writer is the "I", never the "she"
            ent, gender = resolve_pronoun(story, m.word, at, exclude=ent, said_by=True)
        # (the sex the pronoun gives is learned only if the pronoun is theirs in the end: a "she" left
        # unclear or given to someone else says nothing of the one first found)
        learned = story.with_gender(ent, gender) if gender is not None and ent is not None else story
        if m.word == "they" and ent is not None and story.kind(ent) == "org" and anonymous_before(self.reg, at):
            # "A porter on the ward, speaking on condition of anonymity, ... / '...,' they said": that person
            return None, story
        if ent is not None and m.word in ("he", "she"):
            if self.reg.in_quote(m.start):
                # "He was calm. He said, '...'" after "pulling an elderly man from his car": the man, unnamed
                if self._unnamed_person_since(learned, ent, m.word, max(at, m.start)):
                    return None, story
            elif self._unnamed_speaker_since(learned, ent, at) or self._unnamed_subject_before(m.word, at):
                return None, story
        if (
            ent is not None
            and m.word in ("he", "she")
            and exclude is None
            and ((contested := self._contested(learned, ent, m.word, at)) or self._faded(learned, ent, m.word, at))
        ):
            # Either of two people could be "she"; in a profile, the person it is about, else unclear
            subject = self._subject(story, lede=not contested)
            g = "m" if m.word in lx.PRONOUNS_M else "f"
            if subject is not None and story.gender(subject) == g and not self.reg.in_quote(m.start):
                return subject, story
            return None, story
        return ent, learned

    def _body_that_sent_them(self, story: Story, m: Mention) -> Entity | None:
        """The body whose people a "they" outside quotes stands for, where its sentence opens on them.

        "Inspectors from the X Agency visited Y Hospital and found crowding that they said was 'unsafe'",
        "Researchers at X University ... that they called": X, not the place they went to; None otherwise.
        """
        if self.reg.in_quote(m.start):
            return None
        lo, _hi = self._sentence(m.start)
        people = _PEOPLE_OF_A_BODY_RE.match(self.text, lstrip_index(self.text, lo, m.start), m.start)
        if people is None or people.group(1).lower().removesuffix("s") not in _AGENTS_OF_A_BODY:
            return None
        run = self.reg.runs_by_start.get(people.end())
        ent = story.entity_of(run) if run is not None else None
        return ent if ent is not None and story.kind(ent) == "org" else None

    def _writer(self, story: Story, pos: int) -> Entity | None:
        """The writer of a first-person piece, by its byline or the credit line that ends it.

        The byline "By Brisa Quill" over the story; else the last paragraph, short, opening with a person's full
        name ("Brisa Quill writes for the X."); None when there is neither.
        """
        text = self.text
        byline = self._byline_writer(story)
        para = text.rfind("\n", 0, pos) + 1
        if byline is not None and ":" not in text[para:pos] and not text.endswith(":", 0, rstrip_index(text, 0, para)):
            # "By Brisa Quill": the reporter who asks, "'...?' I ask." (not an "I" after a colon: a statement
            # "read in full:", a transcript's "QUILL:", someone's words set out)
            return byline
        end = len(text.rstrip())
        last = text.rfind("\n", 0, end) + 1
        if last <= 0 or len(text[last:end].split()) > _CREDIT_WORDS:
            return None
        run = self.reg.runs_by_start.get(last)
        if run is None or run.quoted or story.run_kind(run) != "person" or len(run.name_words) < 2:
            return None
        return story.entity_of(run)

    def _byline_writer(self, story: Story) -> Entity | None:
        """The person the byline over the story names ("By Brisa Quill"), if any (looked for once)."""
        if self._byline_run is None:
            byline = BYLINE_RE.match(self.text, lstrip_index(self.text, 0, len(self.text)))
            if byline is not None and " and " in byline.group():
                byline = None  # ("By Brisa Quill and Aurek Tarn": which of them is "I", the byline does not say)
            run = self.reg.runs_by_start.get(byline.start() + 3) if byline is not None else None
            self._byline_run = run if run is not None and len(run.name_words) >= 2 else False
        run = self._byline_run
        return story.entity_of(run) if run and story.run_kind(run) == "person" else None

    def _who_answers(self, story: Story, pos: int) -> Entity | None:
        """Who speaks in the turn of a transcript that holds ``pos``: "A: ..." or "ADA QUILL: ...", else nobody.

        An "A:" turn is the guest's: the person named most often before the first "Q:" (ties: the first).
        """
        text = self.text
        ps = text.rfind("\n", 0, pos) + 1
        label = _TURN_LABEL_RE.match(text, ps)
        if label is None:
            return None
        if label.group(1) is None:
            name = label.group(2).casefold()
            people = [e for e in story.entities() if story.kind(e) == "person" and e.name.casefold() == name]
            if not people and " " not in name:
                # "QUILL: ...": a surname alone labels the turn of the one person of that surname
                people = [e for e in story.entities() if story.kind(e) == "person" and e.last == name]
            return people[0] if len(people) == 1 else None
        first_q = _FIRST_QUESTION_RE.search(text, 0, ps)
        if first_q is None:
            return None
        return most_named_person(story, first_q.start())

    def _contested(self, story: Story, ent: Entity, word: str, at: int) -> bool:
        """Was another person the pronoun fits named since ``ent``'s sentence, shortly before it?

        "The coach praised his new signing, who has scored 14 goals. 'He's
        21,' he said": either man could be "he". Unless ``ent`` is who spoke
        last, such a pronoun was right about half the time on the tuning
        sets, a guess; so it is left unclear. (Not inside a quote, where the
        speaker tells who "he" is: the caller passes no outer speaker then.)
        """
        said = story.last_said(at)
        if said is not None and said[0] is ent:
            return False  # the speaker of the last speech verb goes on speaking
        g = "m" if word in lx.PRONOUNS_M else "f"
        mine = story.recent(at, lambda e: e is ent)
        if mine is None:
            return False
        lo, _ = self._sentence(mine[1])
        # One known to be of the pronoun's gender is contested only by another known to be.
        rivals = (g,) if story.gender(ent) == g else (None, g)

        def fits(e: Entity) -> bool:
            return e is not ent and story.kind(e) == "person" and e.strong and story.gender(e) in rivals

        for e, pos in story.mentions_before(at):
            if pos < lo or at - pos >= _CONTEST_REACH:
                return False
            if fits(e) and not (pos < mine[1] and _POSSESSOR_OF_APPOSED_RE.match(self.text, pos, mine[1])):
                if in_asked_clause(self.text, pos, at):
                    continue  # ("Asked about a foul on guard Y, he paused": Y, asked about, is no rival)
                return True  # (not "found X's granddaughter, Y, a retired nurse": X is named as whose kin Y is)
        return False

    def _faded(self, story: Story, ent: Entity, word: str, at: int) -> bool:
        """Is ``ent`` unnamed for long before a he/she at ``at``, while another person it could be was named?

        A pronoun whose person was last named paragraphs ago is still theirs
        in a profile of one person; but when another person the pronoun fits
        is in the story too, it is a guess: on held-out sets 4-10 such
        pronouns were right a third of the time.
        """
        if story.named_since(ent, at, _NAMED_REACH):
            return False
        said = story.last_said(at)
        if said is not None and said[0] is ent:
            return False  # the last one said to speak goes on speaking
        if ent is self._subject(story, lede=True):
            return False  # the person a profile is about is "she" all through it
        g = "m" if word in lx.PRONOUNS_M else "f"

        def fits(e: Entity) -> bool:
            return e is not ent and story.kind(e) == "person" and e.strong and story.gender(e) in (None, g)

        return story.recent(at, fits) is not None

    def _subject(self, story: Story, *, lede: bool = False) -> Entity | None:
        """The person the article is about: named or quoted at least 1.5 times as often as anyone else so far.

        With ``lede``, also the one named and quoted most so far, when the first paragraph names them first.
        """
        if self._named_counts is None:
            self._named_counts = {}
            for e in self.reg.timeline_ent:
                if e.kind == "person":
                    self._named_counts[e.index] = self._named_counts.get(e.index, 0) + 1
        counts = dict(self._named_counts)
        for index, n in story.quotes_by().items():
            counts[index] = counts.get(index, 0) + n
        people = {e.index: e for e in story.entities()}
        ranked = sorted(
            ((n, i) for i, n in counts.items() if i in people and story.kind(people[i]) == "person"), reverse=True
        )
        if ranked and (len(ranked) == 1 or ranked[0][0] >= _SUBJECT_LEAD * ranked[1][0]):
            return people[ranked[0][1]]
        lede_person = self._lede_person if lede else None
        if ranked and lede_person is not None and ranked[0][1] == lede_person.index and ranked[0][0] > ranked[1][0]:
            return people[lede_person.index]  # ahead of everyone, and the one the first paragraph names
        return None

    @functools.cached_property
    def _lede_person(self) -> Entity | None:
        """The first person the first paragraph names outside quotes, if any (found once: the registry is fixed)."""
        first_end = self.text.find("\n")
        first_end = len(self.text) if first_end < 0 else first_end
        for pos, e in zip(self.reg.timeline_pos, self.reg.timeline_ent, strict=True):
            if pos >= first_end:
                return None
            if e.kind == "person":
                return e
        return None

    def anonymous_between(self, lo: int, hi: int) -> bool:
        """Does the text between ``lo`` and ``hi`` say that someone is not to be named ("on condition of anonymity")?"""
        return anonymous_search(self.text, lo, hi) is not None

    def _named(self, story: Story, m: Mention, at: int) -> tuple[Speaker, Story]:
        """A name or an organisation's capitals."""
        run = m.run
        assert run is not None  # (a mention by name always has its run)
        ent = story.entity_of(run)
        if m.kind == "org" and ent is not None and story.kind(ent) == "person":
            story = story.with_kind(ent, "org")  # "a Quarrenby Rail spokesperson": not a person after all
            longer = _longer_run_before(story, run, [norm(w) for w in run.name_words])
            if longer is not None:
                short = ent
                ent, story = _org_of_longer(story, longer)  # "Quorran Home Goods ... a Quorran spokesperson"
                for other in self.reg.runs_by_start.values():
                    if story.entity_of(other) is short:
                        story = story.with_run_entity(other, ent)  # every "Quorran" is the firm
        the_word = len(run.name_words) == 1 and self.text[max(0, run.start - 4) : run.start].lower() == "the "
        role_word = the_word and run.name_words[0].lower() in lx.ROLE_SYNONYMS  # "The PM said": no body called PM
        if m.kind == "org" and ent is None and not role_word and not self.reg.common_noun(run):
            ent, story = org_for_run(story, run)
        kin = _KIN_NAMES.get(run.name_words[0].lower()) if len(run.name_words) == 1 else None
        # ("Gran said", "Foreman said": a kin word or a role written as a name, not one; see below)
        titled = len(run.name_words) == 1 and (kin is not None or _person_noun(run.name_words[0].lower()))
        if ent is not None and not role_word and not (titled and " " not in ent.name):
            if " " not in ent.name and story.kind(ent) == "person":
                ent = _short_for(story, ent.name, ent) or ent  # "Vux" for Aurek Vuxley: a short form of one name
            return _speaker(ent, m), story
        teams = _named_in_full_before(story, run) if the_word else []
        if len({" ".join(t.name_words) for t in teams}) == 1:
            # "The Lynx said in a statement" after "the Vexley River Lynx": the team, by the last word of its name
            ent, story = _org_of_longer(story, teams[0])
            return _speaker(ent, m), story
        if teams:
            return _speaker(None, m), story  # after "the Vexley Lynx beat the Ostrel Lynx": which, unclear
        if the_word:
            # "the Italian said": a nationality used as a role
            word = run.name_words[-1].lower()
            ent, binding = resolve_role(story, word, frozenset(), "the", at)
            if binding is not None and ent is not None:
                story = story.with_role(ent, *binding)
            return _speaker(ent, m), story
        if self.reg.common_noun(run):
            return _speaker(None, m), story  # "Marchers chanted": nobody in particular
        if kin is not None:
            # '"He is lying," Gran would reply' after "My grandmother, X, ...": the one person given that kin
            holders = [e for e in self.reg.entities if any(h == kin for h, _m in story.roles(e))]
            if len(holders) == 1:
                return _speaker(holders[0], m), story
        if titled:
            return _speaker(None, m), story  # "Gran said", "Foreman said": a kin word or a role, not a name
        after = _WORD_AFTER_RE.match(self.text, run.end)
        if after is not None and len(run.name_words) == 1 and _person_noun(after.group(1).removesuffix("s")):
            return _speaker(None, m), story  # "Airline staff said": people in a trade, none named
        short_form = _short_for(story, run.name_words[0]) if len(run.name_words) == 1 else None
        if short_form is not None:
            return _speaker(short_form, m), story  # "Bongo said" after "Aurek Bongolo": a short form of his name
        if norm(run.name_words[-1]) in _PLACE_ONLY_WORDS and self.text[max(0, run.start - 4) : run.start] in _THE:
            return _speaker(None, m), story  # "the Mill End sang", "the Vexley Stand": a place, and those in it
        return Speaker(" ".join(run.name_words), None, m.start, m.end), story  # capitals nobody else used

    def _role(self, story: Story, m: Mention, at: int) -> tuple[Entity | None, Story]:
        gave = cues.named_as(story, self.text, m.end, min(len(self.text), m.end + _SENTENCE_REACH))
        if gave is not None and gave.run is not None:
            return story.entity_of(gave.run), story  # "A team leader, who gave only his first name, Ezio, said"
        if m.det is None and m.head not in lx.SPOKES_HEADS and m.head not in lx.DOCUMENT_HEADS:
            if _INDEF_BEFORE_RE.search(self.text, max(0, m.start - 40), m.start):
                return None, story  # "One weary commuter, waiting on the platform, said": nobody named
        who = _WHO_AFTER_RE.match(self.text, m.end) if m.head not in lx.SPOKES_HEADS else None
        if who is not None and cues.ANONYMOUS_RE.match(self.text, who.end(), who.end() + 60):
            # "Their teacher, who did not give her name, said": nobody named (a body's spokeswoman unnamed still
            # speaks for the body)
            return None, story
        if m.head in lx.DOCUMENT_HEADS:
            return self._document(story, m, at)
        if m.head == "family":
            return None, story  # "X's family said": several people, none of them named
        if m.det in ("the", "this", "that") and self._introduced_unnamed(story, m):
            # "A senior party official was blunter. '...,' the official said": nobody named
            return None, story
        if m.det == "the" and m.head is not None and introduced_anonymous(story, m.head, m.start):
            # "A physician, who asked not to be named, said ... / '...,' the doctor said": that person, unnamed
            return None, story
        if m.head in lx.SPOKES_HEADS and m.word == "officials" and m.det is None and not m.mods:
            return None, story  # "officials said", "according to officials": which officials, the article does not say
        if m.head in ("official", "representative") and (
            m.det in ("one", "another", "a", "an") or "former" in self.text[m.start : m.end].lower().split()
        ):
            # "says one former central-bank official", "a housing official told her": a person unnamed, speaking
            # for no body
            return None, story
        if m.head in lx.SPOKES_HEADS and (owner := self._possessor(story, m)) is not None:
            if story.kind(owner) == "person":
                return owner, story  # "Ms Quill's spokesman said": hers, speaking for her (as a body's speaks for it)
        if m.head in lx.SPOKES_HEADS:
            words_before = (
                {norm(w) for w in self.text[m.start : m.end].split()[:-1] if not is_demonym(w)}
                - lx.DETERMINERS
                - lx.INDEFINITE
                - {"own"}  # ("the trust's own spokeswoman": the trust's)
            )
            named = self._org_named_by(story, words_before, at)
            if named is not None:
                return named, story  # "a fire service spokesperson": the fire and rescue service named before
            apposed = cues.apposed_name(story, self.text, m, min(len(self.text), m.end + 120), kind="org")
            body = story.entity_of(apposed.run) if apposed is not None and apposed.run is not None else None
            if body is not None and story.kind(body) == "org":
                return body, story  # "a spokesman for the operator, Quarnby Trains, said": the body it names
            words_before |= {w[:-2] for w in words_before if w.endswith("al")}  # "a departmental spokesperson"
            for mod in sorted((m.mods | words_before) & lx.ORG_HEADS):
                # "a department spokeswoman said": the department, not whichever body was named last
                ent, _binding = resolve_role(story, mod, frozenset(), "the", at)
                if ent is not None:
                    return ent, story
                if mod in ORG_KIND_HEADS:
                    return None, story  # "a police spokesperson": a force's, and the article names none
            if m.det == "the" and (introduced := _spokes_body_before(story, m.head or "", m.start)) is not None:
                return introduced, story  # "A spokesman for X said ... '...,' the spokesman said": X's
            # "a spokesperson said": the organisation last in the news (not one in a clause about it)
            return _body_in_the_news(story, at), story
        if m.det in lx.INDEFINITE:
            if m.head in _UNNAMED_BY_DEFINITION:
                return None, story  # "a source close to the talks": nobody the article will name
            if m.det in ("a", "an") and m.head in lx.ROLE_HEADS:
                if self._in_what_was_said(m):
                    return self._named_next_as(story, m.head, m.end), story
                # cataphora: "An MP has criticised the budget ...", then "Aurek Vexmoor, the MP for X, said"
                return next_with_role(story, m.head, m.end), story
            return None, story
        if m.det in ("the", "their", "its") and m.head not in lx.ORG_HEADS and _ADMITTED_IT_RE.match(self.text, m.end):
            return _body_near(story, at), story  # "as their landlord admitted it had 'let them down'"
        if m.head == "office" and (held := self._office_holder(story, m)) is not None:
            return held[0], story
        if m.head in _BENCH_ROLES and m.det == "the" and self._benches_before(story, m.head, at) > 1:
            return None, story  # "the judge said" after an appeal panel, or a trial judge and an appeal judge: which?
        return self._holder(story, m, at)

    def _holder(self, story: Story, m: Mention, at: int) -> tuple[Entity | None, Story]:
        """Who holds the role ``m`` names, by the roles the article gave (or a guess at one), never its possessor."""
        ent, binding = resolve_role(story, m.head, m.mods, m.det, at, quoted=self.reg.in_quote(m.start))
        owner = self._possessor(story, m) if ent is not None else None
        if owner is not None and (ent is owner or binding is not None):
            # "Quimbrel's mother said", "Vexley's lawyer said": somebody of theirs, never them, and not
            # whoever was named last either (unless the article gave someone that role)
            return None, story
        if binding is not None and ent is not None and m.det in ("his", "her") and self._of_one_unnamed(story, m):
            # "A former bookkeeper testified that her boss told her to '...'": the article never gave anyone that
            # role, and the one named next is likelier the "her" than her boss
            return None, story
        if binding is not None and ent is not None:
            story = story.with_role(ent, *binding)
        return ent, story

    def _of_one_unnamed(self, story: Story, m: Mention) -> bool:
        """Is the his/her of ``m`` someone unnamed its sentence brings in ("A former bookkeeper testified that her")?

        A person noun after "a", "an" or "one" earlier in the sentence, and no person named there (not "Brisa Quill,
        a nurse, said her manager", whose manager the next name may be); never an animal's keeper ("A spaniel
        missing for 11 days ... her owner said", with a driver who found her in the sentence too).
        """
        ss = sentence_start(self.text, m.start)
        if m.head in _KEEPERS or not any(
            _person_noun(w) for u in _ONE_UNNAMED_RE.finditer(self.text, ss, m.start) for w in u.group(1).split()
        ):
            return False
        return not any(story.kind(e) == "person" for _p, e in story.named_between(ss, m.start))

    def _in_what_was_said(self, m: Mention) -> bool:
        """Does ``m`` stand in what somebody said, its sentence's speech verb before it ("X said a coach had")?

        Such a "a coach" is someone the speaker tells of, not whoever the article names with that role next
        (see :meth:`_named_next_as`).
        """
        lo = sentence_start(self.text, m.start)
        return _SAID_THAT_RE.search(self.text, lo, m.start) is not None

    def _named_next_as(self, story: Story, head: str, pos: int) -> Entity | None:
        """The person named right after ``pos`` as "the/that <head>, Y": "... The doctor, Brisa Quill, apologised".

        Only that re-mention names the "a doctor" someone told of; another doctor named with the title later
        ("Quarnby State coach Y") is someone else.
        """
        hi = min(len(self.text), pos + _NAMED_NEXT_REACH)
        found = re.compile(rf"\b(?:[Tt]he|[Tt]hat|[Tt]his) {re.escape(head)}, ").search(self.text, pos, hi)
        run = self.reg.runs_by_start.get(found.end()) if found is not None else None
        ent = story.entity_of(run) if run is not None and not run.quoted else None
        return ent if ent is not None and story.kind(ent) == "person" else None

    def _office_holder(self, story: Story, m: Mention) -> tuple[Entity | None] | None:
        """Whose words "X's office" or "her office" (``m``) gives: (the person,), (None,) for its staff, else None.

        "Governor X's office said in a statement": X's words, through the office; so "Mayor X was away. Her
        office said": the mayor's. "Prosecutors from X's office said", "Staff at her office said": theirs, unnamed.
        """
        if m.det in ("his", "her"):
            own, _g = resolve_pronoun(story, "he" if m.det == "his" else "she", m.start)
            if own is None or story.kind(own) != "person" or not self._holds_an_office(story, own):
                return None  # (the her is no office holder the article named: the office itself, as before)
        else:
            own = self._possessor(story, m)
            if own is None or story.kind(own) != "person":
                return None
        staff = (word_before(self.text, m.start) or "").lower() in _PEOPLE_OF_AN_OFFICE
        return (None if staff else own,)

    @staticmethod
    def _holds_an_office(story: Story, ent: Entity) -> bool:
        """Was ``ent`` given a public office ("Mayor X", "X, the governor,"), not a job ("a nurse", "his lawyer")?"""
        return any(h.split()[-1] in lx.OFFICE_ROLES for h, _m in story.roles(ent))

    def _benches_before(self, story: Story, head: str, at: int) -> int:
        """How many people holding the office ``head`` (a judge's) the article names before ``at``.

        One if the paragraph names one. Those it gives the role, and those it names with the title ("Lady
        Justice X", "Judge Y"), by surname.
        """
        para = self.text.rfind("\n", 0, at) + 1
        if len(self._bench_names(story, head, para, at)) == 1:
            return 1  # ("Later Mr Justice X heard the appeal. '...,' said the judge": the one just named)
        return len(self._bench_names(story, head, 0, at))

    def _bench_names(self, story: Story, head: str, lo: int, hi: int) -> set[str]:
        """The surnames of the people holding the office ``head`` named in ``[lo, hi)``."""
        names = {ent.last or ent.name for ent in story.role_holders(head) if story.named_since(ent, hi, hi - lo)}
        for m in _BENCH_TITLE_RE.finditer(self.text, lo, hi):
            words = [norm(w) for w in m.group(1).split() if norm(w) not in lx.NAME_SUFFIXES]
            if not words or words[0] in lx.ROLE_HEADS or words[0] in lx.STOP_CAPS or words[0] in lx.ORG_WORDS:
                continue  # "Justice Secretary X", "Justice For Victims": no judge
            if words[-1] not in lx.ORG_WORDS and not self.reg.in_quote(m.start()):
                names.add(words[-1])  # (the surname: "Judge Aurek Quill KC" is Quill)
        return names

    def _possessor(self, story: Story, m: Mention) -> Entity | None:
        """The person or body whose role a mention names ("Quimbrel" in "Quimbrel's mother"), if any."""
        p = _POSSESSIVE_RE.search(self.text, m.start, m.end)
        if p is None:
            of = self.reg.runs_by_end.get(m.end)
            if of is not None and of.start > m.start and _FOR_OR_OF_RE.search(self.text, m.start, of.start):
                return story.entity_of(of)  # "the lawyer for Aurek Quill": his
            return None
        ends = self.reg.runs_by_end
        run = ends.get(p.end()) or ends.get(p.end() - 2) or self.reg.runs_by_start.get(p.start())
        return story.entity_of(run) if run is not None else None

    def _document(self, story: Story, m: Mention, at: int) -> tuple[Entity | None, Story]:
        """Whose words "the statement", "one letter" or "an internal memo" (``m``) gives."""
        if self._signed_by_many(story, m):
            return None, story  # "a letter signed by 212 students ... '...,' the letter said": theirs, none named
        # "One letter, sent by Otso Quarnby, warned": its author;
        # "the statement said": whoever was last said to issue one.
        by = (
            _SIGNED_AFTER_RE.match(self.text, m.end)  # "The letter, signed by its director, Y, reads:"
            or _BY_RE.match(self.text, m.end)
            or _SENT_BY_RE.match(self.text, m.end)
            or _OF_BODY_RE.match(self.text, m.end)  # "the latest quarterly report of the X Office"
        )
        run = self.reg.runs_by_start.get(by.end()) if by else None
        back = 2 if run is not None and self.text[run.end - 2 : run.end - 1] in "'\u2019" else 0
        owned = _OWNED_THEN_NAMED_RE.match(self.text, run.end - back) if run is not None else None
        if owned is not None and self.reg.runs_by_start.get(owned.end()) is not None:
            run = self.reg.runs_by_start[owned.end()]  # "filed by Judge X's former clerk, Y": Y, not the judge
        named = _NAMED_AFTER_ITS_KIND_RE.match(self.text, run.end) if run is not None else None
        if (
            named is not None
            and named.group().split()[-1] in lx.ORG_HEADS
            and self.reg.runs_by_start.get(named.end()) is not None
        ):
            run = self.reg.runs_by_start[named.end()]  # "by the Quarnby law firm Vexley & Quarn": the firm
        ent = story.entity_of(run) if run is not None else None
        if run is not None and ent is None and not self.reg.common_noun(run):
            ent, story = org_for_run(story, run)  # "a statement from Vantaggio Haulage": whoever issued it
        anyones = m.head in lx.AUTHORED_ONLY_HEADS
        if ent is None:
            ent = self._named_owner(story, m)  # "The Quarnby Commission's report said": the commission's words
        if ent is None and m.det == "the" and m.head:
            # "X read a statement from Quill's wife, Y. / '...,' the statement read": Y's
            ent = self._document_author(story, m.start, m.head)
        if ent is None and m.det in ("his", "her", "its"):
            # "her statement read"; "X, which looks into police shootings, cleared Y. Its report called it ...": X's
            ent, _g = resolve_pronoun(story, _PRONOUN_OF_POSSESSIVE[m.det], m.start)
        if ent is None:
            ent = self._document_owner(story, m) or self._document_source(story, m)
        if ent is None and m.det == "the" and m.head:
            ent = self._owner_named_before(
                story, m.head, m.start
            )  # "The charity's annual report, ..." then "the report"
        if ent is None:
            run = self._publisher(m.head or "", m.start)
            if run is not None:
                # "The report on X School, published on Thursday by the Y Inspectorate,": Y's report
                ent = story.entity_of(run)
                if ent is None and not self.reg.common_noun(run):
                    ent, story = org_for_run(story, run)
        if self._document_by_unnamed(story, m.head or "", m.start):
            return None, story  # "One witness, who cannot be named, said in a statement": nobody named
        if ent is None and not anyones:
            ent = self._document_sender(story, m.head or "", m.start)
        # "according to a leaked memo", and "a woman posted a card that said": nobody named
        unsigned = anyones or (
            m.det in lx.INDEFINITE
            and (
                _after_according_to(self.text, m.start)
                or _SENT_BY_SOMEBODY_RE.match(self.text, sentence_start(self.text, m.start), m.start) is not None
            )
        )
        if ent is None and m.det == "the" and m.head:
            # "The county's police put out a notice. '...,' the notice said": whoever issued it
            ent = self._document_issuer(story, m.head, m.start)
        if ent is None and m.det == "the" and m.head in _WRITTEN_TO_SOMEONE:
            ent = self._writer_before(story, m.start)  # "X wrote to the company. '...,' the letter said": X's
        if ent is None and m.head in lx.COURT_PAPER_HEADS:
            ent = self._filer(story, m)  # "X filed a lawsuit on Tuesday. The complaint says": X's
        if ent is None and not unsigned:
            ent = self._last_not_spoken_of(story, at)
            if ent is not None and story.kind(ent) == "person" and not self._named_lately(story, ent, at):
                # a lawyer quoted two paragraphs up, then "The note, read out in court, said:": the last person
                # named, paragraphs back, is a guess at the writer (a body is likelier to issue a paper)
                ent = None
        if ent is not None and m.head in _INSPECTION_PAPERS and m.det == "the" and not _BY_RE.match(self.text, m.end):
            # (only "the report", with no owner and no "by X" after it: "X's report", "its own inspection" name
            # their author)
            ent = self._inspector_of(story, ent, m.start) or ent
        return ent, story  # (but "according to an internal memo" whose author it does not say: nobody's)

    def _signed_by_many(self, story: Story, m: Mention) -> bool:
        """Is the letter ``m`` (or the one brought in just before it) signed by a number of people, none named?

        "The staff letter, signed by 40 of the sanctuary's employees, said", "read from a letter signed by 212
        students. '...,' the letter said": many people's words. Not where it has a writer: an owner before the
        word ("Maud Quill's letter", "her letter"), "from"/"by" someone after it, a person named in its sentence
        beside a verb of writing ("X has written an open letter signed by 50 authors", "In a letter signed by 100
        MPs, X called"), or any body named in its sentence or in the sentence before where that one speaks of a
        letter (taken to be its sender, even where it is the one written to).
        """
        if m.head != "letter":
            return False
        text = self.text
        lo = start_of_paragraph_before(text, m.start)
        hi = min(len(text), m.end + 60)
        found = last_match(_SIGNED_BY_MANY_RE, text, lo, hi)  # (the letter nearest ``m``)
        if found is None or found.start() > m.end:
            return False
        # (not a body's own letter that many signed: "The X Union has published an open letter, signed by 2,300",
        # "signed by 400 parents, the group X wrote", "X said in a letter to the board ... The letter, signed by")
        ss = sentence_start(text, found.start())
        before = sentence_start(text, max(0, ss - 2))
        if text.find("letter", before, ss) >= 0:
            ss = before
        ends = [k for k in (text.find(". ", found.end()), text.find("\n", found.end())) if k >= 0]
        end = min(ends, default=len(text))
        at = found.start()  # (the letter's own word: "Maud Quill's letter, signed by")
        if _OWNED_BEFORE_RE.search(text, max(0, at - 8), at) or _BY_RE.match(text, m.end):
            return False  # ("Maud Quill's letter, signed by", "her letter", "a letter from X"): its writer's
        named = [e for _p, e in story.named_between(ss, end)]
        if any(story.kind(e) == "org" for e in named):
            return False
        # (nor a person's who wrote it: "Brisa Roiso has written an open letter signed by 50 authors", "a letter
        # drafted by X and signed by 70 scientists"; but "X read from a letter signed by 212 students" is theirs)
        return not (named and _AUTHORED_RE.search(text, ss, end))

    def _inspector_of(self, story: Story, ent: Entity, pos: int) -> Entity | None:
        """The body that inspected ``ent``, where a report at ``pos`` would be given to ``ent`` itself.

        "Inspectors from the X Agency visited Y Hospital ... / '...,' the report said": X's report, not the hospital
        it is about -- where the last mention of ``ent``, in the paragraph or the one before, is the object of a
        verb of inspecting ("visited", "rated", "inspected"; not in the passive, "was visited by"), the body named
        before that verb in its sentence; None otherwise.
        """
        text = self.text
        lo = start_of_paragraph_before(text, pos)
        at = next((at for other, at in story.mentions_before(pos) if other is ent), -1)
        if at < lo:
            return None
        ss = sentence_start(text, at)
        verb = last_match(_INSPECTED_RE, text, ss, at)
        if verb is None or not _OBJECT_NEXT_RE.fullmatch(text, verb.end(), at):
            return None  # (the object right after the verb; and not "Y was visited by officers from X")
        bodies = [e for _p, e in story.named_between(ss, verb.start()) if e is not ent and story.kind(e) == "org"]
        return bodies[-1] if bodies else None

    def _filer(self, story: Story, m: Mention) -> Entity | None:
        """Who filed the court paper ``m``: "filed on behalf of X" after it, or "X filed a lawsuit" before it.

        Only in its sentence or the paragraph before; the one sued ("a lawsuit against X") is never the filer. One
        who reports it in its sentence ("X said the complaint alleges ...") speaks for it.
        """
        text = self.text
        lo = start_of_paragraph_before(text, m.start)
        after = _FILED_FOR_RE.match(text, m.end)
        if after is None:
            # "A lawsuit filed on behalf of X accuses the firm of '...,' according to the complaint": X's
            paper = last_match(_COURT_PAPER_RE, text, lo, m.start)
            after = _FILED_FOR_RE.match(text, paper.end()) if paper is not None else None
        if after is not None:
            run = self.reg.runs_by_start.get(after.end())
            return story.entity_of(run) if run is not None else None
        ss = sentence_start(text, m.start)
        said = last_match(cues.VERB_RE, text, ss, m.start)
        if said is None and m.det in lx.INDEFINITE:
            return None  # ("A separate lawsuit ...": another paper than the one filed before)
        filed = said if said is not None else last_match(_FILED_RE, text, lo, m.start)
        # ("Their lawyer, X, said the complaint alleges ...": the lawyer's words, reporting it)
        if filed is None or self.reg.in_quote(filed.start()):
            return None
        who = cues.agent_before_verb(story, text, text.rfind("\n", 0, filed.start()) + 1, filed.start())
        if who is not None and who.run is None and who.kind == "role":
            ent = self.resolve(story, who)[0].entity  # "The association also filed a lawsuit": the body
        else:
            ent = story.entity_of(who.run) if who is not None and who.run is not None else None
        return ent if ent is not None and story.kind(ent) in ("person", "org") else None

    def _writer_before(self, story: Story, pos: int) -> Entity | None:
        """The person or body who "wrote" (to someone) in the sentence before ``pos`` or the one before it, if named."""
        text = self.text
        lo = sentence_start(text, max(0, sentence_start(text, pos) - 2))
        wrote = last_match(_WROTE_RE, text, lo, pos)
        if wrote is None or self.reg.in_quote(wrote.start()) or _REPLIED_RE.search(text, wrote.end(), pos):
            return None  # (not "X wrote to the council, which replied within days": the reply's, whoever wrote it)
        m = cues.agent_before_verb(story, text, text.rfind("\n", 0, wrote.start()) + 1, wrote.start())
        ent = story.entity_of(m.run) if m is not None and m.run is not None else None
        return ent if ent is not None and story.kind(ent) in ("person", "org") else None

    def _named_lately(self, story: Story, ent: Entity, at: int) -> bool:
        """Is ``ent`` named in the sentence holding ``at`` or in the one before it?"""
        lo = sentence_start(self.text, max(0, sentence_start(self.text, at) - 2))
        return story.named_since(ent, at, at - lo)

    def _last_not_spoken_of(self, story: Story, at: int) -> Entity | None:
        """The last person or body named before ``at``, passing over one named as what somebody said of.

        "The X Board said Y School had 'turned a corner'. / The report said:": X's. Nobody where the last one
        named received or read it out.
        """
        text = self.text
        for ent, pos in story.mentions_before(at):
            if not ent.strong or _SPOKEN_OF_BEFORE_RE.search(text, max(0, pos - 20), pos):
                continue
            if _RECIPIENT_BEFORE_RE.search(text, max(0, pos - 80), pos):
                return None  # "a letter ... read aloud by the librarian, X", "handed to X": not the writer
            return ent
        return None

    def _org_named_by(self, story: Story, words_: set[str], at: int) -> Entity | None:
        """The last organisation before ``at`` whose name holds every one of ``words_`` (two or more).

        One word must end the name: "a district spokesperson" is the Quorran
        School District's, not the last body in the news.
        """
        if not words_:
            return None
        if len(words_) == 1:
            (w,) = words_
            found = story.recent(at, lambda e: story.kind(e) == "org" and e.name.rsplit(None, 1)[-1].lower() == w)
        else:
            found = story.recent(at, lambda e: story.kind(e) == "org" and words_ <= {w.lower() for w in e.name.split()})
        return found[0] if found else None

    def _body_the_sentence_opens_on(self, m: Mention) -> Entity | None:
        """The body a sentence opens on, for "it" in "what it called" or "which it called" further on.

        "The Quarnby Authority fined Vexley Building Society on Tuesday for what it called '...'": the authority,
        the sentence's subject (not the society it fined; not after a passive: "was fined by X for what it
        called").
        """
        if self.reg.in_quote(m.start) or not _WHAT_BEFORE_RE.search(self.text, max(0, m.start - 7), m.start):
            return None
        opens = _SENTENCE_OPENS_ON_RE.match(self.text, sentence_start(self.text, m.start))
        run = self.reg.runs_by_start.get(opens.end()) if opens is not None else None
        if run is None or run.entity is None or run.kind != "org" or run.end > m.start or run.quoted:
            return None
        if _PASSIVE_AFTER_RE.match(self.text, run.end) or _A_CLAUSE_OF_ITS_OWN_RE.search(self.text, run.end, m.start):
            return None  # ("... said X had apologised for what it called", ", which admitted what it called": X's)
        return run.entity

    def _introduced_unnamed(self, story: Story, m: Mention) -> bool:
        """Was "the <head>" of ``m`` introduced just before as "a/an/one ... <head>", and named by nobody since?"""
        head = m.head or ""
        if not head or head in lx.DOCUMENT_HEADS or head.startswith("spokes"):
            return False  # a spokesperson's words are their organisation's, named or not
        return introduced_unnamed(story, head, m.start)

    def _named_owner(self, story: Story, m: Mention) -> Entity | None:
        """The one the mention names as the document's owner, by a name in the possessive.

        "Vexhollow Bank's statement", "The Quarnby Commission's report" (not "the bank's statement": see
        :meth:`_document_owner`).
        """
        k = self.text.rfind(" ", m.start, m.end - len(m.head or "")) if m.head else -1
        if k < 0 or self.text[k - 2 : k] not in ("'s", "\u2019s"):
            return None
        run = self.reg.runs_by_end.get(k) or self.reg.runs_by_end.get(k - 2)  # (a run may hold its "'s")
        if run is None or run.start < m.start:
            return None
        if re.search(rf"\b{re.escape(m.head or '')}s?\b", self.text[max(0, m.start - _DOCUMENT_TOLD_OF) : m.start]):
            return None  # ("X inspected Y and issued a report. Y's report said": whose? the other readings decide)
        return story.entity_of(run)

    def _document_owner(self, story: Story, m: Mention) -> Entity | None:
        """Whose document it is by a possessive: "Vexhollow Bank's statement", "the bank's statement"."""
        text = self.text
        k = text.rfind(" ", 0, m.end - len(m.head or "")) if m.head else -1
        if k < 0 or text[k - 2 : k] not in ("'s", "\u2019s"):
            appos = _OWNER_IN_APPOSITION_RE.match(text, m.end)
            if appos is None:
                return None
            k = appos.end()  # "The report, the first of the inspectorate's reviews, said": the inspectorate's
        run = self.reg.runs_by_end.get(k - 2)
        if run is not None and run.start >= m.start:
            return story.entity_of(run)
        owner = text[text.rfind(" ", 0, k - 2) + 1 : k - 2].lower()
        if owner in lx.ORG_HEADS or owner in ORG_HEAD_WORDS:
            # ("the bank's statement": the body called a bank, else the last one named, if none competes)
            org, _binding = resolve_role(story, owner, frozenset(), "the", m.start)
            return org if org is not None and story.kind(org) == "org" else None
        return None

    def _owner_named_before(self, story: Story, head: str, pos: int, lo: int = 0) -> Entity | None:
        """Whose the document ``head`` was when the article last gave it an owner: "the charity's annual report".

        ``lo``: only an owner given from there on counts.
        """
        owned = self._owned.get(head)
        if owned is None:
            # (every such mention of the head, found once, by the head word first: looking from the start on each
            # call cost a long text time that grew with the square of its length)
            owned = self._owned[head] = self._owned_mentions(head)
        i = bisect.bisect_right(owned, pos, key=operator.itemgetter(2)) - 1  # (by where the noun ends)
        if i < 0 or self.reg.in_quote(owned[i][0]):
            return None
        start, owner_end, _end = owned[i]
        if start < lo:
            return None
        if owner_end == _end and self._a_new_one(head, _end, pos):
            return None  # ("a report by X ... the trust published a report of its own. The report said": whose?)
        run = self.reg.runs_by_end.get(owner_end)
        if run is not None:
            return story.entity_of(run)
        owner = self.text[start:owner_end].lower()
        if owner in lx.ORG_HEADS or owner in ORG_HEAD_WORDS:
            # ("the trust's statement": the body called a trust, else the last one named)
            org, _binding = resolve_role(story, owner, frozenset(), "the", start)
            return org if org is not None and story.kind(org) == "org" else None
        return None

    def _a_new_one(self, head: str, lo: int, hi: int) -> bool:
        """Is another document of the kind ``head`` brought in between ``lo`` and ``hi`` ("published a report")?

        "a report", "another report", "two new reports"; not "described it as a report", the same one again, nor
        "its own report" (a body's that the article may never quote: "according to the report" stays the one
        brought in with its author), and not inside quotes ("They didn't need a report to tell them that").
        """
        new_one = re.compile(
            rf"(?<!\bas )\b(?:[Aa]n?|[Aa]nother|\w+ new) (?:[\w\-]+ ){{0,2}}"
            rf"{re.escape(head)}s?\b"
        )
        found = new_one.finditer(self.text, lo, hi)
        return any(not self.reg.in_quote(f.start()) for f in found)

    def _owner_of_document_before(self, story: Story, pos: int) -> Entity | None:
        """'The trust's statement said ... / "...," it said': whose document this paragraph or the one before gave."""
        lo = prev_para_start(self.text, pos)
        best: tuple[int, Entity] | None = None
        for head in ("statement", "letter", "report", "email", "message"):
            ent = self._owner_named_before(story, head, pos, lo)
            if ent is not None:
                at = self.text.rfind(head, lo, pos)
                if best is None or at > best[0]:
                    best = (at, ent)
        return best[1] if best is not None else None

    def _owned_mentions(self, head: str) -> list[tuple[int, int, int]]:
        """Each "<owner>'s (two words at most) <head>" in the text: (owner's start, owner's end, the head's end).

        Also each "<head> by <Name>" ("a report by the Quarnby Inspectorate", "a letter from Vexley Homes"): the
        document given its author as the article brings it in, the one "the report" means after (then the
        owner's end is that name's end, and "the head's end" where the name ends too).
        """
        text = self.text
        out = []
        for h in _head_word_re(head).finditer(text):
            own = _OWNER_BEFORE_RE.search(text, max(0, h.start() - 60), h.start())
            if own is not None:
                out.append((own.start(1), own.end(1), h.end()))
                continue
            by = _AUTHOR_AFTER_RE.match(text, h.end())
            run = self.reg.runs_by_start.get(by.end()) if by is not None else None
            if run is not None and not run.quoted and not possessive(text, run):
                out.append((run.start, run.end, run.end))  # (not "from Mr Quill's mother, Y": not Quill's)
        return out

    def _document_source(self, story: Story, m: Mention) -> Entity | None:
        """Who "the letter" is from, by how it was introduced: "an open letter from the group X"."""
        text = self.text
        lo = max(0, m.start - _DOC_REACH, text.rfind("\n\n", 0, text.rfind("\n\n", 0, m.start)))
        intro = last_match(_DOC_FROM_RE, text, lo, m.start)
        if intro is None or (m.head or "") not in intro.group():
            return None
        for ts, _te, w in words(text, intro.end(), min(m.start, intro.end() + 120)):
            if w in _SENT_PUNCT and not _abbrev_before(text, ts):
                break
            run = self.reg.runs_by_start.get(ts)
            found = story.entity_of(run) if run is not None else None
            if found is not None and not possessive(text, run):
                return found  # the first one named after "from": the author, not whom it is addressed to
            # (nor "from Mr Quill's mother, Y": Y's)
        return None

    def _last_document_mention(self, head: str, pos: int) -> int:
        """Where the document ``head`` was last mentioned before ``pos`` (outside quotes); -1 if it was not.

        Within the paragraph and the two before.
        """
        text = self.text
        lo = max(_three_paragraphs_back(text, pos), pos - _DOC_REACH)
        k = text.rfind(head, lo, pos) if head else -1
        return -1 if k < 0 or self.reg.in_quote(k) else k

    def _document_by_unnamed(self, story: Story, head: str, pos: int) -> bool:
        """Was the document last mentioned as written by someone the article will not name?

        "from a pupil", "One witness, who cannot be named, said in a statement", "One victim, a widow, said in a
        statement read to the court": somebody unnamed (not a spokesperson, who speaks for a body).
        """
        k = self._last_document_mention(head, pos)
        if k < 0:
            return False
        if _FROM_SOMEONE_UNNAMED_RE.match(self.text, k + len(head)):
            return True  # "he read out a letter from a pupil": the pupil's, whom the article does not name
        lo, hi = self._sentence(k)
        found = anonymous_search(self.text, lo, hi)
        if found is not None and not self.reg.in_quote(found.start()):
            return True
        someone = cues.indefinite_subject(story, self.text, lo, k)
        return someone is not None and (someone.head in lx.ROLE_HEADS or someone.head in lx.PEOPLE_WORDS)

    def _publisher(self, head: str, pos: int) -> Run | None:
        """The capitals the document ``head`` was said to be published by, in its paragraph and the two before."""
        text = self.text
        found = None
        for by in _PUBLISHED_BY_RE.finditer(text, max(_three_paragraphs_back(text, pos), pos - 2 * _DOC_REACH), pos):
            if head and not self.reg.in_quote(by.start()) and head in text[max(0, by.start() - 120) : by.start()]:
                found = self.reg.runs_by_start.get(by.end()) or found
        return found

    def _reader_in(self, story: Story, lo: int, hi: int) -> Entity | None:
        """The one a clause names as reading a document out ("In a letter that Quill read aloud, she wrote")."""
        r = _READ_OUT_CLAUSE_RE.search(self.text, lo, hi)
        run = self.reg.runs_by_start.get(r.start(1)) if r is not None else None
        return story.entity_of(run) if run is not None else None

    def _document_sender(self, story: Story, head: str, pos: int) -> Entity | None:
        """Who the sentence that last mentioned the document is about: "X said in a news release that...".

        The person named in it first, else the organisation: "In a letter
        to customers, the firm's chief executive, Ysmay Quill, apologised" is
        Ysmay Quill's letter. Within the paragraph and the one before.
        """
        text = self.text
        k = self._last_document_mention(head, pos)
        if k < 0:
            return None
        s_lo, s_hi = self._sentence(k)
        signed = _SIGNED_BY_RE.search(text, k, min(s_hi, pos))
        if signed is None and _after_according_to(text, k, s_lo):
            return None  # "..., according to an inspection report": the sentence says what it is about, not whose
        run = self.reg.runs_by_start.get(signed.end()) if signed is not None else None
        signer = story.entity_of(run) if run is not None else None
        if signer is not None and story.kind(signer) == "person":
            return signer  # "X Partners said in a letter, signed by its managing partner Y, that...": Y's letter
        said = cues.in_sentence(story, text, s_lo, min(s_hi, pos), min(s_hi, pos), min(s_hi, pos))
        if said is not None and said[1].run is not None:
            subject = story.entity_of(said[1].run)
            if subject is not None and subject.strong:
                return subject  # "The commission said in a statement that...": whoever said it
        if (
            said is not None
            and said[1].kind == "role"
            and said[1].det == "the"
            and (_body_noun(said[1].head) or self.reg.org_head(said[1].head or ""))
        ):
            # the body (or the person) a "the partnership" or "the trust" describes, speaking through its
            # document; also a body called by the last word of its name ("the district": the one "... District")
            writer, _binding = resolve_role(story, said[1].head, said[1].mods, "the", said[1].start, guess=False)
            if writer is not None:
                return writer
        if said is not None and said[1].kind == "pronoun" and said[1].word in ("he", "she"):
            reader = self._reader_in(story, s_lo, said[1].start)
            writer, _g = resolve_pronoun(story, said[1].word, said[1].start, exclude=reader)
            if writer is not None:
                return writer  # "In the letter, which the council published, he said ...": his letter
        first_org = None
        for ts, found in story.named_between(s_lo, min(s_hi, pos)):
            if self.reg.in_quote(ts) or not found.strong:
                continue
            if _RECIPIENT_BEFORE_RE.search(text, max(s_lo, ts - 80), ts):
                continue  # "The petition ... was handed to the board's chair, X": X received it (or read it out)
            if story.kind(found) == "person":
                return found
            first_org = first_org or found
        return first_org

    def _reader_of_document(self, story: Story, pos: int) -> Entity | None:
        """Who read out, just before ``pos``, a statement whose author the article does not name.

        "Outside court, Ezio's aunt, Brisa Quill, read a statement for the family. / '...,' it said": hers, as the
        reader's (a named author's, "on behalf of Y", is found before this).
        """
        text = self.text
        lo = prev_para_start(text, pos)
        m = last_match(_READ_A_DOCUMENT_RE, text, lo, pos)
        if m is None or self.reg.in_quote(m.start()):
            return None
        found = None
        for _at, ent in story.named_between(sentence_start(text, m.start()), m.start()):
            if story.kind(ent) == "person":
                found = ent  # the last person named before the verb: "X's mother, Y, read"
        return found

    def _document_issuer(self, story: Story, head: str, pos: int) -> Entity | None:
        """Who issued "the <head>" before ``pos``: the subject of "X issued an appeal", "X said in a statement".

        The subject opens the sentence that issues it, in this paragraph or the one before: a name ("Quarnby
        Water, which owns the lake, said in a written statement"), or a body by its noun ("the county
        department", "the club"), the last of that noun's bodies named.  Nobody where that sentence has no such verb.
        """
        text = self.text
        lo = max(0, pos - _DOC_REACH, text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, pos))))
        issued = last_match(_ISSUED_RE, text, lo, pos)
        if issued is None or issued.group(1).lower() != head or self._last_document_mention(head, pos) > issued.end():
            return None
        start = sentence_start(text, issued.start())
        named = []
        for ent, at in story.mentions_before(issued.start()):
            if at < start:
                break
            named.append((ent, at))
        named.reverse()
        for k, (ent, at) in enumerate(named):
            run = self.reg.runs_by_start.get(at)
            if run is None or possessive(text, run):
                continue
            # the first one named in the sentence, or the person its role names ("Rovers chairman X", "The X
            # leader, Y,")
            if k + 1 < len(named) and _ROLE_THEN_NAME_RE.fullmatch(text, run.end, named[k + 1][1]):
                ent = named[k + 1][0]
            return ent if story.kind(ent) in ("org", "person") else None
        noun = last_match(_BODY_BY_ITS_NOUN_RE, text, start, issued.start() + 1)
        if noun is None or noun.group(1).lower() not in lx.ORG_HEADS:
            return None
        return self._org_named_by(story, {noun.group(1).lower()}, start)

    def _document_author(self, story: Story, pos: int, head: str | None = None) -> Entity | None:
        """Who a statement, letter or message just mentioned is from (a ``head`` one, if given)."""
        text = self.text
        lo = max(0, pos - _DOC_REACH, text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, pos))))
        m = last_match(_DOC_FROM_RE, text, lo, pos)
        if m is None or (head is not None and not m.group().startswith(head)):
            return None
        if head is not None and self._last_document_mention(head, pos) > m.start():
            return None  # ("... a statement from X. The board later issued a statement.": the board's, not X's)
        for ts, _te, w in words(text, m.end(), min(pos, m.end() + 120)):
            if w in _SENT_PUNCT and not _abbrev_before(text, ts):
                break
            run = self.reg.runs_by_start.get(ts)
            found = story.entity_of(run) if run is not None else None
            if found is None or run is None or possessive(text, run):
                continue  # ("a letter from Quarnby's chief executive, X": X's)
            # the first one named after "from": "The memo, from the owners, X, is one
            # Quill still has" is X's, not the keeper's
            return found
        return None

    def cannot_be(self, story: Story, m: Mention) -> Entity | None:
        """Whom a he/she cannot be: the person a "whom" clause it stands in is about, or who asked it.

        "under the glaciologist Dr X, who died in 2015 and whom she still
        calls 'my true north'": X is the one she calls so, never "she";
        "Asked by Dr X whether ..., she said": X asked, "she" answers; so does 'X asked Y why ... "...," she
        answered' (:meth:`_asker_before_an_answer`).
        """
        if m.word not in ("he", "she"):
            return None
        # (asked twice of one pronoun against one Story, by _asked_by and then _second_opinion: kept, with the
        # Story it was asked against, which the key's id names while the Story is kept here)
        key = (id(story), m.start, m.end, m.word)
        got = self._cannot_be.get(key)
        if got is not None and got[0] is story:
            return got[1]
        ent = self._cannot_be_anew(story, m)
        self._cannot_be[key] = (story, ent)
        return ent

    def _cannot_be_anew(self, story: Story, m: Mention) -> Entity | None:
        topic = self.reg.runs_by_end.get(m.start - 2) if self.text.endswith(", ", 0, m.start) else None
        if topic is not None and topic.entity is not None and story.kind(topic.entity) == "person":
            if _SAYS_AFTER_RE.match(self.text, m.end):
                return topic.entity  # "Vexley, he says, 'keeps us all honest'": whom he speaks of, never him
        lo, _hi = self._sentence(m.start)
        if self.text.endswith("whom ", max(0, m.start - 5), m.start):
            found = story.recent(m.start - 5, lambda e: story.kind(e) == "person")
            return found[0] if found is not None and found[1] >= lo else None
        asked = _ASKED_BY_RE.match(self.text, lstrip_index(self.text, lo, m.start), m.start)
        if asked is not None:
            # "Asked by the coroner, Dr X, whether the signs were adequate, she said": not the coroner
            for ent, at in story.mentions_before(m.start):
                if at < asked.end():
                    break
                if story.kind(ent) == "person" and at < asked.end() + 60 and self._named_or_described(ent, at):
                    return ent
        return self._asker_before_an_answer(story, m)

    def _asker_before_an_answer(self, story: Story, m: Mention) -> Entity | None:
        """The asker a he/she answering a question just put by name cannot be, if any.

        'X asked Y why she had quit. "Because I couldn't sleep," she answered': X asked and Y answers, so not X.

        Only for a he/she after a quote that may be an answer (:meth:`_may_answer`), where the sentence just before
        the quote has a person asking another by name, of the pronoun's sex or of none known, a question ("asked Y
        why", "whether", "if", "about"; not "asked Y to stand", which either may follow) -- not in someone's account
        ("Quill said she asked Vexley whether ...": Quill's words go on), nor with the answer already told ("... and
        was told the figures were sound").
        """
        text = self.text
        if self.reg.in_quote(m.start) or _NO_ANSWER_AFTER_RE.match(text, m.end):
            return None
        opens = _OPENS_A_QUOTE_RE.search(text, text.rfind("\n", 0, m.start) + 1, m.start)
        if opens is None or not self._may_answer(opens.start(), m):
            return None
        end = rstrip_index(text, 0, opens.start())
        lo = sentence_start(text, max(0, end - 1))
        asks = last_match(_ASKED_ONE_RE, text, lo, end)
        run = self.reg.runs_by_start.get(asks.end()) if asks is not None else None
        if asks is None or run is None or not _A_QUESTION_AFTER_RE.match(text, run.end):
            return None
        if _REPORTED_ASKING_RE.search(text, lo, asks.start()) or _ANSWERED_ALREADY_RE.search(text, run.end, end):
            return None
        asked = story.entity_of(run)
        if (
            asked is None
            or story.kind(asked) != "person"
            or story.gender(asked) not in ("m" if m.word == "he" else "f", None)
        ):
            return None
        for ent, at in story.mentions_before(asks.start()):
            if at < lo:
                return None
            if ent is not asked and story.kind(ent) == "person":
                return ent
        return None

    def _may_answer(self, opens: int, m: Mention) -> bool:
        """Can the quote opening at ``opens``, which the he/she ``m`` speaks, answer a question put just before?

        Not with a question in its paragraph (the asker may be going on: "'You knew,' she said. 'Didn't you?'"), nor
        with a he/she of ``m``'s sex in it ('"She is the most careful person I know," she said': of the one asked).
        """
        text = self.text
        para_end = text.find("\n", m.start)
        if "?" in text[opens : para_end if para_end >= 0 else len(text)]:
            return False
        return _SAME_SEX_RE[m.word].search(text, opens, m.start) is None

    def _named_or_described(self, ent: Entity, at: int) -> bool:
        """Is the mention at ``at`` of ``ent`` a name, or a role the article gave them ("the coroner, X")?"""
        run = self.reg.runs_by_start.get(at)
        if run is not None and run.entity is ent:
            return True
        head = _FIRST_WORD_RE.match(self.text, at)
        return head is not None and any(h == head.group(1).lower() for h, _m in ent.roles)

    def role_opens_sentence(self, m: Mention) -> bool:
        """Does a he/she's own sentence open with the role it is ("But the Quorran manager ... he described")?"""
        return self._role_opening_sentence(m) is not None

    def _role_opening_sentence(self, m: Mention) -> Mention | None:
        """'(But) the Quorran manager was ... he described': the role a he/she's sentence opens with, nobody between.

        Also a body's: "The regulator said the society had ..., in what it called": the regulator.
        """
        # (a body's "it" only after a comma, back in the sentence's main clause: "The regulator said the society
        # had ..., in what it called"; not "The union said the company had acted for what it called": the company's)
        back = _BACK_IN_THE_MAIN_CLAUSE_RE.search(self.text, max(0, m.start - 14), m.start)
        body = m.word == "it" and back is not None
        if (m.word not in ("he", "she") and not body) or self.reg.in_quote(m.start):
            return None
        lo, _hi = self._sentence(m.start)
        r = _ROLE_OPENS_RE.match(self.text, lstrip_index(self.text, lo, m.start), m.start)
        if r is None or self.reg.in_quote(r.start(2)):
            return None  # (nor a role opening a sentence of the quote: "'Fair? The butcher told me so,' he said")
        if body != (r.group(2) in lx.ORG_HEADS) or (not body and r.group(2) not in lx.ROLE_HEADS):
            return None
        g = lx.ROLE_GENDER.get(r.group(2))
        if (g == "m") != (m.word == "he") and g is not None:
            return None
        tl = self.reg.timeline_pos
        if not body and bisect.bisect_left(tl, m.start) > bisect.bisect_right(tl, r.end()):
            return None  # someone named in between may be the he (but "what it called" is the subject's)
        mods = frozenset(w.lower() for w in r.group(1).split())
        return Mention(r.start(2), r.end(2), "role", word=r.group(2), head=r.group(2), mods=mods, det="the")

    def _sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around ``pos`` (from the stop or line break before it to the one after).

        Looked for within a few hundred characters either way, so that the
        cost does not grow with the article (a long text may have no "?" at all).
        """
        got = self._sentences.get(pos)
        if got is not None:
            return got
        text = self.text
        a, b = max(0, pos - _SENTENCE_REACH), min(len(text), pos + _SENTENCE_REACH)
        # The nearest stop each way; each search after the first reads only
        # the stretch nearer than the nearest stop found so far.
        last = a - 1
        for stop in _STOPS:
            last = max(last, text.rfind(stop, max(a, last), pos))
        first = b
        for stop in _STOPS:
            i = text.find(stop, pos, min(b, first - 1 + len(stop)))
            if i != -1:
                first = i
        got = self._sentences[pos] = (last + 1, first)
        return got

    def _anonymous(self, m: Mention) -> bool:
        """Does the sentence of a role or pronoun mention say the speaker is not to be named?

        Not for a spokesperson or a document, whose words are their
        organisation's ("a spokeswoman, who asked not to be named, said").
        """
        if m.kind == "role" and (m.head in _SPOKESPEOPLE or m.head in lx.DOCUMENT_HEADS):
            return False  # (but "an official, who was not authorised to speak," is a person unnamed)
        sentence = self._sentence(m.start)
        return self._says_unnamed(sentence) or (m.kind == "pronoun" and self._declined_just_before(m, sentence[0]))

    def _says_unnamed(self, sentence: tuple[int, int]) -> bool:
        """Does the sentence (outside quotes) say someone is not to be named? Kept per sentence."""
        got = self._anonymous_sentences.get(sentence)
        if got is None:
            found = anonymous_search(self.text, *sentence)
            got = self._anonymous_sentences[sentence] = found is not None and not self.reg.in_quote(found.start())
        return got

    def _declined_just_before(self, m: Mention, start: int) -> bool:
        """Does the sentence before a he/she's open on that pronoun and say it will not be named?

        "A regular has sat on the third stool since 1987. He declined to give his name. '...,' he says": the
        regular, unnamed -- not the last man named.
        """
        if m.word not in ("he", "she") or start < 2:
            return False
        before = self._sentence(start - 2)
        lo = lstrip_index(self.text, *before)
        opens_on_it = self.text.startswith(m.word.capitalize() + " ", lo) and not self.reg.in_quote(lo)
        return opens_on_it and self._says_unnamed(before)

    def _unnamed_person_since(self, story: Story, ent: Entity, word: str, pos: int) -> bool:
        """Was a person of the pronoun's sex introduced unnamed ("an elderly man") since ``ent`` was last named?"""
        found = story.recent(pos, lambda e: e is ent)
        since = max(found[1] if found else 0, pos - _UNNAMED_PERSON_REACH)
        sex = "m" if word == "he" else "f"
        if unnamed_of_sex(self.text, since, pos, sex):
            return True
        # ("... a member of staff where it was and he just said, '...'": somebody unnamed, of either sex, in this
        # paragraph -- not what someone was, "worked as a nurse", nor a document, "a victim statement")
        para = max(since, self.text.rfind("\n", 0, pos) + 1)
        return any(
            lx.ROLE_GENDER.get(u.group(1), sex) in (None, sex)
            and _person_noun(u.group(1))
            and not _PREDICATE_BEFORE_RE.search(self.text, max(0, u.start() - 12), u.start())
            and ((nxt := first_word(self.text, u.end(), u.end() + 20)) is None or nxt[2] not in lx.DOCUMENT_HEADS)
            for u in _UNNAMED_ANYONE_RE.finditer(self.text, para, pos)
        )

    def _unnamed_subject_before(self, word: str, pos: int) -> bool:
        """Did a sentence of this paragraph open on somebody unnamed of the he/she's sex, nobody named since?

        "An old man on the bench laughed. '...,' he said": the old man, not the last man named. Also someone
        of a word that gives no sex ("A first-year student, who did not want to give her name, was less
        sympathetic. '...,' she said"), unless their sentence speaks of another of that sex ("One critic called
        her work 'loud'").
        """
        text = self.text
        para = text.rfind("\n", 0, pos) + 1
        sex = "m" if word == "he" else "f"
        for rx in (_UNNAMED_SUBJECT_RE, _KIN_SUBJECT_RE):  # "An old man ...", "Otso's mother ..."
            found = last_match(rx, text, para, pos)
            if found is not None and _sex_of_noun(found.group(1)) == sex and not self.reg.in_quote(found.start(1)):
                break
        else:
            found = last_match(_UNNAMED_ANY_SUBJECT_RE, text, para, pos)
            if found is None or self.reg.in_quote(found.start(1)) or not self._unnamed_of_any_sex(found, sex):
                return False
        tl = self.reg.timeline_pos
        return bisect.bisect_left(tl, pos) == bisect.bisect_left(tl, found.end())

    def _unnamed_of_any_sex(self, found: re.Match, sex: str) -> bool:
        """Is ``found`` (of :data:`_UNNAMED_ANY_SUBJECT_RE`) a person, of a noun fit for ``sex``, alone of it?"""
        noun = None
        for w in found.group(1).split():
            if w.lower() in _NP_STOPS:
                break  # "One winter a man came in": a time, then someone else
            if _person_noun(w):
                noun = w
                break
        lo, hi = self._sentence(found.start())
        appos = _APPOSED_NOUN_RE.match(self.text, found.end(), hi) if noun is None else None
        tl = self.reg.timeline_pos
        if appos is not None and bisect.bisect_left(tl, found.start()) == bisect.bisect_left(tl, appos.end()):
            # "A regular at the corner table, a retired fisherman who ..., was blunter": the noun in apposition
            # (nobody named on the way: "One of them is Otso Quill, a retired surgeon" is Otso Quill)
            noun = next((w for w in appos.group(1).split() if _person_noun(w)), None)
        if noun is None or noun in lx.SPOKES_HEADS or noun in lx.ORG_HEADS or _sex_of_noun(noun) not in (None, sex):
            return False
        own = anonymous_search(self.text, lo, hi)  # ("who did not want to give her name": her own)
        rest = self.text[lo:hi] if own is None else self.text[lo : own.start()] + self.text[own.end() : hi]
        return (_SHE_RE if sex == "f" else _HE_RE).search(rest) is None

    def _unnamed_speaker_since(self, story: Story, ent: Entity, pos: int) -> bool:
        """Did an unnamed person speak between ``ent``'s last mention and the pronoun at ``pos``?

        'A cyclist ... told the Courier she saw the van.' then '..., she
        said': after an unnamed person speaks, a pronoun is theirs, not the
        named person's mentioned before them.
        """
        text = self.text
        if self._unnamed is None:
            # (The first pattern starts at the full stop or line break before the sentence, which lets the engine
            # skip to candidates quickly; the second, "the sister of X said", may stand anywhere in it.)
            padded = "\n" + text
            found = itertools.chain(_UNNAMED_SPEAKER_RE.finditer(padded), _KIN_OF_SPEAKS_RE.finditer(padded))
            self._unnamed = sorted(
                (m for m in found if not self.reg.in_quote(m.end(1) - 1)), key=lambda m: m.start(1)
            )
            self._unnamed_pos = [m.start(1) - 1 for m in self._unnamed]
        lo = max(0, text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, pos))))
        found = story.recent(pos, lambda e: e is ent)
        since = max(lo, found[1] if found else 0)
        for a in ANONYMOUS_RE.finditer(text, since, pos) if anonymity_words_in(text, since, pos) else ():
            lo_a, hi_a = self._sentence(a.start())
            said = cues.VERB_RE.search(text, lo_a, hi_a) or _HEARD_FROM_RE.search(text, lo_a, hi_a)
            if said is not None and said.start() < pos and not self.reg.in_quote(a.start()):
                return True  # "..., who declined to give her name, said ...": the next "she" is that person
        # (A clause that names ``ent`` inside it counts too: "Another nurse, speaking to the Echo, said".)
        i = bisect.bisect_left(self._unnamed_pos, since - _UNNAMED_CLAUSE)
        gender = story.gender(ent)
        for m in self._unnamed[i:]:
            if m.end() - 1 > pos:
                break
            if m.end() - 1 < since:
                continue
            if m.start(1) < since and text[m.end(1) : since].strip(" ,") == "":
                continue  # "Another analyst, Brisa Quill of X, said": the apposition names them
            h = m.group(1)
            if h in lx.SPOKES_HEADS or h in lx.DOCUMENT_HEADS:
                continue
            if not (h in lx.ROLE_HEADS or ROLE_SUFFIX_RE.search(h)):
                # "One regular, a retired postman who ..., said": the noun set beside it says who -- only where it
                # gives a sex, the he/she's ("a retired officer", of no sex, may be anyone's "she")
                said_sex = apposed_sex(m.group(0))
                if said_sex is not None and said_sex == gender:
                    return True
                continue
            # (a role of no sex takes the apposition's: "One customer, a retired fireman, ..." is no "she")
            g = lx.ROLE_GENDER.get(h) or apposed_sex(m.group(0))
            if g is None or gender is None or g == gender:
                return True
        return False

    # -- the final settle -------------------------------------------------------

    def settle(self, story: Story, quotes: list[Quote]) -> list[Quote]:
        """Last checks on every quote's speaker: finish a short name, or leave a doubtful one unclear.

        (A name's "'s" is settled where the name is read, see ``Registry._trading_name``.)

        - one word ("Quarnby", "Quessa") becomes the one full name the article gave
          that starts or ends with it; with none or several it stays as written;
        - two people joined by "and" ("Vexmoor and Quarnby") did not speak one
          quote together: the speaker is unclear rather than a guess;
        - a lone word in capitals (a dateline, a masthead) is no speaker.
        """
        full_names: dict[str, set[str]] = {}
        return [self._settle(story, q, full_names) for q in quotes]

    def _settle(self, story: Story, q: Quote, full_names: dict[str, set[str]]) -> Quote:
        name = q.speaker
        if not name:
            return q
        ws = name.split()
        if len(ws) == 1:
            word = ws[0]
            if word.isupper() and len(word) > 3:
                return dataclasses.replace(q, speaker=None, method=None, confidence=None)
            full = full_names.get(word)
            if full is None:
                full = full_names[word] = self._full_names(story, word) if not self._a_body(story, word) else set()
            full = self._of_sex(full, q)
            if len(full) > 1:
                # "Judges Aurek Cade" and "Aurek Cade": a title read as part of the name
                core = min(full, key=len)
                if all(n == core or n.endswith(" " + core) or n.startswith(core + " ") for n in full):
                    full = {core}
            if len(full) == 1:
                name = full.pop()
            elif not full and everyday_word(word.lower()) and not given(word.lower()):
                # "Staff", "Foreman", "Questions": a capitalised everyday word no full name ends with is no name
                return dataclasses.replace(q, speaker=None, method=None, confidence=None)
        elif " and " in name and _person_pair(name) and not (self._a_body(story, name) and _everyday_pair(name)):
            # (but "Quarnby Track and Field", a body the article named with everyday words: one speaker)
            return dataclasses.replace(q, speaker=None, method=None, confidence=None)
        return q if name == q.speaker else dataclasses.replace(q, speaker=name)

    def _a_body(self, story: Story, word: str) -> bool:
        """Is ``word`` by itself the name of an organisation the article names ("Quarnet", beside "Quarnet Plus")?"""
        return any(e.name == word and story.kind(e) == "org" for e in self.reg.entities)

    def _of_sex(self, names: set[str], q: Quote) -> set[str]:
        """The full names that a "Mrs" or "Mr" right before the speaker's mention allows.

        "Mrs Quarnby said" after "Otso and Quessa Quarnby": not Otso, whose given
        name is a man's.
        """
        sex = None
        if q.speaker_start is not None:
            w = WORD_BEFORE_RE.search(self.text, max(0, q.speaker_start - 12), q.speaker_start)
            sex = lx.HONORIFICS.get(w.group(1).lower()) if w is not None else None
        if sex is None:
            return set(names)
        return {n for n in names if given_gender(n.split()[0].lower()) in (None, sex)}

    def _full_names(self, story: Story, word: str) -> set[str]:
        """The full names (two or more words) the article gave that start or end with ``word``.

        From the people the registry knows, from names joined by "and" ("Althea
        Vexmoor and Otso Quarnby won it"), and from the text itself (a given name
        and a surname, neither a common capitalised word).
        """
        found: set[str] = set()
        entities = story.entities()
        names = [e.name for e in entities if story.kind(e) == "person"]
        for e in entities:
            if " and " in e.name:
                sides = e.name.split(" and ")
                names += sides
                if len(sides) == 2 and len(sides[0].split()) == 1 and len(sides[1].split()) >= 2:
                    names.append(f"{sides[0]} {sides[1].split()[-1]}")  # "Quessa and Otso Quarnby": Quessa Quarnby too
        for name in names:
            ws = name.split()
            if len(ws) >= 2 and (word in (ws[0], ws[-1]) or (len(ws) == 3 and word == ws[1])) and _plain_name(ws):
                found.add(name)  # (the middle word of three: the first of two surnames)
        known = set(found)
        for m in name_pairs(self.text, word):
            other = m.group(1) or m.group(2)
            ws = [other, word] if m.group(1) else [word, other]
            pair = " ".join(ws)
            if any(n.startswith(pair + " ") for n in known):
                continue  # "Brisa Quarnby" read out of "Brisa Quarnby Vexmoor", a name the registry knows
            if _plain_name(ws) and not other.isupper():
                found.add(pair)
        return found


#: A name in the possessive, a noun and a comma, ending right where the next name starts: "Brisa Quill's
#: granddaughter, " before "Otso Vexwick".
_POSSESSOR_OF_APPOSED_RE = re.compile(r"[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,3}['\u2019]s (?:[a-z\-]+ ){0,2}[a-z\-]+, $")


def _after_according_to(text: str, at: int, lo: int = 0) -> bool:
    """Is the document mentioned at ``at`` named as a source ("according to an inspection report")?"""
    return _ACCORDING_TO_RE.search(text, max(lo, at - 40), at) is not None


@functools.lru_cache(maxsize=64)
def _head_word_re(head: str) -> re.Pattern:
    """The document noun ``head`` as a word."""
    return re.compile(rf"\b{re.escape(head)}\b")


#: "<owner>'s (two words at most) " right before a document's noun (group 1: the owner's last word).
_OWNER_BEFORE_RE = re.compile(r"(\w[\w\-]*)['\u2019]s (?:[a-z\-]+ ){0,2}$")
#: Right after a document's noun, its author: " by the ", ", published on Tuesday by ", " from ".
_AUTHOR_AFTER_RE = re.compile(
    r",? (?:(?:published|issued|written|compiled|produced|released)(?: \w+){0,3} )?(?:by|from) (?:the )?"
    r"(?=[A-Z])"
)


def _body_noun(head: str | None) -> bool:
    """Is ``head`` a noun for an organisation ("the partnership"), never a person's role?"""
    return head is not None and head in lx.ORG_HEADS and head not in lx.ROLE_HEADS


def _three_paragraphs_back(text: str, pos: int) -> int:
    """Where the paragraph two before the one holding ``pos`` starts (a document's reach)."""
    lo = pos
    for _ in range(3):
        lo = max(0, text.rfind("\n\n", 0, lo))
    return lo


def most_named_person(story: Story, hi: int, exclude: Entity | None = None) -> Entity | None:
    """The person named most often before ``hi`` (ties: the first named), other than ``exclude``.

    The one a piece is about, who answers an interview's questions.
    """
    counts: dict[int, list] = {}
    for _at, ent in story.named_between(0, hi):
        if story.kind(ent) == "person" and ent is not exclude:
            counts.setdefault(ent.index, [0, ent])[0] += 1
    best = max(counts.values(), key=lambda c: c[0], default=None)
    return best[1] if best is not None else None


#: How far back (characters) a document of the same kind told of before "Y's report said" leaves its owner open.
_DOCUMENT_TOLD_OF = 600
#: Last words of a place's name that are never a body's: "the Quarnby Stand", "the Vexley Road".
_PLACE_ONLY_WORDS = frozenset((lx.PLACE_WORDS | lx.STREET_WORDS) - lx.ORG_WORDS)
_THE = ("the ", "The ")
#: How far (characters) after "a doctor" in what was said its re-mention "The doctor, Y," may name Y.
_NAMED_NEXT_REACH = 300
#: A speech verb that opens what was said: "said (that) ", "told reporters (that) ".
_SAID_THAT_RE = re.compile(r"\b(?:said|says|told (?:\w+ ){0,2}?(?:that )?)\s")
#: Prepositions that put an office after the people in it: "Prosecutors from X's office", "Staff at X's office".
_PEOPLE_OF_AN_OFFICE = frozenset({"from", "at", "in", "of", "for", "with", "inside", "within"})
#: A spokesperson introduced: "A spokesman for the X", "a police spokeswoman", "X spokesman Y".
_SPOKES_WORD_RE = re.compile(r"\b[Ss]pokes(?:man|woman|person)\b")
#: After that word, the body it speaks for, named next: " for the ", " at ".
_SPOKES_FOR_NEXT_RE = re.compile(r" (?:for|of|at|from) (?:the )?")
#: How far back (characters) "the spokesman" looks for the spokesperson the article introduced.
_SPOKES_REACH = 600


def _spokes_body_before(story: Story, word: str, at: int) -> Entity | None:
    """The body of the spokesperson the article last introduced before ``at`` ("A spokesman for X said"), if any.

    "the spokesman said" then means that spokesman, X's -- not the body named last (often one X spoke of).
    The last one introduced with the same word ("spokesman", not "spokeswoman"), as "a spokesman for X" or "X
    spokesman Y"; one introduced as a person's title ("the opposition health spokesman") is passed over. None
    when no such one: nothing is decided here. One introduced by a body's noun ("A council spokesperson") is
    the council the article names by then.
    """
    text = story.reg.text
    for m in reversed(list(_SPOKES_WORD_RE.finditer(text, max(0, at - _SPOKES_REACH), at))):
        if m.group().lower() != word:
            continue
        after = _SPOKES_FOR_NEXT_RE.match(text, m.end())
        runs = story.reg.runs_by_start if after is not None else story.reg.runs_by_end
        run = runs.get(after.end() if after is not None else m.start() - 1)  # (after "for", or "X spokesman")
        ent = story.entity_of(run) if run is not None else None
        if ent is not None and story.kind(ent) == "org":
            return ent
        noun = (word_before(text, m.start()) or "").lower()
        if after is None and noun in lx.ORG_HEADS:
            # "A council spokesperson said ... '...,' the spokesperson added": the council named before, if any
            return resolve_role(story, noun, frozenset(), "the", at)[0]  # (such a body named before, or since)
        if after is not None:
            return None  # "a spokesman for the family": a body the article did not name
    return None


def _body_in_the_news(story: Story, at: int) -> Entity | None:
    """The organisation named last before ``at``, passing over one named in a clause about another.

    "Quarnby Buses, which is owned by the group Veldmark, said it was
    disappointed. A spokesman said": Quarnby Buses's spokesman.
    """
    text = story.reg.text
    nearest = None
    for ent, pos in story.mentions_before(at):
        if story.kind(ent) != "org" or is_outlet(story, ent, at):
            continue  # (nor the paper or station someone told)
        if not _in_clause_about_another(text, pos) or (nearest is not None and ent is not nearest):
            return ent
        if nearest is None:
            nearest = ent
    return nearest


def _in_clause_about_another(text: str, pos: int) -> bool:
    """Is ``pos`` inside a clause about the body named before it (", which is owned by X")?"""
    k = text.rfind(", ", max(0, pos - 120), pos)
    return k >= 0 and _CLAUSE_OPENS_RE.match(text, k) is not None and text.find(",", k + 2, pos) < 0


#: ", which is owned by", ", whose parent", ", a subsidiary of": a clause about the body named before it.
_CLAUSE_OPENS_RE = re.compile(r", (?:which|whose|who|a (?:subsidiary|unit|division|part) of|part of|owned by)\b")


def _body_near(story: Story, at: int) -> Entity | None:
    """The organisation named last before ``at``, else the one named next."""
    found = story.recent_kind(at, "org")
    return found[0] if found else story.next(at, lambda e: story.kind(e) == "org")


_WORDISH_RE = re.compile(r"[\w\-'\u2019]")


@functools.lru_cache(maxsize=1024)
def _pair_pattern(word: str) -> re.Pattern:
    w = re.escape(word)
    return re.compile(rf"(?<![\w\-'\u2019])(?:([A-Z][\w\-'\u2019]+) {w}|{w} ([A-Z][\w\-'\u2019]+))(?![\w\-])")


def _wordish(c: str) -> bool:
    """Is the character ``c`` one of ``[\\w\\-'\u2019]`` (a word's character, a hyphen or an apostrophe)?"""
    return c.isalnum() or c in "_-'\u2019"


def _pair_may_start(text: str, p: int, word: str) -> bool:
    """Can ``_pair_pattern(word).match(text, p)`` match: what either of its alternatives needs, read in place?

    "Capitalised word": a capital, more of a word, a space, then ``word``; "word Capitalised": ``word``, a
    space, a capital and one more of a word's characters -- each where no word's character is right before.
    (Only what a match needs is checked: a True may still find no match, a False never misses one.)
    """
    if p > 0 and _wordish(text[p - 1]):
        return False
    if "A" <= text[p : p + 1] <= "Z":
        q = p + 1
        while q < len(text) and _wordish(text[q]):
            q += 1
        if q >= p + 2 and text.startswith(" " + word, q):
            return True
    r = p + len(word)
    return (
        text.startswith(word, p)
        and text.startswith(" ", r)
        and "A" <= text[r + 1 : r + 2] <= "Z"
        and _wordish(text[r + 2 : r + 3] or " ")
    )


def name_pairs(text: str, word: str) -> list[re.Match]:
    """What ``re.finditer`` of "Capitalised word" or "word Capitalised" over ``text`` finds.

    The same matches, but the pattern is tried only where it can match (at
    ``word``, or at the start of the word just before it) instead of at every
    position of the text: on a 50,000-paragraph article the scan over the
    whole text, once per one-word speaker, was most of the quote time.
    """
    starts: set[int] = set()
    i = text.find(word)
    while i >= 0:
        starts.add(i)
        if i >= 2 and text[i - 1] == " ":
            k = i - 1  # back to the start of the word before
            while k > 0 and _WORDISH_RE.match(text, k - 1):
                k -= 1
            starts.add(k)
        i = text.find(word, i + 1)
    if not any(_pair_may_start(text, p, word) for p in starts):
        return []  # (nowhere a pair can start: the pattern, new for every word, is not compiled)
    pat = _pair_pattern(word)
    out: list[re.Match] = []
    end = 0
    for p in sorted(starts):
        if p >= end and (m := pat.match(text, p)) is not None:
            out.append(m)
            end = m.end()
    return out


#: A document from someone unnamed, right after the document's noun: "a letter from a pupil".
_FROM_SOMEONE_UNNAMED_RE = re.compile(
    r"s?,?\s+(?:(?:written|sent|signed)(?:\s+to\s+[\w'\u2019 ]{1,40}?)?\s+)?(?:from|by)\s+(?:a|an|one|another)\s"
)
#: ", the first of the inspectorate's": an apposition calling the document one of a body's series (up to its "'s ");
#: not "a response to the council's complaint", "a rejection of the bank's offer": what it answers.
_OWNER_IN_APPOSITION_RE = re.compile(
    r", (?:the|a|an) (?:first|second|third|fourth|fifth|latest|last|final|newest|next|one|part) (?:of|in) the "
    r"[a-z]+['\u2019]s(?= )"
)
#: Who a document went to, or who read it out, right before their name: "handed on Friday to the board's chair, ",
#: "read aloud by the district librarian, ".
_RECIPIENT_BEFORE_RE = re.compile(
    r"\b(?:delivered|sent|addressed|copied|handed|posted|emailed|presented|submitted)\b[^.;:\n]{0,40}\bto\b[^.;:\n]{0,40}$"
    r"|\bread (?:aloud |out )?by\b[^.;:\n]{0,40}$"
)


def _short_for(story: Story, word: str, ent: Entity | None = None) -> Entity | None:
    """The one person of two or more names whose given name or surname the one ``word`` shortens.

    "Vux" for Aurek Vuxley, "Quim" for Althea Quimbrel: a nickname cut from the front of a name, three
    letters at least; nobody when two people's names would fit.
    """
    short = word.casefold()
    if len(short) < 3:
        return None
    found = [
        e
        for e in story.entities()
        if e is not ent
        and story.kind(e) == "person"
        and " " in e.name
        and any(w.casefold().startswith(short) and w.casefold() != short for w in e.name.replace("-", " ").split())
    ]
    return found[0] if len(found) == 1 else None


#: A role's "for" or "of" before the one it is of, ending a mention: "the lawyer for |Aurek Quill".
_FOR_OR_OF_RE = re.compile(r" (?:for|of|representing) $")


def _speaker(ent: Entity | None, m: Mention) -> Speaker:
    """The speaker ``ent`` names, from the mention ``m``; unclear when nobody."""
    if ent is None:
        return Speaker(None, None, m.start, m.end)
    return Speaker(ent.name, ent, m.start, m.end)


def _abbrev_before(text: str, pos: int) -> bool:
    w = WORD_BEFORE_RE.search(text, max(0, pos - 12), pos)
    return w is not None and (
        w.group(1).lower() in lx.ABBREVIATIONS
        or len(w.group(1)) == 1
        or (text[pos : pos + 1] == "." and title_abbreviation(text, w.start(1), pos + 1))
    )


def _plain_name(words: Sequence[str]) -> bool:
    """Words that can be a person's name: capitalised, none a common capitalised word, title or role."""
    for w in words:
        n = w.lower().strip(".,").removesuffix("'s").removesuffix("\u2019s")
        if not w[:1].isupper() or n in lx.STOP_CAPS or n in lx.HONORIFICS or n in lx.ROLE_HEADS:
            return False
        if n in lx.ORG_WORDS or n in lx.PLACE_WORDS or n in lx.DEMONYMS or n in lx.ROLE_MODIFIERS:
            return False
    return True


def _everyday_pair(name: str) -> bool:
    """Is "X and Y" four words or more, each side opening with no given name and holding an everyday word?

    "Search and Rescue Quarnby", "Quarnby Track and Field": a body's name. Not two places ("Quarnby and
    Vexholm"), two people ("Jane Fisher and Tom Cook"), nor two bodies or people named by one word each ("Crust
    and Crumb", "Fox and Lamb").
    """
    if len(name.split()) < 4:
        return False
    common = lx.common_words()
    for side in name.split(" and "):
        ns = [w.lower().strip(".,") for w in side.split()]
        if not ns or given(ns[0]) or not any(n in common and not given(n) for n in ns):
            return False
    return True


def _person_pair(name: str) -> bool:
    """Two people, not an organisation's name: "Vexmoor and Quarnby", "Ysmay and Quessa Quell"."""
    sides = name.split(" and ")
    if len(sides) != 2:
        return False
    for side in sides:
        ws = side.split()
        if not 1 <= len(ws) <= 3:
            return False
        for w in ws:
            n = w.lower().strip(".,")
            if not w[:1].isupper() or n in lx.ORG_WORDS or n in lx.PLACE_WORDS or n in lx.ROLE_HEADS:
                return False
    return True
