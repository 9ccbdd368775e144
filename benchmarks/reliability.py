"""Reliability: processes killed mid-write, backup speed, and a very long article.

Three parts, each beside a floor measured in the same run where there is one;
medians unless said otherwise.

1. kill trials. (a) ``reader add DIR`` of a few hundred small text files,
   SIGKILLed at a random moment of its run; (b) a loop adding highlights (each
   with a note and two tags; it prints each id once ``add_highlight`` has
   returned, i.e. after COMMIT), SIGKILLed at a random moment. After every
   kill: ``PRAGMA integrity_check`` and ``foreign_key_check``; every article
   in the library is whole (its text is exactly what importing its file
   gives, with all its quotes); every change the process confirmed before
   the kill is there (for ``add``, the ids it printed, which it does at the
   end); after an ``add`` kill, running ``reader add DIR`` again saves the
   rest and nothing twice. Reported: trials, changes confirmed, changes lost
   (target 0), trials with any damage (target 0).
2. backup of a 10,000-article library (``benchmarks/_library.py``, cached in
   /tmp): reader's ``Library.backup(out=...)`` (SQLite's online backup API,
   then the copy set to a self-contained rollback journal and renamed into
   place) against the ``sqlite3`` command line's ``.backup`` of the same
   file, and Python's ``sqlite3.Connection.backup`` alone; interleaved.
3. a 50,000-paragraph article (``tests/tests_helpers.long_page``, with news
   prose: sentences of the development quote set; ~4.4 MB). Import: a child
   process times ``Library.add`` of the page into a fresh library, another
   times ``trafilatura.extract`` of the same bytes with reader's options
   (both exclude interpreter start and imports; peak RSS is each child's
   VmHWM); also at 10,000 paragraphs, to show how reader's own share scales.
   Opening: the real window (1400x900, offscreen) opens the article;
   first paint is ``open_article`` + ``viewport().repaint()``; then the event
   loop runs until the view has set the whole article, with a 1 ms timer
   whose longest gap is the longest the UI thread was blocked. Floors: a bare
   QTextBrowser ``setPlainText(text)`` + repaint, and ``setHtml`` of the
   paragraphs + repaint. Targets: import <= 3x bare trafilatura; first paint
   < 300 ms; no block over 50 ms.

``--quick`` (under a minute once the 10,000-article library is cached; the
first run builds it in ~10 s): fewer trials and rounds, one import round.

    python benchmarks/reliability.py [--quick]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _library  # noqa: E402
from _common import code_state, finish, machine, median  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={ROOT / 'resources' / 'offscreen.json'}")
os.environ["READER_ERRORS_TO_LOG"] = "1"
SEED = 20261130
PARAGRAPHS = 50_000

# --- 1. kill trials ---------------------------------------------------------------------------

# Adds highlights as fast as it can, printing each id once its transaction has committed.
HIGHLIGHTER = """
import sys
from reader.library import Library

data_dir, aid, round_no = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
lib = Library.open(data_dir)
text = lib.article(aid).text
print("ready", flush=True)
n = 0
while True:
    s = (round_no * 997 + n * 37) % (len(text) - 12)
    h = lib.add_highlight(aid, s, s + 12, note=f"round {round_no} note {n}", tags=[f"round {round_no}", "killed"])
    print(h.id, n, flush=True)
    n += 1
