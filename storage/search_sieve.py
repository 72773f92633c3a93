"""The newest matches of a query with a typed prefix, without FTS5 gathering the prefix.

FTS5 reads a word lazily, newest first, and stops once it has what a LIMIT asks; but a
prefix longer than the index's prefix length ("change*", where the index keeps 3-letter
prefixes) makes it gather every row of every word the prefix begins, in the whole index,
before any rowid range or limit applies: in a history of 100,000 calls, 30 ms for
`cost change`, whatever the page asks for. The search's unranked fall-back wants only the
newest page of matches (storage.search: common words seldom together), so here:

1. the query with each such prefix cut to the index's prefix length ("cha"*, read from
   the prefix index as lazily as a word) finds the newest candidates, a chunk at a time:
   every row that matches the query matches this one too;
2. the candidates go into a small full-text table of this connection only (TEMP, never
   the user's file), made with the same tokenizer, where the query itself keeps exactly
   the rows it matches, with the same snippets FTS5 makes in the full index (a snippet
   depends on the row and the query only).

So the rows, their order (newest first) and their snippets are the full index's; only the
work differs. A query whose prefixes cannot be cut so (not plain ASCII letters and digits)
is left to the full index, and so is one whose candidates keep missing (MAX_CANDIDATES).
"""

from __future__ import annotations

import re

from storage.connection import Db

PREFIX_LENGTH = 3  # the indexes' prefix = '3' (storage.migrations)
SIEVE = "search_sieve"  # a TEMP table: each connection has its own, the file has none
_CREATE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{SIEVE} USING fts5("
    "body, call_id UNINDEXED, kind UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"
)
_LONG_PREFIX = re.compile(r'"([A-Za-z0-9]{' + str(PREFIX_LENGTH + 1) + r',})"\*')
_PHRASE = re.compile(r'"(?:[^"]|"")*"\*?')
MAX_CANDIDATES = 1000  # then the full index answers, as it did before


def coarse_query(query: str) -> str | None:
    """`query` with each prefix longer than PREFIX_LENGTH cut to it, or None when no
    prefix needs cutting or one cannot be (it holds more than ASCII letters and digits)."""
    phrases = _PHRASE.findall(query)
    if " ".join(phrases) != query:
        return None  # not a query fts_query made: leave it alone
    cut, changed = [], False
    for phrase in phrases:
        if phrase.endswith("*") and len(phrase) - 3 > PREFIX_LENGTH:
            found = _LONG_PREFIX.fullmatch(phrase)
            if found is None:
                return None
            phrase = '"' + found.group(1)[:PREFIX_LENGTH] + '"*'
            changed = True
        cut.append(phrase)
    return " ".join(cut) if changed else None


def sift_newest(
    db: Db, table: str, query: str, coarse: str, low: int, high: int, limit: int
) -> bool:
    """Fill the sieve with the rows of `table` in [low, high) that `query` matches, at
    least the newest `limit` of them (all there are, if fewer); False when that took
    more than MAX_CANDIDATES candidates (the sieve is then to be ignored)."""
    db.execute(_CREATE)
    # One statement a chunk, straight from the index: FTS5 writes out what it was given at
    # the end of each statement, so a row a statement cost 50 µs a row.
    fill = (
        f"INSERT INTO temp.{SIEVE}(rowid, body, call_id, kind) "
        f"SELECT rowid, body, call_id, kind FROM {table} WHERE {table} MATCH ? "
        "AND rowid >= ? AND rowid < ? ORDER BY rowid DESC LIMIT ?"
    )
    keep = f"SELECT count(*) FROM (SELECT rowid FROM {SIEVE} WHERE {SIEVE} MATCH ? LIMIT ?)"
    own = not db.conn.in_transaction  # a deferred one: it writes to TEMP only
    if own:
        db.execute("BEGIN")
    try:
        db.execute(f"DELETE FROM temp.{SIEVE}")
        top, seen, size = high, 0, 2 * limit
        while seen < MAX_CANDIDATES:
            before = db.conn.total_changes
            db.execute(fill, [coarse, low, top, size])
            added = db.conn.total_changes - before
            seen += added
            if added < size or db.execute(keep, [query, limit]).fetchone()[0] >= limit:
                return True
            top = db.execute(f"SELECT min(rowid) FROM {SIEVE}").fetchone()[0]
            size *= 2
        return False
    finally:
        if own and db.conn.in_transaction:
            db.execute("COMMIT")
