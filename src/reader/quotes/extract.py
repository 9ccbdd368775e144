"""The extraction pipeline: marks -> segments -> quotes with speakers.

1. :mod:`.marks` finds every quoted span (with nested spans inside).
2. :class:`.registry.Registry` reads the names, roles and pronouns.
3. Each span is judged: is it a sentence someone said (direct), a few words
   of theirs inside the reporter's sentence (partial), or a title, nickname
   or scare quote (dropped)?  :mod:`.cues` reads the attribution next to
   its marks.
4. Spans split by their attribution ("First," she said, "second.") are
   joined into groups; attribution is read next to the marks, then in the
   sentence, then from the previous paragraph for a paragraph that is all
   quotation.
5. Group by group, in article order, :mod:`.resolve` turns the speaker
   mention into a name.  What the quotes so far taught travels in a
   :class:`~.story.Story` inside the :class:`State`, so each step is a
   function of (state, group) alone: :meth:`Extractor.step`.
6. Nested quotes are reported after their outer quote, attributed to whoever
   the outer speaker says said them.
7. Every speaker is settled (:meth:`.resolve.Resolver.settle`).
8. Every speaker is scored (:func:`.confidence.assess`); one too doubtful
   is left empty rather than guessed.

Public names: :func:`extract_quotes` (the entry point), :func:`paragraphs`,
:class:`Extractor`, :class:`Segment`, :class:`State`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from ..model import Block, Quote
from . import beat, confidence, cues, describe, lede, pronouns
from . import lexicon as lx
from .antecedents import KIN, asked_clause_start, has_role, prev_para_start
from .cues import Mention
from .kinds import AGE_APPOS_RE, given_gender, unnamed_of_sex
from .lede import a_person_word
from .marks import Span, find_spans
from .names import Run, possessive, title_abbreviation
from .registry import BYLINE_RE, MY_SOMEONE_BEFORE_RE, Entity, Registry
from .resolve import Resolver, Speaker, apposed_sex, most_named_person
from .story import Story
from .tokens import (
    OPENING_MARKS,
    SENTENCE_END_RE,
    WORD_BEFORE_RE,
    alternation,
    first_word,
    last_match,
    lstrip_index,
    norm,
    rstrip_index,
    sentence_start,
    word_before,
)

log = logging.getLogger(__name__)

__all__ = ["Extractor", "Segment", "State", "extract_quotes", "method_of", "paragraphs"]

#: The start of an interview's answer: "A: ...", "A. ...".
_ANSWER_RE = re.compile(r"A[:.]\s")
#: Speech verbs that ask.
#: Verbs that make a quote the answer in an exchange.
_REPLYING = frozenset({"replied", "replies", "retorted", "retorts", "responded", "responds", "answered", "countered"})
_ASKING = frozenset({"asked", "asks", "ask", "pressed", "demanded", "queried", "wondered"})
# (one mark, then any more: a pattern opening on a repeat gives the engine no character to skip to)
_TERMINATOR_RE = re.compile(r"[.!?\u2026][.!?\u2026]*(?= |$|[\u201d\u2019\"'] [A-Z])")
#: A closing mark after a full stop inside a quote, then a new sentence: '... options." Its'.
_QUOTED_END_RE = re.compile(r"[\u201d\u2019\"'] [A-Z]")
_SO_CALLED_RE = re.compile(
    r"(?:so-called|so called|dubbed|nicknamed|(?:the|a|his|her|their) nickname|goes by|known as|codenamed|code-named"
    r"|calling (?:itself|themselves|himself|herself))\s*$",
    re.IGNORECASE,
)
_CALLED_A_RE = re.compile(
    r"\b(?:called|calls|call|described|describes|branded|labelled|labeled|termed)"
    r"(?: it| them)?(?: as)? (?:a|an|the)\s*$"
)
#: A name many people give a thing ("what firefighters call 'cold water shock'", "a building tenants have taken to
#: calling 'the Icebox'"): a plural or "they" calling it, with "call" or "calling" -- a term, nobody's words.
_A_GROUP_CALLS_RE = re.compile(
    r"\b(?:they|everyone|everybody|([a-z]+s))"
    r" (?:(?:now|still|often|sometimes|informally|affectionately|already|all|also|have|had|are|were|started|begun"
    r"|began|taken|to) )*(?:call|calling) (?:it |them )?(?:(?:a|an|the) )?$"
)
#: Words in "s" that are no plural noun before "call".
_NOT_PLURALS = frozenset("his its was has is this us as yes does says thus plus whereas".split())
#: Calling someone or something by a name ("everybody called him 'Curly'", "she calls it 'the Old Lady'").
_CALLS_ONE_RE = re.compile(
    r"\b(?:call|calls|called|calling|nicknamed|dubbed) (?:him|her|me|it|them|us|you|the \w+|each other) \S?$",
    re.IGNORECASE,
)
#: A name given that way: capitals, after "the" ("the Bank of Quell"), four words at most.
_A_GIVEN_NAME_RE = re.compile(r"(?:[Tt]he )?[A-Z][\w'\u2019-]*(?: (?:of|the|and|de|[A-Z][\w'\u2019-]*))*[,.!?]?")
#: Small words that may follow a speaker's own word set off in the reporter's sentence ("'unpredictable' by noon").
_AFTER_A_SPOKEN_WORD = frozenset(
    "to by and or but in on at for from with over after before because as since when while if than the a an that"
    " into about of during until so yet nor its his her their this these those".split()
)
#: A word spoken of, not used: "the word 'temporary'", "spelled 'gunwale'", "its talk of 'right-sizing'".
_WORD_SPOKEN_OF_RE = re.compile(r"\b(?:word|words|term|phrase|spelled|spelt|spell|talk of|pronounced)\W*$")
#: A name a thing or a person goes by among some people ("known to staff as 'the Big Grey'", "a practice known in the
#: trade as 'pencil-whipping'", "referred to by residents as the 'water mafia'"): a nickname or a term.
_KNOWN_AMONG_AS_RE = re.compile(
    r"\b(?:[Kk]nown|know (?:him|her|it|them|us|me)|referred to)\b[^.;:!?\"\u201c\u201d\u2018\u2019\n]{0,40}?"
    r" as (?:a |an |the )?$"
)
#: A line that links to another story ("Read more: 'We swim here every day' - the wild swimmers ...", "Related:",
#: "Up next:"): a quote in its headline is that story's, no speech of this one.
_PROMO_LINE_RE = re.compile(
    r"(?i:read more|read also|also read|see also|more on this story|related(?: stories)?|recommended|up next"
    r"|watch|listen)\s*:"
)
#: Longer than this, a paragraph is no such line.
_PROMO_LINE_MAX = 300
#: The nouns an illness's name ends with ("Pontiac fever", "a rare nerve disorder called 'Quorran's ataxia'").
_ILLNESS_HEADS = frozenset(
    "syndrome disease disorder fever flu influenza ataxia palsy dystrophy sclerosis pox".split()
)
#: Words that make a quoted phrase ending in such a noun a speaker's own words ("It is a disease,", "the tourist
#: disease", "probably a kidney infection"), not an illness's name.
_NOT_A_NAME_OPENING = frozenset(
    "a an the it it's it\u2019s its this that these those his her their my our your some any no not just only"
    " probably what which is was are were be been has have had".split()
)
#: The last words of _SO_CALLED_RE and _NAMED_RE, checked first (cheaply).
_SO_CALLED_ENDS = (
    "so-called",
    "so called",
    "dubbed",
    "nicknamed",
    "nickname",
    "goes by",
    "known as",
    "codenamed",
    "code-named",
    "itself",
    "themselves",
    "himself",
    "herself",
)
_NAMED_ENDS = ("called", "named", "titled", "branded", " the")
_NAMED_RE = re.compile(r"\b(?:called|named|titled|entitled|branded)(?: the)?\s*$")
#: A work the quote is the title of, right before it: "her memoir, 'Diesel and Velvet',", "the album 'Low Light'".
_WORK_BEFORE_RE = re.compile(
    r"\b(?:memoir|novel|book|album|single|song|film|play|musical|documentary|series|poem|collection|opera|podcast"
    r"|exhibition|painting|sculpture)s?,?\s*$"
)
_CAP_BEFORE_RE = re.compile(r"(?:^|\s)[A-Z][\w\-]+\s$")
_SENT_PUNCT = ".!?\u2026"
_DOUBLE_MARKS = frozenset('\u201c\u201d"')
#: One clause between two pieces of a quote: no sentence end, colon or quotation mark before its last stop.
_ONE_CLAUSE_RE = re.compile(r"\s+(?:[^.!?:;\"\u201c\u201d\u2018\u2019]|\u2019(?=[a-z])){3,200}[.,]\s*")
#: A clause that ends on a verb of reading out or starting ('"One," it read. "Two."', '"One," X began. "Two."'):
#: speech only between the pieces of a split quote ("she read law" is not).
_READ_OR_BEGUN_RE = re.compile(r"\b(?:read|reads|began|begins)[.,]\s*$")
#: A verb of thinking and a comma or colon right before a quote inside a quote: "thinking, '", "I thought:
#: '" (not "I thought 'The Salt Orchard' would sell": a title).
_THOUGHT_BEFORE_RE = re.compile(
    r"\b(thinking|thought|wondering|wondered)(?: to (?:myself|himself|herself|ourselves))?[,:]\s*$"
)
#: Verbs of a crowd's voice: "chanted", "singing", "sang".
_CHANTING = ("chant", "sing", "sang")
#: A word of a chant, for telling one repeated.
_CHANT_WORD_RE = re.compile(r"[^\W\d_][\w\-\u2019']*")
#: Words a quote after "called it" needs to be somebody's judgement rather than a name ("a disgrace to the city").
_CHARACTERISING_WORDS = 4
#: The end of one sentence and the start of the next.
_SENTENCE_BREAK_RE = re.compile(r"[.!?]\s+\S")
#: A turn that puts something to the one it calls: "your three minutes are up", "you gave the developer ten".
_PUT_TO_YOU_RE = re.compile(r"\b(?:you|your|yourself)\b", re.IGNORECASE)
#: Thanks, which put nothing to the one thanked: "thank you", "thank you very much".
_THANKS_RE = re.compile(r"\bthank you\b", re.IGNORECASE)
#: ", and she said," right after a closing mark: a new clause leading into the next piece.
_AND_THEN_RE = re.compile(r",?\s+(?:and|then|and then|but)\s+(?:he|she|they|I|we|[A-Z][\w\-\u2019']+)\s+\w+")
#: A verb, then the clause ends: '"...," I said.'.
_BARE_VERB_RE = re.compile(
    r"\s+\w+(?:\s+(?:him|her|them|us|you))?(?:\s*[.,;:!?\u2014\u2013]|\s+(?:as|when|while|before|after)\b)"
)
#: "I" and a verb with at most three small words leading into a quote: " said, ", " wrote back and said, ".
_I_SAID_BEFORE_RE = re.compile(r"\s+\w+(?:\s+\w+){0,3},?:?\s*")
#: A new sentence right after a closing mark: a space and a capital.
_NEW_SENTENCE_RE = re.compile(r"\s+[A-Z]")
#: A lower-case word right after a mark or a name: the sentence going on, or a name's verb ("Mr Vexwick accepted").
_WORD_AFTER_RE = re.compile(r" [a-z]")
#: Words after which a single quoted word is what someone called something.
_PREDICATIVE = frozenset(
    "is was were are be been being am seem seemed seems feel felt feels look looked looks sound sounded "
    "sounds become became remain remained as it them him her this that could would will might "
    "very so too most more described called branded labelled dubbed termed".split()
) | frozenset(w for w in lx.SPEECH_VERBS)
#: A direct quote needs at least this many words when nothing attributes it.
MIN_UNATTRIBUTED_WORDS = 4
#: A paragraph that is all quotation continues the last speaker this many
#: paragraphs back (interviews put the interviewer's question in between).
CONTINUATION_REACH = 2
#: A name set out as a heading over a paragraph of quote is no longer than this, with its description.
_HEADING_CHARS = 160
#: A turn in an exchange is short: at most this many words, an attribution of at most this many characters.
_TURN_WORDS = 25
#: At most this many characters between a speaker's mention and the quote its verb leads into ("he told them, "),
#: for that speaker to outweigh an "according to" after the quote (further off, the verb may be another's).
_NEAR_ITS_VERB = 25
#: At most this many words in a bare paragraph read as a short answer or come-back in an exchange ("Yes, Your
#: Honor.", "It was a bribe. I was scared to say so then."): a longer one is as often the last speaker going on.
_SHORT_ANSWER_WORDS = 12
_TURN_TAIL = 80
#: How sure the pronoun model must be to overrule the rules' answer for a speaking he/she (else: unclear).
OVERRULE_ABOVE = 0.9
#: "my mother", "the farmer", "a nine-year-old girl": a person described, in a quote.
_DESCRIBED_RE = re.compile(
    r"\b(?:[Mm]y|[Oo]ur|[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir) (?:[\w\-]+ ){0,2}?([a-z]+)\b(?! [A-Z])"
)
#: Before "a neighbour", what makes it no one new: set beside a name (", 67, a retired surveyor"), what someone is
#: ("is a nurse", "is still a", "remains a", "as a"; but "there was a nurse" brings one in), or a preposition's
#: object ("an advert for an apprentice").
_NOT_A_NEWCOMER_BEFORE_RE = re.compile(
    r"(?:,|\b(?<![Tt]here )(?<![Ii]t )(?:is|was|are|were|be|been|being|became|becomes|remains?|remained|seems?|seemed)"
    r"(?:\s+(?:still|also|now|once|never|always|not|just))?"
    r"|\b(?:but|as|for|of|to|with|like|by|from|about|than|into|on|at|in))\s+$"
)
#: A verb or "as" before a noun phrase that says what someone is ("he was the only X", "saw her as a born X");
#: not "there was", "it was", which bring someone in.
_PREDICATE_BEFORE_RE = re.compile(
    r"\b(?<![Tt]here )(?<![Ii]t )(?:is|was|are|were|be|been|being|as|(?![Tt]here|[Ii]t)\w+['\u2019]s)\W{1,3}$"
)
#: After a quote, its attribution to someone told, ending the paragraph: '," Quill tells her.', '," he told Aurek X.'
_LOWER_WORD_RE = re.compile(r"\b[a-z]+\b")
#: How many paragraphs back the one told may have last spoken.
_TOLD_REACH = 4
_TELLING_WORDS = r"(?:tells|told|says to|said to|snaps at|snapped at|whispers to|whispered to)"
#: A question's attribution that ends its paragraph and puts it to no one: ' Quill asked.', ', asked Quill.'.
_ASKED_ALONE_RE = re.compile(
    r"[,\s]*(?:(?:[A-Z][\w'\u2019-]*\s){1,4}|[Hh]e\s|[Ss]he\s)asked\.?\s*|[,\s]*asked(?:\s[A-Z][\w'\u2019-]*){1,4}\.?\s*"
)
#: "asked him", "asked Marten": a question put to someone the words name.
_ASKED_WHOM_OUTSIDE_RE = re.compile(r"\basked (?:him|her|[A-Z][\w\-\u2019']+)\b")
#: Roles of one who answers questions in court: "the defendant replied", "the witness said".
_ON_THE_STAND = frozenset({"defendant", "accused", "witness"})
#: The cues of a quote told to someone ("she told him", "Quill tells her").
_TELLING = frozenset({"told", "tells", "tell"})
_TOLD_WHOM_RE = re.compile(
    r"[\u201d\u2019\"']?,?\s*(?:[A-Z][\w\-\u2019']*(?: [A-Z][\w\-\u2019']*){0,2}|[Hh]e|[Ss]he) "
    + _TELLING_WORDS
    + r" (her|him|[A-Z][\w\-\u2019']*(?: [A-Z][\w\-\u2019']*){0,2})[.!]?(?=\s*(?:\n|$))"
)
#: What may open a sentence before its "he said:" without saying who speaks: a time ("Afterwards,", "On
#: Monday,"), an adverb ("Later", "Still"), how or to whom ("Speaking to reporters,", "In an interview with X,").
_LEAD = (
    r"Afterwards|Afterward|Later|Then|Now|Today|Yesterday|Earlier|Still|But|And|So|Meanwhile|Finally|Separately"
    r"|Previously|Recently|On [A-Z][a-z]+day"
    r"|(?:Speaking|Talking|Writing) (?:to|with|on|in|at|from|after) [^,.:;?!]{1,60}"
    r"|In (?:an?|his|her|their) (?:interview|statement|email|message|post|speech|letter) [^,.:;?!]{0,60}"
)
#: "She added: ", "He went on: ", "Speaking to reporters, he said: ": a sentence that is only a he/she and a verb
#: before a quote (after words that say when, how or to whom, not who).
_PRONOUN_ADDED_RE = re.compile(
    r"\s*(?:He|She|(?:" + _LEAD + r"),? (?:he|she)) (?:[a-z]+ ){0,2}[a-z]+:\s*"
)
_FIRST_SENTENCE_RE = re.compile(r"[^.?!]*[.?!]")
#: Words that tell of a live exchange, where a body's spokesperson answers questions.
_LIVE_RE = re.compile(
    r"\b(?:news conference|press conference|briefing|told (?:reporters|journalists)|on a call|took questions"
    r"|asked by reporters)\b"
)
#: Up to three lower-case words and their spaces ("retired nurse "): what a person is, before their name.
_LOWER_WORDS_RE = re.compile(r"(?:[a-z\-]+ ){0,3}")
#: Words that make the lower-case words before a name something other than that person's role ("whose son").
_NOT_OF_A_ROLE = frozenset("who whose whom which that like unlike of with his her their its and or by".split())
#: The word after a space: "husband" in "late husband".
_NEXT_WORD_RE = re.compile(r" ([a-z]+)\b")
#: A parent called by a capitalised word, as if by name ("Dad always said").
_PARENT_WORDS = frozenset({"dad", "mum", "mom", "mam", "father", "mother"})
_PARENT_WORD_RE = re.compile(r"\b(Dad|Mum|Mom|Mam)\b")
#: "her father", "Quill's mother": somebody's relative, by a possessive.
_KIN_OF_RE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w\-]*['\u2019]s) (?:[a-z\-]+ ){0,2}?("
    + "|".join(sorted(KIN, key=len, reverse=True))
    + r")\b"
)
#: "A spokesman for the council", "A Quorran Rail spokeswoman": a spokesperson opening a sentence.
_SPOKES_SUBJECT_RE = re.compile(r"(?:An?|The) (?:[\w&\-\u2019']+ ){0,4}?(spokesman|spokeswoman|spokesperson)\b")
#: " asked " between two names: "X asked Y whether ..." (the name after it, then how the question goes on).
#: (also "X pressed the developer's engineer, Y, on that point": the one pressed, after a role)
_ASKED_WHETHER_RE = re.compile(
    r" (?:asked|pressed|questioned|challenged|quizzed) (?:(?:the|a|an|his|her|its|their) [^,.]{1,40}, )?"
    r"(?=[A-Z][^,.]{0,60}?,? (?:whether|if|how|why|what|when|about|on|over)\b)"
)
#: " asked whether ", " asked if " with no one named as asked: the question is the subject's, put to whoever answers.
_ASKED_WHETHER_ALONE_RE = re.compile(
    r"(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbeing) (?:asked|questioned) (?:whether|if)\b(?! (?:he|she|they)\b)"
)  # (not the passive "was asked whether": its subject is the one asked)
#: " asked whether he ": a question put to someone the sentence calls he or she.
_ASKED_WHETHER_HE_RE = re.compile(r" (?:asked|pressed|questioned) (?:him |her )?(?:whether|if) (he|she) ")
#: "I was told, ": words from someone the speaker does not name, right before a nested quote.
_TOLD_PASSIVE_RE = re.compile(
    r"\b(?:was|were|been|being|am|is|are|get|got) (?:just |only |simply )?told"
    r"(?:, (?:and I quote|I quote|quote|word for word|in writing),)?[,:]?\s*$"
)
#: ", Your Honour." set off as a call: a speaker hailing the bench (or a mayor) by the office's form of address
#: (not "They called me Your Honour", "Oh my lord": words about the form, or no form at all).
#: (In lower case too: "your honor", as American papers print it.)
_HAILED_RE = re.compile(r"[Yy]our ([Hh]onou?r|[Ll]ordship|[Ll]adyship|[Ww]orship)(?=[,.!?]|$)")
#: " asked him whether ": a question put to someone the narrative calls him or her, who answers next.
_ASKED_HIM_RE = re.compile(
    r" (?:asked|pressed|questioned|challenged|quizzed) (him|her) (?:whether|if|how|why|what|when|about)\b"
)
#: "questioned her sharply.", "pressed him on": someone put to questions, the question itself quoted after.
_QUESTIONED_HER_RE = re.compile(
    r" (?:pressed|questioned|challenged|quizzed|grilled|interrogated) (him|her)(?: [a-z]+ly)?(?=[.,;:]| on\b| over\b)"
)
#: A verb of telling before a question the sentence recounts ("He said X had asked him whether").
_TELLS_RE = re.compile(r"\b(?:said|says|told|tells|recalled|recalls|explained|explains)\b")
#: ", he " before a verb: the pronoun opening a main clause after an opening phrase.
_COMMA_THEN_HE_RE = re.compile(r", (he|she) (?=[a-z])")
#: "Cross-examined by ", "Under questioning by ": a paragraph opening on who asks; its subject answers.
_EXAMINED_OPENS_RE = re.compile(
    r"(?:Under |During |On )?(?i:cross-|re-)?(?i:examined|examination|questioned|questioning) by (?:the )?"
)
#: ", " and a capital: where a name may open the main clause after an opening phrase.
_COMMA_THEN_CAPITAL_RE = re.compile(r", (?=[A-Z])")
#: Words that make what opens a sentence more than a noun for a person: a clause or a verb's part.
_NOT_A_BARE_NOUN_RE = re.compile(r"\b(?:who|which|that|by|of|written|drawn|made|[a-z]+ed)\b")
#: "A reporter asked ", "One journalist asked ": somebody unnamed putting a question to the one named next.
_ASKED_BY_SOMEONE_RE = re.compile(
    r"\b(?:[Aa]|[Aa]nother|[Oo]ne) (?:[a-z\-]+ ){0,2}?(?:reporter|journalist|questioner|interviewer) asked "
    r"(?!(?:him|her|them|whether|if|what|how|why)\b)"
)
#: The end of a sentence, outside quotes' own marks: a stop and a space or a line's end.
_SENTENCE_END_OUT_RE = re.compile(r"[.!?](?=\s)")
#: A "he", "him" or "his"; a "she", "her" or "hers" (as words).
_HIM_HIS_RE = re.compile(r"\b(?:he|him|his)\b", re.IGNORECASE)
_HER_RE = re.compile(r"\b(?:she|her|hers)\b", re.IGNORECASE)
#: " under questioning from ", " during cross-examination by ": the one before answers the one after.
_UNDER_QUESTIONING_RE = re.compile(r" (?:under|during) (?:cross-)?(?:questioning|examination) (?:from|by) ")
#: A word every pattern of :meth:`Extractor._exchange_set_up` searches a paragraph for holds (but the opening
#: "Cross-examined by", :data:`_EXAMINED_OPENS_RE`): "asked", "pressed", "questioned", "under examination", ...
_EXCHANGE_WORD_RE = re.compile(r"asked|pressed|question|challenged|quizzed|grilled|interrogated|examin")
#: " was pressed by ", " was questioned by ": the one before answers, the one after asks.
_WAS_ASKED_BY_RE = re.compile(r" was (?:pressed|questioned|asked|cross-examined|challenged) by ")
#: " was asked about", " was pressed on": the one a question is put to, named just before (not "asked to" do
#: something, nor "asked by" someone).
_WAS_ASKED_RE = re.compile(r",? (?:was|were) (?:asked|pressed|questioned)\b(?! by\b| to\b)")
#: ", you said, ", ", you told me: " after a name that opens a quote, right before a quote inside it: the words of
#: the one the speaker addresses.
_YOU_SAID_RE = re.compile(r", you (said|told (?:me|us))[,:]? ")
#: A short bare turn that opens by telling the one just heard what they said or did: "You said that last year.",
#: "You did steal my lines." (not "You never think ...", "You told yourself ...", "You did everything you could
#: and ...": anyone's "you", the last speaker going on).
#: A turn's first words, put to someone ("Your trend, ", "You said, "), before a call set off by commas.
_YOU_THEN_A_CALL_RE = re.compile(r"[\u201c\u2018\"']?Your? [^,.?!\u201d\u2019\"]{0,40}, ")
#: Words that build a noun phrase a name can be apposed to: "to the head of planning", "a man at the top".
_NOUN_PHRASE_WORDS_RE = re.compile(r"\b(?:the|a|an|to|of|at|for|with|from|in|on)\b")
_RETORT_RE = re.compile(r"[\u201c\u2018\"']?You (?:said|did|told|promised)\b(?! (?:yourself|everything)\b)")
#: Cues of a quote that answers one before it: the next bare turn is not the answerer going on.
_REPLY_CUES = frozenset(
    "replied replies responded responds answered answers retorted retorts countered counters agreed agrees".split()
) | {"shot back", "shoots back", "fired back", "fires back"}
#: At most this many words in a turn said back to the last speaker.
_RETORT_WORDS = 8
#: Two people talking to each other: "they argue with each other", "the two bicker".
_RECIPROCAL_RE = re.compile(r"\b(?:bicker(?:s|ed|ing)?|each other|one another|the two of them)\b")
#: Words opening a turn that goes on with the last speaker's thought.
_GOING_ON = frozenset({"But", "And", "Because", "Or", "So"})
#: "was told by ", "were being told by ": a passive telling whose teller is named next.
_TOLD_BY_RE = re.compile(r"\b(?:been|being|was|were) told by ")
#: Verbs of singing, and one right before a quote.
_SUNG_VERBS = frozenset({"sing", "sings", "sang", "singing"})
_SUNG_VERB_RE = re.compile(rf"\b(?:{alternation(_SUNG_VERBS)})\b")
#: A thing as the subject of the verb of singing that follows: "the away end was ", "the north stand kept ".
_THING_SINGING_RE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir) (?:[\w'\u2019\-]+ ){0,2}?(?!(?:and|or|but|then|he|she|they|we|you)\b)([a-z]+)"
    r"(?: (?:had been|has been|was|were|is|are|kept|began|started|broke into|went on))? (?:still )?$"
)
#: '..." a reporter asked ': whom the question was put to is named next.
_ASKED_WHOM_RE = re.compile(
    r"[,?!\u201d\u2019\"' ]+(?:[a-zA-Z]+ ){1,3}?ask(?:s|ed)? "
    r"(?P<role>(?:the|a|an|his|her|their) [a-z][a-z\- ]{0,30}?, )?(?=[A-Z])"
)
#: A question's subject, its verb and whom it asks ('" Judge Quill asked the jury', '" she asked him'): not the
#: inverted '" asked the coroner', whose words after the verb are the asker.
_ASKED_OF_RE = re.compile(
    r"[,?!\u201d\u2019\"' ]+(?:[A-Za-z.\u2019'\-]+,? ){1,8}?ask(?:s|ed)?(?:,? turning to)? "
    r"(?:the|a|an|his|her|their|its|him|them|me|us)\b"
)  # (the subject may carry an apposition: '" the judge, Maud Quill, asked the jury')
#: After a name set in apposition: its end ("asked the solicitor, Y." -- not "asked the jury, Y staring ...").
_APPOSITION_ENDS_RE = re.compile(r"[.,;:!?]|\s*$")
#: '?" I ask', '?’ I asked': the writer asking, after the question's close.
_I_ASK_RE = re.compile(r",?\s+I (?:ask|asked)\b(?: (?P<obj>him|her|them|(?:a|an|the|his|her|their|one) [a-z]))?")
#: "Asked by (the reporter) ": the asker, named next.
_ASKED_BY_RE = re.compile(r"\b[Aa]sked by (?:(?:the|a|an) [a-z\- ]{1,30}?,? )?(?=[A-Z])")
#: "Questioned by", "Cross-examined by": who puts the questions that follow.
_EXAMINED_BY_RE = re.compile(r"\b(?i:questioned|cross-examined|re-examined|examined|pressed|asked) by ")
_NO_COMMENT_RE = re.compile(
    r"\b(?:did not|didn't|didn\u2019t|has not|hasn't|hasn\u2019t|could not|couldn't|couldn\u2019t) "
    r"(?:respond|reply|return|comment|be reached)|\bdeclined to (?:comment|respond)|\bno comment\b"
    r"|\bdid not speak\b"
)
_QUOTE_MARK_SET = frozenset('\u201c\u201d\u2018"')
#: "the eldest", "my youngest": a child by age, when no noun follows.
_AGE_WORDS = frozenset({"eldest", "youngest", "oldest"})
#: What follows "the eldest" used as a noun: a verb or the end of the phrase ("the eldest was nine", "my youngest, ").
_A_PERSON_AFTER_AGE_WORD_RE = re.compile(
    r"[,.;:!?]| (?:was|is|had|has|came|went|said|asked|told|looked|would|could|will|wanted|got|stood|turned|rang"
    r"|wrote|called|caught|started|never|always|still|just)\b"
)
#: A quote that calls the one it answers by a family word: "Same thing, Dad.", "Gran.", "Mum, stop."
_KIN_CALLED = (
    "Dad|Daddy|Papa|Mum|Mam|Mom|Mummy|Mommy|Mama|Mamma|Gran|Granny|Nan|Nana|Nanna|Grandad|Granddad|Grandma|Grandpa"
)
_KIN_VOCATIVE_RE = re.compile(rf"^({_KIN_CALLED})\b[,.!?]|, ({_KIN_CALLED})[.!?,]*$")
#: Words that introduce an interview printed as questions and answers.
_INTERVIEW_RE = re.compile(
    r"\b(?:sat down with|(?:spoke|talked) (?:with|to) (?:the |a )?[A-Z]"
    r"|(?:interview|conversation|exchange|transcript)s? (?:has|have) been (?:lightly )?(?:edited|condensed)"
    r"|edited for (?:length|clarity)|condensed for (?:length|clarity))"
)
#: Words right after the name of an interview's questioner: "'s questions are" (marked, in bold ...); not
#: "Quill's questions to the auditor were leaked".
_QUESTIONS_ARE_RE = re.compile(r"['\u2019]s questions (?:are|were|appear|appeared)\b")
#: "sat down with ", "spoke to ": nothing between the verb and the name to say who the name is.
_BARE_WITH_RE = re.compile(r"(?:(?:spoke|talked) (?:with|to)|sat down with) ")
#: A newspaper's desk right before a name: "Travel writer ", "Our reporter ", "The Courier's arts editor ". A
#: reporter or correspondent is always the paper's; a writer, editor or critic only of a desk ("crime writer" or
#: "magazine editor" may be the guest).
_DESK_BEFORE_RE = re.compile(
    r"(?:\b(?:[Oo]ur|[A-Za-z]+['\u2019]s) (?:[a-z]+ )?(?:writer|editor|critic)"
    r"|\b(?:[A-Za-z]+ )?(?:reporter|correspondent|interviewer|columnist|journalist)"
    r"|\b(?:[Ff]ood|[Ff]eatures?|[Aa]rts|[Tt]ravel|[Bb]ooks|[Ll]iterary|[Ss]ports?|[Pp]olitic(?:s|al)|[Bb]usiness"
    r"|[Nn]ews|[Ss]cience|[Hh]ealth|[Ee]ducation|[Ff]ashion|[Mm]usic|[Ff]ilm|[Ss]taff|[Ss]enior|[Dd]eputy"
    r"|[Cc]ontributing|[Cc]ity|[Rr]ural|[Ee]nvironment) (?:writer|editor|critic)) $"
)
#: Words right before the name of an interview's questioner: "the questions are by", "interviewed by",
#: "she spoke with books editor ", "she sat down with Quarnby Post features editor ".
_QUESTIONS_BY_RE = re.compile(
    r"\b(?:questions? (?:are|were|is|was) (?:by|from|put by|asked by)|questions? by|[Ii]nterview(?:ed)? by"
    r"|conducted by|(?:asked|put) by|(?:(?:spoke|talked) (?:with|to)|sat down with) (?:[a-z]+ ){0,3}"
    # ("sat down with Quarnby Post features editor ", "conducted by Quarnby Post food writer ": a masthead, then
    # the role)
    r"|(?:(?:spoke|talked) (?:with|to)|sat down with) (?:the )?(?:[A-Z][\w'\u2019-]* ){1,2}(?:[a-z]+ ){1,3}"
    r"|(?:conducted by|interview(?:ed)? by|questions? by) (?:the )?(?:[A-Z][\w'\u2019-]* ){1,2}(?:[a-z]+ ){0,2}"
    r"(?:writer|editor|reporter|correspondent|critic|interviewer|host|presenter|columnist|journalist) "
    r"|\b[Oo]ur (?:[a-z]+ ){0,2}(?:writer|reporter|correspondent|editor|critic|interviewer),?)\s*$"
)
#: '"Have you walked the site, Mayor?"': a question put to whoever holds the role it calls.
_ROLE_CALLED_RE = re.compile(r", ([A-Z][a-z]+)\?$")
#: A question that opens by hailing a role: "Minister, can you guarantee that?".
_ROLE_HAILED_RE = re.compile(r"([A-Z][a-z]+), ")
#: A question put to a role: "Can the minister tell ...", "Will the Secretary ...", "Does the coach ...".
_ROLE_ASKED_RE = re.compile(r"\b(?:[Cc]an|[Cc]ould|[Ww]ill|[Ww]ould|[Dd]oes|[Ii]s|[Hh]as) the ([a-z]+)\b")
#: A sentence that opens with he or she and a verb: "She worries about ...".
_HE_SHE_OPENS_RE = re.compile(r"(He|She) (?=[a-z]+(?:s|ed)\b)")
#: How far into a sentence opening "Asked about ..." its subject may come ("Asked whether ..., Aurek Quill, he").
_ASKED_CLAUSE_CHARS = 120
#: A comma, then a he or a she doing something: the subject after an opening clause.
_HE_SHE_AFTER_A_COMMA_RE = re.compile(r", (?=(?:he|she) [a-z])")
#: "that" ending the words before a quote ("had said on the radio that ").
_THAT_ENDS_RE = re.compile(r"\bthat\s*$")
#: Verbs that report what a witness said (their first letters): "said", "told", "accepted", "testified", ...
_GIVING_EVIDENCE = (
    "said", "says", "told", "tells", "testif", "explain", "accept", "admit", "agree", "conced", "insist", "maintain",
    "claim", "argu", "describ", "recall",
)
#: "was" or "were": a passive verb after it ("was asked to rest").
_WAS_WERE_RE = re.compile(r"\b(?:was|were)\b")
#: A question that can be answered yes or no, by its first word: "Was", "Did", "Will", "Has", ...
_YES_NO_OPENING_RE = re.compile(r"(?:Is|Was|Were|Are|Did|Does|Do|Had|Has|Have|Will|Would|Could|Can|Should|Must) ")
#: The longest paragraph read as the writer's question to the one speaking ("Was the crowd a factor?").
_TOLD_QUESTION_CHARS = 160
#: Quotation marks that only open or close a quote (not the apostrophe that is also a closing single mark).
_QUOTE_MARKS = frozenset("\"\u201c\u201d\u2018")
#: A he, a she or a they, as subject, object or owner.
_HE_SHE_WORD_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Hh]ers|[Tt]hey|[Tt]hem|[Tt]heir)\b")
_THEY_WORDS = frozenset({"they", "them", "their"})
#: A sentence opening on "He" or "She" as its subject ("She kept the shop open.").
_HE_SHE_SUBJECT_RE = re.compile(r"(He|She) (?=[a-z])")
#: A sentence opening "Asked about ...," / "Asked whether ...,": its subject is who answers.
_ASKED_THEN_SUBJECT_RE = re.compile(
    r"(?:When |After being |Once )?[Aa]sked (?:about|whether|if|how|why|what|when|for)\b"
)
#: How many paragraphs of questions and answers an interview's introduction reaches.
_INTERVIEW_REACH = 40
#: What may follow a name that labels a paragraph's quote: a description, then a colon (", welder, 1980-2012: ").
_NAME_LABEL_TAIL_RE = re.compile(r"[^:\n\u201c\u201d\"]{0,140}:\s*")
#: Words by which the clause before a colon hands the quote to a text or to somebody else's words.
_OTHERS_WORDS_RE = re.compile(
    r"\b(?:statement|report|letter|note|message|email|post|advice|words|read|reads|reading|quoted|quoting)\b"
)
#: A paragraph's label for a question or an answer, before the quote: 'Q: ', 'A. ', 'Q -- '.
_QA_LABEL_RE = re.compile(r"\s*([QA])\s*(?:[:.]|\u2014|\u2013|-)\s*")
_CLOSING_MARKS = "\u201d\u2019\"'"
#: A question after a colon this short (words) is put to someone.
_QUESTION_WORDS = 30


@dataclass(slots=True)
class Segment:
    """A quoted span with its paragraph, whether it opens a sentence (direct), and the cues next to its marks."""

    span: Span
    para: int
    direct: bool
    post: tuple[str, Mention | None, int] | None = None
    pre: tuple[str, Mention | None] | None = None


#: The previous quote, its speaker's entity and its last paragraph.
Last = tuple[Quote, Entity | None, int]
Attribution = tuple[str, Mention | None]
_NOBODY = Speaker(None, None, None, None)


@dataclass(frozen=True, slots=True)
class State:
    """What the pipeline carries from one quote group to the next.

    ``story`` is the registry plus what the quotes so far taught; ``last``
    the previous quote, for a paragraph that continues it; ``asker`` who last
    asked a question in quotes, for an interview's unattributed turns.
    """

    story: Story
    last: Last | None = None
    #: the two people last taking turns: whoever last asked a question ("X asked"), and who answered it
    asker: Entity | None = None
    answerer: Entity | None = None
    #: the paragraph of the asker's last question
    asked_at: int = -1
    #: the last quote of the paragraph before ``last``'s, for two people taking turns without a question
    prior: Last | None = None
    #: the first quote of ``last``'s paragraph, if every quote in it so far has the same speaker as ``last``
    opened: Quote | None = None


def paragraphs(text: str, blocks: Sequence[Block] | None) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each block of ``text``: the given ``blocks`` in order, else the blank-line paragraphs."""
    if blocks:
        out = []
        end = 0
        # Blocks in text order and never overlapping (a caller's blocks are,
        # but nothing here may break on ones that are not).
        for b in sorted(blocks, key=lambda b: (b.start, b.end)):
            s, e = max(0, b.start, end), min(len(text), b.end)
            if s < e:
                out.append((s, e, b.kind))
                end = e
        return out
    out = []
    pos = 0
    for part in text.split("\n\n"):
        s, e = pos, pos + len(part)
        pos = e + 2
        # Blank lines inside a paragraph are not expected, but never crash.
        while s < e and text[s].isspace():
            s += 1
        if s < e:
            out.append((s, e, "paragraph"))
    return out


