"""The realistic call shown in the screenshots: one delivery delay, start to wrap-up."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from domain.model import NextStep, Note, NoteKind, Reaction, ReactionKind, Tick

CLIENT = "Northwind Traders"
SUBJECT = "Data migration slips two weeks"
SCENARIO = "delivery_delay"
CONTACT = ("Dana Kim", "Dana", "dana.kim@northwind.example")  # name, greeting, email
CALL_MINUTES = 14

PREP = {
    "facts_known": (
        "The invoice archive migration will not be ready on 3 March. New date: 17 March. "
        "Our test run found 4,200 old invoices with broken VAT fields."
    ),
    "facts_unknown": "Whether any invoices after 2019 are affected; we know by Thursday.",
    "impact": "Their finance team planned the switch-over for month-end close.",
    "plan": (
        "Fix the conversion script (Priya, 7 March). Full re-run on a copy (Tom, 11 March). "
        "Alternative: migrate 2020 onwards first, archive later."
    ),
    "amends": "Two days of extra on-site support at go-live, no charge.",
    "who_knows": "Maria (account lead) and our delivery manager.",
}

# (minute, second, kind, text)
NOTES = [
    (0, 50, NoteKind.NOTE, "Told them first thing: go-live moves from 3 to 17 March"),
    (2, 5, NoteKind.QUOTE, "We promised our auditors the archive by the 10th."),
    (3, 40, NoteKind.CONCERN, "Their month-end close depends on the old invoices"),
    (5, 12, NoteKind.QUESTION, "Can the 2020+ invoices go live on the original date?"),
    (7, 30, NoteKind.FACT, "Only invoices before 2019 are affected, as far as we know"),
    (9, 55, NoteKind.DECISION, "Phase 1 (2020 onwards) stays on 3 March\nPhase 2 on 17 March"),
    (12, 20, NoteKind.NOTE, "Weekly update every Friday at 10:00 until go-live"),
]
REACTIONS = [
    (1, 10, ReactionKind.CONCERNED),
    (2, 0, ReactionKind.FRUSTRATED),
    (3, 30, ReactionKind.ANXIOUS),
    (6, 0, ReactionKind.CALM),
    (8, 40, ReactionKind.UNDERSTANDING),
    (10, 15, ReactionKind.RELIEVED),
    (13, 0, ReactionKind.APPRECIATIVE),
]
TICKS = [  # item ids of the delivery_delay playbook
    (0, 55, "facts.headline"),
    (1, 30, "facts.what_late"),
    (2, 30, "empathy.listen"),
    (4, 0, "facts.own"),
    (6, 10, "empathy.apologize"),
    (9, 0, "next.plan"),
    (10, 0, "next.partial"),
    (12, 30, "urgency.cadence"),
]
STEPS = [
    ("Send the revised migration plan", "us", 1),
    ("Confirm which invoice years go first", "client", 3),
    ("Book go-live support days", "Maria Keller", 6),
]
DRAFT = "They want the VAT fix shown on a sample before"

FOLLOW_UP = {
    "what_happened": (
        "During a test run we found that our conversion script damaged the VAT fields of "
        "about 4,200 invoices from before 2019. We stopped the migration before it reached "
        "your live data."
    ),
    "what_it_means": (
        "The full archive will be ready on 17 March instead of 3 March, after your month-end close."
    ),
    "what_we_do": (
        "Invoices from 2020 onwards go live on 3 March as planned. We fix the script by "
        "7 March and re-run the older invoices on a copy by 11 March."
    ),
    "what_we_need": "Confirmation by Friday that 2020 onwards is the right first phase.",
    "prevent_repeat": "Every migration now runs on a full copy a week before go-live.",
    "amends": "Two days of on-site support at go-live, at no charge.",
    "next_update": "Friday 10:00, and every Friday until the archive is complete.",
}


def at(started: datetime, minute: int, second: int) -> tuple[datetime, int]:
    offset = (minute * 60 + second) * 1000
    return started + timedelta(milliseconds=offset), offset


def notes(call_id: int, started: datetime) -> list[Note]:
    return [Note(call_id, kind, text, *at(started, m, s)) for m, s, kind, text in NOTES]


def reactions(call_id: int, started: datetime) -> list[Reaction]:
    return [Reaction(call_id, kind, *at(started, m, s)) for m, s, kind in REACTIONS]


def ticks(call_id: int, started: datetime) -> list[Tick]:
    return [Tick(call_id, item, True, *at(started, m, s)) for m, s, item in TICKS]


def next_steps(call_id: int, today: date) -> list[NextStep]:
    return [NextStep(call_id, what, owner, today + timedelta(days=d)) for what, owner, d in STEPS]
