"""Sentence gates for the tone rules: a costly pattern runs only where it could match.

A rule is one alternation (`guard (?:alt0|alt1|…) tail`), and trying every alternative
at every word of a pasted megabyte took seconds. Most alternatives need some words in
any match (domain.tone_needs reads them off the pattern), so a sentence without them
cannot hold a match and is never searched for it. Sentences end at . ! ?, which no gated
alternative can consume, so no match crosses one; an alternative whose leading choice
lets too much through is cut into one piece per choice (domain.tone_plan), each with its
own gate; the shipped rules' pieces and gates are worked out ahead of time
(domain.tone_data). Pieces that could cross a sentence end, or that need nothing a gate
can test, are searched over the whole text as before. The matches are merged as the alternation
orders them (leftmost first, then the earlier alternative; the next search from the end
of the last match), so the result is exactly that of one finditer over the whole
alternation, which tests/domain/test_tone_gate.py checks on many kinds of text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from functools import cached_property

from domain.tone_data import Pieces, pieces_of
from domain.tone_data import compile as compile_rx

ENDS = ".!?"
# What both the gates' text and the patterns' literals are folded with before lower case,
# so that a literal found by re's IGNORECASE is found by a plain look-up too: dotted
# capital I lower-cases to two characters, dotless i and long s match "i" and "s" in re
# (tests/domain/test_tone_gate.py checks every code point).
FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_FOLDED = tuple(chr(c) for c in FOLD)

# One of them holds: a whole word, or a stretch of text (lower case, folded).
Needs = tuple[frozenset[str], tuple[str, ...]]  # (whole words, other stretches)
Gate = tuple[Needs, ...]  # every one of them holds

_LONG, _CROWDED = 2000, 8  # a sentence this long that this many pieces may match: one pass
# (and where sentences are this long on average, one pass of the whole alternation)

Hit = tuple[int, int, re.Match[str]]  # start, piece, match
_WORDS = re.compile(r"\w+")
_ENDS = re.compile(f"[{re.escape(ENDS)}]")


def fold(text: str) -> str:
    """Lower case, folded as above (translating only if needed: it is slow)."""
    if any(c in text for c in _FOLDED):
        text = text.translate(FOLD)
    return text.lower()


class Need:
    """One set of a gate, ready for a View: its whole words, its other stretches. Made once
    per distinct set (so a View can key on the object itself)."""

    __slots__ = ("words", "stretches")

    def __init__(self, needs: Needs) -> None:
        self.words, self.stretches = needs


_NEEDS: dict[Needs, Need] = {}


def need(needs: Needs) -> Need:
    got = _NEEDS.get(needs)
    if got is None:
        got = _NEEDS[needs] = Need(needs)
    return got


class View:
    """One text as the gates see it: folded to lower case, cut at each sentence end.

    Sentence k runs from just after end k-1 up to and including end k: the end is inside
    the search window, so a lookahead there sees the same character as in the whole text.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        low = fold(text)
        self.low = low if len(low) == len(text) else None  # None: no gate can be trusted
        self.ends = [m.start() for m in _ENDS.finditer(text)]
        self._found: dict[str, list[int]] = {}
        self._held: dict[Need, frozenset[int] | set[int]] = {}

    @property
    def sentence_length(self) -> float:
        return len(self.text) / (len(self.ends) + 1)

    def window(self, k: int) -> tuple[int, int]:
        start = self.ends[k - 1] + 1 if k else 0
        return start, self.ends[k] + 1 if k < len(self.ends) else len(self.text)

    def sentence_at(self, pos: int) -> int:
        return bisect_left(self.ends, pos)

    def passing(self, gate: tuple[Need, ...]) -> list[int]:
        """The sentences that meet every set of `gate`, in order."""
        found = set(self.holding(gate[0]))
        for needs in gate[1:]:
            if not found:
                break
            found.intersection_update(self.holding(needs))
        return sorted(found)

    def holding(self, needs: Need) -> frozenset[int] | set[int]:
        """The sentences that meet one requirement of `needs`: a look-up of just the words
        the text has (one set intersection), and a scan for each stretch."""
        got = self._held.get(needs)
        if got is None:
            words = self.words
            got = set()
            for word in needs.words & self.word_set:
                got.update(words[word])
            for stretch in needs.stretches:
                got.update(self._stretch(stretch))
            self._held[needs] = got
        return got

    @cached_property
    def word_set(self) -> frozenset[str]:
        return frozenset(self.words)

    def _stretch(self, s: str) -> Sequence[int]:
        if s in self._found:
            return self._found[s]
        out: list[int] = []
        low, ends, last = self.low or "", self.ends, len(self.ends)
        at = low.find(s)
        while at >= 0:
            k = bisect_left(ends, at)
            out.append(k)
            if k >= last:
                break
            at = low.find(s, ends[k] + 1)  # on to the next sentence
        self._found[s] = out
        return out

    @cached_property
    def words(self) -> dict[str, list[int]]:
        """Each word (a run of word characters, folded) and the sentences it is in."""
        out: dict[str, list[int]] = {}
        low, findall = self.low or "", _WORDS.findall
        for k in range(len(self.ends) + 1):
            start, stop = self.window(k)
            for word in set(findall(low, start, stop)):
                got = out.get(word)
                if got is None:
                    out[word] = [k]
                else:
                    got.append(k)
        return out


