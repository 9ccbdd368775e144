"""Self-consistency check for the held-out highlight re-anchoring cases.

Standalone (stdlib only). Run from anywhere:

    python tests/data/anchoring-heldout/check.py

For every case NN_slug it loads NN_slug.old.txt, NN_slug.new.txt and
NN_slug.json and verifies that the data is well formed: the texts follow the
paragraph format, each `exact` occurs at least `occurrence` times in the old
text, each non-null `expected` occurs at least `expected_occurrence` times in
the new text, and no highlight (as located) crosses a paragraph break.
Occurrences are counted like str.find in a loop advancing one character, so
overlapping matches count (none of the current data depends on that).
Exits with status 1 and a list of problems if anything is wrong.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KNOWN_KINDS = {"unchanged", "inserted-before", "removed", "reworded", "reworded-around",
               "typography", "duplicate", "short-repeated", "moved", "rewritten"}


def positions(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def check_text(name, text, problems):
    if text != text.strip():
        problems.append(f"{name}: leading/trailing whitespace")
    if "\r" in text:
        problems.append(f"{name}: contains CR")
    for para in text.split("\n\n"):
        if not para or "\n" in para:
            problems.append(f"{name}: paragraphs must be single lines separated by exactly one blank line")
            break
        if para != para.strip():
            problems.append(f"{name}: paragraph with leading/trailing whitespace: {para[:40]!r}")


def main():
    problems = []
    slugs = sorted(f[:-5] for f in os.listdir(HERE) if f.endswith(".json"))
    totals = collections.Counter()
    kinds_total = collections.Counter()
    kinds_cases = collections.defaultdict(set)
    print(f"{'case':34} {'old words':>9} {'new words':>9} {'hl':>3} {'null':>4}  kinds")
    for slug in slugs:
        try:
            with open(os.path.join(HERE, slug + ".old.txt"), encoding="utf-8") as f:
                old = f.read()
            with open(os.path.join(HERE, slug + ".new.txt"), encoding="utf-8") as f:
                new = f.read()
            with open(os.path.join(HERE, slug + ".json"), encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, ValueError) as e:
            problems.append(f"{slug}: cannot load: {e}")
            continue
        check_text(slug + ".old.txt", old, problems)
        check_text(slug + ".new.txt", new, problems)
        words = len(old.split())
        if not 300 <= words <= 900:
            problems.append(f"{slug}: old text has {words} words (want 300-900)")
        if not isinstance(data.get("description"), str) or not data["description"]:
            problems.append(f"{slug}: missing description")
        hls = data.get("highlights", [])
        if not 6 <= len(hls) <= 12:
            problems.append(f"{slug}: {len(hls)} highlights (want 6-12)")
        nulls = 0
        case_kinds = collections.Counter()
        for i, h in enumerate(hls, 1):
            tag = f"{slug} #{i}"
            exact, occ = h.get("exact"), h.get("occurrence")
            expected, eocc = h.get("expected"), h.get("expected_occurrence")
            if not isinstance(exact, str) or not exact or not isinstance(occ, int) or occ < 1:
                problems.append(f"{tag}: bad exact/occurrence")
                continue
            if not isinstance(h.get("why"), str) or not h["why"]:
                problems.append(f"{tag}: missing why")
            for k in h.get("kinds", []):
                if k not in KNOWN_KINDS:
                    problems.append(f"{tag}: unknown kind {k!r}")
                case_kinds[k] += 1
                kinds_total[k] += 1
                kinds_cases[k].add(slug)
            if "\n" in exact:
                problems.append(f"{tag}: exact crosses a paragraph break")
            pos = positions(old, exact)
            if len(pos) < occ:
                problems.append(f"{tag}: exact {exact!r} occurs {len(pos)} times in old, occurrence={occ}")
            elif "\n\n" in old[pos[occ - 1]:pos[occ - 1] + len(exact)]:
                problems.append(f"{tag}: highlighted range crosses a paragraph break")
            if expected is None:
                nulls += 1
                if eocc is not None:
                    problems.append(f"{tag}: expected is null but expected_occurrence is {eocc!r}")
                continue
            if not isinstance(expected, str) or not expected or not isinstance(eocc, int) or eocc < 1:
                problems.append(f"{tag}: bad expected/expected_occurrence")
                continue
            if "\n" in expected:
                problems.append(f"{tag}: expected crosses a paragraph break")
            epos = positions(new, expected)
            if len(epos) < eocc:
                problems.append(f"{tag}: expected {expected!r} occurs {len(epos)} times in new, expected_occurrence={eocc}")
        totals["cases"] += 1
        totals["highlights"] += len(hls)
        totals["null"] += nulls
        kinds_str = ", ".join(f"{k} {n}" for k, n in sorted(case_kinds.items()))
        print(f"{slug:34} {words:9} {len(new.split()):9} {len(hls):3} {nulls:4}  {kinds_str}")
    print(f"\n{totals['cases']} cases, {totals['highlights']} highlights, {totals['null']} expected null (detached)")
    for k, n in sorted(kinds_total.items()):
        print(f"  {k:16} {n:3} highlights in {len(kinds_cases[k]):2} cases")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