"""


def _story(i: int) -> str:
    who = ["Ann Lee", "Tomas Reyes", "Priya Nand"][i % 3]
    paras = [f"Ledger story {i}"]
    for k in range(6):
        paras.append(f"Story {i}, paragraph {k}: the river rose past mill {k} and the clerk kept count of the sacks.")
    paras.append(f"\u201cWe counted {i} sacks before dawn,\u201d said {who}.")
    return "\n\n".join(paras) + "\n"


def _check(db: Path) -> bool:
    conn = sqlite3.connect(str(db))
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return ok and conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def _reader(*args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "reader", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw
    )


def kill_add(tmp: Path, files: int, trials: int, rng: random.Random) -> dict:
    from reader.library import Library

    folder = tmp / "stories"
    folder.mkdir()
    for i in range(files):
        (folder / f"{i:04d}.txt").write_text(_story(i), encoding="utf-8")
    # The reference: a whole run, timed, gives what every file must become.
    ref_dir = tmp / "ref"
    t0 = time.perf_counter()
    proc = _reader("--data-dir", str(ref_dir), "add", str(folder))
    proc.communicate(timeout=600)
    full_s = time.perf_counter() - t0
    with Library.open(ref_dir) as lib:
        expected = {}
        for aid in lib.article_ids():
            a = lib.article(aid)
            expected[a.source] = (a.text, [(q.text, q.speaker) for q in lib.quotes(aid)])
    assert len(expected) == files, f"the reference run saved {len(expected)} of {files}"

    confirmed = lost = damaged = partial = 0
    saved_at_kill = []
    for t in range(trials):
        d = tmp / f"add{t}"
        proc = _reader("--data-dir", str(d), "add", str(folder))
        time.sleep(rng.uniform(0.2, full_s))
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate(timeout=60)
        lines = out.decode().split("\n")[:-1]  # whole lines only
        printed = [int(line.split("\t")[0]) for line in lines if re.match(r"\d+\t", line)]
        confirmed += len(printed)
        db = d / "library.db"
        if not db.exists():  # killed before it opened the library: nothing to check
            saved_at_kill.append(0)
            continue
        ok = _check(db)
        with Library.open(d) as lib:
            ids = lib.article_ids()
            lost += len(set(printed) - set(ids))
            for aid in ids:
                a = lib.article(aid)
                if expected.get(a.source) != (a.text, [(q.text, q.speaker) for q in lib.quotes(aid)]):
                    ok = False
            saved_at_kill.append(len(ids))
        # Again, to the end: the rest is saved, nothing twice.
        again = _reader("--data-dir", str(d), "add", str(folder))
        again.communicate(timeout=600)
        with Library.open(d) as lib:
            sources = [lib.article(aid).source for aid in lib.article_ids()]
        if sorted(sources) != sorted(expected) or not _check(db):
            ok = False
        damaged += not ok
        partial += 0 < saved_at_kill[-1] < files
        shutil.rmtree(d, ignore_errors=True)
    return {
        "add_trials": trials,
        "add_files": files,
        "add_full_s": full_s,
        "add_confirmed": confirmed,
        "add_lost": lost,
        "add_damaged": damaged,
        "add_killed_midway": partial,
        "add_saved_at_kill_median": median(saved_at_kill) if saved_at_kill else 0,
    }


def kill_highlights(tmp: Path, trials: int, rng: random.Random) -> dict:
    from reader.library import Library

    d = tmp / "hl"
    story = tmp / "ledger.txt"
    story.write_text("Flood ledger\n\n" + "\n\n".join(_story(i) for i in range(20)), encoding="utf-8")
    with Library.open(d) as lib:
        aid = lib.add(story).id
        text = lib.article(aid).text
    confirmed: dict[int, str] = {}
    lost = damaged = 0
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    for r in range(trials):
        proc = subprocess.Popen(
            [sys.executable, "-c", HIGHLIGHTER, str(d), str(aid), str(r)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert proc.stdout.readline() == b"ready\n", proc.stderr.read().decode()
        time.sleep(rng.uniform(0.0, 0.3))
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate(timeout=30)
        for line in out.decode().split("\n")[:-1]:  # whole lines only
            hid, n = line.split()
            confirmed[int(hid)] = f"round {r} note {n}"
        ok = _check(d / "library.db")
        with Library.open(d) as lib:
            ok = ok and lib.article(aid).text == text
            have = {h.id: h for h in lib.highlights(aid)}
        lost = len(set(confirmed) - set(have))
        for h in have.values():
            # One transaction per highlight: never one without its note or tags.
            if not (h.note and h.tags == ["killed", h.note.split(" note ")[0]] and text[h.start : h.end] == h.exact):
                ok = False
        ok = ok and all(have[i].note == note for i, note in confirmed.items() if i in have)
        damaged += not ok
    return {"hl_trials": trials, "hl_confirmed": len(confirmed), "hl_lost": lost, "hl_damaged": damaged}


# --- 2. backup --------------------------------------------------------------------------------


def bench_backup(tmp: Path, articles: int, rounds: int) -> dict:
    from reader.library import Library

    tmp.mkdir(parents=True, exist_ok=True)
    info = _library.library(articles)
    src = Path(info["dir"])
    db = src / "library.db"
    cli = shutil.which("sqlite3")
    ours, floor_cli, floor_py = [], [], []
    lib = Library.open(src)
    try:
        for r in range(rounds + 1):  # the first round warms the file cache and is not counted
            out = tmp / f"ours{r}.db"
            t0 = time.perf_counter()
            lib.backup(out)
            a = time.perf_counter() - t0
            b = None
            if cli:
                out2 = tmp / f"cli{r}.db"
                t0 = time.perf_counter()
                subprocess.run([cli, str(db), f".backup '{out2}'"], check=True, capture_output=True)
                b = time.perf_counter() - t0
            out3 = tmp / f"py{r}.db"
            t0 = time.perf_counter()
            dest = sqlite3.connect(str(out3))
            lib.conn.backup(dest)
            dest.close()
            c = time.perf_counter() - t0
            if r:
                ours.append(a)
                floor_py.append(c)
                if b is not None:
                    floor_cli.append(b)
            for p in tmp.glob("*.db*"):
                p.unlink()
    finally:
        lib.close()
    got = {
        "backup_articles": articles,
        "backup_db_mb": db.stat().st_size / 1e6,
        "backup_ms": median(ours) * 1000,
        "backup_python_ms": median(floor_py) * 1000,
        "backup_rounds": rounds,
    }
    if floor_cli:
        got["backup_sqlite3_cli_ms"] = median(floor_cli) * 1000
        got["backup_ratio"] = median(ours) / median(floor_cli)
    else:
        got["backup_ratio"] = median(ours) / median(floor_py)
    return got


# --- 3. the long article ----------------------------------------------------------------------


def prose_sentences() -> list[str]:
    """Sentences of the development quote set (a quote is never cut), at most 110 characters."""
    out = []
    for f in sorted(glob.glob(str(ROOT / "tests" / "data" / "quotes" / "*.txt"))):
        for p in Path(f).read_text(encoding="utf-8").split("\n\n"):
            p = p.strip()
            depth, start = 0, 0
            for m in re.finditer(r'[\u201c\u201d"]|(?<=[.!?])\s+(?=[A-Z\u201c"])', p):
                s = m.group()
                if s == "\u201c":
                    depth += 1
                elif s == "\u201d":
                    depth = max(0, depth - 1)
                elif s == '"':
                    depth = 1 - depth
                elif depth == 0:
                    out.append(p[start : m.start()])
                    start = m.end()
            out.append(p[start:])
    return [s for s in out if s and len(s) <= 110]


def prose_page(paragraphs: int) -> bytes:
    """The test helper's long page with news prose: each paragraph a sentence of real copy."""
    sentences = prose_sentences()
    paras = [f"<p>{escape(sentences[i % len(sentences)], quote=False)}</p>" for i in range(paragraphs)]
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>The long ledger</title></head>"
        "<body><article><h1>The long ledger</h1>\n" + "\n".join(paras) + "\n</article></body></html>"
    ).encode()


