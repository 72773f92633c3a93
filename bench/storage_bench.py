"""Commit latency of live-call entries and search latency, straight through the Store."""

from __future__ import annotations

import time
from pathlib import Path

from bench.common import median, ms, percentile, working_copy
from domain.model import (
    Call,
    Client,
    NextStep,
    Note,
    NoteKind,
    Reaction,
    ReactionKind,
    Tick,
    utc_now,
)
from storage.store import Store

# Fifty queries a user might type: words, names, phrases, prefixes, and odd input.
QUERIES = [
    "delay",
    "budget",
    "invoice",
    "outage",
    "vendor",
    "migration",
    "launch",
    "deadline",
    "apology",
    "credit",
    "refund",
    "timeline",
    "board",
    "CFO",
    "weekend",
    "database",
    "payment",
    "release",
    "contract",
    "escalation",
    "root cause",
    "next week",
    "Friday",
    "revised plan",
    "status update",
    "data loss",
    "overrun",
    "scope",
    "hotfix",
    "rollback",
    "training",
    "penalty",
    "discount",
    "warehouse",
    "checkout",
    "integration",
    "api",
    "certificate",
    "backup",
    "support",
    "deliv",
    "budg",
    "out",
    "resch",
    '"quoted phrase"',
    "C++ (beta)",
    "50% over",
    "état",
    "naïve café",
    "not-found-word",
]


def commit_latency(db: Path, count: int = 1000) -> dict[str, tuple[float, float]]:
    """p50/p99 in ms of adding notes, reactions, ticks and next steps, each fsync'd."""
    path = working_copy(db, "commit")
    store = Store(path)
    try:
        call = store.calls.create(Call(client=Client("Bench Ltd"), title="Latency run"))
        store.calls.start(call.id)
        adds = {
            "note": lambda i: store.entries.add_note(
                Note(
                    call_id=call.id,
                    kind=NoteKind.NOTE,
                    text=f"note {i} about the delay",
                    at=utc_now(),
                    offset_ms=i,
                )
            ),
            "reaction": lambda i: store.entries.add_reaction(
                Reaction(call_id=call.id, kind=ReactionKind.CALM, at=utc_now(), offset_ms=i)
            ),
            "tick": lambda i: store.entries.add_tick(
                Tick(call_id=call.id, item_id="facts.early", ticked=i % 2 == 0, at=utc_now())
            ),
            "next step": lambda i: store.entries.add_next_step(
                NextStep(call_id=call.id, what=f"step {i}")
            ),
        }
        result = {}
        for name, add in adds.items():
            samples = []
            for i in range(count):
                start = time.perf_counter()
                add(i)
                samples.append(ms(time.perf_counter() - start))
            result[name] = (median(samples), percentile(samples, 99))
        return result
    finally:
        store.close()


def search_latency(db: Path, rounds: int = 3) -> tuple[float, float, int]:
    """(p50, p95) in ms over the fixed queries, each run `rounds` times; and hits of one."""
    store = Store(db)
    try:
        samples = []
        for query in QUERIES:  # warm the page cache once, as a running app would be
            store.search.search(query)
        for _ in range(rounds):
            for query in QUERIES:
                start = time.perf_counter()
                store.search.search(query)
                samples.append(ms(time.perf_counter() - start))
        return median(samples), percentile(samples, 95), len(store.search.search("delay"))
    finally:
        store.close()
