"""Turn a source (a file path, later a URL) into an :class:`~reader.model.Article`.

Each importer module handles one kind of source and returns a
:class:`Imported`: the article plus the original bytes, kept so that a better
extractor can re-derive the article later. Everything a user can get wrong
raises :class:`~reader.errors.ImportFailed` with a one-line message.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from reader.errors import ImportFailed
from reader.model import Article

log = logging.getLogger(__name__)

#: Largest file reader will open (the same limit as a download).
MAX_BYTES = 20 * 1024 * 1024


@dataclass(slots=True)
class Imported:
    """An article with the source bytes it was made from."""

    article: Article
    original: bytes
    original_type: str  # a MIME type: text/plain, text/html, text/markdown

    @property
    def extractor(self) -> str:
        """Which importer made the canonical text (stored, so a later one can redo it)."""
        return _EXTRACTORS.get(self.original_type, self.original_type)


_EXTRACTORS = {
    "text/plain": "plaintext",
    "text/html": "trafilatura",
    "text/markdown": "markdown-it-py",
    "text/html+extracted": "saved-content",
}


def read_source_file(path: Path) -> bytes:
    """Read a file's bytes, turning every way it can fail into one clear line."""
    if not path.exists():
        raise ImportFailed(f"{path}: no such file")
    if path.is_dir():
        raise ImportFailed(f"{path}: a folder with no articles in it (looked for .html, .htm, .md, .txt files)")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportFailed(f"{path}: too large ({size // (1024 * 1024)} MB; the limit is 20 MB)")
        data = path.read_bytes()
    except PermissionError:
        raise ImportFailed(f"{path}: permission denied") from None
    except OSError as exc:
        raise ImportFailed(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if not data.strip():
        raise ImportFailed(f"{path}: the file is empty")
    if looks_binary(data):
        raise ImportFailed(f"{path}: looks like a binary file, not an article")
    return data


_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def looks_binary(data: bytes) -> bool:
    """Whether the first 8 KB are not text: many NUL or control bytes.

    Text in UTF-16 or UTF-32 with a byte-order mark (what Windows Notepad
    saves as "Unicode") is full of NUL bytes and is text all the same; so is
    a text with a stray NUL or two (they are dropped on reading).
    """
    head = data[:8192]
    for bom, codec in _WIDE_BOMS:
        if head.startswith(bom):
            import unicodedata

            text = head[len(bom) :].decode(codec, errors="ignore")
            # Controls, unassigned and private-use characters: what bytes that are no text decode to.
            odd = sum(1 for c in text if unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs") and c not in "\t\n\f\r")
            # Text in any script has spaces, line breaks or punctuation; bytes read two by two have none.
            shaped = sum(1 for c in text if c.isspace() or unicodedata.category(c).startswith("P"))
            return not text or odd > len(text) * 0.02 or shaped < max(1, len(text) // 100)
    nuls = head.count(0)
    if nuls > max(2, len(head) // 200):
        return True
    controls = len(head.translate(None, _NOT_A_CONTROL))  # (deletes every other byte: one pass in C)
    return controls > len(head) * 0.05


#: Every byte but the control bytes text never holds (tab, line feed, form feed, carriage return and escape are
#: text's own; NUL is counted apart): what looks_binary deletes to count the rest.
_NOT_A_CONTROL = bytes(b for b in range(256) if not (b < 32 and b not in (0, 9, 10, 12, 13, 27)))


HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
TEXT_SUFFIXES = {".txt", ".text"}
NOT_YET = {".pdf": "PDF", ".epub": "EPUB", ".docx": "Word", ".doc": "Word", ".odt": "OpenDocument"}
#: Files a folder import picks up.
SUPPORTED_SUFFIXES = HTML_SUFFIXES | MARKDOWN_SUFFIXES | TEXT_SUFFIXES


def load_path(path: str | os.PathLike[str]) -> Imported:
    """Import one file, choosing the importer by its extension (or its content)."""
    from reader.importers import html, markdown, plaintext

    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in NOT_YET:
        raise ImportFailed(f"{p}: {NOT_YET[suffix]} files are not supported yet")
    data = read_source_file(p)
    source = str(p.resolve())
    head = data[:1024].lstrip().lower()
    if suffix in HTML_SUFFIXES or (
        suffix not in TEXT_SUFFIXES | MARKDOWN_SUFFIXES and head.startswith((b"<!doctype html", b"<html"))
    ):
        return html.parse(data, source=source, name=p.name)
    if suffix in MARKDOWN_SUFFIXES:
        return markdown.parse(data, source=source, name=p.name)
    if head.startswith(b"%pdf-"):
        raise ImportFailed(f"{p}: PDF files are not supported yet")
    return plaintext.parse(data, source=source, name=p.name)


def parse_bytes(
    data: bytes, content_type: str, *, source: str, url: str | None = None, charset: str | None = None
) -> Imported:
    """Bytes of a known type (a kept original, a download) -> an article."""
    from reader.importers import html, markdown, plaintext

    if content_type in ("text/html", "application/xhtml+xml"):
        return html.parse(data, source=source, url=url, charset=charset)
    if content_type == html.SAVED_CONTENT_TYPE:
        return html.parse_content(data, source=source, url=url)
    if "markdown" in content_type:
        return markdown.parse(data, source=source)
    return plaintext.parse(data, source=source, charset=charset)


def load(source: str | os.PathLike[str], *, cancelled=None) -> Imported:
    """Import a file path or an http(s) URL."""
    from reader.importers import url

    s = os.fspath(source)
    if url.is_url(s):
        return url.load_url(s, cancelled=cancelled)
    return load_path(s)
