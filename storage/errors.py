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


class DatabaseLocked(WriteFailed):
    """Another program held the database longer than the busy timeout; the file is fine."""


class DiskFull(WriteFailed):
    """No room left on the disk; the file is fine, the last change was not saved."""


class ReadOnlyLocation(WriteFailed):
    """The file, its folder or the medium does not allow writing; the file is fine."""


_DAMAGE = ("malformed", "not a database", "disk image", "corrupt")

# What the sqlite3 module raises for a database in trouble. A damaged schema can make
# SQLite's own message invalid UTF-8, and Python then raises UnicodeDecodeError instead
# of a DatabaseError: that is damage too.
SQLITE_ERRORS = (sqlite3.Error, UnicodeDecodeError)


def reason_of(exc: BaseException) -> str:
    """SQLite's words for the problem (its message may be unreadable itself)."""
    return "its text is unreadable" if isinstance(exc, UnicodeDecodeError) else str(exc)


def is_damage(exc: BaseException) -> bool:
    if isinstance(exc, UnicodeDecodeError):
        return True
    text = str(exc).lower()
    return isinstance(exc, sqlite3.DatabaseError) and any(word in text for word in _DAMAGE)


def from_sqlite(exc: BaseException, doing: str) -> StorageError:
    """The StorageError a user should see for an SQLite error met while `doing` something.

    Only damage suggests a backup; a lock, a full disk or a read-only place says which
    it is, since the file itself is fine and restoring over it could lose data.
    """
    if isinstance(exc, UnicodeDecodeError):
        return DatabaseDamaged(f"The database is damaged (unreadable text) while {doing}.")
    if is_damage(exc):
        return DatabaseDamaged(f"The database is damaged ({exc}) while {doing}.")
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name.startswith("SQLITE_FULL") or "full" in text:
        return DiskFull(f"The disk is full, so Candor could not finish {doing}; free some space.")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text or "busy" in text:
        return DatabaseLocked(
            f"The database is locked by another program, so Candor could not finish {doing}; "
            "wait a moment or close that program, then try again."
        )
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return ReadOnlyLocation(
            f"The database, its folder or its medium is read-only, so Candor could not "
            f"finish {doing}."
        )
    if name.startswith("SQLITE_IOERR") or "i/o" in text:
        return WriteFailed(f"The disk reported an error ({exc}) while {doing}.")
    return WriteFailed(f"Could not finish {doing}: {exc}.")


def unavailable(exc: BaseException, path: object, message: str) -> DatabaseUnavailable:
    """The error for a database that cannot be opened: damage is DatabaseDamaged (a backup
    may help); a lock, a full disk or a read-only place says which, else `message`."""
    if is_damage(exc):
        return DatabaseDamaged(message)
    specific = from_sqlite(exc, f"opening {path}")
    if isinstance(specific, (DatabaseLocked, DiskFull, ReadOnlyLocation)):
        return DatabaseUnavailable(str(specific))
    return DatabaseUnavailable(message)
