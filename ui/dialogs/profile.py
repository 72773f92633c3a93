"""Profile and settings: who signs the letters, an optional letterhead, where exports go."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from domain.model import Profile
from ui.a11y import named

TEXT_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("name", "&Name", "Your name, as you sign a letter"),
    ("role", "&Role", "Account manager, project lead, …"),
    ("company", "&Company", "Your company: the letter's header and 'our team'"),
    ("email", "&Email", "name@company.com"),
    ("phone", "&Phone", "+44 20 7946 0321"),
)


class ProfileDialog(QDialog):
    """Edits a Profile; `profile()` returns what the fields hold now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setAccessibleName("Profile and settings")
        self.setWindowTitle("Profile and settings")
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        intro = QLabel("Your details sign every follow-up letter. Nothing leaves this computer.")
        intro.setObjectName("hintText")
        intro.setWordWrap(True)
        form.addRow(intro)
        for name, label, placeholder in TEXT_FIELDS:
            edit = named(QLineEdit(), f"profile_{name}", label.replace("&", ""))
            edit.setPlaceholderText(placeholder)
            self.edits[name] = edit
            form.addRow(label, edit)
        self.letterhead = named(
            QLineEdit(),
            "profile_letterhead",
            "Letterhead",
            "A Word .docx whose header and footer every letter starts from (optional)",
        )
        self.letterhead.setPlaceholderText("None: a plain page with your company name on top")
        self.letterhead_button = named(
            QPushButton("Choose…"), "profileLetterheadButton", "Choose a letterhead file"
        )
        self.letterhead_button.clicked.connect(self.choose_letterhead)
        form.addRow("&Letterhead", self._row(self.letterhead, self.letterhead_button))
        self.export_dir = named(
            QLineEdit(), "profile_export_dir", "Export folder", "Where exports are offered first"
        )
        self.export_dir.setPlaceholderText("Documents")
        self.export_dir_button = named(
            QPushButton("Choose…"), "profileExportDirButton", "Choose the export folder"
        )
        self.export_dir_button.clicked.connect(self.choose_export_dir)
        form.addRow("Export &folder", self._row(self.export_dir, self.export_dir_button))
        self.backups = named(
            QSpinBox(), "profileBackupKeep", "Daily backups kept", "Older daily backups are removed"
        )
        self.backups.setRange(1, 365)
        named(self.backups.findChild(QLineEdit), "profileBackupKeepText", "Daily backups kept")
        form.addRow("Daily &backups kept", self.backups)
        self.problem = QLabel("")
        self.problem.setObjectName("hintText")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName("Profile problem")
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("profileButtons")
        for which, name in (
            (QDialogButtonBox.StandardButton.Ok, "OK"),
            (QDialogButtonBox.StandardButton.Cancel, "Cancel"),
        ):
            named(self.buttons.button(which), f"profile{name}Button", name)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.letterhead.textChanged.connect(self._check)
        self.export_dir.textChanged.connect(self._check)
        self.setMinimumWidth(520)

    @staticmethod
    def _row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(edit, 1)
        row.addWidget(button)
        return row

    def set_profile(self, profile: Profile) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(profile, name))
        self.letterhead.setText(profile.letterhead)
        self.export_dir.setText(profile.export_dir)
        self._check()

    def set_backup_keep(self, count: int) -> None:
        self.backups.setValue(count)

    def backup_keep(self) -> int:
        return self.backups.value()

    def profile(self) -> Profile:
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        values["letterhead"] = self.letterhead.text().strip()
        values["export_dir"] = self.export_dir.text().strip()
        return Profile(**{f.name: values.get(f.name, "") for f in fields(Profile)})

    def choose_letterhead(self) -> None:
        start = self.letterhead.text().strip() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, "Choose a letterhead", start, "Word document (*.docx)"
        )
        if path:
            self.letterhead.setText(path)

    def choose_export_dir(self) -> None:
        start = self.export_dir.text().strip() or str(Path.home())
        path = QFileDialog.getExistingDirectory(self, "Choose the export folder", start)
        if path:
            self.export_dir.setText(path)

    def _check(self) -> None:
        """Say what will not work, without refusing it (a drive may be unplugged for now)."""
        problems = []
        letterhead = self.letterhead.text().strip()
        if letterhead:
            path = Path(letterhead).expanduser()
            if path.suffix.lower() != ".docx":
                problems.append("The letterhead must be a Word .docx file.")
            elif not path.is_file():
                problems.append("The letterhead file is not there.")
        folder = self.export_dir.text().strip()
        if folder and not Path(folder).expanduser().is_dir():
            problems.append("The export folder is not there; Documents is offered instead.")
        self.problem.setText(" ".join(problems))
