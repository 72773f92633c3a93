"""The pattern machinery of the tone review: one alternation per rule.

A rule is a list of (pattern, rewrite) pairs matched as one alternation, each pair a
choice of its own, so a match says which pair fired and which rewrite to suggest. Every
match starts a word (the WORD_START guard). domain.tone_gate finds exactly the matches
of one pass of that alternation, but searches each pair only in the sentences that hold
the words it needs, so a pasted megabyte stays quick. A rule, or one of its pairs, may
carry a veto: a function that sees the match and the text around it and can drop a match
the pattern alone cannot judge ("No data was lost" is not an evasive passive).
"""

from __future__ import annotations

import re
from collections import namedtuple
from collections.abc import Callable, Iterator, Sequence

from domain.tone_gate import Alternation, View

A = "['\u2019]"  # straight or typographic apostrophe
WORD_START = r"(?<!\w)(?=\w)"
FLAGS = re.IGNORECASE

Veto = Callable[[str, re.Match[str]], bool]


class Hit(namedtuple("Hit", "start end rewrite")):  # collections': no typing at start-up
    """start, end: the span matched (int); rewrite: the suggestion (str)."""

    __slots__ = ()


class PatternSet:
    """Several (pattern, rewrite) pairs matched in one pass; a pair may bring a veto of its
    own (pattern, rewrite, veto), which drops its matches as well as the set's veto."""

    def __init__(
        self, pairs: Sequence[tuple[str, str] | tuple[str, str, Veto]], veto: Veto | None = None
    ) -> None:
        self.rewrites = [pair[1] for pair in pairs]
        self.patterns = Alternation(WORD_START, [pair[0] for pair in pairs], flags=FLAGS)
        self.veto = veto
        self.vetoes: list[Veto | None] = [pair[2] if len(pair) > 2 else None for pair in pairs]

    def finditer(self, text: str, seen: View | None = None) -> Iterator[Hit]:
        """The matches no veto drops; `seen` (the text cut into sentences) may be shared
        by the rules reading the same text."""
        for index, m in self.patterns.finditer(text, seen):
            if self.veto is not None and self.veto(text, m):
                continue
            own = self.vetoes[index]
            if own is not None and own(text, m):
                continue
            yield Hit(m.start(), m.end(), self.rewrites[index])


def words(*alternatives: str) -> str:
    """An alternation of whole phrases where any run of spaces matches any space."""
    return "(?:" + "|".join(map(_spaced, alternatives)) + r")\b"


def _spaced(phrase: str) -> str:
    """Each run of spaces as \\s+ (str.replace where each run is one space: the rules call
    this hundreds of times on import, and re.sub costs the command line about 2 ms)."""
    if "  " in phrase:
        return re.sub(r" +", r"\\s+", phrase)
    return phrase.replace(" ", r"\s+")


def clause_before(text: str, at: int, limit: int = 80) -> str:
    """The text of the clause that ends at `at` (back to a sentence or clause break)."""
    head = text[max(0, at - limit) : at]
    cut = max(head.rfind(c) for c in ".!?;:\n")
    return head[cut + 1 :]


def sentence_of(text: str, m: re.Match[str], limit: int = 400) -> str:
    """The sentence the match is in (from the last . ! ? before it to the next one), at
    most `limit` characters either side (a pasted megabyte without a full stop must not
    be read end to end for every match)."""
    low, high = max(0, m.start() - limit), min(len(text), m.end() + limit)
    start = max(text.rfind(c, low, m.start()) for c in ".!?\n")
    start = start + 1 if start >= 0 else low
    ends = [i for i in (text.find(c, m.end(), high) for c in ".!?\n") if i >= 0]
    return text[start : min(ends) if ends else high]
