"""Prepare: focus and tab order, the call created once named, autosave, scenario prompts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from domain.model import Call, CallStatus, Client
from domain.playbooks import PlaybookLibrary
from tests.ui.conftest import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def new_call(ui, qtbot):
    press(qtbot, Qt.Key.Key_N, CTRL)
    return ui.controller.prepare


def test_tab_order_runs_through_the_form(ui, qtbot):
    prepare = new_call(ui, qtbot)
    seen = [QApplication.focusWidget().objectName()]
    for _ in range(10):
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    assert seen == [
        "clientField",
        "subjectField",
        "scenarioCombo",
        *(f"prep_{name}" for name in prepare.view.fields.editors),
        "startCallButton",
        "clientField",  # and round again
    ]


def test_call_created_once_client_and_subject_are_given(ui, qtbot, store):
    prepare = new_call(ui, qtbot)
    type_text(qtbot, "Contoso")
    qtbot.wait(120)  # longer than the test's autosave delay: typing a name saves nothing
    assert store.calls.count() == 0 and store.calls.client_names() == []
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Invoice run failed")
    qtbot.waitUntil(lambda: store.calls.count() == 1)
    [summary] = store.calls.summaries()
    assert (summary.client, summary.title, summary.status) == (
        "Contoso",
        "Invoice run failed",
        CallStatus.PREPARED,
    )
    assert store.calls.client_names() == ["Contoso"]
    assert ui.window.windowTitle() == "Candor — Contoso: Invoice run failed"
    assert prepare.call_id == summary.id


def test_prep_fields_autosave_after_typing_and_on_focus_loss(ui, qtbot, store):
    prepare = new_call(ui, qtbot)
    type_text(qtbot, "Contoso")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Invoice run failed")
    impact = prepare.view.fields.editors["impact"]
    impact.setFocus()
    qtbot.keyClicks(impact, "Month-end close is late")
    qtbot.waitUntil(lambda: not prepare.prep_saver.pending)
    call_id = prepare.call_id
    assert store.calls.get(call_id).prep.impact == "Month-end close is late"
    plan = prepare.view.fields.editors["plan"]
    plan.setFocus()
    qtbot.keyClicks(plan, "Rerun tonight")
    prepare.view.fields.editors["amends"].setFocus()  # focus loss saves at once
    assert store.calls.get(call_id).prep.plan == "Rerun tonight"


def test_tab_leaves_a_prep_field_instead_of_typing_a_tab(ui, qtbot):
    prepare = new_call(ui, qtbot)
    facts = prepare.view.fields.editors["facts_known"]
    facts.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert facts.toPlainText() == ""
    assert QApplication.focusWidget() is prepare.view.fields.editors["facts_unknown"]


def test_scenario_sets_the_prompts(ui, qtbot, store):
    prepare = new_call(ui, qtbot)
    combo = prepare.view.scenario_combo
    library = PlaybookLibrary()
    assert [combo.itemText(i) for i in range(combo.count())] == [p.name for p in library.all()]
    for index, playbook in enumerate(library.all()):
        combo.setCurrentIndex(index)
        for name, editor in prepare.view.fields.editors.items():
            assert editor.placeholderText() == playbook.prep_prompts.get(name, "")


def test_scenario_change_is_saved(ui, qtbot, store):
    prepare = new_call(ui, qtbot)
    type_text(qtbot, "Contoso")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Invoice run failed")
    prepare.view.scenario_combo.setCurrentIndex(
        prepare.view.scenario_combo.findData("third_party_fault")
    )
    assert store.calls.get(prepare.call_id).scenario == "third_party_fault"


def test_start_needs_a_client_and_subject(ui, qtbot, store):
    prepare = new_call(ui, qtbot)
    type_text(qtbot, "Contoso")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert ui.window.current_page() == "prepare"
    assert QApplication.focusWidget() is prepare.view.subject_field
    assert "subject" in prepare.view.status.text()
    assert store.calls.count() == 0


def test_client_completer_offers_known_clients(store, open_ui):
    store.calls.create(Call(client=Client("Northwind Traders"), title="Earlier"))
    opened = open_ui()
    opened.controller.new_call()
    model = opened.controller.prepare.view.completer.model()
    assert model.stringList() == ["Northwind Traders"]


def test_a_prepared_call_reopens_in_the_form(ui, qtbot, store):
    call = store.calls.create(Call(client=Client("Acme"), title="Late parts"))
    ui.controller.open_call(call.id)
    view = ui.controller.prepare.view
    assert ui.window.current_page() == "prepare"
    assert (view.client_field.text(), view.subject_field.text()) == ("Acme", "Late parts")
    view.subject_field.setText("Late parts, two weeks")
    ui.controller.show_home()  # leaving the page saves
    assert store.calls.get(call.id).title == "Late parts, two weeks"
