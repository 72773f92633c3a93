"""Every interactive widget of every page and dialog has an objectName and accessibleName.

The window builds prepare, live, wrap-up and the review pages on first use, so a check
at start-up sees none of them: each case here first reaches its page or dialog the way
a user would (keys where there are keys), then checks the whole window and the dialog.
Dialogs that would block (exec) are recorded instead of run.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from tests.ui.conftest import Ui, press, type_text
from tests.ui.names import unnamed_widgets
from tests.ui.review.conftest import add_call, add_note, add_step
from ui.dialogs import done_date as done_dialog
from ui.shell.pages import Page

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def calls(store) -> dict[str, int]:  # noqa: ANN001
    """Ended calls with a note, an overdue step and a check-in due today (so the start-up
    banner shows); made before the window opens, as a restart would find them."""
    acme = add_call(store, "Acme", "Release slips", follow_up_on=date.today())
    beta = add_call(store, "Beta Bank", "Outage on Monday")
    add_note(store, acme, "They mentioned the zeppelin budget twice")
    add_step(store, acme, "send the revised plan", date.today() - timedelta(days=3))
    add_step(store, beta, "share the incident log", date.today() + timedelta(days=10))
    return {"acme": acme, "beta": beta}


@pytest.fixture
def exec_calls(monkeypatch: pytest.MonkeyPatch) -> list[QDialog]:
    """Dialogs shown with exec(): recorded, left open for the check, answered Cancel."""
    shown: list[QDialog] = []

    def record(dialog: QDialog) -> int:
        dialog.show()
        shown.append(dialog)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(done_dialog.DoneDateDialog, "exec", record)
    return shown


# reaching each screen ----------------------------------------------------------------------


def welcome(ui: Ui, qtbot, calls, shown) -> list[QWidget]:  # noqa: ANN001
    return []


def banner(ui: Ui, qtbot, calls, shown) -> list[QWidget]:  # noqa: ANN001
    return [ui.controller.banner.banner]


def prepare(ui: Ui, qtbot, calls, shown) -> list[QWidget]:  # noqa: ANN001
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert ui.window.current_page() == "prepare"
    return [ui.page(Page.PREPARE).view]


def live(ui: Ui, qtbot, calls, shown) -> list[QWidget]:  # noqa: ANN001
    prepare(ui, qtbot, calls, shown)
    type_text(qtbot, "Contoso")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Invoice run failed")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert ui.window.current_page() == "live"
    return [ui.page(Page.LIVE).view]


def live_compact(ui: Ui, qtbot, calls, shown) -> list[QWidget]:  # noqa: ANN001
    pages = live(ui, qtbot, calls, shown)
    ui.controller.compact_action.trigger()
    return pages


def next_step_dialog(ui: Ui, qtbot, calls, shown) -> list[QWidget]:  # noqa: ANN001
    live(ui, qtbot, calls, shown)
    press(qtbot, Qt.Key.Key_T, CTRL)
    dialog = ui.page(Page.LIVE).steps.dialog
    assert dialog is not None and dialog.isVisible()
    return [dialog]


def wrapup(ui: Ui, qtbot, calls, shown) -> list[QWidget]:  # noqa: ANN001
    live(ui, qtbot, calls, shown)
    press(qtbot, Qt.Key.Key_Return, CTRL)  # the end is confirmed (answers: Yes)
    assert ui.window.current_page() == "wrapup"
    return [ui.page(Page.WRAPUP).view]


def detail(ui: Ui, qtbot, calls, shown) -> list[QWidget]:  # noqa: ANN001
    ui.nav.open_call(calls["acme"])
    assert ui.window.current_page() == "detail"
    return [ui.page(Page.DETAIL).view]


def note_dialog(ui: Ui, qtbot, calls, shown) -> list[QWidget]:  # noqa: ANN001
    detail(ui, qtbot, calls, shown)
    page = ui.page(Page.DETAIL)
    page.view.select_note(0)
    page.view.focus_notes()
    press(qtbot, Qt.Key.Key_F2)
    assert page.note_dialog is not None and page.note_dialog.isVisible()
    return [page.note_dialog]


def detail_step_dialog(ui: Ui, qtbot, calls, shown) -> list[QWidget]:  # noqa: ANN001
    detail(ui, qtbot, calls, shown)
    page = ui.page(Page.DETAIL)
    page.view.select_step(0)
    page.view.editStepRequested.emit()
    assert page.steps.dialog is not None and page.steps.dialog.isVisible()
    return [page.steps.dialog]


def done_date_dialog(ui: Ui, qtbot, calls, shown) -> list[QWidget]:  # noqa: ANN001
    detail(ui, qtbot, calls, shown)
    page = ui.page(Page.DETAIL)
    page.view.select_step(0)
    page.view.doneStepRequested.emit()
    assert len(shown) == 1
    return [shown[0]]


def history(ui: Ui, qtbot, calls, shown) -> list[QWidget]:  # noqa: ANN001
    press(qtbot, Qt.Key.Key_H, CTRL)
    assert ui.window.current_page() == "history"
    return [ui.page(Page.HISTORY).view]


def search(ui: Ui, qtbot, calls, shown) -> list[QWidget]:  # noqa: ANN001
    press(qtbot, Qt.Key.Key_F, CTRL)
    panel = ui.controller.search().panel
    type_text(qtbot, "zeppelin")
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 1, timeout=5000)
    return [ui.controller.search().popover]


def client(ui: Ui, qtbot, calls, shown) -> list[QWidget]:  # noqa: ANN001
    ui.nav.show(Page.CLIENT, "Acme")
    assert ui.window.current_page() == "client"
    return [ui.page(Page.CLIENT).view]


def board(ui: Ui, qtbot, calls, shown) -> list[QWidget]:  # noqa: ANN001
    press(qtbot, Qt.Key.Key_B, CTRL_SHIFT)
    assert ui.window.current_page() == "board"
    return [ui.page(Page.BOARD).view]


def board_done_dialog(ui: Ui, qtbot, calls, shown) -> list[QWidget]:  # noqa: ANN001
    page = board(ui, qtbot, calls, shown)[0]
    assert page.current_commitment() is not None
    page.tree.setFocus()
    press(qtbot, Qt.Key.Key_D, CTRL)  # Ctrl+D marks the commitment done: when?
    assert len(shown) == 1
    return [shown[0]]


def playbooks(ui: Ui, qtbot, calls, shown) -> list[QWidget]:  # noqa: ANN001
    ui.window.actions_by_name["actionPlaybooks"].trigger()
    assert ui.window.current_page() == "playbooks"
    return [ui.page(Page.PLAYBOOKS).view]


def profile_dialog(ui: Ui, qtbot, calls, shown) -> list[QWidget]:  # noqa: ANN001
    ui.window.actions_by_name["actionProfile"].trigger()
    dialog = ui.controller.export._dialog
    assert dialog is not None and dialog.isVisible()
    return [dialog]


SCREENS: dict[str, Callable[..., list[QWidget]]] = {
    f.__name__: f
    for f in (
        welcome,
        banner,
        prepare,
        live,
        live_compact,
        next_step_dialog,
        wrapup,
        detail,
        note_dialog,
        detail_step_dialog,
        done_date_dialog,
        history,
        search,
        client,
        board,
        board_done_dialog,
        playbooks,
        profile_dialog,
    )
}


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_interactive_widget_is_named(screen, calls, ui, qtbot, exec_calls):  # noqa: ANN001
    roots = SCREENS[screen](ui, qtbot, calls, exec_calls)
    for root in roots:  # reached and shown, not merely constructed
        assert root.isVisible(), f"{screen}: {type(root).__name__} is not shown"
    problems = unnamed_widgets(ui.window)
    for root in roots:
        if root.window() is not ui.window:  # a dialog is a window of its own
            problems += [p for p in unnamed_widgets(root) if p not in problems]
    assert problems == [], f"{screen}: unnamed widgets"


def stray_ampersands(root: QWidget) -> list[str]:
    """Visible labels showing a mnemonic '&' as it is: a QLabel shows the '&' unless it
    has a buddy (a form row made from a layout gets a label without one)."""
    found = []
    for label in [root, *root.findChildren(QLabel)]:
        if not isinstance(label, QLabel) or not label.isVisible():
            continue
        text = label.text().replace("&&", "")
        if "&" in text and label.buddy() is None and label.textFormat() != Qt.TextFormat.RichText:
            found.append(label.text())
    return found


@pytest.mark.parametrize("screen", list(SCREENS))
def test_no_label_shows_a_stray_ampersand(screen, calls, ui, qtbot, exec_calls):  # noqa: ANN001
    """'By &when' in the next-step dialog showed its '&'."""
    roots = SCREENS[screen](ui, qtbot, calls, exec_calls)
    problems = stray_ampersands(ui.window)
    for root in roots:
        if root.window() is not ui.window:
            problems += stray_ampersands(root)
    assert problems == [], screen


def test_all_screens_in_one_window(calls, ui, qtbot, exec_calls):  # noqa: ANN001
    """Every page built in one window (as after a day's use), then checked together."""
    for screen in ("wrapup", "detail", "history", "client", "board", "search"):
        SCREENS[screen](ui, qtbot, calls, exec_calls)
    for page in (Page.PREPARE, Page.LIVE, Page.WRAPUP):
        assert ui.nav.built(page) is not None
    ui.controller.export.edit_profile()
    QApplication.processEvents()
    assert unnamed_widgets(ui.window) == []
