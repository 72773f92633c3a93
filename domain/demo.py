"""Realistic sample calls, for trying Candor out and for benchmarks.

Pure and seeded: the same (count, seed, now) always gives the same calls, so a
benchmark database can be rebuilt exactly. Calls come out oldest first, spread
over the two years before `now`; nearly all are ended, the last few are
prepared, none is live (a live call would be offered for resume at start-up).
The calls carry no ids: storage assigns them when it writes.

The data is meant to show the product at `now`: each scenario's text tells
its own story (domain/demo_text.py); clients have contact persons and write in
English, German, French, Spanish or Dutch; and the most recent calls leave
something to do. The last ended call was yesterday: its letter is not sent
yet and a step of ours on it is open, not yet due. The one before has its
check-in date due; the one before that (about two weeks ago) an unsent letter
and a step of ours overdue. Beyond those, steps due in the last two weeks are
sometimes still open (overdue), steps not yet due mostly open, older ones done
or dropped; letters went out a few hours after the call, the same day, except
now and then for a call of the last day and a half.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from domain import demo_text as text
from domain.languages import LANGUAGE_CODES
from domain.model import (
    OWNER_CLIENT,
    OWNER_US,
    Call,
    CallStatus,
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
# The busiest clients (by rank) write in these languages, so even a small demo shows
# several; the rest draw from LANGUAGE_WEIGHTS.
TOP_CLIENT_LANGUAGES = ("en", "de", "en", "en", "fr", "en", "es", "en", "nl", "en")
LANGUAGE_WEIGHTS = {"en": 64, "de": 10, "fr": 9, "es": 9, "nl": 8}
CONTACT_WEIGHTS = (5, 3, 2)  # the first contact of a client is the one most calls go to
NO_CONTACT_SHARE = 0.08  # calls made before anyone noted who was on the line
OWN_SUBJECT_SHARE = 0.25  # calls whose letter got a subject of its own
# The last ended calls, newest first, happened at most this many days before `now`.
RECENT_DAYS = (1, 6, 13)
_SECTION_ORDER = ("facts", "empathy", "urgency", "next_steps")
_REACTIONS_BY_SCORE: dict[int, list[ReactionKind]] = {}
for _kind in ReactionKind:
    _REACTIONS_BY_SCORE.setdefault(_kind.score, []).append(_kind)

# Per scenario, once: the scenario's own lines twice as likely as the common ones.
_NOTE_POOLS = {
    s: {k: text.NOTES[s][k] * 2 + text.COMMON_NOTES[k] for k in text.COMMON_NOTES}
    for s in text.NOTES
}
_STEP_POOLS = {s: text.STEPS[s] * 2 + text.COMMON_STEPS for s in text.STEPS}
_PREP_OPTIONS = {
    s: {f: text.PREP[s].get(f) or text.COMMON_PREP[f] for f in Prep.field_names()}
    for s in text.PREP
}
_FOLLOW_UP_OPTIONS = {
    s: {f: text.FOLLOW_UP[s].get(f) or text.COMMON_FOLLOW_UP[f] for f in FollowUp.field_names()}
    for s in text.FOLLOW_UP
}


def _cap(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


def _ascii(name: str) -> str:
    """'Élodie Lefèvre' -> 'elodie lefevre', 'Weißenfels' -> 'weissenfels': for addresses."""
    name = name.replace("ß", "ss").lower()
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


class _Slots(dict):
    """A format_map mapping: the call's fixed context, else a random word (or sentence)."""

    def __init__(self, rng: random.Random, scenario: str, fixed: dict[str, str]):
        super().__init__(fixed)
        self.rng = rng
        self.facts = text.FACTS[scenario]
        self.measures = text.MEASURES[scenario]
        self.amends = text.AMENDS[scenario]
        self.last: dict[str, str] = {}

    def __missing__(self, key: str) -> str:
        rng = self.rng
        if key == "fact":
            return self.fill(rng.choice(self.facts))
        if key in ("measure", "other_measure"):
            return self._another("measure", self.measures)
        if key in ("amends", "other_amends"):
            return self._another("amends", self.amends)
        if key == "person":
            return person(rng)
        if key == "day":
            return str(rng.randint(1, 28))
        if key == "amends_cap":
            return _cap(self["amends"])
        return rng.choice(text.WORDS[key])

    def fill(self, template: str) -> str:
        return template.format_map(self)

    def _another(self, kind: str, options: tuple[str, ...]) -> str:
        """A measure (or amends) unlike the last one drawn, for 'X and {other_measure}'."""
        last = self.last.get(kind)
        choice = self.rng.choice(options)
        if choice == last:
            choice = options[(options.index(choice) + 1) % len(options)]
        self.last[kind] = choice
        return self.fill(choice)


