"""The tone review's word lists and patterns (domain.tone applies them).

Each rule is one alternation (one pass over the text); the leading "start of a word"
guard lets the engine skip most positions cheaply, so a pasted megabyte stays quick.
Patterns lean towards missing a case rather than nagging about a good sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

A = "['\u2019]"  # straight or typographic apostrophe
_F = re.IGNORECASE
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
BLAME_RX = _rx(_WORD_START + "(?:" + "|".join(f"(?:{rx.pattern})" for rx in _BLAME) + ")")
BLAME_WHY = "Sounds like an excuse or shifts the blame; the client needs you to own it."
BLAME_FIX = "Say what happened and that it is yours to put right; leave out whose fault it was."


# --- hedging and vague commitments --------------------------------------------------------

HEDGES: list[tuple[str, str]] = [
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
HEDGE_RX = _rx(
    _WORD_START + "(?:" + "|".join(f"(?P<h{i}>{p})" for i, (p, _f) in enumerate(HEDGES)) + ")"
)
HEDGE_WHY = "Vague or hedged; the client cannot plan on it."


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
def jargon_rx(terms: tuple[str, ...]) -> tuple[re.Pattern[str], tuple[str, ...]]:
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
PASSIVE_RX = _rx(_WORD_START + "(?:" + "|".join(f"(?:{rx.pattern})" for rx in _PASSIVE) + ")")
PASSIVE_WHY = "Passive voice hides who did it; the client hears evasion."
PASSIVE_FIX = "Name who did it, usually 'we': 'We missed…', 'We did not tell you…'."


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
PROMISE = _rx(
    r"\b(?:we|I)(?:" + A + r"ll|\s+will|\s+shall|" + A + r"re\s+going\s+to|\s+are\s+going\s+to|"
    r"\s+am\s+going\s+to|" + A + r"m\s+going\s+to)\s+(?:also\s+|then\s+|now\s+)?"
    r"(?!be\s+(?:honest|happy|glad|sorry|clear|frank|brief)\b|not\b|never\b|need\b|want\b|"
    r"understand\b|admit\b|remember\b|gladly\b)[a-z]"
)
# A sentence ends at . ! ? followed by a space or the end, or at a line break ("28.11." stays in).
QUESTION_LEAD = re.compile(r"\b(?:how|what|when|where|why|whether|if|unless)\s+$", _F)
SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=[^\s.!?]))+[.!?]*")
UPDATE_ANCHOR = _rx(
    r"\b(?:update|updates|hear\s+from|call\s+you|be\s+in\s+touch|get\s+back\s+to\s+you|"
    r"contact\s+you|check\s+in|next\s+call|speak\s+again|talk\s+again|report\s+back)\b"
)
APOLOGY = _rx(r"\b(?:sorry|apolog\w*)\b")
