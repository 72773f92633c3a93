from datetime import UTC, date, datetime, timedelta

import pytest

from domain.model import ReactionKind, StepStatus
from tests.ui.review.conftest import add_call, add_reactions, add_step, unnamed
from ui.models.history import Column
from ui.pages.client.chart import NO_REACTIONS, rolling_mean, trend_window
from ui.pages.client.controller import ClientController
from ui.pages.client.view import NO_PROMISES, ClientPage
from ui.shell.pages import Page

TODAY = date(2026, 3, 20)


def _noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, 0).astimezone()


@pytest.fixture
def page_for(ui, qtbot):
    """The client page of the real window, shown for a client, on the day TODAY."""
    ui.window.resize(1100, 720)
    ui.nav.register(Page.CLIENT, lambda: ClientController(ui.controller.ctx, lambda: TODAY))

    def make(client: str | None) -> ClientPage:
        ui.nav.show(Page.CLIENT, client)
        assert ui.window.current_page() == "client"
        page = ui.page(Page.CLIENT).view
        if client is not None:  # the promise figures are counted on a worker thread
            qtbot.waitUntil(page.promises_shown)
        return page

    return make


def test_promises_kept_on_time_for_crafted_steps(store, page_for):
    call = add_call(store, "Acme", "Release slips")
    due = date(2026, 3, 10)
    add_step(store, call, "on time", due, status=StepStatus.DONE, done_at=_noon(due))
    add_step(store, call, "early", due, status=StepStatus.DONE, done_at=_noon(due - timedelta(3)))
    add_step(store, call, "late", due, status=StepStatus.DONE, done_at=_noon(due + timedelta(2)))
    add_step(store, call, "broken", due)
    add_step(store, call, "not yet due", date(2026, 4, 1))
    add_step(store, call, "theirs", due, owner="client")  # the client's promises are not ours
    other = add_call(store, "Beta", "Elsewhere")
    add_step(store, other, "someone else's", due)
    page = page_for("Acme")
    assert page.percent.text() == "50%"
    assert page.counts.text() == "Kept on time 2 of 4 due; 1 late; 1 broken"
    assert page.open_model.count(page.open_model.horizon_of(page.open_model.index(0, 0))) == 2


def test_no_promises_due_yet(store, page_for):
    call = add_call(store, "Acme", "Release slips")
    add_step(store, call, "next month", date(2026, 4, 15))
    page = page_for("Acme")
    assert page.counts.text() == NO_PROMISES
    assert page.percent.text() == "—"


def test_chart_has_one_point_per_call_with_reactions(store, page_for):
    base = datetime(2026, 1, 5, 10, tzinfo=UTC)
    first = add_call(store, "Acme", "First", started=base)
    second = add_call(store, "Acme", "Second", started=base + timedelta(days=20))
    third = add_call(store, "Acme", "Third", started=base + timedelta(days=40))
    add_call(store, "Acme", "Quiet call", started=base + timedelta(days=50))  # no reactions
    add_reactions(store, first, ReactionKind.ANGRY, ReactionKind.FRUSTRATED, ReactionKind.CALM)
    add_reactions(store, second, ReactionKind.CONCERNED, ReactionKind.RELIEVED)
    add_reactions(store, third, ReactionKind.APPRECIATIVE)
    page = page_for("Acme")
    chart = page.chart
    negative = [chart.negative_points.at(i).y() for i in range(chart.negative_points.count())]
    positive = [chart.positive_points.at(i).y() for i in range(chart.positive_points.count())]
    assert negative == pytest.approx([200 / 3, 50, 0])
    assert positive == pytest.approx([0, 50, 100])
    assert chart.negative.count() == 3 and chart.positive.count() == 3
    assert chart.negative_points.at(0).x() == base.timestamp() * 1000
    assert "1 call without recorded reactions" in chart.caption.text()
    assert chart.stack.currentWidget() is chart.view


