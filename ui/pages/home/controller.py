"""Home: the welcome page on an empty database, otherwise the recent calls."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from storage.store import Store
from ui.i18n import tr
from ui.pages.home.model import CallSummaryModel
from ui.pages.home.recent_view import RecentCallsView
from ui.shell.context import PageContext
from ui.shell.navigator import ReadOnlyPage
from ui.shell.pages import Page
from ui.tasks import with_store

RECENT_LIMIT = 200
# The first frame waits for the rows the window can show (RecentCallsView.rows_in_sight),
# at least these (start-up is a bar, at most 1.5 x a bare window); the rest of the 200
# follow a turn of the event loop on.
FIRST_ROWS = 12
SAMPLE_CALLS = 30
SAMPLE_SEED = 7


def write_sample_data(store: Store) -> int:
    """Imported lazily: the demo writer is optional for the window to work."""
    from storage.demo_writer import write_demo

    return write_demo(store, calls=SAMPLE_CALLS, seed=SAMPLE_SEED)


class HomeController(ReadOnlyPage, QObject):
    """The welcome page and the recent calls, each view built when its page is first
    shown (build): a start with calls does not build the welcome page, nor an empty
    one the table. One controller for both, registered for each page (ui.app)."""

    def __init__(self, ctx: PageContext) -> None:
        super().__init__(ctx.parent)
        self.ctx = ctx
        self.store = ctx.store
        self.loading = False
        self._built: dict[Page, QWidget] = {}
        self._placed: set[Page] = set()
        self._loads = 0  # which load the rest of the rows belong to
        self._more = 0  # the load whose rest waits for the rows to be painted

    def build(self, page: Page) -> HomeController:
        """Build `page`'s view if it is not yet; the navigator places it (views)."""
        if page in self._built:
            return self
        if page is Page.WELCOME:
            from ui.pages.home.welcome_view import WelcomeView  # an empty file's page only

            self.welcome = WelcomeView()
            self.welcome.newCallRequested.connect(self.new_call)
            self.welcome.sampleRequested.connect(self.load_sample_data)
            self._built[page] = self.welcome
        else:
            self.model = CallSummaryModel(self)
            self.recent = RecentCallsView(self.model)
            # The table's own Paint (its frame), not its viewport's: PySide's viewport()
            # builds the whole Qt namespace of enums on first use (14 ms before the frame).
            self.recent.table.installEventFilter(self)
            self.recent.newCallRequested.connect(self.new_call)
            self.recent.callActivated.connect(self.ctx.navigator.open_call)
            self._built[page] = self.recent
        return self

    # the page protocol (ui.shell.navigator.PageController) ---------------------------
    def views(self) -> dict[Page, QWidget]:
        """The views built since the navigator last asked (it asks once a build)."""
        new = {page: view for page, view in self._built.items() if page not in self._placed}
        self._placed.update(new)
        return new

    def load(self, page: Page, key: object) -> None:
        if page is Page.RECENT:
            first = min(RECENT_LIMIT, max(FIRST_ROWS, self.recent.rows_in_sight()))
            calls = self.store.calls.summaries(limit=first)
            self.model.set_calls(calls, self.ctx.scenario_names())
            self._loads += 1
            self._more = self._loads if len(calls) == first else 0
            if self._more and not self.recent.isVisible():
                return  # the rest once the rows are painted (eventFilter)
            self._rest_soon()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """The table painted with its first rows: the rest of them may come."""
        if event.type() == QEvent.Type.Paint and self._more:
            self._rest_soon()
        return False

    def _rest_soon(self) -> None:
        """The rest of the rows a turn of the event loop after the rows on screen were
        painted (the frame is handed over in the turn it is painted in)."""
        load, self._more = self._more, 0
        if load:
            QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, lambda: self._rest(load)))

    def _rest(self, load: int) -> None:
        """The rest of the recent calls, below the first rows (unless shown again since)."""
        if load != self._loads:
            return
        calls = self.store.calls.summaries(limit=RECENT_LIMIT)
        shown = self.model.ids()
        if [call.id for call in calls[: len(shown)]] == shown:
            self.model.add_calls(calls[len(shown) :])
        else:  # a call came or went in between
            self.model.set_calls(calls, self.ctx.scenario_names())

    def focus(self, page: Page) -> None:
        if page is Page.WELCOME:
            self.welcome.focus_start()
        else:
            self.recent.focus_calls()

    # intents ------------------------------------------------------------------------
    def new_call(self) -> None:
        self.ctx.navigator.show(Page.PREPARE)

    def load_sample_data(self) -> None:
        if self.loading:
            return
        work = with_store(Path(self.store.path), write_sample_data)
        if self.ctx.tasks.run(work, self._sample_loaded, self._sample_failed) is None:
            return  # the window is closing
        self.loading = True
        self.welcome.set_loading(
            True, tr("Writing {count} sample calls…").format(count=SAMPLE_CALLS)
        )

    def _sample_loaded(self, count: object) -> None:
        self.loading = False
        self.welcome.set_loading(False)
        self.ctx.events.say(tr("Loaded {count} sample calls.").format(count=count))
        self.ctx.events.commitmentsChanged.emit()
        self.ctx.navigator.home()

    def _sample_failed(self, message: str) -> None:
        self.loading = False
        self.welcome.set_loading(False, tr("Sample data could not be loaded."))
        from PySide6.QtWidgets import QMessageBox  # only when it failed

        QMessageBox.warning(
            self.ctx.parent,
            tr("Candor"),
            tr("Sample data could not be loaded: {message}").format(message=message),
        )
