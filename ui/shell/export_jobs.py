"""The export work that runs off the UI thread: domain objects in, a file out.

Each job is exporters.documents.write_document over domain objects (and PNG bytes,
never widgets), so a worker thread can run it; the exporters load on first use, to
keep python-docx and icalendar out of the window's start-up. The jobs run on the
window's TaskRunner (ui.tasks).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TR_NOOP

from exporters import documents


class ExportKind(StrEnum):
    """What the window can export for a call (AppEvents.exportRequested carries one)."""

    LETTER = "letter"
    RECORD = "record"
    MARKDOWN = "markdown"
    REMINDERS = "reminders"
    EMAIL = "email"  # the letter on the clipboard (and a mailto: draft)
    DRAFT = "draft"  # an .eml draft with the Word letter attached, opened in the mail app

    @property
    def label(self) -> str:
        return QT_TR_NOOP("email text") if self is ExportKind.EMAIL else KINDS[self].noun


LETTER, RECORD, MARKDOWN, REMINDERS, EMAIL, DRAFT = ExportKind


@dataclass(frozen=True)
class JobKind:
    """How one kind of export is offered: what it is called, its file type and name."""

    noun: str  # "follow-up letter", in messages (marked for lupdate; shown through tr)
    ext: str  # also the format handed to write_document
    file_filter: str
    file_label: str  # the kind= part of suggested_filename
    offer_open: bool  # ask "Open it now?" afterwards
    document: str  # the kind of exporters.documents.write_document


WORD = QT_TR_NOOP("Word document (*.docx)")
KINDS: dict[ExportKind, JobKind] = {
    LETTER: JobKind(
        QT_TR_NOOP("follow-up letter"), "docx", WORD, "follow-up", True, documents.LETTER
    ),
    RECORD: JobKind(
        QT_TR_NOOP("internal call record"), "docx", WORD, "call record", True, documents.RECORD
    ),
    MARKDOWN: JobKind(
        QT_TR_NOOP("letter as Markdown"),
        "md",
        QT_TR_NOOP("Markdown (*.md)"),
        "follow-up",
        False,
        documents.LETTER,
    ),
    REMINDERS: JobKind(
        QT_TR_NOOP("calendar reminders"),
        "ics",
        QT_TR_NOOP("iCalendar (*.ics)"),
        "reminders",
        True,
        documents.REMINDERS,
    ),
    DRAFT: JobKind(
        QT_TR_NOOP("email draft"),
        "eml",
        QT_TR_NOOP("Email (*.eml)"),
        "email",
        False,
        documents.LETTER,
    ),
}
