"""Deterministic tone review of a draft: excuses, hedging, jargon, evasive passives,
promises without dates, a missing apology, a missing date for the next update.

Rules are plain regular expressions (domain.tone_rules) so that a finding is
explainable and the same text always gives the same findings. They lean towards missing a case
rather than nagging about a good sentence: a false alarm teaches the user to
ignore the review. Spans index into the text as given (nothing is normalised).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from domain.compose import Letter, render_plain
from domain.tone_rules import (
    APOLOGY,
    BLAME_FIX,
    BLAME_RX,
    BLAME_WHY,
    DATE_RX,
    GENERAL_JARGON,
    HEDGE_RX,
    HEDGE_WHY,
    HEDGES,
    PASSIVE_FIX,
    PASSIVE_RX,
    PASSIVE_WHY,
    PLAIN_WORDS,
    PROMISE,
    QUESTION_LEAD,
    SENTENCE,
    UPDATE_ANCHOR,
    jargon_rx,
)


class Rule(StrEnum):
    BLAME = "blame"
    HEDGING = "hedging"
    JARGON = "jargon"
    PASSIVE = "passive"
    VAGUE_STEP = "vague_step"
    NO_APOLOGY = "no_apology"
    NO_NEXT_UPDATE = "no_next_update"

    @property
    def label(self) -> str:
        return RULE_LABELS[self]


RULE_LABELS = {
    Rule.BLAME: "Excuse or blame",
    Rule.HEDGING: "Hedging",
    Rule.JARGON: "Jargon",
    Rule.PASSIVE: "Evasive passive",
    Rule.VAGUE_STEP: "Promise without owner or date",
    Rule.NO_APOLOGY: "No apology",
    Rule.NO_NEXT_UPDATE: "No date for the next update",
}


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    rule: str
    why: str
    suggestion: str

    def excerpt(self, text: str) -> str:
        return text[self.start : self.end]

    @property
    def document_level(self) -> bool:
        return self.start == self.end == 0


def review(text: str, jargon: Iterable[str] = (), document: bool = True) -> list[Finding]:
    """All findings in `text`, sorted by position; document-level ones first at (0, 0).

    `jargon` adds the playbook's words to the general list. `document=False`
    skips the two whole-draft rules (apology, next-update date), for reviewing one
    field of a letter on its own.
    """
    if not text.strip():
        return []
    findings: list[Finding] = []
    if document:
        findings += _document_rules(text)
    findings += [_f(m, Rule.BLAME, BLAME_WHY, BLAME_FIX) for m in BLAME_RX.finditer(text)]
    for m in HEDGE_RX.finditer(text):
        fix = HEDGES[int((m.lastgroup or "h0")[1:])][1]
        findings.append(_f(m, Rule.HEDGING, HEDGE_WHY, fix))
    findings += _jargon(text, jargon)
    findings += [_f(m, Rule.PASSIVE, PASSIVE_WHY, PASSIVE_FIX) for m in PASSIVE_RX.finditer(text)]
    findings += _vague_promises(text)
    return _dedupe(findings)


@dataclass
class LetterReview:
    """The letter's plain text and the findings whose spans index into it."""

    text: str
    findings: list[Finding]


def review_letter(letter: Letter, jargon: Iterable[str] | None = None) -> LetterReview:
    """Review the composed letter, plus one finding per next step missing an owner or a date."""
    rendered = render_plain(letter)
    words = letter.jargon if jargon is None else tuple(jargon)
    findings = review(rendered.text, words)
    for start, end, row in rendered.step_spans:
        missing = [
            w
            for w, gap in (("an owner", row.missing_owner), ("a due date", row.missing_due))
            if gap
        ]
        if missing:
            why = f"This next step has no {' and no '.join(m.split(' ', 1)[1] for m in missing)}."
            fix = f"Give it {' and '.join(missing)} before you send the letter."
            findings.append(Finding(start, end, Rule.VAGUE_STEP.value, why, fix))
    return LetterReview(rendered.text, _dedupe(findings))


def _f(m: re.Match[str], rule: Rule, why: str, suggestion: str) -> Finding:
    return Finding(m.start(), m.end(), rule.value, why, suggestion)


def _jargon(text: str, extra: Iterable[str]) -> list[Finding]:
    rx, keys = jargon_rx((*GENERAL_JARGON, *extra))
    out: list[Finding] = []
    for m in rx.finditer(text):
        key = keys[int((m.lastgroup or "j0")[1:])]
        plain = PLAIN_WORDS.get(key)
        fix = f"Say '{plain}'." if plain else "Use the client's own words, or explain it."
        why = f"'{m.group(0)}' is jargon the client may not understand."
        out.append(Finding(m.start(), m.end(), Rule.JARGON.value, why, fix))
    return out


def _vague_promises(text: str) -> list[Finding]:
    out = []
    for sentence in SENTENCE.finditer(text):
        chunk = sentence.group(0)
        promise = PROMISE.search(chunk)
        if promise and QUESTION_LEAD.search(chunk, 0, promise.start()):
            continue  # "How we will prevent a repeat", "what we will do": not a promise
        if promise and not DATE_RX.search(chunk):
            lead = len(chunk) - len(chunk.lstrip())
            start, end = sentence.start() + lead, sentence.start() + len(chunk.rstrip())
            out.append(
                Finding(
                    start,
                    end,
                    Rule.VAGUE_STEP.value,
                    "A promise without a date; the client cannot hold you to it.",
                    "Add who does it and by when: 'We will send the plan by Friday 28 Nov.'",
                )
            )
    return out


def _document_rules(text: str) -> list[Finding]:
    out = []
    if not APOLOGY.search(text):
        out.append(
            Finding(
                0,
                0,
                Rule.NO_APOLOGY.value,
                "The draft never apologizes.",
                "Apologize once, plainly: 'I am sorry for the trouble this causes.'",
            )
        )
    # "Near" means in the same sentence as "update", "hear from", "call you", ...
    dated = any(
        UPDATE_ANCHOR.search(m.group(0)) and DATE_RX.search(m.group(0))
        for m in SENTENCE.finditer(text)
    )
    if not dated:
        out.append(
            Finding(
                0,
                0,
                Rule.NO_NEXT_UPDATE.value,
                "The draft does not say when the client will hear from you next.",
                "Add a date: 'You will hear from me on Friday 28 November.'",
            )
        )
    return out


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per rule per stretch of text: the longest of overlapping ones wins.

    A sweep in order of start (the longest first at the same start): a finding is dropped
    when one of its rule already kept overlaps it. Every kept finding starts at or before
    it, so the furthest end kept per rule decides; for an empty span only findings that
    start before it count. A document-level finding (0, 0) overlaps nothing but is kept
    once per rule, and only if its rule has no finding yet. O(n log n) for n findings.
    """
    kept: list[Finding] = []
    reach: dict[str, int] = {}  # per rule: the furthest end of the findings kept
    before: dict[str, tuple[int, int]] = {}  # per rule: a start, the reach before it
    for f in sorted(findings, key=lambda f: (f.start, -f.end, f.rule)):
        far = reach.get(f.rule, -1)
        if f.document_level:
            clash = f.rule in reach
        elif f.start < f.end:
            clash = far > f.start
        else:
            at, earlier = before.get(f.rule, (-1, far))
            clash = (earlier if at == f.start else far) > f.start
        if not f.document_level and before.get(f.rule, (-1, 0))[0] != f.start:
            before[f.rule] = (f.start, far)
        if not clash:
            kept.append(f)
            reach[f.rule] = max(far, f.end)
    return sorted(kept, key=lambda f: (f.start, f.end, f.rule))
