"""Turning stored UTC times into what a person reads."""

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
