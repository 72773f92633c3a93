"""Deterministic tone review of a draft: excuses, hedging, jargon, evasive passives,
promises without dates, a missing apology, a missing date for the next update.

Rules are plain regular expressions so that a finding is explainable and the
same text always gives the same findings. They lean towards missing a case
rather than nagging about a good sentence: a false alarm teaches the user to
ignore the review. Spans index into the text as given (nothing is normalised).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from domain.compose import Letter, render_plain


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


A = "['\u2019]"  # straight or typographic apostrophe
_F = re.IGNORECASE
# Each rule is one alternation (one pass over the text); the leading "start of a word"
# guard lets the engine skip most positions cheaply, so a pasted megabyte stays quick.
_WORD_START = r"(?<!\w)(?=\w)"


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _F)


# --- excuses and blame --------------------------------------------------------------------

_BLAME = [
    _rx(
        r"\b(?:not|never|isn" + A + r"t|wasn" + A + r"t)\s+(?:really\s+|entirely\s+|all\s+)?"
        r"(?:our|my)\s+fault\b"
    ),
    _rx(r"\bno\s+fault\s+of\s+(?:our|my)\s+own\b"),
    _rx(
        r"\bbecause\s+(?:of\s+)?(?:the|our|a|their)\s+(?:vendor|supplier|provider|contractor|"
        r"partner|third[\s-]party|subcontractor|manufacturer)s?\b"
    ),
    _rx(
        r"\b(?:vendor|supplier|provider|contractor|partner|third[\s-]party)"
        + A
        + r"?s?\s+(?:fault|mistake|error|failure)\b"
    ),
    _rx(r"\bdue\s+to\s+(?:circumstances|factors|events|reasons)\s+(?:beyond|outside)\b"),
    _rx(r"\b(?:beyond|outside\s+(?:of\s+)?)\s*(?:our|my)\s+control\b"),
    _rx(
        r"\bunfortunately,?\s+(?:they|the\s+(?:vendor|supplier|provider|contractor|partner|"
        r"other\s+team|client|customer)|your\s+(?:team|staff|people))\b"
    ),
    _rx(
        r"\byou\s+(?:should\s+have|should" + A + r"ve)\b(?!\s+(?:received|got|gotten|seen|"
        r"heard|been\s+(?:sent|given)))"
    ),
    _rx(
        r"\b(?:you|your\s+team)\s+(?:failed\s+to|forgot\s+to|did\s+not|didn" + A + r"t)\s+"
        r"(?:tell|inform|notify|mention|specify|provide|send|read|follow|check)\b"
    ),
    _rx(r"\bif\s+you\s+had\s+(?:told|informed|read|followed|checked|provided|sent)\b"),
    _rx(r"\bas\s+(?:we|I)\s+(?:already\s+|clearly\s+)?(?:told|explained\s+to|warned)\s+you\b"),
    _rx(r"\buser\s+error\b"),
    _rx(r"\bthere\s+was\s+nothing\s+(?:we|I)\s+could\s+(?:have\s+)?do(?:ne)?\b"),
    _rx(r"\b(?:we|I)\s+(?:were|was)\s+let\s+down\s+by\b"),
    _rx(r"\bthe\s+blame\s+(?:lies|rests)\s+with\b"),
]
_BLAME_RX = _rx(_WORD_START + "(?:" + "|".join(f"(?:{rx.pattern})" for rx in _BLAME) + ")")
_BLAME_WHY = "Sounds like an excuse or shifts the blame; the client needs you to own it."
_BLAME_FIX = "Say what happened and that it is yours to put right; leave out whose fault it was."


# --- hedging and vague commitments --------------------------------------------------------

_HEDGES: list[tuple[str, str]] = [
    (r"\basap\b", "Give a date and time instead."),
    (r"\bas\s+soon\s+as\s+(?:possible|we\s+can|I\s+can|we\s+are\s+able)\b", "Give a date."),
    (r"\bhopefully\b", "Say what you will do, or what you do not know yet."),
    (r"\b(?:we|I)\s+hope\s+to\b", "Say what you will do and by when."),
    (
        r"\b(?:we|I)(?:" + A + r"ll|\s+will|\s+shall|" + A + r"re\s+going\s+to|\s+are\s+going\s+to|"
        r"\s+am\s+going\s+to|" + A + r"m\s+going\s+to)\s+try\b",
        "Commit to a step, or say what is uncertain.",
    ),
    (r"\bdo\s+(?:our|my)\s+best\b", "Say exactly what you will do."),
    (r"\bbest[\s-]effort\b", "Say exactly what you will do."),
    (r"\bshould\s+be\s+(?:fine|ok|okay|good|alright|all\s+right)\b", "Say what you checked."),
    (r"\bprobably\b", "Say what you know and what you do not know yet."),
    (r"\bat\s+some\s+point\b", "Give a date."),
    (r"\bin\s+due\s+course\b", "Give a date."),
    (r"\bin\s+the\s+(?:near\s+)?future\b", "Give a date."),
    (r"\b(?:sometime|some\s+time)\s+(?:soon|later|next)\b", "Give a date."),
    (r"(?<!\bas\s)\bsoon\b(?!\s+as\b)", "Give a date."),
    (r"\bshortly\b", "Give a date."),
    (r"\beventually\b", "Give a date."),
    (
        r"\bwhen(?:ever)?\s+(?:possible|we\s+can|I\s+can|we\s+get\s+(?:a\s+)?(?:chance|time))\b",
        "Give a date.",
    ),
    (r"\bfingers\s+crossed\b", "Say what you will do."),
    (r"\bwe(?:" + A + r"ll|\s+will)\s+see\b", "Say when you will decide."),
    (r"\b(?:more\s+or\s+less|kind\s+of|sort\s+of)\b", "Be precise."),
    (r"\b(?:might|may)\s+be\s+able\s+to\b", "Say what you will do, or what decides it."),
]
_HEDGE_RX = _rx(
    _WORD_START + "(?:" + "|".join(f"(?P<h{i}>{p})" for i, (p, _f) in enumerate(_HEDGES)) + ")"
)
_HEDGE_WHY = "Vague or hedged; the client cannot plan on it."


# --- jargon -------------------------------------------------------------------------------

GENERAL_JARGON: tuple[str, ...] = (
    "root cause analysis",
    "RCA",
    "ETA",
    "deploy",
    "deployed",
    "deploying",
    "deployment",
    "hotfix",
    "bandwidth",
    "synergy",
    "synergies",
    "leverage",
    "leveraging",
    "KPI",
    "SLA",
    "API",
    "backend",
    "back-end",
    "frontend",
    "codebase",
    "prod",
    "postmortem",
    "post-mortem",
    "circle back",
    "touch base",
    "deep dive",
    "low-hanging fruit",
    "actionable",
    "deliverables",
    "rollout",
    "paradigm",
    "learnings",
    "EOD",
    "COB",
)
PLAIN_WORDS: dict[str, str] = {
    "root cause analysis": "a report on why it happened",
    "rca": "a report on why it happened",
    "root cause": "cause",
    "eta": "expected date",
    "deploy": "release",
    "deployed": "released",
    "deployment": "release",
    "deploying": "releasing",
    "hotfix": "urgent fix",
    "bandwidth": "time",
    "leverage": "use",
    "leveraging": "using",
    "kpi": "target",
    "sla": "our service agreement",
    "sla breach": "we missed the service level we agreed",
    "upstream": "a supplier we rely on",
    "regression": "something that worked before broke",
    "rollback": "going back to the previous version",
    "eod": "end of the day (give a time)",
    "cob": "end of the working day (give a time)",
    "going forward": "from now on",
    "circle back": "come back to you",
    "touch base": "call you",
}


@lru_cache(maxsize=64)
def _jargon_rx(terms: tuple[str, ...]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One whole-word, case-insensitive pattern for all terms, longest first (so "SLA
    breach" wins over "SLA"); an optional plural s/es; hyphens count as part of a word."""
    keys = tuple(sorted({t.strip().lower() for t in terms if t.strip()}, key=len, reverse=True))
    alternatives = []
    for i, key in enumerate(keys):
        words = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", key))
        alternatives.append(f"(?P<j{i}>{words})")
    body = "|".join(alternatives) or r"(?!)"
    return _rx(r"(?<![\w-])(?=\w)(?:" + body + r")(?:s|es)?(?![\w-])"), keys


