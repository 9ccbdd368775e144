"""HTML pages -> articles, with trafilatura finding the main content.

trafilatura returns the article body as an XML tree (``head``, ``p``,
``quote``, ``list``/``item``), which keeps the structure reader shows; the
page's scripts, styles and remote resources never reach the reading view,
which is built from these blocks alone.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from reader.errors import ImportFailed
from reader.importers import Imported
from reader.importers.decoding import decode
from reader.model import Article
from reader.text import fallback_title, join_blocks, normalize_block

log = logging.getLogger(__name__)

EXTRACTOR = "trafilatura"
#: How trafilatura is asked to extract (benchmarks/import_html.py uses the same).
#: Precision mode and no tables: on tests/data/html this keeps every body
#: paragraph and drops far more boilerplate than the defaults.
EXTRACT_OPTIONS: dict[str, Any] = {
    "with_metadata": True,
    "include_comments": False,
    "include_tables": False,
    "include_images": True,  # kept as figure blocks; loaded only when the reader asks
    "include_links": False,
    "favor_precision": True,
}
#: Less body text than this is not an article (an index page, a login wall).
MIN_ARTICLE_CHARS = 200

_HTML_LANG = re.compile(r"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?", re.IGNORECASE)
_TITLE_SUFFIX = re.compile(r"\s+(?:[|–—»·-]|::)\s+([^|–—»·:]{2,60})$")
# Short blocks that are page furniture whatever the site: advert markers,
# photo credits, newsletter and republishing promos, "read more" links.
_FURNITURE = re.compile(
    r"""^(?:
        (?:story\ )?continues\ below(?:\ this)?\ advert(?:isement)?\.?
      | (?:skip\ )?advert(?:isement)?
      | (?:read|see)\ (?:more|also)\b.*
      | (?:\w+\ )?(?:photo|image|picture|illustration)s?\ (?:by|courtesy\ of|credit:?)\ .{2,60}
      | (?:get|sign\ up\ for|subscribe\ to)\b.{0,60}\bnewsletters?\b.*
      | republish\ this\ (?:story|article)\b.*
      | key\ events | pinned\ post | show\ (?:key\ events|more) | load\ more(?:\ updates)?  # live-blog chrome
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_FURNITURE_MAX_CHARS = 160
# Appeals for money or membership, which sites put inside the article body.
_APPEAL = re.compile(
    r"\b(?:(?:please\s+)?consider\s+(?:a|making\s+a)\s+(?:contribution|donation)"
    r"|support\s+(?:our|independent|local)\s+(?:journalism|reporting)"
    r"|journalism\s+like\s+this\s+(?:costs|takes)\s+money"
    r"|become\s+a\s+(?:member|supporter|subscriber)\s+(?:today|now))\b",
    re.IGNORECASE,
)
_APPEAL_MAX_CHARS = 300
# The blurb under a newsletter promo's heading: "Every Tuesday in your inbox."
_SCHEDULE = re.compile(
    r"\b(?:every|each)\s+(?:day|week|morning|evening|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:daily|weekly|inbox)\b",
    re.IGNORECASE,
)
# Roles that bylines put beside a name ("Earl Tucker; Gazette Staff Writer").
_ROLE = re.compile(r"\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|desk)\b", re.IGNORECASE)
_BYLINE = re.compile(r"^By\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s*(?:,.*|$)")


def _text(el) -> str:
    return normalize_block("".join(el.itertext()))


def _lines(el) -> list[str]:
    lines, current = [], [el.text or ""]
    for child in el:
        if child.tag == "lb":
            lines.append(normalize_block("".join(current)))
            current = [child.tail or ""]
        else:
            current.append("".join(child.itertext()) + (child.tail or ""))
    lines.append(normalize_block("".join(current)))
    return [line for line in lines if line]


# A photo credit at the end of a caption: "... Gazette photo by Earl Tucker", "(Photo: AP)".
_CREDIT_TAIL = re.compile(
    r"\s*\(?(?:[\w'’]+\s){0,3}?(?:photo|image|picture|illustration)s?"
    r"(?:\s+(?:by|courtesy\s+of)|\s*:|\s+credit:?)\s+[^.()]{2,60}\)?\.?$",
    re.IGNORECASE,
)
_CAPTION_MAX_CHARS = 320


def attach_captions(parts: list[tuple]) -> list[tuple]:
    """A short paragraph right after a figure that ends in a photo credit is its caption.

    Extraction keeps an image's caption as a paragraph of its own; in the
    body it would read as article text, credit and all. It becomes the
    figure's text instead (its alt text, where there was no caption), without
    the credit.
    """
    out: list[tuple] = []
    for part in parts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev[0] in ("figure", "no-figure")
            and part[0] == "paragraph"
            and len(part[1]) <= _CAPTION_MAX_CHARS
            and (m := _CREDIT_TAIL.search(part[1]))
        ):
            caption = part[1][: m.start()].strip() or prev[1]
            out[-1] = (prev[0], caption, 0, prev[3])
            continue
        out.append(part)
    # An image that cannot be shown goes, with its caption, as it did before images were kept.
    return [p for p in out if p[0] != "no-figure"]


