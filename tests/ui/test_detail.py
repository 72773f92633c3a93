"""The detail page of an ended call: record shown, notes, follow-up and next steps editable."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from domain.model import FollowUp, NoteKind, ReactionKind, StepStatus, Tick
from domain.playbooks import PlaybookLibrary
from tests.ui.conftest import press, type_text
from tests.ui.review.conftest import T0, add_call, add_note, add_reactions, add_step
from ui.dialogs import done_date as done_dialog
from ui.shell.pages import Page


@pytest.fixture
def call_id(store) -> int:
    """An ended call with two notes, reactions, one tick and two next steps."""
    call = add_call(store, "Acme", "Release slips", scenario="delivery_delay")
    add_note(store, call, "The rollout waits for the gondola team")
    add_note(store, call, "They asked for a weekly update")
    add_reactions(store, call, ReactionKind.ANGRY, ReactionKind.RELIEVED)
    first_item = PlaybookLibrary().get("delivery_delay").items[0].id
    store.entries.add_tick(Tick(call, first_item, True, T0, 1000))
    add_step(store, call, "send the plan", date.today() + timedelta(days=2))
    add_step(store, call, "confirm the scope", None, "client")
    return call


@pytest.fixture
def detail(call_id, ui):  # noqa: ANN001, ANN201 (the store is filled before the window opens)
    ui.nav.open_call(call_id)
    assert ui.window.current_page() == "detail"
    return ui.page(Page.DETAIL)


def test_the_page_shows_the_whole_call(detail, store):
    view = detail.view
    client, title, subtitle = view.call_header()
    assert client == "Acme"
    assert "Release slips" in title
    assert "Delivery delay" in subtitle and "lasted 30 min" in subtitle
    assert "Ended" in subtitle
    assert detail.notes.rowCount() == 2
    assert [r.kind for r in view.reactions()] == [ReactionKind.ANGRY, ReactionKind.RELIEVED]
    assert detail.steps_model.rowCount() == 2
    total = len(PlaybookLibrary().get("delivery_delay").items)
    assert view.coverage_text().startswith(f"Covered 1 of {total}")
    assert view.check_in_text() == "not set"  # no check-in date chosen yet


def test_editing_a_note_is_searchable_at_once(ui, detail, store, qtbot):
    detail.view.select_note(0)
    detail.view.focus_notes()
    press(qtbot, Qt.Key.Key_F2)
    dialog = detail.note_dialog
    assert dialog is not None and dialog.text.toPlainText().startswith("The rollout")
    dialog.text.setPlainText("The rollout waits for the zeppelin team")
    dialog.kind.setCurrentIndex(dialog.kind.findData(NoteKind.CONCERN))
    dialog.accept()
    [note, _] = store.calls.get(detail.call_id).notes
    assert (note.kind, note.text) == (NoteKind.CONCERN, "The rollout waits for the zeppelin team")
    assert [h.call_id for h in store.search.search("zeppelin")] == [detail.call_id]
    assert store.search.search("gondola") == []
    assert "zeppelin" in detail.notes.index(0, 0).data()
    search = ui.controller.search()
    search.search_now("zeppelin")
    assert search.panel.model.rowCount() == 1


def test_deleting_a_note_asks_first(detail, store, qtbot, answers):
    detail.view.select_note(1)
    detail.view.focus_notes()
    answers.reply = QMessageBox.StandardButton.No
    press(qtbot, Qt.Key.Key_Delete)
    assert len(store.calls.get(detail.call_id).notes) == 2
    answers.reply = QMessageBox.StandardButton.Yes
    press(qtbot, Qt.Key.Key_Delete)
    assert [n.text for n in store.calls.get(detail.call_id).notes] == [
        "The rollout waits for the gondola team"
    ]
    assert detail.notes.rowCount() == 1 and "weekly update" in answers.asked[-1]


def test_follow_up_fields_autosave(detail, store, qtbot):
    detail.view.focus_follow_up("amends")
    type_text(qtbot, "A free month of support")
    assert detail.saver.pending
    qtbot.waitUntil(lambda: not detail.saver.pending)
    call = store.calls.get(detail.call_id)
    assert call.follow_up == FollowUp(amends="A free month of support")
    assert call.follow_up_on is None  # typing the letter does not invent a check-in date
    assert store.search.search("free month")[0].call_id == detail.call_id


def test_page_change_saves_what_is_pending(ui, detail, store, qtbot):
    detail.view.set_follow_up(FollowUp(what_we_need="Sign-off by Friday"))  # typed
    detail.view.edited.emit()
    assert detail.saver.pending
    ui.nav.home()
    assert store.calls.get(detail.call_id).follow_up.what_we_need == "Sign-off by Friday"


def test_check_in_date_and_checked_in(detail, store, qtbot):
    detail.view.set_check_in(date(2031, 1, 15))  # the user picks the day
    detail.view.edited.emit()
    detail.flush()
    assert store.calls.get(detail.call_id).follow_up_on == date(2031, 1, 15)
    detail.view.checkedInChanged.emit(True)
    assert store.calls.get(detail.call_id).follow_up_done_at is not None
    assert detail.view.status_text().startswith("Checked in on")
    detail.view.checkedInChanged.emit(False)
    assert store.calls.get(detail.call_id).follow_up_done_at is None


def test_next_steps_add_edit_done_on_a_date_drop(detail, store, monkeypatch):
    view, steps = detail.view, detail.steps
    view.addStepRequested.emit()
    steps.dialog.what.setText("book the review meeting")
    steps.dialog.accept()
    assert [s.what for s in store.calls.get(detail.call_id).next_steps][-1] == (
        "book the review meeting"
    )
    view.select_step(0)
    view.editStepRequested.emit()
    steps.dialog.what.setText("send the revised plan")
    steps.dialog.accept()
    done_on = date.today() - timedelta(days=2)
    monkeypatch.setattr(done_dialog, "ask_done_date", lambda *_: done_on)
    view.doneStepRequested.emit()
    first = store.calls.get(detail.call_id).next_steps[0]
    assert (first.what, first.status) == ("send the revised plan", StepStatus.DONE)
    assert first.done_at.astimezone().date() == done_on
    view.select_step(1)
    view.dropStepRequested.emit()
    assert store.calls.get(detail.call_id).next_steps[1].status is StepStatus.DROPPED
    assert view.step_actions()[3]  # the drop action reads Reopen now
    view.dropStepRequested.emit()
    assert store.calls.get(detail.call_id).next_steps[1].status is StepStatus.OPEN


def test_ticking_a_step_asks_when_and_cancel_leaves_it_open(detail, store, monkeypatch):
    monkeypatch.setattr(done_dialog, "ask_done_date", lambda *_: None)
    index = detail.steps_model.index(0, 0)
    detail.steps_model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert store.calls.get(detail.call_id).next_steps[0].status is StepStatus.OPEN
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_export_button_asks_the_window_for_the_letter(call_id, ui, qtbot, monkeypatch):
    """The detail page does not export itself: it asks (AppEvents.exportRequested) and the
    window's exports write the letter of this call."""
    asked: list[tuple[str, int]] = []
    monkeypatch.setattr(ui.controller.export, "run_export", lambda k, c: asked.append((k, c)))
    ui.nav.open_call(call_id)
    detail = ui.page(Page.DETAIL)
    assert detail.view.export_offered()
    detail.view.exportRequested.emit()
    assert asked == [("letter", call_id)]