# --- evasive passive ----------------------------------------------------------------------

_BE = r"(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being)"
_NOT = r"(?:\s+(?:not|never))"
_FAULT_WORDS = (
    r"overlooked|missed|forgotten|neglected|mishandled|misconfigured|"
    r"miscommunicated|misplaced|ignored|skipped|dropped|botched"
)
_NEG_WORDS = (
    r"communicated|tested|caught|checked|flagged|escalated|noticed|followed|informed|"
    r"told|updated|passed\s+on|reviewed|shared|sent|done|completed|reported|spotted|"
    r"considered|included|documented"
)
_FAULT_PP = f"(?:{_FAULT_WORDS})"
_NEG_PP = f"(?:{_NEG_WORDS})"
_NO_AGENT = r"(?!\s+by\b)"
_PASSIVE = [
    _rx(
        r"\b(?:mistakes?|errors?|an\s+error|an\s+oversight|oversights|(?:a|the)\s+decision|"
        r"decisions|(?:a|the)\s+(?:wrong|bad)\s+(?:call|choice))\s+"
        + _BE
        + r"\s+made\b"
        + _NO_AGENT
    ),
    _rx(
        r"\b(?:errors?|an\s+error|mistakes?|issues|problems|a\s+problem|an\s+issue)\s+"
        r"(?:occurred|arose|happened|crept\s+in)\b"
    ),
    _rx(
        r"\bit\s+(?:was|has\s+been|had\s+been)\s+(?:decided|determined|felt|thought|judged|"
        r"deemed)\b" + _NO_AGENT
    ),
    _rx(r"\b" + _BE + _NOT + r"?\s+" + _FAULT_PP + r"\b" + _NO_AGENT),
    _rx(r"\b" + _BE + _NOT + r"\s+" + _NEG_PP + r"\b" + _NO_AGENT),
    _rx(
        r"\b(?:wasn|weren|hasn|haven|hadn)"
        + A
        + r"t(?:\s+been)?\s+(?:"
        + _FAULT_WORDS
        + "|"
        + _NEG_WORDS
        + r")\b"
        + _NO_AGENT
    ),
]
_PASSIVE_RX = _rx(_WORD_START + "(?:" + "|".join(f"(?:{rx.pattern})" for rx in _PASSIVE) + ")")
_PASSIVE_WHY = "Passive voice hides who did it; the client hears evasion."
_PASSIVE_FIX = "Name who did it, usually 'we': 'We missed…', 'We did not tell you…'."


