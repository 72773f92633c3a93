"""The one object the UI and the command line hold: the open database and its repositories."""

from __future__ import annotations

from pathlib import Path

from storage.calls import CallRepository
from storage.database import integrity_problems, open_database
from storage.entries import EntryRepository
from storage.reports import ReportRepository
from storage.search import SearchRepository
from storage.settings import SettingsRepository


class Store:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.db = open_database(self.path)
        self.calls = CallRepository(self.db)
        self.entries = EntryRepository(self.db)
        self.search = SearchRepository(self.db)
        self.reports = ReportRepository(self.db)
        self.settings = SettingsRepository(self.db)

    def check(self) -> list[str]:
        """Integrity and schema problems; empty when all is well."""
        return integrity_problems(self.db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
