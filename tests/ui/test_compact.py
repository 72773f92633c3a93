"""Compact mode: on top, only checklist, note line and reactions, usable at 420 px."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import press, reactivate
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
    assert QApplication.focusWidget() is ui.page(Page.LIVE).view.note_line.edit
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
