"""What a list of calls asks the store for: which calls (a filter) in which order (a sort).

The History page and the client page list calls a page at a time; the store filters and
sorts them (storage/history.py), so a list of 100,000 calls costs what its visible rows
cost. These are the words both sides share.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import IntEnum

from domain.model import CallStatus


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

    @property
    def indexed(self) -> bool:
        """Whether the order comes straight from an index, so that a page costs its rows
        (the date order); any other order sorts every call the filter lets through."""
        return self.sort is HistorySort.DATE
