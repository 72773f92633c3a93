"""File > Profile and settings: the fields, the pickers, saved on OK and shown again."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLineEdit, QPushButton

from domain.model import Profile
from tests.ui.test_export import Recorder


def open_dialog(ui):
    ui.window.actions_by_name["actionProfile"].trigger()
    dialog = ui.controller.export._dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_profile_saves_and_reloads(ui, qtbot, store, tmp_path, monkeypatch):
    letterhead = tmp_path / "letterhead.docx"
    letterhead.write_bytes(b"not checked here")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", Recorder(reply=(str(letterhead), "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", Recorder(reply=str(tmp_path)))
    dialog = open_dialog(ui)
    qtbot.waitUntil(dialog.edits["name"].hasFocus)
    values = {
        "name": "Dana Whitfield",
        "role": "Account manager",
        "company": "Brightline Data",
        "email": "dana@brightline.example",
        "phone": "+44 20 7946 0321",
    }
    for name, text in values.items():
        qtbot.keyClicks(dialog.edits[name], text)
    dialog.letterhead_button.click()
    dialog.export_dir_button.click()
    assert dialog.problem.text() == ""
    with qtbot.waitSignal(ui.controller.export.profileSaved):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    expected = Profile(**values, letterhead=str(letterhead), export_dir=str(tmp_path))
    assert store.settings.profile() == expected
    assert "Profile saved" in ui.window.statusBar().currentMessage()
    again = open_dialog(ui)
    assert again.profile() == expected


def test_cancel_keeps_the_saved_profile(ui, store):
    store.settings.save_profile(Profile(name="Dana"))
    dialog = open_dialog(ui)
    dialog.edits["name"].setText("Someone else")
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert store.settings.profile().name == "Dana"
    assert open_dialog(ui).edits["name"].text() == "Dana"


def test_problems_are_named_not_refused(ui, tmp_path):
    dialog = open_dialog(ui)
    dialog.letterhead.setText(str(tmp_path / "head.pdf"))
    assert "must be a Word .docx" in dialog.problem.text()
    dialog.letterhead.setText(str(tmp_path / "gone.docx"))
    assert "not there" in dialog.problem.text()
    dialog.export_dir.setText(str(tmp_path / "missing"))
    assert "export folder is not there" in dialog.problem.text()
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_menu_place_and_names(ui):
    file_menu = ui.window.menu("&File")
    names = [a.objectName() for a in file_menu.actions() if not a.isSeparator()]
    assert names[-1] == "actionQuit"  # then the backups, then Quit last
    assert names.index("actionProfile") < names.index("actionBackupNow") < names.index("actionQuit")
    dialog = open_dialog(ui)
    for widget in dialog.findChildren(QLineEdit) + dialog.findChildren(QPushButton):
        assert widget.objectName() and widget.accessibleName(), widget


def test_number_of_daily_backups_kept_is_a_setting(ui, qtbot, store):
    dialog = open_dialog(ui)
    assert dialog.backup_keep() == 14  # the default
    dialog.backups.selectAll()
    qtbot.keyClicks(dialog.backups, "30")
    with qtbot.waitSignal(ui.controller.export.profileSaved):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert store.settings.backup_keep() == 30
    assert open_dialog(ui).backup_keep() == 30


def test_the_daily_backups_size_limit_is_a_setting(ui, qtbot, store):
    dialog = open_dialog(ui)
    assert dialog.backup_max_mb() == 2048  # the default
    assert dialog.backup_size.suffix() == " MB"
    dialog.backup_size.selectAll()
    qtbot.keyClicks(dialog.backup_size, "500")
    with qtbot.waitSignal(ui.controller.export.profileSaved):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert store.settings.load().backup_max_mb == 500
    assert store.settings.backup_keep() == 14  # saved together, unchanged
    assert open_dialog(ui).backup_max_mb() == 500
