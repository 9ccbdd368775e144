#!/usr/bin/env python3
"""Check trafilatura's extraction against the hand-written test pages in this folder.

For every NN_slug.html with an NN_slug.expected.json beside it, run
trafilatura.bare_extraction() on the raw bytes of the page (as an importer
reading a saved file would) and report:

  * expected body paragraphs missing from the extracted text
    (compared with whitespace collapsed; "partial" = only the start was found),
  * expected paragraphs found out of order,
  * boilerplate strings that leak into the extracted text,
  * pull quotes ("pullquotes" in expected.json) that show up as a duplicate of
    the body sentence they repeat,
  * boundary problems: expected paragraphs that are found only merged into a
    longer line of the extracted text (block boundaries lost),
  * whether the headline (expected title) is repeated as a line of the text,
  * extra lines (with --verbose): extracted lines that are neither an expected
    paragraph nor part of one, i.e. unlisted boilerplate or other leftovers,
  * metadata mismatches (title, author, date, site name, canonical url),
  * block-structure mismatches: each expected paragraph has a "kind"
    (p / heading / quote / item); the extracted Document.body tree is checked
    for the matching element (<p> / <head> / <quote> / <item>).

Pages whose expected.json is {"no_article": true} should yield no article:
the report shows what (if anything) was extracted.

Usage:
    /tmp/venv/bin/python check_trafilatura.py [--mode precision|default|recall|all]
        [--decode-declared] [--prune] [--verbose] [--strict] [PAGE ...]

--mode precision   favor_precision=True (default)
--mode default     favor_precision=False, favor_recall=False
--mode recall      favor_recall=True
--mode all         run all three and print a comparison table
--decode-declared  decode the bytes with the charset declared in the page before
                   handing a str to trafilatura (what an importer can do itself)
--prune            also pass a generic boilerplate prune_xpath list (experiment)
--strict           exit 1 when any miss, leak or metadata mismatch is found
PAGE               restrict to pages whose file name contains PAGE
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura

HERE = Path(__file__).resolve().parent
MODES = {
    "precision": {"favor_precision": True},
    "default": {},
    "recall": {"favor_recall": True},
}
SKIP_TAGS = {"body", "doc", "main", "list", "lb", "hi", "ref", "del"}
KIND_TAGS = {"p": {"p"}, "heading": {"head"}, "quote": {"quote"}, "item": {"item"}}
# --prune: a generic (not page-specific) list of common boilerplate containers,
# passed as prune_xpath; an experiment for choosing importer settings.
GENERIC_PRUNE = [
    "//*[contains(@class,'newsletter') or contains(@data-testid,'newsletter')]",
    "//*[contains(@class,'paywall')]",
    "//*[contains(@class,'promo')]",
    "//*[contains(@class,'pullquote') or contains(@class,'pull-quote')"
    " or contains(@data-testid,'pullquote')]",
    "//*[contains(@class,'read-more') or contains(@class,'related')]",
    "//*[contains(@class,'ad-slot') or contains(@class,'ad-container')"
    " or contains(@class,'inline-ad')]",
    "//*[contains(@class,'share') or contains(@class,'social')]",
]
CHARSET_RE = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]+)""", re.I)


