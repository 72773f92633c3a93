"""The shipped style sheet and Qt's palette, both from one ui.palette Palette.

apply_style renders resources/style.qss (a template with $role placeholders) with
the palette's colours, sets Qt's application palette from the same roles (for what
the style sheet does not draw: menus, scroll bars, tabs, pop-ups, check boxes, the
charts) and tells the widgets that paint or format colours themselves, through
theme().changed. A missing style sheet leaves Qt's default look.
"""

from __future__ import annotations

from pathlib import Path
from string import Template

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from resources import resource_path
from ui import palette as colours
from ui.palette import Palette

STYLE_PATH = resource_path("style.qss")
# Every widget's text size, as the application's font: set by a style-sheet rule naming
# every widget, it made building and painting the window with the recent calls take
# 24.6 ms instead of 15.1 (10.9 with no style sheet at all).
BASE_POINT_SIZE = 10.0


class Theme(QObject):
    """Emits changed(palette) after another palette has been applied."""

    changed = Signal(object)


_theme: Theme | None = None


def theme() -> Theme:
    global _theme
    if _theme is None:
        _theme = Theme()
    return _theme


def style_sheet(palette: Palette, path: Path = STYLE_PATH) -> str:
    """The style sheet with the palette's colours filled in (OSError if it cannot be read)."""
    return Template(path.read_text(encoding="utf-8")).substitute(palette.roles())


def qt_palette(p: Palette) -> QPalette:
    """Qt's palette from the same roles, for everything the style sheet leaves to the style."""
    qp = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for name, colour in (
        (role.Window, p.window),
        (role.WindowText, p.text),
        (role.Base, p.surface),
        (role.AlternateBase, p.surface_alt),
        (role.Text, p.text),
        (role.Button, p.surface),
        (role.ButtonText, p.text),
        (role.BrightText, p.on_accent),
        (role.Highlight, p.selection),
        (role.HighlightedText, p.selection_text),
        (role.ToolTipBase, p.surface),
        (role.ToolTipText, p.text),
        (role.Link, p.link),
        (role.LinkVisited, p.link),
        (role.Light, p.hover),
        (role.Midlight, p.border_soft),
        (role.Mid, p.border),
        (role.Dark, p.border_button),
        (role.Shadow, p.shadow),
        (role.Accent, p.accent),
    ):
        qp.setColor(name, QColor(colour))
    # Placeholders are the text colour at half opacity, as Qt makes them from a style
    # sheet's text colour: far enough from typed text that a default (the letter's
    # subject) is not taken for one typed.
    placeholder = QColor(p.text)
    placeholder.setAlpha(128)
    qp.setColor(role.PlaceholderText, placeholder)
    for name in (role.WindowText, role.Text, role.ButtonText):
        qp.setColor(group.Disabled, name, QColor(p.disabled))
    qp.setColor(group.Disabled, role.Base, QColor(p.surface_readonly))
    qp.setColor(group.Disabled, role.Button, QColor(p.surface_readonly))
    return qp


def apply_style(app: QApplication, path: Path = STYLE_PATH, palette: Palette | None = None) -> bool:
    """Apply `palette` (default: the one in effect); False if the style sheet is missing
    (the palette is applied all the same)."""
    chosen = palette or colours.current()
    colours.set_current(chosen)
    font = app.font()
    if font.pointSizeF() != BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
        app.setFont(font)
    app.setPalette(qt_palette(chosen))
    try:
        sheet = style_sheet(chosen, path)
    except OSError:
        sheet = None
    if sheet is not None:
        app.setStyleSheet(sheet)
    theme().changed.emit(chosen)
    return sheet is not None
