"""What was prepared before the call becomes the first draft of the follow-up.

Facts known -> what happened, impact -> what it means for you, plan -> what we are
doing, amends -> amends (domain.fields, `from_prep`). A field counts as "taken from
the prep" while its text is exactly the prep's: no flag to store, and the mark goes
as soon as the user edits the text into the client's letter.
"""

from __future__ import annotations

from dataclasses import replace

from domain.fields import FOLLOW_UP_FIELDS
from domain.model import FollowUp, Prep

PREP_SOURCES: dict[str, str] = {f.name: f.from_prep for f in FOLLOW_UP_FIELDS if f.from_prep}


def prefilled(follow_up: FollowUp, prep: Prep) -> FollowUp:
    """The follow-up with each empty field that has a prep source filled from it."""
    changes = {
        name: getattr(prep, source)
        for name, source in PREP_SOURCES.items()
        if not getattr(follow_up, name).strip() and getattr(prep, source).strip()
    }
    return replace(follow_up, **changes) if changes else follow_up


def taken_from_prep(follow_up: FollowUp, prep: Prep) -> set[str]:
    """The follow-up fields whose text is still the prep's, word for word."""
    return {
        name
        for name, source in PREP_SOURCES.items()
        if getattr(prep, source).strip() and getattr(follow_up, name) == getattr(prep, source)
    }
