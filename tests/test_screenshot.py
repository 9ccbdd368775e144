"""`reader screenshot` renders the real window offscreen into a PNG of the asked size."""

from PySide6.QtGui import QImage


def test_screenshot_writes_png_of_requested_size(run_cli, tmp_path):
    out = tmp_path / "shots" / "window.png"
    proc = run_cli("screenshot", str(out), "--size", "1200x800", env={"QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr_text
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1200, 800)
    # not a blank canvas: the page colour and dark text pixels are both there
    colours = {img.pixel(x, y) for x in range(0, 1200, 7) for y in range(0, 800, 7)}
    assert len(colours) > 20


def test_screenshot_bad_size_and_unknown_article(run_cli, tmp_path):
    bad = run_cli("screenshot", str(tmp_path / "a.png"), "--size", "huge")
    assert bad.returncode == 2 and "WIDTHxHEIGHT" in bad.stderr_text
    missing = run_cli("screenshot", str(tmp_path / "a.png"), "--article", "77", env={"QT_QPA_PLATFORM": "offscreen"})
    assert missing.returncode == 1 and "no article with id 77" in missing.stderr_text
    assert not (tmp_path / "a.png").exists()
