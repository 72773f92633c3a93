"""Blame in a sentence: on someone other than us, or on the client.

- blame: a cause frame ("because", "due to", "caused by", "let us down", "failed")
  whose agent is someone other than us (a supplier, a carrier, "the team" used to keep
  a distance); the same frame owned by us ("because we packed them wrongly") is fine;
- client blame: the fault put on the client or their staff.
"""

from __future__ import annotations

import re

from domain.tone_agents import (
    CAUSE,
    FAULT_VERB,
    OTHERS,
    OTHERS_THE,
    THEIR_THING,
    THEM,
)
from domain.tone_data import Regex
from domain.tone_patterns import FLAGS, A, PatternSet, clause_before

# Us, owning it: a cause frame whose agent is us is not blame.
_OURS = Regex(
    r"\b(?:we|us|I|me|my|ourselves|our\s+own|our\s+(?:mistake|error|fault|oversight|decision|"
    r"choice|side|end|part|process|planning|estimate|checks?|responsibility))\b",
    FLAGS,
)


_WE_BEFORE = Regex(r"\b(?:we|I)\s+$", FLAGS)
_AGENT = Regex(OTHERS + "|" + OTHERS_THE, FLAGS)


def _owned(text: str, m: re.Match[str]) -> bool:
    """The words between the cause and its agent name us: "because we chose the carrier"."""
    span = m.group(0)
    before = text[max(0, m.start() - 4) : m.start()]
    if _WE_BEFORE.search(before):
        return True  # "we let you down"
    agent = _AGENT.search(span)
    if agent is None:
        return False  # "not our fault": nobody else named, nothing to own
    head = span[: agent.start()]
    return bool(_OURS.search(head.split(" ", 1)[-1] if " " in head else ""))


BLAME = PatternSet(
    [
        (
            r"\blet\s+(?:us|you|everyone|the\s+project)\s+down\b",
            "Say what we did not do: "
            "'We relied on the vendor's tool and had no fallback; that is on us.'",
        ),
        (
            r"\bwe\s+(?:were|got)\s+let\s+down\b",
            "Own the choice: 'We chose them, and we did not check their work; that is on us.'",
        ),
        (
            CAUSE + r"\s+(?:[\w,-]+\s+){0,5}?" + THEM,
            "Own it: 'We relied on them and had no backup; that is on us.'",
        ),
        (
            r"\b(?:fault|failure|problem|error|outage|mistake|breakdown|strike|delay)s?\s+"
            r"(?:at|with|in|by|from)\s+" + THEM,
            "Own it: 'We relied on them and had no backup; that is on us.'",
        ),
        (
            r"(?:" + THEIR_THING + r"|" + THEM + r")\s+(?:also\s+|then\s+|simply\s+|"
            r"unfortunately\s+|had\s+|has\s+|have\s+)?" + FAULT_VERB,
            "Say what we will do about it: 'We did not have a backup for our provider; "
            "that is on us.'",
        ),
        (
            r"\b(?:not|never|isn" + A + r"t|wasn" + A + r"t)\s+(?:really\s+|entirely\s+|all\s+)?"
            r"(?:our|my)\s+fault\b",
            "Leave out whose fault it was; say what you are doing about it.",
        ),
        (r"\bno\s+fault\s+of\s+(?:our|my)\s+own\b", "Leave out whose fault it was."),
        (
            r"\b(?:their|its|the\s+" + OTHERS + A + r"s?)\s+(?:fault|mistake|error|failure|"
            r"negligence|oversight)\b",
            "Say what we will change: 'We depended on one supplier; we are adding a second.'",
        ),
        (
            r"\bon\s+(?:their|the\s+" + OTHERS + A + r"s?)\s+(?:side|end)\b",
            "Say what we own: 'We did not check their work before it reached you.'",
        ),
        (r"\bthe\s+blame\s+(?:lies|rests)\s+with\b", "Leave out the blame; say what we do now."),
    ],
    veto=_owned,
)


