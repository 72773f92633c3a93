"""The call and its parts, as plain dataclasses that cross every layer.

Times are timezone-aware UTC datetimes; storage turns them into ISO 8601 text
and the UI into local time. Offsets are milliseconds since the call started.

The dataclasses are declared with domain.records, which makes them when first used:
`candor list` needs CallSummary rows and no dataclasses module (see that module).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from domain.records import dataclass, field
from domain.records import field_names as _field_names

DEFAULT_LANGUAGE = "en"


def utc_now() -> datetime:
    return datetime.now(UTC)


class CallStatus(StrEnum):
    PREPARED = "prepared"
    LIVE = "live"
    ENDED = "ended"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class HitKind(StrEnum):
    """Where in a call a search hit was found."""

    TITLE = "title"
    PREP = "prep"
    FOLLOW_UP = "follow_up"
    NOTE = "note"
    STEP = "step"

    @property
    def label(self) -> str:
        return {HitKind.FOLLOW_UP: "Follow-up", HitKind.STEP: "Next step"}.get(
            self, self.value.capitalize()
        )


class NoteKind(StrEnum):
    FACT = "fact"
    QUOTE = "quote"
    CONCERN = "concern"
    QUESTION = "question"
    DECISION = "decision"
    NOTE = "note"

    @property
    def label(self) -> str:
        return "Client quote" if self is NoteKind.QUOTE else self.value.capitalize()


class Valence(StrEnum):
    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"


class ReactionKind(StrEnum):
    """The eight client reactions; the order is the palette order (Alt+1..Alt+8)."""

    CALM = "calm"
    UNDERSTANDING = "understanding"
    CONCERNED = "concerned"
    ANXIOUS = "anxious"
    FRUSTRATED = "frustrated"
    ANGRY = "angry"
    RELIEVED = "relieved"
    APPRECIATIVE = "appreciative"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def valence(self) -> Valence:
        if self in (ReactionKind.CALM, ReactionKind.UNDERSTANDING):
            return Valence.NEUTRAL if self is ReactionKind.CALM else Valence.POSITIVE
        if self in (ReactionKind.RELIEVED, ReactionKind.APPRECIATIVE):
            return Valence.POSITIVE
        return Valence.NEGATIVE

    @property
    def score(self) -> int:
        """-2 (angry) .. +2 (appreciative): the height on the reaction strip and charts."""
        return _REACTION_SCORES[self]


_REACTION_SCORES = {
    ReactionKind.CALM: 0,
    ReactionKind.UNDERSTANDING: 1,
    ReactionKind.CONCERNED: -1,
    ReactionKind.ANXIOUS: -1,
    ReactionKind.FRUSTRATED: -2,
    ReactionKind.ANGRY: -2,
    ReactionKind.RELIEVED: 1,
    ReactionKind.APPRECIATIVE: 2,
}

REACTION_PALETTE: tuple[ReactionKind, ...] = tuple(ReactionKind)


class Section(StrEnum):
    """The four parts of delivering bad news well, in the order they are shown."""

    FACTS = "facts"
    EMPATHY = "empathy"
    URGENCY = "urgency"
    NEXT_STEPS = "next_steps"

    @property
    def label(self) -> str:
        return "Next steps" if self is Section.NEXT_STEPS else self.value.capitalize()


class StepStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        return self.value.capitalize()


def letter_owed(status: CallStatus, tracked: bool, sent_at: datetime | None) -> bool:
    """A call owes its letter once it has ended, while not marked sent (calls that ended
    before Candor tracked letters owe nothing). storage.calls.letters_owed asks the same."""
    return status is CallStatus.ENDED and tracked and sent_at is None


OWNER_US = "us"
OWNER_CLIENT = "client"


def owner_label(owner: str) -> str:
    """'us' and 'client' are the two common owners; anything else is a person's name."""
    return {OWNER_US: "Us", OWNER_CLIENT: "Client"}.get(owner, owner)


@dataclass
class Client:
    name: str
    email: str = ""
    id: int | None = None
    language: str = DEFAULT_LANGUAGE  # the letters' default language (an ISO 639-1 code)


@dataclass
class Contact:
    """The person at the client a call's letter is written to."""

    name: str
    email: str = ""
    greeting: str = ""  # how the letter greets them: "Dana" or "Ms Kim"
    client_id: int | None = None
    id: int | None = None

    @property
    def greeting_name(self) -> str:
        """What follows "Dear": the greeting given, else the full name."""
        return " ".join(self.greeting.split()) or " ".join(self.name.split())


@dataclass
class Prep:
    """What the user writes down minutes before dialing."""

    facts_known: str = ""
    facts_unknown: str = ""
    impact: str = ""
    plan: str = ""
    amends: str = ""
    who_knows: str = ""

    @classmethod
    def field_names(cls) -> list[str]:
        return _field_names(cls)


@dataclass
class FollowUp:
    """The wrap-up fields that become the client letter."""

    what_happened: str = ""
    what_it_means: str = ""
    what_we_do: str = ""
    what_we_need: str = ""
    prevent_repeat: str = ""
    amends: str = ""
    next_update: str = ""

    @classmethod
    def field_names(cls) -> list[str]:
        return _field_names(cls)


