"""What a list of calls asks the store for: which calls (a filter) in which order (a sort).

The History page and the client page list calls a page at a time; the store filters and
sorts them (storage/history.py), so a list of 100,000 calls costs what its visible rows
cost. These are the words both sides share.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import IntEnum

from domain.model import CallStatus, CallSummary
from domain.timefmt import date_from_iso, from_iso


class HistorySort(IntEnum):
    """The columns a list of calls can be sorted by (the History table's columns)."""

    DATE = 0
    CLIENT = 1
    SUBJECT = 2
    SCENARIO = 3
    STATUS = 4
    OPEN = 5
    FOLLOW_UP = 6
    LETTER = 7


@dataclass(frozen=True)
class HistoryFilter:
    """What the filter row asks for; None means any. Dates are local and inclusive."""

    client: str | None = None
    scenario: str | None = None
    status: CallStatus | None = None
    since: date | None = None
    until: date | None = None

    @property
    def is_active(self) -> bool:
        return self != HistoryFilter()

    def bounds(self) -> tuple[datetime | None, datetime | None]:
        """The first and last moment of the date range, as aware local times."""
        low = datetime.combine(self.since, time.min).astimezone() if self.since else None
        high = datetime.combine(self.until, time.max).astimezone() if self.until else None
        return low, high


@dataclass(frozen=True)
class HistoryQuery:
    """A filter and an order. Calls are listed under their start (their creation while not
    started); whatever the order, equal values keep the newest call first, and the date
    order breaks its own ties by id."""

    filter: HistoryFilter = field(default_factory=HistoryFilter)
    sort: HistorySort = HistorySort.DATE
    descending: bool = True
    # The scenarios' names the scenario order sorts by, (id, name) pairs from
    # PlaybookLibrary.scenario_names(); a scenario not named here sorts under its
    # domain.scenarios.scenario_label without names.
    names: tuple[tuple[str, str], ...] = ()

    @property
    def indexed(self) -> bool:
        """Whether the order comes straight from an index, so that a page costs its rows
        (the date order); any other order sorts every call the filter lets through."""
        return self.sort is HistorySort.DATE


# A listed call as the store hands it over: a plain tuple of its stored values (times as
# ISO text), in this order. 100,000 of them cost no parsing, and tuples of plain values
# are left alone by Python's cycle collector (dataclasses would be scanned on every full
# collection: 60 ms at 100,000 rows); `summary_of` makes the CallSummary when one is needed.
HistoryRow = tuple
ROW_FIELDS = (
    "id",
    "client",
    "title",
    "scenario",
    "status",
    "created_at",
    "started_at",
    "ended_at",
    "open_next_steps",
    "follow_up_on",
    "follow_up_done_at",
    "contact",
    "client_email",
    "language",
    "letter_sent_at",
    "letter_tracked",
    "planned_at",
)


def listed_at(row: HistoryRow) -> str:
    """The stored time a row is listed under (its start, else its creation), as text."""
    return row[6] or row[5]


def summary_of(row: HistoryRow) -> CallSummary:
    """The call summary of a listed row (its dates parsed now)."""
    (
        call_id,
        client,
        title,
        scenario,
        status,
        created_at,
        started_at,
        ended_at,
        open_steps,
        follow_up_on,
        follow_up_done_at,
        contact,
        client_email,
        language,
        letter_sent_at,
        letter_tracked,
        planned_at,
    ) = row
    return CallSummary(
        id=call_id,
        client=client,
        title=title,
        scenario=scenario,
        status=CallStatus(status),
        created_at=from_iso(created_at),  # type: ignore[arg-type]
        started_at=from_iso(started_at),
        ended_at=from_iso(ended_at),
        open_next_steps=open_steps,
        follow_up_on=date_from_iso(follow_up_on),
        follow_up_done_at=from_iso(follow_up_done_at),
        contact=contact or "",
        client_email=client_email or "",
        language=language,
        letter_sent_at=from_iso(letter_sent_at),
        letter_tracked=bool(letter_tracked),
        planned_at=from_iso(planned_at),
    )
