"""The command line: open the window, or run one action on the database and exit.

Exit status is part of the contract (DESIGN.md): 0 on success, 2 on bad usage
(argparse), 1 on any other error with one line on stderr, 130 on Ctrl+C.
Expected failures (a refused file, a missing call, a bad export target) never
print a traceback; set CANDOR_DEBUG=1 to see one for an unexpected error.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sqlite3
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from domain.model import CallSummary, SearchHit
from domain.playbooks import SCENARIOS, PlaybookError, PlaybookLibrary
from domain.timefmt import local
from exporters.atomic import ExportError
from storage.backup import timestamped_name
from storage.errors import StorageError
from storage.paths import resolve_db_path, user_playbook_dir
from storage.store import Store

PROG = "candor"
DEFAULT_DEMO_CALLS = 200
DEFAULT_SEARCH_LIMIT = 50
MARK = "**"
EXPORT_FORMATS = ("docx", "md", "txt", "ics")


class CliError(Exception):
    """An expected failure; str() is the one line shown after 'candor: '."""


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

    export = commands.add_parser(
        "export", parents=[db_after], help="write a call's follow-up letter, record or reminders"
    )
    export.add_argument("call_id", type=int, metavar="CALL_ID")
    export.add_argument(
        "--internal", action="store_true", help="the internal call record, not the client letter"
    )
    export.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        help="docx, md, txt or ics (calendar reminders); default: from the file name, else docx",
    )
    export.add_argument("-o", "--output", metavar="PATH", required=True, help="file to write")
    export.set_defaults(handler=cmd_export)

    review = commands.add_parser("review", help="tone review of any draft text")
    review.add_argument(
        "file", nargs="?", default="-", metavar="FILE", help="a file, or - for stdin"
    )
    review.add_argument("--json", action="store_true", help="print a JSON array")
    review.add_argument(
        "--scenario", choices=SCENARIOS, help="also flag that scenario's playbook jargon"
    )
    review.set_defaults(handler=cmd_review)
    return parser


def _validate(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Usage errors argparse cannot see on its own (exit 2, like argparse's)."""
    if args.command == "export":
        args.format = args.format or _format_from_name(args.output)
        if args.format not in EXPORT_FORMATS:
            parser.error(f"export: cannot tell the format of {args.output}; add --format")
        if args.internal and args.format == "ics":
            parser.error("export: --internal has no calendar form; use docx, md or txt")


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
        _error("interrupted")
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 1
    except (CliError, StorageError, ExportError, PlaybookError) as exc:
        _error(str(exc))
    except sqlite3.DatabaseError as exc:
        _error(f"the database cannot be read ({exc}); run 'candor check' or restore a backup")
    except OSError as exc:
        _error(_os_message(exc))
    except Exception as exc:  # a bug: still one line, the traceback on request
        if os.environ.get("CANDOR_DEBUG"):
            traceback.print_exc()
        _error(f"unexpected error: {type(exc).__name__}: {exc}")
    return 1


def _error(message: str) -> None:
    print(f"{PROG}: {' '.join(message.split())}", file=sys.stderr)


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


def _open_existing(db_path: Path) -> Store:
    """Commands that read never create a database where there was none."""
    if not db_path.exists():
        raise CliError(
            f"there is no database at {db_path}; open the window or run 'candor demo' to create one"
        )
    return Store(db_path)


def _print_json(value: Any) -> None:
    print(json.dumps(value, indent=2, default=_json_default))


def _json_default(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


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
    with _open_existing(db_path) as store:
        summaries = store.calls.summaries(client=args.client)
    if args.json:
        _print_json([summary_json(s) for s in summaries])
        return 0
    if not summaries:
        print("No calls." if not args.client else f"No calls with {args.client}.")
        return 0
    table = [("ID", "When", "Status", "Client", "Title", "Scenario", "Open", "Follow-up")]
    for s in summaries:
        when = local(s.started_at or s.created_at).strftime("%Y-%m-%d %H:%M")
        follow = s.follow_up_on.isoformat() if s.follow_up_on else ""
        title = _clip(s.title, 48)
        row = (str(s.id), when, s.status.value, _clip(s.client, 28), title, s.scenario)
        table.append((*row, str(s.open_next_steps), follow))
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
    for r in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip())
    return 0


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


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
    with _open_existing(db_path) as store:
        hits = store.search.search(args.query, limit=args.limit)
    if args.json:
        _print_json([hit_json(h) for h in hits])
        return 0
    if not hits:
        print("No matches.")
        return 0
    for hit in hits:
        day = local(hit.started_at).strftime("%Y-%m-%d") if hit.started_at else "not held"
        print(f"#{hit.call_id}  {hit.client} — {_clip(hit.title, 60)}  ({hit.kind}, {day})")
        print(f"    {' '.join(hit.marked(MARK, MARK).split())}")
    return 0


