"""Opening files, folders and links from the window: off the UI thread, with progress and cancel."""

from __future__ import annotations

import logging
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication

from reader.ui.app import build_window

HTML = Path(__file__).resolve().parent.parent / "data" / "html"
PAGE = (HTML / "08_wire_story.html").read_bytes()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *_a):
        pass

    def do_GET(self):  # noqa: N802
        if self.path == "/story":
            body, status = PAGE, 200
        else:
            body, status = b"gone", 404
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def base_url():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def titles(w):
    m = w.library_panel.view.model()
    return [m.index(r).data(Qt.ItemDataRole.DisplayRole) for r in range(m.rowCount())]


def test_open_url_dialog_fetches_in_the_background(qtbot, window, base_url):
    window.open_url_action.trigger()
    dialog = window.url_dialog
    assert dialog.isVisible()
    dialog.edit.setText(base_url + "/story")
    with qtbot.waitSignal(window.import_finished, timeout=15000) as blocker:
        dialog.accept()
        # the window stays responsive while the job runs: the progress UI is up
        assert window.progress_bar.isVisible() and window.cancel_button.isVisible()
    result = blocker.args[0]
    assert len(result.added) == 1
    assert not window.progress_bar.isVisible()
    assert window.article_view.toPlainText().startswith(result.added[0].title)
    assert result.added[0].title in titles(window)


def test_failed_url_is_reported_and_changes_nothing(qtbot, window, base_url, caplog):
    before = titles(window)
    with caplog.at_level(logging.INFO, logger="reader.ui.dialogs"):
        with qtbot.waitSignal(window.import_finished, timeout=15000):
            window.import_sources([base_url + "/missing"])
    assert "the server answered 404" in caplog.text
    assert titles(window) == before
    assert "The prime minister confirmed" in window.article_view.toPlainText()  # still on the sample


def test_drop_files_and_links(qtbot, window, tmp_path, base_url):
    f = tmp_path / "feature.html"
    shutil.copy(HTML / "07_longform_feature.html", f)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)), QUrl(base_url + "/story"), QUrl("javascript:alert(1)")])
    enter = QDragEnterEvent(
        QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.import_finished, timeout=15000) as blocker:
        window.dropEvent(drop)
    assert len(blocker.args[0].added) == 2  # the javascript: link was ignored
    assert len(titles(window)) == 3


def test_paste_a_link(qtbot, window, base_url):
    QGuiApplication.clipboard().setText(base_url + "/story")
    with qtbot.waitSignal(window.import_finished, timeout=15000) as blocker:
        window.paste_action.trigger()
    assert len(blocker.args[0].added) == 1


def test_folder_import_can_be_cancelled(qtbot, window, tmp_path):
    d = tmp_path / "many"
    d.mkdir()
    for i, page in enumerate(sorted(HTML.glob("*.html"))[:12]):
        shutil.copy(page, d / f"{i:02d}.html")
    with qtbot.waitSignal(window.import_finished, timeout=30000) as blocker:
        window.import_sources([str(d)])
        window.cancel_button.click()
    result = blocker.args[0]
    assert result.cancelled
    assert len(result.added) < 11
    assert len(titles(window)) == 1 + len(result.added)


def test_a_folder_of_a_hundred_pages(qtbot, window, tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "import_html", Path(__file__).resolve().parents[2] / "benchmarks" / "import_html.py"
    )
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    folder = tmp_path / "hundred"
    folder.mkdir()
    bench.make_corpus(folder, 100)
    progress = []
    window.progress_bar.valueChanged.connect(progress.append)
    with qtbot.waitSignal(window.import_finished, timeout=120000) as blocker:
        window.import_sources([str(folder)])
    result = blocker.args[0]
    assert (len(result.added), len(result.failed)) == (100, 0)
    assert len(titles(window)) == 101
    assert progress and progress[-1] == 100  # the bar moved to the end
    assert "100 added, 0 already saved, 0 failed" in window.statusBar().currentMessage()
    # the last one opened, as a clean article with its metadata line
    opened = window.library.article(window.current_id)
    lines = window.article_view.toPlainText().splitlines()
    assert lines[0] == opened.title and opened.site in lines[1]


def test_open_on_a_url_fetches_after_the_window_is_up(qtbot, library, base_url):
    w = build_window(library, base_url + "/story")
    qtbot.addWidget(w)
    assert w.job is not None  # the download runs in the background
    w.show()
    with qtbot.waitSignal(w.import_finished, timeout=15000) as blocker:
        pass
    added = blocker.args[0].added
    assert len(added) == 1 and w.current_id == added[0].id


def test_closing_the_window_during_an_import_cancels_it_cleanly(qtbot, window, tmp_path, library):
    import importlib.util

    from PySide6.QtCore import QThreadPool

    spec = importlib.util.spec_from_file_location(
        "import_html", Path(__file__).resolve().parents[2] / "benchmarks" / "import_html.py"
    )
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    folder = tmp_path / "many"
    folder.mkdir()
    bench.make_corpus(folder, 60)
    window.import_sources([str(folder)])
    job = window.job
    qtbot.waitUntil(lambda: window.progress_bar.value() >= 1, timeout=30000)
    window.close()  # waits for the job to stop
    assert job.is_cancelled
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    saved = library.count()
    assert 1 < saved < 61  # some added, the rest cancelled
    assert library.check()["ok"]  # nothing half-written
