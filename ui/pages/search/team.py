"""Search's Team scope: the team's matches, searched on the team's server (PostgreSQL's
full-text search), each row naming the member. One's own call opens as usual; another
member's shows its details below the list, to be read (ui/widgets/team_call.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.team import TeamCallDetail, TeamHit
from ui.widgets.team_call import TeamCallDetails, team_tree

HEADERS = (QT_TR_NOOP("Member"), QT_TR_NOOP("Client"), QT_TR_NOOP("Title"), QT_TR_NOOP("Match"))
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
MARK = "**"  # storage.team.reader marks the matches so


class TeamResults(QWidget):
    """Emits callChosen(member, call_id) when a result is opened."""

    callChosen = Signal(str, int)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchTeam")
        self.tree = team_tree("searchTeamResults", "The team's search results", HEADERS)
        self.details = TeamCallDetails("searchTeamDetails")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        self.tree.itemActivated.connect(lambda item, _column: self._chosen(item))
        self.tree.currentItemChanged.connect(lambda *_: self.details.setVisible(False))

    def show_hits(self, hits: list[TeamHit]) -> None:
        self.tree.clear()
        self.details.setVisible(False)
        for hit in hits:
            snippet = " ".join(hit.snippet.replace(MARK, "").split())
            item = QTreeWidgetItem([hit.member, hit.client, hit.title, snippet])
            item.setToolTip(3, snippet)
            item.setData(0, KEY_ROLE, (hit.member, hit.call_id))
            self.tree.addTopLevelItem(item)
        for column in (0, 1):
            self.tree.resizeColumnToContents(column)
        if hits:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def count(self) -> int:
        return self.tree.topLevelItemCount()

    def rows_text(self) -> list[list[str]]:
        return [
            [self.tree.topLevelItem(i).text(c) for c in range(len(HEADERS))]
            for i in range(self.tree.topLevelItemCount())
        ]

    def show_details(self, detail: TeamCallDetail | None, problem: str = "") -> None:
        self.details.show_details(detail, problem)

    def open_current(self) -> None:
        item = self.tree.currentItem() or self.tree.topLevelItem(0)
        self._chosen(item)

    def choose_row(self, row: int) -> None:
        self.tree.setCurrentItem(self.tree.topLevelItem(row))
        self.open_current()

    def _chosen(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            member, call_id = item.data(0, KEY_ROLE)
            self.callChosen.emit(member, call_id)
