"""Help: the keyboard shortcuts (from the same table the menus are built from) and About."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, qVersion
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

from resources import app_version
from ui.a11y import named
from ui.i18n import tr
from ui.shell.actions import PAGE_KEYS
from ui.startup import app_icon

# The licences as the libraries' projects state them: shown when a library's own metadata
# cannot be read (a bundle that left it out) or says nothing short enough to show.
KNOWN_LICENCES = {
    "pyside6": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "pyside6-essentials": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "pyside6-addons": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "shiboken6": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "python-docx": "MIT",
    "lxml": "BSD-3-Clause",
    "sqlite-utils": "Apache-2.0",
    "platformdirs": "MIT",
    "icalendar": "BSD-2-Clause",
    "babel": "BSD-3-Clause",
}
# Used when Candor's own metadata is missing, so its requirements cannot be followed
# (lxml is python-docx's requirement; named because it ships compiled libraries).
DIRECT_LIBRARIES = (
    "PySide6",
    "python-docx",
    "lxml",
    "sqlite-utils",
    "platformdirs",
    "icalendar",
    "Babel",
)
# Data, not a library: shipped in resources/tone (see its README).
BUNDLED_DATA = (("Word frequencies (wordfreq 3.1 data)", "", "CC-BY-SA-4.0"),)
LONGEST_LICENCE = 60  # characters; some projects put the licence's whole text in the field


def version() -> str:
    return app_version()


def normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str:
    return re.split(r"[\s;<>=!~\[(@]", requirement.strip(), maxsplit=1)[0]


def licence_of(dist: metadata.Distribution | None, name: str) -> str:
    """A distribution's licence from its metadata: License-Expression, else a short
    License field, else its licence classifiers; else KNOWN_LICENCES; else a pointer to
    the project's own licence."""
    if dist is not None:
        meta = dist.metadata
        expression = (meta.get("License-Expression") or "").strip()
        if expression:
            return expression
        field = (meta.get("License") or "").strip()
        if field and "\n" not in field and len(field) <= LONGEST_LICENCE:
            return field
        classifiers = [
            c.split(" :: ")[-1]
            for c in meta.get_all("Classifier") or []
            if c.startswith("License ::") and c != "License :: OSI Approved"
        ]
        if classifiers:
            return " / ".join(classifiers)
    return KNOWN_LICENCES.get(normalized(name), tr("see the project's licence"))


def bundled_libraries() -> list[tuple[str, str, str]]:
    """(name, version, licence) of every library Candor runs on: its requirements and
    theirs, as installed (extras left out), sorted by name. Without Candor's own
    metadata, the direct requirements named in DIRECT_LIBRARIES."""
    try:
        roots = [
            requirement_name(r) for r in metadata.requires("candor") or [] if "extra ==" not in r
        ]
    except metadata.PackageNotFoundError:
        roots = list(DIRECT_LIBRARIES)
    found: dict[str, tuple[str, str, str]] = {}
    waiting = [(name, False) for name in roots]
    while waiting:
        name, conditional = waiting.pop()
        key = normalized(name)
        if key in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            if not conditional:  # else only needed elsewhere (tomli before Python 3.11)
                found[key] = (name, "", licence_of(None, name))
            continue
        found[key] = (dist.metadata["Name"] or name, dist.version, licence_of(dist, name))
        waiting += [
            (requirement_name(r), ";" in r) for r in dist.requires or [] if "extra ==" not in r
        ]
    return sorted(found.values(), key=lambda row: row[0].lower())


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
    return rows + [(tr(page), keys, tr(what)) for page, keys, what in PAGE_KEYS]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None, menus: list[QAction]) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(tr("Keyboard shortcuts"))
        rows = shortcut_rows(menus)
        self.table = named(QTableWidget(len(rows), 3), "shortcutsTable", "Keyboard shortcuts")
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHorizontalHeaderLabels([tr("Where"), tr("Keys"), tr("What it does")])
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
    """Help > About: the version, the data folder (with a button that opens it) and the
    licences of the libraries Candor is built on."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(tr("About Candor"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a new one each time
        self.folder = Path(db_path).parent
        logo = QLabel()
        logo.setObjectName("aboutIcon")
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAccessibleName("Candor's icon")
        title = QLabel(f"<b>Candor</b> {version()}")
        title.setObjectName("aboutTitle")
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        what = QLabel(
            tr(
                "A companion for client calls that deliver bad news. "
                "Everything stays on this computer."
            )
        )
        what.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(what)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        where = QLabel(tr("Data folder: {folder}").format(folder=self.folder))
        where.setObjectName("aboutDataFolder")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = named(
            QPushButton(tr("Open the data folder")), "aboutOpenFolder", "Open the data folder"
        )
        self.open_button.clicked.connect(self.open_folder)
        self.open_problem = QLabel("")
        self.open_problem.setObjectName("aboutOpenProblem")
        self.open_problem.setWordWrap(True)
        self.open_problem.hide()
        folder_row = QHBoxLayout()
        folder_row.addWidget(where, 1)
        folder_row.addWidget(self.open_button)

        rows = bundled_libraries()
        qt = (tr("Qt (in PySide6)"), qVersion(), "LGPL-3.0-only")
        rows = [qt, *rows, *BUNDLED_DATA]
        libraries_label = QLabel(tr("Built with these libraries, under their licences:"))
        self.licences = named(
            QTableWidget(len(rows), 3), "aboutLicences", "Libraries and their licences"
        )
        self.licences.setShowGrid(False)
        self.licences.setAlternatingRowColors(True)
        self.licences.setHorizontalHeaderLabels([tr("Library"), tr("Version"), tr("Licence")])
        self.licences.verticalHeader().hide()
        self.licences.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long licence expression is elided in the column
                self.licences.setItem(row, column, item)
        header = self.licences.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        libraries_label.setBuddy(self.licences)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        named(buttons, "aboutButtons", "Close")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(folder_row)
        layout.addWidget(self.open_problem)
        layout.addWidget(libraries_label)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.resize(620, 560)

    def licence_rows(self) -> list[tuple[str, str, str]]:
        table = self.licences
        return [
            tuple(table.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(table.rowCount())
        ]

    def open_folder(self) -> bool:
        """Open the data folder in the file manager; say so here when that fails."""
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
        if opened:
            self.open_problem.hide()
        else:
            self.open_problem.setText(
                tr("The folder could not be opened here; its path above can be copied.")
            )
            self.open_problem.show()
        return opened
