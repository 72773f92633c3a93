"""The live call page: timer, checklist, notes, reactions, next steps.

In compact mode only the timer, the checklist, the note line and the reactions
stay, stacked vertically, so the window fits beside a video call at 420 px.
Under the checklist, "Your prep" (collapsed until asked for, Ctrl+Shift+P) shows
what was written before dialing, read-only.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from domain.model import NoteKind, Reaction
from ui.a11y import named
from ui.i18n import tr
from ui.models.next_steps import NextStepsModel
from ui.models.notes import NotesModel
from ui.pages.live.model import ChecklistModel
from ui.widgets.call_clock import CallClock
from ui.widgets.note_line import NoteLine
from ui.widgets.reaction_palette import ReactionPalette
from ui.widgets.reaction_strip import ReactionStrip
from ui.widgets.steps_table import steps_table
from ui.widgets.wrapping_delegate import WrappingDelegate


class LiveView(QWidget):
    """The live call's layout. What the user asks for comes out as signals; what the
    controller shows goes in through setters (the controller never reaches inside)."""

    noteSubmitted = Signal()  # noqa: N815 (Qt signal naming) Return in the note line
    noteTyped = Signal()  # noqa: N815 the note line's text changed by typing
    reactionChosen = Signal(object)  # noqa: N815 a ReactionKind
    endRequested = Signal()  # noqa: N815
    addStepRequested = Signal()  # noqa: N815
    # Ctrl+Z in the note line with no typing left to undo: undo the last entry. Through
    # a signal: an error raised inside an event filter would unwind Qt's stack.
    undoRequested = Signal()  # noqa: N815

    def __init__(
        self,
        checklist: ChecklistModel,
        notes: NotesModel,
        steps: NextStepsModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("livePage")
        self.title = QLabel("")
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)  # a long client or subject wraps, never widens the window
        self.title.setAccessibleName("Call")
        self.clock = CallClock()
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.clock)

        self.checklist = named(
            QTreeView(), "checklist", "Checklist", tr("Space or click ticks an item")
        )
        self.checklist.setModel(checklist)
        self.checklist.setItemDelegate(WrappingDelegate(self.checklist))
        self.checklist.setAllColumnsShowFocus(True)
        self.checklist.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checklist.header().setStretchLastSection(False)
        self.checklist.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.checklist.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.prep_toggle = named(
            QToolButton(),
            "prepToggle",
            "Your prep",
            tr("Show or hide what you wrote before the call (Ctrl+Shift+P)"),
        )
        self.prep_toggle.setText(tr("Your prep"))
        self.prep_toggle.setToolTip(tr("What you wrote before the call (Ctrl+Shift+P)"))
        self.prep_toggle.setCheckable(True)
        self.prep_toggle.setAutoRaise(True)
        self.prep_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.prep_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.prep_toggle.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.prep_toggle.toggled.connect(self._prep_toggled)
        self.prep = named(
            QTextBrowser(),
            "prepPanel",
            "Your prep",
            tr("What you wrote before the call, read-only"),
        )
        self.prep.setOpenLinks(False)
        self.prep.hide()
        self._has_prep = False
        self._compact = False
        checklist_panel = _panel(tr("Checklist"), self.checklist)
        checklist_panel.layout().addWidget(self.prep_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        checklist_panel.layout().addWidget(self.prep, 2)

        self.notes = named(QListView(), "notesList", "Notes")
        self.notes.setModel(notes)
        self.notes.setWordWrap(True)
        self.notes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.notes.setAccessibleDescription("Double-click or F2 edits a note; Ctrl+Z undoes")
        self.notes_label = _label(tr("Notes  ·  F2 edits, Ctrl+Z undoes the last entry"))
        self.note_line = NoteLine()
        self.reaction_palette = ReactionPalette()
        self.strip = ReactionStrip()
        self.steps = steps_table(  # header and three steps
            steps, "nextStepsList", "Double-click to edit, Delete to remove, tick when done", 126
        )
        self.add_step_button = named(
            QPushButton(tr("Add next step  (Ctrl+T)")), "addNextStepButton", "Add next step"
        )
        self.end_button = named(
            QPushButton(tr("End call  (Ctrl+Return)")), "endCallButton", "End the call"
        )
        self.end_button.setProperty("danger", True)
        self.steps_label = _label(
            tr("Next steps  ·  Ctrl+T adds one, double-click edits, Delete removes")
        )
        self.reactions_label = _label(tr("Client reactions"))
        buttons = QWidget()
        buttons_row = QHBoxLayout(buttons)
        buttons_row.setContentsMargins(0, 0, 0, 0)
        buttons_row.addWidget(self.add_step_button)
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.end_button)

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.notes_label)
        column.addWidget(self.notes, 3)
        column.addWidget(self.note_line)
        column.addWidget(self.reactions_label)
        column.addWidget(self.reaction_palette)
        column.addWidget(self.strip)
        column.addWidget(self.steps_label)
        column.addWidget(self.steps, 2)
        column.addWidget(buttons)
        self._full_only: list[QWidget] = [
            self.title,
            self.notes_label,
            self.notes,
            self.strip,
            self.steps_label,
            self.steps,
            buttons,
            self.reactions_label,
        ]
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("liveSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(checklist_panel)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([420, 640])
        self._right = right
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        order = [
            self.note_line.kind_combo,
            self.note_line.edit,
            self.note_line.add_button,
            *self.reaction_palette.buttons,
            self.checklist,
            self.prep_toggle,
            self.prep,
            self.notes,
            self.steps,
            self.add_step_button,
            self.end_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
        self.note_line.submitted.connect(self.noteSubmitted)
        self.note_line.edit.textChanged.connect(self._typed)
        self.reaction_palette.reactionChosen.connect(self.reactionChosen)
        self.end_button.clicked.connect(self.endRequested)
        self.add_step_button.clicked.connect(self.addStepRequested)
        self.clock.elapsedChanged.connect(self.strip.set_elapsed)
        self._filling = False
        self.note_line.edit.installEventFilter(self)

    # the note line -------------------------------------------------------------------
    def note_text(self) -> str:
        return self.note_line.text()

    def set_note_text(self, text: str) -> None:
        """Fill the note line without that counting as typing (no noteTyped)."""
        self._filling = True
        try:
            self.note_line.set_text(text)
        finally:
            self._filling = False

    def note_kind(self) -> NoteKind:
        return self.note_line.kind()

    def set_note_kind(self, kind: NoteKind) -> None:
        self.note_line.set_kind(kind)

    def reset_note_kind(self) -> None:
        self.note_line.reset_kind()

    def note_line_focused(self) -> bool:
        """Whether the cursor is in the note line (typing goes into a note)."""
        return self.note_line.edit.hasFocus()

    def note_hint(self) -> str:
        """What the note line's tooltip tells the user (the kind shortcuts)."""
        return self.note_line.edit.toolTip()

    def notes_scroll(self) -> tuple[int, int]:
        """(where the notes list is scrolled, its end): equal when the newest shows."""
        bar = self.notes.verticalScrollBar()
        return bar.value(), bar.maximum()

    def typing_widgets(self) -> list[QWidget]:
        """Where the user types: leaving them saves the draft."""
        return [self.note_line.edit]

    def _typed(self) -> None:
        if not self._filling:
            self.noteTyped.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """Ctrl+Z in the note line undoes typing while there is typing to undo; then
        entries (undoRequested)."""
        if (
            watched is self.note_line.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and not self.note_line.edit.document().isUndoAvailable()
        ):
            self.undoRequested.emit()
            return True
        return False

    def release(self) -> None:
        """On close: no event filter may call back into Python, no clock ticks."""
        self.note_line.edit.removeEventFilter(self)
        self.clock.stop()

    # the call ------------------------------------------------------------------------
    def set_heading(self, text: str) -> None:
        self.title.setText(text)

    def heading(self) -> str:
        """The call as the page names it: client, title and scenario."""
        return self.title.text()

    def show_checklist(self) -> None:
        self.checklist.expandAll()

    def start_clock(self, started_at: datetime) -> None:
        self.clock.start(started_at)

    def stop_clock(self) -> None:
        self.clock.stop()

    def clock_text(self) -> str:
        """How long the call has run, as the clock reads ('03:00')."""
        return self.clock.text()

    def reactions(self) -> list[Reaction]:
        """The client's reactions the strip shows, in order."""
        return self.strip.reactions()

    def set_reactions(self, reactions: list[Reaction]) -> None:
        self.strip.set_reactions(reactions)

    def add_reaction(self, reaction: Reaction) -> None:
        self.strip.add(reaction)

    def remove_reaction(self, reaction_id: int) -> None:
        self.strip.remove(reaction_id)

    # your prep -----------------------------------------------------------------------
    def set_prep(self, fields: list[tuple[str, str]]) -> None:
        """The prep's non-empty fields as (label, text); none hides the toggle too."""
        blocks = [
            f"<p><b>{escape(label)}</b><br>{escape(text).replace(chr(10), '<br>')}</p>"
            for label, text in fields
        ]
        self.prep.setHtml("".join(blocks))
        self._has_prep = bool(blocks)
        self._refresh_prep()

    def prep_shown(self) -> bool:
        return self.prep.isVisibleTo(self)

    def prep_offered(self) -> bool:
        """Whether 'Your prep' can be opened (there is a prep, and not in compact)."""
        return self.prep_toggle.isVisibleTo(self)

    def show_prep(self, shown: bool) -> None:
        """Open or close 'Your prep', as its toggle does."""
        self.prep_toggle.setChecked(shown)

    def prep_text(self) -> str:
        """'Your prep' as plain text: each filled field's label, then its text."""
        return self.prep.toPlainText()

    def prep_read_only(self) -> bool:
        """Whether 'Your prep' is only for reading (it is not edited in the call)."""
        return self.prep.isReadOnly()

    def _prep_toggled(self, shown: bool) -> None:
        self.prep_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self._refresh_prep()

    def _refresh_prep(self) -> None:
        available = self._has_prep and not self._compact
        self.prep_toggle.setVisible(available)
        self.prep.setVisible(available and self.prep_toggle.isChecked())

    # compact ---------------------------------------------------------------------------
    def set_compact(self, compact: bool) -> None:
        self._compact = compact
        self._refresh_prep()
        for widget in self._full_only:
            widget.setVisible(not compact)
        self.splitter.setOrientation(
            Qt.Orientation.Vertical if compact else Qt.Orientation.Horizontal
        )
        if compact:  # the checklist takes what the note line and reactions leave
            self.splitter.setSizes([10_000, self._right.minimumSizeHint().height()])
        else:
            self.splitter.setSizes([420, 640])
        self.layout().setContentsMargins(*((6, 6, 6, 6) if compact else (16, 12, 16, 12)))

    def focus_checklist(self) -> None:
        """The keyboard in the checklist, on the first item not yet ticked (Space ticks)."""
        target = self.checklist.model().first_open_index()
        if target.isValid():
            self.checklist.setCurrentIndex(target)
        self.checklist.setFocus()

    def focus_note_line(self) -> None:
        self.note_line.edit.setFocus()

    def focus_step(self, row: int) -> None:
        """The keyboard in the next steps, on the step at `row` (Delete removes it)."""
        self.steps.setFocus()
        self.steps.setCurrentIndex(self.steps.model().index(row, 0))

    def focus_notes(self, row: int) -> None:
        """The keyboard in the notes list, on the note at `row` (F2 edits it)."""
        self.notes.setFocus()
        self.notes.setCurrentIndex(self.notes.model().index(row, 0))

    def scroll_notes_to_end(self) -> None:
        self.notes.scrollToBottom()


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionLabel")
    return label


def _panel(title: str, body: QWidget) -> QWidget:
    panel = QWidget()
    box = QVBoxLayout(panel)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(6)
    box.addWidget(_label(title))
    box.addWidget(body, 3)  # three parts to the checklist, two to the prep when shown
    return panel
