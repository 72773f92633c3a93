"""Tone review figures for docs/benchmarks.md: the held-out corpus and the speed bars.

    .venv/bin/python -m bench.tone_bench [--write]

Precision and recall per category on bench/tone_corpus/heldout.tsv (the rules were
tuned on dev.tsv, dev2.tsv, dev3.tsv and dev4.tsv only, shown beside it); a two-page
letter (about 1,200 words of corpus sentences) reviewed 15 times (median), and one
pasted megabyte reviewed 3 times (median).
`--write` replaces the "Tone review" section of docs/benchmarks.md; `make bench`
writes the same section.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import write_section  # noqa: E402
from bench.tone_corpus_eval import evaluate, load  # noqa: E402
from domain.tone import review  # noqa: E402

OUT = ROOT / "docs" / "benchmarks.md"
HEADING = "## Tone review"


def sample_text(size: int, seed: int = 7) -> str:
    sentences = [ex.text for ex in load("dev") + load("heldout")]
    rnd = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        parts.append(rnd.choice(sentences))
        total += len(parts[-1]) + 1
    return " ".join(parts)[:size]


def timings() -> dict[str, float]:
    review("Warm up: load the word list once.")
    letter = sample_text(7_000)
    runs = []
    for _ in range(15):
        t = time.perf_counter()
        review(letter)
        runs.append((time.perf_counter() - t) * 1000)
    mb = sample_text(1_000_000)
    big = []
    for _ in range(3):
        t = time.perf_counter()
        review(mb)
        big.append(time.perf_counter() - t)
    return {"letter_ms": statistics.median(runs), "mb_s": statistics.median(big)}


def section() -> str:
    examples = load("heldout")
    per, overall, _ = evaluate(examples)
    dev = load("devall")
    dev_per, dev_overall, _ = evaluate(dev)
    speed = timings()
    lines = [
        HEADING,
        "",
        f"Held-out part of the labelled corpus (bench/tone_corpus/heldout.tsv, "
        f"{len(examples)} sentences, never used for tuning); each sentence reviewed on its "
        "own. A category counts as found when a finding of its rule lies in the sentence. "
        "The last column is the development part the rules were tuned on (dev.tsv, "
        f"dev2.tsv, dev3.tsv and dev4.tsv, {len(dev)} sentences).",
        "",
        "| category | precision | recall | found / labelled | false alarms | dev (all) P / R |",
        "|---|---|---|---|---|---|",
    ]
    for cat, s in per.items():
        d = dev_per[cat]
        lines.append(
            f"| {cat} | {s.precision:.2f} | {s.recall:.2f} | {s.tp} / {s.tp + s.fn} | {s.fp} "
            f"| {d.precision:.2f} / {d.recall:.2f} |"
        )
    lines.append(
        f"| **any problem** (sentence flagged at all) | {overall.precision:.2f} "
        f"| {overall.recall:.2f} | {overall.tp} / {overall.tp + overall.fn} | {overall.fp} "
        f"| {dev_overall.precision:.2f} / {dev_overall.recall:.2f} |"
    )
    verdict_p = "met" if overall.precision >= 0.9 else "**missed**"
    verdict_r = "met" if overall.recall >= 0.9 else "**missed**"
    letter_ok = "met" if speed["letter_ms"] < 30 else "**missed**"
    mb_ok = "met" if speed["mb_s"] < 2 else "**missed**"
    lines += [
        "",
        f"Target on the whole (any problem) precision ≥ 0.9: {verdict_p}; recall ≥ 0.9: "
        f"{verdict_r} ({overall.tp} of {overall.tp + overall.fn}). {_short_of(per)} The gap "
        "between the dev and held-out columns is how much the rules fit the sentences they "
        "were tuned on.",
        "",
        "| bar | target | measured | verdict |",
        "|---|---|---|---|",
        f"| Two-page letter (7,000 characters) reviewed | < 30 ms | "
        f"{speed['letter_ms']:.1f} ms (median of 15) | {letter_ok} |",
        f"| 1 MB pasted at once, reviewed off the UI thread | < 2 s | "
        f"{speed['mb_s']:.2f} s (median of 3) | {mb_ok} |",
        "",
        "Reproduce: `.venv/bin/python -m bench.tone_bench` (figures), "
        "`.venv/bin/python -m bench.tone_corpus_eval devall --misses` (tuning view).",
        "",
    ]
    return "\n".join(lines)


def _short_of(per: dict) -> str:
    """The categories under 0.9 on their own, said plainly (the target is on the whole)."""
    low = [
        f"{cat} {name} {value:.2f}"
        for cat, s in per.items()
        for name, value in (("precision", s.precision), ("recall", s.recall))
        if value < 0.9
    ]
    if not low:
        return "Every category is at 0.9 or above on its own."
    return "Under 0.9 on their own: " + ", ".join(low) + "."


def write(text: str, path: Path = OUT) -> None:
    """Replace this section of the report (or append it), leaving the rest as it is."""
    write_section(HEADING, text, path)


def main() -> int:
    text = section()
    print(text)
    if "--write" in sys.argv:
        write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
