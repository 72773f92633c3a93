"""The prepare form: client, subject, the client's email, the contact person, scenario and
letter language, then the six prep fields."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.fields import PREP_FIELDS, form_pairs, prompts
from domain.languages import LetterLanguage
from domain.playbooks import Playbook
from ui.a11y import named
from ui.i18n import tr
from ui.widgets.email_field import HINT, email_line
from ui.widgets.text_form import TextFieldsForm


class PrepareView(QWidget):
    """The prepare form. What the user does comes out as signals; what the controller
    shows goes in through setters."""

    clientTyped = Signal()  # noqa: N815 (Qt signal naming) the client name changed
    clientLeft = Signal()  # noqa: N815 the client field was left (not for its completer)
    subjectTyped = Signal()  # noqa: N815
    emailTyped = Signal()  # noqa: N815 typed by the user (not set_email)
    emailFinished = Signal()  # noqa: N815
    scenarioChanged = Signal()  # noqa: N815
    contactTyped = Signal()  # noqa: N815 the contact's name, greeting or email typed
    contactLeft = Signal()  # noqa: N815 the contact's name field was left
    languageChanged = Signal()  # noqa: N815 the letter language chosen by the user
    prepEdited = Signal()  # noqa: N815
    startRequested = Signal()  # noqa: N815
    editPlaybooksRequested = Signal()  # noqa: N815 the playbooks page, for the chosen scenario

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preparePage")
        title = QLabel(tr("Prepare the call"))
        title.setObjectName("pageTitle")
        self.client_field = named(QLineEdit(), "clientField", "Client")
        self.client_field.setPlaceholderText(tr("Client or company name"))
        self.completer = QCompleter([], self.client_field)
        self.completer.setCaseSensitivity(self.completer.caseSensitivity().CaseInsensitive)
        self.client_field.setCompleter(self.completer)
        self.subject_field = named(QLineEdit(), "subjectField", "Subject")
        self.subject_field.setPlaceholderText(tr("What the bad news is about, in a few words"))
        self.email_field = email_line("clientEmailField")
        self.email_hint = QLabel(tr(HINT))
        self.email_hint.setObjectName("hintText")
        self.email_hint.setAccessibleName("Client email hint")
        self.email_hint.setWordWrap(True)
        self.email_hint.hide()
        self.contact_field = named(
            QLineEdit(),
            "contactField",
            "Contact",
            tr("Who you will speak to; the letter greets them"),
        )
        self.contact_field.setPlaceholderText(tr("Who you will speak to"))
        self.contact_completer = QCompleter([], self.contact_field)
        self.contact_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.contact_field.setCompleter(self.contact_completer)
        self.greeting_field = named(
            QLineEdit(), "greetingField", "Greeting", tr("How the letter greets them after 'Dear'")
        )
        self.greeting_field.setPlaceholderText(tr("Dear … (Dana, Ms Kim)"))
        self.contact_email_field = email_line(
            "contactEmailField", "dana@company.com (the letter goes here)"
        )
        self.contact_email_field.setAccessibleName("Contact email")
        self.language_combo = named(
            QComboBox(), "languageCombo", "Letter language", tr("The language of the client letter")
        )
        for language in LetterLanguage:
            self.language_combo.addItem(language.label, language.value)
        self.scenario_combo = named(QComboBox(), "scenarioCombo", "Scenario")
        self._kept_scenario = ""  # a call's scenario whose playbook is gone (set_scenario)
        self.summary = QLabel("")
        self.summary.setObjectName("hintText")
        self.summary.setWordWrap(True)
        self.scenario_combo.setMinimumContentsLength(22)
        self.playbooks_button = named(
            QPushButton(tr("Edit &playbooks…")),
            "editPlaybooksButton",
            "Edit playbooks",
            tr("Change the scenarios' checklists and wording, or make a scenario of your own"),
        )
        # Alt+P reaches it; Tab keeps the form's flow from the scenario to the language.
        self.playbooks_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        header = QFormLayout()
        header.setHorizontalSpacing(12)
        header.setVerticalSpacing(8)
        header.addRow(_buddy(tr("C&lient"), self.client_field), self.client_field)
        header.addRow(_buddy(tr("&Subject"), self.subject_field), self.subject_field)
        email = QVBoxLayout()
        email.setSpacing(2)
        email.addWidget(self.email_field)
        email.addWidget(self.email_hint)
        header.addRow(_buddy(tr("Client e&mail"), self.email_field), email)
        contact_row = QHBoxLayout()
        contact_row.setSpacing(8)
        contact_row.addWidget(self.contact_field, 3)
        contact_row.addWidget(_buddy(tr("&Greeting"), self.greeting_field))
        contact_row.addWidget(self.greeting_field, 2)
        contact_row.addWidget(_buddy(tr("Em&ail"), self.contact_email_field))
        contact_row.addWidget(self.contact_email_field, 3)
        header.addRow(_buddy(tr("C&ontact"), self.contact_field), contact_row)
        scenario_row = QHBoxLayout()
        scenario_row.setSpacing(12)
        scenario_row.addWidget(self.scenario_combo)
        scenario_row.addWidget(self.playbooks_button)
        scenario_row.addWidget(self.summary, 1)
        scenario_row.addWidget(_buddy(tr("Letter &in"), self.language_combo))
        scenario_row.addWidget(self.language_combo)
        header.addRow(_buddy(tr("Sc&enario"), self.scenario_combo), scenario_row)
        self.fields = TextFieldsForm(form_pairs(PREP_FIELDS), "prep", columns=2)
        self.fields.set_placeholders(prompts(PREP_FIELDS))
        self.start_button = named(
            QPushButton(tr("Start the call  (Ctrl+Return)")), "startCallButton", "Start the call"
        )
        self.start_button.setProperty("primary", True)
        self.status = QLabel(tr("Saved as you type."))
        self.status.setObjectName("hintText")
        self.status.setAccessibleName("Prepare status")
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addLayout(header)
        layout.addWidget(self.fields, 1)
        layout.addLayout(footer)
        order = [
            self.client_field,
            self.subject_field,
            self.email_field,
            self.contact_field,
            self.greeting_field,
            self.contact_email_field,
            self.scenario_combo,
            self.language_combo,
            *self.fields.editors.values(),
            self.start_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
        self.client_field.textChanged.connect(self.clientTyped)
        self.client_field.editingFinished.connect(self.clientLeft)
        self.client_field.installEventFilter(self)
        self.subject_field.textChanged.connect(self.subjectTyped)
        self.email_field.textEdited.connect(self.emailTyped)
        self.email_field.editingFinished.connect(self.emailFinished)
        self.scenario_combo.currentIndexChanged.connect(self.scenarioChanged)
        self.contact_field.textEdited.connect(self.contactTyped)
        self.contact_field.editingFinished.connect(self.contactLeft)
        self.contact_field.installEventFilter(self)  # Tab with the list open, as the client
        self.greeting_field.textEdited.connect(self.contactTyped)
        self.contact_email_field.textEdited.connect(self.contactTyped)
        self.language_combo.activated.connect(self.languageChanged)
        self.fields.edited.connect(self.prepEdited)
        self.start_button.clicked.connect(self.startRequested)
        self.playbooks_button.clicked.connect(self.editPlaybooksRequested)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """The client field left, not for the completer's list opening (half a name).
        Tab with the completer's list open sends no editingFinished, so focus loss is
        watched too."""
        if (
            event.type() == QEvent.Type.FocusOut
            and isinstance(event, QFocusEvent)
            and event.reason() != Qt.FocusReason.PopupFocusReason
        ):
            if watched is self.client_field:
                self.clientLeft.emit()
            elif watched is self.contact_field:
                self.contactLeft.emit()
        return False

    def release(self) -> None:
        self.client_field.removeEventFilter(self)
        self.contact_field.removeEventFilter(self)

    # what the controller reads and shows ----------------------------------------------
    def client_text(self) -> str:
        return self.client_field.text()

    def subject_text(self) -> str:
        return self.subject_field.text()

    def email_text(self) -> str:
        return self.email_field.text()

    def prep_values(self) -> dict[str, str]:
        return self.fields.values()

    def set_prep(self, values: dict[str, str]) -> None:
        self.fields.set_values(values)

    def set_client_names(self, names: list[str]) -> None:
        """What the client field completes from."""
        self.completer.model().setStringList(names)

    def show_email_hint(self, shown: bool) -> None:
        self.email_hint.setVisible(shown)

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def focus_client(self) -> None:
        self.client_field.setFocus()

    def focus_subject(self) -> None:
        self.subject_field.setFocus()

    def focus_email(self) -> None:
        """The cursor into the client's email address."""
        self.email_field.setFocus()

    def focus_contact(self) -> None:
        """The cursor into the contact person's name."""
        self.contact_field.setFocus()

    def focus_prep(self, name: str) -> None:
        """The cursor into the prep field `name` (a domain.fields.PREP_FIELDS name)."""
        self.fields.focus_field(name)

    def prep_prompts(self) -> dict[str, str]:
        """What each empty prep field asks the user to write (the scenario's prompts)."""
        return self.fields.placeholders()

    def status_text(self) -> str:
        """The line beside Start: saved, or what is missing before the call can start."""
        return self.status.text()

    def email_hint_shown(self) -> bool:
        """Whether the hint under the client's email (it does not look like an address)
        is showing."""
        return self.email_hint.isVisible()

    def client_names(self) -> list[str]:
        """The known clients the client field offers as the user types."""
        return self.completer.model().stringList()

    def client_list_open(self) -> bool:
        """Whether the list of matching known clients is open under the client field."""
        return self.completer.popup().isVisible()

    def contact_names(self) -> list[str]:
        """The client's contacts the contact field offers as the user types."""
        return self.contact_completer.model().stringList()

    def scenario_names(self) -> list[str]:
        """The scenarios the user can choose from, in the order offered."""
        return [self.scenario_combo.itemText(i) for i in range(self.scenario_combo.count())]

    def contact(self) -> tuple[str, str, str]:
        """(name, greeting, email) as typed."""
        return (
            self.contact_field.text(),
            self.greeting_field.text(),
            self.contact_email_field.text(),
        )

    def set_contact(self, name: str, greeting: str, email: str) -> None:
        """Shown as stored or completed (no edit signal: only typing is an edit)."""
        fields = (self.contact_field, self.greeting_field, self.contact_email_field)
        for field, text in zip(fields, (name, greeting, email), strict=True):
            field.setText(text)

    def set_contact_names(self, names: list[str]) -> None:
        """What the contact field completes from: the client's contacts."""
        self.contact_completer.model().setStringList(names)

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def set_language(self, code: str) -> None:
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(code)))

    def watched(self, part: str) -> list[QWidget]:
        """The widgets whose focus loss saves `part` ('subject', 'email', 'contact' or
        'prep')."""
        return {
            "subject": [self.subject_field],
            "email": [self.email_field],
            "contact": [self.contact_field, self.greeting_field, self.contact_email_field],
            "prep": list(self.fields.editors.values()),
        }[part]

    def set_playbooks(self, playbooks: list[Playbook]) -> None:
        """The scenarios to choose from; the chosen one stays chosen if it is still there
        (or was kept for its call by set_scenario)."""
        chosen = self.scenario_combo.currentData()
        chosen_text = self.scenario_combo.currentText()
        self.scenario_combo.blockSignals(True)
        self.scenario_combo.clear()
        for playbook in playbooks:
            self.scenario_combo.addItem(tr(playbook.name), playbook.id)
        if any(p.id == self._kept_scenario for p in playbooks):
            self._kept_scenario = ""  # its playbook is back: an item like any other
        if chosen and chosen == self._kept_scenario:
            self.scenario_combo.addItem(chosen_text, chosen)
        if chosen is not None:
            self.scenario_combo.setCurrentIndex(max(0, self.scenario_combo.findData(chosen)))
        self.scenario_combo.blockSignals(False)

    def scenario(self) -> str:
        return str(self.scenario_combo.currentData())

    def set_scenario(self, scenario: str, gone_label: str = "") -> None:
        """Choose `scenario`. One not in the list (a call's scenario whose playbook was
        deleted or is refused) is added under `gone_label` when given, so the call keeps
        it rather than become generic unseen; without a label the first is chosen."""
        combo = self.scenario_combo
        combo.blockSignals(True)
        kept, self._kept_scenario = self._kept_scenario, ""
        if kept and kept != scenario and combo.findData(kept) >= 0:  # the last call's
            combo.removeItem(combo.findData(kept))
        index = combo.findData(scenario)
        if index >= 0 and kept == scenario:
            self._kept_scenario = scenario
        elif index < 0 and gone_label:
            combo.addItem(gone_label, scenario)
            index = combo.count() - 1
            self._kept_scenario = scenario
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def show_playbook(self, playbook: Playbook) -> None:
        self.summary.setText(tr(playbook.summary))
        self.fields.set_placeholders(playbook.prep_prompts)

    def set_header(self, client: str, subject: str) -> None:
        for field, text in ((self.client_field, client), (self.subject_field, subject)):
            field.blockSignals(True)
            field.setText(text)
            field.blockSignals(False)

    def set_email(self, email: str) -> None:
        """Shown as stored (no edit signal: textEdited is only the user's typing)."""
        self.email_field.setText(email)
        self.email_hint.hide()


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label
