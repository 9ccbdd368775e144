"""Fetching articles by URL, against a local HTTP server on 127.0.0.1 started by the test."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from reader.errors import ImportFailed
from reader.importers import url as url_mod

HTML = Path(__file__).resolve().parent / "data" / "html"
GOOD = (HTML / "01_semantic_local_news.html").read_bytes()
LATIN = (HTML / "11_windows1252_charset.html").read_bytes()
EMPTY = (HTML / "99_no_article.html").read_bytes()


class Handler(BaseHTTPRequestHandler):
    pages: dict = {}

    def log_message(self, *_args):  # keep test output quiet
        pass

    def send(self, status, body=b"", ctype="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802
        path = self.path
        self.server.seen_agents.append(self.headers.get("User-Agent"))
        if path == "/article":
            self.send(200, GOOD)
        elif path == "/article-v2":
            self.send(200, GOOD.replace(b"curb-protected", b"kerb-protected"))
        elif path == "/redirect":
            self.send(302, headers=[("Location", "/article")])
        elif path.startswith("/loop"):
            n = int(path[5:] or 0)
            self.send(302, headers=[("Location", f"/loop{n + 1}")])
        elif path == "/404":
            self.send(404, b"<h1>Not found</h1>")
        elif path == "/500":
            self.send(500, b"oops")
        elif path == "/slow":
            time.sleep(1.5)
            self.send(200, GOOD)
        elif path == "/huge":
            self.send(200, b"<html><body>" + b"<p>" + b"x" * 300_000 + b"</p></body></html>")
        elif path == "/huge-chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(30):
                self.wfile.write(b"<p>" + b"y" * 10_000 + b"</p>")
        elif path == "/pdf":
            self.send(200, b"%PDF-1.7", ctype="application/pdf")
        elif path == "/latin1":
            self.send(200, LATIN, ctype="text/html; charset=windows-1252")
        elif path == "/no-article":
            self.send(200, EMPTY)
        elif path == "/to-ftp":
            self.send(302, headers=[("Location", "ftp://127.0.0.1/file")])
        else:
            self.send(404)


@pytest.fixture(scope="module")
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.seen_agents = []
    srv.daemon_threads = True
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}", srv
    srv.shutdown()
    srv.server_close()


def test_good_page_becomes_an_article(server, library):
    base, srv = server
    r = library.add(base + "/article")
    a = library.article(r.id)
    assert r.created
    assert a.title.startswith("City council approves 14 miles of protected bike lanes")
    assert a.author == "Marisol Okafor" and a.published == "2024-03-12" and a.site == "Riverside Courier"
    assert a.source == base + "/article"
    assert srv.seen_agents[-1].startswith("reader/")


def test_same_url_or_same_canonical_url_is_not_saved_twice(server, library):
    base, _ = server
    first = library.add(base + "/article")
    again = library.add(base + "/article")  # same source URL: not even fetched again
    via_redirect = library.add(base + "/redirect")  # same canonical URL / text
    assert (again.id, again.created) == (first.id, False)
    assert (via_redirect.id, via_redirect.created) == (first.id, False)
    assert library.count() == 1


def test_charset_from_headers(server, library):
    base, _ = server
    a = library.article(library.add(base + "/latin1").id)
    assert "José Müller" in a.text


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/404", "the server answered 404 Not Found"),
        ("/500", "the server answered 500"),
        ("/loop0", "too many redirects (more than 5)"),
        ("/pdf", "not a web page (content type application/pdf)"),
        ("/no-article", "no article found on the page"),
        ("/to-ftp", "only http and https"),
    ],
)
def test_bad_responses_are_one_clear_line_and_change_nothing(server, library, path, message):
    base, _ = server
    library.add(base + "/article")
    before = library.summaries()
    with pytest.raises(ImportFailed) as info:
        library.add(base + path)
    assert message in str(info.value)
    assert "\n" not in str(info.value)
    assert library.summaries() == before


def test_timeout(server, library, monkeypatch):
    base, _ = server
    monkeypatch.setattr(url_mod, "TIMEOUT_S", 0.3)
    with pytest.raises(ImportFailed, match="did not answer within"):
        library.add(base + "/slow")


@pytest.mark.parametrize("path", ["/huge", "/huge-chunked"])
def test_body_over_the_limit(server, library, monkeypatch, path):
    base, _ = server
    monkeypatch.setattr(url_mod, "MAX_BYTES", 100_000)
    with pytest.raises(ImportFailed, match="too large"):
        library.add(base + path)


@pytest.mark.parametrize("bad", ["ftp://example.com/a", "javascript:alert(1)", "file:///etc/passwd", "https://"])
def test_only_http_and_https(library, bad):
    with pytest.raises(ImportFailed, match="only http and https|not a complete web address"):
        library.add(bad)


def test_connection_refused(library):
    with pytest.raises(ImportFailed, match="cannot connect"):
        library.add("http://127.0.0.1:9/nothing-listens-here")


def test_refresh_with_fetch_updates_the_text(server, library, monkeypatch):
    base, _ = server
    aid = library.add(base + "/article").id
    from reader.store import articles as rows

    # the page changes at its address
    library.conn.execute("UPDATE articles SET source = ?, url = ? WHERE id = ?", [base + "/article-v2", None, aid])
    r = library.refresh(aid, fetch=True)
    assert r.id == aid
    assert "kerb-protected bike lanes" in library.article(aid).text
    assert b"kerb-protected" in rows.get_original(library.conn, aid)[0]


def test_cli_url_and_error(server, run_cli):
    base, _ = server
    ok = run_cli("add", base + "/article", "--json", check=True)
    assert json.loads(ok.stdout_text)["added"][0]["title"].startswith("City council")
    bad = run_cli("add", base + "/404")
    assert bad.returncode == 1
    assert bad.stderr_text.strip() == f"Error: {base}/404: the server answered 404 Not Found"
