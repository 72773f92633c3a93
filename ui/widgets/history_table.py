"""The table of past calls, used by History and by the client overview."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ui.i18n import tr
from ui.models.history import Column, HistoryModel
from ui.palette import current
from ui.widgets.common import named

_WIDTHS = {
    Column.DATE: 135,
    Column.CLIENT: 160,
    Column.SCENARIO: 165,
    Column.STATUS: 75,
    Column.OPEN: 125,
    Column.FOLLOW_UP: 100,
    Column.LETTER: 100,
}
SUBJECT_MIN = 240
CELL_PADDING = 24
# The widest value a column shows (dates in their longest month and weekday names).
_WIDEST = {
    Column.DATE: "2026-12-28 23:59",
    Column.FOLLOW_UP: "28 Sep 2026  ✓",
    Column.LETTER: "Sent 28 Sep 2026",
    Column.STATUS: "Prepared",
    Column.SCENARIO: "Working as designed",
}


_CENTER = Qt.AlignmentFlag.AlignCenter
_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_TEXT = QPalette.ColorRole.Text


class CellPainter(QStyledItemDelegate):
    """Paints the table's cells from the model's kept texts and colours (HistoryModel.
    cells): Qt's delegate asks the model for seven roles of every visible cell, each a call
    into Python, so a page of rows cost ~1,500 data() calls a paint. The option is filled
    as QStyledItemDelegate.initStyleOption fills it from those roles (alignment, text
    colour, text; no font, icon, check box or background), so the pixels are the same;
    the style still draws the cell."""

    def __init__(self, model: HistoryModel, parent: QWidget | None = None):
        super().__init__(parent)
        self._model = model
        self._brushes: dict[str, QBrush] = {}  # by colour: made once, not per cell

    def initStyleOption(  # noqa: N802 (Qt name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        column = index.column()
        texts, colours = self._model.cells(index.row())
        option.index = index
        if column == Column.OPEN:
            option.displayAlignment = _CENTER
        colour = colours[column]
        if colour:
            value = getattr(current(), colour)
            brush = self._brushes.get(value)
            if brush is None:
                brush = self._brushes[value] = QBrush(QColor(value))
            palette = option.palette
            palette.setBrush(_TEXT, brush)
            option.palette = palette
        option.features |= _HAS_DISPLAY
        text = texts[column]
        option.text = text.replace("\n", "\u2028") if "\n" in text else text  # as Qt's
        option.styleObject = None  # no style animations in item views (QTBUG-30146)


class HistoryTable(QTableView):
    """The table itself: whole-row selection, no editing, widths set once (never by content)."""

    def __init__(self, model: HistoryModel, parent: QWidget | None = None):
        super().__init__(parent)
        named(self, "historyTable", "Past calls", tr("Enter or double-click opens the call"))
        self.setModel(model)
        self.setItemDelegate(CellPainter(model, self))
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(60)
        self._set_widths()
        self._fitted = False  # measured again in the style's font when first shown
        header.setStretchLastSection(False)
        header.setSortIndicator(Column.DATE, Qt.SortOrder.DescendingOrder)
        header.sectionResized.connect(self._fit_subject)
        self.setSortingEnabled(True)

    def _set_widths(self) -> None:
        """The defaults, widened where a heading or the widest value of the column (in
        the style's font) would not fit: a clipped date reads as nothing ('20…')."""
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        for column, width in _WIDTHS.items():
            widest = metrics.horizontalAdvance(_WIDEST.get(column, "")) + CELL_PADDING
            self.setColumnWidth(column, max(width, header.sectionSizeHint(column), widest))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        """The style sheet's font is known only once the table is shown: measure again
        then (once, so widths the user set later are kept)."""
        if not self._fitted:
            self._fitted = True
            self._set_widths()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_subject()

    def _fit_subject(self, section: int = -1, *_: int) -> None:
        """The subject takes the room the other columns leave, but never less than SUBJECT_MIN
        (a narrow window scrolls sideways rather than squeezing the subject away)."""
        if section == Column.SUBJECT:
            return
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in Column
            if c != Column.SUBJECT and not self.isColumnHidden(c)
        )
        self.setColumnWidth(Column.SUBJECT, max(SUBJECT_MIN, self.viewport().width() - others))
