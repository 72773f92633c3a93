"""The review screens in the window: History menu, Ctrl+F search, board, client page, banner."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from domain.model import StepStatus
from tests.ui.child_script import run_ok
from tests.ui.conftest import double_click, press, type_text
from tests.ui.names import unnamed_widgets
from tests.ui.review.conftest import add_call, add_note, add_step
from ui.dialogs import done_date as done_dialog
from ui.shell.pages import Page

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def calls(store) -> dict[str, int]:
    """Two ended calls with an overdue step, a follow-up due, and a planted word; made before
    the window opens, as a restart would find them."""
    acme = add_call(store, "Acme", "Release slips", follow_up_on=date.today())
    beta = add_call(store, "Beta Bank", "Outage on Monday")
    add_note(store, acme, "They mentioned the zeppelin budget twice")
    add_step(store, acme, "send the revised plan", date.today() - timedelta(days=3))
    add_step(store, beta, "share the incident log", date.today() + timedelta(days=10))
    return {"acme": acme, "beta": beta}


def banner_of(ui, qtbot):  # noqa: ANN001, ANN201
    return ui.controller.banner.banner


def test_ctrl_f_finds_a_word_and_enter_opens_the_call(calls, ui, qtbot):
    press(qtbot, Qt.Key.Key_F, CTRL)
    panel = ui.controller.search().panel
    assert ui.controller.search().visible
    assert QApplication.focusWidget() is panel.field
    type_text(qtbot, "zeppelin")
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 1, timeout=5000)
    assert panel.model.hit(0).call_id == calls["acme"]
    qtbot.waitUntil(gc.isenabled)  # paused only while the search ran on the worker thread
    press(qtbot, Qt.Key.Key_Return)
    assert ui.window.current_page() == "detail"
    assert ui.page(Page.DETAIL).call_id == calls["acme"]
    assert not ui.controller.search().visible  # opening a result closes the search
    detail = ui.page(Page.DETAIL)
    assert QApplication.focusWidget() is detail.view.notes
    press(qtbot, Qt.Key.Key_F2)  # the planted note is the current one
    detail.note_dialog.text.setPlainText("They mentioned the airship budget twice")
    detail.note_dialog.accept()
    assert [h.call_id for h in ui.store.search.search("airship")] == [calls["acme"]]
    assert ui.store.search.search("zeppelin") == []
    press(qtbot, Qt.Key.Key_F, CTRL)  # Ctrl+F brings the search back, and searches again
    assert ui.controller.search().visible and panel.field.text() == "zeppelin"
    qtbot.waitUntil(lambda: not panel.searching and panel.model.rowCount() == 0, timeout=5000)
    press(qtbot, Qt.Key.Key_Escape)
    assert not ui.controller.search().visible


def test_history_lists_the_calls_and_double_click_opens_the_detail(calls, ui, qtbot):
    press(qtbot, Qt.Key.Key_H, CTRL)
    assert ui.window.current_page() == "history"
    history = ui.page(Page.HISTORY).view
    assert history.model.rowCount() == 2
    row = history.model.row_of(calls["beta"])
    double_click(qtbot, history.table, history.model.index(row, 2))
    assert ui.window.current_page() == "detail"
    detail = ui.page(Page.DETAIL)
    assert detail.call_id == calls["beta"]
    qtbot.mouseClick(detail.view.back_button, Qt.MouseButton.LeftButton)
    assert ui.window.current_page() == "history"


def test_client_page_from_the_history_and_from_the_detail(calls, ui, qtbot):
    ui.nav.show(Page.HISTORY)
    history = ui.page(Page.HISTORY).view
    history.select_call(calls["beta"])
    qtbot.mouseClick(history.client_button, Qt.MouseButton.LeftButton)
    assert ui.window.current_page() == "client"
    assert ui.page(Page.CLIENT).view.client == "Beta Bank"
    ui.nav.open_call(calls["acme"])
    detail = ui.page(Page.DETAIL)
    assert detail.view.call_header()[0] == "Acme"
    qtbot.mouseClick(detail.view.client_button, Qt.MouseButton.LeftButton)
    assert ui.window.current_page() == "client"
    page = ui.page(Page.CLIENT).view
    assert page.client == "Acme" and page.calls_model.rowCount() == 1
    page.calls.setCurrentIndex(page.calls_model.index(0, 0))
    double_click(qtbot, page.calls, page.calls_model.index(0, 2))  # column 1, the client, hidden
    assert ui.window.current_page() == "detail"
    qtbot.mouseClick(detail.view.back_button, Qt.MouseButton.LeftButton)
    assert ui.window.current_page() == "client"


def test_marking_done_on_the_board_lowers_the_banner_count(calls, ui, qtbot, monkeypatch):
    banner = banner_of(ui, qtbot)
    assert banner.isVisible() and banner.overdue == 1
    assert "1 commitment overdue" in banner.headline.text()
    monkeypatch.setattr(done_dialog, "ask_done_date", lambda *_: date.today())
    press(qtbot, Qt.Key.Key_B, CTRL_SHIFT)
    assert ui.window.current_page() == "board"
    board = ui.page(Page.BOARD).view
    assert board.current_commitment().step.what == "send the revised plan"
    press(qtbot, Qt.Key.Key_D, CTRL)
    [step] = [s for s in ui.store.calls.get(calls["acme"]).next_steps]
    assert step.status is StepStatus.DONE
    assert banner.overdue == 0
    assert "overdue" not in banner.headline.text()
    assert banner.isVisible()  # the follow-up due today still shows


def test_banner_shows_board_and_hides_in_compact_mode_and_detail(calls, ui, qtbot):
    banner = banner_of(ui, qtbot)
    assert banner.isVisible() and ui.window.current_page() == "recent"
    qtbot.mouseClick(banner.board_button, Qt.MouseButton.LeftButton)
    assert ui.window.current_page() == "board" and banner.isVisible()
    ui.controller.compact_action.trigger()
    assert not banner.isVisible()
    ui.controller.compact_action.trigger()
    assert banner.isVisible()
    ui.nav.open_call(calls["beta"])
    assert ui.window.current_page() == "detail" and not banner.isVisible()


def test_every_review_widget_is_named(calls, ui, qtbot):
    ui.nav.show(Page.HISTORY)
    ui.nav.show(Page.BOARD)
    ui.nav.show(Page.CLIENT, "Acme")
    ui.nav.open_call(calls["acme"])
    ui.controller.show_search()
    banner_of(ui, qtbot)
    assert unnamed_widgets(ui.window) == []


STARTUP = r"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from storage.store import Store
from ui.app import App as AppController
from ui.shell.main_window import MainWindow
store = Store(Path(sys.argv[1]))
window = MainWindow()
AppController(store, window).start()
for _ in range(3):
    app.processEvents()
lazy = ("PySide6.QtCharts", "ui.pages.history.view", "ui.pages.search.panel",
        "ui.pages.client.view", "ui.pages.board.view", "ui.pages.detail.controller")
print(",".join(m for m in lazy if m in sys.modules))
print("banner" if "ui.shell.banner" in sys.modules else "no banner")
window.close()
store.close()
"""


