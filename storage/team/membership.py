"""Joining and leaving a team, and the team's status, for the command line and window.

Joining checks the member URL against the server first (login, schema, membership);
only then does anything local change, so a refused URL leaves the file as it was.
"""

from __future__ import annotations

from domain.team import TeamLink, TeamStatus
from storage.connection import Db
from storage.team.connect import closing, connect, server_errors, split_password
from storage.team.errors import NotJoined, TeamError
from storage.team.link import leave, load_link, pending_count, save_link
from storage.team.server_schema import check_member


def join(db: Db, member_url: str) -> tuple[TeamLink, bool]:
    """Publish this file as the URL's member from now on; returns the link and whether
    the password went to the system keyring (False: it is in the 0600 database)."""
    url, password = split_password(member_url.strip())
    conn = connect(url, password)
    with closing(conn), server_errors(url, "the login"):
        member = check_member(conn, url)
    in_keyring = save_link(db, url, member, password)
    found = load_link(db)
    assert found is not None
    return found[0], in_keyring


def status(db: Db, *, ask_server: bool = True) -> TeamStatus:
    """Pending changes and the last publish; with `ask_server`, whether the server answers."""
    found = load_link(db)
    pending = pending_count(db)
    if found is None:
        return TeamStatus(None, pending)
    link, password = found
    if not ask_server:
        return TeamStatus(link, pending)
    try:
        conn = connect(link.url, password)
        with closing(conn), server_errors(link.url, "the login"):
            check_member(conn, link.url)
    except TeamError as exc:
        return TeamStatus(link, pending, False, str(exc))
    return TeamStatus(link, pending, True)


def leave_team(db: Db) -> None:
    if not leave(db):
        raise NotJoined("this database is not in a team.")
