"""The playbook's checklist as an editable tree: the four sections, their items below.

An item's text and hint are edited in place (F2, or a double click); Alt+Up and Alt+Down
move it within its section, Delete removes it, Insert adds one to the section of the
current row; an item can also be dragged, within its section or into another. The tree
says what the user wants (signals with item ids); the controller changes the playbook
and hands the tree the result, so undo and the file always agree with what it shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDropEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from domain.model import Section
from domain.playbooks import Playbook
from ui.i18n import tr
from ui.palette import current

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_ROLE = Qt.ItemDataRole.UserRole + 2


_ITEM_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsEditable
    | Qt.ItemFlag.ItemIsDragEnabled
)


class ChecklistTree(QTreeWidget):
    edited = Signal(str, str, str)  # item id, text, hint
    addRequested = Signal(str)  # noqa: N815 (Qt signal naming) section value
    removeRequested = Signal(str)  # noqa: N815 item id
    moveRequested = Signal(str, int)  # noqa: N815 item id, -1 up / +1 down
    arranged = Signal(object)  # dict[Section, list[item id]] after a drag

    def __init__(self) -> None:
        super().__init__()
        self.setColumnCount(2)
        self.setHeaderLabels([tr("Item"), tr("Hint (its tooltip in the call)")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.header().setStretchLastSection(True)
        self.setColumnWidth(0, 500)  # a 72-character item whole, the hint beside it
        self.invisibleRootItem().setFlags(Qt.ItemFlag.ItemIsEnabled)  # drops go into a section
        self._filling = False
        bold = QFont()
        bold.setBold(True)
        self._heads: dict[Section, QTreeWidgetItem] = {}
        for section in Section:  # made once: show_playbook changes only their rows
            head = QTreeWidgetItem([tr(section.label), ""])
            head.setData(0, SECTION_ROLE, section.value)
            head.setFont(0, bold)
            head.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsDropEnabled
                | Qt.ItemFlag.ItemIsSelectable
            )
            self.addTopLevelItem(head)
            head.setExpanded(True)
            self._heads[section] = head
        self.itemChanged.connect(self._changed)

    # shown ----------------------------------------------------------------------------
    def show_playbook(self, playbook: Playbook, problems: dict[str, str]) -> None:
        """All items, the current one kept current; `problems` maps item ids to what is
        wrong with them (shown in red, the reason as the tooltip).

        The rows are updated in place, never cleared and made anew: this runs while Qt
        is still inside the tree (committing an edited item, a key press, a drop), and
        an item deleted under it there crashes the process."""
        keep = self.current_item_id() or self.current_section()
        self._filling = True
        danger = QBrush(QColor(current().danger))
        for section in Section:
            head = self._heads[section]
            items = playbook.section(section)
            while head.childCount() > len(items):
                head.takeChild(head.childCount() - 1)
            for n, item in enumerate(items):
                if n < head.childCount():
                    row = head.child(n)
                else:
                    row = QTreeWidgetItem()
                    row.setFlags(_ITEM_FLAGS)
                    head.addChild(row)
                for column, text in ((0, item.text), (1, item.hint)):
                    if row.text(column) != text:
                        row.setText(column, text)
                row.setData(0, ID_ROLE, item.id)
                why = problems.get(item.id, "")
                row.setToolTip(0, why or tr("F2 to reword; Alt+Up and Alt+Down to move"))
                row.setData(0, Qt.ItemDataRole.ForegroundRole, danger if why else None)
        self._filling = False
        if keep:
            self.select(keep)

    def select(self, key: str) -> None:
        """Make the item with this id (or the section with this value) current."""
        for n in range(self.topLevelItemCount()):
            head = self.topLevelItem(n)
            if head.data(0, SECTION_ROLE) == key:
                self.setCurrentItem(head)
                return
            for c in range(head.childCount()):
                if head.child(c).data(0, ID_ROLE) == key:
                    self.setCurrentItem(head.child(c))
                    return

    def current_item_id(self) -> str:
        item = self.currentItem()
        return str(item.data(0, ID_ROLE) or "") if item is not None else ""

    def current_section(self) -> str:
        item = self.currentItem()
        if item is None:
            return Section.FACTS.value
        head = item.parent() or item
        return str(head.data(0, SECTION_ROLE))

    def item_texts(self, section: Section) -> list[str]:
        """What the tree shows under `section` (tests read it)."""
        for n in range(self.topLevelItemCount()):
            head = self.topLevelItem(n)
            if head.data(0, SECTION_ROLE) == section.value:
                return [head.child(c).text(0) for c in range(head.childCount())]
        return []

    # what the user does ---------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        key, mods = event.key(), event.modifiers()
        item_id = self.current_item_id()
        alt = mods & Qt.KeyboardModifier.AltModifier
        if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and item_id:
            self.moveRequested.emit(item_id, -1 if key == Qt.Key.Key_Up else 1)
            return
        if key == Qt.Key.Key_Delete and item_id and self.state() != self.State.EditingState:
            self.removeRequested.emit(item_id)
            return
        if key == Qt.Key.Key_Insert:
            self.addRequested.emit(self.current_section())
            return
        super().keyPressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt name)
        """Let Qt move the row, then say the order it now shows (items dropped onto an
        item land in its section)."""
        super().dropEvent(event)
        order: dict[Section, list[str]] = {}
        for n in range(self.topLevelItemCount()):
            head = self.topLevelItem(n)
            value = head.data(0, SECTION_ROLE)
            if value is None:  # dropped between the sections: not a place for an item
                continue
            ids: list[str] = []
            self._collect(head, ids)
            order[Section(value)] = ids
        self.arranged.emit(order)

    def _collect(self, parent: QTreeWidgetItem, ids: list[str]) -> None:
        for c in range(parent.childCount()):
            child = parent.child(c)
            if child.data(0, ID_ROLE):
                ids.append(str(child.data(0, ID_ROLE)))
            self._collect(child, ids)

    def _changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._filling or not item.data(0, ID_ROLE):
            return
        self.edited.emit(str(item.data(0, ID_ROLE)), item.text(0), item.text(1))
