"""Shared fixtures: every test gets its own data directory; Qt runs offscreen."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

# Before pytest-qt creates the QApplication: no display needed, and errors go
# to the log instead of dialogs that would wait for a click.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    # A 2560x1600 virtual screen instead of the plugin's 800x800 (see reader.ui.app).
    os.environ["QT_QPA_PLATFORM"] = (
        f"offscreen:configfile={Path(__file__).resolve().parent.parent / 'resources' / 'offscreen.json'}"
    )
os.environ["READER_ERRORS_TO_LOG"] = "1"

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests_helpers
SEED = ROOT / "seeds" / "sky-news-return-hubs.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data directory, also exported so subprocesses never touch the real one."""
    d = tmp_path / "data"
    monkeypatch.setenv("READER_DATA_DIR", str(d))
    return d


@pytest.fixture
def library(data_dir: Path):
    from reader.library import Library

    lib = Library.open(data_dir)
    yield lib
    lib.close()


@pytest.fixture
def run_cli(data_dir: Path):
    """Run ``python -m reader ARGS`` in a subprocess, as a user would."""
    import subprocess

    def run(*args: str, input: bytes | None = None, env: dict | None = None, check: bool = False):
        full_env = {**os.environ, **(env or {})}
        proc = subprocess.run(
            [sys.executable, "-m", "reader", *args],
            input=input,
            capture_output=True,
            env=full_env,
            timeout=120,
        )
        proc.stdout_text = proc.stdout.decode("utf-8")  # type: ignore[attr-defined]
        proc.stderr_text = proc.stderr.decode("utf-8")  # type: ignore[attr-defined]
        if check:
            assert proc.returncode == 0, proc.stderr_text
        return proc

    return run


@pytest.fixture
def sample_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def sample_file() -> Path:
    return SEED


@pytest.fixture(scope="module")
def interop_server():
    """A local web server over tests/data/interop/pages (the pages the export fixtures link to); its base URL."""
    import threading
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):  # noqa: D102
            pass

    srv = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(DATA / "interop" / "pages")))
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()
