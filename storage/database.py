"""Opening the database: checks first, then pragmas, then migrations.

A file that is not a Candor database, or is from a newer Candor, is inspected
read-only and refused before anything could write to it, so it stays byte for
byte as it was.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from storage import migrations
from storage.connection import Db
from storage.errors import (
    SQLITE_ERRORS,
    DatabaseUnavailable,
    NewerDatabase,
    NotCandorDatabase,
    StorageError,
    reason_of,
    unavailable,
)
from storage.paths import backup_dir, make_private_dirs
from storage.text_check import unreadable_text

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# A checkpoint inside a commit fsyncs the whole database file: a 60 ms stall in
# the middle of a live call (90 to 110 ms at the 879th note in a row at 10,000 calls,
# where a note's commit writes about 20 pages of WAL). So no connection of ours
# checkpoints on commit: the window checkpoints from its upkeep thread every minute
# (upkeep()), and the last connection to close checkpoints the rest.
AUTO_CHECKPOINT_PAGES = 0


def inspect_existing(path: Path) -> int:
    """Return the schema version of an existing file, or raise if it is not ours.

    Reads the header bytes, then looks inside through a read-only connection. The
    header is read without blocking and only from a regular file, so a FIFO or a
    device (given here, or swapped in since the path was checked) is refused.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise DatabaseUnavailable(f"{path} is not a regular file; it was left alone.")
        header = handle.read(100)
    if not header:
        return 0  # an empty file is a new database
    if not header.startswith(SQLITE_MAGIC):
        raise NotCandorDatabase(
            f"{path} is not a Candor database (not an SQLite file); it was left untouched."
        )
    try:
        ro = connect_readonly(path)
        try:
            app_id = ro.execute("PRAGMA application_id").fetchone()[0]
            version = ro.execute("PRAGMA user_version").fetchone()[0]
            tables = ro.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            ro.close()
    except SQLITE_ERRORS as exc:
        message = f"{path} cannot be read as a database ({reason_of(exc)})."
        raise unavailable(exc, path, message) from exc
    if app_id != migrations.APPLICATION_ID:
        if app_id == 0 and tables == 0:
            return 0
        raise NotCandorDatabase(
            f"{path} is another program's SQLite database, not Candor's; it was left untouched."
        )
    if version > migrations.SCHEMA_VERSION:
        raise NewerDatabase(
            f"{path} was written by a newer Candor (schema {version}, this app knows "
            f"{migrations.SCHEMA_VERSION}); update Candor to open it. The file was left untouched."
        )
    return version


_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _refuse_odd_path(path: Path) -> bool:
    """Refuse what is not a regular file, before anything opens it; True if it exists.

    A FIFO would block the first read for ever and a device would get a -journal
    beside it, so the kind is read with stat, which opens nothing.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            target = Path(os.path.join(path.parent, os.readlink(path)))
            raise DatabaseUnavailable(
                f"{path} is a symbolic link to {target}, which does not exist; "
                "point it at the database or give another path."
            ) from None
        _refuse_file_as_folder(path)
        return False
    except OSError as exc:  # NotADirectoryError: somefile.txt/candor.db
        _refuse_file_as_folder(path)
        raise DatabaseUnavailable(f"Cannot open {path}: {exc.strerror or exc}.") from exc
    if stat.S_ISDIR(info.st_mode):
        raise DatabaseUnavailable(f"{path} is a folder, not a database file.")
    for test, kind in _KINDS:
        if test(info.st_mode):
            raise DatabaseUnavailable(f"{path} is {kind}, not a database file; it was left alone.")
    return True


def _refuse_file_as_folder(path: Path) -> None:
    """A missing database under a regular file (somefile.txt/candor.db) cannot be created
    there: say which file stands in the way."""
    for ancestor in path.parents:
        if ancestor.exists():
            if not ancestor.is_dir():
                raise DatabaseUnavailable(
                    f"{ancestor} is a file, not a folder, so {path} cannot be created in it."
                )
            return


def _create_file(path: Path) -> None:
    try:
        make_private_dirs(path.parent)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except FileExistsError:
        pass
    except OSError as exc:
        raise DatabaseUnavailable(
            f"Cannot create the database at {path}: {exc.strerror or exc}."
        ) from exc


def _check_writable(path: Path) -> None:
    if not os.access(path, os.W_OK):
        raise DatabaseUnavailable(f"{path} is read-only; Candor needs to write to it.")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise DatabaseUnavailable(
            f"The folder {path.parent} is read-only; Candor needs to write its journal there."
        )


def connect_readonly(path: Path) -> sqlite3.Connection:
    """Look inside a file without any chance of writing to it."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def connect(path: Path) -> Db:
    """A connection in autocommit mode: every statement outside atomic() commits itself."""
    conn = sqlite3.connect(
        str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
    )
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise DatabaseUnavailable(f"{path}: cannot switch to WAL journal (got {mode}).")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute(f"PRAGMA wal_autocheckpoint = {AUTO_CHECKPOINT_PAGES}")
    except SQLITE_ERRORS as exc:
        conn.close()
        raise unavailable(exc, path, f"Cannot open {path}: {reason_of(exc)}.") from exc
    return Db(conn)


