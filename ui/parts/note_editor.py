"""Editing one note in place (F2 or double-click): shared by the live and detail pages."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QWidget

from storage.store import Store
from ui.dialogs.note import NoteDialog
from ui.models.notes import NOTE_ROLE


class NoteEditor(QObject):
    """Opens the note dialog for the current note of `notes`; stores the edit on Save.

    `saved` carries the edited Note once it is stored, for the page to show it.
    """

    saved = Signal(object)

    def __init__(self, store: Store, window: QWidget, notes: QAbstractItemView) -> None:
        super().__init__(window)
        self.store = store
        self.window = window
        self.notes = notes
        self.dialog: NoteDialog | None = None
        notes.doubleClicked.connect(self._edit_at)
        self.shortcut = QShortcut(QKeySequence("F2"), notes)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.shortcut.activated.connect(self.edit)

    def _edit_at(self, index: QModelIndex) -> None:
        if index.isValid():
            self.notes.setCurrentIndex(index)
            self.edit()

    def edit(self) -> None:
        note = self.notes.currentIndex().data(NOTE_ROLE)
        if note is None:
            return
        if self.dialog is not None:
            self.dialog.close()
        dialog = NoteDialog(note, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._accepted)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        dialog.text.setFocus()

    def _accepted(self) -> None:
        dialog = self.dialog
        if dialog is None or dialog.note.id is None:
            return
        kind, text = dialog.values()
        self.store.entries.update_note(dialog.note.id, kind, text)
        self.saved.emit(dataclasses.replace(dialog.note, kind=kind, text=text))

    def _closed(self) -> None:
        self.dialog = None
        self.window.activateWindow()
        self.notes.setFocus(Qt.FocusReason.OtherFocusReason)
