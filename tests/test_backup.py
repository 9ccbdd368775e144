"""`reader export` and `reader import`: Markdown files and a JSON backup that restores everything."""

from __future__ import annotations

import json

import yaml

STORY = (
    "Harbour ferry to stop night sailings\n\n"
    "The overnight ferry will make its last crossing on Sunday, the operator said.\n\n"
    "“It is the end of an era,” said the harbour master, Ewan Rhys. “People relied on it.”\n\n"
    "Passenger numbers have halved since 2010, and the new catamaran sails only by day."
)


def _library_with_everything(run_cli, tmp_path) -> int:
    p = tmp_path / "ferry.txt"
    p.write_text(STORY, encoding="utf-8")
    aid = int(run_cli("add", str(p), check=True).stdout_text.split("\t")[0])
    run_cli(
        "highlight",
        str(aid),
        "--text",
        "last crossing on Sunday",
        "--note",
        "Check the date",
        "--tag",
        "Ferries",
        "--color",
        "green",
        check=True,
    )
    run_cli("highlight", str(aid), "--text", "People relied on it.", "--tag", "日本 経済", check=True)
    run_cli("tag", str(aid), "Scotland", "long reads", check=True)
    run_cli("note", "--article", str(aid), "Ask Ewan for an interview.\nSecond line.", check=True)
    return aid


def _backup(run_cli, *args) -> dict:
    doc = json.loads(run_cli("export", "--format", "json", *args, check=True).stdout_text)
    doc.pop("exported")
    return doc


def test_export_import_export_gives_the_same_json(run_cli, tmp_path):
    _library_with_everything(run_cli, tmp_path)
    first = _backup(run_cli)
    (tmp_path / "backup.json").write_text(json.dumps(first), encoding="utf-8")
    other = str(tmp_path / "other-library")
    out = run_cli("--data-dir", other, "import", str(tmp_path / "backup.json"), "--json", check=True)
    assert json.loads(out.stdout_text)["articles_added"] == 1
    second = json.loads(run_cli("--data-dir", other, "export", "--format", "json", check=True).stdout_text)
    second.pop("exported")
    assert second == first
    h = first["articles"][0]["highlights"][0]
    assert set(h["quote"]) == {"exact", "prefix", "suffix"} and set(h["position"]) == {"start", "end"}
    # importing the same backup again adds nothing and loses nothing
    out = run_cli("--data-dir", other, "import", str(tmp_path / "backup.json"), "--json", check=True)
    report = json.loads(out.stdout_text)
    assert (report["articles_added"], report["articles_merged"], report["highlights_added"]) == (0, 1, 0)
    third = json.loads(run_cli("--data-dir", other, "export", "--format", "json", check=True).stdout_text)
    third.pop("exported")
    assert third == first


def test_import_merges_into_an_article_already_saved(run_cli, tmp_path):
    aid = _library_with_everything(run_cli, tmp_path)
    backup = _backup(run_cli)
    (tmp_path / "backup.json").write_text(json.dumps(backup), encoding="utf-8")
    other = str(tmp_path / "other")
    p = tmp_path / "ferry.txt"
    mine = int(run_cli("--data-dir", other, "add", str(p), check=True).stdout_text.split("\t")[0])
    run_cli("--data-dir", other, "highlight", str(mine), "--text", "new catamaran", check=True)
    run_cli("--data-dir", other, "note", "--article", str(mine), "My own note", check=True)
    run_cli("--data-dir", other, "import", str(tmp_path / "backup.json"), check=True)
    got = json.loads(run_cli("--data-dir", other, "highlights", str(mine), "--json", check=True).stdout_text)
    assert [h["exact"] for h in got] == ["last crossing on Sunday", "People relied on it.", "new catamaran"]
    shown = json.loads(run_cli("--data-dir", other, "export", "--format", "json", check=True).stdout_text)
    note = shown["articles"][0]["note"]["body"]
    assert note.startswith("My own note") and "Ask Ewan for an interview." in note  # both kept
    assert aid == mine


def test_markdown_export_writes_one_stable_file_per_article(run_cli, tmp_path):
    aid = _library_with_everything(run_cli, tmp_path)
    out = tmp_path / "vault"
    first = run_cli("export", "--out", str(out), check=True).stdout_text.split("\n")[0]
    assert first.endswith(f"Harbour ferry to stop night sailings ({aid}).md")
    md = (out / f"Harbour ferry to stop night sailings ({aid}).md").read_text(encoding="utf-8")
    front = yaml.safe_load(md.split("---\n")[1])
    assert front["title"] == "Harbour ferry to stop night sailings"
    assert front["tags"] == ["long reads", "Scotland"]
    assert "> last crossing on Sunday" in md and "Check the date" in md and "#Ferries" in md
    assert "## Quotes" in md and "> \u201cIt is the end of an era,\u201d \u2026 \u201cPeople relied on it.\u201d" in md
    run_cli("export", "--out", str(out), check=True)
    assert sorted(f.name for f in out.iterdir()) == [f"Harbour ferry to stop night sailings ({aid}).md"]


def test_a_broken_backup_is_one_line_and_changes_nothing(run_cli, tmp_path):
    _library_with_everything(run_cli, tmp_path)
    before = _backup(run_cli)
    for name, content in (
        ("not-json.json", "this is not json"),
        ("other.json", json.dumps({"format": "pocket"})),
        ("bad.json", json.dumps({**before, "articles": [{**before["articles"][0], "text": ""}]})),
    ):
        (tmp_path / name).write_text(content, encoding="utf-8")
        r = run_cli("import", str(tmp_path / name))
        assert r.returncode == 1
        assert r.stderr_text.startswith("Error: ") and r.stderr_text.count("\n") == 1, r.stderr_text
    r = run_cli("import", str(tmp_path / "missing.json"))
    assert r.returncode == 1 and "no such file" in r.stderr_text.lower()
    assert _backup(run_cli) == before
