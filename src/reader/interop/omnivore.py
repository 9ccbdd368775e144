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
    decode_text,
    from_iso,
    text_or_none,
    unique,
)

_METADATA = re.compile(r"(?:^|/)metadata_\d+_to_\d+\.json$")
_LINK_TAIL = re.compile(r"\s*\[[^\]]*\]\([^)]*\)\s*$")  # " [⤴️](https://omnivore.app/...)" after a quote
_TAG = re.compile(r"#([^\s#]+)")


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
    dates = {}
    for key in ("savedAt", "publishedAt"):
        try:
            dates[key] = from_iso(entry.get(key))
        except ValueError:
            parsed.problems.append(Problem(where, f"{key} {entry.get(key)!r} is not a date; saved without it"))
            dates[key] = None
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
        item.highlights = read_highlights(decode_text(src.member(member), member))
    return item


def read_highlights(md: str) -> list[ImportedHighlight]:
    """Highlights in Omnivore's Markdown: a ``> `` quote, then ``#tag`` lines, then the note."""
    out: list[ImportedHighlight] = []
    quote: list[str] = []
    rest: list[str] = []

    def flush() -> None:
        if quote:
            exact = _LINK_TAIL.sub("", "\n".join(quote)).strip()
            tags: list[str] = []
            note: list[str] = []
            for line in rest:
                stripped = line.strip()
                if stripped and all(w.startswith("#") and len(w) > 1 for w in stripped.split()):
                    tags += _TAG.findall(stripped)
                else:
                    note.append(line)
            body = "\n".join(note).strip()
            if exact:
                out.append(ImportedHighlight(exact=exact, tags=unique(tags), note=body or None))
        quote.clear()
        rest.clear()

    for line in md.splitlines():
        if line.startswith(">"):
            if rest:
                flush()
            quote.append(line[1:].removeprefix(" "))
        elif quote:
            rest.append(line)
    flush()
    return out


KIND = Kind("omnivore", "Omnivore export ZIP", _sniff, read)
