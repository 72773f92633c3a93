"""Finding text that does not fit where it is shown: table cells and line edits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView

PADDING = 8  # the style's cell margins, left and right together


def clipped_cells(table: QTableView, skip: tuple[int, ...] = ()) -> list[str]:
    """'row,column: text' for each shown cell whose text is wider than its column.
    Columns in `skip` stretch and elide on purpose (their tooltip has the whole text)."""
    model = table.model()
    metrics = table.fontMetrics()
    found = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            if column in skip or table.isColumnHidden(column):
                continue
            text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text:
                continue
            need = metrics.horizontalAdvance(text) + PADDING
            extra = (
                24
                if column == 0
                and model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) is not None
                else 0
            )
            if table.columnWidth(column) < need + extra:
                has = table.columnWidth(column)
                found.append(f"{row},{column}: {text!r} needs {need + extra}, has {has}")
    return found


def clipped_line(edit: QLineEdit) -> bool:
    """A line edit too narrow for its whole text (with room for the cursor)."""
    return edit.width() < edit.fontMetrics().horizontalAdvance(edit.text()) + 16
