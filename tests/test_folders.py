"""Adding whole folders, refreshing from the kept original."""

import json
import shutil
from pathlib import Path

HTML = Path(__file__).resolve().parent / "data" / "html"


def make_folder(tmp_path):
    d = tmp_path / "saved"
    (d / "sub").mkdir(parents=True)
    for name in ("01_semantic_local_news.html", "08_wire_story.html"):
        shutil.copy(HTML / name, d / name)
    shutil.copy(HTML / "15_french_regional.html", d / "sub" / "french.htm")
    (d / "sub" / "notes.md").write_text("# Reading notes\n\nSome thoughts on the week's news.", encoding="utf-8")
    (d / "plain.txt").write_text("Headline here\n\nBody text.", encoding="utf-8")
    (d / "broken.html").write_bytes(b"\x00\x01\x02 binary junk")
    (d / "image.png").write_bytes(b"\x89PNG....")  # not a supported type: skipped
    shutil.copy(HTML / "99_no_article.html", d / "index.html")
    return d


def test_folder_import_summary(library, tmp_path):
    d = make_folder(tmp_path)
    seen = []
    result = library.add_many([d], progress=lambda done, total, src: seen.append((done, total)))
    assert len(result.added) == 5
    assert {Path(s).name for s, _ in result.failed} == {"broken.html", "index.html"}
    assert seen[0] == (0, 7) and seen[-1] == (7, 7)
    again = library.add_many([d])
    assert (len(again.added), len(again.existing), len(again.failed)) == (0, 5, 2)
    assert again.summary() == "0 added, 5 already saved, 2 failed"


def test_folder_import_can_be_cancelled(library, tmp_path):
    d = make_folder(tmp_path)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 2

    result = library.add_many([d], cancelled=cancelled)
    assert result.cancelled
    assert library.count() == len(result.added) < 5


def test_cli_folder(run_cli, tmp_path):
    d = make_folder(tmp_path)
    proc = run_cli("add", str(d))
    assert proc.returncode == 1  # some failed
    assert "5 added, 0 already saved, 2 failed" in proc.stdout_text
    errors = proc.stderr_text.strip().splitlines()
    assert len(errors) == 2 and all(e.startswith("Error: ") for e in errors)
    listed = json.loads(run_cli("list", "--json", check=True).stdout_text)
    assert len(listed) == 5
    assert {a["site"] for a in listed} >= {"Riverside Courier"}


def test_refresh_from_kept_original_keeps_id_and_text(library, tmp_path):
    p = tmp_path / "a.html"
    shutil.copy(HTML / "07_longform_feature.html", p)
    aid = library.add(p).id
    before = library.article(aid)
    p.unlink()  # the original file is gone: the kept copy is enough
    r = library.refresh(aid)
    after = library.article(aid)
    assert r.id == aid and after.text == before.text and after.title == before.title
    assert after.added == before.added


def test_cli_folder_shows_a_progress_bar_on_a_terminal(tmp_path, data_dir):
    import os
    import pty
    import subprocess
    import sys

    d = make_folder(tmp_path)
    primary, secondary = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", "add", str(d)],
        stdout=subprocess.PIPE,
        stderr=secondary,
        env={**os.environ, "COLUMNS": "100"},
    )
    os.close(secondary)
    seen = b""
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    out, _ = proc.communicate(timeout=120)
    os.close(primary)
    assert b"Adding" in seen and b"100%" in seen
    assert b"5 added, 0 already saved, 2 failed" in out
