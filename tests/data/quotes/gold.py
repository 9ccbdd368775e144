"""Loader and self-check for the direct-quote gold set.

Usage:
    python3 tests/data/quotes/gold.py [DIR]

``load_gold(dirpath)`` returns one dict per article, sorted by file name:
``{"name": "01_slug", "text": <article text>, "gold": <parsed JSON>}``.

``check(dirpath)`` verifies the set (see README.md) and prints per-tag
counts.  It returns True when every check passes, False otherwise.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

# Tags describing how a quote is marked or attributed (allowed on quotes
# and on articles).
QUOTE_TAGS = [
    "curly_double",
    "straight_double",
    "single_primary",
    "said_x",
    "x_said",
    "speech_verbs",
    "according_to",
    "colon_intro",
    "split_quote",
    "multi_paragraph",
    "multi_paragraph_open_once",
    "nested_quote",
    "continuation_paragraph",
    "pronoun",
    "title_shortform",
    "organisation",
    "partial",
    "unattributed",
]
# Tags describing things that look like quotes but are not (article level
# only, each backed by an entry in the optional "not_quotes" list).
TRAP_TAGS = ["trap_title", "trap_scare", "trap_nickname", "trap_apostrophe"]
ALL_TAGS = QUOTE_TAGS + TRAP_TAGS

# A quote made of several pieces cannot be found verbatim in the text.
MULTI_PIECE_TAGS = {"split_quote", "multi_paragraph", "multi_paragraph_open_once"}
QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019"
MIN_ARTICLES_PER_TAG = 3
MIN_QUOTES = 250
MIN_WORDS = 150


def load_gold(dirpath) -> list[dict]:
    """Load every NN_slug.txt / NN_slug.json pair in *dirpath*."""
    d = Path(dirpath)
    out = []
    for txt in sorted(d.glob("*.txt")):
        js = txt.with_suffix(".json")
        out.append(
            {
                "name": txt.stem,
                "text": txt.read_text(encoding="utf-8"),
                "gold": json.loads(js.read_text(encoding="utf-8")),
            }
        )
    return out


def _check_layout(name: str, text: str, errors: list[str]) -> int:
    if "\r" in text:
        errors.append(f"{name}: contains carriage returns")
    if "\n\n\n" in text:
        errors.append(f"{name}: more than one blank line between paragraphs")
    if text.startswith("\n") or text.startswith(" "):
        errors.append(f"{name}: starts with whitespace")
    for i, para in enumerate(text.strip("\n").split("\n\n")):
        if "\n" in para:
            errors.append(f"{name}: paragraph {i + 1} spans several lines")
        if not para.strip() or para != para.strip():
            errors.append(f"{name}: paragraph {i + 1} empty or padded")
    words = len(text.split())
    if words < MIN_WORDS:
        errors.append(f"{name}: only {words} words")
    return words


def _pieces(text: str, quote: str, start: int) -> list[tuple[int, str]] | None:
    """Split a multi-piece *quote* into pieces that occur in *text* in order.

    Greedy: from the current position take the longest run of words of the
    quote (the gold joins pieces with one space) found in the text, then go
    on after it.  Returns [(position, piece), ...] or None."""
    words = quote.split(" ")
    out: list[tuple[int, str]] = []
    i, pos = 0, start
    while i < len(words):
        for j in range(len(words), i, -1):
            piece = " ".join(words[i:j])
            found = text.find(piece, pos)
            if found >= 0:
                out.append((found, piece))
                pos, i = found + len(piece), j
                break
        else:
            return None
    return out


def _locate(text: str, quote: str, multi: bool, start: int) -> int | None:
    """Position of *quote* (or of its first piece for multi-piece quotes)
    at or after *start*, falling back to anywhere in the text; None if the
    quote cannot be found."""
    if not multi:
        pos = text.find(quote, start)
        if pos < 0:
            pos = text.find(quote)
        return pos if pos >= 0 else None
    pieces = _pieces(text, quote, start) or _pieces(text, quote, 0)
    if not pieces:
        return None
    return pieces[0][0]


def _bounded(text: str, pos: int, piece: str) -> bool:
    """True if *piece* at *pos* starts after a quotation mark or a paragraph
    start and ends before a quotation mark or a paragraph end."""
    end = pos + len(piece)
    before = text[pos - 1] if pos > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    return before in QUOTE_MARKS + "\n" and after in QUOTE_MARKS + "\n"


def _boundary_problem(text: str, quote: str, multi: bool, start: int) -> str | None:
    """Check that the gold text is delimited by quotation marks (or, for
    multi-paragraph quotes, paragraph breaks) in the article."""
    if not multi:
        pos = text.find(quote, start)
        while pos >= 0:
            if _bounded(text, pos, quote):
                return None
            pos = text.find(quote, pos + 1)
        return "not delimited by quotation marks"
    pieces = _pieces(text, quote, start) or _pieces(text, quote, 0) or []
    if len(pieces) < 2:
        return "tagged multi-piece but occurs verbatim as one piece"
    for pos, piece in pieces:
        if not _bounded(text, pos, piece):
            return f"piece {piece[:25]!r} not delimited by marks/paragraph breaks"
    return None


def check(dirpath) -> bool:
    d = Path(dirpath)
    errors: list[str] = []
    txts = {p.stem for p in d.glob("*.txt")}
    jsons = {p.stem for p in d.glob("*.json")}
    for missing in sorted(txts ^ jsons):
        errors.append(f"{missing}: .txt/.json pair incomplete")

    art_tags: Counter = Counter()
    quote_tags: Counter = Counter()
    kinds: Counter = Counter()
    n_quotes = 0
    arts = [a for a in load_gold(d) if a["name"] in jsons]
    for art in arts:
        name, text, gold = art["name"], art["text"], art["gold"]
        words = _check_layout(name, text, errors)
        if not isinstance(gold.get("style"), str) or not gold["style"]:
            errors.append(f"{name}: missing style")
        acases = gold.get("cases", [])
        for t in acases:
            if t not in ALL_TAGS:
                errors.append(f"{name}: unknown article tag {t!r}")
        art_tags.update(set(acases))

        used: set[str] = set()
        pos = 0
        for i, q in enumerate(gold.get("quotes", [])):
            label = f"{name} quote {i + 1}"
            qt = q.get("text")
            if not isinstance(qt, str) or not qt:
                errors.append(f"{label}: empty text")
                continue
            label = f"{name} quote {i + 1} ({qt[:30]!r})"
            if qt != qt.strip():
                errors.append(f"{label}: leading/trailing whitespace")
            if qt[0] in QUOTE_MARKS and qt[0] != "\u2019":
                errors.append(f"{label}: starts with a quotation mark")
            if "  " in qt or "\n" in qt:
                errors.append(f"{label}: double space or newline in text")
            sp = q.get("speaker", "MISSING")
            if sp is not None and (not isinstance(sp, str) or not sp.strip()):
                errors.append(f"{label}: bad speaker {sp!r}")
            if q.get("kind") not in ("direct", "partial"):
                errors.append(f"{label}: bad kind {q.get('kind')!r}")
            kinds[q.get("kind")] += 1
            qcases = q.get("cases", [])
            for t in qcases:
                if t not in QUOTE_TAGS:
                    errors.append(f"{label}: tag {t!r} not allowed on a quote")
                if t not in acases:
                    errors.append(f"{label}: tag {t!r} missing from article tags")
            if (q.get("kind") == "partial") != ("partial" in qcases):
                errors.append(f"{label}: kind/partial tag mismatch")
            if sp is None and "unattributed" not in qcases:
                errors.append(f"{label}: null speaker but not tagged unattributed")
            if sp is not None and "unattributed" in qcases:
                errors.append(f"{label}: tagged unattributed but has a speaker")
            used.update(qcases)
            quote_tags.update(set(qcases))
            multi = bool(MULTI_PIECE_TAGS & set(qcases))
            found = _locate(text, qt, multi, pos)
            if found is None:
                what = "head/tail" if multi else "text"
                errors.append(f"{label}: {what} not found in article")
                continue
            problem = _boundary_problem(text, qt, multi, pos)
            if problem:
                errors.append(f"{label}: {problem}")
            if found < pos and "nested_quote" not in qcases:
                errors.append(f"{label}: out of article order")
            pos = max(pos, found)
            n_quotes += 1

        traps = gold.get("not_quotes", [])
        trap_cases = set()
        for nq in traps:
            if nq.get("case") not in TRAP_TAGS:
                errors.append(f"{name}: not_quotes entry with bad case {nq!r}")
            if nq.get("text", "\0") not in text:
                errors.append(f"{name}: not_quotes text {nq.get('text')!r} not in article")
            trap_cases.add(nq.get("case"))
        for t in acases:
            if t in QUOTE_TAGS and t not in used:
                errors.append(f"{name}: article tag {t!r} on no quote")
            if t in TRAP_TAGS and t not in trap_cases:
                errors.append(f"{name}: article tag {t!r} has no not_quotes entry")
        for t in trap_cases:
            if t not in acases:
                errors.append(f"{name}: not_quotes case {t!r} missing from article tags")
        for q in gold.get("quotes", []):
            for nq in traps:
                if nq.get("text") == q.get("text"):
                    errors.append(f"{name}: {nq['text']!r} is both quote and trap")
        art["words"] = words

    print(f"{len(arts)} articles, {n_quotes} located quotes "
          f"({kinds['direct']} direct, {kinds['partial']} partial)")
    print(f"{'tag':28} {'articles':>8} {'quotes':>7}")
    for t in ALL_TAGS:
        flag = "" if art_tags[t] >= MIN_ARTICLES_PER_TAG else "  <-- too few"
        qn = "-" if t in TRAP_TAGS else quote_tags[t]
        print(f"{t:28} {art_tags[t]:>8} {qn!s:>7}{flag}")
        if art_tags[t] < MIN_ARTICLES_PER_TAG:
            errors.append(f"tag {t!r} covered by {art_tags[t]} articles (< {MIN_ARTICLES_PER_TAG})")
    if n_quotes < MIN_QUOTES:
        errors.append(f"only {n_quotes} quotes (< {MIN_QUOTES})")
    long_ = [a["name"] for a in arts if a.get("words", 0) >= 1000]
    print(f"long features (1000+ words): {', '.join(long_) or 'none'}")

    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"FAILED: {len(errors)} error(s)")
    return not errors


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent
    sys.exit(0 if check(target) else 1)
