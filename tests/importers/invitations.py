"""Writing real .ics files for the invitation tests (reader, storage and command line)."""

from __future__ import annotations

from pathlib import Path

OWN = "me@candor-consulting.example"


def ics(*events: str, extra: str = "") -> str:
    """A calendar holding `events` (each the lines between BEGIN:VEVENT and END:VEVENT)."""
    body = "".join(f"BEGIN:VEVENT\r\n{event.strip()}\r\nEND:VEVENT\r\n" for event in events)
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tests//Candor//EN\r\nMETHOD:REQUEST\r\n"
    return f"{head}{extra}{body}END:VCALENDAR\r\n"


def event(*lines: str, uid: str = "evt-1@tests") -> str:
    return "\r\n".join([f"UID:{uid}", "DTSTAMP:20260301T090000Z", *lines])


PLAIN = event(
    "SUMMARY:Delivery date for the March order",
    "DTSTART:20260310T140000Z",
    "DTEND:20260310T143000Z",
    "ORGANIZER;CN=Me:mailto:" + OWN,
    'ATTENDEE;CN="Dana Kim";ROLE=REQ-PARTICIPANT:mailto:dana.kim@northwind-logistics.example',
    "DESCRIPTION:Agenda:\\n1. New delivery date\\n2. Plan",
)


def write(folder: Path, text: str | bytes, name: str = "invite.ics") -> Path:
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return path
