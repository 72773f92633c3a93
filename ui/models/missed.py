"""The checklist items a call missed, as a tree under their section headings: the wrap-up
and the call detail show them the same way."""

from __future__ import annotations

from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from domain.coverage import Coverage
from domain.model import Section
from ui.i18n import tr


def fill_missed(model: QStandardItemModel, result: Coverage) -> None:
    """The missed checklist items under their section's heading (the detail page shows
    them the same way)."""
    model.clear()
    bold = QFont()
    bold.setBold(True)
    for section in Section:
        missed = [item for item in result.missed if item.section is section]
        if not missed:
            continue
        head = QStandardItem(tr(section.label))
        head.setFont(bold)
        head.setEditable(False)
        for item in missed:
            child = QStandardItem(tr(item.text))
            child.setEditable(False)
            child.setToolTip(tr(item.hint or item.text))
            head.appendRow(child)
        model.appendRow(head)
