"""Start-up to the first painted frame: Candor against a bare PySide6 window, same way,
same run.

Each child is a fresh Python process. It watches the main window for its first paint
(an event filter on that window alone, so neither child pays for filtering other
events); after the paint it arms a zero-delay timer, which fires once the whole frame
(the window and every child widget in it) is painted and handed to the platform. Then
it prints READY and quits, and the parent times spawn to READY. The bare child makes its
QApplication and a QMainWindow; Candor's child starts as the `candor` command does
(ui.app.run_window makes the QApplication, with Candor's Qt options), and its window is
found by wrapping MainWindow.__init__ (importing ui.shell.main_window early, which Candor
does anyway).

Alone: `python -m bench.startup DB [--runs N]`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from bench.common import ROOT, median

_PRELUDE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
def ready():
    print("READY", flush=True)
    QApplication.instance().quit()
class FirstFrame(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, ready)
        return False
first_frame = FirstFrame()
"""

BARE = (
    _PRELUDE
    + """
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.installEventFilter(first_frame)
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
from ui.shell import main_window
made = main_window.MainWindow.__init__
def watched_init(self, *args, **kwargs):
    made(self, *args, **kwargs)
    self.installEventFilter(first_frame)
main_window.MainWindow.__init__ = watched_init
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
    _, err = proc.communicate(timeout=60)
    if "READY" not in line:
        raise RuntimeError(f"child did not become ready: {err}")
    return elapsed


def startup_times(db: Path, runs: int = 7) -> tuple[list[float], list[float]]:
    """(bare seconds, candor seconds), runs interleaved so load hits both alike. The
    database is used as it is: pass a copy (start-up may write to it, as a backup or an
    optimize does)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed Candor runs from compiled bytecode
    bare, candor = [], []
    _time_child(BARE, [], env)  # warm the file cache (and the bytecode cache) for both
    _time_child(CANDOR, [str(db)], env)  # (its first start also takes the day's backup)
    # The copy of the database and that backup leave gigabytes for the kernel to write
    # out at 100,000 calls: written now, not while the pairs are timed.
    if hasattr(os, "sync"):
        os.sync()
    for _ in range(runs):
        bare.append(_time_child(BARE, [], env))
        candor.append(_time_child(CANDOR, [str(db)], env))
    return bare, candor


def startup_ratio(db: Path, runs: int = 7) -> tuple[float, float, float]:
    """(bare median s, candor median s, ratio of the medians)."""
    bare, candor = startup_times(db, runs)
    b, c = median(bare), median(candor)
    return b, c, c / b


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    bare, candor = startup_times(args.db, args.runs)
    b, c = median(bare), median(candor)
    print(f"bare   {' '.join(f'{x * 1000:.0f}' for x in bare)} ms, median {b * 1000:.0f} ms")
    print(f"candor {' '.join(f'{x * 1000:.0f}' for x in candor)} ms, median {c * 1000:.0f} ms")
    print(f"ratio {c / b:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
