"""Item delegate that wraps long text to the column width instead of eliding it.

Checklist items are sentences; at 420 px (compact mode) an elided "Say the bad
news in th…" is useless, so rows grow to show the whole item.

The width available to the text is worked out from the column width and style
metrics rather than from a copied QStyleOptionViewItem: copying and filling one
in Python trips a reference-count bug in PySide6 (a crash at exit).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

VERTICAL_PADDING = 8
SAFETY_PX = 12  # styles add spacing the metrics do not report; wrap a little early
Index = QModelIndex | QPersistentModelIndex


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        view.header().sectionResized.connect(self._relayout)

    def _relayout(self) -> None:
        self.view.doItemsLayout()

    def text_width(self, index: Index) -> int:
        """Pixels left for the text in this cell: column minus indent, check box, margins."""
        style = self.view.style()
        width = self.view.columnWidth(index.column())
        if index.column() == 0:
            width -= self.view.indentation() * (_depth(index) + 1)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        width -= 2 * margin
        if index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            width -= style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 2 * margin
        return max(20, width - SAFETY_PX)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        base = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            return base
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else self.view.fontMetrics()
        bounds = metrics.boundingRect(
            0, 0, self.text_width(index), 100_000, Qt.TextFlag.TextWordWrap, str(text)
        )
        return QSize(base.width(), max(base.height(), bounds.height() + VERTICAL_PADDING))


def _depth(index: Index) -> int:
    depth = 0
    parent = index.parent()
    while parent.isValid():
        depth += 1
        parent = parent.parent()
    return depth
