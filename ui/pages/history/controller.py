"""History: every past call, filterable and sortable; Return opens one."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from domain.history import HistoryQuery
from storage.history import ordered_ids
from storage.store import Store
from ui.i18n import tr
from ui.pages.history.view import HistoryView
from ui.shell.context import PageContext
from ui.shell.navigator import ReadOnlyPage
from ui.shell.pages import Page
from ui.tasks import with_store

TEAM_PAGE = 100  # the team's calls read at a time


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
        self.me: str | None = None  # the member this file publishes as, once known
        self._team_read_no = 0  # a newer read makes older answers stale
        self._team_shown = 0
        self.view.scopeRequested.connect(self._scope)
        self.view.teamMoreRequested.connect(self._more)
        self.view.teamCallChosen.connect(self._team_call_chosen)
        events.playbooksChanged.connect(self._calls_changed)  # a scenario named, added, gone

    def views(self) -> dict[Page, QWidget]:
        return {Page.HISTORY: self.view}

    def load(self, page: Page, key: object) -> None:
        self.refresh()
        if isinstance(key, int):
            self.view.select_call(key)
        self.ctx.tasks.run(with_store(self.ctx.store.path, team_member), self._team_known)

    # the Team scope ----------------------------------------------------------------
    def _team_known(self, member: object) -> None:
        self.me = member if isinstance(member, str) else None
        self.view.set_team_available(self.me is not None)
        if self.me is not None and self.view.team_scope:
            self._scope(True)

    def _scope(self, team: bool) -> None:
        """The Team scope reads the newest page of the team's calls off the UI thread."""
        self._team_read_no += 1
        if team:
            self._team_shown = 0
            self._read_team(self._team_read_no, 0)

    def _more(self) -> None:
        self._read_team(self._team_read_no, self._team_shown)

    def _read_team(self, number: int, offset: int) -> None:
        work = with_store(self.ctx.store.path, partial(team_calls, offset))
        self.ctx.tasks.run(work, partial(self._team_read, number, offset))

    def _team_read(self, number: int, offset: int, found: object) -> None:
        if number != self._team_read_no or not self.view.team_scope:
            return  # the scope changed meanwhile
        rows, problem = found
        more = rows is not None and len(rows) > TEAM_PAGE
        rows = rows[:TEAM_PAGE] if rows is not None else None
        if offset == 0 or rows is None:
            self.view.show_team_calls(rows, problem, more)
        else:
            self.view.add_team_calls(rows, more)
        self._team_shown = offset + len(rows or [])

    def _team_call_chosen(self, member: str, call_id: int) -> None:
        """One's own call opens as usual; another member's shows its details here,
        read from the server: nothing of theirs is editable on this machine."""
        if member == self.me:
            self.ctx.navigator.open_call(call_id)
            return
        self.view.team_reading(member)
        work = with_store(self.ctx.store.path, partial(team_call, member, call_id))
        self.ctx.tasks.run(work, self._team_detail_read)

    def _team_detail_read(self, found: object) -> None:
        if self.view.team_scope:
            self.view.show_team_details(*found)

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


def team_member(store: Store) -> str | None:
    """The member this file publishes as; None when it is in no team."""
    from storage.team.link import load_link

    found = load_link(store.db)
    return found[0].member if found is not None else None


def team_calls(offset: int, store: Store) -> tuple[list | None, str]:
    """(a page of the team's calls and one more if there are more, or None and why
    they cannot be read now). psycopg loads only here, and only for a team."""
    from storage.team import reader
    from storage.team.errors import TeamError

    try:
        return reader.calls(store.db, limit=TEAM_PAGE + 1, offset=offset), ""
    except TeamError as exc:
        return None, tr("The team's calls cannot be read now: {reason}").format(reason=exc)


def team_call(member: str, call_id: int, store: Store) -> tuple[object, str]:
    from storage.team import reader
    from storage.team.errors import TeamError

    try:
        return reader.call_detail(store.db, member, call_id), ""
    except TeamError as exc:
        return None, tr("The team's calls cannot be read now: {reason}").format(reason=exc)
