"""The playbook's checklist as a two-level tree: four sections, their items checkable.

A check from the view does not change the model: it asks (tickRequested), the
controller stores the Tick, then calls apply_tick. So no tick shows before it is
on disk.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from domain.model import Section
from domain.playbooks import Playbook
from domain.timefmt import minute_of
from ui.i18n import tr

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = (QT_TR_NOOP("To cover"), QT_TR_NOOP("When"))

Index = QModelIndex | QPersistentModelIndex


class ChecklistModel(QStandardItemModel):
    tickRequested = Signal(str, bool)  # noqa: N815 (Qt signal naming)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: dict[str, tuple[QStandardItem, QStandardItem]] = {}
        self._sections: dict[Section, QStandardItem] = {}
        self._titles: dict[Section, str] = {}
        self._applying = False
        self.setHorizontalHeaderLabels([tr(h) for h in HEADERS])

    def load(self, playbook: Playbook, ticked: dict[str, int | None]) -> None:
        """Show `playbook`'s items; `ticked` maps ticked item ids to the tick's offset."""
        self.removeRows(0, self.rowCount())  # not clear(): that resets the view's header
        self._items.clear()
        self._sections.clear()
        bold = QFont()
        bold.setBold(True)
        for section in Section:
            head = QStandardItem(tr(section.label))
            head.setFont(bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            tail = QStandardItem("")
            tail.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self._sections[section] = head
            self._titles[section] = tr(section.label)
            for item in playbook.section(section):
                text = QStandardItem(tr(item.text))
                text.setData(item.id, ITEM_ID_ROLE)
                text.setToolTip(tr(item.hint or item.text))
                text.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                text.setCheckState(Qt.CheckState.Unchecked)
                when = QStandardItem("")
                when.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                head.appendRow([text, when])
                self._items[item.id] = (text, when)
            self.appendRow([head, tail])
        for item_id, offset in ticked.items():
            if item_id in self._items:
                self.apply_tick(item_id, True, offset)
        self._refresh_counts()

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role == Qt.ItemDataRole.CheckStateRole and not self._applying:
            item_id = index.data(ITEM_ID_ROLE)
            if item_id:
                self.tickRequested.emit(item_id, _checked(value))
            return False
        return super().setData(index, value, role)

    def apply_tick(self, item_id: str, ticked: bool, offset_ms: int | None) -> None:
        """Show a stored tick (or untick) and the minute it happened."""
        text, when = self._items[item_id]
        self._applying = True
        try:
            text.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            when.setText(minute_of(offset_ms) if ticked else "")
        finally:
            self._applying = False
        self._refresh_counts()

    def is_ticked(self, item_id: str) -> bool:
        return self._items[item_id][0].checkState() == Qt.CheckState.Checked

    def item_index(self, item_id: str) -> QModelIndex:
        return self._items[item_id][0].index()

    def first_open_index(self) -> QModelIndex:
        """The first item not ticked yet (the first item when all are)."""
        ids = self.item_ids()
        open_ids = [i for i in ids if not self.is_ticked(i)]
        chosen = (open_ids or ids or [None])[0]
        return self.item_index(chosen) if chosen is not None else QModelIndex()

    def item_ids(self) -> list[str]:
        return list(self._items)

    def item_text(self, item_id: str) -> str:
        return self._items[item_id][0].text()

    def minute_text(self, item_id: str) -> str:
        return self._items[item_id][1].text()

    def _refresh_counts(self) -> None:
        for section, head in self._sections.items():
            children = [head.child(row) for row in range(head.rowCount())]
            done = sum(1 for c in children if c.checkState() == Qt.CheckState.Checked)
            self._applying = True
            try:
                head.setText(f"{self._titles[section]}  {done}/{len(children)}")
            finally:
                self._applying = False


def _checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value
