"""Opening the database: pragmas and permissions, migrations, and refusals that touch nothing."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage import migrations
from storage.database import open_database
from storage.errors import DatabaseUnavailable, NewerDatabase, NotCandorDatabase, StorageError
from storage.store import Store


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def sidecars(path: Path) -> list[Path]:
    return [
        p for p in (Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")) if p.exists()
    ]


def assert_refused(path: Path, error: type[StorageError], *, no_sidecars: bool = True) -> str:
    """Opening `path` raises `error` with one line, and the file stays byte for byte."""
    before = path.read_bytes()
    with pytest.raises(error) as caught:
        Store(path)
    message = str(caught.value)
    assert message and "\n" not in message
    assert str(path) in message
    assert path.read_bytes() == before
    if no_sidecars:
        assert sidecars(path) == []
    assert not (path.parent / "backups").exists()
    return message


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make a file or folder read-only for this process, even when the tests run as root."""
    if os.geteuid() != 0:
        old = mode(path)
        path.chmod(0o500 if path.is_dir() else 0o400)
        try:
            yield
        finally:
            path.chmod(old)
        return
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("running as root without chattr: cannot make a read-only file")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


# --------------------------------------------------------------------------- opening
def test_new_database_is_private_wal_full_sync_with_foreign_keys(db_path):
    with Store(db_path) as store:
        assert mode(db_path) == 0o600
        conn = store.db.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        assert conn.execute("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
        assert store.check() == []
    for side in sidecars(db_path):
        assert mode(side) & 0o077 == 0, f"{side.name} is readable by others"


def test_missing_folders_are_created_private(tmp_path):
    path = tmp_path / "deep" / "er" / "candor.db"
    with Store(path):
        pass
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700


def test_reopening_keeps_data_and_runs_no_migration(db_path):
    from domain.model import Call, Client

    with Store(db_path) as store:
        store.calls.create(Call(client=Client("Acme"), title="Kept"))
    with Store(db_path) as store:
        assert [s.title for s in store.calls.summaries()] == ["Kept"]
    assert not (db_path.parent / "backups").exists()


def test_empty_file_becomes_a_new_database(db_path):
    db_path.touch(mode=0o600)
    with Store(db_path) as store:
        assert store.check() == []
        assert store.calls.count() == 0


def test_foreign_keys_are_enforced(store):
    with pytest.raises(StorageError, match="FOREIGN KEY"):
        store.db.execute(
            "INSERT INTO notes (call_id, kind, text, at) VALUES (999, 'note', 'x', '2026-01-01')"
        )


# --------------------------------------------------------------------------- migration
def build_version_1(path: Path) -> None:
    """A database exactly as Candor's schema 1 left it, with a little data in it."""
    db = open_database(path, upto=1)
    assert migrations.user_version(db) == 1
    db.execute(
        "INSERT INTO clients (id, name, email, created_at) "
        "VALUES (1, 'Old Client', 'a@b.example', '2024-03-01T09:00:00+00:00')"
    )
    db.execute(
        "INSERT INTO calls (id, client_id, title, scenario, status, created_at, started_at, "
        "ended_at, prep_facts_known, fu_what_happened) VALUES (1, 1, 'Legacy heron outage', "
        "'outage', 'ended', '2024-03-01T09:00:00+00:00', '2024-03-01T09:05:00+00:00', "
        "'2024-03-01T09:40:00+00:00', 'The kingfisher feed stopped', 'Pelican report sent')"
    )
    db.execute(
        "INSERT INTO notes (call_id, kind, text, at, offset_ms) VALUES "
        "(1, 'quote', 'We told the albatross committee', '2024-03-01T09:10:00+00:00', 300000)"
    )
    db.execute(
        "INSERT INTO next_steps (call_id, what, owner, due_on, status, created_at) VALUES "
        "(1, 'Send the cormorant timeline', 'us', '2024-03-08', 'open', "
        "'2024-03-01T09:30:00+00:00')"
    )
    db.close()


def test_version_1_database_is_migrated_with_a_backup_first(db_path):
    build_version_1(db_path)
    with Store(db_path) as store:
        assert migrations.user_version(store.db) == migrations.SCHEMA_VERSION
        call = store.calls.get(1)
        assert call.title == "Legacy heron outage"
        assert call.client.name == "Old Client"
        assert call.prep.facts_known == "The kingfisher feed stopped"
        assert [n.text for n in call.notes] == ["We told the albatross committee"]
        assert [(s.what, s.is_open) for s in call.next_steps] == [
            ("Send the cormorant timeline", True)
        ]
        assert store.calls.summaries()[0].open_next_steps == 1
        # The search index added by migration 2 holds what version 1 already had.
        for word, kind in [
            ("heron", "title"),
            ("kingfisher", "prep"),
            ("pelican", "follow_up"),
            ("albatross", "note"),
            ("cormorant", "step"),
        ]:
            assert [(h.call_id, h.kind) for h in store.search.search(word)] == [(1, kind)]
        assert store.check() == []
    backups = list((db_path.parent / "backups").glob("*before-v*.db"))
    assert len(backups) == 1
    assert mode(backups[0]) == 0o600
    with contextlib.closing(sqlite3.connect(backups[0])) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
        assert copy.execute("SELECT title FROM calls").fetchall() == [("Legacy heron outage",)]


def test_each_migration_is_atomic_with_its_version(db_path):
    """A failing migration leaves the file at the version before it, data intact."""
    build_version_1(db_path)
    db = open_database(db_path, upto=1)
    db.execute("CREATE TABLE search_index (x)")  # makes migration 2 fail half-way
    db.close()
    with pytest.raises(StorageError):
        Store(db_path)
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 1
        triggers = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")
        assert triggers.fetchone()[0] == 0


# --------------------------------------------------------------------------- refusals
@pytest.mark.parametrize(
    "content",
    [
        os.urandom(8192),
        b"Meeting notes\nCall Northwind about the delay.\n",
        b"SQLite format 2\x00" + bytes(200),
        b"\x00" * 4096,
    ],
    ids=["random-bytes", "text-file", "almost-sqlite", "zeros"],
)
def test_non_database_file_is_refused_untouched(db_path, content):
    db_path.write_bytes(content)
    message = assert_refused(db_path, NotCandorDatabase)
    assert "not a Candor database" in message


def test_another_programs_sqlite_file_is_refused_untouched(db_path):
    with contextlib.closing(sqlite3.connect(db_path)) as other:
        other.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        other.execute("INSERT INTO recipes (name) VALUES ('bread')")
        other.commit()
    message = assert_refused(db_path, NotCandorDatabase)
    assert "another program" in message


def test_another_programs_wal_database_is_refused_untouched(db_path):
    with contextlib.closing(sqlite3.connect(db_path)) as other:
        other.execute("PRAGMA journal_mode = WAL")
        other.execute("CREATE TABLE t (x)")
        other.commit()
    before = db_path.read_bytes()
    with pytest.raises(NotCandorDatabase):
        Store(db_path)
    assert db_path.read_bytes() == before


def test_database_from_a_newer_candor_is_refused_untouched(db_path):
    with Store(db_path) as store:
        from domain.model import Call, Client

        store.calls.create(Call(client=Client("Acme"), title="From the future"))
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
        conn.commit()
    message = assert_refused(db_path, NewerDatabase, no_sidecars=False)
    assert "newer Candor" in message


def test_truncated_database_header_is_refused_untouched(db_path):
    with Store(db_path):
        pass
    db_path.write_bytes(db_path.read_bytes()[:60])  # magic intact, the rest cut off
    before = db_path.read_bytes()
    with pytest.raises(StorageError) as caught:
        Store(db_path)
    assert "\n" not in str(caught.value)
    assert db_path.read_bytes() == before


def test_folder_instead_of_file_is_refused(tmp_path):
    with pytest.raises(DatabaseUnavailable, match="folder"):
        Store(tmp_path)


def test_read_only_file_gives_a_clear_error(db_path):
    with Store(db_path):
        pass
    before = db_path.read_bytes()
    with read_only(db_path), pytest.raises(DatabaseUnavailable) as caught:
        Store(db_path)
    assert "read-only" in str(caught.value) and "\n" not in str(caught.value)
    assert db_path.read_bytes() == before


def test_read_only_folder_gives_a_clear_error(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only(folder), pytest.raises(DatabaseUnavailable) as caught:
        Store(folder / "candor.db")
    assert "\n" not in str(caught.value)
    assert not (folder / "candor.db").exists()


def test_a_schema_whose_damage_makes_sqlite_s_message_unreadable_is_damage(tmp_path):
    """A damaged schema can make SQLite's own error message invalid UTF-8; Python then
    raised a bare UnicodeDecodeError ('unexpected error' on the command line, seen with
    random damage in about 1 of 100 copies). It is damage, said in one sentence."""
    import sqlite3

    from storage.errors import DatabaseDamaged

    path = tmp_path / "candor.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET name = CAST(x'74826566' AS TEXT), sql = 'CREATE TABLE x('"
        " WHERE name = 'calls'"
    )
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseDamaged) as raised:
        Store(path)
    assert str(path) in str(raised.value) and "\n" not in str(raised.value)
