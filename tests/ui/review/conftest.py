"""Building calls for the review screens through the Store API, on a real database file;
a page context whose navigator records where the user was sent, for building the banner
and a review page through its controller outside the window."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QWidget,
)

from domain.model import Call, Client, NextStep, Note, NoteKind, Reaction, ReactionKind, StepStatus
from ui.shell.context import PageContext
from ui.shell.events import AppEvents
from ui.shell.pages import Page
from ui.tasks import TaskRunner

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Navigation(QObject):
    """The navigator as the banner and the review pages use it; records, does not move."""

    pageChanged = Signal(object)  # noqa: N815 (Qt signal naming)

    def __init__(self, current: Page, parent: QObject) -> None:
        super().__init__(parent)
        self.current: Page | None = current
        self.shown: list[tuple[Page, object]] = []
        self.opened: list[int] = []

    def show(self, page: Page, key: object = None, remember: bool = True) -> bool:
        self.shown.append((page, key))
        return True

    def open_call(self, call_id: int) -> bool:
        self.opened.append(call_id)
        return True


@pytest.fixture
def ctx(store, qtbot) -> PageContext:  # noqa: ANN001
    """A page context on the test's store, the board the current page, the app events
    real (so the banner recounts when the board marks a step)."""
    parent = QWidget()
    qtbot.addWidget(parent)
    navigator = Navigation(Page.BOARD, parent)
    return PageContext(store, navigator, AppEvents(parent), parent, TaskRunner(parent))


def add_call(
    store,
    client: str,
    title: str,
    *,
    started: datetime | None = T0,
    scenario: str = "generic",
    ended: bool = True,
    follow_up_on: date | None = None,
    letter_sent: bool = True,
) -> int:
    """A call started at `started` (None: only prepared), ended 30 minutes later, its
    letter sent an hour after (unless `letter_sent` is False)."""
    call = store.calls.create(Call(client=Client(client), title=title, scenario=scenario))
    if started is not None:
        store.calls.start(call.id, started)
        if ended:
            store.calls.end(call.id, started + timedelta(minutes=30))
            if letter_sent:
                store.calls.mark_letter_sent(call.id, started + timedelta(minutes=90))
    if follow_up_on is not None:
        store.calls.update_follow_up(call.id, store.calls.get(call.id).follow_up, follow_up_on)
    return call.id


def add_step(
    store,
    call_id: int,
    what: str,
    due: date | None,
    owner: str = "us",
    status: StepStatus = StepStatus.OPEN,
    done_at: datetime | None = None,
) -> int:
    step = store.entries.add_next_step(
        NextStep(call_id=call_id, what=what, owner=owner, due_on=due)
    )
    if status is not StepStatus.OPEN:
        store.entries.set_step_status(step.id, status, done_at)
    return step.id


def add_note(store, call_id: int, text: str) -> None:
    store.entries.add_note(Note(call_id=call_id, kind=NoteKind.NOTE, text=text, at=T0))


def add_reactions(store, call_id: int, *kinds: ReactionKind) -> None:
    for kind in kinds:
        store.entries.add_reaction(Reaction(call_id=call_id, kind=kind, at=T0))


_INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit)
_COMPOSITES = (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit)


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets we created that lack an objectName or an accessibleName."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, _INTERACTIVE) or isinstance(widget, QHeaderView):
            continue
        parent = widget.parentWidget()
        inner = False
        while parent is not None and parent is not root:
            if isinstance(parent, _COMPOSITES):
                inner = True
                break
            parent = parent.parentWidget()
        if inner or widget.metaObject().className().startswith("QCalendar"):
            continue
        if not widget.objectName() or not widget.accessibleName():
            problems.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return problems
