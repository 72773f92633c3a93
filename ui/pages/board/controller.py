"""The commitments board: every open promise, grouped by when it is due."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from domain.model import utc_now
from storage.store import Store
from ui.i18n import tr
from ui.pages.board.marks import BoardController
from ui.pages.board.view import CommitmentsBoard
from ui.shell.context import PageContext
from ui.shell.navigator import ReadOnlyPage
from ui.shell.pages import Page
from ui.tasks import with_store

LETTERS_SHOWN = 50


class BoardPageController(ReadOnlyPage, QObject):
    def __init__(self, ctx: PageContext, today: Callable[[], date] = date.today) -> None:
        super().__init__(ctx.parent)
        self.ctx = ctx
        self._today = today
        self.view = CommitmentsBoard(today=today)
        self.marks = BoardController(ctx.store, self.view, today, self)
        self.view.markDoneRequested.connect(self.marks.mark_done)
        self.view.dropRequested.connect(self.marks.drop)
        self.view.undoRequested.connect(self.marks.undo)
        self.view.ownerFilterRequested.connect(self.marks.set_owner_filter)
        self.marks.changed.connect(ctx.events.commitmentsChanged)
        self.view.open_call.connect(ctx.navigator.open_call)
        self.view.letterOpenRequested.connect(ctx.navigator.open_call)
        self.view.letterSentRequested.connect(self.mark_sent)
        ctx.events.lettersChanged.connect(self._letters_changed)
        self.view.scopeRequested.connect(self._scope)

    def views(self) -> dict[Page, QWidget]:
        return {Page.BOARD: self.view}

    def load(self, page: Page, key: object) -> None:
        self.refresh()
        self.show_letters()
        self.ctx.tasks.run(with_store(self.ctx.store.path, in_a_team), self._team_known)

    def _team_known(self, joined: object) -> None:
        self.view.set_team_available(bool(joined))
        if joined and self.view.team_scope:
            self._scope(True)

    def _scope(self, team: bool) -> None:
        """The Team scope reads the team's open commitments off the UI thread."""
        if team:
            self.ctx.tasks.run(with_store(self.ctx.store.path, team_board), self._team_read)

    def _team_read(self, found: object) -> None:
        if self.view.team_scope and isinstance(found, tuple):
            self.view.show_team_commitments(*found)

    def refresh(self) -> None:
        """Reload the open commitments from the store, keeping the current one."""
        self.marks.reload()

    def show_letters(self) -> None:
        letters, total = self.ctx.store.calls.letters_owed(limit=LETTERS_SHOWN)
        self.view.set_letters(letters, total, self._today())

    def mark_sent(self, call_id: int) -> None:
        self.ctx.store.calls.mark_letter_sent(call_id, utc_now())
        self.ctx.events.lettersChanged.emit()
        self.ctx.events.say(tr("Letter marked sent. (Undo: open the call and click Letter sent.)"))

    def _letters_changed(self) -> None:
        if self.ctx.navigator.current is Page.BOARD:
            self.show_letters()

    def focus(self, page: Page) -> None:
        self.view.focus_commitments()


def in_a_team(store: Store) -> bool:
    from storage.team.link import load_link

    return load_link(store.db) is not None


def team_board(store: Store) -> tuple[list | None, str]:
    """(the team's open commitments, or None and why they cannot be read now)."""
    from storage.team import reader
    from storage.team.errors import TeamError

    try:
        return reader.board(store.db), ""
    except TeamError as exc:
        return None, tr("The team's commitments cannot be read now: {reason}").format(reason=exc)
