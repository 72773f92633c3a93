"""Lists of calls a page at a time: filtered, sorted and counted in SQL.

The History page and the client page show a list that may hold 100,000 calls; they ask
for what they show (`page`), how many there are (`count`) and where one call sits
(`position`). A page is found in two steps: first the ids of its calls (the sort and the
filter, over indexes when the order is the date's, over the narrow list index otherwise),
then those calls' rows, with their open next steps counted by one grouped query over the
page's calls (not a subquery per call). The indexes are migration 11's
(storage/migrations.py).
"""

from __future__ import annotations

from pathlib import Path

from domain.history import (
    HistoryFilter,
    HistoryQuery,
    HistoryRow,
    HistorySort,
    listed_at,
    summary_of,
)
from domain.model import CallSummary
from domain.scenarios import SCENARIO_LABELS, scenario_sort_text
from domain.timefmt import to_iso
from storage.connection import Db
from storage.database import connect_readonly

WHEN = "coalesce(calls.started_at, calls.created_at)"
_OWED = "(calls.status = 'ended' AND calls.letter_tracked = 1 AND calls.letter_sent_at IS NULL)"
_ALL_OPEN = (  # read in call order from the partial index: no sort to group
    "LEFT JOIN (SELECT call_id, count(*) AS n FROM next_steps INDEXED BY idx_steps_open_call "
    "WHERE status = 'open' GROUP BY call_id) AS o ON o.call_id = calls.id"
)


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _scenario_key(names: tuple[tuple[str, str], ...]) -> str:
    """The scenario's label, case-folded, as `domain.scenarios.scenario_sort_text` words it
    with these names (the shipped names for a scenario not among them)."""
    named = dict(names)
    cases = " ".join(
        f"WHEN {_quoted(key)} THEN {_quoted(scenario_sort_text(key, named))}"
        for key in {**SCENARIO_LABELS, **named}
    )
    return f"CASE calls.scenario {cases} ELSE lower(replace(calls.scenario, '_', ' ')) END"


# Each sort's key, ascending, as SQL terms (ui.models.history.sort_key words the same);
# the scenario's depends on the query's names (_scenario_key).
_KEYS: dict[HistorySort, tuple[str, ...]] = {
    # clients in name order, each one's calls from idx_calls_list (see _from)
    HistorySort.CLIENT: ("clients.name COLLATE NOCASE",),
    HistorySort.SUBJECT: ("calls.title COLLATE NOCASE",),
    HistorySort.STATUS: ("CASE calls.status WHEN 'prepared' THEN 0 WHEN 'live' THEN 1 ELSE 2 END",),
    HistorySort.OPEN: ("coalesce(o.n, 0)",),
    HistorySort.FOLLOW_UP: ("calls.follow_up_on IS NULL", "calls.follow_up_on"),
    HistorySort.LETTER: (
        f"CASE WHEN {_OWED} THEN 0 WHEN calls.letter_sent_at IS NOT NULL THEN 1 ELSE 2 END",
        "coalesce(calls.letter_sent_at, '')",
    ),
}

_ROW_COLUMNS = (  # in domain.history.ROW_FIELDS order
    "SELECT calls.id, clients.name, calls.title, calls.scenario, calls.status, "
    "calls.created_at, calls.started_at, calls.ended_at, coalesce(o.n, 0), "
    "calls.follow_up_on, calls.follow_up_done_at, contacts.name, "
    "coalesce(nullif(contacts.email, ''), clients.email), "
    "coalesce(calls.language, clients.language), calls.letter_sent_at, "
    "calls.letter_tracked, calls.planned_at "
    "FROM calls INDEXED BY idx_calls_row JOIN clients ON clients.id = calls.client_id "
    "LEFT JOIN contacts ON contacts.id = calls.contact_id "
)
_CHUNK = 500  # ids per statement (SQLite allows many more; pages are smaller)


def where(history_filter: HistoryFilter) -> tuple[str, list]:
    """The filter as a WHERE clause ('' for every call) and its parameters."""
    terms, params = [], []
    if history_filter.client is not None:
        terms.append("calls.client_id = (SELECT id FROM clients WHERE name = ?)")
        params.append(history_filter.client)
    if history_filter.scenario is not None:
        terms.append("calls.scenario = ?")
        params.append(history_filter.scenario)
    if history_filter.status is not None:
        terms.append("calls.status = ?")
        params.append(history_filter.status.value)
    low, high = history_filter.bounds()
    if low is not None:
        terms.append(f"{WHEN} >= ?")
        params.append(to_iso(low))
    if high is not None:
        terms.append(f"{WHEN} <= ?")
        params.append(to_iso(high))
    return (" WHERE " + " AND ".join(terms) if terms else ""), params


