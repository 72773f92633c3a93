from datetime import UTC, date, datetime

from domain.model import NextStep, ReactionKind, StepStatus
from domain.trust import promise_record, reaction_mix

TODAY = date(2026, 11, 21)


def done_step(due: date, done: datetime) -> NextStep:
    return NextStep(call_id=1, what="x", due_on=due, status=StepStatus.DONE, done_at=done)


def test_promise_record_counts_only_steps_that_came_due():
    steps = [
        done_step(date(2026, 11, 10), datetime(2026, 11, 9, 12, tzinfo=UTC)),  # on time
        done_step(date(2026, 11, 10), datetime(2026, 11, 14, 12, tzinfo=UTC)),  # late
        NextStep(call_id=1, what="open overdue", due_on=date(2026, 11, 1)),  # broken
        NextStep(call_id=1, what="not yet due", due_on=date(2026, 12, 1)),
        NextStep(call_id=1, what="undated"),
        NextStep(
            call_id=1, what="dropped", due_on=date(2026, 11, 2), status=StepStatus.DROPPED
        ),  # broken
    ]
    record = promise_record(steps, TODAY)
    assert (record.kept_on_time, record.kept_late, record.broken) == (1, 1, 2)
    assert record.on_time_percent == 25.0


def test_no_due_promises_gives_no_percentage():
    assert promise_record([NextStep(call_id=1, what="x")], TODAY).on_time_percent is None


def test_reaction_mix_shares():
    mix = reaction_mix(
        7, None, {ReactionKind.ANGRY: 2, ReactionKind.CALM: 1, ReactionKind.APPRECIATIVE: 1}
    )
    assert (mix.negative, mix.neutral, mix.positive) == (2, 1, 1)
    assert mix.negative_share == 0.5
    assert mix.positive_share == 0.25
    assert reaction_mix(8, None, {}).negative_share == 0.0
