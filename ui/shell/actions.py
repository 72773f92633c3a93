"""The window's menu actions in one table: menus, texts, shortcuts, and on which pages
they work. The menus are built from it, and so is Help > Keyboard shortcuts."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TR_NOOP

from ui.shell.pages import Page

LIVE_ONLY = frozenset({Page.LIVE})


class ActionSpec(NamedTuple):
    """One entry. A named tuple, not a dataclass: the window imports this table before its
    first frame, and the dataclasses module (with inspect and ast) costs that time."""

    name: str  # the QAction's objectName
    menu: str  # the menu's title, with its mnemonic
    text: str  # the entry, with its mnemonic
    shortcuts: tuple[str, ...] = ()
    pages: frozenset[Page] | None = None  # enabled only there (None: everywhere)
    checkable: bool = False
    separator_before: bool = False


# Marked for lupdate; the window translates them where it builds the menus (ui.i18n).
FILE = QT_TR_NOOP("&File")
VIEW = QT_TR_NOOP("&View")
CALL = QT_TR_NOOP("&Call")
HISTORY = QT_TR_NOOP("&History")
EXPORT = QT_TR_NOOP("&Export")
HELP = QT_TR_NOOP("&Help")
MENU_ORDER = (FILE, VIEW, CALL, HISTORY, EXPORT, HELP)

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("actionNewCall", FILE, QT_TR_NOOP("&New call"), ("Ctrl+N",)),
    ActionSpec("actionNewFromInvitation", FILE, QT_TR_NOOP("New call from &invitation…")),
    # Alt+Home first: a text field keeps Ctrl+Home for its own start (the wrap-up's
    # fields swallowed it), never Alt+Home.
    ActionSpec("actionHome", FILE, QT_TR_NOOP("&Recent calls"), ("Alt+Home", "Ctrl+Home")),
    ActionSpec("actionPlaybooks", FILE, QT_TR_NOOP("Pla&ybooks…")),
    ActionSpec(
        "actionCompact",
        VIEW,
        QT_TR_NOOP("&Compact mode (on top)"),
        ("Ctrl+Shift+T",),
        checkable=True,
    ),
    ActionSpec(
        "actionStartEnd",
        CALL,
        QT_TR_NOOP("&Start the call"),
        ("Ctrl+Return", "Ctrl+Enter"),
        frozenset({Page.PREPARE, Page.LIVE}),
    ),
    ActionSpec("actionAddStep", CALL, QT_TR_NOOP("Add next s&tep"), ("Ctrl+T",), LIVE_ONLY),
    ActionSpec("actionUndoEntry", CALL, QT_TR_NOOP("&Undo the last entry"), ("Ctrl+Z",), LIVE_ONLY),
    ActionSpec("actionChecklist", CALL, QT_TR_NOOP("Go to the chec&klist"), ("Ctrl+L",), LIVE_ONLY),
    ActionSpec(
        "actionRenameCall",
        CALL,
        QT_TR_NOOP("&Rename the call…"),
        pages=frozenset({Page.LIVE, Page.WRAPUP, Page.DETAIL}),
        separator_before=True,
    ),
    ActionSpec("actionSearch", HISTORY, QT_TR_NOOP("&Search past calls"), ("Ctrl+F",)),
    ActionSpec("actionHistory", HISTORY, QT_TR_NOOP("&All calls"), ("Ctrl+H",)),
    ActionSpec("actionBoard", HISTORY, QT_TR_NOOP("&Commitments board"), ("Ctrl+Shift+B",)),
    ActionSpec("actionClient", HISTORY, QT_TR_NOOP("C&lient overview")),
    ActionSpec("actionShortcuts", HELP, QT_TR_NOOP("&Keyboard shortcuts"), ("F1",)),
    ActionSpec("actionAbout", HELP, QT_TR_NOOP("&About Candor")),
)

# Keys that work inside one page (not menu actions), for the shortcuts sheet.
PAGE_KEYS: tuple[tuple[str, str, str], ...] = (
    (QT_TR_NOOP("Live call"), "Return", QT_TR_NOOP("Add the note (Shift+Return: a new line)")),
    (QT_TR_NOOP("Live call"), "Ctrl+1 … Ctrl+6", QT_TR_NOOP("Kind of the next note (Fact … Note)")),
    (QT_TR_NOOP("Live call"), "Alt+1 … Alt+8", QT_TR_NOOP("Record the client's reaction")),
    (QT_TR_NOOP("Live call"), "Space", QT_TR_NOOP("Tick or untick the checklist item")),
    (QT_TR_NOOP("Live call"), "Ctrl+Shift+P", QT_TR_NOOP("Show or hide your prep")),
    (QT_TR_NOOP("Live call"), "F2", QT_TR_NOOP("Edit the selected note")),
    (QT_TR_NOOP("Commitments board"), "Ctrl+D", QT_TR_NOOP("Mark done")),
    (QT_TR_NOOP("Commitments board"), "Delete", QT_TR_NOOP("Drop the commitment")),
    (QT_TR_NOOP("Search"), "Escape", QT_TR_NOOP("Close the search")),
    (QT_TR_NOOP("Playbooks"), "F2", QT_TR_NOOP("Reword the checklist item")),
    (QT_TR_NOOP("Playbooks"), "Alt+Up, Alt+Down", QT_TR_NOOP("Move the item within its section")),
    (QT_TR_NOOP("Playbooks"), "Insert, Delete", QT_TR_NOOP("Add an item, remove the item")),
    (QT_TR_NOOP("Playbooks"), "Ctrl+Z, Ctrl+Shift+Z", QT_TR_NOOP("Undo, redo a change")),
)


def spec(name: str) -> ActionSpec:
    return next(a for a in ACTIONS if a.name == name)
