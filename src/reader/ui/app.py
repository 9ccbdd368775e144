"""Starting the window: the QApplication, the library, the first article."""

from __future__ import annotations

import logging
import os
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from reader import paths
from reader.errors import ReaderError
from reader.library import Library
from reader.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def offscreen_platform() -> str:
    """The offscreen platform with a large virtual screen.

    Qt's offscreen plugin defaults to an 800x800 screen and clamps windows to
    it; a screenshot or a test of a 1400x900 window needs a bigger one.
    """
    config = resources.files("reader.resources").joinpath("offscreen.json")
    return f"offscreen:configfile={config}"


# Platform messages that say nothing to a user (the offscreen plugin cannot
# resize native windows); everything else Qt says goes to the log.
_QT_NOISE = ("This plugin does not support propagateSizeHints", "This plugin does not support raise")
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(mode, _context, message: str) -> None:
    level = logging.DEBUG if message.startswith(_QT_NOISE) else _QT_LEVELS.get(mode, logging.WARNING)
    logging.getLogger("qt").log(level, "%s", message)


# The X11 libraries Qt's xcb plugin loads (soname -> Debian package). Since
# Qt 6.5 a missing one aborts the process with a generic message.
_XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def _check_platform_libraries() -> None:
    """Name the missing system libraries instead of letting Qt abort."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or platform not in ("", "xcb") or not os.environ.get("DISPLAY"):
        return
    if os.environ.get("WAYLAND_DISPLAY") and not platform:
        return  # Qt will use Wayland
    import ctypes

    missing = []
    for soname, package in _XCB_LIBRARIES.items():
        try:
            ctypes.CDLL(soname)  # a dlopen: what Qt would do next anyway
        except OSError:
            missing.append(package)
    if missing:
        raise ReaderError(
            "Qt needs system libraries to open a window; install them with: "
            f"sudo apt-get install {' '.join(missing)} (other systems: the xcb-util packages)"
        )


def _application(offscreen: bool = False) -> QApplication:
    app = QApplication.instance()
    if app is None:
        platform = os.environ.get("QT_QPA_PLATFORM", "")
        headless = sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        )
        if platform == "offscreen" or (not platform and (offscreen or headless)):
            os.environ["QT_QPA_PLATFORM"] = offscreen_platform()
        else:
            _check_platform_libraries()
        qInstallMessageHandler(_qt_message)  # only for an application we create (not under pytest-qt)
        app = QApplication([sys.argv[0] if sys.argv else "reader"])
        app.setApplicationName("reader")
        app.setOrganizationName("reader")
    return app  # type: ignore[return-value]


def build_window(library: Library, target: str | None = None) -> MainWindow:
    """A main window on ``target`` (an id or a file), the last article, or the newest."""
    sample = library.ensure_sample()
    settings = QSettings(str(paths.settings_path(library.data_dir)), QSettings.Format.IniFormat)
    window = MainWindow(library, settings)
    article_id: int | None = None
    fetch = None
    if target is not None:
        if target.isdigit():
            article_id = int(target)
            library.article(article_id)  # a clear error for an unknown id
        elif "://" in target:
            fetch = target  # downloaded in the background once the window is up
        else:
            result = library.add(target)  # a local file: quick, and its error goes to the terminal
            article_id = result.id
            window.reload_library()
    if article_id is None and sample is not None:
        article_id = sample
    if article_id is None:
        last = settings.value("window/article")
        if last is not None and str(last).isdigit() and library.exists(int(last)):
            article_id = int(last)
        else:  # the newest, as the list (already loaded) shows it
            article_id = window.library_model.first_id()
    if article_id is not None:
        window.open_article(article_id)
    if fetch is not None:
        window.import_sources([fetch])
    return window


def run(data_dir: str | None, target: str | None = None) -> int:
    from reader import paths
    from reader.launch import attach_log_file, install_excepthook

    attach_log_file(paths.data_dir(data_dir))
    install_excepthook()
    app = _application()
    library = Library.open(data_dir)
    try:
        window = build_window(library, target)
    except ReaderError:
        library.close()
        raise
    window.show()
    if os.environ.get("READER_BENCH_FIRST_PAINT"):
        # benchmarks/startup.py: report when the article is first painted, then quit.
        import time

        def _painted() -> None:
            print(f"FIRST_PAINT {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)

        window.article_view.first_painted.connect(_painted)
    code = app.exec()
    library.close()
    return code


def screenshot(
    data_dir: str | None,
    out: Path,
    *,
    article_id: int | None = None,
    size: tuple[int, int] = (1400, 900),
    panel: str = "quotes",
) -> None:
    """Render the real main window offscreen into a PNG (``panel``: "quotes" or "highlights" beside the article)."""
    app = _application(offscreen=True)
    with Library.open(data_dir) as library:
        window = build_window(library, str(article_id) if article_id is not None else None)
        window.resize(*size)
        if panel == "highlights":
            window.side_tabs.setCurrentWidget(window.highlights_panel)
        window.show()
        for _ in range(5):
            app.processEvents()
        image = window.grab()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG"):
            raise ReaderError(f"{out}: cannot write the PNG")
        # hide, not close: closing would save the screenshot's geometry as the user's
        window.hide()
        window.deleteLater()
