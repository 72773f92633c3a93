"""The next-steps table as the live and detail pages show it: rows, no editing in place."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.a11y import named


def steps_table(
    model: QAbstractItemModel, object_name: str, tooltip: str, min_height: int
) -> QTableView:
    """What stretches, the rest fits its contents; edits go through the step dialog."""
    table = named(QTableView(), object_name, "Next steps", tooltip)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setShowGrid(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setMinimumHeight(min_height)
    # A new or edited row's text is measured at once: left to Qt, the columns kept their
    # old widths until the next resize ('Tod…', 'Hann…' beside a long step).
    for change in (model.rowsInserted, model.dataChanged, model.modelReset):
        change.connect(header.resizeSections)
    return table
