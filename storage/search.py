"""Full-text search over calls (FTS5, best matches first by bm25).

Whatever the user types is searched as text: every whitespace-separated chunk
becomes a quoted FTS5 string, so quotes, operators and brackets can never form
query syntax. A chunk ending in `*` matches as a prefix, and so does the last
chunk while it is being typed, so results can follow the user's typing (from
three characters on: a one- or two-letter prefix matches most of the vocabulary
and only slows the search down). to_fts_query is that one rule for the window
and the command line.

Ranking (bm25) costs time per matching row, so a word found in hundreds of
thousands of notes would take most of a second. So call-level rows (subjects,
prep, follow-up) and entries (notes, next steps) are each ranked among their
newest RANK_WINDOW matches: a rare word is still found wherever it is, and a
word found everywhere brings the best of the recent calls.
"""

from __future__ import annotations

from domain.model import NoteKind, SearchHit
from domain.timefmt import from_iso
from storage.connection import Db
from storage.migrations import CALL_ROWS_BASE

DEFAULT_LIMIT = 50
SNIPPET_TOKENS = 12
RANK_WINDOW = 2000
MIN_PREFIX = 3
# Words in nearly every note: they add nothing to a match but make ranking scan
# hundreds of thousands of rows. Left out unless the query has nothing else.
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "for",
        "from",
        "has",
        "have",
        "i",
        "in",
        "is",
        "it",
        "of",
        "on",
        "or",
        "our",
        "so",
        "that",
        "the",
        "their",
        "them",
        "they",
        "this",
        "to",
        "was",
        "we",
        "were",
        "will",
        "with",
        "you",
        "your",
    ]
)


def to_fts_query(text: str, prefix_last: bool = True) -> str | None:
    """The user's text as a safe FTS5 query, or None when there is nothing to match.

    The one prefix rule, for the window's search and `candor search` alike: a word
    matches as a prefix when it ends in `*` ("migr*" finds "migration"), or when it is
    the last word and still being typed (no space after it); either way only from
    MIN_PREFIX letters or digits on, shorter ones match as whole words.
    """
    # Lone surrogates (from a broken paste) cannot be encoded for SQLite: make them U+FFFD.
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    chunks = text.replace("\x00", " ").split()
    if not any(any(ch.isalnum() for ch in chunk) for chunk in chunks):
        return None
    typing_last = prefix_last and not text[-1:].isspace()
    meaningful = [c for c in chunks if c.lower().strip("\"'.,;:!?") not in STOPWORDS]
    if meaningful and any(any(ch.isalnum() for ch in c) for c in meaningful):
        if meaningful[-1] is not chunks[-1]:
            typing_last = False
        chunks = meaningful
    last = len(chunks) - 1
    return " ".join(_phrase(c, typing_last and i == last) for i, c in enumerate(chunks))


def _phrase(chunk: str, typing: bool) -> str:
    """One chunk as a quoted FTS5 string, with `*` after it when it is a prefix."""
    starred = chunk.endswith("*")
    word = chunk.rstrip("*") if starred else chunk
    phrase = '"' + (word or chunk).replace('"', '""') + '"'
    letters = sum(ch.isalnum() for ch in word)
    if (starred or typing) and word[-1:].isalnum() and letters >= MIN_PREFIX:
        phrase += "*"
    return phrase


_SEARCH_SQL = f"""
SELECT hits.call_id, hits.kind, hits.snippet, hits.score,
       calls.title, calls.started_at, clients.name AS client_name, notes.kind AS note_kind
FROM (
    SELECT rowid AS hit_rowid, call_id, kind, rank AS score,
           snippet(search_index, 0, '{SearchHit.HIT_OPEN}', '{SearchHit.HIT_CLOSE}', '…',
                   {SNIPPET_TOKENS}) AS snippet
    FROM search_index
    WHERE search_index MATCH ? AND rowid >= ? AND (rowid < ? OR rowid >= ?)
    ORDER BY rank
    LIMIT ?
) AS hits
JOIN calls ON calls.id = hits.call_id
JOIN clients ON clients.id = calls.client_id
LEFT JOIN notes ON hits.kind = 'note' AND notes.id = hits.hit_rowid / 8
ORDER BY hits.score
"""

_WINDOW_FLOOR_SQL = (
    "SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid >= ? AND rowid < ? "
    "ORDER BY rowid DESC LIMIT 1 OFFSET ?"
)
# Entries (notes, steps) sit below CALL_ROWS_BASE, call-level rows above it.
_RANGES = ((0, CALL_ROWS_BASE), (CALL_ROWS_BASE, 1 << 62))


class SearchRepository:
    def __init__(self, db: Db):
        self.db = db

    def search(self, text: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
        query = to_fts_query(text)
        if query is None or limit <= 0:
            return []
        # One ranking pass (bm25 scans each phrase's matches once per statement): FTS5
        # narrows to rowid >= the entries' floor; the call-level floor is a plain filter.
        entries_floor, calls_floor = (self._floor(query, low, high) for low, high in _RANGES)
        params = [query, entries_floor, CALL_ROWS_BASE, calls_floor, int(limit)]
        return [
            SearchHit(
                call_id=row["call_id"],
                client=row["client_name"],
                title=row["title"],
                kind=row["kind"],
                note_kind=NoteKind(row["note_kind"]) if row["note_kind"] else None,
                snippet=row["snippet"],
                score=row["score"],
                started_at=from_iso(row["started_at"]),
            )
            for row in self.db.query(_SEARCH_SQL, params)
        ]

    def _floor(self, query: str, low: int, high: int) -> int:
        """The lowest rowid among the newest RANK_WINDOW matches in [low, high)."""
        row = self.db.execute(_WINDOW_FLOOR_SQL, [query, low, high, RANK_WINDOW - 1]).fetchone()
        return row[0] if row else low
