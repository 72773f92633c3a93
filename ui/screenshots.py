"""The review screens with real data, for `make screenshots` and for looking at them.

python -m ui.screenshots DB [OUTDIR]     # writes OUTDIR/review-*.png (offscreen is fine)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QFrame, QVBoxLayout, QWidget

from ui.pages.board.view import CommitmentsBoard
from ui.pages.client.view import ClientPage
from ui.pages.history.view import HistoryView
from ui.pages.search.panel import SearchPanel
from ui.shell.banner import StartupBanner

if TYPE_CHECKING:
    from storage.store import Store

SIZE = (1100, 720)


def _sample_query(store: Store) -> str:
    """A word from the latest call's subject, so the search shows real highlighted hits."""
    latest = store.calls.summaries(limit=1)
    words = sorted((w for w in latest[0].title.split() if w.isalpha()), key=len) if latest else []
    return words[-1] if words else "delay"


def _busiest_client(store: Store) -> str | None:
    counts = Counter(s.client for s in store.calls.summaries())
    return counts.most_common(1)[0][0] if counts else None


class HistoryWithSearch(QWidget):
    """The History page at start-up (banner on top) with the Ctrl+F search open over it."""

    def __init__(self, store: Store):
        super().__init__()
        self.setObjectName("historyWithSearch")
        self.banner = StartupBanner(store, self)
        self.history = HistoryView(store)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.history, 1)
        self.popover = QFrame(self)
        self.popover.setObjectName("searchPopover")
        self.popover.setFrameShape(QFrame.Shape.StyledPanel)
        self.popover.setAutoFillBackground(True)
        self.search = SearchPanel(store)
        QVBoxLayout(self.popover).addWidget(self.search)
        self.banner.refresh()
        self.history.refresh()
        self.search.set_query(_sample_query(store))

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
    client_page = ClientPage(store, _busiest_client(store))
    board = CommitmentsBoard(store)
    board.refresh()
    board.tree.setCurrentIndex(board.model.index(0, 0, board.model.index(0, 0)))
    steps = [
        ("review-history-search", HistoryWithSearch(store)),
        ("review-client", client_page),
        ("review-board", board),
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