def ws(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


@dataclass
class PageResult:
    name: str
    no_article_expected: bool = False
    extracted: bool = False
    text_len: int = 0
    missing: list[str] = field(default_factory=list)
    partial: list[str] = field(default_factory=list)
    out_of_order: int = 0
    leaks: list[str] = field(default_factory=list)
    pullquote_dups: list[str] = field(default_factory=list)
    meta: dict[str, tuple] = field(default_factory=dict)
    structure: list[tuple[str, str, str]] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    headline_in_text: bool = False
    n_paragraphs: int = 0
    preview: str = ""

    @property
    def problems(self) -> int:
        if self.no_article_expected:
            return int(self.extracted)
        return (
            len(self.missing)
            + len(self.partial)
            + len(self.leaks)
            + len(self.pullquote_dups)
            + len(self.meta)
            + self.out_of_order
        )


def load_input(path: Path, decode_declared: bool) -> bytes | str:
    raw = path.read_bytes()
    if not decode_declared:
        return raw
    m = CHARSET_RE.search(raw[:4096])
    enc = m.group(1).decode("ascii") if m else "utf-8"
    return raw.decode(enc, errors="replace")


def block_kind(el) -> str:
    """Kind of block an extracted element represents, from its tag and ancestors."""
    chain = [el, *el.iterancestors()]
    tags = [c.tag for c in chain]
    if "quote" in tags:
        return "quote"
    if "item" in tags:
        return "item"
    if el.tag == "head":
        return "head"
    return el.tag


def structure_check(body, paragraphs: list[str], kinds: list[str]) -> list[tuple[str, str, str]]:
    """Return (paragraph, expected kind, found kind) for paragraphs whose block type differs."""
    if body is None:
        return []
    blocks = []
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in SKIP_TAGS:
            continue
        blocks.append((ws("".join(el.itertext())), el))
    bad = []
    for para, kind in zip(paragraphs, kinds, strict=True):
        hit = next((el for t, el in blocks if t == para), None)
        if hit is None:  # merged or split block: take the smallest block containing it
            cands = [(len(t), el) for t, el in blocks if para in t]
            hit = min(cands, key=lambda c: c[0])[1] if cands else None
        if hit is None:
            continue  # reported as missing already
        found = block_kind(hit)
        expected_tags = KIND_TAGS[kind] | ({"quote"} if kind == "quote" else set())
        if found not in expected_tags:
            bad.append((para, kind, found))
    return bad


def expected_path(html_path: Path) -> Path:
    return html_path.with_name(html_path.stem + ".expected.json")


def check_page(
    html_path: Path, opts: dict, decode_declared: bool, prune: bool = False
) -> PageResult:
    exp = json.loads(expected_path(html_path).read_text(encoding="utf-8"))
    res = PageResult(name=html_path.stem)
    doc = trafilatura.bare_extraction(
        load_input(html_path, decode_declared),
        output_format="python",
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        prune_xpath=GENERIC_PRUNE if prune else None,
        **opts,
    )
    text = ws(doc.text) if doc is not None else ""
    res.extracted = bool(text)
    res.text_len = len(text)
    res.preview = text[:160]

    if exp.get("no_article"):
        res.no_article_expected = True
        return res

    paragraphs = [ws(p) for p in exp["paragraphs"]]
    res.n_paragraphs = len(paragraphs)
    last_pos = -1
    for para in paragraphs:
        pos = text.find(para)
        if pos < 0:
            head = para[:50]
            if len(para) > 60 and head in text:
                res.partial.append(para)
            else:
                res.missing.append(para)
            continue
        if pos < last_pos:
            res.out_of_order += 1
        last_pos = pos
    res.leaks = [b for b in exp["boilerplate"] if ws(b) in text]
    joined = " ".join(paragraphs)
    lines = [re.sub(r"^(?:[-*•] |\d+\. )", "", ws(line)) for line in (doc.text or "").split("\n")]
    lines = [line for line in lines if line]
    line_set = set(lines)
    res.merged = [p for p in paragraphs if p not in line_set and p in text]
    res.headline_in_text = ws(exp["title"]) in line_set
    res.extra = [
        line
        for line in lines
        if line != ws(exp["title"]) and not any(line in p for p in paragraphs)
    ]
    for pq in exp.get("pullquotes", []):
        core = ws(pq).strip("“”„‟«»\"' ")
        if len(core) >= 20 and text.count(core) > joined.count(core):
            res.pullquote_dups.append(pq)

    got = {
        "title": doc.title if doc else None,
        "author": doc.author if doc else None,
        "published": (doc.date or "")[:10] or None if doc else None,
        "site": doc.sitename if doc else None,
        "url": doc.url if doc else None,
    }
    for key, want in ((k, exp.get(k)) for k in got):
        have = got[key]
        if ws(want) != ws(have):
            res.meta[key] = (want, have)
    if doc is not None and exp.get("kinds"):
        res.structure = structure_check(doc.body, paragraphs, exp["kinds"])
    return res


def short(s: str, n: int = 70) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def print_report(results: list[PageResult], mode: str, verbose: bool) -> None:
    print(f"=== mode: {mode} ===")
    for r in results:
        if r.no_article_expected:
            if r.extracted:
                status = f"EXTRACTED {r.text_len} chars: {short(r.preview, 100)!r}"
            else:
                status = "OK (nothing extracted)"
            print(f"{r.name}: no_article expected -> {status}")
            continue
        found = r.n_paragraphs - len(r.missing) - len(r.partial)
        head = (
            f"{r.name}: paragraphs {found}/{r.n_paragraphs}"
            f"{f' (+{len(r.partial)} partial)' if r.partial else ''}, leaks {len(r.leaks)}, "
            f"{f'pull-quote dups {len(r.pullquote_dups)}, ' if r.pullquote_dups else ''}"
            f"meta mismatches {len(r.meta)}, structure mismatches {len(r.structure)}"
            f"{f', merged {len(r.merged)}' if r.merged else ''}, extra lines {len(r.extra)}"
            f"{', headline repeated in text' if r.headline_in_text else ''}"
            f"{f', out-of-order {r.out_of_order}' if r.out_of_order else ''}"
            f"{'' if r.extracted else '  [NOTHING EXTRACTED]'}"
        )
        print(head)
        for p in r.missing:
            print(f"    MISSING  {short(p)!r}")
        for p in r.partial:
            print(f"    PARTIAL  {short(p)!r}")
        for b in r.leaks:
            print(f"    LEAK     {short(b)!r}")
        for p in r.pullquote_dups:
            print(f"    PQ-DUP   {short(p)!r}")
        for k, (want, have) in r.meta.items():
            print(f"    META     {k}: expected {want!r}, got {have!r}")
        for p in r.merged:
            print(f"    MERGED   {short(p)!r}")
        if verbose:
            for line in r.extra:
                print(f"    EXTRA    {short(line)!r}")
            for p, want, have in r.structure:
                print(f"    STRUCT   expected {want}, got <{have}>: {short(p, 50)!r}")
    tot_p = sum(r.n_paragraphs for r in results)
    tot_miss = sum(len(r.missing) + len(r.partial) for r in results)
    tot_leak = sum(len(r.leaks) for r in results)
    tot_pq = sum(len(r.pullquote_dups) for r in results)
    tot_meta = sum(len(r.meta) for r in results)
    tot_struct = sum(len(r.structure) for r in results)
    print(
        f"TOTAL: missing/partial {tot_miss}/{tot_p} paragraphs, leaks {tot_leak}, "
        f"pull-quote dups {tot_pq}, meta mismatches {tot_meta}, structure mismatches {tot_struct}\n"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mode", choices=[*MODES, "all"], default="precision")
    ap.add_argument("--decode-declared", action="store_true")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--strict", action="store_true")
    ap.add_argument("--prune", action="store_true", help="also pass GENERIC_PRUNE as prune_xpath")
    ap.add_argument("pages", nargs="*")
    args = ap.parse_args()

    pages = sorted(p for p in HERE.glob("*.html") if expected_path(p).exists())
    if args.pages:
        pages = [p for p in pages if any(s in p.name for s in args.pages)]
    print(
        f"trafilatura {trafilatura.__version__}; {len(pages)} pages; "
        f"input: {'str decoded with declared charset' if args.decode_declared else 'raw bytes'}"
        f"{'; prune_xpath=GENERIC_PRUNE' if args.prune else ''}\n"
    )

    modes = list(MODES) if args.mode == "all" else [args.mode]
    all_results = {}
    for mode in modes:
        all_results[mode] = [
            check_page(p, MODES[mode], args.decode_declared, args.prune) for p in pages
        ]
        print_report(all_results[mode], mode, args.verbose)

    if len(modes) > 1:
        print("=== comparison (missing+partial / leaks+pull-quote dups / meta) ===")
        print(f"{'page':34}" + "".join(f"{m:>16}" for m in modes))
        for i, p in enumerate(pages):
            cells = []
            for m in modes:
                r = all_results[m][i]
                if r.no_article_expected:
                    cells.append("none" if not r.extracted else f"{r.text_len}ch")
                else:
                    miss = len(r.missing) + len(r.partial)
                    leak = len(r.leaks) + len(r.pullquote_dups)
                    cells.append(f"{miss}/{leak}/{len(r.meta)}")
            print(f"{p.stem:34}" + "".join(f"{c:>16}" for c in cells))

    failed = any(r.problems for rs in all_results.values() for r in rs)
    return 1 if (args.strict and failed) else 0


if __name__ == "__main__":
    sys.exit(main())
