"""Finding interactive widgets that lack an objectName or accessibleName."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
COMPOSITES = (QComboBox, QAbstractSpinBox, QAbstractItemView)


def unnamed_widgets(root: QWidget) -> list[str]:
    """Interactive widgets we created (not the inner parts of Qt's own composites)."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _inside_composite(widget):
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own helpers (menu bar overflow)
            continue
        if not widget.objectName() or not widget.accessibleName():
            label = widget.text() if isinstance(widget, QAbstractButton) else ""
            problems.append(f"{type(widget).__name__} {widget.objectName()!r} {label}")
    return problems


def _inside_composite(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOSITES) or parent.metaObject().className().startswith(
            ("QCalendar", "QComboBoxPrivate")
        ):
            return True
        parent = parent.parentWidget()
    return False
