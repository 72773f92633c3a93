"""Playbooks shared through the team's server (issue 14): a member publishes one of
theirs as its TOML (candor.playbooks, one row per member and playbook id, row-level
security as every shared table); any member lists them and imports one.

What comes from the server is never trusted: its size is read before its text, and
the text goes through the one validator (storage.playbook_files.import_bytes, which
uses domain.playbook_check) exactly as a file would; a refusal changes nothing.
"""

from __future__ import annotations

import uuid

from domain.playbook_check import MAX_FILE_BYTES, too_large
from domain.playbooks import Playbook, PlaybookError, PlaybookLibrary
from domain.team import TeamPlaybook
from storage.team.connect import closing, server_errors
from storage.team.reader import team_connection

TYPE_CHECKING = False
if TYPE_CHECKING:
    from storage.connection import Db


def publish_playbook(db: Db, playbook: Playbook) -> str:
    """Publish `playbook` (one in use here, so already checked) as this member's for the
    team, replacing what they published under its id; returns the member's name."""
    from domain.playbook_toml import to_toml

    text = to_toml(playbook)
    if len(text.encode("utf-8")) > MAX_FILE_BYTES:
        raise too_large(playbook.id, len(text.encode("utf-8")))
    conn, url = team_connection(db)
    with closing(conn), server_errors(url, "the team's playbook"):
        member = conn.execute(
            "INSERT INTO candor.playbooks (uuid, playbook_id, name, toml) "
            "VALUES (%s, %s, %s, %s) ON CONFLICT (member, playbook_id) DO UPDATE SET "
            "name = EXCLUDED.name, toml = EXCLUDED.toml, published_at = now() "
            "RETURNING member",
            [uuid.uuid4(), playbook.id, playbook.name, text],
        ).fetchone()[0]
        conn.commit()
    return member


def team_playbooks(db: Db) -> list[TeamPlaybook]:
    """The playbooks the team published, by id then member (their text is not read)."""
    sql = """SELECT member, playbook_id, name, published_at, octet_length(toml)
        FROM candor.playbooks ORDER BY playbook_id, lower(member)"""
    conn, url = team_connection(db)
    with closing(conn), server_errors(url, "the team's playbooks"):
        rows = conn.execute(sql).fetchall()
    return [TeamPlaybook(m, i, n, at, int(size)) for m, i, n, at, size in rows]


def fetch_playbook(db: Db, playbook_id: str, member: str | None = None) -> tuple[str, bytes]:
    """(who published it, its TOML) for `playbook_id`; `member` by name in any case is
    needed when more than one member published that id. Larger than any playbook may
    be: refused before its text is read."""
    sql = """SELECT member, octet_length(toml) FROM candor.playbooks
        WHERE playbook_id = %(id)s AND (%(member)s::text IS NULL
            OR lower(member) = lower(%(member)s)) ORDER BY member"""
    conn, url = team_connection(db)
    with closing(conn), server_errors(url, "the team's playbook"):
        found = conn.execute(sql, {"id": playbook_id, "member": member}).fetchall()
        if not found:
            whose = f" from {member}" if member else ""
            raise PlaybookError(f"the team has no playbook {playbook_id!r}{whose}")
        if len(found) > 1:
            names = ", ".join(m for m, _ in found)
            raise PlaybookError(
                f"more than one member published {playbook_id!r} ({names}); say whose"
            )
        (who, size), source = found[0], f"{found[0][0]}'s playbook {playbook_id}"
        if size > MAX_FILE_BYTES:
            raise too_large(source, size)
        text = conn.execute(
            "SELECT toml FROM candor.playbooks WHERE member = %s AND playbook_id = %s",
            [who, playbook_id],
        ).fetchone()[0]
    return who, text.encode("utf-8", "surrogatepass")


def import_team_playbook(
    library: PlaybookLibrary,
    db: Db,
    playbook_id: str,
    member: str | None = None,
    replace: bool = False,
) -> tuple[str, Playbook]:
    """Fetch a team playbook and save it as the user's, checked as any file is;
    (who published it, the playbook). PlaybookClash when it would replace one of the
    user's without `replace`; PlaybookError for one that does not validate."""
    from storage.playbook_files import import_bytes

    who, data = fetch_playbook(db, playbook_id, member)
    return who, import_bytes(library, db, data, f"{who}'s playbook {playbook_id}", replace)
