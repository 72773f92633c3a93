"""`prepare --from-ics FILE`: a prepared call from a calendar invitation.

The file is read before the database is opened: a refused file (not a calendar, no event,
too large, not text) leaves no trace, not even a new database file. The call is created by
storage.invitations.prepare_from_invitation, as the window's File > New call from
invitation… does.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cli.calls import summary_json
from cli.common import print_json, scenario_names, visible
from domain.scenarios import scenario_label
from domain.timefmt import when_text


def cmd_prepare(args: argparse.Namespace, db_path: Path) -> int:
    from importers.ics import read_invitation
    from storage.invitations import prepare_from_invitation
    from storage.store import Store

    invitation = read_invitation(Path(args.from_ics).expanduser())
    names = scenario_names(db_path)  # the shipped scenarios and the user's own
    with Store(db_path) as store:
        call = prepare_from_invitation(store, invitation, args.client, args.scenario, names)
        summary = store.calls.summary(call.id)
    if args.json:
        print_json(summary_json(summary, names))
        return 0
    print(f"Prepared call {call.id}: {call.client.name} — {call.title}")
    if call.contact is not None:
        email = f" <{call.contact.email}>" if call.contact.email else ""
        print(f"  contact: {call.contact.name}{email}")
    if call.planned_at is not None:
        when = when_text(call.planned_at)
        shown = when[:10] if invitation.all_day else when
        recurring = " (next of a recurring event)" if invitation.recurring else ""
        print(f"  planned: {shown}{recurring}")
    print(f"  scenario: {call.scenario} ({visible(scenario_label(call.scenario, names))})")
    return 0
