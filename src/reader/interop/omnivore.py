"""Omnivore's export ZIP (the service closed in November 2024).

``metadata_<from>_to_<to>.json`` files hold the items (id, slug, title,
description, author, url, state Active|Archived, readingProgress 0-100,
labels, savedAt/updatedAt/publishedAt in ISO 8601); ``content/<slug>.html``
is the saved article, imported as its text so nothing needs fetching; and
``highlights/<slug>.md`` has the highlights, each a ``> `` block quote
followed by its ``#label`` tags and its note.
"""

from __future__ import annotations

import json
import re
from posixpath import basename

from reader.interop import (
    ImportedHighlight,
    Item,
    Kind,
    Parsed,
    Problem,
    Source,
    clean_url,
    date_or_problem,
    decode_text,
    from_iso,
    text_or_none,
    unique,
)

_METADATA = re.compile(r"(?:^|/)metadata_\d+_to_\d+\.json$")
_LINK_TAIL = re.compile(r"\s*\[[^\]]*\]\([^)]*\)\s*$")  # " [⤴️](https://omnivore.app/...)" after a quote


def _sniff(src: Source) -> bool:
    return any(_METADATA.search(n) for n in src.names)


def _labels(raw: object) -> list[str]:
    out = []
    for label in raw if isinstance(raw, list) else []:
        name = label.get("name") if isinstance(label, dict) else label
        if isinstance(name, str):
            out.append(name)
    return unique(out)


def _member_by_slug(src: Source, folder: str, slug: str, suffix: str) -> str | None:
    want = f"{folder}/{slug}{suffix}"
    for n in src.names:
        if n == want or n.endswith("/" + want):
            return n
    return None


def read(src: Source) -> Parsed:
    parsed = Parsed("omnivore", "Omnivore export ZIP")
    for name in sorted(n for n in src.names if _METADATA.search(n)):
        try:
            entries = json.loads(decode_text(src.member(name), name))
        except ValueError:
            parsed.problems.append(Problem(basename(name), "not JSON; its items were not imported"))
            continue
        if not isinstance(entries, list):
            parsed.problems.append(Problem(basename(name), "should be a list of items"))
            continue
        for n, entry in enumerate(entries, 1):
            where = f"{basename(name)} item {n}"
            if not isinstance(entry, dict):
                parsed.problems.append(Problem(where, "not an object"))
                continue
            item = _item(src, entry, where, parsed)
            if item is not None:
                parsed.items.append(item)
    return parsed


def _item(src: Source, entry: dict, where: str, parsed: Parsed) -> Item | None:
    url = clean_url(entry.get("url") or entry.get("originalUrl"))
    slug = entry.get("slug") if isinstance(entry.get("slug"), str) else None
    html = None
    if slug and (member := _member_by_slug(src, "content", slug, ".html")):
        html = decode_text(src.member(member), member)
    if url is None and html is None:
        parsed.problems.append(Problem(where, "neither a web address nor saved content; skipped"))
        return None
    dates = {
        key: date_or_problem(from_iso, entry.get(key), key, where, parsed.problems)
        for key in ("savedAt", "publishedAt")
    }
    progress = entry.get("readingProgress")
    progress = max(0.0, min(1.0, float(progress) / 100)) if isinstance(progress, int | float) else None
    state = str(entry.get("state") or "").lower()
    item = Item(
        url=url,
        title=text_or_none(entry.get("title")),
        tags=_labels(entry.get("labels")),
        added=dates["savedAt"],
        published=dates["publishedAt"],
        author=text_or_none(entry.get("author")),
        description=text_or_none(entry.get("description")),
        archived=state == "archived",
        read=progress is not None and progress >= 1.0,
        progress=progress,
        html=html,
        where=where,
    )
    if slug and (member := _member_by_slug(src, "highlights", slug, ".md")):
        item.highlights, notes = read_highlights(decode_text(src.member(member), member))
        item.note = "\n\n".join(notes) or None
    return item


def read_highlights(md: str) -> tuple[list[ImportedHighlight], list[str]]:
    """Highlights and page notes in Omnivore's Markdown.

    Omnivore wrote each highlight as ``"> " + quote + " "``, then, each after
    a blank line, a ``#label #label`` line and the note; highlights are
    separated by blank lines. A blank line inside a quote became a line
    ``> ``, and the lines after it have no ``> ``. A page note (no quote)
    stands alone; text before the first quote is one.
    """
    highlights: list[ImportedHighlight] = []
    page_notes: list[str] = []
    current: ImportedHighlight | None = None
    for chunk in re.split(r"\n[ \t]*\n", md.replace("\r\n", "\n")):
        if not chunk.strip():
            continue
        if chunk.startswith(">"):
            lines = [line[1:].removeprefix(" ") if line.startswith(">") else line for line in chunk.split("\n")]
            exact = _LINK_TAIL.sub("", "\n".join("\n" if not line.strip() else line for line in lines)).strip()
            current = ImportedHighlight(exact=re.sub(r"\n\n\n", "\n\n", exact)) if exact else None
            if current is not None:
                highlights.append(current)
            continue
        words = chunk.split()
        if current is not None and all(w.startswith("#") and len(w) > 1 for w in words):
            current.tags = unique(current.tags + [w[1:] for w in words])
        elif current is not None:
            current.note = chunk.strip() if current.note is None else f"{current.note}\n\n{chunk.strip()}"
        else:
            page_notes.append(chunk.strip())
    return highlights, page_notes


KIND = Kind("omnivore", "Omnivore export ZIP", _sniff, read)
