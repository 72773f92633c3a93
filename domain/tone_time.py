"""Time in a draft: hedged or vague timing, promises without a date, the next update.

"Soon", "in the coming weeks", "we will try", "hopefully" leave the client nothing to plan
on; a promise of ours ("we will send the plan") needs a date the client can hold us to;
and the letter as a whole must say when they will hear from us next.
"""

from __future__ import annotations

import re

from domain.tone_data import Regex
from domain.tone_gate import fold
from domain.tone_patterns import FLAGS, A, PatternSet, sentence_of, words

_WE_WILL = (
    r"(?:we|I)(?:" + A + r"ll|\s+will|\s+shall|" + A + r"re\s+going\s+to|\s+are\s+going\s+to|"
    r"\s+am\s+going\s+to|" + A + r"m\s+going\s+to)"
)


def _dated(text: str, m: re.Match[str]) -> bool:
    """ "once the audit has finished, on Friday 6 June" gives the date after all."""
    return bool(DATE_RX.search(sentence_of(text, m)))


HEDGING = PatternSet(
    [
        (r"\basap\b", "Give a date and time: 'by 14:00 on Friday'."),
        (
            r"\bas\s+(?:soon|quickly|fast)\s+as\s+(?:possible|we\s+can|I\s+can|we\s+are\s+able|"
            r"they\s+can|it\s+is\s+ready|we\s+have)\b",
            "Give a date: 'by Friday at 12:00'.",
        ),
        (r"\bhopefully\b", "Say what you will do, or what you do not know yet."),
        (
            r"\b(?:we|I)\s+(?:hope|aim|expect|intend|anticipate|would\s+hope|"
            r"would\s+expect)\s+to\b",
            "Commit to what you will do and by when, or say what is still uncertain.",
        ),
        (
            r"\b(?:is|are|was)\s+(?:expected|anticipated|hoped|scheduled\s+tentatively)\s+to\b",
            "Say who does it and by when, or what is still uncertain.",
        ),
        (
            _WE_WILL + r"\s+(?:try|attempt|endeavou?r|aim|see\s+(?:if|what|whether)|look\s+into|"
            r"look\s+at\s+(?:it|this|whether)|do\s+(?:our|my)\s+best|do\s+what\s+(?:we|I)\s+can)\b",
            "Commit to a step, or say what is uncertain: 'We will send the fix by Friday.'",
        ),
        (r"\bdo\s+(?:our|my)\s+(?:very\s+)?best\b", "Say exactly what you will do and when."),
        (r"\bbest[\s-]efforts?\b", "Say exactly what you will do and when."),
        (
            r"\b(?:should|ought\s+to)\s+(?:be\s+)?(?:with\s+you|here|there|in\s+place|fine|ok|okay|good|"
            r"alright|all\s+right|ready|"
            r"done|fixed|resolved|back|available|live|finished|complete|sorted|working|stable|"
            r"normal|arrive|reach|land|work|settle)\b",
            "Say what you checked, or what is still uncertain, and when you will know.",
        ),
        (r"\b(?:probably|perhaps|maybe|possibly|likely)\b", "Say what you know and what not yet."),
        (
            words(
                "at some point",
                "at (?:some|a later|a future|an appropriate|the right|a suitable) (?:stage|"
                "moment|juncture)",
                "at the earliest (?:opportunity|convenience|possible (?:date|time|moment)|chance)",
                "in the (?:near|short|medium|long|longer|nearer) term",
                "(?:are|am|is) (?:looking|working) (?:at|into|on) (?:ways|options|how|whether|what|"
                "possible|possibilities|a way)",
                "in due course",
                "(?:in|for) the (?:near |not too distant |foreseeable )?future",
                "(?:days?|weeks?|months?|hours?|fortnight|minutes?) or so",
                "touch wood",
                "knock on wood",
                "with luck",
                "(?:sometime|some time)(?: soon| later| next| this| in)?",
                "at a later (?:date|stage|point|time)",
                "before long",
                "in (?:good|due|reasonable) time",
                "in a (?:while|bit|little while)",
                "in the (?:coming|next few|following) (?:days|weeks|months|period)",
                "over the (?:next|coming) (?:few )?(?:days|weeks|months)",
                "(?:within|in) (?:a few|the next few|a couple of|several) (?:days|weeks|months)",
                "(?:later|early|earlier) (?:this|next) (?:year|quarter)",
                "(?:shortly|eventually|presently|imminently)",
                "(?:very |fairly |quite |reasonably |relatively )?"
                "(?<!as\\s)soon(?!\\s+as|\\s+after)",
                "(?:fairly|reasonably|relatively) (?:quickly|promptly)",
                "(?:once|when|after) (?:everything|things|it all) (?:is|are) (?:ready|settled|"
                "sorted|in place)",
                "when(?:ever)? (?:possible|convenient|feasible|practical|ready|time allows|"
                "they can|he can|she can|we can|I can|the team can|we are able|resources allow|"
                "capacity allows|we get (?:a |the )?(?:chance|time|round to it)|"
                "(?:they|we) (?:have|get) (?:a )?(?:moment|chance|capacity))",
                "as and when",
                "(?:all|if all) (?:being|goes) well",
                "if all goes to plan",
                "with (?:any|a bit of|some) luck",
                "fingers crossed",
                "we(?:" + A + "ll| will) see",
                "more or less",
                "kind of",
                "sort of",
                "(?:might|may|could) be able to",
                "(?:might|may|could) (?:take|need|require)",
            ),
            "Give a date the client can hold you to: 'by Friday at 12:00'.",
        ),
        (
            words(
                "when(?:ever)? (?:their|our|his|her|the [\\w-]+" + A + "s|the [\\w-]+) (?:schedule|"
                "diary|calendar|time|availability|workload|capacity|rota) (?:allows|permits)",
                "(?:once|when|until|after|as soon as) (?:we|I) (?:have )?(?:heard|hear|know|"
                "get word|receive|have (?:news|more information|an answer|the [\\w-]+))",
                "(?:once|when|after) (?:the|our|their|your|an?) [\\w-]+(?: [\\w-]+)? (?:has|have) "
                "(?:had a (?:look|chance)|looked|checked|reviewed|confirmed|been (?:in|out|round)|"
                "finished|come back)",
            ),
            "Give a date the client can hold you to: 'by Friday at 12:00'.",
            _dated,
        ),
    ]
)

