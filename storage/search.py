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
word found everywhere brings the best of the recent calls. Ranking also reads every
match of each word once (for its weight), and FTS5 gathers every row of a prefix
before any rowid range applies: so the ranking runs in a small index of the newest
rows (migration 8) whenever that holds the window or a page of matches (issue 12).

Pasted text is bounded: a query keeps its first MAX_TERMS words, each word once, and
says when it was cut (SearchResults.cut); a very long body gets its snippet here, not
from FTS5's snippet(), and no snippet is longer than SNIPPET_CHARS.
"""

from __future__ import annotations

import re

from domain.model import NoteKind, SearchHit
from domain.timefmt import from_iso
from storage.connection import Db
from storage.migrations import (
    CALL_ROWS_BASE,
    CALLS_INDEX,
    RECENT_CALLS,
    RECENT_INDEX,
    RECENT_NOTES,
    RECENT_STEPS,
)
from storage.search_sieve import SIEVE, coarse_query, sift_newest

DEFAULT_LIMIT = 50
SNIPPET_TOKENS = 12
RANK_WINDOW = 2000
MIN_PREFIX = 3
# Words a query may hold (more are left out, and the result says so: SearchResults.cut).
MAX_TERMS = 12
# A snippet longer than this (a note of one long "word": a pasted key or log line) is
# cut around its first match.
SNIPPET_CHARS = 400
# Above this many characters a body's snippet is made here, not by FTS5's snippet(), whose
# work grows with the square of the matches in the body (a pasted page of one word).
SNIPPET_BODY_CHARS = 20_000
_WORD = re.compile(r"[^\W_]+")
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
    return fts_query(text, prefix_last)[0]


def fts_query(text: str, prefix_last: bool = True) -> tuple[str | None, bool]:
    """to_fts_query's query, and whether the text was cut to its first MAX_TERMS words."""
    # Lone surrogates (from a broken paste) cannot be encoded for SQLite: make them U+FFFD.
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    chunks = text.replace("\x00", " ").split()
    if not any(any(ch.isalnum() for ch in chunk) for chunk in chunks):
        return None, False
    typing_last = prefix_last and not text[-1:].isspace()
    meaningful = [c for c in chunks if c.lower().strip("\"'.,;:!?") not in STOPWORDS]
    if meaningful and any(any(ch.isalnum() for ch in c) for c in meaningful):
        if meaningful[-1] is not chunks[-1]:
            typing_last = False
        chunks = meaningful
    # A word repeated adds nothing to what matches, but costs a phrase more to rank (a
    # pasted "zebra zebra zebra…" would rank the same matches a dozen times): each word
    # once, at its last place, so the word being typed stays last.
    seen: set[str] = set()
    unique = [c for c in reversed(chunks) if not (c.casefold() in seen or seen.add(c.casefold()))]
    chunks = unique[::-1]
    chunks, cut = _first_words(chunks, MAX_TERMS)
    if cut:
        typing_last = False  # the last word kept was not the one being typed
    last = len(chunks) - 1
    query = " ".join(_phrase(c, typing_last and i == last) for i, c in enumerate(chunks))
    return query, cut


def _first_words(chunks: list[str], most: int) -> tuple[list[str], bool]:
    """The chunks holding the first `most` words (as the tokenizer splits them: "e-mail"
    is two), the last one cut after its last word kept; and whether anything was left out.
    Every word is one more phrase to rank and one more list to merge: a pasted paragraph
    would make a search take seconds and memory without end."""
    kept: list[str] = []
    words = 0
    for chunk in chunks:
        found = list(_WORD.finditer(chunk))
        if words + len(found) <= most:
            kept.append(chunk)
            words += len(found)
            continue
        room = most - words
        if room > 0:
            kept.append(chunk[: found[room - 1].end()])
        return kept, True
    return kept, False


