"""Finding interactive widgets that lack an objectName or accessibleName.

Interactive: anything that takes input (buttons, fields, lists, spin and combo boxes,
sliders, tab bars) and the dialogs themselves (a screen reader announces a dialog by
its name). Qt's own inner parts of its composite widgets are left out; a tab bar Qt
makes for a QTabWidget is not: it is what the keyboard moves through.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
)
COMPOSITES = (QComboBox, QAbstractSpinBox, QAbstractItemView)
# Containers Qt makes inside a scroll area (its scroll bars, corner widget).
QT_SCROLL_PARTS = ("qt_scrollarea_hcontainer", "qt_scrollarea_vcontainer", "qt_scrollarea_corner")


def unnamed_widgets(root: QWidget) -> list[str]:
    """Interactive widgets we created (not the inner parts of Qt's own composites)."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or _inside_composite(widget):
            continue
        if _qt_internal(widget):
            continue
        if not widget.objectName() or not widget.accessibleName():
            problems.append(describe(widget))
    return problems


def describe(widget: QWidget) -> str:
    """Type, objectName, and what a user sees on it (text, or the owner of a tab bar)."""
    label = ""
    if isinstance(widget, QAbstractButton):
        label = widget.text()
    elif isinstance(widget, QDialog):
        label = widget.windowTitle()
    elif isinstance(widget, QTabBar):
        tabs = ", ".join(widget.tabText(i) for i in range(widget.count()))
        owner = widget.parentWidget()
        label = f"[{tabs}] in {type(owner).__name__} {owner.objectName()!r}" if owner else tabs
    return f"{type(widget).__name__} {widget.objectName()!r} {label}".rstrip()


def _qt_internal(widget: QWidget) -> bool:
    """Qt's own helpers (menu bar overflow, scroll bars); a QTabWidget's tab bar is ours."""
    if isinstance(widget, QTabBar):
        return False
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    return parent is not None and parent.objectName() in QT_SCROLL_PARTS


def _inside_composite(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOSITES) or parent.metaObject().className().startswith(
            ("QCalendar", "QComboBoxPrivate")
        ):
            return True
        parent = parent.parentWidget()
    return False
