"""A column (or grid) of labelled multi-line text fields, used by Prepare and Wrap-up."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ui.a11y import named
from ui.i18n import tr


class TextFieldsForm(QWidget):
    """One QPlainTextEdit per (field name, label); Tab moves on, as in any form."""

    edited = Signal()

    def __init__(
        self,
        fields: Sequence[tuple[str, str]],
        prefix: str,
        columns: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editors: dict[str, QPlainTextEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self._texts: dict[str, str] = {name: tr(text) for name, text in fields}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        rows = (len(fields) + columns - 1) // columns
        for index, (name, label_text) in enumerate(fields):
            editor = named(QPlainTextEdit(), f"{prefix}_{name}", label_text)
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(54)
            editor.textChanged.connect(self.edited)
            label = QLabel(tr(label_text))
            label.setObjectName("fieldLabel")
            label.setBuddy(editor)
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(4)
            box.addWidget(label)
            box.addWidget(editor, 1)
            grid.addWidget(cell, index // columns, index % columns)  # reading order, as Tab goes
            self.editors[name] = editor
            self.labels[name] = label
        for row in range(rows):
            grid.setRowStretch(row, 1)

    def values(self) -> dict[str, str]:
        return {name: editor.toPlainText() for name, editor in self.editors.items()}

    def set_values(self, values: dict[str, str]) -> None:
        """Fill without emitting `edited`: loading is not an edit to save."""
        self.blockSignals(True)
        try:
            for name, editor in self.editors.items():
                editor.blockSignals(True)
                editor.setPlainText(values.get(name, ""))
                editor.blockSignals(False)
        finally:
            self.blockSignals(False)

    def set_placeholders(self, prompts: dict[str, str]) -> None:
        for name, editor in self.editors.items():
            editor.setPlaceholderText(tr(prompts.get(name, "")) if prompts.get(name) else "")

    def placeholders(self) -> dict[str, str]:
        """What each empty field prompts the user to write, by field name."""
        return {name: editor.placeholderText() for name, editor in self.editors.items()}

    def label_texts(self) -> dict[str, str]:
        """Each field's label as the user reads it (with its note), by field name."""
        return {name: label.text() for name, label in self.labels.items()}

    def read_only(self) -> bool:
        """Whether the fields refuse typing (set_read_only)."""
        return all(editor.isReadOnly() for editor in self.editors.values())

    def focus_field(self, name: str) -> None:
        """The cursor into the field `name`, as a click into it would put it."""
        self.editors[name].setFocus()

    def set_notes(self, notes: dict[str, str]) -> None:
        """A short note after a field's label ("What happened · from your prep"); the
        fields not named get their plain label back."""
        for name, label in self.labels.items():
            note = notes.get(name)
            label.setText(f"{self._texts[name]} · {note}" if note else self._texts[name])
            label.setProperty("noted", bool(note))

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors.values():
            editor.setReadOnly(read_only)

    def first_editor(self) -> QPlainTextEdit:
        return next(iter(self.editors.values()))