_DAYS = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_NUM = (
    r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|"
    r"fifteen|twenty|thirty|24|48|72)"
)
DATE_RX = Regex(
    r"\b(?:" + _DAYS + r"|" + _MONTHS + r"|today|tonight|tomorrow|noon|midday|midnight|"
    r"\d{1,2}\s+may|may\s+\d{1,2}|(?<![.!?]\s)(?<=\s)(?-i:May)(?=\s+[a-z])|"
    r"this\s+(?:morning|afternoon|evening|week|month)|next\s+(?:week|month|" + _DAYS + r")|"
    r"end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:day|week|month|quarter)|(?:the\s+)?same\s+day|"
    r"daily|weekly|fortnightly|monthly|hourly|"
    r"every\s+(?:day|week|morning|evening|month|hour|\d+\s+\w+|" + _DAYS + r")|"
    r"(?:within|in)\s+" + _NUM + r"\s+(?:(?:business|working|calendar)\s+)?(?:minutes?|hours?|"
    r"days?|weeks?|months?)|(?:from|starting|with\s+effect\s+from)\s+now\s+on|from\s+now|"
    r"before\s+(?:we|I|any|each|every|the\s+next)|after\s+each|on\s+each|each\s+time|"
    r"(?:every|each|any|all)\s+future|from\s+(?:the\s+)?next|"
    r"q[1-4]|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}(?::\d{2})?\s*(?:am|pm)|"
    r"\d{1,2}[:.]\d{2}|\d{1,2}(?:st|nd|rd|th)|(?:19|20)\d{2})\b",
    FLAGS,
)
PROMISE = Regex(
    r"\b" + _WE_WILL + r"\s+(?:also\s+|then\s+|now\s+|personally\s+|immediately\s+|first\s+)?"
    r"(?!be\s+(?:honest|happy|glad|sorry|clear|frank|brief|grateful|pleased)\b|not\b|never\b|"
    r"need\b|want\b|understand\b|admit\b|remember\b|gladly\b|continue\b|always\b|still\b|"
    r"gladly\b|bear\b|own\b|miss\b|learn\b|treat\b|take\s+(?:responsibility|care)\b)[a-z]",
    FLAGS,
)
# A promise by one of ours: "our engineer will come back to finish the wiring".
OUR_PROMISE = Regex(
    r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:engineers?|team|fitters?|technicians?|drivers?|"
    r"colleagues?|manager|staff|people|crew|installers?|designers?|developers?|accountant|"
    r"finance\s+team|support\s+team|account\s+manager|project\s+manager|lawyers?)\s+(?:will|"
    + A
    + r"ll|shall)\s+(?:also\s+|then\s+|now\s+)?(?!be\s+(?:happy|glad|pleased)\b|not\b|never\b)"
    r"[a-z]",
    FLAGS,
)
# A commitment from anyone on our side ("your account manager will be in touch").
COMMITMENT = Regex(
    r"\b(?:will|" + A + r"ll|shall)\s+(?:be\s+in\s+touch|keep\s+you\s+(?:posted|updated|"
    r"informed|in\s+the\s+loop)|let\s+you\s+know|get\s+back\s+to\s+you|follow\s+up|"
    r"reach\s+out|come\s+back\s+to\s+you|contact\s+you|call\s+you|send\s+(?:you|over))\b",
    FLAGS,
)
QUESTION_LEAD = Regex(r"\b(?:how|what|when|where|why|whether|if|unless)\s+$", FLAGS)
# A sentence ends at . ! ? followed by a space or the end, or at a line break ("28.11." stays in).
SENTENCE = Regex(r"(?:[^.!?\n]|[.!?](?=[^\s.!?]))+[.!?]*")
UPDATE_ANCHOR = Regex(
    r"\b(?:update|updates|hear\s+from|call\s+you|be\s+in\s+touch|get\s+back\s+to\s+you|"
    r"contact\s+you|check\s+in|next\s+call|speak\s+again|talk\s+again|report\s+back|"
    r"write\s+to\s+you|email\s+you|ring\s+you|phone\s+you)\b",
    FLAGS,
)
APOLOGY = Regex(r"\b(?:sorry|apolog\w*)\b", FLAGS)


def undated_promises(text: str) -> list[tuple[int, int]]:
    """Sentences where we promise something ("we will …") without any date or time."""
    out = []
    for sentence in SENTENCE.finditer(text):
        chunk = sentence.group(0)
        low = fold(chunk)
        if "ll" not in low and "going" not in low:
            continue  # both need will, 'll, shall or going: a quicker test than the search
        promise = PROMISE.search(chunk) or COMMITMENT.search(chunk) or OUR_PROMISE.search(chunk)
        if promise is None or QUESTION_LEAD.search(chunk, 0, promise.start()):
            continue  # "How we will prevent a repeat": a heading, not a promise
        if DATE_RX.search(chunk):
            continue
        lead = len(chunk) - len(chunk.lstrip())
        out.append((sentence.start() + lead, sentence.start() + len(chunk.rstrip())))
    return out


def dated_update(text: str) -> bool:
    """Some sentence says when the client hears from us next, with a date."""
    return any(
        UPDATE_ANCHOR.search(m.group(0)) and DATE_RX.search(m.group(0))
        for m in SENTENCE.finditer(text)
    )
