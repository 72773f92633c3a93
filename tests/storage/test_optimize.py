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


# The statistics `PRAGMA optimize` left in a 100,000-call demo file (sqlite_stat1, sampled).
_STATS_AT_100K = [
    ("calls", "idx_calls_contact", "119434 667"),
    ("calls", "idx_calls_follow_up_owed", "3135 91"),
    ("calls", "idx_calls_letter_owed", "34 1"),
    ("calls", "idx_calls_list", "122452 1001 1001 334 1 1 1 1 1 1"),
    ("calls", "idx_calls_row", "43875 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1"),
    ("calls", "idx_calls_scenario_when", "92598 1001 2"),
    ("calls", "idx_calls_started", "102141 2"),
    ("calls", "idx_calls_status_when", "96560 503 2"),
    ("calls", "idx_calls_team_dirty", "53237 1"),
    ("calls", "idx_calls_when", "96876 2"),
    ("clients", "idx_clients_team_dirty", "40 1"),
    ("clients", "sqlite_autoindex_clients_1", "40 1"),
    ("contacts", "sqlite_autoindex_contacts_1", "77 2 1"),
    ("next_steps", "idx_next_steps_team_dirty", "450025 1"),
    ("next_steps", "idx_steps_call", "504700 5"),
    ("next_steps", "idx_steps_open", "417620 1001 44"),
    ("next_steps", "idx_steps_open_call", "6556 2"),
]


def test_the_newest_calls_are_read_over_the_date_index_whatever_the_statistics(store: Store):
    """With these statistics SQLite chose, for LIMIT 40 (the recent calls' first frame),
    to read every client's calls and sort them all: 250 to 360 ms at 100,000 calls."""
    made = [
        store.calls.create(Call(client=Client(f"Client {n % 3}"), title=f"Call {n}"))
        for n in range(6)
    ]
    store.db.execute("ANALYZE")
    store.db.execute("DELETE FROM sqlite_stat1")
    for row in _STATS_AT_100K:
        store.db.execute("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", row)
    with Store(store.path) as fresh:  # reads the statistics as it opens
        planned: list[str] = []
        fresh.db.conn.set_trace_callback(planned.append)
        newest = fresh.calls.summaries(limit=40)
        fresh.db.conn.set_trace_callback(None)
        sql = next(s for s in planned if s.lstrip().upper().startswith("SELECT"))
        plan = " ".join(r[3] for r in fresh.db.execute(f"EXPLAIN QUERY PLAN {sql}"))
    assert "idx_calls_when" in plan and "TEMP B-TREE" not in plan
    assert [c.id for c in newest] == [c.id for c in made[::-1]]
