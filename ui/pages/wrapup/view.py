"""The wrap-up page: what the checklist missed, and the follow-up fields for the letter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from domain.fields import FOLLOW_UP_FIELDS, form_pairs, prompts
from domain.languages import LetterLanguage
from domain.model import FollowUp
from ui.a11y import named
from ui.i18n import tr
from ui.widgets.text_form import TextFieldsForm
from ui.widgets.wrapping_delegate import WrappingDelegate


class WrapUpView(QWidget):
    edited = Signal()  # a follow-up field or the check-in date changed by the user
    homeRequested = Signal()  # noqa: N815 (Qt signal naming)
    editRequested = Signal()  # noqa: N815
    exportMenuRequested = Signal(object)  # noqa: N815 where the Export menu drops (QPoint)
    titleEdited = Signal()  # noqa: N815 the call's title typed
    subjectEdited = Signal()  # noqa: N815 the letter's subject typed
    languageChosen = Signal()  # noqa: N815 the letter's language chosen
    letterSentToggled = Signal(bool)  # noqa: N815 marked sent (True) or not sent (False)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wrapupPage")
        self.title = QLabel("")
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)  # a long client or subject wraps, never widens the window
        self.subtitle = QLabel("")
        self.subtitle.setObjectName("hintText")
        self.coverage = QLabel("")
        self.coverage.setObjectName("hintText")
        self.coverage.setWordWrap(True)
        self.missed = named(QTreeView(), "missedList", "Checklist items not covered")
        self.missed.setHeaderHidden(True)
        self.missed.setItemDelegate(WrappingDelegate(self.missed))
        self.missed.setRootIsDecorated(False)
        self.missed.setItemsExpandable(False)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.setSpacing(6)
        missed_label = QLabel(tr("Not covered in the call"))
        missed_label.setObjectName("sectionLabel")
        left_box.addWidget(missed_label)
        left_box.addWidget(self.coverage)
        left_box.addWidget(self.missed, 1)

        self.title_field = named(
            QLineEdit(), "wrapupTitleField", "Call title", tr("The call's name in Candor's lists")
        )
        self.subject_field = named(
            QLineEdit(),
            "letterSubjectField",
            "Letter subject",
            tr("The subject line the client reads; empty: made from the title"),
        )
        self.language_combo = named(
            QComboBox(), "letterLanguageCombo", "Letter language", tr("The letter's language")
        )
        for language in LetterLanguage:
            self.language_combo.addItem(language.label, language.value)
        self.recipient = QLabel("")
        self.recipient.setObjectName("hintText")
        self.recipient.setAccessibleName("Letter recipient")
        self.recipient.setWordWrap(True)
        self.recipient.setTextFormat(Qt.TextFormat.PlainText)
        letter_row = QHBoxLayout()
        letter_row.setSpacing(8)
        letter_row.addWidget(_buddy(tr("&Title"), self.title_field))
        letter_row.addWidget(self.title_field, 2)
        letter_row.addWidget(_buddy(tr("Letter s&ubject"), self.subject_field))
        letter_row.addWidget(self.subject_field, 3)
        letter_row.addWidget(_buddy(tr("&Language"), self.language_combo))
        letter_row.addWidget(self.language_combo)
        self.fields = TextFieldsForm(form_pairs(FOLLOW_UP_FIELDS), "followup", columns=2)
        self.fields.set_placeholders(prompts(FOLLOW_UP_FIELDS))
        self.follow_up_date = named(
            QDateEdit(),
            "followUpDate",
            "Follow-up date",
            tr("When to check in with the client again"),
        )
        self.follow_up_date.setCalendarPopup(True)
        self.follow_up_date.setDisplayFormat("ddd d MMM yyyy")
        self.follow_up_date.setMinimumDate(QDate(2000, 1, 1))
        metrics = self.follow_up_date.fontMetrics()
        self.follow_up_date.setMinimumWidth(metrics.horizontalAdvance("Wed 28 Sep 2026") + 48)
        date_label = QLabel(tr("Check in again on"))
        date_label.setBuddy(self.follow_up_date)
        self.status = QLabel(tr("Saved as you type."))
        self.status.setObjectName("hintText")
        self.status.setAccessibleName("Wrap-up status")
        self.status.setWordWrap(True)  # a long status (German) wraps, never widens the window
        self.home_button = named(
            QPushButton(tr("Back to recent calls")), "wrapupHomeButton", "Back to recent calls"
        )
        self.edit_button = named(
            QPushButton(tr("Edit follow-up")), "wrapupEditButton", "Edit the follow-up"
        )
        # The Export button drops the menu bar's Export menu (a QMenu of the page's own
        # makes PySide crash when the window is garbage-collected).
        self.export_button = named(
            QPushButton(tr("Export ▾")),
            "wrapupExportButton",
            "Export the follow-up",
            tr("The client letter (Ctrl+E), the internal record, an email, reminders"),
        )
        self.export_button.setProperty("primary", True)
        self.sent_button = named(
            QPushButton(tr("Mark letter sent")),
            "letterSentButton",
            "Letter sent",
            tr("Record that the follow-up letter went out to the client"),
        )
        self.sent_button.setCheckable(True)
        self.actions_row = QHBoxLayout()
        self.actions_row.setObjectName("wrapupActions")
        self.actions_row.addWidget(date_label)
        self.actions_row.addWidget(self.follow_up_date)
        self.actions_row.addSpacing(16)
        self.actions_row.addWidget(self.status, 1)
        self.actions_row.addWidget(self.edit_button)
        self.actions_row.addWidget(self.export_button)
        self.actions_row.addWidget(self.home_button)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.setSpacing(8)
        follow_label = QLabel(tr("Follow-up for the client"))
        follow_label.setObjectName("sectionLabel")
        right_box.addWidget(follow_label)
        right_box.addLayout(letter_row)
        recipient_row = QHBoxLayout()
        recipient_row.addWidget(self.recipient, 1)
        recipient_row.addWidget(self.sent_button)
        right_box.addLayout(recipient_row)
        right_box.addWidget(self.fields, 1)
        right_box.addLayout(self.actions_row)

        # Side panels share the left column as tabs (the tone review adds one).
        self.side_tabs = named(QTabWidget(), "wrapupSideTabs", "Checklist and tone review")
        self.side_tabs.setDocumentMode(True)
        named(self.side_tabs.tabBar(), "wrapupSideTabBar", "Checklist or tone review")
        self.side_tabs.addTab(left, tr("Checklist"))
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.side_tabs)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(splitter, 1)
        order = [
            self.title_field,
            self.subject_field,
            self.language_combo,
            *self.fields.editors.values(),
            self.follow_up_date,
            self.edit_button,
            self.export_button,
            self.sent_button,
            self.home_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
        self.home_button.clicked.connect(self.homeRequested)
        self.edit_button.clicked.connect(self.editRequested)
        self.export_button.clicked.connect(self._export_clicked)
        self.fields.edited.connect(self.edited)
        self.follow_up_date.dateChanged.connect(self.edited)
        self.title_field.textEdited.connect(self.titleEdited)
        self.subject_field.textEdited.connect(self.subjectEdited)
        self.language_combo.activated.connect(self.languageChosen)
        self.sent_button.clicked.connect(self.letterSentToggled)

    # what the controller shows and reads ------------------------------------------
    def set_heading(self, title: str, subtitle: str) -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)

    def set_missed(self, model: QStandardItemModel, summary: str) -> None:
        """The checklist items not covered (a tree by section) and a line about them."""
        if self.missed.model() is not model:
            self.missed.setModel(model)
        self.missed.expandAll()
        self.coverage.setText(summary)

    def set_follow_up(self, follow_up: FollowUp, check_in: date) -> None:
        """Fill the fields and the date without that counting as an edit."""
        self.blockSignals(True)
        try:
            self.fields.set_values(vars(follow_up))
            self.follow_up_date.setDate(QDate(check_in.year, check_in.month, check_in.day))
        finally:
            self.blockSignals(False)

    def follow_up(self) -> FollowUp:
        return FollowUp(**self.fields.values())

    def check_in_day(self) -> date:
        return self.follow_up_date.date().toPython()

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def set_letter(self, title: str, subject: str, default_subject: str, language: str) -> None:
        """The call's title, the letter's subject (its default shown greyed when empty)
        and language, shown as stored (no edit signals)."""
        self.title_field.setText(title)
        self.subject_field.setText(subject)
        self.title_field.setCursorPosition(0)  # the start of a long title, not its end
        self.subject_field.setCursorPosition(0)
        self.subject_field.setPlaceholderText(default_subject)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))

    def set_default_subject(self, subject: str) -> None:
        """The subject the letter gets while the field is empty (its language's)."""
        self.subject_field.setPlaceholderText(subject)

    def set_call_title(self, title: str) -> None:
        """The call's title as renamed elsewhere (no edit signal)."""
        if self.title_field.text() != title:
            self.title_field.setText(title)
            self.title_field.setCursorPosition(0)

    def title_text(self) -> str:
        return self.title_field.text()

    def subject_text(self) -> str:
        return self.subject_field.text()

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def set_recipient(self, text: str) -> None:
        self.recipient.setText(text)

    def set_letter_sent(self, sent_text: str | None) -> None:
        """'Letter sent today 14:05' when it went out (the button then undoes it)."""
        self.sent_button.setChecked(sent_text is not None)
        self.sent_button.setText(sent_text or tr("Mark letter sent"))

    def mark_sent_focused(self) -> bool:
        """Whether 'Mark letter sent' has the keyboard (Space marks the letter sent)."""
        return self.sent_button.hasFocus()

    def offer_mark_sent(self) -> None:
        """The email draft is open: 'Mark letter sent' is the next thing to do (Space)."""
        self.sent_button.setFocus()
        self.status.setText(tr("Sent it? Press Space to mark the letter sent."))

    def set_from_prep(self, names: set[str]) -> None:
        """Mark the follow-up fields whose text is still the prep's, word for word."""
        self.fields.set_notes({name: tr("from your prep") for name in names})

    def focus_first_field(self) -> None:
        self.fields.first_editor().setFocus()

    def coverage_text(self) -> str:
        """What the page says about the checklist's coverage."""
        return self.coverage.text()

    def follow_up_labels(self) -> dict[str, str]:
        """Each follow-up field's label as the user reads it ('· from your prep' while
        its text is still the prep's), by field name."""
        return self.fields.label_texts()

    def focus_follow_up(self, name: str) -> None:
        """The cursor into the follow-up field `name` (a FOLLOW_UP_FIELDS name)."""
        self.fields.focus_field(name)

    def focus_title(self) -> None:
        """The cursor into the call's title."""
        self.title_field.setFocus()

    def focus_subject(self) -> None:
        """The cursor into the letter's subject."""
        self.subject_field.setFocus()

    def set_check_in(self, day: date) -> None:
        """Show `day` as the check-in date (no edit signal: only the user's choice is)."""
        self.follow_up_date.blockSignals(True)
        self.follow_up_date.setDate(QDate(day.year, day.month, day.day))
        self.follow_up_date.blockSignals(False)

    def set_language(self, code: str) -> None:
        """Show the letter language `code` as chosen (no signal: languageChosen is the
        user's choice)."""
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(code)))

    def default_subject(self) -> str:
        """The subject the letter gets while the user types none (shown greyed)."""
        return self.subject_field.placeholderText()

    def recipient_text(self) -> str:
        """Whom the letter goes to, as the page says it ('To: Dana Kim <dana@…>')."""
        return self.recipient.text()

    def status_text(self) -> str:
        """The status line: saved, or read-only."""
        return self.status.text()

    def is_read_only(self) -> bool:
        """Whether the follow-up refuses typing (an ended call opened to read)."""
        return self.fields.read_only()

    def offered_actions(self) -> list[str]:
        """The actions the page offers, as their buttons read (hidden ones left out)."""
        buttons = (self.edit_button, self.export_button, self.sent_button, self.home_button)
        return [button.text() for button in buttons if button.isVisibleTo(self)]

    def letter_mark(self) -> tuple[bool, str]:
        """(ticked, what it reads) of the letter-sent button."""
        return self.sent_button.isChecked(), self.sent_button.text()

    def typing_widgets(self) -> list[QWidget]:
        """Where the user types: leaving them saves at once."""
        return [*self.fields.editors.values(), self.follow_up_date]

    def letter_widgets(self) -> list[QWidget]:
        """The title and subject: leaving them saves at once."""
        return [self.title_field, self.subject_field]

    def _export_clicked(self) -> None:
        button = self.export_button
        self.exportMenuRequested.emit(button.mapToGlobal(QPoint(0, button.height())))

    def show_side_panel(self, index: int) -> None:
        """Bring the side tab `index` (add_side_panel's answer) to the front."""
        self.side_tabs.setCurrentIndex(index)

    def request_export_menu(self) -> None:
        """What the Export button does: the Export menu drops below it."""
        self._export_clicked()

    def add_side_panel(self, panel: QWidget, title: str) -> int:
        """Another tab beside the missed checklist items; returns its index."""
        return self.side_tabs.addTab(panel, title)

    def set_read_only(self, read_only: bool) -> None:
        self.fields.set_read_only(read_only)
        self.title_field.setReadOnly(read_only)
        self.subject_field.setReadOnly(read_only)
        self.language_combo.setEnabled(not read_only)
        self.follow_up_date.setReadOnly(read_only)
        self.edit_button.setVisible(read_only)
        self.status.setText(
            tr("Read-only view of an ended call.") if read_only else tr("Saved as you type.")
        )


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label
