"""Small shared pieces of the review screens: naming widgets, labels, dates as text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ui.a11y import named
from ui.i18n import day_text, tr, when_text

__all__ = ["day_text", "named", "tr", "when_text"]  # re-exported for the review modules


def page_title(text: str) -> QLabel:
    """A page's heading (styled by the app style sheet as pageTitle)."""
    label = QLabel(text)
    label.setObjectName("pageTitle")
    return label


def section_label(text: str) -> QLabel:
    """A section heading inside a page (styled as sectionLabel)."""
    label = QLabel(text)
    label.setObjectName("sectionLabel")
    return label


def plural(count: int, text: str) -> str:
    """`text` ("%n commitment(s)", marked for lupdate where it is written) for `count`:
    '1 commitment', '3 commitments', in the interface language."""
    return tr(text, None, count)


def muted_label(text: str, object_name: str, wrap: bool = True) -> QLabel:
    """Secondary text: the hint lines and empty states (`text` is translated here)."""
    label = QLabel(tr(text) if text else "")
    label.setObjectName(object_name)
    label.setWordWrap(wrap)
    label.setProperty("muted", True)  # coloured by the style sheet (QLabel[muted="true"])
    return label


def empty_state(text: str, object_name: str) -> QLabel:
    """A centred, larger hint shown instead of an empty list or table."""
    label = muted_label(text, object_name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setProperty("emptyState", True)  # larger, with room around (the style sheet)
    label.setAccessibleName(label.text())
    return label
