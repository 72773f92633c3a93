"""Full-text merging and WAL checkpoints stay off a live call's commit (issue 12).

No timings here (bench/storage_bench.py measures them): what is checked is that the
settings are in place and what they do to the index's segments.
"""

from __future__ import annotations

from datetime import UTC, datetime

from domain.model import Call, Client, NextStep, Note, NoteKind
from storage import migrations
from storage.database import connect, open_database, upkeep
from storage.demo_writer import write_demo
from storage.search_merge import levels, merge_new_segments
from storage.store import Store

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def _settings(store: Store, index: str) -> dict[str, int]:
    rows = store.db.execute(f"SELECT k, v FROM {index}_config").fetchall()
    return {k: v for k, v in rows if k != "version"}


def _pages(segment: tuple[int, int]) -> int:
    return segment[1]


def _live_call(store: Store) -> int:
    call = store.calls.create(Call(client=Client("Merge Ltd"), title="Live"))
    store.calls.start(call.id)
    return call.id


def _add_entries(store: Store, call_id: int, count: int) -> None:
    """One note and one next step a commit each, as the live page writes them."""
    for i in range(count):
        store.entries.add_note(
            Note(call_id=call_id, kind=NoteKind.NOTE, text=f"note {i} on the walrus", at=NOW)
        )
        store.entries.add_next_step(NextStep(call_id=call_id, what=f"send the plan {i}"))


def _found(store: Store, *queries: str) -> list[list[tuple[int, str, str]]]:
    return [[(h.call_id, h.kind, h.snippet) for h in store.search.search(q)] for q in queries]


def test_no_search_index_merges_inside_a_commit(store):
    for index in migrations.SEARCH_INDEXES:
        assert _settings(store, index) == migrations.SEARCH_MERGING, index
    assert migrations.SEARCH_MERGING["automerge"] == 0


def test_a_version_11_file_gets_the_settings_and_finds_the_same(db_path):
    from storage.calls import CallRepository
    from storage.entries import EntryRepository
    from storage.search import SearchRepository

    db = open_database(db_path, upto=11)
    try:
        assert db.execute("SELECT count(*) FROM search_index_config").fetchone()[0] == 1
        call = CallRepository(db).create(Call(client=Client("Old Ltd"), title="Walrus delay"))
        for i in range(30):
            EntryRepository(db).add_note(
                Note(call_id=call.id, kind=NoteKind.NOTE, text=f"walrus {i}", at=NOW)
            )
        before = [(h.call_id, h.kind, h.snippet) for h in SearchRepository(db).search("walrus")]
    finally:
        db.close()
    with Store(db_path) as store:
        assert migrations.user_version(store.db) == migrations.SCHEMA_VERSION == 12
        for index in migrations.SEARCH_INDEXES:
            assert _settings(store, index) == migrations.SEARCH_MERGING
        assert _found(store, "walrus") == [before] and len(before) == 31


def test_the_sample_data_leaves_the_settings_as_the_migration_made_them(store):
    write_demo(store, 12, seed=3, now=NOW, batch_size=5)
    for index in migrations.SEARCH_INDEXES:
        assert _settings(store, index) == migrations.SEARCH_MERGING, index


def test_many_small_commits_never_merge_the_large_segment(store):
    """The sample data leaves each index one large segment ('optimize'). With FTS5's own
    settings, 300 notes and 300 steps in a row merged it again inside some commit (a 1.2 s
    commit at 10,000 calls); now it stays as it was, untouched, whatever piles up."""
    write_demo(store, 60, seed=5, now=NOW)
    big = {
        index: max((s for level in levels(store.db.conn, index) for s in level), key=_pages)
        for index in ("search_index", "search_index_recent")
    }
    assert all(pages > 20 for _segment, pages in big.values())
    call_id = _live_call(store)
    _add_entries(store, call_id, 300)
    for index, segment in big.items():
        segments = [s for level in levels(store.db.conn, index) for s in level]
        assert segment in segments, index  # same id, same pages: never rewritten
    store.db.execute("INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)")


def test_after_the_call_the_upkeep_merges_what_piled_up_and_search_finds_the_same(store):
    write_demo(store, 20, seed=6, now=NOW)
    call_id = _live_call(store)
    _add_entries(store, call_id, 25)  # 50 commits: fewer than a crisis merge waits for
    queries = ("walrus", "plan", "supp", '"the walrus"', "note 3*")
    before = _found(store, *queries)
    piled = sum(len(level) for level in levels(store.db.conn, "search_index"))
    assert piled > 50  # a segment a commit, none merged

    assert upkeep(store.path) == 0  # not while the call is live
    assert sum(len(level) for level in levels(store.db.conn, "search_index")) == piled
    store.calls.end(call_id)
    assert upkeep(store.path) > 0
    merged = sum(len(level) for level in levels(store.db.conn, "search_index"))
    assert merged < piled / 4
    assert _found(store, *queries) == before
    for index in migrations.SEARCH_INDEXES:
        store.db.execute(f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)")
    assert store.check() == []


def test_merging_stops_when_nothing_is_left_or_the_time_is_up(store):
    call_id = _live_call(store)
    _add_entries(store, call_id, 20)
    assert merge_new_segments(store.db.conn, budget_s=0) == 0  # no time: no step
    assert merge_new_segments(store.db.conn, pause_s=0) > 0
    assert merge_new_segments(store.db.conn, pause_s=0) == 0  # nothing left to merge


def test_no_connection_of_ours_checkpoints_inside_a_commit(db_path):
    """The window's upkeep checkpoints every minute, off the commit path."""
    db = connect(db_path)
    try:
        assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL, as before
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        db.close()
