"""Backups through SQLite's online backup API, created 0600, and restore.

Daily backups are taken at start-up at most once a day, only from a file that has just
passed the quick check (Store.daily_backup), and skipped when nothing changed since the
newest one. They are pruned to a count and a total size, oldest first, but the newest
sound daily backup is never removed: a damaged database cannot push out the last good
copy. Copies taken before a migration or a restore, and manual ones, are never pruned.

"Nothing changed" cannot be read from SQLite itself: the header's file change counter
(bytes 24-27) does not move in WAL mode, PRAGMA data_version and total_changes() are per
connection and forgotten at close, and a marker kept in the database would be a write of
its own. So the source file is fingerprinted by what the file system says of it (device,
inode, size, modification time in ns) just before the copy is taken, and that is kept
beside the backup in a small state file. A fingerprint is only trusted when the WAL is
empty (every change is in the file, so any later change moves the file's time) and the
file was last written at least FRESH_SECONDS before (so a change just after the
fingerprint cannot share its time stamp, even on a file system with 2-second times). In
doubt, the backup is taken: a wrong "changed" costs one extra copy, never a lost one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
import time
from collections import namedtuple
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from storage.paths import make_private_dirs

DAILY = "daily"
DEFAULT_KEEP = 14
DEFAULT_MAX_MB = 2048  # the daily backups' total size limit, in MiB
MB = 1024 * 1024
FRESH_SECONDS = 2.0  # a file written more recently than this is not fingerprinted
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


def list_backups(folder: Path, label: str | None = None, stem: str | None = None) -> list[Path]:
    """Backups in `folder`, newest first (by the time stamp in the name); with `stem`, only
    those of that database (two databases in one folder share its backups folder)."""
    if not folder.is_dir():
        return []
    found = [
        p
        for p in folder.glob("*.db")
        if STAMP.search(p.name)
        and (label is None or f"-{label}-" in p.name)
        and (stem is None or _named_for(p, stem, label))
    ]
    return sorted(found, key=_stamp_order, reverse=True)


def _named_for(path: Path, stem: str, label: str | None) -> bool:
    before = path.name[: STAMP.search(path.name).start()]
    return before == f"{stem}-{label}" if label else before.startswith(f"{stem}-")


def _stamp_order(path: Path) -> tuple[str, int]:
    found = STAMP.search(path.name)
    return found.group(1), int(found.group(2) or 1)


# What the day's backup did: `made` a new file (Path), or `skipped` it and said why (a
# sentence for the user); `removed`: older daily backups pruned; `problems`: damage the
# check found (then nothing was written). A named tuple: `candor list` opens the Store,
# which imports this module, and must not pay for the dataclasses or typing modules.
DailyResult = namedtuple(  # noqa: PYI024
    "DailyResult", ["made", "skipped", "removed", "problems"], defaults=(None, "", (), ())
)


def daily_backup(
    conn: sqlite3.Connection,
    db_path: Path,
    folder: Path,
    keep: int = DEFAULT_KEEP,
    now: datetime | None = None,
    max_bytes: int | None = None,
    is_sound: Callable[[Path], bool] | None = None,
) -> DailyResult:
    """Take today's backup unless one exists or nothing changed since the newest one; then
    prune to the newest `keep` and at most `max_bytes` in all, keeping the newest sound one.

    The caller has checked the database first (Store.daily_backup): never call this on a
    file the check found damaged.
    """
    now = now or datetime.now(UTC)
    db_path = Path(db_path)
    stem = db_path.stem
    existing = list_backups(folder, DAILY, stem)
    if existing and STAMP.search(existing[0].name).group(1)[:8] == now.strftime("%Y%m%d"):
        return DailyResult(skipped="today's backup was already taken")
    source = source_fingerprint(db_path)
    if existing and source is not None and _unchanged_since(folder, stem, existing[0], source):
        removed = prune(folder, stem, keep, max_bytes, is_sound)
        skipped = f"nothing has changed since the backup of {_day(existing[0])}"
        return DailyResult(skipped=skipped, removed=tuple(removed))
    make_private_dirs(folder)
    made = backup_into(conn, folder, stem, DAILY, now)
    _write_state(folder, stem, made, source)
    return DailyResult(made=made, removed=tuple(prune(folder, stem, keep, max_bytes, is_sound)))


def _day(path: Path) -> str:
    when = backup_time(path)
    return f"{when:%d %b %Y}" if when else path.name


def source_fingerprint(db_path: Path) -> dict[str, int] | None:
    """What the file system says of the database file, or None when that cannot tell a
    later change apart: changes still in the WAL, a file written in the last
    FRESH_SECONDS (or dated in the future), a file that cannot be read."""
    try:
        info = os.stat(db_path)
        wal = os.stat(f"{db_path}-wal").st_size
    except FileNotFoundError:
        wal = 0
        try:
            info = os.stat(db_path)
        except OSError:
            return None
    except OSError:
        return None
    age = time.time() - info.st_mtime
    if wal or age < FRESH_SECONDS:  # also a file dated in the future
        return None
    return {
        "device": info.st_dev,
        "inode": info.st_ino,
        "size": info.st_size,
        "mtime_ns": info.st_mtime_ns,
    }


def state_file(folder: Path, stem: str) -> Path:
    """Where the newest daily backup's source fingerprint is kept (hidden, beside it)."""
    return Path(folder) / f".{stem}-{DAILY}.json"


