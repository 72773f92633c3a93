"""Wrap-up: missed checklist items by section, follow-up fields autosaved, follow-up date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from domain.live_session import default_follow_up_date
from domain.model import Call, Client, FollowUp, Tick, utc_now
from domain.playbooks import PlaybookLibrary
from ui.shell.pages import Page


def ended_call(store, ticked: tuple[str, ...] = ()) -> int:
    call = store.calls.create(Call(client=Client("Tailspin"), title="Budget overrun"))
    started = store.calls.start(call.id)
    for item in ticked:
        store.entries.add_tick(Tick(call.id, item, True, utc_now(), 1000))
    store.calls.end(call.id)
    assert started
    return call.id


def open_editable(ui, call_id: int):
    ui.nav.show(Page.WRAPUP, call_id)
    return ui.page(Page.WRAPUP)


def test_missed_items_are_grouped_by_section(ui, store):
    playbook = PlaybookLibrary().get("generic")
    ticked = tuple(item.id for item in playbook.items if item.section.value == "facts")
    wrapup = open_editable(ui, ended_call(store, ticked))
    model = wrapup.missed_model
    heads = [model.item(r).text() for r in range(model.rowCount())]
    assert heads == ["Empathy", "Urgency", "Next steps"]  # all facts were covered
    empathy = model.item(0)
    assert [empathy.child(r).text() for r in range(empathy.rowCount())] == [
        i.text for i in playbook.items if i.section.value == "empathy"
    ]
    assert f"Covered {len(ticked)} of {len(playbook.items)}" in wrapup.view.coverage.text()


def test_everything_covered_says_so(ui, store):
    playbook = PlaybookLibrary().get("generic")
    wrapup = open_editable(ui, ended_call(store, tuple(i.id for i in playbook.items)))
    assert wrapup.missed_model.rowCount() == 0
    assert "All" in wrapup.view.coverage.text()


def test_follow_up_fields_autosave(ui, qtbot, store):
    call_id = ended_call(store)
    wrapup = open_editable(ui, call_id)
    for name, editor in wrapup.view.fields.editors.items():
        editor.setFocus()
        qtbot.keyClicks(editor, f"text for {name}")
    qtbot.waitUntil(lambda: not wrapup.saver.pending)
    saved = store.calls.get(call_id).follow_up
    assert saved == FollowUp(**{name: f"text for {name}" for name in FollowUp.field_names()})


def test_follow_up_date_defaults_to_three_working_days_and_saves(ui, qtbot, store):
    call_id = ended_call(store)
    wrapup = open_editable(ui, call_id)
    expected = default_follow_up_date(date.today())
    assert wrapup.view.follow_up_date.date().toPython() == expected
    assert store.calls.get(call_id).follow_up_on == expected
    wrapup.view.follow_up_date.setDate(QDate(2031, 1, 15))
    wrapup.view.fields.first_editor().setFocus()
    qtbot.waitUntil(lambda: not wrapup.saver.pending)
    assert store.calls.get(call_id).follow_up_on == date(2031, 1, 15)


def test_close_saves_what_is_pending(ui, qtbot, store):
    call_id = ended_call(store)
    wrapup = open_editable(ui, call_id)
    qtbot.keyClicks(wrapup.view.fields.editors["amends"], "A free month")
    assert wrapup.saver.pending
    ui.window.close()
    assert store.calls.get(call_id).follow_up.amends == "A free month"


def test_read_only_view_saves_nothing(ui, store):
    call_id = ended_call(store)
    wrapup = ui.page(Page.WRAPUP)
    wrapup.open(store.calls.get(call_id), read_only=True)  # open_call shows the detail page
    assert wrapup.read_only and wrapup.view.fields.first_editor().isReadOnly()
    assert store.calls.get(call_id).follow_up_on is None
    assert "Read-only" in wrapup.view.status.text()


def test_export_row_is_left_for_later(ui, store):
    wrapup = open_editable(ui, ended_call(store))
    assert wrapup.view.actions_row.objectName() == "wrapupActions"
    assert wrapup.view.home_button.isVisible() and not wrapup.view.edit_button.isVisible()
