"""The live call: every note, reaction and tick is stored first, then shown.

Entries are committed by an EntryWriter (ui.writer) on a thread of its own, so the
UI thread never waits for the disk: the note line is free for the next note at once,
and each entry appears when its commit returns. A failed commit puts the note's text
back in the line, with a message.

The note being typed is kept as a draft, saved within a second, so a crash loses at
most a second of typing and a resumed call gets it back.

Ctrl+Z undoes the entries made on this page, newest first: a reaction or note is
deleted (the note's text goes back into the note line, to be corrected and added
again), a tick is answered by the opposite tick. In the note line, Ctrl+Z first
undoes typing, as in any text field. F2 or a double-click edits a note.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from domain.fields import PREP_FIELDS
from domain.live_session import last_tick_offsets
from domain.model import Call, Note, Reaction, ReactionKind, Tick, utc_now
from domain.playbooks import checklist_of
from domain.text import clip
from ui.autosave import Debouncer
from ui.dialogs.ask import ask_yes_no
from ui.dialogs.note import NoteDialog
from ui.i18n import tr
from ui.models.next_steps import NextStepsModel
from ui.models.notes import NotesModel
from ui.pages.live.model import ChecklistModel
from ui.pages.live.view import LiveView
from ui.pages.live.writes import delete_note, store_note
from ui.parts.next_steps import NextStepsController
from ui.parts.note_editor import NoteEditor
from ui.shell.context import PageContext
from ui.shell.pages import Page
from ui.writer import EntryWriter

# Pages the user may visit while a call runs: it stays live, and Back returns to it.
LOOK_UPS = frozenset({Page.DETAIL, Page.HISTORY, Page.CLIENT, Page.BOARD})
SHORT = 24  # characters of an entry quoted in an undo message (compact mode is 420 px)


class LiveController(QObject):
    def __init__(self, ctx: PageContext) -> None:
        super().__init__(ctx.parent)
        self.ctx = ctx
        self.store = store = ctx.store
        self.window = window = ctx.parent
        self.playbooks = ctx.playbooks
        self.call: Call | None = None
        self.writer = EntryWriter(store.path, self)
        self.undo_stack: list[Note | Reaction | Tick] = []  # this page's entries, this session
        self.checklist = ChecklistModel(self)
        self.notes = NotesModel(self)
        self.steps_model = NextStepsModel(self)
        self.view = LiveView(self.checklist, self.notes, self.steps_model)
        self.steps = NextStepsController(
            self.writer, window, self.view.steps, self.steps_model, self.view.focus_note_line
        )
        self.steps.commitFailed.connect(lambda text: self.window.show_message(text, 15_000))
        # The draft is committed by the writer: start at 0.5 s so it is on disk within 1 s
        # even when the disk is slow.
        self.draft_saver = Debouncer(self.save_draft, self, share=0.5)
        self.draft_saver.watch(*self.view.typing_widgets())
        self.view.noteTyped.connect(self.draft_saver.poke)
        self.view.noteSubmitted.connect(self.add_note)
        self.view.reactionChosen.connect(self.add_reaction)
        self.checklist.tickRequested.connect(self.tick)
        self.view.endRequested.connect(self.end_call)
        self.view.addStepRequested.connect(self.add_next_step)
        self.view.undoRequested.connect(self.undo_last)
        self.note_editor = NoteEditor(store, window, self.view.notes)
        self.note_editor.saved.connect(self._note_saved)
        self.steps.changed.connect(ctx.events.commitmentsChanged)
        ctx.events.compactChanged.connect(self.set_compact)
        ctx.events.callRenamed.connect(self._renamed)
        if ctx.compact:
            self.set_compact(True)
        ctx.navigator.add_guard(self.may_leave)

    # the page protocol (ui.shell.navigator.PageController) ---------------------------
    def views(self) -> dict[Page, QWidget]:
        return {Page.LIVE: self.view}

    def load(self, page: Page, key: object) -> None:
        if not isinstance(key, int):
            raise KeyError("the live page shows one call")
        self.open(self.store.calls.get(key))

    def focus(self, page: Page) -> None:
        self.view.scroll_notes_to_end()
        self.view.focus_note_line()

    def title(self, page: Page) -> tuple[str, str]:
        return (self.call.client.name, self.call.title) if self.call else ("", "")

    def current_key(self, page: Page) -> int | None:
        return self.call_id

    def may_leave(self, page: Page, key: object) -> bool:
        """Before the call on this page is replaced (by another call, a new call, home):
        a call is never left running silently. Yes leaves it live, No stays in it.
        Looking something up (a past call, the history) keeps it live without asking."""
        if self.call is None or page in LOOK_UPS or page is Page.WRAPUP:
            return True
        if page is Page.LIVE and key == self.call.id:
            return True
        yes = ask_yes_no(
            self.window,
            tr("Leave the call running?"),
            tr(
                "The call with {client} is still live. Leave it running?\n\n"
                "It stays live; open it again from recent calls to carry on. "
                "No stays in the call."
            ).format(client=self.call.client.name),
            default_yes=False,
        )
        if not yes:
            return False
        self.leave()
        return True

    # opening ---------------------------------------------------------------------
    def _show_heading(self, call: Call) -> None:
        self.view.set_heading(
            f"{call.client.name}: {call.title}  ·  {tr(self.ctx.playbooks.label(call.scenario))}"
        )

    def _renamed(self, call_id: int, title: str) -> None:
        if self.call is not None and self.call.id == call_id:
            self.call.title = title
            self._show_heading(self.call)

    def open(self, call: Call) -> None:
        """Show a live call with everything stored so far, and its unsent draft."""
        self.flush()
        if self.call_id != call.id:
            self.undo_stack.clear()
        self.call = call
        self.writer.warm()
        playbook = checklist_of(call, self.playbooks.get(call.scenario))
        self.checklist.load(playbook, last_tick_offsets(call))
        self.view.show_checklist()
        self.notes.set_notes(call.notes)
        self.view.set_reactions(call.reactions)
        self.steps.load(call)
        self.view.set_prep(
            [
                (field.record, text)
                for field in PREP_FIELDS
                if (text := getattr(call.prep, field.name).strip())
            ]
        )
        self._show_heading(call)
        self.view.set_note_text(self.store.drafts.get(call.id))
        self.view.reset_note_kind()
        if call.started_at is not None:
            self.view.start_clock(call.started_at)

    @property
    def call_id(self) -> int | None:
        return self.call.id if self.call else None

    def _offset(self) -> tuple[datetime, int | None]:
        """Now, and how far into the call that is."""
        at = utc_now()
        return at, self.call.offset_ms(at) if self.call else None

    # entries ---------------------------------------------------------------------
    def add_note(self) -> None:
        """Commit the note line as a note; the line is free at once, the note shows when
        its commit returns."""
        text = self.view.note_text().strip()
        if self.call is None or not text:
            return
        at, offset = self._offset()
        note = Note(self.call.id, self.view.note_kind(), text, at, offset)
        self.view.set_note_text("")
        self.draft_saver.cancel()  # clearing the line is not a draft to save
        self.view.reset_note_kind()
        self.writer.write(
            partial(store_note, note), self._note_stored, partial(self._note_failed, note)
        )

    def _note_stored(self, note: Note) -> None:
        if self.call is None or note.call_id != self.call.id:
            return  # the page moved on; the note is in the store and shows when reopened
        self.undo_stack.append(note)
        self.notes.append(note)
        self.view.scroll_notes_to_end()

    def _note_failed(self, note: Note, message: str) -> None:
        """Nothing typed is lost: the text goes back in the line, before what is there."""
        if self.call is not None and note.call_id == self.call.id:
            line = self.view.note_text()
            self.view.set_note_text(f"{note.text}\n{line}" if line.strip() else note.text)
            self.view.set_note_kind(note.kind)
            self.draft_saver.poke()
        self._warn(tr("The note was not saved: {message}").format(message=message))

    def add_reaction(self, kind: ReactionKind) -> None:
        if self.call is None:
            return
        at, offset = self._offset()
        reaction = Reaction(self.call.id, kind, at, offset)
        self.writer.write(
            lambda store: store.entries.add_reaction(reaction),
            self._reaction_stored,
            lambda message: self._warn(
                tr("The reaction was not saved: {message}").format(message=message)
            ),
        )

    def _reaction_stored(self, reaction: Reaction) -> None:
        if self.call is None or reaction.call_id != self.call.id:
            return
        self.undo_stack.append(reaction)
        self.view.add_reaction(reaction)
        self.window.show_message(
            tr("Reaction recorded: {reaction}").format(reaction=tr(reaction.kind.label)), 3000
        )

    def tick(self, item_id: str, ticked: bool) -> None:
        if self.call is None:
            return
        at, offset = self._offset()
        tick = Tick(self.call.id, item_id, ticked, at, offset)
        self.writer.write(
            lambda store: store.entries.add_tick(tick),
            self._tick_stored,
            lambda message: self._warn(
                tr("The tick was not saved: {message}").format(message=message)
            ),
        )

    def _tick_stored(self, tick: Tick, undoing: bool = False) -> None:
        if self.call is None or tick.call_id != self.call.id:
            return
        if not undoing:
            self.undo_stack.append(tick)
        self.checklist.apply_tick(tick.item_id, tick.ticked, tick.offset_ms)

    def _warn(self, text: str) -> None:
        self.window.show_message(text, 15_000)
        QMessageBox.warning(self.window, tr("Candor"), text)

    def add_next_step(self) -> None:
        if self.call is not None:
            self.steps.add()

    # undo and edit -------------------------------------------------------------------
    def undo_last(self) -> None:
        """Take back the newest entry made on this page; each press walks back one more.
        The undo is committed like any entry; the page changes when it returns."""
        if self.call is None:
            return
        if not self.undo_stack:
            self.window.show_message(tr("Nothing more to undo in this call"), 3000)
            return
        entry = self.undo_stack.pop()
        if isinstance(entry, Note):
            self._undo_note(entry)
        elif isinstance(entry, Reaction):
            self.writer.write(
                lambda store: store.entries.delete_reaction(entry.id),
                lambda _: self._reaction_undone(entry),
                partial(self._undo_failed, entry),
            )
        else:
            at, offset = self._offset()
            opposite = Tick(self.call.id, entry.item_id, not entry.ticked, at, offset)
            self.writer.write(
                lambda store: store.entries.add_tick(opposite),
                lambda stored: self._tick_undone(entry, stored),
                partial(self._undo_failed, entry),
            )

    def _reaction_undone(self, reaction: Reaction) -> None:
        self.view.remove_reaction(reaction.id)
        self.window.show_message(
            tr("Undone: reaction {reaction}").format(reaction=tr(reaction.kind.label)), 5000
        )

    def _tick_undone(self, tick: Tick, opposite: Tick) -> None:
        self._tick_stored(opposite, undoing=True)
        item = clip(self.checklist.item_text(tick.item_id), SHORT)
        done = tr("Undone: tick of “{item}”") if tick.ticked else tr("Undone: untick of “{item}”")
        self.window.show_message(done.format(item=item), 5000)

    def _undo_failed(self, entry: Note | Reaction | Tick, message: str) -> None:
        self.undo_stack.append(entry)  # still there: it can be undone again
        self._warn(tr("Could not undo: {message}").format(message=message))

    def _undo_note(self, note: Note) -> None:
        """Delete the note; its text goes back into the line (before anything there),
        saved as the draft in the same write, so the text survives a crash right after."""
        line = self.view.note_text()
        text = f"{note.text}\n{line}" if line.strip() else note.text
        self.draft_saver.cancel()
        self.view.set_note_text(text)
        self.view.set_note_kind(note.kind)
        self.view.focus_note_line()
        self.notes.remove(note.id)
        self.writer.write(
            partial(delete_note, note, text),
            lambda _: self.window.show_message(
                tr("Undone: note “{note}” (back in the line)").format(note=clip(note.text, SHORT)),
                5000,
            ),
            partial(self._note_undo_failed, note),
        )

    def _note_undo_failed(self, note: Note, message: str) -> None:
        if self.call is not None and note.call_id == self.call.id:
            self.notes.append(note)
            self.undo_stack.append(note)
        self._warn(tr("Could not undo the note: {message}").format(message=message))

    @property
    def note_dialog(self) -> NoteDialog | None:
        return self.note_editor.dialog

    def edit_note(self) -> None:
        if self.call is not None:
            self.note_editor.edit()

    def _note_saved(self, edited: Note) -> None:
        self.notes.replace(edited)
        self.undo_stack = [
            edited if isinstance(e, Note) and e.id == edited.id else e for e in self.undo_stack
        ]
        self.window.show_message(tr("Note saved"), 3000)

    # draft -----------------------------------------------------------------------
    def save_draft(self) -> None:
        if self.call is not None:
            call_id, text = self.call.id, self.view.note_text()
            self.writer.write(
                lambda store: store.drafts.save(call_id, text),
                None,
                lambda message: self.window.show_message(
                    tr("Draft not saved: {message}").format(message=message), 10_000
                ),
            )

    def flush(self) -> None:
        """Save the draft, and let every write asked for so far commit (the next page
        reads the call from the store)."""
        self.draft_saver.flush()
        self.writer.wait()

    def release(self) -> None:
        self.view.release()
        self.draft_saver.release()
        self.view.stop_clock()
        self.writer.close()

    def leave(self) -> None:
        """Leave the call running (it stays live, to be reopened from recent calls)."""
        self.flush()
        self.view.stop_clock()
        self.call = None
        self.undo_stack.clear()

    # compact and end -------------------------------------------------------------
    def set_compact(self, compact: bool) -> None:
        self.view.set_compact(compact)

    def end_call(self) -> None:
        if self.call is None:
            return
        yes = ask_yes_no(
            self.window,
            tr("End the call?"),
            tr("End the call with {client}? You then fill in the follow-up.").format(
                client=self.call.client.name
            ),
            default_yes=True,
        )
        if not yes:
            return
        self.add_note()  # a note still being typed is the last thing said: keep it as a note
        self.flush()
        call_id = self.call.id
        task = self.writer.write(
            lambda store: store.calls.end(call_id),
            None,
            lambda message: self._warn(
                tr("The call could not be ended: {message}").format(message=message)
            ),
        )
        self.writer.wait()  # the wrap-up reads the ended call: go there once it is stored
        if task is not None and task.finished and task.error is None:
            self._ended(call_id)

    def _ended(self, call_id: int) -> None:
        if self.call is None or self.call.id != call_id:
            return
        self.view.stop_clock()
        self.call = None
        self.undo_stack.clear()
        self.ctx.events.callEnded.emit(call_id)
        self.ctx.navigator.show(Page.WRAPUP, call_id)
