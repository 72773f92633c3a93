"""domain.invitations: who the call is with, and what the client is called."""

from __future__ import annotations

import pytest

from domain.invitations import (
    Invitation,
    company_from_domain,
    email_domain,
    name_from_email,
    suggested_client,
)
from domain.model import Contact


@pytest.mark.parametrize(
    ("domain", "name"),
    [
        ("northwind-logistics.example", "Northwind Logistics"),
        ("mail.northwind-logistics.example", "Northwind Logistics"),
        ("acme.co.uk", "Acme"),
        ("contoso.com", "Contoso"),
        ("blue_sky.de", "Blue Sky"),
        ("localhost", "Localhost"),
        ("gmail.com", ""),
        ("", ""),
    ],
)
def test_company_from_domain(domain, name):
    assert company_from_domain(domain) == name


@pytest.mark.parametrize(
    ("email", "name"),
    [
        ("dana.kim@x.example", "Dana Kim"),
        ("lee_o-brien+calls@x.example", "Lee O Brien"),
        ("ops@x.example", "Ops"),
        ("1234@x.example", ""),
    ],
)
def test_name_from_email(email, name):
    assert name_from_email(email) == name


def test_email_domain():
    assert email_domain(" Dana@Northwind.Example. ") == "northwind.example"
    assert email_domain("no address") == ""


def people(*emails: str) -> list[Contact]:
    return [Contact(e.split("@")[0], e) for e in emails]


def test_the_contact_is_the_first_person_outside_the_users_domain():
    invitation = Invitation(
        organizer=Contact("Me", "me@ours.example"),
        attendees=people("sam@ours.example", "dana@client.example", "lee@client.example"),
    )
    assert invitation.contact_for("me@ours.example").email == "dana@client.example"
    assert invitation.contact_for("ME@Ours.Example").email == "dana@client.example"
    only_us = Invitation(organizer=Contact("Me", "me@ours.example"), attendees=[])
    assert only_us.contact_for("me@ours.example") is None


def test_the_organiser_when_no_attendee_is_outside():
    invitation = Invitation(
        organizer=Contact("Dana", "dana@client.example"), attendees=people("me@ours.example")
    )
    assert invitation.contact_for("me@ours.example").email == "dana@client.example"


def test_a_user_at_a_public_mail_domain_skips_only_their_own_address():
    invitation = Invitation(attendees=people("me@gmail.com", "freelancer@gmail.com"))
    assert invitation.contact_for("me@gmail.com").email == "freelancer@gmail.com"


def test_without_the_users_email_the_first_attendee_who_is_not_the_organiser():
    organizer = Contact("Me", "me@ours.example")
    invitation = Invitation(organizer=organizer, attendees=people("me@ours.example", "d@c.example"))
    assert invitation.contact_for("").email == "d@c.example"
    assert Invitation(organizer=organizer).contact_for("").email == "me@ours.example"
    assert Invitation().contact_for("") is None


def test_suggested_client_is_the_company_else_the_person():
    assert suggested_client(Contact("Dana Kim", "dana@northwind.example")) == "Northwind"
    assert suggested_client(Contact("Dana Kim", "dana.kim@gmail.com")) == "Dana Kim"
    assert suggested_client(None) == ""
