"""Instapaper's CSV export: URL, Title, Selection, Folder, Timestamp[, Tags].

Folder is Unread, Archive, Starred or one of the user's own folders (which
becomes a tag); Timestamp is unix seconds; Tags, which older files lack, is a
JSON array inside the field. Selection is the text the user had selected
when saving it: kept as a highlight on those words (the only highlight an
Instapaper export carries). The oldest files have only URL, Title,
Selection and Folder.
"""

from __future__ import annotations

import json

from reader.interop import (
    ImportedHighlight,
    Item,
    Kind,
    Parsed,
    Source,
    csv_rows,
    date_or_problem,
    from_unix,
    text_or_none,
    unique,
    url_or_problem,
)


def _sniff(src: Source) -> bool:
    header = src.csv_header()
    return {"url", "title", "selection", "folder"} <= set(header)


def _tags(raw: str) -> list[str]:
    raw = (raw or "").strip()
    if not raw:
        return []
    try:
        value = json.loads(raw)
    except ValueError:
        return unique(raw.split(","))
    if isinstance(value, list):
        return unique(t.get("name", "") if isinstance(t, dict) else str(t) for t in value)
    return []


def read(src: Source) -> Parsed:
    parsed = Parsed("instapaper", "Instapaper CSV")
    _, rows = csv_rows(src.text)
    for n, row in rows:
        where = f"row {n}"
        url = url_or_problem(row.get("url"), where, parsed.problems)
        if url is None:
            continue
        added = date_or_problem(from_unix, row.get("timestamp"), "Timestamp", where, parsed.problems)
        selection = (row.get("selection") or "").strip()
        folder = (row.get("folder") or "").strip()
        kind = folder.casefold()
        tags = _tags(row.get("tags", ""))
        if folder and kind not in ("unread", "archive", "starred"):
            tags = unique([*tags, folder])
        parsed.items.append(
            Item(
                url=url,
                title=text_or_none(row.get("title")),
                tags=tags,
                added=added,
                archived=kind == "archive",
                read=kind == "archive",
                favourite=kind == "starred",
                highlights=[ImportedHighlight(exact=selection)] if selection else [],
                where=where,
            )
        )
    return parsed


KIND = Kind("instapaper", "Instapaper CSV", _sniff, read)
