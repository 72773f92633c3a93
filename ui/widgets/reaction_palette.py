"""The eight client reactions as one grid of buttons; Alt+1..Alt+8 press them.

The shortcuts belong to the palette with window context, so they work from the
note line, and only while the palette (the live page) is visible.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from domain.model import REACTION_PALETTE, ReactionKind
from ui.a11y import named
from ui.i18n import tr

COLUMNS = 4


class ReactionButton(QPushButton):
    """One reaction: its label over its shortcut, coloured by valence through the style sheet."""

    chosen = Signal(ReactionKind)

    def __init__(self, kind: ReactionKind, position: int, parent: QWidget | None = None) -> None:
        super().__init__(f"{tr(kind.label)}\nAlt+{position}", parent)
        self.kind = kind
        named(
            self,
            f"reaction_{kind.value}",
            tr("Client reaction: {reaction}").format(reaction=tr(kind.label)),
            tr("Record that the client is {reaction} now (Alt+{key})").format(
                reaction=tr(kind.label).lower(), key=position
            ),
        )
        self.setProperty("valence", kind.valence.value)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.clicked.connect(self.choose)

    def choose(self) -> None:
        self.chosen.emit(self.kind)


class ReactionPalette(QWidget):
    reactionChosen = Signal(ReactionKind)  # noqa: N815 (Qt signal naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reactionPalette")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        self.buttons: list[ReactionButton] = []
        for index, kind in enumerate(REACTION_PALETTE):
            button = ReactionButton(kind, index + 1)
            button.chosen.connect(self.reactionChosen)
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.buttons.append(button)
            shortcut = QShortcut(QKeySequence(f"Alt+{index + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(button.choose)  # no lambdas: PySide may crash at GC
