"""The composition root: builds the shell (navigator, events, menus, banner, exports,
upkeep), registers the pages' factories, and wires actions to intents.

To add a page: a package ui/pages/<page>/ with a view and a controller implementing
ui.shell.navigator.PageController, a member of ui.shell.pages.Page, and one
`register` line in `_register_pages` below. Pages reach each other only through the
navigator (`show(Page.X, key)`) and the events (ui.shell.events.AppEvents).

Start-up time is a bar (at most 1.5 x a bare PySide6 window): only home is built before
the window shows, and the menus' entries, the banner and the services after its first
painted frame (App.start); every other page is built, and its module imported, on first
use.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, QEvent, QObject, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from storage.store import Store
from ui.i18n import tr
from ui.shell.actions import ACTIONS, spec
from ui.shell.context import PageContext
from ui.shell.events import AppEvents
from ui.shell.main_window import MainWindow
from ui.shell.navigator import Navigator
from ui.shell.pages import Page
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # named once the menus are built, after the first frame
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QAction

COMPACT_WIDTH = 420
FIRST_FRAME_WAIT_MS = 1000
COMPACT_HEIGHT = 640


class App(QObject):
    """The window's parts, built and wired. Tests open the real window through it."""

    def __init__(self, store: Store, window: MainWindow) -> None:
        super().__init__(window)
        self.store = store
        self.window = window
        window.candor_app = self  # for tests and screenshots that start from a widget
        self.events = AppEvents(self)
        self.navigator = Navigator(store, window)
        self.tasks = TaskRunner(self)
        self.ctx = PageContext(store, self.navigator, self.events, window, self.tasks)
        self.events.message.connect(window.show_message)
        self._normal_geometry: QByteArray | None = None
        self.actions: dict[str, QAction] = {}
        self._frame_pages()
        self._register_pages()
        self._search = None
        self._closed = False
        self._stepping = False
        # What start() builds after the first frame, in this order, a turn of the event
        # loop each (the menus' entries keep the order they had when built at once).
        self._later: list[Callable[[], None]] = [
            window.add_status_bar,
            self._build_actions,
            self._build_banner,
            self._build_services,
            self.offer_resume,
            self._start_upkeep,
        ]
        window.closing.connect(self.shutdown)
        self.navigator.pageChanged.connect(self._page_changed)

    def _build_banner(self) -> None:
        from ui.shell.banner_controller import BannerController

        self.banner = BannerController(self.ctx, self._column)
        self.banner.refresh()  # the page it comes up on was shown before it existed

    def _build_services(self) -> None:
        """Exports, invitations, backups and View > Appearance, then Quit last in File."""
        from ui.shell.export import ExportController
        from ui.shell.maintenance import MaintenanceController

        window, store = self.window, self.store
        self.export = ExportController(self.ctx, window)
        from ui.shell.invitation import InvitationController

        self.invitations = InvitationController(self.ctx, window)
        self.maintenance = MaintenanceController(store, window, self.navigator.flush_all)
        from ui.shell.appearance import AppearanceController

        self.appearance = AppearanceController(store, window)  # View > Appearance
        from ui.shell.team import TeamController

        self.team = TeamController(store, window, self.events)  # File > Team…
        window.menu("&File").addSeparator()  # Quit last, after every service's entries
        window.add_action("&File", "actionQuit", QT_TR_NOOP("&Quit"), ["Ctrl+Q"], window.close)
        self.navigator.pageChanged.connect(self.team.page_changed)

    def _start_upkeep(self) -> None:
        self.maintenance.start()
        self.team.start()

    # building ------------------------------------------------------------------------
    def _build_actions(self) -> None:
        slots = {
            "actionNewCall": self.new_call,
            "actionNewFromInvitation": self.new_call_from_invitation,
            "actionHome": self.navigator.home,
            "actionPlaybooks": lambda: self.navigator.show(Page.PLAYBOOKS),
            "actionCompact": self.toggle_compact,
            "actionStartEnd": self.start_or_end,
            "actionAddStep": self.add_next_step,
            "actionUndoEntry": self.undo_entry,
            "actionChecklist": self.focus_checklist,
            "actionRenameCall": self.rename_call,
            "actionSearch": self.show_search,
            "actionHistory": lambda: self.navigator.show(Page.HISTORY),
            "actionBoard": lambda: self.navigator.show(Page.BOARD),
            "actionClient": self.show_client,
            "actionShortcuts": self.show_shortcuts,
            "actionAbout": self.show_about,
        }
        for each in ACTIONS:
            if each.separator_before:
                self.window.menu(each.menu).addSeparator()
            self.actions[each.name] = self.window.add_action(
                each.menu,
                each.name,
                each.text,
                list(each.shortcuts),
                slots[each.name],
                checkable=each.checkable,
            )
        self.compact_action = self.actions["actionCompact"]
        if self.navigator.current is not None:  # built after the first page came up
            self._page_changed(self.navigator.current)

    def _frame_pages(self) -> None:
        """The page stack moves into a column, so the banner can sit above it."""
        stack = self.window.takeCentralWidget()
        self.central = QWidget()
        self.central.setObjectName("centralArea")
        self._column = QVBoxLayout(self.central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(stack, 1)
        self.window.setCentralWidget(self.central)

    def _register_pages(self) -> None:
        """Each factory imports its page's module when the page is first shown."""
        ctx, register = self.ctx, self.navigator.register

        homes = []  # one controller for welcome and recent calls, each view built on use

        def home_page(page: Page):  # noqa: ANN202 (each returns its page's controller)
            if not homes:
                from ui.pages.home.controller import HomeController

                homes.append(HomeController(ctx))
            return homes[0].build(page)

        def prepare():  # noqa: ANN202
            from ui.pages.prepare.controller import PrepareController

            return PrepareController(ctx)

        def live():  # noqa: ANN202
            from ui.pages.live.controller import LiveController

            return LiveController(ctx)

        def wrapup():  # noqa: ANN202
            from ui.pages.wrapup.controller import WrapUpController

            return WrapUpController(ctx)

        def detail():  # noqa: ANN202
            from ui.pages.detail.controller import DetailController

            return DetailController(ctx)

        def history():  # noqa: ANN202
            from ui.pages.history.controller import HistoryController

            return HistoryController(ctx)

        def client():  # noqa: ANN202
            from ui.pages.client.controller import ClientController

            return ClientController(ctx)

        def board():  # noqa: ANN202
            from ui.pages.board.controller import BoardPageController

            return BoardPageController(ctx)

        def playbooks():  # noqa: ANN202
            from ui.pages.playbooks.controller import PlaybooksController

            return PlaybooksController(ctx)

        register(Page.WELCOME, lambda: home_page(Page.WELCOME))
        register(Page.RECENT, lambda: home_page(Page.RECENT))
        register(Page.PREPARE, prepare)
        register(Page.LIVE, live)
        register(Page.WRAPUP, wrapup)
        register(Page.DETAIL, detail)
        register(Page.HISTORY, history)
        register(Page.CLIENT, client)
        register(Page.BOARD, board)
        register(Page.PLAYBOOKS, playbooks)

    def page(self, page: Page):  # noqa: ANN201 (that page's controller)
        """The page's controller, built if need be (tests and screenshots use this)."""
        return self.navigator.controller(page)

    # start-up and shutdown -------------------------------------------------------------
    def start(self, first_frame_first: bool = False) -> None:
        """Restore the window, show home, then build the menus, the banner and the
        services, offer to resume a call left live and start the upkeep.

        With `first_frame_first` (the real start, ui.startup), everything after home waits
        for the window's first painted frame and then takes a turn of the event loop
        each, so the recent calls are on screen as early as they can be (start-up is a
        bar: at most 1.5 x a bare PySide6 window). Without, all is done before this
        returns (tests and screenshots want the whole window at once)."""
        from ui.shell.appearance import apply_saved

        apply_saved(self.store)  # the first frame in the chosen colours
        self.restore_geometry()
        self.navigator.home()
        if not first_frame_first:
            self.window.show()
            self.finish_start()
            return
        self.window.installEventFilter(self)
        self.window.show()
        # Should no frame ever be painted (a window kept hidden), the rest comes anyway.
        QTimer.singleShot(FIRST_FRAME_WAIT_MS, self._after_first_frame)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self._after_first_frame()
        return False

    def _after_first_frame(self) -> None:
        """Once: the steps from the turn of the event loop after next (the frame is
        painted in this one, and whatever else waits for it comes first)."""
        if self._later and not self._stepping and not self._closed:
            self._stepping = True
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._next_step))

    def _next_step(self) -> None:
        if self._closed or not self._later:
            return
        self._later.pop(0)()
        if self._later:
            QTimer.singleShot(0, self._next_step)

    def after_first_frame(self, step: Callable[[], None]) -> None:
        """One more step for start() to take after the first frame (now, once started)."""
        if self.started:
            step()
        else:
            self._later.append(step)

    def finish_start(self) -> None:
        """Whatever start() has still to build and do, now."""
        while self._later and not self._closed:
            self._later.pop(0)()

    @property
    def started(self) -> bool:
        """Whether start() has built and done all it does."""
        return not self._later

    def offer_resume(self) -> None:
        """Every call left live is asked about, once. The first Yes is resumed; for the
        others Yes keeps them live (resumable from recent calls). No ends a call at the
        time of its last entry, not now: it may be days later."""
        from ui.dialogs.ask import ask_yes_no

        resumed: int | None = None
        ended = False
        for summary in self.store.calls.live_calls():
            name = tr("{client}, “{title}”,").format(client=summary.client, title=summary.title)
            if resumed is None:
                text = tr("A call with {name} was still live when Candor closed. Resume it?")
            else:
                text = tr(
                    "A call with {name} was also still live. "
                    "Keep it live, to resume it later from recent calls?"
                )
            text = text.format(name=name)
            yes = ask_yes_no(
                self.window,
                tr("Resume the call?"),
                text + "\n\n" + tr("No ends it at the time of its last entry."),
                default_yes=True,
            )
            if not yes:
                from ui.pages.live.writes import end_at_last_entry  # only when needed

                end_at_last_entry(self.store, summary.id)
                ended = True
            elif resumed is None:
                resumed = summary.id
        if resumed is not None:
            self.navigator.show(Page.LIVE, resumed)
        elif ended:
            self.navigator.home()  # the ended calls now show as ended

    def shutdown(self) -> None:
        """On close: stop the timers first (none may fire into a closed window), then save
        typing and geometry, then release every page."""
        self._closed = True  # nothing start() left for later runs now
        if hasattr(self, "maintenance"):
            self.maintenance.stop()
        self.navigator.flush_all()
        if hasattr(self, "team"):  # built after the first frame
            self.team.stop()  # after the last typing is saved: it is published too
        self.save_geometry()
        self.navigator.release_all()
        if self._search is not None:
            self._search.release()
        self.tasks.shutdown(5000)  # an export being written finishes
        from storage.errors import StorageError

        try:
            self.store.optimize()  # the planner's statistics, for the next start
        except StorageError as exc:  # a locked or full file: the next close tries again
            self.window.show_message(str(exc))

    def restore_geometry(self) -> None:
        saved = self.store.settings.load().window_geometry
        if saved:
            self.window.restoreGeometry(base64.b64decode(saved))  # bytes: no QByteArray class

    def save_geometry(self) -> None:
        geometry = self._normal_geometry or self.window.saveGeometry()
        encoded = base64.b64encode(bytes(geometry)).decode("ascii")
        self.store.settings.update(window_geometry=encoded)

    # actions -------------------------------------------------------------------------
    def _page_changed(self, page: Page) -> None:
        if not self.actions:  # not built yet: _build_actions brings them in line
            return
        for name, action in self.actions.items():
            pages = spec(name).pages
            if pages is not None:
                action.setEnabled(page in pages)
        self.actions["actionStartEnd"].setText(
            tr("&End the call") if page is Page.LIVE else tr("&Start the call")
        )

    def new_call(self) -> None:
        self.navigator.show(Page.PREPARE)

    def rename_call(self) -> None:
        """The call's title, at any time (prepare and wrap-up have it as a field too)."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        call_id = self.navigator.current_call_id()
        if call_id is None:
            return
        self.navigator.flush_all()
        call = self.store.calls.get(call_id, with_entries=False)
        title, ok = QInputDialog.getText(
            self.window, tr("Rename the call"), tr("Title:"), QLineEdit.EchoMode.Normal, call.title
        )
        title = " ".join(title.split())
        if not ok or not title or title == call.title:
            return
        self.store.calls.update_header(call_id, call.client.name, title, call.scenario)
        self.navigator.set_title(call.client.name, title)
        self.events.callRenamed.emit(call_id, title)
        self.events.callChanged.emit(call_id)
        self.events.say(tr("Renamed: {title}").format(title=title))

    def new_call_from_invitation(self) -> None:
        self.invitations.choose()

    def start_or_end(self) -> None:
        if self.navigator.current is Page.PREPARE:
            self.page(Page.PREPARE).start_call()
        elif self.navigator.current is Page.LIVE:
            self.page(Page.LIVE).end_call()

    def add_next_step(self) -> None:
        if self.navigator.current is Page.LIVE:
            self.page(Page.LIVE).add_next_step()

    def undo_entry(self) -> None:
        if self.navigator.current is Page.LIVE:
            self.page(Page.LIVE).undo_last()

    def focus_checklist(self) -> None:
        if self.navigator.current is Page.LIVE:
            self.page(Page.LIVE).view.focus_checklist()

    def show_client(self) -> None:
        """The client of the call on screen (or selected in History), else the client
        last shown (or the first)."""
        here = self.navigator.here()
        call_id = here.key if here is not None and isinstance(here.key, int) else None
        name = self.store.calls.get(call_id, with_entries=False).client.name if call_id else None
        self.navigator.show(Page.CLIENT, name)

    def search(self):  # noqa: ANN201 (the SearchController, built on first use)
        if self._search is None:
            from ui.pages.search.controller import SearchController

            self._search = SearchController(self.ctx, self.window.stack, self.central)
        return self._search

    def show_search(self) -> None:
        self.search().show()

    def toggle_compact(self) -> None:
        compact = self.compact_action.isChecked()
        if compact:
            self._normal_geometry = self.window.saveGeometry()
        self.window.set_on_top(compact)
        self.ctx.compact = compact
        self.events.compactChanged.emit(compact)
        if compact:
            self.window.settle_layouts()
            self.window.resize(COMPACT_WIDTH, min(COMPACT_HEIGHT, self.window.height()))
        elif self._normal_geometry is not None:
            self.window.restoreGeometry(self._normal_geometry)
            self._normal_geometry = None

    def show_shortcuts(self) -> None:
        from ui.dialogs.help import ShortcutsDialog

        ShortcutsDialog(self.window, self.window.menuBar().actions()).open()

    def show_about(self) -> None:
        from ui.dialogs.help import AboutDialog

        AboutDialog(Path(self.store.path), self.window).open()


def run_window(db_path: Path) -> int:
    """Open Candor's window on `db_path`; 0, or 1 on any start-up problem (see ui.startup)."""
    from ui.startup import run_window as run

    return run(db_path)
