"""How an alternative of a tone rule is cut into gated pieces (run by tools, not by a review).

An alternative whose gate lets too many sentences through is cut into one piece per
choice of its leading group (`split_leading`), each with its own gate, where that
narrows the gates enough. domain.tone_build runs this once for every shipped rule and
stores the result in resources/tone/ (domain.tone_data reads it); a review computes it
only for an alternative the stored data does not have (a term from a user's playbook, a
rule changed since the data was built).
"""

from __future__ import annotations

import re

from domain.tone_data import Pieces
from domain.tone_gate import Gate
from domain.tone_needs import Reading, gate_cost, parse, read

SPLIT_ABOVE = 0.2  # an alternative passing more sentences than this is cut up if it can be
SPLIT_GAIN = 3.0  # … when its pieces pass fewer than this many times as many in all
DEPTH = 3  # how many choices deep an alternative may be cut

Piece = tuple[str, ...]  # parts of a pattern, read one by one, matched joined


def plan_alternative(guard: str, alt: str, tail: str, flags: int) -> Pieces:
    """The pieces of `guard (?:alt) tail`, in the order the alternation tries them."""
    planner = _Planner(guard, tail, flags)
    out = []
    for piece, _cut in planner.pieces((alt,), 0, DEPTH):
        reading = planner.read(piece)
        out.append((piece, _gate(reading), reading.never_empty))
    return tuple(out)


def _gate(reading: Reading) -> Gate | None:
    """A gate as domain.tone_gate reads it, or None: none to test, or it may cross a
    sentence end."""
    if not reading.gate or reading.crosses:
        return None
    return tuple(
        (frozenset(s for w, s in n if w), tuple(sorted(s for w, s in n if not w)))
        for n in reading.gate
    )


class _Planner:
    def __init__(self, guard: str, tail: str, flags: int) -> None:
        self.guard, self.tail, self.flags = guard, tail, flags

    def read(self, piece: Piece) -> Reading:
        return read(tuple(p for p in (self.guard, *piece, self.tail) if p), self.flags)

    def cost(self, piece: Piece) -> float:
        reading = self.read(piece)
        return gate_cost(reading.gate) if reading.gate and not reading.crosses else 1.0

    def pieces(self, piece: Piece, cut: int, depth: int) -> list[tuple[Piece, int]]:
        """The piece, or the choice leading its part `cut` cut up where that narrows the
        gates; with each piece, the part to cut next."""
        cost = self.cost(piece)
        split = split_leading(piece[cut], self.flags) if cost > SPLIT_ABOVE and depth else None
        if split is None:
            return [(piece, cut)]
        head, branches, rest = split
        before, after = (*piece[:cut], *([head] if head else [])), piece[cut + 1 :]
        pieces = [
            p
            for b in branches
            for p in self.pieces(
                (*before, f"(?:{b})", *([rest] if rest else []), *after), len(before), depth - 1
            )
        ]
        split_cost = sum(self.cost(p) for p, _cut in pieces)
        return pieces if split_cost < SPLIT_GAIN * cost else [(piece, cut)]


def split_leading(pattern: str, flags: int = 0) -> tuple[str, list[str], str] | None:
    r"""`\b(?:a|b)rest` as ("\b", ["a", "b"], "rest"), or None if it is not that shape.

    An alternation tries a, then a's rest, before b: with nothing but a zero-width `\b`
    before the group, trying `\b(?:a)rest`, then `\b(?:b)rest` is the same search. A
    group holding a single choice is opened up first ((?:X)rest is Xrest).
    """
    head = "\\b" if pattern.startswith("\\b(?:") else "" if pattern.startswith("(?:") else None
    if head is None:
        return None
    start = len(head) + 3
    cuts, depth, j = [start - 1], 0, start
    while j < len(pattern):
        c = pattern[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(pattern, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                break
            depth -= 1
        elif c == "|" and depth == 0:
            cuts.append(j)
        j += 1
    else:
        return None
    rest = pattern[j + 1 :]
    if rest[:1] in ("?", "*", "+", "{") or _has_choice(rest):
        return None  # a repeated group, or a choice after it: not the shape
    cuts.append(j)
    branches = [pattern[a + 1 : b] for a, b in zip(cuts, cuts[1:], strict=False)]
    try:  # each part a pattern of its own, or the cut was wrong
        for part in (*branches, rest):
            parse(part, flags)
    except re.error:
        return None
    if len(branches) == 1:
        return split_leading(head + branches[0] + rest, flags)
    return head, branches, rest


def _has_choice(pattern: str) -> bool:
    """Whether `pattern` has a | outside any group."""
    depth, j = 0, 0
    while j < len(pattern):
        c = pattern[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(pattern, j)
            continue
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            return True
        j += 1
    return False


def _class_end(pattern: str, j: int) -> int:
    """The index just after the character class opening at j."""
    j += 1
    if pattern[j : j + 1] == "^":
        j += 1
    if pattern[j : j + 1] == "]":
        j += 1
    while pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1
