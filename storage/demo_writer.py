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

import contextlib
import os
import queue
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from domain.demo import generate_calls
from domain.model import Call, Contact, NoteKind, ReactionKind
from domain.timefmt import date_to_iso, to_iso
from storage import rows
from storage.errors import StorageError
from storage.migrations import (
    CALLS_INDEX,
    FOLLOW_UP_COLUMNS,
    PREP_COLUMNS,
    RECENT_INDEX,
    SEARCH_KINDS,
    _call_rowid,
    _concat,
    recent_backfill_sql,
    search_merging_sql,
)

if TYPE_CHECKING:
    from storage.connection import Db
    from storage.store import Store

BATCH_CALLS = 500
# A file without calls is filled in one go (_write_fresh); off, it is filled batch by batch
# through the triggers, as calls added to a file in use are (the tests compare the two).
FRESH_IN_ONE_GO = True

ROWS_PER_STATEMENT = 6000
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
    A second thread generates the calls and their entries' rows while this one
    writes the batch before (SQLite lets go of the GIL while it works), in the same
    order as one thread would, so a seed gives the same data.
    """
    first_id = store.db.execute("SELECT coalesce(max(id), 0) + 1 FROM calls").fetchone()[0]
    known = _Known()
    batches = _prepared_batches(calls, seed, now, batch_size, first_id)
    if first_id == 1 and calls and FRESH_IN_ONE_GO:
        written = _write_fresh(store, batches, known, progress)
    else:
        written = 0
        for batch in batches:
            written += _write_batch(store, batch, known)
            if progress:
                progress(written)
    if written:
        store.optimize()  # the planner's statistics for the new rows
    return written


def _write_fresh(
    store: Store,
    batches: Iterator[_Batch],
    known: _Known,
    progress: Callable[[int], None] | None,
) -> int:
    """Sample data into a file without calls: all of it in one transaction, the search
    indexes filled by a statement a batch instead of their triggers, row by row.

    Through the triggers every note went into three full-text indexes and pushed an
    older one out of the recent index (a delete costs FTS5 as much as an insert): at
    100,000 calls four fifths of the time. Here the triggers that index new rows are
    dropped inside the transaction and made again before it commits, so no other
    connection ever sees the file without them, and an interrupted run leaves the file
    as it was. The indexes end up holding what the triggers would have put there
    (tests/storage/test_demo_writer.py compares them). Nothing is synced until the end
    (a file without calls has nothing to lose), and the journal is a rollback journal
    when no one else has the file open, so the new pages are written once, not to the
    WAL first."""
    db = store.db
    with _bulk_settings(store), db.atomic():
        made_again = _drop_index_triggers(db)
        _merge_later(db)
        written, indexed = 0, _Tops(0, 0, 0)
        for batch in batches:
            written += _write_batch(store, batch, known)
            indexed = _index_rows_after(db, indexed)
            if progress:
                progress(written)
        for sql in recent_backfill_sql():
            db.execute(sql)
        _merge_now(db)
        for sql in made_again:
            db.execute(sql)
    return written


# Indexes filled a batch at a time; FTS5 merges their segments as it goes unless told not
# to (automerge 0, crisismerge at its most): each level is rewritten again and again as it
# grows. Merged once at the end instead ('optimize'), which also leaves the small index
# the commits and searches after it want. Then the settings are the file's again
# (migration 12's SEARCH_MERGING).
_BULK_INDEXES = ("search_index", CALLS_INDEX)
_NO_MERGING = {"automerge": 0, "crisismerge": 1999}


def _merge_later(db: Db) -> None:
    for index in _BULK_INDEXES:
        for sql, params in search_merging_sql(index, _NO_MERGING):
            db.execute(sql, params)


def _merge_now(db: Db) -> None:
    """Each index as one segment, and the file's FTS5 settings as they were."""
    for index in (*_BULK_INDEXES, RECENT_INDEX):
        db.execute(f"INSERT INTO {index}({index}) VALUES ('optimize')")
    for index in _BULK_INDEXES:
        for sql, params in search_merging_sql(index):
            db.execute(sql, params)