CHILD = r"""
import sys, time, json
kind, page, data_dir = sys.argv[1:4]
import trafilatura
from reader.importers.html import EXTRACT_OPTIONS
from reader.library import Library
import reader.quotes.extract, reader.importers.html  # imports are not part of the figure
data = open(page, "rb").read()
t0 = time.perf_counter()
if kind == "reader":
    with Library.open(data_dir) as lib:
        lib.add(page)
else:
    trafilatura.extract(data, **EXTRACT_OPTIONS)
elapsed = time.perf_counter() - t0
hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(json.dumps({"s": elapsed, "mb": hwm / 1024}))
"""


def _child(kind: str, page: Path, data_dir: Path) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, kind, str(page), str(data_dir)], capture_output=True, text=True, timeout=900
    )
    if proc.returncode:
        raise RuntimeError(proc.stderr[-2000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def bench_import(tmp: Path, paragraphs: int, rounds: int) -> dict:
    page = tmp / f"long{paragraphs}.html"
    page.write_bytes(prose_page(paragraphs))
    ours, bare = [], []
    for r in range(rounds):
        d = tmp / f"imp{paragraphs}-{r}"
        ours.append(_child("reader", page, d))
        bare.append(_child("bare", page, d))
    return {
        "page": page,
        "data_dir": tmp / f"imp{paragraphs}-{rounds - 1}",
        "mb": page.stat().st_size / 1e6,
        "reader_s": median([x["s"] for x in ours]),
        "bare_s": median([x["s"] for x in bare]),
        "reader_rss_mb": max(x["mb"] for x in ours),
        "bare_rss_mb": max(x["mb"] for x in bare),
    }


def _qt_message(_mode, _context, message: str) -> None:
    if "propagateSizeHints" not in message:
        print(f"qt: {message}", file=sys.stderr)


def bench_open(data_dir: Path, rounds: int) -> dict:
    from PySide6.QtCore import QTimer, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication, QTextBrowser

    from reader.library import Library
    from reader.ui.app import build_window

    qInstallMessageHandler(_qt_message)
    app = QApplication.instance() or QApplication([])
    lib = Library.open(data_dir)
    aid = min(lib.article_ids())  # the long article (the sample may have been added after it)
    window = build_window(lib)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    small = lib.ensure_sample() or lib.add(ROOT / "seeds" / "sky-news-return-hubs.txt").id
    view = window.article_view
    a = lib.article(aid)
    html = "".join(f"<p>{escape(a.text[b.start : b.end])}</p>" for b in a.blocks)
    floor = QTextBrowser()
    floor.resize(view.size())
    floor.show()
    app.processEvents()
    first, filled, gaps, plain, rich = [], [], [], [], []
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    for _ in range(rounds):
        window.open_article(small)  # so the long one is opened afresh
        app.processEvents()
        t0 = time.perf_counter()
        window.open_article(aid)
        view.viewport().repaint()
        first.append(time.perf_counter() - t0)
        ticks.clear()
        ticks.append(time.perf_counter())
        timer.start()
        while not view.is_complete():
            app.processEvents()
        filled.append(time.perf_counter() - t0)
        end = time.perf_counter() + 0.5  # and what Qt's own lazy layout does after
        while time.perf_counter() < end:
            app.processEvents()
        timer.stop()
        gaps.append(max(b - a for a, b in zip(ticks, ticks[1:], strict=False)))

        t0 = time.perf_counter()
        floor.setPlainText(a.text)
        floor.viewport().repaint()
        plain.append(time.perf_counter() - t0)
        app.processEvents()
        t0 = time.perf_counter()
        floor.setHtml(html)
        floor.viewport().repaint()
        rich.append(time.perf_counter() - t0)
        floor.clear()
        app.processEvents()
    floor.hide()
    window.hide()
    lib.close()
    return {
        "paint_ms": median(first) * 1000,
        "paint_max_ms": max(first) * 1000,
        "filled_s": median(filled),
        "block_max_ms": max(gaps) * 1000,
        "block_median_ms": median(gaps) * 1000,
        "plain_ms": median(plain) * 1000,
        "html_ms": median(rich) * 1000,
        "open_rounds": rounds,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer trials and rounds (under a minute)")
    args = ap.parse_args()
    q = args.quick
    add_trials, hl_trials, files = (4, 6, 400) if q else (20, 30, 600)
    backup_rounds, import_rounds, open_rounds = (3, 1, 2) if q else (7, 3, 5)
    rng = random.Random(SEED)

    print(f"machine: {machine()}")
    print(f"code: {code_state()}")
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        k = kill_add(tmp, files, add_trials, rng)
        k.update(kill_highlights(tmp, hl_trials, rng))
        print(
            f"kill trials: `reader add DIR` ({files} files, a whole run {k['add_full_s']:.1f} s) killed {add_trials} "
            f"times (median {k['add_saved_at_kill_median']:.0f} saved at the kill, {k['add_killed_midway']} "
            f"mid-folder): {k['add_confirmed']} confirmed, {k['add_lost']} lost, {k['add_damaged']} damaged; "
            f"highlighting killed {hl_trials} times: {k['hl_confirmed']} confirmed, {k['hl_lost']} lost, "
            f"{k['hl_damaged']} damaged (target 0 lost, 0 damaged)"
        )
        b = bench_backup(tmp / "bk", 10_000, backup_rounds)
        cli = f"sqlite3 .backup {b['backup_sqlite3_cli_ms']:.0f} ms" if "backup_sqlite3_cli_ms" in b else "no sqlite3"
        print(
            f"backup, {b['backup_articles']:,} articles ({b['backup_db_mb']:.0f} MB): reader {b['backup_ms']:.0f} ms, "
            f"{cli}, Python Connection.backup {b['backup_python_ms']:.0f} ms; ratio {b['backup_ratio']:.2f} "
            f"({backup_rounds} rounds, medians)"
        )
        small = bench_import(tmp, PARAGRAPHS // 5, import_rounds)
        big = bench_import(tmp, PARAGRAPHS, import_rounds)
        ratio = big["reader_s"] / big["bare_s"]
        own_small = (small["reader_s"] - small["bare_s"]) / (PARAGRAPHS // 5)
        own_big = (big["reader_s"] - big["bare_s"]) / PARAGRAPHS
        print(
            f"import {PARAGRAPHS:,} paragraphs ({big['mb']:.1f} MB): reader {big['reader_s']:.2f} s "
            f"(peak {big['reader_rss_mb']:.0f} MB), bare trafilatura.extract {big['bare_s']:.2f} s "
            f"(peak {big['bare_rss_mb']:.0f} MB), ratio {ratio:.2f} (target <= 3); "
            f"at {PARAGRAPHS // 5:,}: {small['reader_s']:.2f} s vs {small['bare_s']:.2f} s; reader's own time per "
            f"paragraph {own_small * 1e6:.0f} us at {PARAGRAPHS // 5:,}, {own_big * 1e6:.0f} us at {PARAGRAPHS:,}"
        )
        o = bench_open(big["data_dir"], open_rounds)
        print(
            f"open it in the window: first paint {o['paint_ms']:.0f} ms (max {o['paint_max_ms']:.0f}; target < 300), "
            f"whole article set after {o['filled_s']:.1f} s, longest UI-thread block {o['block_max_ms']:.0f} ms "
            f"(target <= 50); bare QTextBrowser setPlainText {o['plain_ms']:.0f} ms, setHtml {o['html_ms']:.0f} ms"
        )
    finish(
        {
            **k,
            **b,
            "paragraphs": PARAGRAPHS,
            "page_mb": big["mb"],
            "import_s": big["reader_s"],
            "import_bare_s": big["bare_s"],
            "import_ratio": ratio,
            "import_rss_mb": big["reader_rss_mb"],
            "import_bare_rss_mb": big["bare_rss_mb"],
            "import_small_s": small["reader_s"],
            "import_small_bare_s": small["bare_s"],
            "own_us_per_paragraph_small": own_small * 1e6,
            "own_us_per_paragraph": own_big * 1e6,
            **o,
            "import_rounds": import_rounds,
        }
    )


if __name__ == "__main__":
    main()
