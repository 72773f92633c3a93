"""The main window: a stack of named pages, a menu bar and a status bar. Layout only.

Pages and actions are registered by the controllers (add_page, add_action), so a
later screen is one more view, one more controller and one registration.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QStatusBar,
    QWidget,
)

if TYPE_CHECKING:  # QAction and QKeySequence are named when the menus are built, after the
    # first frame: naming a PySide class builds its enums (QAction's and QKeySequence's, six)
    from PySide6.QtGui import QAction

# QtCore.Qt is named only inside methods: PySide makes the whole Qt namespace (every enum
# in it, about 25 ms) when a module first names it, and the first frame does not need it.
APP_TITLE = "Candor"
DEFAULT_SIZE = (1100, 720)
from ui.i18n import tr  # noqa: E402 (after the Qt imports)
from ui.shell.actions import MENU_ORDER  # noqa: E402


class MainWindow(QMainWindow):
    pageChanged = Signal(str)  # noqa: N815 (Qt signal naming)
    closing = Signal()
    filesDropped = Signal(list)  # noqa: N815 local paths dropped on the window

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setAccessibleName("Candor")
        self.setWindowTitle(APP_TITLE)
        self.resize(*DEFAULT_SIZE)
        self.setAcceptDrops(True)  # an invitation (.ics) dropped on the window
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.setCentralWidget(self.stack)
        self.menuBar().setObjectName("menuBar")
        self.menuBar().setAccessibleName("Menu bar")
        self._pages: dict[str, QWidget] = {}
        self._menus: dict[str, QMenu] = {}
        self.actions_by_name: dict[str, QAction] = {}
        for title in MENU_ORDER:
            self.menu(title)

    # pages ---------------------------------------------------------------------
    def add_page(self, name: str, page: QWidget) -> None:
        page.setProperty("pageName", name)
        self._pages[name] = page
        self.stack.addWidget(page)

    def page(self, name: str) -> QWidget:
        return self._pages[name]

    def show_page(self, name: str) -> None:
        page = self._pages[name]
        # Hidden pages must not widen the window (compact mode needs 420 px), so only
        # the current page takes part in the stack's minimum size.
        for other in self._pages.values():
            policy = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
            other.setSizePolicy(policy, policy)
        if self.stack.currentWidget() is not page:
            self.stack.setCurrentWidget(page)
        self.pageChanged.emit(name)

    def current_page(self) -> str:
        current = self.stack.currentWidget()
        return str(current.property("pageName")) if current else ""

    # menus and actions -----------------------------------------------------------
    def menu(self, title: str) -> QMenu:
        """The menu with this title ('&History'), created at the end of the bar if new."""
        if title not in self._menus:
            menu = self.menuBar().addMenu(tr(title))
            menu.setObjectName(f"menu_{title.replace('&', '').lower()}")
            self._menus[title] = menu
        return self._menus[title]

    def add_action(
        self,
        menu_title: str,
        name: str,
        text: str,
        shortcuts: Sequence[str] = (),
        slot: Callable[[], None] | None = None,
        checkable: bool = False,
    ) -> QAction:
        """A menu entry whose shortcuts work on every page, even with the menu bar hidden."""
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(tr(text), self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(QtCore.Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(checkable)
        if slot is not None:
            action.triggered.connect(slot)  # PySide drops the unused 'checked' argument
        self.menu(menu_title).addAction(action)
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    # window state ------------------------------------------------------------------
    def set_on_top(self, on_top: bool) -> None:
        """Changing window flags hides a window; show it again where it was."""
        geometry = self.geometry()
        visible = self.isVisible()
        self.setWindowFlag(QtCore.Qt.WindowType.WindowStaysOnTopHint, on_top)
        if visible:
            self.setGeometry(geometry)
            self.show()
            self.activateWindow()  # the user is typing here; keep the keyboard

    def is_on_top(self) -> bool:
        return bool(self.windowFlags() & QtCore.Qt.WindowType.WindowStaysOnTopHint)

    def settle_layouts(self, passes: int = 6) -> None:
        """Apply pending layout changes now, so a resize right after hiding widgets is not
        refused by a stale minimum size (each pass moves one level up the widget tree)."""
        for _ in range(passes):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.layout().invalidate()
        self.layout().activate()

    def add_status_bar(self) -> QStatusBar:
        """The status bar, made on first use: the first QStatusBar costs 7 ms, and the
        first frame (the recent calls) goes without it (ui.app builds it a turn later)."""
        bar = self.findChild(QStatusBar, "statusBar")
        if bar is None:
            bar = self.statusBar()
            bar.setObjectName("statusBar")
        return bar

    def show_message(self, text: str, timeout_ms: int = 5000) -> None:
        self.add_status_bar().showMessage(text, timeout_ms)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt name)
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt name)
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.filesDropped.emit(paths)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        self.closing.emit()
        super().closeEvent(event)
