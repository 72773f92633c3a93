"""Calls left live: offered for resume at start-up, each one; never left running silently."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from domain.model import (
    Call,
    CallStatus,
    Client,
    NextStep,
    Note,
    NoteKind,
    Reaction,
    ReactionKind,
    Tick,
    utc_now,
)
from tests.ui.conftest import press
from tests.ui.test_live import live_call
from ui.shell.pages import Page

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
CTRL = Qt.KeyboardModifier.ControlModifier
RESUME = "A call with {client}, “{title}”, was still live when Candor closed. Resume it?"
ALSO = (
    "A call with {client}, “{title}”, was also still live. "
    "Keep it live, to resume it later from recent calls?"
)
ENDS = "\n\nNo ends it at the time of its last entry."
LEAVE = "The call with {client} is still live. Leave it running?"


def other_live_call(store, client: str, minutes_ago: int) -> int:
    call = store.calls.create(
        Call(client=Client(client), title="Budget", scenario="budget_overrun")
    )
    store.calls.start(call.id, utc_now() - timedelta(minutes=minutes_ago))
    return call.id


class Replies:
    """QMessageBox.question answered from a list, in order; every question recorded."""

    def __init__(self, *replies: QMessageBox.StandardButton) -> None:
        self.replies = list(replies)
        self.asked: list[str] = []

    def __call__(self, parent, title, text, *args, **kwargs):  # noqa: ANN001 (Qt signature)
        self.asked.append(text)
        return self.replies.pop(0)


@pytest.fixture
def replies(monkeypatch, answers):  # noqa: ANN001 (answers: open_ui needs it; replaced here)
    def install(*answers_in_order: QMessageBox.StandardButton) -> Replies:
        recorder = Replies(*answers_in_order)
        monkeypatch.setattr(QMessageBox, "question", recorder)
        return recorder

    return install


def test_yes_resumes_with_timer_notes_and_draft(store, open_ui, answers):
    call_id = live_call(store, minutes_ago=12)
    at = utc_now() - timedelta(minutes=5)
    store.entries.add_note(Note(call_id, NoteKind.FACT, "already noted", at, 420_000))
    store.drafts.save(call_id, "typed before the crash")
    opened = open_ui()
    assert answers.asked == [RESUME.format(client="Fabrikam", title="Portal down") + ENDS]
    live = opened.page(Page.LIVE)
    assert opened.window.current_page() == "live"
    assert live.view.clock_text() in ("12:00", "12:01")
    assert [n.text for n in live.notes.notes()] == ["already noted"]
    assert live.view.note_text() == "typed before the crash"
    assert opened.window.windowTitle() == "Candor — Fabrikam: Portal down"


def test_no_ends_the_call_at_its_last_entry_not_now(store, open_ui, answers):
    call_id = live_call(store, minutes_ago=3 * 24 * 60)  # started three days ago
    started = store.calls.get(call_id).started_at
    note_at = started + timedelta(minutes=4)
    tick_at = started + timedelta(minutes=9)
    step_at = started + timedelta(minutes=7)
    store.entries.add_note(Note(call_id, NoteKind.FACT, "noted", note_at, 240_000))
    store.entries.add_reaction(
        Reaction(call_id, ReactionKind.ANGRY, started + timedelta(minutes=6), 360_000)
    )
    store.entries.add_tick(Tick(call_id, "facts-early", True, tick_at, 540_000))
    store.entries.add_next_step(NextStep(call_id, "send the timeline", created_at=step_at))
    answers.reply = NO
    opened = open_ui()
    assert len(answers.asked) == 1
    call = store.calls.get(call_id)
    assert call.status is CallStatus.ENDED
    assert call.ended_at == tick_at  # the latest entry, not the moment of this restart
    assert opened.window.current_page() == "recent"


def test_no_with_no_entries_ends_it_at_its_start(store, open_ui, answers):
    call_id = live_call(store, minutes_ago=90)
    answers.reply = NO
    open_ui()
    call = store.calls.get(call_id)
    assert call.status is CallStatus.ENDED and call.ended_at == call.started_at


def test_no_keeps_a_draft_as_the_last_note(store, open_ui, answers):
    call_id = live_call(store, minutes_ago=30)
    store.drafts.save(call_id, "  They need it by Friday  ")
    answers.reply = NO
    open_ui()
    call = store.calls.get(call_id)
    assert [n.text for n in call.notes] == ["They need it by Friday"]
    assert call.notes[0].at == call.ended_at == call.started_at
    assert store.drafts.get(call_id) == ""


def test_every_live_call_is_asked_about(store, open_ui, replies):
    older = other_live_call(store, "Contoso", minutes_ago=60)
    newer = live_call(store, minutes_ago=5)
    asked = replies(NO, NO)
    opened = open_ui()
    assert asked.asked == [
        RESUME.format(client="Fabrikam", title="Portal down") + ENDS,
        RESUME.format(client="Contoso", title="Budget") + ENDS,
    ]
    assert {store.calls.get(c).status for c in (older, newer)} == {CallStatus.ENDED}
    assert opened.window.current_page() == "recent"


def test_after_one_is_resumed_the_others_can_stay_live_or_end(store, open_ui, replies):
    kept = other_live_call(store, "Contoso", minutes_ago=60)
    ended = other_live_call(store, "Northwind", minutes_ago=90)
    resumed = live_call(store, minutes_ago=5)
    asked = replies(YES, YES, NO)
    opened = open_ui()
    assert asked.asked == [
        RESUME.format(client="Fabrikam", title="Portal down") + ENDS,
        ALSO.format(client="Contoso", title="Budget") + ENDS,
        ALSO.format(client="Northwind", title="Budget") + ENDS,
    ]
    assert opened.window.current_page() == "live"
    assert opened.page(Page.LIVE).call_id == resumed
    assert store.calls.get(kept).status is CallStatus.LIVE
    assert store.calls.get(ended).status is CallStatus.ENDED


def test_nothing_asked_without_a_live_call(open_ui, answers):
    open_ui()
    assert answers.asked == []


# --- leaving a live call ------------------------------------------------------------------


@pytest.fixture
def in_call(ui, store):
    call_id = live_call(store, minutes_ago=2)
    ui.nav.open_call(call_id)
    assert ui.window.current_page() == "live"
    return call_id


def leave_by(ui, qtbot, how: str) -> None:  # noqa: ANN001
    """Ctrl+N typed in the note line; Recent calls from the menu (Ctrl+Home in the note
    line moves its cursor, as in any text field)."""
    if how == "ctrl+n":
        press(qtbot, Qt.Key.Key_N, CTRL)
    else:
        ui.window.actions_by_name["actionHome"].trigger()


@pytest.mark.parametrize("how", ["ctrl+n", "home"])
def test_no_stays_in_the_call(ui, store, answers, in_call, qtbot, how):
    answers.reply = NO
    leave_by(ui, qtbot, how)
    assert answers.asked[-1].startswith(LEAVE.format(client="Fabrikam"))
    assert ui.window.current_page() == "live"
    assert ui.page(Page.LIVE).call_id == in_call
    assert store.calls.get(in_call).status is CallStatus.LIVE


@pytest.mark.parametrize(("how", "page"), [("ctrl+n", "prepare"), ("home", "recent")])
def test_yes_leaves_it_running_and_it_can_be_resumed(ui, store, answers, in_call, qtbot, how, page):
    ui.page(Page.LIVE).view.set_note_text("half typed")  # typed
    ui.page(Page.LIVE).view.noteTyped.emit()
    leave_by(ui, qtbot, how)
    assert answers.asked[-1].startswith(LEAVE.format(client="Fabrikam"))
    assert ui.window.current_page() == page
    assert store.calls.get(in_call).status is CallStatus.LIVE
    assert store.drafts.get(in_call) == "half typed"
    assert ui.page(Page.LIVE).call is None
    asked = len(answers.asked)
    ui.nav.open_call(in_call)  # from recent calls
    assert len(answers.asked) == asked  # nothing left live to ask about
    assert ui.window.current_page() == "live"
    assert ui.page(Page.LIVE).view.note_text() == "half typed"


def test_opening_another_live_or_prepared_call_asks(ui, store, answers, in_call):
    prepared = store.calls.create(Call(client=Client("Contoso"), title="Renewal"))
    other = other_live_call(store, "Northwind", minutes_ago=20)
    answers.reply = NO
    ui.nav.open_call(prepared.id)
    ui.nav.open_call(other)
    assert len(answers.asked) == 2
    assert ui.page(Page.LIVE).call_id == in_call and ui.window.current_page() == "live"
    answers.reply = YES
    ui.nav.open_call(other)
    assert ui.page(Page.LIVE).call_id == other
    assert store.calls.get(in_call).status is CallStatus.LIVE


def test_reopening_the_same_call_or_looking_up_a_past_one_asks_nothing(ui, store, answers, in_call):
    ended = live_call(store)
    store.calls.end(ended)
    ui.nav.open_call(ended)  # a past call looked up: Back returns to the live one
    assert ui.window.current_page() == "detail"
    ui.nav.open_call(in_call)
    assert answers.asked == []
    assert ui.window.current_page() == "live"
