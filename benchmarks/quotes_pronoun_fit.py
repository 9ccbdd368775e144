"""Fit the model that weighs who a speaking he/she is, and measure it beside the rules.

Every speaking "he" or "she" outside quotes (``"...," she said``) that the
extractor resolves on the gold sets is recorded with the people it could be
(:func:`reader.quotes.pronouns.candidates`) and labelled by the quote's gold
speaker.  A conditional logit over the candidates is fitted (L2, Newton's
method, pure Python), and scored leave-one-set-out: the model that judges a
set never saw it.  Beside it, on the same pronouns, the rules' own answers.
Reported per group of sets and pooled: right, wrong and empty (no answer),
counting only pronouns whose quote has a named gold speaker.

The rules were tuned on every one of these sets, so on the older sets their
figures are flattering; the newest sets (held out until their scoring) show
the rules nearer their fresh-copy accuracy.

Used for tuning: the development set and held-out sets 1 to 40.

    python benchmarks/quotes_pronoun_fit.py [--quick] [--write] [--sets 30-38]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "tests" / "data" / "quotes"))
from _common import solve  # noqa: E402

L2 = 1.0


def all_sets() -> list[str]:
    names = ["quotes", "quotes-heldout"]
    nums = sorted(
        int(p.name.rsplit("-", 1)[1])
        for p in (ROOT / "tests" / "data").glob("quotes-heldout-*")
        if p.name.rsplit("-", 1)[1].isdigit()
    )
    return names + [f"quotes-heldout-{n}" for n in nums]


def collect(set_name: str) -> list[dict]:
    """Each speaking he/she in ``set_name``: its candidates' features, the rules' answer and the gold speaker."""
    from gold import load_gold
    from quotes_eval import canonical, norm_speaker, pair_quotes

    from reader.quotes import extract as ex
    from reader.quotes import extract_quotes, pronouns

    calls: dict[int, list] = {}
    original = ex.Extractor._who

    def recording(self, state, a, pieces, attr, kind, sp_lo):
        m = attr[1] if attr is not None else None
        if m is not None and m.kind == "pronoun" and m.word in ("he", "she") and not self.reg.in_quote(m.start):
            calls[m.start] = [(e.name, f) for e, f in pronouns.candidates(state.story, m.start, m.word)]
        return original(self, state, a, pieces, attr, kind, sp_lo)

    rows = []
    ex.Extractor._who = recording
    second = ex.Extractor._second_opinion
    ex.Extractor._second_opinion = lambda self, story, m, who, after: (who, after)  # the rules alone
    try:
        for item in load_gold(ROOT / "tests" / "data" / set_name):
            calls.clear()
            text, blocks = canonical(item["text"])
            quotes = extract_quotes(text, blocks, unclear_below=0.0)
            for g, k in pair_quotes(item["gold"]["quotes"], quotes):
                if k is None:
                    continue
                q = quotes[k]
                cands = calls.get(q.speaker_start) if q.speaker_start is not None else None
                if cands is None or not g.get("speaker") or q.method != "pronoun":
                    continue
                gold = norm_speaker(g["speaker"])
                rows.append(
                    {
                        "key": f"{set_name}/{item['name']}|{q.start}",
                        "gold": g["speaker"],
                        "rule": q.speaker,
                        "rule_right": norm_speaker(q.speaker) == gold,
                        "names": [n for n, _ in cands],
                        "feats": [f for _, f in cands],
                        "label": next((i for i, (n, _) in enumerate(cands) if norm_speaker(n) == gold), None),
                    }
                )
    finally:
        ex.Extractor._who = original
        ex.Extractor._second_opinion = second
    return rows


# -- conditional logit (L2, Newton's method) --------------------------------------


def fit(groups: list[tuple[list[list[float]], int]], d: int, l2: float = L2) -> list[float]:
    """Weights maximising the log-likelihood of the right candidate in each group, less ``l2``/2 |w|^2."""
    w = [0.0] * d
    for _ in range(40):
        grad = [-l2 * x for x in w]
        hess = [[l2 if i == j else 0.0 for j in range(d)] for i in range(d)]
        for feats, y in groups:
            ps = _softmax([sum(a * b for a, b in zip(w, f, strict=True)) for f in feats])
            mean = [sum(p * f[i] for p, f in zip(ps, feats, strict=True)) for i in range(d)]
            for i in range(d):
                grad[i] += feats[y][i] - mean[i]
            for p, f in zip(ps, feats, strict=True):
                dv = [f[i] - mean[i] for i in range(d)]
                for i in range(d):
                    if dv[i]:
                        row = hess[i]
                        pi = p * dv[i]
                        for j in range(d):
                            row[j] += pi * dv[j]
        step = solve(hess, grad)
        w = [a + b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-7:
            break
    return w


def _softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def groups_of(rows: list[dict]) -> list[tuple[list[list[float]], int]]:
    return [(r["feats"], r["label"]) for r in rows if r["label"] is not None and len(r["feats"]) >= 2]


def score(rows: list[dict], w: list[float], unclear_below: float = 0.0) -> dict[str, int]:
    """Right, wrong and empty answers of the model with weights ``w`` on ``rows``."""
    t = {"right": 0, "wrong": 0, "empty": 0}
    for r in rows:
        if not r["feats"]:
            t["empty"] += 1
            continue
        ps = _softmax([sum(a * b for a, b in zip(w, f, strict=True)) for f in r["feats"]])
        best = max(range(len(ps)), key=ps.__getitem__)
        if ps[best] < unclear_below:
            t["empty"] += 1
        else:
            t["right" if best == r["label"] else "wrong"] += 1
    return t


def rule_score(rows: list[dict]) -> dict[str, int]:
    t = {"right": 0, "wrong": 0, "empty": 0}
    for r in rows:
        t["empty" if r["rule"] is None else ("right" if r["rule_right"] else "wrong")] += 1
    return t


def _fmt(t: dict[str, int]) -> str:
    n = sum(t.values()) or 1
    right, wrong = t["right"], t["wrong"]
    return f"right {right:4d} ({right / n:6.1%})  wrong {wrong:3d} ({wrong / n:5.1%})  empty {t['empty']:3d}"


def write_weights(weights: dict[str, float]) -> None:
    path = ROOT / "src" / "reader" / "quotes" / "pronouns.py"
    src = path.read_text(encoding="utf-8")
    body = "".join(f'    "{k}": {v:.4f},\n' for k, v in weights.items())
    new = re.sub(
        r"WEIGHTS: dict\[str, float\] = (?:\{[^}]*\}|\{name: 0\.0 for name in FEATURES\})\n",
        "WEIGHTS: dict[str, float] = {\n" + body + "}\n",
        src,
        count=1,
    )
    path.write_text(new, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="the development set and the ten newest sets only")
    ap.add_argument("--write", action="store_true", help="put the weights fitted on all sets into pronouns.py")
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--unclear-below", type=float, default=0.0)
    args = ap.parse_args()

    from _common import finish

    from reader.quotes.pronouns import FEATURES

    sets = all_sets()
    if args.quick:
        sets = sets[:1] + sets[-10:]
    data = {s: collect(s) for s in sets}
    d = len(FEATURES)
    tot_rule = {"right": 0, "wrong": 0, "empty": 0}
    tot_model = dict(tot_rule)
    new_rule = dict(tot_rule)
    new_model = dict(tot_rule)
    newest = set(sets[-10:])
    for s in sets:
        train = [g for t, rows in data.items() if t != s for g in groups_of(rows)]
        w = fit(train, d, args.l2)
        r, m = rule_score(data[s]), score(data[s], w, args.unclear_below)
        for tot, part in ((tot_rule, r), (tot_model, m)):
            for k in tot:
                tot[k] += part[k]
        if s in newest:
            for tot, part in ((new_rule, r), (new_model, m)):
                for k in tot:
                    tot[k] += part[k]
        print(f"{s:18s} rules: {_fmt(r)} | model: {_fmt(m)}")
    print(f"{'all sets':18s} rules: {_fmt(tot_rule)} | model: {_fmt(tot_model)}")
    print(f"{'ten newest':18s} rules: {_fmt(new_rule)} | model: {_fmt(new_model)}")
    w = fit([g for rows in data.values() for g in groups_of(rows)], d, args.l2)
    weights = dict(zip(FEATURES, w, strict=True))
    print(json.dumps({k: round(v, 4) for k, v in weights.items()}))
    if args.write:
        write_weights(weights)
    n = sum(tot_model.values()) or 1
    finish(
        {
            "pronouns": n,
            "rules_wrong": round(tot_rule["wrong"] / n, 4),
            "model_wrong": round(tot_model["wrong"] / n, 4),
            "newest_rules_wrong": round(new_rule["wrong"] / max(1, sum(new_rule.values())), 4),
            "newest_model_wrong": round(new_model["wrong"] / max(1, sum(new_model.values())), 4),
        }
    )


if __name__ == "__main__":
    main()