def person(rng: random.Random) -> str:
    return f"{rng.choice(text.FIRST_NAMES)} {rng.choice(text.LAST_NAMES)}"


@dataclass
class DemoClient:
    """A sample client, its contact persons and the language each of them reads."""

    client: Client
    contacts: list[Contact] = field(default_factory=list)
    contact_languages: list[str] = field(default_factory=list)


def demo_clients(rng: random.Random, count: int = CLIENT_COUNT) -> list[DemoClient]:
    """Unique, plausible companies, busiest first, with a general address each, a
    letter language, and one to three contact persons at the company's domain."""
    others = list(LANGUAGE_WEIGHTS)
    weights = list(LANGUAGE_WEIGHTS.values())
    languages = [
        TOP_CLIENT_LANGUAGES[rank]
        if rank < len(TOP_CLIENT_LANGUAGES)
        else rng.choices(others, weights)[0]
        for rank in range(count)
    ]
    heads: dict[str, list[str]] = {"en": rng.sample(text.COMPANY_HEADS, len(text.COMPANY_HEADS))}
    for language, (local_heads, _) in text.LOCAL_COMPANIES.items():
        heads[language] = rng.sample(local_heads, len(local_heads))
    clients = []
    for language in languages:
        if not heads[language]:  # more clients of a language than names: English ones
            language = "en"
        if not heads["en"]:
            break
        tails = text.LOCAL_COMPANIES[language][1] if language != "en" else text.COMPANY_TAILS
        name = f"{heads[language].pop()} {rng.choice(tails)}"
        words = [w for w in _ascii(name).replace("&", "and").split() if w not in ("gmbh", "ag")]
        domain = "-".join(words) + ".example"
        mailbox = rng.choice(text.MAILBOXES[language])
        demo = DemoClient(Client(name=name, email=f"{mailbox}@{domain}", language=language))
        _add_contacts(rng, demo, domain)
        clients.append(demo)
    return clients


def _add_contacts(rng: random.Random, demo: DemoClient, domain: str) -> None:
    """One to three people; now and then one who reads another language than the
    company's (an English-speaking manager at a German client, say)."""
    home = demo.client.language
    scheme = rng.randrange(3)  # how the company spells its addresses
    emails: set[str] = set()
    for _ in range(rng.choices((1, 2, 3), (3, 4, 3))[0]):
        language = home
        if rng.random() < (0.06 if home == "en" else 0.15):
            language = rng.choice([c for c in LANGUAGE_CODES if c != home and c != "en"])
            language = "en" if home != "en" else language
        people = text.PEOPLE[language]
        gender = rng.choice("fm")
        first, last = rng.choice(people[gender]), rng.choice(people["last"])
        a_first, a_last = _ascii(first), _ascii(last).replace(" ", "")
        local = (f"{a_first}.{a_last}", f"{a_first[0]}.{a_last}", a_first)[scheme]
        email = f"{local}@{domain}"
        if email in emails:
            continue
        emails.add(email)
        formal = rng.random() < text.FORMAL_SHARE[language]
        greeting = f"{text.HONORIFIC[gender]} {_cap(last)}" if formal else first
        demo.contacts.append(Contact(name=f"{first} {last}", email=email, greeting=greeting))
        demo.contact_languages.append(language)


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
        demo = rng.choices(clients, client_weights)[0]
        scenario = rng.choices(scenarios, scenario_weights)[0]
        playbook = library.get(scenario)
        if index < ended:
            day = start + step * (index + rng.random())
            recent = ended - 1 - index  # 0: the last ended call
            if recent < len(RECENT_DAYS):
                day = max(day, now - timedelta(days=RECENT_DAYS[recent]))
            begins = day.replace(
                hour=rng.randint(7, 17), minute=rng.randrange(0, 60, 5), second=0, microsecond=0
            )
            yield _ended_call(rng, demo, playbook, begins, now, recent)
        else:
            created = now - timedelta(minutes=rng.randint(10, 48 * 60))
            yield _prepared_call(rng, demo, playbook, created)


