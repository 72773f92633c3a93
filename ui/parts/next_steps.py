"""Next steps of a call on the live page: add (Ctrl+T), edit (double-click), done,
delete. `changed` tells the window (the banner, the board).

Every change is committed by the page's EntryWriter, on its own thread, and shown when
the commit returns (DESIGN.md: committed before the UI shows it, and the UI thread never
waits for the disk); a failed commit changes nothing on screen and says why
(`commitFailed`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTableView, QWidget

from domain.model import Call, NextStep, StepStatus
from storage.store import Store
from ui.dialogs.ask import ask_yes_no
from ui.dialogs.next_step import NextStepDialog
from ui.i18n import tr
from ui.models.next_steps import NextStepsModel
from ui.writer import EntryWriter


class StoreWriter:
    """The writer's interface over a store, committing at once on this thread: for a page
    about a past call (the detail page), where nothing is being recorded live."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def write(
        self,
        op: Callable[[Store], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[str], None] | None = None,
    ) -> object:
        from storage.errors import StorageError

        try:
            result = op(self.store)
        except StorageError as exc:
            if failed is not None:
                failed(str(exc))
            return self
        if done is not None:
            done(result)
        return self


class NextStepsController(QObject):
    changed = Signal()  # a step was added, edited, done, reopened or removed
    commitFailed = Signal(str)  # noqa: N815 (Qt signal naming) what was not saved, and why

    def __init__(
        self,
        writer: EntryWriter | StoreWriter,
        window: QWidget,
        table: QTableView,
        model: NextStepsModel,
        refocus: Callable[[], None],
    ) -> None:
        """`table` shows `model`; `refocus` puts the keyboard back after the dialog."""
        super().__init__(window)
        self.writer = writer
        self.window = window
        self.table = table
        self.model = model
        self.refocus = refocus
        self.call_id: int | None = None
        self.dialog: NextStepDialog | None = None
        self.editing: NextStep | None = None  # None while adding
        model.statusRequested.connect(self.set_done)
        table.doubleClicked.connect(self._edit_index)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)

    def load(self, call: Call) -> None:
        self.call_id = call.id
        self.model.set_steps(call.next_steps)

    def add(self) -> None:
        """Opens the dialog without blocking; the step is stored when it is accepted."""
        self._open_dialog(tr("Add a next step"), None)

    def edit(self, row: int) -> None:
        step = self.model.step_at(row)
        dialog = self._open_dialog(tr("Edit the next step"), step)
        dialog.set_values(step.what, step.owner, step.due_on)

    def _open_dialog(self, title: str, editing: NextStep | None) -> NextStepDialog:
        if self.dialog is not None:
            self.dialog.close()
        dialog = NextStepDialog(self.window, title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._accepted)
        dialog.finished.connect(self._dialog_closed)
        self.dialog, self.editing = dialog, editing
        dialog.open()
        dialog.what.setFocus()
        return dialog

    def _accepted(self) -> None:
        if self.dialog is None:
            return
        if self.editing is None:
            self._store_new(self.dialog)
        else:
            self._store_edit(self.dialog, self.editing)

    def _dialog_closed(self) -> None:
        self.dialog, self.editing = None, None
        self.window.activateWindow()
        self.refocus()

    def _store_new(self, dialog: NextStepDialog) -> None:
        if self.call_id is None:
            return
        what, owner, due = dialog.values()
        step = NextStep(self.call_id, what, owner, due)
        self._commit(
            lambda store: store.entries.add_next_step(step),
            self._added,
            QT_TR_NOOP("The next step was not saved: {message}"),
        )

    def _added(self, step: NextStep) -> None:
        self.model.append(step)
        self.table.scrollToBottom()
        self.changed.emit()

    def _store_edit(self, dialog: NextStepDialog, step: NextStep) -> None:
        edited = replace(step)
        edited.what, edited.owner, edited.due_on = dialog.values()
        self._commit(
            lambda store: store.entries.update_next_step(edited),
            lambda _: self._replaced(edited),
            QT_TR_NOOP("The change to the next step was not saved: {message}"),
        )

    def _replaced(self, step: NextStep) -> None:
        self.model.replace(step)
        self.changed.emit()

    def _commit(self, op: Callable[[Store], Any], done: Callable[[Any], None], what: str) -> None:
        def failed(message: str) -> None:
            self.commitFailed.emit(tr(what).format(message=message))

        if self.writer.write(op, done, failed) is None:
            failed(tr("the call's page is closing"))

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit(index.row())

    def set_done(self, step_id: int, done: bool) -> None:
        status = StepStatus.DONE if done else StepStatus.OPEN

        def op(store: Store) -> NextStep:
            store.entries.set_step_status(step_id, status)
            return store.entries.next_step(step_id)

        self._commit(
            op, self._replaced, QT_TR_NOOP("The next step's status was not saved: {message}")
        )

    def delete_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        step = self.model.step_at(index.row())
        yes = ask_yes_no(
            self.window,
            tr("Remove next step?"),
            tr("Remove “{what}” from the next steps?").format(what=step.what),
            default_yes=False,
        )
        if yes:
            self._commit(
                lambda store: store.entries.delete_next_step(step.id),
                lambda _: self._removed(step.id),
                QT_TR_NOOP("The removal of the next step was not saved: {message}"),
            )

    def _removed(self, step_id: int) -> None:
        self.model.remove(step_id)
        self.changed.emit()
