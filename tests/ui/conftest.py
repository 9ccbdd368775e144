"""Fixtures for window tests."""

import pytest

from reader.ui.app import build_window


@pytest.fixture
def window(qtbot, library):
    """The main window on a fresh library (so on the sample), shown at 1400x900."""
    w = build_window(library)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    return w
