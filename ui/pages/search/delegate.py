"""Paints a search result as rich text: heading and kind, then the highlighted snippet."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ui.pages.search.model import HTML_ROLE
from ui.palette import current

Index = QModelIndex | QPersistentModelIndex
PADDING = 6
MAX_LINES = 6


class HitDelegate(QStyledItemDelegate):
    """Draws the item background the usual way, then the result's HTML on top of it."""

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self._view = view
        self._doc = QTextDocument()
        self._doc.setDocumentMargin(0)
        self._font_key = ""
        self._heights: dict[tuple[int, int], int] = {}  # (row, width) -> height; per result set
        view.model().modelReset.connect(self._heights.clear)

    def document(
        self, option: QStyleOptionViewItem, index: Index, width: int, selected: bool = False
    ) -> QTextDocument:
        """The laid-out document a result is painted from."""
        text = index.data(HTML_ROLE) or ""
        if selected:  # secondary text must stay readable on the selection colour
            highlighted = option.palette.color(QPalette.ColorRole.HighlightedText)
            text = text.replace(current().muted, highlighted.name())
        font_key = option.font.key()
        if font_key != self._font_key:  # setting the font re-lays out: only when it changes
            self._font_key = font_key
            self._doc.setDefaultFont(option.font)
        self._doc.setHtml(text)
        self._doc.setTextWidth(max(80, width - 2 * PADDING))
        return self._doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        doc = self.document(option, index, option.rect.width(), selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        clip = QRectF(0, 0, option.rect.width() - 2 * PADDING, option.rect.height() - PADDING)
        context.clip = clip
        painter.save()
        painter.translate(option.rect.left() + PADDING, option.rect.top() + PADDING)
        painter.setClipRect(clip)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """As tall as the wrapped text at the list's width, at most MAX_LINES lines."""
        width = self._view.viewport().width()
        key = (index.row(), width)
        if key not in self._heights:
            doc = self.document(option, index, width)
            line = option.fontMetrics.lineSpacing()
            height = min(int(doc.size().height()) + 1, MAX_LINES * line)
            self._heights[key] = max(height, 2 * line) + 2 * PADDING
        return QSize(width, self._heights[key])
