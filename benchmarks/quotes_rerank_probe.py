"""Would a learned re-ranker of candidate speakers beat the rules? A probe, measured leave-sets-out.

Every quote the extractor finds on the gold sets (the rules' every guess,
``unclear_below=0``) is paired with the people and bodies the registry names
in its paragraph, the two before it and the one after (the candidates), each
described by shallow features: is it the rules' answer (with their method and
confidence), how far its nearest mention is before and after the quote, in
which paragraph, how often it is named, whether a speech verb follows or
precedes a mention, whether a mention follows "told"/"to"/"with" (a
listener), whether it opens a sentence, whether it spoke the quote before (or
the one before that), whether its sex fits a "he/she said" in the paragraph,
whether it is named inside the quote.  A classifier (logistic regression, or
gradient-boosted trees with ``--trees``) scores each candidate; the sets are
split into five folds by set, and each fold is scored by a model fitted on
the other four.  Two uses are tried on the scores: *switch* (replace the
rules' kept answer by the model's best candidate when it is sure and ahead
by a margin) and *fill* (name the model's best candidate where the rules left
the speaker empty, when it is sure).

Result (2026-12-02, engine v444, 45,418 quotes of the development set and
held-out 2 to 156; figures on held-out 100 to 156, 16,943 quotes, with
trees): the model agrees with the rules on nearly every quote they name, and
where it disagrees the rules are right three times in four, so *switch*
never fires at any threshold.  *Fill* gains +0.51% right for +0.14% wrong at
0.6, +0.16% right for +0.01% wrong at 0.8.  Not adopted: docs/PERFORMANCE.md,
"A learned re-ranker of candidate speakers".  Used for tuning: nothing (the
features were written once, before any figure).

Needs numpy and scikit-learn, which the project does not install
(``pip install numpy scikit-learn`` in a scratch environment).

    python benchmarks/quotes_rerank_probe.py [--quick] [--trees]
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "tests" / "data" / "quotes"))

from quotes_eval import GOLD_DIR, canonical, norm_speaker, pair_quotes  # noqa: E402

METHODS = ("name", "pronoun", "previous sentence", "nested", "statement", "role", "previous paragraph", "organisation")


def _verb_patterns():
    from reader.quotes import lexicon as lx

    verbs = "(?:" + "|".join(sorted(map(re.escape, lx.SPEECH_VERBS), key=len, reverse=True)) + ")"
    after = re.compile(r"(?:,[^,\n]{1,60},)?\s+(?:has |had |have |also |then |later )?" + verbs + r"\b")
    before = re.compile(r"\b" + verbs + r",?\s+(?:the\s+)?(?:[a-z]+\s+){0,3}$")
    pron = re.compile(r"\b([Hh]e|[Ss]he)\s+(?:also\s+|then\s+|later\s+)?" + verbs + r"\b")
    return after, before, pron


_LISTENER_RE = re.compile(
    r"\b(?:told|to|with|asked|by|tells|telling|for|about|of|thanked|interviewed)\s+(?:the\s+)?(?:[A-Za-z.]+\s+){0,2}$"
)
_NAME_END_RE = re.compile(r"(?:[A-Z][\w'\u2019.-]*(?:\s+(?:de|van|von|da|del|la|le|bin|al)?\s*)?)+")


def _lg(x: float) -> float:
    return math.log1p(max(0.0, x)) / 7


def _candidate_features(ctx: dict, q, name: str, ps_: list[int]) -> dict[str, float]:
    text, ends, ent, (ps, pe), pi, paras = (
        ctx["text"],
        ctx["ends"],
        ctx["ents"][name],
        ctx["para"],
        ctx["pi"],
        ctx["paras"],
    )
    after_re, before_re, _ = ctx["patterns"]
    is_rule = float(q.speaker == name)
    f = {"is_rule": is_rule, "rule_conf": is_rule * (q.confidence or 0)}
    for m in METHODS:
        f["rule_" + m] = is_rule * float(q.method == m)
    bef = [q.start - ends[p] for p in ps_ if p < q.start]
    aft = [p - q.end for p in ps_ if p >= q.end]
    here = [p for p in ps_ if ps <= p < pe]
    f["has_before"], f["d_before"] = float(bool(bef)), (_lg(min(bef)) if bef else 1.5)
    f["has_after"], f["d_after"] = float(bool(aft)), (_lg(min(aft)) if aft else 1.5)
    f["in_para_before"] = float(any(p < q.start for p in here))
    f["in_para_after"] = float(any(q.end <= p for p in here))
    for key, j in (("in_prev_para", pi - 1), ("in_prev2_para", pi - 2), ("in_next_para", pi + 1)):
        f[key] = float(0 <= j < len(paras) and any(paras[j][0] <= p < paras[j][1] for p in ps_))
    f["n_window"] = math.log1p(len(ps_)) / 2
    f["n_article"] = math.log1p(text.count((ent.last or name).split()[-1])) / 3
    f["org"] = float(ent.kind == "org")
    f["verb_after"] = float(any(after_re.match(text, ends[p]) for p in here))
    f["verb_before"] = float(any(before_re.search(text, max(ps, p - 60), p) for p in here))
    f["listener"] = float(any(_LISTENER_RE.search(text, max(0, p - 40), p) for p in here))
    f["sent_initial"] = float(
        any(p == ps or re.search(r"[.!?][\u201d\u2019\"']?\s+$", text[max(0, p - 4) : p]) for p in here)
    )
    prev = ctx["prev_speakers"]
    f["prev_speaker"] = float(bool(prev) and prev[-1] == name)
    f["prev2_speaker"] = float(len(prev) > 1 and prev[-2] == name and prev[-1] != name)
    pron = ctx["pron"]
    f["g_match"] = float(pron is not None and ent.gender == pron)
    f["g_mismatch"] = float(pron is not None and ent.gender is not None and ent.gender != pron)
    f["pron"] = float(pron is not None)
    f["in_quote"] = float(bool(ent.last) and ent.last in text[q.start : q.end])
    f["first_in_article"] = float(ctx["first_named"] == name)
    rank = ctx["rank_before"].get(name)
    f["rank_before"] = min(rank if rank is not None else 5, 5) / 5
    f["nearest_before"] = float(rank == 0)
    return f


def _article_records(text: str, blocks, gold: list[dict], patterns) -> list[dict]:
    from reader.quotes.extract import Extractor, paragraphs

    paras = paragraphs(text, blocks)
    ex = Extractor(text, paras)
    reg = ex.reg
    pred = ex.run(0)
    starts = [p[0] for p in paras]
    tl = list(zip(reg.timeline_pos, reg.timeline_ent, strict=True))
    ends = {}
    first_pos: dict[str, int] = {}
    for pos, ent in tl:
        m = _NAME_END_RE.match(text, pos)
        ends[pos] = m.end() if m else pos + len(ent.name)
        first_pos.setdefault(ent.name, pos)
    first_named = min(first_pos, key=first_pos.get) if first_pos else None
    pairs = {k: g for g, k in pair_quotes(gold, pred) if k is not None}
    out, prev_speakers = [], []
    for k, q in enumerate(pred):
        pi = bisect.bisect_right(starts, q.start) - 1
        lo, hi = paras[max(0, pi - 2)][0], paras[min(len(paras) - 1, pi + 1)][1]
        ments: dict[str, list[int]] = {}
        ents = {}
        for pos, ent in tl[bisect.bisect_left(reg.timeline_pos, lo) : bisect.bisect_left(reg.timeline_pos, hi)]:
            ments.setdefault(ent.name, []).append(pos)
            ents[ent.name] = ent
        ps, pe = paras[pi][:2]
        pm = [m for m in patterns[2].finditer(text, ps, pe) if not any(a <= m.start() < b for a, b in q.pieces)]
        pron = None
        if pm:
            near = min(pm, key=lambda m: min(abs(m.start() - b) for _a, b in q.pieces))
            pron = "m" if near.group(1).lower() == "he" else "f"
        dists = sorted((q.start - ends[p], n) for n, ps_ in ments.items() for p in ps_ if p < q.start)
        rank_before: dict[str, int] = {}
        for _d, n in dists:
            rank_before.setdefault(n, len(rank_before))
        ctx = {
            "text": text, "ends": ends, "ents": ents, "para": (ps, pe), "pi": pi, "paras": paras,
            "patterns": patterns, "prev_speakers": prev_speakers, "pron": pron, "first_named": first_named,
            "rank_before": rank_before,
        }  # fmt: skip
        if k in pairs:
            g = pairs[k]
            out.append(
                {
                    "gold": norm_speaker(g.get("speaker")),
                    "speaker": q.speaker,
                    "conf": q.confidence,
                    "kind": q.kind,
                    "cue": q.cue,
                    "all_quote_para": float(len(text[ps:pe].strip()) - sum(b - a for a, b in q.pieces) < 25),
                    "cands": [(n, _candidate_features(ctx, q, n, p)) for n, p in ments.items()],
                }
            )
        if q.speaker:
            prev_speakers.append(q.speaker)
    return out


def records(quick: bool) -> dict[str, list[dict]]:
    from gold import load_gold

    dirs = [GOLD_DIR, *sorted(GOLD_DIR.parent.glob("quotes-heldout-*"), key=lambda p: int(p.name.rsplit("-", 1)[1]))]
    if quick:
        dirs = dirs[::8]
    patterns = _verb_patterns()
    out = {}
    for d in dirs:
        out[d.name] = [
            r
            for item in load_gold(d)
            for r in _article_records(*canonical(item["text"]), item["gold"]["quotes"], patterns)
        ]
    return out


def _rows(recs: list[dict], names: list[str]):
    import numpy as np

    X, y, qi = [], [], []
    for i, r in enumerate(recs):
        extra = [r["all_quote_para"], float(not r["speaker"]), float(not r["cue"]), float(r["kind"] == "partial")]
        for name, f in r["cands"]:
            X.append([f[k] for k in names] + extra + [f["is_rule"] * e for e in extra])
            y.append(norm_speaker(name) == r["gold"])
            qi.append(i)
    return np.array(X), np.array(y), qi


def _decide(recs, scores, t_switch: float, t_fill: float, margin: float) -> tuple[int, int, int]:
    right = wrong = empty = 0
    for r, ps in zip(recs, scores, strict=True):
        kept = r["speaker"] if r["speaker"] and (r["conf"] or 0) >= 0.5 else None
        pred = kept
        if ps:
            b = max(range(len(ps)), key=ps.__getitem__)
            best, pb = r["cands"][b][0], ps[b]
            pr = next((p for (n, _f), p in zip(r["cands"], ps, strict=True) if n == r["speaker"]), None)
            if kept and best != kept and pb > t_switch and (pr is None or pb - pr > margin):
                pred = best
            elif not kept and pb > t_fill:
                pred = best
        if norm_speaker(pred) == r["gold"]:
            right += 1
        elif pred is None:
            empty += 1
        else:
            wrong += 1
    return right, wrong, empty


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="one set in eight")
    ap.add_argument("--trees", action="store_true", help="gradient-boosted trees instead of logistic regression")
    args = ap.parse_args()
    try:
        from sklearn.ensemble import HistGradientBoostingClassifier
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        sys.exit("quotes_rerank_probe: needs numpy and scikit-learn (pip install numpy scikit-learn)")
    by_set = records(args.quick)
    sets = list(by_set)
    names = next(list(f) for rs in by_set.values() for r in rs for _n, f in r["cands"])
    scores: dict[str, list[list[float]]] = {}
    for fold in range(5):
        test = sets[fold::5]
        train = [r for s in sets if s not in test for r in by_set[s]]
        X, y, _ = _rows(train, names)
        model = (
            HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05)
            if args.trees
            else LogisticRegression(max_iter=3000)
        )
        model.fit(X, y)
        for s in test:
            X, _y, qi = _rows(by_set[s], names)
            got: list[list[float]] = [[] for _ in by_set[s]]
            for i, p in zip(qi, model.predict_proba(X)[:, 1] if len(X) else [], strict=True):
                got[i].append(float(p))
            scores[s] = got
    newer = [s for s in sets if s.startswith("quotes-heldout-") and int(s.rsplit("-", 1)[1]) >= 100] or sets
    recs = [r for s in newer for r in by_set[s]]
    sc = [p for s in newer for p in scores[s]]
    n = len(recs)
    base = _decide(recs, sc, 2, 2, 1)

    def rates(got: tuple[int, int, int]) -> str:
        return f"right {got[0] / n:.4f} wrong {got[1] / n:.4f} empty {got[2] / n:.4f}"

    print(f"{len(newer)} sets, {n} quotes found; the rules alone: {rates(base)}")
    best = base
    for ts, tf, mg in [(0.5, 2, 0.2), (0.7, 2, 0.4), (2, 0.6, 1), (2, 0.7, 1), (2, 0.8, 1), (2, 0.9, 1)]:
        got = _decide(recs, sc, ts, tf, mg)
        print(f"  switch above {ts}, fill above {tf}: {rates(got)}")
        if got[0] - got[1] > best[0] - best[1]:
            best = got
    print(
        json.dumps(
            {
                "quotes": n,
                "rules_right": base[0] / n,
                "rules_wrong": base[1] / n,
                "best_right": best[0] / n,
                "best_wrong": best[1] / n,
            }
        )
    )


if __name__ == "__main__":
    main()
