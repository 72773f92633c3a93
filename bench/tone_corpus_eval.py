"""Precision and recall of the tone review on the labelled corpus (bench/tone_corpus).

    .venv/bin/python -m bench.tone_corpus_eval [dev|dev2|dev3|dev4|devall|heldout] [--misses]

Each sentence is reviewed on its own (no whole-letter rules). A category counts as
found in a sentence when a finding of one of its rules lies in it. Tune on `dev`,
`dev2`, `dev3`, `dev4` or all four (`devall`); `heldout` is for measuring only (make
bench writes its figures into docs/benchmarks.md), so its misses are never printed.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from domain.tone import Rule, review  # noqa: E402

CORPUS = ROOT / "bench" / "tone_corpus"
CATEGORY_OF = {
    Rule.BLAME: "blame",
    Rule.CLIENT_BLAME: "client_blame",
    Rule.EXCUSE: "excuse",
    Rule.MINIMIZING: "minimizing",
    Rule.NON_APOLOGY: "non_apology",
    Rule.DEFENSIVE: "defensive",
    Rule.PASSIVE: "passive",
    Rule.HEDGING: "vague",
    Rule.VAGUE_STEP: "vague",
    Rule.JARGON: "jargon",
}
CATEGORIES = sorted(set(CATEGORY_OF.values()))


@dataclass(frozen=True)
class Example:
    labels: frozenset[str]
    text: str


PARTS = {
    "dev": ("dev",),
    "dev2": ("dev2",),
    "dev3": ("dev3",),
    "dev4": ("dev4",),
    "devall": ("dev", "dev2", "dev3", "dev4"),
    "heldout": ("heldout",),
}


def load(part: str) -> list[Example]:
    """The examples of one split (`devall`: dev, dev2, dev3 and dev4)."""
    if part in PARTS and PARTS[part] != (part,):
        return [ex for p in PARTS[part] for ex in load(p)]
    out = []
    for line in (CORPUS / f"{part}.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        labels, text = line.split("\t")
        out.append(Example(frozenset(labels.split("+")) - {"plain"}, text))
    return out


def predict(text: str) -> frozenset[str]:
    return frozenset(CATEGORY_OF[Rule(f.rule)] for f in review(text, document=False))


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def evaluate(examples: list[Example]) -> tuple[dict[str, Score], Score, list]:
    """Per category, and "flagged at all" per sentence; plus the mistakes."""
    counts = {c: [0, 0, 0] for c in CATEGORIES}
    overall = [0, 0, 0]
    mistakes = []
    for ex in examples:
        got = predict(ex.text)
        for c in CATEGORIES:
            if c in got and c in ex.labels:
                counts[c][0] += 1
            elif c in got:
                counts[c][1] += 1
            elif c in ex.labels:
                counts[c][2] += 1
        if got and ex.labels:
            overall[0] += 1
        elif got:
            overall[1] += 1
        elif ex.labels:
            overall[2] += 1
        if got != ex.labels:
            mistakes.append((ex, got))
    return {c: Score(*v) for c, v in counts.items()}, Score(*overall), mistakes


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("part", nargs="?", default="dev", choices=list(PARTS))
    parser.add_argument("--misses", action="store_true", help="print every wrong sentence")
    args = parser.parse_args()
    if args.misses and args.part == "heldout":
        parser.error("the held-out misses are not shown: tune on dev, dev2, dev3, dev4 or devall")
    examples = load(args.part)
    per, overall, mistakes = evaluate(examples)
    print(f"{args.part}: {len(examples)} sentences")
    for c, s in per.items():
        print(f"{c:13} P {s.precision:.2f}  R {s.recall:.2f}  (tp {s.tp}, fp {s.fp}, fn {s.fn})")
    print(f"{'any problem':13} P {overall.precision:.2f}  R {overall.recall:.2f}")
    if args.misses:
        for ex, got in mistakes:
            want = "+".join(sorted(ex.labels)) or "plain"
            print(f"want {want:22} got {'+'.join(sorted(got)) or 'plain':22} {ex.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
