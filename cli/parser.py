"""The command line's grammar: commands, options and the usage checks argparse cannot make.

Building the parser runs on every start, so it imports nothing but argparse: each
command names its handler as "module:function" text, and the dispatcher imports
that module only when the command runs.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from cli.common import PROG
from domain.languages import LANGUAGE_CODES
from domain.scenarios import SCENARIOS

TYPE_CHECKING = False  # importing typing costs the command line 2-3 ms; annotations are text
if TYPE_CHECKING:
    from typing import Any

DEFAULT_DEMO_CALLS = 200
DEFAULT_SEARCH_LIMIT = 50
EXPORT_FORMATS = ("docx", "md", "txt", "ics", "eml")
PLAYBOOK_ACTIONS = ("list", "export", "import", "reset")
WINDOW = "cli.window:cmd_window"
DESKTOP_INSTALL = "cli.desktop:cmd_install"
DESKTOP_UNINSTALL = "cli.desktop:cmd_uninstall"


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return value


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def _text(value: str) -> str:
    """Text that can reach the database: a byte the terminal did not decode as UTF-8
    (Python keeps it as a lone surrogate) can match nothing stored, so say so."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raw = os.fsencode(value)
        raise argparse.ArgumentTypeError(
            f"{raw!r} is not UTF-8 text; set the terminal to UTF-8 and type it again"
        ) from None
    return value


class _Version(argparse.Action):
    """--version: looked up only when asked for, so a normal start pays nothing for it."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kw: Any):
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kw)

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        print(f"{PROG} {version()}")
        parser.exit()


def version() -> str:
    """The installed package's version, else the version in pyproject.toml beside the code."""
    from resources import app_version

    return app_version()


class _Formatter(argparse.HelpFormatter):
    """argparse's own layout, the terminal's width read as shutil.get_terminal_size reads it
    but without importing shutil (and bz2 and lzma with it): every parser makes a
    formatter for each argument it is given, so every start paid 2 ms for it."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        width = _columns() - 2 if width is None else width
        super().__init__(prog, indent_increment, max_help_position, width)


def _columns() -> int:
    """shutil.get_terminal_size().columns: $COLUMNS, else the terminal's, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
    except (AttributeError, ValueError, OSError):
        columns = 0
    return columns or 80


