"""Which page shows: lazy page factories, `show(page, key)`, the back stack.

A page controller is built, and its module imported, the first time its page is
asked for (start-up time is a bar: only home is built before the window shows).
Every page change first saves what any page was editing (flush-all), then asks the
guards (the live call: never left running silently), then loads the target page
and remembers where the user came from, so Back returns there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from domain.model import CallStatus
from storage.store import Store
from ui.shell.main_window import APP_TITLE, MainWindow
from ui.shell.pages import Page

BACK_LIMIT = 50


class PageController(Protocol):
    """What the navigator needs of a page's controller."""

    def views(self) -> dict[Page, QWidget]: ...
    def load(self, page: Page, key: Key) -> None: ...
    def focus(self, page: Page) -> None: ...
    def title(self, page: Page) -> tuple[str, str]: ...
    def current_key(self, page: Page) -> Key: ...
    def flush(self) -> None: ...
    def release(self) -> None: ...


class ReadOnlyPage:
    """The PageController answers of a page that edits nothing and shows no one call:
    no title of its own, no key, nothing to save or stop. A page overrides what differs."""

    def title(self, page: Page) -> tuple[str, str]:
        return "", ""

    def current_key(self, page: Page) -> Key:
        return None

    def flush(self) -> None:
        """Nothing is edited here."""

    def release(self) -> None:
        """No timers or workers of its own."""


Key = int | str | None  # what a page shows: a call id, a client's name, or nothing
Guard = Callable[[Page, Key], bool]
CALL_PAGES = frozenset({Page.PREPARE, Page.LIVE, Page.WRAPUP, Page.DETAIL})


class Place(NamedTuple):
    """Where the user was: a page and what it showed (a call id, a client's name). A named
    tuple: the dataclasses module is not loaded before the first frame (ui.shell.actions)."""

    page: Page
    key: Key = None


class Navigator(QObject):
    pageChanged = Signal(object)  # noqa: N815 (Qt signal naming) the Page now shown

    def __init__(self, store: Store, window: MainWindow) -> None:
        super().__init__(window)
        self.store = store
        self.window = window
        self._factories: dict[Page, Callable[[], PageController]] = {}
        self._built: dict[Page, PageController] = {}
        self._controllers: list[PageController] = []
        self._guards: list[Guard] = []
        self._back: list[Place] = []
        self.current: Page | None = None

    # registration --------------------------------------------------------------------
    def register(self, pages: Page | tuple[Page, ...], factory: Callable[[], PageController]):
        """`factory` builds the controller of `pages` (one controller may hold several)."""
        for page in pages if isinstance(pages, tuple) else (pages,):
            self._factories[page] = factory

    def controller(self, page: Page) -> PageController:
        """The page's controller, built (and its views added to the window) on first use."""
        if page not in self._built:
            factory = self._factories[page]
            controller = factory()
            self._controllers.append(controller)
            for each, view in controller.views().items():
                self._built[each] = controller
                self.window.add_page(each.value, view)
        return self._built[page]

    def built(self, page: Page) -> PageController | None:
        """The controller if it exists yet (asking controller() would build it)."""
        return self._built.get(page)

    def add_guard(self, guard: Guard) -> None:
        """`guard(page, key)` may refuse a page change (after asking the user)."""
        self._guards.append(guard)

    # moving --------------------------------------------------------------------------
    def show(self, page: Page, key: Key = None, remember: bool = True) -> bool:
        """Show `page` for `key` (a call id; a client's name for the client page); False
        if a guard refused (nothing changed then)."""
        if not all(guard(page, key) for guard in self._guards):
            return False
        self.flush_all()
        leaving = self.here()
        controller = self.controller(page)
        controller.load(page, key)
        if remember and leaving is not None and leaving.page is not page:
            self._back.append(leaving)
            del self._back[:-BACK_LIMIT]
        self.current = page
        self.window.show_page(page.value)
        self.set_title(*controller.title(page))
        controller.focus(page)
        self.pageChanged.emit(page)
        return True

    def home(self) -> bool:
        """Welcome on an empty database, else the recent calls."""
        return self.show(Page.RECENT if self.store.calls.any() else Page.WELCOME)

    def open_call(self, call_id: int) -> bool:
        """Prepared calls open in the form, live ones live, ended ones in the detail."""
        status = self.store.calls.get(call_id, with_entries=False).status
        page = {CallStatus.PREPARED: Page.PREPARE, CallStatus.LIVE: Page.LIVE}
        return self.show(page.get(status, Page.DETAIL), call_id)

    def back(self) -> bool:
        """Return to where the current page was reached from (the call reloaded), else
        home. A place whose call is gone, or whose page refuses, is skipped."""
        while self._back:
            place = self._back.pop()
            if place.page.is_home:
                return self.home()
            try:
                if self.show(place.page, place.key, remember=False):
                    return True
            except KeyError:
                continue  # that call was deleted meanwhile
            return False
        return self.home()

    def back_target(self) -> Page | None:
        return self._back[-1].page if self._back else None

    # state -----------------------------------------------------------------------------
    def here(self) -> Place | None:
        if self.current is None:
            return None
        return Place(self.current, self._built[self.current].current_key(self.current))

    def current_call_id(self) -> int | None:
        """The call the current page works on, if it works on one."""
        if self.current not in CALL_PAGES:
            return None
        key = self._built[self.current].current_key(self.current)
        return key if isinstance(key, int) else None

    def set_title(self, client: str = "", subject: str = "") -> None:
        """'Candor — Client: subject'. (Qt adds nothing: no display name is set, see
        ui.app.configure_application.)"""
        parts = ": ".join(p for p in (client, subject) if p)
        self.window.setWindowTitle(f"{APP_TITLE} — {parts}" if parts else APP_TITLE)

    def flush_all(self) -> None:
        """Save whatever any page is editing (before a page change, an export, a backup)."""
        for controller in self._controllers:
            controller.flush()

    def release_all(self) -> None:
        """On close: stop every timer, worker and event filter of every page."""
        for controller in self._controllers:
            controller.release()
