"""What a call has to remind the user of: its check-in date and our open dated steps.

One rule for every place that offers reminders: the calendar export (exporters.ics),
the window's Export menu (enabled only when there is something) and the command
line (exit 1 with NOTHING_TO_REMIND). A step is ours by domain.owners.is_ours, the
board's rule too: 'us' or a named colleague. The client's steps, done or dropped
steps and undated ones are not reminded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.model import Call, NextStep
from domain.owners import is_ours

NOTHING_TO_REMIND = "no follow-up date and no open next step of ours with a due date"


@dataclass(frozen=True)
class ReminderItem:
    """One reminder: the check-in (step is None) or one of our next steps."""

    day: date
    step: NextStep | None = None
    index: int = -1  # the step's position in call.next_steps: its key before it is stored

    @property
    def is_check_in(self) -> bool:
        return self.step is None


def is_reminded(step: NextStep) -> bool:
    return step.is_open and step.due_on is not None and is_ours(step.owner)


def reminder_items(call: Call) -> list[ReminderItem]:
    """The check-in date first (if set), then our open dated steps in the call's order."""
    items = [ReminderItem(call.follow_up_on)] if call.follow_up_on else []
    items += [
        ReminderItem(step.due_on, step, index)
        for index, step in enumerate(call.next_steps)
        if is_reminded(step)
    ]
    return items
