"""Settings as JSON in the database, and Settings, the typed object over them.

Living in the database, a setting is written in one atomic transaction like
everything else, so a crash never leaves a half-written settings file. Settings
names every known setting with its type and default; load() reads them in one
query and save() writes them in one transaction, a damaged or hand-edited value
reading as its default. get/set by key stay for the callers not moved yet and for
the drafts (a call's note draft lives in its own table; see storage.drafts).
"""

from __future__ import annotations

import json
from typing import Any

from domain.model import Profile
from domain.records import dataclass, field, field_names
from storage.connection import Db
from storage.drafts import NoteDraftRepository
from storage.migrations import NOTE_DRAFT_SETTING

PROFILE_KEY = "profile"
BACKUP_KEEP_KEY = "backup_keep"
DEFAULT_BACKUP_KEEP = 14
DEFAULT_BACKUP_MAX_MB = 2048  # storage.backup.DEFAULT_MAX_MB; not imported, to stay light
APPEARANCES = ("system", "light", "dark")  # View > Appearance: follow the system, or fixed


@dataclass  # domain.records': reading the settings (every start) loads no dataclasses module
class Settings:
    """Every setting Candor keeps; the field name is the key it is stored under."""

    profile: Profile = field(default_factory=Profile)
    backup_keep: int = DEFAULT_BACKUP_KEEP  # daily backups kept, at least 1
    backup_max_mb: int = DEFAULT_BACKUP_MAX_MB  # the daily backups' total size, in MiB
    window_geometry: str = ""  # the main window's saveGeometry(), base64
    last_export_folder: str = ""  # where the last export went, offered next time
    profile_prompted: bool = False  # asked once to fill in the profile before exporting
    interface_language: str = ""  # "en", "de"…; "" follows the system (applies at start)
    appearance: str = "system"  # one of APPEARANCES
    # The desktop's scheme when last asked ("light" or "dark"): System's colours for the
    # first frame, before Qt is asked again (ui.shell.appearance).
    system_appearance: str = "light"

    def validate(self) -> None:
        if isinstance(self.backup_keep, bool) or not isinstance(self.backup_keep, int):
            raise ValueError("the number of daily backups to keep is a whole number")
        if self.backup_keep < 1:
            raise ValueError("keep at least one daily backup")
        if isinstance(self.backup_max_mb, bool) or not isinstance(self.backup_max_mb, int):
            raise ValueError("the daily backups' size limit is a whole number of MB")
        if self.backup_max_mb < 1:
            raise ValueError("the daily backups' size limit is at least 1 MB")
        if self.appearance not in APPEARANCES:
            raise ValueError(f"the appearance is one of {', '.join(APPEARANCES)}")
        if self.system_appearance not in ("light", "dark"):
            raise ValueError("the desktop's appearance is light or dark")


KEYS = tuple(field_names(Settings))
_PROFILE_FIELDS = tuple(field_names(Profile))
_PROFILE_KEYS = frozenset(_PROFILE_FIELDS)


def _profile(stored: Any) -> Profile:
    data = stored if isinstance(stored, dict) else {}
    return Profile(**{k: str(v) for k, v in data.items() if k in _PROFILE_KEYS and v is not None})


def _typed(key: str, stored: Any, default: Any) -> Any:
    """The stored value if it has the setting's type (and is valid), else the default."""
    if key == "profile":
        return _profile(stored)
    if key in ("backup_keep", "backup_max_mb"):
        ok = isinstance(stored, int) and not isinstance(stored, bool) and stored >= 1
        return stored if ok else default
    if key == "appearance":
        return stored if stored in APPEARANCES else default
    if key == "system_appearance":
        return stored if stored in ("light", "dark") else default
    return stored if type(stored) is type(default) else default


def _stored(value: Any) -> Any:
    if isinstance(value, Profile):  # its fields are text: a plain dict of them
        return {name: getattr(value, name) for name in _PROFILE_FIELDS}
    return value


class SettingsRepository:
    def __init__(self, db: Db):
        self.db = db
        self._drafts = NoteDraftRepository(db)

    # typed -----------------------------------------------------------------------------
    def load(self) -> Settings:
        """Every known setting in one query; what is missing or damaged is its default."""
        marks = ", ".join("?" for _ in KEYS)
        rows = self.db.execute(f"SELECT key, value FROM settings WHERE key IN ({marks})", KEYS)
        stored = {}
        for key, text in rows:
            try:
                stored[key] = json.loads(text)
            except ValueError:
                continue
        defaults = Settings()
        return Settings(
            **{k: _typed(k, stored[k], getattr(defaults, k)) for k in KEYS if k in stored}
        )

    def save(self, settings: Settings) -> None:
        """Write every setting in one transaction: all are saved, or none."""
        settings.validate()
        with self.db.atomic():
            for key in KEYS:
                self._put(key, _stored(getattr(settings, key)))

    def update(self, **changes: Any) -> Settings:
        """Change the named settings, keep the others, in one transaction; the result."""
        with self.db.atomic():  # (no dataclasses.replace: the window saves at close)
            current = self.load()
            settings = Settings(**{**{k: getattr(current, k) for k in KEYS}, **changes})
            self.save(settings)
        return settings

    # by key (thin wrappers for the callers not moved to Settings yet) -------------------
    def get(self, key: str, default: Any = None) -> Any:
        """A setting's value; a note draft's key (draft_note_<call id>) reads its table,
        and reads "" when there is none, as a cleared draft setting did."""
        if found := NOTE_DRAFT_SETTING.fullmatch(key):
            return self._drafts.get(int(found.group(1))) or ("" if default is None else default)
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        if row is None:
            return default
        try:
            value = json.loads(row[0])
        except ValueError:
            return default
        if key in KEYS:  # a known setting reads as load() would have it
            return _stored(_typed(key, value, getattr(Settings(), key)))
        return value

    def set(self, key: str, value: Any) -> None:
        if found := NOTE_DRAFT_SETTING.fullmatch(key):
            self._drafts.save(int(found.group(1)), value if isinstance(value, str) else "")
            return
        self._put(key, value)

    def _put(self, key: str, value: Any) -> None:
        self.db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, json.dumps(value)],
        )

    def profile(self) -> Profile:
        return self.load().profile

    def save_profile(self, profile: Profile) -> None:
        self.update(profile=profile)

    def backup_keep(self) -> int:
        """How many daily backups to keep; a stored value that is not a count gives the default."""
        return self.load().backup_keep

    def set_backup_keep(self, count: int) -> None:
        if count < 1:
            raise ValueError("keep at least one daily backup")
        self.update(backup_keep=int(count))

    def backup_max_bytes(self) -> int:
        """The daily backups' total size limit in bytes (the setting is in MiB)."""
        return self.load().backup_max_mb * 1024 * 1024
