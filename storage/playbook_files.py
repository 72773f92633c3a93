"""The user's playbooks as files in the data folder: saved, imported, exported and reset.

Every change is checked first (domain.playbook_check) and refused whole when anything is
wrong, so nothing changes on a refusal. A file is written to a temporary file beside it
and moved over the old one (os.replace), so a crash leaves the old or the new playbook,
never half of one. Before a playbook changes, its old checklist is noted with the time
it was replaced (storage.checklists.retire), for the calls made with it that stored
none: ticks keep pointing at items that still read as they did on the call.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from domain.playbook_check import check_playbook
from domain.playbook_toml import to_toml
from domain.playbooks import Playbook, PlaybookError, PlaybookLibrary, read_playbook_file
from domain.scenarios import SCENARIOS
from storage.checklists import retire
from storage.connection import Db
from storage.paths import is_database_file, make_private_dirs


class PlaybookClash(PlaybookError):
    """An import would replace a playbook of the user's; the caller asks, or needs --replace."""

    def __init__(self, message: str, playbook: Playbook):
        super().__init__(message)
        self.playbook = playbook


def save_playbook(library: PlaybookLibrary, db: Db | None, playbook: Playbook) -> Path:
    """Write `playbook` as the user's file for its id (a user copy of a shipped one, or a
    scenario of the user's own); PlaybookError names the first problem, nothing written."""
    problems = check_playbook(playbook)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise PlaybookError(f"{playbook.name or playbook.id}: {problems[0].message}{more}")
    path = _user_path(library, playbook.id)
    _retire_old(library, db, playbook.id)
    make_private_dirs(path.parent)
    write_atomically(path, to_toml(playbook))
    library.reload()
    return path


def reset_playbook(library: PlaybookLibrary, db: Db | None, scenario: str) -> bool:
    """Back to the shipped playbook: the user's copy of it goes (False: there was none)."""
    if scenario not in SCENARIOS:
        raise PlaybookError(
            f"{scenario!r} is not a shipped playbook, so there is nothing to reset it to"
        )
    path = _user_path(library, scenario)
    if not path.exists():
        return False
    _retire_old(library, db, scenario)
    path.unlink()
    library.reload()
    return True


def delete_playbook(library: PlaybookLibrary, db: Db | None, scenario: str) -> None:
    """Remove a scenario of the user's own (calls made with it keep their checklist)."""
    if scenario in SCENARIOS:
        raise PlaybookError(f"{scenario!r} is shipped; reset it instead")
    path = _user_path(library, scenario)
    _retire_old(library, db, scenario)
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    library.reload()


def read_import(library: PlaybookLibrary, source: Path, replace: bool = False) -> Playbook:
    """The playbook in `source`, checked; PlaybookClash when it would replace one of the
    user's playbooks and `replace` is not given (a shipped one without a user copy is
    not the user's: importing over it makes the copy)."""
    try:
        playbook = read_playbook_file(source)
    except IsADirectoryError as exc:
        raise PlaybookError(f"{source}: a folder, not a playbook file") from exc
    except FileNotFoundError as exc:
        raise PlaybookError(f"{source}: no such file") from exc
    except OSError as exc:
        raise PlaybookError(f"{source}: cannot be read ({exc.strerror or exc})") from exc
    refuse_clash(library, playbook, str(source), replace)
    return playbook


def refuse_clash(library: PlaybookLibrary, playbook: Playbook, source: str, replace: bool) -> None:
    """PlaybookClash when `playbook` would replace one of the user's and `replace` is
    not given."""
    existing = _user_path(library, playbook.id)
    if existing.exists() and not replace:
        mine = "your copy of" if playbook.id in SCENARIOS else "your playbook"
        raise PlaybookClash(
            f"{source}: {mine} {playbook.id!r} ({library.get(playbook.id).name}) is "
            "already there; import with --replace to replace it",
            playbook,
        )


def import_bytes(
    library: PlaybookLibrary, db: Db | None, data: bytes, source: str, replace: bool = False
) -> Playbook:
    """A playbook's TOML from elsewhere than a file (the team's server), checked as a
    file is (domain.playbook_check) and saved; refused whole, nothing changed."""
    from domain.playbook_check import read_playbook_bytes

    playbook = read_playbook_bytes(data, source)
    refuse_clash(library, playbook, source, replace)
    save_playbook(library, db, playbook)
    return playbook


def import_playbook(
    library: PlaybookLibrary, db: Db | None, source: Path, replace: bool = False
) -> Playbook:
    """Check `source` and save it as the user's playbook of its id (see read_import)."""
    playbook = read_import(library, source, replace)
    save_playbook(library, db, playbook)
    return playbook


def export_playbook(
    library: PlaybookLibrary, scenario: str, target: Path, db_path: Path | None = None
) -> Path:
    """The playbook in use for `scenario` as a TOML file at `target`, which is never the
    database (`db_path`) or one of its side files."""
    if not library.exists(scenario):
        known = ", ".join(e.id for e in library.entries())
        raise PlaybookError(f"there is no playbook {scenario!r} (there are: {known})")
    target = Path(target).expanduser()
    if target.is_dir():
        raise PlaybookError(f"{target} is a folder; name a file to write")
    if db_path is not None and is_database_file(target, db_path):
        raise PlaybookError(f"{target} is the database; name another file")
    if target.exists() and not target.is_file():
        raise PlaybookError(f"{target} is not a regular file; name another file")
    write_atomically(target, to_toml(library.get(scenario)))
    return target


def write_atomically(path: Path, text: str) -> None:
    """Write beside `path`, flush to disk, then move over it: all of it or none."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _user_path(library: PlaybookLibrary, scenario: str) -> Path:
    path = library.user_file(scenario)
    if path is None:
        raise PlaybookError("there is no folder for your playbooks (no database is open)")
    return path


def _retire_old(library: PlaybookLibrary, db: Db | None, scenario: str) -> None:
    """The checklist about to be replaced, noted for the calls made with it."""
    if db is not None and library.exists(scenario):
        retire(db, scenario, library.get(scenario).items)
