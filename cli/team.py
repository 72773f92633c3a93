"""`candor team ...`: a team's shared history on PostgreSQL (docs/team.md).

psycopg and the server code load only here, so `candor list` never pays for them.
A server that cannot be reached, refuses the login or has a newer schema raises a
TeamError (a StorageError): one line on stderr, exit 1, and nothing local changed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli.common import CliError, open_existing, print_json, visible, warn
from domain.text import clip
from domain.timefmt import local, when_text

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from domain.team import TeamCall, TeamHit, TeamStatus


def cmd_team(args: argparse.Namespace, db_path: Path) -> int:  # argparse requires an action
    raise CliError("team needs an action: init, add-member, join, publish, status, list, ...")


def cmd_init(args: argparse.Namespace, db_path: Path) -> int:
    from storage.team.server_schema import init_team

    before, after = init_team(args.admin_url)
    if before == after:
        print(f"The team schema is up to date (version {after}).")
    else:
        print(f"The team schema is at version {after} (it was {before or 'not there'}).")
    return 0


def cmd_add_member(args: argparse.Namespace, db_path: Path) -> int:
    from storage.team.server_schema import add_member

    url = add_member(args.admin_url, args.name, args.role)
    print(f"Member {visible(' '.join(args.name.split()))} can log in as {args.role}.")
    print("Give them this URL (it holds their password) for 'candor team join':")
    print(url)
    return 0


def cmd_join(args: argparse.Namespace, db_path: Path) -> int:
    from storage.store import Store
    from storage.team.membership import join

    with Store(db_path) as store:
        link, in_keyring = join(store.db, args.member_url)
    if not in_keyring:
        warn(
            "no system keyring is available, so the password is kept in the database "
            f"file ({db_path}), readable by you alone."
        )
    print(f"This database publishes as {visible(link.member)}; run 'candor team publish'.")
    return 0


def cmd_leave(args: argparse.Namespace, db_path: Path) -> int:
    from storage.team.membership import leave_team

    with open_existing(db_path) as store:
        leave_team(store.db)
    print("This database no longer publishes to the team; the server keeps what it has.")
    return 0


def cmd_publish(args: argparse.Namespace, db_path: Path) -> int:
    from storage.team.link import pending_count
    from storage.team.publish import publish

    with open_existing(db_path) as store:
        result = publish(store.db, db_path)
        left = pending_count(store.db)
    if args.json:
        print_json({"upserted": result.upserted, "deleted": result.deleted, "pending": left})
        return 0
    print(f"Published {_count(result.upserted, 'row')}, deleted {_count(result.deleted, 'row')}.")
    return 0


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def status_json(status: TeamStatus) -> dict[str, Any]:
    link = status.link
    return {
        "joined": link is not None,
        "member": link.member if link else None,
        "url": link.url if link else None,
        "last_publish_at": link.last_publish_at if link else None,
        "pending": status.pending,
        "reachable": status.reachable,
        "problem": status.problem or None,
        "password_in_keyring": link.password_in_keyring if link else None,
    }


def cmd_status(args: argparse.Namespace, db_path: Path) -> int:
    from storage.team.membership import status

    with open_existing(db_path) as store:
        found = status(store.db)
    code = 1 if found.reachable is False else 0
    if args.json:
        print_json(status_json(found))
    elif found.link is None:
        print("Not in a team; 'candor team join MEMBER_URL' joins one.")
    else:
        link = found.link
        last = when_text(link.last_publish_at) if link.last_publish_at else "never"
        print(f"Member:       {visible(link.member)}")
        print(f"Server:       {visible(link.url)}")
        print(f"Last publish: {last}")
        print(f"Pending:      {_count(found.pending, 'change')}")
        print(f"Reachable:    {'yes' if found.reachable else 'no'}")
    if found.problem:
        print(f"candor: {' '.join(found.problem.split())}", file=sys.stderr)
    return code


def call_json(call: TeamCall) -> dict[str, Any]:
    return {
        "member": call.member,
        "id": call.call_id,
        "client": call.client,
        "title": call.title,
        "scenario": call.scenario,
        "status": call.status,
        "created_at": call.created_at,
        "started_at": call.started_at,
        "ended_at": call.ended_at,
        "follow_up_on": call.follow_up_on,
        "open_next_steps": call.open_next_steps,
    }


def _when(at: Any) -> str:
    return local(at).strftime("%Y-%m-%d %H:%M") if at else ""


def _table(rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip())


def cmd_list(args: argparse.Namespace, db_path: Path) -> int:
    from storage.team import reader

    with open_existing(db_path) as store:
        calls = reader.calls(store.db, args.member, args.client)
    if args.json:
        print_json([call_json(c) for c in calls])
        return 0
    if not calls:
        print("No team calls.")
        return 0
    table = [("Member", "ID", "When", "Status", "Client", "Title", "Open")]
    for c in calls:
        when = _when(c.started_at or c.created_at)
        client, title = clip(visible(c.client), 28), clip(visible(c.title), 48)
        member = clip(visible(c.member), 20)
        table.append(
            (member, str(c.call_id), when, c.status, client, title, str(c.open_next_steps))
        )
    _table(table)
    return 0


def hit_json(hit: TeamHit) -> dict[str, Any]:
    return {
        "member": hit.member,
        "call_id": hit.call_id,
        "client": hit.client,
        "title": hit.title,
        "kind": hit.kind,
        "snippet": hit.snippet,
        "at": hit.at,
    }


def cmd_search(args: argparse.Namespace, db_path: Path) -> int:
    from storage.team import reader

    with open_existing(db_path) as store:
        hits = reader.search(store.db, args.query)
    if args.json:
        print_json([hit_json(h) for h in hits])
        return 0
    if not hits:
        print("No matches.")
        return 0
    for hit in hits:
        who, client = clip(visible(hit.member), 20), clip(visible(hit.client), 40)
        print(f"{who} #{hit.call_id}  {client} — {clip(visible(hit.title), 60)}  ({hit.kind})")
        print(f"    {' '.join(visible(hit.snippet).split())}")
    return 0


def cmd_board(args: argparse.Namespace, db_path: Path) -> int:
    from storage.team import reader

    with open_existing(db_path) as store:
        steps = reader.board(store.db)
    if args.json:
        print_json(
            [
                {
                    "member": s.member,
                    "call_id": s.call_id,
                    "client": s.client,
                    "what": s.what,
                    "owner": s.owner,
                    "due_on": s.due_on,
                }
                for s in steps
            ]
        )
        return 0
    if not steps:
        print("Nothing open on the team's board.")
        return 0
    table = [("Due", "Member", "Client", "What", "Owner")]
    for s in steps:
        due = s.due_on.isoformat() if s.due_on else "no date"
        row = (due, clip(visible(s.member), 20), clip(visible(s.client), 28))
        table.append((*row, clip(visible(s.what), 60), clip(visible(s.owner), 20)))
    _table(table)
    return 0


def cmd_private(args: argparse.Namespace, db_path: Path) -> int:
    from storage.team.link import set_private

    with open_existing(db_path) as store:
        try:
            set_private(store.db, args.call_id, not args.undo)
        except KeyError:
            raise CliError(f"there is no call {args.call_id}") from None
    if args.undo:
        print(f"Call {args.call_id} is published again at the next publish.")
    else:
        print(
            f"Call {args.call_id} is private: never published (removed from the server at "
            "the next publish if it was there)."
        )
    return 0


def cmd_publish_playbook(args: argparse.Namespace, db_path: Path) -> int:
    from domain.playbooks import PlaybookLibrary
    from storage.paths import user_playbook_dir
    from storage.team.playbooks import publish_playbook

    library = PlaybookLibrary(user_playbook_dir(db_path))
    if not library.exists(args.playbook_id):
        known = ", ".join(e.id for e in library.entries())
        raise CliError(f"there is no playbook {args.playbook_id!r} (there are: {known})")
    playbook = library.get(args.playbook_id)
    with open_existing(db_path) as store:
        member = publish_playbook(store.db, playbook)
    print(f"Playbook {playbook.id} ({visible(playbook.name)}) published for the team as {member}.")
    return 0


def cmd_playbooks(args: argparse.Namespace, db_path: Path) -> int:
    from storage.team.playbooks import team_playbooks

    with open_existing(db_path) as store:
        rows = team_playbooks(store.db)
    if args.json:
        print_json(
            [
                {
                    "id": p.playbook_id,
                    "name": p.name,
                    "member": p.member,
                    "published_at": p.published_at,
                    "bytes": p.size,
                }
                for p in rows
            ]
        )
        return 0
    if not rows:
        print("The team has published no playbooks.")
        return 0
    table = [("ID", "Name", "Member", "Published")]
    for p in rows:
        name, member = clip(visible(p.name), 40), clip(visible(p.member), 20)
        table.append((clip(visible(p.playbook_id), 40), name, member, _when(p.published_at)))
    _table(table)
    return 0


def cmd_import_playbook(args: argparse.Namespace, db_path: Path) -> int:
    from domain.playbooks import PlaybookLibrary
    from storage.paths import user_playbook_dir
    from storage.playbook_files import PlaybookClash
    from storage.team.playbooks import import_team_playbook

    library = PlaybookLibrary(user_playbook_dir(db_path))
    with open_existing(db_path) as store:
        try:
            who, playbook = import_team_playbook(
                library, store.db, args.playbook_id, args.member, args.replace
            )
        except PlaybookClash as exc:
            raise CliError(str(exc)) from None
    print(f"Playbook {playbook.id} ({visible(playbook.name)}) imported from {visible(who)}.")
    return 0
