"""`reader add DIR` killed at random moments (issue 12, the reduced form of benchmarks/reliability.py).

Each article is saved in one transaction, so a kill at any moment leaves the
database whole: every article in it is exactly what a whole import of its
file gives (text and quotes), nothing is half-saved, and running the same
command again saves the rest and nothing twice.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from reader.library import Library

FILES = 60
TRIALS = 3
SEED = 20261130


def _story(i: int) -> str:
    who = ["Ann Lee", "Tomas Reyes", "Priya Nand"][i % 3]
    body = [f"Story {i}, paragraph {k}: the river rose past mill {k} and the clerk kept count." for k in range(4)]
    return "\n\n".join([f"Ledger story {i}", *body, f"\u201cWe counted {i} sacks before dawn,\u201d said {who}."])


def _add(data_dir, folder) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "reader", "--data-dir", str(data_dir), "add", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _contents(data_dir) -> dict[str, tuple]:
    with Library.open(data_dir) as lib:
        out = {}
        for aid in lib.article_ids():
            a = lib.article(aid)
            assert a.source not in out, f"{a.source} saved twice"
            out[a.source] = (a.text, [(b.kind, b.start, b.end) for b in a.blocks], lib.quotes(aid))
        return out


@pytest.mark.slow
def test_add_folder_killed_at_random_moments_leaves_whole_articles(tmp_path):
    folder = tmp_path / "stories"
    folder.mkdir()
    for i in range(FILES):
        (folder / f"{i:03d}.txt").write_text(_story(i), encoding="utf-8")
    t0 = time.perf_counter()
    ref = _add(tmp_path / "ref", folder)
    out, err = ref.communicate(timeout=120)
    whole_run = time.perf_counter() - t0
    assert ref.returncode == 0, err.decode()
    expected = _contents(tmp_path / "ref")
    assert len(expected) == FILES

    rng = random.Random(SEED)
    for t in range(TRIALS):
        d = tmp_path / f"trial{t}"
        proc = _add(d, folder)
        time.sleep(rng.uniform(0.1, whole_run))
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate(timeout=60)
        if (d / "library.db").exists():
            db = sqlite3.connect(str(d / "library.db"))
            try:
                assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                assert db.execute("PRAGMA foreign_key_check").fetchall() == []
            finally:
                db.close()
            got = _contents(d)
            for source, saved in got.items():
                assert saved == expected[source], f"trial {t}: {source} is not whole"
            printed = [line.split("\t")[0] for line in out.decode().splitlines() if "\t" in line]
            assert len(printed) <= len(got)  # what it said it saved is there
        again = _add(d, folder)
        _out, err = again.communicate(timeout=120)
        assert again.returncode == 0, err.decode()
        assert _contents(d) == expected, f"trial {t}: the second run did not end with every file saved once"
