"""A whole call driven by the keyboard alone, then checked in a fresh Store on the file."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from domain.model import OWNER_US, REACTION_PALETTE, NoteKind
from storage.store import Store
from tests.ui.conftest import press, type_text
from ui.shell.pages import Page

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
DIGITS = [getattr(Qt.Key, f"Key_{n}") for n in range(1, 9)]


def focus_name() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget else ""


def tab_to(qtbot, name: str, key: Qt.Key, limit: int = 20) -> None:  # noqa: ANN001
    """Tab (or Shift+Tab: Key_Backtab) until the widget `name` has the focus."""
    modifier = SHIFT if key == Qt.Key.Key_Backtab else Qt.KeyboardModifier.NoModifier
    for _ in range(limit):
        if focus_name() == name:
            return
        press(qtbot, key, modifier)
    assert focus_name() == name


def test_whole_call_by_keyboard_is_stored(ui_real_delay, qtbot, db_path, answers):
    ui = ui_real_delay
    assert ui.window.current_page() == "welcome"

    # Prepare: Ctrl+N lands in Client, Tab goes to Subject, then the scenario and prep.
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert focus_name() == "clientField"
    type_text(qtbot, "Northwind Traders")
    press(qtbot, Qt.Key.Key_Tab)
    assert focus_name() == "subjectField"
    type_text(qtbot, "Data migration slips two weeks")
    press(qtbot, Qt.Key.Key_Tab)
    assert focus_name() == "clientEmailField"  # optional: Tab passes it by
    type_text(qtbot, "ops@northwind.example")
    press(qtbot, Qt.Key.Key_Tab)
    assert focus_name() == "contactField"  # the person the letter greets
    type_text(qtbot, "Dana Kim")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Dana")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "dana@northwind.example")
    press(qtbot, Qt.Key.Key_Tab)
    assert focus_name() == "scenarioCombo"
    press(qtbot, Qt.Key.Key_Down)  # Generic -> Delivery delay
    press(qtbot, Qt.Key.Key_Tab)
    assert focus_name() == "languageCombo"
    press(qtbot, Qt.Key.Key_Tab)
    assert focus_name() == "prep_facts_known"
    type_text(qtbot, "The cutover script corrupts old invoices")
    press(qtbot, Qt.Key.Key_Tab)
    assert focus_name() == "prep_facts_unknown"
    type_text(qtbot, "How many invoices are affected")
    assert ui.window.windowTitle().startswith("Candor")

    # Start: Ctrl+Return, and the cursor is in the note line.
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert ui.window.current_page() == "live"
    assert focus_name() == "noteLine"

    type_text(qtbot, "Told them the go-live moves to 14 March")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_2, CTRL)
    type_text(qtbot, "This puts our audit at risk")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_1, CTRL)
    type_text(qtbot, "Affected: invoices before 2019")
    press(qtbot, Qt.Key.Key_Return, SHIFT)
    type_text(qtbot, "Backups are intact")
    press(qtbot, Qt.Key.Key_Return)
    for key in DIGITS:
        press(qtbot, key, ALT)

    # A next step through Ctrl+T: what, owner (typed name), due date tomorrow.
    press(qtbot, Qt.Key.Key_T, CTRL)
    dialog = ui.page(Page.LIVE).steps.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.what)
    type_text(qtbot, "Send the revised migration plan")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Dana Reyes")
    press(qtbot, Qt.Key.Key_Tab)
    assert focus_name() == "stepHasDue"
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    assert focus_name() == "stepDue"
    press(qtbot, Qt.Key.Key_Up)  # the first section steps the day: tomorrow
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focus_name() == "noteLine")

    # Tick two checklist items with the keyboard: Tab to the list, arrows, Space. The
    # list starts on its first row, the first section's heading; Down is its first item.
    tab_to(qtbot, "checklist", Qt.Key.Key_Tab)
    checklist = ui.page(Page.LIVE).checklist
    first, second = checklist.item_ids()[:2]
    view = ui.page(Page.LIVE).view.checklist
    assert view.currentIndex() == checklist.index(0, 0)
    press(qtbot, Qt.Key.Key_Down)
    assert view.currentIndex() == checklist.item_index(first)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    assert checklist.is_ticked(first) and checklist.is_ticked(second)

    # Back to the note line with Shift+Tab, then end: Ctrl+Return, confirmed; the
    # wrap-up opens in its first field.
    tab_to(qtbot, "noteLine", Qt.Key.Key_Backtab)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert answers.asked and "Northwind Traders" in answers.asked[-1]
    assert ui.window.current_page() == "wrapup"
    assert focus_name() == "followup_what_happened"
    wrapup = ui.page(Page.WRAPUP).view
    # The prep's facts are the first draft, marked until the user makes them the client's.
    assert wrapup.fields.editors["what_happened"].toPlainText() == (
        "The cutover script corrupts old invoices"
    )
    assert wrapup.fields.labels["what_happened"].text().endswith("from your prep")
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "Our migration script damaged old invoices")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Your audit prep moves by a week")
    saver = ui.page(Page.WRAPUP).saver
    qtbot.waitUntil(lambda: not saver.pending, timeout=3000)

    with Store(db_path) as fresh:
        [summary] = fresh.calls.summaries()
        call = fresh.calls.get(summary.id)
    assert call.client.name == "Northwind Traders"
    assert call.client.email == "ops@northwind.example"
    assert call.contact.greeting_name == "Dana"
    assert call.recipient_email == "dana@northwind.example"
    assert call.title == "Data migration slips two weeks"
    assert call.scenario == "delivery_delay"
    assert call.prep.facts_known == "The cutover script corrupts old invoices"
    assert call.prep.facts_unknown == "How many invoices are affected"
    assert [(n.kind, n.text) for n in call.notes] == [
        (NoteKind.NOTE, "Told them the go-live moves to 14 March"),
        (NoteKind.QUOTE, "This puts our audit at risk"),
        (NoteKind.FACT, "Affected: invoices before 2019\nBackups are intact"),
    ]
    offsets = [n.offset_ms for n in call.notes]
    assert all(o is not None and o >= 0 for o in offsets) and offsets == sorted(offsets)
    assert [r.kind for r in call.reactions] == list(REACTION_PALETTE)
    assert all(r.offset_ms is not None for r in call.reactions)
    assert [(t.item_id, t.ticked) for t in call.ticks] == [(first, True), (second, True)]
    [step] = call.next_steps
    assert (step.what, step.owner) == ("Send the revised migration plan", "Dana Reyes")
    assert step.owner != OWNER_US
    assert step.due_on == date.today() + timedelta(days=1)
    assert call.follow_up.what_happened == "Our migration script damaged old invoices"
    assert call.follow_up.what_it_means == "Your audit prep moves by a week"
    assert call.follow_up_on is not None and call.follow_up_on > date.today()
    assert call.status.value == "ended" and call.ended_at is not None


def test_ctrl_l_moves_to_the_checklist_and_space_ticks(ui, qtbot, store):
    """No key moved the keyboard to the checklist during a call."""
    from tests.ui.test_live import live_call

    ui.nav.open_call(live_call(store))
    live = ui.page(Page.LIVE)
    assert QApplication.focusWidget() is live.view.note_line.edit
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is live.view.checklist
    first = live.checklist.item_ids()[0]
    press(qtbot, Qt.Key.Key_Space)
    assert live.checklist.is_ticked(first)
    assert store.calls.get(live.call_id).ticked_items() == {first}


def test_alt_home_leaves_the_wrapup_from_a_text_field(ui, qtbot, store, answers):
    """Ctrl+Home was swallowed by the wrap-up's text fields (it moves to their start)."""
    from tests.ui.test_live import live_call

    call_id = live_call(store)
    store.calls.end(call_id)
    ui.nav.show(Page.WRAPUP, call_id)
    assert isinstance(QApplication.focusWidget(), QPlainTextEdit)
    press(qtbot, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert ui.window.current_page() == "recent"


def test_call_actions_are_off_where_they_do_nothing(ui):
    """Ctrl+E and Ctrl+T were enabled on the welcome page and did nothing."""
    actions = ui.window.actions_by_name
    assert ui.window.current_page() == "welcome"
    for name in ("actionExportLetter", "actionAddStep", "actionUndoEntry", "actionChecklist"):
        assert not actions[name].isEnabled(), name
