"""Help > About: the version, the data folder and a button that opens it, the licences of
the libraries Candor is built on, and its icon."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from resources import app_version
from ui.dialogs import help as help_dialogs


class FakeDesktop:
    """Stands in for QDesktopServices: records the URL instead of starting a file manager."""

    def __init__(self, result: bool = True) -> None:
        self.opened: list[QUrl] = []
        self.result = result

    def openUrl(self, url: QUrl) -> bool:  # noqa: N802 (Qt's name)
        self.opened.append(url)
        return self.result


def open_about(ui, qtbot) -> help_dialogs.AboutDialog:  # noqa: ANN001 (fixtures)
    ui.window.actions_by_name["actionAbout"].trigger()
    dialog = ui.window.findChild(QDialog, "aboutDialog")
    assert dialog is not None, "Help > About Candor opened no dialog"
    qtbot.waitUntil(dialog.isVisible)
    return dialog


@pytest.mark.parametrize("opens", [True, False])
def test_about_from_the_help_menu_shows_version_folder_and_licences(
    ui, store, qtbot, monkeypatch, opens
):
    desktop = FakeDesktop(result=opens)
    monkeypatch.setattr(help_dialogs, "QDesktopServices", desktop)
    menu_entries = [a.objectName() for a in ui.window.menu("&Help").actions()]
    assert "actionAbout" in menu_entries
    dialog = open_about(ui, qtbot)

    title = dialog.findChild(QLabel, "aboutTitle").text()
    assert metadata.version("candor") in title
    folder = Path(store.path).parent
    assert str(folder) in dialog.findChild(QLabel, "aboutDataFolder").text()

    rows = {name.lower(): (version, licence) for name, version, licence in dialog.licence_rows()}
    assert rows["pyside6"] == (metadata.version("PySide6"), rows["pyside6"][1])
    assert "LGPL-3.0" in rows["pyside6"][1]
    assert "LGPL-3.0" in rows["qt (in pyside6)"][1]
    assert rows["python-docx"][1] == "MIT"
    assert rows["sqlite-utils"][1] == "Apache-2.0"
    assert rows["platformdirs"][1] == "MIT"
    assert rows["icalendar"][1].startswith("BSD")
    assert rows["babel"][1].startswith("BSD")
    assert all(licence for _, licence in rows.values())
    assert not dialog.findChild(QLabel, "aboutIcon").pixmap().isNull()

    qtbot.mouseClick(dialog.findChild(QPushButton, "aboutOpenFolder"), Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in desktop.opened] == [str(folder)]
    problem = dialog.findChild(QLabel, "aboutOpenProblem")
    assert problem.isVisibleTo(dialog) is (not opens)  # a failure is said, not swallowed
    dialog.reject()


def test_licences_come_from_metadata_with_a_fixed_fallback(monkeypatch):
    """Without Candor's metadata (a bundle that left it out) the direct libraries are listed;
    without a library's metadata its licence comes from the fixed list."""

    def missing(name):  # noqa: ANN001, ANN202
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(help_dialogs.metadata, "requires", missing)
    monkeypatch.setattr(help_dialogs.metadata, "distribution", missing)
    rows = {name: (version, licence) for name, version, licence in help_dialogs.bundled_libraries()}
    assert set(rows) == set(help_dialogs.DIRECT_LIBRARIES)
    assert rows["PySide6"] == ("", "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only")
    assert rows["python-docx"] == ("", "MIT")
    assert rows["sqlite-utils"] == ("", "Apache-2.0")
    assert rows["Babel"] == ("", "BSD-3-Clause")


def test_a_licence_text_in_the_metadata_is_not_shown_whole():
    class Dist:
        def __init__(self, **fields: str) -> None:
            self.metadata = _Meta(fields)

    long_text = "Copyright (c) 2020 Someone\n\nPermission is hereby granted, free of charge..."
    assert help_dialogs.licence_of(Dist(License=long_text), "python-docx") == "MIT"
    expression = Dist(**{"License-Expression": "MIT", "License": long_text})
    assert help_dialogs.licence_of(expression, "x") == "MIT"
    classified = Dist(Classifier="License :: OSI Approved :: MIT License")
    assert help_dialogs.licence_of(classified, "x") == "MIT License"
    assert help_dialogs.licence_of(Dist(), "unknown-lib") == "see the project's licence"


class _Meta(dict):
    def get_all(self, key: str) -> list[str] | None:
        return [self[key]] if key in self else None


def test_the_version_falls_back_to_pyproject(monkeypatch):
    expected = app_version()

    def missing(name):  # noqa: ANN001, ANN202
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", missing)
    assert app_version() == expected  # read from pyproject.toml beside the code
