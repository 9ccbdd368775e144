"""Wallabag's JSON export: a list of entries with their content and annotations.

Each entry has url, title, content (the extracted article as HTML), is_archived
and is_starred (0/1 or true/false), tags, created_at/updated_at like
``2016-09-08T11:55:58+0200``, and annotations (``quote``, ``text`` as the
note, and XPath ``ranges`` into wallabag's own rendering, which reader does
not share: highlights are placed by their words).
"""

from __future__ import annotations

from reader.interop import (
    ImportedHighlight,
    Item,
    Kind,
    Parsed,
    Problem,
    Source,
    clean_url,
    date_or_none,
    date_or_problem,
    from_iso,
    text_or_none,
    unique,
)


def _entries(src: Source) -> list | None:
    doc = src.json
    if isinstance(doc, dict) and isinstance(doc.get("entries"), list):  # an export wrapped in an object
        doc = doc["entries"]
    return doc if isinstance(doc, list) else None


def _sniff(src: Source) -> bool:
    entries = _entries(src)
    if not entries:
        return False
    first = next((e for e in entries if isinstance(e, dict)), {})
    return "url" in first and ("is_archived" in first or "is_starred" in first or "content" in first)


def _flag(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    return bool(value)


def _tags(raw: object) -> list[str]:
    if not isinstance(raw, list):
        return []
    return unique((t.get("label") or t.get("slug") or "") if isinstance(t, dict) else str(t) for t in raw)


def read(src: Source) -> Parsed:
    parsed = Parsed("wallabag", "Wallabag JSON")
    for n, entry in enumerate(_entries(src) or [], 1):
        where = f"entry {n}"
        if not isinstance(entry, dict):
            parsed.problems.append(Problem(where, "not an object"))
            continue
        url = clean_url(entry.get("url") or entry.get("given_url"))
        content = entry.get("content") if isinstance(entry.get("content"), str) else None
        if url is None and not content:
            parsed.problems.append(Problem(where, f"not a web address: {entry.get('url')!r}"))
            continue
        dates = {
            key: date_or_problem(from_iso, entry.get(key), key, where, parsed.problems)
            for key in ("created_at", "published_at")
        }
        authors = entry.get("published_by")
        item = Item(
            url=url,
            title=text_or_none(entry.get("title")),
            tags=_tags(entry.get("tags")),
            added=dates["created_at"],
            published=dates["published_at"],
            author=", ".join(a for a in authors if isinstance(a, str)) or None if isinstance(authors, list) else None,
            archived=_flag(entry.get("is_archived")),
            read=_flag(entry.get("is_archived")),
            favourite=_flag(entry.get("is_starred")),
            html=content if content and content.strip() else None,
            where=where,
        )
        for a in entry.get("annotations") or []:
            quote = a.get("quote") if isinstance(a, dict) else None
            if not isinstance(quote, str) or not quote.strip():
                parsed.problems.append(Problem(where, "an annotation without words was skipped"))
                continue
            created = date_or_none(from_iso, a.get("created_at"))
            note = a.get("text") if isinstance(a.get("text"), str) else None
            item.highlights.append(
                ImportedHighlight(exact=quote.strip(), note=(note or "").strip() or None, created=created)
            )
        parsed.items.append(item)
    return parsed


KIND = Kind("wallabag", "Wallabag JSON", _sniff, read)
