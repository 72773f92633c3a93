"""The checklist a call was made with, kept with the call.

Ticks name item ids; the items themselves live in the playbook, which the user may
change. So a call keeps the checklist it went live with: each distinct checklist is
stored once (`checklists`, keyed by a digest of its items) and a call points at it
(`calls.checklist_id`, schema 9). Calls that went live before that version point at
nothing; before a playbook is changed (saved, imported, reset), `freeze` gives them the
checklist being replaced, so a removed item still shows in their records.
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


def freeze(db: Db, scenario: str, items: tuple[ChecklistItem, ...]) -> int:
    """Give the calls of `scenario` that went live without a stored checklist these items
    (the playbook's before it changes); returns how many calls got them."""
    with db.atomic():
        pending = db.execute(
            "SELECT count(*) FROM calls WHERE scenario = ? AND checklist_id IS NULL "
            "AND status != 'prepared'",
            [scenario],
        ).fetchone()[0]
        if not pending:
            return 0
        checklist_id = save_checklist(db, items)
        db.execute(
            "UPDATE calls SET checklist_id = ? WHERE scenario = ? AND checklist_id IS NULL "
            "AND status != 'prepared'",
            [checklist_id, scenario],
        )
    return pending
