"""Recent calls as a table (when, client, subject, scenario, status, open commitments)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from domain.model import CallSummary
from domain.scenarios import scenario_label
from ui.i18n import tr, when_text

HEADERS = (
    QT_TR_NOOP("When"),
    QT_TR_NOOP("Client"),
    QT_TR_NOOP("Subject"),
    QT_TR_NOOP("Scenario"),
    QT_TR_NOOP("Status"),
    QT_TR_NOOP("Open commitments"),
)
CALL_ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class CallSummaryModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._calls: list[CallSummary] = []
        self._names: dict[str, str] = {}

    def set_calls(
        self, calls: list[CallSummary], scenario_names: Mapping[str, str] | None = None
    ) -> None:
        """The calls, and how scenarios are named (PlaybookLibrary.scenario_names())."""
        self.beginResetModel()
        self._calls = list(calls)
        self._names = dict(scenario_names or {})
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._calls)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        call = self._calls[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = call.started_at or call.created_at
            return (
                when_text(when),
                call.client,
                call.title,
                tr(scenario_label(call.scenario, self._names)),
                tr(call.status.label),
                str(call.open_next_steps) if call.open_next_steps else "",
            )[index.column()]
        if role == CALL_ID_ROLE:
            return call.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 5:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
