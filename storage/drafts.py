"""The note being typed in a call's note line, kept so a crash loses at most a second
of typing and a resumed call gets it back. One row per call, none when the line is
empty; adding the note clears it in the same transaction (EntryRepository.add_note)."""

from __future__ import annotations

from domain.model import utc_now
from domain.timefmt import to_iso
from storage.connection import Db
from storage.text import storable, warn_replaced


class NoteDraftRepository:
    def __init__(self, db: Db):
        self.db = db

    def get(self, call_id: int) -> str:
        """The call's draft, or "" when there is none."""
        row = self.db.execute("SELECT text FROM note_drafts WHERE call_id = ?", [call_id])
        found = row.fetchone()
        return found[0] if found else ""

    def save(self, call_id: int, text: str) -> bool:
        """Keep `text` as the call's draft ("" clears it); False if the call is gone.

        Text UTF-8 cannot hold is replaced by U+FFFD, with a TextReplaced warning.
        """
        if not text:
            self.clear(call_id)
            return True
        text, replaced = storable(text)
        if replaced:
            warn_replaced("the note being typed")
        cur = self.db.execute(
            "INSERT INTO note_drafts (call_id, text, saved_at) "
            "SELECT id, ?, ? FROM calls WHERE id = ? "
            "ON CONFLICT(call_id) DO UPDATE SET text = excluded.text, saved_at = excluded.saved_at",
            [text, to_iso(utc_now()), call_id],
        )
        return cur.rowcount > 0

    def clear(self, call_id: int) -> None:
        self.db.execute("DELETE FROM note_drafts WHERE call_id = ?", [call_id])
