"""A calendar invitation (.ics) in, a domain.invitations.Invitation out.

Parsed with icalendar; the next occurrence of a recurring event is worked out here with
dateutil's rrule (icalendar's own dependency), which covers RRULE, RDATE, EXDATE and moved
occurrences (RECURRENCE-ID) for the one date a prepared call needs. No Qt, no SQL.

Anything that cannot become a call raises InvitationError with one line for the user: a
file too large to be one invitation, one that is not text, not a calendar, or holds no
event. Nothing is written anywhere: refusing a file leaves no trace.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from domain.invitations import Invitation, InvitationError, name_from_email
from domain.model import Contact, utc_now

__all__ = ["MAX_BYTES", "InvitationError", "parse_invitation", "read_invitation"]

# An invitation is a few kilobytes (tens with a long agenda). A whole exported calendar is
# megabytes and takes icalendar seconds to parse (about 4 s for 6 MB of events here), so a
# file over this is refused at once, before it is read.
MAX_BYTES = 1024 * 1024
# Recurrences are walked from their first date; this bounds a rule such as "every minute
# since 1970" (a weekly meeting since 1990 has under 2,000 dates).
MAX_OCCURRENCES = 100_000
_SKIPPED_KINDS = {"ROOM", "RESOURCE"}  # meeting rooms and projectors are attendees too
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def read_invitation(path: str | Path, now: datetime | None = None) -> Invitation:
    """The invitation in the .ics file at `path`; `now` (default: the current time)
    decides which occurrence of a recurring event is next."""
    path = Path(path)
    name = path.name or str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InvitationError(f"there is no file {path}") from None
    except OSError as exc:
        raise InvitationError(f"{name} cannot be read ({exc.strerror or exc})") from None
    if not path.is_file():
        raise InvitationError(f"{name} is not a file; choose the invitation's .ics file")
    if info.st_size > MAX_BYTES:
        raise InvitationError(_too_large(name, info.st_size))
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InvitationError(f"{name} cannot be read ({exc.strerror or exc})") from None
    return parse_invitation(data, now=now, name=name)


def parse_invitation(
    data: bytes, now: datetime | None = None, name: str = "the file"
) -> Invitation:
    """The invitation in an .ics file's bytes (a dropped file's, say)."""
    if len(data) > MAX_BYTES:
        raise InvitationError(_too_large(name, len(data)))
    text = _text(data, name)
    if not text.lstrip().upper().startswith("BEGIN:VCALENDAR"):
        raise InvitationError(f"{name} is not a calendar invitation (an .ics file)")
    import icalendar

    try:
        calendar = icalendar.Calendar.from_ical(text)
        events = list(calendar.walk("VEVENT"))
    except Exception as exc:  # icalendar raises ValueError, and worse on odd input
        why = " ".join(str(exc).split())[:120]
        raise InvitationError(f"{name} looks like a calendar but cannot be read ({why})") from None
    if not events:
        raise InvitationError(f"{name} holds no event: the calendar is empty or has only tasks")
    event = next((e for e in events if e.get("RECURRENCE-ID") is None), events[0])
    moved = [
        e
        for e in events
        if e is not event
        and e.get("RECURRENCE-ID") is not None
        and str(e.get("UID", "")) == str(event.get("UID", ""))
    ]
    return _invitation(event, moved, _now(now))


def _too_large(name: str, size: int) -> str:
    return (
        f"{name} is {size / 1_000_000:.1f} MB, too large for one invitation (at most "
        f"{MAX_BYTES // 1024 // 1024} MB); export the single event from the calendar"
    )


def _text(data: bytes, name: str) -> str:
    """UTF-8 as RFC 5545 says (a BOM is allowed), UTF-16 with its BOM, else Windows-1252
    as older Outlook wrote; bytes with NULs in them are not text at all."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in data:
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return data.decode("cp1252", errors="replace")
    raise InvitationError(f"{name} is not a calendar invitation: it is not text")


def _now(now: datetime | None) -> datetime:
    if now is None:
        return utc_now()
    return now if now.tzinfo else now.astimezone()  # a naive `now` is local time


# the event ------------------------------------------------------------------------------


def _invitation(event: Any, moved: list[Any], now: datetime) -> Invitation:
    start = _value(event, "DTSTART")
    when = _Timing.of(event, start, moved, now) if isinstance(start, date) else None
    organizer = _person(event.get("ORGANIZER"))
    attendees = []
    for prop in _as_list(event.get("ATTENDEE")):
        person = _person(prop)
        if person is not None and all(person.email.lower() != a.email.lower() for a in attendees):
            attendees.append(person)
    return Invitation(
        title=" ".join(_str(event.get("SUMMARY")).split()),
        planned_at=when.planned_at if when else None,
        all_day=when.all_day if when else False,
        recurring=when.recurring if when else False,
        description=_str(event.get("DESCRIPTION")).replace("\r\n", "\n").strip(),
        location=" ".join(_str(event.get("LOCATION")).split()),
        organizer=organizer,
        attendees=attendees,
    )


