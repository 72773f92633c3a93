"""Where the database lives: --db PATH, then CANDOR_DB, then the platform's data folder."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Candor"
DB_FILE_NAME = "candor.db"
ENV_VAR = "CANDOR_DB"


def data_dir() -> Path:
    import platformdirs  # 5 ms to import; only when neither --db nor CANDOR_DB names the file

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_db_path(cli_path: str | os.PathLike[str] | None = None) -> Path:
    if cli_path:
        return Path(cli_path).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return data_dir() / DB_FILE_NAME


def is_database_file(target: str | os.PathLike[str], db_path: Path) -> bool:
    """True when writing `target` would overwrite the database or one of its side files
    (-wal, -shm, -journal): an export or a backup must never land there."""
    db = Path(db_path).expanduser().resolve()
    guarded = {db} | {Path(f"{db}{side}") for side in ("-wal", "-shm", "-journal")}
    return Path(target).expanduser().resolve() in guarded


def user_playbook_dir(db_path: Path) -> Path:
    """User-edited playbooks sit in a 'playbooks' folder beside the database."""
    return db_path.parent / "playbooks"


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def make_private_dirs(folder: Path) -> None:
    """Create `folder` and its missing parents, each 0700 whatever the umask.

    mkdir(parents=True) gives the parents 0777 minus the umask (0777 under umask
    000) and the mode is masked too; folders that already exist are left as they are.
    """
    folder = Path(folder)
    missing = []
    for level in (folder, *folder.parents):
        if level.is_dir():
            break
        missing.append(level)
    for level in reversed(missing):
        try:
            level.mkdir(mode=0o700)
        except FileExistsError:
            if not level.is_dir():
                raise
            continue  # made by someone else just now: theirs to decide
        os.chmod(level, 0o700)
