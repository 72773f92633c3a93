"""One rule for what a call reminds: its check-in date and our open dated next steps
(ours: 'us' or a named colleague, as on the board); owners 'us' and 'client' in any case."""

from __future__ import annotations

from datetime import date

import pytest

from domain.commitments import Commitment
from domain.model import OWNER_CLIENT, OWNER_US, Call, Client, NextStep, StepStatus
from domain.owners import canonical_owner, is_client, is_ours, is_us
from domain.reminders import NOTHING_TO_REMIND, reminder_items

DAY = date(2026, 12, 1)


def call_with(*steps: NextStep, follow_up_on: date | None = None) -> Call:
    call = Call(id=7, client=Client("Acme"), title="Late", follow_up_on=follow_up_on)
    call.next_steps = list(steps)
    return call


def test_check_in_first_then_our_open_dated_steps_in_order() -> None:
    ours_late = NextStep(7, "B", "us", date(2026, 12, 9), id=2)
    ours_soon = NextStep(7, "A", "US ", date(2026, 12, 3), id=3)  # stored before the rule
    colleague = NextStep(7, "named", "Priya Shah", DAY, id=4)
    call = call_with(
        NextStep(7, "client's", "client", DAY, id=1),
        ours_late,
        ours_soon,
        colleague,
        NextStep(7, "undated", "us", None, id=5),
        NextStep(7, "done", "us", DAY, StepStatus.DONE, id=6),
        NextStep(7, "dropped", "us", DAY, StepStatus.DROPPED, id=7),
        follow_up_on=date(2026, 12, 5),
    )
    items = reminder_items(call)
    assert [(i.day, i.step) for i in items] == [
        (date(2026, 12, 5), None),
        (ours_late.due_on, ours_late),
        (ours_soon.due_on, ours_soon),
        (colleague.due_on, colleague),
    ]
    assert items[0].is_check_in and not items[1].is_check_in
    assert [i.index for i in items[1:]] == [1, 2, 3]  # positions in call.next_steps


@pytest.mark.parametrize("owner", ["us", " US", "Priya Shah", "usher", "client", "CLIENT "])
def test_the_board_and_the_reminders_use_one_rule(owner: str) -> None:
    step = NextStep(7, "x", owner, DAY)
    on_board = Commitment(step, "Acme", "Late").is_ours
    assert on_board == is_ours(owner) == bool(reminder_items(call_with(step)))
    assert on_board == (not is_client(owner))


def test_nothing_to_remind() -> None:
    assert reminder_items(call_with()) == []
    only_theirs = call_with(NextStep(7, "x", "Client", DAY), NextStep(7, "y", "us", None))
    assert reminder_items(only_theirs) == []
    assert "no follow-up date" in NOTHING_TO_REMIND and "of ours" in NOTHING_TO_REMIND


def test_only_a_check_in_date() -> None:
    assert [i.day for i in reminder_items(call_with(follow_up_on=DAY))] == [DAY]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("us", OWNER_US),
        ("Us", OWNER_US),
        (" US ", OWNER_US),
        ("client", OWNER_CLIENT),
        ("Client", OWNER_CLIENT),
        ("CLIENT", OWNER_CLIENT),
        ("Priya  Shah", "Priya Shah"),
        ("usher", "usher"),
        ("the client", "the client"),
        ("", ""),
    ],
)
def test_canonical_owner(typed: str, stored: str) -> None:
    assert canonical_owner(typed) == stored


def test_owner_tests_ignore_case_and_spaces() -> None:
    assert is_us(" Us") and is_us("US") and not is_us("usa")
    assert is_client("Client ") and is_client("CLIENT") and not is_client("clients")