def _phrase(chunk: str, typing: bool) -> str:
    """One chunk as a quoted FTS5 string, with `*` after it when it is a prefix."""
    starred = chunk.endswith("*")
    word = chunk.rstrip("*") if starred else chunk
    phrase = '"' + (word or chunk).replace('"', '""') + '"'
    letters = sum(ch.isalnum() for ch in word)
    if (starred or typing) and word[-1:].isalnum() and letters >= MIN_PREFIX:
        phrase += "*"
    return phrase


_SEARCH_SQL = """
SELECT hits.hit_rowid, hits.call_id, hits.kind, hits.snippet, hits.score, hits.long_body,
       calls.title, calls.started_at, clients.name AS client_name, notes.kind AS note_kind
FROM (
    SELECT rowid AS hit_rowid, call_id, kind, rank AS score,
           CASE WHEN length(body) <= {long} THEN
               snippet({table}, 0, '{open}', '{close}', '…', {tokens}) END AS snippet,
           length(body) > {long} AS long_body
    FROM {table}
    WHERE {table} MATCH ? AND rowid >= ? AND rowid < ?
    ORDER BY rank
    LIMIT ?
) AS hits
JOIN calls ON calls.id = hits.call_id
JOIN clients ON clients.id = calls.client_id
LEFT JOIN notes ON hits.kind = 'note' AND notes.id = hits.hit_rowid / 8
ORDER BY hits.score
"""

# One pass for a window: how many of the newest RANK_WINDOW matches there are, and the
# lowest rowid among them (an FTS5 rowid range, read newest first, stops at the window).
_WINDOW_SQL = (
    "SELECT count(*), min(rowid) FROM (SELECT rowid FROM {table} WHERE {table} MATCH ? "
    "AND rowid >= ? AND rowid < ? ORDER BY rowid DESC LIMIT ?)"
)
FULL, RECENT, CALLS_TABLE = "search_index", RECENT_INDEX, CALLS_INDEX
# Entries (notes, steps) sit below CALL_ROWS_BASE, call-level rows above it.
ENTRIES, CALL_ROWS = (0, CALL_ROWS_BASE), (CALL_ROWS_BASE, 1 << 62)


class SearchResults(list):
    """The hits, best first; `cut` is True when the query held more than MAX_TERMS words
    and only the first ones were searched (the window and `candor search` say so)."""

    cut = False
    most_words = MAX_TERMS


