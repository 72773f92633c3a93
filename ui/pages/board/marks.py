"""Marking commitments on the board: done (asks when), dropped, undo; then reload.

Built by the page controller with the store and the view; it answers the view's
markDoneRequested / dropRequested / undoRequested / ownerFilterRequested and emits
`changed` after a mark or an undo."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from domain.commitments import Commitment
from domain.model import StepStatus, utc_now
from ui.dialogs import done_date as done_dialog
from ui.dialogs.done_date import done_moment
from ui.i18n import day_text, tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from storage.store import Store
    from ui.models.commitments import BoardModel


class BoardSurface(Protocol):
    """What the controller needs from the board view."""

    model: BoardModel

    def current_commitment(self) -> Commitment | None: ...
    def select_step(self, step_id: int) -> None: ...
    def select_near(self, anchor: tuple[int, int] | None) -> None: ...
    def current_anchor(self) -> tuple[int, int] | None: ...
    def show_message(self, text: str) -> None: ...
    def set_can_undo(self, can_undo: bool) -> None: ...
    def dialog_parent(self) -> QWidget: ...


@dataclass(frozen=True)
class Mark:
    """One change the user can take back."""

    step_id: int
    what: str
    status: StepStatus


class BoardController(QObject):
    changed = Signal()  # a step was marked done or dropped, or reopened by Undo

    def __init__(self, store: Store, view: BoardSurface, today: Callable[[], date], parent=None):
        super().__init__(parent)
        self._store = store
        self._view = view
        self._today = today
        self._undo: list[Mark] = []

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def refresh(self) -> None:
        """Count and read the open commitments again (the rows scrolled to stay fetched)."""
        model, reports = self._view.model, self._store.reports
        if model.source is reports:
            model.refresh()
        else:
            model.set_source(reports)

    def reload(self) -> None:
        """Load the open commitments again, the current one kept current if still open."""
        step = self._view.current_commitment()
        self.refresh()
        if step is not None and step.step.id is not None:
            self._view.select_step(step.step.id)

    def set_owner_filter(self, ours: bool | None) -> None:
        anchor_step = self._view.current_commitment()
        self._view.model.set_owner_filter(ours)
        if anchor_step is not None and anchor_step.step.id is not None:
            self._view.select_step(anchor_step.step.id)

    def mark_done(self) -> bool:
        item = self._view.current_commitment()
        if item is None or item.step.id is None:
            return False
        today = self._today()
        day = done_dialog.ask_done_date(self._view.dialog_parent(), item.step.what, today)
        if day is None:
            return False
        self._apply(item, StepStatus.DONE, done_moment(day, today))
        if day >= today:
            message = tr("Marked “{what}” done today. Ctrl+Z to undo.")
        else:
            message = tr("Marked “{what}” done on {day}. Ctrl+Z to undo.")
        self._view.show_message(message.format(what=item.step.what, day=day_text(day)))
        return True

    def drop(self) -> bool:
        item = self._view.current_commitment()
        if item is None or item.step.id is None:
            return False
        self._apply(item, StepStatus.DROPPED, utc_now())
        self._view.show_message(tr("Dropped “{what}”. Ctrl+Z to undo.").format(what=item.step.what))
        return True

    def undo(self) -> bool:
        """Reopen the step changed last; it comes back exactly as it was (open, no date done)."""
        if not self._undo:
            return False
        mark = self._undo.pop()
        self._store.entries.set_step_status(mark.step_id, StepStatus.OPEN)
        self.refresh()
        self._view.select_step(mark.step_id)
        self._view.show_message(tr("Reopened “{what}”.").format(what=mark.what))
        self._after_change()
        return True

    def _apply(self, item: Commitment, status: StepStatus, at: datetime) -> None:
        assert item.step.id is not None
        anchor = self._view.current_anchor()
        self._store.entries.set_step_status(item.step.id, status, at)
        self._undo.append(Mark(item.step.id, item.step.what, status))
        self.refresh()
        self._view.select_near(anchor)
        self._after_change()

    def _after_change(self) -> None:
        self._view.set_can_undo(self.can_undo)
        self.changed.emit()
