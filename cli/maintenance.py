"""`check` and `backup`: the database's own upkeep from a shell or a cron job."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from cli.common import CliError, open_existing


def cmd_check(args: argparse.Namespace, db_path: Path) -> int:
    with open_existing(db_path) as store:
        problems = store.check()
    if not problems:
        print("ok")
        return 0
    for problem in problems:
        print(problem)
    count = len(problems)
    raise CliError(f"{db_path} failed the check ({count} problem{'s' * (count != 1)})")


def cmd_backup(args: argparse.Namespace, db_path: Path) -> int:
    """`-o FILE` writes that new file; `-o FOLDER` (existing) or no -o writes a new
    time-stamped file in the folder. Nothing already there is ever replaced.

    The quick check comes first: a damaged file is not backed up at all (one line naming
    the file and the damage, exit 1, nothing written), so no copy of the damage can sit
    among the backups looking like a sound one."""
    from storage.paths import is_database_file

    with open_existing(db_path) as store:
        problems = store.quick_problems()
        if problems:
            raise CliError(
                f"{db_path} is damaged ({problems[0]}); no backup was written, so the backups"
                f" already in {store.backup_dir} stay as they are ('check' lists every problem)"
            )
        if args.output:
            dest = Path(args.output).expanduser()
            if dest.is_dir():
                folder = dest
            elif args.output.endswith(("/", os.sep)):
                raise CliError(f"cannot write the backup: there is no folder {dest}")
            elif os.path.lexists(dest) or is_database_file(dest, db_path):
                raise CliError(f"{dest} already exists; choose a new file name for the backup")
            else:
                folder = None
        else:
            dest = folder = store.backup_dir
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            except OSError as exc:
                raise CliError(f"cannot create the backups folder {folder}: {_why(exc)}") from exc
        _check_folder(dest, folder or dest.parent)
        try:
            made = store.backup(dest, new_only=True)
        except FileExistsError as exc:  # taken between the check and the copy
            raise CliError(f"{dest} already exists; choose a new file name for the backup") from exc
        except OSError as exc:  # the copy goes to a hidden temporary file first: name the target
            raise CliError(f"could not write the backup {dest}: {_why(exc)}") from exc
    print(made)
    return 0


def _check_folder(dest: Path, folder: Path) -> None:
    """The backup's folder must exist and take new files, checked before any copy starts."""
    if not folder.is_dir():
        raise CliError(f"cannot write the backup {dest}: there is no folder {folder}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CliError(f"cannot write the backup {dest}: no permission to add files to {folder}")


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)
