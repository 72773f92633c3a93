"""Bulk writing of the sample calls from domain.demo.

Normal entry goes one autocommitted INSERT at a time (each must be on disk
before the UI shows it); sample data instead goes in batches, one transaction
per batch, so 10,000 calls take seconds rather than hours of fsyncs. The FTS
triggers still fire per row, so search is in step when each batch commits. An
interrupted run keeps the batches already committed.

Each statement inserts many rows (multi-row VALUES), not one: SQLite opens a
statement savepoint for every statement that fires a trigger, and FTS5 writes its
pending terms out as a new segment at each savepoint, so one row a statement (as
executemany does) meant a segment per note and endless merging: three quarters
of the time `demo` took.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from domain.demo import generate_calls
from domain.model import Call, Contact
from domain.timefmt import date_to_iso, to_iso
from storage import rows

if TYPE_CHECKING:
    from storage.connection import Db
    from storage.store import Store

BATCH_CALLS = 500

ROWS_PER_STATEMENT = 2000
_NOTES_SQL = "INSERT INTO notes (call_id, kind, text, at, offset_ms) VALUES "
_REACTIONS_SQL = "INSERT INTO reactions (call_id, kind, at, offset_ms) VALUES "
_TICKS_SQL = "INSERT INTO ticks (call_id, item_id, ticked, at, offset_ms) VALUES "
_STEPS_SQL = (
    "INSERT INTO next_steps (call_id, what, owner, due_on, status, created_at, done_at) VALUES "
)


def write_demo(
    store: Store,
    calls: int,
    seed: int,
    progress: Callable[[int], None] | None = None,
    *,
    now: datetime | None = None,
    batch_size: int = BATCH_CALLS,
) -> int:
    """Add `calls` sample calls to the store; return how many were written.

    `progress` is called after each committed batch with the running total.
    """
    written = 0
    batch: list[Call] = []
    for call in generate_calls(calls, seed, now):
        batch.append(call)
        if len(batch) >= batch_size:
            written += _write_batch(store, batch)
            batch = []
            if progress:
                progress(written)
    if batch:
        written += _write_batch(store, batch)
        if progress:
            progress(written)
    return written


def _call_values(call: Call) -> dict[str, object]:
    return {
        "id": call.id,
        "client_id": call.client.id,
        "title": call.title,
        "scenario": call.scenario,
        "status": call.status.value,
        "created_at": to_iso(call.created_at),
        "started_at": to_iso(call.started_at),
        "ended_at": to_iso(call.ended_at),
        "follow_up_on": date_to_iso(call.follow_up_on),
        "follow_up_done_at": to_iso(call.follow_up_done_at),
        "contact_id": call.contact.id if call.contact else None,
        "subject": call.subject,
        "language": call.language,
        "letter_sent_at": to_iso(call.letter_sent_at),
        "letter_tracked": int(call.letter_tracked),
        **rows.prep_values(call.prep),
        **rows.follow_up_values(call.follow_up),
    }


def _write_batch(store: Store, batch: Sequence[Call]) -> int:
    """One transaction: the calls with explicit ids, then their entries.

    Through Db's execute and executemany, so a full disk or a lock leaves as a
    StorageError that says which, like every other write."""
    db = store.db
    with db.atomic():
        next_id = db.execute("SELECT coalesce(max(id), 0) + 1 FROM calls").fetchone()[0]
        clients: dict[str, int | None] = {}
        contacts: dict[str, dict[str, Contact]] = {}
        call_rows, notes, reactions, ticks, steps = [], [], [], [], []
        for offset, call in enumerate(batch):
            call.id = next_id + offset
            name = call.client.name
            if name not in clients:
                client = store.calls.get_or_create_client(name, call.client.email)
                if call.client.language != client.language:
                    store.calls.set_client_language(client.id, call.client.language)
                clients[name] = client.id
            call.client.id = clients[name]
            if call.contact is not None:
                known = contacts.setdefault(name, {})
                key = call.contact.name.casefold()
                if key not in known:
                    known[key] = store.calls.contacts.save(call.client.id, call.contact)
                call.contact = known[key]
            call_rows.append(_call_values(call))
            notes += [
                (call.id, n.kind.value, n.text, to_iso(n.at), n.offset_ms) for n in call.notes
            ]
            reactions += [
                (call.id, r.kind.value, to_iso(r.at), r.offset_ms) for r in call.reactions
            ]
            ticks += [
                (call.id, t.item_id, int(t.ticked), to_iso(t.at), t.offset_ms) for t in call.ticks
            ]
            steps += [
                (
                    call.id,
                    s.what,
                    s.owner,
                    date_to_iso(s.due_on),
                    s.status.value,
                    to_iso(s.created_at),
                    to_iso(s.done_at),
                )
                for s in call.next_steps
            ]
        columns = list(call_rows[0])
        _insert(
            db,
            f"INSERT INTO calls ({', '.join(columns)}) VALUES ",
            [[values[c] for c in columns] for values in call_rows],
        )
        _insert(db, _NOTES_SQL, notes)
        _insert(db, _REACTIONS_SQL, reactions)
        _insert(db, _TICKS_SQL, ticks)
        _insert(db, _STEPS_SQL, steps)
    return len(batch)


def _insert(db: Db, head: str, rows: Sequence[Sequence[object]]) -> None:
    """`head` ("INSERT INTO t (a, b) VALUES ") for every row, many rows a statement, in
    the order given (the ids SQLite assigns follow it, as with one row a statement)."""
    if not rows:
        return
    width = len(rows[0])
    per = max(1, min(ROWS_PER_STATEMENT, _max_variables(db) // width))
    one = "(" + ", ".join("?" * width) + ")"
    full, rest = divmod(len(rows), per)
    if full:
        db.executemany(
            head + ", ".join([one] * per),
            [[v for row in rows[i * per : (i + 1) * per] for v in row] for i in range(full)],
        )
    if rest:
        db.executemany(head + ", ".join([one] * rest), [[v for row in rows[-rest:] for v in row]])


def _max_variables(db: Db) -> int:
    """How many ? one statement may hold (999 before SQLite 3.32, 32766 since)."""
    try:
        return db.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    except (AttributeError, sqlite3.Error):  # a stand-in connection (tests) may lack it
        return 999
