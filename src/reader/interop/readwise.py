"""Readwise's two CSV exports: Reader's documents and Readwise's highlights.

The documents CSV (Title, URL, ID, Document tags, Saved date, Reading
progress, Location, Seen) writes its tags as a Python list (``['a', "it's"]``),
read here with :func:`ast.literal_eval`, never ``eval``. Location is new,
later, shortlist, archive or feed; feed rows are items of subscribed feeds
the user never saved, and are skipped (as Karakeep does). Reader has no
favourites: shortlist is a reading list, not a star.

The highlights CSV (Highlight, Book Title, Book Author, Amazon Book ID, Note,
Color, Tags, Location Type, Location, Highlighted at) has no URL column: its
items carry a title and an author only, and the library matches them to
documents already saved by title (and author, where both have one).
"""

from __future__ import annotations

import ast

from reader.interop import (
    ImportedHighlight,
    Item,
    Kind,
    Parsed,
    Problem,
    Source,
    csv_rows,
    date_or_none,
    date_or_problem,
    from_iso,
    text_or_none,
    unique,
    url_or_problem,
)


def _is_documents(src: Source) -> bool:
    header = set(src.csv_header())
    return {"title", "url", "location"} <= header and ("document tags" in header or "saved date" in header)


def _is_highlights(src: Source) -> bool:
    header = set(src.csv_header())
    return {"highlight", "book title"} <= header


def python_list(raw: str) -> list[str]:
    """Reader's tag column: a Python-style list of strings, or a comma-separated line."""
    raw = (raw or "").strip()
    if not raw:
        return []
    if raw.startswith("["):
        try:
            value = ast.literal_eval(raw)
        except (ValueError, SyntaxError):
            raw = raw.strip("[]")
        else:
            return unique(str(v) for v in value) if isinstance(value, list | tuple) else []
    return unique(part.strip().strip("'\"") for part in raw.split(","))


def _progress(raw: str) -> float | None:
    raw = (raw or "").strip().rstrip("%")
    if not raw:
        return None
    value = float(raw)
    if value > 1:
        value /= 100
    return max(0.0, min(1.0, value))


def read_documents(src: Source) -> Parsed:
    parsed = Parsed("readwise-documents", "Readwise Reader documents CSV")
    _, rows = csv_rows(src.text)
    for n, row in rows:
        where = f"row {n}"
        url = url_or_problem(row.get("url"), where, parsed.problems)
        if url is None:
            continue
        added = date_or_problem(from_iso, row.get("saved date"), "Saved date", where, parsed.problems)
        try:
            progress = _progress(row.get("reading progress", ""))
        except ValueError:
            parsed.problems.append(Problem(where, f"Reading progress {row.get('reading progress')!r} is not a number"))
            progress = None
        location = (row.get("location") or "").strip().lower()
        if location == "feed":
            continue
        parsed.items.append(
            Item(
                url=url,
                title=text_or_none(row.get("title")),
                tags=python_list(row.get("document tags", "")),
                added=added,
                archived=location == "archive",
                read=(progress or 0) >= 1.0,
                progress=progress,
                where=where,
            )
        )
    return parsed


def read_highlights(src: Source) -> Parsed:
    parsed = Parsed("readwise-highlights", "Readwise highlights CSV")
    by_book: dict[tuple[str, str], Item] = {}
    _, rows = csv_rows(src.text)
    for n, row in rows:
        where = f"row {n}"
        words = (row.get("highlight") or "").strip()
        title = text_or_none(row.get("book title"))
        if not words:
            parsed.problems.append(Problem(where, "a highlight without words; skipped"))
            continue
        if title is None:
            parsed.problems.append(Problem(where, "a highlight without a Book Title cannot be matched to a document"))
            continue
        author = text_or_none(row.get("book author"))
        created = date_or_none(from_iso, row.get("highlighted at"))
        key = (title.casefold(), (author or "").casefold())
        item = by_book.get(key)
        if item is None:
            item = by_book[key] = Item(url=None, title=title, author=author, where=where)
            parsed.items.append(item)
        item.highlights.append(
            ImportedHighlight(
                exact=words,
                note=(row.get("note") or "").strip() or None,
                tags=python_list(row.get("tags", "")),
                color=text_or_none(row.get("color")),
                created=created,
            )
        )
    return parsed


KINDS = [
    Kind("readwise-documents", "Readwise Reader documents CSV", _is_documents, read_documents),
    Kind("readwise-highlights", "Readwise highlights CSV", _is_highlights, read_highlights),
]
