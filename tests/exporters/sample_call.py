"""A realistic ended call built straight from the dataclasses (no database).

Marker words are planted in every private place (notes, prep) so that tests can
prove they never reach a client-facing export.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from domain.model import (
    Call,
    CallStatus,
    Client,
    FollowUp,
    NextStep,
    Note,
    NoteKind,
    Prep,
    Profile,
    Reaction,
    ReactionKind,
    StepStatus,
    Tick,
)

NOTE_MARKER = "Zanzibarquux"
PREP_MARKER = "Plumbobfrizz"
PRIVATE_MARKERS = (NOTE_MARKER, PREP_MARKER)

START = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return START + timedelta(minutes=minutes)


def profile() -> Profile:
    return Profile(
        name="Dana Whitfield",
        role="Account Director",
        company="Brightline Studio",
        email="dana@brightline.example",
        phone="+44 20 7946 0123",
    )


def sample_call(call_id: int = 42) -> Call:
    call = Call(
        id=call_id,
        client=Client(name="Northwind Traders", email="ops@northwind.example", id=7),
        title="Warehouse app release",
        scenario="delivery_delay",
        status=CallStatus.ENDED,
        created_at=at(-30),
        started_at=START,
        ended_at=at(23.5),
        follow_up_on=date(2026, 12, 2),
        prep=Prep(
            facts_known=f"Barcode module not ready; {PREP_MARKER} integration failed load test.",
            facts_unknown=f"Whether the {PREP_MARKER} fix holds at full volume.",
            impact="Their peak-season rollout to 14 warehouses.",
            plan="Ship scanning first on 27 Nov, full release 11 Dec.",
            amends="Two weeks of on-site support at no cost.",
            who_knows=f"Sam (delivery lead), {PREP_MARKER} team.",
        ),
        follow_up=FollowUp(
            what_happened=(
                "The warehouse app will not be ready on 24 November as we promised. "
                "The barcode scanning works, but the stock-sync part failed our own load "
                "test last week, and we will not release it until it is reliable.\n\n"
                "The new date for the full release is Friday 11 December."
            ),
            what_it_means=(
                "Your teams cannot use the new stock sync before the peak season starts, "
                "and you will need to explain the change to your regional managers."
            ),
            what_we_do="",
            what_we_need="",
            prevent_repeat=(
                "From now on we run the full load test two weeks before any promised date, "
                "and we will tell you the result the same day."
            ),
            amends="Two weeks of on-site support at your main warehouse, at no cost to you.",
            next_update="Friday 27 November",
        ),
    )
    call.notes = [
        Note(
            call_id,
            NoteKind.FACT,
            f"Load test failed at 3k items ({NOTE_MARKER})",
            at(1.2),
            72_000,
            1,
        ),
        Note(
            call_id,
            NoteKind.QUOTE,
            f'"My board expects this before Black Friday" {NOTE_MARKER}',
            at(4.0),
            240_000,
            2,
        ),
        Note(
            call_id,
            NoteKind.CONCERN,
            "Regional managers already trained on the new flow",
            at(7.5),
            450_000,
            3,
        ),
        Note(
            call_id,
            NoteKind.DECISION,
            "Ship scanning first, stock sync on 11 Dec",
            at(15.0),
            900_000,
            4,
        ),
    ]
    call.reactions = [
        Reaction(call_id, ReactionKind.CONCERNED, at(1.5), 90_000, 1),
        Reaction(call_id, ReactionKind.FRUSTRATED, at(4.1), 246_000, 2),
        Reaction(call_id, ReactionKind.UNDERSTANDING, at(16.0), 960_000, 3),
        Reaction(call_id, ReactionKind.APPRECIATIVE, at(22.0), 1_320_000, 4),
    ]
    call.ticks = [
        Tick(call_id, "facts.headline", True, at(0.8), 48_000, 1),
        Tick(call_id, "facts.own", True, at(2.0), 120_000, 2),
        Tick(call_id, "empathy.listen", True, at(4.5), 270_000, 3),
        Tick(call_id, "empathy.apologize", True, at(5.0), 300_000, 4),
        Tick(call_id, "empathy.apologize", False, at(5.2), 312_000, 5),
        Tick(call_id, "next.plan", True, at(14.0), 840_000, 6),
        Tick(call_id, "urgency.next_update", True, at(21.0), 1_260_000, 7),
    ]
    call.next_steps = [
        NextStep(
            call_id,
            "Deliver barcode scanning to the pilot warehouse",
            "us",
            date(2026, 11, 27),
            id=1,
        ),
        NextStep(
            call_id,
            "Send the revised release plan",
            "Sam Okafor",
            date(2026, 11, 24),
            status=StepStatus.DONE,
            id=2,
        ),
        NextStep(call_id, "Full release including stock sync", "us", date(2026, 12, 11), id=3),
        NextStep(
            call_id,
            "Confirm the pilot warehouse and a contact on site",
            "client",
            date(2026, 11, 25),
            id=4,
        ),
        NextStep(call_id, "Old plan: weekend release", "us", None, status=StepStatus.DROPPED, id=5),
    ]
    return call
