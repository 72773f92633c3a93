"""What the live page writes, as functions of a Store: run on the EntryWriter's thread
(ui.writer), or at start-up for a call left live."""

from __future__ import annotations

from datetime import datetime

from domain.model import Call, Note, NoteKind, utc_now
from storage.store import Store


def last_entry_at(call: Call) -> datetime:
    """When anything last happened in the call: its latest note, reaction, tick or next
    step, else its start."""
    times = [e.at for e in (*call.notes, *call.reactions, *call.ticks)]
    times += [s.created_at for s in call.next_steps]
    if call.started_at is not None:
        times.append(call.started_at)
    return max(times, default=None) or utc_now()


def end_at_last_entry(store: Store, call_id: int) -> datetime:
    """End a call left live at the time of its last entry, not days later when the app
    next starts. A draft note still in its line is kept as the last note, not hidden."""
    call = store.calls.get(call_id)
    at = last_entry_at(call)
    draft = store.drafts.get(call_id).strip()
    if draft:  # the note clears the draft in the same transaction
        store.entries.add_note(Note(call_id, NoteKind.NOTE, draft, at, call.offset_ms(at)))
    return store.calls.end(call_id, at)


def store_note(note: Note, store: Store) -> Note:
    """On the writer: the note, and its call's draft cleared in the same transaction
    (the draft was the note line)."""
    return store.entries.add_note(note)


def delete_note(note: Note, draft: str, store: Store) -> None:
    """On the writer: the note goes and its text becomes the draft, in one transaction
    (the text survives a crash right after)."""
    store.entries.delete_note(note.id, draft=draft)