def drop_pull_quotes(parts: list[tuple]) -> list[tuple]:
    """A pull quote repeats words of the body in large type: keep the body's copy only."""
    body = "\n".join(p[1] for p in parts if p[0] == "paragraph")
    return [p for p in parts if not (p[0] == "blockquote" and len(p[1]) >= 20 and p[1].strip("“”\"'‘’ ") in body)]


def body_blocks(body) -> list[tuple]:
    """trafilatura's body tree -> (kind, text, level) parts in document order."""
    parts: list[tuple] = []
    for el in body:
        tag = el.tag
        if tag == "head":
            rend = el.get("rend") or "h2"
            level = int(rend[1]) if len(rend) == 2 and rend[1].isdigit() else 2
            parts.append(("heading", _text(el), level))
        elif tag == "quote":
            paras = [c for c in el if c.tag == "p"]
            if paras:
                parts.extend(("blockquote", _text(p), 0) for p in paras)
            else:
                parts.append(("blockquote", _text(el), 0))
        elif tag == "list":
            parts.extend(("list_item", _text(item), 1) for item in el.iter("item"))
        elif tag == "p" and el.find("lb") is not None:
            # Pages that separate paragraphs with <br><br> come out as one <p>
            # with <lb/> marks: each line is a paragraph of its own.
            parts.extend(("paragraph", line, 0) for line in _lines(el))
        elif tag in ("p", "table", "code"):
            parts.append(("paragraph", _text(el), 0))
        elif tag == "graphic":
            src = (el.get("src") or "").strip()
            caption = normalize_block(el.get("alt") or el.get("title") or "") or "Image"
            if src.lower().startswith(("http://", "https://")):  # never data:, file: or a script
                parts.append(("figure", caption, 0, src))
            else:  # an image with no address reader could load (a page saved without its URL)
                parts.append(("no-figure", caption, 0, None))
        else:
            text = _text(el)
            if text:
                parts.append(("paragraph", text, 0))
    return parts


def split_title(title: str | None, site: str | None) -> tuple[str | None, str | None]:
    """Split "Headline | Site Name" -> ("Headline", "Site Name"), when the tail is the site or short."""
    if not title:
        return None, None
    title = normalize_block(title)
    m = _TITLE_SUFFIX.search(title)
    if m and (site is None or site.lower() in m.group(1).lower() or len(m.group(1)) < 40):
        stripped = title[: m.start()].strip()
        if len(stripped) >= 10:
            return stripped, m.group(1).strip()
    return title, None


def clean_author(author: str | None) -> str | None:
    """Drop roles and duplicates from trafilatura's "A; B" author string."""
    if not author:
        return None
    names = []
    for part in re.split(r"\s*;\s*", normalize_block(author)):
        if part and not _ROLE.search(part) and part not in names:
            names.append(part)
    return ", ".join(names) or None


def drop_furniture(parts: list[tuple]) -> list[tuple]:
    """Drop page furniture that extraction kept: markers, credits, promos, appeals."""
    kept: list[tuple] = []
    after_promo = False
    for part in parts:
        kind, text = part[0], part[1]
        furniture = kind not in ("blockquote", "figure") and (
            (len(text) <= _FURNITURE_MAX_CHARS and _FURNITURE.match(text) is not None)
            or (len(text) <= _APPEAL_MAX_CHARS and _APPEAL.search(text) is not None)
            # a promo box is a heading and a one-line blurb
            or (after_promo and len(text) <= 120 and _SCHEDULE.search(text) is not None)
        )
        after_promo = furniture and "newsletter" in text.lower()
        if not furniture:
            kept.append(part)
    return kept


def parse_html(text: str, *, source: str, url: str | None = None, name: str = "") -> Article:
    """Extract the article in an HTML page (already decoded)."""
    import trafilatura  # ~150 ms to import: only when an HTML page is opened

    try:
        doc: Any = trafilatura.bare_extraction(text, url=url, **EXTRACT_OPTIONS)  # a Document (as_dict is off)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        log.info("trafilatura failed on %s", source, exc_info=True)
        raise ImportFailed(f"{source}: the page could not be read as HTML ({type(exc).__name__})") from None
    if doc is None or doc.body is None:
        raise ImportFailed(f"{source}: no article found on the page")
    site = normalize_block(doc.sitename) if doc.sitename else None
    title, title_site = split_title(doc.title, site)
    site = site or title_site
    author = clean_author(doc.author)
    parts = drop_pull_quotes(drop_furniture(attach_captions(body_blocks(doc.body))))
    # A body that repeats the headline as its first block shows it twice.
    if parts and title and parts[0][1].casefold() == title.casefold():
        parts = parts[1:]
    # A byline the extractor kept as body text ("By Hal Brodsky, Staff Writer").
    if parts and len(parts[0][1]) < 120 and (m := _BYLINE.match(parts[0][1])):
        author = author or m.group(1)
        parts = parts[1:]
    canonical, blocks = join_blocks(parts)
    if len(canonical) < MIN_ARTICLE_CHARS:
        raise ImportFailed(f"{source}: no article found on the page (only {len(canonical)} characters of text)")
    if not title:
        heads = [b for b in blocks if b.kind == "heading"]
        title = canonical[heads[0].start : heads[0].end] if heads else fallback_title(name or source)
    lang = doc.language
    if not lang:
        m = _HTML_LANG.search(text[:5000])
        lang = m.group(1).lower() if m else None
    return Article(
        title=title,
        text=canonical,
        blocks=blocks,
        source=source,
        url=doc.url or url,
        author=author,
        site=site or (doc.hostname or None),
        published=doc.date or None,
        language=lang,
        description=normalize_block(doc.description) if doc.description else None,
    )


