"""A backup, a pre-upgrade copy or a restore killed midway leaves a hidden partial copy
of the whole database; the next start removes it, and nothing else."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from storage.database import open_database
from storage.store import Store

CHILD = Path(__file__).with_name("slow_backup_child.py")
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def old_database(path: Path) -> None:
    """A schema-1 database with enough pages that copying it one page a time takes a while."""
    db = open_database(path, upto=1)
    db.execute("INSERT INTO clients (id, name, created_at) VALUES (1, 'Acme', '2026-01-01')")
    with db.atomic():
        db.executemany(
            "INSERT INTO calls (client_id, title, status, created_at, prep_facts_known) "
            "VALUES (1, ?, 'ended', '2026-01-01', ?)",
            [(f"call {i}", "fact " * 400) for i in range(200)],
        )
    db.close()


def kill_while_copying(db_path: Path, what: str) -> None:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(db_path), what],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    try:
        while (line := child.stdout.readline()) != b"copying\n":
            if not line or line == b"finished\n":
                err = child.stderr.read().decode(errors="replace")
                pytest.fail(f"the child never started copying:\n{err}")
        time.sleep(0.2)
        os.kill(child.pid, signal.SIGKILL)
        child.communicate(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL


def hidden(folder: Path) -> list[str]:
    return (
        sorted(p.name for p in folder.iterdir() if p.name.startswith("."))
        if folder.is_dir()
        else []
    )


def dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout)


@pytest.mark.parametrize("what", ["upgrade", "manual", "daily"])
def test_a_killed_copy_is_removed_at_the_next_start(db_path, what):
    if what == "upgrade":
        old_database(db_path)
    else:
        with Store(db_path) as store:
            store.db.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?)",
                [(f"filler {i}", '"' + "x" * 3000 + '"') for i in range(300)],
            )
    kill_while_copying(db_path, what)
    backups = db_path.parent / "backups"
    left = hidden(backups)
    assert any(".db.tmp-" in name for name in left), f"nothing left to clean up: {left}"
    with Store(db_path) as store:
        assert store.check() == []
    assert hidden(backups) == []


def test_only_candors_own_temporary_names_are_removed(db_path):
    with Store(db_path):
        pass
    backups = db_path.parent / "backups"
    backups.mkdir(exist_ok=True)
    gone = dead_pid()
    ours = [
        backups / f".candor-daily-20260101-090000.db.tmp-{gone}",
        backups / f".candor-daily-20260101-090000.db.tmp-{gone}-journal",
        backups / f".candor-before-v5-20260101-090000.db.tmp-{gone}",
        # the second backup in the same second (storage.backup.backup_into)
        backups / f".candor-manual-20260101-090000-2.db.tmp-{gone}",
        db_path.parent / f".candor.db.restore-{gone}",
    ]
    theirs = [
        backups / f".notes.txt.tmp-{gone}",  # not a backup's name
        backups / f".other-daily-20260101-090000.db.tmp-{gone}",  # another database's
        backups / "candor-daily-20260101-090000.db.tmp",
        db_path.parent / f".candor.db.tmp-{gone}",
        db_path.parent / f".elsewhere.db.restore-{gone}",
        db_path.parent / "report.docx",
        # a backup being written right now by a live process (this one) is left alone
        backups / f".candor-manual-20260101-090000.db.tmp-{os.getpid()}",
    ]
    for path in ours + theirs:
        path.write_bytes(b"partial")
    with Store(db_path):
        pass
    assert [p for p in ours if p.exists()] == []
    assert [p for p in theirs if not p.exists()] == []


def test_a_leftover_untouched_for_days_goes_even_if_its_pid_was_reused(db_path):
    with Store(db_path):
        pass
    backups = db_path.parent / "backups"
    backups.mkdir(exist_ok=True)
    stale = backups / f".candor-daily-20260101-090000.db.tmp-{os.getpid()}"
    stale.write_bytes(b"partial")
    old = time.time() - 3 * 86400
    os.utime(stale, (old, old))
    with Store(db_path):
        pass
    assert not stale.exists()
