"""`reader import` of other services' exports and `reader fetch`, run as a user would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "interop"


@pytest.fixture
def instapaper(tmp_path, interop_server):
    p = tmp_path / "instapaper-export.csv"
    p.write_text((DATA / "instapaper.csv").read_text(encoding="utf-8").replace("http://localhost.test", interop_server))
    return p


@pytest.mark.parametrize("name", ["unknown.csv", "unknown.json"])
def test_an_unknown_file_is_refused_in_one_line(run_cli, name):
    r = run_cli("import", str(DATA / name))
    assert r.returncode == 1 and r.stdout_text == ""
    assert r.stderr_text.count("\n") == 1 and "not an export reader knows (known: Pocket" in r.stderr_text


def test_a_missing_or_binary_file_is_one_line(run_cli, tmp_path):
    (tmp_path / "x.zip").write_bytes(b"PK\x03\x04" + bytes(range(256)))
    for path, words in ((tmp_path / "nope.csv", "no such file"), (tmp_path / "x.zip", "damaged ZIP")):
        r = run_cli("import", str(path))
        assert r.returncode == 1 and words in r.stderr_text and r.stderr_text.count("\n") == 1


def test_import_then_fetch_all(run_cli, instapaper):
    r = run_cli("import", str(instapaper), "--json", check=True)
    doc = json.loads(r.stdout_text)
    assert r.stderr_text == ""
    assert doc["kind"] == "instapaper" and doc["items"]["waiting"] == len(doc["results"]) > 0
    assert all(x["outcome"] == "waiting" and x["id"] for x in doc["results"])
    plain = run_cli("import", str(instapaper), check=True).stdout_text
    assert plain.startswith(f"Instapaper CSV: {len(doc['results'])} items: 0 added, {len(doc['results'])} present")
    f = json.loads(run_cli("fetch", "--all", "--json", check=True).stdout_text)
    assert f["fetched"] == len(doc["results"]) and f["failed"] == 0
    listed = json.loads(run_cli("highlights", "--json", check=True).stdout_text)
    assert listed and all(h["status"] in ("attached", "moved", "detached") for h in listed)
    assert sum(h["status"] == "attached" for h in listed) >= len(listed) - 1
    assert json.loads(run_cli("fetch", "--all", "--json", check=True).stdout_text)["fetched"] == 0


def test_import_with_fetch_fetches_at_once(run_cli, instapaper):
    r = run_cli("import", str(instapaper), "--fetch", check=True)
    assert "0 waiting for their text" in r.stdout_text and "fetched " in r.stdout_text
    shown = run_cli("show", "1", "--text", check=True).stdout_text
    assert len(shown) > 200


def test_fetch_needs_ids_or_all(run_cli):
    r = run_cli("fetch")
    assert r.returncode == 1 and "--all" in r.stderr_text


def test_a_failed_fetch_is_reported_and_exits_non_zero(run_cli, tmp_path):
    p = tmp_path / "one.csv"
    p.write_text("URL,Title,Selection,Folder,Timestamp\nhttp://127.0.0.1:9/never,Gone,,Unread,1700000000\n")
    run_cli("import", str(p), check=True)
    r = run_cli("fetch", "--all")
    assert r.returncode == 1 and "failed: 1:" in r.stderr_text and "fetched 0, failed 1" in r.stdout_text
    items = json.loads(run_cli("import", str(p), "--json", check=True).stdout_text)["results"]
    assert items[0]["outcome"] == "present"