def parse(data: bytes, *, source: str, url: str | None = None, charset: str | None = None, name: str = "") -> Imported:
    text = decode(data, source, declared=charset, html=True)
    return Imported(parse_html(text, source=source, url=url, name=name), data, "text/html")


#: The kept original of an article whose HTML another service had already
#: extracted (an Omnivore or Wallabag export): its blocks are read as they are,
#: not run through main-content extraction again.
SAVED_CONTENT_TYPE = "text/html+extracted"
_SKIP = frozenset(
    {"script", "style", "noscript", "iframe", "object", "embed", "form", "button", "nav", "svg", "template"}
)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCKS = frozenset({"p", "pre", "li", "dt", "dd", "figcaption", "tr", "caption"})


def content_blocks(root) -> list[tuple]:
    """An article's HTML (already the article, not a whole page) -> (kind, text, level[, src]) parts."""
    parts: list[tuple] = []
    loose: list[str] = []

    def flush() -> None:
        text = normalize_block("".join(loose))  # inline pieces join as written: no space inside 「<em>…</em>」
        loose.clear()
        if text:
            parts.append(("paragraph", text, 0))

    def walk(el, quoted: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if tag in _SKIP or not tag:
            return
        if tag == "img":
            flush()
            src = (el.get("src") or "").strip()
            if src.lower().startswith(("http://", "https://")):
                parts.append(("figure", normalize_block(el.get("alt") or "") or "Image", 0, src))
            return
        if tag == "br":
            loose.append("\n")
            return
        if tag in _HEADINGS or tag in _BLOCKS:
            flush()
            text = normalize_block(el.text_content())
            if text:
                kind = (
                    "heading"
                    if tag in _HEADINGS
                    else "blockquote"
                    if quoted
                    else "list_item"
                    if tag == "li"
                    else "paragraph"
                )
                parts.append((kind, text, _HEADINGS.get(tag, 1 if tag == "li" else 0)))
            return
        if tag == "blockquote":
            flush()
            before = len(parts)
            if el.text and el.text.strip():
                loose.append(el.text)
            for child in el:
                walk(child, True)
                if child.tail and child.tail.strip():
                    loose.append(child.tail)
            if loose:
                text = normalize_block("".join(loose))
                loose.clear()
                if text:
                    parts.append(("blockquote", text, 0))
            for i in range(before, len(parts)):
                if parts[i][0] == "paragraph":
                    parts[i] = ("blockquote", parts[i][1], 0)
            return
        if el.text:
            loose.append(el.text)
        for child in el:
            walk(child, quoted)
            if child.tail:
                loose.append(child.tail)
        if tag in (
            "div",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "aside",
            "ul",
            "ol",
            "table",
            "figure",
            "body",
        ):
            flush()

    walk(root, False)
    flush()
    return parts


def parse_content(data: bytes, *, source: str, url: str | None = None, title: str | None = None) -> Imported:
    """An article's saved content (HTML another service extracted) -> an Imported, read block by block."""
    from lxml import html as lxml_html

    text = decode(data, source, declared="utf-8", html=True)
    try:
        root = lxml_html.document_fromstring(text) if text.strip() else None
    except Exception:  # lxml raises ParserError, ValueError on odd input
        log.info("lxml could not read the saved content of %s", source, exc_info=True)
        root = None
    if root is None:
        raise ImportFailed(f"{source}: the saved content is empty")
    body = root.find("body")
    parts = drop_furniture(content_blocks(body if body is not None else root))
    canonical, blocks = join_blocks(parts)
    if not canonical:
        raise ImportFailed(f"{source}: the saved content has no text")
    if not title:
        heads = [b for b in blocks if b.kind == "heading"]
        title = canonical[heads[0].start : heads[0].end] if heads else fallback_title(url or source)
    return Imported(
        Article(title=title, text=canonical, blocks=blocks, source=source, url=url), data, SAVED_CONTENT_TYPE
    )
