"""Checklist coverage: covered and missed items, unticks, and per-section figures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.coverage import coverage
from domain.model import Call, Client, Section, Tick
from domain.playbooks import SCENARIOS, ChecklistItem, Playbook, PlaybookLibrary

T0 = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)

# Built directly: a checked playbook has items in every section, and this one has none
# in Urgency on purpose.
SMALL = Playbook(
    id="small",
    name="Small",
    summary="",
    items=(
        ChecklistItem("f1", Section.FACTS, "Say it early"),
        ChecklistItem("f2", Section.FACTS, "Own it"),
        ChecklistItem("e1", Section.EMPATHY, "Listen"),
        ChecklistItem("n1", Section.NEXT_STEPS, "Offer a plan"),
    ),
)


def call_with(*events: tuple[str, bool]) -> Call:
    call = Call(client=Client("Acme"), title="t", started_at=T0)
    call.ticks = [
        Tick(call_id=1, item_id=item, ticked=on, at=T0 + timedelta(seconds=i), id=i + 1)
        for i, (item, on) in enumerate(events)
    ]
    return call


def test_nothing_ticked_misses_everything():
    result = coverage(call_with(), SMALL)
    assert result.covered == ()
    assert [i.id for i in result.missed] == ["f1", "f2", "e1", "n1"]
    assert result.total == 4 and result.ratio == 0.0


def test_covered_and_missed_keep_playbook_order():
    result = coverage(call_with(("n1", True), ("f2", True)), SMALL)
    assert [i.id for i in result.covered] == ["f2", "n1"]
    assert [i.id for i in result.missed] == ["f1", "e1"]
    assert result.ratio == 0.5


def test_an_untick_makes_an_item_missed_again():
    result = coverage(call_with(("f1", True), ("e1", True), ("f1", False)), SMALL)
    assert [i.id for i in result.covered] == ["e1"]
    assert [i.id for i in result.missed] == ["f1", "f2", "n1"]


def test_ticks_of_items_not_in_the_playbook_are_ignored():
    result = coverage(call_with(("removed.item", True), ("f1", True)), SMALL)
    assert [i.id for i in result.covered] == ["f1"]
    assert result.total == 4


def test_by_section_counts_every_section_even_empty_ones():
    result = coverage(call_with(("f1", True), ("n1", True), ("n1", False)), SMALL)
    assert result.by_section() == {
        Section.FACTS: (1, 2),
        Section.EMPATHY: (0, 1),
        Section.URGENCY: (0, 0),
        Section.NEXT_STEPS: (0, 1),
    }


def test_empty_playbook_counts_as_fully_covered():
    empty = Playbook(id="empty", name="Empty", summary="", items=())
    result = coverage(call_with(("x", True)), empty)
    assert (result.total, result.ratio) == (0, 1.0)


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_shipped_playbooks_all_ticked_is_full_coverage(scenario):
    playbook = PlaybookLibrary().get(scenario)
    result = coverage(call_with(*((item.id, True) for item in playbook.items)), playbook)
    assert result.ratio == 1.0 and result.missed == ()
    sections = result.by_section()
    assert sum(total for _, total in sections.values()) == len(playbook.items)
    assert all(done == total and total > 0 for done, total in sections.values())
