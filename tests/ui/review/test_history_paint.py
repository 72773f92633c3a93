"""The history table paints its cells from the model's kept cells (CellPainter), not
through a data() call per role: the pixels must be Qt's own delegate's."""

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QStyledItemDelegate

from tests.ui.review.conftest import add_call, add_step
from ui.models.history import Column, HistoryFilter, HistoryModel
from ui.style import apply_style
from ui.widgets.history_table import CellPainter, HistoryTable


def _table(store, qtbot, client: str | None = None) -> HistoryTable:
    base = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    for day in range(12):  # due and done check-ins, open steps and none: every colour
        call = add_call(
            store,
            "Acme" if day % 2 else "Beta",
            f"Call {day}\nsecond line" if day == 3 else f"Call {day}",
            started=base + timedelta(days=day),
            follow_up_on=date(2026, 3, 5 + day) if day % 3 else None,
        )
        if day % 4 == 0:
            add_step(store, call, "send the plan", date(2026, 4, 1))
    model = HistoryModel(today=lambda: date(2026, 3, 10))
    model.set_source(store.history, HistoryFilter(client=client))
    table = HistoryTable(model)
    if client:
        table.setColumnHidden(Column.CLIENT, True)  # as the client page shows it
    qtbot.addWidget(table)
    table.resize(1100, 420)
    table.show()
    qtbot.waitExposed(table)
    table.selectRow(2)
    return table


def _with_qt_delegate(table: HistoryTable):
    table.setItemDelegate(QStyledItemDelegate(table))
    return table.grab().toImage()


@pytest.mark.parametrize("styled", [False, True])
@pytest.mark.parametrize("client", [None, "Acme"])
def test_cells_paint_as_qt_paints_them(store, qtbot, styled, client):
    app = QApplication.instance()
    sheet = app.styleSheet()
    if styled:
        apply_style(app)
    try:
        table = _table(store, qtbot, client)
        assert isinstance(table.itemDelegate(), CellPainter)
        ours = table.grab().toImage()
        assert ours == _with_qt_delegate(table)
    finally:
        app.setStyleSheet(sheet)


def test_cells_are_the_models_data(store, qtbot):
    """What the painter shows is what data() answers (texts and colours)."""
    table = _table(store, qtbot)
    model = table.model()
    for row in range(model.rowCount()):
        texts, colours = model.cells(row)
        for column in Column:
            index = model.index(row, column)
            assert texts[column] == index.data()
            foreground = index.data(9)  # Qt.ForegroundRole
            assert (foreground is None) == (colours[column] is None)
