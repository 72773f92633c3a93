"""The tone rules' stored data (domain.tone_data): fresh, exact, and never needed.

resources/tone/gates.json and compiled.<python>.bin are built by domain.tone_build from
the rules, the lexicon and the word list. These tests fail when a rule changed and the
files were not rebuilt (`.venv/bin/python -m domain.tone_build`), check that what is
read back is what re and the planner would build, and that without the files a review
finds exactly the same (only slower).
"""

from __future__ import annotations

import json
import marshal
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from domain import tone_data
from domain.tone import SENTENCE_RULES
from domain.tone_build import build_compiled, build_plans, gates_data
from domain.tone_gate import Alternation, View, _Plan
from domain.tone_jargon import (
    RARE_ZIPF,
    SHOUTED_ZIPF,
    common_words,
    known_words,
    lexicon,
    parse_lexicon,
)
from domain.tone_plan import plan_alternative

ROOT = Path(__file__).resolve().parent.parent.parent
REBUILD = "stale: run `.venv/bin/python -m domain.tone_build` and commit resources/tone/"
HAS_COMPILED = tone_data.COMPILED.exists()
needs_compiled = pytest.mark.skipif(
    not HAS_COMPILED, reason=f"no {tone_data.COMPILED.name} for this Python"
)


def corpus_text() -> str:
    lines = []
    for part in ("dev", "dev2"):
        path = ROOT / "bench" / "tone_corpus" / f"{part}.tsv"
        lines += [
            line.split("\t")[1]
            for line in path.read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        ]
    return " ".join(lines)


@pytest.fixture(scope="module")
def plans() -> dict:
    return build_plans()


def test_gates_json_holds_the_pieces_of_every_rule_as_they_are_cut_now(plans: dict) -> None:
    stored = json.loads(tone_data.GATES.read_text(encoding="utf-8"))
    fresh = json.loads(json.dumps(gates_data(plans)))
    assert stored["sources"] == fresh["sources"], "the rules changed; gates.json is " + REBUILD
    assert stored == fresh, "the pieces are cut differently now; gates.json is " + REBUILD


@needs_compiled
def test_the_compiled_file_is_what_the_build_tool_makes_now(plans: dict) -> None:
    stored = marshal.loads(tone_data.COMPILED.read_bytes())
    fresh = build_compiled(plans)
    assert stored["stamp"] == fresh["stamp"]
    for part in ("plans", "lexicon", "words"):
        assert stored[part] == fresh[part], f"{part} changed; {tone_data.COMPILED.name} is " + (
            REBUILD
        )
    assert stored["code"].keys() == fresh["code"].keys(), "the patterns changed; " + REBUILD
    for key, blobs in fresh["code"].items():
        for blob, stored_blob in zip(blobs, stored["code"][key], strict=True):
            *head, packed = marshal.loads(blob)
            *stored_head, stored_packed = marshal.loads(stored_blob)
            assert stored_head == head and zlib.decompress(stored_packed) == zlib.decompress(packed)


@needs_compiled
def test_stored_code_compiles_to_what_re_compiles() -> None:
    text = corpus_text()[:20_000]
    stored = tone_data.compiled()["code"].values()
    for pattern, flags in (marshal.loads(blob)[:2] for blobs in stored for blob in blobs):
        ours, theirs = tone_data.compile(pattern, flags), re.compile(pattern, flags)
        assert ours is not theirs
        assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == (
            theirs.pattern,
            theirs.flags,
            theirs.groups,
            theirs.groupindex,
        )
        assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]


def test_a_pattern_not_stored_is_compiled_by_re() -> None:
    rx = tone_data.compile(r"\bnot\s+stored\s+anywhere\b", re.IGNORECASE)
    assert rx.search("It is NOT stored  anywhere.").span() == (6, 26)


def test_without_the_stored_data_a_review_finds_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """Plans worked out on the spot (as for a user's own jargon term) and stored ones
    give the same matches."""
    text = corpus_text()
    seen = View(text)
    for _rule, patterns in SENTENCE_RULES:
        stored = patterns.patterns
        fresh = Alternation(stored.guard, stored.alternatives, stored.tail, stored.flags)
        fresh.__dict__["_plan"] = _Plan(fresh, plan_alternative)
        assert fresh._plan.gates == stored._plan.gates
        assert [(i, m.span()) for i, m in fresh.finditer(text, seen)] == [
            (i, m.span()) for i, m in stored.finditer(text, seen)
        ]


def test_an_alternative_not_stored_is_cut_on_the_spot() -> None:
    pieces = tone_data.pieces_of(r"(?<!\w)(?=\w)", r"brand\s+new\s+term", "", re.IGNORECASE)
    assert pieces == plan_alternative(r"(?<!\w)(?=\w)", r"brand\s+new\s+term", "", 2)
    (parts, gate, never_empty), *_ = pieces
    assert "".join(parts) == r"brand\s+new\s+term" and never_empty
    assert gate is not None and (frozenset({"brand"}), ()) in gate


@needs_compiled
def test_the_stored_word_buckets_hold_exactly_the_common_words() -> None:
    for threshold in (RARE_ZIPF, SHOUTED_ZIPF):
        known, common = known_words(threshold), common_words(threshold)
        assert type(known) is not frozenset  # the buckets, not the slow set
        assert all(word in known for word in common)
        others = common_words(2.0) - common
        assert others and not any(word in known for word in others)
        assert "" not in known and "the cat" not in known and "zzzzqx" not in known


def test_the_stored_lexicon_is_the_toml_file() -> None:
    text = (tone_data.RESOURCES / "jargon.toml").read_text(encoding="utf-8")
    terms, known = parse_lexicon(text)
    assert lexicon().terms == terms and lexicon().known == frozenset(known)


@needs_compiled
def test_a_review_neither_cuts_nor_compiles_any_pattern_itself() -> None:
    """In a fresh process, everything comes from the stored data: the planner's modules
    never load and re compiles nothing of the rules."""
    probe = (
        "import re, sys\n"
        "import domain.tone_data as data\n"
        "missed = []\n"
        "real = data.re.compile\n"
        "data.re = type(sys)('re_probe')\n"
        "data.re.compile = lambda p, f=0: missed.append(p) or real(p, f)\n"
        "from domain.tone import review\n"
        "text = open(sys.argv[1], encoding='utf-8').read()\n"
        "review(text)\n"
        "print(len(missed), 'domain.tone_plan' in sys.modules, 'domain.tone_needs' in sys.modules,"
        " 'dataclasses' in sys.modules, 'json' in sys.modules, 'tomllib' in sys.modules)\n"
    )
    letter = ROOT / "bench" / "tone_corpus" / "dev2.tsv"
    done = subprocess.run(
        [sys.executable, "-c", probe, str(letter)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "False", "False", "False", "False", "False"]
