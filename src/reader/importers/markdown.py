"""Markdown files -> articles, parsed with markdown-it-py (CommonMark).

Markup is dropped and structure kept: headings, paragraphs, block quotes and
list items become blocks; a leading ``# Title`` (or a YAML front matter
``title:``) is the article's title.
"""

from __future__ import annotations

import logging
import re

from reader.errors import ImportFailed
from reader.importers import Imported
from reader.importers.decoding import decode
from reader.model import Article
from reader.text import derive_title, fallback_title, join_blocks, normalize_block

log = logging.getLogger(__name__)

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n(?:---|\.\.\.)\s*\n", re.DOTALL)
_FIELD = re.compile(r"^(\w+)\s*:\s*(.+?)\s*$", re.MULTILINE)


def _inline_text(token) -> str:
    out = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
        elif child.type == "image":
            continue
    return "".join(out)


def parse(data: bytes, *, source: str, name: str = "") -> Imported:
    from markdown_it import MarkdownIt

    text = decode(data, source)
    meta: dict[str, str] = {}
    fm = _FRONT_MATTER.match(text)
    if fm:
        meta = {k.lower(): v.strip("\"'") for k, v in _FIELD.findall(fm.group(1))}
        text = text[fm.end() :]
    tokens = MarkdownIt("commonmark").parse(text)
    parts: list[tuple[str, str, int]] = []
    context: list[str] = []
    for i, tok in enumerate(tokens):
        if tok.type in ("blockquote_open", "list_item_open"):
            context.append(tok.type)
        elif tok.type in ("blockquote_close", "list_item_close"):
            context.pop()
        elif tok.type == "inline":
            opener = tokens[i - 1]
            if opener.type == "heading_open":
                parts.append(("heading", _inline_text(tok), int(opener.tag[1])))
            elif "list_item_open" in context:
                parts.append(("list_item", _inline_text(tok), 1))
            elif "blockquote_open" in context:
                parts.append(("blockquote", _inline_text(tok), 0))
            else:
                parts.append(("paragraph", _inline_text(tok), 0))
        elif tok.type in ("fence", "code_block"):
            parts.append(("paragraph", tok.content, 0))
    title = normalize_block(meta["title"]) if meta.get("title") else None
    if not title and parts and parts[0][0] == "heading" and parts[0][2] == 1:
        title = normalize_block(parts[0][1])
        parts = parts[1:]
    canonical, blocks = join_blocks(parts)
    if not canonical:
        raise ImportFailed(f"{source}: the file has no text")
    if not title:
        title = derive_title(canonical[blocks[0].start : blocks[0].end]) or fallback_title(name)
    article = Article(
        title=title,
        text=canonical,
        blocks=blocks,
        source=source,
        author=meta.get("author"),
        published=meta.get("date"),
        url=meta.get("url") or meta.get("canonical_url"),
        description=meta.get("description"),
    )
    return Imported(article, data, "text/markdown")