def test_calls_table_is_the_history_model_for_the_client(store, ui, page_for, qtbot):
    mine = [add_call(store, "Acme", t) for t in ("One", "Two")]
    add_call(store, "Beta", "Not mine")
    page = page_for("Acme")
    assert page.calls_model.rowCount() == 2
    assert {page.calls_model.call_id(r) for r in range(2)} == set(mine)
    assert page.calls.isColumnHidden(Column.CLIENT)
    assert page.title.text() == "Acme — 2 calls"
    page.calls.setCurrentIndex(page.calls_model.index(0, 0))
    with qtbot.waitSignal(page.open_call, timeout=1000) as blocker:
        page.calls.activated.emit(page.calls_model.index(0, 0))
    assert blocker.args == [page.calls_model.call_id(0)]
    assert ui.page(Page.DETAIL).call_id == page.calls_model.call_id(0)
    assert ui.nav.back() and ui.window.current_page() == "client" and page.client == "Acme"
    page.picker.setCurrentIndex(page.picker.findText("Beta"))
    page.picker.activated.emit(page.picker.currentIndex())
    assert page.client == "Beta" and page.calls_model.rowCount() == 1
    qtbot.waitUntil(page.promises_shown)
    assert page.title.text() == "Beta — 1 call"


def test_without_reactions_or_clients(store, page_for):
    page = page_for(None)
    assert page.title.text() == "No clients yet"
    assert page.chart.stack.currentWidget() is page.chart.empty
    assert page.chart.empty.text() == NO_REACTIONS


def test_open_commitment_double_click_opens_its_call(store, ui, page_for, qtbot):
    call = add_call(store, "Acme", "Release slips")
    add_step(store, call, "send the plan", date(2026, 3, 21))  # Saturday
    page = page_for("Acme")
    group = page.open_model.index(1, 0)  # this week
    index = page.open_model.index(0, 0, group)
    assert index.data() == "send the plan"
    with qtbot.waitSignal(page.open_call, timeout=1000) as blocker:
        page.open_list.activated.emit(index)
    assert blocker.args == [call]
    assert ui.window.current_page() == "detail" and ui.page(Page.DETAIL).call_id == call
    assert unnamed(page) == []


def test_trend_line_averages_recent_calls():
    assert trend_window(5) == 1 and trend_window(24) == 3 and trend_window(50) == 5
    assert trend_window(1600) == 80
    assert rolling_mean([0, 30, 60, 90], 3) == pytest.approx([0, 15, 30, 60])
    assert rolling_mean([10, 20], 1) == [10, 20]


def test_handles_many_calls(store, page_for):
    base = datetime(2024, 1, 1, 10, tzinfo=UTC)
    for n in range(50):
        call = add_call(store, "Acme", f"Call {n}", started=base + timedelta(days=7 * n))
        add_reactions(store, call, ReactionKind.ANGRY if n % 3 else ReactionKind.RELIEVED)
    page = page_for("Acme")
    assert page.chart.negative_points.count() == 50
    assert "average of the last 5 calls" in page.chart.caption.text()
    assert page.chart.x_axis.format() == "MMM yyyy"
    assert page.chart.view.isVisibleTo(page)


def test_a_client_of_many_calls_charts_its_latest(store, page_for, monkeypatch):
    import ui.pages.client.controller as client_controller

    monkeypatch.setattr(client_controller, "LATEST_CALLS", 3)
    base = datetime(2026, 1, 5, 10, tzinfo=UTC)
    for n in range(5):
        call = add_call(store, "Acme", f"Call {n}", started=base + timedelta(days=n))
        add_reactions(store, call, ReactionKind.ANGRY)
    page = page_for("Acme")
    chart = page.chart
    assert chart.negative_points.count() == 3
    assert chart.negative_points.at(0).x() == (base + timedelta(days=2)).timestamp() * 1000
    assert "The latest 3 of 5 calls." in chart.caption.text()
    assert page.title.text() == "Acme — 5 calls"


def test_the_promise_figures_follow_the_page_and_the_client_picked(store, ui, page_for, qtbot):
    call = add_call(store, "Acme", "Release slips")
    add_step(store, call, "broken", date(2026, 3, 10))
    other = add_call(store, "Beta", "Elsewhere")
    add_step(store, other, "kept", date(2026, 3, 10), status=StepStatus.DONE, done_at=_noon(TODAY))
    ui.nav.show(Page.CLIENT, "Acme")
    page = ui.page(Page.CLIENT).view
    assert page.percent.text() == "…" and not page.promises_shown()  # counted on a worker
    assert page.title.text() == "Acme — 1 call"  # the rest of the page is there already
    page.picker.setCurrentIndex(page.picker.findText("Beta"))
    page.picker.activated.emit(page.picker.currentIndex())  # before Acme's figures arrive
    qtbot.waitUntil(page.promises_shown)
    qtbot.wait(50)  # Acme's late figures, if any, are dropped
    assert page.client == "Beta" and page.percent.text() == "0%"
    assert page.counts.text() == "Kept on time 0 of 1 due; 1 late; 0 broken"
