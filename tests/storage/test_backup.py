import os
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from domain.model import Call, Client, Note, NoteKind, utc_now
from storage import backup
from storage.errors import StorageError
from storage.restore import restore_backup
from storage.store import Store


def add_call(store: Store, title: str) -> int:
    call = store.calls.create(Call(client=Client("Acme"), title=title))
    store.entries.add_note(Note(call_id=call.id, kind=NoteKind.FACT, text=title, at=utc_now()))
    return call.id


def test_backup_is_a_faithful_private_copy(store, tmp_path):
    add_call(store, "Faithful copy")
    dest = store.backup(tmp_path / "copy.db")
    assert oct(os.stat(dest).st_mode & 0o777) == "0o600"
    with Store(dest) as copy:
        assert copy.check() == []
        assert [s.title for s in copy.calls.summaries()] == ["Faithful copy"]
        assert copy.search.search("faithful")


def test_daily_backup_once_a_day_and_pruned(store):
    start = datetime(2026, 11, 1, 9, tzinfo=UTC)
    for day in range(5):
        now = start + timedelta(days=day)
        assert backup.daily_backup(store.db.conn, store.path, store.backup_dir, 3, now).made
        again = backup.daily_backup(store.db.conn, store.path, store.backup_dir, 3, now)
        assert again.made is None and again.skipped == "today's backup was already taken"
    kept = backup.list_backups(store.backup_dir, backup.DAILY)
    assert [p.name[-18:-10] for p in kept] == ["20261105", "20261104", "20261103"]


def test_restore_keeps_current_file_aside(db_path):
    with Store(db_path) as store:
        add_call(store, "Before backup")
        saved = store.backup()
        add_call(store, "After backup")
    aside = restore_backup(db_path, saved)
    with Store(db_path) as store:
        assert [s.title for s in store.calls.summaries()] == ["Before backup"]
    with Store(aside) as old:
        assert {s.title for s in old.calls.summaries()} == {"Before backup", "After backup"}


def test_restore_refuses_a_damaged_backup_and_changes_nothing(db_path, tmp_path):
    with Store(db_path) as store:
        add_call(store, "Keep me")
    bad = tmp_path / "bad.db"
    sqlite3.connect(bad).execute("CREATE TABLE other (x)").connection.commit()
    before = db_path.read_bytes()
    with pytest.raises(StorageError):
        restore_backup(db_path, bad)
    assert db_path.read_bytes() == before


def test_backup_keep_setting_is_validated(store):
    assert store.settings.backup_keep() == 14
    store.settings.set("backup_keep", "lots")  # a hand-edited or damaged value
    assert store.settings.backup_keep() == 14
    store.settings.set_backup_keep(3)
    assert store.settings.backup_keep() == 3
    with pytest.raises(ValueError):
        store.settings.set_backup_keep(0)


def test_backups_in_the_same_second_get_distinct_names_newest_first(store, tmp_path):
    now = datetime(2026, 11, 1, 9, 30, 15, tzinfo=UTC)
    folder = tmp_path / "copies"
    folder.mkdir()
    made = [backup.backup_into(store.db.conn, folder, "db", "manual", now) for _ in range(3)]
    assert [p.name for p in made] == [
        "db-manual-20261101-093015.db",
        "db-manual-20261101-093015-2.db",
        "db-manual-20261101-093015-3.db",
    ]
    assert backup.list_backups(folder) == made[::-1]
    assert {backup.backup_time(p) for p in made} == {now}


def test_a_new_only_backup_never_replaces_a_file(store, tmp_path):
    folder = tmp_path / "copies"
    folder.mkdir()
    dest = folder / "taken.db"
    dest.write_text("precious")
    with pytest.raises(FileExistsError):
        backup.backup_to(store.db.conn, dest, new_only=True)
    assert dest.read_text() == "precious"
    assert sorted(p.name for p in folder.iterdir()) == ["taken.db"]


def test_the_default_backup_never_replaces_one_from_the_same_second(store, monkeypatch):
    frozen = datetime(2026, 11, 1, 9, 30, 15, tzinfo=UTC)

    class Clock(datetime):
        @classmethod
        def now(cls, tz=None):  # noqa: ANN001, ANN206
            return frozen

    monkeypatch.setattr(backup, "datetime", Clock)
    first, second = store.backup(), store.backup()
    assert first != second and first.exists() and second.exists()
