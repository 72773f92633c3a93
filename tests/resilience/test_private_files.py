"""Whatever the umask, what Candor creates is the user's alone: folders 0700, the
database, its side files, backups and the window's lock file 0600."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage.store import Store


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(params=[0o000, 0o022, 0o002])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def test_folders_candor_creates_are_private_whatever_the_umask(tmp_path, umask):
    path = tmp_path / "deep" / "er" / "candor.db"
    with Store(path) as store:
        store.backup()
        store.daily_backup()
    for folder in (tmp_path / "deep", tmp_path / "deep" / "er", path.parent / "backups"):
        assert mode(folder) == 0o700, f"{folder} is {oct(mode(folder))} under umask {umask:o}"
    assert mode(path) == 0o600
    for copy in (path.parent / "backups").iterdir():
        assert mode(copy) == 0o600, copy


def test_an_existing_folder_is_left_as_it_was(tmp_path, umask):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    with Store(shared / "candor.db"):
        pass
    assert mode(shared) == 0o755


def test_the_backups_folder_of_a_migration_is_private(tmp_path, umask):
    from storage.database import open_database

    path = tmp_path / "candor.db"
    open_database(path, upto=1).close()
    Store(path).close()  # migrates, with a copy taken first
    assert mode(path.parent / "backups") == 0o700


def test_the_window_lock_file_is_private_whatever_the_umask(tmp_path, umask):
    from ui import instance_lock

    db_path = tmp_path / "candor.db"
    lock = instance_lock.acquire(db_path)
    try:
        assert lock is not None and lock.isLocked()
        assert mode(instance_lock.lock_path(db_path)) == 0o600
    finally:
        lock.unlock()
