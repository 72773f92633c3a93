"""SQLite errors never leave storage raw: a lock, a full disk and a read-only place each
get storage's own error type and a sentence that says which it is (and never suggests
restoring a backup, which would not help and could lose data)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from domain.model import Call, Client
from storage.connection import Db
from storage.demo_writer import write_demo
from storage.errors import DatabaseLocked, DiskFull, ReadOnlyLocation, StorageError
from storage.store import Store


@contextlib.contextmanager
def held_by_another_program(path: Path) -> Iterator[None]:
    """Another connection (another program) holds the write lock."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def impatient(store: Store) -> Store:
    store.db.conn.execute("PRAGMA busy_timeout = 20")  # fail in 20 ms rather than 5 s
    return store


class FailingCommit:
    """The real connection, except that COMMIT fails as SQLite would report `message`."""

    def __init__(self, conn: sqlite3.Connection, message: str) -> None:
        self.conn, self.message = conn, message

    def __getattr__(self, name: str) -> object:
        return getattr(self.conn, name)

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
        if sql.strip().upper() == "COMMIT":
            raise sqlite3.OperationalError(self.message)
        return self.conn.execute(sql, *args)


def assert_says(error: BaseException, kind: type[StorageError], words: str) -> None:
    assert isinstance(error, kind), f"{type(error).__name__}: {error}"
    message = str(error)
    assert words in message and "\n" not in message
    assert "restore" not in message.lower()  # restoring would not help, and could lose data


def test_begin_immediate_on_a_locked_database_says_it_is_locked(store, db_path):
    impatient(store)
    with held_by_another_program(db_path), pytest.raises(StorageError) as caught:
        store.calls.create(Call(client=Client("Acme"), title="Blocked"))
    assert_says(caught.value, DatabaseLocked, "locked by another program")
    assert store.calls.count() == 0


@pytest.mark.parametrize(
    ("message", "kind", "words"),
    [
        ("database or disk is full", DiskFull, "disk is full"),
        ("database is locked", DatabaseLocked, "locked by another program"),
        ("attempt to write a readonly database", ReadOnlyLocation, "read-only"),
    ],
)
def test_a_failing_commit_says_why(store, message, kind, words):
    failing = Db(FailingCommit(store.db.conn, message))  # type: ignore[arg-type]
    with pytest.raises(StorageError) as caught, failing.atomic():
        failing.execute("INSERT INTO settings (key, value) VALUES ('k', '1')")
    assert_says(caught.value, kind, words)
    assert not store.db.conn.in_transaction  # rolled back, ready for the next write
    assert store.settings.get("k") is None


def test_a_read_only_connection_says_read_only_not_damaged(store):
    store.db.conn.execute("PRAGMA query_only = 1")  # SQLite answers as for a read-only medium
    with pytest.raises(StorageError) as caught:
        store.calls.create(Call(client=Client("Acme"), title="Nowhere to write"))
    assert_says(caught.value, ReadOnlyLocation, "read-only")


def test_demo_data_on_a_full_disk_says_the_disk_is_full(store):
    store.db.conn.execute("PRAGMA max_page_count = 40")  # a disk with room for 40 pages
    with pytest.raises(StorageError) as caught:
        write_demo(store, calls=50, seed=1)
    assert_says(caught.value, DiskFull, "disk is full")
    assert store.check() == []


def test_demo_data_on_a_locked_database_says_it_is_locked(store, db_path):
    impatient(store)
    with held_by_another_program(db_path), pytest.raises(StorageError) as caught:
        write_demo(store, calls=5, seed=1)
    assert_says(caught.value, DatabaseLocked, "locked by another program")


def test_demo_bulk_insert_failing_midway_is_translated(store):
    """The batch's executemany itself fails (a full disk after the first rows)."""
    real = store.db.conn

    class FullOnNotes(FailingCommit):
        def executemany(self, sql: str, rows: object) -> sqlite3.Cursor:
            if "INSERT INTO notes" in sql:
                raise sqlite3.OperationalError("database or disk is full")
            return self.conn.executemany(sql, rows)

    store.db.conn = FullOnNotes(real, "")  # type: ignore[assignment]
    try:
        with pytest.raises(StorageError) as caught:
            write_demo(store, calls=5, seed=1)
    finally:
        store.db.conn = real
    assert_says(caught.value, DiskFull, "disk is full")
    assert store.calls.count() == 0  # the batch was rolled back whole


def test_an_upgrade_blocked_by_another_program_says_locked_not_damaged(db_path, monkeypatch):
    from storage import database
    from storage.errors import DatabaseDamaged, DatabaseUnavailable

    database.open_database(db_path, upto=1).close()
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 20)
    with held_by_another_program(db_path), pytest.raises(DatabaseUnavailable) as caught:
        Store(db_path)
    assert not isinstance(caught.value, DatabaseDamaged)  # never offered a backup
    assert_says(caught.value, DatabaseUnavailable, "locked by another program")
    assert str(db_path) in str(caught.value)


def test_the_daily_backup_on_a_full_disk_says_so(store):
    real = store.db.conn

    class NoRoom(FailingCommit):
        def backup(self, *args: object, **kwargs: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

    store.db.conn = NoRoom(real, "")  # type: ignore[assignment]
    try:
        with pytest.raises(StorageError) as caught:
            store.daily_backup()
    finally:
        store.db.conn = real
    assert_says(caught.value, DiskFull, "disk is full")
    assert [p.name for p in store.backup_dir.iterdir()] == []  # no partial copy left
