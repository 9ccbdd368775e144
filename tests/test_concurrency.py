"""Several processes writing to one library at once, and a writer killed mid-write.

WAL lets readers and one writer share the file; writes take ``BEGIN IMMEDIATE``
so concurrent writers queue on the busy timeout instead of failing with
"database is locked". Every write is one transaction, so a process killed at
any moment leaves the database whole, with everything it committed.
"""

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

WORKERS = 4
PER_WORKER = 15


def _ledger(n: int) -> str:
    """An article with ``n`` numbered sentences, ten to a paragraph."""
    sentences = [f"Entry {i} lists the cost of sandbags for street {i}." for i in range(1, n + 1)]
    paragraphs = [" ".join(sentences[i : i + 10]) for i in range(0, n, 10)]
    return "Flood ledger for the valley\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.fixture
def ledger(run_cli, tmp_path):
    """The ledger saved to the library: its id and canonical text."""
    p = tmp_path / "ledger.txt"
    p.write_text(_ledger(WORKERS * PER_WORKER), encoding="utf-8")
    aid = run_cli("add", str(p), check=True).stdout_text.split("\t")[0]
    return aid, run_cli("show", aid, "--text", check=True).stdout_text


@pytest.mark.slow
def test_four_processes_highlight_one_article_at_once(run_cli, ledger):
    aid, text = ledger
    spans = {}
    for n in range(1, WORKERS * PER_WORKER + 1):
        s = text.index(f"Entry {n} lists")
        spans[n] = (s, s + len(f"Entry {n} lists"))

    results: dict[int, list[tuple[int, int, str, str]]] = {w: [] for w in range(WORKERS)}
    start = threading.Barrier(WORKERS)

    def worker(w: int) -> None:
        start.wait()
        for i in range(PER_WORKER):
            n = w * PER_WORKER + i + 1
            s, e = spans[n]
            proc = subprocess.Popen(
                [sys.executable, "-m", "reader", "highlight", aid, "--start", str(s), "--end", str(e)]
                + ["--note", f"worker {w} note {i}", "--tag", f"Worker {w}", "--tag", "shared", "--color", "green"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            out, err = proc.communicate(timeout=60)
            results[w].append((n, proc.returncode, out.decode(), err.decode()))

    threads = [threading.Thread(target=worker, args=(w,)) for w in range(WORKERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads)

    made: dict[int, int] = {}  # highlight id -> entry number
    for w in range(WORKERS):
        assert len(results[w]) == PER_WORKER
        for n, code, out, err in results[w]:
            assert "locked" not in err and "busy" not in err, err
            assert code == 0 and err == "", (n, code, err)
            made[int(out)] = n
    assert len(made) == WORKERS * PER_WORKER, "every process printed its own new id"

    found = json.loads(run_cli("highlights", aid, "--json", check=True).stdout_text)
    assert len(found) == WORKERS * PER_WORKER
    assert [h["start"] for h in found] == sorted(h["start"] for h in found), "listed in article order"
    for h in found:
        n = made[h["id"]]
        w, i = divmod(n - 1, PER_WORKER)
        assert (h["start"], h["end"]) == spans[n]
        assert text[h["start"] : h["end"]] == f"Entry {n} lists" == h["exact"]
        assert (h["status"], h["color"], h["note"]) == ("attached", "green", f"worker {w} note {i}")
        assert h["tags"] == ["shared", f"Worker {w}"], "sorted without case"

    tags = {t["name"]: (t["articles"], t["highlights"]) for t in json.loads(run_cli("tags", "--json").stdout_text)}
    assert tags == {"shared": (0, 60), **{f"Worker {w}": (0, PER_WORKER) for w in range(WORKERS)}}
    summary = json.loads(run_cli("list", "--json", check=True).stdout_text)
    assert [(a["id"], a["highlights"]) for a in summary] == [(int(aid), 60)]


# A writer that adds highlights (each with a note and two tags) as fast as it can, printing each
# id once its transaction has committed: `add_highlight` returns only after COMMIT.
WRITER = """
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

ROUNDS = 12
SEED = 20261130


@pytest.mark.slow
def test_writer_killed_at_random_moments_loses_nothing_it_confirmed(run_cli, ledger, data_dir):
    from reader.library import Library

    aid, text = ledger
    rng = random.Random(SEED)
    confirmed: dict[int, str] = {}  # highlight id -> its note
    per_round = []
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}

    for r in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(data_dir), aid, str(r)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        try:
            assert proc.stdout.readline() == b"ready\n", proc.stderr.read().decode()
            time.sleep(rng.uniform(0.0, 0.3))
        finally:
            proc.send_signal(signal.SIGKILL)
            out, err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, err.decode()
        assert b"Traceback" not in err, err.decode()
        # Only whole lines count: the kill may land between a write and its newline.
        lines = out.decode().split("\n")[:-1]
        for line in lines:
            hid, n = line.split()
            confirmed[int(hid)] = f"round {r} note {n}"
        per_round.append(len(lines))

        db = sqlite3.connect(str(data_dir / "library.db"))
        try:
            assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            db.close()

        with Library.open(data_dir) as lib:
            assert lib.article(int(aid)).text == text
            have = {h.id: h for h in lib.highlights(int(aid))}
        missing = sorted(set(confirmed) - set(have))
        assert not missing, f"round {r}: confirmed highlights lost: {missing[:10]}"
        for hid, note in confirmed.items():
            assert have[hid].note == note
        # One transaction per highlight: none is ever left without its note or tags.
        for h in have.values():
            assert h.note and h.note.startswith("round "), h
            assert h.tags == ["killed", h.note.split(" note ")[0]], h
            assert text[h.start : h.end] == h.exact

    assert sum(per_round) >= ROUNDS, f"the writer hardly wrote anything before being killed: {per_round}"
    assert sum(1 for n in per_round if n) >= ROUNDS // 2, per_round

    # What a user sees afterwards: the article opens and lists every highlight.
    assert run_cli("show", aid, "--text", check=True).stdout_text == text
    listed = json.loads(run_cli("highlights", aid, "--json", check=True).stdout_text)
    assert set(confirmed) <= {h["id"] for h in listed}
    counts = {t["name"]: t["highlights"] for t in json.loads(run_cli("tags", "--json", check=True).stdout_text)}
    assert counts["killed"] == len(listed)
