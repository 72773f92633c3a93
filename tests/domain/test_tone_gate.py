"""The tone review's sentence gates: a gate may skip work, never a match.

Each rule's alternation is matched through domain.tone_gate; whatever text it reads, the
matches must be those of one finditer over the whole alternation: on corpus sentences
joined in every way a sentence end can be missing, doubled or moved, in odd case and
odd letters, and on word salad made of the very words the gates look for.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.tone import SENTENCE_RULES
from domain.tone_gate import FOLD, Alternation, View, fold
from domain.tone_jargon import lexicon, terms_rx
from domain.tone_needs import read
from domain.tone_patterns import FLAGS, WORD_START
from domain.tone_plan import split_leading

ROOT = Path(__file__).resolve().parent.parent.parent
ALTERNATIONS: list[tuple[str, Alternation]] = [
    (rule.value, patterns.patterns) for rule, patterns in SENTENCE_RULES
] + [
    ("jargon", terms_rx(tuple(lexicon().terms))[0]),
    ("jargon+playbook", terms_rx((*lexicon().terms, "SLA breach", "root cause", "e.g."))[0]),
]


def corpus() -> list[str]:
    out = []
    for part in ("dev", "heldout"):
        for line in (
            (ROOT / "bench" / "tone_corpus" / f"{part}.tsv").read_text("utf-8").splitlines()
        ):
            if line.strip() and not line.startswith("#"):
                out.append(line.split("\t")[1])
    return out


SENTENCES = corpus()
JOINS = [" ", "\n", "", ". ", "! ", "?", "... ", ", ", "; ", "\n\n- ", " (", ") "]


def mangled(seed: int, count: int = 60) -> str:
    """Corpus sentences with their ends dropped, doubled or moved, in odd case and letters."""
    rnd = random.Random(seed)
    parts = []
    for _ in range(count):
        s = rnd.choice(SENTENCES)
        roll = rnd.random()
        if roll < 0.15:
            s = s.rstrip(".!?")
        elif roll < 0.25:
            s = s.upper()
        elif roll < 0.3:
            s = s.replace("s", "\u017f").replace("i", "\u0131").replace("I", "\u0130")
        elif roll < 0.35:
            s = s.replace(" ", ". ", rnd.randint(1, 3))
        elif roll < 0.4:
            s = s.replace("'", "\u2019").replace("k", "\u212a")
        parts.append(s)
        parts.append(rnd.choice(JOINS))
    return "".join(parts)


def one_pass(alternation: Alternation, text: str) -> list[tuple[int, int, int]]:
    return [
        (int((m.lastgroup or "")[1:]), m.start(), m.end()) for m in alternation.rx.finditer(text)
    ]


def gated(alternation: Alternation, text: str, seen: View | None = None) -> list:
    return [(i, m.start(), m.end()) for i, m in alternation.finditer(text, seen)]


@pytest.mark.parametrize(("name", "alternation"), ALTERNATIONS, ids=[n for n, _ in ALTERNATIONS])
def test_gated_matches_are_those_of_one_pass(name: str, alternation: Alternation) -> None:
    for seed in range(8):
        text = mangled(seed)
        assert gated(alternation, text) == one_pass(alternation, text), (name, seed)


def test_a_long_stretch_without_sentence_ends_gives_the_same_matches() -> None:
    """A long "sentence" among short ones (one pass of all gated pieces there), and a text
    with hardly any sentence end at all (one pass of the whole alternation)."""
    rnd = random.Random(5)
    run_on = " ".join(rnd.choice(SENTENCES).rstrip(".!?") for _ in range(60))
    short = " ".join(rnd.choice(SENTENCES) for _ in range(300))
    for text in (short + " " + run_on + ". " + short, run_on):
        seen = View(text)
        assert max(b - a for a, b in map(seen.window, range(len(seen.ends) + 1))) > 2000
        for name, alternation in ALTERNATIONS:
            assert gated(alternation, text, seen) == one_pass(alternation, text), name


WORDS = sorted(
    {w for s in SENTENCES for w in re.findall(r"[\w'’-]+", s)}
    | {w for t in lexicon().terms for w in t.split()}
)
TOKENS = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from([".", "!", "?", ",", "'", "’", "-", "\n", "  ", "s", "I", "WE", "The"]),
)


@settings(max_examples=100, deadline=None)
@given(st.lists(TOKENS, max_size=40), st.sampled_from([" ", "", "\n"]))
def test_word_salad_gives_the_same_matches(tokens: list[str], sep: str) -> None:
    text = sep.join(tokens)
    seen = View(text)
    for name, alternation in ALTERNATIONS:
        assert gated(alternation, text, seen) == one_pass(alternation, text), name


CONTEXT = st.sampled_from(["", " ", ". ", "\n", "We ", "the ", "Sorry. ", *SENTENCES[:40]])


_CORES: dict[tuple[str, int], st.SearchStrategy[str]] = {}


def matching(alternation: Alternation, alt: str) -> st.SearchStrategy[str]:
    """Text that matches the alternative in full. Built once per alternative: building
    st.from_regex of a big alternative anew for every example cost seconds per example."""
    key = (alt, int(alternation.flags))
    if key not in _CORES:
        _CORES[key] = st.from_regex(re.compile(alt, alternation.flags), fullmatch=True)
    return _CORES[key]


@st.composite
def a_match_in_context(draw: st.DrawFn, alternation: Alternation, alt: str) -> str:
    """Text made to match the alternative, maybe with a sentence end put inside, and
    sentences around it."""
    core = draw(matching(alternation, alt))
    at = draw(st.integers(0, len(core)))
    core = core[:at] + draw(st.sampled_from(["", "", ".", ". ", "!", "?", ".5"])) + core[at:]
    return draw(CONTEXT) + core + draw(st.sampled_from(["", " ", ".", ".5", "s", "-x", " now."]))


EACH = [
    (name, i, alternation)
    for name, alternation in ALTERNATIONS
    if not name.startswith("jargon")
    for i in range(len(alternation.alternatives))
]


BIG = 3000  # characters of pattern


@pytest.mark.parametrize(("name", "i", "alternation"), EACH, ids=[f"{n}-{i}" for n, i, _ in EACH])
def test_every_alternative_is_found_behind_its_gate(
    name: str, i: int, alternation: Alternation
) -> None:
    # A few per alternative; the big ones (a long list of agents or verbs inside) are slow
    # to draw, and three texts made to match them already take each of their gates.
    examples = 5 if len(alternation.alternatives[i]) < BIG else 3

    @settings(max_examples=examples, deadline=None)
    @given(a_match_in_context(alternation, alternation.alternatives[i]))
    def check(text: str) -> None:
        assert gated(alternation, text) == one_pass(alternation, text)

    check()


@pytest.mark.parametrize(("name", "alternation"), ALTERNATIONS[-2:], ids=["jargon", "playbook"])
def test_every_jargon_term_is_found_behind_its_gate(name: str, alternation: Alternation) -> None:
    @settings(max_examples=100, deadline=None)
    @given(
        st.sampled_from(alternation.alternatives).flatmap(
            lambda a: a_match_in_context(alternation, a)
        )
    )
    def check(text: str) -> None:
        assert gated(alternation, text) == one_pass(alternation, text)

    check()


def test_a_match_running_past_a_sentence_end_is_whole() -> None:
    excuse = dict(ALTERNATIONS)["excuse"]
    text = "We act per clause 4.2 of the contract."
    [per_clause] = [i for i, alt in enumerate(excuse.alternatives) if "clause|section" in alt]
    assert gated(excuse, text) == one_pass(excuse, text) == [(per_clause, 7, 21)]


def pattern_chars() -> set[str]:
    chars: set[str] = set()
    for _name, alternation in ALTERNATIONS:
        chars.update(alternation.rx.pattern)
    return chars


ALL_CHARS = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def test_folding_finds_whatever_ignorecase_matches() -> None:
    """A literal the gates look for, folded, is in the folded text wherever re's
    IGNORECASE matches it; folding keeps lengths and what is a word character."""
    folded = ALL_CHARS.translate(FOLD).lower()
    assert len(folded) == len(ALL_CHARS)
    assert [m.start() for m in re.finditer(r"\w", folded)] == [
        m.start() for m in re.finditer(r"\w", ALL_CHARS)
    ]
    for char in pattern_chars():
        for m in re.finditer(re.escape(char), ALL_CHARS, re.IGNORECASE):
            assert folded[m.start()] == fold(char), (char, hex(ord(m.group(0))))


def test_split_leading_takes_only_a_plain_leading_choice() -> None:
    assert split_leading(r"\b(?:a|b\s+c)\s+d") == ("\\b", ["a", r"b\s+c"], r"\s+d")
    assert split_leading(r"(?:(?:a|[(|]))x") == ("", ["a", "[(|]"], "x")
    assert split_leading(r"(?:a|b)?c") is None  # optional: not a choice of two
    assert split_leading(r"(?:a|b)c|d") is None  # d would be tried before b
    assert split_leading(r"x(?:a|b)") is None
    assert split_leading(r"(?:a)b") is None


def test_a_gate_needs_the_words_every_match_holds() -> None:
    gate = read((WORD_START, r"\blet\s+(?:us|you)\s+down\b"), FLAGS).gate
    assert frozenset({(True, "down")}) in gate and frozenset({(True, "let")}) in gate
    assert read((WORD_START, r"\bclause\s+[\d.]+\b"), FLAGS).never_empty
    assert read((WORD_START, r"\bclause\s+[\d.]+\b"), FLAGS).crosses  # may run past a "."
    assert not read((WORD_START, r"\w*"), FLAGS).never_empty


def test_the_view_cuts_sentences_after_their_end() -> None:
    seen = View("We are sorry. It was late! Why? Soon")
    assert [seen.window(k) for k in range(4)] == [(0, 13), (13, 26), (26, 31), (31, 36)]
    assert seen.words["sorry"] == [0] and seen.words["soon"] == [3]
