"""Bytes -> text, for sources whose encoding is declared, implied or unknown.

Order: a byte-order mark; the charset the server declared; for HTML, the
``<meta charset>`` / ``http-equiv`` declaration; UTF-8 if the bytes are valid
UTF-8; otherwise charset-normalizer's best guess. Bytes that nothing can decode
as text raise :class:`~reader.errors.ImportFailed`.
"""

from __future__ import annotations

import codecs
import logging
import re

from reader.errors import ImportFailed

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        info = codecs.lookup(name.strip().strip("\"'"))
    except LookupError:
        return None
    # Browsers treat a declared latin-1 / ascii as windows-1252 (WHATWG encoding
    # standard); real pages declared so often contain curly quotes in 0x80-0x9f.
    if info.name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return info.name


def declared_html_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def decode(data: bytes, source: str, *, declared: str | None = None, html: bool = False) -> str:
    """Decode ``data`` as text, or raise ImportFailed naming ``source``."""
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            return data.decode(bom_codec, errors="replace")
    candidates: list[str | None] = [_codec(declared)]
    if html:
        candidates.append(_codec(declared_html_charset(data)))
    for enc in candidates:
        if enc:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                log.info("%s: declared charset %s does not fit the bytes", source, enc)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ImportFailed(f"{source}: cannot tell how the text is encoded (not UTF-8 or a known charset)")
    log.info("%s: decoded as %s (guessed)", source, best.encoding)
    return str(best)
