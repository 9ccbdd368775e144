"""Megabytes of article text per second through the quote extractor.

Beside it, in the same run and over the same texts, a single compiled regex
that only finds quoted spans (the floor: one linear scan, no attribution).
Prints both and the ratio. Target: at least 5 MB/s.

The main figure repeats the development set's 31 articles until the size is
reached, so a cache kept from one article to the next would look better there
than on real copy; beside it, ``distinct_mb_per_s`` reads articles of every
gold set once each (every article a different text), one pass.

    python benchmarks/quotes_speed.py [--mb 4] [--quick]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import finish, machine, median  # noqa: E402
from quotes_eval import GOLD_DIR, canonical  # noqa: E402

QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"|‘[^’\n]*’")


def corpus(mb: float) -> list[tuple[str, list]]:
    sys.path.insert(0, str(GOLD_DIR))
    from gold import load_gold

    arts = [canonical(item["text"]) for item in load_gold(GOLD_DIR)]
    out, size = [], 0
    while size < mb * 1e6:
        for text, blocks in arts:
            out.append((text, blocks))
            size += len(text.encode("utf-8"))
    return out


def distinct(mb: float) -> list[tuple[str, list]]:
    """Articles of every gold set, spread over the sets and each taken once, to about ``mb`` megabytes."""
    sys.path.insert(0, str(GOLD_DIR))
    from gold import load_gold

    sets = sorted(p for p in GOLD_DIR.parent.glob("quotes*") if p.is_dir() and any(p.glob("*.json")))
    texts = [item["text"] for d in sets for item in load_gold(d)]
    step = max(1, int(len(texts) / (mb * 1e6 / (sum(len(t) for t in texts[:200]) / 200))))
    out, size = [], 0
    for text in texts[::step]:
        out.append(canonical(text))
        size += len(text.encode("utf-8"))
        if size >= mb * 1e6:
            break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=4.0)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="1 MB, 3 rounds")
    args = ap.parse_args()
    mb, rounds = (1.0, 3) if args.quick else (args.mb, args.rounds)

    from reader.quotes import extract_quotes

    texts = corpus(mb)
    total_mb = sum(len(t.encode("utf-8")) for t, _ in texts) / 1e6
    longest = max(len(t) for t, _ in texts)
    ours, floor = [], []
    n_quotes = n_spans = 0
    for _ in range(rounds):
        t0 = time.perf_counter()
        n_quotes = sum(len(extract_quotes(t, b)) for t, b in texts)
        ours.append(total_mb / (time.perf_counter() - t0))
        t0 = time.perf_counter()
        n_spans = sum(sum(1 for _ in QUOTED.finditer(t)) for t, _ in texts)
        floor.append(total_mb / (time.perf_counter() - t0))
    # articles all different, each once
    others = distinct(mb / 2)
    t0 = time.perf_counter()
    for t, b in others:
        extract_quotes(t, b)
    distinct_mb_s = sum(len(t.encode("utf-8")) for t, _ in others) / 1e6 / (time.perf_counter() - t0)
    # one long text, to show the cost stays linear in length
    big = "\n\n".join(t for t, _ in texts[:200])
    t0 = time.perf_counter()
    extract_quotes(big)
    big_mb_s = len(big.encode("utf-8")) / 1e6 / (time.perf_counter() - t0)

    stages = stage_shares(texts)
    m_ours, m_floor = median(ours), median(floor)
    print(f"machine: {machine()}")
    print(f"{len(texts)} articles, {total_mb:.1f} MB, {rounds} rounds (longest article {longest} chars)")
    print(f"extract_quotes:           median {m_ours:8.2f} MB/s  ({n_quotes} quotes)  target >= 5 MB/s")
    print(f"one regex, spans only:    median {m_floor:8.2f} MB/s  ({n_spans} spans)")
    print(f"ratio (regex / extractor): {m_floor / m_ours:.1f}")
    print(f"one {len(big) / 1e6:.1f} MB text in one call: {big_mb_s:.2f} MB/s")
    print(f"{len(others)} different articles of every gold set, once each: {distinct_mb_s:.2f} MB/s")
    print("where the time goes: " + ", ".join(f"{k} {v:.0%}" for k, v in stages.items()))
    finish(
        {
            "mb_per_s": m_ours,
            "floor_mb_per_s": m_floor,
            "ratio": m_floor / m_ours,
            "one_text_mb_per_s": big_mb_s,
            "distinct_mb_per_s": distinct_mb_s,
            **{f"share_{k.replace(' ', '_')}": round(v, 3) for k, v in stages.items()},
        }
    )


def stage_shares(texts: list[tuple[str, list]]) -> dict[str, float]:
    """The share of extraction time in each stage: finding quoted spans, the
    registry of names, and the rest (attribution and resolving speakers),
    timed stage by stage over the same texts (median of 3 rounds)."""
    from reader.quotes import extract_quotes
    from reader.quotes.extract import paragraphs
    from reader.quotes.marks import find_spans
    from reader.quotes.registry import Registry

    rounds: list[tuple[float, float, float]] = []
    for _ in range(3):
        spans_s = reg_s = whole_s = 0.0
        for t, b in texts:
            t0 = time.perf_counter()
            paras = paragraphs(t, b)
            spans = find_spans(t, paras)
            t1 = time.perf_counter()
            Registry(t, sorted(p for sp in spans for p in sp.pieces))
            t2 = time.perf_counter()
            extract_quotes(t, b)
            t3 = time.perf_counter()
            spans_s += t1 - t0
            reg_s += t2 - t1
            whole_s += t3 - t2
        rounds.append((spans_s / whole_s, reg_s / whole_s, 1 - (spans_s + reg_s) / whole_s))
    return {
        name: median([r[i] for r in rounds])
        for i, name in enumerate(("quoted spans", "name registry", "attribution and speakers"))
    }


if __name__ == "__main__":
    main()
