"""One client at a glance: reactions across calls, promises kept, what is open, every call."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QT_TR_NOOP, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from domain.history import HistoryFilter
from domain.team import TeamOnClient
from domain.trust import PromiseRecord, ReactionMix
from ui.i18n import day_text, owner_text, percent_text, tr, when_text
from ui.models.commitments import HORIZONS, BoardColumn, BoardModel, CommitmentSource
from ui.models.history import Column, HistoryModel, HistorySource
from ui.pages.client.chart import ReactionChart
from ui.widgets.common import empty_state, muted_label, named, page_title, section_label
from ui.widgets.group_fetch import fetch_as_scrolled
from ui.widgets.history_table import HistoryTable

NO_PROMISES = QT_TR_NOOP("No promises have come due yet")
NOTHING_OPEN = QT_TR_NOOP("Nothing open with this client")


def promise_text(record: PromiseRecord) -> tuple[str, str]:
    """The big figure and the line of counts under it."""
    percent = record.on_time_percent
    if percent is None:
        return "—", tr(NO_PROMISES)
    counts = tr("Kept on time {kept} of {due} due; {late} late; {broken} broken").format(
        kept=record.kept_on_time, due=record.due, late=record.kept_late, broken=record.broken
    )
    return percent_text(percent / 100), counts


class ClientPage(QWidget):
    """Shows the client it is given (`set_client_names`, `show_client`); emits
    open_call(call_id), and clientPicked(name) when another client is picked.

    Calls show in the history model; the open commitments in the board's model
    (grouped by when they are due).
    """

    open_call = Signal(int)
    clientPicked = Signal(str)  # noqa: N815 (Qt signal naming) a name from the picker

    def __init__(self, parent: QWidget | None = None, today: Callable[[], date] = date.today):
        super().__init__(parent)
        self.setObjectName("clientPage")
        self._today = today
        self._client: str | None = None
        self._counted = False
        self.picker = named(QComboBox(), "clientPicker", "Client")
        self.picker.setMinimumContentsLength(18)
        self.title = page_title("")
        self.chart = ReactionChart()
        self.percent = QLabel()
        self.percent.setObjectName("promisePercent")
        self.percent.setStyleSheet("font-size: 30px; font-weight: bold;")
        self.percent.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.counts = muted_label("", "promiseCounts")
        self.open_model = BoardModel(today, self)
        self.open_list = self._open_view()
        self.nothing_open = empty_state(NOTHING_OPEN, "clientNothingOpen")
        self.calls_model = HistoryModel(today, self)
        self.calls = named(HistoryTable(self.calls_model), "clientCalls", "Calls with this client")
        self.calls.setColumnHidden(Column.CLIENT, True)
        self.team_title = section_label(tr("On the team"))
        self.team = named(QLabel(), "clientTeam", "The team with this client")
        self.team.setWordWrap(True)
        self.team.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lay_out()
        self.show_team(None)
        self.picker.activated.connect(self._picked)
        self.calls.activated.connect(self._open_row)

    def _open_view(self) -> QTreeView:
        tree = named(QTreeView(), "clientOpenCommitments", "Open commitments with this client")
        tree.setModel(self.open_model)
        tree.setUniformRowHeights(True)
        tree.setRootIsDecorated(False)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setColumnHidden(BoardColumn.CALL, True)
        tree.header().setSectionResizeMode(BoardColumn.WHAT, QHeaderView.ResizeMode.Stretch)
        tree.header().setStretchLastSection(False)
        tree.header().setResizeContentsPrecision(60)  # fit widths to the first rows, not all
        tree.activated.connect(self._open_commitment)
        self.open_model.modelReset.connect(self._expand_groups)
        fetch_as_scrolled(tree)
        return tree

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(QLabel(tr("Client:")))
        top.addWidget(self.picker)
        promises = QFrame()
        promises.setObjectName("promiseCard")
        card = QVBoxLayout(promises)
        card.setContentsMargins(0, 0, 0, 0)
        card.addWidget(section_label(tr("Promises kept on time")))
        card.addWidget(self.percent)
        card.addWidget(self.counts)
        card.addSpacing(8)
        card.addWidget(section_label(tr("Open commitments")))
        self.open_stack = QStackedWidget()
        self.open_stack.addWidget(self.open_list)
        self.open_stack.addWidget(self.nothing_open)
        card.addWidget(self.open_stack, 1)
        grid = QGridLayout()
        grid.addWidget(section_label(tr("Reactions across calls")), 0, 0)
        grid.addWidget(self.chart, 1, 0)
        grid.addWidget(promises, 0, 1, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 3)
        layout.addWidget(self.team_title)
        layout.addWidget(self.team)
        layout.addWidget(section_label(tr("Calls")))
        layout.addWidget(self.calls, 2)

    @property
    def client(self) -> str | None:
        """The client shown (None: no clients yet)."""
        return self._client

    def focus_calls(self) -> None:
        self.calls.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_client_names(self, names: list[str]) -> None:
        """The picker's clients (it stays on the client shown)."""
        self.picker.blockSignals(True)
        self.picker.clear()
        self.picker.addItems(names)
        self.picker.setCurrentIndex(self.picker.findText(self._client) if self._client else -1)
        self.picker.setEnabled(bool(names))
        self.picker.blockSignals(False)

    def set_scenario_names(self, names: Mapping[str, str]) -> None:
        """How the calls' scenarios are named (PlaybookLibrary.scenario_names()), from the
        next show_client on."""
        self.calls_model.set_scenario_names(names)

    def show_client(
        self,
        client: str | None,
        calls: HistorySource | None,
        mixes: list[ReactionMix],
        promises: PromiseRecord | None,
        commitments: CommitmentSource | None,
        started_calls: int | None = None,
    ) -> None:
        """Show `client` (None: there are no clients yet): its calls from `calls` (read a
        page at a time, newest first), one reaction mix per call oldest first, the
        promises we kept with it (None: being counted, `show_promises` follows) and its
        open commitments (from `commitments`);
        `started_calls`: how many calls the mixes are the latest of, when not all."""
        self._client = client
        self.picker.blockSignals(True)
        self.picker.setCurrentIndex(self.picker.findText(client) if client else -1)
        self.picker.blockSignals(False)
        self.calls_model.set_source(calls if client else None, HistoryFilter(client=client))
        if client is None:
            self.title.setText(tr("No clients yet"))
        else:
            calls_text = tr("%n call(s)", None, self.calls_model.total_count)
            self.title.setText(f"{client} — {calls_text}")
        self.chart.set_mixes(mixes, started_calls)
        if promises is None and client is not None:  # being counted: show_promises follows
            self._counted = False
            self.percent.setText("…")
            self.counts.setText("")
        else:
            self.show_promises(promises or PromiseRecord(0, 0, 0))
        self.open_model.set_source(commitments if client else None, client)

    def show_team(self, rows: list[TeamOnClient] | None, problem: str = "") -> None:
        """Who on the team spoke to this client last and what each owes it (the file is
        in a team); None hides the section (not in a team, or not read yet)."""
        shown = rows is not None or bool(problem)
        self.team_title.setVisible(shown)
        self.team.setVisible(shown)
        if problem:
            self.team.setText(problem)
            return
        if not rows:
            self.team.setText(tr("Nobody on the team has published a call with them yet."))
            return
        lines = []
        for row in rows:
            if row.last_call_at is not None:
                line = tr("{member}: last spoke to them {when} (“{title}”)").format(
                    member=row.member, when=when_text(row.last_call_at), title=row.last_title
                )
            else:
                line = row.member
            if row.owed:
                owed = "; ".join(
                    tr("{what} ({owner}, {due})").format(
                        what=step.what,
                        owner=owner_text(step.owner),
                        due=day_text(step.due_on) if step.due_on else tr("no date"),
                    )
                    for step in row.owed
                )
                line += " — " + tr("open: {steps}").format(steps=owed)
            lines.append(line)
        self.team.setText("\n".join(lines))

    def team_text(self) -> str | None:
        """What the team section says; None while it is hidden."""
        return self.team.text() if self.team.isVisibleTo(self) else None

    def promises_shown(self) -> bool:
        """Whether the promise figures are there (they are counted off the UI thread)."""
        return self._counted

    def show_promises(self, record: PromiseRecord) -> None:
        """The promises kept with the client shown."""
        self._counted = True
        big, counts = promise_text(record)
        self.percent.setText(big)
        self.percent.setAccessibleName(f"Promises kept on time: {big}")
        self.counts.setText(counts)

    def _picked(self, _index: int) -> None:
        self.clientPicked.emit(self.picker.currentText())

    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_call.emit(self.calls_model.call_id(index.row()))

    def _open_commitment(self, index: QModelIndex) -> None:
        item = self.open_model.commitment(index)
        if item is not None:
            self.open_call.emit(item.call_id)

    def _expand_groups(self) -> None:
        """Groups open; owner and due as wide as their text (one client's list is short)."""
        for row in range(self.open_model.rowCount()):
            self.open_list.setFirstColumnSpanned(row, QModelIndex(), True)
            self.open_list.expand(self.open_model.index(row, 0))
        for column in (BoardColumn.OWNER, BoardColumn.DUE):
            self.open_list.resizeColumnToContents(column)
        has_items = any(self.open_model.count(h) for h in HORIZONS)
        self.open_stack.setCurrentWidget(self.open_list if has_items else self.nothing_open)
