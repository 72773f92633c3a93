"""The grammar of `candor team ...`, built only when the team command is given."""

from __future__ import annotations

import argparse
from collections.abc import Callable


def add_team_commands(
    team: argparse.ArgumentParser,
    db_after: argparse.ArgumentParser,
    formatter: type[argparse.HelpFormatter],
    text: Callable[[str], str],
) -> None:
    actions = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)

    def action(name: str, handler: str, help: str, with_db: bool = True) -> argparse.ArgumentParser:
        parents = [db_after] if with_db else []
        sub = actions.add_parser(name, parents=parents, help=help, formatter_class=formatter)
        sub.set_defaults(handler=f"cli.team:{handler}")
        return sub

    admin_help = "the database's URL as a role that may create roles (the admin's)"
    init = action(
        "init", "cmd_init", "create or upgrade the team schema on the server", with_db=False
    )
    init.add_argument("admin_url", metavar="ADMIN_URL", help=admin_help)

    add = action(
        "add-member",
        "cmd_add_member",
        "create a member's login; prints the member's URL as the last line",
        with_db=False,
    )
    add.add_argument("admin_url", metavar="ADMIN_URL", help=admin_help)
    add.add_argument(
        "--name", type=text, required=True, help="the member's name, as the team sees it"
    )
    add.add_argument(
        "--role", required=True, help="the member's PostgreSQL login role (created if missing)"
    )

    join = action("join", "cmd_join", "publish this database's calls as that member")
    join.add_argument("member_url", metavar="MEMBER_URL", help="the URL `team add-member` printed")
    action("leave", "cmd_leave", "stop publishing (the server keeps what was published)")

    for name, handler, help in (
        ("publish", "cmd_publish", "send what changed since the last publish"),
        ("status", "cmd_status", "pending changes, last publish, whether the server answers"),
        ("board", "cmd_board", "the team's open commitments"),
    ):
        sub = action(name, handler, help)
        sub.add_argument("--json", action="store_true", help="print JSON")

    listing = action("list", "cmd_list", "the team's calls, newest first")
    listing.add_argument("--member", type=text, metavar="NAME", help="only this member's calls")
    listing.add_argument(
        "--client", type=text, metavar="NAME", help="only clients whose name contains NAME"
    )
    listing.add_argument("--json", action="store_true", help="print a JSON array")

    search = action("search", "cmd_search", "search the team's calls on the server")
    search.add_argument(
        "query",
        type=text,
        metavar="QUERY",
        help='words to find; "a phrase", -word to leave out, a word ending in * as a prefix',
    )
    search.add_argument("--json", action="store_true", help="print a JSON array")

    private = action(
        "private", "cmd_private", "keep a call off the team's server (or publish it again)"
    )
    private.add_argument("call_id", type=int, metavar="CALL_ID", help="the call's id (see list)")
    private.add_argument(
        "--undo", action="store_true", help="publish the call again at the next publish"
    )

    shared = action(
        "publish-playbook", "cmd_publish_playbook", "publish one of your playbooks for the team"
    )
    shared.add_argument("playbook_id", metavar="ID", help="the playbook's id (see playbooks list)")
    playbooks = action("playbooks", "cmd_playbooks", "the playbooks the team published")
    playbooks.add_argument("--json", action="store_true", help="print a JSON array")
    fetch = action("import-playbook", "cmd_import_playbook", "import a playbook the team published")
    fetch.add_argument("playbook_id", metavar="ID", help="the playbook's id (see team playbooks)")
    fetch.add_argument(
        "--member", type=text, metavar="NAME", help="whose, when more than one published ID"
    )
    fetch.add_argument(
        "--replace", action="store_true", help="replace your own playbook of that id"
    )
