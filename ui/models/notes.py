"""The call's notes, oldest at the top, for a QListView (time, kind, text)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from domain.model import Note, NoteKind
from domain.timefmt import format_offset, local
from ui.i18n import tr
from ui.palette import current

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1


def kind_colour(kind: NoteKind) -> QColor:
    """The kind's dot colour in the palette in effect (roles kind_fact … kind_note)."""
    return QColor(getattr(current(), f"kind_{kind.value}"))


Index = QModelIndex | QPersistentModelIndex
_DOTS: dict[tuple[str, NoteKind], QIcon] = {}  # (palette, kind)


def kind_dot(kind: NoteKind) -> QIcon:
    """A small coloured dot per kind, so kinds can be told apart at a glance."""
    key = (current().name, kind)
    if key not in _DOTS:
        pixmap = QPixmap(12, 12)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(0, 0, 0, 0))
        painter.setBrush(kind_colour(kind))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _DOTS[key] = QIcon(pixmap)
    return _DOTS[key]


class NotesModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._notes: list[Note] = []

    def set_notes(self, notes: list[Note]) -> None:
        self.beginResetModel()
        self._notes = list(notes)
        self.endResetModel()

    def append(self, note: Note) -> None:
        row = len(self._notes)
        self.beginInsertRows(QModelIndex(), row, row)
        self._notes.append(note)
        self.endInsertRows()

    def notes(self) -> list[Note]:
        return list(self._notes)

    def row_of(self, note_id: int | None) -> int:
        """The row of the note with this id, or -1."""
        return next((row for row, n in enumerate(self._notes) if n.id == note_id), -1)

    def remove(self, note_id: int | None) -> None:
        row = self.row_of(note_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._notes[row]
            self.endRemoveRows()

    def replace(self, note: Note) -> None:
        """Show an edited note (same id) in its row."""
        row = self.row_of(note.id)
        if row >= 0:
            self._notes[row] = note
            self.dataChanged.emit(self.index(row), self.index(row))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._notes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        note = self._notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{format_offset(note.offset_ms)}  {tr(note.kind.label)}: {note.text}"
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_dot(note.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{tr(note.kind.label)}, {local(note.at):%H:%M:%S}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return tr("{kind} at {offset}: {text}").format(
                kind=tr(note.kind.label), offset=format_offset(note.offset_ms), text=note.text
            )
        if role == NOTE_ROLE:
            return note
        return None
