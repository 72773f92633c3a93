"""The pages of the window, by name: one enum instead of strings spelt in many modules."""

from __future__ import annotations

from enum import Enum

from ui.i18n import tr


class Page(Enum):
    """A page of the main window; `value` is also its widget's `pageName` property."""

    WELCOME = "welcome"
    RECENT = "recent"
    PREPARE = "prepare"
    LIVE = "live"
    WRAPUP = "wrapup"
    DETAIL = "detail"
    HISTORY = "history"
    CLIENT = "client"
    BOARD = "board"
    PLAYBOOKS = "playbooks"

    @property
    def label(self) -> str:
        return tr(_LABELS[self])

    @property
    def is_overview(self) -> bool:
        """Overviews show the start-up banner; pages about one call keep the whole window."""
        return self in _OVERVIEWS

    @property
    def is_home(self) -> bool:
        return self in (Page.WELCOME, Page.RECENT)


_LABELS = {
    Page.WELCOME: "Welcome",
    Page.RECENT: "Recent calls",
    Page.PREPARE: "Prepare a call",
    Page.LIVE: "Live call",
    Page.WRAPUP: "Wrap-up",
    Page.DETAIL: "Call detail",
    Page.HISTORY: "All calls",
    Page.CLIENT: "Client overview",
    Page.BOARD: "Commitments board",
    Page.PLAYBOOKS: "Playbooks",
}
_OVERVIEWS = frozenset({Page.WELCOME, Page.RECENT, Page.HISTORY, Page.CLIENT, Page.BOARD})
