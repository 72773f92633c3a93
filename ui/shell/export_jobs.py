"""The export work that runs off the UI thread: domain objects in, a file out.

Each job is exporters.documents.write_document over domain objects (and PNG bytes,
never widgets), so a worker thread can run it; the exporters load on first use, to
keep python-docx and icalendar out of the window's start-up. JobTask runs one job
in Qt's thread pool under the same garbage-collector guard as ui.workers.StoreTask.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from exporters import documents
from ui import workers

LETTER = "letter"
RECORD = "record"
MARKDOWN = "markdown"
REMINDERS = "reminders"
EMAIL = "email"


@dataclass(frozen=True)
class JobKind:
    """How one kind of export is offered: what it is called, its file type and name."""

    noun: str  # "follow-up letter", in messages
    ext: str  # also the format handed to write_document
    file_filter: str
    file_label: str  # the kind= part of suggested_filename
    offer_open: bool  # ask "Open it now?" afterwards
    document: str  # the kind of exporters.documents.write_document


WORD = "Word document (*.docx)"
KINDS: dict[str, JobKind] = {
    LETTER: JobKind("follow-up letter", "docx", WORD, "follow-up", True, documents.LETTER),
    RECORD: JobKind("internal call record", "docx", WORD, "call record", True, documents.RECORD),
    MARKDOWN: JobKind(
        "letter as Markdown", "md", "Markdown (*.md)", "follow-up", False, documents.LETTER
    ),
    REMINDERS: JobKind(
        "calendar reminders", "ics", "iCalendar (*.ics)", "reminders", True, documents.REMINDERS
    ),
}


class JobSignals(QObject):
    done = Signal(object)  # (job id, kind, written path)
    failed = Signal(object)  # (job id, kind, one-line message)


class JobTask(QRunnable):
    """Runs `work()` in the thread pool and reports (id, kind, path or message)."""

    def __init__(self, job_id: int, kind: str, work: Callable[[], Path]) -> None:
        super().__init__()
        self.job_id = job_id
        self.kind = kind
        self.work = work
        self.finished = False
        self.signals = JobSignals()
        self.setAutoDelete(False)  # the controller holds it until it reports

    def run(self) -> None:
        from exporters.atomic import ExportError

        try:
            written = self.work()
        except ExportError as exc:
            self.finished = True
            self.signals.failed.emit((self.job_id, self.kind, str(exc)))
            return
        except Exception as exc:  # noqa: BLE001 - a worker must report, not die silently
            self.finished = True
            message = f"Could not export: {exc.__class__.__name__}: {exc}"
            self.signals.failed.emit((self.job_id, self.kind, " ".join(message.split())))
            return
        self.finished = True
        self.signals.done.emit((self.job_id, self.kind, str(written)))


def start(task: JobTask) -> JobTask:
    """Start it with the GC paused, like every other worker (see ui.workers)."""
    return workers.start(task)  # type: ignore[arg-type]  # same signals shape as StoreTask
