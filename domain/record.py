"""Compose the internal call record: everything said and seen, for our side only.

This is the private counterpart of the client letter (domain.compose): it holds
the prep, every note, reaction and tick on one timeline, checklist coverage and
the next steps with their status. It is never shown to the client.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from domain.compose import long_date, short_date
from domain.coverage import coverage
from domain.fields import PREP_FIELDS
from domain.languages import LetterLanguage
from domain.model import Call, NextStep, Section, StepStatus, owner_label
from domain.playbooks import Playbook, checklist_of
from domain.scenarios import scenario_label
from domain.timefmt import duration_text, format_offset, local

# Same-instant entries keep a stable, readable order: ticks, then notes, then reactions.
_ORDER = {"tick": 0, "note": 1, "reaction": 2}


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    offset: str
    source: str  # "note", "reaction" or "tick"
    kind: str  # what a reader sees in the Type column
    text: str


@dataclass(frozen=True)
class SectionCoverage:
    section: Section
    label: str
    covered: tuple[str, ...]
    missed: tuple[str, ...]


@dataclass(frozen=True)
class StepLine:
    what: str
    owner: str
    due: str
    status: str
    overdue: bool


@dataclass
class InternalRecord:
    title: str
    header: list[tuple[str, str]]
    prep: list[tuple[str, str]]
    timeline: list[TimelineEntry]
    coverage: list[SectionCoverage]
    covered_count: int
    item_count: int
    next_steps: list[StepLine]
    client: str = ""


def format_local(at: datetime | None) -> str:
    return "" if at is None else local(at).strftime("%Y-%m-%d %H:%M")


def format_duration(start: datetime | None, end: datetime | None) -> str:
    """'1 min 45 s', '1 h 05 min'; empty until the call has both ends. The same words
    as every screen (domain.timefmt.duration_text)."""
    return duration_text(start, end)


def _contact_text(call: Call) -> str:
    """'Dana Kim <dana@…>': who the letter goes to (the client's address without one)."""
    name = call.contact.name if call.contact else ""
    address = call.recipient_email
    return f"{name} <{address}>" if name and address else name or address


def _letter_text(call: Call) -> str:
    """The letter's language and whether it went out ('English, sent 2026-12-02 15:04')."""
    try:
        language = LetterLanguage(call.letter_language).label
    except ValueError:
        language = call.letter_language
    if call.letter_sent_at is not None:
        return f"{language}, sent {format_local(call.letter_sent_at)}"
    return f"{language}, not sent yet" if call.letter_owed else language


def compose_internal_record(
    call: Call, playbook: Playbook, today: date | None = None
) -> InternalRecord:
    """The record of `call`, made with `playbook` (the scenario's, as the library gives it):
    the scenario is named as everywhere (domain.scenarios.scenario_label), so a generic
    playbook standing in for a scenario of the user's whose file went does not rename it."""
    cov = coverage(call, playbook)
    header = [
        ("Client", call.client.name),
        ("Contact", _contact_text(call)),
        ("Subject", call.title),
        ("Scenario", scenario_label(call.scenario, {playbook.id: playbook.name})),
        ("Status", call.status.label),
        ("Started", format_local(call.started_at)),
        ("Ended", format_local(call.ended_at)),
        ("Duration", format_duration(call.started_at, call.ended_at)),
        ("Follow-up on", long_date(call.follow_up_on) if call.follow_up_on else ""),
        ("Checklist", f"{len(cov.covered)} of {cov.total} items covered"),
        ("Letter", _letter_text(call)),
    ]
    prep = [(f.record, getattr(call.prep, f.name)) for f in PREP_FIELDS]
    sections = [
        SectionCoverage(
            section=s,
            label=s.label,
            covered=tuple(i.text for i in cov.covered if i.section is s),
            missed=tuple(i.text for i in cov.missed if i.section is s),
        )
        for s in Section
    ]
    day = today or date.today()
    return InternalRecord(
        title=f"Internal call record: {call.title}",
        header=header,
        prep=prep,
        timeline=timeline(call, playbook),
        coverage=sections,
        covered_count=len(cov.covered),
        item_count=cov.total,
        next_steps=[_step_line(s, day) for s in call.next_steps],
        client=call.client.name,
    )


def timeline(call: Call, playbook: Playbook) -> list[TimelineEntry]:
    """Notes, reactions, ticks and unticks merged and sorted by time."""
    playbook = checklist_of(call, playbook)
    raw: list[tuple[datetime, int, int, TimelineEntry]] = []

    def add(
        at: datetime, offset_ms: int | None, source: str, kind: str, text: str, id_: int | None
    ):
        offset = offset_ms if offset_ms is not None else call.offset_ms(at)
        entry = TimelineEntry(at, format_offset(offset), source, kind, text)
        raw.append((at, _ORDER[source], id_ or 0, entry))

    for note in call.notes:
        add(note.at, note.offset_ms, "note", note.kind.label, note.text, note.id)
    for reaction in call.reactions:
        add(
            reaction.at,
            reaction.offset_ms,
            "reaction",
            "Reaction",
            reaction.kind.label,
            reaction.id,
        )
    for tick in call.ticks:
        item = playbook.item(tick.item_id)
        text = item.text if item else tick.item_id
        kind = "Ticked" if tick.ticked else "Unticked"
        add(tick.at, tick.offset_ms, "tick", kind, text, tick.id)
    raw.sort(key=lambda r: r[:3])
    return [r[3] for r in raw]


def _step_line(step: NextStep, today: date) -> StepLine:
    status = {StepStatus.OPEN: "Open", StepStatus.DONE: "Done", StepStatus.DROPPED: "Dropped"}
    overdue = step.is_overdue(today)
    return StepLine(
        what=step.what,
        owner=owner_label(step.owner) if step.owner.strip() else "(no owner)",
        due=short_date(step.due_on) if step.due_on else "(no date)",
        status=status[step.status] + (" (overdue)" if overdue else ""),
        overdue=overdue,
    )