def _str(value: Any) -> str:
    """A text property without control characters (an ESC in a SUMMARY would reach the
    terminal); line breaks and tabs stay."""
    if value is None:
        return ""
    if isinstance(value, list):  # a property given twice: the first
        value = value[0] if value else ""
    return _CONTROL.sub(" ", str(value))


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _value(event: Any, key: str) -> Any:
    """A date or time property's value; None when missing or unreadable."""
    try:
        prop = event.get(key)
        return prop.dt if prop is not None else None
    except Exception:  # icalendar keeps a broken value and raises on reading it
        return None


def _person(prop: Any) -> Contact | None:
    """An ORGANIZER or ATTENDEE: a person with an email, or None (a room, a resource, no
    address)."""
    if prop is None:
        return None
    params = getattr(prop, "params", {}) or {}
    if str(params.get("CUTYPE", "")).upper() in _SKIPPED_KINDS:
        return None
    email = re.sub(r"(?i)^mailto:", "", _str(prop)).strip()
    if "@" not in email or any(c.isspace() for c in email):
        return None
    cn = " ".join(_str(params.get("CN", "")).strip().strip('"').split())
    name = cn if cn and "@" not in cn else name_from_email(email)
    return Contact(name=name or email, email=email)


# when -----------------------------------------------------------------------------------


@dataclass
class _Timing:
    planned_at: datetime
    all_day: bool
    recurring: bool

    @classmethod
    def of(cls, event: Any, start: date, moved: list[Any], now: datetime) -> _Timing:
        all_day = not isinstance(start, datetime)
        base = datetime.combine(start, time()) if all_day else start
        length = _length(event, start, all_day)
        rules = _as_list(event.get("RRULE"))
        extra = _dates(event, "rdates", base)
        if not rules and not extra:
            return cls(_aware(base), all_day, False)
        occurrences = _occurrences(event, base, rules, extra, moved)
        chosen = base
        for count, occurrence in enumerate(occurrences):
            chosen = occurrence
            if _aware(occurrence + length) > now or _aware(occurrence) >= now:
                break
            if count >= MAX_OCCURRENCES:
                chosen = base
                break
        return cls(_aware(chosen), all_day, True)


def _length(event: Any, start: date, all_day: bool) -> timedelta:
    end = _value(event, "DTEND")
    if end is not None and type(end) is type(start):
        return max(end - start, timedelta(0))
    duration = _value(event, "DURATION")
    if isinstance(duration, timedelta):
        return max(duration, timedelta(0))
    return timedelta(days=1) if all_day else timedelta(0)


def _occurrences(event: Any, base: datetime, rules: list[Any], extra: list[datetime], moved):
    """Every occurrence in order: DTSTART, the rules' dates and RDATEs, less EXDATEs, a
    moved occurrence at its new time (a cancelled one left out)."""
    from dateutil.rrule import rruleset, rrulestr

    dates = rruleset()
    dates.rdate(base)
    for rule in rules:
        parsed = _rule(rule, base, rrulestr)
        if parsed is not None:
            dates.rrule(parsed)
    for extra_date in extra:
        dates.rdate(extra_date)
    for excluded in _dates(event, "exdates", base):
        dates.exdate(excluded)
    for override in moved:
        original = _value(override, "RECURRENCE-ID")
        if original is None:
            continue
        dates.exdate(_like(original, base))
        start = _value(override, "DTSTART")
        if start is not None and _str(override.get("STATUS")).upper() != "CANCELLED":
            dates.rdate(_like(start, base))
    return iter(dates)


def _rule(rule: Any, base: datetime, rrulestr: Any) -> Any:
    """dateutil's rule for an RRULE; UNTIL given in the other form than DTSTART (floating
    against UTC) is brought to DTSTART's. None for a rule dateutil cannot read."""
    text = rule.to_ical().decode() if hasattr(rule, "to_ical") else str(rule)
    try:
        return rrulestr(text, dtstart=base)
    except (ValueError, TypeError):
        pass
    until = rule.get("UNTIL") if hasattr(rule, "get") else None
    if until:
        value = until[0] if isinstance(until, list) else until
        fixed = _like(value, base)
        stamp = (
            fixed.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
            if fixed.tzinfo
            else fixed.strftime("%Y%m%dT%H%M%S")
        )
        text = re.sub(r"UNTIL=[^;]+", f"UNTIL={stamp}", text)
        try:
            return rrulestr(text, dtstart=base)
        except (ValueError, TypeError):
            return None
    return None


def _dates(event: Any, attribute: str, base: datetime) -> list[datetime]:
    """RDATE or EXDATE values, each in DTSTART's form; [] when unreadable."""
    try:
        values = getattr(event, attribute)
    except Exception:
        return []
    found = []
    for value in values:
        start = value[0] if isinstance(value, tuple) else value  # a period: its start
        if isinstance(start, date):
            found.append(_like(start, base))
    return found


def _like(value: date, base: datetime) -> datetime:
    """`value` in the same form as `base`: naive (floating or all-day) or aware."""
    if not isinstance(value, datetime):
        return datetime.combine(value, base.time(), base.tzinfo)
    if base.tzinfo is None and value.tzinfo is not None:
        return value.astimezone().replace(tzinfo=None)  # to the local wall clock
    if base.tzinfo is not None and value.tzinfo is None:
        return value.replace(tzinfo=base.tzinfo)
    return value


def _aware(at: datetime) -> datetime:
    """UTC; a floating or all-day time is the user's local wall clock."""
    return (at if at.tzinfo else at.astimezone()).astimezone(UTC)