# --- dates, promises, next update ---------------------------------------------------------

_DAYS = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_NUM = r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|24|48)"
DATE_RX = _rx(
    r"\b(?:" + _DAYS + r"|" + _MONTHS + r"|today|tonight|tomorrow|noon|midday|midnight|"
    r"\d{1,2}\s+may|may\s+\d{1,2}|"
    r"this\s+(?:morning|afternoon|evening|week)|next\s+(?:week|month|" + _DAYS + r")|"
    r"end\s+of\s+(?:the\s+)?(?:day|week|month)|(?:the\s+)?same\s+day|daily|weekly|"
    r"every\s+(?:day|week|morning|evening|" + _DAYS + r")|"
    r"(?:within|in)\s+" + _NUM + r"\s+(?:(?:business|working)\s+)?(?:hours?|days?|weeks?)|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}(?::\d{2})?\s*(?:am|pm)|"
    r"\d{1,2}:\d{2}|\d{1,2}(?:st|nd|rd|th))\b"
)
_PROMISE = _rx(
    r"\b(?:we|I)(?:" + A + r"ll|\s+will|\s+shall|" + A + r"re\s+going\s+to|\s+are\s+going\s+to|"
    r"\s+am\s+going\s+to|" + A + r"m\s+going\s+to)\s+(?:also\s+|then\s+|now\s+)?"
    r"(?!be\s+(?:honest|happy|glad|sorry|clear|frank|brief)\b|not\b|never\b|need\b|want\b|"
    r"understand\b|admit\b|remember\b|gladly\b)[a-z]"
)
# A sentence ends at . ! ? followed by a space or the end, or at a line break ("28.11." stays in).
_QUESTION_LEAD = re.compile(r"\b(?:how|what|when|where|why|whether|if|unless)\s+$", _F)
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=[^\s.!?]))+[.!?]*")
_UPDATE_ANCHOR = _rx(
    r"\b(?:update|updates|hear\s+from|call\s+you|be\s+in\s+touch|get\s+back\s+to\s+you|"
    r"contact\s+you|check\s+in|next\s+call|speak\s+again|talk\s+again|report\s+back)\b"
)
_APOLOGY = _rx(r"\b(?:sorry|apolog\w*)\b")


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
    findings += [_f(m, Rule.BLAME, _BLAME_WHY, _BLAME_FIX) for m in _BLAME_RX.finditer(text)]
    for m in _HEDGE_RX.finditer(text):
        fix = _HEDGES[int((m.lastgroup or "h0")[1:])][1]
        findings.append(_f(m, Rule.HEDGING, _HEDGE_WHY, fix))
    findings += _jargon(text, jargon)
    findings += [
        _f(m, Rule.PASSIVE, _PASSIVE_WHY, _PASSIVE_FIX) for m in _PASSIVE_RX.finditer(text)
    ]
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
    rx, keys = _jargon_rx((*GENERAL_JARGON, *extra))
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
    for sentence in _SENTENCE.finditer(text):
        chunk = sentence.group(0)
        promise = _PROMISE.search(chunk)
        if promise and _QUESTION_LEAD.search(chunk, 0, promise.start()):
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
    if not _APOLOGY.search(text):
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
        _UPDATE_ANCHOR.search(m.group(0)) and DATE_RX.search(m.group(0))
        for m in _SENTENCE.finditer(text)
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
    """One finding per rule per stretch of text: the longest of overlapping ones wins."""
    kept: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start, -f.end, f.rule)):
        clash = any(
            k.rule == f.rule and (k.start, k.end) != (0, 0) and f.start < k.end and k.start < f.end
            for k in kept
        )
        if not clash and not (f.document_level and any(k.rule == f.rule for k in kept)):
            kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end, f.rule))
