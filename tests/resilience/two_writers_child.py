"""Writes N notes to one call through its own Store, as a second Candor window would."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from domain.model import Note, NoteKind, utc_now  # noqa: E402
from storage.store import Store  # noqa: E402

db, call_id, tag, count = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
with Store(db) as store:
    for i in range(count):
        store.entries.add_note(Note(call_id, NoteKind.NOTE, f"{tag} {i}", utc_now()))
        store.calls.update_follow_up(
            call_id, store.calls.get(call_id, with_entries=False).follow_up, None
        )
print("done", flush=True)
