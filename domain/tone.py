"""Tone review of a draft: what in it hurts a bad-news letter, why, and a rewrite for each.

Deterministic rules (domain.tone_blame, tone_client, tone_excuses, tone_minimizing,
tone_voice, tone_defensive, tone_time, tone_jargon; the word classes they share are in
tone_agents and tone_faults) so that every finding is explainable and the same text
always gives the same findings. They lean towards missing a case rather than nagging
about a good sentence: a false alarm teaches the user to ignore the review. Spans index
into the text as given (nothing is normalised). The rules were tuned on the development
parts of bench/tone_corpus (dev.tsv, dev2.tsv and dev3.tsv) only; `make bench` measures them on
the held-out part.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import namedtuple
from collections.abc import Iterable
from enum import StrEnum

from domain import (
    tone_blame,
    tone_client,
    tone_defensive,
    tone_excuses,
    tone_minimizing,
    tone_time,
    tone_voice,
)
from domain.tone_data import Regex
from domain.tone_gate import View
from domain.tone_jargon import find_jargon
from domain.tone_patterns import PatternSet


class Rule(StrEnum):
    BLAME = "blame"
    CLIENT_BLAME = "client_blame"
    EXCUSE = "excuse"
    MINIMIZING = "minimizing"
    NON_APOLOGY = "non_apology"
    DEFENSIVE = "defensive"
    PASSIVE = "passive"
    HEDGING = "hedging"
    VAGUE_STEP = "vague_step"
    JARGON = "jargon"
    NO_APOLOGY = "no_apology"
    NO_NEXT_UPDATE = "no_next_update"

    @property
    def label(self) -> str:
        return _LABELS[self][0]

    @property
    def why(self) -> str:
        """Why it hurts, tied to the principle it breaks."""
        return _LABELS[self][1]


_LABELS: dict[Rule, tuple[str, str]] = {
    Rule.BLAME: (
        "Blame",
        "Pointing at someone else reads as an excuse: the client chose you, not your "
        "supplier, and needs to hear that you own it.",
    ),
    Rule.CLIENT_BLAME: (
        "Blaming the client",
        "Putting the fault on the client makes them defend themselves instead of working "
        "with you on the fix.",
    ),
    Rule.EXCUSE: (
        "Excuse",
        "Explaining why it was hard for us sounds like an excuse; the client cares about "
        "what happens now.",
    ),
    Rule.MINIMIZING: (
        "Minimizing",
        "Shrinking the problem tells the client their worry is out of proportion; say its "
        "size plainly.",
    ),
    Rule.NON_APOLOGY: (
        "Non-apology",
        "This apologizes for the client's feelings or for 'any' trouble, not for what we "
        "did; it reads as insincere and does not count as the apology the letter needs.",
    ),
    Rule.DEFENSIVE: (
        "Defensive",
        "Reminding the client what you said before scores a point and costs their trust.",
    ),
    Rule.PASSIVE: (
        "Evasive passive",
        "The passive hides who made the mistake; the client hears evasion.",
    ),
    Rule.HEDGING: (
        "Vague or hedged",
        "Vague timing and hedging leave the client nothing to plan on.",
    ),
    Rule.VAGUE_STEP: (
        "Promise without a date",
        "A promise without a date; the client cannot hold you to it.",
    ),
    Rule.JARGON: ("Jargon", "Words the client may not know; plain words show respect."),
    Rule.NO_APOLOGY: ("No apology", "The draft never apologizes for what we did."),
    Rule.NO_NEXT_UPDATE: (
        "No date for the next update",
        "The draft does not say when the client will hear from you next.",
    ),
}

SENTENCE_RULES: tuple[tuple[Rule, PatternSet], ...] = (
    (Rule.BLAME, tone_blame.BLAME),
    (Rule.CLIENT_BLAME, tone_client.CLIENT_BLAME),
    (Rule.EXCUSE, tone_excuses.EXCUSE),
    (Rule.MINIMIZING, tone_minimizing.MINIMIZING),
    (Rule.NON_APOLOGY, tone_voice.NON_APOLOGY),
    (Rule.DEFENSIVE, tone_defensive.DEFENSIVE),
    (Rule.PASSIVE, tone_voice.PASSIVE),
    (Rule.HEDGING, tone_time.HEDGING),
)
# Where two rules catch the same words, the more specific one speaks.
SUPERSEDES: dict[Rule, frozenset[Rule]] = {
    # "Perhaps your staff need more training", "your guests probably did not even notice":
    # the hedge is part of the blame, the excuse or the shrinking, not a second lesson.
    Rule.CLIENT_BLAME: frozenset({Rule.BLAME, Rule.PASSIVE, Rule.EXCUSE, Rule.HEDGING}),
    Rule.NON_APOLOGY: frozenset({Rule.PASSIVE}),
    Rule.MINIMIZING: frozenset({Rule.PASSIVE, Rule.HEDGING}),
    Rule.EXCUSE: frozenset({Rule.HEDGING}),
    Rule.DEFENSIVE: frozenset({Rule.EXCUSE, Rule.PASSIVE}),
    Rule.HEDGING: frozenset({Rule.VAGUE_STEP}),
    Rule.BLAME: frozenset({Rule.PASSIVE}),
}


# The same, by value: for each rule, the rules that drop its findings in their clause.
_SUPERSEDING = frozenset(rule.value for rule in SUPERSEDES)
_SUPERSEDED_BY: dict[str, frozenset[str]] = {
    rule.value: frozenset(o.value for o, beaten in SUPERSEDES.items() if rule in beaten)
    for rule in Rule
    if any(rule in beaten for beaten in SUPERSEDES.values())
}

_BREAK = Regex(r"[.!?;\n]")


# A named tuple, not a dataclass, and collections', not typing's: `review` loads neither
# the dataclasses module nor typing (2-3 ms each at start-up).
class Finding(namedtuple("Finding", "start end rule why suggestion")):
    """start, end: the span in the text (int); rule: a Rule's value; why, suggestion: str."""

    __slots__ = ()

    def excerpt(self, text: str) -> str:
        return text[self.start : self.end]

    @property
    def document_level(self) -> bool:
        return self.start == self.end == 0


