"""The local side of a team: which team this file publishes to, and what is waiting.

All of it is SQL on the local SQLite file (migration 10 made the tables and columns);
nothing here talks to the server.
"""

from __future__ import annotations

from domain.model import utc_now
from domain.team import TeamLink
from domain.timefmt import from_iso, to_iso
from storage.connection import Db
from storage.team.local_schema import CHILD_TABLES, SHARED_TABLES
from storage.team.secrets import forget, from_keyring, store_in_keyring

_PUBLIC_CLIENT = "EXISTS (SELECT 1 FROM calls c WHERE c.client_id = clients.id AND c.private = 0)"


def load_link(db: Db) -> tuple[TeamLink, str | None] | None:
    """The team link and its password (keyring first), or None when not joined."""
    row = db.execute(
        "SELECT url, member, password, joined_at, last_publish_at FROM team_link WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    url, member, stored, joined, last = row
    in_keyring = stored is None
    password = from_keyring(url) if in_keyring else stored
    return TeamLink(url, member, from_iso(joined), from_iso(last), in_keyring), password


def save_link(db: Db, url: str, member: str, password: str | None) -> bool:
    """Remember the team (one transaction); True when the password went to the keyring.

    Joining sends everything again (the server may be new, or restored from an old
    backup: upserts make that safe); joining another team, or the same one as another
    member, also forgets the deletions meant for the old one.
    """
    old = load_link(db)
    in_keyring = password is not None and store_in_keyring(url, password)
    same = old is not None and (old[0].url, old[0].member) == (url, member)
    with db.atomic():
        for table in SHARED_TABLES:
            db.execute(f"UPDATE {table} SET team_dirty = team_dirty + 1 WHERE team_dirty = 0")
        if not same:
            db.execute("DELETE FROM team_deletions")
        db.execute(
            "INSERT INTO team_link (id, url, member, password, joined_at, last_publish_at) "
            "VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET url = excluded.url, "
            "member = excluded.member, password = excluded.password, "
            "joined_at = excluded.joined_at, last_publish_at = excluded.last_publish_at",
            [
                url,
                member,
                None if in_keyring else password,
                to_iso(utc_now()),
                to_iso(old[0].last_publish_at) if same and old else None,
            ],
        )
    if old is not None and old[0].url != url:
        forget(old[0].url)
    return in_keyring


def leave(db: Db) -> bool:
    """Stop publishing (the server keeps what was published); False when not joined."""
    old = load_link(db)
    if old is None:
        return False
    db.execute("DELETE FROM team_link WHERE id = 1")
    forget(old[0].url)
    return True


def record_publish(db: Db) -> None:
    db.execute("UPDATE team_link SET last_publish_at = ? WHERE id = 1", [to_iso(utc_now())])


def pending_count(db: Db) -> int:
    """Rows waiting to be published (or deleted on the server); private calls' rows and
    clients with only private calls never wait."""
    parts = [
        "(SELECT count(*) FROM team_deletions)",
        f"(SELECT count(*) FROM clients WHERE team_dirty > 0 AND {_PUBLIC_CLIENT})",
        "(SELECT count(*) FROM calls WHERE team_dirty > 0 AND private = 0)",
    ]
    parts += [
        f"(SELECT count(*) FROM {t} x JOIN calls c ON c.id = x.call_id "
        "WHERE x.team_dirty > 0 AND c.private = 0)"
        for t in CHILD_TABLES
    ]
    return db.execute("SELECT " + " + ".join(parts)).fetchone()[0]


def set_private(db: Db, call_id: int, private: bool) -> None:
    """A private call is never published; one already published is deleted from the
    server at the next publish (and sent again if it becomes public)."""
    cursor = db.execute("UPDATE calls SET private = ? WHERE id = ?", [int(private), call_id])
    if cursor.rowcount == 0:
        raise KeyError(call_id)


def is_private(db: Db, call_id: int) -> bool:
    row = db.execute("SELECT private FROM calls WHERE id = ?", [call_id]).fetchone()
    if row is None:
        raise KeyError(call_id)
    return bool(row[0])
