"""Child for the leftovers test: a backup copied one page at a time, killed midway.

Usage: slow_backup_child.py DB_PATH (upgrade|manual|daily)

The copy's connection is wrapped so that SQLite's online backup copies one page per
step and pauses between steps (a fault injected at the sqlite boundary, nothing
else changes). Prints "copying" once the hidden temporary copy is being written;
the parent kills this process with SIGKILL then.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from storage import backup, database  # noqa: E402
from storage.store import Store  # noqa: E402

real_backup_to = backup.backup_to


class SlowCopy:
    """Stands in for the connection being copied: its backup() crawls."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def backup(self, target: sqlite3.Connection, **_: object) -> None:
        said = False

        def progress(_status: int, _remaining: int, _total: int) -> None:
            nonlocal said
            if not said:
                print("copying", flush=True)
                said = True
            time.sleep(0.05)

        self.conn.backup(target, pages=1, progress=progress)


def slow_backup_to(conn: sqlite3.Connection, dest: Path, **options: bool) -> Path:
    return real_backup_to(SlowCopy(conn), dest, **options)  # type: ignore[arg-type]


backup.backup_to = slow_backup_to
database.backup_to = slow_backup_to

path, what = Path(sys.argv[1]), sys.argv[2]
if what == "upgrade":
    Store(path)  # the copy taken before the migrations
else:
    store = Store(path)
    print("open", flush=True)
    if what == "manual":
        store.backup()
    else:
        store.daily_backup()
print("finished", flush=True)
