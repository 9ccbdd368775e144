"""The library list: views, orders, reading state on one row or many, undo, j/k."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from reader.ui.app import build_window
from reader.ui.models import Roles


@pytest.fixture
def w(qtbot, library, tmp_path):
    for i, title in enumerate(("Alpha story", "Bravo story", "Charlie story")):
        p = tmp_path / f"{i}.txt"
        p.write_text(f"{title}\n\nA first paragraph of {title}.\n\nA second one.", encoding="utf-8")
        library.add(p)
    win = build_window(library)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    return win


def titles(win) -> list[str]:
    m = win.library_model
    return [m.index(r).data(Qt.ItemDataRole.DisplayRole) for r in range(m.rowCount())]


def select_rows(win, *rows: int) -> None:
    view = win.library_panel.view
    view.setFocus()
    sm = view.selectionModel()
    sm.clearSelection()
    for r in rows:
        sm.select(win.library_model.index(r), QItemSelectionModel.SelectionFlag.Select)


def test_rows_have_one_height_and_load_lazily(w):
    from PySide6.QtWidgets import QHeaderView

    view = w.library_panel.view
    assert view.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    heights = {view.visualRect(w.library_model.index(r)).height() for r in range(3)}
    assert heights == {w.library_panel.delegate.row_height()}


def test_mark_read_favourite_archive_on_a_multi_selection_with_undo(qtbot, w, library):
    assert titles(w) == ["Charlie story", "Bravo story", "Alpha story"]
    select_rows(w, 0, 1)
    qtbot.keyClick(w.library_panel.view, Qt.Key.Key_U)
    charlie, bravo, alpha = library.article_ids()
    assert [s.read for s in library.summaries([charlie, bravo, alpha])] == [True, True, False]
    assert w.library_panel.view_box.itemText(1) == "Unread  ·  1"
    # a read article's row is quieter and says so
    row = w.library_model.row_of(charlie)
    assert w.library_model.index(row).data(Roles.QUIET) is True
    assert w.library_model.index(row).data(Roles.STATE) == "read"

    select_rows(w, 2)
    qtbot.keyClick(w.library_panel.view, Qt.Key.Key_S)
    assert library.summaries([alpha])[0].favourite
    assert w.library_model.index(w.library_model.row_of(alpha)).data(Qt.ItemDataRole.DisplayRole) == "★ Alpha story"

    select_rows(w, 0)
    qtbot.keyClick(w.library_panel.view, Qt.Key.Key_E)
    assert library.article_ids(view="archive") == [charlie]
    assert titles(w) == ["Bravo story", "★ Alpha story"]  # gone from "All"
    w.library_panel.show_view("archive")
    assert titles(w) == ["Charlie story"]

    w.undo_action.trigger()  # unarchive
    w.undo_action.trigger()  # unfavourite
    w.undo_action.trigger()  # unread again
    assert library.view_counts() == {"all": 3, "unread": 3, "favourites": 0, "archive": 0}


def test_sorting_and_the_view_menu(qtbot, w, library):
    w.library_panel.show_view(sort="title")
    assert titles(w) == ["Alpha story", "Bravo story", "Charlie story"]
    w.library_panel.show_view(view="unread")
    assert titles(w) == ["Alpha story", "Bravo story", "Charlie story"]
    library.set_state([library.article_ids()[0]], read=True)
    w.reload_library()
    assert len(titles(w)) == 2


def test_j_and_k_walk_the_list(qtbot, w):
    ids = w.library_model.ids()
    w.open_article(ids[0])
    w.article_view.setFocus()
    qtbot.keyClick(w.article_view, Qt.Key.Key_J)
    assert w.current_id == ids[1]
    qtbot.keyClick(w.article_view, Qt.Key.Key_J)
    qtbot.keyClick(w.article_view, Qt.Key.Key_J)  # stays on the last
    assert w.current_id == ids[2]
    qtbot.keyClick(w.article_view, Qt.Key.Key_K)
    assert w.current_id == ids[1]


def test_deleting_the_open_article_opens_the_next_and_undo_restores(qtbot, w, library):
    ids = w.library_model.ids()
    w.open_article(ids[0])
    w.library_panel.select(ids[0])
    w.library_panel.view.setFocus()
    qtbot.keyClick(w.library_panel.view, Qt.Key.Key_Delete)
    assert library.count() == 2 and w.current_id == ids[1]
    w.undo_action.trigger()
    assert library.count() == 3 and w.library_model.ids() == ids


def test_library_model_passes_qtmodeltester_with_state(qtmodeltester, w):
    qtmodeltester.check(w.library_model)


def test_a_meta_line_too_wide_cuts_the_site_name_and_keeps_the_date_and_minutes_whole(qtbot):
    from PySide6.QtGui import QFont, QFontMetrics

    from reader.ui.delegates import _elided_meta
    from reader.ui.models import META_SEP

    fm = QFontMetrics(QFont())
    line = META_SEP.join(("The Northbridge Evening Sentinel and Advertiser", "2024-02-01", "2 min"))
    tail = META_SEP + "2024-02-01" + META_SEP + "2 min"
    width = fm.horizontalAdvance(tail) + fm.horizontalAdvance("The Northbr\u2026")
    shown = _elided_meta(fm, line, width)
    assert shown.endswith(tail)  # the date and reading time whole
    assert shown.startswith("The North") and "\u2026" in shown  # the site's name cut short
    assert fm.horizontalAdvance(shown) <= width
    assert _elided_meta(fm, "2024-02-01", 1000) == "2024-02-01"  # one that fits is left alone


def test_a_one_line_title_has_its_meta_line_right_under_it(qtbot, w):
    # Rows are of one height, but a short title keeps no blank line between itself and its meta line:
    # the gap between the title's ink and the meta line's ink is under one line of the title font.
    from PySide6.QtGui import QFontMetrics

    view = w.library_panel.view
    qtbot.wait(50)
    rect = view.visualRect(w.library_model.index(0))
    image = view.viewport().grab(rect).toImage()
    paper = image.pixelColor(image.width() - 20, image.height() // 2).lightness()
    inked = [
        y
        for y in range(image.height())
        if any(image.pixelColor(x, y).lightness() < paper - 80 for x in range(20, image.width() // 2))
    ]
    bands = [[inked[0]]]
    for y in inked[1:]:
        if y == bands[-1][-1] + 1:
            bands[-1].append(y)
        else:
            bands.append([y])
    assert len(bands) >= 2  # the title, then the meta line
    gap = bands[1][0] - bands[0][-1]
    assert gap < QFontMetrics(w.library_panel.delegate.title_font).lineSpacing()


def test_the_card_and_the_article_give_the_same_reading_time(qtbot, library, tmp_path):
    # 343 words: 1.49 minutes at 230 a minute; the card said "1 min" (rounded) where the article said "2 min read"
    p = tmp_path / "words.txt"
    p.write_text("Words to read\n\n" + " ".join(["word"] * 343), encoding="utf-8")
    aid = library.add(p).id
    win = build_window(library, str(aid))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    m = win.library_model
    row = next(r for r in range(m.rowCount()) if m.index(r).data(Roles.ID) == aid)
    card = m.index(row).data(Roles.SUBTITLE)
    article = library.article(aid)
    assert article.word_count == 343
    assert card.endswith(f"{article.reading_minutes} min")
    assert f"{article.reading_minutes} min" in win.position_label.text()
