"""The call model: tick state with unticks, offsets, steps, and the fixed palettes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from domain.model import (
    OWNER_CLIENT,
    OWNER_US,
    REACTION_PALETTE,
    Call,
    Client,
    NextStep,
    NoteKind,
    ReactionKind,
    SearchHit,
    Section,
    StepStatus,
    Tick,
    Valence,
    owner_label,
    utc_now,
)
from domain.timefmt import format_offset, from_iso, minute_of, to_iso

T0 = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)


def call_with_ticks(*events: tuple[int, str, bool, int | None]) -> Call:
    """events: (seconds after T0, item id, ticked, stored id)."""
    call = Call(client=Client("Acme"), title="t", started_at=T0)
    call.ticks = [
        Tick(call_id=1, item_id=item, ticked=on, at=T0 + timedelta(seconds=s), id=tid)
        for s, item, on, tid in events
    ]
    return call


# --------------------------------------------------------------------------- ticks
def test_ticked_items_last_event_wins():
    call = call_with_ticks(
        (1, "facts.early", True, 1),
        (2, "empathy.listen", True, 2),
        (3, "facts.early", False, 3),
        (4, "next.plan", False, 4),  # an untick of something never ticked
    )
    assert call.ticked_items() == {"empathy.listen"}


def test_ticked_items_retick_after_untick():
    call = call_with_ticks((1, "a", True, 1), (2, "a", False, 2), (3, "a", True, 3))
    assert call.ticked_items() == {"a"}


def test_ticked_items_order_by_time_not_list_position():
    call = call_with_ticks((9, "a", False, 2), (1, "a", True, 1))
    assert call.ticked_items() == set()


def test_ticked_items_same_instant_ordered_by_id():
    call = call_with_ticks((5, "a", False, 8), (5, "a", True, 7))
    assert call.ticked_items() == set()
    call = call_with_ticks((5, "a", True, 8), (5, "a", False, 7))
    assert call.ticked_items() == {"a"}


def test_no_ticks_no_items():
    assert Call(client=Client("Acme"), title="t").ticked_items() == set()


# --------------------------------------------------------------------------- offsets
def test_offset_is_none_before_the_call_starts():
    assert Call(client=Client("Acme"), title="t").offset_ms(T0) is None


@pytest.mark.parametrize(
    ("delta", "expected"),
    [
        (timedelta(0), 0),
        (timedelta(milliseconds=1), 1),
        (timedelta(seconds=260, microseconds=234000), 260234),  # exact, no float rounding
        (timedelta(minutes=12, seconds=5), 725000),
        (timedelta(hours=1, minutes=2, seconds=3, microseconds=999), 3723000),
        (timedelta(seconds=-30), 0),  # clock skew never gives a negative offset
    ],
)
def test_offset_in_whole_milliseconds(delta, expected):
    call = Call(client=Client("Acme"), title="t", started_at=T0)
    assert call.offset_ms(T0 + delta) == expected


def test_offset_across_time_zones_is_the_same_instant():
    call = Call(client=Client("Acme"), title="t", started_at=T0)
    paris = timezone(timedelta(hours=2))
    assert call.offset_ms((T0 + timedelta(minutes=3)).astimezone(paris)) == 180000


def test_offset_formatting():
    assert format_offset(None) == "--:--"
    assert format_offset(725_000) == "12:05"
    assert format_offset(3_723_000) == "1:02:03"
    assert minute_of(None) == "" and minute_of(725_000) == "min 12"


# --------------------------------------------------------------------------- next steps
def test_open_and_overdue_next_steps():
    today = date(2026, 6, 10)
    steps = [
        NextStep(call_id=1, what="late", due_on=date(2026, 6, 9)),
        NextStep(call_id=1, what="today", due_on=today),
        NextStep(call_id=1, what="undated"),
        NextStep(call_id=1, what="done late", due_on=date(2026, 6, 1), status=StepStatus.DONE),
        NextStep(call_id=1, what="dropped", due_on=date(2026, 6, 1), status=StepStatus.DROPPED),
    ]
    call = Call(client=Client("Acme"), title="t", next_steps=steps)
    assert [s.what for s in call.open_next_steps] == ["late", "today", "undated"]
    assert [s.what for s in steps if s.is_overdue(today)] == ["late"]


def test_owner_labels():
    assert owner_label(OWNER_US) == "Us"
    assert owner_label(OWNER_CLIENT) == "Client"
    assert owner_label("Priya Novak") == "Priya Novak"
    assert NextStep(call_id=1, what="x").owner == OWNER_US


# --------------------------------------------------------------------------- palettes
def test_reaction_palette_is_the_alt_1_to_8_order():
    assert [k.value for k in REACTION_PALETTE] == [
        "calm",
        "understanding",
        "concerned",
        "anxious",
        "frustrated",
        "angry",
        "relieved",
        "appreciative",
    ]


def test_reaction_valence_agrees_with_score():
    for kind in ReactionKind:
        assert -2 <= kind.score <= 2
        if kind.valence is Valence.NEGATIVE:
            assert kind.score < 0
        elif kind.valence is Valence.POSITIVE:
            assert kind.score > 0
        else:
            assert kind.score == 0
    assert ReactionKind.ANGRY.score == -2 and ReactionKind.APPRECIATIVE.score == 2


def test_labels():
    assert NoteKind.QUOTE.label == "Client quote"
    assert NoteKind.FACT.label == "Fact"
    assert [s.label for s in Section] == ["Facts", "Empathy", "Urgency", "Next steps"]
    assert ReactionKind.RELIEVED.label == "Relieved"


def test_search_hit_marking():
    hit = SearchHit(
        call_id=1,
        client="Acme",
        title="t",
        kind="note",
        snippet=f"the {SearchHit.HIT_OPEN}invoice{SearchHit.HIT_CLOSE} was late",
        score=-1.0,
    )
    assert hit.marked("**", "**") == "the **invoice** was late"
    assert hit.marked("<b>", "</b>") == "the <b>invoice</b> was late"
    assert hit.plain_snippet == "the invoice was late"


# --------------------------------------------------------------------------- time text
def test_times_round_trip_as_utc_iso():
    at = datetime(2026, 6, 1, 12, 30, 15, 123456, tzinfo=timezone(timedelta(hours=-5)))
    text = to_iso(at)
    assert text == "2026-06-01T17:30:15.123456+00:00"
    assert from_iso(text) == at
    assert from_iso(None) is None and to_iso(None) is None
    assert from_iso("2026-06-01T17:30:15").tzinfo is UTC
    with pytest.raises(ValueError):
        to_iso(datetime(2026, 6, 1))
    assert utc_now().tzinfo is UTC


def test_every_enum_shown_to_a_user_has_a_label():
    """'ended' on one screen and 'Ended' on another: the words come from the enum."""
    from domain.model import CallStatus, HitKind, NoteKind, StepStatus

    assert [s.label for s in CallStatus] == ["Prepared", "Live", "Ended"]
    assert [s.label for s in StepStatus] == ["Open", "Done", "Dropped"]
    assert HitKind.STEP.label == "Next step" and HitKind.FOLLOW_UP.label == "Follow-up"
    assert NoteKind.CONCERN.label == "Concern"


def test_one_wording_for_how_long_a_call_lasted():
    """The same call read '01:45', '1 min' and '2 min' on three screens."""
    from datetime import UTC, datetime, timedelta

    from domain.timefmt import duration_text

    start = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    assert duration_text(start, start + timedelta(minutes=1, seconds=45)) == "1 min 45 s"
    assert duration_text(start, start + timedelta(seconds=40)) == "40 s"
    assert duration_text(start, start + timedelta(minutes=14)) == "14 min"
    assert duration_text(start, start + timedelta(hours=1, minutes=5, seconds=9)) == "1 h 05 min"
    assert duration_text(start, None) == ""
