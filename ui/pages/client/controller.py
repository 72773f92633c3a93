"""The client overview: reactions over calls, promises kept, open commitments, calls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from domain.trust import PromiseRecord
from storage.reports import promise_record_of
from storage.store import Store
from ui.i18n import tr
from ui.pages.client.chart import LATEST_CALLS
from ui.pages.client.view import ClientPage
from ui.shell.context import PageContext
from ui.shell.navigator import ReadOnlyPage
from ui.shell.pages import Page
from ui.tasks import with_store


def load_client(
    store: Store,
    view: ClientPage,
    client: str | None,
    today: Callable[[], date] = date.today,
    promises_later: bool = False,
) -> str | None:
    """Show `client` from the store in `view`: the first client if it is not one (or None),
    or no client at all while there are none; returns the client shown. The calls are read
    a page at a time, the figures by aggregate queries; with `promises_later` the promise
    figures are left for the caller to read off the UI thread (a client of thousands of
    calls has tens of thousands of steps to count)."""
    names = store.calls.client_names()
    if client not in names:
        client = names[0] if names else None
    view.set_client_names(names)
    if client is None:
        view.show_client(None, None, [], None, None)
        return None
    reports = store.reports
    mixes = reports.client_reaction_mixes(client, LATEST_CALLS)
    view.show_client(
        client,
        store.history,
        mixes,
        None if promises_later else reports.client_promise_record(client, today()),
        reports,
        reports.client_started_calls(client) if len(mixes) == LATEST_CALLS else None,
    )
    return client


class ClientController(ReadOnlyPage, QObject):
    def __init__(self, ctx: PageContext, today: Callable[[], date] = date.today) -> None:
        super().__init__(ctx.parent)
        self.ctx = ctx
        self._today = today
        self.view = ClientPage(today=today)
        self.view.open_call.connect(ctx.navigator.open_call)
        self.view.clientPicked.connect(self._picked)

    def views(self) -> dict[Page, QWidget]:
        return {Page.CLIENT: self.view}

    def load(self, page: Page, key: object) -> None:
        """`key` is the client's name; without one, the client last shown (or the first)."""
        self._show(key if isinstance(key, str) and key else self.view.client)

    def _ask_team(self) -> None:
        """The team's dealings with the client shown, read from the team's server off the
        UI thread when this file is in a team; the section stays hidden otherwise."""
        client = self.view.client
        self.view.show_team(None)
        if client is None:
            return
        self.ctx.tasks.run(
            with_store(self.ctx.store.path, partial(team_on_client, client)),
            partial(self._team_read, client),
        )

    def _team_read(self, client: str, found: object) -> None:
        if client != self.view.client or found is None:  # another client by now
            return
        rows, problem = found
        self.view.show_team(rows, problem)

    def _show(self, client: str | None) -> None:
        """The client at once; its promise figures when a worker has counted them."""
        self.view.set_scenario_names(self.ctx.scenario_names())
        shown = load_client(self.ctx.store, self.view, client, self._today, promises_later=True)
        self._ask_team()
        if shown is None:
            return
        path, today = self.ctx.store.path, self._today()

        def counted(record: PromiseRecord) -> None:
            if self.view.client == shown:  # not another client picked meanwhile
                self.view.show_promises(record)

        def here(_message: str) -> None:
            counted(self.ctx.store.reports.client_promise_record(shown, today))

        work = lambda: promise_record_of(path, shown, today)  # noqa: E731
        if self.ctx.tasks.run(work, counted, here) is None:
            here("")  # the window is closing: no more threads

    def focus(self, page: Page) -> None:
        self.view.focus_calls()

    def title(self, page: Page) -> tuple[str, str]:
        return self.view.client or "", ""

    def current_key(self, page: Page) -> str | None:
        return self.view.client

    def _picked(self, client: str) -> None:
        """Another client picked in the page: shown in place (the window title stays)."""
        if client != self.view.client:
            self._show(client)


def team_on_client(client: str, store: Store) -> tuple[list, str] | None:
    """(the team's members with this client, a problem to show instead), or None when
    the file is in no team. psycopg loads only here, and only for a team."""
    from storage.team.errors import TeamError
    from storage.team.link import load_link

    if load_link(store.db) is None:
        return None
    from storage.team.reader import on_client

    try:
        return on_client(store.db, client), ""
    except TeamError as exc:
        return None, tr("The team's calls cannot be read now: {reason}").format(reason=exc)
