"""Small shared pieces of the review screens: naming widgets, labels, dates as text."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from domain.model import CallStatus
from ui.a11y import named

__all__ = ["named"]  # re-exported: every review module names its widgets through here

HIGHLIGHT_BG = "#ffe066"  # matches in search snippets: dark text on warm yellow
MUTED = "#5f6670"  # secondary text; 5.9:1 on white

KIND_LABELS = {
    "title": "Title",
    "prep": "Prep",
    "follow_up": "Follow-up",
    "note": "Note",
    "step": "Next step",
}
STATUS_LABELS = {
    CallStatus.PREPARED: "Prepared",
    CallStatus.LIVE: "Live",
    CallStatus.ENDED: "Ended",
}


def page_title(text: str) -> QLabel:
    """A page's heading (styled by the app style sheet as pageTitle)."""
    label = QLabel(text)
    label.setObjectName("pageTitle")
    return label


def section_label(text: str) -> QLabel:
    """A section heading inside a page (styled as sectionLabel)."""
    label = QLabel(text)
    label.setObjectName("sectionLabel")
    return label


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("_", " ").capitalize())


def plural(count: int, one: str, many: str | None = None) -> str:
    """'1 commitment', '3 commitments'."""
    return f"{count} {one if count == 1 else (many or one + 's')}"


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


def muted_label(text: str, object_name: str, wrap: bool = True) -> QLabel:
    """Secondary text: the hint lines and empty states."""
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(wrap)
    label.setStyleSheet(f"color: {MUTED};")
    return label


def empty_state(text: str, object_name: str) -> QLabel:
    """A centred, larger hint shown instead of an empty list or table."""
    label = muted_label(text, object_name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet(f"color: {MUTED}; font-size: 15px; padding: 24px;")
    label.setAccessibleName(text)
    return label
