"""Pocket's exports: the old ``ril_export.html`` and the 2024-25 ``pocket.zip``.

``ril_export.html`` is a page with an "Unread" and a "Read Archive" heading,
each over a list of ``<a href=... time_added=... tags="a,b">title</a>``.
``pocket.zip`` holds ``part_*.csv`` files (title, url, time_added in unix
seconds, tags separated by ``|``, status unread|archive; read by header name,
since an older version has an extra ``cursor`` column) and, where the user
had any, ``annotations/part_*.json``: ``[{url, title, highlights: [{quote,
created_at}]}]``. Pocket kept no text and no context for a highlight: only
its words, placed by them when the article's text is fetched.
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
    csv_rows,
    date_or_none,
    date_or_problem,
    decode_text,
    from_unix,
    text_or_none,
    unique,
    url_or_problem,
)

_PART_CSV = re.compile(r"(?:^|/)part_\d+\.csv$")
_PART_JSON = re.compile(r"(?:^|/)annotations/part_\d+\.json$")


def _is_html(src: Source) -> bool:
    head = src.text[:4000].lower()
    return (
        not src.zip and "<a " in src.text.lower() and ("pocket export" in head or "time_added=" in src.text[:200_000])
    )


def _is_zip(src: Source) -> bool:
    return any(_PART_CSV.search(n) for n in src.names) and "url" in _zip_header(src)


def _zip_header(src: Source) -> list[str]:
    first = next(n for n in src.names if _PART_CSV.search(n))
    return csv_rows(decode_text(src.member(first), first).split("\n", 1)[0] + "\n")[0]


def read_html(src: Source) -> Parsed:
    from lxml import html as lxml_html

    parsed = Parsed("pocket-html", "Pocket ril_export.html")
    root = lxml_html.document_fromstring(src.text)
    archived = False
    n = 0
    for el in root.iter("h1", "h2", "h3", "a"):
        if el.tag != "a":
            archived = "archive" in (el.text_content() or "").lower()
            continue
        n += 1
        where = f"link {n}"
        url = url_or_problem(el.get("href"), where, parsed.problems)
        if url is None:
            continue
        added = date_or_problem(from_unix, el.get("time_added"), "time_added", where, parsed.problems)
        title = text_or_none(el.text_content())
        parsed.items.append(
            Item(
                url=url,
                title=None if title == url else title,
                tags=unique((el.get("tags") or "").split(",")),
                added=added,
                archived=archived,
                read=archived,
                where=where,
            )
        )
    return parsed


def read_zip(src: Source) -> Parsed:
    parsed = Parsed("pocket-zip", "Pocket pocket.zip")
    for name in sorted(n for n in src.names if _PART_CSV.search(n)):
        _, rows = csv_rows(decode_text(src.member(name), name))
        for n, row in rows:
            where = f"{basename(name)} row {n}"
            url = url_or_problem(row.get("url"), where, parsed.problems)
            if url is None:
                continue
            added = date_or_problem(from_unix, row.get("time_added"), "time_added", where, parsed.problems)
            status = (row.get("status") or "").strip().lower()
            title = text_or_none(row.get("title"))
            parsed.items.append(
                Item(
                    url=url,
                    title=None if title == url else title,
                    tags=unique((row.get("tags") or "").split("|")),
                    added=added,
                    archived=status == "archive",
                    read=status == "archive",
                    where=where,
                )
            )
    for name in sorted(n for n in src.names if _PART_JSON.search(n)):
        _read_annotations(src, name, parsed)
    return parsed


def _read_annotations(src: Source, name: str, parsed: Parsed) -> None:
    try:
        doc = json.loads(decode_text(src.member(name), name))
    except ValueError as exc:
        parsed.problems.append(Problem(basename(name), f"not JSON ({exc.msg})" if hasattr(exc, "msg") else "not JSON"))
        return
    if not isinstance(doc, list):
        parsed.problems.append(Problem(f"annotations/{basename(name)}", "should be a list of items"))
        return
    for n, entry in enumerate(doc, 1):
        where = f"annotations/{basename(name)} item {n}"
        url = clean_url(entry.get("url")) if isinstance(entry, dict) else None
        if url is None:
            parsed.problems.append(Problem(where, "an item without a web address; its highlights were not imported"))
            continue
        item = Item(url=url, title=text_or_none(entry.get("title")), where=where)
        for h in entry.get("highlights") or []:
            quote = h.get("quote") if isinstance(h, dict) else None
            if not isinstance(quote, str) or not quote.strip():
                parsed.problems.append(Problem(where, "a highlight without words was skipped"))
                continue
            created = date_or_none(from_unix, h.get("created_at"))
            item.highlights.append(ImportedHighlight(exact=quote.strip(), created=created))
        parsed.items.append(item)


KINDS = [
    Kind("pocket-zip", "Pocket pocket.zip", _is_zip, read_zip),
    Kind("pocket-html", "Pocket ril_export.html", _is_html, read_html),
]
