"""Any text a user can type or paste is stored: a lone surrogate (which UTF-8 cannot
hold) is replaced by U+FFFD rather than failing with a bare UnicodeEncodeError, and the
caller can tell that a replacement happened (a TextReplaced warning, the objects now
holding what was stored, and update_prep's return value)."""

from __future__ import annotations

import warnings

import pytest

from domain.model import Call, Client, FollowUp, Note, NoteKind, Prep, utc_now
from storage.store import Store
from storage.text import TextReplaced, storable

LONE = "a\ud800b"
STORED = "a\ufffdb"


@pytest.fixture
def call_id(store: Store) -> int:
    return store.calls.create(Call(client=Client("Acme"), title="Typed text")).id


def test_storable_replaces_only_what_utf8_cannot_hold():
    assert storable("plain, émoji 😀, עברית") == ("plain, émoji 😀, עברית", False)
    assert storable(LONE) == (STORED, True)
    assert storable("\udcff") == ("\ufffd", True)  # a bad byte from the command line
    assert storable("\ud83d\ude00") == ("😀", True)  # a pair split by a UTF-16 paste: joined


def test_a_note_with_a_lone_surrogate_is_stored_replaced(store, call_id):
    note = Note(call_id, NoteKind.NOTE, LONE, utc_now())
    with pytest.warns(TextReplaced, match="replaced"):
        added = store.entries.add_note(note)
    assert added.id is not None
    assert added.text == STORED  # what the caller shows is what was stored
    assert [n.text for n in store.calls.get(call_id).notes] == [STORED]
    assert store.search.search("a")  # the index holds it too


def test_a_clean_note_warns_nothing(store, call_id):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        store.entries.add_note(Note(call_id, NoteKind.NOTE, "plain 😀", utc_now()))


def test_a_call_created_with_lone_surrogates_is_stored_replaced(store):
    call = Call(
        client=Client(f"Client {LONE}", email=f"x{LONE}@example.com"),
        title=f"Title {LONE}",
        prep=Prep(facts_known=LONE),
        follow_up=FollowUp(what_happened=LONE),
    )
    with pytest.warns(TextReplaced):
        created = store.calls.create(call)
    stored = store.calls.get(created.id)
    assert stored.title == created.title == f"Title {STORED}"
    assert stored.client.name == created.client.name == f"Client {STORED}"
    assert stored.client.email == f"x{STORED}@example.com"
    assert stored.prep.facts_known == STORED
    assert stored.follow_up.what_happened == STORED


def test_update_prep_says_whether_it_replaced_anything(store, call_id):
    with pytest.warns(TextReplaced):
        assert store.calls.update_prep(call_id, Prep(plan=LONE, impact="fine")) is True
    assert store.calls.get(call_id).prep.plan == STORED
    assert store.calls.get(call_id).prep.impact == "fine"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert store.calls.update_prep(call_id, Prep(plan="clean")) is False


def test_update_follow_up_stores_replaced_text_too(store, call_id):
    with pytest.warns(TextReplaced):
        assert store.calls.update_follow_up(call_id, FollowUp(amends=LONE), None) is True
    assert store.calls.get(call_id).follow_up.amends == STORED


def test_other_typed_text_is_stored_replaced(store, call_id):
    """The safety net: every statement storage runs replaces what it cannot bind."""
    from domain.model import NextStep

    with pytest.warns(TextReplaced):
        step = store.entries.add_next_step(NextStep(call_id, f"do {LONE}"))
    assert store.entries.next_step(step.id).what == f"do {STORED}"
    with pytest.warns(TextReplaced):
        store.calls.update_header(call_id, "Acme", f"New {LONE}", "generic")
    assert store.calls.get(call_id).title == f"New {STORED}"


def test_looking_up_a_client_with_an_invalid_byte_finds_nothing_and_raises_nothing(store):
    """`list --client` with a byte that is not UTF-8 arrives as a lone surrogate."""
    store.calls.create(Call(client=Client("Acme"), title="One"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a lookup stores nothing: nothing to warn about
        assert store.calls.summaries(client="Ac\udcffme") == []
        assert store.calls.client("Ac\udcffme") is None
    assert store.search.search("Ac\udcffme") == []  # searched as two words
