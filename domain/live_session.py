"""Small pure helpers the live call and wrap-up screens need (no Qt, no SQL)."""

from __future__ import annotations

from datetime import date, timedelta

from domain.model import Call

FOLLOW_UP_WORKING_DAYS = 3


def last_tick_offsets(call: Call) -> dict[str, int | None]:
    """For each item ticked now, the offset of the tick that counts (the last one)."""
    state: dict[str, tuple[bool, int | None]] = {}
    for tick in sorted(call.ticks, key=lambda t: (t.at, t.id or 0)):
        state[tick.item_id] = (tick.ticked, tick.offset_ms)
    return {item: offset for item, (on, offset) in state.items() if on}


def add_working_days(day: date, count: int) -> date:
    """`count` working days (Monday to Friday) after `day`."""
    result = day
    added = 0
    while added < count:
        result += timedelta(days=1)
        if result.weekday() < 5:
            added += 1
    return result


def default_follow_up_date(ended_on: date) -> date:
    """When to check in again if the user sets nothing: three working days later."""
    return add_working_days(ended_on, FOLLOW_UP_WORKING_DAYS)
