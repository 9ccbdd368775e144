"""Writing articles out of reader, and reading reader's own backups back in.

Two formats, for two purposes:

* **Markdown** (:func:`article_markdown`, :func:`markdown_filename`): one file
  per article for a notes app such as Obsidian or Logseq, meant to be read and
  linked by a person. YAML front matter carries the metadata and tags; the body
  has the article note, the highlights (as block quotes, with colour, tags as
  hashtags and their notes) and the quotes with their speakers. It is a view:
  it does not keep offsets, so it cannot be imported again.
* **JSON backup** (:func:`backup_document`, :func:`read_backup`): everything
  reader knows about each article (canonical text, blocks, metadata, tags,
  note, quotes, highlights with both anchors and the hash of the text they were
  placed on), so that a library can be rebuilt from it without loss.
  ``read_backup(backup_document(bundles)) == bundles``.

Nothing here touches the database or the file system; the library gathers the
bundles and writes the strings.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from reader.errors import ReaderError
from reader.model import HIGHLIGHT_COLORS, HIGHLIGHT_STATUSES, UNCLEAR_SPEAKER, Article, Block, Highlight, Note, Quote

log = logging.getLogger(__name__)

BACKUP_FORMAT = "reader-backup"
BACKUP_VERSION = 1


@dataclass(slots=True)
class ArticleBundle:
    """One article with everything attached to it, as exported and imported."""

    article: Article  # with .id, text, blocks and metadata
    tags: list[str]
    note: Note | None  # the whole-article note
    highlights: list[Highlight]  # each with .note and .tags filled, article order
    quotes: list[Quote]
    quotes_version: int | None = None
    #: the reader's corrections of quotes: quote_text, start, speaker, not_quote, made
    quote_corrections: list[dict] = field(default_factory=list)


# --- file names -----------------------------------------------------------------------

_NAME_MAX_CHARS = 100
# ext4 and most file systems allow 255 bytes, not characters: 100 CJK
# characters are 300 bytes. Leave room for " (id).md".
_NAME_MAX_BYTES = 200
_FALLBACK_STEM = "article"


def markdown_filename(article: Article) -> str:
    """The Markdown file name for an article: ``'Title (ID).md'``.

    The title is made safe on Windows, macOS and Linux at once (pathvalidate,
    ``platform='universal'``: no ``/ : ? * " < > |``, no reserved names such as
    ``CON``, no trailing dots or spaces), cut to about 100 characters at a word
    boundary, and followed by the article id in brackets, so two articles with
    one title never collide. The name depends only on the title and the id, so
    exporting again overwrites the same file. A title with nothing usable left
    (empty, only punctuation) becomes ``'article (ID).md'``.
    """
    from pathvalidate import sanitize_filename
    from pathvalidate.handler import ReservedNameHandler

    title = " ".join(unicodedata.normalize("NFC", article.title).split())
    # A replaced character becomes a space, so "AC/DC" reads "AC DC", not "ACDC".
    # Reserved names ("CON") matter only for the whole name, checked below.
    stem = sanitize_filename(
        title, platform="universal", replacement_text=" ", reserved_name_handler=ReservedNameHandler.as_is
    )
    stem = " ".join(stem.split()).strip(" .")  # a leading dot would hide the file on Unix
    if not any(unicodedata.category(ch)[0] in "LNS" for ch in stem):
        stem = _FALLBACK_STEM
    stem = _shorten(stem)
    name = f"{stem} ({article.id}).md" if article.id is not None else f"{stem}.md"
    # Again on the whole name: without an id, "CON.md" is still reserved on Windows.
    return sanitize_filename(name, platform="universal")


def _shorten(stem: str) -> str:
    """Cut ``stem`` to the length limits at a word boundary (mid-word only when one word is too long)."""

    def fits(s: str) -> bool:
        return len(s) <= _NAME_MAX_CHARS and len(s.encode("utf-8")) <= _NAME_MAX_BYTES

    if fits(stem):
        return stem
    cut = stem[:_NAME_MAX_CHARS]
    while not fits(cut):
        cut = cut[:-1]
    head, space, _ = cut.rpartition(" ")
    if space and len(head) >= len(cut) // 2:
        cut = head
    return cut.rstrip(" .,;:-–—") or cut


# --- Markdown -------------------------------------------------------------------------

# A line that Markdown (CommonMark, GitHub tables, Obsidian) would read as the
# start of a block rather than as text: escaping its first character keeps the
# line plain text inside a block quote or a note paragraph.
_BLOCK_START = re.compile(
    r"""^(?:
        [#>|<]                            # heading, block quote, table row, HTML
      | `{3} | ~{3} | \$\$                # code fence, Obsidian math block
      | \[!                               # Obsidian callout, at the top of a block quote
      | \[[^\]]*\]:                       # link reference definition, footnote
      | [-+*](?=[ \t]|$)                  # bullet list item
      | ([-=])\1*[ \t]*$                  # setext heading underline
      | ([-*_])(?:[ \t]*\2){2,}[ \t]*$    # thematic break
      | [-:][-:| \t]*\|[-:| \t]*$         # table delimiter row
    )""",
    re.VERBOSE,
)
_ORDERED_ITEM = re.compile(r"^(\d{1,9})([.)])(?=[ \t]|$)")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_WHITESPACE = re.compile(r"\s+")


def _escape_line(line: str) -> str:
    """One line of plain text that Markdown shows as written (leading spaces would make a code block)."""
    line = line.strip()
    if _BLOCK_START.match(line):
        return "\\" + line
    return _ORDERED_ITEM.sub(r"\1\\\2", line, count=1)


def _plain_lines(text: str) -> list[str]:
    return [_escape_line(line) for line in _LINE_BREAK.split(text.strip())]


def _paragraphs(text: str) -> str:
    """A note: its lines and blank lines kept, every line plain text."""
    return "\n".join(_plain_lines(text))


def _block_quote(text: str) -> str:
    """``text`` as one Markdown block quote, every line prefixed ``'> '`` (a blank one ``'>'``)."""
    return "\n".join(f"> {line}" if line else ">" for line in _plain_lines(text))


def _one_line(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def _heading(title: str) -> str:
    title = _one_line(title) or "Untitled"
    # A run of '#' at the end of an ATX heading is its closing sequence and would vanish.
    return re.sub(r"(#+)$", r"\\\1", title)


def _hashtag(tag: str) -> str:
    """A tag as an Obsidian/Logseq hashtag: spaces become '-', other characters are kept."""
    return "#" + "-".join(tag.split()).lstrip("#")


def _is_url(value: str | None) -> bool:
    return bool(value) and re.match(r"https?://", value or "", re.IGNORECASE) is not None


# Line and paragraph separators and control characters: PyYAML writes them raw
# in plain or single-quoted scalars, where a reader folds \x85 (NEL) into a
# space (the value does not come back) and YAML 1.1 and 1.2 readers disagree
# about the others. Double quotes escape them all (\n, \N, \L, \P, \x..).
_NEEDS_DOUBLE_QUOTES = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


@functools.cache
def _yaml_dumper() -> type:
    import yaml  # lazily: only an export needs the emitter

    class Dumper(yaml.SafeDumper):
        pass

    def represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
        style = '"' if _NEEDS_DOUBLE_QUOTES.search(value) else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, represent_str)
    return Dumper


def _front_matter(bundle: ArticleBundle) -> str:
    import yaml

    a = bundle.article
    fields: dict[str, Any] = {
        "title": a.title,
        "author": a.author,
        "site": a.site,
        "published": a.published,
        "url": a.url or (a.source if _is_url(a.source) else None),
        "added": a.added,
        "tags": list(bundle.tags),
        "reader_id": a.id,
    }
    data = {k: v for k, v in fields.items() if k == "title" or (v is not None and v != "" and v != [])}
    # A very wide line: PyYAML otherwise folds long titles over several lines.
    dumped = yaml.dump(data, Dumper=_yaml_dumper(), allow_unicode=True, sort_keys=False, width=1 << 30)
    return f"---\n{dumped}---"


def _highlight_markdown(h: Highlight) -> str:
    meta = f"- colour: {_one_line(h.color)}"
    tags = " ".join(_hashtag(t) for t in h.tags if t.strip())
    if tags:
        meta += f" · tags: {tags}"
    parts = [_block_quote(h.exact), meta]
    if h.note and h.note.strip():
        parts.append(_paragraphs(h.note))
    return "\n\n".join(parts)


def _quote_markdown(q: Quote) -> str:
    speaker = _one_line(q.who) or UNCLEAR_SPEAKER
    partial = " (partial)" if q.kind == "partial" else ""
    # A split quote shows its pieces with an ellipsis between (never as a run-on).
    words = q.display() if len(q.piece_texts()) > 1 else q.text
    return f"{_block_quote(words)}\n\n— {speaker}{partial}"


def article_markdown(bundle: ArticleBundle) -> str:
    """An article as Markdown for Obsidian or Logseq.

    YAML front matter (title, author, site, published, url, added, tags,
    reader_id; empty values left out except the title), then the title as a
    heading, the article note under ``## Note``, the highlights under
    ``## Highlights`` (detached ones under ``### Not found in the current
    text``) and the quotes under ``## Quotes``. A highlight is a block quote of
    its stored words, a ``- colour: ... · tags: #a #b`` line and its note; a
    quote is a block quote and ``— Speaker``. Empty sections are left out.
    Quoted words and notes are plain text: a line that Markdown would read as a
    heading, list, quote or fence is escaped.
    """
    parts = [_front_matter(bundle), f"# {_heading(bundle.article.title)}"]
    if bundle.note is not None and bundle.note.body.strip():
        parts += ["## Note", _paragraphs(bundle.note.body)]
    placed = [h for h in bundle.highlights if not h.detached]
    lost = [h for h in bundle.highlights if h.detached]
    if placed or lost:
        parts.append("## Highlights")
        parts += [_highlight_markdown(h) for h in placed]
        if lost:
            parts.append("### Not found in the current text")
            parts += [_highlight_markdown(h) for h in lost]
    if bundle.quotes:
        parts.append("## Quotes")
        parts += [_quote_markdown(q) for q in bundle.quotes]
    return "\n\n".join(parts) + "\n"


# --- JSON backup ----------------------------------------------------------------------


def backup_document(bundles: Iterable[ArticleBundle], *, exported: str) -> dict:
    """The JSON backup of ``bundles``, ready for ``json.dump``.

    ``{"format": "reader-backup", "version": 1, "exported": ..., "articles":
    [...]}``. Each highlight keeps both anchors as W3C-style selectors,
    ``"position": {"start", "end"}`` and ``"quote": {"exact", "prefix",
    "suffix"}``, beside its own ``start``/``end`` and ``text_hash``. Every
    object's keys come in a fixed order, so the same library dumps to the same
    bytes. Raises ValueError for a bundle that does not hang together (an
    article without an id, a highlight or note of another article): that is a
    bug in the caller, not something a user can fix.
    """
    return {
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "exported": exported,
        "articles": [_article_doc(b) for b in bundles],
    }


def _article_doc(b: ArticleBundle) -> dict:
    a = b.article
    if a.id is None:
        raise ValueError(f"article {a.title!r} has no id: save it before backing it up")
    for h in b.highlights:
        if h.article_id != a.id:
            raise ValueError(f"highlight {h.id} belongs to article {h.article_id}, not {a.id}")
    if b.note is not None and (b.note.article_id != a.id or b.note.highlight_id is not None):
        raise ValueError(f"note {b.note.id} is not article {a.id}'s own note")
    return {
        "id": a.id,
        "title": a.title,
        "text": a.text,
        "blocks": [blk.to_dict() for blk in a.blocks],
        "source": a.source,
        "url": a.url,
        "author": a.author,
        "site": a.site,
        "published": a.published,
        "added": a.added,
        "language": a.language,
        "description": a.description,
        "tags": list(b.tags),
        "note": None
        if b.note is None
        else {"id": b.note.id, "body": b.note.body, "created": b.note.created, "updated": b.note.updated},
        "quotes_version": b.quotes_version,
        # Quote.to_dict fills in one piece when a quote has none; keep them as they are.
        "quotes": [{**q.to_dict(), "pieces": [list(p) for p in q.pieces]} for q in b.quotes],
        "highlights": [_highlight_doc(h) for h in b.highlights],
        "quote_corrections": [
            {k: c[k] for k in ("quote_text", "start", "speaker", "not_quote", "made")} for c in b.quote_corrections
        ],
    }


def _highlight_doc(h: Highlight) -> dict:
    return {
        "id": h.id,
        "start": h.start,
        "end": h.end,
        "status": h.status,
        "color": h.color,
        "created": h.created,
        "updated": h.updated,
        "note": h.note,
        "tags": list(h.tags),
        "position": {"start": h.start, "end": h.end},
        "quote": {"exact": h.exact, "prefix": h.prefix, "suffix": h.suffix},
        "text_hash": h.text_hash,
    }


_MISSING: Any = object()


def _kind(value: object) -> str:
    """What a JSON value is, in words."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


class _Fields:
    """Typed access to one JSON object, with errors that say where they are."""

    def __init__(self, value: object, where: str) -> None:
        if not isinstance(value, dict):
            raise ReaderError(f"{where} should be an object, not {_kind(value)}")
        self.d = value
        self.where = where

    def fail(self, message: str) -> ReaderError:
        return ReaderError(f"{self.where}: {message}")

    def get(self, key: str, expected: str, ok: type | tuple[type, ...], default: Any = _MISSING) -> Any:
        value = self.d.get(key, _MISSING)
        if value is _MISSING:
            if default is _MISSING:
                raise self.fail(f"'{key}' is missing")
            return default
        if isinstance(value, bool) and bool not in (ok if isinstance(ok, tuple) else (ok,)):
            raise self.fail(f"'{key}' should be {expected}, not {_kind(value)}")
        if not isinstance(value, ok):
            raise self.fail(f"'{key}' should be {expected}, not {_kind(value)}")
        return value

    def text(self, key: str, default: Any = _MISSING) -> str:
        return self.get(key, "text", str, default)

    def opt_text(self, key: str) -> str | None:
        return self.get(key, "text or null", (str, type(None)), None)

    def whole(self, key: str, default: Any = _MISSING) -> int:
        return self.get(key, "a whole number", int, default)

    def opt_whole(self, key: str) -> int | None:
        return self.get(key, "a whole number or null", (int, type(None)), None)

    def texts(self, key: str) -> list[str]:
        items = self.get(key, "a list of text", list, [])
        for i, item in enumerate(items, 1):
            if not isinstance(item, str):
                raise self.fail(f"'{key}' item {i} should be text, not {_kind(item)}")
        return list(items)

    def span(self, start: int, end: int, length: int, what: str) -> None:
        if not 0 <= start <= end <= length:
            raise self.fail(f"{what} spans {start}-{end} but the text is {length} characters long")


def read_backup(doc: object) -> list[ArticleBundle]:
    """The bundles in a backup document made by :func:`backup_document` (parsed JSON).

    Validates as it reads: anything malformed raises ReaderError with a
    one-line message naming what is wrong and where, such as ``backup article
    3: highlight 2 has no exact words``. Articles and their highlights are
    counted from 1 in the order the file lists them. Keys this version does
    not know are ignored.
    """
    if not isinstance(doc, dict):
        raise ReaderError(f"this is not a reader backup: expected a JSON object, found {_kind(doc)}")
    fmt = doc.get("format")
    if fmt != BACKUP_FORMAT:
        found = "no 'format'" if fmt is None else f"format {fmt!r}"
        raise ReaderError(f"this is not a reader backup ({found}; expected {BACKUP_FORMAT!r})")
    top = _Fields(doc, "backup")
    version = top.whole("version")
    if version > BACKUP_VERSION:
        raise ReaderError(
            f"this backup is version {version}, made by a newer reader; "
            f"this one reads version {BACKUP_VERSION}: update reader to restore it"
        )
    if version < 1:
        raise top.fail(f"version {version} does not exist")
    top.opt_text("exported")
    articles = top.get("articles", "a list of articles", list)
    bundles: list[ArticleBundle] = []
    seen: dict[int, int] = {}
    for n, item in enumerate(articles, 1):
        bundle = _read_article(item, f"backup article {n}")
        aid = bundle.article.id
        assert aid is not None  # _read_article requires it
        if aid in seen:
            raise ReaderError(f"backup article {n}: id {aid} is also the id of article {seen[aid]}")
        seen[aid] = n
        bundles.append(bundle)
    log.debug("read a backup of %d articles", len(bundles))
    return bundles


def _read_article(item: object, where: str) -> ArticleBundle:
    f = _Fields(item, where)
    aid = f.whole("id")
    text = f.get("text", "text", str, "")
    if not text:
        raise ReaderError(f"{where} has no text")
    blocks = []
    for i, raw in enumerate(f.get("blocks", "a list of blocks", list, []), 1):
        b = _Fields(raw, f"{where}: block {i}")
        block = Block(b.text("kind"), b.whole("start"), b.whole("end"), b.whole("level", 0))
        b.span(block.start, block.end, len(text), "it")
        blocks.append(block)
    article = Article(
        title=f.text("title"),
        text=text,
        blocks=blocks,
        source=f.opt_text("source"),
        url=f.opt_text("url"),
        author=f.opt_text("author"),
        site=f.opt_text("site"),
        published=f.opt_text("published"),
        added=f.opt_text("added"),
        language=f.opt_text("language"),
        description=f.opt_text("description"),
        id=aid,
    )
    note = None
    raw_note = f.get("note", "an object or null", (dict, type(None)), None)
    if raw_note is not None:
        nf = _Fields(raw_note, f"{where}: note")
        note = Note(aid, nf.text("body"), None, nf.text("created", ""), nf.text("updated", ""), nf.opt_whole("id"))
    quotes = [
        _read_quote(raw, len(text), f"{where}: quote {i}")
        for i, raw in enumerate(f.get("quotes", "a list of quotes", list, []), 1)
    ]
    highlights = []
    seen: dict[int, int] = {}
    for i, raw in enumerate(f.get("highlights", "a list of highlights", list, []), 1):
        h = _read_highlight(raw, aid, len(text), f"{where}: highlight {i}")
        if h.id is not None:
            if h.id in seen:
                raise f.fail(f"highlight {i} has the id {h.id} of highlight {seen[h.id]}")
            seen[h.id] = i
        highlights.append(h)
    corrections = []
    for i, raw in enumerate(f.get("quote_corrections", "a list of corrections", list, []), 1):
        c = _Fields(raw, f"{where}: quote correction {i}")
        not_quote = c.get("not_quote", "true or false", (bool, int), False)
        corrections.append(
            {
                "quote_text": c.text("quote_text"),
                "start": c.whole("start"),
                "speaker": c.opt_text("speaker"),
                "not_quote": bool(not_quote),
                "made": c.text("made", ""),
            }
        )
    return ArticleBundle(
        article=article,
        tags=f.texts("tags"),
        note=note,
        highlights=highlights,
        quotes=quotes,
        quotes_version=f.opt_whole("quotes_version"),
        quote_corrections=corrections,
    )


def _read_quote(raw: object, length: int, where: str) -> Quote:
    q = _Fields(raw, where)
    start, end = q.whole("start"), q.whole("end")
    q.span(start, end, length, "it")
    pieces = []
    for i, piece in enumerate(q.get("pieces", "a list of [start, end] pairs", list, []), 1):
        if not (
            isinstance(piece, list)
            and len(piece) == 2
            and all(isinstance(x, int) and not isinstance(x, bool) for x in piece)
        ):
            raise q.fail(f"piece {i} should be a [start, end] pair of whole numbers")
        q.span(piece[0], piece[1], length, f"piece {i}")
        pieces.append((piece[0], piece[1]))
    kind = q.text("kind", "direct")
    if kind not in ("direct", "partial"):
        raise q.fail(f"kind {kind!r} should be 'direct' or 'partial'")
    return Quote(
        text=q.text("text"),
        start=start,
        end=end,
        speaker=q.opt_text("speaker"),
        kind=kind,
        cue=q.opt_text("cue"),
        speaker_start=q.opt_whole("speaker_start"),
        speaker_end=q.opt_whole("speaker_end"),
        pieces=tuple(pieces),
        method=q.opt_text("method"),
        confidence=_opt_number(q, "confidence"),
        speaker_description=q.opt_text("speaker_description"),  # (the Quote keeps it only where no name is)
    )


def _opt_number(f: _Fields, key: str) -> float | None:
    value = f.get(key, "a number or null", (int, float, type(None)), None)
    return None if value is None else float(value)


def _read_highlight(raw: object, article_id: int, length: int, where: str) -> Highlight:
    h = _Fields(raw, where)
    position = _Fields(h.get("position", "an object", dict), f"{where}: position")
    quote = _Fields(h.get("quote", "an object", dict), f"{where}: quote")
    start, end = position.whole("start"), position.whole("end")
    # start/end are written twice (beside the position selector); a hand edit may change one.
    if (h.whole("start", start), h.whole("end", end)) != (start, end):
        raise h.fail(f"start/end {h.d.get('start')}-{h.d.get('end')} differ from its position {start}-{end}")
    exact = quote.text("exact", "")
    if not exact:
        raise ReaderError(f"{where} has no exact words")
    status = h.text("status", "attached")
    if status not in HIGHLIGHT_STATUSES:
        raise h.fail(f"status {status!r} should be one of {', '.join(HIGHLIGHT_STATUSES)}")
    # Detached ones too: anchoring keeps their old offsets clipped into the text.
    h.span(start, end, length, "it")
    color = h.text("color", HIGHLIGHT_COLORS[0])
    if color not in HIGHLIGHT_COLORS:
        raise h.fail(f"colour {color!r} should be one of {', '.join(HIGHLIGHT_COLORS)}")
    return Highlight(
        article_id=article_id,
        start=start,
        end=end,
        exact=exact,
        prefix=quote.text("prefix", ""),
        suffix=quote.text("suffix", ""),
        text_hash=h.text("text_hash", ""),
        status=status,
        color=color,
        note=h.opt_text("note"),
        tags=h.texts("tags"),
        created=h.text("created", ""),
        updated=h.text("updated", ""),
        id=h.opt_whole("id"),
    )


# --- W3C Web Annotation -------------------------------------------------------------------

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def w3c_source(article: Article, digest: str) -> str:
    """What an annotation's target names: the article's address, else its text (``urn:sha256:...``)."""
    return article.url if _is_url(article.url) else f"urn:sha256:{digest}"


def w3c_document(bundles: Iterable[ArticleBundle], *, exported: str, digests: dict[int, str]) -> dict:
    """Highlights, notes and tags as a W3C Web Annotation collection (JSON-LD).

    One Annotation per highlight: motivation ``highlighting``, or
    ``commenting`` when it carries a note; the note is a TextualBody with
    purpose ``commenting`` and each tag one with purpose ``tagging``; the
    target's source is the article's address (``urn:sha256:<hash of its
    text>`` for an article with none) and its selectors a TextQuoteSelector
    and, while the highlight is placed, a TextPositionSelector counted in
    code points of reader's text (Hypothesis counts UTF-16 units: its
    positions differ past any character outside the Basic Multilingual Plane).
    The highlight's colour is the target's ``styleClass``. An article's own
    note and tags are an Annotation of the page as a whole (no selector).
    ``digests`` maps article ids to the hash of their text.
    """
    items: list[dict] = []
    for b in bundles:
        a = b.article
        assert a.id is not None
        source = w3c_source(a, digests[a.id])
        if b.note is not None or b.tags:
            items.append(
                _annotation(
                    f"urn:reader:article:{a.id}",
                    "commenting" if b.note is not None else "tagging",
                    b.note.created if b.note else a.added,
                    b.note.updated if b.note else a.added,
                    _bodies(b.note.body if b.note else None, b.tags),
                    {"type": "SpecificResource", "source": source},
                )
            )
        for h in b.highlights:
            selectors: list[dict] = [
                {"type": "TextQuoteSelector", "exact": h.exact, "prefix": h.prefix, "suffix": h.suffix}
            ]
            if not h.detached:
                selectors.append({"type": "TextPositionSelector", "start": h.start, "end": h.end})
            items.append(
                _annotation(
                    f"urn:reader:highlight:{h.id}",
                    "commenting" if h.note else "highlighting",
                    h.created,
                    h.updated,
                    _bodies(h.note, h.tags),
                    {"type": "SpecificResource", "source": source, "styleClass": h.color, "selector": selectors},
                )
            )
    return {
        "@context": W3C_CONTEXT,
        "type": "AnnotationCollection",
        "label": "Highlights and notes exported from reader",
        "generated": exported,
        "total": len(items),
        "items": items,
    }


def _bodies(note: str | None, tags: Iterable[str]) -> list[dict]:
    out = []
    if note:
        out.append({"type": "TextualBody", "purpose": "commenting", "value": note, "format": "text/plain"})
    out.extend({"type": "TextualBody", "purpose": "tagging", "value": t} for t in tags)
    return out


def _annotation(
    ident: str, motivation: str, created: str | None, modified: str | None, bodies: list, target: dict
) -> dict:
    doc: dict = {"id": ident, "type": "Annotation", "motivation": motivation}
    if created:
        doc["created"] = created
    if modified:
        doc["modified"] = modified
    if bodies:
        doc["body"] = bodies
    doc["target"] = target
    return doc
