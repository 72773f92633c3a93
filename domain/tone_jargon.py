"""Jargon in a draft: words a client may not know, found three ways.

1. Terms from resources/tone/jargon.toml and the playbook: words common in general
   English but jargon in a letter ("deploy", "latency") and business cliches ("move
   the needle"), each with the plain wording to suggest.
2. Acronyms ("SKU", "CI/CD"), unless most clients know them (the lexicon's [known])
   or they are an everyday word in capitals ("PLEASE NOTE").
3. Rare words: a lower-case word rarer than RARE_ZIPF in general English, by
   wordfreq's frequencies (resources/tone/word_frequency.txt, read once, lazily).
   Capitalised words are names (people, companies, products) and are left alone.

A term the client used (their words in the call's notes) or one the user allowed is
never flagged: `allowed` holds them, lower-cased.
"""

from __future__ import annotations

import re
from collections import namedtuple
from collections.abc import Container, Iterable
from functools import lru_cache

from domain.tone_data import RESOURCES, Regex, stored
from domain.tone_gate import Alternation, View
from domain.tone_patterns import Hit

FREQUENCIES = RESOURCES / "word_frequency.txt"
# Zipf 2.5 is about once in 300 million words: "idempotent", "failover", "timesheet".
RARE_ZIPF = 2.5
MIN_RARE_LENGTH = 5
# A word in capitals that is this common in lower case ("NOTE", "URGENT") is shouted.
SHOUTED_ZIPF = 4.0
_ACRONYM = Regex(r"(?<![\w/&.-])[A-Z][A-Z0-9]*[A-Z](?:[/&][A-Z0-9]+)*s?(?![\w/&-]|\.\w)")
# Cliches with words in the middle: "take the pricing question offline".
_SPLIT_CLICHES = Regex(r"\btake\s+(?:[\w-]+\s+){1,4}?offline\b", re.IGNORECASE)
_LOWER_WORD = r"(?<![\w@/.'’-])[a-z][a-z]*(?:-[a-z]+)*(?![\w@/'’-]|\.\w)"
# The same words, only those that can be MIN_RARE_LENGTH long: a filter on where a match
# may start, so it finds exactly those of _LOWER_WORD's matches, with fewer to skip.
_LONG_LOWER_WORD = Regex(f"(?=[a-z][a-z-]{{{MIN_RARE_LENGTH - 1}}})" + _LOWER_WORD)


class Lexicon(namedtuple("Lexicon", "terms known")):  # collections': no typing at start-up
    """terms: jargon term -> plain rewrite (dict[str, str]); known: frozenset[str]."""

    __slots__ = ()


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    text = (RESOURCES / "jargon.toml").read_text(encoding="utf-8")
    found = stored("lexicon", text)  # parsed ahead of time (domain.tone_data)
    if found is None:
        found = parse_lexicon(text)
    terms, known = found
    return Lexicon(dict(terms), frozenset(known))


def parse_lexicon(text: str) -> tuple[dict[str, str], tuple[str, ...]]:
    import tomllib

    data = tomllib.loads(text)
    terms = {k.lower(): v for k, v in data.get("terms", {}).items()}
    known = tuple(sorted({w.lower() for w in data.get("known", {}).get("words", [])}))
    return terms, known


@lru_cache(maxsize=4)
def common_words(threshold: float = RARE_ZIPF) -> frozenset[str]:
    """Words at least as frequent as `threshold` (Zipf); the file is most frequent first."""
    words: set[str] = set()
    with FREQUENCIES.open(encoding="utf-8") as lines:
        for line in lines:
            zipf, _, bucket = line.partition(" ")
            if float(zipf) < threshold:
                break
            words.update(bucket.split())
    return frozenset(words)


def word_buckets() -> tuple[dict[str, str], dict[str, str]]:
    """The words of SHOUTED_ZIPF and up, and those from RARE_ZIPF up to it, each kind by
    its first two letters: " word word … " (stored ahead of time by domain.tone_build)."""
    strong = common_words(SHOUTED_ZIPF)
    weak = common_words(RARE_ZIPF) - strong
    out = []
    for words in (strong, weak):
        buckets: dict[str, list[str]] = {}
        for word in sorted(words):
            buckets.setdefault(word[:2], []).append(word)
        out.append({k: " " + " ".join(v) + " " for k, v in buckets.items()})
    return out[0], out[1]


def words_source() -> tuple[float, float, int]:
    """What the stored buckets were cut from (the file's size stands for its content;
    tests/domain/test_tone_data.py compares the content)."""
    return RARE_ZIPF, SHOUTED_ZIPF, FREQUENCIES.stat().st_size


class _Buckets:
    """`word in` a set of words, looked up in the bucket of its first two letters: reading
    the buckets takes a millisecond where building the set took fifteen."""

    def __init__(self, *kinds: dict[str, str]) -> None:
        self.kinds = kinds

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word or " " in word:
            return False
        key, padded = word[:2], f" {word} "
        return any(padded in kind.get(key, "") for kind in self.kinds)


@lru_cache(maxsize=4)
def known_words(threshold: float = RARE_ZIPF) -> Container[str]:
    """The words at least as frequent as `threshold`, as common_words has them, from the
    stored buckets when they are there."""
    found = stored("words", words_source()) if threshold in (RARE_ZIPF, SHOUTED_ZIPF) else None
    if found is None:
        return common_words(threshold)
    strong, weak = found
    return _Buckets(strong) if threshold == SHOUTED_ZIPF else _Buckets(strong, weak)


