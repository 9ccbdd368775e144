"""Reading with a big library: opening a long article, starting up, scrolling the list.

Three figures, each beside a floor measured in the same run, interleaved,
quoted as medians unless said otherwise. The libraries are generated once and
cached in /tmp (see ``benchmarks/_library.py``): 100,000 articles of about 800
words, plus two 5,000-word articles of real news prose with their quotes, the
newer with 100 highlights.

1. open: ``window.open_article(id)`` then ``article_view.viewport().repaint()``
   in the real window on the big library (text, quotes and the highlights on
   the first screen painted), alternating between the two 5,000-word articles
   so nothing is cached; floor: a bare QTextBrowser doing
   ``setPlainText(same text)`` and ``viewport().repaint()``. Also printed: the
   time until the deferred highlights below the first screen are painted.
   Targets: median < 50 ms and ratio <= 2.0.
2. startup: wall time from process start to the first paint of the window
   (``READER_BENCH_FIRST_PAINT=1``, as in ``benchmarks/startup.py``) with the
   100,000-article library against a 10-article one (both open their newest
   article, the 5,000-word one with highlights), interleaved runs. The
   reader saves its window state into the library's folder when it quits,
   so every run after the first warm-up one starts as a second start would.
   Target: ratio <= 1.2. Also the peak RSS of the process with the big library:
   VmHWM read from /proc/self/status in an ``atexit`` hook of the reader
   process itself (after it printed its first paint and quit). Not
   ``getrusage(RUSAGE_CHILDREN)``: the child of a fork (or vfork) and exec is
   charged the parent's high-water mark from before the exec, so it reports
   at least the benchmark's own peak. Target: < 300 MB.
3. scroll: the big library open in the real window (1400x900, offscreen);
   the library list is scrolled from top to bottom in 200 steps (scroll bar
   value, ``viewport().repaint()``, ``processEvents()``); the longest step
   and the 95th percentile. Floor: a bare QListView over a QStringListModel
   of the same 100,000 titles with uniform item sizes, the same size,
   stepped the same way, step for step. Target: no step over 50 ms.

Runs offscreen. ``--quick`` takes under a minute once the libraries are
cached (fewer rounds; a 20,000-article library, said so, if the 100,000 one
is not built yet). Building the 100,000-article library takes a couple of
minutes and about 1 GB in /tmp.

    python benchmarks/reading.py [--quick] [--articles N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _library  # noqa: E402
from _common import code_state, finish, machine, median, p95  # noqa: E402
from startup import offscreen_env  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={ROOT / 'resources' / 'offscreen.json'}")
os.environ["READER_ERRORS_TO_LOG"] = "1"

BIG, SMALL, QUICK_FALLBACK = 100_000, 10, 20_000
SCROLL_STEPS = 200

# ``python -m reader`` with a hook that reports the process's own peak RSS as it exits.
READER_WITH_HWM = r"""
import atexit, runpy, sys
def _hwm():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                print("VMHWM_KB", line.split()[1], flush=True)
atexit.register(_hwm)
sys.argv = ["reader"]
runpy.run_module("reader", run_name="__main__", alter_sys=True)
"""


def reader_start(data_dir: str) -> tuple[float, float]:
    """Milliseconds from process start to the first paint, and the process's peak RSS in MB."""
    t0 = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", READER_WITH_HWM],
        capture_output=True,
        text=True,
        env=offscreen_env(data_dir),
        timeout=300,
    )
    painted = hwm = None
    for line in proc.stdout.splitlines():
        if line.startswith("FIRST_PAINT "):
            painted = (float(line.split()[1]) - t0) * 1000
        elif line.startswith("VMHWM_KB "):
            hwm = int(line.split()[1]) / 1024
    if painted is None or hwm is None:
        raise RuntimeError(
            f"reader on {data_dir} reported no first paint (exit {proc.returncode}): {proc.stderr[-800:]}"
        )
    return painted, hwm


