from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.review.conftest import add_call, unnamed
from ui.models.history import Column
from ui.pages.history.view import NO_CALLS_HINT, NO_MATCH_HINT
from ui.shell.pages import Page


@pytest.fixture
def history(ui, qtbot):
    """The History page of the real window (its controller); `refresh()` reads the store."""
    ui.window.resize(1100, 720)
    ui.nav.show(Page.HISTORY)
    qtbot.waitExposed(ui.page(Page.HISTORY).view)
    return ui.page(Page.HISTORY)


@pytest.fixture
def view(history):
    return history.view


def _fill(store) -> list[int]:
    base = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    return [
        add_call(store, client, title, started=base + timedelta(days=n), scenario=scenario)
        for n, (client, title, scenario) in enumerate(
            [
                ("Acme", "Release slips", "delivery_delay"),
                ("Beta", "Invoice run failed", "outage"),
                ("Acme", "Budget", "budget_overrun"),
            ]
        )
    ]


def test_empty_database_shows_the_hint(history, view):
    history.refresh()
    assert view.showing() == "no calls"
    assert view.empty_hint() == NO_CALLS_HINT
    assert not view.filters_enabled()


def test_table_with_calls_and_client_filter(store, history, view):
    ids = _fill(store)
    history.refresh()
    assert view.showing() == "calls" and view.empty_hint() == ""
    assert view.client_choices() == ["All clients", "Acme", "Beta"]
    view.choose_client("Beta")
    assert view.shown_call_ids() == [ids[1]]
    assert view.count_text() == "1 of 3 calls"
    view.choose_scenario("delivery_delay")
    assert view.showing() == "no match" and view.empty_hint() == NO_MATCH_HINT
    view.clear_filters()
    assert sorted(view.shown_call_ids()) == sorted(ids) and view.showing() == "calls"


def test_date_range_filter_only_when_switched_on(store, history, view):
    _fill(store)
    history.refresh()
    day = datetime(2026, 3, 3, 10, 0, tzinfo=UTC).astimezone().date()
    view.set_date_range(day, day)
    assert len(view.shown_call_ids()) == 1
    view.use_date_range(False)
    assert len(view.shown_call_ids()) == 3


def test_enter_and_double_click_open_the_call(store, ui, history, view, qtbot):
    ids = _fill(store)
    history.refresh()
    view.focus_calls()
    view.select_call(ids[1])
    with qtbot.waitSignal(view.open_call, timeout=1000) as blocker:
        QTest.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [ids[1]]
    assert ui.window.current_page() == "detail" and ui.page(Page.DETAIL).call_id == ids[1]
    assert ui.nav.back() and ui.window.current_page() == "history"
    assert view.selected_call_id() == ids[1]  # Back selects the call again
    rect = view.table.visualRect(view.model.index(view.model.row_of(ids[0]), Column.SUBJECT))
    viewport = view.table.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # the press a
    with qtbot.waitSignal(view.open_call, timeout=1000) as blocker:  # double-click follows
        QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [ids[0]]
    assert ui.window.current_page() == "detail" and ui.page(Page.DETAIL).call_id == ids[0]


def test_client_overview_button(store, ui, history, view, qtbot):
    ids = _fill(store)
    history.refresh()
    assert not view.client_overview_offered()
    view.select_call(ids[1])
    assert view.client_overview_offered()
    with qtbot.waitSignal(view.open_client) as blocker:
        view.request_client_overview()
    assert blocker.args == ["Beta"]
    assert ui.window.current_page() == "client" and ui.page(Page.CLIENT).view.client == "Beta"


def test_header_click_sorts_and_selection_survives_refresh(store, history, view, qtbot):
    ids = _fill(store)
    history.refresh()
    view.sort_by(Column.CLIENT, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not view.sorting())  # the order is read on a worker thread
    client_of = dict(zip(ids, ["Acme", "Beta", "Acme"], strict=True))
    assert [client_of[i] for i in view.shown_call_ids()] == ["Acme", "Acme", "Beta"]
    view.select_call(ids[1])
    add_call(store, "Cobalt", "New one")
    history.refresh()
    qtbot.waitUntil(lambda: not view.sorting())
    assert view.selected_call_id() == ids[1]
    assert len(view.shown_call_ids()) == 4


def test_every_interactive_widget_is_named(store, history, view):
    _fill(store)
    history.refresh()
    assert unnamed(view) == []


def test_no_cell_is_clipped_checked_in_follow_ups_included(store, history, view):
    """The Follow-up column read '2026-03-20  ✓ checked in' in 100 px: clipped."""
    from datetime import date

    from PySide6.QtWidgets import QApplication

    from tests.ui.clipping import clipped_cells
    from ui.style import apply_style

    app = QApplication.instance()
    if not app.styleSheet():  # measured in the font the window really uses
        apply_style(app)
    checked = add_call(store, "Acme", "Release slips", follow_up_on=date(2026, 9, 28))
    add_call(
        store,
        "Beta",
        "Rounding",
        scenario="working_as_designed",
        follow_up_on=date(2026, 12, 23),
    )
    store.reports.mark_follow_up_done(checked)
    history.refresh()
    assert clipped_cells(view.table, skip=(Column.SUBJECT,)) == []
