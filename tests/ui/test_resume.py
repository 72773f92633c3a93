"""A call left live (the app died) is offered for resume at start-up."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QMessageBox

from domain.model import CallStatus, Note, NoteKind, utc_now
from tests.ui.test_live import live_call


def test_yes_resumes_with_timer_notes_and_draft(store, open_ui, answers):
    call_id = live_call(store, minutes_ago=12)
    at = utc_now() - timedelta(minutes=5)
    store.entries.add_note(Note(call_id, NoteKind.FACT, "already noted", at, 420_000))
    store.settings.set(f"draft_note_{call_id}", "typed before the crash")
    opened = open_ui()
    assert answers.asked == ["A call with Fabrikam was still live when Candor closed. Resume it?"]
    live = opened.controller.live
    assert opened.window.current_page() == "live"
    assert live.view.clock.text() in ("12:00", "12:01")
    assert [n.text for n in live.notes.notes()] == ["already noted"]
    assert live.view.note_line.text() == "typed before the crash"
    assert opened.window.windowTitle() == "Candor — Fabrikam: Portal down"


def test_no_ends_the_call(store, open_ui, answers):
    call_id = live_call(store)
    answers.reply = QMessageBox.StandardButton.No
    opened = open_ui()
    assert len(answers.asked) == 1
    assert store.calls.get(call_id).status is CallStatus.ENDED
    assert opened.window.current_page() == "recent"


def test_nothing_asked_without_a_live_call(open_ui, answers):
    open_ui()
    assert answers.asked == []
