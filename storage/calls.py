"""Calls and clients: create, read, update the call's header and free-text fields."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from functools import cached_property

from domain.model import (
    Call,
    CallStatus,
    CallSummary,
    Client,
    Contact,
    FollowUp,
    Prep,
    utc_now,
)
from domain.timefmt import date_to_iso, to_iso
from storage import rows
from storage.connection import Db
from storage.contacts import ContactRepository
from storage.migrations import FOLLOW_UP_COLUMNS, PREP_COLUMNS
from storage.text import storable, storable_fields, warn_replaced

_CALL_SELECT = (
    "SELECT calls.*, clients.name AS client_name, clients.email AS client_email, "
    "clients.language AS client_language, contacts.name AS contact_name, "
    "contacts.email AS contact_email, contacts.greeting AS contact_greeting "
    "FROM calls JOIN clients ON clients.id = calls.client_id "
    "LEFT JOIN contacts ON contacts.id = calls.contact_id"
)
_SUMMARY_SELECT = (
    "SELECT calls.id, calls.title, calls.scenario, calls.status, calls.created_at, "
    "calls.started_at, calls.ended_at, calls.follow_up_on, calls.follow_up_done_at, "
    "calls.letter_sent_at, calls.letter_tracked, calls.planned_at, clients.name AS client_name, "
    "contacts.name AS contact_name, "
    "coalesce(nullif(contacts.email, ''), clients.email) AS recipient_email, "
    "coalesce(calls.language, clients.language) AS letter_language, "
    "(SELECT count(*) FROM next_steps s WHERE s.call_id = calls.id AND s.status = 'open') "
    "AS open_next_steps "
    "FROM calls JOIN clients ON clients.id = calls.client_id "
    "LEFT JOIN contacts ON contacts.id = calls.contact_id"
)


def _summary_select(index: str) -> str:
    """_SUMMARY_SELECT reading the calls through `index` ("INDEXED BY …"), where SQLite's
    own choice of index has been measured wrong."""
    return _SUMMARY_SELECT.replace("FROM calls JOIN", f"FROM calls {index} JOIN", 1)


class CallRepository:
    def __init__(self, db: Db):
        self.db = db

    @cached_property
    def contacts(self) -> ContactRepository:
        return ContactRepository(self.db)

    # clients -------------------------------------------------------------
    def client_names(self) -> list[str]:
        return [
            r[0] for r in self.db.execute("SELECT name FROM clients ORDER BY name COLLATE NOCASE")
        ]

    def client(self, name: str) -> Client | None:
        row = self.db.execute(
            "SELECT id, name, email, language FROM clients WHERE name = ?", [name.strip()]
        ).fetchone()
        return Client(id=row[0], name=row[1], email=row[2], language=row[3]) if row else None

    def get_or_create_client(self, name: str, email: str = "") -> Client:
        """Names match case-insensitively, so 'northwind' finds 'Northwind'."""
        name = name.strip()
        if not name:
            raise ValueError("a client needs a name")
        existing = self.client(name)
        if existing:
            return existing
        cur = self.db.execute(
            "INSERT INTO clients (name, email, created_at) VALUES (?, ?, ?)",
            [name, email, to_iso(utc_now())],
        )
        return Client(id=cur.lastrowid, name=name, email=email)

    def client_by_email(self, email: str, *, by_domain: bool = True) -> Client | None:
        """The known client an address belongs to: one whose email or a contact's is that
        address, else (with `by_domain`) the one with the most addresses at its domain;
        ties go to the client added last."""
        address = email.strip().lower()
        _, at, domain = address.rpartition("@")
        if not at or not address:
            return None
        row = self.db.execute(
            "SELECT clients.id, clients.name, clients.email, clients.language, "
            "max(known.address = :address) AS exact, count(*) AS matches "
            "FROM (SELECT client_id, lower(trim(email)) AS address FROM contacts "
            "UNION ALL SELECT id, lower(trim(email)) FROM clients) AS known "
            "JOIN clients ON clients.id = known.client_id "
            "WHERE known.address = :address OR (:domain != '' AND "
            "substr(known.address, instr(known.address, '@') + 1) = :domain "
            "AND instr(known.address, '@') > 0) "
            "GROUP BY clients.id ORDER BY exact DESC, matches DESC, clients.id DESC LIMIT 1",
            {"address": address, "domain": domain if by_domain else ""},
        ).fetchone()
        return Client(id=row[0], name=row[1], email=row[2], language=row[3]) if row else None

    def set_client_email(self, client_id: int, email: str) -> None:
        self.db.execute("UPDATE clients SET email = ? WHERE id = ?", [email.strip(), client_id])

    # calls -----------------------------------------------------------------
    def create(self, call: Call) -> Call:
        """Store a new call (normally 'prepared') and return it with ids filled in.

        Text UTF-8 cannot hold is replaced in `call` too, with a TextReplaced warning.
        """
        replaced = storable_fields(call, ["title", "subject"])
        replaced |= storable_fields(call.client, ["name", "email"])
        if call.contact is not None:
            replaced |= storable_fields(call.contact, ["name", "email", "greeting"])
        replaced |= storable_fields(call.prep, Prep.field_names())
        replaced |= storable_fields(call.follow_up, FollowUp.field_names())
        if replaced:
            warn_replaced("the call")
        with self.db.atomic():
            client = self.get_or_create_client(call.client.name, call.client.email)
            contact = None
            if call.contact is not None and call.contact.name.strip():
                contact = self.contacts.save(client.id, call.contact)
            values = {
                "client_id": client.id,
                "contact_id": contact.id if contact else None,
                "title": call.title,
                "subject": call.subject,
                "language": call.language,
                "scenario": call.scenario,
                "status": call.status.value,
                "created_at": to_iso(call.created_at),
                "started_at": to_iso(call.started_at),
                "ended_at": to_iso(call.ended_at),
                "planned_at": to_iso(call.planned_at),
                "follow_up_on": date_to_iso(call.follow_up_on),
                **rows.prep_values(call.prep),
                **rows.follow_up_values(call.follow_up),
            }
            columns = ", ".join(values)
            marks = ", ".join("?" for _ in values)
            cur = self.db.execute(
                f"INSERT INTO calls ({columns}) VALUES ({marks})", list(values.values())
            )
        call.id = cur.lastrowid
        call.client = client
        call.contact = contact
        return call

    def get(self, call_id: int, *, with_entries: bool = True) -> Call:
        row = next(self.db.query(f"{_CALL_SELECT} WHERE calls.id = ?", [call_id]), None)
        if row is None:
            raise KeyError(f"no call with id {call_id}")
        call = rows.call_from_row(row)
        if row["checklist_id"] is not None:
            from storage.checklists import load_checklist

            call.checklist = load_checklist(self.db, row["checklist_id"])
        elif row["started_at"] is not None:  # from before schema 9: the playbook's history
            from storage.checklists import checklist_at

            call.checklist = checklist_at(self.db, row["scenario"], row["started_at"])
        if with_entries:
            self._load_entries(call)
        return call

    def _load_entries(self, call: Call) -> None:
        def fetch(table: str, order: str):
            return self.db.query(
                f"SELECT * FROM {table} WHERE call_id = ? ORDER BY {order}", [call.id]
            )

        call.notes = [rows.note_from_row(r) for r in fetch("notes", "at, id")]
        call.reactions = [rows.reaction_from_row(r) for r in fetch("reactions", "at, id")]
        call.ticks = [rows.tick_from_row(r) for r in fetch("ticks", "at, id")]
        call.next_steps = [rows.step_from_row(r) for r in fetch("next_steps", "id")]

    def update_header(self, call_id: int, client_name: str, title: str, scenario: str) -> Client:
        with self.db.atomic():
            client = self.get_or_create_client(client_name)
            self.db.execute(
                "UPDATE calls SET client_id = ?, title = ?, scenario = ? WHERE id = ?",
                [client.id, title, scenario, call_id],
            )
        return client

    def set_contact(self, call_id: int, client_id: int, contact: Contact | None) -> Contact | None:
        """The call's contact person: an existing one of the client's (matched by name,
        case-insensitively, and updated with what is given) or a new one; None clears it."""
        with self.db.atomic():
            saved = self.contacts.save(client_id, contact) if contact else None
            self.db.execute(
                "UPDATE calls SET contact_id = ? WHERE id = ?",
                [saved.id if saved else None, call_id],
            )
        return saved

    def set_subject(self, call_id: int, subject: str) -> None:
        """The letter's subject; empty: composed from the title."""
        subject, replaced = storable(subject)
        if replaced:
            warn_replaced("the subject")
        self.db.execute("UPDATE calls SET subject = ? WHERE id = ?", [subject, call_id])

    def set_language(self, call_id: int, language: str | None) -> None:
        """The letter's language for this call; None: the client's default."""
        self.db.execute("UPDATE calls SET language = ? WHERE id = ?", [language, call_id])

    def set_client_language(self, client_id: int, language: str) -> None:
        self.db.execute("UPDATE clients SET language = ? WHERE id = ?", [language, client_id])

    def mark_letter_sent(self, call_id: int, at: datetime | None = None) -> datetime | None:
        """Record that the letter went out; None undoes it. Returns the time stored."""
        if self.db.execute("SELECT 1 FROM calls WHERE id = ?", [call_id]).fetchone() is None:
            raise KeyError(f"no call with id {call_id}")
        stored = to_iso(at) if at else None
        self.db.execute(
            "UPDATE calls SET letter_sent_at = ?, letter_tracked = 1 WHERE id = ?",
            [stored, call_id],
        )
        return at

    def letters_owed(self, limit: int | None = None) -> tuple[list[CallSummary], int]:
        """Ended calls whose letter has not gone out, oldest first, and how many in all."""
        owed = (
            "calls.status = 'ended' AND calls.letter_tracked = 1 AND calls.letter_sent_at IS NULL"
        )
        # The partial index holds exactly these calls, in this order; without ANALYZE
        # statistics SQLite would read every ended call through the status index instead.
        only = "INDEXED BY idx_calls_letter_owed"
        total = self.db.execute(f"SELECT count(*) FROM calls {only} WHERE {owed}").fetchone()[0]
        select = _summary_select(only)
        sql = f"{select} WHERE {owed} ORDER BY calls.ended_at, calls.id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [rows.summary_from_row(r) for r in self.db.query(sql)], total

    def update_prep(self, call_id: int, prep: Prep) -> bool:
        """Save the prep text; True when some of it could not be stored as typed and was
        replaced by U+FFFD (in `prep` too, and with a TextReplaced warning)."""
        replaced = storable_fields(prep, Prep.field_names())
        if replaced:
            warn_replaced("the prep")
        self._update_text(call_id, PREP_COLUMNS, rows.prep_values(prep))
        return replaced

    def update_follow_up(
        self, call_id: int, follow_up: FollowUp, follow_up_on: date | None
    ) -> bool:
        """Save the follow-up text; True when some of it was replaced, as update_prep."""
        replaced = storable_fields(follow_up, FollowUp.field_names())
        if replaced:
            warn_replaced("the follow-up")
        values = rows.follow_up_values(follow_up)
        values["follow_up_on"] = date_to_iso(follow_up_on)
        self._update_text(call_id, [*FOLLOW_UP_COLUMNS, "follow_up_on"], values)
        return replaced

    def _update_text(self, call_id: int, columns: Sequence[str], values: dict) -> None:
        assignments = ", ".join(f"{c} = ?" for c in columns)
        self.db.execute(
            f"UPDATE calls SET {assignments} WHERE id = ?", [values[c] for c in columns] + [call_id]
        )

    def start(
        self, call_id: int, at: datetime | None = None, checklist: tuple | None = None
    ) -> datetime:
        """The call goes live; it keeps `checklist` (the playbook's items now) for good."""
        at = at or utc_now()
        with self.db.atomic():
            checklist_id = None
            if checklist is not None:
                from storage.checklists import save_checklist

                checklist_id = save_checklist(self.db, checklist)
            self.db.execute(
                "UPDATE calls SET status = 'live', started_at = ?, "
                "checklist_id = coalesce(?, checklist_id) WHERE id = ? AND status = 'prepared'",
                [to_iso(at), checklist_id, call_id],
            )
        return at

    def end(self, call_id: int, at: datetime | None = None) -> datetime:
        at = at or utc_now()
        self.db.execute(
            "UPDATE calls SET status = 'ended', ended_at = ? WHERE id = ? AND status = 'live'",
            [to_iso(at), call_id],
        )
        return at

    def delete(self, call_id: int) -> None:
        self.db.execute("DELETE FROM calls WHERE id = ?", [call_id])

    # lists -------------------------------------------------------------------
    def summaries(
        self,
        client: str | None = None,
        status: CallStatus | None = None,
        limit: int | None = None,
        scenario: str | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> list[CallSummary]:
        """Newest first (by start, or creation for calls not started).

        `since`/`until` are inclusive UTC dates of the call's start (or creation).
        """
        when = "coalesce(calls.started_at, calls.created_at)"
        where, params = [], []
        for condition, value in (
            ("clients.name = ?", client.strip() if client else None),
            ("calls.status = ?", status.value if status else None),
            ("calls.scenario = ?", scenario),
            (f"{when} >= ?", since.isoformat() if since else None),
            (f"{when} < ?", (until + timedelta(days=1)).isoformat() if until else None),
        ):
            if value:
                where.append(condition)
                params.append(value)
        sql = _SUMMARY_SELECT
        if where:
            sql += " WHERE " + " AND ".join(where)
        elif limit:
            # The newest few over the date index. Left to itself, SQLite chose for a small
            # LIMIT (40, the recent calls' first frame) to read every client's calls and
            # sort them all: 250 to 360 ms at 100,000 calls, where LIMIT 200 read the index.
            sql = _summary_select("INDEXED BY idx_calls_when")
        sql += f" ORDER BY {when} DESC, calls.id DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [rows.summary_from_row(r) for r in self.db.query(sql, params)]

    def summary(self, call_id: int) -> CallSummary:
        """One call's row of `list`; KeyError when there is no such call."""
        row = next(self.db.query(f"{_SUMMARY_SELECT} WHERE calls.id = ?", [call_id]), None)
        if row is None:
            raise KeyError(f"no call with id {call_id}")
        return rows.summary_from_row(row)

    def live_calls(self) -> list[CallSummary]:
        """Calls left live (normally by a crash): offered for resume at start-up."""
        return self.summaries(status=CallStatus.LIVE)

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM calls").fetchone()[0]

    def any(self) -> bool:
        """Whether there is a call at all: one row read, where count() reads the whole
        index (45 ms at 100,000 calls on a connection's first read; start-up asks this)."""
        return bool(self.db.execute("SELECT EXISTS (SELECT 1 FROM calls)").fetchone()[0])
