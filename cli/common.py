"""What the command-line modules share: the expected-failure type and small helpers.

Imported on every start, so storage and the playbooks load inside the helpers that
need them, not here.
"""

from __future__ import annotations

import sys
from pathlib import Path

TYPE_CHECKING = False  # importing typing costs the command line 2-3 ms; annotations are text
if TYPE_CHECKING:
    import argparse
    from typing import Any

    from domain.playbooks import PlaybookLibrary
    from storage.store import Store

PROG = "candor"


class CliError(Exception):
    """An expected failure; str() is the one line shown after 'candor: '."""


def error(message: str) -> None:
    print(f"{PROG}: {' '.join(message.split())}", file=sys.stderr)


def warn(message: str) -> None:
    """A problem that does not stop the command (exit status unchanged)."""
    error(f"warning: {message}")


def _escape(code: int) -> str:
    named = {0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"}
    if code in named:
        return named[code]
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


# Characters a terminal obeys rather than shows: C0 and C1 controls and DEL (ESC starts
# colour and cursor sequences, CR and LF break lines), the Unicode line and paragraph
# separators, and the bidirectional embeddings, overrides and isolates that reorder text.
_CONTROLS = [*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029]
_CONTROLS += [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_VISIBLE = {code: _escape(code) for code in _CONTROLS}


def visible(text: str) -> str:
    """Stored text for a terminal line: every control character as a visible escape
    (ESC as \\x1b, a line break as \\n), so what the user typed prints as one line of
    text and can neither move the cursor, recolour the screen nor run over many lines."""
    return text.translate(_VISIBLE)


def open_existing(db_path: Path) -> Store:
    """Commands that read never create a database where there was none."""
    if not db_path.exists():
        raise CliError(
            f"there is no database at {db_path}; open the window or run 'candor demo' to create one"
        )
    from storage.store import Store

    return Store(db_path)


def print_json(value: Any) -> None:
    import json

    print(json.dumps(value, indent=2, default=_json_default))


def _json_default(value: object) -> str:
    from datetime import date, datetime  # only here: `review` needs no datetime

    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def playbooks(db_path: Path) -> PlaybookLibrary:
    """The user's playbooks beside the database; a broken copy is reported, not fatal."""
    from domain.playbooks import PlaybookLibrary
    from storage.paths import user_playbook_dir

    return PlaybookLibrary(user_playbook_dir(db_path))


def scenario_names(db_path: Path) -> dict[str, str]:
    """Every scenario a call can have, id -> name (PlaybookLibrary.scenario_names): the
    playbooks beside the database are read only when there is a file among them, so a
    `list --json` of a user who never edited one loads no playbook code."""
    from domain.scenarios import SCENARIO_LABELS, playbook_ids_in
    from storage.paths import user_playbook_dir

    if not playbook_ids_in(user_playbook_dir(db_path)):
        return dict(SCENARIO_LABELS)
    return playbooks(db_path).scenario_names()


def check_scenario(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """A --scenario that is not shipped must be one of the user's own whose playbook is
    usable: the list the window offers. Else bad usage (exit 2) naming every valid id,
    and why the user's file for it is refused when it is. cli.parser calls this only for
    an id that is not shipped, so `review --scenario generic` reads no playbook here."""
    from domain.scenarios import unknown_scenario
    from storage.paths import resolve_db_path

    library = playbooks(resolve_db_path(args.db))
    names = library.scenario_names()
    if args.scenario in names:
        return
    problem = library.problem_of(args.scenario)  # its file refused: say why
    why = f" ({problem})" if problem else ""
    parser.error(f"{args.command}: --scenario: {unknown_scenario(args.scenario, names)}{why}")


def report_problems(library: PlaybookLibrary) -> None:
    for problem in library.problems:
        warn(problem)
