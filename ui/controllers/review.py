"""Reviewing past calls in the window: History, Search, Client, Commitments, call Detail.

The "&History" menu reaches every screen: Ctrl+F the search (floating over the right
of the current page; Enter opens the call), Ctrl+H all calls, Ctrl+Shift+B the
commitments board, and the client overview. An ended call opens in the Detail page.

Start-up stays fast: each page is built, and its module imported (QtCharts, the
history model, the search worker), the first time it is shown. The start-up banner
(overdue commitments, follow-ups due: two indexed counts) is built with the window,
before it is shown: added later, it would make the recent-calls table lay itself out
again (about 70 ms on 10,000 calls). It sits above the overview pages (home, history,
client, board), is refreshed when the page changes, and is hidden in compact mode.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from storage.store import Store
from ui.main_window import MainWindow

if TYPE_CHECKING:
    from domain.model import Call
    from ui.controllers.app import AppController
    from ui.controllers.detail import DetailController
    from ui.review.banner import StartupBanner
    from ui.review.board import CommitmentsBoard
    from ui.review.client_page import ClientPage
    from ui.review.history_view import HistoryView
    from ui.review.search_panel import SearchPanel
    from ui.review.search_popover import SearchPopover

HISTORY, CLIENT, BOARD = "history", "client", "board"
# The banner shows over the overviews only; the pages where one call is being worked on
# (prepare, live, wrap-up, detail) keep the whole window.
SHOWS_BANNER = ("welcome", "recent", HISTORY, CLIENT, BOARD)
BANNER_MARGIN = "QFrame#startupBanner { margin: 10px 16px 0px 16px; }"
PAGE_MARGINS = (16, 12, 16, 12)


class ReviewController(QObject):
    def __init__(self, store: Store, window: MainWindow, app: AppController) -> None:
        super().__init__(window)
        self.store = store
        self.window = window
        self.app = app
        self._history: HistoryView | None = None
        self._client: ClientPage | None = None
        self._board: CommitmentsBoard | None = None
        self._popover: SearchPopover | None = None
        self._detail: DetailController | None = None
        self.banner: StartupBanner | None = None
        self._compact = False
        self._back_to = ""
        self._banner_page = ""
        self._wrap_pages()
        self._build_actions()
        self._build_banner()
        app.compact_action.toggled.connect(self.set_compact)
        window.pageChanged.connect(self._page_changed)

    def _wrap_pages(self) -> None:
        """The page stack moves into a column, so the banner can sit above it."""
        stack = self.window.takeCentralWidget()
        self.central = QWidget()
        self.central.setObjectName("centralArea")
        self._column = QVBoxLayout(self.central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(stack, 1)
        self.window.setCentralWidget(self.central)

    def _build_actions(self) -> None:
        add = self.window.add_action
        menu = "&History"
        add(menu, "actionSearch", "&Search past calls", ["Ctrl+F"], self.show_search)
        add(menu, "actionHistory", "&All calls", ["Ctrl+H"], self.show_history)
        add(menu, "actionBoard", "&Commitments board", ["Ctrl+Shift+B"], self.show_board)
        add(menu, "actionClient", "C&lient overview", [], self._client_action)

    # start-up, saving, shutdown ------------------------------------------------------
    def flush(self) -> None:
        if self._detail is not None:
            self._detail.flush()

    def release(self) -> None:
        """On close: no timer, worker or event filter may call back into Python."""
        if self._detail is not None:
            self._detail.release()
        if self._popover is not None:
            self._popover.release()

    # the banner ------------------------------------------------------------------
    def _build_banner(self) -> None:
        if self.banner is not None:
            return
        from ui.review.banner import StartupBanner

        banner = StartupBanner(self.store)
        banner.setStyleSheet(banner.styleSheet() + BANNER_MARGIN)
        banner.show_board.connect(self.show_board)
        banner.open_call.connect(self.app.open_call)
        self._column.insertWidget(0, banner)
        self.banner = banner
        self.refresh_banner()

    def refresh_banner(self) -> None:
        """Recount what is due; the banner stays out of a live call and of compact mode."""
        if self.banner is None:
            return
        if self._compact or self.window.current_page() not in SHOWS_BANNER:
            self.banner.hide()
            return
        self.banner.refresh()

    def set_compact(self, compact: bool) -> None:
        """Compact mode must fit 420 px: no banner."""
        self._compact = compact
        self.refresh_banner()

    def _page_changed(self, name: str) -> None:
        """Recount when another page comes up (not when the same one is shown again)."""
        if name != self._banner_page:
            self._banner_page = name
            self.refresh_banner()

    # search ----------------------------------------------------------------------
    def search_popover(self) -> SearchPopover:
        if self._popover is None:
            from ui.review.search_popover import SearchPopover

            popover = SearchPopover(self.store, self.window.stack, self.central)
            popover.panel.open_call.connect(self._open_from_search)
            self._popover = popover
        return self._popover

    def search_panel(self) -> SearchPanel:
        return self.search_popover().panel

    def show_search(self) -> None:
        """Ctrl+F: the search over the current page, the cursor in its field."""
        popover = self.search_popover()
        if not popover.isVisible() and popover.panel.field.text().strip():
            popover.panel.refresh()  # what was found before may have changed since
        popover.open()

    def hide_search(self) -> None:
        if self._popover is not None and self._popover.isVisible():
            self._popover.hide()
            page = self.window.stack.currentWidget()
            if page is not None:
                page.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def search_visible(self) -> bool:
        return self._popover is not None and self._popover.isVisible()

    def _open_from_search(self, call_id: int) -> None:
        self._popover.hide()
        self.app.open_call(call_id)

    def _refresh_search(self) -> None:
        if self.search_visible and self._popover.panel.field.text().strip():
            self._popover.panel.refresh()

    def _mount(self, name: str, page: QWidget) -> None:
        """A review page in the stack, with the window's page margins."""
        page.layout().setContentsMargins(*PAGE_MARGINS)
        self.window.add_page(name, page)

    # history -----------------------------------------------------------------------
    def history(self) -> HistoryView:
        if self._history is None:
            from ui.review.history_view import HistoryView

            view = HistoryView(self.store)
            view.open_call.connect(self.app.open_call)
            view.open_client.connect(self.show_client)
            self._mount(HISTORY, view)
            self._history = view
        return self._history

    def show_history(self) -> None:
        view = self.history()
        view.refresh()
        self.app.set_call_title()
        self.app.show_page(HISTORY)
        if not view.table.currentIndex().isValid() and view.model.rowCount():
            view.table.selectRow(0)
        view.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # the client page -----------------------------------------------------------------
    def client_page(self) -> ClientPage:
        if self._client is None:
            from ui.review.client_page import ClientPage

            page = ClientPage(self.store)
            page.open_call.connect(self.app.open_call)
            self._mount(CLIENT, page)
            self._client = page
        return self._client

    def _client_action(self) -> None:
        self.show_client()  # an action's slot may be handed its 'checked' flag

    def show_client(self, client: str | None = None) -> None:
        """The client's overview; without a name, the current call's client (or the first)."""
        if not client and self._detail is not None and self.window.current_page() == "detail":
            client = self._detail.client_name
        page = self.client_page()
        if client and client != page.client:
            page.set_client(client)
        else:
            page.refresh()
        self.app.set_call_title(page.client or "")
        self.app.show_page(CLIENT)
        page.calls.setFocus(Qt.FocusReason.OtherFocusReason)

    # the commitments board -------------------------------------------------------------
    def board(self) -> CommitmentsBoard:
        if self._board is None:
            from ui.review.board import CommitmentsBoard

            board = CommitmentsBoard(self.store)
            board.open_call.connect(self.app.open_call)
            board.commitments_changed.connect(self.refresh_banner)
            self._mount(BOARD, board)
            self._board = board
        return self._board

    def show_board(self) -> None:
        board = self.board()
        board.refresh()
        self.app.set_call_title()
        self.app.show_page(BOARD)
        if board.current_commitment() is None and board.model.rowCount():
            group = board.model.index(0, 0)
            first = board.model.index(0, 0, group) if board.model.rowCount(group) else group
            board.tree.setCurrentIndex(first)
        board.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    # the call detail -------------------------------------------------------------------
    def detail(self) -> DetailController:
        if self._detail is None:
            from ui.controllers.detail import DetailController

            detail = DetailController(self.store, self.window, self.app)
            detail.client_requested.connect(self.show_client)
            detail.back_requested.connect(self.go_back)
            detail.commitments_changed.connect(self.refresh_banner)
            detail.text_changed.connect(self._refresh_search)
            self._detail = detail
        return self._detail

    def open_detail(self, call: Call) -> None:
        """An ended call: everything about it, editable; Back returns where it was opened."""
        current = self.window.current_page()
        if current != "detail":
            self._back_to = current
        self.detail().open(call)

    def go_back(self) -> None:
        """Back from the detail to where it was opened: a review page, the call being
        prepared, held live or wrapped up (reloaded from the store), else home."""
        target = {HISTORY: self.show_history, BOARD: self.show_board, CLIENT: self.show_client}
        if self._back_to in target:
            target[self._back_to]()
            return
        app = self.app
        if self._back_to == "wrapup" and app.wrapup.call_id is not None:
            app.open_wrapup(app.wrapup.call_id)
            return
        owner = getattr(app, self._back_to) if self._back_to in ("live", "prepare") else None
        call_id = owner.call_id if owner is not None else None
        if call_id is not None:
            app.open_call(call_id)
        else:
            app.show_home()
