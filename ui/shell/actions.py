"""The window's menu actions in one table: menus, texts, shortcuts, and on which pages
they work. The menus are built from it, and so is Help > Keyboard shortcuts."""

from __future__ import annotations

from dataclasses import dataclass

from ui.shell.pages import Page

LIVE_ONLY = frozenset({Page.LIVE})


@dataclass(frozen=True)
class ActionSpec:
    name: str  # the QAction's objectName
    menu: str  # the menu's title, with its mnemonic
    text: str  # the entry, with its mnemonic
    shortcuts: tuple[str, ...] = ()
    pages: frozenset[Page] | None = None  # enabled only there (None: everywhere)
    checkable: bool = False
    separator_before: bool = False


FILE, VIEW, CALL, HISTORY, EXPORT, HELP = "&File", "&View", "&Call", "&History", "&Export", "&Help"
MENU_ORDER = (FILE, VIEW, CALL, HISTORY, EXPORT, HELP)

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("actionNewCall", FILE, "&New call", ("Ctrl+N",)),
    ActionSpec("actionNewFromInvitation", FILE, "New call from &invitation…"),
    # Alt+Home first: a text field keeps Ctrl+Home for its own start (the wrap-up's
    # fields swallowed it), never Alt+Home.
    ActionSpec("actionHome", FILE, "&Recent calls", ("Alt+Home", "Ctrl+Home")),
    ActionSpec("actionCompact", VIEW, "&Compact mode (on top)", ("Ctrl+Shift+T",), checkable=True),
    ActionSpec(
        "actionStartEnd",
        CALL,
        "&Start the call",
        ("Ctrl+Return", "Ctrl+Enter"),
        frozenset({Page.PREPARE, Page.LIVE}),
    ),
    ActionSpec("actionAddStep", CALL, "Add next s&tep", ("Ctrl+T",), LIVE_ONLY),
    ActionSpec("actionUndoEntry", CALL, "&Undo the last entry", ("Ctrl+Z",), LIVE_ONLY),
    ActionSpec("actionChecklist", CALL, "Go to the chec&klist", ("Ctrl+L",), LIVE_ONLY),
    ActionSpec(
        "actionRenameCall",
        CALL,
        "&Rename the call…",
        pages=frozenset({Page.LIVE, Page.WRAPUP, Page.DETAIL}),
        separator_before=True,
    ),
    ActionSpec("actionSearch", HISTORY, "&Search past calls", ("Ctrl+F",)),
    ActionSpec("actionHistory", HISTORY, "&All calls", ("Ctrl+H",)),
    ActionSpec("actionBoard", HISTORY, "&Commitments board", ("Ctrl+Shift+B",)),
    ActionSpec("actionClient", HISTORY, "C&lient overview"),
    ActionSpec("actionShortcuts", HELP, "&Keyboard shortcuts", ("F1",)),
    ActionSpec("actionAbout", HELP, "&About Candor"),
)

# Keys that work inside one page (not menu actions), for the shortcuts sheet.
PAGE_KEYS: tuple[tuple[str, str, str], ...] = (
    ("Live call", "Return", "Add the note (Shift+Return: a new line)"),
    ("Live call", "Ctrl+1 … Ctrl+6", "Kind of the next note (Fact … Note)"),
    ("Live call", "Alt+1 … Alt+8", "Record the client's reaction"),
    ("Live call", "Space", "Tick or untick the checklist item"),
    ("Live call", "Ctrl+Shift+P", "Show or hide your prep"),
    ("Live call", "F2", "Edit the selected note"),
    ("Commitments board", "Ctrl+D", "Mark done"),
    ("Commitments board", "Delete", "Drop the commitment"),
    ("Search", "Escape", "Close the search"),
)


def spec(name: str) -> ActionSpec:
    return next(a for a in ACTIONS if a.name == name)
