"""What a pattern needs in the text it matches, read off re's own parse of it.

The tone review's gates (domain.tone_gate) search a costly alternative only in the
sentences that meet its gate: for each of a few sets of requirements, one of them. A
requirement is a whole word ("let us down" needs "let" and "down") or, where no whole
word can be told, a stretch of text. `read` also says whether a match could cross a
sentence end or be empty (then there is no gate). Which requirements to pick is a guess
from word frequencies (speed only); whatever is picked, a gate never drops a match.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from re import _constants as C  # noqa: PLC2701 (the parser is the only exact reader)
from re import _parser as P  # noqa: PLC2701

from domain.tone_gate import ENDS, fold
from resources import resource_path

_EXACT_LIMIT = 64  # most exact strings tracked for one part of a pattern
_NO_GATE = 2.0  # the cost of a set that cannot be tested
_FREQUENCIES = resource_path("tone", "word_frequency.txt")

# Marks inside the exact strings worked out below: a word boundary (\b, a lookaround on
# \w, a non-word character next to it), and a gap of one or more non-word characters.
BOUND, GAP = "\x00", "\x01"
_WORD = re.compile(r"\w+")

Requirement = tuple[bool, str]  # (a whole word, else any stretch of text; lower case)
Needs = frozenset[Requirement]  # one of them holds
Gate = tuple[Needs, ...]  # every one of them holds
# (every exact string a part of a pattern matches, if few; sets of strings one of which
# every match holds; whether what follows starts after a non-word character)
Exact = tuple[set[str] | None, list[frozenset[str]], bool]


@lru_cache(maxsize=4096)
def _char(code: int) -> tuple[str, bool]:
    """A literal character of a pattern: folded, and whether it is a word character."""
    char = chr(code)
    return fold(char), _WORD.match(char) is not None


@lru_cache(maxsize=1)
def _zipf() -> dict[str, float]:
    """Common words (Zipf 4 and up) and how common: a gate on a rare word is cheap."""
    out: dict[str, float] = {}
    with _FREQUENCIES.open(encoding="utf-8") as lines:
        for line in lines:
            zipf, _, bucket = line.partition(" ")
            if float(zipf) < 4.0:
                break
            out.update(dict.fromkeys(bucket.split(), float(zipf)))
    return out


@lru_cache(maxsize=16384)
def _share(req: Requirement) -> float:
    """About the share of sentences meeting it (a heuristic: speed only)."""
    word, s = req
    zipf = _zipf().get(s, 0.0)
    as_word = min(1.0, 50 * 10 ** (zipf - 9)) if zipf else 0.003
    if word:
        return as_word
    as_part = {1: 1.0, 2: 0.3, 3: 0.05, 4: 0.015, 5: 0.006, 6: 0.004}.get(len(s), 0.002)
    return max(as_word if zipf else 0.0, as_part)


@lru_cache(maxsize=16384)
def requirements(raw: str) -> tuple[Requirement, ...]:
    """What a gate can test of an exact string, the rarest first: its whole words (runs of
    word characters with a boundary, a gap or another character on each side), else its
    longest unbroken stretch; () if nothing."""
    words = {m.group(0) for m in _WORD.finditer(raw) if m.start() > 0 and m.end() < len(raw)}
    if words:
        return tuple(sorted(((True, w) for w in words), key=lambda r: (_share(r), -len(r[1]), r)))
    parts = [p for p in re.split(f"[{BOUND}{GAP}]", raw) if p]
    return ((False, max(parts, key=lambda p: (len(p), p))),) if parts else ()


def _chosen(raw: frozenset[str], rank: int = 0) -> Needs | None:
    """One requirement of each string: the rank-th rarest (or the last one)."""
    reqs = [requirements(r) for r in raw]
    if not all(reqs):
        return None
    return frozenset(r[min(rank, len(r) - 1)] for r in reqs)


@lru_cache(maxsize=16384)
def _cost(raw: frozenset[str]) -> float:
    """About the share of sentences a gate on one of `raw` lets through, or _NO_GATE."""
    needs = _chosen(raw)
    return _NO_GATE if needs is None else needs_cost(needs)


def needs_cost(needs: Needs) -> float:
    miss = 1.0
    for req in sorted(needs):  # in a fixed order: the same float on every run
        miss *= 1.0 - _share(req)
    return 1.0 - miss + 0.0005 * len(needs)


def gate_cost(gate: Gate) -> float:
    """About the share of sentences the gate lets through (1.0: no gate)."""
    cost = 1.0
    for needs in gate:
        cost *= min(1.0, needs_cost(needs))
    return cost


def _best(options: Sequence[frozenset[str] | None]) -> frozenset[str] | None:
    usable = [o for o in options if o and _cost(o) < _NO_GATE]
    return min(usable, key=lambda o: (_cost(o), sorted(o))) if usable else None


def _sequence(
    items: Sequence[tuple[object, object]], gap: bool = False, bound_after: bool = False
) -> Exact:
    """Read a sequence: `gap`, it starts after a non-word character or a boundary;
    `bound_after`, what follows it starts with one."""
    needs: list[frozenset[str]] = []
    run: set[str] = {BOUND if gap else ""}
    whole = True
    for i, (op, av) in enumerate(items):
        after = _starts_bound(*items[i + 1]) if i + 1 < len(items) else bound_after
        exact, more, gap = _node(op, av, gap, after)
        needs += more
        if exact is not None and len(run) * len(exact) <= _EXACT_LIMIT:
            run = {a + b for a in run for b in exact}
            continue
        needs.append(frozenset(run))
        whole = False
        run = set(exact) if exact is not None else {BOUND if gap else ""}
    if bound_after:
        run = {r + BOUND for r in run}
    if whole:
        return run, needs, gap
    needs.append(frozenset(run))
    return None, needs, gap


def _node(op: object, av: object, gap: bool, after: bool) -> Exact:
    """One part of a sequence; `after`: what follows it starts with a boundary."""
    if op is C.LITERAL:
        char, word = _char(av)  # type: ignore[arg-type]
        return {char}, [], not word
    if op in (C.AT, C.ASSERT_NOT, C.ASSERT):
        bound = _starts_bound(op, av)
        return {BOUND if bound else ""}, [], gap or bound
    if op is C.IN:
        chars = [_char(v) for o, v in av if o is C.LITERAL]  # type: ignore[union-attr]
        if len(chars) == len(av):  # type: ignore[arg-type]
            return {c for c, _w in chars}, [], not any(w for _c, w in chars)
        if not _in_class(av, WORD):  # type: ignore[arg-type]
            return {GAP}, [], True
        return None, [], False
    if op is C.SUBPATTERN:
        return _sequence(av[-1], gap, after)  # type: ignore[index]
    if op is C.ATOMIC_GROUP:
        return _sequence(av, gap, after)  # type: ignore[arg-type]
    if op is C.BRANCH:
        parts = [_sequence(b, gap, after) for b in av[1]]  # type: ignore[index]
        exact: set[str] | None = set()
        for e, _n, _g in parts:
            exact = exact | e if exact is not None and e is not None else None
        if exact is not None and len(exact) > _EXACT_LIMIT:
            exact = None
        bests = [_best([frozenset(e) if e is not None else None, *n]) for e, n, _g in parts]
        union = frozenset().union(*bests) if all(bests) else None  # type: ignore[arg-type]
        return exact, [union] if union else [], all(g for _e, _n, g in parts)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, sub = av  # type: ignore[misc]
        if low == high == 1:
            return _sequence(sub, gap, after)
        exact, more, ends_gap = _sequence(sub, False, after and high == 1)  # each turn alone
        gap_after = ends_gap and (gap or low > 0)  # zero turns leave it as it was
        if exact == {GAP}:  # \s+, [\s-]*: still a gap, or nothing
            return ({GAP} if low else {"", GAP}), [], gap_after
        if low == 0 and high == 1:
            return (exact | {""} if exact is not None else None), [], gap_after
        best = _best([frozenset(exact) if exact is not None else None, *more])
        return None, [best] if best and low >= 1 else [], gap_after
    return None, [], False


def _starts_bound(op: object, av: object) -> bool:
    """Whatever this part matches starts with a boundary or a non-word character."""
    if op is C.AT:
        return av is C.AT_BOUNDARY
    if op is C.ASSERT_NOT:  # (?<!\w), (?![\w-]): no word character there
        items = av[1]  # type: ignore[index]
        return (
            len(items) == 1 and items[0][0] is C.IN and (C.CATEGORY, C.CATEGORY_WORD) in items[0][1]
        )
    if op is C.LITERAL:
        return not _char(av)[1]  # type: ignore[arg-type]
    if op is C.IN:
        return not _in_class(av, WORD)  # type: ignore[arg-type]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, sub = av  # type: ignore[misc]
        return low > 0 and len(sub) > 0 and _starts_bound(*sub[0])
    if op is C.SUBPATTERN:
        sub = av[-1]  # type: ignore[index]
        return len(sub) > 0 and _starts_bound(*sub[0])
    return False


@dataclass(frozen=True)
class Reading:
    gate: Gate  # () if none can be tested
    never_empty: bool  # every match consumes a character
    crosses: bool  # a match could consume a sentence end (or it cannot be told)


@lru_cache(maxsize=2048)
def parse(pattern: str, flags: int) -> P.SubPattern:
    """re's parse of a pattern, kept: the same parts recur in many pieces."""
    return P.parse(pattern, flags)


