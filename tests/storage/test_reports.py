from datetime import UTC, date, datetime, timedelta

from domain.model import (
    Call,
    Client,
    NextStep,
    Reaction,
    ReactionKind,
    StepStatus,
    utc_now,
)


def make_call(store, client: str, title: str, started: datetime | None = None) -> Call:
    call = store.calls.create(Call(client=Client(client), title=title))
    store.calls.start(call.id, started or utc_now())
    return call


def test_open_commitments_across_calls_and_overdue_count(store):
    today = date(2026, 11, 21)
    a = make_call(store, "Acme", "Delay")
    b = make_call(store, "Beta", "Outage")
    store.entries.add_next_step(NextStep(call_id=a.id, what="late", due_on=date(2026, 11, 1)))
    store.entries.add_next_step(NextStep(call_id=b.id, what="soon", due_on=date(2026, 11, 25)))
    done = store.entries.add_next_step(NextStep(call_id=b.id, what="done", due_on=today))
    store.entries.set_step_status(done.id, StepStatus.DONE)
    items = store.reports.open_commitments()
    assert [(c.client, c.step.what) for c in items] == [("Acme", "late"), ("Beta", "soon")]
    assert [c.step.what for c in store.reports.open_commitments(client="Beta")] == ["soon"]
    assert store.reports.overdue_count(today) == 1


def test_follow_ups_due_until_marked_done(store):
    today = date(2026, 11, 21)
    call = make_call(store, "Acme", "Delay")
    store.calls.end(call.id)
    store.calls.update_follow_up(call.id, store.calls.get(call.id).follow_up, today)
    assert [f.call_id for f in store.reports.follow_ups_due(today)] == [call.id]
    assert store.reports.follow_ups_due(today - timedelta(days=1)) == []
    store.reports.mark_follow_up_done(call.id)
    assert store.reports.follow_ups_due(today) == []
    store.reports.reopen_follow_up(call.id)
    assert len(store.reports.follow_ups_due(today)) == 1


def test_client_reaction_mixes_oldest_call_first(store):
    old = make_call(store, "Acme", "First", datetime(2026, 1, 5, tzinfo=UTC))
    new = make_call(store, "Acme", "Second", datetime(2026, 6, 5, tzinfo=UTC))
    make_call(store, "Other", "Elsewhere")
    for kind in (ReactionKind.ANGRY, ReactionKind.FRUSTRATED, ReactionKind.CALM):
        store.entries.add_reaction(Reaction(call_id=old.id, kind=kind, at=utc_now()))
    store.entries.add_reaction(Reaction(call_id=new.id, kind=ReactionKind.RELIEVED, at=utc_now()))
    mixes = store.reports.client_reaction_mixes("Acme")
    assert [m.call_id for m in mixes] == [old.id, new.id]
    assert (mixes[0].negative, mixes[0].neutral, mixes[0].positive) == (2, 1, 0)
    assert mixes[1].positive_share == 1.0


def test_client_steps_ours_only(store):
    call = make_call(store, "Acme", "Delay")
    store.entries.add_next_step(NextStep(call_id=call.id, what="ours"))
    store.entries.add_next_step(NextStep(call_id=call.id, what="theirs", owner="client"))
    assert [s.what for s in store.reports.client_steps("Acme")] == ["ours"]
    assert len(store.reports.client_steps("Acme", ours_only=False)) == 2
