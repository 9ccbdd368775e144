"""Saving another service's export into the library: items, their state, and their highlights placed.

:func:`reader.interop.read` turns a file into :class:`~reader.interop.Item`
values; :meth:`reader.library.Library.import_file` saves each in its own
transaction through :func:`save_item` here, so that a cancelled or failing
import keeps what it finished and changes nothing else. What happens to each
item and each highlight is counted in an :class:`ImportReport`.

The rules, the same for every service:

- An item already in the library (the same address; for an item with no
  address, the same title and author) is not changed: only tags, an article
  note it lacks, and highlights it does not have yet are added.
- A new item whose export carries the article's content is saved with that
  as its text; otherwise it is saved as a link waiting for its text
  (``reader fetch``), its highlights kept, detached, until the text arrives.
- A highlight is placed by its words and context (:mod:`reader.anchoring`);
  one that cannot be placed is kept, detached, with its words, note and tags.
  Importing the same file again adds nothing (highlights are matched by
  article and words).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field

from reader.anchoring import place
from reader.errors import ImportFailed
from reader.interop import ImportedHighlight, Item, Problem
from reader.model import HIGHLIGHT_COLORS, Anchor, Article, Highlight
from reader.store import articles as rows
from reader.store import highlights as annots
from reader.text import tag_key, tag_name, text_hash

#: Outcomes of one item, in the order the report lists their counts.
OUTCOMES = ("added", "present", "waiting", "failed")
#: What became of a highlight: placed on its words, placed by a close match,
#: kept detached (not found), waiting for its article's text, or already there.
HIGHLIGHT_OUTCOMES = ("placed", "moved", "detached", "waiting", "present")

# Other services' highlight colours, in reader's five.
_COLORS = {"orange": "yellow", "red": "pink", "violet": "purple", "cyan": "blue", "teal": "green"}


@dataclass(slots=True)
class ItemResult:
    """What became of one item of the file."""

    where: str
    url: str | None
    title: str | None
    outcome: str  # one of OUTCOMES
    article_id: int | None = None
    message: str | None = None
    highlights: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "where": self.where,
            "url": self.url,
            "title": self.title,
            "outcome": self.outcome,
            "id": self.article_id,
            "message": self.message,
            "highlights": {k: self.highlights.get(k, 0) for k in HIGHLIGHT_OUTCOMES},
        }


@dataclass(slots=True)
class ImportReport:
    """The account of one import: per item, and in total."""

    file: str
    kind: str
    label: str
    items: list[ItemResult] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    cancelled: bool = False
    fetched: int = 0  # links whose text was fetched during the import

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.items if r.outcome == outcome)

    def highlight_count(self, outcome: str) -> int:
        return sum(r.highlights.get(outcome, 0) for r in self.items)

    @property
    def ids(self) -> list[int]:
        return [r.article_id for r in self.items if r.article_id is not None]

    def summary(self) -> str:
        """The report in a few lines, as the command line prints it."""
        items = ", ".join(f"{self.count(o)} {o if o != 'waiting' else 'waiting for their text'}" for o in OUTCOMES)
        marks = ", ".join(f"{self.highlight_count(o)} {o}" for o in HIGHLIGHT_OUTCOMES)
        lines = [f"{self.label}: {len(self.items)} items: {items}", f"highlights: {marks}"]
        if self.fetched:
            lines.append(f"fetched {self.fetched} pages")
        for r in self.items:
            if r.outcome == "failed":
                lines.append(f"failed: {r.where}: {r.message}")
        for p in self.problems:
            lines.append(f"skipped: {self.file}: {p.where}: {p.message}")
        if self.cancelled:
            lines.append("cancelled: the items above were imported; run the import again to bring in the rest")
        if self.count("waiting"):
            lines.append("run `reader fetch --all` to fetch the text of the items waiting for it")
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {
            "file": self.file,
            "kind": self.kind,
            "cancelled": self.cancelled,
            "items": {o: self.count(o) for o in OUTCOMES},
            "highlights": {o: self.highlight_count(o) for o in HIGHLIGHT_OUTCOMES},
            "fetched": self.fetched,
            "problems": [{"where": p.where, "message": p.message} for p in self.problems],
            "results": [r.to_dict() for r in self.items],
        }


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def find_existing(db: sqlite3.Connection, item: Item) -> int | None:
    """The library's article for an item: by address; by text for reader's own ids; else by title and author."""
    if item.url:
        found = rows.find_by_url(db, item.source_url) if item.source_url else None
        found = found or rows.find_by_url(db, item.url)
        if found is None and item.url.endswith("/"):
            found = rows.find_by_url(db, item.url.rstrip("/"))
        return found
    if item.text_hash:
        return rows.find_by_hash(db, item.text_hash)
    if item.title:
        matches = rows.find_by_title(db, item.title)
        if len(matches) > 1 and item.author:  # the author tells apart articles of the same title
            matches = [m for m in matches if (m[1] or "").casefold() == item.author.casefold()]
        if len(matches) == 1:
            return matches[0][0]
    return None


def content_of(item: Item, label: str):
    """The article an item's saved content makes, or None (no content, or content that has no text)."""
    from reader.importers.html import parse_content

    if not item.html:
        return None
    source = item.url or f"{label}, {item.where}"
    try:
        return parse_content(item.html.encode("utf-8"), source=source, url=item.url, title=item.title)
    except ImportFailed:
        return None


