"""The quotes panel on the sample article, driven as a reader would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from reader.ui.models import Roles
from reader.ui.side_panel import EMPTY_TEXT

SAMPLE_QUOTES = [
    ("quote", "Sir Keir Starmer: a number of countries"),
    ("quote", "Sir Keir Starmer: really important innovation"),
    ("quote", "Sir Keir Starmer: We are in talks with a number of countries about return hubs,"),
    ("quote", "Sir Keir Starmer: At the appropriate time, I’ll be able to give you further details in relation to it."),
    (
        "quote",
        "Edi Rama: We have been asked by several countries if we were open to it, and we said no, "
        "because we are loyal to the marriage with Italy and the rest is just love,",
    ),
]


def test_sample_panel_shows_exactly_the_five_quotes(window):
    panel = window.side_panel
    assert panel.shown_rows() == SAMPLE_QUOTES
    assert panel.title.text() == "QUOTES  ·  5"
    kinds = [panel.model.index(r).data(Roles.TAG) for r in range(5)]
    assert kinds == ["partial", "partial", "", "", ""]
    # The fourth continues the third's speaker from the paragraph before: less sure than a name beside it.
    named, continued = (panel.model.index(r).data(Roles.ITEM) for r in (2, 3))
    assert named.confidence > continued.confidence
    tip = panel.model.index(3).data(Qt.ItemDataRole.ToolTipRole)
    assert f"the previous quote's speaker, continuing; {continued.confidence:.0%} likely right" in tip


def test_clicking_a_quote_scrolls_to_it_and_marks_it(qtbot, window):
    panel, view = window.side_panel, window.article_view
    rama = panel.model.index(4)
    quote = rama.data(Roles.ITEM)
    assert view.verticalScrollBar().value() == 0
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(rama).center())
    assert view.verticalScrollBar().value() > 0
    # the marked range is exactly the quote's words, and it is on screen
    assert view.flashed_ranges() == [(quote.start, quote.end)]
    cursor = view.cursor_for_range(quote.start, quote.end)
    assert cursor.selectedText() == quote.text
    rect = view.cursorRect(cursor)
    assert 0 <= rect.top() < view.viewport().height()
    qtbot.waitUntil(lambda: view.flashed_ranges() == [], timeout=4000)  # the mark fades


def test_group_by_speaker_with_counts(qtbot, window):
    panel = window.side_panel
    panel.group_button.click()
    rows = panel.shown_rows()
    assert rows[0] == ("speaker", "Sir Keir Starmer  ·  4")
    assert [r for r in rows if r[0] == "speaker"] == [
        ("speaker", "Sir Keir Starmer  ·  4"),
        ("speaker", "Edi Rama  ·  1"),
    ]
    assert rows[5] == ("speaker", "Edi Rama  ·  1") and rows[6][1].startswith("Edi Rama: We have been asked")
    assert panel.current_quote().text == "a number of countries"  # still marked after regrouping
    panel.group_button.click()
    assert panel.shown_rows() == SAMPLE_QUOTES


def test_quote_under_the_readers_eye_is_marked_while_scrolling(qtbot, window):
    window.resize(1400, 700)
    panel, view = window.side_panel, window.article_view
    assert panel.current_quote().text == "a number of countries"
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: panel.current_quote() is not None and panel.current_quote().speaker == "Edi Rama")
    bar.setValue(0)
    qtbot.waitUntil(lambda: panel.current_quote().text == "a number of countries")


def test_copy_quote_with_citation(window):
    panel = window.side_panel
    panel.copy_quote(panel.model.index(2).data(Roles.ITEM))
    text = QGuiApplication.clipboard().text()
    assert text.splitlines() == [
        "“We are in talks with a number of countries about return hubs,”",
        "— Sir Keir Starmer",
        f"quoted in “{window.library.article(window.current_id).title}”, Sky News, 2025-05-15",
    ]


def test_article_without_quotes_shows_a_calm_empty_state(qtbot, window, tmp_path):
    p = tmp_path / "plain.txt"
    p.write_text("Tide tables for the week\n\nHigh water is at 06:12 and 18:40 on Monday.", encoding="utf-8")
    with qtbot.waitSignal(window.import_finished, timeout=10000):
        window.import_sources([str(p)])
    panel = window.side_panel
    assert panel.shown_rows() == []
    assert panel.stack.currentWidget() is panel.empty and panel.empty.isVisible()
    assert panel.empty.text() == EMPTY_TEXT
    assert not panel.group_button.isVisible()


def test_correcting_a_speaker_in_the_panel_is_kept_and_undoable(window, library):
    panel, aid = window.side_panel, window.current_id
    last = panel.model.index(4).data(Roles.ITEM)
    panel.correct_quote(last, "Orla Penhallow")
    assert panel.shown_rows()[4] == ("quote", f"Orla Penhallow: {last.text}")
    assert library.quotes(aid)[4].speaker == "Orla Penhallow"  # stored, as the command line sees it
    assert [c["speaker"] for c in library.quote_corrections(aid)] == ["Orla Penhallow"]
    window.undo_action.trigger()
    assert panel.shown_rows() == SAMPLE_QUOTES and library.quote_corrections(aid) == []
    window.redo_action.trigger()
    assert panel.shown_rows()[4][1].startswith("Orla Penhallow: ")


def test_speaker_unclear_and_not_a_quote_from_the_panel(window, library):
    panel, aid = window.side_panel, window.current_id
    first = panel.model.index(0).data(Roles.ITEM)
    panel.correct_quote(first, None)
    assert panel.shown_rows()[0] == ("quote", f"Speaker unclear: {first.text}")
    second = panel.model.index(1).data(Roles.ITEM)
    panel.correct_quote(second, not_quote=True)
    assert panel.title.text() == "QUOTES  ·  4"
    assert all(text != f"Sir Keir Starmer: {second.text}" for _k, text in panel.shown_rows())
    assert len(library.quotes(aid)) == 4


def test_a_corrected_quote_says_so_on_its_card(window):
    panel = window.side_panel
    panel.correct_quote(panel.model.index(0).data(Roles.ITEM), "Orla Penhallow")
    assert panel.model.index(0).data(Roles.TAG) == "partial · corrected"
    assert panel.model.index(4).data(Roles.TAG) == ""
    # the context menu offers the corrections
    menu = panel.context_menu(panel.model.index(4).data(Roles.ITEM))
    labels = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert labels == [
        "Highlight this quote",
        "Copy quote with citation",
        "Who said this?…",
        "Speaker unclear",
        "Not a quote",
    ]
    panel.correct_quote(panel.model.index(4).data(Roles.ITEM), None)
    assert not panel.context_menu(panel.model.index(4).data(Roles.ITEM)).actions()[4].isEnabled()


def test_quotes_from_an_older_extractor_are_recomputed_after_the_first_paint(qtbot, library):
    from reader.ui.app import build_window

    first = build_window(library)  # a first start stores the sample
    aid = first.current_id
    first.close()
    with library._write() as db:  # as an older reader stored them: another speaker, an old version
        db.execute("UPDATE quotes SET speaker = 'Old Guess' WHERE article_id = ?", [aid])
        db.execute("UPDATE articles SET quotes_version = 1 WHERE id = ?", [aid])
    assert library.stale_quote_ids() == [aid]
    w = build_window(library)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: library.stale_quote_ids() == [] and w.quotes_job is None, timeout=10000)
    assert w.side_panel.shown_rows() == SAMPLE_QUOTES


def test_a_speaker_the_article_does_not_name_shows_in_its_own_words(qtbot, window, library, tmp_path):
    p = tmp_path / "strike.txt"
    p.write_text(
        "The Quarnby yard stayed shut on Monday.\n\n"
        "\u201cNobody has been paid since March,\u201d one senior driver at the yard, who asked not to be named, "
        "said.\n\n"
        "Osric Vexley, the union's organiser, disagreed. \u201cWe are close to a deal,\u201d he said.",
        encoding="utf-8",
    )
    with qtbot.waitSignal(window.import_finished, timeout=10000):
        window.import_sources([str(p)])
    panel = window.side_panel
    assert panel.shown_rows() == [
        ("quote", "One senior driver at the yard: Nobody has been paid since March,"),
        ("quote", "Osric Vexley: We are close to a deal,"),
    ]
    described = panel.model.index(0).data(Roles.ITEM)
    assert described.speaker is None and described.speaker_description == "one senior driver at the yard"
    assert "Not named" in panel.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert panel.model.index(0).data(Roles.TAG) == "not named" and panel.model.index(1).data(Roles.TAG) == ""
    # the reader may say it is unclear after all: the description goes with the guess
    assert panel.context_menu(described).actions()[4].isEnabled()
    panel.correct_quote(described, None)
    assert panel.shown_rows()[0] == ("quote", "Speaker unclear: Nobody has been paid since March,")
    assert library.quotes(window.current_id)[0].speaker_description is None
