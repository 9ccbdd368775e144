"""The main window, driven with qtbot as a reader would use it."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from reader import paths
from reader.ui.app import build_window
from reader.ui.models import Roles


def test_fresh_library_opens_on_the_sample(window, library):
    view = window.article_view
    doc = view.toPlainText()
    title = library.article(window.current_id).title
    assert doc.startswith(title + "\n")
    assert "Sky News" in doc.splitlines()[1]
    assert "The UK is in talks with “a number of countries” about sending failed asylum seekers" in doc
    assert "The prime minister confirmed the plan at a press conference" in doc
    assert window.windowTitle().startswith(title)
    # the library list shows the sample, selected
    model = window.library_panel.view.model()
    assert model.rowCount() == 1
    assert model.index(0).data(Qt.ItemDataRole.DisplayRole) == title
    assert window.library_panel.view.currentIndex().row() == 0


def test_three_panes_side_by_side(window):
    lib, view, side = window.library_panel, window.reading_pane, window.side_tabs
    assert lib.isVisible() and view.isVisible() and side.isVisible() and window.article_view.isVisible()
    assert not window.fetch_banner.isVisible()  # only for a link still waiting for its text
    assert lib.geometry().right() < view.geometry().left() < view.geometry().right() < side.geometry().left()
    assert view.width() > lib.width() and view.width() > side.width()


def test_reading_view_keeps_a_comfortable_measure_when_wide(qtbot, window):
    from reader.ui.article_view import MEASURE_PX

    view = window.article_view
    assert 500 <= view.viewport().width() <= 800
    window.resize(2400, 900)
    qtbot.waitUntil(lambda: view.viewportMargins().left() > 0)
    margins = view.viewportMargins()
    assert abs(margins.left() - margins.right()) <= 1
    assert view.viewport().width() <= MEASURE_PX + 2 * view.document().documentMargin() + 30


def test_clicking_another_article_opens_it(qtbot, window, library, tmp_path):
    p = tmp_path / "b.txt"
    p.write_text("Second story headline\n\nIt has one paragraph.", encoding="utf-8")
    with qtbot.waitSignal(window.import_finished, timeout=10000):
        window.import_sources([str(p)])
    model = window.library_panel.view.model()
    assert model.rowCount() == 2
    sample_row = next(r for r in range(2) if model.index(r).data(Roles.ID) != window.current_id)
    with qtbot.waitSignal(window.article_opened, timeout=2000):
        rect = window.library_panel.view.visualRect(model.index(sample_row))
        qtbot.mouseClick(window.library_panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.article_view.toPlainText().startswith(library.article(window.current_id).title)
    assert "The prime minister confirmed" in window.article_view.toPlainText()


def test_geometry_and_splitter_persist(qtbot, library, data_dir):
    w = build_window(library)
    qtbot.addWidget(w)
    w.show()
    w.resize(1234, 777)
    w.splitter.setSizes([250, 700, 284])
    sizes = w.splitter.sizes()
    w.close()
    settings = QSettings(str(paths.settings_path(data_dir)), QSettings.Format.IniFormat)
    assert settings.value("window/geometry") is not None

    w2 = build_window(library)
    qtbot.addWidget(w2)
    w2.show()
    assert (w2.width(), w2.height()) == (1234, 777)
    assert w2.splitter.sizes() == sizes


def test_offsets_map_exactly_both_ways(qtbot, library, tmp_path):
    p = tmp_path / "emoji.txt"
    p.write_text("Emoji headline\n\nA 😀 face and 𝔘nicode.\n\nSecond para 😀😀 here.", encoding="utf-8")
    aid = library.add(p).id
    w = build_window(library, str(aid))
    qtbot.addWidget(w)
    view = w.article_view
    text = library.article(aid).text
    for needle in ("face", "𝔘nicode", "Second", "here"):
        start = text.index(needle)
        end = start + len(needle)
        cursor = view.cursor_for_range(start, end)
        assert cursor.selectedText() == needle
        assert view.canonical_offset(cursor.selectionStart()) == start
        assert view.canonical_offset(cursor.selectionEnd()) == end
    # the separator between blocks maps to the start of the next block
    sep = text.index("\n\n")
    assert view.doc_position(sep + 1) == view.doc_position(sep + 2)
    assert view.canonical_offset(0) is None  # the title is not article text
