"""The live-session helpers: which ticks count, and working-day arithmetic."""

from datetime import UTC, date, datetime, timedelta

from domain.live_session import add_working_days, default_follow_up_date, last_tick_offsets
from domain.model import Call, Client, Tick

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_last_tick_wins_and_unticked_items_drop_out():
    call = Call(client=Client("Acme"), title="x", id=1, started_at=T0)
    call.ticks = [
        Tick(1, "a", True, T0 + timedelta(minutes=1), 60_000, id=1),
        Tick(1, "b", True, T0 + timedelta(minutes=2), 120_000, id=2),
        Tick(1, "a", False, T0 + timedelta(minutes=3), 180_000, id=3),
        Tick(1, "a", True, T0 + timedelta(minutes=4), 240_000, id=4),
        Tick(1, "c", True, T0 + timedelta(minutes=5), 300_000, id=5),
        Tick(1, "c", False, T0 + timedelta(minutes=6), 360_000, id=6),
    ]
    assert last_tick_offsets(call) == {"a": 240_000, "b": 120_000}


def test_working_days_skip_weekends():
    friday = date(2026, 3, 6)
    assert add_working_days(friday, 1) == date(2026, 3, 9)
    assert add_working_days(friday, 3) == date(2026, 3, 11)
    assert default_follow_up_date(date(2026, 3, 2)) == date(2026, 3, 5)  # Monday -> Thursday
    assert add_working_days(friday, 0) == friday
