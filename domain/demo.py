"""Realistic sample calls, for trying Candor out and for benchmarks.

Pure and seeded: the same (count, seed, now) always gives the same calls, so a
benchmark database can be rebuilt exactly. Calls come out oldest first, spread
over the two years before `now`; nearly all are ended, the last few are
prepared, none is live (a live call would be offered for resume at start-up).
The calls carry no ids: storage assigns them when it writes.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta

from domain import demo_text as text
from domain.model import (
    OWNER_CLIENT,
    OWNER_US,
    Call,
    CallStatus,
    Client,
    FollowUp,
    NextStep,
    Note,
    NoteKind,
    Prep,
    Reaction,
    ReactionKind,
    StepStatus,
    Tick,
    utc_now,
)
from domain.playbooks import SCENARIOS, Playbook, PlaybookLibrary

CLIENT_COUNT = 40
HISTORY_DAYS = 730
SCENARIO_WEIGHTS = {
    "generic": 10,
    "delivery_delay": 25,
    "budget_overrun": 15,
    "working_as_designed": 15,
    "third_party_fault": 15,
    "outage": 20,
}
NOTE_KIND_WEIGHTS = {
    NoteKind.FACT: 25,
    NoteKind.QUOTE: 15,
    NoteKind.CONCERN: 12,
    NoteKind.QUESTION: 15,
    NoteKind.DECISION: 13,
    NoteKind.NOTE: 20,
}
_SECTION_ORDER = ("facts", "empathy", "urgency", "next_steps")
_REACTIONS_BY_SCORE: dict[int, list[ReactionKind]] = {}
for _kind in ReactionKind:
    _REACTIONS_BY_SCORE.setdefault(_kind.score, []).append(_kind)


def _cap(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


class _Slots(dict):
    """A format_map mapping: the call's fixed context, else a random word (or sentence)."""

    def __init__(self, rng: random.Random, scenario: str, fixed: dict[str, str]):
        super().__init__(fixed)
        self.rng = rng
        self.facts = text.FACTS[scenario] + text.FACTS["generic"]

    def __missing__(self, key: str) -> str:
        rng = self.rng
        if key == "fact":
            return self.fill(rng.choice(self.facts))
        if key == "person":
            return person(rng)
        if key == "day":
            return str(rng.randint(1, 28))
        if key == "amends_cap":
            return _cap(rng.choice(text.WORDS["amends"]))
        return rng.choice(text.WORDS[key])

    def fill(self, template: str) -> str:
        return template.format_map(self)


def person(rng: random.Random) -> str:
    return f"{rng.choice(text.FIRST_NAMES)} {rng.choice(text.LAST_NAMES)}"


def demo_clients(rng: random.Random, count: int = CLIENT_COUNT) -> list[Client]:
    """Unique, plausible company names with a contact address each."""
    heads = rng.sample(text.COMPANY_HEADS, min(count, len(text.COMPANY_HEADS)))
    clients = []
    for head in heads:
        name = f"{head} {rng.choice(text.COMPANY_TAILS)}"
        domain = name.lower().replace(" ", "-").replace("&", "and")
        first = rng.choice(text.FIRST_NAMES).lower()
        clients.append(Client(name=name, email=f"{first}@{domain}.example"))
    return clients


