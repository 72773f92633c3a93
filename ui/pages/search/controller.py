"""Search (Ctrl+F): a panel floating over the current page, not a page of its own.

Enter opens the call (and closes the panel; Ctrl+F brings it back with the same words).
A call edited elsewhere is searched again while the panel is open. The panel asks for
searches; they run here, on the worker's own read-only connection off the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QStackedWidget, QWidget

from domain.model import SearchHit
from storage.errors import StorageError
from ui.pages.search.panel import RESULT_LIMIT, SearchPanel
from ui.pages.search.view import SearchPopover
from ui.pages.search.worker import BackgroundSearch
from ui.shell.context import PageContext


class SearchController(QObject):
    def __init__(self, ctx: PageContext, stack: QStackedWidget, area: QWidget) -> None:
        """The popover floats over `stack` (the pages), as a child of `area`."""
        super().__init__(ctx.parent)
        self.ctx = ctx
        self._stack = stack
        self.popover = SearchPopover(stack, area)
        self.worker = BackgroundSearch(ctx.store.path, self)
        panel = self.popover.panel
        panel.open_call.connect(self._open)
        panel.searchRequested.connect(self._submit)
        panel.searchCancelled.connect(self.worker.cancel)
        self.worker.results.connect(self._arrived)
        self.worker.failed.connect(self._failed)
        ctx.events.callChanged.connect(self._call_changed)

    @property
    def panel(self) -> SearchPanel:
        return self.popover.panel

    @property
    def visible(self) -> bool:
        return self.popover.isVisible()

    def show(self) -> None:
        """The search over the current page, the cursor in its field."""
        if not self.popover.isVisible() and self.panel.words().strip():
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
        self.panel.type_words(words)

    def search_now(self, words: str) -> None:
        """Put `words` in the panel and show their results at once (searched in this
        thread, for an immediate answer)."""
        if not self.panel.set_words(words):
            return
        try:
            hits = self.worker.search_now(words, RESULT_LIMIT)
        except (StorageError, OSError) as exc:
            self.panel.show_failure(str(exc))
            return
        self.panel.show_hits(hits)

    def _submit(self, words: str) -> None:
        self.worker.submit(words, RESULT_LIMIT)

    def _arrived(self, _generation: int, hits: list[SearchHit]) -> None:
        self.panel.show_hits(hits)

    def _failed(self, _generation: int, message: str) -> None:
        self.panel.show_failure(message)

    def _open(self, call_id: int) -> None:
        self.popover.hide()
        self.ctx.navigator.open_call(call_id)

    def _call_changed(self, _call_id: int) -> None:
        if self.visible and self.panel.words().strip():
            self.panel.refresh()

    def release(self) -> None:
        self.popover.release()
        self.worker.cancel()
