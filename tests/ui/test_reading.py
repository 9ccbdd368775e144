"""The reading window: themes, type, find, progress, the header link, menus and shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl

from reader import paths
from reader.ui import themes
from reader.ui.app import build_window

LONG = "Long read about the river\n\n" + "\n\n".join(
    f"Paragraph {i} tells of the river and the town beside it, of boats and bridges and the weather."
    for i in range(120)
)


@pytest.fixture
def w(qtbot, library, tmp_path):
    p = tmp_path / "long.txt"
    p.write_text(LONG, encoding="utf-8")
    aid = library.add(p).id
    win = build_window(library, str(aid))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    return win


@pytest.mark.parametrize("theme", list(themes.THEMES.values()), ids=list(themes.THEMES))
def test_every_theme_has_aa_contrast(theme):
    aa = 4.5
    for fg, bg in (
        (theme.ink, theme.page),
        (theme.muted, theme.page),
        (theme.ink, theme.card),
        (theme.muted, theme.card),
        (theme.muted, theme.panel),
        (theme.ink, theme.panel),
        (theme.accent, theme.card),
        (theme.accent, theme.page),
        (theme.ink, theme.selection),
        (theme.ink, theme.current),
        (theme.ink, theme.chip),
        (theme.ink, theme.flash),
        *((theme.ink, c) for _n, c in theme.highlights),
    ):
        assert themes.contrast_ratio(fg, bg) >= aa, (theme.name, fg, bg)


def test_theme_switches_the_whole_window_and_is_remembered(qtbot, w, library, data_dir):
    w.theme_actions["dark"].trigger()
    assert w.theme is themes.DARK
    assert w.article_view.theme is themes.DARK
    assert w.library_panel.delegate.theme is themes.DARK and w.side_panel.delegate.theme is themes.DARK
    # the search results and the speakers list too (they kept the theme the window opened in)
    assert w.library_panel.results_delegate.theme is themes.DARK
    assert w.library_panel.speakers_delegate.theme is themes.DARK
    # the page and its text are drawn in the dark colours
    doc = w.article_view.document()
    block = doc.findBlock(w.article_view.doc_position(0))
    fmt = block.begin().fragment().charFormat()
    assert fmt.foreground().color().name() == themes.DARK.ink
    assert themes.DARK.page in w.styleSheet()
    w.next_theme_action.trigger()  # dark -> light
    assert w.theme is themes.LIGHT
    w.theme_actions["sepia"].trigger()
    w.close()
    settings = QSettings(str(paths.settings_path(data_dir)), QSettings.Format.IniFormat)
    assert settings.value("reading/theme") == "sepia"
    w2 = build_window(library)
    qtbot.addWidget(w2)
    assert w2.theme is themes.SEPIA and w2.article_view.theme is themes.SEPIA


def test_bigger_type_sans_and_line_length_keep_the_place(qtbot, w, library):
    view = w.article_view
    view.scroll_to_offset(view.article.text.index("Paragraph 60"))
    top = view.top_offset()
    size = w.reading_style.size
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert w.reading_style.size > size
    fmt = view.cursor_for_range(top, top + 1).charFormat()
    assert fmt.font().pixelSize() == w.reading_style.size
    assert abs(view.top_offset() - top) < 200  # still at the same paragraph
    w.family_actions["sans"].trigger()
    assert view.cursor_for_range(top, top + 1).charFormat().font().families()[0] == themes.SANS_FAMILIES[0]
    w.measure_actions["narrow"].trigger()
    assert view.viewport().width() <= themes.ReadingStyle.MEASURES["narrow"] + 2 * 36 + 30
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert w.reading_style.size == themes.ReadingStyle().size


def test_find_marks_every_match_counts_and_steps(qtbot, w):
    view = w.article_view
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = view.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    qtbot.keyClicks(bar.edit, "BRIDGES")
    assert len(view.matches()) == 120
    assert bar.count.text() == "1 of 120"
    first = view.current_match()
    assert view.article.text[first[0] : first[1]] == "bridges"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.count.text() == "2 of 120"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == "120 of 120"  # wraps round
    bar.edit.setText("no such words")
    assert bar.count.text() == "no matches"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and view.matches() == []


def test_progress_is_saved_restored_and_the_end_marks_read(qtbot, w, library, data_dir):
    aid = w.current_id
    view = w.article_view
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    w.save_progress()
    st = library.reading_state(aid)
    assert 0.4 < st["progress"] < 0.6 and not st["read"]
    assert (
        w.library_model.index(w.library_model.row_of(aid)).data(Qt.ItemDataRole.UserRole + 9)
        == f"{round(st['progress'] * 100)}%"
    )
    top = view.top_offset()
    w.close()
    from reader.library import Library

    with Library.open(data_dir) as lib2:
        w2 = build_window(lib2, str(aid))
        qtbot.addWidget(w2)
        w2.resize(1400, 900)
        w2.show()
        qtbot.waitExposed(w2)
        w2.open_article(aid)
        assert abs(w2.article_view.top_offset() - top) < 200
        b2 = w2.article_view.verticalScrollBar()
        b2.setValue(b2.maximum())  # the end
        qtbot.waitUntil(lambda: lib2.reading_state(aid)["read"], timeout=3000)
        assert "%" in w2.position_label.text()
        w2.close()


def test_the_header_links_to_the_original_only(qtbot, library, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from reader.importers import parse_bytes

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    imp = parse_bytes(
        b"<html><head><title>Story</title><link rel=canonical href='https://news.example/story'></head>"
        b"<body><article><h1>Story</h1><p>" + b"Words of the story here. " * 30 + b"</p></article></body></html>",
        "text/html",
        source="https://news.example/story",
        url="https://news.example/story",
    )
    aid = library.save(imp).id
    win = build_window(library, str(aid))
    qtbot.addWidget(win)
    view = win.article_view
    assert "Original ↗" in view.toPlainText().splitlines()[1]
    with qtbot.waitSignal(view.original_requested) as got:
        view.anchorClicked.emit(QUrl("https://news.example/story"))
    assert got.args[0].toString() == "https://news.example/story"
    with qtbot.assertNotEmitted(view.original_requested):
        view.anchorClicked.emit(QUrl("file:///etc/passwd"))
        view.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert opened == ["https://news.example/story"]  # handed to the system browser, once


def test_menus_shortcuts_dialog_and_about(qtbot, w, data_dir):
    titles = [a.text().replace("&", "") for a in w.menuBar().actions()]
    assert titles == ["File", "Edit", "Article", "View", "Help"]
    rows = w.shortcut_rows()
    names = {(m, a) for m, a, _k in rows}
    for expected in (
        ("File", "Open"),
        ("File", "Open URL"),
        ("Edit", "Find in Article"),
        ("Edit", "Highlight Selection"),
        ("Article", "Archive"),
        ("Article", "Next Article"),
        ("View", "Bigger Type"),
        ("View", "Go to Library"),
        ("View › Theme", "Next Theme"),
    ):
        assert expected in names, expected
    keys = {a: k for _m, a, k in rows}
    assert keys["Next Article"].startswith("J")
    dialog = w.show_shortcuts()
    assert dialog.table.rowCount() == len(rows)
    about = w.show_about()
    assert str(data_dir) in about.where.text()


def test_focus_keys_move_between_panes(qtbot, w):
    qtbot.keyClick(w.article_view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert w.library_panel.view.hasFocus()
    qtbot.keyClick(w.library_panel.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert w.side_tabs.isAncestorOf(w.focusWidget())
    qtbot.keyClick(w.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.article_view.hasFocus()
