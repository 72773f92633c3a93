"""Backups through SQLite's online backup API, created 0600, and restore.

Daily backups are taken at start-up at most once a day and pruned to the last
N; copies taken before a migration or a restore are never pruned.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from storage.paths import make_private_dirs

DAILY = "daily"
DEFAULT_KEEP = 14
# The time stamp, then a count when several backups were taken in the same second.
STAMP = re.compile(r"-(\d{8}-\d{6})(?:-(\d+))?\.db$")
MAX_SAME_SECOND = 1000


def backup_to(conn: sqlite3.Connection, dest: Path, new_only: bool = False) -> Path:
    """Write a consistent copy of `conn`'s database to `dest` (atomically, 0600).

    With `new_only`, an existing `dest` is never replaced: FileExistsError instead,
    decided at the last step (a hard link), so two processes cannot both take a name.
    """
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.tmp-{os.getpid()}")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        target = sqlite3.connect(str(tmp))
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        _fsync(tmp)
        if new_only:
            _link_new(tmp, dest)
        else:
            os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    return dest


def _link_new(tmp: Path, dest: Path) -> None:
    """Give `tmp` the name `dest` only if nothing has it (EEXIST otherwise)."""
    try:
        os.link(tmp, dest)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: check, then rename
        if os.path.lexists(dest):
            raise FileExistsError(errno.EEXIST, "File exists", str(dest)) from None
        os.replace(tmp, dest)
        return
    tmp.unlink()


def backup_into(
    conn: sqlite3.Connection, folder: Path, stem: str, label: str, now: datetime | None = None
) -> Path:
    """A new time-stamped backup in `folder`; a second one in the same second gets
    "-2" after the stamp, and so on, so no backup ever replaces another."""
    name = timestamped_name(stem, label, now)
    for count in range(1, MAX_SAME_SECOND + 1):
        dest = Path(folder) / (name if count == 1 else name.replace(".db", f"-{count}.db"))
        if os.path.lexists(dest):
            continue
        try:
            return backup_to(conn, dest, new_only=True)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "Too many backups in the same second", str(folder))


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def timestamped_name(stem: str, label: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    return f"{stem}-{label}-{stamp}.db"


def backup_time(path: Path) -> datetime | None:
    """When a backup was taken, from the time stamp in its name."""
    found = STAMP.search(path.name)
    if not found:
        return None
    return datetime.strptime(found.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)


def list_backups(folder: Path, label: str | None = None) -> list[Path]:
    """Backups in `folder`, newest first (by the time stamp in the name)."""
    if not folder.is_dir():
        return []
    found = [
        p
        for p in folder.glob("*.db")
        if STAMP.search(p.name) and (label is None or f"-{label}-" in p.name)
    ]
    return sorted(found, key=_stamp_order, reverse=True)


def _stamp_order(path: Path) -> tuple[str, int]:
    found = STAMP.search(path.name)
    return found.group(1), int(found.group(2) or 1)


def daily_backup(
    conn: sqlite3.Connection,
    db_path: Path,
    folder: Path,
    keep: int = DEFAULT_KEEP,
    now: datetime | None = None,
) -> Path | None:
    """Take today's backup unless one exists; prune daily backups to the newest `keep`."""
    now = now or datetime.now(UTC)
    existing = list_backups(folder, DAILY)
    if existing and STAMP.search(existing[0].name).group(1)[:8] == now.strftime("%Y%m%d"):
        return None
    make_private_dirs(folder)
    made = backup_to(conn, folder / timestamped_name(db_path.stem, DAILY, now))
    for old in list_backups(folder, DAILY)[max(keep, 1) :]:
        with contextlib.suppress(OSError):
            old.unlink()
    return made


def _keep_aside(path: Path, aside: Path) -> None:
    try:
        os.link(path, aside)
    except OSError:
        import shutil  # here, not on every start: it loads bz2 and lzma (2 ms)

        shutil.copy2(path, aside)
        _fsync(aside)


def restore(backup: Path, db_path: Path, folder: Path, now: datetime | None = None) -> Path:
    """Put `backup` in place of the (closed) database at `db_path`.

    The current file, with its -wal and -shm, is first kept aside in `folder`
    (a hard link, or a copy) so nothing is lost; returns where it went. The swap
    itself is one atomic rename, so a crash at any moment leaves either the old
    file or the restored one at `db_path`, never nothing. The caller must have
    checked that `backup` is a sound Candor database and closed every connection.
    """
    make_private_dirs(folder)
    aside = folder / timestamped_name(db_path.stem, "before-restore", now)
    tmp = db_path.with_name(f".{db_path.name}.restore-{os.getpid()}")
    fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        import shutil

        shutil.copyfile(backup, tmp)
        _fsync(tmp)
        if db_path.exists():
            _keep_aside(db_path, aside)
        for suffix in ("-wal", "-shm"):  # must not be applied to the restored file
            side = Path(f"{db_path}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{aside}{suffix}"))
        os.replace(tmp, db_path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    return aside
