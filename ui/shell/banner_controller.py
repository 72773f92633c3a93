"""The start-up banner (overdue commitments, check-ins due) above the overview pages.

Built with the window, before it is shown: added later, it would make the recent-calls
table lay itself out again (about 70 ms on 10,000 calls). Refreshed when another page
comes up and when commitments change; hidden on pages about one call and in compact
mode, which must fit 420 px.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.shell.banner import StartupBanner
from ui.shell.context import PageContext
from ui.shell.pages import Page

BANNER_MARGIN = "QFrame#startupBanner { margin: 10px 16px 0px 16px; }"


class BannerController(QObject):
    def __init__(self, ctx: PageContext, column: QVBoxLayout) -> None:
        """The banner goes at the top of `column`, above the page stack."""
        super().__init__(ctx.parent)
        self.ctx = ctx
        self._compact = False
        self._page: Page | None = None
        banner = StartupBanner(ctx.store)
        banner.setStyleSheet(banner.styleSheet() + BANNER_MARGIN)
        banner.show_board.connect(self._show_board)
        banner.open_call.connect(ctx.navigator.open_call)
        column.insertWidget(0, banner)
        self.banner = banner
        ctx.navigator.pageChanged.connect(self._page_changed)
        ctx.events.commitmentsChanged.connect(self.refresh)
        ctx.events.lettersChanged.connect(self.refresh)
        banner.letters_changed.connect(ctx.events.lettersChanged)
        ctx.events.compactChanged.connect(self.set_compact)

    @property
    def widget(self) -> QWidget:
        return self.banner

    def refresh(self) -> None:
        """Recount what is due; out of a live call and of compact mode."""
        page = self.ctx.navigator.current
        if self._compact or page is None or not page.is_overview:
            self.banner.hide()
            return
        self.banner.refresh()

    def set_compact(self, compact: bool) -> None:
        self._compact = compact
        self.refresh()

    def _page_changed(self, page: Page) -> None:
        """Recount when another page comes up (not when the same one is shown again)."""
        if page is not self._page:
            self._page = page
            self.refresh()

    def _show_board(self) -> None:
        self.ctx.navigator.show(Page.BOARD)
