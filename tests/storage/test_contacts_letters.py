"""Contacts, the letter's subject and language, and whether the letter went out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from domain.model import Call, CallStatus, Client, Contact
from storage import migrations
from storage.database import open_database
from storage.store import Store

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "c.db") as s:
        yield s


def ended_call(store: Store, title: str, ended: datetime, **kw) -> Call:
    call = store.calls.create(
        Call(client=Client("Northwind", "ops@northwind.example"), title=title, **kw)
    )
    store.calls.start(call.id, ended - timedelta(minutes=20))
    store.calls.end(call.id, ended)
    return store.calls.get(call.id)


def test_a_call_keeps_its_contact_and_the_letter_goes_to_their_address(store):
    call = store.calls.create(
        Call(
            client=Client("Northwind", "ops@northwind.example"),
            title="Late pallets",
            contact=Contact("Dana Kim", "dana@northwind.example", "Dana"),
            subject="Your delivery: new date and plan",
            language="de",
        )
    )
    again = store.calls.get(call.id)
    assert again.contact.name == "Dana Kim" and again.contact.greeting_name == "Dana"
    assert again.recipient_email == "dana@northwind.example"
    assert again.subject == "Your delivery: new date and plan"
    assert again.letter_language == "de"
    assert [c.name for c in store.calls.contacts.for_client_name("northwind")] == ["Dana Kim"]


def test_without_a_contact_the_letter_goes_to_the_client_in_its_language(store):
    call = store.calls.create(Call(client=Client("Northwind", "ops@northwind.example"), title="x"))
    store.calls.set_client_language(call.client.id, "fr")
    again = store.calls.get(call.id)
    assert again.contact is None
    assert again.recipient_email == "ops@northwind.example"
    assert again.letter_language == "fr"


def test_contacts_match_by_name_in_any_case_and_keep_what_is_not_retyped(store):
    call = store.calls.create(Call(client=Client("Northwind"), title="x"))
    first = store.calls.set_contact(call.id, call.client.id, Contact("Dana  Kim", "d@n.example"))
    second = store.calls.set_contact(call.id, call.client.id, Contact("dana kim", "", "Ms Kim"))
    assert first.id == second.id
    assert second.email == "d@n.example" and second.greeting == "Ms Kim"
    assert store.calls.get(call.id).contact.greeting_name == "Ms Kim"
    store.calls.set_contact(call.id, call.client.id, None)
    assert store.calls.get(call.id).contact is None
    assert len(store.calls.contacts.for_client(call.client.id)) == 1  # the person stays known


def test_an_empty_contact_name_is_refused(store):
    call = store.calls.create(Call(client=Client("Northwind"), title="x"))
    with pytest.raises(ValueError):
        store.calls.set_contact(call.id, call.client.id, Contact("   "))


def test_letters_owed_are_the_ended_unsent_ones_oldest_first(store):
    older = ended_call(store, "older", T0)
    newer = ended_call(store, "newer", T0 + timedelta(days=1))
    sent = ended_call(store, "sent", T0 - timedelta(days=3))
    store.calls.create(Call(client=Client("Northwind"), title="not held yet"))
    store.calls.mark_letter_sent(sent.id, T0)
    owed, total = store.calls.letters_owed(limit=1)
    assert total == 2 and [s.title for s in owed] == ["older"]
    owed, _ = store.calls.letters_owed()
    assert [s.id for s in owed] == [older.id, newer.id]
    assert all(s.letter_owed for s in owed)
    store.calls.mark_letter_sent(older.id, None)  # undo of nothing sent is harmless
    store.calls.mark_letter_sent(newer.id, T0 + timedelta(days=2))
    assert store.calls.get(newer.id).letter_sent_at == T0 + timedelta(days=2)
    assert [s.id for s in store.calls.letters_owed()[0]] == [older.id]


def test_marking_a_missing_call_sent_says_so(store):
    with pytest.raises(KeyError):
        store.calls.mark_letter_sent(404, T0)


def test_summaries_carry_contact_email_language_and_sent_time(store):
    call = ended_call(store, "with contact", T0, contact=Contact("Dana Kim", ""), language="nl")
    (summary,) = store.calls.summaries()
    assert summary.id == call.id and summary.contact == "Dana Kim"
    assert summary.client_email == "ops@northwind.example"  # the contact has no address
    assert summary.language == "nl" and summary.letter_sent_at is None
    assert summary.status is CallStatus.ENDED and summary.letter_owed


LETTERS_VERSION = 6


def test_calls_ended_before_the_upgrade_are_not_counted_as_owed(tmp_path: Path):
    path = tmp_path / "old.db"
    db = open_database(path, upto=LETTERS_VERSION - 1)
    db.execute("INSERT INTO clients (id, name, created_at) VALUES (1, 'Acme', '2026-01-01')")
    for call, status in ((1, "ended"), (2, "prepared"), (3, "live")):
        db.execute(
            "INSERT INTO calls (id, client_id, title, status, created_at, ended_at) "
            "VALUES (?, 1, 'old', ?, '2026-01-01', '2026-01-01T10:00:00+00:00')",
            [call, status],
        )
    db.close()
    with Store(path) as store:
        assert migrations.user_version(store.db) == migrations.SCHEMA_VERSION
        assert store.calls.letters_owed() == ([], 0)
        assert store.calls.get(1).letter_tracked is False
        assert store.calls.get(2).letter_tracked is True  # its letter is still to come
        assert store.calls.get(1).letter_language == "en"
        assert store.check() == []