@lru_cache(maxsize=64)
def terms_rx(terms: tuple[str, ...]) -> tuple[Alternation, tuple[str, ...]]:
    """One whole-word, case-insensitive alternation of all terms, longest first (so "root
    cause analysis" wins over "root cause"); an optional plural s/es; a hyphen and a space
    are the same ("go-live", "go live"). Gated per sentence like the rules."""
    keys = tuple(
        sorted({t.strip().lower() for t in terms if t.strip()}, key=lambda k: (-len(k), k))
    )
    alternatives = [r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", k)) for k in keys]
    return Alternation(
        r"(?<![\w-])(?=\w)", alternatives or [r"(?!)"], r"(?:s|es)?(?![\w-])", re.IGNORECASE
    ), keys


def find_jargon(
    text: str,
    extra_terms: Iterable[str] = (),
    allowed: Iterable[str] = (),
    seen: View | None = None,
) -> list[Hit]:
    """Every jargon term in `text`, in order, none overlapping, each with its rewrite;
    `allowed` words skipped. `seen`: the text cut into sentences, if the caller has it."""
    lex = lexicon()
    ok = {w.lower() for w in allowed} | lex.known
    hits: list[Hit] = []
    taken: set[int] = set()  # every character already inside a hit

    def add(start: int, end: int, term: str, plain: str) -> None:
        if _is_allowed(term, ok) or any(i in taken for i in range(start, end)):
            return
        taken.update(range(start, end))
        rewrite = f"Say '{plain}'." if plain else f"Explain '{term}' in plain words."
        hits.append(Hit(start, end, rewrite))

    alternation, keys = terms_rx((*lex.terms, *(t.lower() for t in extra_terms)))
    for index, m in alternation.finditer(text, seen):
        key = keys[index]
        add(m.start(), m.end(), m.group(0), lex.terms.get(key, ""))
    for m in _SPLIT_CLICHES.finditer(text):
        add(m.start(), m.end(), m.group(0), "talk about it separately")
    for m in _ACRONYM.finditer(text):
        if not _shouted(m.group(0)) and not _a_name(text, m.start(), m.end()):
            add(m.start(), m.end(), m.group(0), "")
    common = known_words()
    rare: dict[str, bool] = {}  # a long text repeats its words: judge each once
    for m in _LONG_LOWER_WORD.finditer(text):
        word = m.group(0)
        if len(word) < MIN_RARE_LENGTH:
            continue
        if word not in rare:
            rare[word] = _rare(word, common)
        if rare[word]:
            add(m.start(), m.end(), word, "")
    return sorted(hits, key=lambda h: h.start)


_SUFFIXES = (
    ("s", ""),
    ("es", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
    ("er", ""),
    ("er", "e"),
    ("ers", ""),
    ("est", ""),
    ("iest", "y"),
    ("ier", "y"),
    ("ness", ""),
    ("ment", ""),
    ("able", ""),
)
_PREFIXES = ("re", "un", "pre", "over", "under", "sub", "non", "co", "mis", "out", "up", "multi")


def _rare(word: str, common: Container[str]) -> bool:
    if word in common:
        return False
    if "-" in word:  # "follow-up", "well-known": rare only if a part is
        return any(len(p) >= MIN_RARE_LENGTH and _rare(p, common) for p in word.split("-"))
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and word[: -len(suffix)] + repl in common:
            return False
    for prefix in _PREFIXES:  # "rebooking", "unpacked", "overbooked"
        if word.startswith(prefix) and not _rare(word[len(prefix) :], common):
            return False
    return True


def _is_allowed(term: str, allowed: set[str]) -> bool:
    key = " ".join(re.split(r"[\s-]+", term.lower()))
    singular = key[:-1] if key.endswith("s") else key
    return key in allowed or singular in allowed


# Letters that name a firm, not a term: "our courier, KLX,", "Northpoint IT", "XPO Logistics",
# or the subject of what someone did ("XPO left your cartons", "TNT loaded the crates").
_NAME_BEFORE = re.compile(
    r"(?:(?:firm|company|carrier|courier|supplier|vendor|partner|provider|haulier|forwarder|"
    r"contractor|subcontractor|agency|bank|insurer|broker|distributor|wholesaler|manufacturer|"
    r"host|platform)s?\s*,\s*|\b[A-Z][a-z]+\s+)$"
)
_NAME_AFTER = re.compile(
    r"\s+(?:never\s+|then\s+|also\s+|simply\s+)?(?:[a-z]+ed|left|took|sent|"
    r"lost|held|brought|kept|sold|gave|put|cut|let|ran|shut|broke|forgot)\s+(?:your|our|the|a|an|"
    r"two|three|four|five|several|\d+|us|you|it|them)\b"
)


def _a_name(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 30) : start]
    if _NAME_BEFORE.search(before) and not re.search(r"(?:^|[.!?]\s+)[A-Z][a-z]+\s+$", before):
        return True
    if re.match(r"\s+[A-Z][a-z]+\b", text[end : end + 30]):
        return True  # "XPO Logistics"
    opens = not before.strip() or before.rstrip()[-1] in ".!?"
    return opens and bool(_NAME_AFTER.match(text, end))


def _shouted(term: str) -> bool:
    """A capitalised everyday word ("PLEASE READ", "NOTE") is shouting, not an acronym."""
    return term.lower() in known_words(SHOUTED_ZIPF)


def client_words(texts: Iterable[str]) -> set[str]:
    """The words, acronyms and two- and three-word phrases a client used (their quotes,
    concerns and questions); hyphens count as spaces, as in `_is_allowed`."""
    words: set[str] = set()
    for text in texts:
        tokens = re.findall(r"\w[\w/&]*", text.lower())
        words.update(tokens)
        for n in (2, 3):  # phrases: "go live", "root cause analysis"
            words.update(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return words
