"""The detail page of an ended call: its record, and the follow-up kept up to date.

Every edit goes to the store at once (notes, next steps, check-in) or within a second
(the follow-up text, the client's email), and the storage triggers keep search in step.
The page reuses the live page's notes and next-steps models and its next-steps
controller; done asks when it was done, as on the commitments board.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItemModel
from PySide6.QtWidgets import QWidget

from domain.coverage import coverage
from domain.model import Call, CallStatus, NextStep, Note, StepStatus, utc_now
from domain.timefmt import duration_text, local
from ui.autosave import Debouncer
from ui.dialogs import done_date as done_dialog
from ui.dialogs.ask import ask_yes_no
from ui.dialogs.done_date import done_moment
from ui.dialogs.note import NoteDialog
from ui.i18n import long_when_text, tr, when_text
from ui.models.missed import fill_missed
from ui.models.next_steps import NextStepsModel
from ui.models.notes import NOTE_ROLE, NotesModel
from ui.pages.detail.view import DetailView
from ui.parts.next_steps import NextStepsController, StoreWriter
from ui.parts.note_editor import NoteEditor
from ui.shell.context import PageContext
from ui.shell.export_jobs import ExportKind
from ui.shell.pages import Page
from ui.widgets.common import day_text
from ui.widgets.email_field import SHORT_HINT, looks_like_email

if TYPE_CHECKING:
    from storage.store import Store


class DetailStepsController(NextStepsController):
    """Next steps of a past call: as on the live page, plus done-on-a-date and drop;
    committed at once (StoreWriter), since no call is running."""

    def __init__(self, store: Store, *args: Any) -> None:
        super().__init__(StoreWriter(store), *args)
        self.store = store

    def current(self) -> NextStep | None:
        index = self.table.currentIndex()
        return self.model.step_at(index.row()) if index.isValid() else None

    def edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.edit(index.row())

    def set_done(self, step_id: int, done: bool) -> None:
        """Ticking asks when it was done (default today); unticking reopens."""
        if not done:
            self._set_status(step_id, StepStatus.OPEN)
            return
        step = self.store.entries.next_step(step_id)
        today = date.today()
        day = done_dialog.ask_done_date(self.window, step.what, today)
        if day is not None:
            self._set_status(step_id, StepStatus.DONE, done_moment(day, today))

    def mark_done_current(self) -> None:
        step = self.current()
        if step is not None and step.id is not None and step.status is not StepStatus.DONE:
            self.set_done(step.id, True)

    def drop_or_reopen_current(self) -> None:
        step = self.current()
        if step is not None and step.id is not None:
            dropped = step.status is StepStatus.DROPPED
            self._set_status(step.id, StepStatus.OPEN if dropped else StepStatus.DROPPED)

    def _set_status(self, step_id: int, status: StepStatus, at=None) -> None:  # noqa: ANN001
        self.store.entries.set_step_status(step_id, status, at)
        self.model.replace(self.store.entries.next_step(step_id))
        self.changed.emit()


class DetailController(QObject):
    def __init__(self, ctx: PageContext) -> None:
        super().__init__(ctx.parent)
        self.ctx = ctx
        self.store = store = ctx.store
        self.window = window = ctx.parent
        self.call: Call | None = None
        self.notes = NotesModel(self)
        self.steps_model = NextStepsModel(self)
        self.missed_model = QStandardItemModel(self)
        self.view = DetailView(self.notes, self.steps_model, self.missed_model)
        self.steps = DetailStepsController(
            store, window, self.view.steps, self.steps_model, self._focus_steps
        )
        self.note_editor = NoteEditor(store, window, self.view.notes)
        self.note_editor.saved.connect(self._note_saved)
        self.saver = Debouncer(self.save, self)
        self.saver.watch(*self.view.typing_widgets())
        self.email_saver = Debouncer(self.save_email, self)
        self.email_saver.watch(self.view.email)
        self._connect()

    def _connect(self) -> None:
        view = self.view
        view.edited.connect(self._edited)
        view.checkedInChanged.connect(self.set_checked_in)
        view.letterSentChanged.connect(self.set_letter_sent)
        self.ctx.events.callRenamed.connect(self._renamed)
        view.emailEdited.connect(self._email_edited)
        view.emailFinished.connect(self.email_saver.flush)
        view.clientRequested.connect(self._client_clicked)
        view.backRequested.connect(self.ctx.navigator.back)
        view.exportRequested.connect(self.export)
        self.delete_shortcut = QShortcut(QKeySequence("Delete"), view.notes)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_shortcut.activated.connect(self.delete_note)
        view.addStepRequested.connect(self.steps.add)
        view.editStepRequested.connect(self.steps.edit_current)
        view.doneStepRequested.connect(self.steps.mark_done_current)
        view.dropStepRequested.connect(self.steps.drop_or_reopen_current)
        view.currentStepChanged.connect(self._update_step_buttons)
        self.steps.changed.connect(self.ctx.events.commitmentsChanged)
        self.steps.changed.connect(self.text_changed)

    def _focus_steps(self) -> None:
        self.view.focus_steps()

    def text_changed(self) -> None:
        """Something search finds was edited (an open search shows it again)."""
        if self.call is not None:
            self.ctx.events.callChanged.emit(self.call.id)

    def commitments_changed(self) -> None:
        self.ctx.events.commitmentsChanged.emit()

    # the page protocol (ui.shell.navigator.PageController) ---------------------------
    def views(self) -> dict[Page, QWidget]:
        return {Page.DETAIL: self.view}

    def load(self, page: Page, key: object) -> None:
        if not isinstance(key, int):
            raise KeyError("the call detail shows one call")
        self.open(self.store.calls.get(key))

    def focus(self, page: Page) -> None:
        self.view.select_note(0 if self.notes.rowCount() else -1)
        self.view.focus_notes()

    def title(self, page: Page) -> tuple[str, str]:
        return (self.call.client.name, self.call.title) if self.call else ("", "")

    def current_key(self, page: Page) -> int | None:
        return self.call_id

    # opening -------------------------------------------------------------------------
    @property
    def call_id(self) -> int | None:
        return self.call.id if self.call else None

    @property
    def client_name(self) -> str:
        return self.call.client.name if self.call else ""

    def open(self, call: Call) -> None:
        self.flush()
        self.call = None  # nothing is saved while the page is being filled
        view = self.view
        view.set_call(call.client.name, call.client.email, call.title, self._subtitle(call))
        self.notes.set_notes(call.notes)
        ended = call.offset_ms(call.ended_at) if call.ended_at else None
        view.set_reactions(call.reactions, ended or 0)
        self.steps.load(call)
        self._show_coverage(call)
        view.set_follow_up(call.follow_up)
        day = local(call.started_at or call.created_at).date()
        earliest = min(day, call.follow_up_on or day) - timedelta(days=1)
        view.set_check_in_day(call.follow_up_on, earliest)
        view.set_checked_in(call.follow_up_done_at is not None)
        self._show_letter(call)
        view.set_status(self._check_in_text(call))
        self.call = call
        view.select_first_step()
        self._update_step_buttons()

    def _renamed(self, call_id: int, title: str) -> None:
        if self.call is not None and self.call.id == call_id:
            self.call.title = title
            call = self.call
            self.view.set_call(call.client.name, call.client.email, title, self._subtitle(call))

    def _show_letter(self, call: Call) -> None:
        sent = call.letter_sent_at
        to = call.contact.name if call.contact else call.client.name
        tip = (
            tr("The letter to {to} went out {when}").format(to=to, when=when_text(sent))
            if sent
            else tr("Tick once the letter to {to} went out").format(to=to)
        )
        self.view.set_letter_sent(sent is not None, tip, call.status is CallStatus.ENDED)

    def set_letter_sent(self, sent: bool) -> None:
        """Record that the letter went out now, or undo that."""
        if self.call is None or self.call.id is None:
            return
        at = utc_now() if sent else None
        self.store.calls.mark_letter_sent(self.call.id, at)
        self.call.letter_sent_at = at
        self._show_letter(self.call)
        self.ctx.events.lettersChanged.emit()
        self.ctx.events.say(tr("Letter marked sent.") if sent else tr("Letter marked not sent."))

    def _subtitle(self, call: Call) -> str:
        started = local(call.started_at or call.created_at)
        parts = [
            tr(self.ctx.playbooks.label(call.scenario)),
            long_when_text(started),
            tr("lasted {duration}").format(duration=lasted)
            if (lasted := duration_text(call.started_at, call.ended_at))
            else "",
            tr(call.status.label),
        ]
        return "  ·  ".join(p for p in parts if p)

    def _show_coverage(self, call: Call) -> None:
        result = coverage(call, self.ctx.playbooks.get(call.scenario))
        fill_missed(self.missed_model, result)
        covered = len(result.covered)
        self.view.set_coverage(
            tr("Covered {covered} of {total}. Not covered:").format(
                covered=covered, total=result.total
            )
            if result.missed
            else tr("All {total} checklist items were covered.").format(total=result.total),
            bool(result.missed),
        )

    @staticmethod
    def _check_in_text(call: Call) -> str:
        if call.follow_up_done_at is not None:
            day = day_text(local(call.follow_up_done_at).date())
            return tr("Checked in on {day}.").format(day=day)
        return tr("Saved as you type.")

    # the follow-up -------------------------------------------------------------------
    def _edited(self) -> None:
        if self.call is not None:
            self.saver.poke()

    def save(self) -> None:
        if self.call is None:
            return
        follow_up = self.view.follow_up()
        day = self.view.check_in_day()
        date_changed = day != self.call.follow_up_on
        self.store.calls.update_follow_up(self.call.id, follow_up, day)
        self.call.follow_up, self.call.follow_up_on = follow_up, day
        self.view.set_status(tr("Saved."))
        self.text_changed()
        if date_changed:
            self.commitments_changed()

    def set_checked_in(self, checked: bool) -> None:
        if self.call is None:
            return
        if checked:
            self.store.reports.mark_follow_up_done(self.call.id)
        else:
            self.store.reports.reopen_follow_up(self.call.id)
        stored = self.store.calls.get(self.call.id, with_entries=False)
        self.call.follow_up_done_at = stored.follow_up_done_at
        self.view.set_status(self._check_in_text(self.call))
        self.commitments_changed()

    def flush(self) -> None:
        self.saver.flush()
        self.email_saver.flush()

    def release(self) -> None:
        self.saver.release()
        self.email_saver.release()

    # the client's email ----------------------------------------------------------------
    def _email_edited(self) -> None:
        if self.call is not None:
            self.email_saver.poke()

    def save_email(self) -> None:
        """The address is the client's: every call with this client shows it from now on."""
        if self.call is None or self.call.client.id is None:
            return
        email = self.view.email_text()
        self.store.calls.set_client_email(self.call.client.id, email)
        self.call.client.email = email
        self.view.set_status(
            tr("Saved.") if looks_like_email(email) else tr("Saved.") + " " + tr(SHORT_HINT)
        )

    # notes ---------------------------------------------------------------------------
    @property
    def note_dialog(self) -> NoteDialog | None:
        return self.note_editor.dialog

    def edit_note(self) -> None:
        self.note_editor.edit()

    def _note_saved(self, edited: Note) -> None:
        notes = [edited if n.id == edited.id else n for n in self.notes.notes()]
        self._show_notes(notes, notes.index(edited))
        self.text_changed()

    def delete_note(self) -> None:
        index = self.view.current_note_index()
        note = index.data(NOTE_ROLE)
        if note is None or note.id is None:
            return
        yes = ask_yes_no(
            self.window,
            tr("Remove the note?"),
            tr("Remove this note from the call?\n\n{note}").format(note=note.text),
            default_yes=False,
        )
        if not yes:
            return
        self.store.entries.delete_note(note.id)
        notes = [n for n in self.notes.notes() if n.id != note.id]
        self._show_notes(notes, min(index.row(), len(notes) - 1))
        self.text_changed()

    def _show_notes(self, notes: list, row: int) -> None:
        self.notes.set_notes(notes)
        self.view.select_note(row)
        if self.call is not None:
            self.call.notes = notes

    # next steps and actions ------------------------------------------------------------
    def _update_step_buttons(self, *_: object) -> None:
        step = self.steps.current()
        status = step.status if step is not None else None
        self.view.set_step_actions(
            editable=step is not None,
            can_mark_done=status is StepStatus.OPEN,
            can_drop=step is not None and status is not StepStatus.DONE,
            dropped=status is StepStatus.DROPPED,
        )

    def _client_clicked(self) -> None:
        if self.call is not None:
            self.ctx.navigator.show(Page.CLIENT, self.call.client.name)

    def export(self) -> None:
        """The follow-up letter (the window's exports do it; see ui.shell.export)."""
        if self.call is not None:
            self.flush()
            self.ctx.events.exportRequested.emit(ExportKind.LETTER, self.call.id)
