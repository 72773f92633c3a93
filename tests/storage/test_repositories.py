"""Round trips of every repository method through a real database file."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from domain.model import (
    Call,
    CallStatus,
    Client,
    FollowUp,
    NextStep,
    Note,
    NoteKind,
    Prep,
    Profile,
    Reaction,
    ReactionKind,
    StepStatus,
    Tick,
)
from storage.store import Store

T0 = datetime(2026, 3, 2, 9, 30, 0, 123456, tzinfo=UTC)


def new_call(store: Store, client: str = "Northwind", title: str = "Delay", **kw) -> Call:
    return store.calls.create(Call(client=Client(client), title=title, **kw))


def live_call(store: Store, client: str = "Northwind", title: str = "Delay") -> Call:
    call = new_call(store, client, title)
    store.calls.start(call.id, T0)
    return store.calls.get(call.id)


# --------------------------------------------------------------------------- calls
def test_create_and_get_keep_every_field(store):
    prep = Prep(*(f"prep {i}" for i in range(6)))
    follow_up = FollowUp(*(f"follow-up {i}" for i in range(7)))
    call = new_call(
        store,
        title="Budget overrun on phase 2",
        scenario="budget_overrun",
        created_at=T0,
        prep=prep,
        follow_up=follow_up,
        follow_up_on=date(2026, 3, 9),
    )
    assert call.id and call.client.id
    back = store.calls.get(call.id)
    assert back.title == "Budget overrun on phase 2"
    assert back.scenario == "budget_overrun"
    assert back.status is CallStatus.PREPARED
    assert back.created_at == T0 and back.created_at.tzinfo is not None
    assert back.started_at is None and back.ended_at is None
    assert back.prep == prep and back.follow_up == follow_up
    assert back.follow_up_on == date(2026, 3, 9)
    assert (back.notes, back.reactions, back.ticks, back.next_steps) == ([], [], [], [])


def test_get_unknown_call_raises_key_error(store):
    with pytest.raises(KeyError):
        store.calls.get(12345)


def test_clients_match_case_insensitively(store):
    first = store.calls.get_or_create_client("  Northwind  ", "ops@northwind.example")
    again = store.calls.get_or_create_client("NORTHWIND")
    assert first.id == again.id and again.name == "Northwind"
    assert store.calls.client("northwind").email == "ops@northwind.example"
    store.calls.set_client_email(first.id, " new@northwind.example ")
    assert store.calls.client("Northwind").email == "new@northwind.example"
    store.calls.get_or_create_client("acme")
    assert store.calls.client_names() == ["acme", "Northwind"]
    assert store.calls.client("Nobody") is None
    with pytest.raises(ValueError):
        store.calls.get_or_create_client("   ")


def test_header_prep_and_follow_up_updates(store):
    call = new_call(store)
    client = store.calls.update_header(call.id, "Contoso", "New title", "outage")
    store.calls.update_prep(call.id, Prep(facts_known="known", plan="plan"))
    store.calls.update_follow_up(call.id, FollowUp(what_we_do="we do"), date(2026, 4, 1))
    back = store.calls.get(call.id)
    assert (back.client.name, back.client.id) == ("Contoso", client.id)
    assert (back.title, back.scenario) == ("New title", "outage")
    assert back.prep == Prep(facts_known="known", plan="plan")
    assert back.follow_up == FollowUp(what_we_do="we do")
    assert back.follow_up_on == date(2026, 4, 1)
    store.calls.update_follow_up(call.id, FollowUp(), None)
    assert store.calls.get(call.id).follow_up_on is None


def test_start_and_end_move_status_once(store):
    call = new_call(store)
    assert store.calls.start(call.id, T0) == T0
    store.calls.start(call.id, T0 + timedelta(hours=1))  # already live: ignored
    back = store.calls.get(call.id)
    assert (back.status, back.started_at) == (CallStatus.LIVE, T0)
    assert [s.id for s in store.calls.live_calls()] == [call.id]
    ended = T0 + timedelta(minutes=25)
    store.calls.end(call.id, ended)
    store.calls.end(call.id, ended + timedelta(hours=1))  # already ended: ignored
    back = store.calls.get(call.id)
    assert (back.status, back.ended_at) == (CallStatus.ENDED, ended)
    assert store.calls.live_calls() == []


def test_end_does_not_apply_to_a_prepared_call(store):
    call = new_call(store)
    store.calls.end(call.id, T0)
    assert store.calls.get(call.id).status is CallStatus.PREPARED


def test_delete_call_cascades_to_its_entries(store):
    call = live_call(store)
    store.entries.add_note(Note(call_id=call.id, kind=NoteKind.FACT, text="x", at=T0))
    store.entries.add_next_step(NextStep(call_id=call.id, what="y"))
    store.calls.delete(call.id)
    assert store.calls.count() == 0
    assert store.db.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM next_steps").fetchone()[0] == 0


# --------------------------------------------------------------------------- entries
def test_notes_add_edit_delete(store):
    call = live_call(store)
    at = T0 + timedelta(seconds=90)
    note = store.entries.add_note(
        Note(
            call_id=call.id, kind=NoteKind.QUOTE, text="“We need it Friday”", at=at, offset_ms=90000
        )
    )
    assert note.id
    other = store.entries.add_note(Note(call_id=call.id, kind=NoteKind.NOTE, text="b", at=at))
    assert store.calls.get(call.id).notes == [note, other]
    store.entries.update_note(note.id, NoteKind.DECISION, "Ship Friday")
    store.entries.delete_note(other.id)
    notes = store.calls.get(call.id).notes
    assert [(n.kind, n.text, n.offset_ms, n.at) for n in notes] == [
        (NoteKind.DECISION, "Ship Friday", 90000, at)
    ]


def test_reactions_add_and_delete(store):
    call = live_call(store)
    kinds = list(ReactionKind)
    added = [
        store.entries.add_reaction(
            Reaction(call_id=call.id, kind=k, at=T0 + timedelta(seconds=i), offset_ms=i * 1000)
        )
        for i, k in enumerate(kinds)
    ]
    assert store.calls.get(call.id).reactions == added
    store.entries.delete_reaction(added[0].id)
    assert [r.kind for r in store.calls.get(call.id).reactions] == kinds[1:]


def test_ticks_with_untick_survive_a_reload(store):
    call = live_call(store)
    for seconds, item, on in [
        (10, "facts.early", True),
        (20, "empathy.listen", True),
        (30, "facts.early", False),
        (40, "next.plan", True),
        (50, "next.plan", False),
        (60, "next.plan", True),
    ]:
        at = T0 + timedelta(seconds=seconds)
        tick = Tick(call_id=call.id, item_id=item, ticked=on, at=at, offset_ms=seconds * 1000)
        assert store.entries.add_tick(tick).id
    back = store.calls.get(call.id)
    assert len(back.ticks) == 6
    assert back.ticked_items() == {"empathy.listen", "next.plan"}


def test_next_steps_status_done_dropped_and_reopen(store):
    call = live_call(store)
    step = store.entries.add_next_step(
        NextStep(call_id=call.id, what="Send plan", owner="Priya Novak", due_on=date(2026, 3, 5))
    )
    assert store.entries.next_step(step.id) == step
    done_at = store.entries.set_step_status(step.id, StepStatus.DONE, T0)
    assert done_at == T0
    got = store.entries.next_step(step.id)
    assert (got.status, got.done_at, got.is_open) == (StepStatus.DONE, T0, False)
    store.entries.set_step_status(step.id, StepStatus.DROPPED)
    got = store.entries.next_step(step.id)
    assert got.status is StepStatus.DROPPED and got.done_at is not None
    assert store.entries.set_step_status(step.id, StepStatus.OPEN) is None
    got = store.entries.next_step(step.id)
    assert (got.status, got.done_at) == (StepStatus.OPEN, None)
    assert got.is_overdue(date(2026, 3, 6)) and not got.is_overdue(date(2026, 3, 5))


def test_next_step_update_and_delete(store):
    call = live_call(store)
    early = store.entries.add_next_step(
        NextStep(call_id=call.id, what="a", due_on=date(2026, 3, 3))
    )
    late = store.entries.add_next_step(
        NextStep(call_id=call.id, what="b", due_on=date(2026, 3, 20))
    )
    store.entries.add_next_step(NextStep(call_id=call.id, what="undated", owner="client"))
    late.what, late.owner, late.due_on = "b2", "client", date(2026, 3, 4)
    store.entries.update_next_step(late)
    assert store.entries.next_step(late.id).what == "b2"
    got = store.entries.next_step(late.id)
    assert (got.owner, got.due_on) == ("client", date(2026, 3, 4))
    store.entries.delete_next_step(early.id)
    with pytest.raises(KeyError):
        store.entries.next_step(early.id)
    assert [s.what for s in store.calls.get(call.id).next_steps] == ["b2", "undated"]


# --------------------------------------------------------------------------- lists
def test_summaries_count_open_steps_filter_and_order(store):
    old = new_call(store, "Acme", "Old", created_at=T0 - timedelta(days=30))
    store.calls.start(old.id, T0 - timedelta(days=30))
    store.calls.end(old.id, T0 - timedelta(days=30) + timedelta(minutes=20))
    recent = new_call(store, "Beta", "Recent", created_at=T0)
    store.calls.start(recent.id, T0)
    prepared = new_call(store, "acme", "Prepared", created_at=T0 + timedelta(days=1))
    for what, status in [("1", StepStatus.OPEN), ("2", StepStatus.OPEN), ("3", StepStatus.DONE)]:
        step = store.entries.add_next_step(NextStep(call_id=old.id, what=what))
        store.entries.set_step_status(step.id, status)
    store.calls.update_follow_up(old.id, FollowUp(), date(2026, 2, 10))

    summaries = store.calls.summaries()
    assert [s.id for s in summaries] == [prepared.id, recent.id, old.id]
    by_id = {s.id: s for s in summaries}
    assert by_id[old.id].open_next_steps == 2
    assert by_id[old.id].follow_up_on == date(2026, 2, 10)
    assert by_id[old.id].status is CallStatus.ENDED
    assert by_id[recent.id].open_next_steps == 0
    assert [s.title for s in store.calls.summaries(client="ACME")] == ["Prepared", "Old"]
    assert [s.id for s in store.calls.summaries(status=CallStatus.LIVE)] == [recent.id]
    assert len(store.calls.summaries(limit=1)) == 1
    assert store.calls.summaries(client="Nobody") == []
    assert [s.id for s in store.calls.live_calls()] == [recent.id]
    assert store.calls.count() == 3


# --------------------------------------------------------------------------- settings
def test_settings_round_trip_json_values(store):
    assert store.settings.get("missing", "default") == "default"
    value = {"geometry": [10, 20, 800, 600], "compact": True, "name": "Zoë 😀"}
    store.settings.set("window", value)
    assert store.settings.get("window") == value
    store.settings.set("window", None)
    assert store.settings.get("window", "x") is None
    store.db.execute("INSERT INTO settings (key, value) VALUES ('broken', '{not json')")
    assert store.settings.get("broken", 42) == 42


def test_profile_round_trip_across_reopen(db_path):
    profile = Profile(
        name="Ana Costa",
        role="Account lead",
        company="Brightwater Studio",
        email="ana@brightwater.example",
        phone="+351 21 000 0000",
        letterhead="/home/ana/letterhead.docx",
        export_dir="/home/ana/Letters",
    )
    with Store(db_path) as store:
        assert store.settings.profile() == Profile()
        store.settings.save_profile(profile)
    with Store(db_path) as store:
        assert store.settings.profile() == profile


def test_profile_ignores_unknown_keys(store):
    store.settings.set("profile", {"name": "Ana", "shoe_size": 38})
    assert store.settings.profile() == Profile(name="Ana")


# --------------------------------------------------------------------------- owners, steps, paths
def test_client_steps_leave_out_the_client_in_any_case(store):
    call = new_call(store, "Acme")
    for what, owner in (("ours", "us"), ("theirs", "client"), ("old", "Client "), ("n", "Priya")):
        store.entries.add_next_step(NextStep(call.id, what, owner))
    assert [s.what for s in store.reports.client_steps("Acme")] == ["ours", "n"]
    assert len(store.reports.client_steps("Acme", ours_only=False)) == 4


def test_call_steps_match_the_loaded_call(store):
    call = new_call(store)
    other = new_call(store, title="Other")
    for what in ("b", "a", "c"):
        store.entries.add_next_step(NextStep(call.id, what, "us", date(2026, 4, 1)))
    store.entries.add_next_step(NextStep(other.id, "elsewhere"))
    assert store.entries.call_steps(call.id) == store.calls.get(call.id).next_steps
    assert [s.what for s in store.entries.call_steps(call.id)] == ["b", "a", "c"]
    assert store.entries.call_steps(999) == []


def test_is_database_file(tmp_path, monkeypatch):
    from storage.paths import is_database_file

    db = tmp_path / "candor.db"
    db.touch()
    monkeypatch.chdir(tmp_path)
    for target in ("candor.db", "./candor.db-wal", f"{db}-shm", f"{db}-journal"):
        assert is_database_file(target, db), target
    (tmp_path / "link.db").symlink_to(db)
    assert is_database_file(tmp_path / "link.db", db)
    assert not is_database_file(tmp_path / "candor.db.docx", db)
    assert not is_database_file(tmp_path / "other" / "candor.db", db)
