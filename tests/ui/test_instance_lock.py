"""One window per database: the lock beside the file, held, refused, taken over when stale."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ui import instance_lock
from ui.instance_lock import acquire, acquire_or_explain, lock_path

ROOT = Path(__file__).resolve().parents[2]
HOLDER = """
import sys, time
from ui.instance_lock import acquire
lock = acquire(sys.argv[1])
print("locked" if lock is not None and lock.isLocked() else "refused", flush=True)
time.sleep(120)
"""


def hold_in_other_process(db: Path) -> subprocess.Popen:
    """A second process that takes the lock on `db` and sleeps, as another window would."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert holder.stdout.readline().strip() == "locked"
    return holder


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[subprocess.Popen]:
    process = hold_in_other_process(tmp_path / "candor.db")
    yield process
    if process.poll() is None:
        process.kill()
    process.wait(10)


def test_the_lock_sits_beside_the_database(tmp_path):
    db = tmp_path / "candor.db"
    lock = acquire(db)
    assert lock is not None and lock.isLocked()
    assert lock_path(db) == tmp_path / "candor.db.lock"
    assert lock_path(db).exists()
    assert instance_lock.holder_pid(db) == os.getpid()
    lock.unlock()
    assert not lock_path(db).exists()


def test_a_second_window_in_this_process_is_refused(tmp_path):
    db = tmp_path / "candor.db"
    first = acquire(db)
    assert first is not None
    assert acquire(db) is None
    first.unlock()
    again = acquire(db)
    assert again is not None and again.isLocked()
    again.unlock()


def test_another_live_process_holding_it_refuses_with_its_pid(tmp_path, holder):
    db = tmp_path / "candor.db"
    assert acquire(db) is None
    assert instance_lock.already_open_message(db) == (
        f"Candor is already open on {db} (process {holder.pid}). "
        "Switch to that window, or close it first."
    )


def test_the_second_instance_says_so_once_and_gets_none(tmp_path, holder, monkeypatch, capsys):
    shown: list[tuple[str, str]] = []

    def critical(_parent, title, text):  # noqa: ANN001, ANN202 (QMessageBox's signature)
        shown.append((title, text))

    monkeypatch.setattr(QMessageBox, "critical", critical)
    db = tmp_path / "candor.db"
    assert acquire_or_explain(db) is None
    assert shown == [("Candor is already open", instance_lock.already_open_message(db))]
    assert f"process {holder.pid}" in shown[0][1]
    assert capsys.readouterr().err.strip() == shown[0][1]
    assert not db.exists()  # the store was never opened


def test_a_lock_left_by_a_killed_process_is_taken_over(tmp_path, holder):
    db = tmp_path / "candor.db"
    holder.send_signal(signal.SIGKILL)
    holder.wait(10)
    assert lock_path(db).exists()  # it had no chance to remove it
    lock = acquire(db)
    assert lock is not None and lock.isLocked()
    assert instance_lock.holder_pid(db) == os.getpid()
    lock.unlock()


def test_a_window_after_the_other_closed_gets_the_lock(tmp_path, holder):
    db = tmp_path / "candor.db"
    assert acquire(db) is None
    holder.terminate()  # SIGTERM: the sleeping holder dies without unlocking, like a crash
    holder.wait(10)
    lock = acquire(db)
    assert lock is not None and lock.isLocked()
    lock.unlock()


def test_a_folder_where_no_lock_can_be_written_is_left_to_the_store(tmp_path, monkeypatch):
    """A missing or read-only folder: not another window, so no 'already open' message;
    opening the store then says what is wrong with the folder."""
    shown: list[tuple] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args))
    lock = acquire_or_explain(tmp_path / "missing" / "candor.db")
    assert lock is not None and not lock.isLocked()
    assert lock.error() != lock.LockError.LockFailedError
    assert shown == []


SECOND_WINDOW = """
import sys
from PySide6.QtWidgets import QMessageBox
QMessageBox.critical = lambda parent, title, text: print("BOX:", text)
from ui.app import run_window
sys.exit(run_window(sys.argv[1]))
"""


def test_a_second_window_exits_with_1_without_opening_the_store(tmp_path, holder):
    db = tmp_path / "candor.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SECOND_WINDOW, str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    message = instance_lock.already_open_message(db)
    assert done.returncode == 1, done.stderr[-2000:]
    assert done.stdout.strip() == f"BOX: {message}"
    assert done.stderr.strip().splitlines()[-1] == message
    assert not db.exists()
