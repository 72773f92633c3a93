"""Calendar reminders are offered only for a call with something to remind: the same
rule (domain.reminders) as the .ics file and the command line."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMessageBox

from domain.model import Call, Client, NextStep, utc_now
from domain.reminders import NOTHING_TO_REMIND
from ui.shell import export as export_module
from ui.shell.export_jobs import REMINDERS
from ui.shell.pages import Page


def ended_call(store, *steps: NextStep) -> int:  # noqa: ANN001
    call = store.calls.create(Call(client=Client("Acme"), title="Parts late"))
    store.calls.start(call.id, utc_now() - timedelta(minutes=10))
    for step in steps:
        step.call_id = call.id
        store.entries.add_next_step(step)
    store.calls.end(call.id)
    return call.id


def test_nothing_to_remind_disables_the_entry_with_the_reason(ui, qtbot, store):
    soon = date.today() + timedelta(days=3)
    call_id = ended_call(
        store,
        NextStep(0, "Send the parts list", "client", soon),  # theirs: not ours to remind
        NextStep(0, "Call the supplier", "us", None),  # ours, but no date
    )
    ui.nav.open_call(call_id)  # an ended call: the detail page
    actions = ui.window.actions_by_name
    reminders = actions["actionExportReminders"]
    assert actions["actionExportLetter"].isEnabled()
    assert not reminders.isEnabled()
    assert reminders.toolTip() == f"Nothing to remind: {NOTHING_TO_REMIND}"
    assert ui.window.menu("&Export").toolTipsVisible()

    detail = ui.page(Page.DETAIL)
    detail.view.set_check_in(soon)  # the user picks the day
    detail.view.edited.emit()
    menu = ui.window.menu("&Export")
    menu.popup(QPoint(0, 0))  # opening the menu saves the page and looks again
    qtbot.waitUntil(menu.isVisible)
    menu.close()
    assert store.calls.get(call_id).follow_up_on == soon
    assert reminders.isEnabled() and reminders.toolTip() == export_module.REMINDERS_TIP


def test_our_dated_step_alone_is_enough(ui, store):
    step = NextStep(0, "Ship the parts", "us", date.today() + timedelta(days=1))
    ui.nav.open_call(ended_call(store, step))
    assert ui.window.actions_by_name["actionExportReminders"].isEnabled()


def test_asked_directly_it_says_why_and_asks_for_no_file(ui, store, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *a, **k: (_ for _ in ()).throw(AssertionError("no file should be asked for")),
    )
    call_id = ended_call(store)
    ui.controller.export.run_export(REMINDERS, call_id)
    assert shown == [f"Nothing to remind: {NOTHING_TO_REMIND}."]
