"""The commitments board: every open promise, grouped by when it is due."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ui.pages.board.view import CommitmentsBoard
from ui.shell.context import PageContext
from ui.shell.navigator import ReadOnlyPage
from ui.shell.pages import Page


class BoardPageController(ReadOnlyPage, QObject):
    def __init__(self, ctx: PageContext) -> None:
        super().__init__(ctx.parent)
        self.ctx = ctx
        self.view = CommitmentsBoard(ctx.store)
        self.view.open_call.connect(ctx.navigator.open_call)
        self.view.commitments_changed.connect(ctx.events.commitmentsChanged)

    def views(self) -> dict[Page, QWidget]:
        return {Page.BOARD: self.view}

    def load(self, page: Page, key: object) -> None:
        self.view.refresh()

    def focus(self, page: Page) -> None:
        self.view.focus_commitments()
