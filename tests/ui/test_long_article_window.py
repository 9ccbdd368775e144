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

from reader.ui import article_view, main_window, themes
from reader.ui.app import build_window
from reader.ui.find_bar import find_spans
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
    # A word everywhere: all are counted, and the ones in view are marked.
    view.find_bar.edit.setText("harbourmaster")
    with qtbot.waitSignal(view.filled, timeout=20000):
        pass
    assert len(view.matches()) == text.count("harbourmaster")
    top, bottom = view.visible_range()
    in_view = [m for m in view.matches() if top <= m[0] and m[1] <= bottom]
    assert in_view and set(in_view) <= {(s, e) for s, e, _current in view.marked_matches()}


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


# -- find and highlights on a long article: only what is near the view is marked -------------------


@pytest.fixture
def small_find_steps(monkeypatch):
    """Search a few thousand characters per step, so a find on the test article takes many steps."""
    monkeypatch.setattr(article_view, "FIND_CHUNK_CHARS", 3000)
    monkeypatch.setattr(article_view, "FIND_STEP_MS", 0)


def _find(qtbot, view, query):
    """Type ``query`` in the find bar and wait until every match is counted."""
    view.open_find()
    with qtbot.waitSignal(view.find_counted, timeout=20000):
        view.find_bar.edit.setText(query)


def _marks_match_the_view(view):
    """The marks are the matches near the view: all of those in it, one current, none far off."""
    top, bottom = view.visible_range()
    marked = view.marked_matches()
    spans = {(s, e) for s, e, _current in marked}
    in_view = {m for m in view.matches() if top <= m[0] and m[1] <= bottom}
    assert in_view <= spans
    assert [(s, e) for s, e, current in marked if current] == [view.current_match()]
    screen = bottom - top + 400
    assert all(top - 2 * screen <= s and e <= bottom + 2 * screen for s, e in spans - {view.current_match()})
    return in_view


def test_find_in_a_long_article_counts_in_steps_and_marks_the_matches_in_view(
    qtbot, win, library, long_id, small_find_steps
):
    view = win.article_view
    text = library.article(long_id).text
    _reopen(win, long_id)
    view.open_find()
    view.find_bar.edit.setText("the")
    assert not view.find_complete()  # counted a step at a time
    assert view.find_bar.count.text().endswith("…")
    with qtbot.waitSignal(view.find_counted, timeout=20000) as counted:
        pass
    assert counted.args == [len(find_spans(text, "the"))]
    assert view.matches() == find_spans(text, "the")
    assert view.find_bar.count.text() == f"1 of {len(view.matches())}"
    assert view.current_match() == view.matches()[0]
    assert len(view.marked_matches()) <= article_view.MAX_FIND_MARKS < len(view.matches())
    assert _marks_match_the_view(view)
    # Scrolled far down, the matches there are marked, and the ones at the top no longer.
    qtbot.waitUntil(view.is_complete, timeout=20000)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() * 2 // 3)
    top, _bottom = view.visible_range()
    assert top > 10_000
    assert _marks_match_the_view(view)
    assert all(s > top - 20_000 for s, _e, current in view.marked_matches() if not current)


def test_find_starts_at_the_readers_place_even_when_counting_takes_steps(
    qtbot, win, library, long_id, small_find_steps
):
    view = win.article_view
    text = library.article(long_id).text
    _reopen(win, long_id)
    view.scroll_to_offset(text.index("Paragraph 1200: "))
    top = view.top_offset()
    _find(qtbot, view, "harbourmaster")
    expected = find_spans(text, "harbourmaster")
    assert view.matches() == expected
    assert view.current_match() == next(m for m in expected if m[0] >= top)
    assert view.find_bar.count.text() == f"{expected.index(view.current_match()) + 1} of {len(expected)}"
    assert _marks_match_the_view(view)


def test_find_next_reaches_the_last_match_and_marks_it(qtbot, win, library, long_id, small_find_steps):
    view = win.article_view
    text = library.article(long_id).text
    _reopen(win, long_id)
    _find(qtbot, view, "harbourmaster")
    matches = view.matches()
    assert matches == find_spans(text, "harbourmaster") and len(matches) == text.count("harbourmaster")
    for i in range(1, len(matches)):
        qtbot.keyClick(view.find_bar.edit, Qt.Key.Key_Return)
        assert view.current_match() == matches[i]
    assert view.find_bar.count.text() == f"{len(matches)} of {len(matches)}"
    top, bottom = view.visible_range()
    assert top <= matches[-1][0] <= bottom  # scrolled to it
    _marks_match_the_view(view)
    qtbot.keyClick(view.find_bar.edit, Qt.Key.Key_Return)  # and round to the first
    assert view.current_match() == matches[0]
    _marks_match_the_view(view)
    # Esc clears every mark.
    qtbot.keyClick(view.find_bar.edit, Qt.Key.Key_Escape)
    assert view.marked_matches() == [] and view.matches() == []


def test_find_previous_before_the_count_is_done_goes_to_the_true_last_match(
    qtbot, win, library, long_id, small_find_steps
):
    view = win.article_view
    text = library.article(long_id).text
    _reopen(win, long_id)
    view.open_find()
    view.find_bar.edit.setText("harbourmaster")
    assert not view.find_complete()
    qtbot.keyClick(view.find_bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert view.find_complete()
    assert view.current_match() == find_spans(text, "harbourmaster")[-1]
    top, bottom = view.visible_range()
    assert top <= view.current_match()[0] <= bottom
    _marks_match_the_view(view)


def test_a_highlight_added_in_a_long_article_paints_beside_the_find_marks(qtbot, win, library, long_id):
    view = win.article_view
    text = library.article(long_id).text
    _reopen(win, long_id)
    with qtbot.waitSignal(view.filled, timeout=20000):
        pass
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    _find(qtbot, view, "the river")
    top, _bottom = view.visible_range()
    start = text.index("Paragraph", top)
    end = start + len("Paragraph 1000")
    view.setTextCursor(view.cursor_for_range(start, end))
    win.highlight_selection()
    [h] = library.highlights(long_id)
    assert (h.start, h.end, h.exact) == (start, end, text[start:end])
    assert view.painted_highlights() == [(start, end, themes.LIGHT.highlight_color("yellow"))]
    assert _marks_match_the_view(view)  # the find marks are still there


def test_the_place_at_a_point_is_what_qts_hit_test_says(qtbot, win, long_id):
    # top_offset and visible_range find the place by a binary search over the blocks, not Qt's hit test.
    view = win.article_view
    _reopen(win, long_id)
    qtbot.waitUntil(view.is_complete, timeout=20000)
    bar = view.verticalScrollBar()
    doc = view.document()
    first = doc.documentLayout().blockBoundingRect(doc.findBlock(view.doc_position(0))).top()
    for value in [0, 1, bar.maximum() // 7, bar.maximum() // 3, bar.maximum() // 2 + 17, bar.maximum()]:
        bar.setValue(value)
        for y in range(0, view.viewport().height(), 37):
            point = view._text_point(y)
            if value + y < first:  # the title and the line under it (where Qt's answer can be far off)
                assert view._position_at(point) is None
            else:  # the same place, or Qt's answer was the document's end (in a margin between blocks)
                qt = view.cursorForPosition(point).position()
                assert view._position_at(point) == qt or (qt == doc.characterCount() - 1 and value + y < 2 * first)
