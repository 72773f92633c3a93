"""The home page once calls exist: the most recent calls, newest first."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.a11y import named
from ui.i18n import tr
from ui.pages.home.model import CALL_ID_ROLE, CallSummaryModel


class RecentCallsView(QWidget):
    callActivated = Signal(int)  # noqa: N815 (Qt signal naming)
    newCallRequested = Signal()  # noqa: N815

    def __init__(self, model: CallSummaryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recentPage")
        title = QLabel(tr("Recent calls"))
        title.setObjectName("pageTitle")
        self.new_button = named(
            QPushButton(tr("New call  (Ctrl+N)")), "recentNewCallButton", "New call"
        )
        self.new_button.setProperty("primary", True)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.new_button)
        self.table = named(QTableView(), "recentCalls", "Recent calls")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        head.setResizeContentsPrecision(30)  # size columns by the first rows, not all 200
        self.table.activated.connect(self._activated)  # double-click or Return
        hint = QLabel(tr("Double-click a call (or press Return) to open it."))
        hint.setObjectName("hintText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.setTabOrder(self.table, self.new_button)
        self.new_button.clicked.connect(self.newCallRequested)

    def rows_in_sight(self) -> int:
        """The most rows the window can show: the table is shorter than its window, and
        each row is the vertical header's section high."""
        row = max(1, self.table.verticalHeader().defaultSectionSize())
        return self.window().height() // row + 1

    def focus_calls(self) -> None:
        """The keyboard in the table, on the newest call."""
        self.table.setFocus()
        if self.table.model().rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _activated(self, index: QModelIndex) -> None:
        call_id = index.siblingAtColumn(0).data(CALL_ID_ROLE)
        if call_id is not None:
            self.callActivated.emit(int(call_id))
