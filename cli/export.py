"""`export`: a call's follow-up letter, internal record or calendar reminders.

`export` writes through exporters.documents.write_document, as the window does, and
only to a new or a regular file: a link, device or pipe is refused (exit 1, left as it
was), a read-only file is replaced only with --force.

The Word record embeds the reactions chart the window draws
(ui.widgets.reaction_chart_png); QPainter needs a QGuiApplication for its fonts, so the
command starts one on Qt's offscreen platform, which needs no display. Qt loads only
for that one export.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cli.common import PROG, CliError, open_existing, playbooks, report_problems, warn
from domain.reminders import NOTHING_TO_REMIND, reminder_items
from exporters import documents
from exporters.atomic import ReadOnlyTarget, check_target
from storage.paths import is_database_file

if TYPE_CHECKING:
    from domain.model import Call

_qt_app: Any = None  # the offscreen application drawing the chart, kept for the process


def cmd_export(args: argparse.Namespace, db_path: Path) -> int:
    target = Path(args.output).expanduser()
    if is_database_file(target, db_path):
        raise CliError(f"{target} is the database itself; choose another file to export to")
    try:
        check_target(target, args.force)  # a link, device or pipe is refused before any work
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
        record_docx = kind == documents.RECORD and args.format == "docx"
        chart = reaction_chart(call) if record_docx else None
        written = documents.write_document(
            kind,
            args.format,
            call,
            playbook,
            profile,
            target,
            chart,
            args.force,
            language=args.lang,
        )
    except ReadOnlyTarget as exc:
        raise CliError(f"{exc.path} is read-only; use --force to overwrite it") from exc
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
