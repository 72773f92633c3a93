"""The window: title, menus and shortcuts, names for assistive tech, remembered geometry."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from tests.ui.names import unnamed_widgets
from ui.dialogs.next_step import NextStepDialog
from ui.shell.pages import Page


def test_title_and_menus(ui):
    assert ui.window.windowTitle() == "Candor"
    menus = [a.text() for a in ui.window.menuBar().actions()]
    assert menus[:3] == ["&File", "&View", "&Call"]
    assert "&History" in menus
    shortcuts = {
        name: [s.toString() for s in action.shortcuts()]
        for name, action in ui.window.actions_by_name.items()
    }
    assert shortcuts["actionNewCall"] == ["Ctrl+N"]
    assert shortcuts["actionCompact"] == ["Ctrl+Shift+T"]
    assert shortcuts["actionStartEnd"][0] == QKeySequence("Ctrl+Return").toString()
    assert shortcuts["actionAddStep"] == ["Ctrl+T"]
    assert "actionQuit" in shortcuts
    assert shortcuts["actionSearch"] == ["Ctrl+F"]
    assert shortcuts["actionHistory"] == ["Ctrl+H"]
    assert shortcuts["actionBoard"] == ["Ctrl+Shift+B"]


def test_call_actions_follow_the_page(ui):
    start_end = ui.window.actions_by_name["actionStartEnd"]
    add_step = ui.window.actions_by_name["actionAddStep"]
    assert not start_end.isEnabled() and not add_step.isEnabled()
    ui.controller.new_call()
    assert start_end.isEnabled() and not add_step.isEnabled()


def test_every_interactive_widget_is_named_at_start_up(ui, qtbot):
    """The window as it opens; every page and dialog once reached: test_every_page_named."""
    assert unnamed_widgets(ui.window) == []
    dialog = NextStepDialog(ui.window)
    qtbot.addWidget(dialog)
    assert unnamed_widgets(dialog) == []


def test_pages_and_actions_can_be_added(ui):
    fired: list[str] = []
    page = QLabel("later screen")
    ui.window.add_page("later", page)
    action = ui.window.add_action(
        "&Later", "actionLater", "&Later screen", ["Ctrl+Shift+F12"], lambda: fired.append("x")
    )
    action.trigger()
    ui.window.show_page("later")
    assert fired == ["x"] and ui.window.current_page() == "later"
    assert [a.text() for a in ui.window.menuBar().actions()][-1] == "&Later"


def test_geometry_is_restored_from_settings(ui, open_ui, store):
    ui.window.setGeometry(QRect(40, 50, 700, 500))  # inside the offscreen 800x600 screen
    ui.window.close()
    assert store.settings.get("window_geometry")
    again = open_ui()
    assert (again.window.width(), again.window.height()) == (700, 500)


def test_lazy_pages_are_built_on_first_use_under_their_names(ui):
    """Start-up builds home only; any other page is built the first time it is asked for,
    and its view is in the window's stack under the Page's name."""
    fresh = [page for page in Page if ui.nav.built(page) is None]
    assert Page.LIVE in fresh and Page.PREPARE in fresh, "start-up should not build every page"
    for page in fresh:
        controller = ui.page(page)
        assert ui.nav.built(page) is controller
        assert ui.window.page(page.value).property("pageName") == page.value


def test_the_shortcuts_sheet_lists_every_menu_key(ui, qtbot):
    """Help > Keyboard shortcuts missed Ctrl+E (export) and Ctrl+Q (quit): the sheet is
    read from the window's own menus."""
    from ui.dialogs.help import ShortcutsDialog

    dialog = ShortcutsDialog(ui.window, ui.window.menuBar().actions())
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    keys = {keys for _, keys, _ in rows}
    for expected in ("Ctrl+E", "Ctrl+Q", "Ctrl+N", "Ctrl+F", "Ctrl+L", "F1"):
        assert any(expected in k for k in keys), expected
    assert all("&" not in what for _, _, what in rows)


def test_quit_is_the_last_entry_of_the_file_menu(ui):
    """'Back up now' and 'Restore from backup…' came after Quit."""
    entries = [a for a in ui.window.menu("&File").actions() if not a.isSeparator()]
    assert entries[-1].objectName() == "actionQuit"


def test_client_overview_from_the_history_menu_follows_the_selected_call(ui, store, qtbot):
    """History > Client overview opened the first client, not the selected call's."""
    from tests.ui.review.conftest import add_call

    add_call(store, "Alder Freight", "Rates")
    picked = add_call(store, "Zephyr Mills", "Late cloth")
    ui.nav.show(Page.HISTORY)
    ui.page(Page.HISTORY).view.select_call(picked)
    ui.window.actions_by_name["actionClient"].trigger()
    assert ui.window.current_page() == "client"
    assert ui.page(Page.CLIENT).view.client == "Zephyr Mills"