class SearchRepository:
    def __init__(self, db: Db):
        self.db = db
        self._costly_query: bool | None = None

    def search(self, text: str, limit: int = DEFAULT_LIMIT) -> SearchResults:
        """The best `limit` hits for `text`.

        Call-level rows and entries are each ranked (bm25) among their newest RANK_WINDOW
        matches. Ranking reads every match of each word once (for its weight), and a word
        still being typed is a prefix whose matches FTS5 gathers all at once: over the whole
        index both grow with the history. So each range is searched in the small index of
        recent rows (RECENT_INDEX) when it holds the whole window; else in the full index
        (for call-level rows, CALLS_INDEX: the same rows without the entries' matches), as
        before, unless that would be costly (_costly): then among the recent matches if
        they fill a page, else the history's newest matches, unranked.
        """
        query, cut = fts_query(text)
        results = SearchResults()
        results.cut = cut
        if query is None or limit <= 0:
            return results
        rows = []
        self._costly_query = None  # asked once, if a range needs a full index
        for low, high in (ENTRIES, CALL_ROWS):
            table, floor, ranked = self._window(query, low, high, limit)
            sql = self._sql(table, ranked)
            rows += [(row, ranked) for row in self.db.query(sql, [query, floor, high, int(limit)])]
        # Best first, equal scores oldest first (as FTS5 gives them); unranked rows (score
        # 0, after every ranked one) newest first.
        rows.sort(key=lambda r: (r[0]["score"], r[0]["hit_rowid"] * (1 if r[1] else -1)))
        for row, _ in rows[:limit]:
            snippet = row["snippet"]
            if row["long_body"]:
                snippet = self._long_snippet(row["hit_rowid"], text)
            results.append(
                SearchHit(
                    call_id=row["call_id"],
                    client=row["client_name"],
                    title=row["title"],
                    kind=row["kind"],
                    note_kind=NoteKind(row["note_kind"]) if row["note_kind"] else None,
                    snippet=clip_snippet(snippet or ""),
                    score=row["score"],
                    started_at=from_iso(row["started_at"]),
                )
            )
        return results

    def _costly(self, query: str) -> bool:
        """Whether ranking in the full index would read too much: some word of the query
        has a whole window of matches among the recent rows alone, so it has many times
        that in the history, and bm25 reads every one (to weigh the word) while a typed
        prefix makes FTS5 gather them all. Such a query, found too seldom recently (its
        words are common, but seldom together), takes its newest matches unranked."""
        return any(
            self._count_floor(RECENT, phrase, 0, 1 << 62)[0] >= RANK_WINDOW
            for phrase in query.split(" ")
        )

    def _sql(self, table: str, ranked: bool = True) -> str:
        if not ranked:
            sql = _SEARCH_SQL.replace("rank AS score", "0.0 AS score")
            return sql.replace("ORDER BY rank", "ORDER BY rowid DESC").format(
                table=table,
                long=SNIPPET_BODY_CHARS,
                open=SearchHit.HIT_OPEN,
                close=SearchHit.HIT_CLOSE,
                tokens=SNIPPET_TOKENS,
            )
        return _SEARCH_SQL.format(
            table=table,
            long=SNIPPET_BODY_CHARS,
            open=SearchHit.HIT_OPEN,
            close=SearchHit.HIT_CLOSE,
            tokens=SNIPPET_TOKENS,
        )

    def _window(self, query: str, low: int, high: int, limit: int) -> tuple[str, int, bool]:
        """The table to search [low, high) in, the lowest rowid to rank from, and whether
        to rank (or take the newest matches: see _costly)."""
        recent_from = self._recent_from(low)
        # From recent_from on, the recent index holds every row of the range (below it, it
        # may hold a few rows that an insert with a chosen id did not push out: not used).
        start = max(low, recent_from)
        count, floor = self._count_floor(RECENT, query, start, high)
        if count >= RANK_WINDOW:
            return RECENT, floor, True  # the whole window is recent: the same rows as before
        if self._costly_query is None:
            self._costly_query = self._costly(query)
        if not self._costly_query:
            # Ranked in the full index as before (its weights, so both ranges compare).
            count, floor = self._count_floor(FULL, query, low, high)
            return FULL, floor if count >= RANK_WINDOW else low, True
        # Common words, seldom together: ranked among their recent matches when these fill
        # a page (or are all there is), else the newest matches of the history, unranked
        # (call-level rows from CALLS_INDEX: a prefix there gathers no note).
        if count >= limit or recent_from <= low:
            return RECENT, start, True
        if low >= CALL_ROWS_BASE:
            return CALLS_TABLE, low, False
        # Entries: a typed prefix is sifted from the newest rows, not gathered from all of
        # them (storage.search_sieve; CALLS_INDEX is small enough to gather in).
        coarse = coarse_query(query)
        if coarse is not None and sift_newest(self.db, FULL, query, coarse, low, high, limit):
            return SIEVE, low, False
        return FULL, low, False

    def _count_floor(self, table: str, query: str, low: int, high: int) -> tuple[int, int]:
        sql = _WINDOW_SQL.format(table=table)
        count, floor = self.db.execute(sql, [query, low, high, RANK_WINDOW]).fetchone()
        return count, floor if floor is not None else low

    def _recent_from(self, low: int) -> int:
        """The lowest rowid from which every row of the range is in the recent index."""
        if low >= CALL_ROWS_BASE:
            (top,) = self.db.execute("SELECT coalesce(max(id), 0) FROM calls").fetchone()
            return CALL_ROWS_BASE + 8 * (top - RECENT_CALLS + 1)
        notes, steps = self.db.execute(
            "SELECT (SELECT coalesce(max(id), 0) FROM notes), "
            "(SELECT coalesce(max(id), 0) FROM next_steps)"
        ).fetchone()
        return 8 * max(notes - RECENT_NOTES + 1, steps - RECENT_STEPS + 1)

    def _long_snippet(self, rowid: int, text: str) -> str:
        """A snippet of a very long body (see SNIPPET_BODY_CHARS), made here."""
        row = self.db.execute("SELECT body FROM search_index WHERE rowid = ?", [rowid]).fetchone()
        return long_snippet(row[0] if row else "", text)