# The triggers (migrations 2 and 8) that put a new call's, note's or step's text into the
# search indexes; _index_rows_after does their work a batch at a time.
_INDEX_TRIGGERS = (
    "calls_ai",
    "notes_ai",
    "steps_ai",
    "calls_index_ai",
    "recent_calls_ai",
    "recent_notes_ai",
    "recent_next_steps_ai",
)


def _drop_index_triggers(db: Db) -> list[str]:
    """Drop the indexing triggers; return the statements that make them again."""
    marks = ", ".join("?" * len(_INDEX_TRIGGERS))
    found = db.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
        _INDEX_TRIGGERS,
    ).fetchall()
    for name, _ in found:
        db.execute(f"DROP TRIGGER {name}")
    return [sql for _, sql in found]


class _Tops(NamedTuple):
    """The highest call, note and step ids already indexed."""

    calls: int
    notes: int
    steps: int


def _index_sql() -> list[tuple[str, str]]:
    """(table whose new rows it reads, statement) for the full index and the call-level
    one, as the triggers of migrations 2 and 8 write them; `?` is the last id indexed."""
    k = SEARCH_KINDS
    bodies = {
        "title": "title",
        "prep": _concat("calls", PREP_COLUMNS),
        "follow_up": _concat("calls", FOLLOW_UP_COLUMNS),
    }
    cols = "(rowid, body, call_id, kind)"
    statements = [
        (
            "calls",
            f"INSERT INTO {index}{cols} SELECT {_call_rowid('id', kind)}, {body}, id, "
            f"'{kind}' FROM calls WHERE id > ? ORDER BY id",
        )
        for index in ("search_index", CALLS_INDEX)
        for kind, body in bodies.items()
    ]
    return [
        *statements,
        (
            "notes",
            f"INSERT INTO search_index{cols} SELECT id * 8 + {k['note']}, text, call_id, "
            "'note' FROM notes WHERE id > ? ORDER BY id",
        ),
        (
            "next_steps",
            f"INSERT INTO search_index{cols} SELECT id * 8 + {k['step']}, what, call_id, "
            "'step' FROM next_steps WHERE id > ? ORDER BY id",
        ),
    ]


_INDEX_SQL = _index_sql()


def _index_rows_after(db: Db, done: _Tops) -> _Tops:
    """Index every call, note and step above `done` (also one added meanwhile by someone
    else on this connection); return the new tops."""
    tops = _Tops(
        *db.execute(
            "SELECT (SELECT coalesce(max(id), 0) FROM calls), "
            "(SELECT coalesce(max(id), 0) FROM notes), "
            "(SELECT coalesce(max(id), 0) FROM next_steps)"
        ).fetchone()
    )
    after = {"calls": done.calls, "notes": done.notes, "next_steps": done.steps}
    for table, sql in _INDEX_SQL:
        db.execute(sql, [after[table]])
    return tops


