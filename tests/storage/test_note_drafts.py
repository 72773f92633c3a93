"""The note being typed in a call's note line is a draft in a table of its own, keyed by
call. Adding the note clears its draft in the same transaction: a kill right after
never leaves both the note and the draft it came from (which a resumed call would
show again, to be added twice)."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

import pytest

from domain.model import Call, Client, Note, NoteKind, utc_now
from storage import migrations
from storage.database import open_database
from storage.errors import StorageError
from storage.store import Store


def draft_key(call_id: int) -> str:
    """The setting key the window has used for a call's draft (ui/controllers/live.py)."""
    return f"draft_note_{call_id}"


@pytest.fixture
def call_id(store: Store) -> int:
    return store.calls.create(Call(client=Client("Acme"), title="Drafts")).id


def test_a_draft_is_kept_per_call_and_cleared_by_saving_nothing(store, call_id):
    other = store.calls.create(Call(client=Client("Beta"), title="Other")).id
    assert store.drafts.get(call_id) == ""
    store.drafts.save(call_id, "half a sen")
    store.drafts.save(other, "elsewhere")
    assert store.drafts.get(call_id) == "half a sen"
    assert store.drafts.get(other) == "elsewhere"
    store.drafts.save(call_id, "")
    assert store.drafts.get(call_id) == ""
    assert store.db.execute("SELECT count(*) FROM note_drafts").fetchone()[0] == 1


def test_the_settings_calls_the_window_makes_still_work(store, call_id):
    """ui/controllers/live.py reads and writes the draft through settings.get/set."""
    assert store.settings.get(draft_key(call_id), "") == ""
    store.settings.set(draft_key(call_id), "typed so far")
    assert store.settings.get(draft_key(call_id), "") == "typed so far"
    assert store.drafts.get(call_id) == "typed so far"
    store.settings.set(draft_key(call_id), "")
    assert store.settings.get(draft_key(call_id), "") == ""
    assert store.db.execute("SELECT count(*) FROM settings").fetchone()[0] == 0


def test_adding_the_note_clears_its_draft_in_the_same_commit(db_path, call_id, store):
    """The window adds the note, then clears the draft: a kill in between (here: another
    process reading the file right after add_note returned) must not find both."""
    store.settings.set(draft_key(call_id), "The delivery moves to May")
    store.entries.add_note(Note(call_id, NoteKind.FACT, "The delivery moves to May", utc_now()))
    with Store(db_path) as after_a_kill:
        assert [n.text for n in after_a_kill.calls.get(call_id).notes] == [
            "The delivery moves to May"
        ]
        assert after_a_kill.settings.get(draft_key(call_id), "") == ""


def test_note_and_draft_change_together_or_not_at_all(store, call_id):
    store.drafts.save(call_id, "keep me")
    store.db.execute(  # a fault injected where the draft is cleared
        "CREATE TEMP TRIGGER fail_clear BEFORE DELETE ON note_drafts "
        "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
    )
    with pytest.raises(StorageError):
        store.entries.add_note(Note(call_id, NoteKind.NOTE, "keep me", utc_now()))
    assert store.calls.get(call_id).notes == []  # the note went back with the draft
    assert store.drafts.get(call_id) == "keep me"


def test_a_note_added_elsewhere_can_leave_the_draft_alone(store, call_id):
    store.drafts.save(call_id, "still typing")
    store.entries.add_note(
        Note(call_id, NoteKind.NOTE, "from elsewhere", utc_now()), keep_draft=True
    )
    assert store.drafts.get(call_id) == "still typing"


def test_undoing_a_note_puts_its_text_back_as_the_draft_in_one_commit(store, call_id):
    note = store.entries.add_note(Note(call_id, NoteKind.NOTE, "oops", utc_now()))
    store.entries.delete_note(note.id, draft="oops")
    assert store.calls.get(call_id).notes == []
    assert store.drafts.get(call_id) == "oops"


def test_a_draft_goes_with_its_call(store, call_id):
    store.drafts.save(call_id, "orphan to be")
    store.calls.delete(call_id)
    assert store.db.execute("SELECT count(*) FROM note_drafts").fetchone()[0] == 0


def test_a_draft_for_a_call_that_is_gone_is_not_saved(store):
    assert store.drafts.save(12345, "nowhere") is False
    assert store.drafts.get(12345) == ""


def test_a_draft_with_a_lone_surrogate_is_saved_replaced(store, call_id):
    from storage.text import TextReplaced

    with pytest.warns(TextReplaced):
        store.drafts.save(call_id, "a\ud800b")
    assert store.drafts.get(call_id) == "a\ufffdb"


# --------------------------------------------------------------------------- migration
DRAFTS_VERSION = 5


def version_before_drafts(path: Path) -> None:
    """A database of the version before drafts had a table, holding drafts as settings."""
    db = open_database(path, upto=DRAFTS_VERSION - 1)
    db.execute("INSERT INTO clients (id, name, created_at) VALUES (1, 'Acme', '2026-01-01')")
    for call in (1, 2, 3):
        db.execute(
            "INSERT INTO calls (id, client_id, title, status, created_at) "
            "VALUES (?, 1, ?, 'live', '2026-01-01')",
            [call, f"call {call}"],
        )
    settings = {
        draft_key(1): "typed before the upgrade",
        draft_key(2): "",  # cleared
        draft_key(3): "multi\nline é 😀",
        draft_key(99): "a call deleted since",
        "draft_note_x": "not a call id",
        "draft_prepare": {"client": "Beta"},  # the prepare form's draft is not a note draft
        "profile": {"name": "Ann"},
    }
    for key, value in settings.items():
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", [key, json.dumps(value)])
    db.close()


def test_drafts_kept_as_settings_move_into_their_table(db_path):
    version_before_drafts(db_path)
    with Store(db_path) as store:
        assert migrations.user_version(store.db) == migrations.SCHEMA_VERSION
        assert store.drafts.get(1) == "typed before the upgrade"
        assert store.drafts.get(2) == ""
        assert store.drafts.get(3) == "multi\nline é 😀"
        keys = {r[0] for r in store.db.execute("SELECT key FROM settings")}
        assert keys == {"draft_prepare", "profile", "draft_note_x"}
        assert store.settings.get("draft_prepare") == {"client": "Beta"}
        assert store.check() == []


def test_the_drafts_migration_is_atomic(db_path):
    version_before_drafts(db_path)
    with contextlib.closing(sqlite3.connect(db_path)) as conn:  # fails after the copy
        conn.execute(
            "CREATE TRIGGER refuse BEFORE DELETE ON settings "
            "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
        )
        conn.commit()
    with pytest.raises(StorageError):
        Store(db_path)
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == DRAFTS_VERSION - 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "note_drafts" not in tables
        kept = conn.execute("SELECT value FROM settings WHERE key = 'draft_note_1'").fetchone()
        assert json.loads(kept[0]) == "typed before the upgrade"
