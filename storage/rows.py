"""Turning rows into domain objects and back. The only place that knows column names."""

from __future__ import annotations

from domain.model import (
    Call,
    CallStatus,
    CallSummary,
    Client,
    Contact,
    FollowUp,
    NextStep,
    Note,
    NoteKind,
    Prep,
    Reaction,
    ReactionKind,
    StepStatus,
    Tick,
)
from domain.timefmt import date_from_iso, from_iso

TYPE_CHECKING = False  # importing typing costs the command line 2-3 ms; annotations are text
if TYPE_CHECKING:
    import sqlite3
    from typing import Any

    Row = sqlite3.Row | dict[str, Any]


def prep_values(prep: Prep) -> dict[str, str]:
    return {f"prep_{name}": getattr(prep, name) for name in Prep.field_names()}


def follow_up_values(follow_up: FollowUp) -> dict[str, str]:
    return {f"fu_{name}": getattr(follow_up, name) for name in FollowUp.field_names()}


def contact_from_row(row: Row, prefix: str = "") -> Contact:
    """A contacts row, or its columns joined to a call under `prefix` ("contact_")."""
    return Contact(
        id=row[f"{prefix}id"],
        client_id=row["client_id"],
        name=row[f"{prefix}name"],
        email=row[f"{prefix}email"],
        greeting=row[f"{prefix}greeting"],
    )


def call_from_row(row: Row) -> Call:
    contact = contact_from_row(row, "contact_") if row["contact_id"] is not None else None
    return Call(
        id=row["id"],
        client=Client(
            id=row["client_id"],
            name=row["client_name"],
            email=row["client_email"],
            language=row["client_language"],
        ),
        contact=contact,
        subject=row["subject"],
        language=row["language"],
        letter_sent_at=from_iso(row["letter_sent_at"]),
        letter_tracked=bool(row["letter_tracked"]),
        planned_at=from_iso(row["planned_at"]),
        title=row["title"],
        scenario=row["scenario"],
        status=CallStatus(row["status"]),
        created_at=from_iso(row["created_at"]),
        started_at=from_iso(row["started_at"]),
        ended_at=from_iso(row["ended_at"]),
        follow_up_on=date_from_iso(row["follow_up_on"]),
        follow_up_done_at=from_iso(row["follow_up_done_at"]),
        prep=Prep(**{name: row[f"prep_{name}"] for name in Prep.field_names()}),
        follow_up=FollowUp(**{name: row[f"fu_{name}"] for name in FollowUp.field_names()}),
    )


def summary_from_row(row: Row) -> CallSummary:
    return CallSummary(
        id=row["id"],
        client=row["client_name"],
        title=row["title"],
        scenario=row["scenario"],
        status=CallStatus(row["status"]),
        created_at=from_iso(row["created_at"]),
        started_at=from_iso(row["started_at"]),
        ended_at=from_iso(row["ended_at"]),
        open_next_steps=row["open_next_steps"],
        follow_up_on=date_from_iso(row["follow_up_on"]),
        follow_up_done_at=from_iso(row["follow_up_done_at"]),
        contact=row["contact_name"] or "",
        client_email=row["recipient_email"] or "",
        language=row["letter_language"],
        letter_sent_at=from_iso(row["letter_sent_at"]),
        letter_tracked=bool(row["letter_tracked"]),
        planned_at=from_iso(row["planned_at"]),
    )


def note_from_row(row: Row) -> Note:
    return Note(
        id=row["id"],
        call_id=row["call_id"],
        kind=NoteKind(row["kind"]),
        text=row["text"],
        at=from_iso(row["at"]),
        offset_ms=row["offset_ms"],
    )


def reaction_from_row(row: Row) -> Reaction:
    return Reaction(
        id=row["id"],
        call_id=row["call_id"],
        kind=ReactionKind(row["kind"]),
        at=from_iso(row["at"]),
        offset_ms=row["offset_ms"],
    )


def tick_from_row(row: Row) -> Tick:
    return Tick(
        id=row["id"],
        call_id=row["call_id"],
        item_id=row["item_id"],
        ticked=bool(row["ticked"]),
        at=from_iso(row["at"]),
        offset_ms=row["offset_ms"],
    )


def step_from_row(row: Row) -> NextStep:
    return NextStep(
        id=row["id"],
        call_id=row["call_id"],
        what=row["what"],
        owner=row["owner"],
        due_on=date_from_iso(row["due_on"]),
        status=StepStatus(row["status"]),
        created_at=from_iso(row["created_at"]),
        done_at=from_iso(row["done_at"]),
    )
