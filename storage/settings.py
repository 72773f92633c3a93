"""Key/value settings (profile, window geometry) as JSON in the database.

Living in the database, a setting is written in one atomic transaction like
everything else, so a crash never leaves a half-written settings file.
"""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from typing import Any

from domain.model import Profile
from storage.connection import Db
from storage.drafts import NoteDraftRepository
from storage.migrations import NOTE_DRAFT_SETTING

PROFILE_KEY = "profile"
BACKUP_KEEP_KEY = "backup_keep"
DEFAULT_BACKUP_KEEP = 14


class SettingsRepository:
    def __init__(self, db: Db):
        self.db = db
        self._drafts = NoteDraftRepository(db)

    def get(self, key: str, default: Any = None) -> Any:
        """A setting's value; a note draft's key (draft_note_<call id>) reads its table,
        and reads "" when there is none, as a cleared draft setting did."""
        if found := NOTE_DRAFT_SETTING.fullmatch(key):
            return self._drafts.get(int(found.group(1))) or ("" if default is None else default)
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        if row is None:
            return default
        try:
            return json.loads(row[0])
        except ValueError:
            return default

    def set(self, key: str, value: Any) -> None:
        if found := NOTE_DRAFT_SETTING.fullmatch(key):
            self._drafts.save(int(found.group(1)), value if isinstance(value, str) else "")
            return
        self.db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, json.dumps(value)],
        )

    def profile(self) -> Profile:
        data = self.get(PROFILE_KEY, {}) or {}
        known = {f.name for f in fields(Profile)}
        return Profile(**{k: str(v) for k, v in data.items() if k in known})

    def save_profile(self, profile: Profile) -> None:
        self.set(PROFILE_KEY, asdict(profile))

    def backup_keep(self) -> int:
        """How many daily backups to keep; a stored value that is not a count gives the default."""
        value = self.get(BACKUP_KEEP_KEY, DEFAULT_BACKUP_KEEP)
        return value if isinstance(value, int) and value >= 1 else DEFAULT_BACKUP_KEEP

    def set_backup_keep(self, count: int) -> None:
        if count < 1:
            raise ValueError("keep at least one daily backup")
        self.set(BACKUP_KEEP_KEY, int(count))
