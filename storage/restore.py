"""Choosing, checking and putting back a backup: the storage half of File > Restore and
of the offer made when the database is damaged. No Qt: the window only asks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from storage import backup
from storage.database import connect_readonly, inspect_existing
from storage.errors import DatabaseUnavailable, StorageError, unavailable
from storage.paths import backup_dir

SET_ASIDE = "-before-restore-"


def verify_backup(path: Path) -> None:
    """Raise a StorageError unless `path` is a sound Candor database."""
    inspect_existing(path)
    try:
        db = connect_readonly(path)
        try:
            rows = db.execute("PRAGMA integrity_check").fetchall()
        finally:
            db.close()
    except sqlite3.Error as exc:  # too damaged to be checked at all
        raise unavailable(exc, path, f"{path} cannot be checked ({exc}).") from exc
    problems = [r[0] for r in rows if r[0] != "ok"]
    if problems:
        raise DatabaseUnavailable(f"{path} is damaged ({problems[0]}); choose another backup.")


def latest_sound_backup(db_path: Path) -> Path | None:
    """The newest daily, manual or pre-migration backup that is itself sound.

    A copy set aside by an earlier restore is skipped: it may be this very damage.
    """
    for candidate in backup.list_backups(backup_dir(Path(db_path))):
        if SET_ASIDE in candidate.name:
            continue
        try:
            verify_backup(candidate)
        except (StorageError, OSError):
            continue
        return candidate
    return None


def restore_backup(db_path: Path, backup_file: Path) -> Path:
    """Replace the closed database at `db_path` by `backup_file`; return where the old one went."""
    verify_backup(backup_file)
    return backup.restore(backup_file, db_path, backup_dir(db_path))
