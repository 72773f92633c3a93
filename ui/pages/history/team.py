"""History's Team scope: the team's calls, read from the team's server a page at a time
(the newest first; "Show more" reads the next page). Read-only: a call of another
member opens its details here to be read, never a page that could edit it; one's own
call opens as usual."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.model import CallStatus
from domain.scenarios import scenario_label
from domain.team import TeamCall, TeamCallDetail
from ui.i18n import number_text, tr, when_text
from ui.widgets.common import muted_label, named
from ui.widgets.team_call import TeamCallDetails, team_tree

HEADERS = (
    QT_TR_NOOP("When"),
    QT_TR_NOOP("Member"),
    QT_TR_NOOP("Client"),
    QT_TR_NOOP("Title"),
    QT_TR_NOOP("Scenario"),
    QT_TR_NOOP("Status"),
    QT_TR_NOOP("Open steps"),
)
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def status_text(status: str) -> str:
    try:
        return tr(CallStatus(status).label)
    except ValueError:
        return status


class TeamHistory(QWidget):
    """Emits moreRequested() for the next page and callChosen(member, call_id) when a
    row is opened (Enter, double-click or the button)."""

    moreRequested = Signal()  # noqa: N815
    callChosen = Signal(str, int)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyTeam")
        self.tree = team_tree("historyTeamTree", "The team's calls", HEADERS)
        self.note = muted_label("", "historyTeamNote")
        self.more = named(QPushButton(tr("Show more")), "historyTeamMore", "Show more team calls")
        self.open_button = named(QPushButton(tr("Open")), "historyTeamOpen", "Open the team call")
        self.details = TeamCallDetails("historyTeamDetails")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.more)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self.more.clicked.connect(self.moreRequested)
        self.open_button.clicked.connect(lambda: self._chosen(self.tree.currentItem()))
        self.tree.itemActivated.connect(lambda item, _column: self._chosen(item))
        self.tree.currentItemChanged.connect(self._current_changed)
        self.show_calls(None)

    def show_calls(
        self, rows: list[TeamCall] | None, problem: str = "", more: bool = False
    ) -> None:
        """The first page of the team's calls (None: being read; `problem`: why they
        cannot be read now); `more` offers the next page."""
        self.tree.clear()
        self.details.setVisible(False)
        self.add_calls(rows or [], more)
        if problem:
            self.note.setText(problem)
        elif rows is None:
            self.note.setText(tr("Reading the team's calls…"))

    def add_calls(self, rows: list[TeamCall], more: bool) -> None:
        """The next page, below the ones shown."""
        for call in rows:
            when = call.started_at or call.created_at
            item = QTreeWidgetItem(
                [
                    when_text(when) if when else "",
                    call.member,
                    call.client,
                    call.title,
                    tr(scenario_label(call.scenario)),
                    status_text(call.status),
                    number_text(call.open_next_steps) if call.open_next_steps else "",
                ]
            )
            item.setData(0, KEY_ROLE, (call.member, call.call_id))
            self.tree.addTopLevelItem(item)
        count = self.tree.topLevelItemCount()
        text = tr("The team's %n newest call(s)", None, count)
        self.note.setText(text.replace(str(count), number_text(count), 1))
        self.more.setVisible(more)
        for column in (0, 1, 2, 4, 5, 6):
            self.tree.resizeColumnToContents(column)
        if count and self.tree.currentItem() is None:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.open_button.setEnabled(count > 0)

    def show_details(self, detail: TeamCallDetail | None, problem: str = "") -> None:
        """Another member's call, to be read: what was noted and what is owed."""
        self.details.show_details(detail, problem)

    def rows_text(self) -> list[list[str]]:
        return [
            [self.tree.topLevelItem(i).text(c) for c in range(len(HEADERS))]
            for i in range(self.tree.topLevelItemCount())
        ]

    def choose_row(self, row: int) -> None:
        """Open the row, as Enter on it."""
        item = self.tree.topLevelItem(row)
        self.tree.setCurrentItem(item)
        self._chosen(item)

    def _current_changed(self, *_: object) -> None:
        self.details.setVisible(False)

    def _chosen(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            member, call_id = item.data(0, KEY_ROLE)
            self.callChosen.emit(member, call_id)
