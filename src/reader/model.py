"""Plain data types shared by every part of reader.

Nothing here does I/O. Offsets are always indices into an article's canonical
text (Python ``str`` indices, i.e. code points), end exclusive.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

#: Block kinds an article body is made of.
BLOCK_KINDS = ("heading", "paragraph", "blockquote", "list_item", "figure")

#: Words a minute used for the reading-time estimate.
WORDS_PER_MINUTE = 230


def minutes_to_read(words: int) -> int:
    """Minutes to read ``words`` words, rounded up (0 for none): one figure for the library card and the article."""
    return max(1, math.ceil(words / WORDS_PER_MINUTE)) if words else 0


@dataclass(frozen=True, slots=True)
class Block:
    """One block of an article: its kind and its span in the canonical text."""

    kind: str
    start: int
    end: int
    level: int = 0  # heading level (1-6) or list nesting; 0 when not relevant
    src: str | None = None  # a figure's image (an http(s) address); its text is the alt text or caption

    def to_dict(self) -> dict:
        d = {"kind": self.kind, "start": self.start, "end": self.end, "level": self.level}
        if self.src is not None:
            d["src"] = self.src
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Block:
        return cls(d["kind"], int(d["start"]), int(d["end"]), int(d.get("level", 0)), d.get("src"))


@dataclass(slots=True)
class Article:
    """An article: a title, its metadata and one canonical plain text.

    ``blocks`` cover ``text``: consecutive blocks are separated by exactly
    ``"\\n\\n"`` in the canonical text.
    """

    title: str
    text: str
    blocks: list[Block] = field(default_factory=list)
    source: str | None = None  # the file path or URL it came from
    url: str | None = None  # canonical URL, when known
    author: str | None = None
    site: str | None = None
    published: str | None = None  # ISO date, as the page gives it
    added: str | None = None  # ISO timestamp, set by the library
    language: str | None = None
    description: str | None = None
    id: int | None = None
    # (the text counted, its word count): counting a 50,000-paragraph text takes ~30 ms
    _words: tuple[str, int] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def word_count(self) -> int:
        if self._words is None or self._words[0] is not self.text:
            self._words = (self.text, len(self.text.split()))
        return self._words[1]

    @property
    def reading_minutes(self) -> int:
        return minutes_to_read(self.word_count)

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]


@dataclass(slots=True)
class ArticleSummary:
    """A row of the library list: enough to show, without the text."""

    id: int
    title: str
    site: str | None
    author: str | None
    published: str | None
    added: str
    word_count: int
    source: str | None
    read: bool = False
    favourite: bool = False
    archived: bool = False
    progress: float = 0.0  # 0..1: how far the reader got
    tags: list[str] = field(default_factory=list)
    highlights: int = 0  # how many highlights the article has
    fetch_status: str | None = None  # a link still without its text: waiting, failed or missing

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "site": self.site,
            "author": self.author,
            "published": self.published,
            "added": self.added,
            "word_count": self.word_count,
            "source": self.source,
            "read": self.read,
            "favourite": self.favourite,
            "archived": self.archived,
            "progress": round(self.progress, 4),
            "tags": list(self.tags),
            "highlights": self.highlights,
            "fetch_status": self.fetch_status,
        }


#: What a quote without a speaker shows in its place.
UNCLEAR_SPEAKER = "Speaker unclear"
#: The group, in a list by speaker, of the quotes whose speakers the article describes but does not name.
NOT_NAMED = "Not named"


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation found in an article's canonical text.

    ``start``/``end`` span the quoted words without their marks; a quote in
    several pieces (split by its attribution, or running over paragraphs) runs
    from the first piece's start to the last piece's end, and ``pieces`` keeps
    each piece's own span. ``text`` is the pieces joined by one space.
    """

    text: str
    start: int
    end: int
    speaker: str | None = None
    kind: str = "direct"  # "direct" | "partial"; speaker None when unattributed
    cue: str | None = None
    speaker_start: int | None = None  # the mention the speaker was resolved from
    speaker_end: int | None = None
    pieces: tuple[tuple[int, int], ...] = ()
    #: How the speaker was found (see :data:`QUOTE_METHODS`), and how often
    #: that way is right (0..1); both None when there is no speaker.
    method: str | None = None
    confidence: float | None = None
    #: How the article describes a speaker it does not name, in its own words ("a person familiar with the
    #: talks", "one senior official"); only when ``speaker`` is None.
    speaker_description: str | None = None

    def __post_init__(self) -> None:
        # (a description only ever stands where no name does, never blank: whatever built the quote, a backup too)
        if self.speaker_description is None:
            return  # (nearly every quote: nothing to do when a long article's quotes are read back)
        d = " ".join(self.speaker_description.split()) or None
        if self.speaker or d != self.speaker_description:
            object.__setattr__(self, "speaker_description", None if self.speaker else d)

    @property
    def who(self) -> str:
        """The speaker as the reader sees it: the name, else the article's words for them, else "Speaker unclear"."""
        if self.speaker:
            return self.speaker
        if self.speaker_description:
            return self.speaker_description[0].upper() + self.speaker_description[1:]
        return UNCLEAR_SPEAKER

    def piece_texts(self) -> list[str]:
        """The quote's pieces as the writer split them (``text`` is them joined by one space)."""
        spans = self.pieces or ((self.start, self.end),)
        lengths = [e - s for s, e in spans]
        if len(spans) < 2 or sum(lengths) + len(spans) - 1 != len(self.text):
            return [self.text]
        out, pos = [], 0
        for n in lengths:
            out.append(self.text[pos : pos + n])
            pos += n + 1
        return out

    def display(self) -> str:
        """How a quote is shown and copied: each piece in quote marks, an ellipsis between split pieces.

        “It was a hard week,” … “We will recover.” — never the run-on "a hard
        week, We will recover" that joining the pieces would read as.
        """
        return " … ".join(f"“{p}”" for p in self.piece_texts())

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "cue": self.cue,
            "speaker_start": self.speaker_start,
            "speaker_end": self.speaker_end,
            "pieces": [list(p) for p in (self.pieces or ((self.start, self.end),))],
            "method": self.method,
            "confidence": self.confidence,
            "speaker_description": self.speaker_description,
        }


