"""The export work that runs off the UI thread: domain objects in, a file out.

Each job is a plain function of domain objects (and PNG bytes, never widgets), so a
worker thread can run it; the exporters are imported inside it, on first use, to
keep python-docx and icalendar out of the window's start-up. JobTask runs one job
in Qt's thread pool under the same garbage-collector guard as ui.workers.StoreTask.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Signal

from ui import workers

if TYPE_CHECKING:
    from domain.model import Call, Profile
    from domain.playbooks import Playbook

LETTER = "letter"
RECORD = "record"
MARKDOWN = "markdown"
REMINDERS = "reminders"
EMAIL = "email"


@dataclass(frozen=True)
class JobKind:
    """How one kind of export is offered: what it is called, its file type and name."""

    noun: str  # "follow-up letter", in messages
    ext: str
    file_filter: str
    file_label: str  # the kind= part of suggested_filename
    offer_open: bool  # ask "Open it now?" afterwards


KINDS: dict[str, JobKind] = {
    LETTER: JobKind("follow-up letter", "docx", "Word document (*.docx)", "follow-up", True),
    RECORD: JobKind("internal call record", "docx", "Word document (*.docx)", "call record", True),
    MARKDOWN: JobKind("letter as Markdown", "md", "Markdown (*.md)", "follow-up", False),
    REMINDERS: JobKind("calendar reminders", "ics", "iCalendar (*.ics)", "reminders", True),
}


def write_letter(call: Call, playbook: Playbook, profile: Profile, path: Path) -> Path:
    from domain.compose import compose_letter
    from exporters import docx

    letter = compose_letter(call, playbook, profile)
    letterhead = Path(profile.letterhead).expanduser() if profile.letterhead.strip() else None
    return docx.write_letter(letter, path, letterhead, profile.company)


def write_record(
    call: Call, playbook: Playbook, profile: Profile, path: Path, chart_png: bytes | None
) -> Path:
    from domain.record import compose_internal_record
    from exporters import docx

    record = compose_internal_record(call, playbook)
    return docx.write_internal_record(record, path, chart_png, company=profile.company)


def write_markdown(call: Call, playbook: Playbook, profile: Profile, path: Path) -> Path:
    from domain.compose import compose_letter
    from exporters import text

    return text.write_letter_markdown(compose_letter(call, playbook, profile), path)


def write_reminders(call: Call, path: Path) -> Path:
    from exporters import ics

    return ics.write_reminders(call, path)


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
