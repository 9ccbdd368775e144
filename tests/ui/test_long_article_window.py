"""A very long article in the window (issue 12): set in steps, and every jump still lands.

The view sets the first screens of a long article before its first paint and
the rest from a timer, a step at a time. These tests check what the reader
would see while that happens and after: the text, the offset mapping both
ways, highlights, find, quote jumps and the saved place, also for places not
set yet. 2,000 paragraphs keep it quick; speed is measured in
benchmarks/reliability.py, never asserted here.
"""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt

from reader.ui import main_window
from reader.ui.app import build_window
from reader.ui.models import Roles
from tests_helpers import long_page

N = 2000


@pytest.fixture
def long_id(library, tmp_path):
    p = tmp_path / "ledger.html"
    p.write_bytes(long_page(N))
    return library.add(p).id


@pytest.fixture
def win(qtbot, library, long_id):
    w = build_window(library, str(long_id))
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    return w


def _reopen(win, aid):
    """Open the article afresh (not yet filled), as a click in the library does."""
    win.current_id = None
    win.open_article(aid)
    assert not win.article_view.is_complete()


def test_long_article_is_set_in_steps_and_ends_whole(qtbot, win, library, long_id):
    view = win.article_view
    _reopen(win, long_id)
    a = library.article(long_id)
    assert 0 < len(view._block_doc_starts) < len(a.blocks)  # the first screens only, before the first paint
    # Its quotes are read after the first paint.
    qtbot.waitUntil(lambda: len(win.side_panel.model.quotes()) == len(library.quotes(long_id)) > 0)
    with qtbot.waitSignal(view.filled, timeout=20000):
        pass
    assert view.is_complete() and len(view._block_doc_starts) == len(a.blocks)
    doc_text = view.document().toPlainText()
    # The document holds every block once, in order, and the mapping holds both ways.
    assert doc_text.endswith(a.text[a.blocks[-1].start : a.blocks[-1].end])
    for b in a.blocks[:: len(a.blocks) // 40] + [a.blocks[-1]]:
        pos = view.doc_position(b.start)
        assert doc_text[pos : pos + (b.end - b.start)] == a.text[b.start : b.end]
        assert view.canonical_offset(pos) == b.start
        assert view.canonical_offset(view.doc_position(b.end)) == b.end


def test_a_short_article_is_whole_at_once(qtbot, win, library, tmp_path):
    p = tmp_path / "short.txt"
    p.write_text("A short one\n\nOne paragraph of plain words about the river.\n\nAnd another.", encoding="utf-8")
    aid = library.add(p).id
    win.open_article(aid)
    assert win.article_view.is_complete()


def test_a_quote_jump_past_what_is_set_sets_up_to_it(qtbot, win, library, long_id):
    view = win.article_view
    _reopen(win, long_id)
    q = library.quotes(long_id)[-1]  # near the end: not set yet
    assert q.start > view._filled_end()
    win.side_panel.quote_activated.emit(q)
    assert view._filled_end() >= q.end
    assert view.flashed_ranges() == [(q.start, q.end)]
    assert view.cursor_for_range(q.start, q.end).selectedText() == library.article(long_id).text[q.start : q.end]
    top, bottom = view.visible_range()
    assert top <= q.start <= bottom  # scrolled to it


def test_highlights_far_down_are_painted_when_their_part_arrives(qtbot, win, library, long_id):
    view = win.article_view
    text = library.article(long_id).text
    first = library.add_highlight(long_id, 0, 9)
    at = text.index("zanzibarite")
    last = library.add_highlight(long_id, at, at + 11, color="green")
    _reopen(win, long_id)
    assert (0, 9) in [(s, e) for s, e, _c in view.painted_highlights()]
    with qtbot.waitSignal(view.filled, timeout=20000):
        pass
    qtbot.waitUntil(lambda: len(view.painted_highlights()) == 2)
    assert [(s, e) for s, e, _c in view.painted_highlights()] == [(first.start, first.end), (last.start, last.end)]
    # Choosing the far one in the Highlights list jumps to it.
    _reopen(win, long_id)
    win.highlights_panel.highlight_activated.emit(library.highlight(last.id))
    top, bottom = view.visible_range()
    assert top <= last.start <= bottom


def test_find_goes_to_a_match_not_set_yet(qtbot, win, library, long_id):
    view = win.article_view
    text = library.article(long_id).text
    _reopen(win, long_id)
    view.open_find()
    view.find_bar.edit.setText("zanzibarite")
    assert view.matches() == [(text.index("zanzibarite"), text.index("zanzibarite") + 11)]
    assert view.current_match() == view.matches()[0]
    top, bottom = view.visible_range()
    assert top <= view.matches()[0][0] <= bottom
    # A word everywhere: every match is marked once the whole article is set.
    view.find_bar.edit.setText("harbourmaster")
    with qtbot.waitSignal(view.filled, timeout=20000):
        pass
    assert len(view._found) == len(view.matches()) == text.count("harbourmaster")


def test_the_saved_place_far_down_is_restored_and_a_partial_view_is_not_finished(qtbot, win, library, long_id):
    view = win.article_view
    text = library.article(long_id).text
    place = text.index("Paragraph 1500: ")
    library.set_progress(long_id, place, 0.75)
    _reopen(win, long_id)
    top, _bottom = view.visible_range()
    assert abs(top - place) < 400
    # At the bottom of what is set so far, the article is not read to its end.
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    win.save_progress()
    assert not library.reading_state(long_id)["read"]
    assert 0.7 < library.reading_state(long_id)["progress"] < 1.0


def _wait_quotes(qtbot, win):
    qtbot.waitUntil(win.quotes_complete, timeout=20000)


def test_the_quotes_panel_fills_in_steps_with_every_quote_in_order(qtbot, win, library, long_id, monkeypatch):
    monkeypatch.setattr(main_window, "QUOTES_STEP", 7)  # 80 quotes: twelve steps
    panel = win.side_panel
    expected = library.quotes(long_id)
    assert len(expected) > 10 * main_window.QUOTES_STEP
    _reopen(win, long_id)
    assert panel.model.quote_count() == 0 and not win.quotes_complete()  # read after the first paint
    qtbot.waitUntil(lambda: 0 < panel.model.quote_count() < len(expected))  # part of them, shown already
    _wait_quotes(qtbot, win)
    assert panel.model.quotes() == expected
    assert panel.shown_rows() == [("quote", f"{q.who}: {q.text}") for q in expected]
    assert panel.title.text() == f"QUOTES  ·  {len(expected)}"
    qtbot.waitUntil(win.article_view.is_complete, timeout=20000)
    assert gc.isenabled()  # collection was only put off while the article was set


def test_grouped_quotes_of_a_long_article_fill_completely(qtbot, win, library, long_id, monkeypatch):
    monkeypatch.setattr(main_window, "QUOTES_STEP", 7)
    panel = win.side_panel
    panel.group_button.setChecked(True)
    _reopen(win, long_id)
    _wait_quotes(qtbot, win)
    expected = library.quotes(long_id)
    assert sorted(panel.model.quotes(), key=lambda q: q.start) == expected
    headers = [label for kind, label in panel.shown_rows() if kind == "speaker"]
    assert sum(int(h.rsplit("·", 1)[1]) for h in headers) == len(expected)
    assert len(headers) == len({q.who for q in expected})  # each speaker once


def test_clicking_the_last_quote_of_a_long_article_jumps_to_it(qtbot, win, library, long_id, monkeypatch):
    monkeypatch.setattr(main_window, "QUOTES_STEP", 7)
    view, panel = win.article_view, win.side_panel
    _reopen(win, long_id)
    _wait_quotes(qtbot, win)
    q = library.quotes(long_id)[-1]
    index = panel.model.index(panel.model.rowCount() - 1)
    assert index.data(Roles.ITEM) == q
    win.side_tabs.setCurrentWidget(panel)

    def in_sight():  # the list measures its cards a batch at a time: scroll once the last one is placed
        panel.view.scrollTo(index)
        return panel.view.viewport().rect().contains(panel.view.visualRect(index).center())

    qtbot.waitUntil(in_sight)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(index).center())
    assert view.flashed_ranges() == [(q.start, q.end)]
    top, bottom = view.visible_range()
    assert top <= q.start <= bottom


