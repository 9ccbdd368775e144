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


def read_source_file(path: Path) -> bytes:
    """Read a file's bytes, turning every way it can fail into one clear line."""
    if not path.exists():
        raise ImportFailed(f"{path}: no such file")
    if path.is_dir():
        raise ImportFailed(f"{path}: is a directory, not a file")
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


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control bytes, in the first 8 KB mean binary."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) * 0.05


def load_path(path: str | os.PathLike[str]) -> Imported:
    """Import one file, choosing the importer by its extension."""
    from reader.importers import plaintext

    p = Path(path)
    data = read_source_file(p)
    return plaintext.parse(data, source=str(p.resolve()), name=p.name)
