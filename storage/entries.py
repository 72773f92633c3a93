"""What happens during a call: notes, reactions, checklist ticks and next steps.

Each add is one autocommitted INSERT (WAL, synchronous=FULL), so when it
returns the entry is on disk; the UI shows an entry only after that.
"""

from __future__ import annotations

from datetime import datetime

from domain.model import NextStep, Note, NoteKind, Reaction, StepStatus, Tick, utc_now
from domain.timefmt import date_to_iso, to_iso
from storage import rows
from storage.connection import Db
from storage.drafts import NoteDraftRepository
from storage.text import storable_fields, warn_replaced


class EntryRepository:
    def __init__(self, db: Db):
        self.db = db
        self.drafts = NoteDraftRepository(db)

    def _insert(self, table: str, values: dict) -> int:
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cur = self.db.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values())
        )
        return cur.lastrowid

    # notes -----------------------------------------------------------------
    def add_note(self, note: Note, *, keep_draft: bool = False) -> Note:
        """Store the note and, in the same transaction, clear its call's draft: the note
        line's text became this note, and a kill right after must not leave both.

        `keep_draft=True` for a note that did not come from the note line. Text UTF-8
        cannot hold is replaced in `note` too (TextReplaced).
        """
        if storable_fields(note, ["text"]):
            warn_replaced("the note")
        values = {
            "call_id": note.call_id,
            "kind": note.kind.value,
            "text": note.text,
            "at": to_iso(note.at),
            "offset_ms": note.offset_ms,
        }
        if keep_draft:
            note.id = self._insert("notes", values)
            return note
        with self.db.atomic():
            note.id = self._insert("notes", values)
            self.drafts.clear(note.call_id)
        return note

    def update_note(self, note_id: int, kind: NoteKind, text: str) -> None:
        self.db.execute(
            "UPDATE notes SET kind = ?, text = ? WHERE id = ?", [kind.value, text, note_id]
        )

    def delete_note(self, note_id: int, *, draft: str | None = None) -> None:
        """Delete a note; with `draft`, its call's draft becomes that text in the same
        transaction (undo puts a note's text back in the note line)."""
        if draft is None:
            self.db.execute("DELETE FROM notes WHERE id = ?", [note_id])
            return
        with self.db.atomic():
            row = self.db.execute("SELECT call_id FROM notes WHERE id = ?", [note_id]).fetchone()
            self.db.execute("DELETE FROM notes WHERE id = ?", [note_id])
            if row:
                self.drafts.save(row[0], draft)

    # reactions ---------------------------------------------------------------
    def add_reaction(self, reaction: Reaction) -> Reaction:
        reaction.id = self._insert(
            "reactions",
            {
                "call_id": reaction.call_id,
                "kind": reaction.kind.value,
                "at": to_iso(reaction.at),
                "offset_ms": reaction.offset_ms,
            },
        )
        return reaction

    def delete_reaction(self, reaction_id: int) -> None:
        self.db.execute("DELETE FROM reactions WHERE id = ?", [reaction_id])

    # ticks -------------------------------------------------------------------
    def add_tick(self, tick: Tick) -> Tick:
        tick.id = self._insert(
            "ticks",
            {
                "call_id": tick.call_id,
                "item_id": tick.item_id,
                "ticked": int(tick.ticked),
                "at": to_iso(tick.at),
                "offset_ms": tick.offset_ms,
            },
        )
        return tick

    # next steps --------------------------------------------------------------
    def add_next_step(self, step: NextStep) -> NextStep:
        step.id = self._insert(
            "next_steps",
            {
                "call_id": step.call_id,
                "what": step.what,
                "owner": step.owner,
                "due_on": date_to_iso(step.due_on),
                "status": step.status.value,
                "created_at": to_iso(step.created_at),
                "done_at": to_iso(step.done_at),
            },
        )
        return step

    def update_next_step(self, step: NextStep) -> None:
        self.db.execute(
            "UPDATE next_steps SET what = ?, owner = ?, due_on = ?, status = ?, done_at = ? "
            "WHERE id = ?",
            [
                step.what,
                step.owner,
                date_to_iso(step.due_on),
                step.status.value,
                to_iso(step.done_at),
                step.id,
            ],
        )

    def set_step_status(
        self, step_id: int, status: StepStatus, at: datetime | None = None
    ) -> datetime | None:
        """Done and dropped record when; reopening clears it."""
        done_at = None if status is StepStatus.OPEN else (at or utc_now())
        self.db.execute(
            "UPDATE next_steps SET status = ?, done_at = ? WHERE id = ?",
            [status.value, to_iso(done_at), step_id],
        )
        return done_at

    def delete_next_step(self, step_id: int) -> None:
        self.db.execute("DELETE FROM next_steps WHERE id = ?", [step_id])

    def next_step(self, step_id: int) -> NextStep:
        row = next(self.db.query("SELECT * FROM next_steps WHERE id = ?", [step_id]), None)
        if row is None:
            raise KeyError(f"no next step with id {step_id}")
        return rows.step_from_row(row)

    def call_steps(self, call_id: int) -> list[NextStep]:
        """One call's next steps in the order they were added, as Call.next_steps holds them."""
        sql = "SELECT * FROM next_steps WHERE call_id = ? ORDER BY id"
        return [rows.step_from_row(r) for r in self.db.query(sql, [call_id])]
