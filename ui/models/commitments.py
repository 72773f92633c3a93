"""The commitments board as a two-level tree model: horizon groups, then commitments.

The store counts each group and hands its commitments a page at a time (the source the
controller gives, storage.reports.ReportRepository): a board of 30,000 open steps loads
what it shows. A group fetches its next page when the view asks (`fetch_more` on the
group's index); cells are formatted only when a view asks for them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtCore import QT_TR_NOOP, QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from domain.commitments import Commitment, Horizon
from ui.i18n import number_text, owner_text, tr
from ui.palette import current
from ui.widgets.common import day_text

COMMITMENT_ROLE = Qt.ItemDataRole.UserRole + 1
CALL_ID_ROLE = Qt.ItemDataRole.UserRole + 2
HORIZONS: tuple[Horizon, ...] = tuple(Horizon)
Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
REFRESH_LIMIT = 1_000  # a reload keeps up to this many rows a group had fetched
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


class CommitmentSource(Protocol):
    """What the model reads: storage.reports.ReportRepository."""

    def commitment_counts(
        self, today: date, ours: bool | None = None, client: str | None = None
    ) -> dict[Horizon, int]: ...

    def commitments(
        self,
        horizon: Horizon,
        today: date,
        ours: bool | None = None,
        client: str | None = None,
        offset: int = 0,
        limit: int = PAGE_SIZE,
    ) -> list[Commitment]: ...


class BoardModel(QAbstractItemModel):
    """Top-level rows are the three horizons (always present); their children the
    commitments fetched so far (the first page of each, then more as the view scrolls)."""

    def __init__(self, today: Callable[[], date] = date.today, parent=None, page_size=PAGE_SIZE):
        super().__init__(parent)
        self._today = today
        self._page_size = page_size
        self._source: CommitmentSource | None = None
        self._client: str | None = None
        self._ours: bool | None = None
        self._groups: dict[Horizon, list[Commitment]] = {h: [] for h in HORIZONS}
        self._counts: dict[Horizon, int] = {h: 0 for h in HORIZONS}

    # content -------------------------------------------------------------------
    def set_source(self, source: CommitmentSource | None, client: str | None = None) -> None:
        """Where the open commitments come from (None: nothing to show), and the client
        whose commitments alone are shown (None: every client's)."""
        self._source, self._client = source, client
        self._reload(self._page_size)

    def refresh(self) -> None:
        """Count again and reload each group's rows fetched so far (up to REFRESH_LIMIT)."""
        fetched = max(len(rows) for rows in self._groups.values())
        self._reload(min(max(fetched, self._page_size), REFRESH_LIMIT))

    def set_owner_filter(self, ours: bool | None) -> None:
        """None: all; True: ours (us or a named colleague); False: the client's."""
        if ours != self._ours:
            self._ours = ours
            self._reload(self._page_size)

    @property
    def owner_filter(self) -> bool | None:
        return self._ours

    @property
    def source(self) -> CommitmentSource | None:
        return self._source

    def _reload(self, rows: int) -> None:
        self.beginResetModel()
        source, today = self._source, self._today()
        if source is None:
            self._counts = {h: 0 for h in HORIZONS}
            self._groups = {h: [] for h in HORIZONS}
        else:
            self._counts = source.commitment_counts(today, self._ours, self._client)
            self._groups = {
                h: source.commitments(h, today, self._ours, self._client, 0, rows)
                if self._counts[h]
                else []
                for h in HORIZONS
            }
        self.endResetModel()

    def count(self, horizon: Horizon) -> int:
        """Open commitments in the group, fetched or not."""
        return self._counts[horizon]

    # Not Qt's canFetchMore/fetchMore: QTreeView fetches a page for every expanded group
    # on every layout, so a board of thousands would soon be loaded whole. The view asks
    # (ui/widgets/group_fetch.py) when a group's last row scrolls into view.
    def can_fetch_more(self, group: Index) -> bool:
        """Whether the group (a top-level index) holds rows not fetched yet."""
        if not group.isValid() or group.internalId() != 0:
            return False
        horizon = HORIZONS[group.row()]
        return len(self._groups[horizon]) < self._counts[horizon]

    def fetch_more(self, group: Index) -> None:
        """The group's next page."""
        parent = group
        if self._source is None or not self.can_fetch_more(parent):
            return
        horizon = HORIZONS[parent.row()]
        rows = self._groups[horizon]
        more = self._source.commitments(
            horizon, self._today(), self._ours, self._client, len(rows), self._page_size
        )
        if not more:  # steps closed meanwhile: the group ends here
            self._counts[horizon] = len(rows)
            return
        self.beginInsertRows(self.group_index(horizon), len(rows), len(rows) + len(more) - 1)
        rows.extend(more)
        self.endInsertRows()

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
            return f"{tr(horizon.label)} · {number_text(self._counts[horizon])}"
        if role == Qt.ItemDataRole.FontRole:
            return _BOLD
        if role == Qt.ItemDataRole.ForegroundRole and horizon is Horizon.OVERDUE:
            return _overdue() if self._counts[horizon] else None
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
