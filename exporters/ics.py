"""Reminders as iCalendar: the call's check-in date and our open next steps.

What is reminded is domain.reminders.reminder_items, the same rule the window and
the command line use to tell whether there is anything to remind.

All-day events with an alarm at 9:00 that day, marked free (they remind, they do
not block the diary). UIDs are stable, so importing the file again after a change
updates the events instead of duplicating them.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from domain.compose import long_date
from domain.model import Call, NextStep
from domain.owners import is_us
from domain.reminders import reminder_items
from exporters.atomic import atomic_write_bytes
from exporters.safe_text import clean_text, one_line

PRODID = "-//Candor//Candor follow-up reminders//EN"
UID_DOMAIN = "candor.local"
ALARM_AT = timedelta(hours=9)  # from the start of the all-day event: 9:00 local time


def followup_uid(call: Call) -> str:
    return f"candor-call-{_call_key(call)}-followup@{UID_DOMAIN}"


def step_uid(call: Call, step: NextStep, index: int) -> str:
    key = step.id if step.id is not None else f"n{index}"
    return f"candor-call-{_call_key(call)}-step-{key}@{UID_DOMAIN}"


def _call_key(call: Call) -> str:
    if call.id is not None:
        return str(call.id)
    return call.created_at.astimezone(UTC).strftime("%Y%m%dT%H%M%S%f")


def reminders_calendar(call: Call, stamp: datetime | None = None) -> bytes:
    """One event for call.follow_up_on, one per open step of ours that has a due date
    (ours by domain.owners.is_ours: 'us' or a named colleague, as on the board)."""
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    client = one_line(call.client.name) or "the client"
    title = one_line(call.title)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "Candor reminders")

    for item in reminder_items(call):
        if item.step is None:
            uid, summary = followup_uid(call), f"Check in with {client}: {title}"
            description = _check_in_text(call, client, title)
        else:
            uid = step_uid(call, item.step, item.index)
            summary = f"Due for {client}: {one_line(item.step.what)}"
            if not is_us(item.step.owner):  # a named colleague's promise: say whose
                summary += f" ({one_line(item.step.owner)})"
            description = f"Promised on the call \u201c{title}\u201d."
        cal.add_component(_event(uid, summary, item.day, description, stamp))
    return cal.to_ical()


def write_reminders(call: Call, path: str | os.PathLike[str]) -> Path:
    return atomic_write_bytes(path, reminders_calendar(call))


def _check_in_text(call: Call, client: str, title: str) -> str:
    """What the check-in is about, with every open step (anyone's) as a reminder of where
    things stand."""
    open_steps = [s for s in call.next_steps if s.is_open]
    lines = [f"Check in with {client} about: {title}."]
    if open_steps:
        lines.append("Open next steps:")
        lines += [f"- {one_line(s.what)}" + _due(s) for s in open_steps]
    return "\n".join(lines)


def _due(step: NextStep) -> str:
    return f" (due {long_date(step.due_on)})" if step.due_on else ""


def _event(uid: str, summary: str, day: date, description: str, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("summary", one_line(summary)[:250])
    event.add("description", clean_text(description))
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add("categories", ["Candor"])
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", one_line(summary)[:250])
    alarm.add("trigger", ALARM_AT, parameters={"RELATED": "START"})
    event.add_component(alarm)
    return event
