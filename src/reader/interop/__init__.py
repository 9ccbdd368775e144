"""Other services' export files -> items (links or articles) with their highlights.

Each module here reads one service's export, by content rather than by
file name, and yields :class:`Item` values: an address, a title, tags,
dates, reading state, the article's content when the export carries it,
and highlights as text-quote anchors (exact words, with context where the
export has it). Nothing here touches the library; :meth:`reader.library.Library.import_file`
saves the items, places the highlights on the text (see :mod:`reader.anchoring`)
and reports what happened to each.

Known kinds (see :data:`KINDS`): Pocket (``ril_export.html`` and the
2024-25 ``pocket.zip``), Omnivore's export ZIP, Instapaper CSV, Readwise
Reader's documents CSV and Readwise's highlights CSV, Wallabag JSON,
Hypothesis JSON, W3C Web Annotation JSON-LD, and reader's own JSON backup.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from reader.errors import ImportFailed

#: Largest export file read (a Pocket or Omnivore ZIP of a big library with its saved pages).
MAX_EXPORT_BYTES = 512 * 1024 * 1024


@dataclass(slots=True)
class ImportedHighlight:
    """A highlight as an export gives it: its words, and what else it keeps."""

    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int | None = None  # a position hint in the article's text (code points), when the export has one
    end: int | None = None
    note: str | None = None
    tags: list[str] = field(default_factory=list)
    color: str | None = None
    created: str | None = None  # ISO 8601, UTC

    def key(self) -> str:
        return " ".join(self.exact.split())


@dataclass(slots=True)
class Item:
    """One saved item of another service: a link, or an article with its content."""

    url: str | None
    title: str | None = None
    tags: list[str] = field(default_factory=list)
    added: str | None = None  # when it was saved, ISO 8601 UTC
    published: str | None = None
    author: str | None = None
    description: str | None = None
    archived: bool = False
    favourite: bool = False
    read: bool = False
    progress: float | None = None  # 0..1
    html: str | None = None  # the article's content, when the export carries it
    highlights: list[ImportedHighlight] = field(default_factory=list)
    note: str | None = None  # a note on the item as a whole
    where: str = ""  # where in the file it came from ("row 3"), for messages
    text_hash: str | None = None  # for an item with no address: the hash of reader's text it was made on
    source_url: str | None = None  # the address as the file wrote it, when cleaning changed it

    def merge(self, other: Item) -> None:
        """Fold a later entry for the same address into this one.

        The first entry's fields (title, tags, dates, state) stand, as the
        newest row comes first in most exports; a field it left empty is
        filled from the later one. Highlights are united, without repeats of
        the same words and note; page notes are joined.
        """
        for name in ("title", "added", "published", "author", "description", "progress", "html"):
            if getattr(self, name) in (None, "") and getattr(other, name) not in (None, ""):
                setattr(self, name, getattr(other, name))
        if other.note and other.note != self.note:
            self.note = other.note if not self.note else f"{self.note}\n\n{other.note}"
        seen = {(h.key(), h.note) for h in self.highlights}
        for h in other.highlights:
            if (h.key(), h.note) not in seen:
                self.highlights.append(h)
                seen.add((h.key(), h.note))


@dataclass(slots=True)
class Problem:
    """A part of the file that could not be read (the rest imports)."""

    where: str
    message: str


@dataclass(slots=True)
class Parsed:
    """What one export file holds."""

    kind: str
    label: str
    items: list[Item] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    backup: object | None = None  # reader's own JSON backup, restored by the library as a whole


@dataclass(frozen=True, slots=True)
class Kind:
    name: str
    label: str
    sniff: Callable[[Source], bool]
    read: Callable[[Source], Parsed]


class Source:
    """An export file, read once: its bytes, and a ZIP's member names or a text's first part."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise ImportFailed(f"{path}: no such file") from None
        except OSError as exc:
            raise ImportFailed(f"{path}: cannot be read ({exc.strerror or exc})") from None
        if path.is_dir():
            raise ImportFailed(f"{path}: is a folder; give the export file itself")
        if size > MAX_EXPORT_BYTES:
            raise ImportFailed(f"{path}: too large ({size // (1024 * 1024)} MB; the limit is 512 MB)")
        try:
            self.data = path.read_bytes()
        except PermissionError:
            raise ImportFailed(f"{path}: permission denied") from None
        except OSError as exc:
            raise ImportFailed(f"{path}: cannot be read ({exc.strerror or exc})") from None
        if not self.data.strip():
            raise ImportFailed(f"{path}: the file is empty")
        self.zip: zipfile.ZipFile | None = None
        if self.data[:4] == b"PK\x03\x04":
            try:
                self.zip = zipfile.ZipFile(io.BytesIO(self.data))
            except zipfile.BadZipFile:
                raise ImportFailed(f"{path}: a damaged ZIP file") from None
        self._text: str | None = None
        self._json: object = _UNSET

    @property
    def names(self) -> list[str]:
        return [n for n in self.zip.namelist() if not n.endswith("/")] if self.zip else []

    def member(self, name: str) -> bytes:
        assert self.zip is not None
        return self.zip.read(name)

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "" if self.zip else decode_text(self.data, str(self.path))
        return self._text

    @property
    def json(self) -> object:
        """The file as JSON, or None when it is not JSON."""
        if self._json is _UNSET:
            head = self.text.lstrip()[:1]
            try:
                self._json = json.loads(self.text) if head in ("{", "[") else None
            except ValueError:
                self._json = None
        return self._json

    def csv_header(self) -> list[str]:
        """The first row, lower-cased and trimmed, when the file reads as CSV with a few columns."""
        if self.zip or self.text.lstrip()[:1] in ("{", "[", "<"):
            return []
        first = next(csv.reader(io.StringIO(self.text)), [])
        return [h.strip().lower() for h in first] if len(first) >= 2 else []


