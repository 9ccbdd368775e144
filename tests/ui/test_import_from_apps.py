"""File > Import from Another App: off the UI thread with progress and Cancel; links fetched; the waiting banner."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

DATA = Path(__file__).resolve().parent.parent / "data" / "interop"


@pytest.fixture
def export(tmp_path, interop_server):
    p = tmp_path / "instapaper.csv"
    p.write_text((DATA / "instapaper.csv").read_text(encoding="utf-8").replace("http://localhost.test", interop_server))
    return p


def titles(w):
    m = w.library_panel.view.model()
    return [m.index(r).data(Qt.ItemDataRole.DisplayRole) for r in range(m.rowCount())]


def test_the_menu_has_the_import(window):
    names = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Import from Another App…" in names and "Fetch &Waiting Articles" in names


def test_import_then_fetch_runs_in_the_background_and_fills_the_list(qtbot, window, export, library):
    before = len(titles(window))
    with qtbot.waitSignal(window.export_import_finished, timeout=30000) as sig:
        window.import_export_file(str(export))
        assert window.progress_bar.isVisible() and window.cancel_button.isVisible()  # the UI thread is free
    report = sig.args[0]
    assert (
        report.kind == "instapaper"
        and report.fetched == len(report.items)
        and report.count("added") == len(report.items)
    )
    assert not window.progress_bar.isVisible()
    # The list's default view leaves out the archive.
    shown = [r for r in report.items if not library.reading_state(r.article_id)["archived"]]
    qtbot.waitUntil(lambda: len(titles(window)) == before + len(shown))
    assert "The Last Ferry on the Kessel River" in titles(window)
    aid = report.items[0].article_id
    window.open_article(aid)
    assert not window.fetch_banner.isVisible()
    assert window.highlights_panel.isEnabled()
    assert window.article_view.toPlainText().strip()


def test_a_waiting_link_says_so_and_fetches_on_request(qtbot, window, export, library):
    report = library.import_file(export)  # as the command line would, without fetching
    aid = next(
        r.article_id
        for r in report.items
        if r.highlights["waiting"] and not library.reading_state(r.article_id)["archived"]  # shown in the list
    )
    window.reload_library()  # the same connection as the window's: no outside change to notice
    window.open_article(aid)
    assert window.fetch_banner.isVisible()
    assert "not been fetched yet" in window.fetch_banner_label.text()
    assert "highlight" in window.fetch_banner_label.text()
    assert "(s)" not in window.fetch_banner_label.text()  # a sentence for a reader, not a template
    from reader.ui.models import WAITING_HEADER

    shown = window.highlights_panel.model
    assert any(
        shown.index(r).data(Qt.ItemDataRole.DisplayRole) == WAITING_HEADER
        or WAITING_HEADER in str(shown.index(r).data(Qt.ItemDataRole.DisplayRole))
        for r in range(shown.rowCount())
    )
    from reader.ui.models import Roles

    model = window.library_panel.view.model()
    qtbot.waitUntil(lambda: model.row_of(aid) is not None)
    assert "not fetched" in model.index(model.row_of(aid)).data(Roles.SUBTITLE)
    assert window.position_label.text() == ""  # no "0 words, 0 min" for a text not there yet
    with qtbot.waitSignal(window.fetch_finished, timeout=30000) as sig:
        qtbot.mouseClick(window.fetch_button, Qt.MouseButton.LeftButton)
    assert sig.args[0] == {aid: None}
    qtbot.waitUntil(lambda: not window.fetch_banner.isVisible())
    assert window.article_view.toPlainText().strip()
    qtbot.waitUntil(lambda: " words" in window.position_label.text())


def test_cancel_stops_between_items_and_keeps_what_was_saved(qtbot, window, export, library, monkeypatch):
    from reader import importing

    real, saved = importing.save_item, []

    def save_then_cancel(*args, **kwargs):  # the reader presses Cancel while the second item is saved
        saved.append(real(*args, **kwargs))
        if len(saved) == 2:
            window.job.cancel()  # what the Cancel button does (the button itself lives on the UI thread)
        return saved[-1]

    monkeypatch.setattr(importing, "save_item", save_then_cancel)
    with qtbot.waitSignal(window.export_import_finished, timeout=30000) as sig:
        window.import_export_file(str(export), fetch=False)
    report = sig.args[0]
    assert report.cancelled and len(report.items) == 2
    monkeypatch.setattr(importing, "save_item", real)
    again = library.import_file(export)
    assert again.count("present") == 2 and len(again.items) > 2


def test_an_unknown_file_is_one_message_and_changes_nothing(qtbot, window, library, caplog):
    caplog.set_level(logging.INFO)
    before = library.count()
    window.import_export_file(str(DATA / "unknown.csv"))
    qtbot.waitUntil(lambda: window.job is None, timeout=10000)
    assert library.count() == before
    assert any("not an export reader knows" in r.getMessage() for r in caplog.records)


def test_dropping_an_export_imports_it_as_a_library(qtbot, window, export):
    with qtbot.waitSignal(window.export_import_finished, timeout=30000) as sig:
        window.import_sources([str(export)])
    assert sig.args[0].kind == "instapaper"
