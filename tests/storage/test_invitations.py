"""storage.invitations.prepare_from_invitation: the client matched or named, the contact
saved on it, the call prepared with its planned time; all in one transaction."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from domain.invitations import Invitation, InvitationError
from domain.model import Call, CallStatus, Client, Contact, Profile
from importers.ics import read_invitation
from storage import migrations
from storage.database import open_database
from storage.invitations import prepare_from_invitation, suggest_client
from storage.store import Store
from tests.importers.invitations import OWN, PLAIN, ics, write

NOW = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)
PLANNED = datetime(2026, 3, 10, 14, 0, tzinfo=UTC)


def counts(store: Store) -> tuple[int, int, int]:
    return tuple(
        store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("clients", "contacts", "calls")
    )


@pytest.fixture
def invitation(tmp_path) -> Invitation:
    return read_invitation(write(tmp_path, ics(PLAIN)), now=NOW)


@pytest.fixture
def own(store):
    store.settings.save_profile(Profile(name="Me", email=OWN))
    return store


def test_a_new_client_is_named_after_the_contacts_domain(own, invitation):
    call = prepare_from_invitation(own, invitation)
    assert call.client.name == "Northwind Logistics"
    back = own.calls.get(call.id)
    assert back.status is CallStatus.PREPARED and back.scenario == "generic"
    assert back.title == "Delivery date for the March order"
    assert back.planned_at == PLANNED and back.started_at is None
    assert (back.contact.name, back.contact.email) == (
        "Dana Kim",
        "dana.kim@northwind-logistics.example",
    )
    assert back.recipient_email == "dana.kim@northwind-logistics.example"
    assert [c.name for c in own.calls.contacts.for_client(back.client.id)] == ["Dana Kim"]
    assert own.calls.summary(call.id).planned_at == PLANNED
    assert counts(own) == (1, 1, 1)


def test_a_known_client_is_matched_by_domain_whatever_its_name(own, invitation):
    known = own.calls.get_or_create_client("NWL Group", "accounts@northwind-logistics.example")
    other = own.calls.get_or_create_client("Northwind Logistics")  # the name, but no address
    call = prepare_from_invitation(own, invitation, scenario="delivery_delay")
    assert call.client.id == known.id != other.id
    assert call.client.name == "NWL Group" and call.scenario == "delivery_delay"
    assert counts(own) == (2, 1, 1)
    assert suggest_client(own, invitation) == "NWL Group"


def test_a_contacts_address_matches_its_client_and_the_contact_is_reused(own, invitation):
    client = own.calls.get_or_create_client("Northwind")
    saved = own.calls.contacts.save(
        client.id, Contact("Dana", "Dana.Kim@northwind-logistics.example", greeting="Dana")
    )
    call = prepare_from_invitation(own, invitation)
    assert call.client.id == client.id
    assert call.contact.id == saved.id and call.contact.greeting == "Dana"
    assert counts(own) == (1, 1, 1)  # no second Dana


def test_the_client_given_wins(own, invitation):
    own.calls.get_or_create_client("NWL Group", "accounts@northwind-logistics.example")
    call = prepare_from_invitation(own, invitation, client="  Northwind EU ")
    assert call.client.name == "Northwind EU"
    assert call.contact.client_id == call.client.id
    assert counts(own) == (2, 1, 1)


def test_a_public_mail_address_matches_only_itself(own, tmp_path):
    own.calls.get_or_create_client("Someone Else", "other@gmail.com")
    freelancer = read_invitation(
        write(
            tmp_path,
            ics(
                "UID:x\r\nDTSTART:20260310T140000Z\r\nSUMMARY:Site review\r\n"
                "ATTENDEE;CN=Robin Vale:mailto:robin.vale@gmail.com"
            ),
            "f.ics",
        ),
        now=NOW,
    )
    call = prepare_from_invitation(own, freelancer)
    assert call.client.name == "Robin Vale"  # the person is the client
    again = prepare_from_invitation(own, freelancer)
    assert again.client.id == call.client.id  # found again by the exact address
    assert own.calls.client_by_email("nobody@gmail.com", by_domain=False) is None


def test_no_one_outside_and_no_client_given_creates_nothing(own):
    ours = Invitation(title="Internal", attendees=[Contact("Sam", "sam@candor-consulting.example")])
    with pytest.raises(InvitationError, match="give the client's name"):
        prepare_from_invitation(own, ours)
    assert counts(own) == (0, 0, 0)
    call = prepare_from_invitation(own, ours, client="Acme")
    assert call.title == "Internal" and call.contact is None


def test_an_unknown_scenario_creates_nothing(own, invitation):
    with pytest.raises(ValueError, match="unknown scenario"):
        prepare_from_invitation(own, invitation, scenario="nope")
    assert counts(own) == (0, 0, 0)


def test_a_scenario_of_the_users_own_is_accepted_from_the_library(own, invitation):
    from domain.playbooks import PlaybookLibrary
    from storage.paths import user_playbook_dir
    from tests.own_playbooks import MINE, write_own_playbook

    with pytest.raises(ValueError, match="unknown scenario"):  # the shipped ones only
        prepare_from_invitation(own, invitation, scenario=MINE)
    folder = user_playbook_dir(own.path)
    write_own_playbook(folder)
    names = PlaybookLibrary(folder).scenario_names()
    call = prepare_from_invitation(own, invitation, scenario=MINE, scenarios=names)
    assert own.calls.get(call.id).scenario == MINE


def test_a_failure_midway_leaves_nothing(own, invitation, monkeypatch):
    def broken(call: Call) -> Call:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(own.calls.contacts, "find_by_email", lambda *a: None)
    monkeypatch.setattr(own.calls, "create", broken)
    with pytest.raises(RuntimeError):
        prepare_from_invitation(own, invitation)
    assert counts(own) == (0, 0, 0)  # the client made before the failure is rolled back


def test_an_untitled_invitation_is_named_after_the_client(own):
    untitled = Invitation(attendees=[Contact("Dana", "dana@northwind.example")])
    assert prepare_from_invitation(own, untitled).title == "Call with Northwind"


def test_calls_made_before_schema_7_have_no_planned_time(tmp_path: Path):
    path = tmp_path / "old.db"
    db = open_database(path, upto=6)
    db.execute("INSERT INTO clients (id, name, created_at) VALUES (1, 'Acme', '2026-01-01')")
    db.execute(
        "INSERT INTO calls (id, client_id, title, status, created_at) "
        "VALUES (1, 1, 'old', 'prepared', '2026-01-01T10:00:00+00:00')"
    )
    db.close()
    with Store(path) as store:
        assert migrations.user_version(store.db) == migrations.SCHEMA_VERSION >= 7
        assert store.calls.get(1).planned_at is None
        assert store.calls.summary(1).planned_at is None
        made = store.calls.create(Call(Client("Acme"), "new", planned_at=PLANNED))
        assert store.calls.get(made.id).planned_at == PLANNED
        assert store.check() == []
