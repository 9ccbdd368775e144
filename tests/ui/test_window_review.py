"""What a reader saw in the rendered window: rows that wrap mid-word, the fetch banner's colours, the waiting tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint

from reader.ui import themes
from reader.ui.delegates import utf16_index, wrapped_layout
from reader.ui.highlights_panel import EMPTY_TEXT, WAITING_EMPTY_TEXT

DATA = Path(__file__).resolve().parent.parent / "data" / "interop"
URL = "https://www.harbour.example.org/2024/why-the-harbour-cranes-are-painted-red-and-white"


@pytest.mark.parametrize("title", ["🚲 Fixing a Flat in Twenty Minutes", "Riding 🚲🚲 to work in Émile’s town"])
def test_a_title_with_an_emoji_wraps_between_words(qapp, title):
    font = themes.reading_font(16)
    _layout, _h, lines = wrapped_layout(title, font, 200, 3)
    chunks = [title[s : s + n] for s, n in lines]
    assert len(chunks) > 1 and "".join(chunks) == title
    for chunk in chunks[:-1]:  # "Twenty M" / "inutes" was what the list showed
        assert chunk.endswith(" ")


def test_search_marks_count_characters_not_utf16_units():
    text = "🚲 a flat tyre"
    assert utf16_index(text, text.index("flat")) == text.index("flat") + 1
    assert utf16_index("plain", 3) == 3


@pytest.mark.parametrize("theme", list(themes.THEMES.values()), ids=list(themes.THEMES))
def test_the_fetch_banner_is_readable_in_every_theme(theme):
    assert themes.contrast_ratio(theme.ink, theme.notice) >= 7
    assert themes.contrast_ratio(theme.ink, theme.card) >= 4.5  # its button
    assert f"QFrame#FetchBanner {{ background: {theme.notice};" in themes.stylesheet(theme)


@pytest.fixture
def waiting(tmp_path, library):
    """A Hypothesis export of a link whose text was never fetched, with three highlights waiting for it."""
    p = tmp_path / "hypothesis.json"
    p.write_text((DATA / "hypothesis.json").read_text(encoding="utf-8").replace(
        "http://localhost.test/articles/harbour-cranes.html", URL))
    report = library.import_file(p)
    return report.items[0].article_id


def test_the_banner_names_the_site_in_the_theme_colours(qtbot, window, waiting):
    for name in ("light", "sepia", "dark"):
        window.set_theme(themes.THEMES[name])
        window.reload_library()
        window.open_article(waiting)
        assert window.fetch_banner.isVisible()
        text = window.fetch_banner_label.text()
        assert "not been fetched yet from www.harbour.example.org." in text and URL not in text
        assert window.fetch_banner_label.toolTip() == URL
        pixel = window.fetch_banner.grab().toImage().pixelColor(QPoint(4, 4))
        assert pixel.name() == themes.THEMES[name].notice


def test_the_highlights_tab_of_a_waiting_link(qtbot, window, waiting):
    window.reload_library()
    window.open_article(waiting)
    panel = window.highlights_panel
    assert panel.title.text() == "HIGHLIGHTS  ·  3 WAITING"  # not "· 0" over three highlights
    panel.set_highlights([], waiting=True)
    assert panel.empty.text() == WAITING_EMPTY_TEXT and "Select words" not in panel.empty.text()
    panel.set_highlights([], waiting=False)
    assert panel.empty.text() == EMPTY_TEXT


def test_a_search_hit_on_a_title_alone_says_so(qtbot):
    from reader.search import SearchHit
    from reader.ui.search_panel import SearchResultsModel

    model = SearchResultsModel()
    model.set_hits("cranes", [SearchHit("article", 7, "Why the Harbour Cranes Are Red", "", [])])
    assert model.index(0).data() == "Found in the title"
