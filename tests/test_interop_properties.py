"""Property tests: any row another service could write is read back as written."""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader import interop

# Text a person could type: any printable character of any script, newlines included, no surrogates.
text = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029") | st.just("\n"))
line = text.map(lambda s: " ".join(s.split())).filter(bool)
tag = line.filter(lambda s: s.casefold() not in ("unread", "archive", "starred"))
slug = st.from_regex(r"[a-z0-9-]{1,20}", fullmatch=True)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read(name: str, data: bytes) -> interop.Parsed:
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / name
        p.write_bytes(data)
        return interop.read(p)


def csv_bytes(header: list[str], rows: list[list[str]], crlf: bool) -> bytes:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n" if crlf else "\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


@SETTINGS
@given(
    rows=st.lists(
        st.tuples(slug, text, text, st.sampled_from(["Unread", "Archive", "Starred"]) | tag, st.lists(tag, max_size=3)),
        min_size=1,
        max_size=6,
        unique_by=lambda r: r[0],
    ),
    crlf=st.booleans(),
)
def test_instapaper_rows_read_back(rows, crlf):
    header = ["URL", "Title", "Selection", "Folder", "Timestamp", "Tags"]
    data = [
        [f"https://example.org/{s}", title, sel, folder, str(1_600_000_000 + i), json.dumps(tags, ensure_ascii=False)]
        for i, (s, title, sel, folder, tags) in enumerate(rows)
    ]
    parsed = read("export.csv", csv_bytes(header, data, crlf))
    assert parsed.problems == []
    assert len(parsed.items) == len(rows)
    for item, (s, title, sel, folder, tags) in zip(parsed.items, rows, strict=True):
        assert item.url == f"https://example.org/{s}"
        assert item.title == (" ".join(title.split()) or None)
        assert [h.exact for h in item.highlights] == ([sel.strip()] if sel.strip() else [])
        custom = [] if folder in ("Unread", "Archive", "Starred") else [folder]
        assert item.tags == interop.unique(tags + custom)
        assert (item.archived, item.favourite) == (folder == "Archive", folder == "Starred")


@SETTINGS
@given(
    rows=st.lists(st.tuples(slug, line, st.lists(line, max_size=4)), min_size=1, max_size=5, unique_by=lambda r: r[0]),
)
def test_readwise_python_tag_lists_read_back(rows):
    header = ["Title", "URL", "ID", "Document tags", "Saved date", "Reading progress", "Location", "Seen"]
    data = [
        [title, f"https://example.org/{s}", str(i), repr(tags), "2024-05-02 08:14:09+00:00", "0.5", "later", "True"]
        for i, (s, title, tags) in enumerate(rows)
    ]
    parsed = read("docs.csv", csv_bytes(header, data, True))
    for item, (_s, _title, tags) in zip(parsed.items, rows, strict=True):
        assert item.tags == interop.unique(tags)
        assert item.progress == 0.5


def omnivore_markdown(quote: str, labels: list[str], note: str | None) -> str:
    """One highlight as Omnivore's exporter wrote it (see tests/data/interop/README.md).

    Its JavaScript ``quote.replace(/^(?=\\n)$|^\\s*?\\n/gm, "> ")`` turns each empty
    line into ``> `` (JavaScript steps past an empty match; Python's re.sub
    would match the newline after it too, so the empty lines are replaced here).
    """
    out = "> " + re.sub(r"^$", "> ", quote, flags=re.MULTILINE) + " "
    if labels:
        out += "\n\n" + " ".join(f"#{x}" for x in labels)
    if note:
        out += "\n\n" + note
    return out


paragraph = line.filter(lambda s: not s.startswith((">", "#")))
label = st.from_regex(r"[\w-]{1,12}", fullmatch=True)


@SETTINGS
@given(
    marks=st.lists(
        st.tuples(
            st.lists(paragraph, min_size=1, max_size=3),
            st.lists(label, max_size=3, unique=True),
            st.none() | paragraph,
        ),
        min_size=1,
        max_size=4,
    )
)
def test_omnivore_highlights_read_back(marks):
    md = "\n\n".join(omnivore_markdown("\n\n".join(paras), labels, note) for paras, labels, note in marks)
    meta = [{"id": "1", "slug": "a-b", "title": "T", "url": "https://example.org/x", "state": "Active", "labels": []}]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("metadata_0_to_1.json", json.dumps(meta))
        z.writestr("highlights/a-b.md", md)
    [item] = read("omnivore.zip", buf.getvalue()).items
    got = [(" ".join(h.exact.split()), h.tags, h.note) for h in item.highlights]
    want = [
        (" ".join(" ".join(p) for p in [paras]).strip(), interop.unique(labels), note) for paras, labels, note in marks
    ]
    assert got == [(" ".join(w.split()), t, n) for w, t, n in want]


@SETTINGS
@given(st.binary(max_size=400))
def test_any_bytes_are_read_or_refused_in_one_line(data):
    try:
        parsed = read("export.csv", data)
    except interop.ImportFailed as exc:
        assert "\n" not in exc.message
    else:
        assert all(isinstance(i, interop.Item) for i in parsed.items)