def order_by(query: HistoryQuery) -> str:
    """The order as an ORDER BY clause: ties newest first, except in the date order, which
    is simply reversed (ties by id)."""
    direction = "DESC" if query.descending else "ASC"
    if query.sort is HistorySort.DATE:
        return f" ORDER BY {WHEN} {direction}, calls.id {direction}"
    terms = (_scenario_key(query.names),) if query.sort is HistorySort.SCENARIO else None
    keys = ", ".join(f"{key} {direction}" for key in terms or _KEYS[query.sort])
    return f" ORDER BY {keys}, {WHEN} DESC, calls.id DESC"


def _from(query: HistoryQuery) -> str:
    """The tables the order needs. By client: the clients in name order (their unique
    index is case-blind), each client's calls after it, so only each client's calls are
    sorted by date (CROSS JOIN keeps SQLite to that loop order)."""
    if query.sort is HistorySort.CLIENT:
        return " FROM clients CROSS JOIN calls ON calls.client_id = clients.id"
    if query.sort is HistorySort.OPEN:
        return " FROM calls " + _ALL_OPEN
    return " FROM calls"


class HistoryRepository:
    def __init__(self, db: Db):
        self.db = db

    def count(self, history_filter: HistoryFilter) -> int:
        """How many calls the filter lets through."""
        clause, params = where(history_filter)
        return self.db.execute(f"SELECT count(*) FROM calls{clause}", params).fetchone()[0]

    def ids(
        self,
        query: HistoryQuery,
        offset: int = 0,
        limit: int | None = None,
        after: HistoryRow | None = None,
    ) -> list[int]:
        """The ids of the calls in rows offset.. of the list, in its order (all of them
        without a limit: the whole order, which `ordered_ids` reads off the UI thread).
        In the date order, `after` (the last row read) starts the page right after it
        over the index, however far down the list it is: the offset is then not used."""
        clause, params = where(query.filter)
        if after is not None and query.indexed:
            op = "<" if query.descending else ">"
            at = listed_at(after)
            clause += " AND " if clause else " WHERE "
            clause += f"{WHEN} {op}= ? AND ({WHEN} {op} ? OR calls.id {op} ?)"
            params, offset = [*params, at, at, after[0]], 0
        sql = f"SELECT calls.id{_from(query)}{clause}{order_by(query)}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, limit, offset]
        return [r[0] for r in self.db.execute(sql, params)]

    def page(
        self, query: HistoryQuery, offset: int, limit: int, after: HistoryRow | None = None
    ) -> list[HistoryRow]:
        """Rows offset..offset+limit of the list (or the `limit` rows after `after`), as
        plain rows (domain.history)."""
        return self.rows(self.ids(query, offset, limit, after))

    def rows(self, ids: list[int]) -> list[HistoryRow]:
        """These calls as plain rows, in this order (ids no longer stored are left out)."""
        found: dict[int, HistoryRow] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ", ".join("?" for _ in chunk)
            sql = (
                f"{_ROW_COLUMNS}LEFT JOIN (SELECT call_id, count(*) AS n FROM next_steps "
                f"INDEXED BY idx_steps_open_call WHERE status = 'open' AND call_id IN ({marks}) "
                "GROUP BY call_id) AS o "
                f"ON o.call_id = calls.id WHERE calls.id IN ({marks})"
            )
            for row in self.db.execute(sql, [*chunk, *chunk]):
                found[row[0]] = row
        return [found[i] for i in ids if i in found]

    def summaries(self, ids: list[int]) -> list[CallSummary]:
        """These calls, in this order, as summaries."""
        return [summary_of(row) for row in self.rows(ids)]

    def position(self, query: HistoryQuery, call_id: int) -> int | None:
        """The row the call has in the list (0 first), None when the filter hides it."""
        clause, params = where(query.filter)
        sql = (
            f"SELECT n FROM (SELECT calls.id AS id, row_number() OVER ({order_by(query)[1:]}) "
            f"AS n{_from(query)}{clause}) WHERE id = ?"
        )
        row = self.db.execute(sql, [*params, call_id]).fetchone()
        return row[0] - 1 if row else None


def ordered_ids(path: Path, query: HistoryQuery) -> list[int]:
    """The whole order of the list, read on a connection of its own (any thread): a sort
    by client or by open steps over 100,000 calls takes longer than a frame."""
    conn = connect_readonly(path)
    try:
        return HistoryRepository(Db(conn)).ids(query)
    finally:
        conn.close()
