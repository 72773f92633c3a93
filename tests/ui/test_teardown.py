"""The whole window can be torn down the way run_window() does it, then collected.

run_window() deletes the window explicitly (deleteLater, then the posted deletes)
before Python lets go of it; the garbage collector then frees the wrappers. PySide
can crash at garbage collection (reference-count bugs around connections, style
options, lambdas capturing self); this runs in a child process so a crash fails this
test, not the run.
"""

from __future__ import annotations

from tests.ui.child_script import run_ok

SCRIPT = r"""
import gc, sys
from pathlib import Path
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox
app = QApplication([])
from domain.model import FollowUp, ReactionKind
from storage.store import Store
from ui.app import App as AppController
from ui.shell.main_window import MainWindow
from ui.style import apply_style
from ui.shell.pages import Page

apply_style(app)
QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
store = Store(Path(sys.argv[1]))
for round_ in range(2):
    window = MainWindow()
    controller = AppController(store, window)
    controller.start()
    controller.new_call()
    view = controller.page(Page.PREPARE).view
    view.set_header("Acme", f"Round {round_}")  # typed
    view.clientTyped.emit()
    view.subjectTyped.emit()
    controller.page(Page.PREPARE).start_call()
    live = controller.page(Page.LIVE)
    live.view.set_note_text("a note")
    live.view.noteSubmitted.emit()
    for kind in ReactionKind:
        live.add_reaction(kind)
    live.tick(live.checklist.item_ids()[0], True)
    live.add_next_step()
    live.steps.dialog.what.setText("a step")
    live.steps.dialog.accept()
    controller.compact_action.trigger()
    controller.compact_action.trigger()
    live.view.repaint()
    live.end_call()
    wrapup = controller.page(Page.WRAPUP).view
    wrapup.set_follow_up(FollowUp(what_happened="done"), wrapup.check_in_day())  # typed
    wrapup.edited.emit()
    controller.navigator.home()
    window.close()
    window.deleteLater()  # as run_window() does: children first, before Python lets go
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    del window, controller, view, live, wrapup
    gc.collect()
    app.processEvents()
store.close()
print("ok")
"""


def test_window_survives_garbage_collection(tmp_path):
    run_ok(SCRIPT, tmp_path / "t.db")
