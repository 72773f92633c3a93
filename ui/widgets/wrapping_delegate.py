"""Item delegate that wraps long text to the column width instead of eliding it.

Checklist items are sentences; at 420 px (compact mode) an elided "Say the bad
news in th…" is useless, so rows grow to show the whole item.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

VERTICAL_PADDING = 8


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        view.header().sectionResized.connect(lambda *_: view.doItemsLayout())

    def sizeHint(  # noqa: N802 (Qt name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self.view.columnWidth(index.column())
        if index.column() == 0:
            width -= self.view.indentation() * (_depth(index) + 1)
        rect = QRect(opt.rect)  # a copy: mutating opt.rect in place trips a PySide refcount bug
        rect.setWidth(max(40, width))
        opt.rect = rect
        style = self.view.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, self.view)
        flags = Qt.TextFlag.TextWordWrap
        bounds = opt.fontMetrics.boundingRect(
            0, 0, max(20, text_rect.width()), 10_000, flags, opt.text
        )
        return QSize(base.width(), max(base.height(), bounds.height() + VERTICAL_PADDING))


def _depth(index: QModelIndex | QPersistentModelIndex) -> int:
    depth = 0
    parent = index.parent()
    while parent.isValid():
        depth += 1
        parent = parent.parent()
    return depth