_WE_AHEAD = Regex(r"\b(?:we|I|us|me)\s+(?:\w+\s+){0,2}$")


def _client_is_object(text: str, m: re.Match[str]) -> bool:
    """ "We sent your staff the wrong dates": the client is the object, not the agent."""
    if not m.group(0).lower().startswith("your"):
        return False
    return bool(_WE_AHEAD.search(clause_before(text, m.start())))


_PEOPLE = (
    r"(?:IT|team|teams|staff|people|department|colleagues?|admins?|administrators?|developers?|"
    r"engineers?|organi[sz]ation|users?|employees?|procurement|finance|accounts|warehouse|"
    r"office|managers?|management|side|end|security|operators?|drivers?|planners?|"
    r"accountants?|buyers?|receptionists?|assistants?|supervisors?|designers?|lawyers?|"
    r"board|directors?|boss|purchasing|marketing(?:\s+team)?|agency|contractors?|"
    r"technicians?|site\s+manager|project\s+manager|PA|CFO|CEO|CTO|HR)"
)
_CLIENT_FAULT = (
    r"(?:did\s+not|didn" + A + r"t|failed|forgot|never|neglected|missed|ignored|blocked|"
    r"misread|misunderstood|overlooked|was\s+late|were\s+late|changed|deleted|turned\s+"
    r"(?:off|away)|switched\s+off|disabled|skipped|kept\s+\w+ing|keeps?\s+\w+ing|"
    r"continued\s+to|could\s+not|couldn" + A + r"t|caused|broke|refused|should\s+have|"
    r"should" + A + r"ve|ought\s+to\s+have|made\s+(?:a|an|the)\s+(?:mistake|error))"
)


