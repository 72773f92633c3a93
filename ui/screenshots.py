"""The review screens with real data, for `make screenshots` and for looking at them.

python -m ui.screenshots DB [OUTDIR]     # writes OUTDIR/review-*.png (offscreen is fine)
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QFrame, QVBoxLayout, QWidget

from ui.pages.board.controller import BoardPageController
from ui.pages.client.controller import load_client
from ui.pages.client.view import ClientPage
from ui.pages.history.view import HistoryView
from ui.pages.search.panel import RESULT_LIMIT, SearchPanel
from ui.pages.search.worker import BackgroundSearch
from ui.shell.banner_controller import BannerController
from ui.shell.context import PageContext
from ui.shell.events import AppEvents
from ui.shell.navigator import Navigator
from ui.shell.pages import Page
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from storage.store import Store

SIZE = (1100, 720)


def _sample_query(store: Store) -> str:
    """A word from the latest call's subject, so the search shows real highlighted hits."""
    latest = store.calls.summaries(limit=1)
    words = sorted((w for w in latest[0].title.split() if w.isalpha()), key=len) if latest else []
    return words[-1] if words else "delay"


def detached_context(store: Store, parent: QWidget) -> PageContext:
    """A context for a page or the banner shown outside the window (screenshots,
    benchmarks): a navigator with no pages registered and no page current, events no one
    else hears. Everything in it is a child of `parent`."""
    navigator = Navigator(store, parent)  # a window only to add pages to: none are added
    return PageContext(store, navigator, AppEvents(parent), parent, TaskRunner(parent))


class Detached(QWidget):
    """A page's view with its controller, outside the window: the controller is built by
    `build(ctx)` on a detached context and its view fills this widget."""

    def __init__(self, store: Store, build: Callable[[PageContext], Any], name: str):
        super().__init__()
        self.setObjectName(name)
        self.controller = build(detached_context(store, self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for view in self.controller.views().values():
            layout.addWidget(view)


def _busiest_client(store: Store) -> str | None:
    counts = Counter(s.client for s in store.calls.summaries())
    return counts.most_common(1)[0][0] if counts else None


class HistoryWithSearch(QWidget):
    """The History page at start-up (banner on top) with the Ctrl+F search open over it."""

    def __init__(self, store: Store):
        super().__init__()
        self.setObjectName("historyWithSearch")
        self.history = HistoryView()
        layout = QVBoxLayout(self)
        layout.addWidget(self.history, 1)
        self.banner_controller = BannerController(detached_context(store, self), layout)
        self.banner = self.banner_controller.banner
        self.popover = QFrame(self)
        self.popover.setObjectName("searchPopover")
        self.popover.setFrameShape(QFrame.Shape.StyledPanel)
        self.popover.setAutoFillBackground(True)
        self.search = SearchPanel()
        QVBoxLayout(self.popover).addWidget(self.search)
        self.banner_controller.recount()  # no page is current here: count as on history
        self.history.show_calls(store.history, store.calls.client_names())
        query = _sample_query(store)  # searched here, as the search controller's search_now
        self.search.set_words(query)
        self.search.show_hits(BackgroundSearch(store.path, self).search_now(query, RESULT_LIMIT))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._place)  # once the layout has placed the history

    def _place(self) -> None:
        top = self.history.geometry().top() + self.history.filters.height() + 16
        width = min(460, self.width() // 2)
        self.popover.setGeometry(self.width() - width - 24, top, width, self.height() - top - 40)
        self.popover.raise_()


def screenshot_steps(store: Store) -> list[tuple[str, QWidget]]:
    """[(name, widget)] for the review screens, filled from `store` and sized for a shot."""
    client_page = ClientPage()
    load_client(store, client_page, _busiest_client(store))
    board_page = Detached(store, BoardPageController, "boardShot")
    board_page.controller.load(Page.BOARD, None)
    board = board_page.controller.view
    board.tree.setCurrentIndex(board.model.index(0, 0, board.model.index(0, 0)))
    steps = [
        ("review-history-search", HistoryWithSearch(store)),
        ("review-client", client_page),
        ("review-board", board_page),
    ]
    for _, widget in steps:
        widget.resize(*SIZE)
    return steps


def main(argv: list[str]) -> int:
    from storage.store import Store

    if not argv:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    out = Path(argv[1] if len(argv) > 1 else "/tmp/review-shots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    from ui.style import apply_style

    apply_style(app)
    with Store(Path(argv[0])) as store:
        steps = screenshot_steps(store)
        for name, widget in steps:
            widget.show()
            app.processEvents()
            path = out / f"{name}.png"
            widget.grab().save(str(path))
            print(path)
        for _, widget in steps:  # delete while the application and the store are still alive
            widget.close()
            widget.deleteLater()
        del steps
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
