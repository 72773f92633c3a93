"""The one object the UI and the command line hold: the open database and its repositories."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from storage import backup
from storage.calls import CallRepository
from storage.database import integrity_problems, open_database
from storage.entries import EntryRepository
from storage.errors import StorageError, from_sqlite
from storage.leftovers import remove_leftovers
from storage.paths import backup_dir, make_private_dirs
from storage.reports import ReportRepository
from storage.restore import restore_backup, verify_backup  # noqa: F401 (their old home)
from storage.search import SearchRepository
from storage.settings import SettingsRepository
from storage.text_check import unreadable_text
from storage.tone_choices import ToneChoiceRepository


class Store:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.db = open_database(self.path)
        remove_leftovers(self.path)  # partial copies from a backup or upgrade killed midway
        self.calls = CallRepository(self.db)
        self.entries = EntryRepository(self.db)
        self.drafts = self.entries.drafts
        self.search = SearchRepository(self.db)
        self.reports = ReportRepository(self.db)
        self.settings = SettingsRepository(self.db)
        self.tone = ToneChoiceRepository(self.db)

    def check(self) -> list[str]:
        """Integrity and schema problems; empty when all is well."""
        return integrity_problems(self.db)

    def quick_problems(self) -> list[str]:
        """PRAGMA quick_check, then text that is not UTF-8 (which would break History):
        about a second for 10,000 calls."""
        try:
            rows = self.db.execute("PRAGMA quick_check").fetchall()
        except (sqlite3.DatabaseError, StorageError) as exc:  # too damaged to check at all
            return [f"the file is damaged and cannot be checked ({exc})"]
        lines = [line for r in rows if r[0] != "ok" for line in r[0].splitlines()]
        problems = [line for line in lines if not line.startswith("***")]
        if problems:
            return problems
        try:  # pages are sound: now the values the window will show
            return unreadable_text(self.db, search_index=False)
        except (sqlite3.DatabaseError, StorageError) as exc:
            return [f"the file is damaged and cannot be checked ({exc})"]

    @property
    def backup_dir(self) -> Path:
        return backup_dir(self.path)

    def backup(self, dest: Path | None = None) -> Path:
        """A consistent 0600 copy; by default a time-stamped file in the backups folder."""
        if dest is None:
            make_private_dirs(self.backup_dir)
            dest = self.backup_dir / backup.timestamped_name(self.path.stem, "manual")
        try:
            return backup.backup_to(self.db.conn, Path(dest))
        except sqlite3.Error as exc:
            raise from_sqlite(exc, "writing the backup") from exc

    def daily_backup(self) -> Path | None:
        """At most one automatic backup a day, keeping the newest `backup_keep` (default 14)."""
        keep = self.settings.backup_keep()
        try:
            return backup.daily_backup(self.db.conn, self.path, self.backup_dir, keep)
        except sqlite3.Error as exc:
            raise from_sqlite(exc, "writing the daily backup") from exc

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
