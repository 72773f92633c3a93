"""Who owns a next step: 'us', 'client', or a person's name; the two words in any case.
A step is ours (is_ours) unless the client owns it.

Steps are stored with the canonical OWNER_US / OWNER_CLIENT (the next-step dialog
maps "Us", "CLIENT" and the like on the way in); the tests here still ignore case
and spaces, for rows written before that rule.
"""

from __future__ import annotations

from domain.model import OWNER_CLIENT, OWNER_US


def canonical_owner(typed: str) -> str:
    """'US' -> 'us', ' Client ' -> 'client'; any other name as typed, spaces tidied."""
    text = " ".join(typed.split())
    low = text.casefold()
    return next((o for o in (OWNER_US, OWNER_CLIENT) if low == o), text)


def is_us(owner: str) -> bool:
    return owner.strip().casefold() == OWNER_US


def is_client(owner: str) -> bool:
    return owner.strip().casefold() == OWNER_CLIENT


def is_ours(owner: str) -> bool:
    """The one rule for whose promise a step is: anything the client does not own is ours
    to keep, 'us' or a named colleague. The board, the letter's "what we will do", the
    calendar reminders and storage's ours-only queries all follow it."""
    return not is_client(owner)
