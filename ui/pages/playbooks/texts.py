"""The playbook's texts besides its checklist, one tab each: the prep prompts, the
jargon words, and the letter hints in each letter language (a language's empty hint
shows the English one as its placeholder: that is what the letter uses)."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from domain.fields import FOLLOW_UP_FIELDS, PREP_FIELDS
from domain.languages import LetterLanguage
from domain.model import FollowUp
from domain.playbooks import Playbook
from ui.a11y import named
from ui.i18n import tr
from ui.widgets.common import muted_label

LETTER_KEYS = ("subject", *FollowUp.field_names(), "closing", "greeting")
_LETTER_LABELS = {
    "subject": QT_TR_NOOP("Subject"),
    "closing": QT_TR_NOOP("Closing"),
    "greeting": QT_TR_NOOP("Greeting without a contact"),
    **{f.name: f.form for f in FOLLOW_UP_FIELDS},
}


def problem_label(name: str) -> QLabel:
    """Where a field's problem shows, hidden until there is one."""
    label = QLabel("")
    label.setObjectName(name)
    label.setProperty("problem", True)  # coloured by the style sheet (QLabel[problem="true"])
    label.setWordWrap(True)
    label.hide()
    return label


class PlaybookTexts(QObject):
    promptEdited = Signal(str, str)  # noqa: N815 (Qt signal naming) prep field, text
    jargonEdited = Signal(str)  # noqa: N815
    letterHintEdited = Signal(str, str, str)  # noqa: N815 language, key, text

    def __init__(self) -> None:
        super().__init__()
        self._playbook: Playbook | None = None
        self._filling = False
        self.prompt_fields: dict[str, QLineEdit] = {}
        self.prompts_tab = QWidget()
        prompts = QFormLayout(self.prompts_tab)
        for spec in PREP_FIELDS:
            field = named(QLineEdit(), f"prompt_{spec.name}", f"Prep prompt: {spec.form}")
            field.textEdited.connect(lambda text, n=spec.name: self.promptEdited.emit(n, text))
            self.prompt_fields[spec.name] = field
            prompts.addRow(tr(spec.form), field)
        self.prompt_problem = problem_label("promptProblem")
        prompts.addRow("", self.prompt_problem)

        self.jargon_field = named(QPlainTextEdit(), "jargonField", "Jargon words")
        self.jargon_problem = problem_label("jargonProblem")
        self.jargon_tab = QWidget()
        jargon = QVBoxLayout(self.jargon_tab)
        jargon.addWidget(
            muted_label(
                QT_TR_NOOP(
                    "One word or phrase a line: the tone review flags them in this scenario's "
                    "letters."
                ),
                "jargonHelp",
            )
        )
        jargon.addWidget(self.jargon_field, 1)
        jargon.addWidget(self.jargon_problem)

        self.language_combo = named(QComboBox(), "hintLanguageCombo", "Letter language")
        for language in LetterLanguage:
            self.language_combo.addItem(language.label, language.value)
        self.hint_fields: dict[str, QLineEdit] = {}
        self.letter_tab = QWidget()
        letter = QFormLayout(self.letter_tab)
        buddy = QLabel(tr("&Language"))
        buddy.setBuddy(self.language_combo)
        letter.addRow(buddy, self.language_combo)
        for key in LETTER_KEYS:
            field = named(QLineEdit(), f"hint_{key}", f"Letter hint: {key}")
            field.textEdited.connect(
                lambda text, k=key: self.letterHintEdited.emit(self.language(), k, text)
            )
            self.hint_fields[key] = field
            letter.addRow(tr(_LETTER_LABELS[key]), field)
        self.letter_problem = problem_label("letterProblem")
        letter.addRow("", self.letter_problem)
        self.jargon_field.textChanged.connect(self._jargon_changed)
        self.language_combo.currentIndexChanged.connect(self._fill_hints)

    def show_playbook(self, playbook: Playbook) -> None:
        """Fields being typed in keep their cursor: only a text that differs is set."""
        self._playbook = playbook
        self._filling = True
        for name, field in self.prompt_fields.items():
            text = playbook.prep_prompts.get(name, "")
            if field.text() != text:
                field.setText(text)
                field.setCursorPosition(0)  # its start shows, not its end
        typed = [w.strip() for w in self.jargon_field.toPlainText().splitlines() if w.strip()]
        if typed != list(playbook.jargon):
            self.jargon_field.setPlainText("\n".join(playbook.jargon))
        self._filling = False
        self._fill_hints()

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def _jargon_changed(self) -> None:
        if not self._filling:
            self.jargonEdited.emit(self.jargon_field.toPlainText())

    def _fill_hints(self) -> None:
        if self._playbook is None:
            return
        language = self.language()
        english = self._playbook.letter_hints
        hints = (
            english
            if language == LetterLanguage.ENGLISH.value
            else self._playbook.translations.get(language, {})
        )
        for key, field in self.hint_fields.items():
            text = hints.get(key, "")
            if field.text() != text:
                field.setText(text)
                field.setCursorPosition(0)  # its start shows, not its end
            field.setPlaceholderText(english.get(key, "") if language != "en" else "")
