"""The table of past calls, used by History and by the client overview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.i18n import tr
from ui.models.history import Column, HistoryModel
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


class HistoryTable(QTableView):
    """The table itself: whole-row selection, no editing, widths set once (never by content)."""

    def __init__(self, model: HistoryModel, parent: QWidget | None = None):
        super().__init__(parent)
        named(self, "historyTable", "Past calls", tr("Enter or double-click opens the call"))
        self.setModel(model)
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
