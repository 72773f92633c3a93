"""Help: the keyboard shortcuts (from the same table the menus are built from) and About."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.a11y import named
from ui.shell.actions import PAGE_KEYS

# The libraries bundled with Candor and their licences (as their projects state them).
LICENCES = (
    ("PySide6 (Qt)", "LGPL-3.0"),
    ("sqlite-utils", "Apache-2.0"),
    ("python-docx", "MIT"),
    ("platformdirs", "MIT"),
    ("icalendar", "BSD-2-Clause"),
    ("Word frequencies (wordfreq data)", "CC BY-SA 4.0"),
)


def plain(text: str) -> str:
    """A menu text as read in a list: no mnemonic, no trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def shortcut_rows(menus: list[QAction]) -> list[tuple[str, str, str]]:
    """(menu, keys, what) for every entry of the window's menus that has keys, as the
    menus have them (so nothing is missing: exports and Quit included), then the keys
    that work inside one page."""
    rows = []
    for menu_action in menus:
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():
            keys = action.shortcuts()
            if keys:
                native = " or ".join(
                    k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys[:2]
                )
                rows.append((plain(menu_action.text()), native, plain(action.text())))
    return rows + list(PAGE_KEYS)


def version() -> str:
    try:
        return metadata.version("candor")
    except metadata.PackageNotFoundError:
        return "development copy"


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None, menus: list[QAction]) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle("Keyboard shortcuts")
        rows = shortcut_rows(menus)
        self.table = named(QTableWidget(len(rows), 3), "shortcutsTable", "Keyboard shortcuts")
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHorizontalHeaderLabels(["Where", "Keys", "What it does"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        named(buttons, "shortcutsButtons", "Close")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 520)


class AboutDialog(QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle("About Candor")
        self.folder = db_path.parent
        title = QLabel(f"<b>Candor</b> {version()}")
        title.setObjectName("aboutTitle")
        what = QLabel(
            "A companion for client calls that deliver bad news. Everything stays on this computer."
        )
        what.setWordWrap(True)
        where = QLabel(f"Data folder: {self.folder}")
        where.setObjectName("aboutDataFolder")
        where.setWordWrap(True)
        self.open_button = named(
            QPushButton("Open the data folder"), "aboutOpenFolder", "Open the data folder"
        )
        self.open_button.clicked.connect(self.open_folder)
        licences = QLabel(
            "Built with: " + "; ".join(f"{name} ({licence})" for name, licence in LICENCES) + "."
        )
        licences.setObjectName("aboutLicences")
        licences.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        named(buttons, "aboutButtons", "Close")
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(where, 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        for widget in (title, what):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(licences)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def open_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
