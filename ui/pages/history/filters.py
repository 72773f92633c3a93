"""The filter row above the history table: client, scenario, status, date range."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from domain.history import HistoryFilter
from domain.model import CallStatus
from domain.scenarios import SCENARIO_LABELS
from ui.i18n import tr
from ui.widgets.common import named


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class HistoryFilterBar(QWidget):
    """Lays out the filter controls; `changed` fires whenever the filter they show changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = named(QComboBox(), "historyClientFilter", "Filter by client")
        self.client.setMinimumContentsLength(14)
        self.client.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.set_clients([])
        self.scenario = named(QComboBox(), "historyScenarioFilter", "Filter by scenario")
        self.scenario.setMinimumContentsLength(22)  # a name of the user's own, as the form
        self.scenario.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.set_scenarios(SCENARIO_LABELS)
        self.status = named(QComboBox(), "historyStatusFilter", "Filter by status")
        self.status.addItem(tr("Any status"), None)
        for status in CallStatus:
            self.status.addItem(tr(status.label), status)
        self.use_dates = named(
            QCheckBox(tr("From")),
            "historyDateFilterOn",
            "Filter by date range",
            tr("Only calls between"),
        )
        today = date.today()
        self.since = named(QDateEdit(_qdate(today.replace(day=1))), "historySince", "From date")
        self.until = named(QDateEdit(_qdate(today)), "historyUntil", "Until date")
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.clear_button = named(
            QPushButton(tr("Clear filters")), "historyClearFilters", "Clear filters"
        )

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.client, self.scenario, self.status, self.use_dates, self.since):
            layout.addWidget(widget)
        to_label = QLabel(tr("to"))
        to_label.setBuddy(self.until)
        layout.addWidget(to_label)
        layout.addWidget(self.until)
        layout.addStretch(1)
        layout.addWidget(self.clear_button)

        for combo in (self.client, self.scenario, self.status):
            combo.currentIndexChanged.connect(self.changed)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.since.dateChanged.connect(self._date_changed)
        self.until.dateChanged.connect(self._date_changed)
        self.clear_button.clicked.connect(self.clear)

    def set_clients(self, names: list[str]) -> None:
        """Fill the client list, keeping the chosen client when it is still there."""
        chosen = self.client.currentData()
        self.client.blockSignals(True)
        self.client.clear()
        self.client.addItem(tr("All clients"), None)
        for name in names:
            self.client.addItem(name, name)
        found = self.client.findData(chosen) if chosen else 0
        self.client.setCurrentIndex(max(found, 0))
        self.client.blockSignals(False)
        if chosen and found < 0:
            self.changed.emit()

    def set_scenarios(self, names: Mapping[str, str]) -> None:
        """Fill the scenario list (id -> name, PlaybookLibrary.scenario_names()), keeping
        the chosen scenario when it is still there; when it is gone, every scenario."""
        chosen = self.scenario.currentData()
        self.scenario.blockSignals(True)
        self.scenario.clear()
        self.scenario.addItem(tr("All scenarios"), None)
        for scenario, name in names.items():
            self.scenario.addItem(tr(name), scenario)
        found = self.scenario.findData(chosen) if chosen else 0
        self.scenario.setCurrentIndex(max(found, 0))
        self.scenario.blockSignals(False)
        if chosen and found < 0:
            self.changed.emit()

    def current(self) -> HistoryFilter:
        dates_on = self.use_dates.isChecked()
        return HistoryFilter(
            client=self.client.currentData(),
            scenario=self.scenario.currentData(),
            status=self.status.currentData(),
            since=_pydate(self.since.date()) if dates_on else None,
            until=_pydate(self.until.date()) if dates_on else None,
        )

    def set_dates(self, since: date, until: date) -> None:
        """Turn the date range on with these bounds (one change notification)."""
        self.blockSignals(True)
        self.since.setDate(_qdate(since))
        self.until.setDate(_qdate(until))
        self.use_dates.setChecked(True)
        self.blockSignals(False)
        self.changed.emit()

    def clear(self) -> None:
        self.blockSignals(True)
        for combo in (self.client, self.scenario, self.status):
            combo.setCurrentIndex(0)
        self.use_dates.setChecked(False)
        self.blockSignals(False)
        self.changed.emit()

    def _dates_toggled(self, on: bool) -> None:
        self.since.setEnabled(on)
        self.until.setEnabled(on)
        self.changed.emit()

    def _date_changed(self) -> None:
        if self.use_dates.isChecked():
            self.changed.emit()
