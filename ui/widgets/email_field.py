"""The client's email address: one line, checked lightly, never refused.

The address only fills the To: of the "Copy as email" draft, so anything typed is kept;
a text that does not look like an address gets a gentle hint, nothing more. Several
addresses may be given, separated by commas (a mailto: link takes them so).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QLineEdit

from ui.a11y import named
from ui.i18n import tr

_ADDRESS = re.compile(r"[^@\s,;<>()]+@[^@\s,;<>()]+\.[^@\s,;<>().]{2,}")
HINT = QT_TR_NOOP(
    "That does not look like an email address (name@company.com). It is kept as typed."
)
SHORT_HINT = QT_TR_NOOP("That does not look like an email address; kept as typed.")
PLACEHOLDER = "name@company.com (optional: the To: of the emailed letter)"


def looks_like_email(text: str) -> bool:
    """True for 'ana@acme.com' and 'ana@acme.com, bo@acme.com'; an empty field is fine too."""
    parts = [p.strip() for p in text.split(",")]
    if not text.strip():
        return True
    return all(_ADDRESS.fullmatch(p) for p in parts)


def email_line(object_name: str, placeholder: str = PLACEHOLDER) -> QLineEdit:
    line = named(QLineEdit(), object_name, "Client email", tr("Where the emailed letter goes"))
    line.setPlaceholderText(placeholder)
    line.setMaxLength(320)
    return line