def test_opening_another_article_drops_the_long_ones_quotes_still_to_read(
    qtbot, win, library, long_id, tmp_path, monkeypatch
):
    monkeypatch.setattr(main_window, "QUOTES_STEP", 7)
    p = tmp_path / "short.txt"
    p.write_text("A short one\n\n\u201cWe rebuilt the quay,\u201d said Ann Lee.", encoding="utf-8")
    short = library.add(p).id
    _reopen(win, long_id)
    win.open_article(short)
    assert win.quotes_complete() and gc.isenabled()
    qtbot.wait(50)  # the long article's steps, had they gone on, would have come by now
    assert win.side_panel.model.quotes() == library.quotes(short)
    assert win.side_panel.title.text() == "QUOTES  ·  1"


def test_quotes_shown_again_after_a_change_are_read_in_steps_too(qtbot, win, library, long_id, monkeypatch):
    monkeypatch.setattr(main_window, "QUOTES_STEP", 7)
    _reopen(win, long_id)
    qtbot.waitUntil(win.article_view.is_complete, timeout=20000)
    _wait_quotes(qtbot, win)
    first = library.quotes(long_id)[0]
    win.side_panel.correct_quote(first, "Ann Lee")
    assert win.side_panel.model.quote_count() == main_window.QUOTES_STEP  # the first step at once
    _wait_quotes(qtbot, win)
    shown = win.side_panel.model.quotes()
    assert shown == library.quotes(long_id) and shown[0].speaker == "Ann Lee"
