"""Images: kept as figures, shown as placeholders, loaded only when the reader asks, then cached."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QColor, QImage

from reader.ui.app import build_window

REQUESTS: list[str] = []


def png() -> bytes:
    img = QImage(40, 20, QImage.Format.Format_RGB32)
    img.fill(QColor("#336699"))
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    return bytes(data)


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *_args):
        pass

    def do_GET(self):  # noqa: N802
        REQUESTS.append(self.path)
        if self.path.startswith("/img/"):
            body, ctype = png(), "image/png"
        else:
            body, ctype = b"not here", "text/plain"
        self.send_response(200 if self.path.startswith("/img/") else 404)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()


def page(base: str) -> bytes:
    para = "The harbour wall was rebuilt over the winter, and the town turned out to see it finished. " * 3
    return (
        f"<html><head><title>Harbour wall reopens</title><meta property='og:site_name' content='Coast News'></head>"
        f"<body><article><h1>Harbour wall reopens</h1><p>{para}</p>"
        f"<figure><img src='{base}/img/wall.png' alt='The new wall at high tide'></figure>"
        f"<p>{para}</p><img src='javascript:alert(1)' alt='bad'><img src='data:image/png;base64,AAAA' alt='inline'>"
        f"<p>{para}</p></article></body></html>"
    ).encode()


def test_figures_are_placeholders_until_the_reader_loads_them(qtbot, library, server, tmp_path):
    from reader.importers import parse_bytes

    REQUESTS.clear()
    imp = parse_bytes(page(server), "text/html", source=f"{server}/story", url=f"{server}/story")
    figures = [b for b in imp.article.blocks if b.kind == "figure"]
    assert [(imp.article.text[b.start : b.end], b.src) for b in figures] == [
        ("The new wall at high tide", f"{server}/img/wall.png")
    ]  # javascript: and data: images are never kept
    aid = library.save(imp).id
    w = build_window(library, str(aid))
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    view = w.article_view
    assert "Image not loaded  ·  Load image  ·  Always for Coast News" in view.toPlainText()
    assert REQUESTS == []  # nothing was fetched to show the article
    # the reader clicks "Load image": it is fetched once, cached, and shown
    with qtbot.waitSignal(w.images_shown, timeout=10000):
        view.anchorClicked.emit(QUrl(f"reader-image:load:{imp.article.blocks.index(figures[0])}"))
    assert REQUESTS == ["/img/wall.png"]
    assert "Image not loaded" not in view.toPlainText()
    assert view.document().resource(2, QUrl(f"reader-image:{imp.article.blocks.index(figures[0])}")) is not None
    assert library.cached_images([figures[0].src])  # kept in the library
    # offsets still map exactly around the image
    start = imp.article.text.index("The new wall")
    assert view.cursor_for_range(start, start + 12).selectedText() == "The new wall"
    # reopening shows it from the cache, without fetching again
    w.open_article(aid)
    assert "Image not loaded" not in view.toPlainText() and REQUESTS == ["/img/wall.png"]


def test_always_for_this_site_loads_images_when_articles_open(qtbot, library, server):
    from reader.importers import parse_bytes

    REQUESTS.clear()
    first = library.save(parse_bytes(page(server), "text/html", source=f"{server}/a", url=f"{server}/a")).id
    other = page(server).replace(b"/img/wall.png", b"/img/other.png").replace(b"harbour wall", b"old pier")
    second = library.save(parse_bytes(other, "text/html", source=f"{server}/b", url=f"{server}/b")).id
    assert second != first
    w = build_window(library, str(first))
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.images_shown, timeout=10000):
        w.article_view.anchorClicked.emit(QUrl("reader-image:site"))
    assert w.image_sites() == ["Coast News"]
    with qtbot.waitSignal(w.images_shown, timeout=10000):
        w.open_article(second)
    assert sorted(REQUESTS) == ["/img/other.png", "/img/wall.png"]
    assert "Image not loaded" not in w.article_view.toPlainText()


def test_a_failing_image_is_one_line_in_the_status_bar(qtbot, library, server):
    from reader.importers import parse_bytes

    broken = page(server).replace(b"/img/wall.png", b"/missing.png")
    aid = library.save(parse_bytes(broken, "text/html", source=f"{server}/c", url=f"{server}/c")).id
    w = build_window(library, str(aid))
    qtbot.addWidget(w)
    w.show()
    w.load_images([f"{server}/missing.png"])
    qtbot.waitUntil(lambda: "Image not loaded:" in w.statusBar().currentMessage(), timeout=10000)
    assert "404" in w.statusBar().currentMessage()
    assert "Image not loaded  ·  Load image" in w.article_view.toPlainText()