class _Deferred:
    """A command's parser as the subparsers action holds it: its arguments are noted, and
    the parser is built with them only when something asks more of it, in practice when
    its command is the one given (`candor list` builds one command's parser, not all ten:
    about 2 ms of every start). Help, usage and errors are argparse's own, from the parser
    built on demand; tests/cli/test_rough_edges.py builds every one."""

    def __init__(self, **kwargs: Any) -> None:
        self._kwargs = kwargs
        self._noted: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []
        self._parser: argparse.ArgumentParser | None = None

    def add_argument(self, *args: Any, **kwargs: Any) -> None:
        self._note("add_argument", args, kwargs)

    def set_defaults(self, **kwargs: Any) -> None:
        self._note("set_defaults", (), kwargs)

    def later(self, build: Callable[[argparse.ArgumentParser], None]) -> None:
        """`build(parser)` once the parser is built: a command's own subcommands."""
        self._note("later", (build,), {})

    def _note(self, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        if self._parser is None:
            self._noted.append((method, args, kwargs))
        elif method == "later":
            args[0](self._parser)
        else:
            getattr(self._parser, method)(*args, **kwargs)

    def built(self) -> argparse.ArgumentParser:
        if self._parser is None:
            parser = argparse.ArgumentParser(**self._kwargs)
            for method, args, kwargs in self._noted:
                if method == "later":
                    args[0](parser)
                else:
                    getattr(parser, method)(*args, **kwargs)
            self._parser, self._noted = parser, []
        return self._parser

    def __getattr__(self, name: str) -> Any:  # parse_known_args, format_help, prog, ...
        return getattr(self.built(), name)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Candor: prepare, hold and follow up the client calls that deliver bad news.",
        epilog="Without a command, the window opens.",
        formatter_class=_Formatter,
    )
    db_help = "database file (default: $CANDOR_DB, else the user data folder)"
    parser.add_argument("--db", metavar="PATH", help=db_help)
    parser.add_argument("--version", action=_Version, help="print the version and exit")
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop",
        action="store_true",
        help="add Candor to the desktop's applications menu (entry, icon, metadata in "
        "$XDG_DATA_HOME, else ~/.local/share) and exit",
    )
    desktop.add_argument(
        "--uninstall-desktop",
        action="store_true",
        help="remove what --install-desktop added and exit",
    )
    # --db is also accepted after the command; SUPPRESS keeps the global value otherwise.
    db_after = argparse.ArgumentParser(add_help=False, formatter_class=_Formatter)
    db_after.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Deferred)

    def command(name: str, handler: str, help: str, with_db: bool = True) -> Any:
        parents = [db_after] if with_db else []
        sub = commands.add_parser(name, parents=parents, help=help, formatter_class=_Formatter)
        sub.set_defaults(handler=handler)
        return sub

    demo = command("demo", "cli.demo:cmd_demo", "fill the database with realistic sample calls")
    demo.add_argument(
        "--calls",
        type=_count,
        default=DEFAULT_DEMO_CALLS,
        metavar="N",
        help=f"how many calls to add (default: {DEFAULT_DEMO_CALLS})",
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help="random seed: the same seed gives the same calls (default: 1)",
    )
    demo.add_argument(
        "--append",
        action="store_true",
        help="add sample calls even though the database already holds calls",
    )

    listing = command("list", "cli.calls:cmd_list", "list calls, newest first")
    listing.add_argument(
        "--client",
        type=_text,
        metavar="NAME",
        help="only calls with clients whose name contains NAME, in any case",
    )
    listing.add_argument("--json", action="store_true", help="print a JSON array")

    search = command("search", "cli.calls:cmd_search", "search every call's text")
    search.add_argument(
        "query",
        metavar="QUERY",
        help="words to find, all of them; a word ending in * matches as a prefix (migr*)",
    )
    search.add_argument("--json", action="store_true", help="print a JSON array")
    search.add_argument(
        "--limit",
        type=_positive,
        default=DEFAULT_SEARCH_LIMIT,
        metavar="N",
        help=f"at most N matches, best first (default: {DEFAULT_SEARCH_LIMIT})",
    )

    prepare = command(
        "prepare", "cli.prepare:cmd_prepare", "prepare a call from a calendar invitation"
    )
    prepare.add_argument(
        "--from-ics",
        dest="from_ics",
        metavar="FILE",
        required=True,
        help="the invitation's .ics file (title, planned time, contact and client come from it)",
    )
    prepare.add_argument(
        "--client",
        type=_text,
        metavar="NAME",
        help="the client's name (default: the known client of the contact's email domain, "
        "else a name from that domain)",
    )
    prepare.add_argument(
        "--scenario",
        default="generic",
        metavar="ID",
        help=f"the call's scenario: {', '.join(SCENARIOS)}, or one of your own "
        "(`candor playbooks list`); default: generic",
    )
    prepare.add_argument("--json", action="store_true", help="print the call as a JSON object")

    mark_sent = command(
        "mark-sent", "cli.calls:cmd_mark_sent", "record that a call's follow-up letter went out"
    )
    mark_sent.add_argument("call_id", type=int, metavar="CALL_ID", help="the call's id (see list)")
    mark_sent.add_argument(
        "--undo", action="store_true", help="the letter did not go out after all"
    )

    backup = command("backup", "cli.maintenance:cmd_backup", "copy the database safely")
    backup.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="a new file, or an existing folder to put a time-stamped copy in "
        "(default: the backups folder beside the database)",
    )

    command("check", "cli.maintenance:cmd_check", "integrity and schema check")

    export = command(
        "export", "cli.export:cmd_export", "write a call's follow-up letter, record or reminders"
    )
    export.add_argument(
        "call_id", type=int, metavar="CALL_ID", help="the call's id, as `list` shows it"
    )
    export.add_argument(
        "--internal", action="store_true", help="the internal call record, not the client letter"
    )
    export.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        help=(
            "docx, md, txt, ics (calendar reminders) or eml (an email draft with the Word "
            "letter attached); default: from the file name, else docx"
        ),
    )
    export.add_argument(
        "--lang",
        choices=LANGUAGE_CODES,
        help="the letter's language (" + ", ".join(LANGUAGE_CODES) + "); default: the call's",
    )
    export.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        required=True,
        help="file to write (a regular file: never a link, device or pipe)",
    )
    export.add_argument(
        "--force",
        action="store_true",
        help="overwrite the target even if it is a read-only file",
    )

    books = command(
        "playbooks",
        "cli.playbooks:cmd_playbooks",
        "list, export, import or reset the playbooks (the scenarios' checklists and wording)",
    )
    books.add_argument(
        "action",
        choices=PLAYBOOK_ACTIONS,
        metavar="ACTION",
        help="list; export ID -o FILE; import FILE [--replace]; reset ID",
    )
    books.add_argument(
        "target", nargs="?", metavar="ID|FILE", help="the playbook's id, or the file to import"
    )
    books.add_argument("-o", "--output", metavar="FILE", help="export: the file to write")
    books.add_argument(
        "--replace", action="store_true", help="import: replace your playbook of the same id"
    )
    books.add_argument("--json", action="store_true", help="list: print a JSON array")

    team = command("team", "cli.team:cmd_team", "share calls with a team on PostgreSQL")
    team.later(lambda built: _team_commands(built, db_after))

    review = command(
        "review", "cli.review:cmd_review", "tone review of any draft text", with_db=False
    )
    review.add_argument(
        "file", nargs="?", default="-", metavar="FILE", help="a file, or - for stdin"
    )
    review.add_argument("--json", action="store_true", help="print a JSON array")
    review.add_argument(
        "--scenario",
        metavar="ID",
        help="also flag that scenario's playbook jargon (a shipped scenario or one of your own)",
    )
    return parser