def bench_startup(big: str, small: str, runs: int) -> dict:
    for d in (big, small):
        _library.forget_window_state(d)
    reader_start(big)  # warm-up: the OS file cache, Python's bytecode caches
    reader_start(small)
    big_ms, small_ms, big_mb, small_mb = [], [], [], []
    for _ in range(runs):  # interleaved, so drift affects both alike
        ms, mb = reader_start(big)
        big_ms.append(ms)
        big_mb.append(mb)
        ms, mb = reader_start(small)
        small_ms.append(ms)
        small_mb.append(mb)
    return {
        "startup_big_ms": median(big_ms),
        "startup_small_ms": median(small_ms),
        "startup_ratio": median(big_ms) / median(small_ms),
        "startup_big_min_ms": min(big_ms),
        "startup_big_max_ms": max(big_ms),
        "rss_big_mb": median(big_mb),
        "rss_big_max_mb": max(big_mb),
        "rss_small_mb": median(small_mb),
    }


def _qt_message(_mode, _context, message: str) -> None:
    # The offscreen platform says this at every show(); anything else Qt says is printed.
    if "propagateSizeHints" not in message:
        print(f"qt: {message}", file=sys.stderr)


def bench_window(info: dict, rounds: int, steps: int) -> dict:
    from PySide6.QtCore import QPoint, QStringListModel, qInstallMessageHandler
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QListView, QTextBrowser

    from reader.library import Library
    from reader.ui.app import build_window

    qInstallMessageHandler(_qt_message)
    app = QApplication.instance() or QApplication([])
    _library.forget_window_state(info["dir"])
    lib = Library.open(info["dir"])
    t0 = time.perf_counter()
    window = build_window(lib)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    window_ms = (time.perf_counter() - t0) * 1000

    # -- open: the real window against a bare QTextBrowser, interleaved -------------------------
    texts = {aid: lib.article(aid).text for aid in info["long_ids"]}
    view = window.article_view
    floor = QTextBrowser()
    floor.resize(view.size())
    floor.show()
    app.processEvents()
    first, every, bare = [], [], []
    for _ in range(rounds):
        for aid in info["long_ids"]:  # alternate: the other article was opened last
            t0 = time.perf_counter()
            window.open_article(aid)
            view.viewport().repaint()
            first.append(time.perf_counter() - t0)
            app.processEvents()  # the highlights below the first screen
            view.viewport().repaint()
            every.append(time.perf_counter() - t0)

            t0 = time.perf_counter()
            floor.setPlainText(texts[aid])
            floor.viewport().repaint()
            bare.append(time.perf_counter() - t0)
            app.processEvents()
    floor.hide()

    # -- scroll: the library list against a bare uniform QListView, step for step -------------
    lv = window.library_panel.view
    n = lv.model().rowCount()
    titles = [r[0] for r in lib.conn.execute("SELECT title FROM articles ORDER BY added DESC, id DESC")]
    bare_list = QListView()
    bare_list.setUniformItemSizes(True)
    bare_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)  # as the library list
    bare_list.setModel(QStringListModel(titles))
    bare_list.resize(lv.size())
    bare_list.show()
    for v in (lv, bare_list):
        v.verticalScrollBar().setValue(0)
    app.processEvents()
    ours, theirs = [], []
    for i in range(1, steps + 1):
        for v, out in ((lv, ours), (bare_list, theirs)):
            bar = v.verticalScrollBar()
            t0 = time.perf_counter()
            bar.setValue(round(bar.maximum() * i / steps))
            v.viewport().repaint()
            app.processEvents()
            out.append(time.perf_counter() - t0)
    vp = lv.viewport()
    last_row = lv.indexAt(QPoint(vp.width() // 2, vp.height() - 4)).row()
    bare_list.hide()
    window.hide()  # not close(): closing would save this window's state into the cached library
    lib.close()
    return {
        "window_ms": window_ms,
        "open_ms": median(first) * 1000,
        "open_floor_ms": median(bare) * 1000,
        "open_ratio": median(first) / median(bare),
        "open_max_ms": max(first) * 1000,
        "open_all_ms": median(every) * 1000,
        "scroll_max_ms": max(ours) * 1000,
        "scroll_p95_ms": p95(ours) * 1000,
        "scroll_median_ms": median(ours) * 1000,
        "scroll_floor_max_ms": max(theirs) * 1000,
        "scroll_floor_p95_ms": p95(theirs) * 1000,
        "scroll_floor_median_ms": median(theirs) * 1000,
        "scroll_rows": n,
        "scroll_last_row": last_row,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer rounds (under a minute once the libraries are cached)")
    ap.add_argument("--articles", type=int, help=f"articles in the big library (default {BIG:,})")
    args = ap.parse_args()
    runs, rounds = (3, 10) if args.quick else (10, 30)
    n = args.articles or BIG
    note = ""
    if args.quick and args.articles is None and _library.cached(BIG) is None:
        n = QUICK_FALLBACK
        note = f" (quick: the {BIG:,}-article library is not built yet; run without --quick once to build it)"

    print(f"machine: {machine()}")
    print(f"code: {code_state()}")
    big = _library.library(n)
    small = _library.library(SMALL)
    print(
        f"library: {n:,} articles{note}, {big['db_mb']:.0f} MB, built in {big['build_s']:.1f} s "
        f"({big['dir']}); long articles {big['long_ids']} with {big['long_quotes']} quotes, the second with "
        f"{_library.LONG_HIGHLIGHTS} highlights"
    )
    s = bench_startup(big["dir"], small["dir"], runs)
    w = bench_window(big, rounds, SCROLL_STEPS)
    print(f"rounds: open {rounds} per article, startup {runs} runs each, scroll {SCROLL_STEPS} steps; interleaved")
    print(
        f"open a 5,000-word article: median {w['open_ms']:.1f} ms (max {w['open_max_ms']:.1f}), bare QTextBrowser "
        f"setPlainText {w['open_floor_ms']:.1f} ms, ratio {w['open_ratio']:.2f} "
        f"(targets < 50 ms, ratio <= 2.0); until every highlight is painted {w['open_all_ms']:.1f} ms"
    )
    print(
        f"startup to first paint: {n:,} articles {s['startup_big_ms']:.0f} ms "
        f"(min {s['startup_big_min_ms']:.0f}, max {s['startup_big_max_ms']:.0f}), {SMALL} articles "
        f"{s['startup_small_ms']:.0f} ms, ratio {s['startup_ratio']:.2f} (target <= 1.2)"
    )
    print(
        f"peak RSS (VmHWM) with {n:,} articles: median {s['rss_big_mb']:.0f} MB (max {s['rss_big_max_mb']:.0f}); "
        f"with {SMALL}: {s['rss_small_mb']:.0f} MB (target < 300 MB)"
    )
    print(
        f"scroll the library list ({w['scroll_rows']:,} rows, reached row {w['scroll_last_row']:,}): longest step "
        f"{w['scroll_max_ms']:.1f} ms, p95 {w['scroll_p95_ms']:.1f}, median {w['scroll_median_ms']:.1f}; "
        f"bare uniform QListView: longest {w['scroll_floor_max_ms']:.1f}, p95 {w['scroll_floor_p95_ms']:.1f}, "
        f"median {w['scroll_floor_median_ms']:.1f} (target: no step over 50 ms)"
    )
    print(f"window built and shown on the {n:,}-article library in {w['window_ms']:.0f} ms (in-process, once)")
    finish(
        {
            "articles": n,
            **{k: w[k] for k in ("open_ms", "open_floor_ms", "open_ratio", "open_max_ms", "open_all_ms")},
            **s,
            **{k: v for k, v in w.items() if k.startswith("scroll_")},
            "window_ms": w["window_ms"],
            "build_s": big["build_s"],
            "db_mb": big["db_mb"],
            "open_rounds": rounds,
            "startup_runs": runs,
        }
    )


if __name__ == "__main__":
    main()
