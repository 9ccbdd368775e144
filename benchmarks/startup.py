"""Wall time from process start to the first paint of the window on the sample.

Beside it, in the same run, a minimal PySide6 program (a QMainWindow holding a
QTextBrowser with the same text) timed the same way. Both run offscreen.
Prints the medians and their ratio; target ratio <= 1.5.

    python benchmarks/startup.py [--runs N] [--quick]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import finish, machine, median  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "sky-news-return-hubs.txt"

MINIMAL = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser
app = QApplication(sys.argv)
w = QMainWindow()
view = QTextBrowser()
view.setPlainText(open(sys.argv[1], encoding="utf-8").read())
w.setCentralWidget(view)
w.resize(1400, 900)
class First(QObject):
    done = False
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, lambda: (print(f"FIRST_PAINT {time.time():.6f}", flush=True), app.quit()))
        return False
f = First()
view.viewport().installEventFilter(f)
w.show()
app.exec()
"""


def offscreen_env(data_dir: str) -> dict:
    config = ROOT / "resources" / "offscreen.json"
    # An installed package has its modules compiled (pip writes the .pyc files);
    # a shell with PYTHONDONTWRITEBYTECODE set would make every run compile all
    # of reader's source again, which no user's start-up does. The warm-up run
    # writes the cache.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {
        **env,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "READER_DATA_DIR": data_dir,
        "READER_BENCH_FIRST_PAINT": "1",
    }


def time_to_paint(cmd: list[str], env: dict) -> float:
    t0 = time.time()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    for line in proc.stdout.splitlines():
        if line.startswith("FIRST_PAINT "):
            return (float(line.split()[1]) - t0) * 1000
    raise RuntimeError(f"no paint reported by {cmd[:3]}: {proc.stderr[-800:]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--quick", action="store_true", help="10 runs each (under a minute)")
    args = ap.parse_args()
    runs = 10 if args.quick else max(10, args.runs)

    with tempfile.TemporaryDirectory() as tmp:
        env = offscreen_env(tmp)
        reader_cmd = [sys.executable, "-m", "reader"]
        minimal_cmd = [sys.executable, "-c", MINIMAL, str(SEED)]
        # Warm-up: the first reader run creates the library and imports the
        # sample; both warm the OS file cache.
        time_to_paint(reader_cmd, env)
        time_to_paint(minimal_cmd, env)
        ours, floor = [], []
        for _ in range(runs):  # interleaved, so drift affects both alike
            ours.append(time_to_paint(reader_cmd, env))
            floor.append(time_to_paint(minimal_cmd, env))

    m_ours, m_floor = median(ours), median(floor)
    print(f"machine: {machine()}")
    print(f"runs: {runs} each, interleaved, offscreen")
    print(f"reader  first paint of the sample: median {m_ours:7.1f} ms  (min {min(ours):.1f}, max {max(ours):.1f})")
    print(f"minimal PySide6 window, same text: median {m_floor:7.1f} ms  (min {min(floor):.1f}, max {max(floor):.1f})")
    print(f"ratio: {m_ours / m_floor:.2f} (target <= 1.5)")
    finish({"median_ms": m_ours, "floor_median_ms": m_floor, "ratio": m_ours / m_floor, "runs": runs})


if __name__ == "__main__":
    main()
