"""Turning stored UTC times into what a person reads: the one place that words dates,
times and durations, so the same call reads the same on every screen and in every export."""

from __future__ import annotations

from datetime import UTC, date, datetime


def to_iso(at: datetime | None) -> str | None:
    if at is None:
        return None
    if at.tzinfo is None:
        raise ValueError("naive datetimes are ambiguous; use UTC")
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def from_iso(text: str | None) -> datetime | None:
    if not text:
        return None
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def date_to_iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def date_from_iso(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def local(at: datetime) -> datetime:
    """The same instant in the machine's local time zone."""
    return at.astimezone()


def format_offset(offset_ms: int | None) -> str:
    """'12:05' for 12 min 5 s into the call; '1:02:03' past an hour."""
    if offset_ms is None:
        return "--:--"
    seconds = offset_ms // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def minute_of(offset_ms: int | None) -> str:
    """'min 12' — how a tick shows when in the call it happened."""
    return "" if offset_ms is None else f"min {offset_ms // 60000}"


def duration_text(start: datetime | None, end: datetime | None) -> str:
    """How long a call lasted: '45 s', '1 min 45 s', '1 h 05 min'; '' if unknown."""
    if start is None or end is None:
        return ""
    seconds = max(0, int((end - start).total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    if minutes:
        return f"{minutes} min {secs:02d} s" if secs else f"{minutes} min"
    return f"{secs} s"


def when_text(at: datetime) -> str:
    """A stored UTC time as local 'YYYY-MM-DD HH:MM'."""
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def day_text(day: date | None, today: date | None = None) -> str:
    """'3 Mar 2026'; within a week of `today` 'Today', 'Tomorrow', 'Yesterday' or
    'Fri 6 Mar' (the weekday is what matters then); '' for None."""
    if day is None:
        return ""
    if today is not None:
        delta = (day - today).days
        special = {0: "Today", 1: "Tomorrow", -1: "Yesterday"}.get(delta)
        if special:
            return special
        if -7 < delta < 7:
            return f"{day:%a} {day.day} {day:%b}"
    return f"{day.day} {day:%b %Y}"