def test_start_up_builds_no_review_page(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", STARTUP, str(tmp_path / "t.db")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[:2] == ["", "banner"]


TEARDOWN = r"""
import gc, sys
from datetime import date, timedelta
from pathlib import Path
from PySide6.QtCore import QThreadPool
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox
app = QApplication([])
from domain.model import FollowUp
from storage.store import Store
from tests.ui.review.conftest import add_call, add_note, add_step
from ui.app import App as AppController
from ui.shell.main_window import MainWindow
from ui.shell.pages import Page

QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
store = Store(Path(sys.argv[1]))
call = add_call(store, "Acme", "Release slips", follow_up_on=date.today())
add_note(store, call, "the zeppelin budget")
add_step(store, call, "send the plan", date.today() - timedelta(days=1))
for _ in range(2):
    window = MainWindow()
    controller = AppController(store, window)
    controller.start()
    app.processEvents()
    controller.navigator.show(Page.HISTORY)
    controller.navigator.show(Page.BOARD)
    controller.navigator.show(Page.CLIENT, "Acme")
    controller.navigator.open_call(call)
    detail = controller.page(Page.DETAIL)
    detail.view.set_follow_up(FollowUp(what_happened="typed"))  # typed
    detail.view.edited.emit()
    detail.edit_note()
    detail.note_dialog.accept()
    controller.show_search()
    controller.search().panel.field.setText("zeppelin")
    controller.search().panel.run_search()  # closed while its search may still be running
    window.close()
    window.deleteLater()  # as run_window() does: children first, before Python lets go
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()
    del window, controller, detail
    gc.collect()
    app.processEvents()
store.close()
print("ok")
"""


def test_window_with_every_review_page_survives_garbage_collection(tmp_path):
    run_ok(TEARDOWN, tmp_path / "t.db")


def test_a_past_call_opened_during_a_live_call_leads_back_to_it(calls, ui, qtbot):
    from tests.ui.test_live import live_call

    live_id = live_call(ui.store)
    ui.nav.open_call(live_id)
    assert ui.window.current_page() == "live"
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(qtbot, "zeppelin")
    panel = ui.controller.search().panel
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 1, timeout=5000)
    press(qtbot, Qt.Key.Key_Return)
    detail = ui.page(Page.DETAIL)
    assert ui.window.current_page() == "detail" and detail.call_id == calls["acme"]
    qtbot.mouseClick(detail.view.back_button, Qt.MouseButton.LeftButton)
    assert ui.window.current_page() == "live"
    assert ui.page(Page.LIVE).call_id == live_id


def test_the_banner_recounts_when_another_page_comes_up(calls, ui, qtbot):
    banner = banner_of(ui, qtbot)
    assert banner.overdue == 1
    add_step(ui.store, calls["beta"], "call the CFO", date.today() - timedelta(days=1))
    ui.nav.show(Page.HISTORY)
    assert banner.overdue == 2 and "2 commitments overdue" in banner.headline.text()
