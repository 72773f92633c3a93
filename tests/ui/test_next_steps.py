"""Next steps on the live page: add with Ctrl+T, edit, mark done, delete with confirmation."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from domain.model import OWNER_CLIENT, OWNER_US, StepStatus
from tests.ui.conftest import double_click, press, reactivate
from tests.ui.test_live import live_call
from ui.shell.pages import Page


@pytest.fixture
def live(ui, store):
    ui.nav.open_call(live_call(store))
    return ui.page(Page.LIVE)


def settled(qtbot, live) -> None:
    """Steps are committed by the page's writer and shown when the commit returns."""
    qtbot.waitUntil(lambda: not live.writer.busy, timeout=5000)


def add_step(qtbot, live, what: str, owner: str = "", due: date | None = None):
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = live.steps.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.what.setText(what)
    if owner:
        dialog.owner.setEditText(owner)
    if due:
        dialog.has_due.setChecked(True)
        dialog.due.setDate(QDate(due.year, due.month, due.day))
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    settled(qtbot, live)


def test_ctrl_t_adds_a_step_with_owner_and_no_date(ui, live, qtbot, store):
    add_step(qtbot, live, "Send the incident report")
    [step] = store.calls.get(live.call_id).next_steps
    assert (step.what, step.owner, step.due_on, step.status) == (
        "Send the incident report",
        OWNER_US,
        None,
        StepStatus.OPEN,
    )
    assert live.steps_model.index(0, 2).data() == "no date"


def test_owner_client_or_a_name_and_a_due_date(ui, live, qtbot, store):
    add_step(qtbot, live, "Confirm the test window", "Client", date(2030, 5, 6))
    add_step(qtbot, live, "Call the carrier", "Priya Shah")
    first, second = store.calls.get(live.call_id).next_steps
    assert (first.owner, first.due_on) == (OWNER_CLIENT, date(2030, 5, 6))
    assert second.owner == "Priya Shah"
    assert live.steps_model.index(1, 1).data() == "Priya Shah"


def test_ok_needs_a_description(ui, live, qtbot):
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = live.steps.dialog
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.what.setText("x")
    assert ok.isEnabled()
    dialog.reject()


def test_double_click_edits(ui, live, qtbot, store):
    add_step(qtbot, live, "Draft")
    double_click(qtbot, live.view.steps, live.steps_model.index(0, 0))
    dialog = live.steps.dialog
    assert dialog is not None and dialog.what.text() == "Draft"
    dialog.what.setText("Send the final plan")
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    settled(qtbot, live)
    assert store.calls.get(live.call_id).next_steps[0].what == "Send the final plan"
    assert live.steps_model.index(0, 0).data() == "Send the final plan"


def test_tick_marks_done_and_back(ui, live, qtbot, store):
    add_step(qtbot, live, "Refund the fee")
    index = live.steps_model.index(0, 0)
    live.steps_model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    settled(qtbot, live)
    step = store.calls.get(live.call_id).next_steps[0]
    assert step.status is StepStatus.DONE and step.done_at is not None
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    live.steps_model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    settled(qtbot, live)
    assert store.calls.get(live.call_id).next_steps[0].status is StepStatus.OPEN


@pytest.mark.parametrize(
    ("reply", "left"),
    [(QMessageBox.StandardButton.No, 1), (QMessageBox.StandardButton.Yes, 0)],
)
def test_delete_asks_first(ui, live, qtbot, store, answers, reply, left):
    add_step(qtbot, live, "Maybe")
    answers.reply = reply
    reactivate(qtbot, ui.window)  # the dialog has closed; under load activation lags
    live.view.focus_step(0)
    press(qtbot, Qt.Key.Key_Delete)
    assert "Maybe" in answers.asked[-1]
    assert len(store.calls.get(live.call_id).next_steps) == left
    assert live.steps_model.rowCount() == left


def test_the_due_column_shows_the_whole_date(ui, qtbot, store, answers):
    """The Due column read '20…': an ISO date clipped. It now says the day as every other
    screen does ('Today', 'Fri 6 Mar', '3 Mar 2027') and fits, on the live page and the
    detail page."""
    from datetime import date, timedelta

    from domain.model import NextStep
    from tests.ui.clipping import clipped_cells
    from tests.ui.test_live import live_call

    call_id = live_call(store)
    for days in (0, 3, 400):
        store.entries.add_next_step(
            NextStep(call_id, f"step in {days} days", "Priya Shah", date.today() + timedelta(days))
        )
    ui.nav.open_call(call_id)
    live = ui.page(Page.LIVE)
    qtbot.waitUntil(lambda: live.view.steps.isVisible())
    assert live.steps_model.index(0, 2).data() == "Today"
    assert clipped_cells(live.view.steps, skip=(0,)) == []
    live.end_call()
    ui.nav.open_call(call_id)  # the detail page shows the same table
    detail = ui.page(Page.DETAIL)
    qtbot.waitUntil(lambda: detail.view.steps.isVisible())
    assert clipped_cells(detail.view.steps, skip=(0,)) == []


def test_columns_fit_after_a_step_with_a_long_what_is_added(ui, live, qtbot, answers):
    """After a long step was added, Due showed 'Tod…' and Owner 'Hann…' until the next
    resize of the window."""
    from tests.ui.clipping import clipped_cells

    add_step(
        qtbot,
        live,
        "Send the revised migration plan with every phase, owner and date to the whole board",
    )
    qtbot.waitUntil(lambda: live.steps_model.rowCount() == 1)
    assert clipped_cells(live.view.steps, skip=(0,)) == []


def test_a_step_is_shown_only_once_its_commit_returns(ui, live, qtbot, store, monkeypatch):
    """DESIGN.md: committed before the UI shows it, by a writer that never blocks the UI
    thread. A slow commit leaves the table as it was until the step is on disk."""
    import time

    from storage.entries import EntryRepository

    real = EntryRepository.add_next_step

    def slow(self, step):  # noqa: ANN001, ANN202
        time.sleep(0.3)
        return real(self, step)

    monkeypatch.setattr(EntryRepository, "add_next_step", slow)
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = live.steps.dialog
    dialog.what.setText("Send the plan")
    dialog.accept()
    # Back on the event loop before the commit returned: the UI thread did not wait for
    # the disk (a commit on this thread would have shown the step already).
    assert live.steps_model.rowCount() == 0
    settled(qtbot, live)
    assert live.steps_model.rowCount() == 1
    assert [s.what for s in store.calls.get(live.call_id).next_steps] == ["Send the plan"]


def test_a_failed_step_commit_changes_nothing_and_says_why(ui, live, qtbot, store, monkeypatch):
    from storage.entries import EntryRepository
    from storage.errors import DiskFull

    def full(self, step):  # noqa: ANN001, ANN202
        raise DiskFull("the disk is full")

    monkeypatch.setattr(EntryRepository, "add_next_step", full)
    with qtbot.waitSignal(live.steps.commitFailed, timeout=5000) as failed:
        add_step(qtbot, live, "Send the plan")
    assert "not saved" in failed.args[0] and "disk is full" in failed.args[0]
    assert live.steps_model.rowCount() == 0
    assert store.calls.get(live.call_id).next_steps == []
