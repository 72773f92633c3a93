"""Reviewing past calls: history, search, the client page, the commitments board, the banner.

Each page is a self-contained QWidget that takes a Store, has `refresh()`, and
emits `open_call(int)` (and `open_client(str)` from the history). Wire
`CommitmentsBoard.commitments_changed` to `StartupBanner.refresh` so the banner's
counts follow the board.

In the window they are mounted by ui.controllers.review.ReviewController (the History
menu, built on first use); tools/screenshots.py shoots them there. `screenshot_steps`
below renders them stand-alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from storage.store import Store


def screenshot_steps(store: Store) -> list[tuple[str, QWidget]]:
    """[(name, widget)] for history-with-search, client page and board (see ui.review.shots)."""
    from ui.review.shots import screenshot_steps as steps

    return steps(store)
