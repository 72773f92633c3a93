"""Another member's call, shown to be read: who, with whom, what was noted and what is
owed. Nothing of it can be edited on this machine (each member edits their own calls),
and it says so; History's and search's Team scopes show it when such a call is opened."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTreeWidget, QWidget

from domain.team import TeamCallDetail
from ui.i18n import day_text, owner_text, tr
from ui.widgets.common import named


class TeamCallDetails(QLabel):
    """Hidden until a call of another member is opened."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, object_name, "The team call's details")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def reading(self, member: str) -> None:
        self.setVisible(True)
        self.setText(tr("Reading {member}'s call…").format(member=member))

    def show_details(self, detail: TeamCallDetail | None, problem: str = "") -> None:
        """The call's notes and next steps, or why they cannot be shown."""
        self.setVisible(True)
        if problem or detail is None:
            self.setText(problem or tr("That call is no longer on the team's server."))
            return
        call = detail.call
        lines = [
            tr("{member}'s call, read-only: only {member} can change it.").format(
                member=call.member
            ),
            f"{call.client} — {call.title}",
        ]
        lines += [f"• {text}" for text in detail.notes]
        for step, still_open in zip(detail.steps, detail.still_open, strict=False):
            due = day_text(step.due_on) if step.due_on else tr("no date")
            mark = "☐" if still_open else "☑"
            lines.append(f"{mark} {step.what} ({owner_text(step.owner)}, {due})")
        self.setText("\n".join(lines))

    def shown_text(self) -> str | None:
        """What it says; None while hidden."""
        return self.text() if self.isVisibleTo(self.parentWidget() or self) else None


def team_tree(object_name: str, name: str, headers: Sequence[str]) -> QTreeWidget:
    """A read-only list of the team's rows (History's and search's Team scopes, the
    board's): one line a row, the fourth column taking the room left."""
    tree = named(QTreeWidget(), object_name, name)
    tree.setHeaderLabels([tr(h) for h in headers])
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
    tree.header().setStretchLastSection(False)
    return tree
