"""A calendar invitation as Candor reads it, and the choices made from it: who the call is
with (the first person outside the user's own email domain) and what the client is called
when no known client matches ("northwind-logistics.example" -> "Northwind Logistics").

Plain Python: importers.ics fills an Invitation from a file, storage.invitations turns one
into a prepared call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from domain.model import Contact

# Addresses anyone can have: the domain says nothing about the company, so a client is
# matched by the exact address only, and a user at one of them skips only their own address.
PUBLIC_MAIL_DOMAINS = frozenset(
    {
        "aol.com",
        "gmail.com",
        "gmx.at",
        "gmx.ch",
        "gmx.de",
        "gmx.net",
        "googlemail.com",
        "hotmail.com",
        "icloud.com",
        "live.com",
        "mac.com",
        "mail.com",
        "me.com",
        "msn.com",
        "outlook.com",
        "proton.me",
        "protonmail.com",
        "t-online.de",
        "web.de",
        "yahoo.com",
        "yandex.ru",
    }
)

# Second-level labels under a country code that are not the company ("acme.co.uk").
_SECOND_LEVEL = frozenset({"ac", "co", "com", "edu", "gob", "gov", "ltd", "ne", "net", "or", "org"})


class InvitationError(ValueError):
    """A file or invitation that cannot become a call: str() is one plain-language line for
    the user. Raised by importers.ics (a file refused) and storage.invitations."""


@dataclass
class Invitation:
    """One event of a calendar file, as the prepare form needs it."""

    title: str = ""
    planned_at: datetime | None = None  # timezone-aware; the next occurrence if recurring
    all_day: bool = False  # planned_at is then local midnight of that day
    recurring: bool = False
    description: str = ""
    location: str = ""
    organizer: Contact | None = None
    attendees: list[Contact] = field(default_factory=list)  # people only, in file order

    def contact_for(self, own_email: str = "") -> Contact | None:
        """The person the call is with: the first attendee outside the user's own email
        domain, else the organiser if outside it; None when everyone is on the user's side.

        Without the user's email every address counts as outside: the first attendee who
        is not the organiser, else the organiser, else the first attendee."""
        own = own_email.strip().lower()
        if not own:
            others = [a for a in self.attendees if not _same(a, self.organizer)]
            candidates = [*others, *([self.organizer] if self.organizer else []), *self.attendees]
        else:
            people = [*self.attendees, *([self.organizer] if self.organizer else [])]
            candidates = [p for p in people if not _ours(p.email, own)]
        return Contact(candidates[0].name, candidates[0].email) if candidates else None


def _same(person: Contact, other: Contact | None) -> bool:
    return other is not None and bool(person.email) and person.email.lower() == other.email.lower()


def _ours(email: str, own: str) -> bool:
    """On the user's side: their own address, or their company's domain (a public mail
    domain such as gmail.com is nobody's company)."""
    email = email.strip().lower()
    if not email:
        return False
    if email == own:
        return True
    own_domain = email_domain(own)
    return (
        bool(own_domain)
        and own_domain not in PUBLIC_MAIL_DOMAINS
        and (email_domain(email) == own_domain)
    )


def email_domain(email: str) -> str:
    """'dana@Northwind.example' -> 'northwind.example'; '' when there is no domain."""
    _, at, domain = email.strip().rpartition("@")
    return domain.strip().strip(".").lower() if at else ""


def is_public_mail(email: str) -> bool:
    return email_domain(email) in PUBLIC_MAIL_DOMAINS


def name_from_email(email: str) -> str:
    """A person's name from their address when the invitation gives none:
    'dana.kim+calls@x.example' -> 'Dana Kim'; '' for an address with no letters."""
    local = email.strip().rpartition("@")[0] if "@" in email else email.strip()
    local = local.split("+", 1)[0]
    words = [w for w in re.split(r"[._\-\s]+", local) if w]
    return " ".join(_capitalised(w) for w in words if any(c.isalpha() for c in w))


def company_from_domain(domain: str) -> str:
    """A company-ish name for an email domain: 'mail.northwind-logistics.example' ->
    'Northwind Logistics', 'acme.co.uk' -> 'Acme'; '' for a public mail domain."""
    labels = [label for label in domain.strip().strip(".").lower().split(".") if label]
    if not labels or ".".join(labels) in PUBLIC_MAIL_DOMAINS:
        return ""
    if len(labels) > 1:
        labels = labels[:-1]  # the top-level domain
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    words = [w for w in re.split(r"[-_]+", labels[-1]) if w]
    return " ".join(_capitalised(w) for w in words)


def suggested_client(contact: Contact | None) -> str:
    """What to call the client when none is known: the company of the contact's domain,
    else (a public mail address) the contact themselves."""
    if contact is None:
        return ""
    return company_from_domain(email_domain(contact.email)) or contact.name.strip()


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]
