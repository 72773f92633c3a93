"""Merging the full-text indexes' segments off the commit path.

FTS5 writes each committed entry's words as a new small segment and, by default, merges
segments inside the commit that crosses a threshold. In a file whose index was merged
into one large segment ('optimize': the sample data, migration 8) those merges soon take
the large segment in: a step of it every 64 commits (15 to 25 ms) and, once 16 small
segments piled up meanwhile, the whole of it in one commit ("crisis merge", 1.2 s at
10,000 calls). Migration 12 therefore turns merging on commit off (automerge 0) and
leaves only a crisis merge of many small segments as a safety net (crisismerge 64: a few
ms). The window's upkeep thread merges what piled up, when no call is live, in short
steps (`merge_new_segments`, from storage.database.upkeep), each its own transaction, so
a commit waits at most for one step. A step cannot split one word's list of rows: while
the large segment is merged again (seldom: once a level holds `usermerge` 16 segments)
a step over a common word holds the lock for up to 100 ms at 10,000 calls.
"""

from __future__ import annotations

import sqlite3
import time

from storage.migrations import SEARCH_INDEXES

# One step writes about this many pages (a doclist is never split, so a step over a
# very common word writes more): 2 to 5 ms at 10,000 calls.
MERGE_PAGES = 32
# Between steps: a commit waiting for the lock retries within a few ms (SQLite's busy
# handler sleeps 1, 2, 5, 10 ms...), so it gets in before the next step starts.
MERGE_PAUSE_S = 0.02
# How long one upkeep run may merge; what is left waits for the next run.
MERGE_BUDGET_S = 2.0


def structure(conn: sqlite3.Connection, index: str) -> bytes:
    """The index's structure record: which segments it has, on which level."""
    row = conn.execute(f"SELECT block FROM {index}_data WHERE id = 10").fetchone()
    return bytes(row[0]) if row else b""


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """SQLite's variable-length integer at `at`: (value, where the next one starts)."""
    value = 0
    for _ in range(8):
        byte = data[at]
        at += 1
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, at
    return (value << 8) | data[at], at + 1


def levels(conn: sqlite3.Connection, index: str) -> list[list[tuple[int, int]]]:
    """Each level's segments as (segment id, leaf pages), oldest first, read from the
    structure record as fts5_index.c describes it (the legacy layout SQLite writes for
    every table that is not contentless_delete)."""
    data = structure(conn, index)
    at = 4  # the configuration cookie
    count, at = _varint(data, at)
    _segments, at = _varint(data, at)
    _writes, at = _varint(data, at)
    found = []
    for _ in range(count):
        _merging, at = _varint(data, at)
        in_level, at = _varint(data, at)
        level = []
        for _ in range(in_level):
            segment, at = _varint(data, at)
            first, at = _varint(data, at)
            last, at = _varint(data, at)
            level.append((segment, last - first + 1))
        found.append(level)
    return found


def merge_step(conn: sqlite3.Connection, index: str, pages: int = MERGE_PAGES) -> bool:
    """One bounded merge of the level holding at least `usermerge` segments (or the
    merge under way); False when there was nothing to merge. Its own transaction."""
    before = structure(conn, index)
    conn.execute(f"INSERT INTO {index}({index}, rank) VALUES ('merge', ?)", [pages])
    return structure(conn, index) != before


def merge_new_segments(
    conn: sqlite3.Connection,
    budget_s: float = MERGE_BUDGET_S,
    pages: int = MERGE_PAGES,
    pause_s: float = MERGE_PAUSE_S,
) -> int:
    """Merge the search indexes' piled-up segments in short steps, for at most about
    `budget_s` seconds; return the steps that merged something. `conn` is in autocommit
    mode (isolation_level=None), so each step commits on its own."""
    deadline = time.monotonic() + budget_s
    steps = 0
    for index in SEARCH_INDEXES:
        while time.monotonic() < deadline:
            if not merge_step(conn, index, pages):
                break
            steps += 1
            time.sleep(pause_s)
    return steps
