"""UI fixtures: the real window and controller over a real Store file, shown and active."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from storage.store import Store
from ui import autosave
from ui.app import App
from ui.shell.main_window import MainWindow
from ui.shell.pages import Page
from ui.style import apply_style


@dataclass
class Ui:
    """The real window; `controller` is the composition root (ui.app.App)."""

    window: MainWindow
    controller: App
    store: Store

    def page(self, page: Page):  # noqa: ANN201 (that page's controller)
        return self.controller.page(page)

    @property
    def nav(self):  # noqa: ANN201 (the Navigator)
        return self.controller.navigator


@dataclass
class Answers:
    """Records QMessageBox.question calls and answers them with `reply`."""

    reply: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    asked: list[str] = field(default_factory=list)

    def __call__(self, parent, title, text, *args, **kwargs):  # noqa: ANN001 (Qt signature)
        self.asked.append(text)
        return self.reply


@pytest.fixture(autouse=True)
def unexpected_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A warning or error box no test asked for would block the offscreen run for ever
    (no one clicks it): record it instead and fail the test with its text. A test that
    expects one patches QMessageBox itself, which replaces this."""
    shown: list[str] = []

    def record(parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN202
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, record)
    yield shown
    assert shown == [], "unexpected message box"


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
    controller = App(store, window)
    controller.start()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return Ui(window, controller, store)


def close_window(opened: Ui) -> None:
    """Close and delete now, while the store is open: a window left to the garbage
    collector is destroyed at a random later moment, which PySide does not survive."""
    if not shiboken6.isValid(opened.window):
        return  # the test closed it already
    opened.window.close()
    opened.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def open_ui(store: Store, qtbot, answers: Answers) -> Iterator[Callable[[], Ui]]:  # noqa: ANN001
    """Opens windows on the test's store (as a restart would); all closed at teardown."""
    opened: list[Ui] = []

    def open_one() -> Ui:
        opened.append(open_window(store, qtbot))
        return opened[-1]

    yield open_one
    for each in opened:
        close_window(each)


@pytest.fixture
def ui(open_ui, monkeypatch: pytest.MonkeyPatch) -> Ui:  # noqa: ANN001
    """The window with a short autosave delay, for tests not about the one-second rule."""
    monkeypatch.setattr(autosave, "DELAY_MS", 50)
    return open_ui()


@pytest.fixture
def ui_real_delay(open_ui) -> Ui:  # noqa: ANN001
    """The window with the shipped one-second autosave delay."""
    return open_ui()


def press(
    qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:  # noqa: ANN001
    """A key press sent where the keyboard focus is, as a user's would be."""
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard focus"
    qtbot.keyClick(target, key, modifier)
    _entries_committed(qtbot, target)


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


def _entries_committed(qtbot, widget) -> None:  # noqa: ANN001
    """After a key press, as a person would see it: what it stored is shown once its
    commit returns (the live page commits on a writer thread, ui.writer)."""
    window = widget.window()
    app = getattr(window, "candor_app", None)
    if app is not None:
        live = app.navigator.built(Page.LIVE)
        if live is not None:
            qtbot.waitUntil(lambda: not live.writer.busy, timeout=5000)


def committed(qtbot, opened: Ui) -> None:  # noqa: ANN001
    """Wait until every entry the live page asked its writer for is committed and shown
    (entries are committed off the UI thread: ui.writer)."""
    live = opened.nav.built(Page.LIVE)
    if live is not None:
        qtbot.waitUntil(lambda: not live.writer.busy, timeout=5000)
