"""Store.optimize keeps the planner's statistics: made when missing, for the planned tables."""

from __future__ import annotations

from domain.model import Call, Client
from storage.store import Store


def test_optimize_analyzes_a_file_without_statistics_then_keeps_them(store: Store):
    for n in range(3):
        store.calls.create(Call(client=Client(f"Client {n}"), title="Late"))
    stats = "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"
    assert store.db.execute(stats).fetchone()[0] == 0
    store.optimize()
    tables = {r[0] for r in store.db.execute("SELECT DISTINCT tbl FROM sqlite_stat1")}
    assert "calls" in tables  # (tables without rows may have no row of their own)
    assert not any(t.startswith("search_index") for t in tables)
    store.optimize()  # PRAGMA optimize now: the statistics stay
    assert store.db.execute(stats).fetchone()[0] == 1
    assert store.check() == []


def test_any_says_whether_there_is_a_call(store: Store):
    assert store.calls.any() is False
    call = store.calls.create(Call(client=Client("Acme"), title="Late"))
    assert store.calls.any() is True
    store.calls.delete(call.id)
    assert store.calls.any() is False
