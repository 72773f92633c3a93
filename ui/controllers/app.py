"""The application controller: builds the pages, owns the menu actions, navigates.

To add a screen: write a view (layout only) and a controller that calls
window.add_page(name, view) in its constructor; construct it here (or list it in
LAZY so it is built on first use); reach it with show_page(name) from an action
made by window.add_action(...).

Start-up time is a quality bar (at most 1.5 x a bare PySide6 window), so only the
home page is built before the window shows; prepare, live and wrap-up are built,
and their modules imported, the first time they are needed.
"""

from __future__ import annotations

import base64
import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject
from PySide6.QtWidgets import QMessageBox

from domain.model import CallStatus
from storage.paths import user_playbook_dir
from storage.store import Store
from ui.controllers.export import ExportController
from ui.controllers.home import HomeController
from ui.controllers.maintenance import MaintenanceController
from ui.controllers.review import ReviewController
from ui.main_window import APP_TITLE, MainWindow

if TYPE_CHECKING:
    from domain.playbooks import PlaybookLibrary

# Page names as their controllers register them (tests check they agree).
PREPARE, LIVE = "prepare", "live"
# Controllers built on first use: attribute -> "module:Class".
LAZY = {
    "prepare": "ui.controllers.prepare:PrepareController",
    "live": "ui.controllers.live:LiveController",
    "wrapup": "ui.controllers.wrapup:WrapUpController",
}
GEOMETRY_KEY = "window_geometry"
COMPACT_WIDTH = 420
COMPACT_HEIGHT = 640


