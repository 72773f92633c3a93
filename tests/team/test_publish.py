"""Publishing against a real PostgreSQL: every row once, again after changes, after a
SIGKILL and after the server went away in the middle."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

import pytest

from storage.store import Store
from storage.team.errors import ServerUnavailable
from storage.team.link import pending_count, set_private
from storage.team.membership import join
from storage.team.publish import publish
from tests.team.fixtures import demo

TABLES = ("clients", "calls", "notes", "reactions", "ticks", "next_steps")
CHILDREN = ("notes", "reactions", "ticks", "next_steps")


def local_uuids(store: Store) -> dict[str, set[str]]:
    """What the server should hold: every row of every call not private (and the clients
    of those calls)."""
    q = store.db.execute
    found = {
        "clients": {
            r[0]
            for r in q(
                "SELECT DISTINCT k.uuid FROM clients k JOIN calls c ON c.client_id = k.id "
                "WHERE c.private = 0"
            )
        },
        "calls": {r[0] for r in q("SELECT uuid FROM calls WHERE private = 0")},
    }
    for table in CHILDREN:
        found[table] = {
            r[0]
            for r in q(
                f"SELECT x.uuid FROM {table} x JOIN calls c ON c.id = x.call_id WHERE c.private = 0"
            )
        }
    return found


def server_uuids(team, member: str | None = None) -> dict[str, list[str]]:
    where = "" if member is None else " WHERE member = %s"
    params = [] if member is None else [member]
    return {
        t: [str(r[0]) for r in team.sql(f"SELECT uuid FROM candor.{t}{where}", params)]
        for t in TABLES
    }


def assert_exactly_once(store: Store, team) -> None:
    expected = local_uuids(store)
    on_server = server_uuids(team)
    for table in TABLES:
        assert sorted(on_server[table]) == sorted(expected[table]), table
    assert pending_count(store.db) == 0


@pytest.fixture
def joined(tmp_path, team):
    path = demo(tmp_path / "ann.db", 12)
    store = Store(path)
    join(store.db, team.add("Ann"))
    yield store
    store.close()


def test_publish_sends_every_row_once_and_again_nothing(joined, team):
    before = pending_count(joined.db)
    assert before > 500
    result = publish(joined.db, joined.path)
    assert result.upserted == before and result.deleted == 0
    assert_exactly_once(joined, team)
    assert {r[0] for r in team.sql("SELECT DISTINCT member FROM candor.notes")} == {"Ann"}
    again = publish(joined.db, joined.path)
    assert (again.upserted, again.deleted) == (0, 0)
    assert_exactly_once(joined, team)


def test_changes_edits_and_deletions_reach_the_server(joined, team):
    from datetime import UTC, datetime

    from domain.model import Note, NoteKind

    publish(joined.db, joined.path)
    note_id, note_uuid = joined.db.execute("SELECT id, uuid FROM notes LIMIT 1").fetchone()
    joined.entries.update_note(note_id, NoteKind.FACT, "The supplier moved the date again")
    gone_id, gone_uuid = joined.db.execute(
        "SELECT id, uuid FROM notes ORDER BY id DESC LIMIT 1"
    ).fetchone()
    joined.entries.delete_note(gone_id)
    call_id = joined.db.execute("SELECT min(id) FROM calls").fetchone()[0]
    joined.entries.add_note(Note(call_id, NoteKind.FACT, "A brand new note", datetime.now(UTC)))
    assert pending_count(joined.db) == 3
    result = publish(joined.db, joined.path)
    assert (result.upserted, result.deleted) == (2, 1)
    assert team.sql("SELECT text FROM candor.notes WHERE uuid = %s", [note_uuid]) == [
        ("The supplier moved the date again",)
    ]
    assert team.sql("SELECT 1 FROM candor.notes WHERE uuid = %s", [gone_uuid]) == []
    assert_exactly_once(joined, team)


def test_a_private_call_never_leaves_and_leaves_the_server_when_made_private(joined, team):
    first, second = (r[0] for r in joined.db.execute("SELECT id FROM calls LIMIT 2"))
    set_private(joined.db, first, True)
    publish(joined.db, joined.path)
    first_uuid = joined.db.execute("SELECT uuid FROM calls WHERE id = ?", [first]).fetchone()[0]
    assert team.sql("SELECT 1 FROM candor.calls WHERE uuid = %s", [first_uuid]) == []
    assert_exactly_once(joined, team)
    set_private(joined.db, second, True)
    result = publish(joined.db, joined.path)
    assert result.deleted == 1
    assert_exactly_once(joined, team)  # its notes, ticks... went with it
    set_private(joined.db, second, False)
    assert pending_count(joined.db) > 1
    publish(joined.db, joined.path)
    assert_exactly_once(joined, team)


CHILD = """
import os, signal, sys
sys.path.insert(0, {root!r})
os.environ["CANDOR_NO_KEYRING"] = "1"
from storage.store import Store
from storage.team.publish import publish

def after(result):
    if result.batches == 3:
        print("killing", result.upserted, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

store = Store({path!r})
publish(store.db, store.path, batch_rows=150, after_batch=after)
print("finished", flush=True)
"""


def test_sigkill_during_a_publish_then_publish_again_every_row_exactly_once(joined, team):
    from tests.cli.helpers import ROOT

    total = pending_count(joined.db)
    script = textwrap.dedent(CHILD.format(root=str(ROOT), path=str(joined.path)))
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert "killing" in done.stdout and "finished" not in done.stdout
    on_server = sum(len(v) for v in server_uuids(team).values())
    assert 0 < on_server < total  # killed half-way: some rows out, some not
    assert 0 < pending_count(joined.db) < total
    publish(joined.db, joined.path)
    assert_exactly_once(joined, team)


def test_server_stopped_during_a_publish_keeps_the_rest_pending_until_it_is_back(joined, team):
    total = pending_count(joined.db)

    def stop_after_first(result):
        if result.batches == 1:
            team.stop()

    with pytest.raises(ServerUnavailable) as raised:
        publish(joined.db, joined.path, batch_rows=200, after_batch=stop_after_first)
    message = str(raised.value)
    assert "\n" not in message and "try again" in message
    left = pending_count(joined.db)
    assert 0 < left < total
    with pytest.raises(ServerUnavailable):  # still down: nothing changes
        publish(joined.db, joined.path)
    assert pending_count(joined.db) == left
    team.start()
    result = publish(joined.db, joined.path)
    assert result.upserted == left
    assert_exactly_once(joined, team)


def test_two_members_publish_side_by_side(tmp_path, team, joined):
    bob_path = demo(tmp_path / "bob.db", 5, seed=2)
    with Store(bob_path) as bob:
        join(bob.db, team.add("Bob"))
        publish(bob.db, bob.path)
        publish(joined.db, joined.path)
        assert_counts = team.sql("SELECT member, count(*) FROM candor.calls GROUP BY 1 ORDER BY 1")
        assert assert_counts == [("Ann", 12), ("Bob", 5)]
        assert sorted(server_uuids(team, "Bob")["notes"]) == sorted(local_uuids(bob)["notes"])


def test_publish_without_a_team_says_how_to_join(tmp_path):
    from storage.team.errors import NotJoined

    with Store(demo(tmp_path / "solo.db", 2)) as store, pytest.raises(NotJoined):
        publish(store.db, store.path)
