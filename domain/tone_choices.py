"""What the user told the tone review: words it must not flag, findings that are fine.

An allowed word is never flagged as jargon, in every letter or in letters to one client.
A dismissal ("this is fine") keeps one finding out of one call's review: it is keyed by
the rule and the words it caught (domain.text.words_key), as LetterFinding.key has them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from domain.text import words_key

EVERYWHERE = "Everywhere"
# An acronym's plural ("SKUs"): allowing its singular covers both spellings.
_ACRONYM_PLURAL = re.compile(r"[A-Z0-9][A-Z0-9/&]*[A-Z]s")


def allowed_form(term: str) -> str:
    """The word to allow for a jargon term as the letter spells it: "SKUs" -> "sku"."""
    term = " ".join(term.split())
    if _ACRONYM_PLURAL.fullmatch(term):
        term = term[:-1]
    return words_key(term)


@dataclass(frozen=True)
class AllowedWord:
    """A word never flagged as jargon: everywhere (client_id None) or for one client."""

    word: str
    client_id: int | None = None
    client: str | None = None  # the client's name, when the word is for one client

    @property
    def where(self) -> str:
        return self.client if self.client_id is not None and self.client else EVERYWHERE


@dataclass(frozen=True)
class Dismissal:
    """A finding the user marked fine in one call: the rule and the words it caught."""

    call_id: int
    call_title: str
    client: str
    rule: str
    words: str

    @property
    def rule_label(self) -> str:
        """The rule as the review names it; a rule this version does not know, as stored."""
        from domain.tone import Rule  # here: the rules take ~10-20 ms to load, and storage
        # imports this module on every start

        try:
            return Rule(self.rule).label
        except ValueError:
            return self.rule.replace("_", " ").capitalize()

    @property
    def key(self) -> tuple[str, str]:
        return self.rule, self.words
