"""The readers of other services' exports, item by item, against fixtures written from the formats' documentation.

tests/data/interop/ was written by someone who had not seen these readers,
from each service's export code and public samples (see its README);
expected.json says what each file holds.
"""

import json
import re
from pathlib import Path

import pytest

from reader import interop
from reader.errors import ImportFailed

DATA = Path(__file__).parent / "data" / "interop"
EXPECTED = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))
FILES = [name for name, spec in EXPECTED["files"].items() if not spec.get("refuse") and "items" in spec]


def collapse(s):
    return None if s is None else re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def as_expected(item: interop.Item) -> dict:
    return {
        "url": item.url,
        "title": collapse(item.title),
        "tags": sorted(item.tags),
        "state": {"archived": item.archived, "favourite": item.favourite, "progress": item.progress},
        "saved_at": item.added.replace("+00:00", "Z") if item.added else None,
        "has_content": item.html is not None,
        "highlights": [
            {"exact": collapse(h.exact), "note": collapse(h.note), "tags": sorted(h.tags)} for h in item.highlights
        ],
    }


def expected_items(spec: dict) -> list[dict]:
    out = []
    for e in spec["items"]:
        title = None if e["title"] == e["url"] else collapse(e["title"])  # Pocket writes the address for no title
        out.append(
            {
                "url": e["url"],
                "title": title,
                "tags": sorted(e["tags"]),
                "state": e["state"],
                "saved_at": e["saved_at"],
                "has_content": e["has_content"],
                "highlights": [
                    {"exact": collapse(h["exact"]), "note": collapse(h["note"]), "tags": sorted(h["tags"])}
                    for h in e["highlights"]
                ],
            }
        )
    return out


# Where reader deliberately differs from expected.json: the tags of a Hypothesis
# page note (an annotation of the whole page) go on the article, not away.
PAGE_NOTE_TAGS = {("hypothesis.json", "http://localhost.test/articles/harbour-cranes.html"): ["cranes"]}


@pytest.mark.parametrize("name", FILES)
def test_each_fixture_reads_item_by_item(name):
    parsed = interop.read(DATA / name)
    got = [as_expected(i) for i in parsed.items]
    want = expected_items(EXPECTED["files"][name])
    for w in want:
        w["tags"] = sorted(w["tags"] + PAGE_NOTE_TAGS.get((name, w["url"]), []))
    assert [g["url"] for g in got] == [w["url"] for w in want]
    for g, w in zip(got, want, strict=True):
        assert g == w, g["url"]


@pytest.mark.parametrize("name", FILES)
def test_page_notes_become_the_item_note(name):
    parsed = interop.read(DATA / name)
    for item, e in zip(parsed.items, EXPECTED["files"][name]["items"], strict=True):
        notes = e.get("page_notes") or []
        assert collapse(item.note) == (collapse(" ".join(notes)) if notes else None)


def test_each_kind_is_recognised_by_content_not_name(tmp_path):
    kinds = {}
    for name in FILES:
        copy = tmp_path / f"export-{len(kinds)}.dat"  # no telling extension
        copy.write_bytes((DATA / name).read_bytes())
        kinds[name] = interop.detect(copy)[0].name
    assert kinds["ril_export.html"] == "pocket-html"
    assert kinds["pocket.zip"] == kinds["pocket_2024.zip"] == "pocket-zip"
    assert kinds["omnivore.zip"] == "omnivore"
    assert {kinds[n] for n in FILES if n.startswith(("instapaper", "malformed_instapaper"))} == {"instapaper"}
    assert kinds["readwise_reader.csv"] == "readwise-documents"
    assert kinds["readwise_highlights.csv"] == "readwise-highlights"
    assert kinds["hypothesis.json"] == kinds["hypothesis_rows.json"] == "hypothesis"
    assert kinds["wallabag.json"] == "wallabag"


@pytest.mark.parametrize("name", EXPECTED["refused"])
def test_an_unknown_file_is_refused_with_the_known_kinds(name):
    with pytest.raises(ImportFailed) as err:
        interop.read(DATA / name)
    message = err.value.message
    assert message.startswith(f"{DATA / name}: not an export reader knows")
    for label in ("Pocket", "Omnivore", "Instapaper", "Readwise", "Wallabag", "Hypothesis", "W3C"):
        assert label in message
    assert "\n" not in message


def test_a_malformed_row_is_named_and_the_rest_is_read():
    spec = EXPECTED["files"]["malformed_instapaper.csv"]
    parsed = interop.read(DATA / "malformed_instapaper.csv")
    [bad] = spec["error_rows"]
    assert [p.where for p in parsed.problems] == [f"row {bad['row']}"]
    assert bad["value"] in parsed.problems[0].message and bad["column"] in parsed.problems[0].message
    good = [as_expected(i) for i in parsed.items if i.where != f"row {bad['row']}"]
    assert good == expected_items({"items": spec["items_if_partial"]})


def test_readwise_feed_rows_are_skipped():
    parsed = interop.read(DATA / "readwise_reader.csv")
    assert not any("/feeds/" in (i.url or "") for i in parsed.items)


def test_python_style_tag_lists_are_read_without_eval():
    from reader.interop.readwise import python_list

    assert python_list("""["it's late", 'slow, careful reading']""") == ["it's late", "slow, careful reading"]
    assert python_list("[]") == [] and python_list("") == []
    assert python_list("__import__('os').system('true')") == ["__import__('os').system('true')"]  # words, never run
    assert python_list("rivers, quotes") == ["rivers", "quotes"]


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2016-09-08T11:55:58+0200", "2016-09-08T09:55:58+00:00"),
        ("2024-05-02 08:14:09.512000+00:00", "2024-05-02T08:14:09+00:00"),
        ("2024-05-02T08:14:09.512Z", "2024-05-02T08:14:09+00:00"),
        ("2024-05-02", "2024-05-02T00:00:00+00:00"),
    ],
)
def test_dates_in_every_style_become_utc(raw, iso):
    assert interop.from_iso(raw) == iso


def test_unix_times_in_seconds_or_milliseconds():
    assert interop.from_unix("1700000000") == interop.from_unix(1700000000000) == "2023-11-14T22:13:20+00:00"
    with pytest.raises(ValueError):
        interop.from_unix("yesterday")


def test_addresses_lose_tracking_and_fragment_but_nothing_else():
    assert interop.clean_url("HTTPS://Example.COM/a?utm_source=x&id=3#top") == "https://example.com/a?id=3"
    assert interop.clean_url("https://example.com/a?ref=a,b,c") == "https://example.com/a?ref=a,b,c"
    assert interop.clean_url("javascript:alert(1)") is None
    assert interop.clean_url("file:///etc/passwd") is None
