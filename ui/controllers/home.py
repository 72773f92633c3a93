"""Home: the welcome page on an empty database, otherwise the recent calls."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from storage.store import Store
from ui import workers
from ui.main_window import MainWindow
from ui.models.calls import CallSummaryModel
from ui.views.recent import RecentCallsView
from ui.views.welcome import WelcomeView

if TYPE_CHECKING:
    from ui.controllers.app import AppController

WELCOME, RECENT = "welcome", "recent"
RECENT_LIMIT = 200
SAMPLE_CALLS = 30
SAMPLE_SEED = 7


def write_sample_data(store: Store) -> int:
    """Imported lazily: the demo writer is optional for the window to work."""
    from storage.demo_writer import write_demo

    return write_demo(store, calls=SAMPLE_CALLS, seed=SAMPLE_SEED)


class HomeController(QObject):
    def __init__(self, store: Store, window: MainWindow, app: AppController) -> None:
        super().__init__(window)
        self.store = store
        self.window = window
        self.app = app
        self.model = CallSummaryModel(self)
        self.welcome = WelcomeView()
        self.recent = RecentCallsView(self.model)
        window.add_page(WELCOME, self.welcome)
        window.add_page(RECENT, self.recent)
        self.welcome.start_button.clicked.connect(app.new_call)
        self.welcome.sample_button.clicked.connect(self.load_sample_data)
        self.recent.new_button.clicked.connect(app.new_call)
        self.recent.callActivated.connect(app.open_call)
        self.task: workers.StoreTask | None = None

    def show(self) -> None:
        if self.store.calls.count() == 0:
            self.app.show_page(WELCOME)
            self.welcome.start_button.setFocus()
            return
        self.model.set_calls(self.store.calls.summaries(limit=RECENT_LIMIT))
        self.app.show_page(RECENT)
        self.recent.table.setFocus()
        if self.model.rowCount():
            self.recent.table.selectRow(0)

    def load_sample_data(self) -> None:
        if self.task is not None:
            return
        self.welcome.set_loading(True, f"Writing {SAMPLE_CALLS} sample calls…")
        self.task = workers.StoreTask(Path(self.store.path), write_sample_data)
        self.task.signals.done.connect(self._sample_loaded)
        self.task.signals.failed.connect(self._sample_failed)
        workers.start(self.task)

    def _sample_loaded(self, count: object) -> None:
        self.task = None
        self.welcome.set_loading(False)
        self.window.show_message(f"Loaded {count} sample calls.")
        self.show()

    def _sample_failed(self, message: str) -> None:
        self.task = None
        self.welcome.set_loading(False, "Sample data could not be loaded.")
        QMessageBox.warning(self.window, "Candor", f"Sample data could not be loaded: {message}")
