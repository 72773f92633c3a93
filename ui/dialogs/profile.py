"""Profile and settings: who signs the letters, an optional letterhead, where exports go;
and, on a second tab, what the tone review was told to leave alone.

The tone review tab lists the words never flagged as jargon (everywhere, or for one
client) and the findings marked fine in a call. Remove takes one off the list; the
removals are applied when the dialog is saved, and Cancel forgets them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.model import Profile
from domain.tone_choices import AllowedWord, Dismissal
from ui.a11y import named
from ui.i18n import LANGUAGES, tr

TEXT_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("name", QT_TR_NOOP("&Name"), QT_TR_NOOP("Your name, as you sign a letter")),
    ("role", QT_TR_NOOP("&Role"), QT_TR_NOOP("Account manager, project lead, …")),
    (
        "company",
        QT_TR_NOOP("&Company"),
        QT_TR_NOOP("Your company: the letter's header and 'our team'"),
    ),
    ("email", QT_TR_NOOP("&Email"), "name@company.com"),
    ("phone", QT_TR_NOOP("&Phone"), "+44 20 7946 0321"),
)
CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1
NO_WORDS = QT_TR_NOOP(
    "None yet: in the wrap-up's tone review, choose “Ignore this word” on jargon."
)
NO_DISMISSALS = QT_TR_NOOP(
    "None yet: in the wrap-up's tone review, choose “This is fine” on a finding."
)
LIST_ROWS = 4  # the lists stay short; they scroll
MIN_BACKUP_MB, MAX_BACKUP_MB = 1, 1_000_000  # the size limit for the daily backups


class ProfileDialog(QDialog):
    """Edits a Profile; `profile()` returns what the fields hold now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setAccessibleName("Profile and settings")
        self.setWindowTitle(tr("Profile and settings"))
        self.edits: dict[str, QLineEdit] = {}
        self.removed_words: list[AllowedWord] = []
        self.removed_dismissals: list[Dismissal] = []
        self.tabs = named(QTabWidget(), "profileTabs", "Profile and tone review settings")
        named(self.tabs.tabBar(), "profileTabBar", "Profile or tone review")
        profile_tab = QWidget()
        form = QFormLayout(profile_tab)
        intro = QLabel(
            tr("Your details sign every follow-up letter. Nothing leaves this computer.")
        )
        intro.setObjectName("hintText")
        intro.setWordWrap(True)
        form.addRow(intro)
        for name, label, placeholder in TEXT_FIELDS:
            edit = named(QLineEdit(), f"profile_{name}", label.replace("&", ""))
            edit.setPlaceholderText(tr(placeholder))
            self.edits[name] = edit
            form.addRow(tr(label), edit)
        self.letterhead = named(
            QLineEdit(),
            "profile_letterhead",
            "Letterhead",
            tr("A Word .docx whose header and footer every letter starts from (optional)"),
        )
        self.letterhead.setPlaceholderText(tr("None: a plain page with your company name on top"))
        self.letterhead_button = named(
            QPushButton(tr("Choose…")), "profileLetterheadButton", "Choose a letterhead file"
        )
        self.letterhead_button.clicked.connect(self.choose_letterhead)
        form.addRow(
            self._label(tr("&Letterhead"), self.letterhead),
            self._row(self.letterhead, self.letterhead_button),
        )
        self.export_dir = named(
            QLineEdit(),
            "profile_export_dir",
            "Export folder",
            tr("Where exports are offered first"),
        )
        self.export_dir.setPlaceholderText(tr("Documents"))
        self.export_dir_button = named(
            QPushButton(tr("Choose…")), "profileExportDirButton", "Choose the export folder"
        )
        self.export_dir_button.clicked.connect(self.choose_export_dir)
        form.addRow(
            self._label(tr("Export &folder"), self.export_dir),
            self._row(self.export_dir, self.export_dir_button),
        )
        self.backups = named(
            QSpinBox(),
            "profileBackupKeep",
            "Daily backups kept",
            tr("Older daily backups are removed"),
        )
        self.backups.setRange(1, 365)
        named(self.backups.findChild(QLineEdit), "profileBackupKeepText", "Daily backups kept")
        form.addRow(tr("Daily &backups kept"), self.backups)
        self.backup_size = named(
            QSpinBox(),
            "profileBackupMaxMb",
            "Daily backups' total size limit in MB",
            tr("Older daily backups are removed past this size; the newest sound one always stays"),
        )
        self.backup_size.setRange(MIN_BACKUP_MB, MAX_BACKUP_MB)
        self.backup_size.setSingleStep(256)
        self.backup_size.setSuffix(" MB")
        named(
            self.backup_size.findChild(QLineEdit),
            "profileBackupMaxMbText",
            "Daily backups' total size limit in MB",
        )
        form.addRow(tr("Backups take at &most"), self.backup_size)
        self.language = named(
            QComboBox(), "profileLanguage", "Interface language", tr("Applies at the next start")
        )
        self.language.addItem(tr("System"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        language_note = QLabel(tr("Applies the next time Candor starts."))
        language_note.setObjectName("hintText")
        language_row = QHBoxLayout()
        language_row.addWidget(self.language)
        language_row.addWidget(language_note, 1)
        form.addRow(self._label(tr("Interface &language"), self.language), language_row)
        self.problem = QLabel("")
        self.problem.setObjectName("hintText")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName("Profile problem")
        form.addRow(self.problem)
        self.tabs.addTab(profile_tab, tr("Profile"))
        self.tabs.addTab(self._tone_tab(), tr("Tone review"))
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
        box = QVBoxLayout(self)
        box.addWidget(self.tabs)
        box.addWidget(self.buttons)
        self.letterhead.textChanged.connect(self._check)
        self.export_dir.textChanged.connect(self._check)
        self.setMinimumWidth(520)

    def _tone_tab(self) -> QWidget:
        tab = QWidget()
        box = QVBoxLayout(tab)
        self.words, self.words_hint, self.remove_word_button = self._removable_list(
            box,
            tr("Words never flagged as jargon"),
            ("profileAllowedWords", [tr("Word"), tr("Where")], tr(NO_WORDS)),
            (
                "profileRemoveWordButton",
                tr("Remove the selected word"),
                tr("Flag it as jargon again"),
            ),
            self.remove_selected_words,
        )
        self.dismissals, self.dismissals_hint, self.remove_dismissal_button = self._removable_list(
            box,
            tr("Findings marked fine"),
            ("profileDismissals", [tr("Call"), tr("Finding"), tr("Words")], tr(NO_DISMISSALS)),
            (
                "profileRemoveDismissalButton",
                tr("Remove the selected finding"),
                tr("Flag it again in that call's letter"),
            ),
            self.remove_selected_dismissals,
        )
        box.addWidget(self._hint(tr("Removals take effect on OK; Cancel keeps them all.")))
        box.addStretch(1)
        return tab

    def _removable_list(
        self,
        box: QVBoxLayout,
        title: str,
        tree_spec: tuple[str, list[str], str],
        button_spec: tuple[str, str, str],
        remove: Callable[[], None],
    ) -> tuple[QTreeWidget, QLabel, QPushButton]:
        """A titled list with its Remove button (also Delete in the list) and a hint."""
        tree_name, headers, empty_hint = tree_spec
        button_name, button_accessible, tip = button_spec
        tree = self._list(tree_name, title, headers)
        hint = self._hint(empty_hint)
        button = named(QPushButton(tr("Remove")), button_name, button_accessible, f"{tip} (Delete)")
        button.clicked.connect(remove)
        tree.itemSelectionChanged.connect(self._update_remove_buttons)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), tree)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(button.click)
        label = QLabel(title)
        label.setObjectName("sectionLabel")
        box.addWidget(label)
        row = QHBoxLayout()
        row.addWidget(tree, 1)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(row)
        box.addWidget(hint)
        return tree, hint, button

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("hintText")
        label.setWordWrap(True)
        return label

    @staticmethod
    def _list(name: str, accessible: str, headers: list[str]) -> QTreeWidget:
        tree = named(QTreeWidget(), name, accessible)
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAllColumnsShowFocus(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        rows = tree.fontMetrics().height() + 8
        tree.setFixedHeight(tree.header().sizeHint().height() + rows * LIST_ROWS + 4)
        return tree

    # the tone review's choices -------------------------------------------------------------
    def set_tone_choices(self, words: list[AllowedWord], dismissals: list[Dismissal]) -> None:
        """What is stored now; any removal not yet saved is forgotten."""
        self.removed_words = []
        self.removed_dismissals = []
        self.words.clear()
        for word in words:
            row = QTreeWidgetItem([word.word, word.where])
            row.setData(0, CHOICE_ROLE, word)
            self.words.addTopLevelItem(row)
        self.dismissals.clear()
        for dismissal in dismissals:
            row = QTreeWidgetItem([dismissal.call_title, dismissal.rule_label, dismissal.words])
            row.setData(0, CHOICE_ROLE, dismissal)
            row.setToolTip(0, f"{dismissal.call_title} ({dismissal.client})")
            row.setToolTip(2, dismissal.words)
            self.dismissals.addTopLevelItem(row)
        for tree in (self.words, self.dismissals):
            tree.resizeColumnToContents(0)
        self._update_remove_buttons()

    def allowed_words(self) -> list[AllowedWord]:
        """The words listed now (those removed but not saved are not)."""
        return self._choices(self.words)

    def marked_fine(self) -> list[Dismissal]:
        return self._choices(self.dismissals)

    def remove_selected_words(self) -> None:
        self.removed_words += self._take_selected(self.words)
        self._update_remove_buttons()

    def remove_selected_dismissals(self) -> None:
        self.removed_dismissals += self._take_selected(self.dismissals)
        self._update_remove_buttons()

    @staticmethod
    def _choices(tree: QTreeWidget) -> list:
        return [tree.topLevelItem(i).data(0, CHOICE_ROLE) for i in range(tree.topLevelItemCount())]

    @staticmethod
    def _take_selected(tree: QTreeWidget) -> list:
        """Take the selected rows (else the current one) off the list; focus stays there."""
        rows = tree.selectedItems() or ([tree.currentItem()] if tree.currentItem() else [])
        taken = []
        for row in rows:
            taken.append(row.data(0, CHOICE_ROLE))
            tree.takeTopLevelItem(tree.indexOfTopLevelItem(row))
        if tree.topLevelItemCount():
            tree.setCurrentItem(tree.currentItem() or tree.topLevelItem(0))
        return taken

    def _update_remove_buttons(self) -> None:
        for tree, button, hint, empty in (
            (self.words, self.remove_word_button, self.words_hint, tr(NO_WORDS)),
            (
                self.dismissals,
                self.remove_dismissal_button,
                self.dismissals_hint,
                tr(NO_DISMISSALS),
            ),
        ):
            count = tree.topLevelItemCount()
            button.setEnabled(bool(tree.selectedItems() or (count and tree.currentItem())))
            hint.setText(empty)
            hint.setVisible(not count)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        """A row label whose mnemonic works: given a layout, QFormLayout's own label has no
        buddy and shows the '&' as it is."""
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

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

    def set_interface_language(self, code: str) -> None:
        """ "" follows the system; else a code of ui.i18n.LANGUAGES."""
        index = self.language.findData(code)
        self.language.setCurrentIndex(max(index, 0))

    def interface_language(self) -> str:
        return str(self.language.currentData() or "")

    def set_backup_max_mb(self, megabytes: int) -> None:
        self.backup_size.setValue(megabytes)

    def backup_max_mb(self) -> int:
        return self.backup_size.value()

    def profile(self) -> Profile:
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        values["letterhead"] = self.letterhead.text().strip()
        values["export_dir"] = self.export_dir.text().strip()
        return Profile(**{f.name: values.get(f.name, "") for f in fields(Profile)})

    def choose_letterhead(self) -> None:
        start = self.letterhead.text().strip() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, tr("Choose a letterhead"), start, tr("Word document (*.docx)")
        )
        if path:
            self.letterhead.setText(path)

    def choose_export_dir(self) -> None:
        start = self.export_dir.text().strip() or str(Path.home())
        path = QFileDialog.getExistingDirectory(self, tr("Choose the export folder"), start)
        if path:
            self.export_dir.setText(path)

    def _check(self) -> None:
        """Say what will not work, without refusing it (a drive may be unplugged for now)."""
        problems = []
        letterhead = self.letterhead.text().strip()
        if letterhead:
            path = Path(letterhead).expanduser()
            if path.suffix.lower() != ".docx":
                problems.append(tr("The letterhead must be a Word .docx file."))
            elif not path.is_file():
                problems.append(tr("The letterhead file is not there."))
        folder = self.export_dir.text().strip()
        if folder and not Path(folder).expanduser().is_dir():
            problems.append(tr("The export folder is not there; Documents is offered instead."))
        self.problem.setText(" ".join(problems))
