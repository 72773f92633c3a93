"""Commitments (open next steps) across calls, grouped the way the board shows them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from domain.model import NextStep
from domain.owners import is_ours


class Horizon(StrEnum):
    OVERDUE = "overdue"
    THIS_WEEK = "this_week"
    LATER = "later"

    @property
    def label(self) -> str:
        return {"overdue": "Overdue", "this_week": "This week", "later": "Later"}[self.value]


@dataclass
class Commitment:
    """A next step together with the call it was agreed on."""

    step: NextStep
    client: str
    title: str

    @property
    def call_id(self) -> int:
        return self.step.call_id

    @property
    def is_ours(self) -> bool:
        """Anything not owned by the client is ours to keep (us, or a named colleague)."""
        return is_ours(self.step.owner)


@dataclass(frozen=True)
class FollowUpDue:
    """A call whose check-in date has come."""

    call_id: int
    client: str
    title: str
    follow_up_on: date


def end_of_week(today: date) -> date:
    """The coming Sunday (today, on a Sunday): the last day 'this week' holds."""
    return today + timedelta(days=6 - today.weekday())


def horizon(step: NextStep, today: date) -> Horizon:
    """Overdue before today; this week up to the coming Sunday; later (or undated) after.
    storage.reports counts and pages the board by the same rule."""
    if step.due_on is None:
        return Horizon.LATER
    if step.due_on < today:
        return Horizon.OVERDUE
    return Horizon.THIS_WEEK if step.due_on <= end_of_week(today) else Horizon.LATER


def group_by_horizon(
    items: list[Commitment], today: date, ours: bool | None = None
) -> dict[Horizon, list[Commitment]]:
    """Groups in board order; `ours` True/False keeps only ours/the client's."""
    groups: dict[Horizon, list[Commitment]] = {h: [] for h in Horizon}
    for item in items:
        if ours is not None and item.is_ours != ours:
            continue
        groups[horizon(item.step, today)].append(item)
    for group in groups.values():
        group.sort(key=lambda c: (c.step.due_on or date.max, c.step.id or 0))
    return groups
