"""The history model reads a page at a time: the same rows, in the same order, as the
in-memory model it replaced; scrolling fetches the rest; a new call shows while open."""

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from domain.history import HistoryFilter
from domain.model import CallStatus
from tests.ui.review.conftest import add_call, add_step
from ui.models.history import Column, HistoryModel, sort_key
from ui.shell.pages import Page

BASE = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
CLIENTS = ("Acme", "beta", "Cobalt", "delta")
SCENARIOS = ("generic", "outage", "budget_overrun", "delivery_delay", "my_own_playbook")


@pytest.fixture
def many(store):
    """37 calls: four clients, five scenarios (one of the user's own), every status, ties
    in start time, follow-ups, letters sent and owed, 0..3 open steps."""
    ids = []
    for n in range(37):
        started = None if n % 9 == 4 else BASE + timedelta(hours=12 * (n // 2))  # pairs tie
        call = add_call(
            store,
            CLIENTS[n % 4],
            f"{'ABCDEFGH'[n % 8]} call {n:02d}",
            started=started,
            scenario=SCENARIOS[n % 5],
            ended=n % 7 != 3,
            follow_up_on=date(2026, 2, 1) + timedelta(days=n % 6) if n % 3 == 0 else None,
            letter_sent=n % 4 != 1,
        )
        for i in range(n % 4):
            add_step(store, call, f"step {i}", None)
        ids.append(call)
    return ids


def old_order(store, column: Column, order: Qt.SortOrder, client: str | None = None):
    """The order the in-memory model gave: newest first, then a stable sort by the key."""
    rows = store.calls.summaries(client=client)
    descending = order == Qt.SortOrder.DescendingOrder
    if column is Column.DATE:
        return [s.id for s in (rows if descending else rows[::-1])]
    return [s.id for s in sorted(rows, key=lambda s: sort_key(s, column), reverse=descending)]


def listed(model: HistoryModel) -> list[int]:
    model.fetch_all()
    return [model.call_id(r) for r in range(model.rowCount())]


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
@pytest.mark.parametrize("column", list(Column))
def test_every_sort_gives_the_rows_the_in_memory_model_gave(store, many, column, order):
    model = HistoryModel(page_size=5)
    model.set_source(store.history)
    model.sort(column, order)
    assert listed(model) == old_order(store, column, order)
    assert [model.summary(r) for r in range(model.rowCount())] == [
        store.calls.summary(i) for i in listed(model)
    ]  # each row whole: its open steps, letter and follow-up as the store reads them


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_scenarios_are_named_and_sorted_by_their_playbooks_names(store, many, order):
    """The user's own scenario reads as its playbook's name, not its id humanised, and the
    store sorts by the names shown (a renamed copy of a shipped one too)."""
    names = {"generic": "Generic", "outage": "Zulu (ours)", "my_own_playbook": "Aardvark plan"}
    model = HistoryModel(page_size=5)
    model.set_scenario_names(names)
    model.set_source(store.history)
    model.sort(Column.SCENARIO, order)
    rows = store.calls.summaries()
    descending = order == Qt.SortOrder.DescendingOrder
    expected = sorted(rows, key=lambda s: sort_key(s, Column.SCENARIO, names), reverse=descending)
    assert listed(model) == [s.id for s in expected]
    shown = {model.summary(r).scenario: model.index(r, Column.SCENARIO).data() for r in range(5)}
    first = "Aardvark plan" if not descending else "Zulu (ours)"
    assert model.index(0, Column.SCENARIO).data() == first
    assert shown.get("my_own_playbook", "Aardvark plan") == "Aardvark plan"
    assert shown.get("budget_overrun", "Budget overrun") == "Budget overrun"  # not in names


def test_scrolling_fetches_a_page_at_a_time_until_the_end(store, many):
    model = HistoryModel(page_size=10)
    model.set_source(store.history)
    assert model.rowCount() == 10 and model.match_count == 37 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 20
    model.fetch_all()
    assert model.rowCount() == 37 and not model.canFetchMore()
    assert len(set(listed(model))) == 37


def test_filters_are_counted_and_paged_by_the_store(store, many):
    model = HistoryModel(page_size=4)
    model.set_source(store.history)
    model.sort(Column.SUBJECT, Qt.SortOrder.AscendingOrder)
    for chosen, keep in (
        (HistoryFilter(client="beta"), lambda s: s.client == "beta"),
        (HistoryFilter(scenario="outage"), lambda s: s.scenario == "outage"),
        (HistoryFilter(status=CallStatus.LIVE), lambda s: s.status is CallStatus.LIVE),
        (
            HistoryFilter(client="Acme", status=CallStatus.ENDED),
            lambda s: s.client == "Acme" and s.status is CallStatus.ENDED,
        ),
    ):
        model.set_filter(chosen)
        expected = [i for i in old_order(store, Column.SUBJECT, Qt.SortOrder.AscendingOrder)]
        expected = [i for i in expected if keep(store.calls.summary(i))]
        assert model.match_count == len(expected) and model.total_count == 37
        assert listed(model) == expected


def test_a_date_range_is_local_days_inclusive(store, many):
    model = HistoryModel()
    model.set_source(store.history)
    day = (BASE + timedelta(days=3)).astimezone().date()
    model.set_filter(HistoryFilter(since=day, until=day + timedelta(days=1)))
    shown = [store.calls.summary(i) for i in listed(model)]
    assert shown and all(
        day <= (s.started_at or s.created_at).astimezone().date() <= day + timedelta(days=1)
        for s in shown
    )
    outside = [s for s in store.calls.summaries() if s.id not in {x.id for x in shown}]
    assert all(
        not day <= (s.started_at or s.created_at).astimezone().date() <= day + timedelta(days=1)
        for s in outside
    )


def test_selecting_a_call_not_fetched_yet_fetches_up_to_it(store, many):
    model = HistoryModel(page_size=5)
    model.set_source(store.history)
    oldest = old_order(store, Column.DATE, Qt.SortOrder.AscendingOrder)[0]
    assert model.row_of(oldest) is None
    row = model.reveal(oldest)
    assert row == 36 and model.call_id(row) == oldest
    model.set_filter(HistoryFilter(client="Cobalt"))
    assert model.reveal(many[0]) is None  # an Acme call: the filter hides it


def test_the_client_page_list_keeps_its_client(store, many):
    model = HistoryModel(page_size=3)
    model.set_source(store.history, HistoryFilter(client="Cobalt"))
    assert model.total_count == model.match_count == 9
    model.set_filter(HistoryFilter(client="Acme"))  # the base wins: still Cobalt's calls
    assert listed(model) == old_order(store, Column.DATE, Qt.SortOrder.DescendingOrder, "Cobalt")


def test_a_call_added_while_history_shows_appears(store, ui, qtbot):
    add_call(store, "Acme", "First")
    ui.nav.show(Page.HISTORY)
    view = ui.page(Page.HISTORY).view
    assert view.count_text() == "1 call"
    call = add_call(store, "Beta", "Added meanwhile", started=datetime.now(UTC))
    ui.controller.ctx.events.callAdded.emit(call)
    assert view.shown_call_ids()[0] == call and view.count_text() == "2 calls"
    assert view.client_choices() == ["All clients", "Acme", "Beta"]
    store.calls.mark_letter_sent(call, None)  # the letter marked not sent: History follows
    ui.controller.ctx.events.lettersChanged.emit()
    assert view.cells_of(call)[Column.LETTER] == "Not sent"


def test_the_window_sorts_off_the_ui_thread_and_scrolls_by_id(store, many, ui, qtbot, monkeypatch):
    import ui.models.history as history_model

    monkeypatch.setattr(history_model, "PAGE_SIZE", 5)  # so that scrolling fetches by id
    ui.nav.show(Page.HISTORY)
    view = ui.page(Page.HISTORY).view
    newest_first = view.shown_call_ids()
    view.sort_by(Column.OPEN, Qt.SortOrder.DescendingOrder)
    assert view.sorting()  # read on a worker thread: the rows shown are still the old ones
    assert view.fetched_call_ids() == newest_first
    qtbot.waitUntil(lambda: not view.sorting())
    assert len(view.fetched_call_ids()) < 37  # what the table shows, a page at a time
    assert view.shown_call_ids() == old_order(store, Column.OPEN, Qt.SortOrder.DescendingOrder)
    view.choose_client("beta")  # a filter under that sort: read off the thread again
    qtbot.waitUntil(lambda: not view.sorting())
    assert view.shown_call_ids() == old_order(
        store, Column.OPEN, Qt.SortOrder.DescendingOrder, "beta"
    )
    assert view.count_text() == "9 of 37 calls"
