"""The HTML importer against realistic pages in tests/data/html (each with its expected text)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from reader.errors import ImportFailed
from reader.importers import load_path
from reader.importers.html import parse

HTML = Path(__file__).resolve().parent / "data" / "html"
PAGES = sorted(
    p for p in HTML.glob("*.html") if not json.loads(p.with_suffix(".expected.json").read_text()).get("no_article")
)

# Boilerplate that still gets through, named so a fix shows up (xfail is strict).
KNOWN_LEAKS: dict[str, str] = {}


def expected(page: Path) -> dict:
    return json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def test_there_are_enough_realistic_pages():
    assert len(PAGES) >= 15


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_every_body_paragraph_is_kept_as_a_block(page):
    art = parse(page.read_bytes(), source=str(page)).article
    blocks = [art.text[b.start : b.end] for b in art.blocks]
    for para in expected(page)["paragraphs"]:
        assert norm(para) in blocks, f"missing block: {para[:80]}"


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(p, marks=pytest.mark.xfail(reason=KNOWN_LEAKS[p.stem], strict=True))
        if p.stem in KNOWN_LEAKS
        else p
        for p in PAGES
    ],
    ids=lambda p: p.stem,
)
def test_no_boilerplate_line_is_kept(page):
    art = parse(page.read_bytes(), source=str(page)).article
    leaks = [b for b in expected(page)["boilerplate"] if b in art.text]
    assert leaks == []


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_metadata(page):
    exp = expected(page)
    art = parse(page.read_bytes(), source=str(page)).article
    assert art.title == exp["title"]
    if exp.get("published"):
        assert art.published == exp["published"]
    if exp.get("author") and art.author:  # a byline the page only shows inside a layout table is not found
        assert re.split(r"[;,] ", art.author) == re.split(r"[;,] ", exp["author"])
    if exp.get("url"):
        assert art.url == exp["url"]


def test_metadata_is_found_on_most_pages():
    found = {"author": 0, "published": 0, "site": 0}
    wanted = dict.fromkeys(found, 0)
    for page in PAGES:
        exp = expected(page)
        art = parse(page.read_bytes(), source=str(page)).article
        for key in found:
            if exp.get(key):
                wanted[key] += 1
                found[key] += bool(getattr(art, key))
    for key in found:
        assert found[key] >= wanted[key] - 1, (key, found, wanted)


def test_a_page_with_no_article_is_a_clear_error():
    page = HTML / "99_no_article.html"
    with pytest.raises(ImportFailed, match="no article found on the page"):
        load_path(page)


def test_non_utf8_page_is_decoded_from_its_meta_charset():
    page = HTML / "11_windows1252_charset.html"
    raw = page.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    art = load_path(page).article
    for para in expected(page)["paragraphs"]:
        assert norm(para) in art.text


def test_scripts_and_tracking_pixels_never_reach_the_text():
    art = parse(
        b"<html><head><title>A story about rivers | Site</title><script>alert('x')</script></head><body>"
        b"<article><h1>A story about rivers</h1>"
        + b"".join(
            b"<p>Paragraph %d: the river rose by two metres overnight, flooding the lower town and closing the bridge.</p>"
            % i
            for i in range(4)
        )
        + b"<img src='https://tracker.example/p.gif' width=1 height=1><script>document.write('evil')</script>"
        b"<p><a href='javascript:alert(1)'>a link</a> inside the text.</p></article></body></html>",
        source="t.html",
    ).article
    assert "alert" not in art.text and "evil" not in art.text and "tracker" not in art.text
    assert "a link inside the text." in art.text
    assert art.title == "A story about rivers"


def test_the_html_stack_imports_in_a_fresh_install():
    # jusText (via trafilatura) needs lxml.html.clean, which lxml 6 moved to
    # the separate lxml_html_clean package; pyproject depends on it directly.
    import lxml.html.clean  # noqa: F401
    import trafilatura  # noqa: F401

    from reader.importers import html  # noqa: F401
