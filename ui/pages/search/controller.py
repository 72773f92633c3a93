"""Search (Ctrl+F): a panel floating over the current page, not a page of its own.

Enter opens the call (and closes the panel; Ctrl+F brings it back with the same words).
A call edited elsewhere is searched again while the panel is open.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QStackedWidget, QWidget

from ui.pages.search.panel import SearchPanel
from ui.pages.search.view import SearchPopover
from ui.shell.context import PageContext


class SearchController(QObject):
    def __init__(self, ctx: PageContext, stack: QStackedWidget, area: QWidget) -> None:
        """The popover floats over `stack` (the pages), as a child of `area`."""
        super().__init__(ctx.parent)
        self.ctx = ctx
        self._stack = stack
        self.popover = SearchPopover(ctx.store, stack, area)
        self.popover.panel.open_call.connect(self._open)
        ctx.events.callChanged.connect(self._call_changed)

    @property
    def panel(self) -> SearchPanel:
        return self.popover.panel

    @property
    def visible(self) -> bool:
        return self.popover.isVisible()

    def show(self) -> None:
        """The search over the current page, the cursor in its field."""
        if not self.popover.isVisible() and self.panel.field.text().strip():
            self.panel.refresh()  # what was found before may have changed since
        self.popover.open()

    def hide(self) -> None:
        if self.popover.isVisible():
            self.popover.hide()
            page = self._stack.currentWidget()
            if page is not None:
                page.setFocus(Qt.FocusReason.OtherFocusReason)

    def search(self, words: str) -> None:
        """Show the panel searching for `words` (as if typed)."""
        self.show()
        self.panel.field.setText(words)

    def _open(self, call_id: int) -> None:
        self.popover.hide()
        self.ctx.navigator.open_call(call_id)

    def _call_changed(self, _call_id: int) -> None:
        if self.visible and self.panel.field.text().strip():
            self.panel.refresh()

    def release(self) -> None:
        self.popover.release()