class Extractor:
    """The pipeline over one article's canonical ``text`` and its paragraphs ``paras``.

    Building it finds the quoted spans and the registry; :meth:`run` does
    the rest.  :meth:`segments`, :meth:`groups`, :meth:`start` and
    :meth:`step` are its stages, public so that tests can run the steps in
    any order.
    """

    def __init__(self, text: str, paras: list[tuple[int, int, str]], spans: list[Span] | None = None) -> None:
        self.text = text
        self.paras = paras
        self.para_starts = [p[0] for p in paras]
        self.spans = find_spans(text, paras) if spans is None else spans
        pieces = sorted(p for sp in self.spans for p in sp.pieces)
        self.reg = Registry(text, pieces)
        self.resolver = Resolver(self.reg)
        self._terms: dict[int, list[int]] = {}
        # _trap's answers by id(segment), with what they were read from (each segment is asked about three times)
        self._traps: dict[int, tuple[Segment, Span, tuple | None, tuple | None, bool, bool]] = {}
        # where the registry's runs start, in order (made when first asked for)
        self._run_starts: list[int] | None = None

    # -- sentences ----------------------------------------------------------

    def _terminators(self, pi: int) -> list[int]:
        got = self._terms.get(pi)
        if got is None:
            ps, pe, _ = self.paras[pi]
            got = []
            text = self.text
            in_quote = self.reg.in_quote
            for m in _TERMINATOR_RE.finditer(text, ps, pe):
                e = m.start()
                if in_quote(e):
                    if _QUOTED_END_RE.match(text, m.end()) is not None and self._mid_sentence_quote(ps, e):
                        # 'said it was "weighing all options." Its president ...': the quote ends the sentence
                        got.append(m.end() + 1)
                    continue
                # WORD_BEFORE_RE.search(text, max(ps, e - 12), e), read
                # backwards: the word chars before any trailing spaces.
                lo = max(ps, e - 12)
                q = e
                while q > lo and text[q - 1].isspace():
                    q -= 1
                p = q
                while p > lo and (text[p - 1].isalnum() or text[p - 1] in "_.-'"):
                    p -= 1
                if p < q:
                    w = text[p:q]
                    if w.lower() in lx.ABBREVIATIONS or (len(w) == 1 and w.isupper()):
                        continue
                    # (a title abbreviated is "Hon" or three or four letters: see names.title_abbreviation)
                    if text[e] == "." and q == e and 3 <= len(w) <= 4 and title_abbreviation(text, p, e + 1):
                        continue  # "Qrt. Quill": a title before a name
                    if w.lower() in lx.FIRM_ABBREVIATIONS and text[m.end() + 1 : m.end() + 2].islower():
                        continue  # "Quorran Poultry Co. said": the firm's name, not the sentence, ends there
                got.append(m.end())
            self._terms[pi] = got
        return got

    def _mid_sentence_quote(self, ps: int, pos: int) -> bool:
        """Does the quote holding ``pos`` open inside a reporter's sentence ('said it was "...', 'told them: "...')?"""
        qs = self.reg.quote_start(pos)
        if qs is None or qs - 1 <= ps:
            return False
        before = rstrip_index(self.text, ps, qs - 1)
        return before > ps and (self.text[before - 1].isalpha() or self.text[before - 1] in ",:")

    def sentence(self, pi: int, s: int, e: int) -> tuple[int, int]:
        """The sentence of paragraph ``pi`` that holds [s, e): its start and end."""
        t = self._terms.get(pi)
        if t is None:
            t = self._terminators(pi)
        i = bisect.bisect_right(t, s) - 1
        j = bisect.bisect_left(t, e)
        if i >= 0 and j < len(t):
            return t[i], t[j]
        ps, pe, _ = self.paras[pi]
        return (t[i] if i >= 0 else ps), (t[j] if j < len(t) else pe)

    # -- judging spans ------------------------------------------------------

    def _direct_like(self, lo: int, op: int, content: int) -> bool:
        """Does the quote at ``op`` start a sentence of its own?"""
        text = self.text
        end = rstrip_index(text, lo, op)
        if end <= lo:
            return True
        last = text[end - 1]
        first = text[content]
        if last in _SENT_PUNCT + ":;":
            return True
        if last in ",\u2014\u2013-(" and (first.isupper() or first.isdigit() or first in "\u2018\u201c'\""):
            return True
        if first.isupper() and first != "I":
            v = last_match(cues.VERB_RE, text, max(lo, end - 40), end)
            if v is not None and v.end() == end:
                return True
        return False

    def _trap(self, seg: Segment) -> bool:
        """Nicknames, scare quotes and titles: quoted, but nobody said them."""
        got = self._traps.get(id(seg))
        if (
            got is not None
            and got[0] is seg
            and got[1] is seg.span
            and got[2] is seg.pre
            and got[3] is seg.post
            and got[4] == seg.direct
        ):
            return got[5]
        trap = self._is_trap(seg)
        self._traps[id(seg)] = (seg, seg.span, seg.pre, seg.post, seg.direct, trap)
        return trap

    def _is_trap(self, seg: Segment) -> bool:
        text = self.text
        sp = seg.span
        if len(sp.pieces) != 1 or sp.close_pos is None:
            return False
        pre = seg.pre
        if pre is not None and pre[1] is None:
            if pre[0] == "read" or (pre[0] == "chant" and not _title_case(text[sp.pieces[0][0] : sp.pieces[0][1]])):
                return False  # words on a sign or in a chant: quoted, though nobody in particular said them
            if pre[0].startswith(_CHANTING) and _repeats(text, sp.pieces):
                return False  # 'the home end singing "Ezio, Ezio"': a chant, not a song's title
            # ('fans stayed on the terraces to sing "Calon Fach"': a song's title, unless it repeats itself)
        ps = self.paras[seg.para][0]
        before = text[max(ps, sp.open_pos - 25) : sp.open_pos]
        tail = before.rstrip().lower()
        if _so_called(before):
            return True
        s, e = sp.pieces[0]
        content = text[s:e]
        nwords = len(content.split(None, 11))  # (exact up to 11 words, 12 for more: only up to 10 matters below)
        after = text[sp.close_pos + 1 : sp.close_pos + 3]
        if nwords <= 5 and not seg.direct and self._a_group_s_name_for(seg.para, sp.open_pos):
            return True  # 'what some landlords call "lifestyle mould"': a name people give it, nobody's words
        if (
            not seg.direct
            and text.find(" as ", max(ps, sp.open_pos - 8), sp.open_pos) >= 0  # (where a match can end)
            and _KNOWN_AMONG_AS_RE.search(text, max(ps, sp.open_pos - 70), sp.open_pos)
        ):
            return True  # "known to staff as 'the Big Grey'", "known in the trade as 'pencil-whipping'": a name
        if _a_nickname(text, max(ps, sp.open_pos - 25), sp):
            return True  # "Everybody called him 'Curly'", "the piano he calls 'the Old Lady'": a nickname
        if _an_illness(content) and not (seg.post and seg.direct):
            # 'what doctors call "broken heart syndrome"': an illness's name (but '"Milk fever," she told him' is said)
            return True
        # Aurek "Os" Quarnby: a nickname between a given name and a surname
        if nwords <= 2 and _CAP_BEFORE_RE.search(before) and after[:1] == " " and after[1:2].isupper():
            return True
        # "The feature, called "Ghostwriter," launched": a name given.
        named = nwords <= 5 and tail.endswith(_NAMED_ENDS) and _NAMED_RE.search(before) is not None
        work = nwords <= 10 and _WORK_BEFORE_RE.search(before) is not None
        if (named or work) and _title_case(content.rstrip(",.")):
            return True  # ... and "In her memoir, 'Diesel and Velvet', she wrote": the work's title
        # Titles of works, operations, slogans: Title Case, no sentence (an American comma inside the marks
        # when nothing attributes it: 'a new song, "Ask Me Tomorrow," then stood').
        bare = content.rstrip(",") if seg.post is None else content
        if nwords <= 10 and _title_case(bare) and not (seg.post and seg.direct):
            return True
        # One word set off inside the reporter's own phrase ("the way bees
        # "read" flowers"): a term, not speech -- unless a verb introduces
        # it ("said he was 'heartbroken' to be").
        if nwords == 1 and not seg.direct and _WORD_AFTER_RE.match(text, sp.close_pos + 1):
            wb = WORD_BEFORE_RE.search(text, max(ps, sp.open_pos - 30), sp.open_pos)
            if wb is None or wb.group(1).lower() not in _PREDICATIVE:
                # ... unless a speaker's word: "what she called a
                # 'take-it-or-leave-it' offer", a verb of saying before it in
                # its sentence ("admitted that singing 'terrifies' him"; "said
                # the chemicals had made the fire 'unpredictable' by noon",
                # where a small word follows it, not a noun it qualifies).
                lo, _hi = self.sentence(seg.para, sp.open_pos, sp.open_pos + 1)
                ends_a_phrase = self._ends_a_phrase(sp)  # (the same for every verb: asked once)
                if not (
                    _CALLED_A_RE.search(text, max(lo, sp.open_pos - 30), sp.open_pos)
                    or any(
                        (ends_a_phrase or text.startswith(" that ", v.end())) and not self.reg.in_quote(v.start())
                        for v in cues.VERB_RE.finditer(text, lo, sp.open_pos)
                    )
                ):
                    return True
        return False

    # -- pipeline -----------------------------------------------------------

    def run(self, unclear_below: float = confidence.ABSTAIN_BELOW) -> list[Quote]:
        """Every quote of the article, with its speaker, in text order.

        A speaker less likely right than ``unclear_below`` is left empty
        (:func:`.confidence.assess`).
        """
        state = self.start()
        quotes: list[Quote] = []
        for group in self.groups(self.segments()):
            got, state = self.step(state, group)
            quotes.extend(got)
        quotes.sort(key=lambda q: (q.start, -q.end))
        settled = _joined_to_the_quote_before(self.text, self.resolver.settle(state.story, quotes))
        settled = self._named_after_the_lede(state.story, settled)
        settled = self._after_a_beat(state.story, settled)
        return self._described(confidence.assess(self.text, self.paras, self.reg, settled, unclear_below))

    def _named_after_the_lede(self, story: Story, quotes: list[Quote]) -> list[Quote]:
        """The quotes of a lede that describes its speaker, given to the one the next paragraph names (:mod:`.lede`)."""
        return lede.named_after_the_lede(self.text, self.paras, story, quotes, self.sentence)

    def _after_a_beat(self, story: Story, quotes: list[Quote]) -> list[Quote]:
        """Each quote nothing attributes, after a beat of action, given to whom it opens on (:mod:`.beat`)."""
        return beat.after_a_beat(self.reg, self.resolver, story, quotes)

    def _described(self, quotes: list[Quote]) -> list[Quote]:
        """Each quote left without a speaker, with the article's description of whoever said it, if it gives one."""
        out = []
        for q in quotes:
            if q.speaker is None and q.speaker_description is None:
                ps, pe, _ = self.paras[bisect.bisect_right(self.para_starts, q.start) - 1]
                found = describe.described_speaker(self.text, q, ps, pe)
                q = replace(q, speaker_description=found) if found else q
            out.append(q)
        return out

    def segments(self) -> list[Segment]:
        """Every quoted span, judged direct or partial, with the attribution candidates next to its marks."""
        text = self.text
        segs: list[Segment] = []
        for sp in self.spans:
            pi = bisect.bisect_right(self.para_starts, sp.open_pos) - 1
            if not self._promo_line(pi):
                segs.append(Segment(sp, pi, False))
        story = Story(self.reg)
        for k, seg in enumerate(segs):
            sp = seg.span
            ps, pe, _ = self.paras[seg.para]
            prev_close = None
            prev = segs[k - 1] if k else None
            if (
                prev is not None
                and prev.span.para_last == seg.para
                and prev.span.close_pos is not None
                # ("X, whom team-mates call 'the Postman', said:": a nickname ends nothing, unless its own stop ends
                # the sentence: 'He calls it "the Mule." "It keeps me humble," he said.')
                and (not self._trap(prev) or text[prev.span.close_pos - 1] in ".!?")
            ):
                prev_close = prev.span.close_pos + 1
            lo, _hi = self.sentence(seg.para, sp.open_pos, sp.open_pos + 1)
            if prev_close is not None:
                lo = max(lo, prev_close)
            seg.direct = self._direct_like(max(ps, lo if prev_close else ps), sp.open_pos, sp.start)
            if prev_close is not None and not seg.direct:
                seg.direct = self._direct_like(prev_close, sp.open_pos, sp.start) and text[sp.start].isupper()
            seg.pre = cues.before_open(story, text, lo, sp.open_pos)
            if sp.close_pos is not None:
                lp = self.paras[bisect.bisect_right(self.para_starts, sp.close_pos) - 1]
                nxt = segs[k + 1].span.open_pos if k + 1 < len(segs) and segs[k + 1].span.open_pos < lp[1] else lp[1]
                seg.post = cues.after_close(story, text, sp.close_pos + 1, nxt)
                if seg.post is not None and self._leads_into_next(sp.close_pos, nxt, k + 1 < len(segs)):
                    seg.post = None  # '"Is it far?" I said, "Not to me."': the cue is the next quote's
        return segs

    def _a_group_s_name_for(self, pi: int, open_pos: int) -> bool:
        """Does the sentence before ``open_pos`` end on a plural or "they" calling it ("what riders call ")?"""
        if self.text.find("call", max(0, open_pos - 20), open_pos) < 0:
            return False  # (every match ends "call" or "calling", then at most "them the ")
        lo, _hi = self.sentence(pi, open_pos, open_pos + 1)
        m = _A_GROUP_CALLS_RE.search(self.text, max(lo, open_pos - 80), open_pos)
        return m is not None and m.group(1) not in _NOT_PLURALS and not self.reg.in_quote(m.start())

    def _ends_a_phrase(self, sp: Span) -> bool:
        """Does a small word follow the one-word quote ``sp`` ("'unpredictable' by noon"), and is it no word spoken of?

        Not a noun it qualifies ("cheap 'burner' phones"), nor "the word 'temporary' in", "spelled 'gunwale' as".
        """
        assert sp.close_pos is not None
        after = _NEXT_WORD_RE.match(self.text, sp.close_pos + 1)
        if after is None or after.group(1) not in _AFTER_A_SPOKEN_WORD:
            return False
        return _WORD_SPOKEN_OF_RE.search(self.text, max(0, sp.open_pos - 25), sp.open_pos) is None

    def _promo_line(self, pi: int) -> bool:
        """Is paragraph ``pi`` a line linking to another story ("Read more: ...")?"""
        ps, pe, _ = self.paras[pi]
        return pe - ps <= _PROMO_LINE_MAX and _PROMO_LINE_RE.match(self.text, ps) is not None

    def _leads_into_next(self, close: int, nxt: int, quote_next: bool) -> bool:
        """Is the text between a whole sentence's closing mark and the next opening mark a new one leading into it?"""
        if not quote_next or not self._sentence_after(close):
            return False
        between = self.text[close + 1 : nxt].rstrip()
        return between.endswith((",", ":")) and not _SENTENCE_BREAK_RE.search(between)

    @staticmethod
    def _new_sentence_with_verb(gap: str) -> bool:
        """Does a new sentence open in ``gap`` (the words between two pieces) and hold a speech verb?"""
        brk = last_match(_SENTENCE_BREAK_RE, gap)
        return brk is not None and cues.VERB_RE.search(gap, brk.end()) is not None

    def _sentence_after(self, close: int) -> bool:
        """Does the piece closing at ``close`` end its sentence (. ? !) and a new one open right after the mark?"""
        return self.text[close - 1] in ".?!" and _NEW_SENTENCE_RE.match(self.text, close + 1) is not None

    def groups(self, segs: list[Segment]) -> list[list[Segment]]:
        """The segments, with quotes split by their attribution joined into one group."""
        groups: list[list[Segment]] = []
        for seg in segs:
            into = groups[-1] if groups else None
            skipped = None
            if into is not None and len(into) == 1 and len(groups) > 1 and self._trap(into[0]):
                # '"One," said Quill, known as "the Mayor" for his parties. "Two."': past the nickname
                into, skipped = groups[-2], into[0]
            if into is not None and self._continues(into, seg, skipped):
                into.append(seg)
                continue
            groups.append([seg])
        return groups

    def _continues(self, group: list[Segment], seg: Segment, skipped: Segment | None) -> bool:
        """Does ``seg`` go on the quote of ``group``, split by its attribution?

        '"First," she said, "second."' and '"One," he said. "Two."'; ``skipped``
        is a nickname or title quoted inside the attribution.
        """
        text = self.text
        a = group[-1]
        if a.span.para_last != seg.para or a.span.close_pos is None or not group[0].direct:
            return False
        if a.post is None and a.pre is not None and a.pre[1] is not None and seg.pre is not None and seg.pre[1]:
            if _AND_THEN_RE.match(text, a.span.close_pos + 1):
                # 'I said, "Not today," and she said, "Fine."': each piece led in by its own verb and speaker
                return False
        if a.post is None:
            return self._attributed_between(a, seg)
        if seg.post is not None and self._turn_passes(a, seg):
            return False  # '"Is it locked?" I asked him. "Always," he said.': each piece names its own speaker
        gap = text[a.post[2] : seg.span.open_pos]
        if skipped is not None and skipped.span.open_pos >= a.post[2]:
            lo, hi = skipped.span.open_pos - a.post[2], (skipped.span.close_pos or skipped.span.end) + 1 - a.post[2]
            gap = gap[:lo] + gap[lo + 1 : hi - 1] + gap[hi:]  # the nickname's words, without its marks
        gap = gap.rstrip()
        if gap.endswith(":") and (_SENTENCE_BREAK_RE.search(gap) or text[a.span.close_pos - 1] in ".?!"):
            # '"One," she said. Another nurse put it more bluntly: "Two."': a new sentence brings its own quote
            return False
        if gap.endswith(",") and self._sentence_after(a.span.close_pos):
            # '"Fine, Father." He said, "Then stay."': the sentence after a whole one leads into a new quote
            return False
        if gap.endswith(",") and self._new_sentence_with_verb(gap):
            # '"One," she said. The next time she said, "Two."': a new sentence, with its own verb, leads into it
            return False
        lower_ok = gap.endswith((",", "\u2014", "\u2013"))
        return (
            len(gap) < 200
            and _DOUBLE_MARKS.isdisjoint(gap)
            and (lower_ok or (seg.direct and _opens_upper(text, seg.span.start)))
        )

    def _turn_passes(self, a: Segment, seg: Segment) -> bool:
        """Do the cues after two pieces name two people?

        Two different pronouns or names (see :func:`_two_speakers`); or two mentions of different kinds that
        cannot be one person: '"One," Aurek says. "Two," his sister says.' (his sister is not him); '"One," he
        says. "Two," says Ms Quill.' (a woman after a he); '"One?" Quill asks him. "Two," he says.' (the one
        asked answers).
        """
        assert a.post is not None and seg.post is not None  # (read only when both pieces have a cue after them)
        m1, m2 = a.post[1], seg.post[1]
        if _two_speakers(self.text, m1, m2):
            return True
        if m1 is None or m2 is None or m1.kind == m2.kind == "role":
            return False
        assert seg.span.close_pos is not None
        if self.text[seg.span.close_pos - 1] not in ",?!":
            return False  # ('"...They never wait." His mother calls this ...': the next sentence's own cue)
        if m2.kind == "role" and m2.det in ("his", "her", "their"):
            return True
        s1, s2 = self._sex_of(m1), self._sex_of(m2)
        if s1 is not None and s2 is not None and s1 != s2:
            return True
        assert a.span.close_pos is not None
        asked = _ASKED_OBJECT_RE.search(self.text, a.span.close_pos + 1, seg.span.open_pos)
        return asked is not None and m2.kind == "pronoun" and m2.word == {"him": "he", "her": "she"}[asked.group(1)]

    def _sex_of(self, m: Mention) -> str | None:
        """The sex a cue's mention shows: its pronoun's, its honorific's or its named person's; None if unsaid."""
        if m.kind == "pronoun":
            return {"he": "m", "she": "f"}.get(m.word)
        if m.kind != "name" or m.run is None:
            return None
        sex = lx.HONORIFICS.get((m.run.honorific or "").lower().rstrip("."))
        if sex is not None:
            return sex
        ent = m.run.entity
        return ent.gender if ent is not None and ent.kind == "person" and not ent.gender_guessed else None

    def _attributed_between(self, a: Segment, seg: Segment) -> bool:
        """Is the text between ``a`` and ``seg`` one clause that attributes them, though no cue was read in it?

        '"One," Brisa Quill, the union's president, told Reuters by phone. "Two."': the writer's comma ends
        the first piece, a speech verb is in the clause, and the clause ends where the second piece opens.
        """
        text = self.text
        close = a.span.close_pos
        opens = seg.span.open_pos
        if close is None or text[close - 1 : close] != ",":
            return False
        # (the text before the second piece, without its trailing spaces, ends in a comma: read in place, not copied)
        lower_on = text[seg.span.start : seg.span.start + 1].islower()
        lower_on = lower_on and text.endswith(",", 0, rstrip_index(text, 0, opens))
        if not (lower_on or (seg.direct and _opens_upper(text, seg.span.start))):
            return False  # ('"One," the glazier says, "so two."': the sentence goes on in the second piece)
        if _ONE_CLAUSE_RE.fullmatch(text, close + 1, opens) is None:
            return False
        return (
            cues.speech_before(self.reg, text, close + 1, opens)
            or _READ_OR_BEGUN_RE.search(text, close + 1, opens) is not None
        )

    def start(self) -> State:
        """The state before the first quote: the registry, nothing learned yet."""
        return State(Story(self.reg))

    def step(self, state: State, group: list[Segment]) -> tuple[list[Quote], State]:
        """The quotes of one group (the quote, then its nested quotes) and the state for the next group.

        A function of ``state`` and ``group`` alone: it changes neither, nor
        the registry.
        """
        a, z = group[0], group[-1]
        if len(group) == 1 and self._trap(a):
            return [], state
        sp_lo, sp_hi = self._clause(*self.sentence(a.para, a.span.open_pos, a.span.close_pos or a.span.end), group)
        attr, kind = self._attribution(state.story, group, sp_lo, sp_hi)
        pieces = [p for seg in group for p in seg.span.pieces]
        state = self._exchange_set_up(state, a)
        found = self._who(state, a, pieces, attr, kind, sp_lo)
        if found is None:
            return [], state
        cue, who, story, method = found
        who, method = self._checked(state, who, method, pieces)
        ent = who.entity
        if ent is not None:
            story = story.with_speaker(ent, who.start if who.start is not None else a.span.open_pos)
        q = _make_quote(self.text, pieces, who.name, kind, cue, who.start, who.end, method)
        quotes = [q]
        for seg in group:
            for nest in seg.span.nested:
                nq, story = self._nested(story, seg, nest, ent)
                if nq is not None:
                    quotes.append(nq)
        if ent is None and cue == "" and kind == "partial":
            # words somebody unnamed said, inside the reporter's sentence: no turn in the conversation
            return quotes, replace(state, story=story)
        asker, answerer, asked_at = state.asker, state.answerer, state.asked_at
        asking = q.text.rstrip().endswith("?") and _asking(cue, q.text)
        if ent is not None and asking:
            asker, asked_at = ent, z.span.para_last
        elif ent is not None and ent is not asker and cue != "read":  # (a message read out answers nobody)
            answerer = ent
            before = state.last
            if (
                asker is None
                and before is not None
                and before[1] is not None
                and before[1] is not ent
                and before[2] == a.para - 1
                and before[0].text.rstrip().endswith("?")
                and not q.text.rstrip().endswith("?")
            ):
                # '"... Did you tell anybody?" X said. / "No," Y said.': X asks, Y answers, and the bare turns
                # that follow alternate
                asker, asked_at = before[1], before[2]
        if asking:
            # '"Did you think it was going in?" a reporter asked Ezio Quill.': Quill answers next; so does the one
            # the question calls by name ("'Did you take it, Mr Quill?' asked Brisa Vexley") -- never the asker
            answerer = self._put_to(story, state, z, a.para, pieces, ent) or answerer
            if answerer is ent and self._asked_and_no_more(z):
                # '"...," she told Quill. / "Was it hard?" Quill asked.': the one told asks now, so the teller answers
                # (not after "Quill asked her husband", nor where the paragraph goes on)
                answerer = self._the_last_teller(story, state, ent)
        elif ent is not None and q.text.rstrip().endswith("?"):
            called = self._called_by_name(story, pieces[0][0], ent) or self._short_answer_to(story, z, pieces, ent)
            if called is not None:
                # '"Mr Quill, you sat in that chair a year ago. Which Christmas did you mean?"', '"... Which is it,
                # Mr Quill?"': Quill answers
                asker, answerer, asked_at = ent, called, z.span.para_last
        elif ent is not None and asker is ent and q.text.rstrip().endswith((".", "!")):
            called = self._called_at_end(story, pieces[-1][1], ent)
            if called is not None:
                # the asker presses: '"That's not what I asked, Mr. Quill." / "No, sir."': Quill answers
                answerer, asked_at = called, z.span.para_last
        elif ent is not None and (told := self._told_whom(story, pieces[-1][1], z, ent)) is not None:
            # '"The pressure is dropping," Quill tells her. / "I know."': the one told answers, and the bare
            # turns after alternate
            asker, answerer, asked_at = ent, told, z.span.para_last
        # A paragraph is one turn: "'It's late,' Quill said. 'It always is.'" follows the turn before
        # it, not its own first quote.
        before = state.last
        same_para = before is not None and before[2] == a.para
        prior = state.prior if same_para else before
        opened = (state.opened if before is not None and before[1] is ent else None) if same_para else q
        return quotes, State(story, (q, ent, z.span.para_last), asker, answerer, asked_at, prior, opened)

    def _clause(self, lo: int, hi: int, group: list[Segment]) -> tuple[int, int]:
        """The part of the sentence [lo, hi) between semicolons that holds the group's quote.

        "Her publisher describes it as 'a triumph'; Quill calls it 'the one I nearly didn't finish'": each
        quote has its own clause and its own speaker.
        """
        text = self.text
        first, last = group[0].span, group[-1].span
        opens, closes = first.open_pos, (last.close_pos or last.end)
        semi = text.rfind(";", lo, opens)
        while semi >= 0 and self.reg.in_quote(semi):
            semi = text.rfind(";", lo, semi)
        if semi >= 0:
            lo = semi + 1
        semi = text.find(";", closes, hi)
        while semi >= 0 and self.reg.in_quote(semi):
            semi = text.find(";", semi + 1, hi)
        if semi >= 0:
            hi = semi
        return lo, hi

    def _called_at_end(self, story: Story, end: int, speaker: Entity | None) -> Entity | None:
        """The person a quote ending at ``end`` calls by name at its end ("..., Mr Quill?"), if another."""
        run = self.reg.runs_by_end.get(rstrip_index(self.text, 0, end - 1)) if end > 0 else None
        if run is None or self.text[end - 1 : end] not in ("?", ".", "!") or not self.text.endswith(", ", 0, run.start):
            return None
        ent = story.entity_of(run)
        return ent if ent is not None and ent is not speaker and story.kind(ent) == "person" else None

    def _told_whom(self, story: Story, end: int, z: Segment, speaker: Entity) -> Entity | None:
        """Whom a quote ending at ``end`` is said to be told, when its attribution ends its paragraph.

        '"...," Quill tells her.': the woman who spoke last; '"...," he told Aurek Vexley.':
        him.  Only a person, and only where the paragraph ends there (a one-line turn of an exchange).
        """
        m = _TOLD_WHOM_RE.match(self.text, end)
        if m is None or m.end() < self.paras[z.span.para_last][1] - 1:
            return None
        who = m.group(1)
        if who in ("her", "him"):
            g = "f" if who == "her" else "m"
            # the last to speak of that sex, within the last few paragraphs, with no one else of that sex named
            # since ("tells her": the woman the scene follows, not one she spoke of, nor a girl named after her)
            lo = self.paras[max(0, z.span.para_last - _TOLD_REACH)][0]
            said = next(
                ((e, at) for e, at in story.quoted_before(m.start(1)) if e is not speaker and story.gender(e) == g),
                None,
            )
            if said is None or said[1] < lo:
                return None
            since = story.recent(
                m.start(1), lambda e: story.kind(e) == "person" and e is not speaker and story.gender(e) in (g, None)
            )
            if since is not None and since[0] is not said[0] and since[1] > said[1]:
                return None
            for w in _LOWER_WORD_RE.findall(self.text, said[1], m.start(1)):
                if lx.ROLE_GENDER.get(w, lx.PEOPLE_WORDS.get(w)) == g:
                    return None  # ("kneels beside his daughter": a girl the article does not name may be "her")
            return said[0]
        run = self.reg.runs_by_start.get(m.start(1))
        ent = story.entity_of(run) if run is not None else None
        return ent if ent is not None and ent is not speaker and story.kind(ent) == "person" else None

    def _short_answer_to(
        self, story: Story, z: Segment, pieces: list[tuple[int, int]], speaker: Entity
    ) -> Entity | None:
        """The one a question ends by calling by name, when the next paragraph is a short bare answer.

        '"... Which is it, Mr. Quill?" / "It was a bribe."'; not a speech's question to a rival, then more of the
        speech.
        """
        nxt = z.span.para_last + 1
        if nxt >= len(self.paras):
            return None
        ps, pe, _k = self.paras[nxt]
        opens = lstrip_index(self.text, ps, pe)
        if self.text[opens : opens + 1] not in OPENING_MARKS or _words(self.text, [(ps, pe)]) > _SHORT_ANSWER_WORDS:
            return None
        return self._called_at_end(story, pieces[-1][1], speaker)

    def _called_by_name(self, story: Story, start: int, speaker: Entity | None) -> Entity | None:
        """The person a quote starting at ``start`` opens by calling by name ("Mr Quill, you ..."), if another."""
        run = self.reg.runs_by_start.get(start)
        if run is None or not self.text.startswith(",", run.end):
            return None
        ent = story.entity_of(run)
        return ent if ent is not None and ent is not speaker and story.kind(ent) == "person" else None

    def _attribution(
        self, story: Story, group: list[Segment], sp_lo: int, sp_hi: int
    ) -> tuple[Attribution | None, str]:
        """The cue and speaker mention that attribute a group, and its kind ("direct" or "partial")."""
        a, z = group[0], group[-1]
        kind = "direct" if a.direct else "partial"
        attr: Attribution | None = None
        if a.pre is not None and a.pre[0] == "chant":
            return a.pre, "direct"  # a crowd chanting: nobody in particular
        if a.pre is not None and a.pre[0] == "read" and a.pre[1] is None and a.span.para_first == a.span.para_last:
            return a.pre, kind  # words on signs and placards
        # ('... called it "a mistake." Quill said she would ...': a sentence of Quill's own, no attribution)
        z_post = None if kind == "partial" and self._new_sentence_after(z) else z.post
        if kind == "direct" and a is z and a.pre is not None and a.pre[0].isalpha() and self._led_into(a):
            # 'someone at the back shouted "Shame!" Vexley called for order': the verb before the quote says
            # who; the capitals after its full stop open the next sentence
            return a.pre, kind
        if a.post is not None and (a is not z or z_post is not None):
            attr = (a.post[0], a.post[1])
            if (
                attr[0] == "according to"
                and a.pre is not None
                and a.pre[1] is not None
                and a.pre[0].isalpha()
                and a.span.open_pos - a.pre[1].end <= _NEAR_ITS_VERB
            ):
                # 'he told them, "Tell my mother I'm sorry," according to the undersheriff': his words; she is
                # where the reporter had them from
                attr = a.pre
            elif kind == "partial" and a is z and (said := self._said_that_just_before(story, a, sp_lo)) is not None:
                # 'the chairman, Aurek Quill, had said on the radio that "nothing is guaranteed", Vexley laughed':
                # the words the named person was said to have said, not the one who laughs after them
                attr = said
        elif kind == "direct" and a.pre is not None:
            attr = a.pre
        elif z_post is not None:
            attr = (z_post[0], z_post[1])
        if attr is None and kind == "partial" and a.pre is not None and a.pre[1] is not None:
            attr = a.pre
        if attr is not None and attr[1] is None and attr[0].endswith("ing") and sp_lo < a.span.open_pos:
            # "X called it 'a smash and grab', adding: '...'": the participle's subject is the sentence's
            whole = cues.before_open(story, self.text, sp_lo, a.span.open_pos)
            if whole is not None and whole[1] is not None:
                attr = whole
        if attr is None and a.span.para_first == a.span.para_last:
            attr = cues.in_sentence(
                story, self.text, sp_lo, sp_hi, a.span.open_pos, (a.span.close_pos or a.span.end) + 1
            )
        return attr, kind

    def _said_that_just_before(self, story: Story, seg: Segment, lo: int) -> Attribution | None:
        """A person named just before, whose speech verb and "that" lead right into the partial quote ``seg``."""
        op = seg.span.open_pos
        if _THAT_ENDS_RE.search(self.text, max(lo, op - 12), op) is None:
            return None
        found = cues.in_sentence(story, self.text, lo, op, op, op)
        if found is None or found[1].kind != "name" or op - found[1].end > 60:
            return None
        return found

    def _led_into(self, seg: Segment) -> bool:
        """Does a verb lead into the quote mid-sentence, the quote end its sentence, and a capital follow it?"""
        text = self.text
        s, e = seg.span.pieces[-1]
        if text[e - 1 : e] not in _SENT_PUNCT or seg.post is None:
            return False
        before = text[rstrip_index(text, 0, seg.span.open_pos) - 1 : seg.span.open_pos].strip()
        if not before or before in ".!?\u201d\u2019\"'":
            return False
        after = text[(seg.span.close_pos or e) + 1 : seg.post[2]].lstrip()
        return after[:1].isupper() and not after.startswith(("I ", "He ", "She ", "They ", "We "))

    def _new_sentence_after(self, seg: Segment) -> bool:
        """Does a partial quote end its sentence ('called it "a mistake."') and the words after it open another?"""
        text = self.text
        s, e = seg.span.pieces[-1]
        if seg.post is None or text[e - 1 : e] not in _SENT_PUNCT:
            return False
        end = seg.post[2]
        nxt = text[end : end + 2].lstrip()
        return bool(nxt) and nxt[0].isalpha() and nxt[0].islower()

    def _who(
        self,
        state: State,
        a: Segment,
        pieces: list[tuple[int, int]],
        attr: Attribution | None,
        kind: str,
        sp_lo: int,
    ) -> tuple[str | None, Speaker, Story, str | None] | None:
        """(cue, speaker, the story after resolving, how it was found) for a group starting with ``a``; None to drop it.

        ``pieces`` are the group's quoted pieces; ``sp_lo`` is where the sentence of its first mark starts. Without
        an attribution, a direct quote opening a sentence takes the previous sentence's speaker, one opening a
        paragraph continues the last quote's, and a long one that is a sentence of its own is kept unattributed; a
        partial quote is dropped.
        """
        text = self.text
        story, last = state.story, state.last
        continues = last is not None and last[2] >= a.para - CONTINUATION_REACH
        outright = self._labelled_or_owned(story, a, attr, kind, sp_lo)
        if outright is not None:
            return outright
        if attr is not None:
            if self._chanted_or_sung_by_nobody_named(attr, a):
                return attr[0], _NOBODY, story, None  # "..., chanting 'Out, out, out'": a crowd, nobody in particular
            if attr[1] is not None:
                asked_by = self._asked_by(story, a.span.open_pos, attr[1])
                if asked_by is None and (put := self._put_by_someone_unnamed(state, a, attr[1])) is not None:
                    return attr[0], put, story, "pronoun"  # 'A reporter asked Quill whether ... "No," she said'
                reported = self._reported_speaker(story, a, attr[1])
                if reported is not None and (asked_by is None or reported[0].entity is not asked_by):
                    who, after = self._reported_checked(story, attr[1], reported)
                    return attr[0], who, after, "pronoun" if who.name else None
                asker = self._asker(state, a) or asked_by
                addressed = self._addressed(story, state, attr[1]) if asker is not None else None
                if addressed is not None:
                    # '"Would you swim in it, Mr Quill?" asked Quessa Tamsyn. / "No," he replied.': Quill answers
                    who, after = Speaker(addressed.name, addressed, attr[1].start, attr[1].end), story
                elif asker is not None and attr[1].kind in ("pronoun", "role"):
                    who, after = self._answerer(story, state, attr[1], asker)
                else:
                    who, after = self.resolver.resolve(story, attr[1])
                if asker is None and addressed is None:
                    who, after = self._second_opinion(story, attr[1], who, after)
                who, after = self._not_spoken_of(story, attr[1], a, pieces, who, after)
                if attr[1].kind == "pronoun" and not self._pronoun_holds(after, attr[1], a, who):
                    return attr[0], _NOBODY, story, None
                return attr[0], who, after, method_of(attr[1])
            if attr[0] == ":" and continues:
                # 'On the state of the business: "It's harder than ever."'
                assert last is not None  # (a quote continues only a quote before it)
                return attr[0], _continued(last), story, "previous paragraph"
            return attr[0], _NOBODY, story, None
        if kind != "direct":
            if self.resolver.anonymous_between(sp_lo, a.span.open_pos):
                # "A senior official, who spoke on condition of anonymity, told AFP the toll was 'certain
                # to rise'": words somebody said, whom the article will not name
                return "", _NOBODY, story, None
            judged = _words(text, pieces) >= _CHARACTERISING_WORDS
            if cues.speech_before(self.reg, text, sp_lo, a.span.open_pos, characterises=judged):
                # "The station said in a statement that his show had been 'a lighthouse'": said, by whom unclear
                return "", _NOBODY, story, None
            return None  # a partial quote with nothing saying who said it
        ps = self.paras[a.para][0]
        at_start = rstrip_index(text, ps, a.span.open_pos) == ps
        if not at_start and rstrip_index(text, sp_lo, a.span.open_pos) == sp_lo:
            found = self._previous_sentence_speaker(story, a.para, sp_lo)
            if found is not None:
                # 'Vexwick said the fund was holding on. "We still think..."'
                who, story = self.resolver.resolve(story, found[1])
                return found[0], who, story, "previous sentence"
        if at_start and a.para > 0:
            by_para = self._not_the_one_addressed(state, a, self._paragraph_of_quote(state, a, pieces, continues))
            if by_para is not None:
                return by_para
        nwords = _words(text, pieces)
        if nwords < MIN_UNATTRIBUTED_WORDS or (not at_start and not _ends_sentence(text, a)):
            return None
        return None, _NOBODY, story, None

    def _labelled_or_owned(
        self, story: Story, a: Segment, attr: Attribution | None, kind: str, sp_lo: int
    ) -> tuple[str | None, Speaker, Story, str | None] | None:
        """A turn of a transcript its speaker's name labels ("QUILL: ..."), or words one was told by a named person.

        'after being told by Quill that the roof was "about to go"': Quill's words, whoever reports them.
        """
        if kind == "direct":
            labelled = self._labelled_turn(story, a) if attr is None or attr[0] == ":" else None
            if labelled is None:
                return None
            return ":", labelled, story, "name" if labelled.entity is not None else None  # (as "QUILL:" names)
        told = None
        if self.text.find(" told by ", sp_lo, a.span.open_pos) >= 0:  # (every match holds it; most sentences not)
            told = last_match(_TOLD_BY_RE, self.text, sp_lo, a.span.open_pos)
        run = self.reg.runs_by_start.get(told.end()) if told is not None else None
        if run is None or "," in self.text[run.end : a.span.open_pos]:
            return None  # (", but the deal was '...', her lawyer said": another clause, its own speaker)
        if cues.VERB_RE.search(self.text, run.end, a.span.open_pos):
            return None  # ("told by Quill that it was unfair, and called it 'nonsense'": the caller's)
        ent = story.entity_of(run)
        if ent is None or story.kind(ent) != "person":
            return None
        return "", Speaker(ent.name, ent, run.start, run.end), story, "name"

    def _chanted_or_sung_by_nobody_named(self, attr: Attribution, a: Segment) -> bool:
        """Is a quote chanted, or sung by a crowd the sentence names by a thing ("the away stand sang '...'")?

        A chant is a crowd's.  A verb of singing right before the quote whose subject is a place or a group
        of no one in particular ("the north stand was singing", "the away end kept singing") is a crowd's
        too; a singer named anywhere as its subject ("Quill, 81, a retired miner, sang") keeps the song.
        """
        if attr[0].lower().startswith("chant"):
            return True
        if attr[0].lower() not in _SUNG_VERBS:
            return False
        lo = sentence_start(self.text, a.span.open_pos)
        verb = last_match(_SUNG_VERB_RE, self.text, lo, a.span.open_pos)
        if verb is None:
            return False
        if cues.VERB_RE.search(self.text, lo, verb.start()):
            return False  # "Quill recalled that her sons were forever singing '...'": her words, of them
        subject = _THING_SINGING_RE.search(self.text, max(lo, verb.start() - 60), verb.start())
        if subject is None:
            return False
        return not a_person_word(subject.group(1).lower())

    def _reported_checked(
        self, story: Story, m: Mention, reported: tuple[Speaker, Story]
    ) -> tuple[Speaker, Story]:
        """The reported-speech reading of a he/she, checked by the model unless the sentence before opens on them."""
        if self._subject_just_before(story, reported[0], m.start):
            return reported  # (the sentence before opens on them: the model's doubt is no reason)
        return self._second_opinion(story, m, *reported)

    def _subject_just_before(self, story: Story, who: Speaker, pos: int) -> bool:
        """Does the last sentence of narrative before the he/she at ``pos`` open on ``who`` (role words at most first)?

        "Saltmarsh captain X was more gracious than his coach. '...,' he said": the sentence is about X. Only that
        sentence, in the pronoun's paragraph, with nothing but quoted words between its end and the pronoun.
        """
        if who.entity is None:
            return False
        found = story.recent(pos, lambda e: e is who.entity)
        if found is None or self.reg.in_quote(found[1]):
            return False
        at, text = found[1], self.text
        lo = sentence_start(text, at)
        words_ = [w.strip(",") for w in text[lo:at].split()]
        if lo >= sentence_start(text, pos) or len(words_) > 3 or "\n" in text[at:pos]:
            return False
        if any(w.islower() and w not in lx.ROLE_HEADS and w not in lx.ROLE_MODIFIERS for w in words_):
            return False
        if not words_ and not story.quotes_by().get(who.entity.index):
            return False  # (a bare name never quoted may be a town a given name typed a person: "Marten Falls has")
        ends = [e for e in SENTENCE_END_RE.finditer(text, at, pos) if not self.reg.in_quote(e.start())]
        return len(ends) == 1

    def _second_opinion(self, story: Story, m: Mention, who: Speaker, after: Story) -> tuple[Speaker, Story]:
        """The rules' answer for a speaking he/she (``who``, with the story ``after`` it), checked by the model.

        :func:`.pronouns.rank` weighs everyone the pronoun could be.  Where
        it agrees with the rules, or the rules found nobody, their answer
        stands; where it disagrees and is sure (:data:`OVERRULE_ABOVE`), its
        person is taken; where it disagrees and is not sure, either could be
        right, and the speaker is left unclear.  (Leave-one-set-out against
        the rules' blind answers on held-out 29 to 40, 987 speaking
        pronouns: 897 right and 90 wrong became 890 right, 74 wrong and 23
        unclear; see docs/PERFORMANCE.md.)
        """
        if m.kind != "pronoun" or m.word not in ("he", "she") or who.name is None or self.reg.in_quote(m.start):
            return who, after
        if self.resolver.role_opens_sentence(m):
            return who, after  # "But the Quorran manager was ... he described": the sentence says who
        ranked = pronouns.rank(story, m.start, m.word, exclude=self.resolver.cannot_be(story, m))

        def theirs(ent: Entity) -> bool:
            return ent is who.entity or ent.name == who.name

        if not any(theirs(ent) for ent, _p in ranked):
            return who, after  # somebody the model does not weigh (named once, by one word): the rules know more
        if theirs(ranked[0][0]):
            return who, after
        top, p = ranked[0]
        if self._someone_of_theirs(story, top, who.entity, m.start):
            return who, after  # "X was brought by his father, Y, when it was, he says, ...": X tells it
        if p < OVERRULE_ABOVE:
            return Speaker(None, None, m.start, m.end), story
        if story.gender(top) is None:
            story = story.with_gender(top, "m" if m.word == "he" else "f")
        return Speaker(top.name, top, m.start, m.end), story

    def _someone_of_theirs(self, story: Story, other: Entity, ent: Entity | None, pos: int) -> bool:
        """Is ``other`` named in the sentence before ``pos`` only as someone of ``ent``'s, ``ent`` named first?

        "X was brought to the club by his father, Y, when it was, he says, ...": Y is there as X's father.
        """
        if ent is None:
            return False
        lo = sentence_start(self.text, pos)
        if lo > 1 and self.text[lstrip_index(self.text, lo, pos)] in OPENING_MARKS:
            lo = sentence_start(self.text, lo - 2)  # ('X shrugged. "...," he said': the sentence before the quote)
        first_ent = first_other = None
        for ts, e in story.named_between(lo, pos):
            if e is ent and first_ent is None:
                first_ent = ts
            elif e is other:
                if first_other is not None:
                    return False  # (named twice: more than a relation of the other's)
                first_other = ts
        if first_ent is not None and first_other is None:
            # "X laughed when his brother told it again": the brother, there only as X's
            return any(
                e is other and (kin := _HIS_KIN_RE.match(self.text, at)) is not None and kin.group(1) in KIN
                for e, at in itertools.takewhile(lambda f: f[1] > first_ent, story.mentions_before(pos))
            )
        if first_ent is None or first_other is None or first_other < first_ent:
            return False
        return _HIS_SOMEONE_BEFORE_RE.search(self.text, max(lo, first_other - 40), first_other) is not None

    def _paragraph_of_quote(
        self, state: State, a: Segment, pieces: list[tuple[int, int]], continues: bool
    ) -> tuple[str | None, Speaker, Story, str | None] | None:
        """The speaker of a paragraph that opens with an unattributed quote, from the paragraphs before it."""
        story, last = state.story, state.last
        found = self._colon_before(story, a.para)
        if found is not None:
            # 'Mayor Ysmay Quill said after the meeting:' then a paragraph that is the quote
            who, story = self.resolver.resolve(story, found[1])
            return found[0], who, story, "previous sentence"
        examiner = self._examiner_before(story, a.para, state.last[2] if state.last else -1)
        if examiner is not None and _puts_a_question(self.text[pieces[0][0] : pieces[-1][1]]):
            # "Questioned by the family's barrister, Brisa Quill, he accepted ..." then '"Was there any light?"':
            # the examiner asks (and the turns that follow alternate)
            who, story = self.resolver.resolve(story, examiner)
            return "asked", who, story, "previous paragraph"
        guest, interviewer = self._interview_guest(story, a.para)
        if guest is not None:
            # 'X sat down with the Courier. The conversation has been condensed.' then
            # questions (the interviewer's: unnamed, or "the questions are by Y") and answers (X's)
            if self._ends_in_question(pieces):
                if interviewer is None:
                    return None, _NOBODY, story, None
                return "asked", Speaker(interviewer.name, interviewer, None, None), story, "previous paragraph"
            return None, Speaker(guest.name, guest, None, None), story, "previous paragraph"
        if (
            continues
            and last is not None
            and last[0].kind == "direct"
            and (last[0].cue != "read" or state.asked_at > last[2])
        ):
            # (after a message read out, the next paragraph of quote is not the message's writer going on --
            # unless an exchange was set up since)
            return self._after_a_direct_quote(state, a, pieces, last)
        if (
            last is not None
            and last[0].kind != "direct"
            and last[2] < a.para - 1
            and not self._ends_on_colon(a.para - 1)
        ):
            # (not after a colon: "X read from a letter sent to her by a resident:" is the resident's)
            named = self._named_before(story, a.para, last[2])
            if named is not None and named[1].kind == "name":
                # "Asked about his worst afternoon, X did not hesitate." then a paragraph of quote, after only a
                # partial quote before: X's, as after a whole one
                who, story = self.resolver.resolve(story, named[1])
                return None, who, story, "previous paragraph"
        if (
            last is not None
            and last[0].kind != "direct"
            and last[2] == a.para - 1
            and last[1] is not None
            and story.kind(last[1]) == "person"
            and self._ends_turn_partial(last[0], last[2])
            and not self._ends_in_question(pieces)
            and self._opens_its_sentence(story, last)
        ):
            # 'Quill says it came to "two loaves and a pot of damson chutney". / "Finest wages of my career."': the
            # one whose words closed the paragraph before goes on (a question would be someone else asking)
            return None, _continued(last), story, "previous paragraph"
        return None

    def _after_a_direct_quote(
        self, state: State, a: Segment, pieces: list[tuple[int, int]], last: Last
    ) -> tuple[str | None, Speaker, Story, str | None]:
        """Whose is a paragraph of bare quote within reach of a whole quote before it?

        A turn of an exchange, someone named since, or the last speaker going on -- but nobody's where a paragraph
        of narrative that names no one stands between.
        """
        story = state.story
        turn = (
            self._answers_a_relative(state, pieces)
            or self._the_one_called(state, a, pieces)
            or self._turn(state, a, pieces)
        )
        if turn is not None and turn.entity is None:
            # a question from the floor, unless the paragraph just before names who speaks
            named = self._named_before(story, a.para, last[2])
            if named is not None and named[1].kind == "name":
                who, story = self.resolver.resolve(story, named[1])
                return None, who, story, "previous paragraph"
        if turn is not None:
            return None, turn, story, "previous paragraph"
        if self._unnamed_before(story, a.para, last[2]):
            # "A nurse, who asked not to be named, described the ward." then a paragraph of quote: hers
            return None, _NOBODY, story, None
        named = self._named_before(story, a.para, last[2])
        if named is not None:
            # "Aurek has a different view of the blame." then a paragraph of quote: his, not the last speaker's
            who, story = self.resolver.resolve(story, named[1])
            return None, who, story, "previous paragraph"
        if (body := self._body_said_before(story, a.para, last[2])) is not None:
            return None, Speaker(body.name, body, None, None), story, "statement"  # not the last speaker's
        if (
            last[2] == a.para - 2
            and self._a_question_put_to(story, a.para - 1, last)
            and not self._said_after_by_someone_unread(a, pieces)
        ):
            # '"...," the coach said. / Had he seen it live? / "I saw a man fall over."': the writer's question,
            # told, not quoted; the one asked answers
            return None, _continued(last), story, "previous paragraph"
        if last[2] < a.para - 1:
            # 'X said. "..." / A paragraph of narrative that names nobody. / "..."': a quote with a paragraph of
            # the reporter's own between it and the last is as often someone else's; unclear
            return None, _NOBODY, story, None
        other = self._the_other_of_a_pair(story, last, pieces)
        if other is not None:
            return None, Speaker(other.name, other, None, None), story, "previous paragraph"
        prior = state.prior
        if (
            last[0].cue in _REPLY_CUES
            and prior is not None
            and prior[1] is not None
            and prior[1] is not last[1]
            and prior[2] == last[2] - 1
            and _words(self.text, pieces) <= _SHORT_ANSWER_WORDS
        ):
            # '"It is safe," Quill said. / "It is not," Vexley replied. / "Then prove it."': a short turn right after
            # a reply to the paragraph before is the other side's going on, not the one who replied (a long one,
            # the replier's case set out, is theirs)
            return None, Speaker(prior[1].name, prior[1], None, None), story, "previous paragraph"
        retort = _RETORT_RE.match(self.text, pieces[0][0]) and _words(self.text, pieces) <= _RETORT_WORDS
        if retort and last[1] is not None:
            # "'She thinks I stole her lines,' Quill says. / 'You did steal my best lines.'": said back to the last
            # speaker -- by the one other person named just before, else by someone unclear
            other = self._one_other_named(story, last)
            if other is None:
                return None, _NOBODY, story, None
            return None, Speaker(other.name, other, None, None), story, "previous paragraph"
        if self._said_after_by_someone_unread(a, pieces):
            return None, _NOBODY, story, None
        return None, _continued(last), story, "previous paragraph"

    def _a_question_put_to(self, story: Story, pp: int, last: Last) -> bool:
        """Is paragraph ``pp`` the writer's question to the last speaker, told rather than quoted ("Had he seen it?")?

        One sentence, no quotation mark, ending on a question mark; naming nobody else, and any he or she in it
        of the last speaker's sex.
        """
        ent = last[1]
        if ent is None or story.kind(ent) != "person":
            return False
        ps, pe, block = self.paras[pp]
        end = rstrip_index(self.text, ps, pe)
        if block == "heading" or end - ps > _TOLD_QUESTION_CHARS or self.text[end - 1 : end] != "?":
            return False
        lo, _hi = self.sentence(pp, end - 1, end - 1)
        if lstrip_index(self.text, ps, pe) != lo or self._has_a_quote_mark(ps, end):
            return False
        if any(e is not ent for _at, e in story.named_between(ps, end)):
            return False
        gender = story.gender(ent)
        of_them = False
        for m in _HE_SHE_WORD_RE.finditer(self.text, ps, end):
            if m.group().lower() in _THEY_WORDS:
                return False  # ("Were they ever close to quitting?": put to more than one)
            if gender is None or (m.group().lower() in lx.PRONOUNS_M) != (gender == "m"):
                return False
            of_them = True
        # Without a he or she, only a yes-or-no question ("Was the crowd a factor?"), not a sub-heading's "What
        # happens next?"
        return of_them or _YES_NO_OPENING_RE.match(self.text, lo) is not None

    def _has_a_quote_mark(self, lo: int, hi: int) -> bool:
        """Does ``text[lo:hi]`` hold a quotation mark (:data:`_QUOTE_MARKS`): a quote, not narrative alone?"""
        return any(c in _QUOTE_MARKS for c in self.text[lo:hi])

    def _said_after_by_someone_unread(self, a: Segment, pieces: list[tuple[int, int]]) -> bool:
        """Does the quote close on a comma with words after it in its paragraph ('"It works," Quill corrected him.')?

        Those words name who said it, in a way the rules could not read: not the last speaker going on.
        """
        end = pieces[-1][1]
        if self.text[end - 1 : end] != ",":
            return False
        rest = self.text[end + 1 : self.paras[a.para][1]]
        return any(c.isalpha() for c in rest)

    def _one_other_named(self, story: Story, last: Last, backs: tuple[int, ...] = (1, 2)) -> Entity | None:
        """The one person besides the last speaker named just before the last quote, or None.

        Named from ``backs[0]`` paragraphs before the last quote's up to it; if nobody is, from the next of
        ``backs`` (by default: the last quote's paragraph and the one before it, else the one before that).
        """
        q, ent, para = last
        for back in backs:
            named = story.named_between(self.paras[max(0, para - back)][0], q.start)
            people = {e.index: e for _t, e in named if e is not ent and story.kind(e) == "person"}
            if people:
                return next(iter(people.values())) if len(people) == 1 else None
        return None

    def _the_other_of_a_pair(self, story: Story, last: Last, pieces: list[tuple[int, int]]) -> Entity | None:
        """The other of two people the narrative just before says talk with each other, for a bare short turn.

        "Quill and her nephew, Ezio, argue with each other all day. / '...,' Ezio said. / '...'": Quill answers.
        """
        q, ent, para = last
        if ent is None or q.cue is None or _words(self.text, pieces) > _TURN_WORDS:
            return None
        first = first_word(self.text, pieces[0][0], pieces[0][1])
        if first is not None and first[2] in _GOING_ON:
            return None  # ('"But you cannot think about it."': the last speaker going on)
        lo = self.paras[max(0, para - 2)][0]
        if not any(not self.reg.in_quote(m.start()) for m in _RECIPROCAL_RE.finditer(self.text, lo, q.start)):
            return None  # (the narrative's words, not a speaker's "we kept each other going")
        return self._one_other_named(story, last, backs=(2,))

    def _opens_its_sentence(self, story: Story, last: Last) -> bool:
        """Is the speaker of ``last`` named in its sentence's main clause, not a clause of time or cause?

        Not "She took over the forge from her father in 1991, two winters after he had warned her it was 'a cold
        way to go broke'".
        """
        q = last[0]
        at = q.speaker_start if q.speaker_start is not None else q.start
        lo, _hi = self.sentence(last[2], q.start, q.start)
        return _SUBORDINATOR_RE.search(self.text, lo, min(at, q.start)) is None

    def _ends_turn_partial(self, q: Quote, para: int) -> bool:
        """Does the partial quote ``q`` end its paragraph (a full stop at most after it)?"""
        return not self.text[q.end : self.paras[para][1]].strip(" .\u201d\u2019\"'")

    def _ends_on_colon(self, pi: int) -> bool:
        """Does paragraph ``pi`` end on a colon?"""
        ps, pe, _ = self.paras[pi]
        return self.text[rstrip_index(self.text, ps, pe) - 1] == ":"

    def _not_the_one_addressed(
        self, state: State, a: Segment, found: tuple[str | None, Speaker, Story, str | None] | None
    ) -> tuple[str | None, Speaker, Story, str | None] | None:
        """A bare turn's speaker, unless the turn calls them by name: then the other in the exchange, or nobody.

        "'Every event is somewhere else,' Quimbrel said. / 'Some satellites do that, Aleksey.'": whoever speaks
        to Aleksey Quimbrel is not him.
        """
        if found is None or found[1].entity is None:
            return found
        if not (self._addresses(found[2], a.span, found[1].entity) or self._hails(found[2], a.span, found[1].entity)):
            return found
        prior = state.prior
        other = prior[1] if prior is not None and prior[1] is not found[1].entity else None
        return found[0], (Speaker(other.name, other, None, None) if other else _NOBODY), found[2], found[3]

    def _addresses(self, story: Story, span: Span, ent: Entity) -> bool:
        """Does the quote call ``ent`` by name ("It's late, Aurek.", "Aurek, you ...", "..., Mr Quill?")?

        Not in a quote inside it: "A supervisor told me, 'Triage is no failure, Brisa'" is the supervisor's.
        """
        text = self.text
        inner = [(n.open_pos, n.close_pos if n.close_pos is not None else n.end) for n in span.nested]
        for s, e in span.pieces:
            for ts, who in story.named_between(s, e):
                run = self.reg.runs_by_start.get(ts)
                if who is not ent or run is None or any(lo <= ts <= hi for lo, hi in inner):
                    continue
                opens = ts == s or text.endswith(", ", s, ts)
                if opens and (run.end >= e or text[run.end : run.end + 1] in (",", ".", "?", "!")):
                    return True
        return False

    def _hails(self, story: Story, span: Span, ent: Entity) -> bool:
        """Does the quote hail ``ent`` by the form of address of an office they hold ("It is, Your Honor.")?

        Not in a quote inside it ('he told me, "Yes, Your Honour."').
        """
        inner = [(n.open_pos, n.close_pos if n.close_pos is not None else n.end) for n in span.nested]
        for s, e in span.pieces:
            for m in _HAILED_RE.finditer(self.text, s, e):
                called = m.start() == s or self.text.endswith(", ", s, m.start())  # a call, set off
                if not called or any(lo <= m.start() <= hi for lo, hi in inner):
                    continue
                if any(ent in story.role_holders(office) for office in lx.FORMS_OF_ADDRESS[m.group(1).lower()]):
                    return True
        return False

    def _ends_in_question(self, pieces: list[tuple[int, int]]) -> bool:
        """Does the last quoted piece end with a question mark?"""
        s, e = pieces[-1]
        return self.text[s:e].rstrip().endswith("?")

    def _narrative_before(self, pi: int, last_para: int) -> tuple[int, int, int] | None:
        """The paragraph before ``pi`` (its index, start and end), if written since the last quote's paragraph."""
        pp = pi - 1
        if pp <= last_para or pp < 0:
            return None
        ps, pe, _ = self.paras[pp]
        return pp, ps, pe

    def _body_said_before(self, story: Story, pi: int, last_para: int) -> Entity | None:
        """The organisation the paragraph before ``pi`` (narrative since the last quote) opens with as one speaking.

        "In a statement, the Quarnby Trust said it was sorry for the strike." then a paragraph of quote: the
        Trust's, not the last speaker's going on.
        """
        before = self._narrative_before(pi, last_para)
        if before is None:
            return None
        pp, ps, _pe = before
        lo, hi = self.sentence(pp, ps, ps)
        start = lstrip_index(self.text, lo, hi)
        run = self.reg.runs_by_start.get(start) or self.reg.runs_by_start.get(start + 4)  # (after "The ")
        if run is None:
            after = cues.after_opening_phrase(self.reg, self.text, start, hi)
            if after is not None and self.text.startswith(("the ", "The "), after):
                after += 4
            run = self.reg.runs_by_start.get(after) if after is not None else None
        if run is None or run.end >= hi or story.run_kind(run) != "org" or not self.reg.speech_follows(run.end):
            return None
        return story.entity_of(run)

    def _unnamed_before(self, story: Story, pi: int, last_para: int) -> bool:
        """Is the paragraph before ``pi``, written since the last quote, about a person the article does not name?"""
        before = self._narrative_before(pi, last_para)
        if before is None:
            return False
        pp, ps, _pe = before
        lo, hi = self.sentence(pp, ps, ps)
        return not self.reg.in_quote(ps) and cues.indefinite_subject(story, self.text, lo, hi) is not None

    def _subject_after_aside(self, pos: int, hi: int) -> Run | None:
        """The name opening the main clause after an opening phrase that ends at ``pos`` (", for the defence, X")."""
        for c in _COMMA_THEN_CAPITAL_RE.finditer(self.text, pos, min(hi, pos + 80)):
            run = self.reg.runs_by_start.get(c.end())
            if run is not None and run.kind == "person" and _WORD_AFTER_RE.match(self.text, run.end):
                return run
        return None

    def _asked_and_no_more(self, z: Segment) -> bool:
        """Does the question's paragraph end with its bare "Quill asked." ("asked Quill."), put to nobody named?"""
        close = z.span.close_pos
        end = self.paras[z.span.para_last][1]
        return close is not None and _ASKED_ALONE_RE.fullmatch(self.text, close + 1, end) is not None

    @staticmethod
    def _the_last_teller(story: Story, state: State, ent: Entity) -> Entity | None:
        """The person quoted last, if someone other than ``ent`` and telling ``ent`` ("she told Quill"); else None."""
        last = state.last
        other = last[1] if last is not None and (last[0].cue or "").lower() in _TELLING else None
        return other if other is not None and other is not ent and story.kind(other) == "person" else None

    def _put_to(
        self, story: Story, state: State, z: Segment, pi: int, pieces: list[tuple[int, int]], asker: Entity | None
    ) -> Entity | None:
        """Whom a question (``z``, paragraph ``pi``, asked by ``asker``) is put to, who answers next, if known."""
        whom = self._asked_whom(story, z)
        whom = whom if whom is not asker else None
        called = self._called_at_end(story, pieces[-1][1], asker) or self._called_by_name(story, pieces[0][0], asker)
        if whom or called:
            return whom or called
        asks = self._the_writer_asks(z)
        if asks is not None:
            # "'Do you read your reviews?' I ask.": the one the piece is about answers, not the last one quoted;
            # "I asked him" only if that is a man; "I ask a woman near the front", "I asked his widow": someone
            # unnamed
            obj = asks.group("obj")
            if obj is not None and obj not in ("him", "her"):
                return None
            about = most_named_person(story, z.span.open_pos, exclude=asker)
            sex = {"him": "m", "her": "f"}.get(obj or "")
            if about is not None and (sex is None or story.gender(about) in (None, sex)):
                return about
            return None
        return self._questioned_before(story, state, pi, asker, z)

    def _asked_of_someone(self, seg: Segment) -> bool:
        """Does a subject ask the question of someone it names after the verb ('... the judge asked the jury')?"""
        close = seg.span.close_pos
        return close is not None and _ASKED_OF_RE.match(self.text, close, min(len(self.text), close + 80)) is not None

    def _the_writer_asks(self, seg: Segment) -> re.Match[str] | None:
        """The first-person "I ask" or "I asked" right after the question (the writer's, outside quotes), if any."""
        close = seg.span.close_pos
        return _I_ASK_RE.match(self.text, close + 1) if close is not None else None

    def _asked_whom(self, story: Story, seg: Segment) -> Entity | None:
        """The person a question was put to, named right after its verb ('..." a reporter asked Ezio Quill')."""
        close = seg.span.close_pos
        if close is None:
            return None
        m = _ASKED_WHOM_RE.match(self.text, close, min(len(self.text), close + 90))
        run = self.reg.runs_by_start.get(m.end()) if m is not None else None
        whose = self._owned_after(run)
        if whose is not None:
            run = self.reg.runs_by_start.get(whose.end())  # "asked X's solicitor, Y": Y answers, not X
        apposed = whose is not None or (m is not None and m.group("role"))
        if run is not None and apposed and not _APPOSITION_ENDS_RE.match(self.text, run.end):
            return None  # ("asked the jury, Quill staring at the floor": a clause, no one apposed)
        ent = story.entity_of(run) if run is not None else None
        return ent if ent is not None and story.kind(ent) == "person" else None

    def _owned_after(self, run: Run | None) -> re.Match[str] | None:
        """After a possessive name, what it owns and the comma before a name set beside it ("'s son, ")."""
        if run is None or not possessive(self.text, run):
            return None
        return _OWNED_APPOSED_RE.match(self.text, run.end)

    def _questioned_before(self, story: Story, state: State, pi: int, asker: Entity, z: Segment) -> Entity | None:
        """The person a paragraph of narrative right before a question's says was questioned ("X was questioned").

        "Mr Vexley was questioned for two hours by the committee. / 'Did you know ...?' asked its chairwoman, Y. /
        'Not that I recall.'": the question was put to Vexley, who answers -- whoever answered an
        earlier exchange.
        """
        before = self._narrative_before(pi, state.last[2] if state.last else -1)
        if before is None:
            return None
        _pp, ps, pe = before
        for m, ent in self._said_to_be_asked(story, ps, pe, (_WAS_ASKED_BY_RE, _WAS_ASKED_RE)):
            if _EARLIER_AFTER_RE.search(self.text, m.end(), min(pe, m.end() + 60)):
                continue  # "Her predecessor, X, was questioned last month": an earlier sitting, not this one
            if ent is not asker and not self.reg.in_quote(m.start()):
                return ent
        if self._asked_of_someone(z):
            return None  # ('"Have you reached a verdict?" the judge asked the jury': put to them, whoever spoke before)
        return self._reported_just_before(story, state, pi, asker)

    def _reported_just_before(self, story: Story, state: State, pi: int, asker: Entity) -> Entity | None:
        """The person whose evidence a paragraph of narrative right before a question reports, in their own sentence.

        "X, an engineer for the council, said a redesign was never funded. / 'So the danger was known?' asked the
        coroner. / 'It was known, madam, yes.'": the question is put to X.
        """
        last_para = state.last[2] if state.last else -1
        before = self._narrative_before(pi, last_para)
        if before is None or before[0] != pi - 1:
            return None
        pp, ps, pe = before
        if self._has_a_quote_mark(ps, pe):
            return None
        found = self._named_before(story, pi, last_para)
        if found is None or found[1].kind != "name" or found[1].run is None:
            return None
        lo, hi = self.sentence(pp, ps, ps)
        said = cues.in_sentence(story, self.text, lo, hi, hi, hi)
        if said is None or said[1].run is not found[1].run:
            return None  # (its subject must speak there: "X said a redesign ...")
        verb = cues.VERB_RE.search(self.text, found[1].run.end, hi)
        if verb is None or _WAS_WERE_RE.search(self.text, found[1].run.end, verb.start()):
            return None  # ("X was asked to rest": spoken to, not speaking)
        if not verb.group().lower().startswith(_GIVING_EVIDENCE):
            return None  # ("X denies murder": a plea, no evidence the question takes up)
        ent = story.entity_of(found[1].run)
        return ent if ent is not None and ent is not asker and story.kind(ent) == "person" else None

    def _said_to_be_asked(
        self, story: Story, lo: int, hi: int, patterns: tuple[re.Pattern[str], ...]
    ) -> Iterator[tuple[re.Match[str], Entity]]:
        """Each person the text [lo, hi) says "was asked", "was questioned by", ... (``patterns``), with the match."""
        for pattern in patterns:
            for m in pattern.finditer(self.text, lo, hi):
                run = self.reg.runs_by_end.get(m.start())
                ent = story.entity_of(run) if run is not None else None
                if ent is not None and story.kind(ent) == "person":
                    yield m, ent

    def _exchange_set_up(self, state: State, a: Segment) -> State:
        """'On cross-examination, X asked Y whether ...' in the narrative just before: X asks, Y answers."""
        before = self._narrative_before(a.para, state.last[2] if state.last else -1)
        if before is None:
            return state
        pp, ps, pe = before
        if _EXCHANGE_WORD_RE.search(self.text, ps, pe) is None and _EXAMINED_OPENS_RE.match(self.text, ps, pe) is None:
            return state  # (no word of asking in the paragraph: none of the patterns below can match)
        story = state.story
        m = _ASKED_WHETHER_RE.search(self.text, ps, pe)
        if m is not None and not self.reg.in_quote(m.start()):
            asker_run = self.reg.runs_by_end.get(rstrip_index(self.text, ps, m.start()))
            if asker_run is None:
                # "Cllr X, who leads the opposition group, pressed Y on whether ...": the clause's subject
                subject = cues.agent_before_verb(story, self.text, ps, m.start() + 1)
                asker_run = subject.run if subject is not None and subject.kind == "name" else None
            answer_run = self.reg.runs_by_start.get(m.end())
            if answer_run is None:
                named = cues.np_after(story, self.text, m.end(), min(pe, m.end() + 60), after_verb=True)
                answer_run = named.run if named is not None and named.kind == "name" else None
        elif (opening := _EXAMINED_OPENS_RE.match(self.text, ps, pe)) is not None:
            # "Cross-examined by Brisa Quell, for the defence, Mr Vexwick accepted ...": Quell asks, he answers
            by = cues.np_after(story, self.text, opening.end(), min(pe, opening.end() + 120), after_verb=True)
            asker_run = by.run if by is not None else None
            answer_run = self._subject_after_aside(asker_run.end, pe) if asker_run is not None else None
            if asker_run is not None and answer_run is None:
                # "Cross-examined by Brisa Quell KC, prosecuting, he agreed ...": the one "he" is answers
                he = self._pronoun_after_aside(asker_run.end, pe)
                return self._asked_the_one_meant(state, pp, story.entity_of(asker_run), he, the_last=True)
        elif (h := _ASKED_HIM_RE.search(self.text, ps, pe)) is not None and self._asked_now(pp, h.start()):
            # "The coroner, Brisa Quill, asked him whether the group had checked": Quill asks, the one "him" is
            # answers
            asker_run = self.reg.runs_by_end.get(rstrip_index(self.text, ps, h.start()))
            if asker_run is None:
                subject = cues.agent_before_verb(story, self.text, ps, h.start() + 1)
                asker_run = subject.run if subject is not None and subject.kind == "name" else None
            he = Mention(h.start(1), h.end(1), "pronoun", word="he" if h.group(1) == "him" else "she")
            asker = story.entity_of(asker_run) if asker_run else None
            return self._asked_the_one_meant(state, pp, asker, he, the_last=True, him=True)
        elif (h := _QUESTIONED_HER_RE.search(self.text, ps, pe)) is not None and self._asked_now(pp, h.start()):
            # "General Manager Brisa Quill told the board ... Board member X questioned her sharply.": X asks, the
            # one "her" is -- named in this paragraph -- answers
            return self._put_to_questions(state, pp, ps, h)
        elif (
            (q := _ASKED_WHETHER_ALONE_RE.search(self.text, ps, pe)) is not None
            and not self.reg.in_quote(q.start())
            and any(cue is not None and cue[0].lower() in _REPLYING for cue in (a.pre, a.post))
        ):
            # "Cllr Quill, who represents the ward, asked whether the drainage was tested." then '"It was
            # modelled," Ms Vexley replied.': Quill asks, and whoever replies answers
            subject = cues.agent_before_verb(story, self.text, ps, q.start() + 1)
            asker = story.entity_of(subject.run) if subject is not None and subject.kind == "name" else None
            if asker is None or story.kind(asker) != "person":
                return state
            return State(story, state.last, asker, None, pp, state.prior, state.opened)
        elif (u := _UNDER_QUESTIONING_RE.search(self.text, ps, pe)) is not None and not self.reg.in_quote(u.start()):
            # "X accepted under questioning from the family's barrister, Y, that ...": Y asks, X answers
            return self._under_questioning(state, pp, u)
        elif (q := _ASKED_WHETHER_HE_RE.search(self.text, ps, pe)) is not None and not self.reg.in_quote(q.start()):
            # "Quill asked whether he understood that ...": Quill asks, the one "he" is answers
            asker_run = self.reg.runs_by_end.get(q.start())
            he = Mention(q.start(1), q.end(1), "pronoun", word=q.group(1))
            return self._asked_the_one_meant(state, pp, story.entity_of(asker_run) if asker_run else None, he)
        else:
            # "Ms Quill was pressed by presenter Ezio Vexmoor on whether ...": Vexmoor asks, Quill answers
            m = _WAS_ASKED_BY_RE.search(self.text, ps, pe)
            if m is None or self.reg.in_quote(m.start()):
                return state
            # (or "The council's manager, X, was questioned by": the person an apposition names, after a noun)
            answer_run = self.reg.runs_by_end.get(m.start()) or self._apposed_person(story, m.start() - 1, ps)
            by = cues.np_after(story, self.text, m.end(), min(pe, m.end() + 120), after_verb=True)
            asker_run = by.run if by is not None else None
        if asker_run is None or answer_run is None:
            return state
        asker, answerer = story.entity_of(asker_run), story.entity_of(answer_run)
        if asker is None or answerer is None or asker is answerer:
            return state
        return State(story, state.last, asker, answerer, pp, state.prior, state.opened)

    def _apposed_person(self, story: Story, end: int, ps: int) -> Run | None:
        """The person named in an apposition ", X," ending at ``end`` (its comma), after a noun opening the sentence.

        "The council's highways manager, X,"; None after anything else ("..., who succeeded X,", "The report,
        written by X,").
        """
        run = self.reg.runs_by_end.get(end)
        if run is None or not self.text.startswith(",", end) or not self.text.endswith(", ", ps, run.start):
            return None
        opening = self.text[sentence_start(self.text, run.start) : run.start - 2]
        if "," in opening or _NOT_A_BARE_NOUN_RE.search(opening) or story.run_kind(run) != "person":
            return None
        return run

    def _under_questioning(self, state: State, pp: int, u: re.Match[str]) -> State:
        """The exchange "X accepted under questioning from Y" sets up: Y (named after it) asks, X answers.

        X is the named subject of the verb just before it ("The trust's director, X, accepted"; not "The nurse who
        treated X accepted"), Y the one person named after it up to "that" or the sentence's end ("the family's
        barrister, Y,"; not "counsel for X, Y,": two); the state stays as it was unless both are people, and two.
        """
        story, text = state.story, self.text
        lo = sentence_start(text, u.start())
        verb = text.rfind(" ", lo, u.start()) + 1
        subject = cues.agent_before_verb(story, text, lo, verb) if verb > lo else None
        answerer = story.entity_of(subject.run) if subject is not None and subject.kind == "name" else None
        if subject is not None and _NOT_A_BARE_NOUN_RE.search(text, lo, subject.start):
            answerer = None  # ("The nurse who treated X accepted": X is no subject)
        end = SENTENCE_END_RE.search(text, u.end())
        hi = min(end.start() if end is not None else len(text), u.end() + 120)
        that = text.find(" that ", u.end(), hi)
        after = {
            e.index: e for _t, e in story.named_between(u.end(), that if that >= 0 else hi) if story.kind(e) == "person"
        }
        if answerer is None or story.kind(answerer) != "person" or len(after) != 1:
            return state
        asker = next(iter(after.values()))
        if asker is answerer:
            return state
        return State(story, state.last, asker, answerer, pp, state.prior, state.opened)

    def _put_to_questions(self, state: State, pp: int, ps: int, h: re.Match[str]) -> State:
        """The exchange that "X questioned her sharply" sets up: X asks, and answers come from the one other person.

        That is the one person of her sex named before in the paragraph; the state stays as it was when there is no
        such one person.
        """
        story = state.story
        subject = cues.agent_before_verb(story, self.text, ps, h.start() + 1)
        asker = story.entity_of(subject.run) if subject is not None and subject.run is not None else None
        if asker is None:
            # ("Board member X, one of the two no votes, questioned her": the person the verb's sentence names last)
            last = story.recent_kind(h.start(), "person")
            asker = last[0] if last is not None and last[1] >= sentence_start(self.text, h.start()) else None
        sex = "m" if h.group(1) == "him" else "f"
        named = {
            e.index: e
            for _t, e in story.named_between(ps, h.start())
            if e is not asker and story.kind(e) == "person" and story.gender(e) in (sex, None)
        }
        if asker is None or len(named) != 1:
            return state
        return State(story, state.last, asker, next(iter(named.values())), pp, state.prior, state.opened)

    def _pronoun_after_aside(self, pos: int, hi: int) -> Mention | None:
        """The he or she opening the main clause after an opening phrase that ends at ``pos`` (", prosecuting, he")."""
        c = _COMMA_THEN_HE_RE.search(self.text, pos, min(hi, pos + 80))
        return Mention(c.start(1), c.end(1), "pronoun", word=c.group(1)) if c is not None else None

    def _asked_the_one_meant(
        self,
        state: State,
        pp: int,
        asker: Entity | None,
        he: Mention | None,
        *,
        the_last: bool = False,
        him: bool = False,
    ) -> State:
        """The exchange ``asker`` sets up with the person a he/she (or him/her) of the narrative means.

        With ``the_last``, only where that is the one quoted last (the witness the coroner "asked him"; not
        the man his evidence spoke of, nor a lawyer quoted before "Questioned by his own barrister, X, he").
        The state as it was when the pronoun means nobody, no person or the asker ("Vexley asked whether he
        could be compensated": he asks for himself). With ``him``, the pronoun is the verb's object ("asked him"),
        so never the asker.
        """
        story = state.story
        if asker is None or he is None:
            return state
        # (an object, "Mr Quill asked him whether", is never the asker, though the nearest man named; a subject,
        # "Vexley asked whether he could be compensated", may be)
        answerer = self.resolver.resolve(story, he, exclude=asker if him else None)[0].entity
        if answerer is None or answerer is asker or story.kind(answerer) != "person":
            return state
        if the_last and (state.last is None or state.last[1] is not answerer):
            return state
        return State(story, state.last, asker, answerer, pp, state.prior, state.opened)

    def _asked_now(self, pp: int, at: int) -> bool:
        """Is the asking at ``at`` (in paragraph ``pp``) told as it happens, not recounted?

        Not 'He said an officer, X, had asked him whether ...': his account of an earlier question.
        """
        lo = self.sentence(pp, at, at)[0]
        return not (self.reg.in_quote(at) or self.text.endswith(" had", lo, at) or _TELLS_RE.search(self.text, lo, at))

    def _examiner_before(self, story: Story, pi: int, last_para: int) -> Mention | None:
        """Who "Questioned by X, ..." or "Cross-examined by X, ..." in the narrative paragraph before ``pi`` names."""
        before = self._narrative_before(pi, last_para)
        if before is None and pi >= 1:
            # "Asked by Dame X whether ..., Ms Y said: '...'" then '"How many?"': the one who asked asks again
            ps, pe, _ = self.paras[pi - 1]
            m = _EXAMINED_BY_RE.match(self.text, ps, pe)
        elif before is not None:
            _pp, ps, pe = before
            m = _EXAMINED_BY_RE.search(self.text, ps, pe)
        else:
            return None
        if m is None or self.reg.in_quote(m.start()):
            return None
        return cues.np_after(story, self.text, m.end(), min(pe, m.end() + 120), after_verb=True)

    def _named_before(self, story: Story, pi: int, last_para: int) -> tuple[str, Mention] | None:
        """The person the paragraph before ``pi`` opens with, if it is narrative written since the last quote."""
        before = self._narrative_before(pi, last_para)
        if before is None:
            return None
        pp, ps, pe = before
        if _NO_COMMENT_RE.search(self.text, ps, pe):
            return None  # ("Mr Quill did not respond to a request for comment.": the quote is someone else's)
        lo, hi = self.sentence(pp, ps, ps)
        found = self._sentence_subject(story, lo, hi) or self._named_as(story, lo, hi)
        if found is not None and hi < pe - 1 and self._ends_on_someone_else(found[1], pp, pe):
            return None
        if found is None and hi >= pe - 1:
            # "She worries about who will do this after her." then a paragraph of quote: hers
            m = _HE_SHE_OPENS_RE.match(self.text, lstrip_index(self.text, lo, hi))
            if m is not None:
                return "", cues.Mention(m.start(1), m.end(1), "pronoun", word=m.group(1).lower())
        if found is None and hi < pe - 1:
            # "The worst night came in April. Ezio remembers standing in the rows.": the last sentence's
            lo, hi = self.sentence(pp, pe - 1, pe - 1)
            found = self._sentence_subject(story, lo, hi)
        return found

    def _ends_on_someone_else(self, m: Mention, pp: int, pe: int) -> bool:
        """Does paragraph ``pp`` (ending at ``pe``) end on a sentence whose he/she cannot be ``m``, the one it opens on?

        "Otso died in 2016. She kept the shop open." then a paragraph of quote: not Otso's.
        """
        ent = m.run.entity if m.run is not None else None
        if ent is None or ent.kind != "person" or ent.gender not in ("m", "f"):
            return False
        lo, hi = self.sentence(pp, pe - 1, pe - 1)
        he_she = _HE_SHE_SUBJECT_RE.match(self.text, lstrip_index(self.text, lo, hi))
        return he_she is not None and (he_she.group(1) == "He") != (ent.gender == "m")

    def _put_to_the_one_who_replies(self, lo: int, hi: int, m: Mention) -> bool:
        """Does the sentence [lo, hi) end on a question in quotes that ``m`` (a he/she) answers?

        Where the he/she "replied", or the question was put to "him" or "her" of its sex; not '"...?" / "We
        deserve an answer," she said': the one who asked, going on.
        """
        i = rstrip_index(self.text, lo, hi) - 1
        while i > lo and self.text[i] in _CLOSING_OR_STOP:
            i -= 1  # ('"Why?".': back over the marks and stops after the question mark)
        if self.text[i : i + 1] != "?" or not self.reg.in_quote(i):
            return False
        after = first_word(self.text, m.end, min(len(self.text), m.end + 20))
        if after is not None and after[2].lower() in cues.REPLY_VERBS:
            return True  # '"...," she replied': the one the question was put to
        obj = _ASKED_OBJECT_RE.search(self.text, lo, i)
        return obj is not None and obj.group(1) == ("him" if m.word == "he" else "her")

    def _named_as(self, story: Story, lo: int, hi: int) -> tuple[str, Mention] | None:
        """'The first caller, who gave her name only as Quessa, said ...': the person so named opens the sentence."""
        m = cues.named_as(story, self.text, lstrip_index(self.text, lo, hi), hi)
        return ("", m) if m is not None else None

    def _role_asked(self, story: Story, question: str, asker: Entity) -> Entity | None:
        """Who holds the role a question is put to ("Can the minister say ...?", "..., Mayor?"), not the asker."""
        m = _ROLE_ASKED_RE.search(question) or _ROLE_CALLED_RE.search(question.rstrip())
        role = m.group(1).lower() if m is not None else ""
        if role not in lx.ROLE_HEADS:
            return None
        ent = next((e for e in story.role_holders(role) if e is not asker), None)
        return ent if ent is not None and story.kind(ent) == "person" else None

    def _role_hailed(self, story: Story, question: str) -> Entity | None:
        """The one holder of the role a question hails ("Minister, can you ...?", "..., Mayor?"), else None.

        Not a role the question asks about ("Will the coach stay?": the one answering is not the coach).
        """
        m = _ROLE_HAILED_RE.match(question) or _ROLE_CALLED_RE.search(question.rstrip())
        role = m.group(1).lower() if m is not None else ""
        holders = [e for e in story.role_holders(role) if story.kind(e) == "person"] if role in lx.ROLE_HEADS else []
        return holders[0] if len(holders) == 1 else None

    def _turn(self, state: State, a: Segment, pieces: list[tuple[int, int]]) -> Speaker | None:
        """Turns in an exchange, for a paragraph that is nothing but a quote.

        An unattributed question after an answer is the asker's again, and an
        unattributed answer after the asker's question is the one who
        answered before. '"Does that bother you?"' after the guest's '"...," he said' is the
        interviewer's (whoever last "asked"); '"A little."' after it, the guest's.
        """
        last, asker, answerer = state.last, state.asker, state.answerer
        if asker is None and last is not None and self._rejoinder_to_someone_unnamed(state, a, pieces):
            return _NOBODY
        if asker is None and last is not None:
            return self._alternating(state, a, pieces) or self._unnamed_turn(state, last, answerer, pieces)
        if asker is None or last is None:
            return None
        question = self._ends_in_question(pieces)
        if last[1] is None:
            # "The coroner, X, asked him whether ... / '...?' a juror asked. / 'None at all.'": the one asked
            # answers a question put just after the exchange was set up, though the question found no speaker
            set_up_just_before = last[2] == a.para - 1 and state.asked_at == a.para - 2
            asked = _puts_a_question(last[0].text) and (last[0].cue or "").lower() in _ASKING
            # (not '"What about the traffic?" someone shouted': a voice from the floor, no question of the asker's)
            if set_up_just_before and not question and asked and answerer is not None:
                return Speaker(answerer.name, answerer, None, None)
            return None
        asked = _puts_a_question(last[0].text)
        if (
            not question
            and state.asked_at == a.para - 1
            and answerer is not None
            and answerer is not asker
            and _words(self.text, pieces) <= _SHORT_ANSWER_WORDS
        ):
            # "Quill asked whether he understood that ... / 'Yes, Your Honor.'": a short answer to the question
            # just told of (a longer paragraph is as often the asker going on)
            return Speaker(answerer.name, answerer, None, None)
        if question and not asked and last[1] is not asker:
            return Speaker(asker.name, asker, None, None)  # the asker's next question
        if not question and asked and last[1] is asker:
            put_to = self._role_asked(state.story, last[0].text, asker)
            if put_to is not None:
                # '"Can the minister tell the House ...?" / "I will write to him.": the minister answers
                return Speaker(put_to.name, put_to, None, None)
        if not question and asked and last[1] is asker and answerer is not None and answerer is not asker:
            return Speaker(answerer.name, answerer, None, None)  # "A little." after the question: the answer
        replied = (last[0].cue or "").lower() in _REPLYING or (last[0].cue is not None and state.asked_at == a.para - 2)
        if not question and replied and last[1] is answerer and last[2] == a.para - 1 and asker is not answerer:
            # '"Where would you put it?" Quill asked. / "Somewhere else," he replied. / "We did that.": the asker
            # again, in an exchange of one-line turns
            return Speaker(asker.name, asker, None, None)
        if (
            not question
            and last[1] is asker
            and answerer is not None
            and answerer is not asker
            and last[2] == a.para - 1
            and state.asked_at >= a.para - 3
            and self._a_turn(last[0], last[0], last[2])
            and _words(self.text, pieces) <= _TURN_WORDS
        ):
            # '"Formally? Very few," Mr Quill said. / "So the answer is none," Dame Brisa said. / "The answer is
            # that we consulted."': in a live exchange of one-paragraph turns, the one asked answers again
            return Speaker(answerer.name, answerer, None, None)
        if (
            not question
            and last[0].cue is None
            and last[0].method == "previous paragraph"
            and last[2] == a.para - 1
            and answerer is not None
            and answerer is not asker
            and last[1] in (asker, answerer)
        ):
            # ... / "With the wrong crowd.": the other again, one line each
            other = answerer if last[1] is asker else asker
            return Speaker(other.name, other, None, None)
        return None

    def _the_one_called(self, state: State, a: Segment, pieces: list[tuple[int, int]]) -> Speaker | None:
        """A bare turn right after a turn that calls someone by name: theirs, answering.

        '"Mr Quill, your three minutes are up," the chair said. / "I have one more sentence."': Quill's. Only
        where the turn before is one whole quote ending its paragraph, the call is set off by a comma at its
        start or end and puts something to them ("you", "your"; not a "thank you"), the one called is a person of
        the article other than who spoke and quoted before (in the exchange, not spoken to in a speech), and the
        bare turn is short and does not call them in turn.
        """
        last = state.last
        if last is None or last[1] is None or last[2] != a.para - 1:
            return None
        if len(last[0].pieces) != 1 or not self._ends_turn(last[0], last[2]) or _words(self.text, pieces) > _TURN_WORDS:
            return None
        story = state.story
        s, e = last[0].pieces[0]
        called = None
        for ts, who in story.named_between(s, e):
            run = self.reg.runs_by_start.get(ts)
            if run is None or who is last[1] or story.kind(who) != "person":
                continue
            opens = ts == s or (ts == s + 1 and not self.text[s].isalnum())
            closes = self.text[run.end : e].strip(" .,?!\u2019\u201d'\"") == ""
            if (opens and self.text.startswith(",", run.end)) or (closes and self.text.endswith(", ", s, ts)):
                called = who
            elif self._called_in_the_middle(run, s, ts):
                called = who  # '"Your trend, Ms Quill, is 3,100 spills," he said.': a call set off by commas
        said = self.text[s:e]
        if called is None or not _PUT_TO_YOU_RE.search(_THANKS_RE.sub("", said)):
            return None  # (a call that puts nothing to them, "Ms X, thank you," "X, to her credit, ...": no hand-over)
        if self._addresses(story, a.span, called):
            return None  # (the bare turn calls them back: not theirs)
        if not any(ent is called for ent, _at in story.quoted_before(last[0].start)):
            return None  # ('"Which is it, Mr Vexley?" Quill said.' in a speech: one called who has not spoken)
        return Speaker(called.name, called, None, None)

    def _called_in_the_middle(self, run: Run, s: int, ts: int) -> bool:
        """Is the name ``run`` (at ``ts``, in a quote from ``s``) a call set off by commas in its middle?

        "Your trend, Ms Quill, is ...": a title and a surname between commas, after a few words that open on
        "you" or "your" (not "My colleague, Ms Quill, is right", "the head of planning, Mrs Quill,": one spoken
        of, apposed to what they are).
        """
        at = min(ts, run.start)
        if run.honorific is None or not self.text.endswith(", ", s, at) or not self.text.startswith(",", run.end):
            return False
        you = _YOU_THEN_A_CALL_RE.match(self.text, s, at)
        # (no article or preposition before the comma: "You wrote to the head of planning, Mrs Quill," apposes)
        return you is not None and _NOUN_PHRASE_WORDS_RE.search(you.group()) is None

    def _answers_a_relative(self, state: State, pieces: list[tuple[int, int]]) -> Speaker | None:
        """A bare turn that calls the last speaker by a family word: the relative of theirs who spoke before.

        '"The van runs fine," Otso Quill says. / "It does not, Dad."': not Quill, who is called Dad, but the
        last other speaker of his surname (a daughter quoted before him); nobody if no such speaker.
        """
        last = state.last
        if last is None or last[1] is None or state.story.kind(last[1]) != "person" or not last[1].last:
            return None
        said = self.text[pieces[0][0] : pieces[-1][1]].strip()
        call = _KIN_VOCATIVE_RE.search(said)
        if call is None or _words(self.text, pieces) > _TURN_WORDS:
            return None  # (a long paragraph to "Dad" is the last speaker going on, speaking to a father of theirs)
        word = (call.group(1) or call.group(2)).lower()
        sex = lx.ROLE_GENDER.get(lx.ROLE_SYNONYMS.get(word, word))
        if sex is None or state.story.gender(last[1]) != sex:
            return None  # ("Goodbye, Dad." after a daughter's turn: she goes on, to a father not in the room)
        for ent, _at in state.story.quoted_before(last[0].start):
            if ent is not last[1] and state.story.kind(ent) == "person":
                if ent.last == last[1].last:
                    return Speaker(ent.name, ent, None, None)
                break
        return _NOBODY

    def _alternating(self, state: State, a: Segment, pieces: list[tuple[int, int]]) -> Speaker | None:
        """Two people answering each other a paragraph at a time: a bare turn after B's is A's again.

        '"Formally? Very few," Mr Quill said. / "So the answer is none," Dame
        Brisa said. / "The answer is that we consulted the authority."': Quill.
        """
        last, prior = state.last, state.prior
        if last is None or prior is None or last[1] is None or prior[1] is None or last[1] is prior[1]:
            return None
        if last[2] != a.para - 1 or prior[2] != a.para - 2 or _words(self.text, pieces) > _TURN_WORDS:
            return None
        if state.story.kind(prior[1]) != "person" or state.story.kind(last[1]) != "person":
            return None
        opened = state.opened
        if opened is None or not (self._ends_turn(prior[0], prior[2]) and self._a_turn(opened, last[0], last[2])):
            return None
        if self._reported_before(state.story, last[1], prior[2], prior[0].start):
            # ('X said the union had waited. Driver Y said: "...". / "...," she said. / "...": X named in the
            # writer's sentences before Y's quote is no exchange between them, but a report; X goes on)
            return None
        ps = self.paras[last[2]][0]
        if not state.story.named_since(last[1], ps, ps):  # (named anywhere before the turn's paragraph)
            # ('"...," according to the borough engineer Brisa Quill. / "The bond covers it."': a
            # speaker brought in just now holds the floor)
            return None
        said = last[0].text if opened is last[0] else self.text[opened.start : last[0].end]
        if len(said.split()) > _TURN_WORDS or _speaks_of(said, prior[1]):
            # (a long turn is a speaker holding the floor; "Althea is part of the fabric of this hospital" speaks
            # of the one before, not to her: either way the bare paragraph goes on quoting the last)
            return None
        return Speaker(prior[1].name, prior[1], None, None)

    def _reported_before(self, story: Story, ent: Entity, para: int, end: int) -> bool:
        """Is ``ent`` the subject of a speech verb in paragraph ``para`` before ``end``, in indirect speech?

        "X said the union had waited since March.", not "who, X says, 'never once ...'".
        """
        text = self.text
        for at, e in story.named_between(self.paras[para][0], end):
            run = self.reg.runs_by_start.get(at)
            if e is not ent or run is None or run.quoted or not self.reg.speech_follows(run.end):
                continue
            stop = SENTENCE_END_RE.search(text, run.end, end)
            if _QUOTE_MARK_SET.isdisjoint(text[run.end : stop.start() if stop else end]):
                return True
        return False

    def _a_turn(self, first: Quote, last: Quote, para: int) -> bool:
        """Is the paragraph ``para`` one turn of an exchange: quotes from ``first`` at its start to ``last``?

        After ``last``, a short attribution at most.
        """
        ps, pe, _ = self.paras[para]
        return first.start - ps <= 1 and self._short_tail(last.end, pe)

    def _ends_turn(self, q: Quote, para: int) -> bool:
        """Does a whole quote end the paragraph ``para``, a short attribution at most after it?

        The first turn of an exchange may follow the writer's own sentences in its paragraph ("They met at
        the depot. '...,' Quill said."); a partial quote in a sentence of the writer's is no turn.
        """
        return q.kind == "direct" and self._short_tail(q.end, self.paras[para][1])

    def _short_tail(self, end: int, pe: int) -> bool:
        """Is what follows a quote up to ``pe`` an attribution at most ("," Quill said, pouring the tea.")?"""
        tail = self.text[end:pe]
        return len(tail) <= _TURN_TAIL and not _SENTENCE_BREAK_RE.search(tail)

    def _rejoinder_to_someone_unnamed(self, state: State, a: Segment, pieces: list[tuple[int, int]]) -> bool:
        """Is a bare statement the unnamed asker's come-back to the answer just before?

        "'Have you tried it without a car?' the caller asked. / 'I have,' Ms Quill replied. / 'Trying isn't
        good enough.'": the caller's again, whom the article does not name.
        """
        last, prior = state.last, state.prior
        return (
            last is not None
            and prior is not None
            and last[2] == a.para - 1
            and prior[2] == last[2] - 1
            and prior[1] is None
            and last[1] is not None
            and prior[0].cue is not None
            and (last[0].cue or "").lower() in _REPLYING
            and prior[0].text.rstrip().endswith("?")
            and not self._ends_in_question(pieces)
            and _words(self.text, pieces) <= _SHORT_ANSWER_WORDS
            # (not reporters at a news conference, where the one answering goes on)
            and not any(w in _NEWS_CONFERENCE_ASKERS for w in (prior[0].speaker_description or "").lower().split())
        )

    def _unnamed_turn(
        self, state: State, last: Last, answerer: Entity | None, pieces: list[tuple[int, int]]
    ) -> Speaker | None:
        """Questions from the floor, where nobody has been said to ask.

        '"Were you nervous at the start?"' after a speaker's answer is somebody
        unnamed asking; the answer after it is the speaker's again -- or the one the paragraph before says was
        asked ("At the news conference, Quill was asked about the crash.").
        """
        story = state.story
        question = self._ends_in_question(pieces)
        words_ = _words(self.text, pieces)
        asked = last[0].text.rstrip().endswith("?")
        if question and not asked and last[1] is not None and words_ <= _QUESTION_WORDS:
            return _NOBODY
        put = last[0].cue is None or (last[0].cue or "").lower() in _ASKING  # ('..." a reporter asked X')
        if not question and asked and last[1] is None and put:
            put_to = self._was_asked_before(story, last) or self._role_hailed(story, last[0].text)
            if put_to is not None:
                return Speaker(put_to.name, put_to, None, None)
            if answerer is not None and (story.kind(answerer) == "person" or self._answers_aloud(state, answerer)):
                # (a body whose words were only written or reported does not answer a question from the floor: 'X
                # said in a statement ... / "...?" asked a reporter. / "..."' is not X's; at a briefing it is)
                return Speaker(answerer.name, answerer, None, None)
        return None

    def _answers_aloud(self, state: State, body: Entity) -> bool:
        """Did ``body`` speak aloud just before the question (a whole quote of its own, not in a statement)?"""
        prior, last = state.prior, state.last
        if prior is None or last is None or prior[1] is not body or prior[0].kind != "direct":
            return False
        before = self.text[self.paras[max(0, last[2] - 2)][0] : last[0].start]
        return "statement" not in before or _LIVE_RE.search(before) is not None

    def _was_asked_before(self, story: Story, last: Last) -> Entity | None:
        """The person the narrative just before a question says "was asked" (in its paragraph or the one before)."""
        lo = self.paras[max(0, last[2] - 1)][0]
        found = None
        for _m, ent in self._said_to_be_asked(story, lo, last[0].start, (_WAS_ASKED_RE,)):
            found = ent  # (the last one said so)
        return found

    def _asker(self, state: State, a: Segment) -> Entity | None:
        """Who asked the question just before this quote: the last quote, a question "X asked", one paragraph up."""
        last = state.last
        if last is None or last[1] is None or last[2] < a.para - 1 or last[2] == a.para:
            return None
        q = last[0]
        return last[1] if q.text.rstrip().endswith("?") and _asking(q.cue, q.text) else None

    def _answerer(self, story: Story, state: State, m: Mention, asker: Entity) -> tuple[Speaker, Story]:
        """'"How much?" asked Quill. / "I'd rather not say," he said.': the one asked answers, not the asker.

        But where the question was put to nobody named ('At the end she puts one question to the room: "Who is
        first?" / "...," she says afterwards') and the words came later, not as the answer ("she tells me
        later", "he says now"), the he or she can only be the one who asked.
        """
        who, after = self.resolver.resolve(story, m, exclude=asker)
        put_to = state.answerer
        if (
            who.name is None
            and m.kind == "role"
            and m.head in _ON_THE_STAND
            and put_to is not None
            and put_to is not asker
            and self._put_by_name_or_him(state)
        ):
            # 'Ms Quill asked him: "...?" / "No," the defendant replied.', of two accused: the one asked
            return Speaker(put_to.name, put_to, m.start, m.end), story
        if (
            who.name is None
            and m.kind == "pronoun"
            and _LATER_RE.match(self.text, m.end)  # (its words and spaces keep it to the line)
            and self._asked_nobody_named(state, asker)
        ):
            who, after = self.resolver.resolve(story, m)
        return who, after

    def _put_by_name_or_him(self, state: State) -> bool:
        """Does the question's own paragraph say whom it was put to ("asked him:", "asked Marten:"), outside quotes?"""
        if state.last is None:
            return False
        ps, pe, _ = self.paras[state.last[2]]
        return any(not self.reg.in_quote(m.start()) for m in _ASKED_WHOM_OUTSIDE_RE.finditer(self.text, ps, pe))

    def _asked_nobody_named(self, state: State, asker: Entity) -> bool:
        """Was the question just asked put to nobody the article names ("she asks the room:")?

        Nobody but the asker named outside quotes in the question's paragraph, and no noun for a person in the
        question's sentence or after it.
        """
        last = state.last
        if last is None or last[1] is not asker:
            return False
        q, ps, pe = last[0], self.paras[last[2]][0], self.paras[last[2]][1]
        if any(e is not asker and e.kind == "person" for e in self.reg.timeline_ent[self.reg.mentions_between(ps, pe)]):
            return False
        lo = sentence_start(self.text, q.start)
        return not (cues.someone_unnamed_in(self.text, lo, q.start) or cues.someone_unnamed_in(self.text, q.end, pe))

    def _put_by_someone_unnamed(self, state: State, a: Segment, m: Mention) -> Speaker | None:
        """The person "A reporter asked X whether ..." names, for a he or she answering in the paragraph after it.

        Only a person of the pronoun's sex (or of none known), asked by somebody the article does not name, in the
        quote's paragraph before its first mark and with nobody else named between; none where an asker is known.
        """
        if m.kind != "pronoun" or m.word not in ("he", "she") or self._asker(state, a) is not None:
            return None
        story = state.story
        text = self.text
        ps = self.paras[a.para][0]
        asked = last_match(_ASKED_BY_SOMEONE_RE, text, ps, a.span.open_pos)
        run = self.reg.runs_by_start.get(asked.end()) if asked is not None else None
        ent = story.entity_of(run) if run is not None else None
        sex = "m" if m.word == "he" else "f"
        if ent is None or story.kind(ent) != "person" or story.gender(ent) not in (None, sex):
            return None
        if possessive(text, run) or any(e is not ent for _t, e in story.named_between(run.end, a.span.open_pos)):
            return None  # ("asked Quill's spokeswoman": not Quill)
        end = _SENTENCE_END_OUT_RE.search(text, run.end, a.span.open_pos)
        if end is None or text[end.end() : a.span.open_pos].strip():
            return None  # (the answer must open the sentence after the question: not "Her lawyer cut in. '...'")
        # ("asked Dale Quill whether he would resign. 'No,' she said": not Quill; where the sex is unknown, the
        # whole paragraph: "'It will, and he knows it,' she said")
        other = _HIM_HIS_RE if sex == "f" else _HER_RE
        if other.search(text, run.end, end.end() if story.gender(ent) else self.paras[a.para][1]):
            return None
        return Speaker(ent.name, ent, m.start, m.end)

    def _asked_by(self, story: Story, pos: int, m: Mention) -> Entity | None:
        """'Asked by Brisa Quill, of the Courier, whether ..., she replied:': the asker, whom the he/she is not.

        Also whoever else the resolver knows the he/she cannot be ("Asked by his barrister, X, whether ...").
        """
        if m.kind != "pronoun":
            return None
        lo = max(self.text.rfind("\n", 0, pos) + 1, pos - 300)
        found = None
        if self.text.find("sked by ", lo, pos) >= 0:  # (every match holds it: most paragraphs ask nobody)
            for by in _ASKED_BY_RE.finditer(self.text, lo, pos):
                found = by
        run = self.reg.runs_by_start.get(found.end()) if found is not None else None
        asker = story.entity_of(run) if run is not None else None
        return asker or self.resolver.cannot_be(story, m)

    def _addressed(self, story: Story, state: State, m: Mention) -> Entity | None:
        """The person a question just asked names ("..., Mr Quill?"), if the he/she answering fits them.

        Also "the defendant replied", "the witness said": the answer is the named person asked.
        """
        if state.last is None:
            return None
        if m.kind == "pronoun" and m.word in ("he", "she"):
            g: str | None = "m" if m.word == "he" else "f"
        elif m.kind == "role" and m.det == "the" and m.head in lx.ROLE_HEADS and m.head not in lx.SPOKES_HEADS:
            g = lx.ROLE_GENDER.get(m.head)
        else:
            return None
        q = state.last[0]
        found = None
        for ts, ent in story.named_between(q.start, q.end):
            if (
                ent is not state.last[1]
                and story.kind(ent) == "person"
                and (g is None or story.gender(ent) in (None, g))
                and not self._owner_named_at(ts)
                and self._called_at(ts, q.start)
            ):
                found = ent
        return found

    def _called_at(self, ts: int, qs: int) -> bool:
        """Is the name at ``ts`` set off as a call in the quote opening at ``qs`` ("..., Mr Quill?", "Mr Quill, did")?

        (Not "Did you tell Mrs Vexley you had a team?": whom the question is about, not whom it is put to.)
        """
        run = self.reg.runs_by_start.get(ts)
        if run is None:
            return True  # (a mention by a role or the like: as before)
        text = self.text
        before = text[max(qs, run.start - 2) : run.start]
        after = text[run.end : run.end + 1]
        opens = run.start <= qs + 2 or before.endswith((", ", "\u2014 "))
        return opens and (after in (",", "?", "!", ".", "\u2019", "\u201d", '"', "'") or run.end >= len(text))

    def _owner_named_at(self, ts: int) -> bool:
        """Is the name at ``ts`` in the possessive ("You took Mrs Vexley's money")? An owner, not one called."""
        run = self.reg.runs_by_start.get(ts)
        return run is not None and possessive(self.text, run)

    def _interview_guest(self, story: Story, pi: int) -> tuple[Entity | None, Entity | None]:
        """Who answers and who asks in an interview introduced above ``pi``, if every paragraph since is a quote.

        "X sat down with the Courier this week. The conversation has been
        condensed." then question and answer paragraphs: X answers, and the
        questions are nobody's (the paper's). "The questions are by Y": Y
        asks, and X is the person the article was about until then.
        """
        text = self.text
        p = pi - 1
        while p >= 0 and pi - p <= _INTERVIEW_REACH:
            ps, pe, _ = self.paras[p]
            body = text[ps:pe].strip()
            if not (body[:1] in OPENING_MARKS and body[-1:] in _CLOSING_MARKS):
                break
            p -= 1
        if p < 0 or not self._introduces_an_interview(p):
            return None, None
        return self._guest_and_interviewer(story, p)

    def _introduces_an_interview(self, p: int) -> bool:
        """Does paragraph ``p`` say, in the writer's words, that an interview follows ("X sat down with the Y")?

        Not words inside a quote: "'Did you know before you spoke to Minister X?'" is a question, no interview.
        """
        ps, pe, _ = self.paras[p]
        return any(not self.reg.in_quote(m.start()) for m in _INTERVIEW_RE.finditer(self.text, ps, pe))

    def _labelled_turn(self, story: Story, a: Segment) -> Speaker | None:
        """The speaker of a quote labelled 'Q:' (the interviewer) or 'A:' (the one interviewed) in an interview.

        'X sat down with senior editor Y.' then paragraphs 'Q: "...?"' and 'A: "..."', between the writer's own.
        """
        ps = self.paras[a.para][0]
        label = _QA_LABEL_RE.fullmatch(self.text, ps, a.span.open_pos)
        if label is None:
            return self._name_label(story, ps, a.span.open_pos)
        for p in range(a.para - 1, max(-1, a.para - 1 - _INTERVIEW_REACH), -1):
            if self._introduces_an_interview(p):
                guest, interviewer = self._guest_and_interviewer(story, p)
                who = interviewer if label.group(1) == "Q" else guest
                return Speaker(who.name, who, None, None) if who is not None else _NOBODY
        return None

    def _name_label(self, story: Story, ps: int, open_pos: int) -> Speaker | None:
        """The person whose name opens the paragraph as a label before its quote: 'Mo Quill, welder, 1980-2012: "'."""
        run = self.reg.runs_by_start.get(lstrip_index(self.text, ps, open_pos))
        ent = story.entity_of(run) if run is not None else None
        if run is None or ent is None or story.kind(ent) != "person":
            return None
        if not _NAME_LABEL_TAIL_RE.fullmatch(self.text, run.end, open_pos):
            return None
        if (
            _OTHERS_WORDS_RE.search(self.text, run.end, open_pos)
            or cues.hands_to_another_voice(self.text, run.end, open_pos)
        ) or any(e is not ent and story.kind(e) == "person" for _at, e in story.named_between(run.end, open_pos)):
            # "X's son, Y, read a statement:", "X said his uncle, Y, had a warning:": somebody else's words
            return None
        return Speaker(ent.name, ent, run.start, run.end)

    def _guest_and_interviewer(self, story: Story, p: int) -> tuple[Entity | None, Entity | None]:
        """Who answers and who asks, by the paragraph ``p`` that introduces an interview (as _INTERVIEW_RE finds)."""
        ps, pe, _ = self.paras[p]
        above = p > 0 and not any(story.kind(e) == "person" for _at, e in story.named_between(ps, pe))
        if above:
            # "We talked in her boathouse. ...": the paragraphs above say who, unless this one says the one who
            # answers is someone unnamed ("A spokeswoman answered by email", "His sister spoke to us") or a pair
            lo = self.paras[max(0, p - 2)][0]
            if self._someone_unnamed_answers(ps, pe, self.paras[p - 1][0]):
                return None, None
            ps = lo
        interviewer, best, credited = None, 0, set()
        for at, ent in story.named_between(ps, pe):
            if story.kind(ent) != "person":
                continue
            strength = self._questioner_evidence(ps, at) or (_asker_above(self.text, at) if above else 0)
            line = self.text.rfind("\n", 0, at) + 1
            if (
                above
                and strength < 3
                and (_CREDITED_RE.search(self.text, line, at) or BYLINE_RE.match(self.text, line))
            ):
                credited.add(id(ent))  # "Photographs by X", "By X, Arts Correspondent": no one in the interview
                continue
            if strength > best and (strength >= 2 or not above):
                interviewer, best = ent, strength
        here = [
            ent
            for _at, ent in story.named_between(ps, pe)
            if story.kind(ent) == "person" and ent is not interviewer and id(ent) not in credited
        ]
        if here and interviewer is None:
            guest, taking_part = self._most_named_met(story, ps, pe, here)
            others = [e for e in here if e is not guest and id(e) in taking_part and not above]
            return guest, (others[0] if len({id(e) for e in others}) == 1 else None)
        if here:
            return here[0], interviewer
        if interviewer is None:
            return None, None
        # nobody else in the introduction: the one the piece is about, named most often before it
        return most_named_person(story, ps, exclude=interviewer), interviewer

    def _someone_unnamed_answers(self, ps: int, pe: int, above: int) -> bool:
        """Does an interview's introduction ``[ps, pe)``, or the paragraph above it, give its guest by a noun?

        Or as a pair.  ``above`` is where the paragraph above starts.

        "A spokeswoman answered by email", "His sister spoke to us", "We asked shoppers", "We talked in their
        kitchen"; and above, "A nurse agreed to talk".  Not "the farm he runs with his brother": a noun by the way.
        """
        opening = _UNNAMED_OPENING_RE.match(self.text, above)
        for m in itertools.chain(_GUEST_BY_A_NOUN_RE.finditer(self.text, ps, pe), [opening] if opening else []):
            noun = next((g for g in m.groups() if g), None)
            if noun is None or cues.names_someone(noun, _PEOPLE_ASKED):
                return True  # (no noun: a pair)
        return False

    def _most_named_met(self, story: Story, ps: int, pe: int, here: list[Entity]) -> tuple[Entity, set[int]]:
        """Who answers, where the introduction ``[ps, pe)`` shows no sign who asks ("X met Y at the gate").

        Of the people it names as taking part (not "who studied with Y", "under a poster of Y": someone only
        spoken of), the one the piece named most so far, unless the press by their role or a sentence naming
        them ("the Courier's food writer", "began the series"); ties, and no one fitting: the first named there,
        as before. Also the ids of those taking part.
        """
        text = self.text
        taking_part = {
            id(ent) for at, ent in story.named_between(ps, pe) if word_before(text, at) not in _SPOKEN_OF_BEFORE
        }
        counts = {id(e): 0 for e in here}
        press: set[int] = set()
        for at, ent in story.named_between(0, pe):
            if id(ent) in counts:
                counts[id(ent)] += 1
                if id(ent) not in press and self._of_the_press(story, ent, at):
                    press.add(id(ent))
        fits = [e for e in here if id(e) in taking_part and id(e) not in press]
        best = max(fits, key=lambda e: counts[id(e)], default=here[0])
        if best is here[0] or counts[id(best)] > counts[id(here[0])] or here[0] not in fits:
            return best, taking_part
        return here[0], taking_part

    def _of_the_press(self, story: Story, ent: Entity, at: int) -> bool:
        """Is ``ent`` a writer or interviewer: by a role the article gave, or in the sentence naming them at ``at``?"""
        if any(h in lx.PRESS_ROLES for h, _m in story.roles(ent)):
            return True
        lo, hi = sentence_start(self.text, at), self.text.find(".", at)
        return _PRESS_WORDS_RE.search(self.text, lo, hi if hi > 0 else len(self.text)) is not None

    def _questioner_evidence(self, ps: int, at: int) -> int:
        """How surely the name at ``at`` in an interview's introduction is the one asking: 0 (no sign) to 3.

        3: "questions by X", "conducted by X", "our reporter X", "X's questions appear as Q"; 2: a desk before the
        name ("Travel writer X sat down with Y"); 1: the bare object of "sat down with" or "spoke to" (the guest
        sits down with the paper's writer as often as the writer with the guest).
        """
        text = self.text
        run = self.reg.runs_by_start.get(at)
        if run is not None and _QUESTIONS_ARE_RE.match(text, _before_s(text, run.end)):
            return 3
        m = _QUESTIONS_BY_RE.search(text, max(ps, at - 60), at)
        if m is not None and _BARE_WITH_RE.fullmatch(m.group()) is None:
            return 3
        if _DESK_BEFORE_RE.search(text, max(ps, at - 40), at):
            return 2
        return 1 if m is not None else 0

    def _colon_before(self, story: Story, pi: int) -> tuple[str, Mention] | None:
        """The speaker of a paragraph before ``pi`` that ends in a colon ("X said after the meeting:")."""
        text = self.text
        ps, pe = self.paras[pi - 1][0], self.paras[pi - 1][1]
        end = rstrip_index(text, ps, pe)
        if end <= ps or text[end - 1] != ":" or self.paras[pi][0] - pe > 3:
            return None
        lo, _hi = self.sentence(pi - 1, end - 1, end - 1)
        if any(self.reg.in_quote(p) for p in (lo, end - 1)):
            return None
        found = cues.in_sentence(story, text, lo, end, end, end)
        if found is None:
            # "X shrugged when the claim was read back to him:", "Y, the envoy, was plainer still:"
            led = cues.before_open(story, text, lo, end)
            if led is not None and led[1] is not None:
                return led[0], led[1]
        return found or self._name_as_heading(story, ps, end)

    def _name_as_heading(self, story: Story, ps: int, end: int) -> tuple[str, Mention] | None:
        """A paragraph that is only a person's name and a description, then a colon: the next one is theirs.

        "Brisa Quill, 74, then the village postmistress:" over a paragraph of
        quote, as oral histories and transcripts set out their voices.
        """
        run = self.reg.runs_by_start.get(lstrip_index(self.text, ps, end))
        if run is None or story.run_kind(run) != "person" or end - ps > _HEADING_CHARS:
            return None
        rest = self.text[run.end : end - 1]
        if rest and not rest.startswith(",") or any(c in rest for c in '.!?\u201c\u2018"'):
            return None
        return ":", Mention(run.start, run.end, "name", run=run)

    def _checked(
        self, state: State, who: Speaker, method: str | None, pieces: list[tuple[int, int]]
    ) -> tuple[Speaker, str | None]:
        """The speaker found for a quote, unless the quote itself says otherwise."""
        last = state.last
        if (
            method == "previous paragraph"
            and last is not None
            and who.entity is last[1]
            and self._writer_spoke(last[0])
        ):
            # '"That's bleak," I said. / "That's the job."': the one the writer talks with answers, not the writer
            return self._writer_answered(state, who)
        if who.entity is not None and self._opens_on_own_name(pieces, who.entity):
            # "'Otso rowed out to the wreck before anyone else,' the statement said": words about Otso, not his
            return _NOBODY, None
        return who, method

    def _writer_answered(self, state: State, who: Speaker) -> tuple[Speaker, str | None]:
        """Who answers the writer's own quote (``state.last``): whoever spoke before it, else nobody."""
        assert state.last is not None
        other = state.story.last_said(state.last[0].start)
        if other is None or other[0] is who.entity or state.story.kind(other[0]) != "person":
            return _NOBODY, None
        run = self.reg.runs_by_start.get(other[1])
        return Speaker(other[0].name, other[0], other[1], run.end if run else None), "previous paragraph"

    def _writer_spoke(self, q: Quote) -> bool:
        """Was the quote ``q`` the writer's own, cued by "I" ("'That's bleak,' I said.")?"""
        return q.speaker_start is not None and self.text[q.speaker_start : q.speaker_end] in ("I", "i")

    def _opens_on_own_name(self, pieces: list[tuple[int, int]], ent: Entity) -> bool:
        """Does a sentence of the quote open on the person ``ent``'s own name, as its subject ("Otso went ...")?"""
        if ent.kind != "person":
            return False
        said = " ".join(self.text[s:e] for s, e in pieces)
        # (most quotes name nobody: the cheap test first, before the quote is read in lower case)
        names = {w for w in (ent.first, ent.last) if w is not None}
        named = [w for w in names if w.capitalize() in said or w.upper() in said]
        if not named:
            return False
        lowered = None if any(c in said for c in _ASCII_CASE_TWINS) else said.lower()  # (see _speaks_of)
        for w in named:
            if lowered is not None and w and w.isascii() and not _capital_at_a_start(said, lowered, w.lower()):
                continue  # (nowhere the pattern below can match: it is new for every name, and not compiled)
            for m in _own_name_re(w).finditer(said):
                if said[m.start()].isupper():
                    return True
        return False

    def _not_spoken_of(
        self, story: Story, m: Mention, a: Segment, pieces: list[tuple[int, int]], who: Speaker, after: Story
    ) -> tuple[Speaker, Story]:
        """A he/she after the quote, passing over a person the quote itself names (other than to address them).

        "'Brisa knocked on my door and said ...,' she says": who speaks is not the one spoken of.
        """
        if m.kind != "pronoun" or who.entity is None or m.start < a.span.open_pos:
            return who, after
        if not _speaks_of(" ".join(self.text[s:e] for s, e in pieces), who.entity):
            return who, after
        return self.resolver.resolve(story, m, exclude=who.entity)

    def _pronoun_holds(self, story: Story, m: Mention, a: Segment, who: Speaker) -> bool:
        """Does a pronoun's speaker stand: "I" only as the quote's own cue, a he/she in an answer named there?"""
        if m.word == "i":
            # ('"...?" I said yes': the answerer tells, not this quote)
            return who.entity is None or self._says_it(m, a)
        return self._answer_knows(story, a.para, who)

    def _says_it(self, m: Mention, a: Segment) -> bool:
        """Is "I" + verb at ``m`` the quote's own cue: right before its mark, or ending the clause after it?"""
        text = self.text
        if m.start < a.span.open_pos:
            return _I_SAID_BEFORE_RE.fullmatch(text, m.end, a.span.open_pos) is not None
        return _BARE_VERB_RE.match(text, m.end) is not None

    def _answer_knows(self, story: Story, pi: int, who: Speaker) -> bool:
        """In an interview's answer ("A: ..."), a pronoun names only someone the answer itself names.

        "A: My daughter heard the mixes and said, 'Mom, ...'": the "she" is
        somebody in the answer, not the interviewee nor anyone named before.
        """
        ps, pe = self.paras[pi][0], self.paras[pi][1]
        if who.entity is None or not _ANSWER_RE.match(self.text, ps, pe):
            return True
        # (named in the answer's words, not a speaker noted there: the answerer's own "I said" names nobody)
        return story.named_since(who.entity, pe, pe - ps)

    def _one_named(self, story: Story, lo: int, hi: int) -> bool:
        """Is one person alone named between ``lo`` and ``hi`` (once or more)?"""
        return len({e.index for _ts, e in story.named_between(lo, hi) if story.kind(e) == "person"}) == 1

    def _named_in_apposition(self, story: Story, pos: int, hi: int) -> bool:
        """Does a person's name follow ``pos`` set off by commas ("One analyst there, Brisa Quill, said")?

        (After what they are, in lower case: "One victim, retired nurse Brisa Quill, 81, paid".)
        """
        c = self.text.find(", ", pos, min(hi, pos + 30))
        if c < 0 or not _QUOTE_MARK_SET.isdisjoint(self.text[pos:c]):
            return False
        lower = _LOWER_WORDS_RE.match(self.text, c + 2, hi)
        words_ = lower.group().split()
        if words_ and (words_[-1] not in lx.ROLE_HEADS or not _NOT_OF_A_ROLE.isdisjoint(words_)):
            return False  # ("One father, whose son Dale Quill, 17,", "One officer, who arrested X": another person)
        run = self.reg.runs_by_start.get(lower.end())
        return run is not None and story.run_kind(run) == "person" and self.text.startswith(",", run.end)

    def _reported_speaker(self, story: Story, a: Segment, m: Mention) -> tuple[Speaker, Story] | None:
        """For a he/she beside a quote: the person named as saying something just before it, if the pronoun fits.

        'Brisa Quell said the family had stopped counting.' then '"Our
        youngest asked...," she said': the "she" is the person whose
        reported speech leads into the quote, whoever spoke in quotes before.
        """
        if m.kind != "pronoun" or m.word not in ("he", "she"):
            return None
        text = self.text
        g = "m" if m.word == "he" else "f"
        qlo = a.span.open_pos
        ps = self.paras[a.para][0]
        end = rstrip_index(text, ps, qlo)
        if end > ps:  # inside a paragraph: its sentence before the quote (the one its last mark ends)
            lo, _hi = self.sentence(a.para, end - 1, end - 1)
            hi = qlo
            if lo > ps + 1 and (added := _PRONOUN_ADDED_RE.fullmatch(text, lo, hi)) is not None:
                # 'Quill said her group had asked for $4m. She added: "..."': the sentence before that
                hi = lo
                lo, _hi = self.sentence(a.para, hi - 2, hi - 2)
                bare = text.startswith(("He ", "She "), lstrip_index(text, added.start(), added.end()))
                if not bare and not self._one_named(story, lo, hi):
                    return None  # ("X handed the trophy to Y. Afterwards, she said:": which? the resolver's reading)
        elif a.para > 0 and self.paras[a.para - 1][1] >= ps - 2:  # opening a paragraph: the last sentence before
            pe = self.paras[a.para - 1][1]
            lo, hi = self.sentence(a.para - 1, pe - 1, pe - 1)
        else:
            return None
        if hi <= lo or any(self.reg.in_quote(p) for p in (lo, hi - 1)):
            return None
        if lo <= m.start < hi and asked_clause_start(text, m.start) is not None:
            # "Asked whether he had spoken to the owner, Aurek Quill, he replied:": the one asked, not Quill, whose
            # name sits in the question; the resolver's reading
            return None
        if text[lstrip_index(text, lo, hi)] in "\u201c\u2018\"'":
            return None  # the sentence before is itself a quote with its speaker: taking turns, not reported speech
        if self._put_to_the_one_who_replies(lo, hi, m):
            # 'The judge then asked her: "Why ...?"' then '"...," she replied': a question put to her in
            # its own words, no reported speech of the asker's
            return None
        unnamed = cues.indefinite_subject(story, text, lo, hi) if self._named_as(story, lo, hi) is None else None
        if unnamed is not None and self._named_in_apposition(story, unnamed.end, hi):
            unnamed = None  # "One analyst there, Brisa Quill, said ...": the apposition names her
        sex = (lx.ROLE_GENDER.get(unnamed.head or "") or apposed_sex(text[unnamed.start : hi])) if unnamed else None
        if unnamed is not None and sex in (None, g):
            # "One porter was blunter. '...,' she said": that porter, whom the article does not name
            return Speaker(None, None, m.start, m.end), story
        found = self._main_clause_speaker(story, lo, hi, cues.in_sentence(story, text, lo, hi, hi, hi))
        if found is not None and found[1].kind == "pronoun":
            # "Quill told the paper that he would appeal...": the named speaker of the sentence, not its "he";
            # "His apprentice, Brisa Quill, came to him after a degree left her, she says, '...'": its subject
            named = self._named_speaker_in(story, lo, hi)
            subject = self._sentence_subject(story, lo, hi, g) if named is None and end > ps else None
            if subject is not None and subject[1].start > found[1].start:
                subject = None  # "He said his son, X, had '...'": the he says it; X is only whom it is about
            found = named or subject or found
        if found is None and end > ps:
            found = self._sentence_subject(story, lo, hi, g)  # "Quill shook her head. '...,' she said"
        spokes = self._spokesperson_before(lo, hi, a.para, m.word)
        said = cues.in_sentence(story, text, spokes[0], spokes[1], spokes[1], spokes[1]) if spokes else None
        if said is not None and said[1].kind != "pronoun":
            # "A spokesman for the council said it was 'disappointed'." then "He added: '...'": the council
            who, story2 = self.resolver.resolve(story, said[1])
            return (Speaker(who.name, who.entity, m.start, m.end), story2) if who.name else None
        if found is None or found[1].kind != "name":
            found = self._named_as(story, lo, hi)  # "The first caller, who gave her name only as Quessa, said"
        if found is None:
            return None
        who, story2 = self.resolver.resolve(story, found[1])
        ent = who.entity
        if ent is None or story2.kind(ent) != "person" or story2.gender(ent) not in (None, g):
            return None
        if story2.gender(ent) is None and len(ent.name.split()) < 2:
            return None  # one capitalised word of unknown gender: too little to overrule the pronoun's own answer
        return Speaker(who.name, ent, m.start, m.end), story2  # resolved from the pronoun beside the quote

    def _main_clause_speaker(
        self, story: Story, lo: int, hi: int, found: tuple[str, Mention] | None
    ) -> tuple[str, Mention] | None:
        """``found`` (a speech verb's speaker in the sentence ``[lo, hi)``), unless it speaks in a clause of time.

        "Quill laughed when his brother told it again. '...,' he said":
        the one the sentence is about, not their relative who spoke in its
        "when" clause.  (Not one named there: "Quill stayed silent while
        Otley told reporters ... '...,' he said" is Otley going on.)
        """
        if found is None or found[1].kind != "role" or found[1].det not in ("his", "her"):
            return found
        subject = self._sentence_subject(story, lo, hi)
        if subject is None or subject[1].end > found[1].start:
            return found
        return subject if _SUBORDINATOR_RE.search(self.text, subject[1].end, found[1].start) else found

    def _spokesperson_before(self, lo: int, hi: int, pi: int, word: str) -> tuple[int, int] | None:
        """The sentence a spokesman or spokeswoman opens, for a he/she beside a quote.

        ``[lo, hi)`` itself, or the sentence before it if this one opens with
        the he/she ("He added:"); None if neither.
        """
        text = self.text
        if _spokesperson(text[lo:hi], word):
            return lo, hi
        first = lstrip_index(text, lo, hi)
        space = text.find(" ", first)  # (the sentence's first word up to a space, without copying the text after it)
        if text[first : space if space >= 0 else len(text)].lower() != word:
            return None
        ps = self.paras[pi][0]
        if lo > ps:
            plo, _ = self.sentence(pi, lo - 2, lo - 2)
        elif pi > 0:
            pe = rstrip_index(text, self.paras[pi - 1][0], self.paras[pi - 1][1])
            plo, _ = self.sentence(pi - 1, pe - 2, pe - 2)
        else:
            return None
        return (plo, lo) if _spokesperson(text[plo:lo], word) else None

    def _named_speaker_in(self, story: Story, lo: int, hi: int) -> tuple[str, Mention] | None:
        """The first speech verb of a sentence whose speaker is named (not a pronoun or a role)."""
        for v in cues.VERB_RE.finditer(self.text, lo, hi):
            if self.reg.in_quote(v.start()):
                continue
            m = cues.agent_of_verb(story, self.text, lo, hi, v)
            if m is not None and m.kind == "name":
                return v.group(), m
        return None

    def _previous_sentence_speaker(self, story: Story, pi: int, qlo: int) -> tuple[str, Mention] | None:
        """The speaker of the sentence just before a quote that opens a sentence."""
        ps = self.paras[pi][0]
        if qlo <= ps:
            return None
        lo, _hi = self.sentence(pi, qlo - 1, qlo - 1)
        if any(self.reg.in_quote(p) for p in (lo, qlo - 2)):
            return None
        found = cues.in_sentence(story, self.text, lo, qlo, qlo, qlo) or self._sentence_subject(story, lo, qlo)
        if found is None or found[1].kind == "role" and found[1].det in lx.INDEFINITE:
            return None
        return found

    def _sentence_subject(self, story: Story, lo: int, hi: int, sex: str | None = None) -> tuple[str, Mention] | None:
        """The person a sentence opens with, doing something: "Quill smiled.", "Quill, beside him, nodded.".

        A quote right after such a sentence is most likely theirs. ``sex`` ("m", "f"), where known, is the sex
        of the he or she the subject is sought for.
        """
        text = self.text
        start = lstrip_index(text, lo, hi)
        run = self.reg.runs_by_start.get(start)
        after = None
        if run is None:
            # "Back on Cliff Road, Quill has a plan": after a short opening phrase
            after = cues.after_opening_phrase(self.reg, text, start, hi)
            run = self.reg.runs_by_start.get(after) if after is not None else None
        if run is None and after is None and _ASKED_THEN_SUBJECT_RE.match(text, start) is not None:
            # "Asked about the appeal Quarnby turned down, he shrugged", "Asked whether he had met the owner, Aurek
            # Quill, he said no": the question may name whom it is about; the he or she after it was asked
            he = _HE_SHE_AFTER_A_COMMA_RE.search(text, start, min(hi, start + _ASKED_CLAUSE_CHARS))
            after = he.end() if he is not None else None
        if run is None and after is not None:
            # "Asked about the fourth quarter, he shook his head.", "..., the Irishman smiled.": who was asked
            m = _ASKED_THEN_SUBJECT_RE.match(text, start)
            if m is not None and m.end() <= after and first_word(text, after, hi) is not None:
                mention = cues.np_after(story, text, after, hi)
                if mention is not None and (
                    (mention.kind == "pronoun" and mention.word in ("he", "she"))
                    or (mention.kind == "role" and mention.det == "the")
                ):
                    nxt = text[mention.end : mention.end + 2]
                    if nxt[:1] == " " and nxt[1:2].islower():
                        return "", mention
        if run is not None and story.run_kind(run) != "person":
            run = self._person_after_titles(story, run.end, hi)  # "Committee chair Cllr Brisa Quill reminded ..."
        owned = self._owned_after(run)
        named = self.reg.runs_by_start.get(owned.end()) if owned is not None else None
        if named is not None and (self.reg.speech_follows(named.end) or self._reads_own_words(named.end, hi)):
            # "Mr Quill's son, Aurek Quill, 20, read a statement": the one owned, named after the comma, does it
            # (but "Quill's written message is blunter": the owner's, as the words are)
            run = named
        elif (
            named is not None
            and owned is not None
            and run is not None
            and (about := self._owned_is_about(story, run, owned.end(), named, hi, sex))
        ):
            if about == "either":
                return None  # "X's granddaughter, Y, 19, has a scheme", X also of the he/she's sex: either
            run = named  # "Quill's grandson, Aurek Vexley, 19, has a scheme. '...,' he said": the grandson
        if run is None or run.end >= hi or story.run_kind(run) != "person":
            return None
        nxt = text[run.end : run.end + 2]
        if not (nxt.startswith(",") or (nxt[:1] == " " and nxt[1:2].islower())):
            return None
        return "", cues.Mention(run.name_start, run.end, "name", run=run)

    def _owned_is_about(self, story: Story, owner: Run, at: int, named: Run, hi: int, sex: str | None) -> str | None:
        """Is "X's grandson, Y," (``named`` at ``at``) the one the sentence up to ``hi`` is about?

        Where what X owns is a person (a relative or a role), Y does what the sentence says (not "was killed",
        "died", "has been missing"), and nobody else is named after Y ("X's father, Y, built boats; X built
        yachts": X again). For a he or she beside a quote (``sex``), Y must fit it: "owned" where X cannot be the
        he or she, "either" where X could be too; for a quote with no pronoun (``sex`` None), "owned": "X's
        captain, Y, also faced the cameras. '...'" is Y's. None where the sentence stays X's.
        """
        if not _a_person_noun(self.text[owner.end : at]) or story.run_kind(named) != "person":
            return None
        ent = story.entity_of(named)
        if ent is None or (sex is not None and story.gender(ent) not in (None, sex)):
            return None
        if _NOT_THE_DOER_RE.search(self.text, named.end, hi):
            return None
        if any(e is not ent for _at, e in story.named_between(named.end, hi) if story.kind(e) == "person"):
            return None
        if sex is None:
            # only where the sentence sets Y up to speak ("also faced the cameras", "pressed her on why", a colon
            # before the quote); not "X's lawyer, Y, stood beside him" nor "X's husband, Y, helps out on weekends"
            # (nor "X's solicitor, Y, read out a statement on her behalf": X's words; reading one's own is above)
            if _READ_AFTER_RE.match(self.text, named.end):
                return None
            set_up = _SETS_UP_SPEECH_RE.search(self.text, named.end, hi) or self.text[:hi].rstrip().endswith(":")
            return "owned" if set_up else None
        of = story.entity_of(owner)
        return "either" if of is None or story.gender(of) in (None, sex) else "owned"

    def _reads_own_words(self, end: int, hi: int) -> bool:
        """Does the name ending at ``end`` read something out that is theirs (or the family's) to speak?

        "Y, 20, read a statement for the family": Y's; not "read out a statement on her behalf", "a note he had
        written", "verses his son had written": the owner's or the writer's words.
        """
        read = _READ_AFTER_RE.match(self.text, end)
        if read is None:
            return False
        stop = self.text.find(".", read.end(), hi)
        return _SOMEONE_ELSES_WORDS_RE.search(self.text, read.end(), stop if stop > 0 else hi) is None

    def _person_after_titles(self, story: Story, pos: int, hi: int) -> Run | None:
        """The person named after a body and a role that open a sentence: 'Committee chair Cllr Brisa Quill'."""
        k = pos
        for _ in range(3):
            tok = first_word(self.text, k, min(hi, k + 30))
            if tok is None or not (tok[2] in lx.ROLE_HEADS or tok[2] in lx.ROLE_MODIFIERS):
                break
            k = tok[1]
        if k == pos:
            return None
        run = self.reg.runs_by_start.get(lstrip_index(self.text, k, hi))
        return run if run is not None and story.run_kind(run) == "person" else None

    # -- nested quotes ---------------------------------------------------------

    def _nested(self, story: Story, seg: Segment, nest: Span, outer: Entity | None) -> tuple[Quote | None, Story]:
        """A quote inside a quote: who the outer speaker says said it."""
        text = self.text
        piece = next((p for p in seg.span.pieces if p[0] <= nest.open_pos < p[1] + 1), seg.span.pieces[0])
        lo = piece[0]
        for m in _TERMINATOR_RE.finditer(text, piece[0], nest.open_pos):
            lo = m.end()
        if _a_nickname(text, max(lo, nest.open_pos - 25), nest) or _a_name_or_term(text, lo, nest):
            # '"The men called me 'the Bank of Quell'", '"the so-called 'grey belt'"', '"I wrote 'Quell Road'"': a
            # nickname, a term or a title inside the quote, nobody's words
            return None, story
        attr = self._nested_attribution(story, piece, lo, nest)
        if attr is None or attr[1] is None:
            attr = self._said_by_the_one_addressed(seg, lo, nest) or attr
        if (
            attr is None
            and _BARE_NESTED_RE.fullmatch(text, nest.start, nest.end)
            and _a_word_or_two_in(text, piece[0], nest.open_pos)
        ):
            attr = ("", Mention(nest.open_pos, nest.open_pos, "pronoun", word="i"))  # the speaker's own
        if attr is None:
            return None, story
        who, story = self._nested_speaker(story, attr[1], outer, seg.span.open_pos)
        ent = who.entity if who.entity is not None else outer if outer is not None and who.name == outer.name else None
        to_self = _TO_ONESELF_RE.search(text, lo, nest.open_pos) is not None  # ("I said to myself, 'Brisa, ...'")
        if ent is not None and not to_self and self._addresses(story, nest, ent):
            who = _NOBODY  # "And she said, 'Mrs. Quill, I'll find her'": not Mrs Quill's words
        elif self._child_calling_guessed(story, attr[1], who, outer, nest, seg):
            who = _NOBODY
        kind = "direct" if self._direct_like(lo, nest.open_pos, nest.start) else "partial"
        return _make_quote(text, nest.pieces, who.name, kind, attr[0], who.start, who.end, "nested"), story

    def _said_by_the_one_addressed(self, seg: Segment, lo: int, nest: Span) -> Attribution | None:
        """'"Mr Quill, you said, 'I think about her every day.' I believe you," the judge said': Mr Quill's words.

        Only where the outer quote opens with exactly that: the name, a comma, "you said" (or "you told me"), and
        the quote; None otherwise (whom "you" means is then unclear: "Mum, you said", "if you said", "they
        reported you said" name no one, or someone else).
        """
        text = self.text
        opening = seg.span.open_pos + 1
        run = self.reg.runs_by_start.get(opening)
        if run is None or run.entity is None or run.kind != "person":
            return None
        said = _YOU_SAID_RE.match(text, run.end)  # nothing else between the name and "you said"
        if said is None or said.end() != nest.open_pos:
            return None
        return said.group(1), Mention(run.start, run.end, "name", run=run)

    def _child_calling_guessed(
        self, story: Story, m: Mention | None, who: Speaker, outer: Entity | None, nest: Span, seg: Segment
    ) -> bool:
        """Is a he/she calling a parent inside a quote ("He said, 'Mum, ...'") someone only guessed at?

        '"Every night he rings and tells me, 'Mum, the lift is broken again,'" his mother said': the he is a
        child of the family the quote speaks of.  The resolver's nearest man of the article is a guess unless the
        outer quote names him or he bears the outer speaker's surname; unclear instead.
        """
        if m is None or m.kind != "pronoun" or m.word not in ("he", "she") or who.entity is None:
            return False
        if _KIN_VOCATIVE_RE.search(self.text[nest.pieces[0][0] : nest.pieces[-1][1]].strip()) is None:
            return False
        ent = who.entity
        if outer is not None and ent is not outer and ent.last and ent.last == outer.last:
            return False  # (a son of the family: "'Mum, stop fussing,' he said" of her son, Quill)
        return not any(e is ent and self.reg.in_quote(ts) for ts, e in story.named_between(seg.span.open_pos, m.start))

    def _nested_attribution(self, story: Story, piece: tuple[int, int], lo: int, nest: Span) -> Attribution | None:
        text = self.text
        attr = cues.before_open(story, text, lo, nest.open_pos)
        if attr is None:
            # "the minister told me 'no chance'": a verb and a pronoun object
            v = last_match(cues.VERB_RE, text, max(lo, nest.open_pos - 40), nest.open_pos)
            if v is not None and text[v.end() : nest.open_pos].split() in (
                [],
                ["me"],
                ["him"],
                ["her"],
                ["us"],
                ["them"],
                ["you"],
            ):
                attr = (v.group(), cues.agent_of_verb(story, text, lo, nest.open_pos, v))
        if attr is None:
            attr = self._thought(story, lo, nest.open_pos)
        if attr is None and nest.close_pos is not None:
            post = cues.after_close(story, text, nest.close_pos + 1, piece[1])
            attr = (post[0], post[1]) if post else None
        if attr is not None and _TOLD_PASSIVE_RE.search(text, max(lo, nest.open_pos - 30), nest.open_pos):
            return attr[0], None  # "I asked who, and I was told, 'We're working on that.'": nobody says who
        if attr is not None and attr[1] is not None and _someone_else_to_me(text, lo, attr[1], nest.open_pos):
            return attr[0], None  # "I had a neighbour stop me and say, '...'": not the speaker's own words
        return attr

    def _thought(self, story: Story, lo: int, opens: int) -> Attribution | None:
        """'"I remember thinking, 'It is falling apart,'" she said': a thought, the thinker's words."""
        t = _THOUGHT_BEFORE_RE.search(self.text, max(lo, opens - 40), opens)
        if t is None:
            return None
        subject = cues.subject_before(story, self.text, lo, t.start())
        if subject is None or subject.kind != "pronoun":
            # ("I remember thinking, 'Well, Otso, ...,' and then thinking, '...'": no name is the thinker)
            subject = Mention(t.start(), t.start(), "pronoun", word="i")
        return t.group(1), subject

    def _named_inside(self, story: Story, lo: int, hi: int, word: str, outer: Entity | None) -> Entity | None:
        """The last person the outer quote (its pieces in the paragraph) names before ``hi`` whom ``word`` fits."""
        g = "m" if word == "he" else "f"
        found = None
        lo = max(self.text.rfind("\n", 0, lo) + 1, lo - 600)  # the quote's earlier pieces in its paragraph, too
        for ts, ent in story.named_between(lo, hi):
            # (only the quote's own words: the reporter's don't say whom "she" means; nor a title in marks of its
            # own, "I made 'Nine Kitchens' in my mother's flat")
            if self.reg.in_quote(ts) and _named_inside_fits(story, ent, g, outer) and not self._title_in_marks(ts):
                found = ent
                # ("an old man came up and took Otso by both hands. Then he said": Otso is taken, not the one who
                # speaks, when an unnamed man of the pronoun's sex did the taking)
                if _TAKEN_BEFORE_RE.search(self.text, max(lo, ts - 12), ts) and unnamed_of_sex(self.text, lo, ts, g):
                    found = None
        return found

    def _given_name_inside(self, lo: int, hi: int, word: str) -> str | None:
        """The last lone given name of the he/she's sex in the outer quote before ``hi``, if it names nobody else.

        A first name only the speaker uses ("my friend Quessa") makes no person of the registry's (one word, in a
        quote, never speaking), so :meth:`_named_inside` cannot see it.  Only a name the speaker introduces as
        someone of theirs ("my friend", "my sister"): a lone word elsewhere is as often a nickname of someone
        named in full, a thing or a word of address.
        """
        g = "m" if word == "he" else "f"
        lo = max(self.text.rfind("\n", 0, lo) + 1, lo - 600)
        if self._run_starts is None:
            self._run_starts = sorted(self.reg.runs_by_start)
        starts = self._run_starts
        # the runs starting in [lo, hi), the last first: the last that fits is the one
        for k in range(bisect.bisect_left(starts, hi) - 1, bisect.bisect_left(starts, lo) - 1, -1):
            start = starts[k]
            run = self.reg.runs_by_start[start]
            if (
                run.quoted
                and run.entity is None
                and len(run.name_words) == 1
                and given_gender(norm(run.name_words[0])) == g
                and MY_SOMEONE_BEFORE_RE.search(self.text, max(0, start - 30), start) is not None
            ):
                return run.name_words[0]
        return None

    def _title_in_marks(self, start: int) -> bool:
        """Is the run at ``start`` all that a pair of quotation marks holds ("'Nine Kitchens'")?"""
        run = self.reg.runs_by_start.get(start)
        if run is None or start == 0 or self.text[start - 1] not in OPENING_MARKS:
            return False
        return self.text[run.end : run.end + 1] in _CLOSING_MARKS

    def _described_inside(self, story: Story, lo: int, hi: int, word: str) -> bool:
        """Does the outer quote, before ``hi``, describe a person the he/she fits ("my mother", "the farmer")?

        Only one the article never names: "my father" whom it called "her
        father, Otso Quarnby" is him.
        """
        outer_pos = lo
        lo = max(self.text.rfind("\n", 0, lo) + 1, lo - 600)
        g = "m" if word == "he" else "f"
        if self._kin_before(story, outer_pos, g):
            return True
        return any(self.reg.in_quote(at) for at, _end in self._descriptions_of_sex(story, lo, hi, g))

    def _descriptions_of_sex(self, story: Story, lo: int, hi: int, g: str) -> Iterator[tuple[int, int]]:
        """Where ``text[lo:hi]`` describes a person of sex ``g`` that no one in the article is called.

        "a lady", "my nan", "the eldest", "the bloke next to me", "a lorry driver"; not "the farmer" where someone
        is called the farmer, nor "he was the best player" (what someone is).
        """
        for d in _DESCRIBED_RE.finditer(self.text, lo, hi):
            head = d.group(1).lower()
            if head in _AGE_WORDS and not _A_PERSON_AFTER_AGE_WORD_RE.match(self.text, d.end()):
                continue  # "the oldest dinghy in the yard": an adjective, no child of anyone's
            after = _NEXT_WORD_RE.match(self.text, d.end())
            if after is not None and head not in KIN and after.group(1) in KIN:
                head = after.group(1)  # "my late husband", "our eldest son": the noun after the adjective
            elif (
                after is not None
                and not a_person_word(head)
                and a_person_word(after.group(1))
                and _PREDICATE_BEFORE_RE.search(self.text, max(0, d.start() - 12), d.start()) is None
            ):
                # "a senior officer", "the young vet": the noun after its adjective (not "he was the best
                # player": what someone is, no one else)
                head = after.group(1)
            if (
                lx.ROLE_GENDER.get(head, lx.PEOPLE_WORDS.get(head)) in (None, g)
                and a_person_word(head)
                and not has_role(story, head)
            ):
                yield d.start(), d.end()

    def _described_just_before(self, story: Story, outer_pos: int, hi: int, word: str, outer: Entity | None) -> bool:
        """Is the he/she at ``hi`` in a quote (opening at ``outer_pos``) someone the narrative just described?

        "Mr Quill said a neighbour had seen a van. 'She rang me at seven and said, "..."'": the neighbour, the
        last person of her sex before the he/she (in the quote's paragraph, or the one before where the quote
        opens its own), whom the article never names; not where a person of that sex is named after the
        description, or the description is set beside a name ("his daughter, Brisa Quill,").
        """
        text = self.text
        g = "m" if word == "he" else "f"
        para = text.rfind("\n", 0, outer_pos) + 1
        lo = prev_para_start(text, outer_pos) if not text[para:outer_pos].strip() else para
        last = None
        for at, end in self._descriptions_of_sex(story, lo, hi, g):
            beside = self.reg.runs_by_start.get(end + 2) if text[end : end + 2] == ", " else None
            if (
                not self.reg.in_quote(at)
                and text[at : at + 2].lower() in ("a ", "an")
                and not _NOT_A_NEWCOMER_BEFORE_RE.search(text, max(0, at - 16), at)
                and (beside is None or story.run_kind(beside) != "person")
            ):
                last = at
        if last is None:
            return False
        return not any(
            ent is not outer and story.kind(ent) == "person" and story.gender(ent) in (None, g)
            for _at, ent in story.named_between(last, hi)
        )

    def _kin_before(self, story: Story, pos: int, g: str) -> bool:
        """Did the narrative just before the quote at ``pos`` mention someone's unnamed relative of sex ``g``?

        "Brisa Quill said her father had been admitted. 'I rang him and he
        said, ...'": the father, whom the article never names.
        """
        text = self.text
        lo = max(0, text.rfind("\n\n", 0, text.rfind("\n\n", 0, pos)), pos - 600)
        for d in _KIN_OF_RE.finditer(text, lo, pos):
            head = d.group(1).lower()
            if self.reg.in_quote(d.start()) or lx.ROLE_GENDER.get(head) != g or has_role(story, head):
                continue
            # In a story of a family the article names ("Brisa Quill said her mother", Quessa
            # Quill named before), the relative is likely one of them: not unnamed then.
            if not self._family_named(story, g):
                return True
        return False

    def _family_named(self, story: Story, g: str) -> bool:
        """Does the article name a person of sex ``g`` who shares a surname with another person named?"""
        people = [e for e in self.reg.entities if story.kind(e) == "person" and e.last and e.name_len >= 2]
        lasts: dict[str | None, int] = {}
        for e in people:
            lasts[e.last] = lasts.get(e.last, 0) + 1
        return any(lasts[e.last] > 1 and story.gender(e) in (g, None) for e in people)

    def _parent_named_so(
        self, story: Story, m: Mention, outer: Entity | None, outer_pos: int, word: str | None = None
    ) -> Entity | None:
        """The outer speaker's parent a nested 'Dad said' or 'he said' (after 'Dad' in the quote) means.

        With ``word`` ("my dad"), only the one person it can be.
        """
        if outer is None or not outer.last:
            return None
        called = word or _parent_word(m, self.text, outer_pos, m.start)
        if called is None:
            return None
        sex = lx.ROLE_GENDER.get(called)
        # (one half of a double-barrelled surname only for one the article calls someone's child: "Their
        # daughter, Brisa Quill-Vexbury")
        child = any(h in lx.CHILD_ROLES for h, _m in story.roles(outer))
        halves = [outer.last, *outer.last.split("-")] if child else [outer.last]
        kin = [
            e
            for e in self.reg.entities
            if e is not outer and story.kind(e) == "person" and e.last in halves and story.gender(e) == sex
        ]
        parent = "father" if sex == "m" else "mother"
        named_parent = [e for e in kin if any(h == parent for h, _m in story.roles(e))]
        # not "her son, X"; nor, for "my dad", a man of the family only described otherwise ("his brother, X")
        others = [e for e in kin if not any(h in (lx.NOT_A_PARENT_ROLES if word else KIN) for h, _m in story.roles(e))]
        found = named_parent or others
        if word is not None and not named_parent and not any(h in lx.CHILD_ROLES for h, _m in story.roles(outer)):
            return None  # ("Our mother said" by one of two sisters: not the other, whom nothing calls a mother)
        if word is not None and len(found) != 1:
            return None
        return found[0] if found else None  # (several: the first named, the family's elder in a profile)

    def _nested_speaker(
        self, story: Story, m: Mention | None, outer: Entity | None, outer_pos: int
    ) -> tuple[Speaker, Story]:
        """Who the mention ``m`` in a quote by ``outer`` (opening at ``outer_pos``) names."""
        if m is None:
            return _NOBODY, story
        if m.kind == "pronoun" and m.word in ("it", "they"):
            # "it called the prose 'competent'": a thing; "They kept saying, 'Not long now'": people unnamed
            return _NOBODY, story
        kin = self._parent_named_so(story, m, outer, outer_pos)
        if kin is not None:
            # "'Dad always said, "..."'", "'Dad used to tease her. Every harvest he'd say, "..."'": the
            # speaker's father, when the article names him by the family's surname
            return Speaker(kin.name, kin, m.start, m.end), story
        if m.kind == "pronoun" and m.word in ("he", "she"):
            inside = self._named_inside(story, outer_pos, m.start, m.word, outer)
            if inside is not None:
                # "'Ysmay kept asking me to cut things. At one point she said, "..."'": the person the quote names
                return Speaker(inside.name, inside, m.start, m.end), story
            given_inside = self._given_name_inside(outer_pos, m.start, m.word)
            if given_inside is not None:
                # "'My friend Quessa sat with me. She always said, "..."'": named by the speaker alone
                return Speaker(given_inside, None, m.start, m.end), story
            if self._described_inside(story, outer_pos, m.start, m.word) or self._described_just_before(
                story, outer_pos, m.start, m.word, outer
            ):
                # "'When I told my mother, she said, "..."'": someone the speaker describes but never names
                return _NOBODY, story
        if m.kind == "pronoun" and m.word in ("i", "we"):
            return Speaker(outer.name if outer else None, None, m.start, m.end), story
        if m.kind == "role" and m.det in ("my", "our") and outer is not None:
            got = self.resolver.resolve(story, m, exclude=outer)
            if got[0].name is None and (m.head or "") in _PARENT_WORDS:
                # "'My dad said, "..."', says Elric Vexwick" after "Otso Vexwick and his son, Elric": no one
                # called his father, but the one of the family's name who is no child of it
                kin = self._parent_named_so(story, m, outer, outer_pos, m.head)
                if kin is not None:
                    return Speaker(kin.name, kin, m.start, m.end), story
            return got
        if (
            m.kind == "role"
            and m.head not in lx.DOCUMENT_HEADS
            and m.head not in lx.SPOKES_HEADS
            and not (m.head in lx.ORG_HEADS or has_role(story, m.head or ""))
        ):
            elder = self._grandparent_named_so(story, m, outer)
            if elder is not None:
                return Speaker(elder.name, elder, m.start, m.end), story
            return _NOBODY, story  # "The nurse said, 'Mrs Vexmoor...'": nobody named so
        got = self.resolver.resolve(story, m, exclude=outer, pos=outer_pos)
        ent = got[0].entity
        if m.kind == "pronoun" and m.word in ("he", "she") and ent is not None:
            if self._last_named_long_before(story, ent, outer, outer_pos, m.start):
                return _NOBODY, story
        return got

    def _grandparent_named_so(self, story: Story, m: Mention, outer: Entity | None) -> Entity | None:
        """The outer speaker's grandparent a nested "Gran used to say" means: the one other of their surname.

        Only a grandparent called so with a capital and no determiner, where the article gave nobody that role,
        and only where one person alone, named in full, shares the speaker's surname and the word's sex.
        """
        head = lx.ROLE_SYNONYMS.get(m.head or "", m.head or "")
        if head not in ("grandmother", "grandfather") or m.det is not None or outer is None or not outer.last:
            return None
        if not self.text[m.start : m.start + 1].isupper():
            return None
        sex = "f" if head == "grandmother" else "m"
        halves = {outer.last, *outer.last.split("-")}
        kin = [
            e
            for e in self.reg.entities
            if e is not outer
            and story.kind(e) == "person"
            and e.name_len >= 2
            and e.last in halves
            and story.gender(e) == sex  # (of a known sex: "Sam Quill, 34" may be anyone of the family)
            # (not one the article made another relative: "her mother, Y Quill" is no "Gran", nor a sister-in-law)
            and not any(_another_relative_word(h) for h, _m in story.roles(e))
        ]
        if len(kin) != 1 or self._a_generation_apart(outer, kin[0]):
            return None
        return kin[0]

    def _a_generation_apart(self, younger: Entity, elder: Entity) -> bool:
        """Are the ages given beside the two names ("Carol Quill, 58, and Lucy Quill, 31") under 40 years apart?"""
        ages = []
        for ent in (younger, elder):
            at = self.text.find(ent.name)
            m = AGE_APPOS_RE.match(self.text, at + len(ent.name)) if at >= 0 else None
            ages.append(int(m.group(1) or m.group(2)) if m is not None else None)
        return ages[0] is not None and ages[1] is not None and ages[1] - ages[0] < 40

    def _last_named_long_before(self, story: Story, ent: Entity, outer: Entity | None, outer_pos: int, at: int) -> bool:
        """Was ``ent``, whom a he/she at ``at`` in a quote was taken for, last named two paragraphs or more back?

        Not named (by name, or a role the article gave them) in the quote's paragraph or the one before, and not
        the one the article is about: the he/she is then as often someone the speaker only describes ("their
        father", "the janitor") or another the story names nearer, and a guess is as often wrong as right.
        """
        para = self.text.rfind("\n", 0, outer_pos) + 1
        lo = prev_para_start(self.text, para) if para else 0
        if story.named_since(ent, at, at - lo) or any(e is ent for _ts, e in story.named_between(lo, at)):
            return False
        first = next((e for _ts, e in story.named_between(0, outer_pos) if story.kind(e) == "person"), None)
        if first is ent:
            # the first person the article names, in a quote or out: an obituary's or a profile's, a he/she all
            # along (pronouns._first_person, named outside quotes only, measured: 8 better, 5 worse)
            return False
        return most_named_person(story, outer_pos, exclude=outer) is not ent


