"""The next-step dialog stores 'us' and 'client' canonically, however they were typed."""

from __future__ import annotations

import pytest

from domain.model import OWNER_CLIENT, OWNER_US
from ui.dialogs.next_step import NextStepDialog


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Us", OWNER_US),
        ("us", OWNER_US),
        ("US ", OWNER_US),
        ("Client", OWNER_CLIENT),
        ("CLIENT", OWNER_CLIENT),
        ("cLiEnT", OWNER_CLIENT),
        ("Priya Shah", "Priya Shah"),
        ("", OWNER_US),
    ],
)
def test_typed_owner_is_stored_canonically(qtbot, typed: str, stored: str) -> None:
    dialog = NextStepDialog()
    qtbot.addWidget(dialog)
    dialog.what.setText("Send the plan")
    dialog.owner.setEditText(typed)
    assert dialog.values() == ("Send the plan", stored, None)


@pytest.mark.parametrize("owner", ["Client", "client", "CLIENT"])
def test_a_stored_owner_in_any_case_selects_its_choice(qtbot, owner: str) -> None:
    dialog = NextStepDialog()
    qtbot.addWidget(dialog)
    dialog.set_values("Send the plan", owner, None)
    assert dialog.owner.currentData() == OWNER_CLIENT
    assert dialog.values()[1] == OWNER_CLIENT