#: How a quote's speaker was found: named next to the quote ("said Jane
#: Doe", "Doe said"), an organisation's name or a statement it issued, a role
#: ("the minister said"), a pronoun ("she said"), the sentence before the
#: quote, the previous paragraph's quote continued, the outer speaker's words
#: (a quote inside a quote), or set by the reader.
QUOTE_METHODS = (
    "name",
    "organisation",
    "statement",
    "role",
    "pronoun",
    "previous sentence",
    "previous paragraph",
    "nested",
    "reader",
)

#: The colours a highlight can have, in the order of the keys 1-5.
HIGHLIGHT_COLORS = ("yellow", "green", "blue", "pink", "purple")

#: Where a highlight stands against its article's current text:
#: ``attached`` (its exact words, where they were or found again elsewhere),
#: ``moved`` (placed by a fuzzy match: the words there differ a little from
#: the stored ones), ``detached`` (not found; kept with its words, note, tags).
HIGHLIGHT_STATUSES = ("attached", "moved", "detached")


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a highlight is: a text-position and a text-quote selector.

    In the spirit of the W3C Web Annotation TextPositionSelector
    (``start``/``end``) and TextQuoteSelector (``exact`` with ``prefix`` and
    ``suffix``, about 32 characters of context each).
    """

    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(slots=True)
class Highlight:
    """A highlighted passage of an article, with its note and tags.

    ``start``/``end`` are offsets into the article's current canonical text
    (for a detached highlight, where it last was). ``exact``/``prefix``/
    ``suffix`` are the words and context it was made on; ``text_hash`` is the
    hash of the text it was last placed on.
    """

    article_id: int
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    text_hash: str = ""
    status: str = "attached"
    color: str = "yellow"
    note: str | None = None
    tags: list[str] = field(default_factory=list)
    created: str = ""
    updated: str = ""
    id: int | None = None

    @property
    def anchor(self) -> Anchor:
        return Anchor(self.start, self.end, self.exact, self.prefix, self.suffix)

    @property
    def detached(self) -> bool:
        return self.status == "detached"

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "start": self.start,
            "end": self.end,
            "exact": self.exact,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "text_hash": self.text_hash,
            "status": self.status,
            "color": self.color,
            "note": self.note,
            "tags": list(self.tags),
            "created": self.created,
            "updated": self.updated,
        }


@dataclass(slots=True)
class Note:
    """A note on an article as a whole (``highlight_id`` None) or on a highlight."""

    article_id: int
    body: str
    highlight_id: int | None = None
    created: str = ""
    updated: str = ""
    id: int | None = None

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "highlight_id": self.highlight_id,
            "body": self.body,
            "created": self.created,
            "updated": self.updated,
        }


@dataclass(frozen=True, slots=True)
class Tag:
    """A tag with how many articles and highlights carry it."""

    name: str
    articles: int = 0
    highlights: int = 0
    id: int | None = None

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "articles": self.articles, "highlights": self.highlights}
