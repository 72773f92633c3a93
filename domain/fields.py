"""The prep and follow-up fields: one place for each field's name and wording.

`form` labels the field on the form where it is typed, `record` in the internal call
record and on the live page's "Your prep", `prompt` is the placeholder that says what
to write. The form and the record say the same thing. The letter's headings speak to
the client, in the letter's language: they are in resources/letters/<code>.toml.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    name: str  # the attribute of domain.model.Prep / FollowUp
    form: str
    prompt: str = ""
    from_prep: str = ""  # a follow-up field's first draft: this prep field

    @property
    def record(self) -> str:
        """The record uses the form's words, so a field reads the same on every screen."""
        return self.form


PREP_FIELDS: tuple[Field, ...] = (
    Field("facts_known", "What we know", "What happened, since when, what is affected."),
    Field("facts_unknown", "What we do not know yet", "What is still unknown, and when we will."),
    Field("impact", "Impact on the client", "Their users, their deadline, their own boss."),
    Field("plan", "Our plan", "Next steps with owners and dates; alternatives."),
    Field("amends", "Amends we can offer", "Credit, extra work, a discount, a visit."),
    Field("who_knows", "Who knows internally", "Manager, account lead, support."),
)

FOLLOW_UP_FIELDS: tuple[Field, ...] = (
    Field(
        "what_happened",
        "What happened",
        "What happened, in plain words, as you told it on the call. No excuses.",
        from_prep="facts_known",
    ),
    Field(
        "what_it_means",
        "What it means for the client",
        "What it means for them: their users, their deadline, their own boss.",
        from_prep="impact",
    ),
    Field(
        "what_we_do",
        "What we are doing",
        "What you are doing about it: each step with an owner and a date.",
        from_prep="plan",
    ),
    Field(
        "what_we_need",
        "What we need from the client",
        "What you need from them, and by when.",
    ),
    Field(
        "prevent_repeat",
        "How we prevent a repeat",
        "What changes so that this does not happen again.",
    ),
    Field(
        "amends",
        "Amends",
        "What you offer where you fell short.",
        from_prep="amends",
    ),
    Field(
        "next_update",
        "Next update",
        "When and how they will hear from you next.",
    ),
)


def form_pairs(fields: tuple[Field, ...]) -> tuple[tuple[str, str], ...]:
    """(name, form label) for a form of these fields."""
    return tuple((f.name, f.form) for f in fields)


def prompts(fields: tuple[Field, ...]) -> dict[str, str]:
    return {f.name: f.prompt for f in fields if f.prompt}


def form_labels(fields: tuple[Field, ...]) -> dict[str, str]:
    return {f.name: f.form for f in fields}
