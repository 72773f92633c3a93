"""Killing the process at any moment loses no committed entry and never damages the file.

Each round starts a fresh child (crash_child.py) on the same, growing database,
waits until it is writing, kills it with SIGKILL 50-300 ms later, then checks
PRAGMA integrity_check, the full-text index, and that every entry the child
reported as committed is there.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from domain.model import StepStatus
from storage.store import Store

ROUNDS = 50
CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]
TABLES = {"note": "notes", "reaction": "reactions", "tick": "ticks", "step": "next_steps"}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]


def run_and_kill(db_path: Path, seed: int, delay: float) -> list[str]:
    """Start a child, kill it `delay` seconds after it is ready; return its complete lines."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(db_path), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    try:
        lines = []
        while True:
            line = child.stdout.readline()
            if not line:
                err = child.stderr.read().decode(errors="replace")
                pytest.fail(f"child {seed} died before it was ready:\n{err}")
            lines.append(line)
            if line == b"ready\n":
                break
        time.sleep(delay)
        os.kill(child.pid, signal.SIGKILL)
        out, _ = child.communicate(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    text = b"".join(lines) + out
    # A line cut off by the kill was never fully reported: only complete lines count.
    complete = text.split(b"\n")[:-1]
    return [line.decode() for line in complete]


def verify(store: Store, acknowledged: dict[str, set[int]], drafts: dict[int, int]) -> None:
    assert store.check() == []
    store.db.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')")
    for kind, table in TABLES.items():
        wanted = acknowledged[kind]
        if not wanted:
            continue
        present = {r[0] for r in store.db.execute(f"SELECT id FROM {table}")}
        missing = wanted - present
        assert not missing, f"acknowledged {kind} ids lost: {sorted(missing)[:10]}"
    for step_id in acknowledged["done"]:
        assert store.entries.next_step(step_id).status is StepStatus.DONE
    for call_id, count in drafts.items():
        kept = store.calls.get(call_id, with_entries=False).prep.facts_known
        assert kept.startswith("draft ") and int(kept.split()[1]) >= count


def test_sigkill_at_random_moments_loses_no_acknowledged_entry(db_path):
    rng = random.Random()
    seed_base = rng.randrange(1_000_000)
    acknowledged: dict[str, set[int]] = defaultdict(set)
    drafts: dict[int, int] = {}
    calls: set[int] = set()
    total = 0
    for round_no in range(ROUNDS):
        seed = seed_base + round_no
        delay = rng.uniform(0.05, 0.3)
        call_id = None
        for line in run_and_kill(db_path, seed, delay):
            kind, _, value = line.partition(" ")
            if kind == "call":
                call_id = int(value)
                calls.add(call_id)
            elif kind == "prep":
                drafts[call_id] = int(value)
            elif kind in TABLES or kind == "done":
                acknowledged[kind].add(int(value))
                total += kind != "done"
        with Store(db_path) as store:
            try:
                verify(store, acknowledged, drafts)
            except AssertionError as exc:
                raise AssertionError(
                    f"round {round_no} (seed {seed}, killed {delay * 1000:.0f} ms in): {exc}"
                ) from exc
            live = {s.id for s in store.calls.live_calls()}
        assert calls <= live, "every killed call is still live, to be offered for resume"
    assert total > ROUNDS * 5, f"only {total} entries written: the child barely ran"
