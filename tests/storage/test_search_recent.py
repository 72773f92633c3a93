"""The small index of recent rows (migration 8): it follows every edit, drops what falls
out of its window, is built on upgrade from the full index, and search falls back to the
full index when the recent rows hold too few matches."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime

import pytest

from domain.model import Call, Client, NextStep, Note, NoteKind
from storage import migrations
from storage.database import open_database
from storage.errors import StorageError
from storage.migrations import (
    CALL_ROWS_BASE,
    CALLS_INDEX,
    RECENT_CALLS,
    RECENT_INDEX,
    RECENT_NOTES,
)
from storage.search import RANK_WINDOW
from storage.store import Store

T0 = datetime(2026, 5, 4, 14, 0, tzinfo=UTC)


def rows(db, table: str) -> list[tuple]:
    return db.execute(f"SELECT rowid, body, call_id, kind FROM {table} ORDER BY rowid").fetchall()


def make_call(store: Store, title: str = "Quarterly zeppelin delay") -> Call:
    return store.calls.create(Call(client=Client("Acme"), title=title))


def add_note(store: Store, call_id: int, text: str) -> Note:
    return store.entries.add_note(Note(call_id=call_id, kind=NoteKind.NOTE, text=text, at=T0))


def fill(store: Store) -> Call:
    call = make_call(store)
    add_note(store, call.id, "The walrus contract renews in June")
    add_note(store, call.id, "Penguin shipments are late")
    store.entries.add_next_step(NextStep(call_id=call.id, what="Send the flamingo report"))
    return call


def test_the_recent_index_repeats_every_row_while_the_history_is_small(store):
    call = fill(store)
    assert rows(store.db, RECENT_INDEX) == rows(store.db, "search_index")
    store.db.execute("UPDATE notes SET text = 'The narwhal contract' WHERE text LIKE '%walrus%'")
    store.db.execute("UPDATE calls SET title = 'Quarterly airship delay' WHERE id = ?", [call.id])
    store.db.execute("DELETE FROM next_steps")
    assert rows(store.db, RECENT_INDEX) == rows(store.db, "search_index")
    calls_only = [r for r in rows(store.db, "search_index") if r[0] >= CALL_ROWS_BASE]
    assert rows(store.db, CALLS_INDEX) == calls_only
    store.db.execute("DELETE FROM calls")
    assert rows(store.db, RECENT_INDEX) == [] == rows(store.db, "search_index")
    assert rows(store.db, CALLS_INDEX) == []


def test_a_row_leaves_the_recent_index_when_it_falls_out_of_its_window(store):
    call = fill(store)
    first = store.db.execute("SELECT min(id) FROM notes").fetchone()[0]
    insert = "INSERT INTO notes (id, call_id, kind, text, at) VALUES (?, ?, 'note', ?, ?)"
    at = "2026-05-04T14:00:00+00:00"
    store.db.execute(insert, [first + RECENT_NOTES, call.id, "The newest narwhal note", at])
    recent = {r[0] for r in rows(store.db, RECENT_INDEX)}
    full = {r[0] for r in rows(store.db, "search_index")}
    assert full - recent == {first * 8 + 3}  # the oldest note only: RECENT_NOTES ids on
    # An edit of a note older than the window does not bring it back.
    store.db.execute("UPDATE notes SET text = 'An old walrus, edited' WHERE id = ?", [first])
    assert first * 8 + 3 not in {r[0] for r in rows(store.db, RECENT_INDEX)}
    # Found all the same: too few recent matches, so the full index answers.
    assert [h.call_id for h in store.search.search("walrus")] == [call.id]


def test_calls_leave_the_recent_index_by_their_window_too(store):
    old = make_call(store, "The old heron outage")
    store.db.execute(
        "INSERT INTO calls (id, client_id, title, status, created_at) "
        "SELECT ?, client_id, 'A newer call', status, created_at FROM calls WHERE id = ?",
        [old.id + RECENT_CALLS, old.id],
    )
    recent = {r[0] for r in rows(store.db, RECENT_INDEX)}
    assert len(rows(store.db, CALLS_INDEX)) == 6  # every call-level row stays there
    first = CALL_ROWS_BASE + old.id * 8
    assert not any(first <= rowid < first + 8 for rowid in recent)
    assert [h.call_id for h in store.search.search("heron")] == [old.id]


def test_a_word_with_few_recent_matches_is_ranked_in_the_full_index_as_before(store):
    """Fewer than a ranking window of recent matches: ranking in the full index is cheap
    enough, and gives what it gave before; the old note, out of the recent rows, ranks
    first. (Note 1 is not even pushed out here: the notes after it skip ids.)"""
    call = make_call(store)
    at = "2026-05-04T14:00:00+00:00"
    insert = "INSERT INTO notes (id, call_id, kind, text, at) VALUES (?, ?, 'note', ?, ?)"
    store.db.execute(insert, [1, call.id, "otter otter otter otter", at])
    for i in range(5):
        store.db.execute(insert, [RECENT_NOTES + 10 + i, call.id, f"an otter, number {i}", at])
    hits = store.search.search("otter", limit=5)
    assert hits[0].plain_snippet == "otter otter otter otter" and hits[0].score < 0
    assert len(hits) == 5 and RANK_WINDOW > 6


def test_upgrade_from_version_7_builds_the_recent_index(db_path):
    with contextlib.closing(open_database(db_path, upto=7)) as db:
        at = "2026-05-04T14:00:00+00:00"
        db.execute("INSERT INTO clients (name, created_at) VALUES ('Acme', ?)", [at])
        db.execute(
            "INSERT INTO calls (client_id, title, status, created_at) "
            "VALUES (1, 'Heron outage', 'ended', ?)",
            [at],
        )
        for i in range(30):
            db.execute(
                "INSERT INTO notes (call_id, kind, text, at) VALUES (1, 'note', ?, "
                "'2026-05-04T14:00:00+00:00')",
                [f"walrus note {i}"],
            )
        found = db.execute("SELECT count(*) FROM sqlite_master WHERE name = ?", [RECENT_INDEX])
        assert found.fetchone()[0] == 0
        before = rows(db, "search_index")
    with Store(db_path) as store:
        assert migrations.user_version(store.db) == migrations.SCHEMA_VERSION
        assert rows(store.db, RECENT_INDEX) == before == rows(store.db, "search_index")
        assert rows(store.db, CALLS_INDEX) == [r for r in before if r[0] >= CALL_ROWS_BASE]
        assert len(store.search.search("walrus")) == 30
        add_note(store, 1, "one more walrus")
        assert rows(store.db, RECENT_INDEX) == rows(store.db, "search_index")


def test_migration_8_is_atomic(db_path):
    with contextlib.closing(open_database(db_path, upto=7)) as db:
        db.execute(f"CREATE TABLE {RECENT_INDEX} (x)")  # makes migration 8 fail
    with pytest.raises(StorageError):
        Store(db_path)
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 7
        names = conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'recent_%'")
        assert names.fetchall() == []


def test_common_words_seldom_together_recently_come_newest_first_unranked(store):
    """Each word has a whole ranking window of recent matches, but not together: ranking
    in the full index would read every match of each word in the history, so the full
    index gives its newest matches, unranked (score 0), and a rarer query stays ranked."""
    call = make_call(store)
    at = "2026-05-04T14:00:00+00:00"
    insert = "INSERT INTO notes (id, call_id, kind, text, at) VALUES (?, ?, 'note', ?, ?)"
    with store.db.atomic():
        store.db.execute(insert, [1, call.id, "the cost of the change", at])
        store.db.execute(insert, [2, call.id, "a cost change, and a heron", at])
        for i in range(RANK_WINDOW + 10):  # note 1 and 2 leave the recent rows
            store.db.execute(insert, [RECENT_NOTES + 1 + i, call.id, f"cost {i} change", at])
    assert 8 * 1 + 3 not in {r[0] for r in rows(store.db, RECENT_INDEX)}
    assert [h.score for h in store.search.search("cost change")][:2] != [0.0, 0.0]  # recent
    store.db.execute("UPDATE notes SET text = 'cost ' || id WHERE id > 2")
    hits = store.search.search("cost change")
    newest_first = ["a cost change, and a heron", "the cost of the change"]
    assert [h.plain_snippet for h in hits] == newest_first
    assert {h.score for h in hits} == {0.0}
    (heron,) = store.search.search("heron")
    assert heron.score < 0  # a rare word is ranked in the full index as before
