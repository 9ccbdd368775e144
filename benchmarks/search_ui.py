"""How long search-as-you-type holds the UI thread: a keystroke, and showing a page of results.

The query itself runs in a worker (its own connection); the UI thread only
takes the keystroke (restarting the debounce timer) and then shows the
results. Both are timed in the real window on a cached 10,000-article search
library (benchmarks/search.py builds it), beside the floor of a bare QListView
over a QStringListModel of the same snippets. Target: never more than 50 ms.

    python benchmarks/search_ui.py [--quick]
"""

from __future__ import annotations

import argparse
import glob
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import finish, machine  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={ROOT / 'resources' / 'offscreen.json'}")
os.environ["READER_ERRORS_TO_LOG"] = "1"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer rounds")
    args = ap.parse_args()
    rounds = 60 if args.quick else 300
    found = sorted(glob.glob("/tmp/reader-search-bench-10000-*"))
    if not found:
        sys.exit("build the library first: python benchmarks/search.py --quick")
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QApplication, QListView

    from reader.library import Library
    from reader.ui.app import build_window

    app = QApplication.instance() or QApplication([])
    lib = Library.open(found[-1])
    w = build_window(lib)
    w.resize(1400, 900)
    w.show()
    app.processEvents()
    floor = QListView()
    floor.resize(280, 800)
    floor.setUniformItemSizes(True)
    floor_model = QStringListModel()
    floor.setModel(floor_model)
    floor.show()
    queries = ["just", "group", "kur*", "better", "whose", "time", "said", "new"]
    hits = {q: lib.search(q) for q in queries}
    show, floor_show, keys = [], [], []
    for i in range(rounds):
        q = queries[i % len(queries)]
        t0 = time.perf_counter()
        w.library_panel.search_box.setText(q[: 1 + i % len(q)])  # a keystroke: the text, the timer restarted
        keys.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        w.library_panel.show_results(q, hits[q])
        w.library_panel.results.viewport().repaint()
        show.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        floor_model.setStringList([h.snippet for h in hits[q]])
        floor.viewport().repaint()
        floor_show.append((time.perf_counter() - t0) * 1000)
    w.hide()
    print(f"machine: {machine()}")
    print(f"rounds: {rounds}; {sum(len(h) for h in hits.values()) / len(hits):.0f} hits a page on average")
    print(f"keystroke on the UI thread: median {statistics.median(keys):.2f} ms, max {max(keys):.2f} ms")
    print(
        f"show a page of results: median {statistics.median(show):.1f} ms, max {max(show):.1f} ms "
        f"(bare QListView of the snippets: median {statistics.median(floor_show):.1f}, max {max(floor_show):.1f}); "
        f"target: nothing over 50 ms"
    )
    finish(
        {
            "key_max_ms": max(keys),
            "show_median_ms": statistics.median(show),
            "show_max_ms": max(show),
            "floor_show_median_ms": statistics.median(floor_show),
            "floor_show_max_ms": max(floor_show),
            "ratio": statistics.median(show) / statistics.median(floor_show),
        }
    )


if __name__ == "__main__":
    main()
