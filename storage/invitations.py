"""A prepared call from a calendar invitation: the one path the window (File > New call
from invitation…, a dropped .ics file) and `candor prepare --from-ics` share.

The invitation is read first (importers.ics.read_invitation), so a refused file never
reaches here; everything below is written in one transaction: the client, the contact and
the call all, or none.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from domain.invitations import (
    Invitation,
    InvitationError,
    is_public_mail,
    suggested_client,
)
from domain.model import Call, Client, Contact
from domain.scenarios import SCENARIOS, unknown_scenario

if TYPE_CHECKING:
    from storage.store import Store

DEFAULT_SCENARIO = "generic"


def prepare_from_invitation(
    store: Store,
    invitation: Invitation,
    client: str | None = None,
    scenario: str | None = None,
    scenarios: Collection[str] = SCENARIOS,
) -> Call:
    """Create and return the prepared call: the invitation's title and planned time, the
    contact (the first person outside the user's email domain, per the profile's email)
    saved on the client.

    The client is `client` when given; else the known client the contact's address or
    email domain belongs to; else a new one named after that domain ("Northwind
    Logistics"). InvitationError when no client can be named (no `client`, and nobody
    outside the user's domain); ValueError for a scenario that is not one of `scenarios`
    (the scenarios a call can have: PlaybookLibrary.scenario_names(), which include the
    user's own; the shipped ones when not given).
    """
    scenario = scenario or DEFAULT_SCENARIO
    if scenario not in scenarios:
        raise ValueError(unknown_scenario(scenario, scenarios))
    contact = invitation.contact_for(store.settings.profile().email)
    with store.db.atomic():
        chosen = _client(store, contact, (client or "").strip())
        if contact is not None:
            known = store.calls.contacts.find_by_email(chosen.id, contact.email)
            contact = known or Contact(contact.name, contact.email)
        call = Call(
            client=chosen,
            title=invitation.title or f"Call with {chosen.name}",
            scenario=scenario,
            planned_at=invitation.planned_at,
            contact=contact,
        )
        return store.calls.create(call)


def suggest_client(store: Store, invitation: Invitation) -> str:
    """The client name prepare_from_invitation would use without one given ('' when it
    cannot name one): for a form to show before the call is created."""
    contact = invitation.contact_for(store.settings.profile().email)
    if contact is None:
        return ""
    known = _known(store, contact)
    return known.name if known else suggested_client(contact)


def _client(store: Store, contact: Contact | None, given: str) -> Client:
    if given:
        return store.calls.get_or_create_client(given)
    if contact is not None:
        known = _known(store, contact)
        if known is not None:
            return known
        name = suggested_client(contact)
        if name:
            return store.calls.get_or_create_client(name)
    raise InvitationError(
        "the invitation names no one outside your own company, so the client is unknown; "
        "give the client's name"
    )


def _known(store: Store, contact: Contact) -> Client | None:
    return store.calls.client_by_email(contact.email, by_domain=not is_public_mail(contact.email))