def save_item(db: sqlite3.Connection, item: Item, label: str) -> ItemResult:
    """Save one item and its highlights (inside the caller's transaction)."""
    result = ItemResult(item.where, item.url, item.title, "present")
    aid = find_existing(db, item)
    if aid is None:
        aid, result.outcome, article = _insert(db, item, label)
        if result.outcome == "failed":
            result.message = "no address to fetch its text from and no saved content; kept with its highlights"
        waiting = result.outcome == "waiting"
    else:
        article = rows.get_article(db, aid)  # type: ignore[assignment]
        assert article is not None
        waiting = rows.fetch_status(db, aid)[0] in ("waiting", "failed")
    result.article_id = aid
    result.title = article.title
    _add_tags(db, "article", aid, item.tags)
    if item.note and annots.get_article_note(db, aid) is None:
        annots.set_note(db, aid, None, item.note, now())
    result.highlights = _add_highlights(db, aid, article.text, item.highlights, waiting)
    return result


def _insert(db: sqlite3.Connection, item: Item, label: str) -> tuple[int, str, Article]:
    """Save a new item's article (its content, else a link waiting for its text): its id, outcome, and article."""
    imported = content_of(item, label)
    if imported is not None:
        article = imported.article
        article.title = item.title or article.title
    else:
        article = Article(title=item.title or item.url or "Untitled", text="", url=item.url)
    article.source = item.url or article.source or f"{label}, {item.where}"
    article.author = article.author or item.author
    article.published = article.published or item.published
    article.description = article.description or item.description
    article.added = item.added or now()
    aid = rows.insert_article(
        db,
        article,
        text_hash=text_hash(article.text),
        original=imported.original if imported else None,
        original_type=imported.original_type if imported else None,
        extractor=imported.extractor if imported else None,
    )
    from reader.quotes import EXTRACTOR_VERSION, extract_quotes

    found = extract_quotes(article.text, article.blocks) if article.text else []
    rows.replace_quotes(db, aid, found, EXTRACTOR_VERSION, article.text)
    if imported is not None:
        outcome = "added"
    else:
        outcome = "waiting" if item.url else "failed"
        rows.set_fetch_status(db, aid, "waiting" if item.url else "missing")
    read_at = (item.added or now()) if item.read else None
    rows.set_state(db, [aid], read_at=read_at, favourite=item.favourite, archived=item.archived)
    if item.progress:
        rows.set_progress(db, aid, 0, item.progress)
    return aid, outcome, article


def _add_tags(db: sqlite3.Connection, kind: str, owner: int, names: list[str]) -> None:
    clean = [n for n in (tag_name(t)[:200] for t in names) if n]
    if clean:
        annots.link_tags(db, kind, owner, [annots.ensure_tag(db, n, tag_key(n)) for n in clean])


def _add_highlights(
    db: sqlite3.Connection, aid: int, text: str, found: list[ImportedHighlight], waiting: bool
) -> dict[str, int]:
    counts = dict.fromkeys(HIGHLIGHT_OUTCOMES, 0)
    have = {" ".join(h.exact.split()) for h in annots.get_highlights(db, aid)}
    digest = text_hash(text)
    for ih in found:
        if ih.key() in have:
            counts["present"] += 1
            continue
        have.add(ih.key())
        start, end = ih.start or 0, ih.end or 0
        anchor = Anchor(start, end if end >= start else start, ih.exact, ih.prefix, ih.suffix)
        if not text:
            status, start, end, outcome = "detached", 0, 0, "waiting" if waiting else "detached"
        else:
            p = place(anchor, text)
            status, start, end = p.status, p.start, p.end
            outcome = {"attached": "placed", "moved": "moved"}.get(status, "detached")
        counts[outcome] += 1
        stamp = ih.created or now()
        color = (ih.color or "yellow").strip().lower()
        h = Highlight(
            article_id=aid,
            start=start,
            end=end,
            exact=ih.exact,
            prefix=ih.prefix,
            suffix=ih.suffix,
            text_hash=digest,
            status=status,
            color=color if color in HIGHLIGHT_COLORS else _COLORS.get(color, "yellow"),
            created=stamp,
            updated=stamp,
        )
        hid = annots.insert_highlight(db, h)
        if ih.note:
            annots.set_note(db, aid, hid, ih.note, stamp, created=stamp)
        _add_tags(db, "highlight", hid, ih.tags)
    return counts
