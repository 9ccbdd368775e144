"""How well highlights are placed again on a revised article: right, wrong, or left detached.

Scores ``reader.anchoring.place`` on an evaluation set of article revisions
(``tests/data/anchoring-heldout/`` by default: old and new text, and for each
highlight the words where it belongs in the new text, or null when the
passage is gone). Beside it, in the same run, the naive floor: the first
occurrence of the exact words in the new text, else detached.

Each highlight counts as one of:

- right: placed, overlapping the expected words by at least half (IoU >= 0.5),
  or detached where the passage is gone; ``exact`` counts the right
  placements whose boundaries are exactly the expected words;
- wrong: placed where it does not belong (a wrong answer, worse than none);
- empty: detached although the passage is still there.

    python benchmarks/anchoring_eval.py [--set DIR] [--quick]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import finish  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SET = ROOT / "tests" / "data" / "anchoring-heldout"


def nth(text: str, words: str, n: int) -> int:
    start = -1
    for _ in range(n):
        start = text.index(words, start + 1)
    return start


def load(folder: Path) -> list[dict]:
    cases = []
    for spec in sorted(folder.glob("*.json")):
        stem = spec.name[: -len(".json")]
        old = (folder / f"{stem}.old.txt").read_text(encoding="utf-8")
        new = (folder / f"{stem}.new.txt").read_text(encoding="utf-8")
        items = []
        for h in json.loads(spec.read_text(encoding="utf-8"))["highlights"]:
            s = nth(old, h["exact"], h.get("occurrence", 1))
            expected = None
            if h.get("expected") is not None:
                es = nth(new, h["expected"], h.get("expected_occurrence", 1))
                expected = (es, es + len(h["expected"]))
            items.append({"span": (s, s + len(h["exact"])), "expected": expected, "why": h.get("why", "")})
        cases.append({"name": stem, "old": old, "new": new, "items": items})
    return cases


def judge(got: tuple[int, int] | None, expected: tuple[int, int] | None) -> str:
    if got is None:
        return "right" if expected is None else "empty"
    if expected is None:
        return "wrong"
    inter = max(0, min(got[1], expected[1]) - max(got[0], expected[0]))
    union = max(got[1], expected[1]) - min(got[0], expected[0])
    if union and inter / union >= 0.5:
        return "exact" if got == expected else "right"
    return "wrong"


def score(cases: list[dict], method) -> tuple[dict, list[str]]:
    counts = {"right": 0, "exact": 0, "wrong": 0, "empty": 0}
    notes = []
    for case in cases:
        for item in case["items"]:
            got = method(case["old"], case["new"], *item["span"])
            verdict = judge(got, item["expected"])
            counts["right" if verdict == "exact" else verdict] += 1
            counts["exact"] += verdict == "exact"
            if verdict in ("wrong", "empty"):
                shown = "detached" if got is None else repr(case["new"][got[0] : got[1]][:70])
                notes.append(f"{case['name']}: {verdict}: {case['old'][slice(*item['span'])][:60]!r} -> {shown}")
    return counts, notes


def reader_method(old: str, new: str, start: int, end: int) -> tuple[int, int] | None:
    from reader.anchoring import make_anchor, place

    p = place(make_anchor(old, start, end), new)
    return None if p.status == "detached" else (p.start, p.end)


def naive_method(old: str, new: str, start: int, end: int) -> tuple[int, int] | None:
    i = new.find(old[start:end])
    return None if i < 0 else (i, i + end - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, default=DEFAULT_SET, help="folder of cases")
    ap.add_argument("--quick", action="store_true", help="(the set is small; the same run)")
    ap.add_argument("--verbose", action="store_true", help="list every wrong and empty answer")
    args = ap.parse_args()
    cases = load(args.set)
    total = sum(len(c["items"]) for c in cases)
    t0 = time.perf_counter()
    mine, notes = score(cases, reader_method)
    elapsed = time.perf_counter() - t0
    floor, _ = score(cases, naive_method)
    print(f"set: {args.set.relative_to(ROOT) if args.set.is_relative_to(ROOT) else args.set}: "
          f"{len(cases)} revisions, {total} highlights")
    for name, c in (("reader.anchoring", mine), ("naive str.find floor", floor)):
        print(
            f"{name:>22}: right {c['right']}/{total} ({c['right'] / total:.1%}, exact boundaries {c['exact']}), "
            f"wrong {c['wrong']}, empty {c['empty']}"
        )
    if args.verbose:
        for line in notes:
            print("  " + line)
    finish(
        {
            "highlights": total,
            "right": mine["right"],
            "exact": mine["exact"],
            "wrong": mine["wrong"],
            "empty": mine["empty"],
            "accuracy": mine["right"] / total if total else 0.0,
            "floor_right": floor["right"],
            "floor_wrong": floor["wrong"],
            "floor_empty": floor["empty"],
            "floor_accuracy": floor["right"] / total if total else 0.0,
            "ms": elapsed * 1000,
        }
    )


if __name__ == "__main__":
    main()
