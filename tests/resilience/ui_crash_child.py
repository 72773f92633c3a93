"""A live call driven through the real window, killed by the test at a random moment.

Prints "ready" once the call is live, then "note <id> <text>" for every note
once it shows in the notes list (the UI shows only committed entries).
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from ui.shell.pages import Page


def pump(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def main(db: Path, seed: int) -> None:
    rng = random.Random(seed)
    app = QApplication([])
    from storage.store import Store
    from ui.app import App as AppController
    from ui.shell.main_window import MainWindow

    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    store = Store(db)
    window = MainWindow()
    controller = AppController(store, window)
    controller.start()  # resumes the call a killed round left live
    if window.current_page() != "live":
        controller.new_call()
        controller.page(Page.PREPARE).view.client_field.setText("Crash Ltd")
        controller.page(Page.PREPARE).view.subject_field.setText(f"Round {seed}")
        controller.page(Page.PREPARE).start_call()
    live = controller.page(Page.LIVE)
    edit = live.view.note_line.edit
    edit.setFocus()
    print("ready", flush=True)
    for i in range(10_000):
        text = f"r{seed} note {i} " + "x" * rng.randint(0, 20)
        for char in text:
            QTest.keyClicks(edit, char)
            pump(app, 0.001)
        pump(app, rng.uniform(0.0, 0.05))
        before = live.notes.rowCount()
        QTest.keyClick(edit, Qt.Key.Key_Return)
        pump(app, 0.002)
        if live.notes.rowCount() == before + 1:
            note = live.notes.notes()[-1]
            print(f"note {note.id} {note.text}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
