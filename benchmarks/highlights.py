"""Highlights: creating one until it is painted, opening a highlighted article, re-anchoring after an edit.

Three figures, each beside a floor measured in the same run, interleaved:

1. create: select words and highlight them in the real window (a library
   write in one transaction, the undo command, the highlights list, the
   reading view's extra selections) until the view has repainted; floor: a
   bare QTextBrowser holding the same text that adds one extra selection and
   repaints. Target: median under 20 ms.
2. open: opening a 5,000-word article with 200 highlights in the real window
   until it has painted, against the same article (text differing in one
   word) with none. Target: ratio at most 1.3. Highlights on the first
   screen are marked before the first paint and the rest just after, so the
   time until every highlight is painted is printed as well.
3. re-anchor: placing 1,000 highlights again after an edit of their
   5,000-word article (a sentence inserted at the top, a paragraph deleted,
   quote marks straightened in the second half, a word changed in every
   tenth paragraph):
   ``anchoring.place_all`` and the whole ``Library.refresh`` (new text,
   quotes and 1,000 highlight rows in one transaction), against a plain
   ``str.find`` of each highlight's words. Target: under 1 s.

Runs offscreen. ``--quick`` takes well under a minute.

    python benchmarks/highlights.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import finish, machine, median  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={ROOT / 'resources' / 'offscreen.json'}")
os.environ["READER_ERRORS_TO_LOG"] = "1"


def long_text(words: int) -> str:
    """About ``words`` words of real news prose (the development quote set, repeated if need be)."""
    paras: list[str] = []
    files = sorted((ROOT / "tests" / "data" / "quotes").glob("*.txt"))
    count = 0
    while count < words:
        for f in files:
            for p in f.read_text(encoding="utf-8").split("\n\n")[1:]:
                p = " ".join(p.split())
                if p:
                    paras.append(p)
                    count += len(p.split())
                if count >= words:
                    break
            if count >= words:
                break
    return "\n\n".join(paras)


def random_spans(text: str, n: int, rng: random.Random) -> list[tuple[int, int]]:
    """``n`` word-aligned spans of 2-14 words inside paragraphs."""
    import re

    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    out = []
    while len(out) < n:
        i = rng.randrange(len(words) - 15)
        j = i + rng.randint(1, 13)
        s, e = words[i][0], words[j][1]
        if "\n" not in text[s:e]:
            out.append((s, e))
    return out


def edit(text: str) -> str:
    """A heavy revision.

    A sentence added at the top (every offset after it shifts), one paragraph
    removed (its highlights must come out detached), quote marks straightened
    in the second half (highlights there differ in those characters), and a
    word changed in every tenth paragraph.
    """
    paras = text.split("\n\n")
    paras[1] = "This article has been updated with a statement from the council. " + paras[1]
    del paras[len(paras) // 3]
    half = len(paras) // 2
    for i in range(half, len(paras)):
        paras[i] = paras[i].replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
    for i in range(5, len(paras), 10):
        paras[i] = paras[i].replace(" the ", " a ", 1)
    return "\n\n".join(paras)


def bench_reanchor(rounds: int, n: int = 1000) -> dict:
    from reader.anchoring import make_anchor, place_all
    from reader.importers.plaintext import parse
    from reader.library import Library
    from reader.store import articles as rows

    rng = random.Random(7)
    text = long_text(5000)
    new = edit(text)
    anchors = [make_anchor(text, s, e) for s, e in random_spans(text, n, rng)]
    place_times, find_times, refresh_times = [], [], []
    placements = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        [new.find(a.exact) for a in anchors]
        find_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        placements = place_all(anchors, new)
        place_times.append(time.perf_counter() - t0)
    statuses = {s: sum(1 for p in placements if p.status == s) for s in ("attached", "moved", "detached")}
    with tempfile.TemporaryDirectory() as d:
        with Library.open(d) as lib:
            title = "Council budget live coverage"
            for r in range(max(1, rounds // 2)):
                aid = lib.save(parse(f"{title} {r}\n\n{text}".encode(), source=f"bench-{r}.txt")).id
                body = lib.article(aid).text
                for a in anchors:
                    lib.add_highlight(aid, a.start + (len(body) - len(text)), a.end + (len(body) - len(text)))
                with lib._write() as db:
                    rows.replace_original(db, aid, f"{title} {r}\n\n{new}".encode(), "text/plain")
                t0 = time.perf_counter()
                lib.refresh(aid)
                refresh_times.append(time.perf_counter() - t0)
    return {
        "reanchor_ms": median(place_times) * 1000,
        "reanchor_find_floor_ms": median(find_times) * 1000,
        "reanchor_refresh_ms": median(refresh_times) * 1000,
        "reanchor_statuses": statuses,
    }


def bench_window(rounds_create: int, rounds_open: int) -> dict:
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication, QTextBrowser, QTextEdit

    from reader.importers.plaintext import parse
    from reader.library import Library
    from reader.ui.app import build_window

    app = QApplication.instance() or QApplication([])
    rng = random.Random(11)
    text = long_text(5000)
    with tempfile.TemporaryDirectory() as d:
        lib = Library.open(d)
        plain = lib.save(parse(f"A long read without highlights\n\n{text}".encode(), source="a.txt")).id
        marked = lib.save(parse(f"A long read with highlights\n\n{text} End.".encode(), source="b.txt")).id
        body = lib.article(marked).text
        for s, e in random_spans(body, 200, rng):
            lib.add_highlight(marked, s, e, color=rng.choice(["yellow", "green", "blue", "pink", "purple"]))
        window = build_window(lib, str(plain))
        window.resize(1400, 900)
        window.show()
        app.processEvents()

        # open: interleaved; until the first paint, and until every highlight is marked and painted
        open_plain, open_marked, all_plain, all_marked = [], [], [], []
        for _ in range(rounds_open):
            for aid, first, every in ((plain, open_plain, all_plain), (marked, open_marked, all_marked)):
                t0 = time.perf_counter()
                window.open_article(aid)
                window.article_view.viewport().repaint()
                first.append(time.perf_counter() - t0)
                app.processEvents()  # the highlights below the first screen
                window.article_view.viewport().repaint()
                every.append(time.perf_counter() - t0)

        # create: the real window against a bare QTextBrowser, interleaved
        window.open_article(plain)
        app.processEvents()
        view = window.article_view
        floor = QTextBrowser()
        floor.resize(view.size())
        floor.setPlainText(lib.article(plain).text)
        floor.show()
        app.processEvents()
        floor_sels: list = []
        spans = random_spans(lib.article(plain).text, rounds_create, rng)
        create, create_floor = [], []
        for s, e in spans:
            view.setTextCursor(view.cursor_for_range(s, e))
            view.scroll_to_range(s, e)
            app.processEvents()
            t0 = time.perf_counter()
            window.highlight_selection()
            view.viewport().repaint()
            create.append(time.perf_counter() - t0)

            t0 = time.perf_counter()
            sel = QTextEdit.ExtraSelection()
            c = QTextCursor(floor.document())
            c.setPosition(s)
            c.setPosition(e, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = c
            sel.format.setBackground(view.palette().highlight())
            floor_sels.append(sel)
            floor.setExtraSelections(floor_sels)
            floor.viewport().repaint()
            create_floor.append(time.perf_counter() - t0)
        window.hide()
        floor.hide()
        lib.close()
    return {
        "create_ms": median(create) * 1000,
        "create_floor_ms": median(create_floor) * 1000,
        "open_with_200_ms": median(open_marked) * 1000,
        "open_without_ms": median(open_plain) * 1000,
        "open_ratio": median(open_marked) / median(open_plain),
        "open_all_with_200_ms": median(all_marked) * 1000,
        "open_all_without_ms": median(all_plain) * 1000,
        "open_all_ratio": median(all_marked) / median(all_plain),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer rounds (well under a minute)")
    args = ap.parse_args()
    rounds_create, rounds_open, rounds_anchor = (30, 10, 4) if args.quick else (100, 30, 10)
    print(f"machine: {machine()}")
    w = bench_window(rounds_create, rounds_open)
    r = bench_reanchor(rounds_anchor)
    print(
        f"create a highlight until painted: median {w['create_ms']:.1f} ms "
        f"(bare QTextBrowser adding one extra selection: {w['create_floor_ms']:.1f} ms; target < 20 ms)"
    )
    print(
        f"open a 5,000-word article: with 200 highlights {w['open_with_200_ms']:.1f} ms, "
        f"without {w['open_without_ms']:.1f} ms, ratio {w['open_ratio']:.2f} (target <= 1.3); until every "
        f"highlight is painted {w['open_all_with_200_ms']:.1f} vs {w['open_all_without_ms']:.1f} ms, "
        f"ratio {w['open_all_ratio']:.2f}"
    )
    print(
        f"re-anchor 1,000 highlights after an edit: place_all {r['reanchor_ms']:.1f} ms, whole refresh "
        f"{r['reanchor_refresh_ms']:.1f} ms, str.find floor {r['reanchor_find_floor_ms']:.1f} ms (target < 1000 ms); "
        f"outcome {r['reanchor_statuses']}"
    )
    finish(
        {
            "create_ms": w["create_ms"],
            "create_floor_ms": w["create_floor_ms"],
            "create_ratio": w["create_ms"] / w["create_floor_ms"],
            "open_with_200_ms": w["open_with_200_ms"],
            "open_without_ms": w["open_without_ms"],
            "open_ratio": w["open_ratio"],
            "open_all_with_200_ms": w["open_all_with_200_ms"],
            "open_all_without_ms": w["open_all_without_ms"],
            "open_all_ratio": w["open_all_ratio"],
            "reanchor_ms": r["reanchor_ms"],
            "reanchor_refresh_ms": r["reanchor_refresh_ms"],
            "reanchor_find_floor_ms": r["reanchor_find_floor_ms"],
            "reanchor_ratio": r["reanchor_ms"] / r["reanchor_find_floor_ms"],
            **{f"reanchor_{k}": v for k, v in r["reanchor_statuses"].items()},
        }
    )


if __name__ == "__main__":
    main()
