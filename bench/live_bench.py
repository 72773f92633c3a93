"""The longest UI-thread stall while a live call is driven through the real window.

Run as its own process (python -m bench.live_bench DB [SLOW_MS]): a 5 ms heartbeat
timer records the gaps between its ticks while notes and reactions are entered with
key presses, on a copy of a large demo database. With SLOW_MS, every note and reaction
commit takes that much longer (a busy disk, where one insert was measured at 158 to
488 ms): the entries are committed off the UI thread (ui/writer.py), so the stall
should not grow with it. Prints one JSON object.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from bench.common import ms, percentile  # noqa: E402

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NOTES = 120


def pump(app: QApplication, seconds: float) -> None:
    """Let the event loop run as it would between a person's keystrokes."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()


def slow_down(slow_ms: int) -> None:
    """Every note and reaction commit takes `slow_ms` longer (on the writer's thread)."""
    from storage.entries import EntryRepository

    for name in ("add_note", "add_reaction"):
        original = getattr(EntryRepository, name)

        def slow(self, entry, _original=original, **kwargs):  # noqa: ANN001, ANN202
            time.sleep(slow_ms / 1000)
            return _original(self, entry, **kwargs)

        setattr(EntryRepository, name, slow)


def main(db: Path, slow_ms: int = 0) -> dict:
    app = QApplication.instance() or QApplication([])
    if slow_ms:
        slow_down(slow_ms)
    from storage.store import Store
    from ui.app import App as AppController
    from ui.shell.main_window import MainWindow
    from ui.style import apply_style

    apply_style(app)
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    store = Store(db)
    window = MainWindow()
    controller = AppController(store, window)
    controller.start()
    from ui.startup import freeze_start_up

    freeze_start_up()  # as run_window does once the window is built
    pump(app, 0.2)

    def focused() -> object:
        return QApplication.focusWidget() or window

    QTest.keyClick(focused(), Qt.Key.Key_N, CTRL)
    QTest.keyClicks(focused(), "Bench Client")
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    QTest.keyClicks(focused(), "Stall measurement call")
    QTest.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    pump(app, 0.2)

    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(beat)
    heart.start()
    pump(app, 0.05)
    gaps.clear()
    last[0] = time.perf_counter()
    digits = [getattr(Qt.Key, f"Key_{n}") for n in range(1, 9)]
    for i in range(NOTES):
        for char in f"Note {i}: asked about the new date":  # one key at a time, as typed
            QTest.keyClicks(focused(), char)
            pump(app, 0.002)
        QTest.keyClick(focused(), Qt.Key.Key_Return)
        pump(app, 0.01)
        if i % 5 == 0:
            QTest.keyClick(focused(), digits[i % 8], ALT)
            pump(app, 0.01)
    heart.stop()
    from ui.shell.pages import Page

    writer = controller.page(Page.LIVE).writer
    while writer.busy:  # the last commits (slow ones take a while) before counting
        pump(app, 0.05)
    call_id = store.calls.live_calls()[0].id
    call = store.calls.get(call_id)
    result = {
        "notes_stored": len(call.notes),
        "reactions_stored": len(call.reactions),
        "max_gap_ms": ms(max(gaps)) - 5,
        "p99_gap_ms": ms(percentile(gaps, 99)) - 5,
        "beats": len(gaps),
        "slow_commit_ms": slow_ms,
    }
    window.close()
    store.close()
    return result


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 0)))
