"""The local side of a team, no server needed: migration 10's UUIDs, change counts,
deletions and private calls."""

from __future__ import annotations

import uuid

from domain.model import Call, Client, Note, NoteKind, utc_now
from storage.database import open_database
from storage.migrations import SCHEMA_VERSION
from storage.store import Store
from storage.team.link import is_private, pending_count, set_private
from storage.team.local_schema import SHARED_TABLES


def test_migration_gives_existing_rows_stable_uuids(db_path):
    old = open_database(db_path, upto=9)
    old.execute(
        "INSERT INTO clients (name, created_at) VALUES ('Acme', '2024-01-01T00:00:00+00:00')"
    )
    old.execute(
        "INSERT INTO calls (client_id, title, status, created_at) "
        "VALUES (1, 'Late', 'ended', '2024-01-02T00:00:00+00:00')"
    )
    for i in range(30):
        old.execute(
            "INSERT INTO notes (call_id, kind, text, at) VALUES (1, 'note', ?, "
            "'2024-01-02T00:00:00+00:00')",
            [f"note {i}"],
        )
    old.close()
    with Store(db_path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        uuids = [r[0] for r in store.db.execute("SELECT uuid FROM notes")]
        assert len(set(uuids)) == 30
        assert all(uuid.UUID(u).version == 4 for u in uuids)
        first = store.db.execute("SELECT uuid FROM calls").fetchone()[0]
        assert pending_count(store.db) == 1 + 1 + 30
    with Store(db_path) as store:  # stable: opening again changes nothing
        assert store.db.execute("SELECT uuid FROM calls").fetchone()[0] == first
        assert [r[0] for r in store.db.execute("SELECT uuid FROM notes")] == uuids


def test_new_rows_get_a_uuid_and_changes_count(store):
    call = store.calls.create(Call(client=Client("Acme"), title="Late parts"))
    note = store.entries.add_note(Note(call.id, NoteKind.FACT, "first", utc_now()))
    for table in SHARED_TABLES[:3]:
        row = store.db.execute(f"SELECT uuid, team_dirty FROM {table}").fetchone()
        assert uuid.UUID(row[0]) and row[1] == 1, table
    store.db.execute("UPDATE notes SET team_dirty = 0")  # as a publish would
    store.entries.update_note(note.id, NoteKind.FACT, "second")
    store.entries.update_note(note.id, NoteKind.FACT, "third")
    assert store.db.execute("SELECT team_dirty FROM notes").fetchone()[0] == 2
    # a publish that sent count 1 must not clear a row changed since
    store.db.execute("UPDATE notes SET team_dirty = 0 WHERE id = ? AND team_dirty = 1", [note.id])
    assert store.db.execute("SELECT team_dirty FROM notes").fetchone()[0] == 2
    gone = store.db.execute("SELECT uuid FROM notes").fetchone()[0]
    store.entries.delete_note(note.id)
    assert store.db.execute("SELECT tbl, uuid FROM team_deletions").fetchall() == [("notes", gone)]


def test_a_private_call_waits_for_nothing_and_leaves_the_server(store):
    call = store.calls.create(Call(client=Client("Acme"), title="Sensitive"))
    store.entries.add_note(Note(call.id, NoteKind.FACT, "secret", utc_now()))
    assert pending_count(store.db) == 3
    set_private(store.db, call.id, True)
    assert is_private(store.db, call.id)
    # the call's deletion from the server waits; its client and note do not
    assert pending_count(store.db) == 1
    assert store.db.execute("SELECT tbl FROM team_deletions").fetchall() == [("calls",)]
    for table in ("clients", "calls", "notes"):
        store.db.execute(f"UPDATE {table} SET team_dirty = 0")
    store.db.execute("DELETE FROM team_deletions")
    set_private(store.db, call.id, False)
    assert pending_count(store.db) == 2  # the client was clean; the call and note go again


class _Backend:
    """A keyring backend that keeps passwords in a dict: the system keyring's part."""

    priority = 1

    def __init__(self) -> None:
        self.saved: dict[tuple[str, str], str] = {}


def fake_keyring(monkeypatch) -> _Backend:  # noqa: ANN001
    """`keyring` as the library offers it (get_keyring, set/get/delete_password), over
    a dict: the machines the tests run on have no system keyring."""
    import sys
    import types

    backend = _Backend()
    module = types.ModuleType("keyring")
    module.get_keyring = lambda: backend
    module.set_password = lambda s, k, p: backend.saved.__setitem__((s, k), p)
    module.get_password = lambda s, k: backend.saved.get((s, k))
    module.delete_password = lambda s, k: backend.saved.pop((s, k))
    backends = types.ModuleType("keyring.backends")
    fail = types.ModuleType("keyring.backends.fail")
    fail.Keyring = type("Keyring", (), {})
    backends.fail = fail
    module.backends = backends
    for name, value in (
        ("keyring", module),
        ("keyring.backends", backends),
        ("keyring.backends.fail", fail),
    ):
        monkeypatch.setitem(sys.modules, name, value)
    monkeypatch.delenv("CANDOR_NO_KEYRING", raising=False)
    return backend


def test_the_password_goes_to_a_working_keyring_not_the_file(store, monkeypatch):
    from storage.team.link import leave, load_link, save_link

    backend = fake_keyring(monkeypatch)
    url = "postgresql://ann@db.example.com/team?sslmode=require"
    assert save_link(store.db, url, "Ann", "s3cret") is True
    assert backend.saved == {("candor-team", url): "s3cret"}
    assert store.db.execute("SELECT password FROM team_link").fetchone() == (None,)
    link, password = load_link(store.db)
    assert (link.member, password, link.password_in_keyring) == ("Ann", "s3cret", True)
    leave(store.db)
    assert backend.saved == {}


def test_without_a_keyring_the_password_is_kept_in_the_file(store, monkeypatch):
    from storage.team.link import load_link, save_link

    monkeypatch.setenv("CANDOR_NO_KEYRING", "1")
    assert save_link(store.db, "postgresql://bob@db/team", "Bob", "pw") is False
    assert store.db.execute("SELECT password FROM team_link").fetchone() == ("pw",)
    assert load_link(store.db)[1] == "pw"