def _write_state(folder: Path, stem: str, made: Path, source: dict[str, int] | None) -> None:
    """Record which backup was taken from which state of the file; on failure, no record
    (the next day then takes a backup: never a wrong skip)."""
    path = state_file(folder, stem)
    record = {"backup": made.name, "backup_size": made.stat().st_size, "source": source}
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            import json  # only when a backup was made: not on every command's start

            json.dump(record, handle)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        with contextlib.suppress(OSError):
            path.unlink()


def _unchanged_since(folder: Path, stem: str, newest: Path, source: dict[str, int]) -> bool:
    """True only when the state file names `newest`, the newest daily backup, still the
    size it was written, and the database's fingerprint is the one it was taken from."""
    try:
        import json

        record = json.loads(state_file(folder, stem).read_text(encoding="utf-8"))
        return (
            record["backup"] == newest.name
            and record["backup_size"] == newest.stat().st_size
            and record["source"] == source
        )
    except (OSError, ValueError, KeyError, TypeError):
        return False


def backup_is_sound(path: Path) -> bool:
    """Is this backup a Candor database that passes PRAGMA quick_check (read-only)?"""
    from storage.database import connect_readonly  # storage.database imports this module
    from storage.migrations import APPLICATION_ID

    try:
        db = connect_readonly(path)
        try:
            ours = db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
            rows = db.execute("PRAGMA quick_check").fetchall() if ours else []
        finally:
            db.close()
    except (sqlite3.Error, OSError):
        return False
    return ours and [r[0] for r in rows] == ["ok"]


def prune(
    folder: Path,
    stem: str,
    keep: int = DEFAULT_KEEP,
    max_bytes: int | None = None,
    is_sound: Callable[[Path], bool] | None = None,
) -> list[Path]:
    """Remove daily backups of `stem` beyond the newest `keep` or beyond `max_bytes` in all,
    oldest first (so a newer one never goes while an older one stays). The newest backup
    is always kept, and so is the newest sound one, even when that breaks a limit: it is
    the one a restore would need. Returns what was removed."""
    backups = list_backups(folder, DAILY, stem)
    total, cut = 0, len(backups)
    for index, path in enumerate(backups):
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        over_size = max_bytes is not None and total + size > max_bytes
        if index and (index >= max(keep, 1) or over_size):
            cut = index
            break
        total += size
    doomed = backups[cut:]
    if not doomed:
        return []
    sound = is_sound or backup_is_sound
    newest_sound = next((p for p in backups if sound(p)), None)
    removed = []
    for old in doomed:
        if old == newest_sound:
            continue
        try:
            old.unlink()
        except OSError:
            continue
        removed.append(old)
    return removed


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
