"""Hypothesis's JSON export: ``{"annotations": [...]}`` or a bare list of h API annotations.

Each annotation has ``uri``, ``text`` (the note), ``tags``, ``created``, a
``document`` with a title, and ``target[].selector[]`` with a
TextQuoteSelector and a TextPositionSelector. Hypothesis counts positions
in UTF-16 code units of the page as the browser saw it, not of reader's
text, so they serve only as a hint; highlights are placed by their words
and context. An annotation without a quote is a page note.
"""

from __future__ import annotations

from reader.interop import Item, Kind, Parsed, Problem, Source, date_or_none, from_iso, text_or_none, unique
from reader.interop.w3c import highlight_from, item_for, selectors


def _annotations(src: Source) -> list | None:
    doc = src.json
    if isinstance(doc, dict):
        doc = doc.get("annotations") if isinstance(doc.get("annotations"), list) else doc.get("rows")
    if not isinstance(doc, list) or not doc:
        return None
    first = doc[0]
    if isinstance(first, dict) and "uri" in first and "target" in first and "type" not in first:
        return doc
    return None


def _sniff(src: Source) -> bool:
    return _annotations(src) is not None


def read(src: Source) -> Parsed:
    parsed = Parsed("hypothesis", "Hypothesis JSON")
    items: dict[str, Item] = {}
    for n, a in enumerate(_annotations(src) or [], 1):
        where = f"annotation {n}"
        if not isinstance(a, dict) or not isinstance(a.get("uri"), str):
            parsed.problems.append(Problem(where, "an annotation without a uri; skipped"))
            continue
        if a.get("references"):  # a reply in a discussion, not the user's own highlight
            continue
        item = item_for(items, a["uri"], where, parsed)
        if item is None:
            continue
        doc = a.get("document") if isinstance(a.get("document"), dict) else {}
        titles = doc.get("title")
        title = titles[0] if isinstance(titles, list) and titles else titles
        item.title = item.title or text_or_none(title)
        note = (a.get("text") or "").strip() or None if isinstance(a.get("text"), str) else None
        tags = unique(t for t in a.get("tags") or [] if isinstance(t, str))
        quote = position = None
        for target in a.get("target") or []:
            _, quote, position = selectors(target)
            if quote:
                break
        if quote is None:
            if note:
                item.note = note if item.note is None else f"{item.note}\n\n{note}"
            item.tags = unique(item.tags + tags)
            continue
        h = highlight_from(quote, None)  # UTF-16 positions of another rendering: not a hint for reader's text
        if h is None:
            parsed.problems.append(Problem(where, "a quote selector without words; skipped"))
            continue
        h.note, h.tags = note, tags
        h.created = date_or_none(from_iso, a.get("created"))
        item.highlights.append(h)
    return parsed


KIND = Kind("hypothesis", "Hypothesis JSON", _sniff, read)
