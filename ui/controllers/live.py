"""The live call: every note, reaction and tick is stored first, then shown.

The note being typed is kept as a draft setting, saved within a second, so a crash
loses at most a second of typing and a resumed call gets it back.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from domain.live_session import last_tick_offsets
from domain.model import Call, Note, Reaction, ReactionKind, Tick, utc_now
from domain.playbooks import PlaybookLibrary, scenario_label
from storage.store import Store
from ui.autosave import Debouncer
from ui.controllers.next_steps import NextStepsController
from ui.main_window import MainWindow
from ui.models.checklist import ChecklistModel
from ui.models.next_steps import NextStepsModel
from ui.models.notes import NotesModel
from ui.views.live import LiveView

if TYPE_CHECKING:
    from ui.controllers.app import AppController

LIVE = "live"


def draft_key(call_id: int) -> str:
    return f"draft_note_{call_id}"


class LiveController(QObject):
    def __init__(
        self, store: Store, window: MainWindow, app: AppController, playbooks: PlaybookLibrary
    ) -> None:
        super().__init__(window)
        self.store = store
        self.window = window
        self.app = app
        self.playbooks = playbooks
        self.call: Call | None = None
        self.checklist = ChecklistModel(self)
        self.notes = NotesModel(self)
        self.steps_model = NextStepsModel(self)
        self.view = LiveView(self.checklist, self.notes, self.steps_model)
        window.add_page(LIVE, self.view)
        self.steps = NextStepsController(store, window, self.view, self.steps_model)
        self.draft_saver = Debouncer(self.save_draft, self)
        self.draft_saver.watch(self.view.note_line.edit)
        self.view.note_line.edit.textChanged.connect(self.draft_saver.poke)
        self.view.note_line.submitted.connect(self.add_note)
        self.view.reaction_palette.reactionChosen.connect(self.add_reaction)
        self.checklist.tickRequested.connect(self.tick)
        self.view.clock.elapsedChanged.connect(self.view.strip.set_elapsed)
        self.view.end_button.clicked.connect(self.end_call)
        self.view.add_step_button.clicked.connect(self.add_next_step)

    # opening ---------------------------------------------------------------------
    def open(self, call: Call) -> None:
        """Show a live call with everything stored so far, and its unsent draft."""
        self.flush()
        self.call = call
        playbook = self.playbooks.get(call.scenario)
        self.checklist.load(playbook, last_tick_offsets(call))
        self.view.checklist.expandAll()
        self.notes.set_notes(call.notes)
        self.view.strip.set_reactions(call.reactions)
        self.steps.load(call)
        self.view.title.setText(
            f"{call.client.name}: {call.title}  ·  {scenario_label(call.scenario)}"
        )
        edit = self.view.note_line.edit
        edit.blockSignals(True)
        self.view.note_line.set_text(self.store.settings.get(draft_key(call.id), "") or "")
        edit.blockSignals(False)
        self.view.note_line.reset_kind()
        if call.started_at is not None:
            self.view.clock.start(call.started_at)
        self.app.show_page(LIVE)
        self.app.set_call_title(call.client.name, call.title)
        self.view.scroll_notes_to_end()
        edit.setFocus()

    @property
    def call_id(self) -> int | None:
        return self.call.id if self.call else None

    def _offset(self) -> tuple[datetime, int | None]:
        """Now, and how far into the call that is."""
        at = utc_now()
        return at, self.call.offset_ms(at) if self.call else None

    # entries ---------------------------------------------------------------------
    def add_note(self) -> None:
        text = self.view.note_line.text().strip()
        if self.call is None or not text:
            return
        at, offset = self._offset()
        note = Note(self.call.id, self.view.note_line.kind(), text, at, offset)
        self.store.entries.add_note(note)
        self.notes.append(note)
        self.view.scroll_notes_to_end()
        self.view.note_line.set_text("")
        self.draft_saver.cancel()  # clearing the line is not a draft to save
        self.store.settings.set(draft_key(self.call.id), "")
        self.view.note_line.reset_kind()

    def add_reaction(self, kind: ReactionKind) -> None:
        if self.call is None:
            return
        at, offset = self._offset()
        reaction = self.store.entries.add_reaction(Reaction(self.call.id, kind, at, offset))
        self.view.strip.add(reaction)
        self.window.show_message(f"Reaction recorded: {kind.label}", 3000)

    def tick(self, item_id: str, ticked: bool) -> None:
        if self.call is None:
            return
        at, offset = self._offset()
        self.store.entries.add_tick(Tick(self.call.id, item_id, ticked, at, offset))
        self.checklist.apply_tick(item_id, ticked, offset)

    def add_next_step(self) -> None:
        if self.call is not None:
            self.steps.add()

    # draft -----------------------------------------------------------------------
    def save_draft(self) -> None:
        if self.call is not None:
            self.store.settings.set(draft_key(self.call.id), self.view.note_line.text())

    def flush(self) -> None:
        self.draft_saver.flush()

    def release(self) -> None:
        self.draft_saver.release()
        self.view.clock.stop()

    # compact and end -------------------------------------------------------------
    def set_compact(self, compact: bool) -> None:
        self.view.set_compact(compact)

    def end_call(self) -> None:
        if self.call is None:
            return
        answer = QMessageBox.question(
            self.window,
            "End the call?",
            f"End the call with {self.call.client.name}? You then fill in the follow-up.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.add_note()  # a note still being typed is the last thing said: keep it as a note
        self.flush()
        call_id = self.call.id
        self.store.calls.end(call_id)
        self.view.clock.stop()
        self.call = None
        self.app.open_wrapup(call_id)
