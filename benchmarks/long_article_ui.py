"""Find and highlight on a very long article: the longest UI-thread block per action (issue 12).

A 50,000-paragraph article of news prose (``reliability.prose_page``, ~3.6 MB
of text) is imported into a fresh library by a child process, then opened in
the real window (1400x900, offscreen) and set whole; the view is scrolled to
the middle. Then, as a reader would: Ctrl+F opens the find bar; "the" is
typed a key at a time, then the box is cleared and "said" typed; Enter
(find-next) is pressed 5 times; Esc closes the bar; some words on screen are
selected and highlighted (what H does). A 1 ms timer runs throughout; the
longest gap between its ticks during an action, and the 300 ms after it (key
presses 120 ms apart), is the longest the UI thread was blocked by it.

Floor: the same actions in the same window on a 200-paragraph article of the
same prose. Target: no block over 50 ms on the long article.

``--quick`` (under a minute): one round. Without it, three rounds, medians
per action.

    python benchmarks/long_article_ui.py [--quick]
"""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import code_state, finish, machine, median  # noqa: E402
from reliability import prose_page  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={ROOT / 'resources' / 'offscreen.json'}")
os.environ["READER_ERRORS_TO_LOG"] = "1"
PARAGRAPHS = 50_000
FLOOR_PARAGRAPHS = 200
KEY_GAP_S = 0.12
SETTLE_S = 0.3

IMPORT = r"""
import sys
from reader.library import Library
with Library.open(sys.argv[1]) as lib:
    for page in sys.argv[2:]:
        print(lib.add(page).id)
"""

ACTIONS = ["open_bar", "type_the", "type_said", "find_next", "close_bar", "add_highlight"]


def _qt_message(_mode, _context, message: str) -> None:
    if "propagateSizeHints" not in message:
        print(f"qt: {message}", file=sys.stderr)


class Gaps:
    """A 1 ms timer; the longest gap between its ticks since the last ``reset``."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        self.timer.start()

    def reset(self) -> None:
        self.ticks = [time.perf_counter()]

    def longest_ms(self) -> float:
        ticks = self.ticks + [time.perf_counter()]
        return max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) * 1000


def _run(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()


def measure(app, window, aid: int, gaps: Gaps) -> dict:
    """Open one article, then each action in turn; the longest UI-thread block of each, in ms."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view = window.article_view
    window.open_article(aid)
    while not (view.is_complete() and window.quotes_complete()):
        app.processEvents()
    _run(app, 1.0)  # the collection put off while it was set, Qt's lazy layout
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    _run(app, 1.2)  # past the reading place's save, 0.8 s after a scroll (a SQLite write, not find's)
    out: dict[str, float] = {}

    def action(name: str, *steps) -> None:
        gc.collect()
        _run(app, 0.05)
        gaps.reset()
        for step in steps:
            step()
            _run(app, KEY_GAP_S)
        _run(app, SETTLE_S)
        out[name] = gaps.longest_ms()

    edit = view.find_bar.edit
    action("open_bar", view.open_find)
    action("type_the", *[lambda ch=ch: QTest.keyClick(edit, ch) for ch in "the"])
    counts = {"the": len(view.matches())}
    action(
        "type_said",
        lambda: QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier),
        lambda: QTest.keyClick(edit, Qt.Key.Key_Backspace),
        *[lambda ch=ch: QTest.keyClick(edit, ch) for ch in "said"],
    )
    counts["said"] = len(view.matches())
    action("find_next", *[lambda: QTest.keyClick(edit, Qt.Key.Key_Return)] * 5)
    action("close_bar", lambda: QTest.keyClick(edit, Qt.Key.Key_Escape))
    top, bottom = view.visible_range()
    start = view.article.text.index(" ", top + 10) + 1
    end = view.article.text.index(" ", start + 30)

    def highlight() -> None:
        view.setTextCursor(view.cursor_for_range(start, end))
        window.highlight_selection()

    action("add_highlight", highlight)
    window.undo_stack.undo()  # leave the article as it was for the next round
    _run(app, SETTLE_S)
    out["matches_the"] = counts["the"]
    out["matches_said"] = counts["said"]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="one round (under a minute)")
    args = ap.parse_args()
    rounds = 1 if args.quick else 3
    print(f"machine: {machine()}")
    print(f"code: {code_state()}")
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        pages = []
        for n in (PARAGRAPHS, FLOOR_PARAGRAPHS):
            pages.append(tmp / f"long{n}.html")
            pages[-1].write_bytes(prose_page(n))
        t0 = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-c", IMPORT, str(tmp / "lib"), *map(str, pages)],
            capture_output=True,
            text=True,
            check=True,
        )
        long_id, short_id = (int(x) for x in proc.stdout.split())
        took = time.perf_counter() - t0
        print(f"imported the {PARAGRAPHS:,}- and {FLOOR_PARAGRAPHS}-paragraph pages in {took:.1f} s")

        from PySide6.QtCore import qInstallMessageHandler
        from PySide6.QtWidgets import QApplication

        from reader.library import Library
        from reader.ui.app import build_window

        qInstallMessageHandler(_qt_message)
        app = QApplication.instance() or QApplication([])
        lib = Library.open(tmp / "lib")
        window = build_window(lib)
        window.resize(1400, 900)
        window.show()
        _run(app, 0.3)
        gaps = Gaps()
        runs: dict[str, list[dict]] = {"long": [], "floor": []}
        for _ in range(rounds):
            runs["long"].append(measure(app, window, long_id, gaps))
            runs["floor"].append(measure(app, window, short_id, gaps))
        window.close()
        lib.close()

    figures: dict[str, float | int | str] = {"paragraphs": PARAGRAPHS, "floor_paragraphs": FLOOR_PARAGRAPHS}
    figures["rounds"] = rounds
    print(f"{'action':<14} {'long (ms)':>10} {'floor (ms)':>11}")
    for name in ACTIONS:
        ours = median([r[name] for r in runs["long"]])
        floor = median([r[name] for r in runs["floor"]])
        figures[f"{name}_ms"] = ours
        figures[f"{name}_floor_ms"] = floor
        print(f"{name:<14} {ours:>10.0f} {floor:>11.0f}")
    worst = max(figures[f"{name}_ms"] for name in ACTIONS)
    figures["worst_ms"] = worst
    figures["matches_the"] = runs["long"][0]["matches_the"]
    figures["matches_said"] = runs["long"][0]["matches_said"]
    print(
        f"matches: 'the' {figures['matches_the']:,}, 'said' {figures['matches_said']:,}; "
        f"longest block {worst:.0f} ms (target <= 50)"
    )
    finish(figures)


if __name__ == "__main__":
    main()
