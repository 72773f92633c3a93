"""The client overview: reactions over calls, promises kept, open commitments, calls."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ui.pages.client.view import ClientPage
from ui.shell.context import PageContext
from ui.shell.navigator import ReadOnlyPage
from ui.shell.pages import Page


class ClientController(ReadOnlyPage, QObject):
    def __init__(self, ctx: PageContext) -> None:
        super().__init__(ctx.parent)
        self.ctx = ctx
        self.view = ClientPage(ctx.store)
        self.view.open_call.connect(ctx.navigator.open_call)

    def views(self) -> dict[Page, QWidget]:
        return {Page.CLIENT: self.view}

    def load(self, page: Page, key: object) -> None:
        """`key` is the client's name; without one, the client last shown (or the first)."""
        if isinstance(key, str) and key and key != self.view.client:
            self.view.set_client(key)
        else:
            self.view.refresh()

    def focus(self, page: Page) -> None:
        self.view.focus_calls()

    def title(self, page: Page) -> tuple[str, str]:
        return self.view.client or "", ""

    def current_key(self, page: Page) -> str | None:
        return self.view.client
