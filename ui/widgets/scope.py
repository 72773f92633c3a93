"""Mine / Team: the scope of History, search and the board once the file is in a team."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QPushButton, QWidget

from ui.i18n import tr
from ui.widgets.common import named


class ScopeButtons(QButtonGroup):
    """Two checkable buttons, Mine (id 0) and Team (id 1), hidden until the file is in a
    team; idClicked says which was clicked. The page keeps which scope it shows."""

    def __init__(self, parent: QWidget, mine: tuple[str, str], team: tuple[str, str]) -> None:
        """`mine` and `team`: each button's objectName and accessible name."""
        super().__init__(parent)
        self.buttons_in_order: list[QPushButton] = []
        for number, (text, (object_name, name)) in enumerate(
            ((tr("Mine"), mine), (tr("Team"), team))
        ):
            button = named(QPushButton(text), object_name, name)
            button.setCheckable(True)
            button.setVisible(False)  # until the file is in a team
            self.addButton(button, number)
            self.buttons_in_order.append(button)
        self.buttons_in_order[0].setChecked(True)

    def set_offered(self, offered: bool, team_shown: bool) -> None:
        """Offer the scope, or take it away (back to Mine if the team's rows show)."""
        for button in self.buttons_in_order:
            button.setVisible(offered)
        if not offered and team_shown:
            self.buttons_in_order[0].click()

    def offered(self, within: QWidget) -> bool:
        return self.buttons_in_order[1].isVisibleTo(within)

    def choose(self, team: bool) -> None:
        """As a click on Mine or Team."""
        self.buttons_in_order[1 if team else 0].click()
