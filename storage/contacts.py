"""A client's contact persons: the people its letters are written to."""

from __future__ import annotations

from domain.model import Contact, utc_now
from domain.timefmt import to_iso
from storage import rows
from storage.connection import Db
from storage.text import storable_fields, warn_replaced

_COLUMNS = "id, client_id, name, email, greeting"


class ContactRepository:
    def __init__(self, db: Db):
        self.db = db

    def for_client(self, client_id: int) -> list[Contact]:
        """The client's contacts, most recently added first (the one a new call most
        likely speaks to)."""
        return [
            rows.contact_from_row(r)
            for r in self.db.query(
                f"SELECT {_COLUMNS} FROM contacts WHERE client_id = ? ORDER BY id DESC",
                [client_id],
            )
        ]

    def for_client_name(self, client_name: str) -> list[Contact]:
        found = self.db.execute(
            "SELECT id FROM clients WHERE name = ?", [client_name.strip()]
        ).fetchone()
        return self.for_client(found[0]) if found else []

    def find(self, client_id: int, name: str) -> Contact | None:
        row = next(
            self.db.query(
                f"SELECT {_COLUMNS} FROM contacts WHERE client_id = ? AND name = ? COLLATE NOCASE",
                [client_id, " ".join(name.split())],
            ),
            None,
        )
        return rows.contact_from_row(row) if row else None

    def find_by_email(self, client_id: int, email: str) -> Contact | None:
        """The client's contact with that address (any case), the most recent if several."""
        if not email.strip():
            return None
        row = next(
            self.db.query(
                f"SELECT {_COLUMNS} FROM contacts WHERE client_id = ? "
                "AND lower(trim(email)) = ? ORDER BY id DESC LIMIT 1",
                [client_id, email.strip().lower()],
            ),
            None,
        )
        return rows.contact_from_row(row) if row else None

    def save(self, client_id: int, contact: Contact) -> Contact:
        """The client's contact of that name (any case), updated with the email and
        greeting given where they are not empty, or a new one."""
        if storable_fields(contact, ["name", "email", "greeting"]):
            warn_replaced("the contact")
        name = " ".join(contact.name.split())
        if not name:
            raise ValueError("a contact needs a name")
        email, greeting = contact.email.strip(), " ".join(contact.greeting.split())
        with self.db.atomic():
            existing = self.find(client_id, name)
            if existing is None:
                cur = self.db.execute(
                    "INSERT INTO contacts (client_id, name, email, greeting, created_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [client_id, name, email, greeting, to_iso(utc_now())],
                )
                return Contact(name, email, greeting, client_id, cur.lastrowid)
            existing.email = email or existing.email
            existing.greeting = greeting or existing.greeting
            self.db.execute(
                "UPDATE contacts SET email = ?, greeting = ? WHERE id = ?",
                [existing.email, existing.greeting, existing.id],
            )
            return existing