def test_a_call_without_notes_or_steps(store, open_ui):
    bare = add_call(store, "Quiet Ltd", "Short call", started=T0)
    opened = open_ui()
    opened.nav.open_call(bare)
    detail = opened.page(Page.DETAIL)
    assert detail.notes.rowCount() == 0 and detail.steps_model.rowCount() == 0
    assert not detail.view.step_actions()[0]  # no step to edit
    detail.edit_note()  # nothing selected: nothing happens
    detail.delete_note()
    assert detail.note_dialog is None


# --- the client's email in the header ---------------------------------------------------------


def test_client_email_shown_and_edited(detail, store, qtbot):
    view = detail.view
    assert view.email_text() == ""
    view.focus_email()
    email = QApplication.focusWidget()  # named for a screen reader
    assert (email.objectName(), email.accessibleName()) == ("detailClientEmail", "Client email")
    type_text(qtbot, "ops@acme.example")
    assert detail.email_saver.pending
    qtbot.waitUntil(lambda: not detail.email_saver.pending)
    assert store.calls.client("Acme").email == "ops@acme.example"
    assert view.status_text() == "Saved."
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "ops at acme")  # kept as typed, with a gentle word
    view.focus_notes()  # focus loss saves at once
    assert store.calls.client("Acme").email == "ops at acme"
    assert "does not look like an email address" in view.status_text()