def _someone_else_to_me(text: str, lo: int, m: Mention, opens: int) -> bool:
    """Is the I or we that an inner quote's verb found (``m``) not who says it, but who heard it or was sent it?

    The speaker says "I" of themselves but what follows is another's: "I had a neighbour stop me and say",
    "I got a letter back saying", "we were told at the desk", "I remember him saying", "she came over when I
    was five and said", "the first man I reached grabbed my arm and said".  Whoever it is, the speaker does
    not say it here, so nobody by name (the outer quote opens at or after ``lo``).  Each shape is narrow: "I had
    a chat with him and said", "I sent a text saying", "I heard the news and rang to say", "everyone laughed
    when I walked in and said" and "the first person I rang and told" are the speaker's own.
    """
    if m.kind != "pronoun" or m.word not in ("i", "we"):
        return False
    between = text[m.end : opens]
    had = _HAD_SOMEONE_RE.match(between)
    if had is not None and any(_someone_word(w.lower()) for w in had.group(1).split()):
        return True  # "I had a neighbour stop me and say", "we've had grandmothers come up and say"
    if _RECEIVED_SAYING_RE.search(between) or _TOLD_AT_RE.search(between) or _HEARD_SAYING_RE.search(between):
        return True
    before = text[max(lo, m.start - 40) : m.start]
    if _SUBORDINATE_BEFORE_RE.search(before) and _BACKGROUND_THEN_AND_RE.match(between):
        # "she brought me here when I was five and said": the I only dates it (not "I cried the day I turned
        # eighteen and told her": the I's own sentence)
        return _I_OR_WE_RE.search(before) is None
    rel = _PERSON_THEN_I_RE.search(before)
    return rel is not None and a_person_word(rel.group(1)) and not _OWN_VERB_AND_RE.match(between)


