"""UI fixtures: the real window and controller over a real Store file, shown and active."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from storage.store import Store
from ui import autosave
from ui.controllers.app import AppController
from ui.main_window import MainWindow
from ui.style import apply_style


@dataclass
class Ui:
    window: MainWindow
    controller: AppController
    store: Store


@dataclass
class Answers:
    """Records QMessageBox.question calls and answers them with `reply`."""

    reply: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    asked: list[str] = field(default_factory=list)

    def __call__(self, parent, title, text, *args, **kwargs):  # noqa: ANN001 (Qt signature)
        self.asked.append(text)
        return self.reply


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    recorder = Answers()
    monkeypatch.setattr(QMessageBox, "question", recorder)
    return recorder


def open_window(store: Store, qtbot) -> Ui:  # noqa: ANN001 (pytest-qt fixture)
    app = QApplication.instance()
    if not app.styleSheet():
        apply_style(app)
    window = MainWindow()
    controller = AppController(store, window)
    controller.start()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return Ui(window, controller, store)


def _window(store: Store, qtbot) -> Iterator[Ui]:  # noqa: ANN001
    opened = open_window(store, qtbot)
    yield opened
    opened.window.close()  # before the store fixture closes the database
    opened.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def ui(store: Store, qtbot, answers: Answers, monkeypatch: pytest.MonkeyPatch) -> Iterator[Ui]:  # noqa: ANN001
    """The window with a short autosave delay, for tests not about the one-second rule."""
    monkeypatch.setattr(autosave, "DELAY_MS", 50)
    yield from _window(store, qtbot)


@pytest.fixture
def ui_real_delay(store: Store, qtbot, answers: Answers) -> Iterator[Ui]:  # noqa: ANN001
    """The window with the shipped one-second autosave delay."""
    yield from _window(store, qtbot)


def press(
    qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:  # noqa: ANN001
    """A key press sent where the keyboard focus is, as a user's would be."""
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def type_text(qtbot, text: str) -> None:  # noqa: ANN001
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard focus"
    qtbot.keyClicks(target, text)


def double_click(qtbot, view, index) -> None:  # noqa: ANN001
    """A real double click is press, release, then a press that Qt reports as a double
    click; QTest's mouseDClick alone sends only the latter, which item views ignore."""
    pos = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def reactivate(qtbot, window) -> None:  # noqa: ANN001
    """Changing window flags hides and re-shows the window. A window manager activates it
    again; the offscreen platform says it is active but never tells QApplication, so
    tell it here."""
    window.activateWindow()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the only way to say it offscreen
        QApplication.setActiveWindow(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