def _slots(rng: random.Random, scenario: str) -> _Slots:
    fixed = {key: rng.choice(text.WORDS[key]) for key in ("deliverable", "system", "vendor")}
    for key in ("feature", "work", "event", "stakeholder", "records"):
        fixed[key] = rng.choice(text.WORDS[key])
    fixed["vendor_cap"] = _cap(fixed["vendor"])
    fixed["system_cap"] = _cap(fixed["system"])
    fixed["work_cap"] = _cap(fixed["work"])
    return _Slots(rng, scenario, fixed)


def _prep(rng: random.Random, slots: _Slots, scenario: str) -> Prep:
    options = _PREP_OPTIONS[scenario]
    return Prep(**{name: slots.fill(rng.choice(opts)) for name, opts in options.items()})


def _addressee(
    rng: random.Random, demo: DemoClient, slots: _Slots, scenario: str
) -> tuple[Contact | None, str | None, str]:
    """The call's contact (most calls have one), the letter's language when it is not
    the client's (the contact reads another), and the letter's own subject, if any."""
    contact, language = None, None
    if demo.contacts and rng.random() >= NO_CONTACT_SHARE:
        weights = CONTACT_WEIGHTS[: len(demo.contacts)]
        at = rng.choices(range(len(demo.contacts)), weights)[0]
        contact = demo.contacts[at]
        if demo.contact_languages[at] != demo.client.language:
            language = demo.contact_languages[at]
    subject = ""
    if rng.random() < OWN_SUBJECT_SHARE:
        wording = text.LETTER_SUBJECTS[language or demo.client.language][scenario]
        subject = _cap(slots.fill(rng.choice(wording)))
    return contact, language, subject


def _prepared_call(
    rng: random.Random, demo: DemoClient, playbook: Playbook, created: datetime
) -> Call:
    slots = _slots(rng, playbook.id)
    title = _subject(slots.fill(rng.choice(text.SUBJECTS[playbook.id])))
    contact, language, subject = _addressee(rng, demo, slots, playbook.id)
    return Call(
        client=demo.client,
        title=title,
        scenario=playbook.id,
        status=CallStatus.PREPARED,
        created_at=created,
        prep=_prep(rng, slots, playbook.id),
        contact=contact,
        language=language,
        subject=subject,
    )


def _subject(title: str) -> str:
    """Templates may start with a slot such as '{product}': a subject starts with a capital."""
    return title[:1].upper() + title[1:]


def _ended_call(
    rng: random.Random,
    demo: DemoClient,
    playbook: Playbook,
    begins: datetime,
    now: datetime,
    recent: int,
) -> Call:
    """`recent` counts back from the last ended call (0); the last three have a part in
    showing what is still to do (see the module's docstring)."""
    slots = _slots(rng, playbook.id)
    scenario = playbook.id
    minutes = rng.randint(5, 60)
    ends = begins + timedelta(minutes=minutes, seconds=rng.randint(0, 59))
    title = _subject(slots.fill(rng.choice(text.SUBJECTS[scenario])))
    contact, language, subject = _addressee(rng, demo, slots, scenario)
    options = _FOLLOW_UP_OPTIONS[scenario]
    call = Call(
        client=demo.client,
        title=title,
        scenario=scenario,
        status=CallStatus.ENDED,
        created_at=begins - timedelta(minutes=rng.randint(5, 120)),
        started_at=begins,
        ended_at=ends,
        prep=_prep(rng, slots, scenario),
        follow_up=FollowUp(**{name: slots.fill(rng.choice(o)) for name, o in options.items()}),
        follow_up_on=(ends + timedelta(days=rng.randint(7, 30))).date(),
        contact=contact,
        language=language,
        subject=subject,
    )
    today = now.date()
    if recent == 1 and ends.date() < today:
        call.follow_up_on = max(ends.date() + timedelta(days=1), today - timedelta(days=1))
    elif (today - call.follow_up_on).days > 7 or (
        call.follow_up_on <= today and rng.random() < 0.4
    ):
        # Past check-ins happened, on the day or a little later; some of the last week's
        # are still to do.
        done = datetime.combine(call.follow_up_on, time(), tzinfo=begins.tzinfo) + timedelta(
            days=rng.choice((0, 0, 0, 1, 2)), hours=rng.randint(9, 17)
        )
        call.follow_up_done_at = min(done, now)
    unsent = recent in (0, 2) or (now - ends < timedelta(hours=36) and rng.random() < 0.25)
    if not unsent:
        # Sent a few hours after the call, the same day.
        sent = ends + timedelta(minutes=rng.randint(40, 300))
        end_of_day = datetime.combine(ends.date(), time(23, 59), tzinfo=ends.tzinfo)
        call.letter_sent_at = min(sent, end_of_day, now)
    length_ms = (ends - begins) // timedelta(milliseconds=1)
    call.notes = _notes(rng, slots, scenario, begins, length_ms)
    call.reactions = _reactions(rng, begins, length_ms)
    call.ticks = _ticks(rng, playbook, begins, length_ms)
    call.next_steps = _next_steps(rng, slots, scenario, begins, length_ms, now, recent)
    return call


