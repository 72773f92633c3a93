"""The command line: open the window, or run one action on the database and exit.

Exit status is part of the contract (DESIGN.md): 0 on success, 2 on bad usage
(argparse), 1 on any other error with one line on stderr, 130 on Ctrl+C.
Expected failures (a refused file, a missing call, a bad export target) never
print a traceback; set CANDOR_DEBUG=1 to see one for an unexpected error.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import cli_documents
from cli_common import PROG, CliError, error, open_existing, print_json
from domain.model import CallSummary, SearchHit
from domain.playbooks import PlaybookError
from domain.text import clip
from domain.timefmt import local
from exporters.atomic import ExportError
from storage.backup import timestamped_name
from storage.errors import StorageError
from storage.paths import is_database_file, resolve_db_path
from storage.store import Store

DEFAULT_DEMO_CALLS = 200
DEFAULT_SEARCH_LIMIT = 50
MARK = "**"


# --------------------------------------------------------------------------- parser
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Candor: prepare, hold and follow up the client calls that deliver bad news.",
        epilog="Without a command, the window opens.",
    )
    db_help = "database file (default: $CANDOR_DB, else the user data folder)"
    parser.add_argument("--db", metavar="PATH", help=db_help)
    # --db is also accepted after the command; SUPPRESS keeps the global value otherwise.
    db_after = argparse.ArgumentParser(add_help=False)
    db_after.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", parents=[db_after], help="fill the database with realistic sample calls"
    )
    demo.add_argument("--calls", type=_count, default=DEFAULT_DEMO_CALLS, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--append",
        action="store_true",
        help="add sample calls even though the database already holds calls",
    )
    demo.set_defaults(handler=cmd_demo)

    listing = commands.add_parser("list", parents=[db_after], help="list calls, newest first")
    listing.add_argument("--client", metavar="NAME", help="only this client's calls")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=cmd_list)

    search = commands.add_parser("search", parents=[db_after], help="search every call's text")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--json", action="store_true", help="print a JSON array")
    search.add_argument("--limit", type=_positive, default=DEFAULT_SEARCH_LIMIT, metavar="N")
    search.set_defaults(handler=cmd_search)

    backup = commands.add_parser("backup", parents=[db_after], help="copy the database safely")
    backup.add_argument("-o", "--output", metavar="PATH", help="file or folder for the copy")
    backup.set_defaults(handler=cmd_backup)

    check = commands.add_parser("check", parents=[db_after], help="integrity and schema check")
    check.set_defaults(handler=cmd_check)

    cli_documents.add_commands(commands, db_after)
    return parser


def _validate(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Usage errors argparse cannot see on its own (exit 2, like argparse's)."""
    if args.db is not None and not args.db.strip():
        parser.error("--db needs a file path; an empty one would mean the default database")
    cli_documents.validate(parser, args)


# --------------------------------------------------------------------------- entry
def main(argv: Sequence[str] | None = None) -> int:
    """Run one command line; return the exit status (never raises for expected errors)."""
    _tolerant_output()
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
        _validate(parser, args)
    except SystemExit as exc:  # --help (0) or bad usage (2), already printed
        return exc.code if isinstance(exc.code, int) else 2
    try:
        db_path = resolve_db_path(args.db)
        handler: Callable[[argparse.Namespace, Path], int] = getattr(args, "handler", cmd_window)
        return handler(args, db_path)
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 1
    except (CliError, StorageError, ExportError, PlaybookError) as exc:
        error(str(exc))
    except sqlite3.DatabaseError as exc:  # last resort: storage should have said it already
        error(f"the database cannot be read ({exc}); run 'candor check' or restore a backup")
    except OSError as exc:
        error(_os_message(exc))
    except Exception as exc:  # a bug: still one line, the traceback on request
        if os.environ.get("CANDOR_DEBUG"):
            traceback.print_exc()
        error(f"unexpected error: {type(exc).__name__}: {exc}")
    return 1


def _os_message(exc: OSError) -> str:
    what = exc.strerror or str(exc)
    return f"{what}: {exc.filename}" if exc.filename else what


def _tolerant_output() -> None:
    """A console that cannot show an emoji gets '?' rather than a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def _silence_stdout() -> None:
    """The reader went away (`candor list | head`): drop what is left unwritten."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


# --------------------------------------------------------------------------- commands
def cmd_window(args: argparse.Namespace, db_path: Path) -> int:
    try:
        from ui.app import run_window  # Qt loads only when the window is wanted
    except ImportError as exc:
        raise CliError(f"the window cannot start: {exc}") from exc
    return int(run_window(db_path) or 0)


