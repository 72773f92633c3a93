"""Start-up to an interactive window: Candor against a bare PySide6 window, same way, same run.

Each child is a fresh Python process. It creates the QApplication, arms a
zero-delay timer (which fires on the event loop's first pass, once the window is
shown and interactive), then starts the window; when the timer fires it prints
READY and quits. The parent times spawn to READY.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from bench.common import ROOT, median

_PRELUDE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
def ready():
    print("READY", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
"""

BARE = (
    _PRELUDE
    + """
from PySide6.QtWidgets import QMainWindow
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1100, 720)
window.show()
app.exec()
"""
)

CANDOR = (
    _PRELUDE
    + """
from pathlib import Path
from ui.app import run_window
sys.exit(run_window(Path(sys.argv[1])))
"""
)


def _time_child(code: str, args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.communicate(timeout=60)
    if "READY" not in line:
        raise RuntimeError(f"child did not become ready: {proc.stderr}")
    return elapsed


def startup_ratio(db: Path, runs: int = 7) -> tuple[float, float, float]:
    """(bare median s, candor median s, ratio); runs interleaved so load hits both alike."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT)
    bare, candor = [], []
    _time_child(BARE, [], env)  # warm the file cache for both
    _time_child(CANDOR, [str(db)], env)
    for _ in range(runs):
        bare.append(_time_child(BARE, [], env))
        candor.append(_time_child(CANDOR, [str(db)], env))
    b, c = median(bare), median(candor)
    return b, c, c / b
