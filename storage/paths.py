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