def review(
    text: str,
    jargon: Iterable[str] = (),
    document: bool = True,
    allowed: Iterable[str] = (),
) -> list[Finding]:
    """All findings in `text`, sorted by position; document-level ones first at (0, 0).

    `jargon` adds the playbook's words to the lexicon; `allowed` words (the user's
    allow-list, the client's own words) are never jargon. `document=False` skips the two
    whole-draft rules (apology, next-update date), for one field or sentence on its own.
    """
    if not text.strip():
        return []
    findings: list[Finding] = []
    seen = View(text)  # cut into sentences once for all the rules
    for rule, patterns in SENTENCE_RULES:
        findings += [
            Finding(h.start, h.end, rule.value, rule.why, h.rewrite)
            for h in patterns.finditer(text, seen)
        ]
    for start, end in tone_time.undated_promises(text):
        findings.append(
            Finding(
                start,
                end,
                Rule.VAGUE_STEP.value,
                Rule.VAGUE_STEP.why,
                "Add who does it and by when: 'We will send the plan by Friday at 12:00.'",
            )
        )
    for hit in find_jargon(text, jargon, allowed, seen):
        why = f"'{text[hit.start : hit.end]}' may mean nothing to the client; plain words "
        why += "show respect."
        findings.append(Finding(hit.start, hit.end, Rule.JARGON.value, why, hit.rewrite))
    findings = _supersede(text, findings)
    if document:
        findings += _document_rules(text, findings)
    return _dedupe(findings)


def _document_rules(text: str, findings: list[Finding]) -> list[Finding]:
    out = []
    # A non-apology makes its whole sentence hollow ("To whatever extent you were
    # disrupted, we apologise"): the apology must stand in a sentence of its own.
    hollow = sorted(f.start for f in findings if f.rule == Rule.NON_APOLOGY)
    sentences = [(m.start(), m.end()) for m in tone_time.SENTENCE.finditer(text)] if hollow else []
    starts = [start for start, _end in sentences]

    def in_hollow_sentence(at: int) -> bool:
        k = bisect_right(starts, at) - 1
        if k < 0 or at >= sentences[k][1]:
            return False
        i = bisect_left(hollow, sentences[k][0])
        return i < len(hollow) and hollow[i] < sentences[k][1]

    sincere = any(not in_hollow_sentence(m.start()) for m in tone_time.APOLOGY.finditer(text))
    if not sincere:
        fix = "Apologize once, plainly, for what we did: 'I am sorry: we missed the date.'"
        out.append(Finding(0, 0, Rule.NO_APOLOGY.value, Rule.NO_APOLOGY.why, fix))
    if not tone_time.dated_update(text):
        fix = "Add a date: 'You will hear from me on Friday at 10:00.'"
        out.append(Finding(0, 0, Rule.NO_NEXT_UPDATE.value, Rule.NO_NEXT_UPDATE.why, fix))
    return out


def _supersede(text: str, findings: list[Finding]) -> list[Finding]:
    """Drop a finding in the same clause as one of a rule that supersedes its rule: one
    clause, one lesson ("sorry you feel it was not explained" is a non-apology, not also a
    passive). Clauses end where sentences do and at a semicolon ("mistakes were made,
    hopefully not again; it is beyond our control" keeps the hedge beside the excuse).
    Linear: findings are grouped by clause first (by the rules' values: a megabyte holds
    tens of thousands of findings, and making a Rule of each cost a tenth of a second)."""
    rules = {f.rule for f in findings}
    if rules.isdisjoint(_SUPERSEDING):
        return findings
    ends = [m.end() for m in _BREAK.finditer(text)]
    by_clause: dict[int, set[str]] = {}
    where = []
    for f in findings:
        first, last = bisect_right(ends, f.start), bisect_right(ends, max(f.start, f.end - 1))
        where.append((first, last))
        by_clause.setdefault(first, set()).add(f.rule)
        if last != first:
            by_clause.setdefault(last, set()).add(f.rule)
    kept = []
    for f, (first, last) in zip(findings, where, strict=True):
        beaten = _SUPERSEDED_BY.get(f.rule)
        if beaten is not None:
            near = by_clause[first] if first == last else by_clause[first] | by_clause[last]
            if not beaten.isdisjoint(near):
                continue
        kept.append(f)
    return kept


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
