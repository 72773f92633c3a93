"""The one object the UI and the command line hold: the open database and its repositories."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from functools import cached_property
from pathlib import Path

from storage.database import integrity_problems, open_database
from storage.errors import StorageError, from_sqlite
from storage.leftovers import remove_leftovers
from storage.paths import backup_dir, make_private_dirs

TYPE_CHECKING = False  # importing typing costs the command line 2-3 ms; annotations are text
if TYPE_CHECKING:
    from storage import backup
    from storage.calls import CallRepository
    from storage.drafts import NoteDraftRepository
    from storage.entries import EntryRepository
    from storage.history import HistoryRepository
    from storage.reports import ReportRepository
    from storage.search import SearchRepository
    from storage.settings import SettingsRepository
    from storage.tone_choices import ToneChoiceRepository


class Store:
    """The open database; each repository's module loads on its first use, so a command
    that only lists calls does not import the reports, search or settings code."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.db = open_database(self.path)
        remove_leftovers(self.path)  # partial copies from a backup or upgrade killed midway

    @cached_property
    def calls(self) -> CallRepository:
        from storage.calls import CallRepository

        return CallRepository(self.db)

    @cached_property
    def entries(self) -> EntryRepository:
        from storage.entries import EntryRepository

        return EntryRepository(self.db)

    @cached_property
    def drafts(self) -> NoteDraftRepository:
        return self.entries.drafts

    @cached_property
    def search(self) -> SearchRepository:
        from storage.search import SearchRepository

        return SearchRepository(self.db)

    @cached_property
    def history(self) -> HistoryRepository:
        """Lists of calls a page at a time (History, the client page)."""
        from storage.history import HistoryRepository

        return HistoryRepository(self.db)

    @cached_property
    def reports(self) -> ReportRepository:
        from storage.reports import ReportRepository

        return ReportRepository(self.db)

    @cached_property
    def settings(self) -> SettingsRepository:
        from storage.settings import SettingsRepository

        return SettingsRepository(self.db)

    @cached_property
    def tone(self) -> ToneChoiceRepository:
        from storage.tone_choices import ToneChoiceRepository

        return ToneChoiceRepository(self.db)

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
            from storage.text_check import unreadable_text

            return unreadable_text(self.db, search_index=False)
        except (sqlite3.DatabaseError, StorageError) as exc:
            return [f"the file is damaged and cannot be checked ({exc})"]

    @property
    def backup_dir(self) -> Path:
        return backup_dir(self.path)

    def backup(self, dest: Path | None = None, new_only: bool = False) -> Path:
        """A consistent 0600 copy; by default a new time-stamped file in the backups folder.

        `dest` may be a file (replaced, or FileExistsError with `new_only`) or an existing
        folder (a new time-stamped file inside it, never replacing another backup).
        """
        from storage import backup  # backups load when one is taken, not with every Store

        try:
            if dest is None:
                make_private_dirs(self.backup_dir)
                dest = self.backup_dir
            if Path(dest).is_dir():
                return backup.backup_into(self.db.conn, Path(dest), self.path.stem, "manual")
            return backup.backup_to(self.db.conn, Path(dest), new_only)
        except sqlite3.Error as exc:
            raise from_sqlite(exc, "writing the backup") from exc

    def daily_backup(self, now: datetime | None = None) -> backup.DailyResult:
        """The quick check, then at most one automatic backup a day, pruned to the newest
        `backup_keep` and `backup_max_mb` in all (the newest sound backup always stays).

        A file the check finds damaged is not backed up at all, so it can never push a
        sound backup out: the result names the damage and says no backup was taken.
        """
        from storage import backup

        problems = self.quick_problems()
        if problems:
            return backup.DailyResult(
                skipped=f"{self.path} is damaged ({problems[0]}), so it was not backed up",
                problems=tuple(problems),
            )
        settings = self.settings.load()
        keep, max_bytes = settings.backup_keep, settings.backup_max_mb * backup.MB
        try:
            return backup.daily_backup(
                self.db.conn, self.path, self.backup_dir, keep, now, max_bytes
            )
        except sqlite3.Error as exc:
            raise from_sqlite(exc, "writing the daily backup") from exc

    # The tables whose indexes the queries choose between; the full-text tables' shadow
    # tables are left out (ANALYZE would read them all: seconds at 100,000 calls).
    PLANNED_TABLES = ("calls", "next_steps", "notes", "reactions", "ticks", "clients", "contacts")

    def optimize(self) -> None:
        """Keep the query planner's statistics current: ANALYZE the planned tables when
        the file has none (a demo or an old file; without them the banner's queries chose
        the wrong index), else PRAGMA optimize, which redoes what has drifted. Bounded by
        analysis_limit: a few milliseconds at 100,000 calls. At close, and after `demo`."""
        self.db.execute("PRAGMA analysis_limit = 1000")
        found = self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
        ).fetchone()
        if found is None:
            for table in self.PLANNED_TABLES:
                self.db.execute(f"ANALYZE {table}")
        else:
            self.db.execute("PRAGMA optimize")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