def _notes(
    rng: random.Random, slots: _Slots, scenario: str, begins: datetime, length_ms: int
) -> list[Note]:
    count = rng.randint(30, 72)
    kinds = rng.choices(list(NOTE_KIND_WEIGHTS), list(NOTE_KIND_WEIGHTS.values()), k=count)
    below = rng._randbelow  # what randrange(n) and choice() draw with: the same numbers
    offsets = sorted([below(length_ms) for _ in range(count)])
    pools = _NOTE_POOLS[scenario]  # keyed by the kinds' values, which the kinds equal
    bits, random_, ms = rng.getrandbits, rng.random, timedelta(milliseconds=1)
    notes = []
    for kind, offset in zip(kinds, offsets, strict=True):  # about 50 a call: kept lean
        pool = pools[kind]
        # choice(pool), inlined (Random._randbelow_with_getrandbits): a tenth of the demo
        size = len(pool)
        width = size.bit_length()
        pick = bits(width)
        while pick >= size:
            pick = bits(width)
        body = pool[pick].format_map(slots)
        if random_() < 0.2:
            pick = bits(width)
            while pick >= size:
                pick = bits(width)
            body += " " + pool[pick].format_map(slots)
        notes.append(Note(0, kind, body, begins + ms * offset, offset))
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
    rng: random.Random,
    slots: _Slots,
    scenario: str,
    begins: datetime,
    length_ms: int,
    now: datetime,
    recent: int,
) -> list[NextStep]:
    """Steps due 1-21 days after the call. Those not yet due are mostly open; those due
    in the last two weeks sometimes still open (overdue); older ones done or dropped.
    On the last ended call (recent 0) the first step is ours and open; on the third to
    last (recent 2) it is ours, open and overdue when the call is old enough for that."""
    steps = []
    today = now.date()
    pool = _STEP_POOLS[scenario]
    agreed: set[str] = set()
    for _ in range(rng.randint(2, 6)):
        roll = rng.random()
        owner = OWNER_US if roll < 0.5 else OWNER_CLIENT if roll < 0.8 else person(rng)
        created = begins + timedelta(milliseconds=rng.randrange(length_ms))
        due = (begins + timedelta(days=rng.randint(1, 21))).date()
        status, done_at = StepStatus.OPEN, None
        roll = rng.random()
        if due < today:
            left_open = 0.3 if (today - due).days <= 16 else 0.0
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
        what = slots.fill(rng.choice(pool))
        for _retry in range(3):  # a few more tries for a step not agreed yet on this call
            if what not in agreed:
                break
            what = slots.fill(rng.choice(pool))
        agreed.add(what)
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
    first = steps[0]
    if recent == 0 and first.due_on >= today:
        first.owner, first.status, first.done_at = OWNER_US, StepStatus.OPEN, None
    elif recent == 2:
        due = begins.date() + timedelta(days=rng.randint(3, 6))
        if due < today:
            first.owner, first.due_on = OWNER_US, due
            first.status, first.done_at = StepStatus.OPEN, None
    return steps
