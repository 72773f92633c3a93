"""Database paths that are not a regular file: refused at once, saying what they are,
with nothing written beside them."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from storage.errors import DatabaseUnavailable
from storage.store import Store


def open_in_thread(path: Path, unblock: Path | None = None) -> BaseException | None:
    """Store(path) in a thread; fail (after unblocking a FIFO reader) if it hangs."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            Store(path).close()
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 (handed back to the test)
            outcome.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(5)
    if worker.is_alive():
        if unblock is not None:  # a writer end lets a reader blocked in open() go on
            fd = os.open(unblock, os.O_WRONLY | os.O_NONBLOCK)
            os.close(fd)
        worker.join(5)
        pytest.fail(f"opening {path} hung")
    return outcome[0]


def test_a_fifo_is_refused_at_once(tmp_path):
    fifo = tmp_path / "candor.db"
    os.mkfifo(fifo)
    error = open_in_thread(fifo, unblock=fifo)
    assert isinstance(error, DatabaseUnavailable)
    message = str(error)
    assert "pipe" in message and str(fifo) in message and "read-only" not in message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["candor.db"]


def test_a_symlink_to_a_fifo_is_refused_too(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "candor.db"
    link.symlink_to(fifo)
    error = open_in_thread(link, unblock=fifo)
    assert isinstance(error, DatabaseUnavailable) and "pipe" in str(error)


def test_a_character_device_is_refused_and_nothing_is_written_beside_it(tmp_path):
    device = tmp_path / "candor.db"
    try:  # the same device as /dev/null, made here so nothing is ever written in /dev
        os.mknod(device, stat.S_IFCHR | 0o600, os.makedev(1, 3))
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a device node here: {exc}")
    error = open_in_thread(device)
    assert isinstance(error, DatabaseUnavailable)
    assert "device" in str(error) and "read-only" not in str(error)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["candor.db"]


def test_a_path_under_a_regular_file_says_so(tmp_path):
    somefile = tmp_path / "somefile.txt"
    somefile.write_text("not a folder")
    with pytest.raises(DatabaseUnavailable) as caught:
        Store(somefile / "candor.db")
    message = str(caught.value)
    assert "read-only" not in message
    assert f"{somefile} is a file, not a folder" in message
    assert somefile.read_text() == "not a folder"


def test_a_path_deeper_under_a_regular_file_names_that_file(tmp_path):
    somefile = tmp_path / "somefile.txt"
    somefile.write_text("x")
    with pytest.raises(DatabaseUnavailable, match="somefile.txt is a file, not a folder"):
        Store(somefile / "deeper" / "candor.db")


def test_a_dangling_symlink_says_where_it_points(tmp_path):
    link = tmp_path / "candor.db"
    link.symlink_to(tmp_path / "gone" / "real.db")
    with pytest.raises(DatabaseUnavailable) as caught:
        Store(link)
    message = str(caught.value)
    assert "read-only" not in message
    assert "symbolic link" in message and "does not exist" in message
    assert str(tmp_path / "gone" / "real.db") in message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["candor.db"]


def test_a_dangling_symlink_in_the_same_folder_says_so_too(tmp_path):
    link = tmp_path / "candor.db"
    link.symlink_to("elsewhere.db")  # relative, and its folder exists
    with pytest.raises(DatabaseUnavailable, match="symbolic link .* does not exist"):
        Store(link)
    assert not (tmp_path / "elsewhere.db").exists()


def test_a_symlink_to_a_real_database_still_opens(tmp_path):
    real = tmp_path / "real.db"
    Store(real).close()
    link = tmp_path / "candor.db"
    link.symlink_to(real)
    with Store(link) as store:
        assert store.check() == []


def test_a_fifo_offered_as_a_backup_is_refused_at_once(tmp_path):
    from storage.restore import verify_backup

    fifo = tmp_path / "candor-daily-20260101-000000.db"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []
    worker = threading.Thread(
        target=lambda: outcome.append(pytest.raises(DatabaseUnavailable, verify_backup, fifo)),
        daemon=True,
    )
    worker.start()
    worker.join(5)
    if worker.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(5)
        pytest.fail("checking a FIFO as a backup hung")
    assert outcome