def _someone_word(w: str) -> bool:
    """Is the (lower-case) word, or its singular, a noun for a person or for people ("a neighbour", "people")?"""
    return w in _ANYONE_WORDS or a_person_word(w) or a_person_word(w.removesuffix("s"))


#: Words for people in general, whom nothing else names a person: "had people email me", "had a caller say".
_ANYONE_WORDS = frozenset("people someone somebody everyone everybody constituent constituents caller callers".split())
#: "I had a neighbour stop me ... and say", "we've had grandmothers come up and tell me": someone the I had do
#: something, the verb of saying in its bare form (not "I had the manager on the phone and said": the I's own).
_HAD_SOMEONE_RE = re.compile(
    r"(?:['\u2019](?:ve|d)| (?:have|has|had|would have))?(?: (?:just|once|even|already|often|also))? "
    r"(?:had|have) (?!to\b|been\b)((?:[A-Za-z\-]+ ){1,4})[^.;:!?]*"
    r"(?<!\bto )\b(?:say|ask|tell|shout|yell|go|saying|asking|telling|shouting)(?: (?:me|us|him|her|them))?\W*$"
)
#: "I got a reply saying", "a letter on my fridge from the council saying": a document come to the I, its words
#: (not "I sent a text saying": the I's own).
_RECEIVED_SAYING_RE = re.compile(
    r"^(?:['\u2019]ve|\s(?:have|had|just|then|once|later|finally))*\s*(?:got|get|received|had)\b[^.;:!?]{0,80}?"
    r"\b(?:reply|letter|text|message|e-?mail|note|voicemail|memo|notice|response|call|WhatsApp|card|postcard)\b"
    r"[^.;:!?]{0,60}\b(?:saying|reading|that (?:said|read)|which (?:said|read))\W*$"
)
#: "we were told at the desk, ", "I was told last spring, and I quote, ", "we're told ", "I was asked, ": by nobody
#: named (not "told off", "told to say", "told by Y").
_TOLD_AT_RE = re.compile(
    r"^(?:['\u2019](?:re|m|ve been)|(?: (?:just|only|always|simply|repeatedly|then|later))? "
    r"(?:was|were|am|are|have been|had been|keep being|kept being|got|get))"
    r" (?:just |only |simply |always |repeatedly )?(?:told|asked)(?! (?:by|off|to)\b)(?: [^,.;:!?]{1,30})?"
    r"(?:, (?:and I quote|I quote|quote|word for word|in writing),)?[,:]?\s*$"
)
#: "I remember him saying", "we heard the deputy on the loudspeaker saying": someone else heard saying it (the
#: verb the one heard's own: no "and" or "to" before it, "I heard the news and rang to say"; after "saw" or
#: "watched" no comma either, "I watched the footage again, saying": the I's own).
_HEARD_SAYING_RE = re.compile(
    r"^[^.;:!?]{0,30}\b(?:(?:heard?|hearing|remember(?:s|ed)?) |(?:saw|see|seeing|watched|watching) (?=[^,]*$))"
    r"(?:him|her|them|the|a|an|this|that|my|his|our|their|one|[A-Z][a-z]+)\b"
    r"(?:(?! and\b| to\b)[^.;:!?]){0,60}?"
    r"\b(?:saying|shouting|yelling|screaming|calling|telling|asking|going|say|shout|yell|scream|go)\W*$"
)
#: An I or we: in the words before a clause of time, the sentence's own subject.
_I_OR_WE_RE = re.compile(r"\b(?:I|[Ww]e)\b")
#: "... brought me here when " right before the I: a clause of time inside another's sentence.
_SUBORDINATE_BEFORE_RE = re.compile(
    r"\w[\w,']* (?:when|the (?:day|night|morning|evening|week|time)|after|before|until) $"
)
#: " was five and ", " turned eighteen and ": the I's clause only a time ("when I was five"), then another's verb.
_BACKGROUND_THEN_AND_RE = re.compile(r" (?:was|were|turned) (?:[\w\-]+ ){0,3}?[\w\-]+,? and ")
#: "The first man " right before the I: the man of a clause with the I in it ("The first man I reached ...").
_PERSON_THEN_I_RE = re.compile(r"\b[Tt]he (?:first|last|only|next) ([a-z]+) $")
#: " rang and ": the I's own verb joined to another ("The only person I rang and told, '...'": the I tells).
_OWN_VERB_AND_RE = re.compile(r" [a-z]+ and ")


