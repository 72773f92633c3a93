"""Ctrl+Z on the live page takes back its entries, newest first; F2 edits a note."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from domain.model import NoteKind, ReactionKind
from storage.entries import EntryRepository
from tests.ui.conftest import close_window, double_click, press, type_text
from tests.ui.test_live import live_call
from ui.shell.pages import Page

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def live(ui, store):
    ui.nav.open_call(live_call(store, minutes_ago=3))
    return ui.page(Page.LIVE)


def undo(qtbot) -> None:  # noqa: ANN001
    press(qtbot, Qt.Key.Key_Z, CTRL)


def status(ui) -> str:  # noqa: ANN001
    return ui.window.statusBar().currentMessage()


def test_alt_3_then_ctrl_z_leaves_no_reaction(ui, live, qtbot, store):
    press(qtbot, Qt.Key.Key_3, ALT)
    [reaction] = store.calls.get(live.call_id).reactions
    assert live.view.reactions() == [reaction]
    undo(qtbot)
    assert store.calls.get(live.call_id).reactions == []
    assert live.view.reactions() == []
    assert status(ui) == f"Undone: reaction {reaction.kind.label}"
    assert live.view.note_line_focused()


def test_a_note_undone_leaves_the_store_and_comes_back_to_the_line(ui, live, qtbot, store):
    press(qtbot, Qt.Key.Key_3, CTRL)  # a concern
    type_text(qtbot, "They lost a day of orders")
    press(qtbot, Qt.Key.Key_Return)
    assert [n.text for n in store.calls.get(live.call_id).notes] == ["They lost a day of orders"]
    undo(qtbot)
    assert store.calls.get(live.call_id).notes == []
    assert live.notes.rowCount() == 0
    assert live.view.note_text() == "They lost a day of orders"
    assert live.view.note_kind() is NoteKind.CONCERN
    assert store.drafts.get(live.call_id) == "They lost a day of orders"
    assert status(ui) == "Undone: note “They lost a day of orde…” (back in the line)"
    # corrected and added again
    press(qtbot, Qt.Key.Key_End, CTRL)
    type_text(qtbot, ", two days")
    press(qtbot, Qt.Key.Key_Return)
    [note] = store.calls.get(live.call_id).notes
    assert (note.kind, note.text) == (NoteKind.CONCERN, "They lost a day of orders, two days")


def test_a_tick_undone_leaves_the_item_unticked(ui, live, qtbot, store):
    item = live.checklist.item_ids()[0]
    live.view.focus_checklist()  # on the first item not yet ticked
    press(qtbot, Qt.Key.Key_Space)
    assert live.checklist.is_ticked(item)
    undo(qtbot)
    ticks = store.calls.get(live.call_id).ticks
    assert [(t.item_id, t.ticked) for t in ticks] == [(item, True), (item, False)]
    assert store.calls.get(live.call_id).ticked_items() == set()
    assert not live.checklist.is_ticked(item) and live.checklist.minute_text(item) == ""
    assert status(ui).startswith("Undone: tick of “")


def test_repeated_ctrl_z_walks_back_further(ui, live, qtbot, store):
    item = live.checklist.item_ids()[1]
    type_text(qtbot, "first")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_5, ALT)
    live.tick(item, True)
    type_text(qtbot, "second")
    press(qtbot, Qt.Key.Key_Return)
    for _ in range(4):
        undo(qtbot)
    call = store.calls.get(live.call_id)
    assert call.notes == [] and call.reactions == [] and call.ticked_items() == set()
    assert live.view.note_text() == "first\nsecond"  # no undone text is lost
    undo(qtbot)
    assert status(ui) == "Nothing more to undo in this call"
    assert live.view.note_text() == "first\nsecond"


def test_ctrl_z_in_the_note_line_first_undoes_typing(ui, live, qtbot, store):
    press(qtbot, Qt.Key.Key_2, ALT)
    type_text(qtbot, "abc")
    undo(qtbot)
    assert live.view.note_text() == ""  # the typing went
    assert len(store.calls.get(live.call_id).reactions) == 1  # the reaction stayed
    undo(qtbot)
    assert store.calls.get(live.call_id).reactions == []


def test_ctrl_z_from_the_checklist_undoes_a_note(ui, live, qtbot, store):
    type_text(qtbot, "kept")
    press(qtbot, Qt.Key.Key_Return)
    live.view.focus_checklist()
    undo(qtbot)
    assert store.calls.get(live.call_id).notes == []
    assert live.view.note_text() == "kept"
    assert live.view.note_line_focused()


def test_undo_is_only_for_this_call_and_this_page(ui, live, qtbot, store, answers):
    press(qtbot, Qt.Key.Key_1, ALT)
    action = ui.window.actions_by_name["actionUndoEntry"]
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+Z"
    first = live.call_id
    other = live_call(store)
    ui.nav.open_call(other)  # leaves the first running (answered Yes)
    undo(qtbot)
    assert len(store.calls.get(first).reactions) == 1
    assert status(ui) == "Nothing more to undo in this call"
    ui.nav.home()
    assert not action.isEnabled()


def test_a_failed_undo_changes_nothing_shown(ui, live, qtbot, store, monkeypatch):
    press(qtbot, Qt.Key.Key_4, ALT)

    def broken(_self, _id):  # noqa: ANN001
        raise OSError("disk full")

    monkeypatch.setattr(EntryRepository, "delete_reaction", broken)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    undo(qtbot)
    assert len(warned) == 1 and "disk full" in warned[0]
    assert [r.kind for r in live.view.reactions()] == [ReactionKind.ANXIOUS]
    monkeypatch.undo()
    undo(qtbot)  # still there to undo
    assert store.calls.get(live.call_id).reactions == []


# --- editing a note ---------------------------------------------------------------------


def add_notes(qtbot, *texts: str) -> None:  # noqa: ANN001
    for text in texts:
        type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Return)


def test_f2_edits_a_note_in_place(ui, live, qtbot, store):
    add_notes(qtbot, "Outage since 9:12", "Data is safe")
    live.view.focus_notes(0)
    press(qtbot, Qt.Key.Key_F2)
    dialog = live.note_dialog
    assert dialog is not None and dialog.text.toPlainText() == "Outage since 9:12"
    dialog.text.setPlainText("Outage since 09:12 UTC")
    dialog.kind.setCurrentIndex(dialog.kind.findData(NoteKind.FACT))
    dialog.accept()
    notes = store.calls.get(live.call_id).notes
    assert [(n.kind, n.text) for n in notes] == [
        (NoteKind.FACT, "Outage since 09:12 UTC"),
        (NoteKind.NOTE, "Data is safe"),
    ]
    assert "Outage since 09:12 UTC" in live.notes.index(0).data()
    assert live.note_dialog is None


def test_double_click_edits_and_an_edited_note_undoes_with_its_new_text(ui, live, qtbot, store):
    add_notes(qtbot, "typo herre")
    double_click(qtbot, live.view.notes, live.notes.index(0))
    dialog = live.note_dialog
    assert dialog is not None
    dialog.text.setPlainText("typo here")
    dialog.accept()
    assert store.calls.get(live.call_id).notes[0].text == "typo here"
    live.view.focus_note_line()
    undo(qtbot)
    assert store.calls.get(live.call_id).notes == []
    assert live.view.note_text() == "typo here"


def test_cancelling_the_edit_changes_nothing(ui, live, qtbot, store):
    add_notes(qtbot, "as it was")
    live.view.focus_notes(0)
    press(qtbot, Qt.Key.Key_F2)
    live.note_dialog.text.setPlainText("changed")
    live.note_dialog.reject()
    assert store.calls.get(live.call_id).notes[0].text == "as it was"
    assert "as it was" in live.notes.index(0).data()


def test_closing_the_window_with_the_note_dialog_open(ui, live, qtbot, store):
    add_notes(qtbot, "still open")
    live.view.focus_notes(0)
    press(qtbot, Qt.Key.Key_F2)
    assert live.note_dialog is not None
    close_window(ui)  # deleted with the window; nothing calls back into Python half torn down
    assert store.calls.get(store.calls.live_calls()[0].id).notes[0].text == "still open"