def test_client_email_from_the_store_and_in_the_tab_order(store, open_ui, qtbot):
    call = add_call(store, "Quiet Ltd", "Short call", started=T0)
    store.calls.set_client_email(store.calls.client("Quiet Ltd").id, "hi@quiet.example")
    opened = open_ui()
    opened.nav.open_call(call)
    view = opened.page(Page.DETAIL).view
    assert view.email_text() == "hi@quiet.example"
    view.focus_client()
    assert QApplication.focusWidget().objectName() == "detailClient"
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget().objectName() == "detailClientEmail"
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget().objectName() == "detailNotes"


def test_page_change_saves_a_pending_email(ui, detail, store, qtbot):
    detail.view.set_email("desk@acme.example")  # typed, the field not left
    detail.view.emailEdited.emit()
    assert detail.email_saver.pending
    ui.nav.home()
    assert store.calls.client("Acme").email == "desk@acme.example"


def test_the_client_email_shows_whole(store, open_ui):
    """The detail page's email field clipped a usual work address."""
    from tests.ui.clipping import clipped_line

    call_id = add_call(store, "Northwind Logistics", "Late pallets", started=T0)
    client = store.calls.get(call_id).client
    store.calls.set_client_email(client.id, "dana.kimberley@northwind-logistics.com")
    opened = open_ui()
    opened.nav.open_call(call_id)
    email = opened.page(Page.DETAIL).view.email
    assert email.text() == "dana.kimberley@northwind-logistics.com"
    need = email.fontMetrics().horizontalAdvance(email.text())
    assert not clipped_line(email), (email.width(), need, opened.window.width())


def test_an_ampersand_in_the_client_name_is_shown(store, open_ui):
    """'Smith & Sons' read 'Smith  Sons' on the client link (the & became a mnemonic)."""
    call_id = add_call(store, "Smith & Sons", "Late tiles", started=T0)
    opened = open_ui()
    opened.nav.open_call(call_id)
    button = opened.page(Page.DETAIL).view.client_button
    assert button.text() == "Smith && Sons"  # Qt shows '&&' as one '&'


def test_letter_sent_is_ticked_and_unticked_on_the_detail(ui, detail, store, call_id):
    changed = []
    ui.controller.events.lettersChanged.connect(lambda: changed.append(1))
    store.calls.mark_letter_sent(call_id, None)
    ui.nav.show(Page.DETAIL, call_id)
    view = ui.page(Page.DETAIL).view
    shown, ticked, _ = view.letter_mark()
    assert shown and not ticked
    view.letterSentChanged.emit(True)
    assert store.calls.get(call_id).letter_sent_at is not None
    _, ticked, tooltip = view.letter_mark()
    assert ticked and "went out" in tooltip
    view.letterSentChanged.emit(False)
    assert store.calls.get(call_id).letter_sent_at is None
    assert changed == [1, 1]