def _a_person_noun(owned: str) -> bool:
    """Is the last word of "'s son, " or "'s new head coach, " a noun for a person (a relative or a role)?"""
    words = owned.rstrip(", ").split()
    return bool(words) and (words[-1] in KIN or words[-1] in lx.ROLE_HEADS)


def _opens_upper(text: str, start: int) -> bool:
    """Does the piece at ``start`` open with a capital, past a quote inside it that opens it ('"\'If the ...')?"""
    while start < len(text) and text[start] in OPENING_MARKS:
        start += 1
    return text[start : start + 1].isupper()


#: ", 20, read a statement", " read out a letter": a name reading something out (a statement, the family's words).
_READ_AFTER_RE = re.compile(r"(?:, [^,.;:]{1,40})?,? read (?:out )?(?:a |the |an )")
#: Words before a name that make it someone spoken of, not one taking part: "studied with Y", "a poster of Y".
_SPOKEN_OF_BEFORE = frozenset({"with", "of", "by", "for", "about", "under", "after", "from", "to", "like"})
#: A paragraph that opens on someone unnamed: "A midwife on the ward agreed to talk", "One resident said".
_UNNAMED_OPENING_RE = re.compile(r"(?:A|An|One) (?:[a-z\-]+ ){0,2}?([a-z]+)\b")
#: Those who put questions at a news conference, one after another: not one caller answering back.
_NEWS_CONFERENCE_ASKERS = frozenset({"reporter", "reporters", "journalist", "journalists", "correspondent"})
#: People asked in a street, a hall or a crowd: "We asked shoppers", "We spoke to residents".
_PEOPLE_ASKED = frozenset(
    "shopper customer visitor local people fan voter reader neighbour neighbor commuter diner guest member passenger"
    " resident parent pupil student worker".split()
)
#: How an interview's introduction gives a guest it does not name: the noun opening a sentence ("A spokeswoman
#: for X answered", "His sister spoke to us"), the one spoken to ("We asked shoppers"), or a pair ("in their kitchen").
_GUEST_BY_A_NOUN_RE = re.compile(
    r"\b(?:in|at) their (?:[a-z]+ )?(?:home|house|kitchen|room|flat|cottage|farm)\b|\bthe couple\b"
    r"|(?:^|(?<=[.!?] ))(?:A|An|One|His|Her|Their|Our|Two|Some) (?:[a-z\-]+ ){0,2}?([a-z]+)\b"
    r"|\b(?:spoke to|spoke with|talked to|talked with|met|asked|interviewed) "
    r"(?:his |her |their |the |some |two |three |a |an )?(?:[a-z\-]+ )??([a-z]+)\b",
    re.MULTILINE,
)
#: A name, then in its sentence "asked him why": the one who puts the questions.
_ASKED_AFTER_RE = re.compile(r"[^.\n]{0,160}\basked (?:him|her|them) (?:why|what|how|whether|if|when|where|who)\b")
#: "Photographs by ": a credit, for someone who takes no part.
_CREDITED_RE = re.compile(r"\b(?:Photographs?|Photos?|Pictures?|Illustrations?) by ", re.IGNORECASE)
#: Words that make the one a sentence names a newspaper's writer: "chief interviewer", "began the series".
_PRESS_WORDS_RE = re.compile(r"\b(?:" + "|".join(sorted(lx.PRESS_ROLES)) + r"|series|column)\b")
#: What makes a text read out someone else's: "on her behalf", "she had written", "written by", "from him".
_SOMEONE_ELSES_WORDS_RE = re.compile(
    r"\bon (?:her|his|their) behalf\b|\bhad written\b|\bwritten by\b|\bfrom (?:her|him|them)\b"
    r"|\bon behalf of (?!the family|(?:his|her|their) family)"
)
#: "'s son, ", "'s chief executive, ": after a name in the possessive, what it owns and a comma before a name.
_OWNED_APPOSED_RE = re.compile(r"(?:['\u2019]s)? (?:[a-z\-]+ ){0,3}[a-z\-]+, ")
#: A relative by a possessive, as a mention of its own: "his brother", "her mother".
_HIS_KIN_RE = re.compile(r"(?:[Hh]is|[Hh]er) ([a-z]+)\b")
#: "his father, ", "her old coach, ": a noun that is someone's, set just before a name beside it (with its comma: "by
#: his neighbour Y" and "lost his seat to Y" are no relation that keeps Y from speaking).
_HIS_SOMEONE_BEFORE_RE = re.compile(r"\b(?:his|her) (?:[a-z\-]+ ){0,2}[a-z\-]+, $")
#: ", she tells me later", " he says afterwards, by the door": a he/she's verb, then words that put what they
#: say at another time than the question just asked.
_LATER_RE = re.compile(
    r" [a-z]+(?: (?:me|us|reporters))?,?(?: [a-z]+){0,2} "
    r"(?:later|afterwards|since|these days|that (?:night|evening)|the next (?:day|morning))\b"
)
#: What befalls someone rather than what they do: "was killed", "has been missing", "died", "was jailed".
_NOT_THE_DOER_RE = re.compile(
    r"\b(?:was|were|is|are|has been|had been|have been) (?:[a-z]+ly )?(?:killed|charged|jailed|buried|arrested|found"
    r"|missing|injured|hurt|convicted|sentenced|taken|held|detained|stabbed|shot|hit|struck|swept|lost|rescued|"
    r"admitted|hospitali[sz]ed|cremated|remanded)\b"
    r"|\b(?:died|dies|drowned|vanished|disappeared|passed away|went missing)\b"
)
#: What sets someone up to speak next: facing the press, pressing or being asked, remembering, a mood to show.
_SETS_UP_SPEECH_RE = re.compile(
    r"\b(?:faced|faces|spoke|speaks|pressed|presses|asked|asks|questioned|questions|cross-examined|remembers|"
    r"remembered|recalls|recalled|reflected|reflects|explained|explains|insisted|insists|admitted|admits|"
    r"took questions|was (?:more|less|rather|much|far) \w+|was blunter)\b"
)
#: "asks him", "told her": the one spoken to after a piece, who may answer in the next.
_ASKED_OBJECT_RE = re.compile(r"\b(?:asks|asked|tells|told|says to|said to) (him|her)\b")
#: What may close a sentence after a question's mark: quote marks and a stop.
_CLOSING_OR_STOP = frozenset("\u201d\u2019\"'.!")