@lru_cache(maxsize=2048)
def _crosses(pattern: str, flags: int) -> bool:
    return consumes_end(parse(pattern, flags))


@lru_cache(maxsize=4096)
def _analyse(pattern: str, flags: int, gap: bool, after: bool) -> Exact:
    exact, needs, gap = _sequence(parse(pattern, flags), gap, after)
    return exact, needs, gap


@lru_cache(maxsize=4096)
def read(parts: tuple[str, ...], flags: int) -> Reading:
    """The gate of the pattern `"".join(parts)`: the most selective sets of whole words (a
    look-up each), plus one of other stretches (a scan each) where words let much
    through. Each part is read on its own (parts shared by many patterns, once)."""
    parsed = [parse(part, flags) for part in parts]
    raw: list[frozenset[str]] = []
    gap, width, crosses = False, 0, False
    for i, part in enumerate(parts):
        after = i + 1 < len(parts) and len(parsed[i + 1]) > 0 and _starts_bound(*parsed[i + 1][0])
        exact, needs, gap = _analyse(part, flags, gap, after)
        raw += needs + ([frozenset(exact)] if exact is not None else [])
        width += parsed[i].getwidth()[0]
        crosses = crosses or _crosses(part, flags)
    found: set[Needs] = set()
    for o in set(raw):
        found.update(n for n in (_chosen(o, 0), _chosen(o, 1)) if n is not None)
    ranked = sorted(found, key=lambda n: (needs_cost(n), sorted(n)))
    words = [n for n in ranked if all(word for word, _s in n)][:4]
    others = [n for n in ranked if n not in words and needs_cost(n) < 0.5]
    gate = tuple(words + others[:1] if gate_cost(tuple(words)) > 0.1 else words)
    return Reading(gate, width > 0, crosses)


