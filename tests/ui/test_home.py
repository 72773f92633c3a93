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
    assert home.model.rowCount() == ui.store.calls.count() > 0
