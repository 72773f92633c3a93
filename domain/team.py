"""A team's shared history as the command line and the window see it: plain values.

The team's rows live on a PostgreSQL server (storage/team); what crosses the layers is
these dataclasses, never a server row. `member` is always the name given to
`candor team add-member`, and `call_id` the call's id on that member's own machine.
"""

from __future__ import annotations

from datetime import date, datetime

from domain.records import dataclass


@dataclass
class TeamCall:
    """One call of the team, as `candor team list` shows it."""

    member: str
    call_id: int
    client: str
    title: str
    scenario: str
    status: str
    created_at: datetime | None
    started_at: datetime | None
    ended_at: datetime | None
    follow_up_on: date | None
    open_next_steps: int


@dataclass
class TeamHit:
    """One match of a team search; the snippet marks matches with ** on either side."""

    member: str
    call_id: int
    client: str
    title: str
    kind: str
    snippet: str
    at: datetime | None


@dataclass
class TeamCommitment:
    """An open next step of someone on the team: what is owed, by whom, by when."""

    member: str
    call_id: int
    client: str
    what: str
    owner: str
    due_on: date | None


@dataclass
class TeamLink:
    """Which team this database publishes to: the member's URL without its password."""

    url: str
    member: str
    joined_at: datetime | None = None
    last_publish_at: datetime | None = None
    password_in_keyring: bool = False


@dataclass
class PublishResult:
    """What one publish pushed: rows upserted and rows deleted on the server."""

    upserted: int = 0
    deleted: int = 0
    batches: int = 0


@dataclass
class TeamStatus:
    """Pending changes, the last publish, and whether the server answered."""

    link: TeamLink | None
    pending: int
    reachable: bool | None = None
    problem: str = ""


@dataclass
class TeamOnClient:
    """One member's dealings with a client, as the client page shows the team's: when
    they last spoke to the client (a call held), which call, and what they owe."""

    member: str
    last_call_at: datetime | None
    last_title: str
    owed: tuple[TeamCommitment, ...] = ()


@dataclass
class TeamCallDetail:
    """One call of another member, to be read (never edited here): its notes in order,
    its next steps, and for each step whether it is still open."""

    call: TeamCall
    notes: tuple[str, ...] = ()
    steps: tuple[TeamCommitment, ...] = ()
    still_open: tuple[bool, ...] = ()


@dataclass
class TeamPlaybook:
    """A playbook a member published for the team (its TOML is read on import only)."""

    member: str
    playbook_id: str
    name: str
    published_at: datetime | None
    size: int
