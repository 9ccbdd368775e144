"""The canonical text of an article and the helpers around it.

Every offset reader stores (a quote, a highlight, a search hit) is an index
into one string: the article's blocks, each normalised to a single line, joined
by a blank line (``"\\n\\n"``). This module builds that string and converts its
offsets for consumers that count differently (Qt counts UTF-16 code units).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from reader.model import Block

BLOCK_SEPARATOR = "\n\n"

# Zero-width and formatting characters that only confuse offsets and search;
# soft hyphens are invisible in print and break words for search.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_WHITESPACE = re.compile(r"\s+")
# C0/C1 controls other than whitespace: never meaningful in prose.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def normalize_block(raw: str) -> str:
    """One block's text as it appears in the canonical text.

    NFC-composed, invisible characters removed, every run of whitespace
    (newlines and no-break spaces included) folded to one space, trimmed.
    """
    s = unicodedata.normalize("NFC", raw).translate(_INVISIBLE)
    s = _CONTROLS.sub("", s)
    return _WHITESPACE.sub(" ", s).strip()


def join_blocks(parts: Iterable[tuple]) -> tuple[str, list[Block]]:
    """Build the canonical text from ``(kind, raw_text[, level[, src]])`` parts.

    Empty blocks are dropped. Returns the text and the blocks' spans in it.
    """
    pieces: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for part in parts:
        kind, raw = part[0], part[1]
        level = part[2] if len(part) > 2 else 0
        src = part[3] if len(part) > 3 else None
        text = normalize_block(raw)
        if not text:
            continue
        if pieces:
            pieces.append(BLOCK_SEPARATOR)
            pos += len(BLOCK_SEPARATOR)
        pieces.append(text)
        blocks.append(Block(kind, pos, pos + len(text), level, src))
        pos += len(text)
    return "".join(pieces), blocks


def split_paragraphs(text: str) -> list[str]:
    """Split plain text into paragraphs at blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [p for p in re.split(r"\n[ \t\u00a0]*\n", text) if p.strip()]


def text_hash(text: str) -> str:
    """A stable fingerprint of a canonical text (anchors and duplicates use it)."""
    import hashlib  # lazily: ~2 ms that a start-up showing one article does not need

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def tag_name(raw: str) -> str:
    """A tag's name as shown: one line, NFC, spaces folded, trimmed ("" if nothing is left)."""
    return normalize_block(raw)


def tag_key(raw: str) -> str:
    """A tag's name as compared: :func:`tag_name`, casefolded (so "CAFÉ" is "café" in any script)."""
    return tag_name(raw).casefold()


def tag_sort_key(name: str) -> tuple[str, str]:
    """Order tags as a reader expects: "économie" between "dogs" and "fish", not after "zebra"."""
    key = tag_key(name)
    bare = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    return bare, key


def word_count(text: str) -> int:
    return len(text.split())


# --- titles -----------------------------------------------------------------