def generate_calls(
    count: int,
    seed: int = 1,
    now: datetime | None = None,
    library: PlaybookLibrary | None = None,
) -> Iterator[Call]:
    """Yield `count` calls with their notes, reactions, ticks and next steps, oldest first."""
    rng = random.Random(seed)
    now = now or utc_now()
    library = library or PlaybookLibrary()
    clients = demo_clients(rng)
    client_weights = [1 / (rank + 1) ** 0.8 for rank in range(len(clients))]
    scenarios = [s for s in SCENARIOS if s in SCENARIO_WEIGHTS]
    scenario_weights = [SCENARIO_WEIGHTS[s] for s in scenarios]
    prepared = 0 if count < 5 else min(5, max(1, count // 20))
    ended = count - prepared
    start = now - timedelta(days=HISTORY_DAYS)
    step = timedelta(days=HISTORY_DAYS - 1) / max(1, ended)
    for index in range(count):
        client = rng.choices(clients, client_weights)[0]
        scenario = rng.choices(scenarios, scenario_weights)[0]
        playbook = library.get(scenario)
        if index < ended:
            day = start + step * (index + rng.random())
            begins = day.replace(
                hour=rng.randint(7, 17), minute=rng.randrange(0, 60, 5), second=0, microsecond=0
            )
            yield _ended_call(rng, client, playbook, begins, now)
        else:
            created = now - timedelta(minutes=rng.randint(10, 48 * 60))
            yield _prepared_call(rng, client, playbook, created)


def _slots(rng: random.Random, scenario: str) -> _Slots:
    fixed = {key: rng.choice(text.WORDS[key]) for key in ("deliverable", "system", "vendor")}
    for key in ("feature", "work", "event", "stakeholder", "records"):
        fixed[key] = rng.choice(text.WORDS[key])
    fixed["vendor_cap"] = _cap(fixed["vendor"])
    fixed["system_cap"] = _cap(fixed["system"])
    return _Slots(rng, scenario, fixed)


def _prep(rng: random.Random, slots: _Slots) -> Prep:
    return Prep(**{name: slots.fill(rng.choice(options)) for name, options in text.PREP.items()})


def _prepared_call(
    rng: random.Random, client: Client, playbook: Playbook, created: datetime
) -> Call:
    slots = _slots(rng, playbook.id)
    return Call(
        client=client,
        title=_subject(slots.fill(rng.choice(text.SUBJECTS[playbook.id]))),
        scenario=playbook.id,
        status=CallStatus.PREPARED,
        created_at=created,
        prep=_prep(rng, slots),
    )


def _subject(title: str) -> str:
    """Templates may start with a slot such as '{product}': a subject starts with a capital."""
    return title[:1].upper() + title[1:]


def _ended_call(
    rng: random.Random, client: Client, playbook: Playbook, begins: datetime, now: datetime
) -> Call:
    slots = _slots(rng, playbook.id)
    minutes = rng.randint(5, 60)
    ends = begins + timedelta(minutes=minutes, seconds=rng.randint(0, 59))
    call = Call(
        client=client,
        title=_subject(slots.fill(rng.choice(text.SUBJECTS[playbook.id]))),
        scenario=playbook.id,
        status=CallStatus.ENDED,
        created_at=begins - timedelta(minutes=rng.randint(5, 120)),
        started_at=begins,
        ended_at=ends,
        prep=_prep(rng, slots),
        follow_up=FollowUp(
            **{name: slots.fill(rng.choice(opts)) for name, opts in text.FOLLOW_UP.items()}
        ),
        follow_up_on=(ends + timedelta(days=rng.randint(7, 30))).date(),
    )
    if call.follow_up_on < (now - timedelta(days=3)).date() and rng.random() < 0.97:
        # Most past check-ins happened, on the day or a little later.
        call.follow_up_done_at = datetime.combine(
            call.follow_up_on, datetime.min.time(), tzinfo=begins.tzinfo
        ) + timedelta(days=rng.choice((0, 0, 0, 1, 2)), hours=rng.randint(9, 17))
    length_ms = (ends - begins) // timedelta(milliseconds=1)
    call.notes = _notes(rng, slots, begins, length_ms)
    call.reactions = _reactions(rng, begins, length_ms)
    call.ticks = _ticks(rng, playbook, begins, length_ms)
    call.next_steps = _next_steps(rng, slots, begins, length_ms, now)
    return call


def _notes(rng: random.Random, slots: _Slots, begins: datetime, length_ms: int) -> list[Note]:
    count = rng.randint(30, 72)
    kinds = rng.choices(list(NOTE_KIND_WEIGHTS), list(NOTE_KIND_WEIGHTS.values()), k=count)
    offsets = sorted(rng.randrange(length_ms) for _ in range(count))
    notes = []
    for kind, offset in zip(kinds, offsets, strict=True):
        body = slots.fill(rng.choice(text.NOTES[kind.value]))
        if rng.random() < 0.2:
            body += " " + slots.fill(rng.choice(text.NOTES[kind.value]))
        at = begins + timedelta(milliseconds=offset)
        notes.append(Note(call_id=0, kind=kind, text=body, at=at, offset_ms=offset))
    return notes


def _reactions(rng: random.Random, begins: datetime, length_ms: int) -> list[Reaction]:
    """A mood that usually starts low and recovers as the plan is explained."""
    count = rng.randint(3, 12)
    mood = rng.uniform(-2.0, 0.5)
    reactions = []
    for offset in sorted(rng.randrange(length_ms) for _ in range(count)):
        mood = max(-2.0, min(2.0, mood + rng.uniform(-0.6, 1.0)))
        kind = rng.choice(_REACTIONS_BY_SCORE[round(mood)])
        at = begins + timedelta(milliseconds=offset)
        reactions.append(Reaction(call_id=0, kind=kind, at=at, offset_ms=offset))
    return reactions


def _ticks(rng: random.Random, playbook: Playbook, begins: datetime, length_ms: int) -> list[Tick]:
    """Most items ticked in section order; now and then an untick, sometimes re-ticked."""
    ticks = []
    for item in playbook.items:
        if rng.random() > 0.85:
            continue
        part = _SECTION_ORDER.index(item.section.value)
        offset = int(length_ms * (part + rng.random()) / len(_SECTION_ORDER))
        events = [True]
        if rng.random() < 0.05:
            events += [False, True] if rng.random() < 0.5 else [False]
        for ticked in events:
            at = begins + timedelta(milliseconds=offset)
            ticks.append(Tick(call_id=0, item_id=item.id, ticked=ticked, at=at, offset_ms=offset))
            offset = min(length_ms, offset + rng.randint(1000, 60_000))
    ticks.sort(key=lambda t: t.at)
    return ticks


def _next_steps(
    rng: random.Random, slots: _Slots, begins: datetime, length_ms: int, now: datetime
) -> list[NextStep]:
    """Steps due 1-21 days after the call: past ones mostly done, a few dropped or overdue."""
    steps = []
    today = now.date()
    for _ in range(rng.randint(2, 6)):
        roll = rng.random()
        owner = OWNER_US if roll < 0.5 else OWNER_CLIENT if roll < 0.8 else person(rng)
        created = begins + timedelta(milliseconds=rng.randrange(length_ms))
        due = (begins + timedelta(days=rng.randint(1, 21))).date()
        status, done_at = StepStatus.OPEN, None
        roll = rng.random()
        if due < today:
            # Old promises were long since kept or dropped; a few recent ones are overdue.
            left_open = 0.15 if (today - due).days <= 45 else 0.01
            if roll >= left_open + 0.07:
                status = StepStatus.DONE
                done_at = datetime.combine(due, created.timetz()) + timedelta(
                    days=rng.randint(-5, 2)
                )
                done_at = min(max(done_at, created), now)
            elif roll >= left_open:
                status, done_at = StepStatus.DROPPED, min(now, created + timedelta(days=3))
        elif roll < 0.3:
            status = StepStatus.DONE
            done_at = created + (now - created) * rng.random()
        what = slots.fill(rng.choice(text.STEPS))
        steps.append(
            NextStep(
                call_id=0,
                what=what,
                owner=owner,
                due_on=due,
                status=status,
                created_at=created,
                done_at=done_at,
            )
        )
    return steps
