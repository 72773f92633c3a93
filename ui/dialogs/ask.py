"""A yes-or-no question in a message box: the one way Candor asks (tests patch
QMessageBox.question to answer it)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def ask_yes_no(parent: QWidget | None, title: str, text: str, default_yes: bool) -> bool:
    """True when the user answers Yes; `default_yes` picks what Return answers."""
    return QMessageBox.question(parent, title, text, YES | NO, YES if default_yes else NO) == YES
