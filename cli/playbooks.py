"""`playbooks list|export|import|reset`: the playbooks as files to share.

Import and reset change the user's files in the playbooks folder beside the database;
a file that does not parse or validate is refused with its line and column and nothing
changes (storage.playbook_files). When a database is there, the calls already made
with a playbook keep its checklist before it changes.
"""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path

from cli.common import CliError, print_json, visible, warn


def cmd_playbooks(args: argparse.Namespace, db_path: Path) -> int:
    from domain.playbooks import PlaybookLibrary
    from storage.paths import user_playbook_dir

    library = PlaybookLibrary(user_playbook_dir(db_path))
    action = args.action
    if action == "list":
        return _list(library, args.json)
    if action == "export":
        from storage.playbook_files import export_playbook

        target = export_playbook(library, args.target, Path(args.output), db_path)
        print(f"Playbook {args.target} written to {target}.")
        return 0
    with _database(db_path) as db:
        if action == "import":
            from storage.playbook_files import PlaybookClash, import_playbook

            try:
                playbook = import_playbook(
                    library, db, Path(args.target).expanduser(), args.replace
                )
            except PlaybookClash as exc:
                raise CliError(str(exc)) from None
            print(f"Playbook {playbook.id} ({visible(playbook.name)}) imported.")
            return 0
        from storage.playbook_files import reset_playbook

        if reset_playbook(library, db, args.target):
            print(f"Playbook {args.target} reset to the shipped one.")
        else:
            print(f"Playbook {args.target} is already the shipped one.")
        return 0


def _list(library, as_json: bool) -> int:
    entries = library.entries()
    for problem in library.problems:
        warn(problem)
    if as_json:
        print_json(
            [
                {
                    "id": e.id,
                    "name": e.name,
                    "source": e.source,
                    "changed": e.changed,
                    "problem": e.problem or None,
                }
                for e in entries
            ]
        )
        return 0
    width = max(len(e.id) for e in entries)
    for e in entries:
        mark = "shipped, changed" if e.changed else e.source
        if e.problem:
            mark += ", file refused"
        print(f"{e.id:<{width}}  {visible(e.name)}  ({mark})")
    return 0


@contextlib.contextmanager
def _database(db_path: Path):
    """The open database when there is one (its calls keep their checklists); None
    without one: there are no calls to keep anything for."""
    if not db_path.exists():
        yield None
        return
    from storage.store import Store

    with Store(db_path) as store:
        yield store.db