def clip_snippet(snippet: str, most: int = SNIPPET_CHARS) -> str:
    """The snippet, or at most `most` characters of it around its first match."""
    if len(snippet) <= most:
        return snippet
    at = max(0, snippet.find(SearchHit.HIT_OPEN))
    start = max(0, at - most // 4)
    part = snippet[start : start + most]
    # Keep the marks paired: drop a close without its open, close an open left hanging.
    if part.find(SearchHit.HIT_CLOSE) < part.find(SearchHit.HIT_OPEN) or (
        SearchHit.HIT_OPEN not in part and SearchHit.HIT_CLOSE in part
    ):
        part = part.replace(SearchHit.HIT_CLOSE, "", 1)
    if part.count(SearchHit.HIT_OPEN) > part.count(SearchHit.HIT_CLOSE):
        part += SearchHit.HIT_CLOSE
    return ("…" if start > 0 else "") + part + "…"


def _fold_table() -> dict[int, int]:
    """Lower case without diacritics, one character for one (so positions stay put)."""
    import unicodedata

    table = {}
    for code in range(0x80, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0].lower()
        if len(base) == 1 and base != chr(code):
            table[code] = ord(base)
    return table


_FOLD: dict[int, int] = {}  # filled on first use: the command line does not pay for it


def _fold(text: str) -> str:
    """`text` folded as the tokenizer folds Latin letters; unchanged where folding would
    change its length (a snippet's positions are taken from the folded text)."""
    if text.isascii():
        return text.lower()
    if not _FOLD:
        _FOLD.update(_fold_table())
    folded = text.lower().translate(_FOLD)
    return folded if len(folded) == len(text) else text


def long_snippet(body: str, text: str, tokens: int = SNIPPET_TOKENS) -> str:
    """Like FTS5's snippet() for one long body, in time that grows with its length only:
    about `tokens` words around the first match of any of the query's words, each
    match marked. Folding is the tokenizer's for Latin letters (case and diacritics)."""
    query, _ = fts_query(text)
    words = [w.group() for w in _WORD.finditer(_fold(query or ""))]
    if not words:
        return ""
    pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(w) for w in words) + r")[^\W_]*")
    folded = _fold(body)
    first = pattern.search(folded)
    if first is None:
        return clip_snippet(body[:SNIPPET_CHARS])
    # `tokens` words around it: half before, the rest after.
    before = list(_WORD.finditer(folded, max(0, first.start() - 200), first.start()))
    start = (
        before[-(tokens // 3)].start()
        if len(before) >= tokens // 3
        else (before[0].start() if before and first.start() > 200 else 0)
    )
    after = _WORD.finditer(folded, first.start(), first.start() + 1000)
    end = first.end()
    for count, word in enumerate(after, start=1):
        end = word.end()
        if count >= tokens - tokens // 3:
            break
    out, at = [], start
    for hit in pattern.finditer(folded, start, end):
        out += [body[at : hit.start()], SearchHit.HIT_OPEN, body[hit.start() : hit.end()]]
        out.append(SearchHit.HIT_CLOSE)
        at = hit.end()
    out.append(body[at:end])
    return ("…" if start > 0 else "") + "".join(out) + ("…" if end < len(body) else "")
