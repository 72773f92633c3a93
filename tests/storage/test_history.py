"""storage.history: pages by offset, by keyset and whole orders agree; positions; the rows
as the summaries every other list reads."""

from datetime import UTC, datetime, timedelta

import pytest

from domain.history import HistoryFilter, HistoryQuery, HistorySort, summary_of
from domain.model import Call, CallStatus, Client
from storage.history import ordered_ids

BASE = datetime(2026, 2, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def calls(store) -> list[int]:
    """25 calls of three clients, started in pairs at the same moment, some never started."""
    ids = []
    for n in range(25):
        call = store.calls.create(
            Call(client=Client(("Acme", "Beta", "Cobalt")[n % 3]), title=f"Call {n}")
        )
        if n % 6 != 5:
            store.calls.start(call.id, BASE + timedelta(hours=n // 2))
            store.calls.end(call.id, BASE + timedelta(hours=n // 2, minutes=30))
        ids.append(call.id)
    return ids


@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize(
    "chosen",
    [HistoryFilter(), HistoryFilter(client="Beta"), HistoryFilter(status=CallStatus.ENDED)],
)
def test_keyset_pages_follow_the_whole_order(store, calls, descending, chosen):
    repo = store.history
    query = HistoryQuery(chosen, HistorySort.DATE, descending)
    whole = repo.ids(query)
    assert len(whole) == repo.count(chosen) > 4
    by_keyset, last = [], None
    while True:
        page = repo.page(query, len(by_keyset), 4, last)
        if not page:
            break
        by_keyset += [row[0] for row in page]
        last = page[-1]
    by_offset = [row[0] for n in range(0, len(whole), 4) for row in repo.page(query, n, 4)]
    assert by_keyset == by_offset == whole
    assert ordered_ids(store.path, query) == whole  # the worker thread's read, the same
    assert [repo.position(query, i) for i in whole] == list(range(len(whole)))


def test_rows_are_the_summaries_every_list_reads(store, calls):
    rows = store.history.rows(calls)
    assert [summary_of(row) for row in rows] == [store.calls.summary(i) for i in calls]
    assert store.history.rows([calls[0], 10_000, calls[1]])[1][0] == calls[1]  # gone: left out


def test_a_filter_hides_a_call_from_its_position(store, calls):
    query = HistoryQuery(HistoryFilter(client="Acme"))
    assert store.history.position(query, calls[1]) is None  # a Beta call
