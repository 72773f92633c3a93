"""Next steps agreed in the call: what, owner, due date; checking 'What' marks it done.

Like the checklist, a check only asks (statusRequested); the controller stores the
new status and then calls replace().
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TR_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from domain.model import NextStep, StepStatus
from ui.i18n import day_text, owner_text, tr

HEADERS = (QT_TR_NOOP("What"), QT_TR_NOOP("Owner"), QT_TR_NOOP("Due"), QT_TR_NOOP("Status"))
STEP_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class NextStepsModel(QAbstractTableModel):
    statusRequested = Signal(int, bool)  # noqa: N815 (Qt signal naming); step id, done

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._steps: list[NextStep] = []

    def set_steps(self, steps: list[NextStep]) -> None:
        self.beginResetModel()
        self._steps = list(steps)
        self.endResetModel()

    def steps(self) -> list[NextStep]:
        return list(self._steps)

    def append(self, step: NextStep) -> None:
        row = len(self._steps)
        self.beginInsertRows(QModelIndex(), row, row)
        self._steps.append(step)
        self.endInsertRows()

    def replace(self, step: NextStep) -> None:
        row = self.row_of(step.id)
        self._steps[row] = step
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def remove(self, step_id: int | None) -> None:
        row = self.row_of(step_id)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._steps[row]
        self.endRemoveRows()

    def row_of(self, step_id: int | None) -> int:
        return next(i for i, s in enumerate(self._steps) if s.id == step_id)

    def step_at(self, row: int) -> NextStep:
        return self._steps[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._steps)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        step = self._steps[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                step.what,
                owner_text(step.owner),
                day_text(step.due_on, date.today()) if step.due_on else tr("no date"),
                status_text(step.status),
            )[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            done = step.status is StepStatus.DONE
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and step.due_on:
            return f"{step.due_on:%A} {step.due_on.day} {step.due_on:%B %Y}"
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return "Tick when done; double-click to edit; Delete to remove"
        if role == STEP_ROLE:
            return step
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            step = self._steps[index.row()]
            done = (value.value if isinstance(value, Qt.CheckState) else int(value)) == 2
            if step.id is not None:
                self.statusRequested.emit(step.id, done)
        return False


def status_text(status: StepStatus) -> str:
    """A step's status in the interface language. "Open" is also a button's word, so the
    status asks for its translation with a disambiguation."""
    return {
        StepStatus.OPEN: tr("Open", "step status"),
        StepStatus.DONE: tr("Done", "step status"),
        StepStatus.DROPPED: tr("Dropped", "step status"),
    }[status]
