"""View > Appearance: System, Light or Dark, remembered in the settings.

System follows the desktop's colour scheme through Qt's style hints (Qt 6.5+ has
QStyleHints.colorScheme and its colorSchemeChanged signal; this project targets
6.8+). With an older Qt, or a platform that does not say (Unknown), System is Light.
Light and Dark are fixed: a change of the desktop's scheme is then ignored.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QT_TR_NOOP, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow

from storage.settings import APPEARANCES
from storage.store import Store
from ui import palette as colours
from ui.i18n import tr
from ui.palette import Palette
from ui.shell.actions import VIEW
from ui.style import apply_style

SYSTEM = "system"
CHOICES = (  # (setting, menu entry, the action's objectName)
    ("system", QT_TR_NOOP("&System"), "actionAppearanceSystem"),
    ("light", QT_TR_NOOP("&Light"), "actionAppearanceLight"),
    ("dark", QT_TR_NOOP("&Dark"), "actionAppearanceDark"),
)
assert tuple(c[0] for c in CHOICES) == APPEARANCES


def system_scheme() -> str:
    """ "dark" when the desktop says dark, else "light" (also when Qt cannot tell)."""
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is None:  # Qt before 6.5
        return "light"
    return "dark" if scheme() == QtCore.Qt.ColorScheme.Dark else "light"


def apply_saved(store: Store) -> None:
    """The stored appearance's palette, before the window's first frame. For System, the
    desktop's scheme as it was last asked: asking Qt (QStyleHints.colorScheme) makes
    PySide build its whole Qt namespace, about 25 ms of a start that may take 1.5 times a
    bare window's. The controller, built after the first frame, asks and corrects it (and
    remembers the answer for the next start)."""
    settings = store.settings.load()
    mode = settings.appearance
    _apply(colours.PALETTES[settings.system_appearance if mode == SYSTEM else mode])


def _apply(chosen: Palette) -> None:
    app = QApplication.instance()
    if chosen is colours.current() and app.styleSheet():
        return  # already in effect (the usual start): no second style pass
    apply_style(app, palette=chosen)


class AppearanceController(QObject):
    """Builds View > Appearance and applies the chosen (or the system's) palette."""

    def __init__(self, store: Store, window: QMainWindow) -> None:
        from PySide6.QtGui import QAction, QActionGroup  # after the first frame: see apply_saved

        super().__init__(window)
        self.store = store
        self.mode = store.settings.load().appearance
        self._system = system_scheme()
        view = window.menu(VIEW)
        view.addSeparator()
        self.menu = view.addMenu(tr("&Appearance"))
        self.menu.setObjectName("menu_appearance")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for mode, text, name in CHOICES:
            action = QAction(tr(text), window)
            action.setObjectName(name)
            action.setCheckable(True)
            action.setChecked(mode == self.mode)
            action.triggered.connect(lambda _=False, m=mode: self.choose(m))
            self.group.addAction(action)
            self.menu.addAction(action)
            window.actions_by_name[name] = action
            self.actions[mode] = action
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self.system_changed)
        self._remember_system()
        self.apply()

    def palette(self) -> Palette:
        return colours.PALETTES[self._system if self.mode == SYSTEM else self.mode]

    def choose(self, mode: str) -> None:
        """The user's choice: stored (one transaction), checked, applied."""
        if mode not in APPEARANCES:
            raise ValueError(mode)
        self.store.settings.update(appearance=mode)
        self.mode = mode
        self.actions[mode].setChecked(True)
        self.apply()

    def system_changed(self, scheme: QtCore.Qt.ColorScheme) -> None:
        """The desktop switched light/dark: followed when the appearance is System."""
        self._system = "dark" if scheme == QtCore.Qt.ColorScheme.Dark else "light"
        self._remember_system()
        if self.mode == SYSTEM:
            self.apply()

    def _remember_system(self) -> None:
        """The next start paints its first frame in these colours (apply_saved)."""
        if self.store.settings.load().system_appearance != self._system:
            self.store.settings.update(system_appearance=self._system)

    def apply(self) -> None:
        _apply(self.palette())