def _two_speakers(text: str, m1: Mention | None, m2: Mention | None) -> bool:
    """Do two cues name different speakers: two different pronouns, or two names neither of which holds the other?"""
    if m1 is None or m2 is None or m1.kind != m2.kind or m1.kind not in ("pronoun", "name"):
        return False
    w1, w2 = text[m1.start : m1.end].casefold(), text[m2.start : m2.end].casefold()
    return w1 != w2 if m1.kind == "pronoun" else w1 not in w2 and w2 not in w1


def _puts_a_question(quote: str) -> bool:
    """Does a quote end with a question, or open with one of three words or more?

    "Would you have spent more? Be honest." puts a question.
    """
    if quote.rstrip().endswith("?"):
        return True
    m = _FIRST_SENTENCE_RE.match(quote)
    return m is not None and m.group().endswith("?") and len(m.group().split()) >= 3


def _another_relative_word(role: str) -> bool:
    """Is ``role`` a relative's word other than a grandparent's ("mother", "sister-in-law", "great-niece")?"""
    parts = role.replace("-", " ").split()
    return role not in ("grandmother", "grandfather") and any(p in KIN for p in parts)


def _parent_word(m: Mention, text: str, lo: int, hi: int) -> str | None:
    """'Dad', 'Mum': a parent called by a capitalised word, as the mention or earlier in the quote."""
    if m.kind == "role" and (m.head or "") in _PARENT_WORDS:
        if m.det is None and text[m.start : m.start + 1].isupper():
            return m.head
    if m.kind == "pronoun" and m.word in ("he", "she"):
        for w in _PARENT_WORD_RE.finditer(text, lo, hi):
            if lx.ROLE_GENDER.get(w.group(1).lower()) == ("m" if m.word == "he" else "f"):
                return w.group(1).lower()
    return None


