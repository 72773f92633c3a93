"""The board and the client page count and page their commitments in SQL: the same
groups as the domain's rule, fetched a page at a time; the promise figures by SQL equal
the domain's count over the steps."""

from datetime import UTC, date, datetime, timedelta

import pytest

from domain.commitments import Horizon, group_by_horizon
from domain.model import StepStatus
from domain.trust import promise_record
from tests.ui.review.conftest import add_call, add_step
from ui.models.commitments import BoardModel

TODAY = date(2026, 3, 18)  # a Wednesday


@pytest.fixture
def spread(store):
    """60 steps on two clients' calls: due from 30 days back to 30 ahead, some undated,
    some the client's (one typed ' Client '), some done or dropped."""
    calls = [add_call(store, "Acme", "One"), add_call(store, "Beta", "Two")]
    owners = ("us", "client", "Marta", " Client ")
    for n in range(60):
        due = None if n % 7 == 0 else TODAY + timedelta(days=n - 30)
        status = StepStatus.DONE if n % 3 == 0 else StepStatus.DROPPED if n % 11 == 0 else None
        status = status or StepStatus.OPEN
        on = due or TODAY  # done days early, on the day (23:30 UTC) or a day late
        done = datetime(on.year, on.month, on.day, 23, 30, tzinfo=UTC)
        done += timedelta(days=(n // 12) % 4 - 2)
        add_step(
            store,
            calls[n % 2],
            f"step {n:02d}",
            due,
            owners[(n // 2) % 4],
            status,
            done if status is StepStatus.DONE else None,
        )
    return calls


def _groups(model: BoardModel) -> dict[Horizon, list[int]]:
    found = {}
    for horizon in Horizon:
        group = model.group_index(horizon)
        while model.can_fetch_more(group):
            model.fetch_more(group)
        found[horizon] = [
            model.commitment(model.index(r, 0, group)).step.id for r in range(model.rowCount(group))
        ]
    return found


@pytest.mark.parametrize("ours", [None, True, False])
@pytest.mark.parametrize("client", [None, "Beta"])
def test_groups_fetched_page_by_page_equal_the_domain_rule(store, spread, ours, client):
    model = BoardModel(lambda: TODAY, page_size=4)
    model.set_source(store.reports, client)
    model.set_owner_filter(ours)
    assert all(model.rowCount(model.group_index(h)) <= 4 for h in Horizon)
    expected = group_by_horizon(store.reports.open_commitments(client), TODAY, ours)
    assert {h: model.count(h) for h in Horizon} == {h: len(v) for h, v in expected.items()}
    assert _groups(model) == {h: [c.step.id for c in v] for h, v in expected.items()}
    assert sum(model.count(h) for h in Horizon) > 0


def test_a_refresh_keeps_the_rows_fetched(store, spread):
    model = BoardModel(lambda: TODAY, page_size=3)
    model.set_source(store.reports)
    group = model.group_index(Horizon.OVERDUE)
    model.fetch_more(group)
    assert model.rowCount(group) == 6
    first = model.commitment(model.index(0, 0, group))
    store.entries.set_step_status(first.step.id, StepStatus.DONE, datetime.now(UTC))
    model.refresh()
    group = model.group_index(Horizon.OVERDUE)
    assert model.rowCount(group) == 6 and model.count(Horizon.OVERDUE) > 6
    assert first.step.id not in [
        model.commitment(model.index(r, 0, group)).step.id for r in range(6)
    ]


@pytest.mark.parametrize("client", ["Acme", "Beta", "Nobody"])
def test_promise_figures_by_sql_equal_the_domain_count(store, spread, client):
    steps = store.reports.client_steps(client) if client != "Nobody" else []
    assert store.reports.client_promise_record(client, TODAY) == promise_record(steps, TODAY)


def test_the_crafted_steps_give_every_kind_of_promise(store, spread):
    record = store.reports.client_promise_record("Acme", TODAY)
    assert record.kept_on_time and record.kept_late and record.broken  # the test above bites


def test_scrolling_a_group_to_its_end_fetches_its_next_page(store, spread, qtbot):
    from PySide6.QtWidgets import QTreeView

    from ui.widgets.group_fetch import fetch_as_scrolled

    model = BoardModel(lambda: TODAY, page_size=4)
    tree = QTreeView()
    qtbot.addWidget(tree)
    tree.setModel(model)
    fetch_as_scrolled(tree)
    tree.resize(400, 120)  # a few rows in view
    tree.show()
    qtbot.waitExposed(tree)
    model.set_source(store.reports)
    for row in range(3):
        tree.expand(model.index(row, 0))
    overdue = model.group_index(Horizon.OVERDUE)
    assert model.rowCount(overdue) == 4 < model.count(Horizon.OVERDUE)  # Qt fetched nothing
    tree.scrollTo(model.index(3, 0, overdue))  # its last row fetched in view (or scrolled to)
    qtbot.waitUntil(lambda: model.rowCount(overdue) == 8)
    later = model.group_index(Horizon.LATER)
    assert model.rowCount(later) == 4  # a group out of view keeps its first page
