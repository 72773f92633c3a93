"""The commitments board as a two-level tree model: horizon groups, then commitments.

Commitments are loaded once and regrouped in Python when the owner filter
changes; cells are formatted only when a view asks for them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from domain.commitments import Commitment, Horizon, group_by_horizon
from ui.i18n import owner_text, tr
from ui.palette import current
from ui.widgets.common import day_text

COMMITMENT_ROLE = Qt.ItemDataRole.UserRole + 1
CALL_ID_ROLE = Qt.ItemDataRole.UserRole + 2
HORIZONS: tuple[Horizon, ...] = tuple(Horizon)
Index = QModelIndex | QPersistentModelIndex
_BOLD = QFont()
_BOLD.setBold(True)


def _overdue() -> QColor:
    return QColor(current().overdue)


def late_text(days: int) -> str:
    """'3 days late', '5 weeks late', '14 months late'."""
    if days < 14:
        return tr("%n day(s) late", None, days)
    if days < 60:
        return tr("%n week(s) late", None, days // 7)
    return tr("%n month(s) late", None, days * 12 // 365)


class BoardColumn(IntEnum):
    WHAT = 0
    OWNER = 1
    DUE = 2
    CALL = 3


_HEADERS = (QT_TR_NOOP("What"), QT_TR_NOOP("Owner"), QT_TR_NOOP("Due"), QT_TR_NOOP("Client — call"))


class BoardModel(QAbstractItemModel):
    """Top-level rows are the three horizons (always present); their children the commitments."""

    def __init__(self, today: Callable[[], date] = date.today, parent=None):
        super().__init__(parent)
        self._today = today
        self._items: list[Commitment] = []
        self._ours: bool | None = None
        self._groups: dict[Horizon, list[Commitment]] = {h: [] for h in HORIZONS}

    # content -------------------------------------------------------------------
    def set_commitments(self, items: list[Commitment]) -> None:
        self._items = list(items)
        self._regroup()

    def set_owner_filter(self, ours: bool | None) -> None:
        """None: all; True: ours (us or a named colleague); False: the client's."""
        if ours != self._ours:
            self._ours = ours
            self._regroup()

    @property
    def owner_filter(self) -> bool | None:
        return self._ours

    def _regroup(self) -> None:
        self.beginResetModel()
        self._groups = group_by_horizon(self._items, self._today(), self._ours)
        self.endResetModel()

    def count(self, horizon: Horizon) -> int:
        return len(self._groups[horizon])

    def group_index(self, horizon: Horizon) -> QModelIndex:
        return self.index(HORIZONS.index(horizon), 0)

    def commitment(self, index: Index) -> Commitment | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[HORIZONS[index.internalId() - 1]][index.row()]

    def horizon_of(self, index: Index) -> Horizon | None:
        if not index.isValid():
            return None
        group = index.internalId() - 1 if index.internalId() else index.row()
        return HORIZONS[group]

    def index_of_step(self, step_id: int) -> QModelIndex:
        for number, horizon in enumerate(HORIZONS):
            for row, item in enumerate(self._groups[horizon]):
                if item.step.id == step_id:
                    return self.createIndex(row, 0, number + 1)
        return QModelIndex()

    # Qt model interface --------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(HORIZONS)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[HORIZONS[parent.row()]])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(BoardColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(HORIZONS[index.row()], index.column(), role)
        item = self._groups[HORIZONS[index.internalId() - 1]][index.row()]
        column = BoardColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(item, column)
        if role == COMMITMENT_ROLE:
            return item
        if role == CALL_ID_ROLE:
            return item.call_id
        if role == Qt.ItemDataRole.ForegroundRole and column is BoardColumn.DUE:
            return _overdue() if item.step.is_overdue(self._today()) else None
        return None

    def _group_data(self, horizon: Horizon, column: int, role: int) -> Any:
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{tr(horizon.label)} · {len(self._groups[horizon])}"
        if role == Qt.ItemDataRole.FontRole:
            return _BOLD
        if role == Qt.ItemDataRole.ForegroundRole and horizon is Horizon.OVERDUE:
            return _overdue() if self._groups[horizon] else None
        return None

    def _display(self, item: Commitment, column: BoardColumn) -> str:
        if column is BoardColumn.WHAT:
            return item.step.what
        if column is BoardColumn.OWNER:
            return owner_text(item.step.owner)
        if column is BoardColumn.DUE:
            today = self._today()
            text = day_text(item.step.due_on, today) or tr("No date")
            if item.step.due_on is not None and item.step.due_on < today:
                text += f" · {late_text((today - item.step.due_on).days)}"
            return text
        return f"{item.client} — {item.title}"
