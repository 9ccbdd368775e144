"""Search in the window: type, see results, open one at its words, Esc; the Speakers view."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.ui.models import Roles


def results(w) -> list[tuple[str, str]]:
    m = w.library_panel.results_model
    return [(m.index(r).data(Roles.TAG), m.index(r).data(Qt.ItemDataRole.DisplayRole)) for r in range(m.rowCount())]


def test_type_a_query_open_a_hit_and_escape(qtbot, window, library):
    w = window
    aid = w.current_id
    s, e = library.find_words(aid, "return hubs", 2)
    library.add_highlight(aid, s, e, note="Which countries?")
    w.activateWindow()
    qtbot.waitActive(w)
    qtbot.keyClick(w.article_view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    box = w.library_panel.search_box
    assert box.hasFocus()
    with qtbot.waitSignal(w.search_finished, timeout=5000):
        qtbot.keyClicks(box, "hubs")
    assert w.library_panel.mode() == "results"
    shown = results(w)
    kinds = [k for k, _ in shown]
    assert kinds[0] == "Article" and "Highlight" in kinds and "Quote · Sir Keir Starmer" in kinds
    marks = w.library_panel.results_model.index(0).data(Roles.MARKS)
    snippet = shown[0][1]
    assert marks and all(snippet[a:b].lower() == "hubs" for a, b in marks)
    # open the quote hit: the view goes to exactly the quote's words
    row = kinds.index("Quote · Sir Keir Starmer")
    hit = w.library_panel.results_model.index(row).data(Roles.ITEM)
    view = w.library_panel.results
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(row)).center())
    assert w.current_id == hit.article_id
    assert w.article_view.flashed_ranges() == [(hit.start, hit.end)]
    assert "hubs" in library.article(aid).text[hit.start : hit.end]
    # Esc gives the library back
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert w.library_panel.mode() == "library" and box.text() == ""


def test_a_stale_answer_never_replaces_a_newer_one(qtbot, window):
    w = window
    box = w.library_panel.search_box
    box.setText("hubs")
    w.run_search()
    first = w._search_number
    box.setText("Albania")
    with qtbot.waitSignal(w.search_finished, timeout=5000) as got:
        w.run_search()
    assert got.args == ["Albania"]
    qtbot.wait(200)  # the older answer, if it arrives late, is dropped
    assert w.library_panel.results_model.query == "Albania" and first < w._search_number


def test_a_broken_query_says_why_in_place_of_results(qtbot, window):
    w = window
    with qtbot.waitSignal(w.search_finished, timeout=5000):
        w.library_panel.search_box.setText("before:yesterday")
        w.run_search()
    assert w.library_panel.status.isVisibleTo(w)
    assert "before:" in w.library_panel.status.text()


def test_speakers_view_lists_everyone_and_shows_their_quotes(qtbot, window):
    w = window
    w.speakers_action.trigger()
    assert w.library_panel.mode() == "speakers"
    m = w.library_panel.speakers_model
    names = [m.index(r).data(Qt.ItemDataRole.DisplayRole) for r in range(m.rowCount())]
    assert names == ["Sir Keir Starmer", "Edi Rama"]
    assert m.index(0).data(Roles.SUBTITLE) == "4 quotes in 1 article"
    with qtbot.waitSignal(w.search_finished, timeout=5000):
        w.library_panel.speakers.clicked.emit(m.index(1))
    assert w.library_panel.search_box.text() == 'speaker:"Edi Rama"'
    assert [k for k, _ in results(w)] == ["Quote · Edi Rama"]


def test_speakers_can_be_filtered_and_sorted(qtbot, window):
    w = window
    w.speakers_action.trigger()
    panel = w.library_panel
    m = panel.speakers_model

    def names():
        return [m.index(r).data(Qt.ItemDataRole.DisplayRole) for r in range(m.rowCount())]

    panel.speaker_order.setCurrentIndex(panel.speaker_order.findData("name"))
    assert names() == ["Edi Rama", "Sir Keir Starmer"]
    qtbot.keyClicks(panel.speaker_filter, "keir")
    assert names() == ["Sir Keir Starmer"]
    panel.speaker_filter.clear()
    panel.speaker_order.setCurrentIndex(panel.speaker_order.findData("quotes"))
    assert names() == ["Sir Keir Starmer", "Edi Rama"]