@contextlib.contextmanager
def _bulk_settings(store: Store) -> Iterator[None]:
    """No syncs, no foreign-key lookups (the rows are made consistent) and, when no other
    connection has the file, a rollback journal (new pages are not journaled), for the
    time of the build; then the store's own settings again, and everything synced."""
    db = store.db
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA foreign_keys = OFF")
    with contextlib.suppress(StorageError, sqlite3.Error):
        db.execute("PRAGMA journal_mode = DELETE").fetchall()
    try:
        yield
    except BaseException:
        with contextlib.suppress(StorageError, sqlite3.Error):  # the first error counts
            _store_settings(db)
        raise
    _store_settings(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    _fsync(store.path)


def _store_settings(db: Db) -> None:
    """The settings storage.database.connect gives every connection."""
    mode = db.execute("PRAGMA journal_mode = WAL").fetchall()[0][0]
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = FULL")
    if mode.lower() != "wal":
        raise StorageError(f"The database could not go back to its WAL journal (got {mode}).")


def _fsync(path: Path) -> None:
    """Put what the build wrote on disk (it ran without syncs)."""
    for name in (path, path.with_name(path.name + "-wal")):
        with contextlib.suppress(OSError):
            fd = os.open(name, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


class _Known:
    """Clients and contacts already stored by this run, so later batches need not ask
    (each small statement waits for the GIL while the other thread generates calls)."""

    def __init__(self) -> None:
        self.clients: dict[str, int | None] = {}
        self.contacts: dict[str, dict[str, Contact]] = {}


class _Batch(NamedTuple):
    calls: list[Call]
    first_id: int  # the id the rows below give the first call
    entries: dict[str, list[tuple[object, ...]]]  # statement head -> rows


_DONE = object()


def _prepared_batches(
    calls: int, seed: int, now: datetime | None, batch_size: int, first_id: int
) -> Iterator[_Batch]:
    """The batches, made on a worker thread at most two ahead of the writer."""
    ready: queue.Queue[object] = queue.Queue(maxsize=2)
    stop = threading.Event()

    def make() -> None:
        try:
            next_id, batch = first_id, []
            for call in generate_calls(calls, seed, now):
                batch.append(call)
                if len(batch) >= batch_size:
                    next_id = _hand_over(_Batch(batch, next_id, _entries(batch, next_id)))
                    batch = []
                    if stop.is_set():  # the writer gave up
                        return
            if batch:
                _hand_over(_Batch(batch, next_id, _entries(batch, next_id)))
            _hand_over(_DONE)
        except BaseException as exc:  # re-raised on the writer's side
            _hand_over(exc)

    def _hand_over(item: object) -> int:
        while not stop.is_set():
            try:
                ready.put(item, timeout=0.1)
                break
            except queue.Full:
                continue
        return item.first_id + len(item.calls) if isinstance(item, _Batch) else 0

    maker = threading.Thread(target=make, name="demo-calls", daemon=True)
    maker.start()
    try:
        while (item := ready.get()) is not _DONE:
            if isinstance(item, BaseException):
                raise item
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        maker.join()


def _entries(batch: Sequence[Call], first_id: int) -> dict[str, list[tuple[object, ...]]]:
    """The notes, reactions, ticks and next steps of `batch` as rows, the calls numbered
    from `first_id`."""
    notes, reactions, ticks, steps = [], [], [], []
    value = _VALUES
    for call_id, call in enumerate(batch, first_id):
        at = _clock(call)
        notes += [(call_id, value[n.kind], n.text, at(n), n.offset_ms) for n in call.notes]
        reactions += [(call_id, value[r.kind], at(r), r.offset_ms) for r in call.reactions]
        ticks += [(call_id, t.item_id, int(t.ticked), at(t), t.offset_ms) for t in call.ticks]
        steps += [
            (
                call_id,
                s.what,
                s.owner,
                date_to_iso(s.due_on),
                s.status.value,
                to_iso(s.created_at),
                to_iso(s.done_at),
            )
            for s in call.next_steps
        ]
    return {_NOTES_SQL: notes, _REACTIONS_SQL: reactions, _TICKS_SQL: ticks, _STEPS_SQL: steps}


# An enum member's .value goes through a descriptor: a dict is quicker, 60 times a call.
_VALUES: dict[object, str] = {k: k.value for e in (NoteKind, ReactionKind) for k in e}


def _clock(call: Call) -> Callable[[object], str]:
    """A function giving an entry's time as to_iso's text. An entry's time is the call's
    start plus its offset (the generator makes them so, and tests/domain checks it), so a
    call that starts on a whole second in UTC and ends that day has its entries' times
    put together from tables of the day's seconds and milliseconds: some 60 times a call,
    where formatting each datetime cost a tenth of the demo's time."""
    start = call.started_at
    if start is None or start.tzinfo is not UTC or start.microsecond:
        return lambda entry: _iso(entry.at)  # type: ignore[attr-defined]
    base = (start.hour * 3600 + start.minute * 60 + start.second) * 1000
    if base + 2 * 3600 * 1000 >= 86_400_000:  # could run past midnight
        return lambda entry: _iso(entry.at)  # type: ignore[attr-defined]
    if not _SECONDS:
        _SECONDS.extend(f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}." for s in range(86_400))
        _MILLIS.extend(f"{ms:03d}000+00:00" for ms in range(1000))
    day = start.date().isoformat() + "T"
    seconds, millis = _SECONDS, _MILLIS

    def at(entry: object) -> str:
        offset = entry.offset_ms  # type: ignore[attr-defined]
        if offset is None or not 0 <= offset < 3600 * 1000:
            return _iso(entry.at)  # type: ignore[attr-defined]
        second, milli = divmod(base + offset, 1000)
        return day + seconds[second] + millis[milli]

    return at


_SECONDS: list[str] = []  # "HH:MM:SS." for each second of a day, made on first use
_MILLIS: list[str] = []  # "mmm000+00:00" for each millisecond


def _iso(at: datetime) -> str:
    """to_iso's text for a time in UTC (as the generator's are), at half the cost of
    isoformat, which works out the zone's offset every time: some 60 times a call."""
    if at.tzinfo is not UTC:
        return str(to_iso(at))
    day = _DAYS.get(ordinal := at.toordinal())
    if day is None:
        day = _DAYS[ordinal] = at.date().isoformat()
    return f"{day}T{at.hour:02d}:{at.minute:02d}:{at.second:02d}.{at.microsecond:06d}+00:00"


_DAYS: dict[int, str] = {}


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


def _write_batch(store: Store, prepared: _Batch, known: _Known) -> int:
    """One transaction: the calls with explicit ids, then their entries.

    Through Db's execute and executemany, so a full disk or a lock leaves as a
    StorageError that says which, like every other write."""
    db = store.db
    batch = prepared.calls
    with db.atomic():
        next_id = db.execute("SELECT coalesce(max(id), 0) + 1 FROM calls").fetchone()[0]
        entries = prepared.entries
        if next_id != prepared.first_id:  # something else added calls meanwhile
            entries = _entries(batch, next_id)
        clients, contacts = known.clients, known.contacts
        call_rows = []
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
                saved = contacts.setdefault(name, {})
                key = call.contact.name.casefold()
                if key not in saved:
                    saved[key] = store.calls.contacts.save(call.client.id, call.contact)
                call.contact = saved[key]
            call_rows.append(_call_values(call))
        columns = list(call_rows[0])
        _insert(
            db,
            f"INSERT INTO calls ({', '.join(columns)}) VALUES ",
            [[values[c] for c in columns] for values in call_rows],
        )
        for head, rows_ in entries.items():
            _insert(db, head, rows_)
    return len(batch)


def _insert(db: Db, head: str, rows: Sequence[Sequence[object]]) -> None:
    """`head` ("INSERT INTO t (a, b) VALUES ") for every row, many rows a statement, in
    the order given (the ids SQLite assigns follow it, as with one row a statement)."""
    if not rows:
        return
    # Every table written here is shared with a team: each row comes with its UUID, so
    # migration 10's trigger (an UPDATE a row) does not fire for each row.
    head = head.replace(") VALUES ", ", uuid) VALUES ", 1)
    rows = [[*row, uuid] for row, uuid in zip(rows, _uuids(len(rows)), strict=True)]
    width = len(rows[0])
    per = max(1, min(ROWS_PER_STATEMENT, _max_variables(db) // width))
    one = "(" + ", ".join("?" * width) + ")"
    full, rest = divmod(len(rows), per)
    if full:
        # Db._executemany, not executemany: the batch is one transaction already, and
        # executemany's savepoint around each would be two more statements, each
        # waiting for the GIL while the other thread generates.
        db._executemany(
            head + ", ".join([one] * per),
            [[v for row in rows[i * per : (i + 1) * per] for v in row] for i in range(full)],
        )
    if rest:
        db._executemany(head + ", ".join([one] * rest), [[v for row in rows[-rest:] for v in row]])


def _uuids(count: int) -> list[str]:
    """`count` random (version 4) UUIDs as text, from one read of os.urandom."""
    raw = os.urandom(16 * count).hex()
    out = []
    for i in range(0, 32 * count, 32):
        h = raw[i : i + 32]
        variant = "89ab"[int(h[16], 16) & 3]
        out.append(f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant}{h[17:20]}-{h[20:]}")
    return out


def _max_variables(db: Db) -> int:
    """How many ? one statement may hold (999 before SQLite 3.32, 32766 since)."""
    try:
        return db.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    except (AttributeError, sqlite3.Error):  # a stand-in connection (tests) may lack it
        return 999
