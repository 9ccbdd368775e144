"""W3C Web Annotation export and import: the shape the model requires, and a lossless round trip."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader import interop
from reader.export import W3C_CONTEXT, ArticleBundle, w3c_document
from reader.model import HIGHLIGHT_COLORS, Article, Highlight, Note
from reader.text import text_hash

SEED = Path(__file__).resolve().parent.parent / "seeds" / "sky-news-return-hubs.txt"


def check_shape(doc: dict) -> None:
    """What the Web Annotation Data Model requires of a collection and its annotations (sections 3 and 4)."""
    assert doc["@context"] == W3C_CONTEXT
    assert doc["type"] == "AnnotationCollection" and doc["total"] == len(doc["items"])
    ids = set()
    for a in doc["items"]:
        assert isinstance(a["id"], str) and ":" in a["id"] and a["id"] not in ids  # an IRI, unique
        ids.add(a["id"])
        assert a["type"] == "Annotation"
        assert a["motivation"] in ("highlighting", "commenting", "tagging")
        for body in a.get("body", []):
            assert body["type"] == "TextualBody" and isinstance(body["value"], str)
            assert body["purpose"] in ("commenting", "tagging")
        target = a["target"]
        assert target["type"] == "SpecificResource" and ":" in target["source"]
        kinds = [s["type"] for s in target.get("selector", [])]
        if a["motivation"] == "highlighting" or "selector" in target:
            assert kinds[0] == "TextQuoteSelector" and set(kinds) <= {"TextQuoteSelector", "TextPositionSelector"}
            quote = target["selector"][0]
            assert quote["exact"] and {"prefix", "suffix"} <= set(quote)
        for s in target.get("selector", []):
            if s["type"] == "TextPositionSelector":
                assert 0 <= s["start"] <= s["end"]
        if a["motivation"] == "commenting":
            assert any(b["purpose"] == "commenting" for b in a["body"])


def test_export_has_the_shape_the_model_requires(library, run_cli):
    aid = library.add(SEED).id
    text = library.article(aid).text
    library.add_highlight(aid, 10, 40, note="a note", tags=["policy", "Économie"], color="blue")
    library.add_highlight(aid, 100, 130)
    library.tag("article", aid, ["uk"])
    library.set_article_note(aid, "the whole article")
    doc = json.loads(run_cli("export", "--format", "w3c", check=True).stdout_text)
    check_shape(doc)
    notes = [a for a in doc["items"] if "selector" not in a["target"]]
    assert len(notes) == 1 and {b["value"] for b in notes[0]["body"]} == {"the whole article", "uk"}
    [first, second] = [a for a in doc["items"] if "selector" in a["target"]]
    assert first["motivation"] == "commenting" and second["motivation"] == "highlighting" and "body" not in second
    assert first["target"]["source"] == f"urn:sha256:{text_hash(text)}"  # a file has no address: its text names it
    quote, position = first["target"]["selector"]
    assert quote["exact"] == text[10:40] and (position["start"], position["end"]) == (10, 40)
    assert first["target"]["styleClass"] == "blue"
    assert sorted(b["value"] for b in first["body"] if b["purpose"] == "tagging") == ["policy", "Économie"]


def test_export_then_import_restores_every_highlight(library, run_cli, tmp_path, data_dir):
    aid = library.add(SEED).id
    made = [
        library.add_highlight(aid, 10, 40, note="first", tags=["a"], color="green"),
        library.add_highlight(aid, 200, 260, tags=["b", "c"], color="purple"),
        library.add_highlight(aid, 500, 520),
    ]
    out = tmp_path / "notes.jsonld"
    run_cli("export", "--format", "w3c", "--out", str(out), check=True)
    other = tmp_path / "other"
    run_cli("--data-dir", str(other), "add", str(SEED), check=True)
    r = json.loads(run_cli("--data-dir", str(other), "import", str(out), "--json", check=True).stdout_text)
    assert r["kind"] == "w3c" and r["items"]["present"] == 1 and r["highlights"]["placed"] == 3
    back = json.loads(run_cli("--data-dir", str(other), "highlights", "1", "--json", check=True).stdout_text)
    fields = ("start", "end", "exact", "prefix", "suffix", "note", "color")

    def key(h):
        return (*(h[f] for f in fields), sorted(h["tags"]))

    assert sorted(map(key, back)) == sorted(key(h.to_dict()) for h in made)
    again = json.loads(run_cli("--data-dir", str(other), "import", str(out), "--json", check=True).stdout_text)
    assert again["highlights"]["present"] == 3 and again["highlights"]["placed"] == 0


def test_an_address_keeps_its_spelling_through_the_round_trip(library):
    from reader.interop.w3c import HASH_URN  # noqa: F401  (the other kind of source)

    a = Article("T", "Some words to highlight here.", url="https://Example.org/Path?utm_source=feed&id=2", id=1)
    h = Highlight(1, 5, 10, "words", id=1)
    doc = w3c_document([ArticleBundle(a, [], None, [h], [])], exported="x", digests={1: text_hash(a.text)})
    assert doc["items"][0]["target"]["source"] == a.url
    items = _read(doc).items
    assert items[0].source_url == a.url and items[0].url == "https://example.org/Path?id=2"


def _read(doc: dict) -> interop.Parsed:
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "x.jsonld"
        p.write_text(json.dumps(doc), encoding="utf-8")
        return interop.read(p)


words = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30).filter(str.strip)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pieces=st.lists(
        st.tuples(words, st.sampled_from(HIGHLIGHT_COLORS), st.none() | words, st.lists(words, max_size=3)),
        min_size=1,
        max_size=5,
    ),
    note=st.none() | words,
    tags=st.lists(words, max_size=3),
    url=st.none() | st.just("https://example.org/a"),
)
def test_any_highlights_survive_export_and_reading_back(pieces, note, tags, url):
    text = " | ".join(w for w, *_ in pieces)
    highlights, pos = [], 0
    for i, (w, color, hnote, htags) in enumerate(pieces, 1):
        highlights.append(
            Highlight(
                1,
                pos,
                pos + len(w),
                w,
                prefix=text[max(0, pos - 32) : pos],
                suffix=text[pos + len(w) :][:32],
                color=color,
                note=hnote,
                tags=interop.unique(htags),
                id=i,
            )
        )
        pos += len(w) + 3
    tags = interop.unique(tags)
    article = Article("T", text, url=url, id=1)
    bundle = ArticleBundle(article, tags, None if note is None else Note(1, note), highlights, [])
    doc = w3c_document([bundle], exported="2026-11-30T00:00:00+00:00", digests={1: text_hash(text)})
    check_shape(doc)
    parsed = _read(doc)
    [item] = parsed.items
    assert (item.url, item.text_hash) == ((url, None) if url else (None, text_hash(text)))
    assert item.note == note and item.tags == tags
    got = [(h.exact, h.prefix, h.suffix, h.start, h.end, h.note, h.tags, h.color) for h in item.highlights]
    want = [(h.exact, h.prefix, h.suffix, h.start, h.end, h.note or None, h.tags, h.color) for h in highlights]
    assert got == want
