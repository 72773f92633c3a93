"""Child process for the crash test: write entries through the real Store until killed.

Usage: crash_child.py DB_PATH SEED

Prints "ready" once the database is open and a live call exists, then one line
per entry, "<kind> <id>", only after the repository call has returned (that is,
after the commit). For typed text it prints "prep <n>" once the prep field holds
"draft <n>". The parent kills this process with SIGKILL at a random moment and
checks that everything printed is in the database.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from domain.model import (  # noqa: E402
    Call,
    Client,
    NextStep,
    Note,
    NoteKind,
    Prep,
    Reaction,
    ReactionKind,
    StepStatus,
    Tick,
    utc_now,
)
from storage.store import Store  # noqa: E402

ITEMS = ("facts.early", "facts.own", "empathy.listen", "urgency.cadence", "next.plan")


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(db_path: str, seed: int) -> None:
    rng = random.Random(seed)
    store = Store(Path(db_path))
    call = store.calls.create(Call(client=Client(f"Client {seed % 7}"), title=f"Crash {seed}"))
    started = store.calls.start(call.id)
    say(f"call {call.id}")
    say("ready")
    count = 0
    while True:
        count += 1
        now = utc_now()
        offset = (now - started) // timedelta(milliseconds=1)
        roll = rng.random()
        if roll < 0.4:
            kind = rng.choice(list(NoteKind))
            text = f"note {count} of call {call.id}: the invoice run is late " * rng.randint(1, 4)
            note = store.entries.add_note(Note(call.id, kind, text, now, offset))
            say(f"note {note.id}")
        elif roll < 0.6:
            reaction = store.entries.add_reaction(
                Reaction(call.id, rng.choice(list(ReactionKind)), now, offset)
            )
            say(f"reaction {reaction.id}")
        elif roll < 0.8:
            tick = store.entries.add_tick(
                Tick(call.id, rng.choice(ITEMS), rng.random() < 0.8, now, offset)
            )
            say(f"tick {tick.id}")
        elif roll < 0.92:
            step = store.entries.add_next_step(
                NextStep(call.id, f"step {count}", due_on=date.today() + timedelta(days=3))
            )
            say(f"step {step.id}")
            if rng.random() < 0.3:
                store.entries.set_step_status(step.id, StepStatus.DONE)
                say(f"done {step.id}")
        else:
            store.calls.update_prep(call.id, Prep(facts_known=f"draft {count}"))
            say(f"prep {count}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
