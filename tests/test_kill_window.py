"""The window killed with SIGKILL while its worker imports a folder (issue 12).

A child process opens the real main window (offscreen) on a library, starts
adding a folder with File > Add Folder's job, and prints each article the
job reports saved. It is killed at a random moment. After each kill the file
passes SQLite's integrity check, every article in it is whole (exactly what
a complete import of its file gives), every article the window had reported
saved is there, and a second import saves the rest and nothing twice.
"""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from test_kill_add import FILES, _add, _contents, _story

SEED = 20261201
TRIALS = 3

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    from reader.library import Library
    from reader.ui.app import build_window

    app = QApplication([])
    lib = Library.open(sys.argv[1])
    w = build_window(lib)
    w.show()

    def progress(done, total, source):
        print("saved-before", done, flush=True)

    def start():
        w.import_sources([sys.argv[2]])
        w.job.signals.progress.connect(progress)
        print("started", flush=True)

    from PySide6.QtCore import QTimer
    QTimer.singleShot(0, start)
    w.import_finished.connect(lambda result: (print("finished", flush=True), app.quit()))
    app.exec()
    """
)


@pytest.mark.slow
def test_window_killed_while_its_worker_imports_leaves_whole_articles(tmp_path):
    folder = tmp_path / "stories"
    folder.mkdir()
    for i in range(FILES):
        (folder / f"{i:03d}.txt").write_text(_story(i), encoding="utf-8")
    ref = _add(tmp_path / "ref", folder)
    _out, err = ref.communicate(timeout=120)
    assert ref.returncode == 0, err.decode()
    expected = _contents(tmp_path / "ref")

    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    rng = random.Random(SEED)
    midway = 0
    for t in range(TRIALS):
        d = tmp_path / f"trial{t}"
        proc = subprocess.Popen(
            [sys.executable, str(script), str(d), str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
        )
        assert proc.stdout is not None
        first = proc.stdout.readline().decode()
        assert first.startswith("started"), (first, proc.stderr.read().decode() if proc.poll() is not None else "")
        # Kill once the window has reported a random number of files saved (the worker is on by then),
        # plus a random few milliseconds: a moment in the middle of the folder, whatever the machine's speed.
        target = rng.randint(1, FILES - 10)
        lines = [first]
        while True:
            line = proc.stdout.readline().decode()
            if not line:
                break
            lines.append(line)
            if line.startswith("saved-before") and int(line.split()[1]) >= target:
                break
        time.sleep(rng.uniform(0, 0.02))
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate(timeout=60)
        out = "".join(lines).encode() + out
        # (a line cut short by the kill is no report)
        reported = [int(m.group(1)) for m in re.finditer(r"^saved-before (\d+)$", out.decode(), re.MULTILINE)]
        db = sqlite3.connect(str(d / "library.db"))
        try:
            assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            db.close()
        got = _contents(d)
        for source, saved in got.items():
            if source.startswith("sample:"):
                continue
            assert saved == expected[source], f"trial {t}: {source} is not whole"
        saved_files = [s for s in got if not s.startswith("sample:")]
        midway += 0 < len(saved_files) < FILES
        # progress(done=n) is reported before file n+1, so n files were confirmed saved
        assert len(saved_files) >= (max(reported) if reported else 0)
        again = _add(d, folder)
        _o, err = again.communicate(timeout=120)
        assert again.returncode == 0, err.decode()
        assert {s: v for s, v in _contents(d).items() if not s.startswith("sample:")} == expected
    assert midway >= 1  # at least one kill landed in the middle of the folder