@dataclass
class Note:
    call_id: int
    kind: NoteKind
    text: str
    at: datetime
    offset_ms: int | None = None
    id: int | None = None


@dataclass
class Reaction:
    call_id: int
    kind: ReactionKind
    at: datetime
    offset_ms: int | None = None
    id: int | None = None


@dataclass
class Tick:
    """One tick or untick of a checklist item; the last event per item wins."""

    call_id: int
    item_id: str
    ticked: bool
    at: datetime
    offset_ms: int | None = None
    id: int | None = None


@dataclass
class NextStep:
    call_id: int
    what: str
    owner: str = OWNER_US
    due_on: date | None = None
    status: StepStatus = StepStatus.OPEN
    created_at: datetime = field(default_factory=utc_now)
    done_at: datetime | None = None
    id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.status is StepStatus.OPEN

    def is_overdue(self, today: date) -> bool:
        return self.is_open and self.due_on is not None and self.due_on < today


@dataclass
class Call:
    client: Client
    title: str
    scenario: str = "generic"
    status: CallStatus = CallStatus.PREPARED
    created_at: datetime = field(default_factory=utc_now)
    started_at: datetime | None = None
    ended_at: datetime | None = None
    prep: Prep = field(default_factory=Prep)
    follow_up: FollowUp = field(default_factory=FollowUp)
    follow_up_on: date | None = None
    follow_up_done_at: datetime | None = None
    notes: list[Note] = field(default_factory=list)
    reactions: list[Reaction] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    next_steps: list[NextStep] = field(default_factory=list)
    id: int | None = None
    contact: Contact | None = None
    subject: str = ""  # the letter's subject; empty: composed from the title
    language: str | None = None  # the letter's language; None: the client's
    letter_sent_at: datetime | None = None
    letter_tracked: bool = True  # False for calls ended before Candor tracked letters
    planned_at: datetime | None = None  # when the call is planned (from an invitation)
    # The checklist items (domain.playbooks.ChecklistItem) the call went live with; None:
    # the scenario's playbook as it is now (a prepared call, or one from before schema 9).
    checklist: tuple | None = None

    @property
    def letter_language(self) -> str:
        return self.language or self.client.language or DEFAULT_LANGUAGE

    @property
    def recipient_email(self) -> str:
        """Where the follow-up goes: the contact's address, else the client's."""
        return (self.contact.email if self.contact else "") or self.client.email

    @property
    def letter_owed(self) -> bool:
        return letter_owed(self.status, self.letter_tracked, self.letter_sent_at)

    def offset_ms(self, at: datetime) -> int | None:
        """Milliseconds since the call started, or None before it starts."""
        if self.started_at is None:
            return None
        return max(0, (at - self.started_at) // timedelta(milliseconds=1))  # exact, no float

    def ticked_items(self) -> set[str]:
        """Items whose last tick event is a tick (an untick later cancels it)."""
        state: dict[str, bool] = {}
        for tick in sorted(self.ticks, key=lambda t: (t.at, t.id or 0)):
            state[tick.item_id] = tick.ticked
        return {item for item, on in state.items() if on}

    @property
    def open_next_steps(self) -> list[NextStep]:
        return [s for s in self.next_steps if s.is_open]


@dataclass
class CallSummary:
    """One row of the history and of `list`: a call without its entries."""

    id: int
    client: str
    title: str
    scenario: str
    status: CallStatus
    created_at: datetime
    started_at: datetime | None
    ended_at: datetime | None
    open_next_steps: int
    follow_up_on: date | None
    follow_up_done_at: datetime | None = None
    contact: str = ""
    client_email: str = ""  # the contact's address, else the client's
    language: str = DEFAULT_LANGUAGE  # the letter's
    letter_sent_at: datetime | None = None
    letter_tracked: bool = True
    planned_at: datetime | None = None

    @property
    def letter_owed(self) -> bool:
        return letter_owed(self.status, self.letter_tracked, self.letter_sent_at)


@dataclass
class SearchHit:
    """One search result. The snippet marks matches with HIT_OPEN / HIT_CLOSE."""

    call_id: int
    client: str
    title: str
    kind: str
    snippet: str
    score: float
    started_at: datetime | None = None
    note_kind: NoteKind | None = None  # for a note: fact, concern, question…

    @property
    def kind_label(self) -> str:
        """'Concern', 'Next step', 'Title': what the hit is, as the user named it."""
        if self.note_kind is not None:
            return self.note_kind.label
        try:
            return HitKind(self.kind).label
        except ValueError:
            return self.kind.replace("_", " ").capitalize()

    HIT_OPEN = "\x02"
    HIT_CLOSE = "\x03"

    def marked(self, open_: str, close: str) -> str:
        return self.snippet.replace(self.HIT_OPEN, open_).replace(self.HIT_CLOSE, close)

    @property
    def plain_snippet(self) -> str:
        return self.marked("", "")


@dataclass
class Profile:
    """The user's details, for the letter's signature and header."""

    name: str = ""
    role: str = ""
    company: str = ""
    email: str = ""
    phone: str = ""
    letterhead: str = ""
    export_dir: str = ""
