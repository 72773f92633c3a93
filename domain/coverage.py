"""Checklist coverage: which playbook items a call covered and which it missed."""

from __future__ import annotations

from dataclasses import dataclass

from domain.model import Call, Section
from domain.playbooks import ChecklistItem, Playbook, checklist_of


@dataclass(frozen=True)
class Coverage:
    covered: tuple[ChecklistItem, ...]
    missed: tuple[ChecklistItem, ...]

    @property
    def total(self) -> int:
        return len(self.covered) + len(self.missed)

    @property
    def ratio(self) -> float:
        return len(self.covered) / self.total if self.total else 1.0

    def by_section(self) -> dict[Section, tuple[int, int]]:
        """Per section: (covered, total)."""
        result: dict[Section, tuple[int, int]] = {}
        for section in Section:
            done = sum(1 for i in self.covered if i.section is section)
            left = sum(1 for i in self.missed if i.section is section)
            result[section] = (done, done + left)
        return result


def coverage(call: Call, playbook: Playbook) -> Coverage:
    """Against the checklist the call was made with (an item since removed from the
    playbook still counts), else the playbook's."""
    items = checklist_of(call, playbook).items
    ticked = call.ticked_items()
    covered = tuple(item for item in items if item.id in ticked)
    missed = tuple(item for item in items if item.id not in ticked)
    return Coverage(covered=covered, missed=missed)
