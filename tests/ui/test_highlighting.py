"""Highlighting, notes, tags and undo in the real window, driven as a reader would."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from reader.library import Library
from reader.model import HIGHLIGHT_COLORS
from reader.store import articles as rows
from reader.ui import themes
from reader.ui.app import build_window
from reader.ui.models import DETACHED_HEADER, Roles


@pytest.fixture
def active(qtbot, window):
    window.activateWindow()
    qtbot.waitActive(window)
    window.article_view.setFocus()
    return window


def select(window, words: str, occurrence: int = 1) -> tuple[int, int]:
    """Select words in the reading view, as dragging the mouse over them would."""
    lib = window.library
    start, end = lib.find_words(window.current_id, words, occurrence)
    window.article_view.setTextCursor(window.article_view.cursor_for_range(start, end))
    return start, end


def press(qtbot, window, key: str) -> None:
    seq = QKeySequence(key)
    combo = seq[0]
    qtbot.keyClick(window.article_view, combo.key(), combo.keyboardModifiers())


def test_select_and_press_h_highlights_and_paints(qtbot, active, library):
    w = active
    start, end = select(w, "really important innovation")
    press(qtbot, w, "H")
    (h,) = library.highlights(w.current_id)
    assert (h.start, h.end, h.exact, h.color) == (start, end, "really important innovation", "yellow")
    assert w.article_view.painted_highlights() == [(start, end, themes.LIGHT.highlight_color("yellow"))]
    assert not w.article_view.textCursor().hasSelection()
    assert w.highlights_panel.shown_rows() == [("attached", "really important innovation")]
    assert w.highlights_panel.title.text() == "HIGHLIGHTS  ·  1"
    assert w.library_panel.view.model().index(0).data(Roles.COUNT) == 1


def test_colour_note_delete_and_undo_redo_every_step(qtbot, active, library):
    w = active
    select(w, "return hubs")
    press(qtbot, w, "H")
    (h,) = library.highlights(w.current_id)
    press(qtbot, w, "3")  # the new highlight is current: 3 recolours it
    assert library.highlight(h.id).color == "blue"

    press(qtbot, w, "N")
    editor = w.note_editor
    assert editor is not None and editor.isVisible()
    qtbot.keyClicks(editor.text, "Check the Home Office figures")
    qtbot.keyClick(editor.text, Qt.Key.Key_Return)
    assert not editor.isVisible()
    assert library.highlight(h.id).note == "Check the Home Office figures"
    assert w.highlights_panel.shown_rows() == [("attached", "return hubs | Check the Home Office figures")]

    press(qtbot, w, "Delete")
    assert library.highlights(w.current_id) == [] and w.article_view.painted_highlights() == []

    undo, redo = QKeySequence("Ctrl+Z")[0], QKeySequence("Ctrl+Shift+Z")[0]
    states = []
    for _ in range(4):
        qtbot.keyClick(w.article_view, undo.key(), undo.keyboardModifiers())
        found = library.highlights(w.current_id)
        states.append([(x.id, x.color, x.note) for x in found])
    assert states == [
        [(h.id, "blue", "Check the Home Office figures")],  # delete undone: same id, note kept
        [(h.id, "blue", None)],  # note undone
        [(h.id, "yellow", None)],  # colour undone
        [],  # highlight undone
    ]
    for _ in range(4):
        qtbot.keyClick(w.article_view, redo.key(), redo.keyboardModifiers())
    assert library.highlights(w.current_id) == []
    qtbot.keyClick(w.article_view, undo.key(), undo.keyboardModifiers())
    (back,) = library.highlights(w.current_id)
    assert (back.id, back.color, back.note) == (h.id, "blue", "Check the Home Office figures")
    assert w.article_view.painted_highlights() == [(back.start, back.end, themes.LIGHT.highlight_color("blue"))]


def test_note_editor_saves_as_you_type_and_esc_cancels(qtbot, active, library):
    w = active
    select(w, "further details")
    press(qtbot, w, "H")
    (h,) = library.highlights(w.current_id)
    library.set_highlight_note(h.id, "before")
    w.highlights_changed(w.current_id, h.id)
    editor = w.edit_note()
    editor.text.selectAll()
    qtbot.keyClicks(editor.text, "typed but then cancelled")
    qtbot.waitUntil(lambda: library.highlight(h.id).note == "typed but then cancelled", timeout=3000)
    qtbot.keyClick(editor.text, Qt.Key.Key_Escape)
    assert library.highlight(h.id).note == "before"


def test_double_click_on_a_highlight_opens_its_note(qtbot, active, library):
    w = active
    start, end = select(w, "marriage with Italy")
    press(qtbot, w, "H")
    view = w.article_view
    rect = view.cursorRect(view.cursor_for_range(start + 3, start + 3))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.note_editor is not None and "marriage with Italy" in w.note_editor.findChild(type(w.progress_label)).text()


def test_overlapping_highlights_stay_visible(qtbot, active, library):
    w = active
    a = select(w, "We are in talks with a number")
    press(qtbot, w, "1")
    b = select(w, "a number of countries about return hubs")
    press(qtbot, w, "2")
    runs = w.article_view.painted_highlights()
    yellow, green = themes.LIGHT.highlight_color("yellow"), themes.LIGHT.highlight_color("green")
    assert [(s, e) for s, e, _c in runs] == [(a[0], b[0]), (b[0], a[1]), (a[1], b[1])]
    assert runs[0][2] == yellow and runs[2][2] == green
    assert runs[1][2] not in (yellow, green)  # the shared words show as shared


def test_every_highlight_colour_keeps_text_readable():
    t = themes.LIGHT
    for name in HIGHLIGHT_COLORS:
        assert themes.contrast_ratio(t.ink, t.highlight_color(name)) >= 4.5, name
    mixed = themes.mix(t.highlight_color("blue"), t.highlight_color("purple"))
    assert themes.contrast_ratio(t.ink, themes.mix(mixed, themes.darker(mixed, 125), 0.6)) >= 4.5


def test_highlight_this_quote_from_the_quote_card(qtbot, active, library):
    w = active
    quote = w.side_panel.model.index(4).data(Roles.ITEM)
    w.side_panel.highlight_quote(quote)
    (h,) = library.highlights(w.current_id)
    assert (h.start, h.end) == (quote.start, quote.end) and h.exact == quote.text


def test_article_tags_chips_filter_and_note(qtbot, active, library, tmp_path):
    w = active
    p = tmp_path / "b.txt"
    p.write_text("Second story headline\n\nIt has one paragraph.", encoding="utf-8")
    with qtbot.waitSignal(w.import_finished, timeout=10000):
        w.import_sources([str(p)])
    sample = next(i for i in library.article_ids() if i != w.current_id)
    w.open_article(sample)
    panel = w.highlights_panel
    for name in ("Migration", "日本 経済"):
        panel.tag_editor.input.setText(name)
        qtbot.keyClick(panel.tag_editor.input, Qt.Key.Key_Return)
    assert panel.tag_editor.tags() == ["Migration", "日本 経済"]
    assert library.article_tags(sample) == ["Migration", "日本 経済"]
    row = w.library_model.row_of(sample)
    assert w.library_model.index(row).data(Roles.TAGS) == ["Migration", "日本 経済"]
    # the view menu lists tags with counts and narrows the library
    box = w.library_panel.view_box
    labels = [box.itemText(i) for i in range(box.count())]
    assert labels[:4] == ["All  ·  2", "Unread  ·  2", "Favourites  ·  0", "Archive  ·  0"]
    assert labels[-2:] == ["#Migration  ·  1", "#日本 経済  ·  1"]
    box.setCurrentIndex(box.findData("tag:Migration"))
    assert w.library_model.ids() == [sample]
    box.setCurrentIndex(0)
    assert len(w.library_model.ids()) == 2
    # removing a chip untags
    qtbot.mouseClick(panel.tag_editor.chip("Migration"), Qt.MouseButton.LeftButton)
    assert library.article_tags(sample) == ["日本 経済"]
    # the article note is saved as the reader types
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, "Compare with the spring figures")
    qtbot.waitUntil(lambda: (library.article_note(sample) or None) is not None, timeout=3000)
    assert library.article_note(sample).body == "Compare with the spring figures"


def test_tags_on_a_highlight_and_the_manage_dialog(qtbot, active, library):
    w = active
    select(w, "return hubs")
    press(qtbot, w, "H")
    (h,) = library.highlights(w.current_id)
    dialog = w.edit_highlight_tags()
    dialog.editor.input.setText("policy")
    qtbot.keyClick(dialog.editor.input, Qt.Key.Key_Return)
    assert library.highlight(h.id).tags == ["policy"]
    assert w.highlights_panel.shown_rows() == [("attached", "return hubs | #policy")]
    tags = w.show_tags_dialog()
    assert tags.rows() == [("policy", 0, 1)]
    tags.select("policy")
    tags.table.item(0, 0).setText("Asylum policy")  # what editing the cell does
    assert library.highlight(h.id).tags == ["Asylum policy"]
    assert w.highlights_panel.shown_rows() == [("attached", "return hubs | #Asylum policy")]
    tags.select("Asylum policy")
    tags.delete_button.click()
    assert library.tags() != []  # the first click only asks
    tags.delete_button.click()
    assert library.tags() == [] and tags.rows() == []
    assert library.highlight(h.id).tags == []


def test_detached_highlights_are_listed_apart_and_can_be_placed_again(qtbot, active, library):
    w = active
    aid = w.current_id
    select(w, "really important innovation")
    press(qtbot, w, "H")
    (h,) = library.highlights(aid)
    library.set_highlight_note(h.id, "kept")
    text = library.article(aid).text
    new = text.replace("really important innovation", "significant step")
    title = library.article(aid).title
    with library._write() as db:
        rows.replace_original(db, aid, (title + "\n\n" + new).encode(), "text/plain")
    library.refresh(aid)
    w.open_article(aid)
    assert library.highlight(h.id).status == "detached"
    assert w.highlights_panel.shown_rows() == [
        ("header", f"{DETACHED_HEADER}  ·  1"),
        ("detached", "really important innovation | kept"),
    ]
    assert w.article_view.painted_highlights() == []
    # choose it in the list, select the new words, place it there
    idx = w.highlights_panel.model.index(1)
    w.highlights_panel.view.setCurrentIndex(idx)
    w.highlights_panel.view.clicked.emit(idx)
    start, end = select(w, "significant step")
    assert w.place_action.isEnabled()
    w.place_action.trigger()
    placed = library.highlight(h.id)
    assert (placed.status, placed.start, placed.end, placed.note) == ("attached", start, end, "kept")
    assert w.highlights_panel.shown_rows() == [("attached", "significant step | kept")]


def test_highlights_come_back_after_a_restart(qtbot, active, library, data_dir):
    w = active
    start, end = select(w, "return hubs")
    press(qtbot, w, "5")
    aid = w.current_id
    w.close()
    with Library.open(data_dir) as lib2:
        w2 = build_window(lib2, str(aid))
        qtbot.addWidget(w2)
        assert w2.article_view.painted_highlights() == [(start, end, themes.LIGHT.highlight_color("purple"))]
        w2.close()


def test_changes_from_another_process_show_up(qtbot, active, data_dir):
    w = active
    aid = w.current_id
    page = w.article_view.document()
    with Library.open(data_dir) as other:  # another connection: the command line, say
        s, e = other.find_words(aid, "return hubs", 1)
        other.add_highlight(aid, s, e, color="pink", note="from the terminal")
        other.tag("article", aid, ["from-cli"])
    with qtbot.waitSignal(w.external_change_seen, timeout=5000):
        pass  # the watch timer notices on its own
    assert w.article_view.painted_highlights() == [(s, e, themes.LIGHT.highlight_color("pink"))]
    assert w.highlights_panel.shown_rows() == [("attached", "return hubs | from the terminal")]
    assert w.highlights_panel.tag_editor.tags() == ["from-cli"]
    assert w.article_view.document() is page  # the page was not rebuilt: the reader keeps their place


def test_delete_means_the_highlight_in_the_article_and_the_article_in_the_library(qtbot, active, library):
    w = active
    select(w, "return hubs")
    press(qtbot, w, "H")
    aid = w.current_id
    (h,) = library.highlights(aid)
    # in the library list, Delete deletes the selected article, highlights and all ...
    w.library_panel.view.setFocus()
    qtbot.keyClick(w.library_panel.view, Qt.Key.Key_Delete)
    assert library.count() == 0 and w.library_model.ids() == []
    # ... and undo brings it back whole, with the same id and its highlight
    w.undo_action.trigger()
    assert library.count() == 1 and library.highlights(aid)[0].to_dict() == h.to_dict()
    w.open_article(aid)
    # in the reading view, Delete deletes the current highlight only
    w.set_current_highlight(h.id)
    w.article_view.setFocus()
    qtbot.keyClick(w.article_view, Qt.Key.Key_Delete)
    assert library.highlights(aid) == [] and library.count() == 1


@given(
    st.lists(
        st.tuples(st.integers(0, 60), st.integers(0, 20), st.sampled_from(["attached", "moved", "detached"])),
        max_size=12,
    )
)
@settings(max_examples=300, deadline=None)
def test_highlight_segments_cover_exactly_the_highlights(spans):
    from reader.model import Highlight
    from reader.ui.article_view import highlight_segments

    hs = [
        Highlight(article_id=1, start=s, end=s + n, exact="x", status=status, id=i)
        for i, (s, n, status) in enumerate(spans)
    ]
    segments = highlight_segments(hs)
    placed = [h for h in hs if not h.detached and h.end > h.start]
    covered = {o for h in placed for o in range(h.start, h.end)}
    assert {o for a, b, _u in segments for o in range(a, b)} == covered
    for a, b, under in segments:
        assert a < b
        assert {h.id for h in under} == {h.id for h in placed if h.start <= a and b <= h.end}
    assert all(x[1] <= y[0] for x, y in zip(segments, segments[1:], strict=False))
