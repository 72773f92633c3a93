"""`list` and `search`: the commands that read calls, as a table or as JSON.

These are the commands people run most from a shell, so they import only what a
listing needs: the Store (calls and search), never the tone rules, python-docx or Qt.
Stored text reaches the terminal through cli.common.visible: control characters
print as escapes, never as commands to the terminal or extra lines.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli.common import CliError, open_existing, print_json, scenario_names, visible
from domain.scenarios import scenario_label
from domain.text import clip
from domain.timefmt import local, when_text

TYPE_CHECKING = False  # importing typing costs the command line 2-3 ms; annotations are text
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    from domain.model import CallSummary, SearchHit
    from storage.store import Store

MARK = "**"


def summary_json(summary: CallSummary, names: Mapping[str, str]) -> dict[str, Any]:
    """A call as `list --json` prints it; `names`: the scenarios' names (scenario_names)."""
    return {
        "id": summary.id,
        "client": summary.client,
        "title": summary.title,
        "scenario": summary.scenario,
        "scenario_name": scenario_label(summary.scenario, names),
        "status": summary.status.value,
        "created_at": summary.created_at,
        "started_at": summary.started_at,
        "ended_at": summary.ended_at,
        "open_next_steps": summary.open_next_steps,
        "follow_up_on": summary.follow_up_on,
        "follow_up_done_at": summary.follow_up_done_at,
        "contact": summary.contact or None,
        "client_email": summary.client_email or None,
        "language": summary.language,
        "letter_sent_at": summary.letter_sent_at,
        "planned_at": summary.planned_at,
    }


def cmd_list(args: argparse.Namespace, db_path: Path) -> int:
    with open_existing(db_path) as store:
        summaries = _with_client(store, args.client) if args.client else store.calls.summaries()
    if args.json:
        names = scenario_names(db_path)
        print_json([summary_json(s, names) for s in summaries])
        return 0
    if not summaries:
        print("No calls." if not args.client else f"No calls with {visible(args.client)}.")
        return 0
    table = [("ID", "When", "Status", "Client", "Title", "Scenario", "Open", "Follow-up")]
    for s in summaries:
        when = local(s.started_at or s.created_at).strftime("%Y-%m-%d %H:%M")
        follow = s.follow_up_on.isoformat() if s.follow_up_on else ""
        title, client = clip(visible(s.title), 48), clip(visible(s.client), 28)
        row = (str(s.id), when, s.status.value, client, title, visible(s.scenario))
        table.append((*row, str(s.open_next_steps), follow))
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
    for r in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip())
    return 0


def _with_client(store: Store, part: str) -> list[CallSummary]:
    """Calls of every client whose name contains `part`, in any case ("north" finds
    "Northwind Foods"), newest first like the whole list."""
    needle = part.strip().casefold()
    names = {n for n in store.calls.client_names() if needle in n.casefold()}
    if not names:
        return []
    if len(names) == 1:
        return store.calls.summaries(client=names.pop())
    return [s for s in store.calls.summaries() if s.client in names]


def hit_json(hit: SearchHit) -> dict[str, Any]:
    return {
        "call_id": hit.call_id,
        "client": hit.client,
        "title": hit.title,
        "kind": hit.kind,
        "snippet": hit.marked(MARK, MARK),
        "score": hit.score,
        "started_at": hit.started_at,
    }


def cmd_search(args: argparse.Namespace, db_path: Path) -> int:
    with open_existing(db_path) as store:
        hits = store.search.search(args.query, limit=args.limit)
    if hits.cut:
        print(
            f"candor: note: only the first {hits.most_words} words of the query were searched.",
            file=sys.stderr,
        )
    if args.json:
        print_json([hit_json(h) for h in hits])
        return 0
    if not hits:
        print("No matches.")
        return 0
    for hit in hits:
        day = local(hit.started_at).strftime("%Y-%m-%d") if hit.started_at else "not held"
        client, title = clip(visible(hit.client), 40), clip(visible(hit.title), 60)
        print(f"#{hit.call_id}  {client} — {title}  ({hit.kind}, {day})")
        print(f"    {' '.join(visible(hit.marked(MARK, MARK)).split())}")
    return 0


def cmd_mark_sent(args: argparse.Namespace, db_path: Path) -> int:
    """Stores letter_sent_at now (or clears it with --undo); a call not yet ended has no
    letter to send."""
    from domain.model import CallStatus, utc_now

    with open_existing(db_path) as store:
        try:
            call = store.calls.get(args.call_id, with_entries=False)
        except KeyError:
            raise CliError(f"there is no call {args.call_id}") from None
        if call.status is not CallStatus.ENDED and not args.undo:
            raise CliError(f"call {args.call_id} has not ended; its letter comes after the call")
        when = None if args.undo else utc_now()
        store.calls.mark_letter_sent(args.call_id, when)
    if when is None:
        print(f"Call {args.call_id}: letter marked not sent.")
    else:
        print(f"Call {args.call_id}: letter marked sent {when_text(when)}.")
    return 0
