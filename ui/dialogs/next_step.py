"""Add or edit one next step: what, who owns it, and by when (or no date)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from domain.model import OWNER_CLIENT, OWNER_US
from domain.owners import canonical_owner
from ui.a11y import named
from ui.i18n import owner_text, tr

OWNER_CHOICES = (OWNER_US, OWNER_CLIENT)


class NextStepDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, title: str = "Add a next step") -> None:
        super().__init__(parent)
        self.setObjectName("nextStepDialog")
        self.setAccessibleName(title)
        self.setWindowTitle(title)
        self.what = named(QLineEdit(), "stepWhat", "What")
        self.what.setPlaceholderText(tr("What will be done, in a few words"))
        self.owner = named(
            QComboBox(), "stepOwner", "Owner", tr("Us, the client, or type a person's name")
        )
        self.owner.setEditable(True)
        for owner in OWNER_CHOICES:
            self.owner.addItem(owner_text(owner), owner)
        self.owner.lineEdit().setAccessibleName("Owner name")
        self.has_due = named(QCheckBox(tr("Due")), "stepHasDue", "Has a due date")
        self.due = named(QDateEdit(), "stepDue", "Due date")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("ddd d MMM yyyy")
        self.due.setDate(QDate.currentDate())
        self.due.setMinimumWidth(self.due.fontMetrics().horizontalAdvance("Wed 28 Sep 2026") + 48)
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("stepButtons")
        for button, name in (
            (self.buttons.button(QDialogButtonBox.StandardButton.Ok), "OK"),
            (self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "Cancel"),
        ):
            named(button, f"step{name}Button", name)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("&What"), self.what)
        form.addRow(tr("&Owner"), self.owner)
        when = QLabel(tr("By &when"))  # a row made from a layout gets a label with no buddy,
        when.setBuddy(self.has_due)  # which would show the '&' as it is
        form.addRow(when, due_row)
        form.addRow(self.buttons)
        self.what.textChanged.connect(self._update_ok)
        self._update_ok()
        self.setMinimumWidth(380)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.what.text().strip()))

    def set_values(self, what: str, owner: str, due_on: date | None) -> None:
        self.what.setText(what)
        index = self.owner.findData(canonical_owner(owner))
        if index >= 0:
            self.owner.setCurrentIndex(index)
        else:
            self.owner.setEditText(owner)
        self.has_due.setChecked(due_on is not None)
        if due_on is not None:
            self.due.setDate(QDate(due_on.year, due_on.month, due_on.day))

    def values(self) -> tuple[str, str, date | None]:
        """(what, owner, due): owner is 'us' or 'client' (typed in any case) or the typed name."""
        owner = canonical_owner(self.owner.currentText()) or OWNER_US
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        return self.what.text().strip(), owner, due
