"""A window that exported, reviewed tone and edited the profile survives being dropped
and garbage-collected (PySide crashes on some Qt object graphs; run in a child process)."""

from __future__ import annotations

from tests.ui.child_script import run_ok

SCRIPT = r"""
import gc, sys
from pathlib import Path
from dataclasses import replace
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
app = QApplication([])
from domain.model import Profile
from storage.store import Store
from tests.ui.test_export import sample_call
from ui.app import App as AppController
from ui.shell.main_window import MainWindow
from ui.shell.pages import Page

folder = Path(sys.argv[1]).parent
QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
QMessageBox.warning = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
QDesktopServices.openUrl = staticmethod(lambda *a: True)
store = Store(Path(sys.argv[1]))
store.settings.save_profile(Profile(name="Dana"))
call_id = sample_call(store)
for round_ in range(2):
    target = folder / f"out{round_}.docx"
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(target), ""))
    window = MainWindow()
    controller = AppController(store, window)
    controller.start()
    app.processEvents()
    controller.navigator.show(Page.WRAPUP, call_id)
    view = controller.page(Page.WRAPUP).view
    typed = replace(view.follow_up(), what_we_do="We will try to fix it asap.")
    view.set_follow_up(typed, view.check_in_day())
    view.edited.emit()
    tone = controller.page(Page.WRAPUP).tone
    tone.refresh()
    while tone.busy:
        app.processEvents()
    view.show_side_panel(tone.tab)
    tone.jump(0)
    controller.export.export_letter()
    controller.export.export_record()
    controller.page(Page.WRAPUP).view.request_export_menu()
    controller.window.menu("&Export").close()
    controller.navigator.show(Page.HISTORY)  # the other pages too: a crash needs the whole graph
    controller.navigator.open_call(call_id)  # the detail page exports through the same one
    controller.export.export_markdown()
    dialog = controller.export.edit_profile()
    dialog.reject()
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()
    assert target.exists()
    window.close()
    app.processEvents()
    del window, controller, view, tone, dialog
    gc.collect()
    app.processEvents()
store.close()
print("ok")
"""


def test_window_that_exported_survives_garbage_collection(tmp_path):
    run_ok(SCRIPT, tmp_path / "t.db")
