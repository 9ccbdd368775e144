"""Plain-text articles: paragraphs separated by blank lines.

Read as UTF-8 (or the declared charset); other encodings are detected.

A first line that reads as a headline (short, no closing full stop) is the
title. Otherwise the first line stays the first paragraph (wire copy and the
sample open with their summary sentence) and the title is derived from it.
"""

from __future__ import annotations

import logging

from reader.errors import ImportFailed
from reader.importers import Imported
from reader.importers.decoding import decode
from reader.model import Article
from reader.text import (
    derive_title,
    fallback_title,
    join_blocks,
    looks_like_headline,
    normalize_block,
    split_paragraphs,
)

log = logging.getLogger(__name__)


def parse(data: bytes, *, source: str, name: str = "", charset: str | None = None) -> Imported:
    text = decode(data, source, declared=charset)
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        raise ImportFailed(f"{source}: the file is empty")
    title = None
    first_lines = paragraphs[0].strip().splitlines()
    first = normalize_block(first_lines[0]) if len(first_lines) == 1 else ""
    if len(paragraphs) > 1 and first and looks_like_headline(first):
        title = first
        paragraphs = paragraphs[1:]
    canonical, blocks = join_blocks(("paragraph", p) for p in paragraphs)
    if not canonical:
        raise ImportFailed(f"{source}: the file has no text")
    if title is None:
        title = derive_title(canonical[blocks[0].start : blocks[0].end]) or fallback_title(name)
    article = Article(title=title, text=canonical, blocks=blocks, source=source)
    return Imported(article, data, "text/plain")
