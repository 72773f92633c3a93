"""The History page: the filter row, the table of calls, and the empty states."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QT_TR_NOOP, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from domain.scenarios import SCENARIO_LABELS
from domain.team import TeamCall, TeamCallDetail
from ui.i18n import number_text, tr
from ui.models.history import Column, HistoryModel, HistorySource, Orderer
from ui.pages.history.filters import HistoryFilterBar
from ui.pages.history.team import TeamHistory
from ui.widgets.common import empty_state, named
from ui.widgets.history_table import HistoryTable
from ui.widgets.scope import ScopeButtons

NO_CALLS_HINT = QT_TR_NOOP("No calls yet — press Ctrl+N to prepare one")
NO_MATCH_HINT = QT_TR_NOOP("No calls match these filters")


class HistoryView(QWidget):
    """Every past call, filterable and sortable: shows the calls of the source it is given
    (`show_calls`), a page at a time; emits open_call(call_id) and open_client(name).
    In a team, a Mine / Team scope: scopeRequested(team) asks for the team's calls."""

    open_call = Signal(int)
    open_client = Signal(str)
    scopeRequested = Signal(bool)  # noqa: N815 True: the team's calls, False: mine
    teamMoreRequested = Signal()  # noqa: N815 the next page of the team's calls
    teamCallChosen = Signal(str, int)  # noqa: N815 a team call opened: member, their call id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyPage")
        self.model = HistoryModel(parent=self)
        self.filters = HistoryFilterBar()
        self.table = HistoryTable(self.model)
        self.count_label = QLabel()
        self.count_label.setObjectName("historyCount")
        self.open_button = named(QPushButton(tr("Open call")), "historyOpenCall", "Open the call")
        self.client_button = named(
            QPushButton(tr("Client overview")), "historyOpenClient", "Show the client's overview"
        )
        self.no_calls = empty_state(NO_CALLS_HINT, "historyEmpty")
        self.no_match = empty_state(NO_MATCH_HINT, "historyNoMatch")
        self.team = TeamHistory()
        self.team.moreRequested.connect(self.teamMoreRequested)
        self.team.callChosen.connect(self.teamCallChosen)
        self._team_scope = False
        self.scope_group = ScopeButtons(
            self,
            ("historyScopeMine", "Show my calls"),
            ("historyScopeTeam", "Show the team's calls"),
        )
        self.scope_buttons = self.scope_group.buttons_in_order
        self.scope_group.idClicked.connect(self._scope_clicked)
        self.stack = QStackedWidget()
        for page in (self.table, self.no_calls, self.no_match, self.team):
            self.stack.addWidget(page)
        self._lay_out()
        self.filters.changed.connect(self._apply_filter)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.modelReset.connect(self._show_state)  # an order read off the UI thread
        self._kept: int | None = None  # the call selected before a reset, selected after
        self.model.modelAboutToBeReset.connect(self._keep_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.open_button.clicked.connect(self._open_clicked)
        self.client_button.clicked.connect(self._client_clicked)
        self._update_buttons()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        for button in self.scope_buttons:
            top.addWidget(button)
        top.addWidget(self.filters, 1)
        top.addStretch(0)  # the scope buttons keep their size while the filters hide
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        actions.addWidget(self.client_button)
        actions.addWidget(self.open_button)
        layout.addLayout(actions)

    def show_calls(
        self,
        source: HistorySource,
        client_names: list[str],
        scenario_names: Mapping[str, str] | None = None,
    ) -> None:
        """The calls of `source` (read a page at a time), the client filter's names and
        the scenarios (PlaybookLibrary.scenario_names(): the filter's choices and how the
        table names them), keeping the filters, the sort and the selected call."""
        selected = self.selected_call_id()
        names = dict(scenario_names or SCENARIO_LABELS)
        self.filters.set_clients(client_names)
        self.filters.set_scenarios(names)
        self.model.set_scenario_names(names)
        self.model.set_source(source, chosen=self.filters.current())
        self._show_state()
        if selected is not None:
            self.select_call(selected)

    def order_with(self, orderer: Orderer) -> None:
        """Sorts other than by date read their order off the UI thread with `orderer`."""
        self.model.order_with(orderer)

    def sorting(self) -> bool:
        """Whether a sort is still being read (the rows shown are the last order's)."""
        return self.model.ordering

    def focus_calls(self) -> None:
        """The keyboard in the table, on the selected call (the newest if none)."""
        if self._team_scope:
            self.team.tree.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_call_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.call_id(index.row()) if index.isValid() else None

    def select_call(self, call_id: int) -> bool:
        """Make the call the current row (if the filters show it) and scroll to it; the
        rows up to it are fetched when it is further down than the table was scrolled."""
        row = self.model.reveal(call_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    # what the user does and sees, for those who drive the page ----------------------
    def choose_client(self, name: str | None) -> None:
        """Filter by the client `name` (None: all clients), as picking it in the list."""
        combo = self.filters.client
        combo.setCurrentIndex(max(0, combo.findData(name)) if name else 0)

    def choose_scenario(self, scenario: str | None) -> None:
        """Filter by the scenario id (None: all scenarios), as picking it in the list."""
        combo = self.filters.scenario
        combo.setCurrentIndex(max(0, combo.findData(scenario)) if scenario else 0)

    def set_date_range(self, since: date, until: date) -> None:
        """Only calls between these days (inclusive): the date range switched on."""
        self.filters.set_dates(since, until)

    def use_date_range(self, on: bool) -> None:
        """Switch the date range on or off, as the From box does."""
        self.filters.use_dates.setChecked(on)

    def clear_filters(self) -> None:
        """What Clear filters does: every call again."""
        self.filters.clear()

    def client_choices(self) -> list[str]:
        """The client filter's choices as the user reads them ('All clients' first)."""
        combo = self.filters.client
        return [combo.itemText(i) for i in range(combo.count())]

    def scenario_choices(self) -> list[str]:
        """The scenario filter's choices as the user reads them ('All scenarios' first)."""
        combo = self.filters.scenario
        return [combo.itemText(i) for i in range(combo.count())]

    def filters_enabled(self) -> bool:
        """Whether the filter row can be used (not while there are no calls at all)."""
        return self.filters.isEnabled()

    def showing(self) -> str:
        """What the page shows: 'calls' (the table), 'no calls' or 'no match' (a hint)."""
        return {
            self.table: "calls",
            self.no_calls: "no calls",
            self.no_match: "no match",
            self.team: "team",
        }[self.stack.currentWidget()]

    def empty_hint(self) -> str:
        """The hint shown instead of the table ('' while the table shows)."""
        shown = self.stack.currentWidget()
        return "" if shown in (self.table, self.team) else shown.text()

    def count_text(self) -> str:
        """How many calls, and how many of them the filters let through."""
        return self.count_label.text()

    def shown_call_ids(self) -> list[int]:
        """The calls the table lists, in the order it lists them (all of them: the rows
        not fetched yet are fetched)."""
        self.model.fetch_all()
        return [self.model.call_id(row) for row in range(self.model.rowCount())]

    def fetched_call_ids(self) -> list[int]:
        """The calls fetched so far, in the table's order (more follow as it scrolls)."""
        return [self.model.call_id(row) for row in range(self.model.rowCount())]

    def cells_of(self, call_id: int) -> dict[Column, str]:
        """What the table says about the call, column by column ({} when not fetched)."""
        row = self.model.row_of(call_id)
        if row is None:
            return {}
        return {column: self.model.index(row, column).data() for column in Column}

    def refresh_calls(self) -> None:
        """Read the calls again (one was added or changed), keeping filters, sort and the
        selected call."""
        selected = self.selected_call_id()
        self.model.refresh()
        self._show_state()
        if selected is not None:
            self.select_call(selected)

    def sort_by(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the table by `column` (a ui.models.history.Column), as a header click."""
        self.table.sortByColumn(column, order)

    def client_overview_offered(self) -> bool:
        """Whether 'Client overview' can be used (a call is selected)."""
        return self.client_button.isEnabled()

    def request_client_overview(self) -> None:
        """What the Client overview button does: open_client for the selected call."""
        self.client_button.click()

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filters.current())
        self._show_state()

    # the Team scope (the file is in a team) --------------------------------------------
    def set_team_available(self, available: bool) -> None:
        """Offer the Mine / Team scope (the file is in a team), or take it away."""
        self.scope_group.set_offered(available, self._team_scope)

    def team_available(self) -> bool:
        return self.scope_group.offered(self)

    @property
    def team_scope(self) -> bool:
        return self._team_scope

    def choose_scope(self, team: bool) -> None:
        """As a click on Mine or Team."""
        self.scope_group.choose(team)

    def show_team_calls(
        self, rows: list[TeamCall] | None, problem: str = "", more: bool = False
    ) -> None:
        self.team.show_calls(rows, problem, more)

    def add_team_calls(self, rows: list[TeamCall], more: bool) -> None:
        self.team.add_calls(rows, more)

    def show_team_details(self, detail: TeamCallDetail | None, problem: str = "") -> None:
        self.team.show_details(detail, problem)

    def team_rows(self) -> list[list[str]]:
        """The Team scope's rows as shown: when, member, client, title, scenario, status,
        open steps."""
        return self.team.rows_text()

    def team_note(self) -> str:
        """The line above the team's calls: how many, or why they cannot be read."""
        return self.team.note.text()

    def team_details(self) -> str | None:
        """The details of another member's call as shown (None: none shown)."""
        return self.team.details.text() if self.team.details.isVisibleTo(self) else None

    def team_more_offered(self) -> bool:
        """Whether "Show more" offers the next page of the team's calls."""
        return self.team.more.isVisibleTo(self)

    def show_more_team_calls(self) -> None:
        """As a click on "Show more"."""
        self.team.more.click()

    def open_team_row(self, row: int) -> None:
        """Open the team's call in that row, as Enter on it."""
        self.team.choose_row(row)

    def team_reading(self, member: str) -> None:
        self.team.details.reading(member)

    def _scope_clicked(self, number: int) -> None:
        team = number == 1
        if team == self._team_scope:
            return
        self._team_scope = team
        for widget in (self.filters, self.count_label, self.client_button, self.open_button):
            widget.setVisible(not team)
        if team:
            self.team.show_calls(None)
            self.stack.setCurrentWidget(self.team)
        else:
            self._show_state()
        self.scopeRequested.emit(team)

    def _show_state(self) -> None:
        if self._team_scope:
            return
        total, shown = self.model.total_count, self.model.match_count
        if total == 0:
            self.stack.setCurrentWidget(self.no_calls)
        elif shown == 0:
            self.stack.setCurrentWidget(self.no_match)
        else:
            self.stack.setCurrentWidget(self.table)
        self.filters.setEnabled(total > 0)
        self.count_label.setText(
            tr("%n call(s)", None, total).replace(str(total), number_text(total), 1)
            if shown == total
            else tr("{shown} of %n call(s)", None, total)
            .replace(str(total), number_text(total), 1)
            .format(shown=number_text(shown))
        )

    def _keep_selection(self) -> None:
        self._kept = self.selected_call_id()

    def _restore_selection(self) -> None:
        """A sort or a refresh keeps the selected call selected, if it is among the rows
        fetched (select_call fetches up to it)."""
        row = self.model.row_of(self._kept) if self._kept is not None else None
        if row is not None:
            self.table.selectRow(row)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_call.emit(self.model.call_id(index.row()))

    def _open_clicked(self) -> None:
        self._activated(self.table.currentIndex())

    def _client_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_client.emit(self.model.summary(index.row()).client)

    def _update_buttons(self) -> None:
        has_row = self.table.currentIndex().isValid() and self.model.rowCount() > 0
        self.open_button.setEnabled(has_row)
        self.client_button.setEnabled(has_row)
