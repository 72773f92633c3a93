from datetime import date

from domain.commitments import Commitment, Horizon, group_by_horizon, horizon
from domain.model import NextStep

WEDNESDAY = date(2026, 11, 18)


def step(due: date | None, owner: str = "us", step_id: int = 1) -> NextStep:
    return NextStep(call_id=1, what="Send plan", owner=owner, due_on=due, id=step_id)


def test_horizon_boundaries():
    assert horizon(step(date(2026, 11, 17)), WEDNESDAY) is Horizon.OVERDUE
    assert horizon(step(WEDNESDAY), WEDNESDAY) is Horizon.THIS_WEEK
    assert horizon(step(date(2026, 11, 22)), WEDNESDAY) is Horizon.THIS_WEEK  # Sunday
    assert horizon(step(date(2026, 11, 23)), WEDNESDAY) is Horizon.LATER
    assert horizon(step(None), WEDNESDAY) is Horizon.LATER


def test_group_filters_ours_and_theirs_and_sorts_by_due():
    items = [
        Commitment(step(date(2026, 11, 20), "client", 1), "Acme", "Delay"),
        Commitment(step(date(2026, 11, 19), "us", 2), "Acme", "Delay"),
        Commitment(step(date(2026, 11, 1), "Dana Lee", 3), "Beta", "Outage"),
    ]
    all_groups = group_by_horizon(items, WEDNESDAY)
    assert [c.step.id for c in all_groups[Horizon.THIS_WEEK]] == [2, 1]
    assert [c.step.id for c in all_groups[Horizon.OVERDUE]] == [3]
    ours = group_by_horizon(items, WEDNESDAY, ours=True)
    assert [c.step.id for c in ours[Horizon.THIS_WEEK]] == [2]
    theirs = group_by_horizon(items, WEDNESDAY, ours=False)
    assert [c.step.id for c in theirs[Horizon.THIS_WEEK]] == [1]
    assert theirs[Horizon.OVERDUE] == []