class Alternation:
    """`guard (?:alt0|alt1|…) tail` (the guard zero-width), matched as one regular
    expression would match it; `finditer` yields (alternative, match)."""

    def __init__(
        self, guard: str, alternatives: Sequence[str], tail: str = "", flags: int = 0
    ) -> None:
        self.guard, self.tail, self.flags = guard, tail, flags
        self.alternatives = list(alternatives)

    def _compile(self, pieces: Sequence[tuple[int, str]]) -> re.Pattern[str]:
        body = "|".join(f"(?P<p{i}>{alt})" for i, alt in pieces)
        return compile_rx(self.guard + "(?:" + body + ")" + self.tail, self.flags)

    @cached_property
    def rx(self) -> re.Pattern[str]:
        """The whole alternation, as written."""
        return self._compile(list(enumerate(self.alternatives)))

    @cached_property
    def _plan(self) -> _Plan:
        return _Plan(self)

    def finditer(self, text: str, seen: View | None = None) -> Iterator[tuple[int, re.Match[str]]]:
        """Every match, as `rx.finditer(text)` finds them; `seen` is the text's View, if
        the caller reads the same text with other rules too (it is made here if not)."""
        plan = self._plan
        if plan.gates and plan.never_empty:
            seen = seen if seen is not None and seen.text is text else View(text)
        else:
            seen = None
        if seen is None or seen.low is None or seen.sentence_length > _LONG:  # no gate helps
            for m in self.rx.finditer(text):
                yield _index(m), m
            return
        sources: list[_Whole | _Gated] = [_Gated(plan, seen)]
        if plan.whole_rx is not None:
            sources.append(_Whole(plan.whole_rx, text))
        owner = plan.owner
        pos = 0
        while True:
            best: Hit | None = None
            for source in sources:
                hit = source.first(pos)
                if hit is not None and (best is None or hit[:2] < best[:2]):
                    best = hit
            if best is None:
                return
            yield owner[best[1]], best[2]
            pos = best[2].end()  # never empty (checked), so always on


