"""The checklist a call was made with, kept with the call.

Ticks name item ids; the items themselves live in the playbook, which the user may
change. So a call keeps the checklist it went live with: each distinct checklist is
stored once (`checklists`, keyed by a digest of its items) and a call points at it
(`calls.checklist_id`, schema 9). Calls that went live without one (before schema 9, or
written by the demo) are covered by the playbooks' history: before a playbook changes
(saved, imported, reset), `retire` notes the checklist being replaced and until when it
was in use (`checklist_history`), and such a call reads the checklist in use when it
started (`checklist_at`). One row per change, whatever the number of calls: the first
edit on a database of 10,000 calls needed 0.3 s to point each old call at its checklist.
"""

from __future__ import annotations

import hashlib
import json

from domain.model import Section, utc_now
from domain.playbooks import ChecklistItem
from domain.timefmt import to_iso
from storage.connection import Db


def save_checklist(db: Db, items: tuple[ChecklistItem, ...]) -> int:
    """The id of the stored checklist with exactly these items (stored now if new)."""
    text = json.dumps(
        [{"id": i.id, "section": i.section.value, "text": i.text, "hint": i.hint} for i in items],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    row = db.execute("SELECT id FROM checklists WHERE digest = ?", [digest]).fetchone()
    if row is not None:
        return row[0]
    cur = db.execute(
        "INSERT INTO checklists (digest, items, created_at) VALUES (?, ?, ?)",
        [digest, text, to_iso(utc_now())],
    )
    return cur.lastrowid


def load_checklist(db: Db, checklist_id: int) -> tuple[ChecklistItem, ...] | None:
    """The stored items; None when the row is gone or unreadable (the playbook's then)."""
    row = db.execute("SELECT items FROM checklists WHERE id = ?", [checklist_id]).fetchone()
    if row is None:
        return None
    try:
        raw = json.loads(row[0])
        return tuple(
            ChecklistItem(
                id=str(i["id"]),
                section=Section(i["section"]),
                text=str(i["text"]),
                hint=str(i.get("hint", "")),
            )
            for i in raw
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def retire(db: Db, scenario: str, items: tuple[ChecklistItem, ...]) -> None:
    """`items`, the checklist of `scenario` until now, is about to be replaced: calls of
    that scenario that started before now and point at no checklist read it from here."""
    now = to_iso(utc_now())
    with db.atomic():
        checklist_id = save_checklist(db, items)
        latest = db.execute(
            "SELECT id, checklist_id FROM checklist_history WHERE scenario = ? "
            "ORDER BY until DESC LIMIT 1",
            [scenario],
        ).fetchone()
        if latest is not None and latest[1] == checklist_id:  # the same items, in use longer
            db.execute("UPDATE checklist_history SET until = ? WHERE id = ?", [now, latest[0]])
        else:
            db.execute(
                "INSERT INTO checklist_history (scenario, checklist_id, until) VALUES (?, ?, ?)",
                [scenario, checklist_id, now],
            )


def checklist_at(db: Db, scenario: str, started_at: str) -> tuple[ChecklistItem, ...] | None:
    """The checklist `scenario` had when a call started at `started_at` (ISO text); None
    when its playbook has not changed since (the playbook's own items are the ones)."""
    row = db.execute(
        "SELECT checklist_id FROM checklist_history WHERE scenario = ? AND until > ? "
        "ORDER BY until LIMIT 1",
        [scenario, started_at],
    ).fetchone()
    return None if row is None else load_checklist(db, row[0])