def _team_commands(team: argparse.ArgumentParser, db_after: argparse.ArgumentParser) -> None:
    """`candor team ...`: its grammar is in cli/team_args.py, read only for this command."""
    from cli.team_args import add_team_commands

    add_team_commands(team, db_after, _Formatter, _text)


def validate(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Usage errors argparse cannot see on its own (exit 2, like argparse's)."""
    if args.install_desktop or args.uninstall_desktop:
        option = "--install-desktop" if args.install_desktop else "--uninstall-desktop"
        if args.command is not None:
            parser.error(f"{option} takes no command; run it on its own")
        args.handler = DESKTOP_INSTALL if args.install_desktop else DESKTOP_UNINSTALL
        return
    if args.db is not None and not args.db.strip():
        parser.error("--db needs a file path; an empty one would mean the default database")
    if args.command == "prepare" and args.client is not None and not args.client.strip():
        parser.error("prepare: --client needs a name; leave it out to take it from the invitation")
    if args.command == "playbooks":
        _check_playbooks(parser, args)
    if getattr(args, "scenario", None) not in (None, *SCENARIOS):
        from cli.common import check_scenario  # reads the user's playbooks: only now

        check_scenario(parser, args)
    if args.command != "export":
        return
    args.format = args.format or format_from_name(args.output)
    if args.format not in EXPORT_FORMATS:
        parser.error(
            f"export: there is no .{args.format} export ({args.output}); the formats are "
            f"{_names(EXPORT_FORMATS)}: name the file so, or add --format"
        )
    if args.internal and args.format == "ics":
        parser.error("export: --internal has no calendar form; use docx, md or txt")
    if args.internal and args.format == "eml":
        parser.error("export: the internal record is never emailed; use docx, md or txt")
    if args.lang and (args.internal or args.format == "ics"):
        parser.error(
            "export: --lang is the client letter's language; the record and the "
            "reminders are in English"
        )


def _check_playbooks(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Which action takes what: `export ID -o FILE`, `import FILE`, `reset ID`, `list`."""
    action = args.action
    needs = {"export": "a playbook id", "import": "a file", "reset": "a playbook id"}
    if action in needs and not args.target:
        parser.error(f"playbooks {action}: needs {needs[action]}")
    if action == "list" and args.target:
        parser.error("playbooks list: takes no id (add --json for JSON)")
    if action == "export" and not args.output:
        parser.error("playbooks export: needs -o FILE, the file to write")
    if action != "export" and args.output:
        parser.error(f"playbooks {action}: -o is for export")
    if action != "import" and args.replace:
        parser.error(f"playbooks {action}: --replace is for import")
    if action != "list" and args.json:
        parser.error(f"playbooks {action}: --json is for list")


def _names(words: tuple[str, ...]) -> str:
    return ", ".join(words[:-1]) + f" and {words[-1]}" if len(words) > 1 else words[0]


def format_from_name(output: str) -> str:
    suffix = Path(output).suffix.lower().lstrip(".")
    return {"markdown": "md", "text": "txt"}.get(suffix, suffix) if suffix else "docx"


def opens_database(args: argparse.Namespace) -> bool:
    """False for what needs no database path: `review` (with --scenario it finds the
    playbooks itself) and the desktop options."""
    return args.command != "review" and getattr(args, "handler", WINDOW) not in (
        DESKTOP_INSTALL,
        DESKTOP_UNINSTALL,
    )


def handler_of(args: argparse.Namespace) -> Callable[[argparse.Namespace, Path], int]:
    """The command's function, its module imported now (the window without a command)."""
    from importlib import import_module

    module, _, function = getattr(args, "handler", WINDOW).partition(":")
    return getattr(import_module(module), function)
