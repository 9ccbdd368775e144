"""W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/), read and written.

reader writes one Annotation per highlight: motivation ``highlighting`` (or
``commenting`` when it has a note), the note a TextualBody with purpose
``commenting``, each tag a TextualBody with purpose ``tagging``, and a target
whose source is the article's address and whose selectors are a
TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector in code
points of reader's canonical text. An article with no address is named
``urn:sha256:<hash of its text>``, so the file restores into the same text.
Reading takes any conforming file: one Annotation, a list of them, or an
AnnotationCollection (its ``items``, or its ``first`` page's).
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.interop import (
    ImportedHighlight,
    Item,
    Kind,
    Parsed,
    Problem,
    Source,
    clean_url,
    date_or_none,
    from_iso,
    text_or_none,
    unique,
)

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
HASH_URN = "urn:sha256:"


def _as_list(value: object) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def annotations_of(doc: object) -> list | None:
    """The annotations in a W3C document, or None when it is not one."""
    if isinstance(doc, list):
        return doc if doc and all(isinstance(a, dict) and _is_annotation(a) for a in doc[:5]) else None
    if not isinstance(doc, dict):
        return None
    if _is_annotation(doc):
        return [doc]
    kinds = _as_list(doc.get("type"))
    if "AnnotationCollection" in kinds:
        items = doc.get("items")
        if items is None and isinstance(doc.get("first"), dict):
            items = doc["first"].get("items")
        return list(items or [])
    return None


def _is_annotation(a: dict) -> bool:
    return "Annotation" in _as_list(a.get("type")) and "target" in a


def _sniff(src: Source) -> bool:
    return annotations_of(src.json) is not None


def selectors(target: object) -> tuple[str | None, dict | None, dict | None]:
    """A target's source and its TextQuoteSelector and TextPositionSelector (None where absent)."""
    if isinstance(target, str):
        return target, None, None
    if not isinstance(target, dict):
        return None, None, None
    source = target.get("source")
    if isinstance(source, dict):
        source = source.get("id")
    quote = position = None
    for sel in _flatten(_as_list(target.get("selector"))):
        kind = sel.get("type")
        if kind == "TextQuoteSelector" and quote is None:
            quote = sel
        elif kind == "TextPositionSelector" and position is None:
            position = sel
    return (source if isinstance(source, str) else None), quote, position


def _flatten(sels: Iterable) -> Iterable[dict]:
    for sel in sels:
        if isinstance(sel, dict):
            yield sel
            if isinstance(sel.get("refinedBy"), dict):
                yield from _flatten([sel["refinedBy"]])


def highlight_from(quote: dict, position: dict | None) -> ImportedHighlight | None:
    exact = quote.get("exact")
    if not isinstance(exact, str) or not exact.strip():
        return None
    start = end = None
    if position and isinstance(position.get("start"), int) and isinstance(position.get("end"), int):
        start, end = position["start"], position["end"]
    prefix, suffix = quote.get("prefix"), quote.get("suffix")
    return ImportedHighlight(
        exact=exact,
        prefix=prefix if isinstance(prefix, str) else "",
        suffix=suffix if isinstance(suffix, str) else "",
        start=start,
        end=end,
    )


def item_for(items: dict[str, Item], source: str, where: str, parsed: Parsed) -> Item | None:
    """The item of a target's source (made on first sight), or None for a source reader cannot use."""
    if source in items:
        return items[source]
    if source.startswith(HASH_URN):
        item = Item(url=None, text_hash=source[len(HASH_URN) :], where=where)
    else:
        url = clean_url(source)
        if url is None:
            parsed.problems.append(Problem(where, f"the target is not a web page: {source!r}; skipped"))
            return None
        item = Item(url=url, where=where, source_url=source if source != url else None)
    items[source] = item
    parsed.items.append(item)
    return item


def read(src: Source) -> Parsed:
    parsed = Parsed("w3c", "W3C Web Annotation JSON-LD")
    items: dict[str, Item] = {}
    for n, a in enumerate(annotations_of(src.json) or [], 1):
        where = f"annotation {n}"
        if not isinstance(a, dict):
            parsed.problems.append(Problem(where, "not an object"))
            continue
        target = next(iter(_as_list(a.get("target"))), None)
        source, quote, position = selectors(target)
        if source is None:
            parsed.problems.append(Problem(where, "no target source; skipped"))
            continue
        item = item_for(items, source, where, parsed)
        if item is None:
            continue
        note, tags = None, []
        for body in _as_list(a.get("body")):
            if isinstance(body, dict) and isinstance(body.get("value"), str):
                if body.get("purpose") == "tagging":
                    tags.append(body["value"])
                else:
                    note = body["value"] if note is None else f"{note}\n\n{body['value']}"
            elif isinstance(body, str):
                note = body
        if quote is None:  # an annotation of the page as a whole
            if note:
                item.note = note if item.note is None else f"{item.note}\n\n{note}"
            item.tags = unique(item.tags + tags)
            continue
        h = highlight_from(quote, position)
        if h is None:
            parsed.problems.append(Problem(where, "a quote selector without words; skipped"))
            continue
        h.note, h.tags = note, unique(tags)
        h.color = text_or_none(target.get("styleClass")) if isinstance(target, dict) else None
        h.created = date_or_none(from_iso, a.get("created"))
        item.highlights.append(h)
    return parsed


KIND = Kind("w3c", "W3C Web Annotation JSON-LD", _sniff, read)