#: Words opening a clause of time, cause or concession: "two winters after he had warned", "because".
_SUBORDINATOR_RE = re.compile(r"\b(?:after|before|when|because|since|until|while|although|though|if)\b")

#: A verb that takes the person after it as its object: "took ", "hugged ", "grabbed ".
_TAKEN_BEFORE_RE = re.compile(r"\b(?:took|grabbed|held|hugged|kissed|thanked|shook|stopped|collared)\s+$")


def _asker_above(text: str, at: int) -> int:
    """How surely a name above an interview's introduction asks: 3 for a byline ("By X"), 2 for "X ... asked him"."""
    line = text.rfind("\n", 0, at) + 1
    if line == at - 3 and BYLINE_RE.match(text, line):
        return 3
    return 2 if _ASKED_AFTER_RE.match(text, at) else 0


def _named_inside_fits(story: Story, ent: Entity, g: str, outer: Entity | None) -> bool:
    return ent is not outer and story.kind(ent) == "person" and story.gender(ent) in (None, g)


def _spokesperson(sentence: str, word: str) -> bool:
    """Does the sentence open with a spokesman or spokeswoman (or spokesperson) whom a he or she (``word``) can be?"""
    m = _SPOKES_SUBJECT_RE.match(sentence.lstrip())
    if m is None:
        return False
    sex = {"spokesman": "m", "spokeswoman": "f"}.get(m.group(1).lower())
    return sex is None or sex == ("m" if word == "he" else "f")