_UNSET = object()


def decode_text(data: bytes, where: str) -> str:
    """An export's bytes as text: UTF-8 (with or without a BOM), else what charset-normalizer finds."""
    from reader.importers.decoding import decode

    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return decode(data, where)


def kinds() -> list[Kind]:
    """Every kind of file ``reader import`` knows, in the order they are tried."""
    from reader.interop import hypothesis, instapaper, omnivore, pocket, readwise, w3c, wallabag

    return [
        *pocket.KINDS,
        omnivore.KIND,
        instapaper.KIND,
        *readwise.KINDS,
        wallabag.KIND,
        hypothesis.KIND,
        w3c.KIND,
        Kind("reader", "reader JSON backup", _is_reader_backup, _read_reader_backup),
    ]


def known_kinds() -> str:
    return ", ".join(k.label for k in kinds())


def detect(path: str | Path) -> tuple[Kind, Source]:
    """Which kind of export a file is, by its content; refuses with the known kinds otherwise."""
    src = Source(Path(path))
    for kind in kinds():
        try:
            if kind.sniff(src):
                return kind, src
        except (ValueError, KeyError, csv.Error, zipfile.BadZipFile, UnicodeDecodeError):
            continue
    raise ImportFailed(f"{path}: not an export reader knows (known: {known_kinds()})")


def read(path: str | Path, *, detected: tuple[Kind, Source] | None = None) -> Parsed:
    """Read an export file into items; a bad row becomes a :class:`Problem`, the rest is read.

    ``detected`` is what :func:`detect` already said of the file, so that it is not read and sniffed again.
    """
    kind, src = detected or detect(path)
    parsed = kind.read(src)
    parsed.items = merge_items(parsed.items)
    return parsed


def merge_items(items: Iterable[Item]) -> list[Item]:
    """One item per address (the first occurrence's fields win; tags and highlights are united)."""
    out: list[Item] = []
    by_key: dict[str, Item] = {}
    for item in items:
        key = url_key(item.url) if item.url else None
        if key is None:
            out.append(item)
        elif key in by_key:
            by_key[key].merge(item)
        else:
            by_key[key] = item
            out.append(item)
    return out


# -- shared readers of values ------------------------------------------------------------------

_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "pocket", "__twitter_impression")