def cmd_check(args: argparse.Namespace, db_path: Path) -> int:
    with _open_existing(db_path) as store:
        problems = store.check()
    if not problems:
        print("ok")
        return 0
    for problem in problems:
        print(problem)
    count = len(problems)
    raise CliError(f"{db_path} failed the check ({count} problem{'s' * (count != 1)})")


def cmd_backup(args: argparse.Namespace, db_path: Path) -> int:
    with _open_existing(db_path) as store:
        dest = None
        if args.output:
            dest = Path(args.output).expanduser()
            if dest.is_dir():
                dest = dest / timestamped_name(db_path.stem, "manual")
            if dest.exists() or dest.resolve() == db_path.resolve():
                raise CliError(f"{dest} already exists; choose a new file name for the backup")
        made = store.backup(dest)
    print(made)
    return 0


def _format_from_name(output: str) -> str:
    suffix = Path(output).suffix.lower().lstrip(".")
    return {"markdown": "md", "text": "txt"}.get(suffix, suffix) if suffix else "docx"


def cmd_export(args: argparse.Namespace, db_path: Path) -> int:
    from domain.compose import compose_letter
    from domain.record import compose_internal_record
    from exporters import docx, ics, text

    target = Path(args.output).expanduser()
    guarded = {db_path.resolve()} | {Path(f"{db_path.resolve()}{s}") for s in ("-wal", "-shm")}
    if target.resolve() in guarded:
        raise CliError(f"{target} is the database itself; choose another file to export to")
    with _open_existing(db_path) as store:
        try:
            call = store.calls.get(args.call_id)
        except KeyError:
            raise CliError(f"there is no call with id {args.call_id}") from None
        profile = store.settings.profile()
    playbook = PlaybookLibrary(user_playbook_dir(db_path)).get(call.scenario)
    if args.format == "ics":
        written = ics.write_reminders(call, target)
    elif args.internal:
        record = compose_internal_record(call, playbook)
        writers = {
            "docx": lambda: docx.write_internal_record(record, target, company=profile.company),
            "md": lambda: text.write_record_markdown(record, target),
            "txt": lambda: text.write_record_text(record, target),
        }
        written = writers[args.format]()
    else:
        letter = compose_letter(call, playbook, profile)
        letterhead = Path(profile.letterhead).expanduser() if profile.letterhead else None
        writers = {
            "docx": lambda: docx.write_letter(letter, target, letterhead, profile.company),
            "md": lambda: text.write_letter_markdown(letter, target),
            "txt": lambda: text.write_letter_text(letter, target),
        }
        written = writers[args.format]()
    print(written)
    return 0


def cmd_review(args: argparse.Namespace, db_path: Path) -> int:
    from domain.tone import Rule, review

    if args.file == "-":
        draft = sys.stdin.read()
    else:
        data = Path(args.file).expanduser().read_bytes()
        draft = data.decode("utf-8-sig", errors="replace")
    jargon = PlaybookLibrary().get(args.scenario).jargon if args.scenario else ()
    findings = review(draft, jargon)
    rows = []
    for f in findings:
        line = draft.count("\n", 0, f.start) + 1
        column = f.start - (draft.rfind("\n", 0, f.start) + 1) + 1
        label = Rule(f.rule).label if f.rule in set(Rule) else f.rule
        rows.append(
            {
                "rule": f.rule,
                "label": label,
                "start": f.start,
                "end": f.end,
                "line": None if f.document_level else line,
                "column": None if f.document_level else column,
                "excerpt": f.excerpt(draft),
                "why": f.why,
                "suggestion": f.suggestion,
            }
        )
    if args.json:
        _print_json(rows)
        return 0
    if not rows:
        print("No findings: the draft reads plainly.")
    for row in rows:
        where = "draft" if row["line"] is None else f"{row['line']}:{row['column']}"
        quoted = f' "{_clip(row["excerpt"], 60)}"' if row["excerpt"] else ""
        print(f"{where}  {row['label']}{quoted}: {row['why']} {row['suggestion']}")
    return 0
