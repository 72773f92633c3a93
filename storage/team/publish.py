"""Publishing: push this file's changed rows to the team's server, resumably.

Rows are read from one SQLite read transaction (a snapshot: a note read here has its
call in the same snapshot, so parents always go first) and sent table by table, parents
first, in batches of about BATCH_ROWS rows (the few rows of one ended call are one
batch, so one commit). Each batch is one server transaction: COPY into a temporary
table, then INSERT ... ON CONFLICT (uuid) DO UPDATE into the shared table. Only after the
server committed does the local file mark the batch's rows clean, and only rows whose
change count is still the one sent. So a crash anywhere (SIGKILL included) leaves at
worst a batch that is sent again, and an upsert of the same UUID changes nothing:
every row is on the server exactly once. Deletions go first, so a call made private
and public again is deleted and then sent whole.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from domain.team import PublishResult
from storage.connection import Db
from storage.migrations import FOLLOW_UP_COLUMNS, PREP_COLUMNS
from storage.team.connect import closing, connect, server_errors
from storage.team.errors import NotJoined
from storage.team.link import _PUBLIC_CLIENT, load_link, record_publish
from storage.team.server_schema import CHILD_TABLES, TABLES, check_member

TYPE_CHECKING = False
if TYPE_CHECKING:
    import psycopg

BATCH_ROWS = 20_000
_CHILD = "JOIN calls c ON c.id = x.call_id WHERE x.team_dirty > 0 AND c.private = 0"
# Per table: (server column, its type, the local expression), then the FROM clause.
_TEXTS = [(c, "text", f"x.{c}") for c in PREP_COLUMNS + FOLLOW_UP_COLUMNS]
TIME = "timestamptz"
SHAPES: dict[str, tuple[list[tuple[str, str, str]], str]] = {
    "clients": (
        [
            ("name", "text", "x.name"),
            ("email", "text", "x.email"),
            ("language", "text", "x.language"),
            ("created_at", TIME, "x.created_at"),
        ],
        f"FROM clients x WHERE x.team_dirty > 0 AND {_PUBLIC_CLIENT.replace('clients.', 'x.')}",
    ),
    "calls": (
        [
            ("local_id", "bigint", "x.id"),
            ("client_uuid", "uuid", "k.uuid"),
            ("title", "text", "x.title"),
            ("scenario", "text", "x.scenario"),
            ("status", "text", "x.status"),
            ("created_at", TIME, "x.created_at"),
            ("started_at", TIME, "x.started_at"),
            ("ended_at", TIME, "x.ended_at"),
            ("planned_at", TIME, "x.planned_at"),
            ("follow_up_on", "date", "x.follow_up_on"),
            ("follow_up_done_at", TIME, "x.follow_up_done_at"),
            ("letter_sent_at", TIME, "x.letter_sent_at"),
            ("language", "text", "x.language"),
            ("subject", "text", "x.subject"),
            *_TEXTS,
        ],
        "FROM calls x JOIN clients k ON k.id = x.client_id "
        "WHERE x.team_dirty > 0 AND x.private = 0",
    ),
    "notes": (
        [
            ("call_uuid", "uuid", "c.uuid"),
            ("kind", "text", "x.kind"),
            ("text", "text", "x.text"),
            ("at", TIME, "x.at"),
            ("offset_ms", "bigint", "x.offset_ms"),
        ],
        f"FROM notes x {_CHILD}",
    ),
    "reactions": (
        [
            ("call_uuid", "uuid", "c.uuid"),
            ("kind", "text", "x.kind"),
            ("at", TIME, "x.at"),
            ("offset_ms", "bigint", "x.offset_ms"),
        ],
        f"FROM reactions x {_CHILD}",
    ),
    "ticks": (
        [
            ("call_uuid", "uuid", "c.uuid"),
            ("item_id", "text", "x.item_id"),
            ("ticked", "boolean", "CASE WHEN x.ticked THEN 't' ELSE 'f' END"),
            ("at", TIME, "x.at"),
            ("offset_ms", "bigint", "x.offset_ms"),
        ],
        f"FROM ticks x {_CHILD}",
    ),
    "next_steps": (
        [
            ("call_uuid", "uuid", "c.uuid"),
            ("what", "text", "x.what"),
            ("owner", "text", "x.owner"),
            ("due_on", "date", "x.due_on"),
            ("status", "text", "x.status"),
            ("created_at", TIME, "x.created_at"),
            ("done_at", TIME, "x.done_at"),
        ],
        f"FROM next_steps x {_CHILD}",
    ),
}
assert tuple(SHAPES) == TABLES  # parents first


def _clean(value: object) -> object:
    """PostgreSQL text holds no NUL character; SQLite's may."""
    if isinstance(value, str) and "\x00" in value:
        return value.replace("\x00", "")
    return value


