"""What the playbooks page holds besides its widgets: one undoable change, and the words
for the list and the open playbook's state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from domain.playbooks import Playbook, PlaybookLibrary
from ui.i18n import tr

if TYPE_CHECKING:
    from ui.pages.playbooks.controller import PlaybooksController

_MERGE_ID = 14


class PlaybookChange(QUndoCommand):
    """The open playbook before and after one edit. Typing into one field (the same
    `merge_key`) merges into the step before, so Ctrl+Z takes back a word's worth of
    typing at once, not a letter."""

    def __init__(
        self, owner: PlaybooksController, before: Playbook, after: Playbook, merge_key: str
    ) -> None:
        super().__init__(tr("Edit the playbook"))
        self.owner, self.before, self.after, self.merge_key = owner, before, after, merge_key

    def id(self) -> int:
        return _MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt name)
        if not isinstance(other, PlaybookChange) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.owner.apply(self.after)

    def undo(self) -> None:
        self.owner.apply(self.before)


def list_rows(library: PlaybookLibrary) -> list[tuple[str, str]]:
    """(id, label) for every playbook: the shipped ones first, then the user's own; a
    shipped one as it came shows its name alone, the others say whose they are."""
    rows = []
    for entry in library.entries():
        if entry.source == "user":
            mark = tr("yours")
            label = f"{entry.name}  ({mark})"
        elif entry.changed:
            mark = tr("changed")
            label = f"{entry.name}  ({mark})"
        else:
            label = tr(entry.name)
        if entry.problem:
            label += "  · " + tr("file not used")
        rows.append((entry.id, label))
    return rows


def state_text(shipped: bool, changed: bool) -> str:
    if not shipped:
        return tr("Your own playbook.")
    if changed:
        return tr("Your copy of a shipped playbook, changed from it.")
    return tr("Shipped. Your first change makes it your copy; the shipped one stays.")
