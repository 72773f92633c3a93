"""One window per database: a QLockFile "<db>.lock" beside the database file.

Two windows on one file would undo each other: the second offers to end the call
that is live in the first, and both autosave the same call. So the window takes
this lock before it opens the store and keeps it until it exits.

The lock is held for as long as the window is open, so it never goes stale by age
(setStaleLockTime(0)); a lock left by a process that died is still recognised by
QLockFile (the process id written in it is no longer running) and taken over.
The command-line actions do not take it: SQLite keeps them consistent, and a
`list` or `export` beside the open window is fine.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile

from ui.i18n import tr

TRY_MS = 200  # a moment for a lock being written or removed just now


def lock_path(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


def acquire(db_path: Path) -> QLockFile | None:
    """The lock on `db_path`, held by this process; None if another live process holds it.

    A lock that cannot be written at all (a read-only folder) is not this guard's
    business: the lock comes back unlocked, and opening the store reports the folder.
    """
    lock = QLockFile(str(lock_path(db_path)))
    lock.setStaleLockTime(0)
    if _try_lock_private(lock, db_path):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        # Held. tryLock already removes a dead process's lock; removeStaleLockFile
        # covers the race where its owner died while we were waiting.
        if lock.removeStaleLockFile() and _try_lock_private(lock, db_path):
            return lock
        return None
    return lock  # PermissionError or UnknownError: not locked, and not held by another


def _try_lock_private(lock: QLockFile, db_path: Path) -> bool:
    """tryLock, with the lock file created 0600 whatever the umask (QLockFile creates it
    0666 minus the umask); chmod afterwards covers a file system that ignores the umask."""
    old = os.umask(0o077)
    try:
        locked = lock.tryLock(TRY_MS)
    finally:
        os.umask(old)
    if locked:
        with contextlib.suppress(OSError):
            os.chmod(lock_path(db_path), 0o600)
    return locked


def holder_pid(db_path: Path) -> int | None:
    """The process id written in the lock file, if it can be read."""
    pid, _host, _app = QLockFile(str(lock_path(db_path))).getLockInfo()  # pid 0: unreadable
    return int(pid) if pid and pid > 0 else None


def already_open_message(db_path: Path) -> str:
    pid = holder_pid(db_path)
    if pid:
        text = tr(
            "Candor is already open on {file} (process {pid}). "
            "Switch to that window, or close it first."
        )
    else:
        text = tr("Candor is already open on {file}. Switch to that window, or close it first.")
    return text.format(file=db_path, pid=pid)


def acquire_or_explain(db_path: Path) -> QLockFile | None:
    """acquire(), and when another window holds the database, say so (stderr and a
    message box; a QApplication must exist) and return None: the caller exits with 1."""
    lock = acquire(db_path)
    if lock is not None:
        return lock
    from PySide6.QtWidgets import QMessageBox

    message = already_open_message(db_path)
    print(message, file=sys.stderr)
    QMessageBox.critical(None, tr("Candor is already open"), message)
    return None
