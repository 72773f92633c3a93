"""The detail page of an ended call: everything it recorded, and the follow-up, editable.

Top: the client (a link to their overview), the call, and the client's email address.
Left: the notes, the client's reactions, what the checklist missed. Right: the
follow-up fields and the next steps. Bottom: the check-in date and the actions.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from domain.fields import FOLLOW_UP_FIELDS, form_pairs, prompts
from domain.model import FollowUp, Reaction
from ui.a11y import named
from ui.i18n import tr
from ui.models.next_steps import NextStepsModel
from ui.models.notes import NotesModel
from ui.widgets.email_field import email_line
from ui.widgets.reaction_strip import ReactionStrip
from ui.widgets.steps_table import steps_table
from ui.widgets.text_form import TextFieldsForm
from ui.widgets.wrapping_delegate import WrappingDelegate

EDITOR_MIN_HEIGHT = 40


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionLabel")
    return label


def _hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("hintText")
    label.setWordWrap(True)
    return label


def _column(*parts: tuple[QWidget, int]) -> QWidget:
    column = QWidget()
    box = QVBoxLayout(column)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(6)
    for widget, stretch in parts:
        box.addWidget(widget, stretch)
    return column


TYPICAL_EMAIL = "dana.kimberley@northwind-logistics.com"


class DetailView(QWidget):
    """An ended call's page. What the user asks for comes out as signals; what the
    controller shows goes in through setters."""

    edited = Signal()  # a follow-up field or the check-in date, changed by the user
    checkedInChanged = Signal(bool)  # noqa: N815 (Qt signal naming)
    letterSentChanged = Signal(bool)  # noqa: N815 the letter marked sent or not
    emailEdited = Signal()  # noqa: N815
    emailFinished = Signal()  # noqa: N815
    clientRequested = Signal()  # noqa: N815
    backRequested = Signal()  # noqa: N815
    exportRequested = Signal()  # noqa: N815
    addStepRequested = Signal()  # noqa: N815
    editStepRequested = Signal()  # noqa: N815
    doneStepRequested = Signal()  # noqa: N815
    dropStepRequested = Signal()  # noqa: N815
    currentStepChanged = Signal()  # noqa: N815

    def __init__(
        self,
        notes: NotesModel,
        steps: NextStepsModel,
        missed: QAbstractItemModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("detailPage")
        self._build_header()
        left = self._build_record(notes, missed)
        right = self._build_follow_up(steps)
        self.splitter = QSplitter()
        self.splitter.setObjectName("detailSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([420, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.setSpacing(8)
        layout.addLayout(self.header)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(self._build_actions())
        order = [
            self.client_button,
            self.email,
            self.notes,
            self.missed,
            *self.fields.editors.values(),
            self.steps,
            *self.step_buttons,
            self.follow_up_date,
            self.checked_in,
            self.export_button,
            self.back_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
        self._connect()

    def _connect(self) -> None:
        self.fields.edited.connect(self.edited)
        self.follow_up_date.dateChanged.connect(self.edited)
        self.checked_in.toggled.connect(self.checkedInChanged)
        self.email.textEdited.connect(self.emailEdited)
        self.email.editingFinished.connect(self.emailFinished)
        for button, signal in (
            (self.client_button, self.clientRequested),
            (self.back_button, self.backRequested),
            (self.export_button, self.exportRequested),
            (self.add_step_button, self.addStepRequested),
            (self.edit_step_button, self.editStepRequested),
            (self.done_step_button, self.doneStepRequested),
            (self.drop_step_button, self.dropStepRequested),
        ):
            button.clicked.connect(signal)
        self.steps.selectionModel().currentChanged.connect(self.currentStepChanged)
        model = self.steps.model()
        for change in (model.dataChanged, model.rowsInserted, model.rowsRemoved):
            change.connect(self.currentStepChanged)

    # what the controller shows and reads ----------------------------------------------
    def set_call(self, client: str, email: str, title: str, subtitle: str) -> None:
        self.client_button.setText(client.replace("&", "&&"))  # a name, not a mnemonic
        self.email.setText(email)
        self.title.setText(f"— {title}")
        self.subtitle.setText(subtitle)

    def subtitle_text(self) -> str:
        """The line under the title: scenario, when, how long, status."""
        return self.subtitle.text()

    def set_reactions(self, reactions: list[Reaction], elapsed_ms: int) -> None:
        self.strip.set_reactions(reactions)
        self.strip.set_elapsed(elapsed_ms)

    def set_coverage(self, summary: str, any_missed: bool) -> None:
        self.missed.expandAll()
        self.missed.setVisible(any_missed)
        self.coverage.setText(summary)

    def set_follow_up(self, follow_up: FollowUp) -> None:
        self.fields.set_values(vars(follow_up))

    def follow_up(self) -> FollowUp:
        return FollowUp(**self.fields.values())

    def set_check_in_day(self, day: date | None, earliest: date) -> None:
        """The check-in date; no date shows 'not set' (the minimum, `earliest`)."""
        edit = self.follow_up_date
        edit.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        shown = day or earliest
        edit.setDate(QDate(shown.year, shown.month, shown.day))

    def check_in_day(self) -> date | None:
        edit = self.follow_up_date
        return None if edit.date() == edit.minimumDate() else edit.date().toPython()

    def set_checked_in(self, checked: bool) -> None:
        """Show the check-in mark without that counting as the user's tick."""
        self.checked_in.blockSignals(True)
        self.checked_in.setChecked(checked)
        self.checked_in.blockSignals(False)

    def email_text(self) -> str:
        return self.email.text().strip()

    def set_letter_sent(self, sent: bool, tooltip: str, shown: bool = True) -> None:
        """Ticked when the letter went out; hidden for a call not over yet."""
        self.letter_sent.setChecked(sent)
        self.letter_sent.setToolTip(tooltip)
        self.letter_sent.setVisible(shown)

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def set_step_actions(
        self, editable: bool, can_mark_done: bool, can_drop: bool, dropped: bool
    ) -> None:
        self.edit_step_button.setEnabled(editable)
        self.done_step_button.setEnabled(can_mark_done)
        self.drop_step_button.setEnabled(can_drop)
        self.drop_step_button.setText(tr("Reopen") if dropped else tr("Drop"))

    def select_first_step(self) -> None:
        if self.steps.model().rowCount():
            self.steps.setCurrentIndex(self.steps.model().index(0, 0))

    def current_note_index(self) -> QModelIndex:
        return self.notes.currentIndex()

    def select_note(self, row: int) -> None:
        if row >= 0:
            self.notes.setCurrentIndex(self.notes.model().index(row, 0))

    def focus_notes(self) -> None:
        """The keyboard in the notes, on the first one."""
        if self.notes.model().rowCount() and not self.notes.currentIndex().isValid():
            self.select_note(0)
        self.notes.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_steps(self) -> None:
        self.steps.setFocus(Qt.FocusReason.OtherFocusReason)

    def call_header(self) -> tuple[str, str, str]:
        """(client, call, about the call) as the header reads them to the user."""
        client = self.client_button.text().replace("&&", "&")
        return client, self.title.text(), self.subtitle.text()

    def reactions(self) -> list[Reaction]:
        """The client's reactions the page shows, in order."""
        return self.strip.reactions()

    def coverage_text(self) -> str:
        """What the page says about the checklist's coverage."""
        return self.coverage.text()

    def check_in_text(self) -> str:
        """The check-in date as the user reads it ('not set' when none is chosen)."""
        return self.follow_up_date.text()

    def set_check_in(self, day: date | None) -> None:
        """Show `day` as the check-in date (None: not set) within the range the page
        allows; no edit signal: only the user's choice is an edit."""
        edit = self.follow_up_date
        shown = QDate(day.year, day.month, day.day) if day else edit.minimumDate()
        edit.blockSignals(True)
        edit.setDate(shown)
        edit.blockSignals(False)

    def set_email(self, email: str) -> None:
        """The client's email address shown as stored (no edit signal)."""
        self.email.setText(email)

    def status_text(self) -> str:
        """The status line: saved, checked in, or a word about the address."""
        return self.status.text()

    def step_actions(self) -> tuple[bool, bool, bool, bool]:
        """(edit, mark done, drop or reopen offered, the last reads Reopen) for the
        current next step, as set_step_actions set them."""
        return (
            self.edit_step_button.isEnabled(),
            self.done_step_button.isEnabled(),
            self.drop_step_button.isEnabled(),
            self.drop_step_button.text() == tr("Reopen"),
        )

    def select_step(self, row: int) -> None:
        """Make the next step at `row` the current one, as a click on it would."""
        self.steps.setCurrentIndex(self.steps.model().index(row, 0))

    def focus_client(self) -> None:
        """The keyboard on the client link."""
        self.client_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_email(self) -> None:
        """The cursor into the client's email address."""
        self.email.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_follow_up(self, name: str) -> None:
        """The cursor into the follow-up field `name` (a FOLLOW_UP_FIELDS name)."""
        self.fields.focus_field(name)

    def is_read_only(self) -> bool:
        """Whether the follow-up refuses typing."""
        return self.fields.read_only()

    def export_offered(self) -> bool:
        """Whether the page offers to export the letter."""
        return self.export_button.isVisible()

    def letter_mark(self) -> tuple[bool, bool, str]:
        """(shown, ticked, what its tooltip says) of the 'Letter sent' mark."""
        mark = self.letter_sent
        return mark.isVisibleTo(self), mark.isChecked(), mark.toolTip()

    def typing_widgets(self) -> list[QWidget]:
        return [*self.fields.editors.values(), self.follow_up_date]

    def _fit_email(self) -> None:
        """Wide enough for a usual work address whole (18 ems clipped it), in the font the
        style sheet gives the field, which is known only once it is shown."""
        metrics = self.email.fontMetrics()
        self.email.setMinimumWidth(metrics.horizontalAdvance(TYPICAL_EMAIL) + 24)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        self._fit_email()
        super().showEvent(event)

    # parts ---------------------------------------------------------------------------
    def _build_header(self) -> None:
        self.client_button = named(
            QPushButton(""),
            "detailClient",
            "Open the client's overview",
            tr("The client's overview"),
        )
        # drawn as a link by the style sheet (QPushButton#detailClient)
        self.client_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = QLabel("")
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.title.setAccessibleName("Call")
        self.subtitle = _hint()
        self.subtitle.setAccessibleName("About the call")
        self.email = email_line("detailClientEmail", "name@company.com")
        self._fit_email()
        self.email_label = QLabel(tr("E&mail"))
        self.email_label.setBuddy(self.email)
        self.header = QHBoxLayout()
        self.header.setSpacing(8)
        self.header.addWidget(self.client_button, 0, Qt.AlignmentFlag.AlignTop)
        self.header.addWidget(self.title, 1)
        email_box = QWidget()
        email_row = QHBoxLayout(email_box)
        email_row.setContentsMargins(8, 0, 0, 0)
        email_row.addWidget(self.email_label)
        email_row.addWidget(self.email)
        self.header.addWidget(email_box, 0, Qt.AlignmentFlag.AlignTop)

    def _build_record(self, notes: NotesModel, missed: QAbstractItemModel) -> QWidget:
        self.notes = named(
            QListView(),
            "detailNotes",
            "Notes",
            tr("Double-click or F2 edits a note; Delete removes it"),
        )
        self.notes.setModel(notes)
        self.notes.setWordWrap(True)
        self.notes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.strip = ReactionStrip()
        self.coverage = _hint()
        self.coverage.setAccessibleName("Checklist coverage")
        self.missed = named(QTreeView(), "detailMissed", "Checklist items not covered")
        self.missed.setModel(missed)
        self.missed.setHeaderHidden(True)
        self.missed.setRootIsDecorated(False)
        self.missed.setItemsExpandable(False)
        self.missed.setItemDelegate(WrappingDelegate(self.missed))
        self.missed.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.missed.setMinimumHeight(60)
        return _column(
            (_section(tr("Notes  ·  F2 edits, Delete removes")), 0),
            (self.notes, 2),
            (_section(tr("Client reactions")), 0),
            (self.strip, 0),
            (_section(tr("Checklist")), 0),
            (self.coverage, 0),
            (self.missed, 1),
        )

    def _build_follow_up(self, steps: NextStepsModel) -> QWidget:
        self.fields = TextFieldsForm(form_pairs(FOLLOW_UP_FIELDS), "detail", columns=2)
        self.fields.set_placeholders(prompts(FOLLOW_UP_FIELDS))
        for editor in self.fields.editors.values():
            editor.setMinimumHeight(EDITOR_MIN_HEIGHT)  # the page must fit under 720 px
        self.steps = steps_table(
            steps, "detailSteps", "Tick when done; double-click edits; Delete removes", 72
        )
        self.add_step_button = named(QPushButton(tr("Add…")), "detailAddStep", "Add a next step")
        self.edit_step_button = named(
            QPushButton(tr("Edit…")), "detailEditStep", "Edit the next step"
        )
        self.done_step_button = named(
            QPushButton(tr("Mark done…")), "detailStepDone", "Mark the next step done"
        )
        self.drop_step_button = named(
            QPushButton(tr("Drop")), "detailDropStep", "Drop the next step", tr("No longer needed")
        )
        self.step_buttons = [
            self.add_step_button,
            self.edit_step_button,
            self.done_step_button,
            self.drop_step_button,
        ]
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        for button in self.step_buttons:
            row.addWidget(button)
        return _column(
            (_section(tr("Follow-up for the client")), 0),
            (self.fields, 3),
            (_section(tr("Next steps  ·  tick when done, Delete removes")), 0),
            (self.steps, 1),
            (buttons, 0),
        )

    def _build_actions(self) -> QHBoxLayout:
        self.follow_up_date = named(
            QDateEdit(), "detailFollowUpDate", "Check in again on", tr("When to check in again")
        )
        self.follow_up_date.setCalendarPopup(True)
        self.follow_up_date.setDisplayFormat("ddd d MMM yyyy")
        self.follow_up_date.setSpecialValueText(tr("not set"))
        metrics = self.follow_up_date.fontMetrics()
        self.follow_up_date.setMinimumWidth(metrics.horizontalAdvance("Wed 28 Sep 2026") + 48)
        date_label = QLabel(tr("Check in again on"))
        date_label.setBuddy(self.follow_up_date)
        self.checked_in = named(
            QCheckBox(tr("Checked in")),
            "detailCheckedIn",
            "Checked in with the client",
            tr("Tick once you have checked in with the client"),
        )
        self.letter_sent = named(
            QCheckBox(tr("Letter sent")),
            "detailLetterSent",
            "Letter sent",
            tr("Tick once the follow-up letter went out to the client"),
        )
        self.letter_sent.clicked.connect(self.letterSentChanged)
        self.status = _hint(tr("Saved as you type."))
        self.status.setAccessibleName("Detail status")
        self.status.setWordWrap(False)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.export_button = named(
            QPushButton(tr("Export…")), "detailExport", "Export the follow-up letter"
        )
        self.back_button = named(QPushButton(tr("Back")), "detailBack", "Back")
        row = QHBoxLayout()
        row.setObjectName("detailActions")
        row.addWidget(date_label)
        row.addWidget(self.follow_up_date)
        row.addWidget(self.checked_in)
        row.addWidget(self.letter_sent)
        row.addSpacing(16)
        row.addWidget(self.status, 1)
        row.addWidget(self.export_button)
        row.addWidget(self.back_button)
        return row
