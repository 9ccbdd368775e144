"""Starting the window: a missing X11 library is a clear message, not a Qt abort."""

import ctypes

import pytest

from reader.errors import ReaderError
from reader.ui import app


def test_missing_xcb_libraries_are_named(monkeypatch):
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    real = ctypes.CDLL

    def fake_cdll(name, *a, **k):
        if name in ("libxcb-icccm.so.4", "libxcb-cursor.so.0"):
            raise OSError(f"{name}: cannot open shared object file")
        return real(name, *a, **k)

    monkeypatch.setattr(ctypes, "CDLL", fake_cdll)
    monkeypatch.setattr(
        app,
        "_XCB_LIBRARIES",
        {"libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4", "libc.so.6": "libc6"},
    )
    with pytest.raises(ReaderError, match="sudo apt-get install libxcb-cursor0 libxcb-icccm4 "):
        app._check_platform_libraries()


def test_offscreen_needs_no_x11(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert app._check_platform_libraries() is None  # returns without looking