def _batches(reader: sqlite3.Connection, table: str, size: int) -> Iterator[list[tuple]]:
    """(id, team_dirty, uuid, *values) of the changed rows, in id order, a batch at a time."""
    columns, source = SHAPES[table]
    select = ", ".join(expr for _name, _type, expr in columns)
    sql = f"SELECT x.id, x.team_dirty, x.uuid, {select} {source} AND x.id > ? ORDER BY x.id LIMIT ?"
    last = 0
    while True:
        rows = reader.execute(sql, [last, size]).fetchall()
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def _send(
    conn: psycopg.Connection, table: str, rows: list[tuple], member: str, staged: set[str]
) -> None:
    """Into the open server transaction: the rows into a temporary table by COPY, then
    upserted (the member named once, not worked out for every row). `staged` names the
    temporary tables this connection has made; each empties itself at commit, and a
    table's rows never come twice in one transaction (a full batch commits at once)."""
    columns, _source = SHAPES[table]
    names = ["uuid", *(name for name, _kind, _expr in columns)]
    listed = ", ".join(names)
    with conn.cursor() as cursor:
        if table not in staged:
            defs = ", ".join(f"{name} {kind}" for name, kind, _expr in columns)
            cursor.execute(
                f"CREATE TEMP TABLE team_in_{table} (uuid uuid, {defs}) ON COMMIT DELETE ROWS"
            )
            staged.add(table)
        with cursor.copy(f"COPY team_in_{table} ({listed}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([_clean(v) for v in row[2:]])
        updates = ", ".join(f"{n} = EXCLUDED.{n}" for n in names[1:])
        cursor.execute(
            f"INSERT INTO candor.{table} (member, {listed}) "
            f"SELECT %s, {listed} FROM team_in_{table} "
            f"ON CONFLICT (uuid) DO UPDATE SET {updates}, published_at = now()",
            [member],
        )


def _deletions(db: Db, conn: psycopg.Connection, size: int) -> Iterator[int]:
    """Delete on the server what was deleted here (or made private), a batch at a time;
    yields how many each batch named."""
    while True:
        rows = db.execute(
            "SELECT id, tbl, uuid FROM team_deletions ORDER BY id LIMIT ?", [size]
        ).fetchall()
        if not rows:
            return
        for table in TABLES[::-1]:
            uuids = [uuid for _id, tbl, uuid in rows if tbl == table]
            if not uuids:
                continue
            if table == "calls":  # and their entries (a call made private keeps them here)
                for child in CHILD_TABLES:
                    conn.execute(
                        f"DELETE FROM candor.{child} WHERE call_uuid = ANY(%s::uuid[])", [uuids]
                    )
            conn.execute(f"DELETE FROM candor.{table} WHERE uuid = ANY(%s::uuid[])", [uuids])
        conn.commit()
        db.execute("DELETE FROM team_deletions WHERE id <= ?", [rows[-1][0]])
        yield len(rows)


def publish(
    db: Db,
    path: Path,
    *,
    batch_rows: int = BATCH_ROWS,
    after_batch: Callable[[PublishResult], None] | None = None,
    until: float | None = None,
) -> PublishResult:
    """Send what changed since the last publish; raises a TeamError (nothing is lost:
    whatever was not committed on the server stays pending). With `until` (a
    time.monotonic() deadline, the window's quit) it stops after the batch that passes
    it; the rest waits for the next publish."""
    found = load_link(db)
    if found is None:
        raise NotJoined("this database is not in a team; run 'candor team join MEMBER_URL'.")
    link, password = found
    result = PublishResult()
    conn = connect(link.url, password)
    reader = sqlite3.connect(str(path), isolation_level=None, timeout=5)
    with closing(conn), server_errors(link.url, "the publish"):
        try:
            member = check_member(conn, link.url)
            conn.commit()
            for count in _deletions(db, conn, batch_rows):
                result.deleted += count
                result.batches += 1
                if after_batch:
                    after_batch(result)
            reader.execute("BEGIN")  # one snapshot for every table: parents come first
            sent: list[tuple[str, list[tuple]]] = []
            staged: set[str] = set()

            def commit() -> None:
                """The server's commit, then the local marks: a crash between the two
                only sends the batch again."""
                conn.commit()
                with db.atomic():
                    for table, rows in sent:
                        db.executemany(
                            f"UPDATE {table} SET team_dirty = 0 WHERE id = ? AND team_dirty = ?",
                            [(row[0], row[1]) for row in rows],
                        )
                        result.upserted += len(rows)
                result.batches += 1
                sent.clear()
                if after_batch:
                    after_batch(result)

            for table in TABLES:
                for rows in _batches(reader, table, batch_rows):
                    _send(conn, table, rows, member, staged)
                    sent.append((table, rows))
                    if sum(len(r) for _t, r in sent) >= batch_rows:
                        commit()
                        if until is not None and time.monotonic() > until:
                            return result
            if sent:
                commit()
        finally:
            reader.close()
        record_publish(db)
    return result
