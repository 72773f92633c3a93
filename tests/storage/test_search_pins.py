"""Search gives the same results, in the same order, as before the scale work (issue 12).

The pins in search_pins.json were recorded with the search of commit 76a61d5 (bm25 over
the newest 2,000 matches, one statement) on a demo database of 300 calls (seed 7, a fixed
`now`): about 15,000 notes, so the frequent words ("asked", "team", "the") have more
matches than the ranking window and the window's edge is exercised too.
Regenerate them only on purpose: `python -m tests.storage.test_search_pins --record`.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storage.demo_writer import write_demo
from storage.store import Store

PINS = Path(__file__).with_name("search_pins.json")
NOW = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)
CALLS = 300
SEED = 7
QUERIES = [
    # storage_bench's queries: words, names, phrases, prefixes, and odd input
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
    # words with more matches than the ranking window, pairs of them, prefixes of them
    "asked",
    "team",
    "date",
    "the",
    "asked ",
    "team ",
    "asked team",
    "team asked",
    "supplier worried",
    "new date",
    "cost change",
    "the team",
    "ask",
    "tea",
    "supp",
    "wor",
    "supplier wor",
    "asked* team*",
    "whether",
    "service",
]


def build(path: Path) -> Store:
    store = Store(path)
    write_demo(store, CALLS, SEED, now=NOW)
    return store


def results(store: Store) -> dict[str, list[list]]:
    return {
        query: [[h.call_id, h.kind, h.snippet] for h in store.search.search(query)]
        for query in QUERIES
    }


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    store = build(tmp_path_factory.mktemp("pins") / "demo.db")
    yield store
    store.close()


@pytest.mark.parametrize("query", QUERIES)
def test_results_are_the_pinned_ones(demo_store, query):
    pinned = json.loads(PINS.read_text(encoding="utf-8"))[query]
    got = [[h.call_id, h.kind, h.snippet] for h in demo_store.search.search(query)]
    assert got == pinned


if __name__ == "__main__" and "--record" in sys.argv:
    import tempfile

    with tempfile.TemporaryDirectory() as where:
        store = build(Path(where) / "demo.db")
        PINS.write_text(
            json.dumps(results(store), ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
        )
        store.close()
