"""Edit one note of a past call: its kind and its text (Ctrl+Return saves)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from domain.model import Note, NoteKind
from domain.timefmt import format_offset
from ui.a11y import named
from ui.i18n import tr


class NoteDialog(QDialog):
    def __init__(self, note: Note, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = note
        self.setObjectName("noteDialog")
        title = f"Edit the note at {format_offset(note.offset_ms)}"
        self.setAccessibleName(title)
        self.setWindowTitle(title)
        self.kind = named(QComboBox(), "noteKind", "Kind of note")
        for kind in NoteKind:
            self.kind.addItem(tr(kind.label), kind)
        self.kind.setCurrentIndex(self.kind.findData(note.kind))
        self.text = named(QPlainTextEdit(), "noteText", "Note text", tr("Ctrl+Return saves"))
        self.text.setTabChangesFocus(True)
        self.text.setPlainText(note.text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("noteButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        named(ok, "noteOkButton", "Save the note").setText(tr("Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        named(cancel, "noteCancelButton", "Cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self._save)
        form = QFormLayout(self)
        form.addRow(tr("&Kind"), self.kind)
        form.addRow(tr("&Text"), self.text)
        form.addRow(self.buttons)
        self.text.textChanged.connect(self._update_ok)
        self._update_ok()
        self.setMinimumWidth(460)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.toPlainText().strip()))

    def _save(self) -> None:
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            self.accept()

    def values(self) -> tuple[NoteKind, str]:
        return NoteKind(self.kind.currentData()), self.text.toPlainText().strip()
