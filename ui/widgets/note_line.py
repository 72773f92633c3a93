"""The note line: pick a kind, type, press Return. Shift+Return starts a new line.

The widget only reports what was typed; the controller stores the note and then
clears the line, so nothing disappears before it is on disk.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from domain.model import NoteKind
from ui.a11y import named
from ui.i18n import tr

NOTE_KINDS: tuple[NoteKind, ...] = tuple(NoteKind)
DEFAULT_KIND = NoteKind.NOTE


def kind_help() -> str:
    """'Ctrl+1: Fact' … one line per kind of note, in the interface language."""
    return "\n".join(
        f"Ctrl+{index}: {tr(kind.label)}" for index, kind in enumerate(NOTE_KINDS, start=1)
    )


class NoteEdit(QPlainTextEdit):
    """Return submits, Shift+Return inserts a newline, Tab leaves the field, Ctrl+1…6
    picks the kind of the note.

    The kind keys are handled here, as key presses of the field that has the keyboard,
    not as QShortcuts: after compact mode had changed the window's flags (the native
    window is made again), the shortcuts stopped firing until restart, and notes were
    silently stored as 'Note'."""

    submitted = Signal()
    kindChosen = Signal(int)  # noqa: N815 (Qt signal naming) the 1-based position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    @staticmethod
    def _kind_key(event: QKeyEvent) -> int | None:
        """1…6 for Ctrl+1…Ctrl+6 (keypad digits too), else None."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.ControlModifier:
            return None
        number = event.key() - Qt.Key.Key_0
        return number if 1 <= number <= len(NOTE_KINDS) else None

    def event(self, event: QEvent) -> bool:
        """Claim Ctrl+1…6 before any shortcut of the window can take it."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._kind_key(event) is not None
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        number = self._kind_key(event)
        if number is not None:
            event.accept()
            self.kindChosen.emit(number)
            return
        is_return = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if is_return and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            event.accept()
            self.submitted.emit()
            return
        if is_return:  # Shift+Return: a plain newline, not a paragraph separator
            self.insertPlainText("\n")
            event.accept()
            return
        super().keyPressEvent(event)


class NoteLine(QWidget):
    """Kind selector, the note edit and an Add button, in one row."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_combo = named(
            QComboBox(),
            "noteKind",
            "Kind of note",
            tr("Kind of the next note") + "\n" + kind_help(),
        )
        for kind in NOTE_KINDS:
            self.kind_combo.addItem(tr(kind.label), kind.value)
        self.edit = named(
            NoteEdit(),
            "noteLine",
            "Note",
            tr(
                "Type a note and press Return to add it; Shift+Return for a new line.\n"
                "{keys} set the kind (it goes back to Note after each entry)."
            ).format(keys=kind_help()),
        )
        self.edit.setPlaceholderText(tr("Type a note, Return to add (Ctrl+1…6 sets the kind)"))
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 3 + 14)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.add_button = named(QPushButton(tr("Add")), "addNoteButton", "Add note")
        self.add_button.setToolTip(tr("Add the note (Return)"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.kind_combo, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.edit, 1)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        self.edit.submitted.connect(self.submitted)
        self.add_button.clicked.connect(self.submitted)
        self.edit.kindChosen.connect(self._kind_chosen)
        self.setTabOrder(self.kind_combo, self.edit)
        self.setTabOrder(self.edit, self.add_button)
        self.reset_kind()

    def _kind_chosen(self, number: int) -> None:
        self.set_kind(NOTE_KINDS[number - 1])

    def kind(self) -> NoteKind:
        return NOTE_KINDS[max(0, self.kind_combo.currentIndex())]

    def set_kind(self, kind: NoteKind) -> None:
        self.kind_combo.setCurrentIndex(NOTE_KINDS.index(kind))

    def reset_kind(self) -> None:
        self.set_kind(DEFAULT_KIND)

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)