def clean_url(raw: object) -> str | None:
    """An http(s) address as an item's URL (tracking parameters and the fragment dropped), or None."""
    if not isinstance(raw, str):
        return None
    s = raw.strip()
    try:
        parts = urlsplit(s)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    query = parts.query
    pairs = parse_qsl(query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not k.lower().startswith(_TRACKING)]
    if len(kept) != len(pairs):  # re-encoded only when something was dropped, so an address stays as written
        query = urlencode(kept)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, ""))


def url_key(url: str) -> str:
    """What two addresses of the same page share: no scheme difference, no ``www.``, no trailing slash."""
    parts = urlsplit(url)
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}?{parts.query}"


def unique(names: Iterable[str]) -> list[str]:
    """Names in their first order, without repeats (compared case-insensitively) or blanks."""
    seen: set[str] = set()
    out = []
    for n in names:
        n = " ".join(str(n).split())
        if n and n.casefold() not in seen:
            seen.add(n.casefold())
            out.append(n)
    return out


def from_unix(value: object) -> str | None:
    """Unix seconds (or milliseconds) as ISO 8601 UTC; None when empty. Raises ValueError when not a time."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    n = float(value)  # ValueError for words
    if n > 1e11:  # milliseconds
        n /= 1000
    if not 0 < n < 4e9:
        raise ValueError(f"{value!r} is not a time")
    return dt.datetime.fromtimestamp(n, dt.UTC).isoformat(timespec="seconds")


def from_iso(value: object) -> str | None:
    """An ISO 8601-like date or time (``Z``, ``+0200``, a space for ``T``, fractions) as ISO 8601 UTC."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, int | float):
        return from_unix(value)
    s = str(value).strip().replace("Z", "+00:00")
    if len(s) > 5 and s[-5] in "+-" and s[-4:].isdigit() and ":" not in s[-5:]:
        s = f"{s[:-2]}:{s[-2:]}"  # +0200 -> +02:00
    try:
        d = dt.datetime.fromisoformat(s)
    except ValueError:
        for fmt in ("%Y-%m-%d %H:%M:%S%z", "%Y/%m/%d %H:%M:%S", "%B %d, %Y %I:%M %p", "%B %d, %Y"):
            try:
                d = dt.datetime.strptime(s, fmt)
                break
            except ValueError:
                continue
        else:
            raise ValueError(f"{value!r} is not a date") from None
    if d.tzinfo is None:
        d = d.replace(tzinfo=dt.UTC)
    return d.astimezone(dt.UTC).isoformat(timespec="seconds")


def url_or_problem(raw: object, where: str, problems: list[Problem]) -> str | None:
    """:func:`clean_url` of an item's address; when it is not one, a :class:`Problem` is noted and None returned."""
    url = clean_url(raw)
    if url is None:
        problems.append(Problem(where, f"not a web address: {raw!r}"))
    return url


def date_or_problem(
    parse: Callable[[object], str | None], value: object, name: str, where: str, problems: list[Problem]
) -> str | None:
    """``parse(value)`` (:func:`from_unix` or :func:`from_iso`), or None with a :class:`Problem` noted."""
    try:
        return parse(value)
    except ValueError:
        what = "time" if parse is from_unix else "date"
        problems.append(Problem(where, f"{name} {value!r} is not a {what}; saved without it"))
        return None


def date_or_none(parse: Callable[[object], str | None], value: object) -> str | None:
    """``parse(value)``, or None when it is not a date (a highlight's time, dropped quietly)."""
    try:
        return parse(value)
    except ValueError:
        return None


def csv_rows(text: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """A CSV's header (lower-cased) and its rows as dicts keyed by it, each with its 1-based data row number."""
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in next(reader, [])]
    rows = []
    for n, row in enumerate(reader, 1):
        if not any(cell.strip() for cell in row):
            continue
        rows.append((n, {h: (row[i] if i < len(row) else "") for i, h in enumerate(header)}))
    return header, rows


def text_or_none(value: object) -> str | None:
    if value is None:
        return None
    s = " ".join(str(value).split())
    return s or None


# -- reader's own backup ---------------------------------------------------------------------------


def _is_reader_backup(src: Source) -> bool:
    doc = src.json
    return isinstance(doc, dict) and doc.get("format") == "reader-backup"


def _read_reader_backup(src: Source) -> Parsed:
    return Parsed("reader", "reader JSON backup", backup=src.json)
