"""The commitments board: every open promise, grouped by when it is due."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from domain.model import utc_now
from ui.i18n import tr
from ui.pages.board.marks import BoardController
from ui.pages.board.view import CommitmentsBoard
from ui.shell.context import PageContext
from ui.shell.navigator import ReadOnlyPage
from ui.shell.pages import Page

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

    def views(self) -> dict[Page, QWidget]:
        return {Page.BOARD: self.view}

    def load(self, page: Page, key: object) -> None:
        self.refresh()
        self.show_letters()

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
