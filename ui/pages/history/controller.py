"""History: every past call, filterable and sortable; Return opens one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from domain.history import HistoryQuery
from storage.history import ordered_ids
from ui.pages.history.view import HistoryView
from ui.shell.context import PageContext
from ui.shell.navigator import ReadOnlyPage
from ui.shell.pages import Page


class HistoryController(ReadOnlyPage, QObject):
    def __init__(self, ctx: PageContext) -> None:
        super().__init__(ctx.parent)
        self.ctx = ctx
        self.view = HistoryView()
        self.view.open_call.connect(ctx.navigator.open_call)
        self.view.open_client.connect(self.show_client)
        self.view.order_with(self._order_in_background)
        events = ctx.events
        for signal in (events.callAdded, events.callStarted, events.callEnded, events.callChanged):
            signal.connect(self._calls_changed)
        events.commitmentsChanged.connect(self._calls_changed)
        events.lettersChanged.connect(self._calls_changed)
        events.playbooksChanged.connect(self._calls_changed)  # a scenario named, added, gone

    def views(self) -> dict[Page, QWidget]:
        return {Page.HISTORY: self.view}

    def load(self, page: Page, key: object) -> None:
        self.refresh()
        if isinstance(key, int):
            self.view.select_call(key)

    def refresh(self) -> None:
        """The store's list of calls (read a page at a time) and the client names, handed
        to the view (which keeps its filters, sort and selection)."""
        store = self.ctx.store
        names = self.ctx.scenario_names()
        self.view.show_calls(store.history, store.calls.client_names(), names)

    def focus(self, page: Page) -> None:
        self.view.focus_calls()

    def current_key(self, page: Page) -> int | None:
        """The selected call: Back to the history selects it again."""
        return self.view.selected_call_id()

    def show_client(self, client: str) -> None:
        self.ctx.navigator.show(Page.CLIENT, client)

    def _order_in_background(self, query: HistoryQuery, done: Callable[[list[int]], None]) -> None:
        """A sort of every call (by client, by open steps…) read on a worker thread with a
        connection of its own; should that fail, read here."""
        store = self.ctx.store
        path = store.path

        def here(_message: str) -> None:
            done(store.history.ids(query))

        if self.ctx.tasks.run(lambda: ordered_ids(path, query), done, here) is None:
            here("")  # the window is closing: no more threads

    def _calls_changed(self, *_: object) -> None:
        """A call was added, started, ended or edited, or its steps or letter changed:
        shown at once while History shows (a page of rows and two counts), else when
        History is next shown (load)."""
        if self.ctx.navigator.current is Page.HISTORY:
            self.refresh()