CLIENT_BLAME = PatternSet(
    [
        (
            CAUSE + r"\s+(?:[\w,-]+\s+){0,5}?(?:you|your)\b(?!\s+(?:patience|help|quick|"
            r"feedback\s+(?:helped|showed)))",
            "Say what we will do, not what the client did: 'We will check the list with you "
            "on Monday.'",
        ),
        (
            r"\byour\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?" + _PEOPLE + r"\s+(?:also\s+|then\s+|"
            r"still\s+|had\s+|has\s+|have\s+|has\s+been\s+|have\s+been\s+)?"
            r"(?:(?:[\w-]+\s+){0,4}?(?:the\s+wrong|incorrect(?:ly)?|wrongly|by\s+mistake|late\b)"
            r"|" + _CLIENT_FAULT + r")",
            "Ask for what you need from them, with a date, instead of saying what they did.",
        ),
        (
            r"\byour\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:data|files?|figures|numbers|specs?|"
            r"specifications?|information|details|brief|requirements|lists?|spreadsheets?|"
            r"records|instructions|drawings|plans|forecasts?|inputs?|answers|settings|"
            r"browsers?|computers?|laptops?|network|systems?|firewall|equipment|software|"
            r"processes|process)\s+(?:(?:[\w-]+\s+){0,3}?)(?:was|were|is|are|had\s+been)\s+"
            r"(?:also\s+|still\s+|badly\s+|years\s+|months\s+)?(?:incomplete|incorrect|wrong|"
            r"inaccurate|missing|late|out\s+of\s+date|outdated|unclear|faulty|broken|"
            r"misconfigured|too\s+old|old)\b",
            "Leave out what they got wrong; say what we will do with them now.",
        ),
        (
            r"\b(?:errors?|mistakes?|problems?|faults?)\s+in\s+your\b",
            "Leave out where the error sat; say what we will do now.",
        ),
        (
            r"\byou\s+(?:also\s+|then\s+|still\s+)?(?:entered|sent|chose|picked|selected|used|"
            r"typed|uploaded|ordered|booked|gave\s+us|set|clicked|installed|approved|"
            r"specified|requested)\s+(?:us\s+)?(?:the|a|an)\s+(?:[\w-]+\s+)?(?:wrong|"
            r"incorrect|old|outdated|incomplete)\b",
            "Leave out what they got wrong; say what we will do now.",
        ),
        (
            r"\byou\s+(?:also\s+|then\s+|still\s+)?(?:skipped|ignored|missed|misread|"
            r"misunderstood|overlooked|forgot|kept\s+\w+ing|continued\s+to|never\s+\w+ed|"
            r"turned\s+(?:off|away)|switched\s+off|disabled|deleted|changed\s+the)\b",
            "Ask for what you need from them, with a date, instead of saying what they did.",
        ),
        (
            r"\b(?:exactly\s+|precisely\s+|just\s+)?what\s+(?:you|your\s+(?:[\w-]+\s+)?"
            + _PEOPLE
            + r")\s+(?:had\s+)?(?:approved|asked\s+for|ordered|signed\s+off|specified|"
            r"requested|agreed\s+to|chose|wanted)\b",
            "Leave out that they approved it; say what we will change now.",
        ),
        (
            r"\b(?:the|a|an)\s+(?:[\w-]+\s+){1,2}?(?:(?:that|who|which)\s+)?(?:you|your\s+"
            r"(?:[\w-]+\s+)?" + _PEOPLE + r")\s+(?:appointed|chose|hired|sent|provided|"
            r"supplied|uploaded|requested|approved|asked\s+for|added|signed\s+off|specified|"
            r"picked|ordered)\s+(?:[\w-]+\s+){0,4}?(?:did\s+not|didn" + A + r"t|never|was\s+"
            r"(?:wrong|incomplete|late)|were\s+(?:wrong|incomplete|late)|failed|caused|"
            r"added|pushed|doubled|broke)\b",
            "Say what we will do, not what the client's choice caused.",
        ),
        (
            r"\b(?:people|someone|staff|users|anyone|somebody)\s+(?:on|at|in)\s+your\s+"
            r"(?:side|end|team|office)\s+(?:\w+\s+)?(?:skip|skipped|skips|forget|forgot|"
            r"ignore|ignored|miss|missed|did\s+not|didn" + A + r"t|use|used|enter|entered|"
            r"change|changed|delete|deleted)",
            "Say what we will change so it is easy to get right.",
        ),
        (
            r"\b(?:we|I)\s+(?:never|did\s+not|didn" + A + r"t|still\s+have\s+not|have\s+not|"
            r"haven" + A + r"t)\s+(?:yet\s+)?(?:receive|received|get|got|had|have|been\s+"
            r"given|been\s+sent)\s+(?:[\w-]+\s+){0,4}?(?:from|by)\s+(?:you|your)\b",
            "Ask for what you need, with a date: 'Could you send the floor plans by Tuesday?'",
        ),
        (
            r"\byou\s+(?:were|are|have\s+been|had\s+been)\s+(?:using|running|entering|"
            r"configuring|reading|filling\s+in)\s+(?:[\w-]+\s+){0,3}?(?:wrong(?:ly)?|"
            r"incorrectly|improperly|the\s+wrong\s+way|in\s+the\s+wrong\s+way)\b",
            "Say what we will change so it is easy to use: 'We will add a check for this.'",
        ),
        (
            r"\b(?:the|some|your)\s+(?:[\w-]+\s+)?(?:data|files?|figures|numbers|specs?|"
            r"specifications?|information|details|orders?|brief|requirements|lists?|"
            r"spreadsheets?|address(?:es)?|artwork|drawings?|forecasts?|input|answers?|"
            r"instructions|documents?|credentials|approval|feedback|sign-off)\s+(?:that\s+)?"
            r"(?:you|your\s+(?:[\w-]+\s+)?(?:team|staff|people|colleagues|office|department))\s+"
            r"(?:had\s+)?(?:sent|provided|supplied|gave|uploaded|submitted|entered|shared|"
            r"approved|filled\s+in|chose|picked|specified|placed)\b",
            "Say what we will do with it: 'We will check every file on arrival from now on.'",
        ),
        (
            r"\byour\s+(?:[\w-]+\s+)?(?:incomplete|incorrect|wrong|late|missing|inaccurate|"
            r"outdated|faulty|unclear|conflicting|changing|changed|last-minute)\s+(?:[\w-]+\s+)?"
            r"(?:data|files?|figures|numbers|specs?|specifications?|information|details|orders?|"
            r"brief|requirements|instructions|input|approval|feedback|answers?|settings|"
            r"requests?|changes)\b",
            "Leave out what they got wrong; say what we will do now.",
        ),
        (
            r"\byour\s+(?:own\s+)?(?:IT|team|staff|people|department|colleagues|admins?|"
            r"administrators?|developers|engineers|firewall|network|system|systems|"
            r"organi[sz]ation|users|employees|procurement|finance|accounts|warehouse|office|"
            r"managers?|side|end|security|operators?|drivers?|IT\s+(?:team|department|people))"
            r"\s+(?:also\s+|then\s+|had\s+|has\s+|have\s+)?(?:did\s+not|didn" + A + r"t|failed|"
            r"forgot|never|neglected|missed|ignored|blocked|misread|misunderstood|"
            r"overlooked|was\s+late|were\s+late|changed|deleted|turned\s+off|switched\s+off|"
            r"disabled|skipped|sent\s+(?:us\s+)?the\s+wrong|entered\s+the\s+wrong|could\s+not|"
            r"couldn" + A + r"t|caused|broke|made\s+(?:a|an|the)\s+(?:mistake|error))\b",
            "Ask for what you need from them, with a date, instead of saying what they did.",
        ),
        (
            r"\bif\s+(?:only\s+)?(?:you|your\s+(?:[\w-]+\s+)?" + _PEOPLE + r")\s+had\s+"
            r"(?:not\s+|just\s+|only\s+|already\s+)?\w+(?:ed|en|t|ne|wn|ld)\b",
            "Say what we will do from now on, not what they should have done.",
        ),
        (
            r"\byou\s+(?:should\s+have|should" + A + r"ve|could\s+have|ought\s+to\s+have|"
            r"were\s+(?:supposed|meant|expected|asked|required)\s+to)\b(?!\s+(?:received|got|"
            r"gotten|seen|heard|been\s+(?:sent|given|told)))",
            "Say what we will do from now on, not what they should have done.",
        ),
        (
            r"\b(?:you|your\s+(?:[\w-]+\s+)?(?:team|staff|people|IT|colleagues|users|office|"
            r"department))\s+(?:also\s+)?(?:failed\s+to|forgot\s+to|did\s+not|didn" + A + r"t|"
            r"never|neglected\s+to|chose\s+not\s+to)\s+(?:tell|inform|notify|mention|specify|"
            r"provide|send|read|follow|check|update|test|approve|reply|respond|confirm|pay|sign|"
            r"give|let|install|report|flag|configure|open|enable|back\s+up|ask|book|order|"
            r"renew|answer|share|upload)\b",
            "Ask for what you need from them, with a date, instead of saying what they did.",
        ),
        (
            r"\b(?:user|operator|customer|client)\s+error\b",
            "Say what we will change so the mistake cannot happen again.",
        ),
        (
            r"\b(?:error|mistake|problem|fault|issue|cause)\s+(?:was|is|lies|lay|sits)\s+"
            r"(?:on|with|at)\s+your\s+(?:side|end)\b",
            "Leave out where the fault sat; say what we do now.",
        ),
        (
            r"\b(?:which|that)\s+(?:was|is)\s+(?:clearly\s+)?(?:stated|explained|described|"
            r"documented|written)\s+in\s+the\s+(?:manual|documentation|guide|instructions|"
            r"contract|handbook)\b",
            "Offer to walk them through it: 'I will show your team on Tuesday at 10:00.'",
        ),
    ],
    veto=_client_is_object,
)