def open_database(path: Path, *, upto: int = migrations.SCHEMA_VERSION) -> Db:
    """Open (or create) the Candor database at `path`, migrated to the current schema."""
    path = Path(path)
    if _refuse_odd_path(path):
        version = inspect_existing(path)
    else:
        _create_file(path)
        version = 0
    _check_writable(path)
    db = connect(path)
    try:
        if version and migrations.pending(db, upto):
            from storage.backup import backup_to, timestamped_name  # only before migrating

            backups = backup_dir(path)
            make_private_dirs(backups)
            backup_to(db.conn, backups / timestamped_name(path.stem, f"before-v{upto}"))
        migrations.apply(db, upto)
    except SQLITE_ERRORS as exc:
        db.close()
        raise unavailable(exc, path, f"Cannot prepare {path}: {reason_of(exc)}.") from exc
    except BaseException:
        db.close()
        raise
    return db


def upkeep(path: Path) -> int:
    """What the window's upkeep thread does every minute, on a connection of its own:
    merge the full-text segments the commits left (in short steps, each its own
    transaction: storage.search_merge), then checkpoint. Returns the merge steps done.

    Not while a call is live: a step that takes in the large segment writes a common
    word's whole list at once (up to 100 ms at 10,000 calls), and a note committed
    meanwhile would wait for it. The segments a call leaves are merged after it."""
    from storage.search_merge import merge_new_segments

    db = connect(path)
    try:
        live = db.execute("SELECT 1 FROM calls WHERE status = 'live' LIMIT 1").fetchone()
        steps = 0 if live else merge_new_segments(db.conn)
    finally:
        db.close()
    checkpoint(path)
    return steps


def checkpoint(path: Path) -> None:
    """Copy the WAL into the database file from a separate connection.

    PASSIVE never waits for, nor blocks, the window's own connection; run it
    from a worker thread so its fsync never stalls the user interface.
    """
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    finally:
        conn.close()


def integrity_problems(db: Db) -> list[str]:
    """An empty list when the file is sound and at the current schema.

    A file too damaged to check at all is reported as a problem, not raised.
    """
    try:
        problems = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
        problems += [f"foreign key: {r}" for r in db.execute("PRAGMA foreign_key_check").fetchall()]
        problems += unreadable_text(db)
    except (sqlite3.DatabaseError, StorageError) as exc:
        return [f"the file is damaged and cannot be checked ({exc})"]
    version = migrations.user_version(db)
    if version != migrations.SCHEMA_VERSION:
        problems.append(f"schema version {version}, expected {migrations.SCHEMA_VERSION}")
    return problems
