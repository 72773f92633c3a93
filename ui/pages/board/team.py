"""The board's Team scope: every member's open commitments, read from the team's server.
Read-only: each member marks their own commitments on their own board."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import (
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.team import TeamCommitment
from ui.i18n import day_text, owner_text, tr
from ui.widgets.common import muted_label
from ui.widgets.team_call import team_tree

HEADERS = (
    QT_TR_NOOP("Due"),
    QT_TR_NOOP("Member"),
    QT_TR_NOOP("Client"),
    QT_TR_NOOP("What"),
    QT_TR_NOOP("Owner"),
)


class TeamBoard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardTeam")
        self.tree = team_tree("boardTeamTree", "The team's open commitments", HEADERS)
        self.note = muted_label("", "boardTeamNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)

    def show_commitments(self, rows: list[TeamCommitment] | None, problem: str = "") -> None:
        """The team's open commitments, soonest due first; None while they are read."""
        self.tree.clear()
        if problem:
            self.note.setText(problem)
        elif rows is None:
            self.note.setText(tr("Reading the team's commitments…"))
        else:
            self.note.setText(tr("%n open commitment(s) on the team", None, len(rows)))
        for row in rows or []:
            due = day_text(row.due_on) if row.due_on else tr("no date")
            item = QTreeWidgetItem([due, row.member, row.client, row.what, owner_text(row.owner)])
            self.tree.addTopLevelItem(item)
        for column in (0, 1, 2, 4):
            self.tree.resizeColumnToContents(column)

    def rows_text(self) -> list[list[str]]:
        return [
            [self.tree.topLevelItem(i).text(c) for c in range(len(HEADERS))]
            for i in range(self.tree.topLevelItemCount())
        ]
