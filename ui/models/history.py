"""The history table model: calls a page at a time, sorted and filtered by the store.

The model asks its source (storage/history.py's repository, given by the page's
controller) for how many calls the filter lets through and for the rows the view
scrolls to, PAGE_SIZE at a time (Qt's canFetchMore/fetchMore), so opening a list of
100,000 calls costs what its first rows cost. A sort or a filter asks the store again:
the order is SQL's (`storage.history.order_by`), the same order `sort_key` gives. In
the date order a page is read by its offset over an index; any other order is read
whole (ids only) once, off the UI thread when the view gives an Orderer, and its pages
are then read by id: the rows shown stay until the new order is there. Cells are
formatted when a view first asks for them and kept until the rows are reloaded.
SORT_ROLE gives each cell's underlying value.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import fields, replace
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QColor

from domain.history import HistoryFilter, HistoryQuery, HistoryRow, HistorySort, summary_of
from domain.model import CallSummary
from ui.models.history_cells import (
    NOT_SENT,
    Column,
    cell_colour,
    cell_text,
    cell_tooltip,
    header,
    letter_text,
    sort_key,
    when,
)
from ui.palette import current

__all__ = [
    "NOT_SENT",
    "SORT_ROLE",
    "Column",
    "HistoryFilter",
    "HistoryModel",
    "HistorySource",
    "letter_text",
    "sort_key",
    "when",
]

PAGE_SIZE = 200
REFRESH_LIMIT = 2_000  # a refresh reloads the rows scrolled to, up to this many
_DROP_SLICE = 5_000  # rows freed at a time after a reset (about 2 ms)


class HistorySource(Protocol):
    """What the model reads: storage.history.HistoryRepository."""

    def count(self, history_filter: HistoryFilter) -> int: ...

    def page(
        self, query: HistoryQuery, offset: int, limit: int, after: HistoryRow | None = None
    ) -> list[HistoryRow]: ...

    def position(self, query: HistoryQuery, call_id: int) -> int | None: ...

    def ids(self, query: HistoryQuery) -> list[int]: ...

    def rows(self, ids: list[int]) -> list[HistoryRow]: ...


# Reads a query's whole order off the UI thread and hands the ids to the callback (on the
# UI thread): the History controller's, over ui.tasks.
Orderer = Callable[[HistoryQuery, Callable[[list[int]], None]], None]


SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CALL_ID_ROLE = Qt.ItemDataRole.UserRole + 2
CLIENT_ROLE = Qt.ItemDataRole.UserRole + 3
_OTHER_ROLES = frozenset(
    int(r) for r in (SORT_ROLE, CALL_ID_ROLE, CLIENT_ROLE, Qt.ItemDataRole.ToolTipRole.value)
)

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole.value  # plain ints: data() runs ~1,500 times a paint
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value


def _merged(base: HistoryFilter, chosen: HistoryFilter) -> HistoryFilter:
    """The filter chosen, within the base (the client page's client)."""
    fixed = {f.name: getattr(base, f.name) for f in fields(base) if getattr(base, f.name)}
    return replace(chosen, **fixed)


class HistoryModel(QAbstractTableModel):
    """Calls as table rows, a page at a time from the source it is given (`set_source`),
    filtered and sorted by the store."""

    def __init__(
        self, today: Callable[[], date] = date.today, parent=None, page_size: int | None = None
    ):
        super().__init__(parent)
        self._today = today
        self._page_size = page_size or PAGE_SIZE
        self._source: HistorySource | None = None
        self._orderer: Orderer | None = None
        self._base = HistoryFilter()
        self._filter = HistoryFilter()
        self._sort: tuple[Column, Qt.SortOrder] = (Column.DATE, Qt.SortOrder.DescendingOrder)
        self._rows: list[HistoryRow] = []  # plain tuples: parsed when a cell is first shown
        self._where: dict[int, int] = {}  # call id -> row
        self._cells: dict[int, tuple[tuple[str, ...], tuple[str | None, ...]]] = {}
        self._order: list[int] | None = None  # the whole order, when not the date's
        self._pending: HistoryQuery | None = None  # an order being read off the UI thread
        self._total = 0
        self._matching = 0
        self._names: dict[str, str] = {}  # the scenarios' names (cells, scenario order)
        self._dropping: list[list | dict] = []  # replaced rows, freed a slice at a time
        self._dropper = QTimer(self)
        self._dropper.setInterval(0)
        self._dropper.timeout.connect(self._drop_some)

    # loading and filtering ------------------------------------------------
    def set_source(
        self,
        source: HistorySource | None,
        base: HistoryFilter | None = None,
        chosen: HistoryFilter | None = None,
    ) -> None:
        """Where the calls come from, the filter every list of this model keeps (the
        client page's client) and the filter row's choice (None: as it was); the rows are
        loaded again, keeping the sort."""
        self._source = source
        self._base = base or HistoryFilter()
        if chosen is not None:
            self._filter = chosen
        self.refresh()

    def set_scenario_names(self, names: Mapping[str, str]) -> None:
        """How scenarios are named (PlaybookLibrary.scenario_names()): the scenario cells
        and the scenario order; takes effect with the next load (set_source, refresh)."""
        self._names = dict(names)

    def order_with(self, orderer: Orderer | None) -> None:
        """Read orders other than the date's off the UI thread with `orderer` (None: on
        the UI thread, fine for a client's few thousand calls)."""
        self._orderer = orderer

    def refresh(self) -> None:
        """Count again and reload the rows scrolled to (at least a page, at most
        REFRESH_LIMIT): a call added or changed shows in its place."""
        self._reload(min(max(len(self._rows), self._page_size), REFRESH_LIMIT))

    @property
    def total_count(self) -> int:
        """Calls in the list before the filter row (the client's calls on the client page)."""
        return self._total

    @property
    def match_count(self) -> int:
        """Calls the filter lets through, whether fetched yet or not."""
        return self._matching

    @property
    def ordering(self) -> bool:
        """Whether a new order is being read off the UI thread (the rows shown are the
        last order's until it is there)."""
        return self._pending is not None

    @property
    def filter(self) -> HistoryFilter:
        return self._filter

    def set_filter(self, history_filter: HistoryFilter) -> None:
        if history_filter != self._filter:
            self._filter = history_filter
            self._reload(self._page_size)

    def query(self) -> HistoryQuery:
        column, order = self._sort
        return HistoryQuery(
            _merged(self._base, self._filter),
            HistorySort(column),
            order == Qt.SortOrder.DescendingOrder,
            tuple(self._names.items()) if column is Column.SCENARIO else (),
        )

    def _reload(self, rows: int) -> None:
        source, query = self._source, self.query()
        self._pending = None
        if source is None or query.indexed:
            self._reset(query, None, rows)
        elif self._orderer is None:
            self._reset(query, source.ids(query), rows)
        else:
            self._pending = query
            self._orderer(query, lambda ids: self._ordered(query, ids, rows))

    def _ordered(self, query: HistoryQuery, ids: list[int], rows: int) -> None:
        """The order read off the UI thread; dropped when another was asked for since."""
        if query == self._pending == self.query():
            self._pending = None
            self._reset(query, ids, rows)

    def _reset(self, query: HistoryQuery, order: list[int] | None, rows: int) -> None:
        """The rows again: the first `rows` of the date order, or of `order`."""
        self.beginResetModel()
        self._drop_later(self._rows, self._where, self._cells, self._order)
        self._rows, self._where, self._cells, self._order = [], {}, {}, order
        source = self._source
        if source is None:
            self._total = self._matching = 0
        else:
            self._total = source.count(self._base)
            if order is not None:
                self._matching = len(order)
                self._append(source.rows(order[:rows]))
            else:
                filtered = query.filter != self._base
                self._matching = source.count(query.filter) if filtered else self._total
                if self._matching:
                    self._append(source.page(query, 0, min(rows, self._matching)))
        self.endResetModel()

    def _drop_later(self, *replaced: list | dict | None) -> None:
        """Free what a reset replaced a slice at a time while the window is idle: freeing
        100,000 rows at once holds the UI thread for longer than a frame."""
        self._dropping.extend(c for c in replaced if c and len(c) > _DROP_SLICE)
        if self._dropping and not self._dropper.isActive():
            self._dropper.start()

    def _drop_some(self) -> None:
        if not self._dropping:
            self._dropper.stop()
            return
        held = self._dropping[-1]
        if isinstance(held, list):
            del held[-_DROP_SLICE:]
        else:
            for _ in range(min(_DROP_SLICE, len(held))):
                held.popitem()
        if not held:
            self._dropping.pop()

    def _append(self, rows: list[HistoryRow]) -> None:
        for row in rows:
            self._where[row[0]] = len(self._rows)
            self._rows.append(row)

    # fetching on scroll -------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._matching

    def fetchMore(self, parent: Index = QModelIndex(), rows: int = 0) -> None:  # noqa: B008, N802
        """The next page (the view asks when it is scrolled to the last row fetched), or
        the next `rows` rows in one read."""
        if parent.isValid() or self._source is None or not self.canFetchMore():
            return
        start, count = len(self._rows), max(rows, self._page_size)
        if self._order is not None:
            page = self._source.rows(self._order[start : start + count])
        else:
            last = self._rows[-1] if self._rows else None  # the next page starts after it
            page = self._source.page(self.query(), start, count, last)
        if not page:  # calls removed meanwhile: the list ends here
            self._matching = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._append(page)
        self.endInsertRows()

    def fetch_all(self) -> None:
        """Every row the filter lets through (scrolling to the end)."""
        while self.canFetchMore():
            self.fetchMore()

    def reveal(self, call_id: int) -> int | None:
        """The call's row, fetching the rows up to it when it has not been fetched yet;
        None when the filter hides it."""
        row = self._where.get(call_id)
        if row is not None or self._source is None:
            return row
        if self._order is not None:
            position = self._order.index(call_id) if call_id in self._order else None
        else:
            position = self._source.position(self.query(), call_id)
        if position is None:
            return None
        if position >= len(self._rows):  # one read up to it, and a page past it
            self.fetchMore(rows=position + 1 - len(self._rows) + self._page_size)
        return self._where.get(call_id)

    # sorting -----------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by the underlying value of `column` (in the store); equal values keep
        newest-first order. The rows start again from the top."""
        if not 0 <= column < len(Column) or (Column(column), order) == self._sort:
            return
        self._sort = (Column(column), order)
        self._reload(self._page_size)

    # access ------------------------------------------------------------------
    def summary(self, row: int) -> CallSummary:
        return summary_of(self._rows[row])

    def call_id(self, row: int) -> int:
        return self._rows[row][0]

    def row_of(self, call_id: int) -> int | None:
        """The call's row among the rows fetched (reveal() fetches up to it)."""
        return self._where.get(call_id)

    def cells(self, row: int) -> tuple[tuple[str, ...], tuple[str | None, ...]]:
        """The row's texts and text colours (palette roles), column by column: its dates
        parsed and its cells worded when first asked for, then kept (ui.widgets.
        history_table paints from here without a data() call per role)."""
        cells = self._cells.get(row)
        if cells is None:
            summary, today = summary_of(self._rows[row]), self._today()  # one today a row
            cells = self._cells[row] = (
                tuple(cell_text(summary, c, self._names) for c in Column),
                tuple(cell_colour(summary, c, today) for c in Column),
            )
        return cells

    # Qt model interface -----------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return header(Column(section))
            if role == Qt.ItemDataRole.TextAlignmentRole and section == Column.OPEN:
                return Qt.AlignmentFlag.AlignCenter
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Painting asks for about seven roles of every visible cell: the two it shows
        come from the row's cached cells, the rest are answered without parsing it."""
        if role in (_DISPLAY, _FOREGROUND):
            cells = self.cells(index.row())
            if role == _DISPLAY:
                return cells[0][index.column()]
            colour = cells[1][index.column()]
            return QColor(getattr(current(), colour)) if colour else None
        if role == _ALIGNMENT:
            return Qt.AlignmentFlag.AlignCenter if index.column() == Column.OPEN else None
        if role not in _OTHER_ROLES or not index.isValid():
            return None
        raw = self._rows[index.row()]
        if role == CALL_ID_ROLE:
            return raw[0]
        if role == CLIENT_ROLE:
            return raw[1]
        if role == SORT_ROLE:
            return sort_key(summary_of(raw), Column(index.column()), self._names)
        return cell_tooltip(summary_of(raw), Column(index.column()), self._today())