class _Plan:
    """The alternatives cut into pieces (in order), and which pieces are gated on what
    (domain.tone_plan cuts them; resources/tone/ has them for the shipped rules)."""

    def __init__(self, alternation: Alternation, cut: Callable[..., Pieces] = pieces_of) -> None:
        a = alternation
        self.alternation = alternation
        self.pieces: list[tuple[int, str]] = []  # (alternative, pattern)
        self.gates: dict[int, tuple[Need, ...]] = {}
        self.never_empty = True
        for i, alt in enumerate(a.alternatives):
            for parts, gate, never_empty in cut(a.guard, alt, a.tail, a.flags):
                self.never_empty &= never_empty
                if gate:
                    self.gates[len(self.pieces)] = tuple(need(needs) for needs in gate)
                self.pieces.append((i, "".join(parts)))
        self.owner = [i for i, _piece in self.pieces]
        self.whole = [(n, p) for n, (_i, p) in enumerate(self.pieces) if n not in self.gates]
        self._rxs: dict[int, re.Pattern[str]] = {}

    @cached_property
    def whole_rx(self) -> re.Pattern[str] | None:
        """The pieces not gated, in one pattern (compiled when first needed)."""
        return self.alternation._compile(self.whole) if self.whole else None

    def rx(self, n: int) -> re.Pattern[str]:
        """The pattern of piece n alone (compiled when first needed)."""
        got = self._rxs.get(n)
        if got is None:
            got = self._rxs[n] = self.alternation._compile([(n, self.pieces[n][1])])
        return got

    @cached_property
    def gated_rx(self) -> re.Pattern[str]:
        """All gated pieces in one pattern, each alternative whole where all its pieces are
        gated: one pass over a long sentence that many of them may match costs less than a
        pass for each (group names: an alternative's first piece)."""
        units: list[tuple[int, str]] = []
        for i, alt in enumerate(self.alternation.alternatives):
            mine = [n for n, owner in enumerate(self.owner) if owner == i]
            if all(n in self.gates for n in mine):
                units.append((mine[0], alt))
            else:
                units += [(n, self.pieces[n][1]) for n in mine if n in self.gates]
        return self.alternation._compile(units)


def _index(m: re.Match[str]) -> int:
    return int((m.lastgroup or "p0")[1:])


class _Whole:
    """The pieces not gated: the leftmost match at or after a position, in the whole text."""

    def __init__(self, rx: re.Pattern[str], text: str) -> None:
        self.rx, self.text = rx, text
        self.hit: Hit | None = None
        self.done = False

    def first(self, pos: int) -> Hit | None:
        if self.hit is not None and self.hit[0] >= pos:
            return self.hit
        if self.done:
            return None
        m = self.rx.search(self.text, pos)
        self.done = m is None
        self.hit = None if m is None else (m.start(), _index(m), m)
        return self.hit


class _Gated:
    """The gated pieces: searched only in the sentences that hold what they need."""

    def __init__(self, plan: _Plan, seen: View) -> None:
        self.plan, self.seen, self.text = plan, seen, seen.text
        by_sentence: dict[int, list[int]] = {}
        for n in sorted(plan.gates):
            for k in seen.passing(plan.gates[n]):
                by_sentence.setdefault(k, []).append(n)
        self.order = sorted(by_sentence)
        self.by_sentence = by_sentence
        self.j = 0  # where in `order` to go on from
        self.cache: dict[int, re.Match[str] | None] = {}  # per piece, in sentence `cached_for`
        self.cached_for = -1
        self.last: tuple[int, Hit | None] | None = None  # (searched from, found)

    def first(self, pos: int) -> Hit | None:
        if self.last is not None:
            since, hit = self.last
            if since <= pos and (hit is None or hit[0] >= pos):
                return hit  # still the leftmost at or after pos
        hit = self._first(pos)
        self.last = (pos, hit)
        return hit

    def _first(self, pos: int) -> Hit | None:
        order, seen = self.order, self.seen
        j = self.j
        if j < len(order) and seen.window(order[j])[1] <= pos:
            j = bisect_right(order, seen.sentence_at(pos) - 1, j)
        while j < len(order):
            k = order[j]
            start, stop = seen.window(k)
            hit = self._in_sentence(k, max(pos, start), stop)
            if hit is not None:
                self.j = j
                return hit
            j += 1
        self.j = j
        return None

    def _in_sentence(self, k: int, pos: int, stop: int) -> Hit | None:
        """The leftmost match at or after pos in sentence k, the earliest piece first."""
        pieces = self.by_sentence[k]
        if len(pieces) > _CROWDED and stop - pos > _LONG:  # text with few sentence ends
            m = self.plan.gated_rx.search(self.text, pos, stop)
            return None if m is None else (m.start(), _index(m), m)
        if self.cached_for != k:
            self.cache, self.cached_for = {}, k
        best: Hit | None = None
        for n in pieces:
            m = self.cache.get(n, False)
            if m is False or (m is not None and m.start() < pos):  # type: ignore[union-attr]
                m = self.plan.rx(n).search(self.text, pos, stop)
                self.cache[n] = m
            if m is not None and (best is None or m.start() < best[0]):
                best = (m.start(), n, m)
        return best
