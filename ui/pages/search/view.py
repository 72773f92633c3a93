"""Ctrl+F in the window: the search panel floating over the right of the current page.

It floats rather than docks, so it never changes the minimum size of the window
(compact mode stays at 420 px; no page is squeezed). It follows the page stack's
geometry, Escape or ✕ closes it, and opening a result closes it too (Ctrl+F brings
it back with the same words and results).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.i18n import tr
from ui.pages.search.panel import SearchPanel
from ui.widgets.common import named

MAX_WIDTH = 480
NARROW = 700  # below this the popover takes the whole width (compact mode)
GAP = 8


class SearchPopover(QFrame):
    """A child of `parent`, placed over `anchor` (the page stack); emits nothing itself:
    connect `panel.open_call`."""

    def __init__(self, anchor: QWidget, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("searchPopover")
        self.setAccessibleName("Search past calls")
        self.setAutoFillBackground(True)
        self._anchor = anchor
        self.panel = SearchPanel()
        title = QLabel(tr("Search past calls"))
        title.setObjectName("sectionLabel")
        self.close_button = named(
            QPushButton("✕"), "searchClose", "Close the search", tr("Close (Escape)")
        )
        self.close_button.setFlat(True)
        self.close_button.setStyleSheet("padding: 2px 10px;")
        self.close_button.clicked.connect(self.hide)
        top = QHBoxLayout()
        top.setContentsMargins(10, 6, 4, 0)
        top.addWidget(title, 1)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.panel, 1)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.hide)
        self._follower = _GeometryFollower(self)
        anchor.installEventFilter(self._follower)
        self.hide()

    def place(self) -> None:
        """Over the right of the anchor, full height; the whole width when narrow."""
        area = self._anchor.geometry()
        if self._anchor.parentWidget() is not self.parentWidget():
            top_left = self._anchor.mapTo(self.parentWidget(), self._anchor.rect().topLeft())
            area = QRect(top_left, area.size())
        inner = area.adjusted(GAP, GAP, -GAP, -GAP)
        width = inner.width() if area.width() < NARROW else min(MAX_WIDTH, inner.width() // 2)
        self.setGeometry(inner.right() - width + 1, inner.top(), width, inner.height())

    def open(self) -> None:
        """Show (on top of the page) with the cursor in the field, its text selected."""
        self.place()
        self.show()
        self.raise_()
        self.panel.focus_search()

    def release(self) -> None:
        """Stop following the page stack and stop the panel (the window is closing)."""
        self._anchor.removeEventFilter(self._follower)
        self.panel.release()


class _GeometryFollower(QObject):
    """Re-places the popover when the page stack moves or resizes (banner shown, window
    resized); a separate object so the popover's own events are not filtered."""

    def __init__(self, popover: SearchPopover):
        super().__init__(popover)
        self._popover = popover

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move) and self._popover.isVisible():
            self._popover.place()
        return False
