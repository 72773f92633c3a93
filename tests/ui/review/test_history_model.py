from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QSortFilterProxyModel, Qt

from domain.model import CallStatus
from tests.ui.review.conftest import add_call, add_step
from ui.models.history import SORT_ROLE, Column, HistoryFilter, HistoryModel


def _calls(store):
    """Four calls over four days, with 0..3 open steps, two clients, three scenarios."""
    base = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    ids = {
        "a": add_call(store, "Acme", "Release slips", started=base, scenario="delivery_delay"),
        "b": add_call(
            store,
            "Beta",
            "Budget overrun",
            started=base + timedelta(days=1),
            scenario="budget_overrun",
            follow_up_on=date(2026, 3, 20),
        ),
        "c": add_call(store, "Acme", "Outage", started=base + timedelta(days=2), scenario="outage"),
        "d": add_call(store, "Beta", "Plan", started=None, scenario="outage"),
    }
    for n, key in enumerate(("c", "a", "b")):
        for i in range(n + 1):
            add_step(store, ids[key], f"step {i}", date(2026, 4, 1))
    return ids


def _model(store, client: str | None = None, page_size: int = 200) -> HistoryModel:
    """The model reading the store's history, as the history and client pages give it."""
    model = HistoryModel(today=lambda: date(2026, 3, 10), page_size=page_size)
    model.set_source(store.history, HistoryFilter(client=client))
    return model


def _column(model: HistoryModel, column: Column) -> list:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_rows_newest_first_and_cells(store):
    ids = _calls(store)
    model = _model(store)
    assert model.rowCount() == 4 and model.columnCount() == len(Column)
    assert model.call_id(0) == ids["d"]  # prepared now: listed under its creation time
    assert [model.call_id(r) for r in range(1, 4)] == [ids["c"], ids["b"], ids["a"]]
    row_b = model.row_of(ids["b"])
    cells = {c: model.index(row_b, c).data() for c in Column}
    started = datetime(2026, 3, 3, 10, 0, tzinfo=UTC).astimezone()
    assert cells[Column.DATE] == started.strftime("%Y-%m-%d %H:%M")
    assert cells[Column.CLIENT] == "Beta"
    assert cells[Column.SCENARIO] == "Budget overrun"
    assert cells[Column.STATUS] == "Ended"
    assert cells[Column.OPEN] == "3"
    assert cells[Column.FOLLOW_UP] == "20 Mar 2026"  # as every screen words a day
    assert model.headerData(Column.OPEN, Qt.Orientation.Horizontal) == "Open commitments"


def test_sort_by_date_both_ways(store):
    ids = _calls(store)
    model = _model(store)
    model.sort(Column.DATE, Qt.SortOrder.AscendingOrder)
    assert [model.call_id(r) for r in range(4)] == [ids["a"], ids["b"], ids["c"], ids["d"]]
    model.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
    assert [model.call_id(r) for r in range(4)] == [ids["d"], ids["c"], ids["b"], ids["a"]]


def test_sort_by_open_commitments_uses_the_number_not_the_text(store):
    ids = _calls(store)
    for i in range(8):  # 10 open steps on "a": as text "10" < "3", as a number it is the most
        add_step(store, ids["a"], f"extra {i}", None)
    model = _model(store)
    model.sort(Column.OPEN, Qt.SortOrder.DescendingOrder)
    assert _column(model, Column.OPEN) == ["10", "3", "1", "0"]
    model.sort(Column.OPEN, Qt.SortOrder.AscendingOrder)
    assert _column(model, Column.OPEN) == ["0", "1", "3", "10"]


def test_a_proxy_with_the_sort_role_sorts_the_same_way(store, qtbot):
    _calls(store)
    model = _model(store)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    for column in (Column.DATE, Column.OPEN, Column.FOLLOW_UP, Column.CLIENT):
        proxy.sort(column, Qt.SortOrder.AscendingOrder)
        model.sort(column, Qt.SortOrder.AscendingOrder)
        keys = [proxy.index(r, column).data(SORT_ROLE) for r in range(proxy.rowCount())]
        assert keys == [model.index(r, column).data(SORT_ROLE) for r in range(4)]


def test_each_filter(store):
    ids = _calls(store)
    model = _model(store)
    model.set_filter(HistoryFilter(client="Acme"))
    assert {model.call_id(r) for r in range(model.rowCount())} == {ids["a"], ids["c"]}
    model.set_filter(HistoryFilter(scenario="outage"))
    assert {model.call_id(r) for r in range(model.rowCount())} == {ids["c"], ids["d"]}
    model.set_filter(HistoryFilter(status=CallStatus.PREPARED))
    assert [model.call_id(r) for r in range(model.rowCount())] == [ids["d"]]
    local_day = datetime(2026, 3, 3, 10, 0, tzinfo=UTC).astimezone().date()
    model.set_filter(HistoryFilter(since=local_day, until=local_day))
    assert [model.call_id(r) for r in range(model.rowCount())] == [ids["b"]]
    model.set_filter(HistoryFilter(client="Acme", scenario="outage"))
    assert [model.call_id(r) for r in range(model.rowCount())] == [ids["c"]]
    model.set_filter(HistoryFilter(client="Nobody"))
    assert model.rowCount() == 0 and model.total_count == 4
    model.set_filter(HistoryFilter())
    assert model.rowCount() == 4


def test_sort_survives_filter_and_refresh(store):
    ids = _calls(store)
    model = _model(store)
    model.sort(Column.OPEN, Qt.SortOrder.DescendingOrder)
    model.set_filter(HistoryFilter(client="Acme"))
    assert [model.call_id(r) for r in range(model.rowCount())] == [ids["a"], ids["c"]]
    add_step(store, ids["c"], "more", None)
    add_step(store, ids["c"], "and more", None)
    model.refresh()
    assert [model.call_id(r) for r in range(model.rowCount())] == [ids["c"], ids["a"]]


def test_restricted_to_one_client(store):
    ids = _calls(store)
    model = _model(store, client="Beta")
    assert {model.call_id(r) for r in range(model.rowCount())} == {ids["b"], ids["d"]}
    model.set_source(store.history, HistoryFilter(client="Acme"))
    assert {model.call_id(r) for r in range(model.rowCount())} == {ids["a"], ids["c"]}
    assert model.total_count == 2


def test_follow_up_cell_says_when_checked_in(store):
    ids = _calls(store)
    store.reports.mark_follow_up_done(ids["b"])
    model = _model(store)
    index = model.index(model.row_of(ids["b"]), Column.FOLLOW_UP)
    assert index.data().endswith("✓")
    assert "Checked in on" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_the_letter_column_says_sent_or_not_and_sorts_unsent_first(store):
    from ui.models.history import NOT_SENT

    sent = add_call(store, "Acme", "Sent")
    unsent = add_call(store, "Beta", "Unsent", letter_sent=False)
    prepared = add_call(store, "Gamma", "Not held", started=None)
    model = _model(store)
    cells = {
        model.summary(r).id: model.index(r, Column.LETTER).data() for r in range(model.rowCount())
    }
    assert cells[sent].startswith("Sent ") and cells[unsent] == NOT_SENT and cells[prepared] == ""
    assert model.headerData(Column.LETTER, Qt.Orientation.Horizontal) == "Letter"
    model.sort(Column.LETTER, Qt.SortOrder.AscendingOrder)
    assert model.summary(0).id == unsent
