"""Read-side queries across calls: the commitments board, follow-ups due, client figures."""

from __future__ import annotations

from datetime import date, datetime

from domain.commitments import Commitment, FollowUpDue
from domain.model import OWNER_CLIENT, NextStep, ReactionKind, utc_now
from domain.timefmt import date_from_iso, date_to_iso, from_iso, to_iso
from domain.trust import ReactionMix, reaction_mix
from storage import rows
from storage.connection import Db

_STEP_WITH_CALL = (
    "SELECT s.*, calls.title AS call_title, clients.name AS client_name "
    "FROM next_steps s JOIN calls ON calls.id = s.call_id "
    "JOIN clients ON clients.id = calls.client_id"
)


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

    def client_reaction_mixes(self, client: str) -> list[ReactionMix]:
        """One mix per call of the client, oldest call first (calls without reactions too)."""
        sql = (
            "SELECT calls.id, calls.started_at, r.kind, count(r.id) AS n "
            "FROM calls JOIN clients ON clients.id = calls.client_id "
            "LEFT JOIN reactions r ON r.call_id = calls.id "
            "WHERE clients.name = ? AND calls.started_at IS NOT NULL "
            "GROUP BY calls.id, r.kind ORDER BY calls.started_at, calls.id"
        )
        per_call: dict[int, tuple[str, dict[ReactionKind, int]]] = {}
        for r in self.db.query(sql, [client]):
            started, counts = per_call.setdefault(r["id"], (r["started_at"], {}))
            if r["kind"]:
                counts[ReactionKind(r["kind"])] = r["n"]
        return [
            reaction_mix(call_id, from_iso(started), counts)
            for call_id, (started, counts) in per_call.items()
        ]
