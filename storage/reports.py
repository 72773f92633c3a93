"""Read-side queries across calls: the commitments board, follow-ups due, client figures."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from domain.commitments import Commitment, FollowUpDue, Horizon, end_of_week
from domain.model import OWNER_CLIENT, NextStep, ReactionKind, utc_now
from domain.timefmt import date_from_iso, date_to_iso, from_iso, to_iso
from domain.trust import PromiseRecord, ReactionMix, reaction_mix
from storage import rows
from storage.connection import Db
from storage.database import connect_readonly

_STEP_WITH_CALL = (
    "SELECT s.*, calls.title AS call_title, clients.name AS client_name "
    "FROM next_steps s JOIN calls ON calls.id = s.call_id "
    "JOIN clients ON clients.id = calls.client_id"
)


def _horizons(today: date) -> dict[Horizon, tuple[str, list[str]]]:
    """Each horizon as a condition on s.due_on (domain.commitments.horizon's rule)."""
    first, last = date_to_iso(today), date_to_iso(end_of_week(today))
    return {
        Horizon.OVERDUE: ("s.due_on < ?", [first]),
        Horizon.THIS_WEEK: ("(s.due_on >= ? AND s.due_on <= ?)", [first, last]),
        Horizon.LATER: ("(s.due_on IS NULL OR s.due_on > ?)", [last]),
    }


def _open_where(ours: bool | None, client: str | None) -> tuple[str, list]:
    """The open steps, maybe only ours or the client's, maybe of one client's calls."""
    sql, params = " WHERE s.status = 'open'", []
    if ours is not None:  # 'Client' typed before owners were stored canonically counts too
        sql += f" AND lower(trim(s.owner)) {'!=' if ours else '='} ?"
        params.append(OWNER_CLIENT)
    if client is not None:
        # Each open step's call looked up by its key: bounded by the open steps, where
        # `call_id IN (the client's calls)` first listed all of a busy client's calls
        # (16,000 at 100k calls: 11-17 ms a query, 4-5 ms this way; the client page asks 4).
        sql += (
            " AND (SELECT client_id FROM calls WHERE calls.id = s.call_id) = "
            "(SELECT id FROM clients WHERE name = ?)"
        )
        params.append(client)
    return sql, params


def _commitment(row: dict) -> Commitment:
    return Commitment(
        step=rows.step_from_row(row), client=row["client_name"], title=row["call_title"]
    )


# A check-in owed: its date today or past, not marked done (idx_calls_follow_up_owed).
_FOLLOW_UP_DUE = (
    "calls.follow_up_on <= ? AND calls.follow_up_done_at IS NULL AND calls.status = 'ended'"
)


class ReportRepository:
    def __init__(self, db: Db):
        self.db = db

    def open_commitments(self, client: str | None = None) -> list[Commitment]:
        """Every open next step across calls, earliest due first (undated last)."""
        sql = f"{_STEP_WITH_CALL} WHERE s.status = 'open'"
        params: list = []
        if client:
            sql += " AND clients.name = ?"
            params.append(client)
        sql += " ORDER BY s.due_on IS NULL, s.due_on, s.id"
        return [_commitment(r) for r in self.db.query(sql, params)]

    def commitment_counts(
        self, today: date, ours: bool | None = None, client: str | None = None
    ) -> dict[Horizon, int]:
        """How many open steps each horizon of the board holds (`ours` True: ours only,
        False: the client's; `client`: that client's calls only)."""
        cases = " ".join(
            f"WHEN {condition} THEN '{h.value}'" for h, (condition, _) in _horizons(today).items()
        )
        params = [p for _condition, values in _horizons(today).values() for p in values]
        clause, more = _open_where(ours, client)
        sql = (
            f"SELECT CASE {cases} END AS horizon, count(*) FROM next_steps s"
            f"{clause} GROUP BY horizon"
        )
        counts = {h: 0 for h in Horizon}
        for horizon, count in self.db.execute(sql, [*params, *more]):
            counts[Horizon(horizon)] = count
        return counts

    def commitments(
        self,
        horizon: Horizon,
        today: date,
        ours: bool | None = None,
        client: str | None = None,
        offset: int = 0,
        limit: int = 200,
    ) -> list[Commitment]:
        """Rows offset.. of one horizon of the board, earliest due first (undated last),
        as `domain.commitments.group_by_horizon` orders them."""
        condition, params = _horizons(today)[horizon]
        clause, more = _open_where(ours, client)
        # Only Later holds undated steps: the others read idx_steps_open in its order.
        order = "s.due_on IS NULL, s.due_on" if horizon is Horizon.LATER else "s.due_on"
        ids = [
            r[0]
            for r in self.db.execute(
                f"SELECT s.id FROM next_steps s{clause} AND {condition} "
                f"ORDER BY {order}, s.id LIMIT ? OFFSET ?",
                [*more, *params, limit, offset],
            )
        ]
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        found = {
            r["id"]: _commitment(r)
            for r in self.db.query(f"{_STEP_WITH_CALL} WHERE s.id IN ({marks})", ids)
        }
        return [found[i] for i in ids if i in found]

    def overdue_count(self, today: date) -> int:
        return self.db.execute(
            "SELECT count(*) FROM next_steps WHERE status = 'open' AND due_on < ?",
            [date_to_iso(today)],
        ).fetchone()[0]

    def follow_ups_due(self, today: date, limit: int | None = None) -> list[FollowUpDue]:
        """Calls whose check-in date is today or past and not yet marked done, oldest
        first (the first `limit` of them: the banner shows three and a count)."""
        sql = (
            "SELECT calls.id, calls.title, calls.follow_up_on, clients.name AS client_name "
            "FROM calls JOIN clients ON clients.id = calls.client_id "
            f"WHERE {_FOLLOW_UP_DUE} ORDER BY calls.follow_up_on, calls.id"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [
            FollowUpDue(
                call_id=r["id"],
                client=r["client_name"],
                title=r["title"],
                follow_up_on=date_from_iso(r["follow_up_on"]),
            )
            for r in self.db.query(sql, [date_to_iso(today)])
        ]

    def follow_ups_due_count(self, today: date) -> int:
        """How many check-ins follow_ups_due would list (from the partial index alone)."""
        sql = f"SELECT count(*) FROM calls WHERE {_FOLLOW_UP_DUE}"
        return self.db.execute(sql, [date_to_iso(today)]).fetchone()[0]

    def mark_follow_up_done(self, call_id: int, at: datetime | None = None) -> None:
        """Record the check-in; `at=None` with `undo=True` semantics are in reopen_follow_up."""
        self.db.execute(
            "UPDATE calls SET follow_up_done_at = ? WHERE id = ?",
            [to_iso(at or utc_now()), call_id],
        )

    def reopen_follow_up(self, call_id: int) -> None:
        self.db.execute("UPDATE calls SET follow_up_done_at = NULL WHERE id = ?", [call_id])

    def client_steps(self, client: str, ours_only: bool = True) -> list[NextStep]:
        sql = (
            "SELECT s.* FROM next_steps s JOIN calls ON calls.id = s.call_id "
            "JOIN clients ON clients.id = calls.client_id WHERE clients.name = ?"
        )
        params: list = [client]
        if ours_only:  # 'Client' typed before owners were stored canonically is theirs too
            sql += " AND lower(trim(s.owner)) != ?"
            params.append(OWNER_CLIENT)
        return [rows.step_from_row(r) for r in self.db.query(sql + " ORDER BY s.id", params)]

    def client_started_calls(self, client: str) -> int:
        """How many of the client's calls have started (the chart's calls, all of them)."""
        return self.db.execute(
            "SELECT count(*) FROM calls WHERE client_id = (SELECT id FROM clients WHERE name = ?) "
            "AND started_at IS NOT NULL",
            [client],
        ).fetchone()[0]

    def client_promise_record(self, client: str, today: date) -> PromiseRecord:
        """`domain.trust.promise_record` over the client's steps that are ours, counted by
        SQL (a client of thousands of calls is not loaded step by step). The day a step
        was done is its local day, as the domain's rule takes it."""
        done = "(s.status = 'done' AND s.done_at IS NOT NULL)"
        local_day = "date(s.done_at, 'localtime')"
        row = self.db.execute(
            f"SELECT coalesce(sum({done} AND {local_day} <= s.due_on), 0), "
            f"coalesce(sum({done} AND {local_day} > s.due_on), 0), "
            f"coalesce(sum(NOT {done} AND s.due_on < ?), 0) "
            "FROM next_steps s JOIN calls ON calls.id = s.call_id "
            "WHERE calls.client_id = (SELECT id FROM clients WHERE name = ?) "
            "AND s.due_on IS NOT NULL AND lower(trim(s.owner)) != ?",
            [date_to_iso(today), client, OWNER_CLIENT],
        ).fetchone()
        return PromiseRecord(kept_on_time=row[0], kept_late=row[1], broken=row[2])

    def client_reaction_mixes(self, client: str, latest: int | None = None) -> list[ReactionMix]:
        """One mix per call of the client, oldest call first (calls without reactions too);
        with `latest`, only that many of its calls, the latest (a chart of a client with
        thousands of calls shows its recent ones)."""
        calls = (
            "SELECT id, started_at FROM calls "
            "WHERE client_id = (SELECT id FROM clients WHERE name = ?) AND started_at IS NOT NULL"
        )
        params: list = [client]
        if latest is not None:
            calls += " ORDER BY started_at DESC, id DESC LIMIT ?"
            params.append(latest)
        sql = (
            f"SELECT c.id, c.started_at, r.kind, count(r.id) AS n FROM ({calls}) AS c "
            "LEFT JOIN reactions r ON r.call_id = c.id "
            "GROUP BY c.id, r.kind ORDER BY c.started_at, c.id"
        )
        per_call: dict[int, tuple[str, dict[ReactionKind, int]]] = {}
        for r in self.db.query(sql, params):
            started, counts = per_call.setdefault(r["id"], (r["started_at"], {}))
            if r["kind"]:
                counts[ReactionKind(r["kind"])] = r["n"]
        return [
            reaction_mix(call_id, from_iso(started), counts)
            for call_id, (started, counts) in per_call.items()
        ]


def promise_record_of(path: Path, client: str, today: date) -> PromiseRecord:
    """`client_promise_record` on a connection of its own (any thread): a client of
    thousands of calls has tens of thousands of steps to count."""
    conn = connect_readonly(path)
    try:
        return ReportRepository(Db(conn)).client_promise_record(client, today)
    finally:
        conn.close()
