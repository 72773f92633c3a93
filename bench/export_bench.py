"""Word export of a call with 500 notes: the internal record (every note) and the letter."""

from __future__ import annotations

import tempfile
import time
from datetime import timedelta
from pathlib import Path

from bench.common import median, ms
from domain.compose import compose_letter
from domain.model import (
    Call,
    CallStatus,
    Client,
    FollowUp,
    NextStep,
    Note,
    NoteKind,
    Profile,
    Reaction,
    ReactionKind,
    utc_now,
)
from domain.playbooks import PlaybookLibrary
from domain.record import compose_internal_record
from exporters.docx import write_internal_record, write_letter

NOTE_COUNT = 500


def big_call() -> Call:
    start = utc_now() - timedelta(hours=1)
    call = Call(
        id=1,
        client=Client("Northwind Traders", "ops@northwind.example"),
        title="Warehouse integration slips three weeks",
        scenario="delivery_delay",
        status=CallStatus.ENDED,
        started_at=start,
        ended_at=start + timedelta(minutes=55),
        follow_up=FollowUp(
            what_happened="The warehouse integration will go live on 12 March, not 19 February.",
            what_we_do="We add a second engineer and send a weekly status every Friday.",
            next_update="Friday 27 February",
        ),
    )
    kinds = list(NoteKind)
    for i in range(NOTE_COUNT):
        at = start + timedelta(seconds=6 * i)
        text = f"Point {i}: the client asked how the new date affects their stock counts."
        call.notes.append(Note(1, kinds[i % len(kinds)], text, at, 6000 * i, i + 1))
        if i % 10 == 0:
            kind = list(ReactionKind)[i % 8]
            call.reactions.append(Reaction(1, kind, at, 6000 * i, i + 1))
    call.next_steps = [NextStep(1, f"Step {i}", "us", None, id=i + 1) for i in range(8)]
    return call


def export_times(runs: int = 7) -> dict[str, float]:
    """Median ms of composing and writing each document (the work the export thread does)."""
    call = big_call()
    playbook = PlaybookLibrary().get(call.scenario)
    profile = Profile(name="Alex Morgan", role="Account manager", company="Brightline Studio")
    record_times, letter_times = [], []
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(runs):
            start = time.perf_counter()
            write_internal_record(compose_internal_record(call, playbook), Path(folder) / "r.docx")
            record_times.append(ms(time.perf_counter() - start))
            start = time.perf_counter()
            write_letter(compose_letter(call, playbook, profile), Path(folder) / "l.docx")
            letter_times.append(ms(time.perf_counter() - start))
    return {"record": median(record_times), "letter": median(letter_times)}


if __name__ == "__main__":
    print(export_times())
