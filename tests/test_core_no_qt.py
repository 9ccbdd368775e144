"""The core never imports Qt: every module outside reader.ui imports with PySide6 blocked."""

import pkgutil
import subprocess
import sys

import reader


def core_modules():
    for info in pkgutil.walk_packages(reader.__path__, "reader."):
        if info.name.startswith(("reader.ui", "reader.resources", "reader.seeds")):
            continue
        yield info.name


def test_core_imports_without_pyside6():
    names = sorted(core_modules())
    assert "reader.library" in names and "reader.cli" in names
    code = (
        "import sys, importlib; sys.modules['PySide6'] = None\n"
        f"for n in {names!r}: importlib.import_module(n)\n"
        "print('ok')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "ok", out.stderr
