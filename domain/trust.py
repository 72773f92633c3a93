"""Per-client figures: how reactions changed over calls, how many promises were kept on time."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from domain.model import NextStep, ReactionKind, StepStatus, Valence


@dataclass(frozen=True)
class ReactionMix:
    """Share of negative and positive reactions in one call."""

    call_id: int
    started_at: datetime | None
    negative: int
    neutral: int
    positive: int

    @property
    def total(self) -> int:
        return self.negative + self.neutral + self.positive

    @property
    def negative_share(self) -> float:
        return self.negative / self.total if self.total else 0.0

    @property
    def positive_share(self) -> float:
        return self.positive / self.total if self.total else 0.0


def reaction_mix(
    call_id: int, started_at: datetime | None, counts: dict[ReactionKind, int]
) -> ReactionMix:
    by_valence = {v: 0 for v in Valence}
    for kind, count in counts.items():
        by_valence[kind.valence] += count
    return ReactionMix(
        call_id=call_id,
        started_at=started_at,
        negative=by_valence[Valence.NEGATIVE],
        neutral=by_valence[Valence.NEUTRAL],
        positive=by_valence[Valence.POSITIVE],
    )


@dataclass(frozen=True)
class PromiseRecord:
    """Promises that have come due: kept on time, kept late, or broken (open or dropped)."""

    kept_on_time: int
    kept_late: int
    broken: int

    @property
    def due(self) -> int:
        return self.kept_on_time + self.kept_late + self.broken

    @property
    def on_time_percent(self) -> float | None:
        """None when nothing has come due yet: no figure is better than a made-up one."""
        return 100.0 * self.kept_on_time / self.due if self.due else None


def promise_record(steps: Iterable[NextStep], today: date) -> PromiseRecord:
    """Counts steps with a due date that are done, or whose date has passed.

    A step done on or before its due date (local date) is kept on time; done
    after, kept late; still open or dropped after its date, broken. Steps not
    yet due and steps without a date are not counted.
    """
    on_time = late = broken = 0
    for step in steps:
        if step.due_on is None:
            continue
        if step.status is StepStatus.DONE and step.done_at is not None:
            if step.done_at.astimezone().date() <= step.due_on:
                on_time += 1
            else:
                late += 1
        elif step.due_on < today:
            broken += 1
    return PromiseRecord(kept_on_time=on_time, kept_late=late, broken=broken)
