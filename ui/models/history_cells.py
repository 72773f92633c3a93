"""The history table's columns and how a call's cells are worded, sorted and coloured
(ui/models/history.py holds the rows; the client page's list uses the same)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TR_NOOP

from domain.history import HistorySort
from domain.model import CallStatus, CallSummary
from domain.scenarios import scenario_label, scenario_sort_text
from domain.timefmt import local
from ui.i18n import tr
from ui.widgets.common import day_text, when_text

_NO_DATE = date.max.toordinal()
_STATUS_ORDER = {CallStatus.PREPARED: 0, CallStatus.LIVE: 1, CallStatus.ENDED: 2}


# The table's columns are the orders a list of calls can be sorted by (one enum for both).
Column = HistorySort


def header(column: Column) -> str:
    """The column's heading, in the interface's language."""
    return tr(_HEADERS[column])


_HEADERS = {
    Column.DATE: QT_TR_NOOP("Date"),
    Column.CLIENT: QT_TR_NOOP("Client"),
    Column.SUBJECT: QT_TR_NOOP("Subject"),
    Column.SCENARIO: QT_TR_NOOP("Scenario"),
    Column.STATUS: QT_TR_NOOP("Status"),
    Column.OPEN: QT_TR_NOOP("Open commitments"),
    Column.FOLLOW_UP: QT_TR_NOOP("Follow-up"),
    Column.LETTER: QT_TR_NOOP("Letter"),
}
NOT_SENT = QT_TR_NOOP("Not sent")


def letter_text(summary: CallSummary) -> str:
    """'Sent 2 Dec 2026', 'Not sent', or '' while the call is not over (or was never
    tracked: calls ended before Candor tracked letters)."""
    if summary.letter_sent_at is not None:
        return tr("Sent {day}").format(day=day_text(local(summary.letter_sent_at).date()))
    return tr(NOT_SENT) if summary.letter_owed else ""


def when(summary: CallSummary) -> datetime:
    """The moment a call is listed under: its start, or its creation if not started."""
    return summary.started_at or summary.created_at


def sort_key(summary: CallSummary, column: Column, names: Mapping[str, str] | None = None) -> Any:
    """The underlying value of a cell, comparable within its column (`names`: the
    scenarios' names, PlaybookLibrary.scenario_names())."""
    if column is Column.DATE:
        return when(summary).timestamp()
    if column is Column.CLIENT:
        return summary.client.casefold()
    if column is Column.SUBJECT:
        return summary.title.casefold()
    if column is Column.SCENARIO:
        return scenario_sort_text(summary.scenario, names)
    if column is Column.STATUS:
        return _STATUS_ORDER[summary.status]
    if column is Column.OPEN:
        return summary.open_next_steps
    if column is Column.LETTER:  # not sent first, then by the day it went out
        sent = summary.letter_sent_at
        return (0 if summary.letter_owed else 1 if sent else 2, sent.timestamp() if sent else 0)
    return summary.follow_up_on.toordinal() if summary.follow_up_on else _NO_DATE


def cell_text(summary: CallSummary, column: Column, names: Mapping[str, str] | None = None) -> str:
    """The cell as the table words it (`names`: the scenarios' names)."""
    if column is Column.DATE:
        return when_text(when(summary))
    if column is Column.CLIENT:
        return summary.client
    if column is Column.SUBJECT:
        return summary.title
    if column is Column.SCENARIO:
        return tr(scenario_label(summary.scenario, names))
    if column is Column.STATUS:
        return tr(summary.status.label)
    if column is Column.OPEN:
        return str(summary.open_next_steps)
    if column is Column.LETTER:
        return letter_text(summary)
    if summary.follow_up_on is None:
        return ""
    text = day_text(summary.follow_up_on)
    return f"{text}  ✓" if summary.follow_up_done_at else text


def cell_tooltip(summary: CallSummary, column: Column, today: date) -> str | None:
    if column is Column.SUBJECT:
        return summary.title
    if column is Column.FOLLOW_UP and summary.follow_up_on is not None:
        if summary.follow_up_done_at is not None:
            return tr("Checked in on {day}").format(
                day=day_text(local(summary.follow_up_done_at).date())
            )
        if summary.follow_up_on <= today:
            return tr("Check-in due: not done yet")
        return tr("Check in with the client on this day")
    return None


def cell_colour(summary: CallSummary, column: Column, today: date) -> str | None:
    """The palette role of the cell's text (muted, or due), None for the usual text."""
    if column is Column.OPEN and summary.open_next_steps == 0:
        return "muted"
    if column is Column.LETTER:
        return "due" if summary.letter_owed else "muted"
    if column is Column.FOLLOW_UP and summary.follow_up_on is not None:
        if summary.follow_up_done_at is not None:
            return "muted"
        if summary.follow_up_on <= today:
            return "due"
    return None
