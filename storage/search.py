"""Full-text search over calls (FTS5, best matches first by bm25).

Whatever the user types is searched as text: every whitespace-separated chunk
becomes a quoted FTS5 string, so quotes, operators, asterisks and brackets can
never form query syntax. The last chunk also matches as a prefix, so results
can follow the user's typing (from three characters on: a one- or two-letter
prefix matches most of the vocabulary and only slows the search down).

Ranking (bm25) costs time per matching row, so a word found in hundreds of
thousands of notes would take most of a second. Call-level rows (subjects,
prep, follow-up) are always ranked in full; notes and next steps are ranked
among the newest RANK_WINDOW matches, which keeps every search well under
50 ms while a rare word is still found wherever it is.
"""

from __future__ import annotations

from domain.model import SearchHit
from domain.timefmt import from_iso
from storage.connection import Db
from storage.migrations import CALL_ROWS_BASE

DEFAULT_LIMIT = 50
SNIPPET_TOKENS = 12
RANK_WINDOW = 2000
MIN_PREFIX = 3


def to_fts_query(text: str, prefix_last: bool = True) -> str | None:
    """The user's text as a safe FTS5 query, or None when there is nothing to match."""
    # Lone surrogates (from a broken paste) cannot be encoded for SQLite: make them U+FFFD.
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    chunks = text.replace("\x00", " ").split()
    if not any(any(ch.isalnum() for ch in chunk) for chunk in chunks):
        return None
    phrases = ['"' + chunk.replace('"', '""') + '"' for chunk in chunks]
    last = chunks[-1]
    word = "".join(ch for ch in last if ch.isalnum())
    if prefix_last and not text[-1:].isspace() and last[-1].isalnum() and len(word) >= MIN_PREFIX:
        phrases[-1] += "*"
    return " ".join(phrases)


_SEARCH_SQL = f"""
SELECT hits.call_id, hits.kind, hits.snippet, hits.score,
       calls.title, calls.started_at, clients.name AS client_name
FROM (
    SELECT call_id, kind, rank AS score,
           snippet(search_index, 0, '{SearchHit.HIT_OPEN}', '{SearchHit.HIT_CLOSE}', '…',
                   {SNIPPET_TOKENS}) AS snippet
    FROM search_index
    WHERE search_index MATCH ? AND rowid >= ? AND rowid < ?
    ORDER BY rank
    LIMIT ?
) AS hits
JOIN calls ON calls.id = hits.call_id
JOIN clients ON clients.id = calls.client_id
ORDER BY hits.score
"""

_WINDOW_FLOOR_SQL = (
    "SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid < ? "
    "ORDER BY rowid DESC LIMIT 1 OFFSET ?"
)


class SearchRepository:
    def __init__(self, db: Db):
        self.db = db

    def search(self, text: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
        query = to_fts_query(text)
        if query is None or limit <= 0:
            return []
        floor = self.db.execute(
            _WINDOW_FLOOR_SQL, [query, CALL_ROWS_BASE, RANK_WINDOW - 1]
        ).fetchone()
        ranges = [(floor[0] if floor else 0, CALL_ROWS_BASE), (CALL_ROWS_BASE, 1 << 62)]
        hits = [hit for low, high in ranges for hit in self._ranked(query, low, high, limit)]
        hits.sort(key=lambda hit: hit.score)
        return hits[:limit]

    def _ranked(self, query: str, low: int, high: int, limit: int) -> list[SearchHit]:
        return [
            SearchHit(
                call_id=row["call_id"],
                client=row["client_name"],
                title=row["title"],
                kind=row["kind"],
                snippet=row["snippet"],
                score=row["score"],
                started_at=from_iso(row["started_at"]),
            )
            for row in self.db.query(_SEARCH_SQL, [query, low, high, int(limit)])
        ]