def cmd_demo(args: argparse.Namespace, db_path: Path) -> int:
    from storage.demo_writer import write_demo

    started = time.perf_counter()
    with Store(db_path) as store:
        existing = store.calls.count()
        if existing and not args.append:
            raise CliError(
                f"{db_path} already holds {existing} calls; sample data would mix with them "
                "(use --append to add it anyway, or --db to fill another file)"
            )
        show = sys.stderr.isatty()

        def progress(done: int) -> None:
            if show:
                print(f"\r{done}/{args.calls} sample calls written", end="", file=sys.stderr)

        written = write_demo(store, args.calls, args.seed, progress)
        if show and written:
            print(file=sys.stderr)
    seconds = time.perf_counter() - started
    print(f"Added {written} sample calls to {db_path} in {seconds:.1f} s.")
    return 0


def summary_json(summary: CallSummary) -> dict[str, Any]:
    return {
        "id": summary.id,
        "client": summary.client,
        "title": summary.title,
        "scenario": summary.scenario,
        "status": summary.status.value,
        "created_at": summary.created_at,
        "started_at": summary.started_at,
        "ended_at": summary.ended_at,
        "open_next_steps": summary.open_next_steps,
        "follow_up_on": summary.follow_up_on,
        "follow_up_done_at": summary.follow_up_done_at,
    }


def cmd_list(args: argparse.Namespace, db_path: Path) -> int:
    with open_existing(db_path) as store:
        summaries = store.calls.summaries(client=args.client)
    if args.json:
        print_json([summary_json(s) for s in summaries])
        return 0
    if not summaries:
        print("No calls." if not args.client else f"No calls with {args.client}.")
        return 0
    table = [("ID", "When", "Status", "Client", "Title", "Scenario", "Open", "Follow-up")]
    for s in summaries:
        when = local(s.started_at or s.created_at).strftime("%Y-%m-%d %H:%M")
        follow = s.follow_up_on.isoformat() if s.follow_up_on else ""
        title = clip(s.title, 48)
        row = (str(s.id), when, s.status.value, clip(s.client, 28), title, s.scenario)
        table.append((*row, str(s.open_next_steps), follow))
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
    for r in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip())
    return 0


def hit_json(hit: SearchHit) -> dict[str, Any]:
    return {
        "call_id": hit.call_id,
        "client": hit.client,
        "title": hit.title,
        "kind": hit.kind,
        "snippet": hit.marked(MARK, MARK),
        "score": hit.score,
        "started_at": hit.started_at,
    }


def cmd_search(args: argparse.Namespace, db_path: Path) -> int:
    with open_existing(db_path) as store:
        hits = store.search.search(args.query, limit=args.limit)
    if args.json:
        print_json([hit_json(h) for h in hits])
        return 0
    if not hits:
        print("No matches.")
        return 0
    for hit in hits:
        day = local(hit.started_at).strftime("%Y-%m-%d") if hit.started_at else "not held"
        print(f"#{hit.call_id}  {hit.client} — {clip(hit.title, 60)}  ({hit.kind}, {day})")
        print(f"    {' '.join(hit.marked(MARK, MARK).split())}")
    return 0


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
    with open_existing(db_path) as store:
        if args.output:
            dest = Path(args.output).expanduser()
            if dest.is_dir():
                dest = dest / timestamped_name(db_path.stem, "manual")
            if dest.exists() or is_database_file(dest, db_path):
                raise CliError(f"{dest} already exists; choose a new file name for the backup")
        else:
            folder = store.backup_dir
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            except OSError as exc:
                raise CliError(f"cannot create the backups folder {folder}: {_why(exc)}") from exc
            dest = folder / timestamped_name(db_path.stem, "manual")
        _check_folder(dest)
        try:
            made = store.backup(dest)
        except OSError as exc:  # the copy goes to a hidden temporary file first: name the target
            raise CliError(f"could not write the backup {dest}: {_why(exc)}") from exc
    print(made)
    return 0


def _check_folder(dest: Path) -> None:
    """The backup's folder must exist and take new files, checked before any copy starts."""
    folder = dest.parent
    if not folder.is_dir():
        raise CliError(f"cannot write the backup {dest}: there is no folder {folder}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CliError(f"cannot write the backup {dest}: no permission to add files to {folder}")


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)
