"""Storage errors carry one sentence a user can act on."""

import sqlite3


class StorageError(Exception):
    """Base class; str(error) is a one-line message for the user."""


class NotCandorDatabase(StorageError):
    pass


class NewerDatabase(StorageError):
    pass


class DatabaseUnavailable(StorageError):
    """Missing folder, no permission, locked: the file may be fine, so never restore over it."""


class DatabaseDamaged(DatabaseUnavailable):
    """The file's contents are damaged: the one case where restoring a backup makes sense."""


class WriteFailed(StorageError):
    """A read or write on an open database failed (disk full, I/O error, locked too long)."""


_DAMAGE = ("malformed", "not a database", "disk image", "corrupt")


def is_damage(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return isinstance(exc, sqlite3.DatabaseError) and any(word in text for word in _DAMAGE)


def from_sqlite(exc: sqlite3.Error, doing: str) -> StorageError:
    """The StorageError a user should see for an SQLite error met while `doing` something."""
    if is_damage(exc):
        return DatabaseDamaged(f"The database is damaged ({exc}) while {doing}.")
    text = str(exc).lower()
    if "full" in text:
        return WriteFailed(f"The disk is full: Candor could not finish {doing}.")
    if "locked" in text or "busy" in text:
        return WriteFailed(f"The database is busy in another program: could not finish {doing}.")
    return WriteFailed(f"Could not finish {doing}: {exc}.")
