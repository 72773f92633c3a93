"""Sample data: plausible calls from domain.demo, written in batches that search can see."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from domain.commitments import Horizon, group_by_horizon
from domain.demo import generate_calls
from domain.model import OWNER_CLIENT, OWNER_US, CallStatus, NoteKind, StepStatus
from domain.playbooks import SCENARIOS, PlaybookLibrary
from storage.demo_writer import write_demo
from storage.errors import StorageError
from storage.store import Store

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def calls():
    return list(generate_calls(200, seed=7, now=NOW))


def test_generation_is_deterministic_for_a_seed():
    first = list(generate_calls(12, seed=3, now=NOW))
    again = list(generate_calls(12, seed=3, now=NOW))
    other = list(generate_calls(12, seed=4, now=NOW))
    assert first == again
    assert [c.title for c in first] != [c.title for c in other]


def test_calls_are_mostly_ended_a_few_prepared_none_live(calls):
    statuses = Counter(c.status for c in calls)
    assert statuses[CallStatus.LIVE] == 0
    assert 1 <= statuses[CallStatus.PREPARED] <= 5
    assert statuses[CallStatus.ENDED] == len(calls) - statuses[CallStatus.PREPARED]
    assert all(c.status is CallStatus.PREPARED for c in calls[-statuses[CallStatus.PREPARED] :])


def test_calls_spread_over_two_years_oldest_first(calls):
    started = [c.started_at for c in calls if c.started_at]
    assert min(started) >= NOW - timedelta(days=731)
    assert max(started) <= NOW
    assert max(started) - min(started) > timedelta(days=600)
    out_of_order = sum(a > b for a, b in zip(started, started[1:], strict=False))
    assert out_of_order < len(started) // 10


def test_clients_scenarios_and_titles_vary(calls):
    clients = Counter(c.client.name for c in calls)
    assert 25 <= len(clients) <= 40
    assert set(c.scenario for c in calls) == set(SCENARIOS)
    assert len({c.title for c in calls}) > 100
    assert all(c.client.email.endswith(".example") for c in calls)


def test_ended_call_entries_are_complete_and_inside_the_call(calls):
    library = PlaybookLibrary()
    kinds: Counter = Counter()
    owners: Counter = Counter()
    for call in calls:
        if call.status is not CallStatus.ENDED:
            assert call.notes == [] and call.started_at is None
            assert call.prep.facts_known and not call.follow_up.what_happened
            continue
        assert call.started_at < call.ended_at <= call.started_at + timedelta(minutes=61)
        assert 30 <= len(call.notes) <= 72
        for entry in (*call.notes, *call.reactions, *call.ticks):
            assert call.started_at <= entry.at <= call.ended_at
            assert entry.offset_ms == call.offset_ms(entry.at)
        assert all(getattr(call.prep, f) for f in call.prep.field_names())
        assert all(getattr(call.follow_up, f) for f in call.follow_up.field_names())
        assert call.follow_up_on > call.ended_at.date()
        item_ids = {item.id for item in library.get(call.scenario).items}
        assert {t.item_id for t in call.ticks} <= item_ids
        assert call.reactions
        kinds.update(n.kind for n in call.notes)
        owners.update(
            s.owner if s.owner in (OWNER_US, OWNER_CLIENT) else "person" for s in call.next_steps
        )
    assert set(kinds) == set(NoteKind)
    assert set(owners) == {OWNER_US, OWNER_CLIENT, "person"}
    mean = sum(kinds.values()) / sum(c.status is CallStatus.ENDED for c in calls)
    assert 45 <= mean <= 57


def test_next_steps_mostly_done_some_overdue_and_some_unticks(calls):
    steps = [s for c in calls for s in c.next_steps]
    statuses = Counter(s.status for s in steps)
    assert statuses[StepStatus.DONE] > len(steps) * 0.6
    assert statuses[StepStatus.DROPPED] > 0
    overdue = [s for s in steps if s.is_overdue(NOW.date())]
    assert 0 < len(overdue) < len(steps) * 0.25
    assert all(s.done_at is None for s in steps if s.is_open)
    assert all(s.done_at and s.done_at <= NOW for s in steps if not s.is_open)
    unticks = [t for c in calls for t in c.ticks if not t.ticked]
    assert unticks


def test_notes_use_a_varied_vocabulary(calls):
    words = Counter(w.strip('.,"?').lower() for c in calls for n in c.notes for w in n.text.split())
    assert len(words) > 400


# --------------------------------------------------------------------------- writer
def test_write_demo_fills_a_sound_searchable_database(store):
    seen: list[int] = []
    written = write_demo(store, 23, seed=2, progress=seen.append, now=NOW, batch_size=5)
    assert written == 23
    assert seen == [5, 10, 15, 20, 23]
    assert store.calls.count() == 23
    assert store.check() == []
    summaries = store.calls.summaries()
    assert store.calls.live_calls() == []
    expected = list(generate_calls(23, seed=2, now=NOW))
    open_steps = sum(len(c.open_next_steps) for c in expected)
    assert sum(s.open_next_steps for s in summaries) == open_steps
    assert sorted(s.title for s in summaries) == sorted(c.title for c in expected)
    call = store.calls.get(summaries[-1].id)  # the oldest
    assert call.title == expected[0].title
    assert [n.text for n in call.notes] == [n.text for n in expected[0].notes]
    assert call.ticked_items() == expected[0].ticked_items()
    word = expected[0].notes[0].text.split()[1].strip('.,"')
    assert any(h.call_id == call.id for h in store.search.search(word, limit=500))
    assert store.search.search(expected[0].title, limit=500)


def test_write_demo_appends_after_existing_calls(db_path):
    with Store(db_path) as store:
        write_demo(store, 4, seed=1, now=NOW)
        first_ids = [s.id for s in store.calls.summaries()]
        write_demo(store, 3, seed=9, now=NOW)
        assert store.calls.count() == 7
        assert set(first_ids) < {s.id for s in store.calls.summaries()}
        assert store.check() == []


def test_a_call_added_between_batches_keeps_each_entry_on_its_call(store):
    """The rows of a batch are made ahead with the ids the calls should get; a call
    added meanwhile (the window, say) moves them on, and the rows must follow."""
    from domain.model import Call, Client

    def someone_else_adds_a_call(done: int) -> None:
        if done == 5:
            store.calls.create(Call(client=Client("Elsewhere Ltd"), title="Added meanwhile"))

    write_demo(store, 12, seed=5, progress=someone_else_adds_a_call, now=NOW, batch_size=5)
    assert store.calls.count() == 13
    expected = list(generate_calls(12, seed=5, now=NOW))
    demo = sorted(
        (s for s in store.calls.summaries() if s.title != "Added meanwhile"), key=lambda s: s.id
    )
    for summary, want in zip(demo, expected, strict=True):
        got = store.calls.get(summary.id)
        assert got.title == want.title
        assert [n.text for n in got.notes] == [n.text for n in want.notes]
        assert [s.what for s in got.next_steps] == [s.what for s in want.next_steps]
    assert store.check() == []


def test_write_demo_zero_calls_writes_nothing(store):
    assert write_demo(store, 0, seed=1) == 0
    assert store.calls.count() == 0


def test_a_failed_batch_insert_is_a_storage_error_and_rolls_back(store):
    """The bulk insert went straight to sqlite3; a full disk escaped as a bare SQLite error."""
    store.db.execute(
        "CREATE TEMP TRIGGER fill_up BEFORE INSERT ON main.notes "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    with pytest.raises(StorageError) as raised:
        write_demo(store, 3, seed=1, now=NOW)
    assert "full" in str(raised.value).lower()
    assert store.calls.count() == 0


# --------------------------------------------------------------------------- what it shows
@pytest.fixture(scope="module")
def shown(tmp_path_factory):
    """A 60-call demo at NOW, as the board, the banner and the client pages read it."""
    with Store(tmp_path_factory.mktemp("demo") / "candor.db") as store:
        write_demo(store, 60, seed=7, now=NOW)
        yield store


def test_the_board_has_steps_of_ours_open_and_overdue(shown):
    today = NOW.date()
    groups = group_by_horizon(shown.reports.open_commitments(), today, ours=True)
    assert groups[Horizon.OVERDUE]
    assert groups[Horizon.THIS_WEEK] or groups[Horizon.LATER]
    assert all(
        1 <= (today - c.step.due_on).days <= 16 for c in groups[Horizon.OVERDUE]
    )  # a few days to a couple of weeks late
    assert shown.reports.overdue_count(today) >= len(groups[Horizon.OVERDUE])


def test_the_banner_has_letters_owed_oldest_first_and_a_check_in_due(shown):
    owed, total = shown.calls.letters_owed()
    assert 2 <= total == len(owed) <= 4
    ended = [s.ended_at for s in owed]
    assert ended == sorted(ended)
    assert owed[-1].ended_at.date() == (NOW - timedelta(days=1)).date()  # one from yesterday
    assert shown.reports.follow_ups_due(NOW.date())
    sent = [s for s in shown.calls.summaries() if s.letter_sent_at is not None]
    assert len(sent) > 40


def test_a_client_page_has_open_commitments(shown):
    clients = {c.client for c in shown.reports.open_commitments()}
    assert clients
    assert all(shown.reports.open_commitments(name) for name in clients)


def test_contacts_are_stored_with_emails_at_the_clients_domain(shown):
    summaries = shown.calls.summaries()
    for name in {s.client for s in summaries if s.contact}:  # a contact is stored with a call
        client = shown.calls.client(name)
        contacts = shown.calls.contacts.for_client(client.id)
        assert 1 <= len(contacts) <= 3, name
        domain = client.email.split("@")[1]
        assert all(c.email.endswith("@" + domain) and c.greeting for c in contacts)
    with_contact = [s for s in summaries if s.contact]
    assert len(with_contact) >= len(summaries) * 0.8
    for summary in with_contact:  # the letter goes to the contact, at the client's domain
        domain = shown.calls.client(summary.client).email.split("@")[1]
        assert summary.client_email.endswith("@" + domain) and summary.contact
    assert len({s.language for s in summaries}) >= 3


@pytest.mark.parametrize(
    ("word", "scenario"),
    [
        ("downtime", "outage"),
        ("failover", "outage"),
        ("budget", "budget_overrun"),
        ("scope", "budget_overrun"),
        ("shipment", "delivery_delay"),
        ("workaround", "working_as_designed"),
        ("supplier", "third_party_fault"),
    ],
)
def test_search_for_a_scenario_word_finds_that_scenarios_calls(shown, word, scenario):
    scenarios = {s.id: s.scenario for s in shown.calls.summaries()}
    hits = shown.search.search(word, limit=500)
    assert hits
    assert {scenarios[h.call_id] for h in hits} == {scenario}


# --------------------------------------------------------------------------- in one go
def _contents(store: Store) -> dict[str, list[tuple]]:
    """Every row the demo writes (clients and contacts without their times of creation),
    the three search indexes and their settings, and the schema."""
    tables = ["calls", "notes", "reactions", "ticks", "next_steps"]
    found = {}
    for t in tables:  # every column but the team's random UUID (checked apart)
        names = [r[1] for r in store.db.execute(f"PRAGMA table_info({t})") if r[1] != "uuid"]
        found[t] = store.db.execute(f"SELECT {', '.join(names)} FROM {t} ORDER BY rowid").fetchall()
        uuids = [r[0] for r in store.db.execute(f"SELECT uuid FROM {t}")]
        assert None not in uuids and len(set(uuids)) == len(uuids), t
    found["clients"] = store.db.execute("SELECT id, name, email FROM clients").fetchall()
    found["contacts"] = store.db.execute("SELECT id, client_id, email FROM contacts").fetchall()
    for index in ("search_index", "search_index_recent", "search_index_calls"):
        found[index] = store.db.execute(
            f"SELECT rowid, body, call_id, kind FROM {index} ORDER BY rowid"
        ).fetchall()
        found[f"{index} config"] = store.db.execute(f"SELECT * FROM {index}_config").fetchall()
    found["schema"] = store.db.execute(
        "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    return found


def test_a_new_file_filled_in_one_go_holds_what_the_triggers_would_write(tmp_path, monkeypatch):
    """_write_fresh drops the indexing triggers and fills the indexes itself: the rows,
    the three search indexes, their settings, the schema and what a search finds must be
    what the triggers make."""
    from storage import demo_writer

    made, hits = {}, {}
    for name, in_one_go in (("one go", True), ("triggers", False)):
        monkeypatch.setattr(demo_writer, "FRESH_IN_ONE_GO", in_one_go)
        with Store(tmp_path / f"{name}.db") as store:
            write_demo(store, 45, seed=4, now=NOW, batch_size=10)
            made[name] = _contents(store)
            hits[name] = [(h.call_id, h.kind, h.snippet) for h in store.search.search("supp")]
            assert store.check() == []
            for index in ("search_index", "search_index_recent", "search_index_calls"):
                store.db.execute(
                    f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)"
                )
            assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert made["one go"] == made["triggers"]
    assert hits["one go"] == hits["triggers"] and hits["one go"]


def test_a_new_file_filled_in_one_go_keeps_indexing_what_comes_after(store):
    from domain.model import Call, Client

    write_demo(store, 12, seed=3, now=NOW, batch_size=5)
    call = store.calls.create(Call(client=Client("Later Ltd"), title="Zeppelin overrun"))
    assert [h.call_id for h in store.search.search("zeppelin")] == [call.id]


def test_an_interrupted_fill_in_one_go_leaves_the_file_as_it_was(store):
    triggers = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
    before = store.db.execute(triggers).fetchone()[0]

    def stop(done: int) -> None:
        if done >= 10:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_demo(store, 30, seed=3, now=NOW, progress=stop, batch_size=5)
    assert store.calls.count() == 0
    assert store.db.execute(triggers).fetchone()[0] == before
    write_demo(store, 6, seed=3, now=NOW)
    assert store.calls.count() == 6 and store.check() == []


def test_entry_times_are_written_as_to_iso_writes_them():
    from domain.timefmt import to_iso
    from storage.demo_writer import _NOTES_SQL, _REACTIONS_SQL, _TICKS_SQL, _entries

    calls = list(generate_calls(60, seed=8, now=NOW))
    rows = _entries(calls, 1)
    assert [r[3] for r in rows[_NOTES_SQL]] == [to_iso(n.at) for c in calls for n in c.notes]
    assert [r[2] for r in rows[_REACTIONS_SQL]] == [
        to_iso(r.at) for c in calls for r in c.reactions
    ]
    assert [r[3] for r in rows[_TICKS_SQL]] == [to_iso(t.at) for c in calls for t in c.ticks]
