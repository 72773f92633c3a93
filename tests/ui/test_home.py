"""Home: the welcome page on an empty database, recent calls otherwise, sample data."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtCore import Qt

from domain.model import Call, Client
from tests.ui.conftest import double_click
from ui.shell.pages import Page

HAS_DEMO = importlib.util.find_spec("storage.demo_writer") is not None


def test_welcome_on_empty_database(ui):
    home = ui.page(Page.WELCOME)
    assert ui.window.current_page() == "welcome"
    assert home.welcome.start_button.isVisible() and home.welcome.sample_button.isVisible()
    assert "Ctrl+N" in home.welcome.start_button.text()
    assert "bad news" in home.welcome.findChild(type(home.welcome.status), "bodyText").text()


def test_start_button_opens_prepare(ui, qtbot):
    qtbot.mouseClick(ui.page(Page.WELCOME).welcome.start_button, Qt.MouseButton.LeftButton)
    assert ui.window.current_page() == "prepare"


def test_recent_calls_when_calls_exist(store, open_ui):
    for title in ("First", "Second"):
        store.calls.create(Call(client=Client("Acme"), title=title))
    opened = open_ui()
    assert opened.window.current_page() == "recent"
    model = opened.page(Page.RECENT).model
    assert model.rowCount() == 2
    assert model.index(0, 2).data() == "Second"  # newest first


def test_double_click_opens_an_ended_call_in_its_detail_page(store, qtbot, open_ui):
    call = store.calls.create(Call(client=Client("Acme"), title="Outage"))
    store.calls.start(call.id)
    store.calls.end(call.id)
    opened = open_ui()
    table = opened.page(Page.RECENT).recent.table
    double_click(qtbot, table, table.model().index(0, 1))
    assert opened.window.current_page() == "detail"
    detail = opened.page(Page.DETAIL)
    assert detail.call_id == call.id
    assert not detail.view.is_read_only()


@pytest.mark.skipif(not HAS_DEMO, reason="storage/demo_writer.py (write_demo) not present yet")
def test_sample_data_loads_off_the_ui_thread(ui, qtbot):
    home = ui.page(Page.WELCOME)
    qtbot.mouseClick(home.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert not home.welcome.sample_button.isEnabled()  # busy while the worker writes
    qtbot.waitUntil(lambda: ui.window.current_page() == "recent", timeout=20000)
    count = ui.store.calls.count()  # the rows in sight first, the rest a turn later
    qtbot.waitUntil(lambda: home.model.rowCount() == count > 0, timeout=5000)


def test_the_real_start_paints_the_recent_calls_first_then_builds_the_rest(store, qtbot, answers):
    """run_window's start: the first frame shows the recent calls; the menus' entries,
    the banner, the services, the resume offer and the upkeep come in the turns after."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from tests.ui.test_resume import other_live_call
    from ui.app import App
    from ui.shell.main_window import MainWindow

    store.calls.create(Call(client=Client("Acme"), title="Outage"))
    other_live_call(store, "Beta", 5)
    window = MainWindow()
    app = App(store, window)
    app.start(first_frame_first=True)
    assert window.current_page() == "recent"
    assert not app.started and not app.actions and answers.asked == []
    assert not hasattr(app, "banner") and not hasattr(app, "maintenance")
    qtbot.waitUntil(lambda: app.started, timeout=10_000)
    assert "actionQuit" in window.actions_by_name and app.actions["actionNewCall"]
    assert app.maintenance.timer.isActive()  # checkpoints; the day's backup timer too
    assert len(answers.asked) == 1 and "Resume it?" in answers.asked[0]
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


MORE_THAN_IN_SIGHT = 80  # rows: more than a test window shows (25 at 720 px), under 200


def _calls(store, count: int) -> list[int]:  # noqa: ANN001
    return [
        store.calls.create(Call(client=Client("Acme"), title=f"Call {i}")).id for i in range(count)
    ]


def test_the_first_rows_come_first_and_the_rest_follow(store, open_ui, qtbot):
    """The first frame waits for the rows a window shows; the rest of the recent calls
    follow a turn of the event loop later, below them, the keyboard still on the first."""
    from ui.pages.home.controller import FIRST_ROWS

    ids = _calls(store, MORE_THAN_IN_SIGHT)
    opened = open_ui()
    home = opened.page(Page.RECENT)
    qtbot.waitUntil(lambda: home.model.rowCount() == MORE_THAN_IN_SIGHT, timeout=5000)
    opened.nav.show(Page.RECENT)  # shown again: the rows in sight now, the rest later
    in_sight = home.recent.rows_in_sight()
    assert home.model.rowCount() == max(FIRST_ROWS, in_sight) < MORE_THAN_IN_SIGHT
    assert home.recent.window().height() < in_sight * home.recent.table.rowHeight(0)
    qtbot.waitUntil(lambda: home.model.rowCount() == MORE_THAN_IN_SIGHT, timeout=5000)
    assert home.model.ids() == ids[::-1]  # newest first, none twice
    assert home.recent.table.currentIndex().row() == 0


def test_a_call_made_before_the_rest_arrives_is_listed_once(store, open_ui, qtbot):
    _calls(store, MORE_THAN_IN_SIGHT)
    opened = open_ui()
    home = opened.page(Page.RECENT)
    home.load(Page.RECENT, None)  # shown again: only the latest load adds its rest
    newest = store.calls.create(Call(client=Client("Beta"), title="Just now")).id
    qtbot.waitUntil(lambda: home.model.rowCount() == MORE_THAN_IN_SIGHT + 1, timeout=5000)
    qtbot.wait(50)
    ids = home.model.ids()
    assert ids[0] == newest and len(ids) == len(set(ids)) == MORE_THAN_IN_SIGHT + 1
