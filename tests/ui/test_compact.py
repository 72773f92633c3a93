"""Compact mode: on top, only checklist, note line and reactions, usable at 420 px."""

from __future__ import annotations

import warnings

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from domain.model import NoteKind
from tests.ui.conftest import press, reactivate, type_text
from tests.ui.test_live import live_call
from ui.shell.pages import Page

TOGGLE = (Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def fits(widget: QWidget) -> bool:
    """Shown, at least as large as it asks to be, and inside the window."""
    window = widget.window()
    top_left = widget.mapTo(window, widget.rect().topLeft())
    inside = window.rect().contains(top_left) and window.rect().contains(
        widget.mapTo(window, widget.rect().bottomRight())
    )
    hint = widget.minimumSizeHint()  # an explicit minimum (a fixed height) wins, as in layouts
    need_width = widget.minimumWidth() or hint.width()
    need_height = widget.minimumHeight() or hint.height()
    return (
        widget.isVisible()
        and inside
        and widget.width() >= need_width
        and widget.height() >= need_height
    )


def test_toggle_keeps_the_window_on_top_and_back(ui, qtbot, store):
    ui.nav.open_call(live_call(store))
    press(qtbot, *TOGGLE)
    assert ui.window.is_on_top()
    assert ui.controller.compact_action.isChecked()
    assert ui.window.isVisible()
    reactivate(qtbot, ui.window)
    assert ui.page(Page.LIVE).view.note_line_focused()
    press(qtbot, *TOGGLE)
    assert not ui.window.is_on_top()


def test_compact_fits_420_pixels(ui, qtbot, store):
    ui.nav.open_call(live_call(store))
    live = ui.page(Page.LIVE).view
    ui.controller.compact_action.trigger()
    ui.window.resize(420, 640)
    qtbot.waitUntil(lambda: ui.window.width() == 420)
    assert not live.notes.isVisible() and not live.steps.isVisible()
    assert not live.strip.isVisible()
    assert live.checklist.isVisible() and live.clock.isVisible()
    for widget in (live.note_line.edit, live.note_line.kind_combo, live.note_line.add_button):
        assert fits(widget), widget.objectName()
    buttons = live.reaction_palette.buttons
    for button in buttons:
        assert fits(button), button.objectName()
        metrics = button.fontMetrics()
        for line in button.text().split("\n"):
            assert metrics.horizontalAdvance(line) < button.width(), line
    rows = sorted({b.y() for b in buttons})
    columns = sorted({b.x() for b in buttons})
    assert (len(rows), len(columns)) == (2, 4)


def test_leaving_compact_restores_the_layout(ui, qtbot, store):
    ui.nav.open_call(live_call(store))
    live = ui.page(Page.LIVE).view
    ui.controller.compact_action.trigger()
    ui.controller.compact_action.trigger()
    assert live.notes.isVisible() and live.steps.isVisible() and live.strip.isVisible()
    assert live.splitter.orientation() == Qt.Orientation.Horizontal


@pytest.mark.parametrize("compact_now", [True, False], ids=["in-compact", "after-compact"])
def test_ctrl_digits_set_the_note_kind_after_compact_mode(ui, qtbot, store, compact_now):
    """After compact mode had been on once, Ctrl+1..6 no longer set the kind, in compact
    or full mode, until restart: notes were silently stored as 'Note'."""
    ui.nav.open_call(live_call(store))
    live = ui.page(Page.LIVE)
    press(qtbot, *TOGGLE)
    reactivate(qtbot, ui.window)
    if not compact_now:
        press(qtbot, *TOGGLE)
        reactivate(qtbot, ui.window)
    live.view.focus_note_line()
    press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert live.view.note_kind() is NoteKind.QUESTION
    type_text(qtbot, "Who signs off?")
    press(qtbot, Qt.Key.Key_Return)
    [note] = store.calls.get(live.call_id).notes
    assert note.kind is NoteKind.QUESTION


def test_the_note_field_itself_takes_ctrl_digits(ui, qtbot, store):
    """The kind keys must not depend on Qt's idea of the active window: under X, after
    compact mode re-created the native window (and on a bare X server, always), Qt did
    not count the window as active, the Ctrl+1..6 shortcuts did not fire and notes were
    stored as 'Note'. The field that has the keyboard takes the keys itself."""
    ui.nav.open_call(live_call(store))
    line = ui.page(Page.LIVE).view.note_line
    line.edit.setFocus()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(None)  # what X reported after the window was re-made
    for number, kind in ((3, NoteKind.CONCERN), (1, NoteKind.FACT)):
        key = getattr(Qt.Key, f"Key_{number}")
        press_event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.ControlModifier)
        QApplication.sendEvent(line.edit, press_event)
        assert line.kind() is kind
    assert line.text() == ""
    reactivate(qtbot, ui.window)


def test_an_undo_message_fits_the_compact_status_bar(ui, qtbot, store):
    """In compact mode the undo message was cut mid-word ('…and wants a…"; i')."""
    ui.nav.open_call(live_call(store))
    press(qtbot, *TOGGLE)
    reactivate(qtbot, ui.window)
    ui.window.resize(420, 640)
    qtbot.waitUntil(lambda: ui.window.width() == 420)
    type_text(qtbot, "Their board meets on Friday and wants a written plan before it")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    bar = ui.window.statusBar()
    message = bar.currentMessage()
    assert message.startswith("Undone: note")
    assert bar.fontMetrics().horizontalAdvance(message) <= ui.window.width() - 24