def _asking(cue: str | None, text: str) -> bool:
    """Does a quote ending in "?" put a question to someone (so the next unattributed turn answers it)?

    Yes when a verb of asking introduces it ("asked", "pressed"), or when a
    short one follows a colon ("X intervened: 'Will the councillor tell us
    ...?'"); not a speaker's own rhetorical question ("'Retire to what?' she
    says") nor the words of a message read out.
    """
    c = (cue or "").lower()
    return c in _ASKING or (c == ":" and len(text.split()) <= _QUESTION_WORDS)


def method_of(m: Mention) -> str:
    """How a speaker named by the mention ``m`` beside a quote was found (see reader.model.QUOTE_METHODS)."""
    if m.kind == "pronoun":
        return "pronoun"
    if m.kind == "org":
        return "organisation"
    if m.kind == "role":
        if m.head in lx.DOCUMENT_HEADS:
            return "statement"
        if m.head in lx.SPOKES_HEADS or (m.head in lx.ORG_HEADS and m.head not in lx.ROLE_HEADS):
            return "organisation"  # "a spokesperson said", "the council said"
        return "role"
    return "name"


def _continued(last: Last) -> Speaker:
    """The speaker of the previous quote, continued."""
    q, ent, _para = last
    return Speaker(q.speaker, ent, q.speaker_start, q.speaker_end)


#: The small words a title leaves in lower case ("The Banks of the Quell").
_TITLE_SMALL = frozenset({"a", "an", "the", "of", "and", "in", "on", "at", "to", "for", "or", "with", "de"})


def _title_case(content: str) -> bool:
    ws = [w for w in content.split() if w[:1].isalpha()]
    return (
        bool(ws) and all(w[0].isupper() or w in _TITLE_SMALL for w in ws) and content[-1:] not in _SENT_PUNCT + ","
    )


def _ends_sentence(text: str, seg: Segment) -> bool:
    """An unattributed quote is kept only if it is a sentence of its own."""
    s, e = seg.span.pieces[-1]
    return text[e - 1 : e] in _SENT_PUNCT + "," and text[seg.span.start].isupper()


def _make_quote(
    text: str,
    pieces: list[tuple[int, int]],
    speaker: str | None,
    kind: str,
    cue: str | None,
    sstart: int | None,
    send: int | None,
    method: str | None = None,
) -> Quote:
    start, end = pieces[0][0], pieces[-1][1]
    body = " ".join(text[s:e] for s, e in pieces) if len(pieces) > 1 else text[start:end]
    description = None
    if speaker is None:
        description = describe.described_mention(text, sstart, send, pieces)
        sstart = send = method = None
    return Quote(
        text=body,
        start=start,
        end=end,
        speaker=speaker,
        kind=kind,
        cue=cue,
        speaker_start=sstart,
        speaker_end=send,
        pieces=tuple(pieces),
        method=method,
        speaker_description=description,
    )


#: Between a quote and the next, only a second verb of the same speaker: '" and added: ', '", and then asked the
#: chairman: ', '" before adding: ', '", but added: ' (no subject of its own: not '" and the employer then said: ').
_AND_THEN_SAID_RE = re.compile(
    r"[\"'\u201d\u2019]?[,;]?[\"'\u201d\u2019]? (?P<conj>and|before|then|but) "
    r"(?:then |later |also |finally )?(?P<verb>[a-z]+)"
    r"(?P<object>(?: (?:the |a |an )?[a-z]+){0,2}?)[:,]? ?[\"'\u201c\u2018]?"
)
#: Words that put a questioning in the past, before the one now: "last week", "a week earlier", "on Tuesday;".
_EARLIER_AFTER_RE = re.compile(
    r"\b(?:last (?:week|month|year)|(?:a|one|two|three) (?:day|week|month|year)s? (?:earlier|ago|before)|earlier"
    r"|previously|in \d{4})\b|;"
)
#: A verb that reports somebody's words before the speaker's mention: "Ms Y said Mr X ...".
_REPORTED_BEFORE_RE = re.compile(
    r"(?<!were )(?<!was )(?<!been )(?<!n't )(?<!n\u2019t )(?<!be )"  # (not "Asked why they weren't told sooner, X")
    r"\b(?:said|says|told|tells|claimed|claims|insisted|insists|alleged|alleges)\b"
)


def _joined_to_the_quote_before(text: str, quotes: list[Quote]) -> list[Quote]:
    """Give a quote left without a speaker the speaker of the quote just before, when a verb joins them.

    'Coach X said it was "a bad day" and added: "We were lucky."': the second verb has the first one's
    subject, whom the words between the quotes do not repeat (nothing but "and", perhaps an adverb, the verb
    and its object) -- unless that subject sits in somebody else's reported words ("Ms Y said Mr X had told
    her '...' and then added" is Y's, not X's).
    """
    out = list(quotes)
    for i in range(1, len(out)):
        q, prev = out[i], out[i - 1]
        if q.speaker is not None or prev.speaker is None or prev.end >= q.start or q.start - prev.end > 40:
            continue
        m = _AND_THEN_SAID_RE.fullmatch(text, prev.end, q.start)
        if m is None or m.group("verb") not in lx.SPEECH_VERBS or not _speaks_in_own_right(text, prev):
            continue
        if m.group("conj") == "but" and (m.group("object") or not m.group("verb").endswith("ed")):
            continue  # ('"sound", but countered the mayor:', '"sound", but say residents:': the other side speaks)
        out[i] = replace(
            q,
            speaker=prev.speaker,
            speaker_start=prev.speaker_start,
            speaker_end=prev.speaker_end,
            method=prev.method,
            cue=m.group("verb"),
        )
    return out


def _speaks_in_own_right(text: str, q: Quote) -> bool:
    """Is the speaker mention of ``q`` before it, and not inside what somebody else said?

    "Ms Y said Mr X had told her the deal was '...'": X sits in Y's reported words, a guess at best.
    """
    at = q.speaker_start
    if at is None or at >= q.start:
        return False
    return _REPORTED_BEFORE_RE.search(text, sentence_start(text, at), at) is None


def extract_quotes(
    text: str, blocks: Sequence[Block] | None = None, *, unclear_below: float = confidence.ABSTAIN_BELOW
) -> list[Quote]:
    """Every quotation in ``text`` with its speaker, in article order.

    ``blocks`` are the article's block spans; without them the text is split
    on blank lines.  Nested quotes follow the quote they sit in.  A speaker
    less likely right than ``unclear_below`` is left empty ("speaker
    unclear"); ``unclear_below=0`` keeps the rules' every guess.
    """
    if not text:
        return []
    paras = paragraphs(text, blocks)
    spans = find_spans(text, paras)
    if not spans:
        return []  # (no quotation marks, no quotes: the names in it need not be read)
    return Extractor(text, paras, spans).run(unclear_below)


def _so_called(before: str) -> bool:
    """Do the words right before a quote end "so-called", "dubbed", "known as" (:data:`_SO_CALLED_RE`)?"""
    return before.rstrip().lower().endswith(_SO_CALLED_ENDS) and _SO_CALLED_RE.search(before) is not None


def _a_nickname(text: str, lo: int, sp: Span) -> bool:
    """Is the one-piece quote ``sp`` a name someone or something is called by ("called him 'Curly'")?

    Four words at most, in capitals ("the Bank of Quell"), right after "call(s/ed) him/her/me/it/them ".
    """
    if len(sp.pieces) != 1 or sp.close_pos is None:
        return False
    content = text[sp.pieces[0][0] : sp.pieces[0][1]]
    return (
        len(content.split(None, 4)) <= 4  # (four words at most: a long quote is not split to the end)
        and _A_GIVEN_NAME_RE.fullmatch(content) is not None
        and _CALLS_ONE_RE.search(text, lo, sp.open_pos) is not None
    )


#: Writing or singing a work, right before its title: "I wrote 'Quell Road' in a week".
_WROTE_RE = re.compile(rf"\b(?:wrote|write|writes|written|recorded|released|{alternation(_SUNG_VERBS)})\s*$")


def _a_name_or_term(text: str, lo: int, sp: Span) -> bool:
    """Is the one-piece quote ``sp`` (inside another) a so-called term, or a title named or written just before?

    '"the so-called 'grey belt'"', '"It's called 'Late Start,'"', '"I wrote 'Quell Road'"' (a title with capitals,
    two words or more, not all in capitals, after writing or singing).
    """
    if len(sp.pieces) != 1 or sp.close_pos is None:
        return False
    before = text[max(lo, sp.open_pos - 25) : sp.open_pos]
    if _so_called(before):
        return True
    content = text[sp.pieces[0][0] : sp.pieces[0][1]].rstrip(",.")
    if not _title_case(content):
        return False
    if _NAMED_RE.search(before) is not None:
        return True
    # (a sign written in capitals is its words: '"I wrote 'CASH ONLY' on a card"')
    return len(content.split()) >= 2 and not content.isupper() and _WROTE_RE.search(before) is not None


def _an_illness(content: str) -> bool:
    """Is the quoted phrase the name of an illness: four words at most, ending in one of :data:`_ILLNESS_HEADS`?

    ("Pontiac fever,", "post-viral fatigue syndrome"; not "It is a disease," or "the tourist disease".)
    """
    words = content.rstrip(",.;:!? ").rsplit(None, 4)  # (the words if four at most, else five parts: not split further)
    return (
        0 < len(words) <= 4
        and words[-1].lower() in _ILLNESS_HEADS
        and _NOT_A_NAME_OPENING.isdisjoint(w.lower() for w in words)
    )


def _repeats(text: str, pieces: list[tuple[int, int]]) -> bool:
    """Do the quoted pieces say one word again and again ("Ezio, Ezio", "Na-di-a, Na-di-a"): a chant?

    Small words do not count: "The Banks of the Quell" says "the" twice, and is a song's title.
    """
    ws = [w for s, e in pieces for w in map(str.lower, _CHANT_WORD_RE.findall(text, s, e)) if w not in _TITLE_SMALL]
    return len(ws) >= 2 and len(set(ws)) < len(ws)


#: A quote inside a quote that is a sentence of its own: a capital, two words or more, its own end.
_BARE_NESTED_RE = re.compile(r"[A-Z][^\n]*\s[^\n]*[.!?,]")


def _a_word_or_two_in(text: str, lo: int, pos: int) -> bool:
    """Does the inner quote opening at ``pos`` start a sentence of the outer quote (from ``lo``), a word or two in?

    '"Honestly? 'Don't fall.'"', '"Mostly, 'Where is the extinguisher?'"': the speaker's own thought or words
    ('"The answer was always, 'We are recruiting.'"' is somebody else's).
    """
    before = text[lo:pos].rstrip()
    if before and before[-1] not in ".!?:,":
        return False
    k = max(before.rfind(c) for c in ".!?")
    return len(before[k + 1 :].split()) <= 2


#: Words one says to oneself, calling oneself by name: "I said to myself", "she told herself".
_TO_ONESELF_RE = re.compile(r"\b(?:myself|himself|herself|themselves|ourselves)\b")

#: A title right before a name, ending the text before it: "Mr ", "Dr. ".
_VOCATIVE_TITLE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.? $")


def _capital_at_a_start(said: str, lowered: str, lw: str) -> bool:
    """Does ``lw`` (lower case, ASCII) open ``said`` or a sentence in it (after ". ", "! ", "? "), capitalised?

    ``lowered`` is ``said.lower()``, of the same length (no "İ" in ``said``).  What a match of the pattern in
    :meth:`Extractor._opens_on_own_name` needs before its capital is read.
    """
    i = lowered.find(lw)
    while i >= 0:
        if said[i].isupper() and (i == 0 or said[i - 2 : i] in (". ", "! ", "? ")):
            return True
        i = lowered.find(lw, i + 1)
    return False


#: The only characters outside ASCII that re.IGNORECASE matches to ASCII ones: "İ", "ı", "ſ" and the Kelvin sign.
_ASCII_CASE_TWINS = ("\u0130", "\u0131", "\u017f", "\u212a")


@functools.lru_cache(maxsize=4096)
def _word_re(w: str) -> re.Pattern[str]:
    """The word ``w`` on its own, in any case (compiled once per word)."""
    return re.compile(rf"\b{re.escape(w)}\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _own_name_re(w: str) -> re.Pattern[str]:
    """The name ``w`` opening a sentence as its subject ("Otso went", "Otso's"), in any case (compiled once)."""
    return re.compile(rf"(?:^|(?<=[.!?] )){re.escape(w)}(?:'s|\u2019s)? [a-z]", re.IGNORECASE)


def _speaks_of(said: str, ent: Entity) -> bool:
    """Does ``said`` name ``ent`` other than to address them ("Althea is ...", not "..., Aurek.")?"""
    # (most quotes never name the person: an ASCII word matches, in any case, only where its lower case is in the
    # quote's lower case -- unless the quote holds one of the four letters outside ASCII that match ASCII ones)
    lowered = None if any(c in said for c in _ASCII_CASE_TWINS) else said.lower()
    for w in {w for w in (ent.first, ent.last) if w is not None}:
        if lowered is not None and w.isascii() and w.lower() not in lowered:
            continue  # (and the word's pattern, new for every name, is not compiled)
        for m in _word_re(w).finditer(said):
            before = _VOCATIVE_TITLE_RE.sub("", said[max(0, m.start() - 12) : m.start()])  # ("..., Mr Quill.")
            vocative = before.endswith(", ") or said[m.end() : m.end() + 1] == ","
            if not vocative:
                return True
    return False


def _before_s(text: str, end: int) -> int:
    """Where a possessive "'s" that ends ``text[:end]`` begins (else ``end``)."""
    return end - 2 if text.endswith(("'s", "\u2019s"), 0, end) else end


def _words(text: str, pieces: Sequence[tuple[int, int]]) -> int:
    """How many words the quoted pieces hold."""
    return sum(len(text[s:e].split()) for s, e in pieces)
