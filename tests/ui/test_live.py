"""The live page: notes, kinds, reactions, ticks, the draft, the timer."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from domain.model import REACTION_PALETTE, Call, Client, NoteKind, Prep, utc_now
from storage.entries import EntryRepository
from tests.ui.conftest import close_window, committed, press, type_text
from ui.shell.pages import Page

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def live_call(store, minutes_ago: int = 0, scenario: str = "outage") -> int:
    call = store.calls.create(
        Call(client=Client("Fabrikam"), title="Portal down", scenario=scenario)
    )
    store.calls.start(call.id, utc_now() - timedelta(minutes=minutes_ago))
    return call.id


@pytest.fixture
def live(ui, store):
    call_id = live_call(store, minutes_ago=3)
    ui.nav.open_call(call_id)
    return ui.page(Page.LIVE)


def test_opens_with_the_cursor_in_the_note_line(ui, live):
    assert ui.window.current_page() == "live"
    assert live.view.note_line_focused()
    assert live.view.clock_text() in ("03:00", "03:01")


def test_return_adds_the_note_after_storing_it(ui, live, qtbot, store):
    type_text(qtbot, "Outage started 09:12")
    press(qtbot, Qt.Key.Key_Return)
    [note] = store.calls.get(live.call_id).notes
    assert (note.kind, note.text) == (NoteKind.NOTE, "Outage started 09:12")
    assert 180_000 <= note.offset_ms < 240_000
    assert live.notes.notes() == [note]
    assert live.view.note_text() == ""
    assert live.notes.index(0).data().startswith("03:0")


def test_empty_line_adds_nothing(ui, live, qtbot, store):
    type_text(qtbot, "   ")
    press(qtbot, Qt.Key.Key_Return)
    assert store.calls.get(live.call_id).notes == []


def test_shift_return_keeps_typing_on_a_new_line(ui, live, qtbot, store):
    type_text(qtbot, "one")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(qtbot, "two")
    assert live.view.note_text() == "one\ntwo"
    assert store.calls.get(live.call_id).notes == []


@pytest.mark.parametrize("position", range(6))
def test_ctrl_digit_sets_the_kind_then_it_resets(ui, live, qtbot, store, position):
    kind = list(NoteKind)[position]
    press(qtbot, getattr(Qt.Key, f"Key_{position + 1}"), CTRL)
    assert live.view.note_kind() is kind
    type_text(qtbot, "text")
    press(qtbot, Qt.Key.Key_Return)
    assert store.calls.get(live.call_id).notes[0].kind is kind
    assert live.view.note_kind() is NoteKind.NOTE


def test_kind_shortcuts_are_documented_in_the_tooltip(live):
    tip = live.view.note_hint()
    for index, kind in enumerate(NoteKind, start=1):
        assert f"Ctrl+{index}: {kind.label}" in tip


def test_nothing_shows_if_storing_fails(ui, live, qtbot, monkeypatch):
    """A failed commit shows nothing as stored: the note's text is back in the line, the
    item stays unticked, and the user is told."""

    def broken(_self, _entry):  # noqa: ANN001
        raise OSError("disk full")

    monkeypatch.setattr(EntryRepository, "add_note", broken)
    monkeypatch.setattr(EntryRepository, "add_tick", broken)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    type_text(qtbot, "kept in the line")
    press(qtbot, Qt.Key.Key_Return)
    item = live.checklist.item_ids()[0]
    live.checklist.setData(
        live.checklist.item_index(item), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    committed(qtbot, ui)
    assert len(warned) == 2 and all("disk full" in w for w in warned)
    assert live.notes.rowCount() == 0 and live.view.note_text() == "kept in the line"
    assert not live.checklist.is_ticked(item)


def test_alt_digits_record_reactions_in_palette_order(ui, live, qtbot, store):
    for position in range(1, 9):
        press(qtbot, getattr(Qt.Key, f"Key_{position}"), ALT)
    stored = store.calls.get(live.call_id).reactions
    assert [r.kind for r in stored] == list(REACTION_PALETTE)
    assert [r.kind for r in live.view.reactions()] == list(REACTION_PALETTE)


def test_reaction_buttons_click_and_show_their_shortcut(ui, live, qtbot, store):
    buttons = live.view.reaction_palette.buttons
    assert [b.text().split("\n")[1] for b in buttons] == [f"Alt+{n}" for n in range(1, 9)]
    qtbot.mouseClick(buttons[5], Qt.MouseButton.LeftButton)
    committed(qtbot, ui)
    assert [r.kind.value for r in store.calls.get(live.call_id).reactions] == ["angry"]


def test_space_ticks_and_unticks_with_the_minute(ui, live, qtbot, store):
    item = live.checklist.item_ids()[0]
    live.view.focus_checklist()  # on the first item not yet ticked
    press(qtbot, Qt.Key.Key_Space)
    assert live.checklist.is_ticked(item)
    assert live.checklist.minute_text(item) == "min 3"
    press(qtbot, Qt.Key.Key_Space)
    assert not live.checklist.is_ticked(item)
    ticks = store.calls.get(live.call_id).ticks
    assert [(t.item_id, t.ticked) for t in ticks] == [(item, True), (item, False)]


def test_click_on_the_checkbox_ticks(ui, live, qtbot, store):
    view = live.view.checklist
    item = live.checklist.item_ids()[1]
    rect = view.visualRect(live.checklist.item_index(item))
    # The check box sits at the left of the item's cell.
    pos = rect.topLeft() + type(rect.topLeft())(10, rect.height() // 2)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    committed(qtbot, ui)
    assert live.checklist.is_ticked(item)
    assert store.calls.get(live.call_id).ticked_items() == {item}


def test_checklist_shows_the_four_sections_of_the_playbook(ui, live):
    sections = [live.checklist.index(r, 0).data() for r in range(live.checklist.rowCount())]
    assert [s.split("  ")[0] for s in sections] == ["Facts", "Empathy", "Urgency", "Next steps"]


def test_ticks_and_notes_reload_when_the_call_reopens(ui, live, qtbot, store):
    item = live.checklist.item_ids()[2]
    live.tick(item, True)
    type_text(qtbot, "kept")
    press(qtbot, Qt.Key.Key_Return)
    call_id = live.call_id
    ui.nav.home()
    ui.nav.open_call(call_id)
    assert live.checklist.is_ticked(item)
    assert [n.text for n in live.notes.notes()] == ["kept"]


def test_notes_list_follows_the_newest_note(ui, live, qtbot):
    for n in range(40):
        live.view.set_note_text(f"note {n}")
        live.view.noteSubmitted.emit()
    qtbot.waitUntil(lambda: live.view.notes_scroll()[1] > 0)
    qtbot.waitUntil(lambda: live.view.notes_scroll()[0] == live.view.notes_scroll()[1])


def test_draft_is_saved_within_a_second_and_restored(ui_real_delay, open_ui, qtbot, store, answers):
    call_id = live_call(store)
    ui_real_delay.controller.navigator.open_call(call_id)
    type_text(qtbot, "half a thought")
    # DESIGN.md: at most one second after the last keystroke. The draft's timer fires after
    # 500 ms and the writer commits it; the extra second is slack for a machine running the
    # suite on every core (it failed at 1.2 s there). bench/live_bench measures the figure.
    qtbot.waitUntil(lambda: store.drafts.get(call_id) == "half a thought", timeout=2200)
    close_window(ui_real_delay)
    again = open_ui()  # the call is still live: resume is offered
    assert answers.asked and "Fabrikam" in answers.asked[-1]
    assert again.page(Page.LIVE).view.note_text() == "half a thought"
    assert again.page(Page.LIVE).view.note_line_focused()
    press(qtbot, Qt.Key.Key_Return)
    committed(qtbot, again)
    assert store.drafts.get(call_id) == ""


def test_a_note_still_being_typed_when_the_call_ends_is_kept(live, store, answers):
    live.view.set_note_text("They will tell their board on Monday")  # typed, not sent
    live.view.noteTyped.emit()
    live.end_call()
    [summary] = store.calls.summaries()
    call = store.calls.get(summary.id)
    assert [n.text for n in call.notes] == ["They will tell their board on Monday"]
    assert store.drafts.get(summary.id) == ""


# --- your prep ------------------------------------------------------------------------


def prepped_call(store, **prep: str) -> int:
    call = store.calls.create(
        Call(client=Client("Fabrikam"), title="Portal down", scenario="outage", prep=Prep(**prep))
    )
    store.calls.start(call.id)
    return call.id


def test_your_prep_is_collapsed_and_shows_the_filled_fields(ui, store, qtbot):
    call_id = prepped_call(
        store, facts_known="Portal down 09:12-10:40", plan="Credits & <report> by Friday"
    )
    ui.nav.open_call(call_id)
    view = ui.page(Page.LIVE).view
    assert view.prep_offered() and not view.prep_shown()
    qtbot.mouseClick(view.prep_toggle, Qt.MouseButton.LeftButton)
    assert view.prep_shown() and view.prep_read_only()
    text = view.prep_text()
    assert text.splitlines() == [
        "What we know",
        "Portal down 09:12-10:40",
        "Our plan",
        "Credits & <report> by Friday",
    ]
    assert QApplication.focusWidget() is not view.prep  # the toggle, not a text field
    press(qtbot, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    # a button's shortcut clicks it after a short animation
    qtbot.waitUntil(lambda: not view.prep_shown(), timeout=1000)


def test_no_prep_no_panel_and_compact_hides_it(ui, store, qtbot):
    ui.nav.open_call(live_call(store))
    view = ui.page(Page.LIVE).view
    assert not view.prep_offered() and not view.prep_shown()
    ui.nav.open_call(prepped_call(store, amends="A month free"))  # answered: leave it
    view.show_prep(True)
    assert view.prep_shown()
    view.set_compact(True)
    assert not view.prep_offered() and not view.prep_shown()
    view.set_compact(False)
    assert view.prep_offered() and view.prep_shown()
