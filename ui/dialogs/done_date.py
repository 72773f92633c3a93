"""The small dialog that asks when a commitment was done (default today)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from domain.model import utc_now
from ui.i18n import tr
from ui.widgets.common import named


class DoneDateDialog(QDialog):
    """'When was it done?' with a date no later than today."""

    def __init__(self, what: str, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("doneDateDialog")
        self.setAccessibleName("Mark done")
        self.setWindowTitle(tr("Mark done"))
        self.setMinimumWidth(380)
        heading = QLabel(what)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        self.date_edit = named(QDateEdit(), "doneDate", "Date done")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        named(ok, "doneDateOk", "Mark done").setText(tr("Mark done"))
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), "doneDateCancel", "Cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("Done on"), self.date_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.date_edit.setFocus()

    def chosen(self) -> date:
        day = self.date_edit.date()
        return date(day.year(), day.month(), day.day())


def ask_done_date(parent: QWidget | None, what: str, today: date) -> date | None:
    """The date the user says it was done, or None if they cancel. Tests replace this."""
    dialog = DoneDateDialog(what, today, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


def done_moment(day: date, today: date) -> datetime:
    """When a step done on `day` is recorded: now if today, else local noon of that day."""
    if day >= today:
        return utc_now()
    return datetime.combine(day, time(12)).astimezone().astimezone(UTC)
