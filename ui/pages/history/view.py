"""The History page: the filter row, the table of calls, and the empty states."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.models.history import HistoryModel
from ui.pages.history.filters import HistoryFilterBar
from ui.widgets.common import empty_state, named
from ui.widgets.history_table import HistoryTable

if TYPE_CHECKING:
    from storage.store import Store

NO_CALLS_HINT = "No calls yet — press Ctrl+N to prepare one"
NO_MATCH_HINT = "No calls match these filters"


class HistoryView(QWidget):
    """Every past call, filterable and sortable. Takes the Store; call `refresh()` to reload."""

    open_call = Signal(int)
    open_client = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyPage")
        self._store = store
        self.model = HistoryModel(store, parent=self)
        self.filters = HistoryFilterBar()
        self.table = HistoryTable(self.model)
        self.count_label = QLabel()
        self.count_label.setObjectName("historyCount")
        self.open_button = named(QPushButton("Open call"), "historyOpenCall", "Open the call")
        self.client_button = named(
            QPushButton("Client overview"), "historyOpenClient", "Show the client's overview"
        )
        self.no_calls = empty_state(NO_CALLS_HINT, "historyEmpty")
        self.no_match = empty_state(NO_MATCH_HINT, "historyNoMatch")
        self.stack = QStackedWidget()
        for page in (self.table, self.no_calls, self.no_match):
            self.stack.addWidget(page)
        self._lay_out()
        self.filters.changed.connect(self._apply_filter)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.open_button.clicked.connect(self._open_clicked)
        self.client_button.clicked.connect(self._client_clicked)
        self._update_buttons()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.stack, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        actions.addWidget(self.client_button)
        actions.addWidget(self.open_button)
        layout.addLayout(actions)

    def refresh(self) -> None:
        """Reload calls and client names from the store, keeping filters and sort."""
        selected = self.selected_call_id()
        self.filters.set_clients(self._store.calls.client_names())
        self.model.set_filter(self.filters.current())
        self.model.refresh()
        self._show_state()
        if selected is not None:
            self.select_call(selected)

    def focus_calls(self) -> None:
        """The keyboard in the table, on the selected call (the newest if none)."""
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_call_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.call_id(index.row()) if index.isValid() else None

    def select_call(self, call_id: int) -> bool:
        """Make the call the current row (if the filters show it) and scroll to it."""
        row = self.model.row_of(call_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filters.current())
        self._show_state()

    def _show_state(self) -> None:
        total, shown = self.model.total_count, self.model.rowCount()
        if total == 0:
            self.stack.setCurrentWidget(self.no_calls)
        elif shown == 0:
            self.stack.setCurrentWidget(self.no_match)
        else:
            self.stack.setCurrentWidget(self.table)
        self.filters.setEnabled(total > 0)
        calls = "call" if total == 1 else "calls"
        self.count_label.setText(
            f"{total:,} {calls}" if shown == total else f"{shown:,} of {total:,} {calls}"
        )

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
