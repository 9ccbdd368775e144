"""Regression: PySide6-Essentials 6.12.0 on Python 3.11 aborted with
"Fatal Python error: none_dealloc" after a few thousand QLabel.setText calls.

Run in a child process so that an abort fails this test instead of killing pytest.
"""

import os
import subprocess
import sys

CODE = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(20000):
    label.setText(str(i))
    label.text()
print("ok", label.text())
"""


def test_twenty_thousand_set_text_calls_do_not_abort():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split() == ["ok", "19999"]
