"""View > Appearance: System, Light or Dark, remembered; the style sheet, Qt's palette
and the colours the code paints with all change together, and text stays readable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.conftest import Ui
from ui import palette as colours
from ui.palette import DARK, LIGHT, contrast
from ui.style import apply_style

HEADINGS = ("pageTitle", "sectionLabel", "welcomeTitle", "hintText", "bodyText")


@pytest.fixture(autouse=True)
def light_again() -> Iterator[None]:
    """Whatever a test switched to, the next test starts Light (the offscreen default)."""
    yield
    apply_style(QApplication.instance(), palette=LIGHT)


def choose(ui: Ui, name: str) -> None:
    action = ui.window.actions_by_name[name]
    assert action.isCheckable() and action.actionGroup().isExclusive()
    action.trigger()
    QApplication.processEvents()


def readable(ui: Ui) -> float:
    """A heading's text colour on the page shown against the page's background as drawn."""
    page = ui.window.stack.currentWidget()
    title = next(
        label
        for label in page.findChildren(QLabel)
        if label.isVisible() and label.text() and label.objectName() in HEADINGS
    )
    title.ensurePolished()
    text = title.palette().color(title.foregroundRole()).name()
    image = ui.window.grab().toImage()
    corner = ui.window.centralWidget().mapTo(ui.window, QPoint(4, 4))
    # the background a little left of the title: the page's own colour, as painted
    at = title.mapTo(ui.window, QPoint(0, title.height() // 2)) - QPoint(6, 0)
    background = image.pixelColor(at if at.x() > corner.x() else corner).name()
    return contrast(text, background)


def test_dark_and_back_is_stored_and_restyles_the_window(ui: Ui, qtbot):  # noqa: ANN001
    app = QApplication.instance()
    menu = ui.window.findChild(type(ui.window.menu("&View")), "menu_appearance")
    assert [a.text() for a in menu.actions()] == ["&System", "&Light", "&Dark"]
    assert ui.window.actions_by_name["actionAppearanceSystem"].isChecked()
    assert ui.store.settings.load().appearance == "system"
    assert colours.current() is LIGHT  # the offscreen platform does not say dark
    light_sheet = app.styleSheet()
    assert readable(ui) >= 4.5

    choose(ui, "actionAppearanceDark")
    assert ui.store.settings.load().appearance == "dark"
    assert colours.current() is DARK
    assert app.styleSheet() != light_sheet and DARK.window in app.styleSheet()
    assert app.palette().color(QPalette.ColorRole.Window).name() == DARK.window
    assert app.palette().color(QPalette.ColorRole.Text).name() == DARK.text
    assert ui.window.actions_by_name["actionAppearanceDark"].isChecked()
    assert not ui.window.actions_by_name["actionAppearanceSystem"].isChecked()
    dark_ratio = readable(ui)
    assert dark_ratio >= 4.5

    choose(ui, "actionAppearanceLight")
    assert ui.store.settings.load().appearance == "light"
    assert app.styleSheet() == light_sheet
    assert app.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window
    assert readable(ui) >= 4.5


def test_the_choice_is_remembered_by_the_next_window(open_ui):  # noqa: ANN001
    first = open_ui()
    choose(first, "actionAppearanceDark")
    first.window.close()
    again = open_ui()
    assert again.window.actions_by_name["actionAppearanceDark"].isChecked()
    assert colours.current() is DARK
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).name() == DARK.window


def test_the_painted_colours_follow_the_appearance(ui: Ui, qtbot):  # noqa: ANN001
    """What the code paints itself (a search match, a note's dot, a reaction's dot, the
    client chart) takes the palette in effect, and changes with it."""
    from domain.model import NoteKind, Valence
    from ui.models.notes import kind_colour
    from ui.pages.client.chart import ReactionChart
    from ui.pages.search.model import mark_open
    from ui.widgets.reaction_strip import valence_colour

    chart = ReactionChart()
    qtbot.addWidget(chart)
    choose(ui, "actionAppearanceDark")
    assert DARK.match_bg in mark_open() and DARK.match_text in mark_open()
    assert kind_colour(NoteKind.CONCERN).name() == DARK.kind_concern
    assert valence_colour(Valence.NEGATIVE).name() == DARK.valence_negative
    assert chart.chart.backgroundBrush().color().name() == DARK.surface
    assert chart.x_axis.labelsColor().name() == DARK.text
    choose(ui, "actionAppearanceLight")
    assert LIGHT.match_bg in mark_open()
    assert kind_colour(NoteKind.CONCERN).name() == LIGHT.kind_concern
    assert chart.chart.backgroundBrush().color().name() == LIGHT.surface
    assert chart.x_axis.labelsColor().name() == LIGHT.text


def test_system_follows_the_desktop_when_it_switches(ui: Ui, qtbot):  # noqa: ANN001
    """The desktop's switch is simulated by emitting Qt's own colorSchemeChanged (the
    offscreen platform cannot switch): System follows it; a fixed choice does not."""
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    QApplication.processEvents()
    assert colours.current() is DARK
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).name() == DARK.window
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert colours.current() is LIGHT

    choose(ui, "actionAppearanceLight")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert colours.current() is LIGHT  # fixed Light ignores the desktop
    choose(ui, "actionAppearanceSystem")
    assert colours.current() is DARK  # back to System: the desktop said dark
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert colours.current() is LIGHT