_CATEGORY = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
}


WORD = "word"  # for _in_class: any word character at all


def _in_class(items: Sequence[tuple[object, object]], ch: str) -> bool:
    """Whether the class can match `ch` (or, for WORD, some word character); when in
    doubt, yes."""
    if ch == WORD:
        for op, av in items:
            if op is C.LITERAL and not _WORD.match(chr(av)):  # type: ignore[arg-type]
                continue
            if op is C.CATEGORY and av in (C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD):
                continue
            return True
        return False
    negate, hit = False, False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit |= chr(av) == ch  # type: ignore[arg-type]
        elif op is C.RANGE:
            hit |= av[0] <= ord(ch) <= av[1]  # type: ignore[index]
        elif op is C.CATEGORY and av in _CATEGORY:
            hit |= re.match(_CATEGORY[av], ch) is not None  # type: ignore[index]
        else:
            return True  # not understood: assume it can
    return hit != negate


def consumes_end(items: Sequence[tuple[object, object]]) -> bool:
    """Whether any part (lookarounds too) could consume a sentence end (. ! ?)."""
    for op, av in items:
        if op in (C.AT,):
            continue
        if op is C.LITERAL:
            if chr(av) in ENDS:  # type: ignore[arg-type]
                return True
        elif op is C.IN:
            if any(_in_class(av, ch) for ch in ENDS):  # type: ignore[arg-type]
                return True
        elif op is C.BRANCH:
            if any(consumes_end(b) for b in av[1]):  # type: ignore[index]
                return True
        elif op in (
            C.SUBPATTERN,
            C.ASSERT,
            C.ASSERT_NOT,
            C.ATOMIC_GROUP,
            C.MAX_REPEAT,
            C.MIN_REPEAT,
            C.POSSESSIVE_REPEAT,
        ):
            if consumes_end(av if op is C.ATOMIC_GROUP else av[-1]):  # type: ignore[index]
                return True
        else:
            return True  # any character, a back-reference, …: assume it can
    return False
