"""Hidden partial copies left by a killed backup, pre-upgrade copy or restore.

Each is a whole database written under a temporary name and renamed when done, so
a kill midway leaves tens of megabytes nobody would find. The next start removes
them: only Candor's own temporary names for this database, and only when the
process that wrote them is gone (or they have not been touched for a day, in case
its process id was reused).
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from pathlib import Path

from storage.paths import backup_dir

STALE_AFTER_S = 24 * 3600
_SIDE = r"(?:-journal|-wal|-shm)?"


def _backup_temp(stem: str) -> re.Pattern[str]:
    """backup_to's name for a copy in progress: .<stem>-<label>-<stamp>[-<n>].db.tmp-<pid>
    (-<n> for a second backup in the same second)."""
    return re.compile(
        rf"\.{re.escape(stem)}-[a-z0-9-]+-\d{{8}}-\d{{6}}(?:-\d+)?\.db\.tmp-(\d+){_SIDE}"
    )


def _restore_temp(name: str) -> re.Pattern[str]:
    """restore()'s name for the backup being put in place: .<db name>.restore-<pid>."""
    return re.compile(rf"\.{re.escape(name)}\.restore-(\d+){_SIDE}")


def remove_leftovers(db_path: Path) -> list[Path]:
    """Remove the partial copies a killed Candor left for `db_path`; return them."""
    db_path = Path(db_path)
    places = (
        (backup_dir(db_path), _backup_temp, db_path.stem, f".{db_path.stem}-"),
        (db_path.parent, _restore_temp, db_path.name, f".{db_path.name}.restore-"),
    )
    removed = []
    for folder, pattern_for, name, start in places:
        pattern = None  # compiled only if such a name is there: most starts find none
        with contextlib.suppress(OSError):
            for entry in os.scandir(folder):
                if not entry.name.startswith(start):  # both temporary names are hidden
                    continue
                pattern = pattern or pattern_for(name)
                found = pattern.fullmatch(entry.name)
                if found and entry.is_file(follow_symlinks=False) and _abandoned(entry, found):
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)
                        removed.append(Path(entry.path))
    return removed


def _abandoned(entry: os.DirEntry[str], found: re.Match[str]) -> bool:
    try:
        idle = time.time() - entry.stat(follow_symlinks=False).st_mtime
    except OSError:
        return False
    return idle > STALE_AFTER_S or not _running(int(found.group(1)))


def _running(pid: int) -> bool:
    """Whether a process with this id exists; where that cannot be asked, assume it does."""
    if pid == os.getpid():
        return True  # this process may be copying in another thread
    if os.name == "nt":  # os.kill(pid, 0) would end the process there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process
        return True
    return True