_HEADLINE_MAX_WORDS = 16
_HEADLINE_MAX_CHARS = 120
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’»)]*\s+(?=[\"'“‘«(]?[A-Z0-9])")
# ", Sir Keir Starmer has said." / ", the minister said" / ", police say."
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+(?:[^,]{1,60}?)\s+(?:has |have |had )?(?:said|says|say|told \w+|warned|claimed|announced)"
    r"\s*[.!?]?$"
)
# Words before which a long first sentence can be cut and still read whole.
_CUT_BEFORE = {
    "to",
    "in",
    "for",
    "after",
    "as",
    "with",
    "at",
    "on",
    "over",
    "amid",
    "while",
    "which",
    "who",
    "because",
    "but",
    "and",
    "from",
    "by",
    "during",
}
_TITLE_TARGET_CHARS = 90
# A wire dateline opening the first sentence: "MAPLE HEIGHTS, Ohio — ", "LONDON (Reuters) - ".
_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][\w.’' ]{1,30})?\s*(?:\([\w ]{1,20}\)\s*)?[—–-]\s+")


def looks_like_headline(line: str) -> bool:
    """A short line without a closing full stop reads as a headline."""
    s = line.strip()
    if not s or "\n" in s:
        return False
    if len(s) > _HEADLINE_MAX_CHARS or len(s.split()) > _HEADLINE_MAX_WORDS:
        return False
    if s[0] in "\"“‘'«":  # an opening quotation is copy, not a headline
        return False
    return not s.endswith((".", ",", ";", ":", "…"))


def first_sentence(text: str) -> str:
    m = _SENTENCE_END.search(text)
    return text[: m.start()].strip() if m else text.strip()


def derive_title(paragraph: str) -> str:
    """A headline-length title made from an article's opening paragraph.

    News copy often opens with its one-sentence summary followed by an
    attribution ("..., Sir Keir Starmer has said."). Take the first sentence,
    drop that trailing attribution, and if it is still long cut it before a
    preposition or conjunction, so it reads whole; as a last resort cut at a
    word and add an ellipsis.
    """
    # The dateline first: its abbreviations ("Ore.", "D.C.") would end the first sentence.
    s = first_sentence(_DATELINE.sub("", normalize_block(paragraph)))
    s = _TRAILING_ATTRIBUTION.sub("", s).rstrip(" .,;:")
    if len(s) <= _TITLE_TARGET_CHARS:
        return s
    words = s.split(" ")
    at_comma = before_word = None
    length = 0
    for i, w in enumerate(words):
        if i >= 5 and length <= _TITLE_TARGET_CHARS:
            candidate = " ".join(words[:i]).rstrip(" ,;:")
            if not _balanced(candidate):
                pass
            elif words[i - 1].endswith(","):
                at_comma = candidate  # "... resigned Monday, two weeks after": the clause before the comma
            elif w.lower() in _CUT_BEFORE and not _dangling(words[i - 2 : i]):
                before_word = candidate
        length += len(w) + 1
    best = at_comma or before_word
    if best:
        return best
    cut = s[:_TITLE_TARGET_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:").split(" ")
    while len(cut) > 5 and cut[-1].lower() in _CUT_BEFORE | {"the", "a", "an", "that", "and", "of"}:
        cut.pop()  # "... testified Thursday that the…" reads better as "... testified Thursday…"
    return " ".join(cut).rstrip(" ,;:") + "…"


def _dangling(last_two: list[str]) -> bool:
    """Words that want what follows them ("said", "ended", "to pay"): a title cut after them reads unfinished."""
    w = last_two[-1].lower().rstrip(",;:")
    return w.endswith("ed") or w in ("said", "says", "told", "tells") or last_two[0].lower() == "to"


def _balanced(s: str) -> bool:
    """No quotation left open (a title must not end inside a quote)."""
    return s.count("“") == s.count("”") and s.count('"') % 2 == 0


def fallback_title(name: str) -> str:
    """A title from a file name: 'uk-return-hubs.txt' -> 'Uk return hubs'."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name)
    stem = re.sub(r"[-_]+", " ", stem).strip()
    return stem[:1].upper() + stem[1:] if stem else "Untitled"


# --- offsets ------------------------------------------------------------------


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_len(s: str) -> int:
    """Length of ``s`` in UTF-16 code units (what Qt counts): one more for each astral character."""
    if s.isascii():
        return len(s)
    return len(s) + len(_ASTRAL.findall(s))


def to_utf16_offset(text: str, offset: int) -> int:
    """Python index into ``text`` -> UTF-16 index into the same string."""
    return utf16_len(text[:offset])


def from_utf16_offset(text: str, offset16: int) -> int:
    """UTF-16 index into ``text`` -> Python index (rounding down mid-pair)."""
    units = 0
    for i, ch in enumerate(text):
        step = 2 if ord(ch) > 0xFFFF else 1
        if units + step > offset16:
            return i
        units += step
    return len(text)
