from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QVBoxLayout

from domain.commitments import Horizon
from domain.model import StepStatus
from tests.ui.review.conftest import add_call, add_step, unnamed
from ui.dialogs import done_date as done_dialog
from ui.models.commitments import BoardColumn
from ui.pages.board.controller import BoardPageController
from ui.pages.board.view import CommitmentsBoard
from ui.shell.banner_controller import BannerController
from ui.shell.pages import Page

TODAY = date(2026, 3, 18)  # a Wednesday: "this week" runs to Sunday 22 March


@pytest.fixture
def steps(store) -> dict[str, int]:
    acme = add_call(store, "Acme", "Release slips")
    beta = add_call(store, "Beta", "Outage")
    return {
        "late": add_step(store, acme, "send the plan", TODAY - timedelta(days=8)),
        "late_client": add_step(store, beta, "confirm the date", TODAY - timedelta(1), "client"),
        "today": add_step(store, beta, "call back", TODAY, "Marta"),
        "sunday": add_step(store, acme, "share the log", date(2026, 3, 22), "client"),
        "next_week": add_step(store, acme, "review meeting", date(2026, 3, 23)),
        "undated": add_step(store, beta, "root-cause report", None),
        "done": add_step(store, beta, "already done", TODAY, status=StepStatus.DONE),
    }


@pytest.fixture
def page(ctx, qtbot, steps) -> BoardPageController:
    """The board page's controller (the store work) with its view shown."""
    controller = BoardPageController(ctx, today=lambda: TODAY)
    widget = controller.view
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    controller.load(Page.BOARD, None)
    return controller


@pytest.fixture
def board(page) -> CommitmentsBoard:
    return page.view


@pytest.fixture
def banner(ctx, board):
    """The banner on the same app events: it recounts when the board marks a step."""
    controller = BannerController(ctx, QVBoxLayout(ctx.parent), today=lambda: TODAY)
    controller.refresh()
    return controller.banner


def _whats(board: CommitmentsBoard, horizon: Horizon) -> list[str]:
    group = board.model.group_index(horizon)
    return [board.model.index(r, 0, group).data() for r in range(board.model.rowCount(group))]


def _select(board: CommitmentsBoard, step_id: int) -> None:
    board.select_step(step_id)
    assert board.current_commitment().step.id == step_id


def test_groups_and_counts(board):
    assert _whats(board, Horizon.OVERDUE) == ["send the plan", "confirm the date"]
    assert _whats(board, Horizon.THIS_WEEK) == ["call back", "share the log"]
    assert _whats(board, Horizon.LATER) == ["review meeting", "root-cause report"]
    headers = [board.model.index(r, 0).data() for r in range(3)]
    assert headers == ["Overdue · 2", "This week · 2", "Later · 2"]
    row = board.model.index(0, 0, board.model.group_index(Horizon.THIS_WEEK))
    cells = [board.model.index(0, c, row.parent()).data() for c in BoardColumn]
    assert cells == ["call back", "Marta", "Today", "Beta — Outage"]
    late = board.model.index(0, BoardColumn.DUE, board.model.group_index(Horizon.OVERDUE))
    assert late.data().endswith("8 days late")
    assert board.summary.text() == "6 open commitments, 2 overdue"


def test_filter_ours_and_the_clients(board):
    board.filter_buttons[True].click()
    assert _whats(board, Horizon.OVERDUE) == ["send the plan"]
    assert _whats(board, Horizon.THIS_WEEK) == ["call back"]  # a named colleague is ours
    board.filter_buttons[False].click()
    assert _whats(board, Horizon.OVERDUE) == ["confirm the date"]
    assert _whats(board, Horizon.THIS_WEEK) == ["share the log"]
    assert _whats(board, Horizon.LATER) == []
    board.filter_buttons[None].click()
    assert board.model.count(Horizon.LATER) == 2


def test_mark_done_then_undo(store, board, banner, steps, monkeypatch):
    asked = []
    done_on = TODAY - timedelta(days=2)
    monkeypatch.setattr(
        done_dialog, "ask_done_date", lambda parent, what, today: asked.append(what) or done_on
    )
    assert banner.overdue == 2 and not banner.isHidden()
    _select(board, steps["late"])
    board.done_button.click()
    assert asked == ["send the plan"]
    step = store.entries.next_step(steps["late"])
    assert step.status is StepStatus.DONE
    assert step.done_at.astimezone().date() == done_on
    assert board.model.count(Horizon.OVERDUE) == 1
    assert board.model.index(0, 0).data() == "Overdue · 1"
    assert banner.overdue == 1 and "1 commitment overdue" in banner.headline.text()
    assert board.current_commitment().step.id == steps["late_client"]  # the next one in line
    board.undo_button.click()
    assert store.entries.next_step(steps["late"]).status is StepStatus.OPEN
    assert store.entries.next_step(steps["late"]).done_at is None
    assert board.model.count(Horizon.OVERDUE) == 2 and banner.overdue == 2
    assert not board.undo_button.isEnabled()


def test_cancelling_the_date_changes_nothing(store, page, board, steps, monkeypatch):
    monkeypatch.setattr(done_dialog, "ask_done_date", lambda parent, what, today: None)
    _select(board, steps["today"])
    assert page.marks.mark_done() is False
    assert store.entries.next_step(steps["today"]).status is StepStatus.OPEN
    assert not page.marks.can_undo
    assert not board.undo_button.isEnabled()


def test_drop_and_undo_with_ctrl_z(store, board, steps, qtbot):
    board.activateWindow()
    board.tree.setFocus()
    _select(board, steps["undated"])
    QTest.keyClick(board.tree, Qt.Key.Key_Delete)
    assert store.entries.next_step(steps["undated"]).status is StepStatus.DROPPED
    assert board.model.count(Horizon.LATER) == 1
    assert "Ctrl+Z" in board.message.text()
    QTest.keyClick(board.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.entries.next_step(steps["undated"]).status is StepStatus.OPEN
    assert board.model.count(Horizon.LATER) == 2
    assert board.current_commitment().step.id == steps["undated"]


def test_enter_opens_the_call_and_widgets_are_named(store, ctx, board, steps, qtbot):
    board.tree.setFocus()
    _select(board, steps["next_week"])
    with qtbot.waitSignal(board.open_call, timeout=1000) as blocker:
        QTest.keyClick(board.tree, Qt.Key.Key_Return)
    call_id = store.entries.next_step(steps["next_week"]).call_id
    assert blocker.args == [call_id] and ctx.navigator.opened == [call_id]
    assert unnamed(board) == []


def test_done_moment_is_local_noon_for_a_past_day():
    from ui.pages.board.marks import done_moment

    moment = done_moment(date(2026, 3, 10), TODAY)
    assert moment.astimezone().date() == date(2026, 3, 10)
    assert moment.tzinfo is not None
    assert abs(done_moment(TODAY, TODAY) - datetime.now().astimezone()) < timedelta(seconds=5)
