"""Importing other services' exports into a real library: items, state, highlights placed, reports, fetches.

Link-only exports point at pages served from tests/data/interop/pages by a
local server; see tests/data/interop/README.md.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from reader.errors import ImportFailed

DATA = Path(__file__).parent / "data" / "interop"
EXPECTED = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))
PLACEHOLDER = "http://localhost.test"
ZIPS = ("pocket.zip", "pocket_2024.zip", "omnivore.zip")


def collapse(s):
    return None if s is None else re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


@pytest.fixture
def local(tmp_path, interop_server):
    """A copy of a fixture whose links point at the local server, and its expected items (likewise)."""
    spec = importlib.util.spec_from_file_location("make_zips", DATA / "make_zips.py")
    make_zips = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_zips)
    make_zips.build_all(tmp_path, base_url=interop_server)

    def get(name: str):
        target = tmp_path / name
        if name not in ZIPS:
            target.write_text(
                (DATA / name).read_text(encoding="utf-8").replace(PLACEHOLDER, interop_server), encoding="utf-8"
            )
        items = json.loads(json.dumps(EXPECTED["files"][name]["items"]).replace(PLACEHOLDER, interop_server))
        return target, items

    return get


def by_url(lib, url):
    from reader.store import articles as rows

    return rows.find_by_url(lib.conn, url)


def check_highlights(lib, aid, expected):
    got = {collapse(h.exact): h for h in lib.highlights(aid)}
    assert len(got) == len(expected)
    for e in expected:
        h = got[collapse(e["exact"])]
        assert collapse(h.note) == collapse(e["note"])
        assert sorted(h.tags) == sorted(e["tags"])
        if e["placeable"]:
            assert h.status in ("attached", "moved"), e["exact"]
            text = lib.article(aid).text
            assert collapse(text[h.start : h.end]) == collapse(e["exact"]) or h.status == "moved"
        else:  # words changed since: kept detached, or put on the passage they became (a close match), never "attached"
            assert h.status in ("detached", "moved"), e["exact"]
            if h.status == "moved":
                from rapidfuzz import fuzz

                there = lib.article(aid).text[h.start : h.end]
                assert fuzz.ratio(collapse(there), collapse(e["exact"])) >= 60, (there, e["exact"])


@pytest.mark.parametrize(
    "name", ["pocket.zip", "instapaper.csv", "instapaper_2023.csv", "hypothesis.json", "hypothesis_rows.json"]
)
def test_links_wait_for_their_text_then_their_highlights_are_placed(library, local, name):
    path, items = local(name)
    report = library.import_file(path)
    assert report.count("waiting") == len(items) and report.count("added") == 0
    assert report.highlight_count("waiting") == sum(len(i["highlights"]) for i in items)
    for e in items:
        aid = by_url(library, e["url"])
        assert library.fetch_status(aid)[0] == "waiting"
        assert library.article(aid).text == ""
        library.fetch(aid)
        assert library.fetch_status(aid) == (None, None)
        assert library.article(aid).text
        check_highlights(library, aid, e["highlights"])
        assert sorted(library.article_tags(aid)) == sorted(
            e["tags"] + (["cranes"] if name == "hypothesis.json" and "harbour-cranes" in e["url"] else [])
        )
        state = library.reading_state(aid)
        assert state["archived"] == e["state"]["archived"] and state["favourite"] == e["state"]["favourite"]


@pytest.mark.parametrize("name", ["omnivore.zip", "wallabag.json"])
def test_saved_content_is_the_text_and_highlights_are_placed_at_once(library, local, name):
    path, items = local(name)
    report = library.import_file(path)
    with_content = [e for e in items if e["has_content"]]
    assert report.count("added") == len(with_content)
    assert report.count("waiting") == len(items) - len(with_content)
    for e in with_content:
        aid = by_url(library, e["url"])
        assert library.fetch_status(aid)[0] is None
        check_highlights(library, aid, e["highlights"])
        assert library.article(aid).title == (collapse(e["title"]) or library.article(aid).title)
        if e["saved_at"]:
            assert library.article(aid).added == e["saved_at"].replace("Z", "+00:00")
        if e["state"]["progress"] is not None:
            assert library.reading_state(aid)["progress"] == pytest.approx(e["state"]["progress"])
    placeable = sum(h["placeable"] for e in with_content for h in e["highlights"])
    total = sum(len(e["highlights"]) for e in with_content)
    assert report.highlight_count("placed") == placeable
    assert report.highlight_count("moved") + report.highlight_count("detached") == total - placeable


def test_importing_twice_adds_nothing(library, local):
    path, _ = local("omnivore.zip")
    first = library.import_file(path)
    before = library.bundles()
    again = library.import_file(path)
    assert again.count("present") == len(first.items) and again.count("added") == again.count("waiting") == 0
    assert again.highlight_count("present") == sum(sum(r.highlights.values()) for r in first.items)
    assert library.bundles() == before


def test_what_is_already_in_the_library_changes_only_by_adding(library, local, interop_server):
    path, items = local("instapaper.csv")
    url = items[0]["url"]
    library.add(url)  # the reader saved it before, read it and starred it
    aid = by_url(library, url)
    library.set_state([aid], read=True, favourite=True)
    library.add_highlight(aid, 0, 10, note="mine")
    before_text, before_state = library.article(aid).text, library.reading_state(aid)
    report = library.import_file(path)
    assert report.items[0].outcome == "present" and report.items[0].article_id == aid
    assert library.article(aid).text == before_text
    after = library.reading_state(aid)
    assert (after["read"], after["favourite"], after["archived"]) == (
        before_state["read"],
        before_state["favourite"],
        before_state["archived"],
    )
    assert "mine" in [h.note for h in library.highlights(aid)]
    assert set(items[0]["tags"]) <= set(library.article_tags(aid))


def test_readwise_highlights_find_their_documents_by_title(library, local):
    docs, _ = local("readwise_reader.csv")
    marks, _ = local("readwise_highlights.csv")
    combined = json.loads(
        json.dumps(EXPECTED["combined"]["readwise_reader.csv+readwise_highlights.csv"]["items"]).replace(
            PLACEHOLDER, library_server_url(docs)
        )
    )
    library.import_file(docs)
    report = library.import_file(marks)
    assert report.count("failed") == 0 and report.count("added") == 0
    for aid in library.ids_to_fetch():
        library.fetch(aid)
    for e in combined:
        aid = by_url(library, e["url"])
        check_highlights(library, aid, e["highlights"])


def library_server_url(path: Path) -> str:
    return re.search(r"http://127\.0\.0\.1:\d+", path.read_text(encoding="utf-8")).group(0)


def test_an_item_with_nowhere_to_fetch_from_keeps_its_highlights(library):
    report = library.import_file(DATA / "readwise_highlights.csv")  # no documents: titles match nothing
    assert report.count("failed") == len(report.items) > 0
    for r in report.items:
        assert "no address" in r.message
        assert library.fetch_status(r.article_id)[0] == "missing"
        assert all(h.status == "detached" for h in library.highlights(r.article_id))
    assert report.highlight_count("detached") == sum(len(library.highlights(r.article_id)) for r in report.items)


def test_a_failing_fetch_is_marked_with_why_and_nothing_is_lost(library, local, interop_server):
    path, items = local("instapaper.csv")
    report = library.import_file(path)
    aid = report.items[0].article_id
    from reader.store import articles as rows

    with library._write() as db:  # the page has moved away since
        db.execute("UPDATE articles SET url = ?, source = ? WHERE id = ?", [f"{interop_server}/gone.html"] * 2 + [aid])
    with pytest.raises(ImportFailed) as err:
        library.fetch(aid)
    status, why = rows.fetch_status(library.conn, aid)
    assert status == "failed" and why == err.value.message and "404" in why
    assert len(library.highlights(aid)) == len(items[0]["highlights"])
    assert aid in library.ids_to_fetch()


def test_cancelling_keeps_what_was_imported(library, local):
    path, items = local("instapaper.csv")
    seen = []
    report = library.import_file(path, progress=lambda d, t, w: seen.append(d), cancelled=lambda: len(seen) >= 2)
    assert report.cancelled and len(report.items) == 2
    assert "cancelled" in report.summary()
    again = library.import_file(path)
    assert again.count("present") == 2 and again.count("waiting") == len(items) - 2


def test_the_report_in_words_and_as_json(library, local):
    path, _ = local("instapaper.csv")
    path = path.with_name("malformed_instapaper.csv")
    path.write_text((DATA / path.name).read_text(encoding="utf-8"), encoding="utf-8")
    report = library.import_file(path)
    text = report.summary()
    assert text.splitlines()[0].startswith("Instapaper CSV: ")
    assert f"{path}: row 4: Timestamp 'yesterday' is not a time" in text
    doc = report.to_dict()
    assert doc["kind"] == "instapaper" and doc["problems"] == [
        {"where": "row 4", "message": "Timestamp 'yesterday' is not a time; saved without it"}
    ]
    assert sum(doc["items"].values()) == len(doc["results"])
    assert set(doc["results"][0]) == {"where", "url", "title", "outcome", "id", "message", "highlights"}


def test_refreshing_saved_content_keeps_the_title_the_export_gave(library, local):
    path, items = local("omnivore.zip")
    library.import_file(path)
    for e in items:
        if e["has_content"]:
            aid = by_url(library, e["url"])
            before = library.article(aid).title
            library.refresh(aid)
            assert library.article(aid).title == before