class AppController(QObject):
    def __init__(
        self, store: Store, window: MainWindow, playbooks: PlaybookLibrary | None = None
    ) -> None:
        super().__init__(window)
        self.store = store
        self.window = window
        if playbooks is None:  # tomllib and the playbooks load with the first page needing them
            from domain.playbooks import PlaybookLibrary

            playbooks = PlaybookLibrary(user_playbook_dir(store.path))
        self.playbooks = playbooks
        self._normal_geometry: QByteArray | None = None
        self._build_actions()
        self.review = ReviewController(store, window, self)  # first: it frames the pages
        self._flushers: list = [self.review]
        self.home = HomeController(store, window, self)
        self.export = ExportController(store, window, self)
        self.maintenance = MaintenanceController(store, window, self)
        window.closing.connect(self.shutdown)
        window.pageChanged.connect(self._page_changed)

    def __getattr__(self, name: str):  # noqa: ANN204 (the controller named in LAZY)
        """Build a LAZY controller the first time it is asked for."""
        spec = LAZY.get(name)
        if spec is None:
            raise AttributeError(name)
        module, cls = spec.split(":")
        controller = getattr(importlib.import_module(module), cls)(
            self.store, self.window, self, self.playbooks
        )
        setattr(self, name, controller)
        self._flushers.append(controller)
        return controller

    def built(self, name: str) -> bool:
        """Whether a LAZY controller exists yet (asking for it would build it)."""
        return name in self.__dict__

    def _build_actions(self) -> None:
        add = self.window.add_action
        add("&File", "actionNewCall", "&New call", ["Ctrl+N"], self.new_call)
        add("&File", "actionHome", "&Recent calls", ["Ctrl+Home"], self.go_home)
        self.window.menu("&File").addSeparator()
        add("&File", "actionQuit", "&Quit", ["Ctrl+Q"], self.window.close)
        self.compact_action = add(
            "&View",
            "actionCompact",
            "&Compact mode (on top)",
            ["Ctrl+Shift+T"],
            self.toggle_compact,
            checkable=True,
        )
        self.start_end_action = add(
            "&Call",
            "actionStartEnd",
            "&Start the call",
            ["Ctrl+Return", "Ctrl+Enter"],
            self.start_or_end,
        )
        self.add_step_action = add(
            "&Call", "actionAddStep", "Add next s&tep", ["Ctrl+T"], self.add_next_step
        )
        self.undo_action = add(
            "&Call", "actionUndoEntry", "&Undo the last entry", ["Ctrl+Z"], self.undo_entry
        )

    # start-up and shutdown ----------------------------------------------------------
    def start(self) -> None:
        """Restore the window, show home, then offer to resume a call left live."""
        self.restore_geometry()
        self.show_home()
        self.window.show()
        self.offer_resume()
        self.maintenance.start()

    def offer_resume(self) -> None:
        """Every call left live is asked about, once. The first Yes is resumed; for the
        others Yes keeps them live (resumable from recent calls). No ends a call at the
        time of its last entry, not now: it may be days later."""
        resumed: int | None = None
        ended = False
        for summary in self.store.calls.live_calls():
            name = f"{summary.client}, “{summary.title}”,"
            if resumed is None:
                text = f"A call with {name} was still live when Candor closed. Resume it?"
            else:
                text = (
                    f"A call with {name} was also still live. "
                    "Keep it live, to resume it later from recent calls?"
                )
            answer = QMessageBox.question(
                self.window,
                "Resume the call?",
                f"{text}\n\nNo ends it at the time of its last entry.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer != QMessageBox.StandardButton.Yes:
                from ui.controllers.live import end_at_last_entry  # only when needed

                end_at_last_entry(self.store, summary.id)
                ended = True
            elif resumed is None:
                resumed = summary.id
        if resumed is not None:
            self.open_call(resumed)
        elif ended:
            self.show_home()  # the ended calls now show as ended

    def shutdown(self) -> None:
        """On close: save typing and geometry, then stop every timer and event filter."""
        self.maintenance.stop()
        self.flush_all()
        self.save_geometry()
        for controller in self._flushers:
            controller.release()

    def flush_all(self) -> None:
        for controller in self._flushers:
            controller.flush()

    def restore_geometry(self) -> None:
        saved = self.store.settings.get(GEOMETRY_KEY)
        if saved:
            self.window.restoreGeometry(QByteArray(base64.b64decode(saved)))

    def save_geometry(self) -> None:
        geometry = self._normal_geometry or self.window.saveGeometry()
        self.store.settings.set(GEOMETRY_KEY, base64.b64encode(bytes(geometry)).decode("ascii"))

    # navigation ------------------------------------------------------------------
    def show_page(self, name: str) -> None:
        """Every page change first saves what any page was editing."""
        self.flush_all()
        self.window.show_page(name)

    def show_home(self) -> None:
        self.set_call_title()
        self.home.show()

    def go_home(self) -> None:
        """Ctrl+Home: home, once the user agrees to leave a live call running."""
        if self.may_leave_live():
            self.show_home()

    def new_call(self) -> None:
        if self.may_leave_live():
            self.prepare.new_call()

    def may_leave_live(self, call_id: int | None = None) -> bool:
        """Before the live page's call is replaced (by call `call_id`, a new call, home):
        a call is never left running silently. Yes leaves it live, No stays in it."""
        if not self.built("live") or self.live.call is None or self.live.call_id == call_id:
            return True
        answer = QMessageBox.question(
            self.window,
            "Leave the call running?",
            f"The call with {self.live.call.client.name} is still live. Leave it running?\n\n"
            "It stays live; open it again from recent calls to carry on. "
            "No stays in the call.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.live.leave()
        return True

    def open_call(self, call_id: int) -> None:
        """Prepared calls open in the form, live ones live, ended ones in the detail page
        (a past call looked up during a live one: Back returns to it, so nothing is asked)."""
        self.flush_all()
        call = self.store.calls.get(call_id)
        if call.status is not CallStatus.ENDED and not self.may_leave_live(call.id):
            return
        if call.status is CallStatus.PREPARED:
            self.prepare.open(call)
        elif call.status is CallStatus.LIVE:
            self.live.open(call)
        else:
            self.review.open_detail(call)

    def open_wrapup(self, call_id: int) -> None:
        """Right after a call ends: the wrap-up, editable."""
        self.flush_all()
        self.wrapup.open(self.store.calls.get(call_id), read_only=False)

    def set_call_title(self, client: str = "", subject: str = "") -> None:
        parts = ": ".join(p for p in (client, subject) if p)
        self.window.setWindowTitle(f"{APP_TITLE} — {parts}" if parts else APP_TITLE)

    def _page_changed(self, name: str) -> None:
        self.start_end_action.setEnabled(name in (PREPARE, LIVE))
        self.start_end_action.setText("&End the call" if name == LIVE else "&Start the call")
        self.add_step_action.setEnabled(name == LIVE)
        self.undo_action.setEnabled(name == LIVE)

    # actions -----------------------------------------------------------------------
    def start_or_end(self) -> None:
        page = self.window.current_page()
        if page == PREPARE:
            self.prepare.start_call()
        elif page == LIVE:
            self.live.end_call()

    def add_next_step(self) -> None:
        if self.window.current_page() == LIVE:
            self.live.add_next_step()

    def undo_entry(self) -> None:
        if self.window.current_page() == LIVE:
            self.live.undo_last()

    def toggle_compact(self) -> None:
        compact = self.compact_action.isChecked()
        if compact:
            self._normal_geometry = self.window.saveGeometry()
        self.window.set_on_top(compact)
        if compact or self.built("live"):
            self.live.set_compact(compact)
        if compact:
            self.window.settle_layouts()
            self.window.resize(COMPACT_WIDTH, min(COMPACT_HEIGHT, self.window.height()))
        elif self._normal_geometry is not None:
            self.window.restoreGeometry(self._normal_geometry)
            self._normal_geometry = None
