"""The command line's document commands: `export` a call and `review` any draft's tone.

`export` writes through exporters.documents.write_document, as the window does. The
Word record embeds the reactions chart the window draws (ui.widgets.reaction_chart_png);
QPainter needs a QGuiApplication for its fonts, so the command starts one on Qt's
offscreen platform, which needs no display. Qt loads only for that one export.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cli_common import PROG, CliError, open_existing, print_json, warn
from domain.model import Call
from domain.playbooks import SCENARIOS, PlaybookLibrary
from domain.reminders import NOTHING_TO_REMIND, reminder_items
from domain.text import clip
from exporters import documents
from storage.paths import is_database_file, user_playbook_dir

EXPORT_FORMATS = ("docx", "md", "txt", "ics")
_qt_app: Any = None  # the offscreen application drawing the chart, kept for the process


def add_commands(commands: Any, db_after: argparse.ArgumentParser) -> None:
    """The `export` and `review` subcommands, on the main parser's subparsers."""
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


def validate(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Usage errors of `export` argparse cannot see on its own (exit 2, like argparse's)."""
    if args.command != "export":
        return
    args.format = args.format or format_from_name(args.output)
    if args.format not in EXPORT_FORMATS:
        parser.error(f"export: cannot tell the format of {args.output}; add --format")
    if args.internal and args.format == "ics":
        parser.error("export: --internal has no calendar form; use docx, md or txt")


def format_from_name(output: str) -> str:
    suffix = Path(output).suffix.lower().lstrip(".")
    return {"markdown": "md", "text": "txt"}.get(suffix, suffix) if suffix else "docx"


def playbooks(db_path: Path) -> PlaybookLibrary:
    """The user's playbooks beside the database; a broken copy is reported, not fatal."""
    return PlaybookLibrary(user_playbook_dir(db_path))


def report_problems(library: PlaybookLibrary) -> None:
    for problem in library.problems:
        warn(problem)


# --------------------------------------------------------------------------- export
def cmd_export(args: argparse.Namespace, db_path: Path) -> int:
    target = Path(args.output).expanduser()
    if is_database_file(target, db_path):
        raise CliError(f"{target} is the database itself; choose another file to export to")
    with open_existing(db_path) as store:
        try:
            call = store.calls.get(args.call_id)
        except KeyError:
            raise CliError(f"there is no call with id {args.call_id}") from None
        profile = store.settings.profile()
    if args.format == "ics":
        kind = documents.REMINDERS
        if not reminder_items(call):
            raise CliError(f"call {call.id} has nothing to remind: {NOTHING_TO_REMIND}")
    else:
        kind = documents.RECORD if args.internal else documents.LETTER
    library = playbooks(db_path)
    playbook = library.get(call.scenario)
    report_problems(library)
    chart = reaction_chart(call) if kind == documents.RECORD and args.format == "docx" else None
    written = documents.write_document(kind, args.format, call, playbook, profile, target, chart)
    print(written)
    return 0


def reaction_chart(call: Call) -> bytes | None:
    """The reactions chart as the window draws it, on Qt's offscreen platform (no display
    needed); None without reactions, or, with a warning, when Qt cannot start."""
    if not call.reactions:
        return None
    global _qt_app
    try:
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QApplication

        from ui.widgets.reaction_chart_png import reaction_chart_png
    except ImportError as exc:
        warn(f"the record is written without the reactions chart (Qt is missing: {exc})")
        return None
    app = QApplication.instance()
    if app is None:
        # A QApplication, not only a QGuiApplication: a window opened later in the same
        # process (the tests do) can then reuse it. '-platform' beats QT_QPA_PLATFORM.
        app = _qt_app = QApplication([PROG, "-platform", "offscreen"])
    if not isinstance(app, QGuiApplication):
        warn("the record is written without the reactions chart (no GUI application)")
        return None
    return reaction_chart_png(call)


# --------------------------------------------------------------------------- review
def cmd_review(args: argparse.Namespace, db_path: Path) -> int:
    from domain.tone import Rule, review

    if args.file == "-":
        draft = sys.stdin.read()
    else:
        data = Path(args.file).expanduser().read_bytes()
        draft = data.decode("utf-8-sig", errors="replace")
    jargon: tuple[str, ...] = ()
    if args.scenario:
        library = playbooks(db_path)
        jargon = library.get(args.scenario).jargon
        report_problems(library)
    rows = []
    for f in review(draft, jargon):
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
        print_json(rows)
        return 0
    if not rows:
        print("No findings: the draft reads plainly.")
    for row in rows:
        where = "draft" if row["line"] is None else f"{row['line']}:{row['column']}"
        quoted = f' "{clip(row["excerpt"], 60)}"' if row["excerpt"] else ""
        print(f"{where}  {row['label']}{quoted}: {row['why']} {row['suggestion']}")
    return 0
