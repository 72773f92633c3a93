"""Search (Ctrl+F): a panel floating over the current page, not a page of its own.

Enter opens the call (and closes the panel; Ctrl+F brings it back with the same words).
A call edited elsewhere is searched again while the panel is open. The panel asks for
searches; they run here, on the worker's own read-only connection off the UI thread.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QStackedWidget, QWidget

from domain.model import SearchHit
from storage.errors import StorageError
from ui.i18n import tr
from ui.pages.search.panel import RESULT_LIMIT, SearchPanel
from ui.pages.search.view import SearchPopover
from ui.pages.search.worker import BackgroundSearch
from ui.shell.context import PageContext
from ui.tasks import with_store


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
        panel.scopeChanged.connect(self._scope_changed)
        panel.teamCallChosen.connect(self._team_call_chosen)
        self.me: str | None = None  # the member this file publishes as, once known
        self._team_no = 0  # a newer team search makes older answers stale

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
        if self.ctx.tasks is not None:  # None: a window with no pages (tests)
            self.ctx.tasks.run(with_store(self.ctx.store.path, team_member), self._team_known)

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
        if self.panel.team_scope:
            self._team_no += 1
            work = with_store(self.ctx.store.path, partial(team_search, words))
            self.ctx.tasks.run(work, partial(self._team_arrived, self._team_no))
            return
        self.worker.submit(words, RESULT_LIMIT)

    # the Team scope ------------------------------------------------------------------
    def _team_known(self, member: object) -> None:
        self.me = member if isinstance(member, str) else None
        self.panel.set_team_available(self.me is not None)

    def _scope_changed(self, _team: bool) -> None:
        self.worker.cancel()
        self._team_no += 1

    def _team_arrived(self, number: int, found: object) -> None:
        if number == self._team_no and self.panel.team_scope:
            self.panel.show_team_hits(*found)

    def _team_call_chosen(self, member: str, call_id: int) -> None:
        """One's own call opens as usual; another member's shows its details in the
        panel, read from the server: nothing of theirs is editable here."""
        if member == self.me:
            self._open(call_id)
            return
        self.panel.team_reading(member)
        work = with_store(self.ctx.store.path, partial(team_call, member, call_id))
        self.ctx.tasks.run(work, self._team_detail_read)

    def _team_detail_read(self, found: object) -> None:
        if self.panel.team_scope:
            self.panel.show_team_details(*found)

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
        self._team_no += 1


def team_member(store) -> str | None:  # noqa: ANN001 (a Store, opened on the worker)
    """The member this file publishes as; None when it is in no team."""
    from storage.team.link import load_link

    found = load_link(store.db)
    return found[0].member if found is not None else None


def team_search(words: str, store) -> tuple[list | None, str]:  # noqa: ANN001
    """(the team's matches, or None and why the server cannot be asked now)."""
    from storage.team import reader
    from storage.team.errors import TeamError

    try:
        return reader.search(store.db, words, RESULT_LIMIT), ""
    except TeamError as exc:
        return None, tr("The team cannot be searched now: {reason}").format(reason=exc)


def team_call(member: str, call_id: int, store) -> tuple[object, str]:  # noqa: ANN001
    from storage.team import reader
    from storage.team.errors import TeamError

    try:
        return reader.call_detail(store.db, member, call_id), ""
    except TeamError as exc:
        return None, tr("The team's calls cannot be read now: {reason}").format(reason=exc)
