"""Blame on the client: the fault put on the client or their staff.

"You were using it wrong", "the data you sent", "your IT did not", "if your staff had
followed …", "it was your buyer who …". Where the client is only the object ("we sent
your staff the wrong dates"), or the sentence owns the fault, nothing is flagged.
"""

from __future__ import annotations

import re

from domain.tone_agents import CAUSE
from domain.tone_blame import owns_it
from domain.tone_data import Regex
from domain.tone_faults import ADVERBS, DONE_BADLY, FAULT_VERB, PAST_VERB
from domain.tone_patterns import FLAGS, A, PatternSet, clause_before, sentence_of


def _we_in_between(text: str, m: re.Match[str]) -> bool:
    """ "because we scheduled it during your trading hours": the cause is ours ("we were
    waiting on your team" is not: the cause words themselves may say we)."""
    span = m.group(0)
    cause = _CAUSE.match(span)
    if _THEIR_HELP.search(span):
        return True  # "thanks to the quick help of your IT manager"
    if _WE_ARE_WAITING.search(text[max(0, m.start() - 12) : m.start()]):
        return True  # "we are waiting for your go-ahead": a request, not a complaint
    return bool(_US.search(span, cause.end() if cause else 0))


_THEIR_HELP = Regex(
    r"\b(?:help|support|patience|efforts?|cooperation|co-operation|flexibility|advice|"
    r"understanding|quick\s+(?:reply|response|answer))\s+(?:of|from)\s+(?:you|your)\b",
    FLAGS,
)
_WE_ARE_WAITING = Regex(r"\b(?:we|I)(?:\s+(?:are|am)|" + A + r"(?:re|m))\s+(?:still\s+)?$", FLAGS)


_CAUSE = Regex(CAUSE, FLAGS)


_US = Regex(r"\b(?:we|I|us|our|my)\b", FLAGS)
_WE_AHEAD = Regex(r"\b(?:we|I|us|me)\s+(?:\w+\s+){0,2}$")


def _client_is_object_or_owned(text: str, m: re.Match[str]) -> bool:
    return _client_is_object(text, m) or owns_it(text, m)


def _client_is_object(text: str, m: re.Match[str]) -> bool:
    """ "We sent your staff the wrong dates", "the courier gave your team the old notes":
    the client is the object of someone's verb, not the agent."""
    if not m.group(0).lower().startswith("your"):
        return False
    before = clause_before(text, m.start())
    return bool(_WE_AHEAD.search(before) or _GIVEN_TO.search(before))


# A verb of giving or telling just before "your …".
_GIVEN_TO = Regex(
    r"\b(?:gave|sent|told|showed|brought|handed|emailed|e-mailed|offered|promised|sold|"
    r"charged|billed|invoiced|left|owed|lent|passed|forwarded|posted|shipped|delivered|"
    r"issued|quoted)\s+$",
    FLAGS,
)


_PEOPLE = (
    r"(?:IT|team|teams|staff|people|department|colleagues?|admins?|administrators?|developers?|"
    r"engineers?|organi[sz]ation|users?|employees?|procurement|finance|accounts|warehouse|"
    r"office|managers?|management|side|end|security|operators?|drivers?|planners?|"
    r"accountants?|buyers?|receptionists?|assistants?|supervisors?|designers?|lawyers?|"
    r"board|directors?|boss|purchasing|marketing(?:\s+team)?|agency|contractors?|"
    r"technicians?|site\s+manager|project\s+manager|PA|CFO|CEO|CTO|HR|leads?|officers?|"
    r"contacts?|architects?|plumbers?|builders?|electricians?|consultants?|suppliers?|"
    r"vendors?|partners?|agents?|coordinators?|clerks?|analysts?|controllers?)"
)
# Your people, then who among them ("your IT manager, Tom,"), then a few adverbs.
_YOURS = (
    r"\byour\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
    + _PEOPLE
    + r"(?:\s*,\s*[\w'’ -]{1,30},|\s+(?:in|at|from)\s+(?-i:[A-Z])[\w'’-]+)?"
)
# Their things, which fail too: "your firewall blocked our updates".
_YOUR_THINGS = (
    r"\byour\s+(?:own\s+)?(?:(?:[\w-]+\s+)?"
    + _PEOPLE
    + A
    + r"s?\s+)?(?:[\w-]+\s+){0,2}?(?:firewall|network|systems?|servers?|software|"
    r"equipment|printers?|computers?|laptops?|devices?|browsers?|settings|tills?|requests?|"
    r"approval|sign-off|payments?|answers?|repl(?:y|ies)|feedback|instructions|"
    r"changes|brief|specs?|specifications?|files?|data|information|details|drawings?|"
    r"artwork|figures|lists?|forecasts?|confirmation|go-ahead|purchase\s+orders?|content|records|"
    r"numbers|spreadsheets?|documents?|router|wi-?fi|internet|connection|passwords?)"
)
# "you" as the one who did it ("you sent the files after the deadline"); not "the change
# you did not ask for", nor a negation (a later pattern takes those, verb by verb).
_BARE_YOU = (
    r"(?<!\bwhich\s)(?<!\bthat\s)\byou(?!\s+(?:did\s+not|didn"
    + A
    + r"t|could\s+not|couldn"
    + A
    + r"t|never|had\s+not|have\s+not|haven"
    + A
    + r"t)\b)"
)
_YOU = r"(?:you|your\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?" + _PEOPLE + r")"
_SOMEONE_YOURS = (
    r"(?:someone|somebody|anyone|nobody|no\s+one|people|staff|"
    r"a\s+member\s+of\s+(?:your\s+)?staff)\s+(?:at|on|"
    r"in|from)\s+your\s+(?:end|side|office|site|team|company|organi[sz]ation|store|branch|shop)"
)
_CLIENT_FAULT = (
    r"(?:did\s+not|didn" + A + r"t|failed|forgot|never|neglected|missed|ignored|blocked|"
    r"misread|misunderstood|overlooked|was\s+late|were\s+late|changed|deleted|turned\s+"
    r"(?:[\w-]+\s+){0,2}?(?:off|away)|switched\s+off|disabled|skipped|kept\s+\w+ing|keeps?\s+\w+ing|"
    r"continued\s+to|caused|broke|refused|should\s+have|"
    r"should" + A + r"ve|ought\s+to\s+have|made\s+(?:a|an|the)\s+(?:mistake|error))"
)


def _not_counterfactual(text: str, m: re.Match[str]) -> bool:
    """ "if your staff used it" blames only with "would have …" beside it ("if your staff
    had used it" always does)."""
    return not _HAD.search(m.group(0)) and not _WOULD.search(sentence_of(text, m))


_WOULD = Regex(r"\b(?:would|could|might)(?:n" + A + r"t|\s+not)?\s+have\b", FLAGS)
_HAD = Regex(r"\bhad\b", FLAGS)
_IF_YOU = (
    r"\bif\s+(?:only\s+)?(?:" + _YOU + r"|" + _SOMEONE_YOURS + r")\s+(?:had\s+(?:not\s+|just\s+"
    r"|only\s+|already\s+)?\w+(?:ed|en|t|ne|wn|ld)|(?:not\s+)?" + PAST_VERB + r")\b"
)


def _could_not(text: str, m: re.Match[str]) -> bool:
    """ "So your staff could not get in": what they were kept from, not what they did."""
    return bool(_COULD_NOT.search(m.group(0)))


_COULD_NOT = Regex(r"\bcould(?:\s+not|n" + A + r"t)$", FLAGS)

CLIENT_BLAME = PatternSet(
    [
        (
            r"(?:" + _YOURS + r"|" + _YOUR_THINGS + r"|" + _BARE_YOU + r")" + ADVERBS + DONE_BADLY,
            "Ask for what you need from them, with a date, instead of saying what they did.",
            _could_not,
        ),
        (
            _SOMEONE_YOURS
            + ADVERBS
            + r"(?:(?:had|has|have)\s+)?(?:"
            + PAST_VERB
            + r"|"
            + FAULT_VERB
            + r")\b",
            "Say what we will change so it is easy to get right.",
        ),
        (
            r"(?<!\bwe\s)(?<!\bI\s)(?<!\bthey\s)\bhad\s+(?:"
            + _YOU
            + r"|"
            + _SOMEONE_YOURS
            + r")\s+(?:\w+ly\s+)?(?:not\s+)?\w+(?:ed|en|t|wn|ne|de)\b",
            "Say what we will do from now on, not what they should have done.",
        ),
        (
            r"\bthe\s+(?:[\w-]+\s+)?[\w-]+\s+(?:that\s+)?" + _YOU + r"\s+(?:had\s+)?(?:gave|sent|"
            r"provided|supplied|emailed|e-mailed|uploaded|entered|chose|picked)\s+(?:us\s+)?(?:"
            r"[\w-]+\s+){0,3}?(?:was|were|is|are|does|did|had|has)(?:n" + A + r"t|\s+not|"
            r"\s+(?:wrong|"
            r"incorrect|incomplete|missing|invalid|never|out\s+of\s+date|outdated|full\s+of|"
            r"riddled\s+with|late))\b",
            "Say what we will do with it: 'We will check every file on arrival from now on.'",
        ),
        (
            r"\b(?:it\s+(?:was|is)\s+your\s+(?:own\s+)?(?:team"
            + A
            + r"s\s+|[\w-]+"
            + A
            + r"s\s+)?(?:"
            r"decision|choice|call|idea|request|instruction)\s+to\b|(?:was|were)\s+(?:entirely\s+|"
            r"always\s+)?your\s+(?:own\s+)?(?:decision|choice|call|idea|request)\b|you\s+(?:asked|"
            r"told|instructed|wanted)\s+us\s+(?:not\s+)?to\s+(?:skip|drop|cut|remove|leave\s+out|"
            r"go\s+ahead|launch|proceed|ignore|use\s+the\s+(?:old|cheaper))|\byour\s+(?:[\w-]+\s+){0,3}?"
            r"(?:is|are|was|were)\s+what\s+(?:caused|stopped|broke|blocked|triggered|started))",
            "Leave out who chose it; say what we will change now.",
        ),
        (
            _IF_YOU,
            "Say what we will do from now on, not what they should have done.",
            _not_counterfactual,
        ),
        (
            r"\bit\s+(?:was|is)\s+" + _YOU + r"\s+(?:that|who|which)\b",
            "Leave out who chose it; say what we will change now.",
        ),
        (
            r"\b(?:began|started|starts|begins|originated|lies|lay)\s+(?:with\s+(?:you|your)\b|"
            r"(?:on|at|in|from)\s+your\s+(?:end|side|site|office|network|systems?)\b)"
            r"|\byour\s+(?:[\w-]+\s+){0,2}?" + _PEOPLE + A + r"s?\s+(?:(?:slow|late|delayed|"
            r"missing|"
            r"incomplete|changing|conflicting|last-minute)\s+[\w-]+|delays?|slowness|lateness|"
            r"mistakes?|errors?)\b",
            "Leave out what they did; say what we will do now.",
        ),
        (
            r"\b(?:started|began|happened|occurred|broke|failed|stopped)\s+(?:right\s+|just\s+|"
            r"shortly\s+)?(?:after|when|once)\s+" + _YOU + r"\s+(?:had\s+)?" + PAST_VERB + r"\b",
            "Leave out what they did; say what we will do now.",
        ),
        (
            _YOURS
            + r"\s+(?:insist(?:s|ed)?\s+on|needs?\s+(?:more\s+)?(?:training|practice|guidance)"
            r"|needs?\s+to\s+(?:read|learn|follow|check|stop|take\s+(?:more\s+)?care|pay\s+"
            r"(?:more\s+)?attention|be\s+more)|(?:could|should|must|might)\s+(?:try\s+to\s+)?be\s+"
            r"(?:a\s+(?:bit|little)\s+)?more\s+(?:careful|attentive|thorough|organi[sz]ed)"
            r"|(?:was|were|is|are)\s+(?:unreachable|unavailable|not\s+available|not\s+reachable|"
            r"not\s+(?:there|on\s+site|in|around|at\s+(?:the\s+)?(?:site|office|desk))\b|"
            r"responsible\s+for|slow\s+to|too\s+slow))\b",
            "Ask for what you need from them, with a date, instead of saying what they did.",
        ),
        (
            r"\b(?:that|this|which)\s+is\s+(?:exactly\s+|precisely\s+)?what\s+(?:we|you)\s+"
            r"(?:delivered|built|supplied|shipped|made|sent|installed|ordered|asked\s+for|"
            r"approved|specified|signed\s+off)\b",
            "Leave out that it is what they asked for; say what we will change now.",
        ),
        (
            CAUSE + r"\s+(?:[\w'’-]+\s+){0,5}?(?:you|your)\b(?!(?:\s+[\w'’-]+){0,3}?\s+"
            r"(?:patience|help|quick|feedback|support|report|efforts?|cooperation|co-operation|"
            r"understanding|flexibility|advice|answers?|questions?|requests?|call|email|message|"
            r"ideas?|input|suggestions?)\b)",
            "Say what we will do, not what the client did: 'We will check the list with you "
            "on Monday.'",
            _we_in_between,
        ),
        (
            r"\byour\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?" + _PEOPLE + r"\s+(?:also\s+|then\s+|"
            r"still\s+|had\s+|has\s+|have\s+|has\s+been\s+|have\s+been\s+)?"
            r"(?:(?!(?:received|got|saw|found|(?:were|was|have\s+been|had\s+been)\s+\w+(?:ed|en|"
            r"t|id|ld|wn))\b)"
            r"(?:[\w-]+\s+){0,4}?(?:the\s+wrong|incorrect(?:ly)?|wrongly|by\s+mistake|late\b)"
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
            # "the address on your order form was incomplete"
            r"\bthe\s+(?:[\w-]+\s+){1,2}?(?:on|in|from)\s+your\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+"
            r"(?:was|were|is|are|had\s+been)\s+(?:also\s+|still\s+)?(?:incomplete|incorrect|wrong|"
            r"inaccurate|missing|out\s+of\s+date|outdated|unclear|blank|illegible)\b",
            "Leave out what they got wrong; say what we will do with it now.",
        ),
        (
            # late from them: "the artwork arrived from your designer two weeks after the cut-off"
            r"\b(?:arrived|came|reached\s+us|turned\s+up)\s+(?:back\s+)?from\s+your\s+"
            r"(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:[\w-]+\s+){0,3}?(?:late|after\s+the|too\s+late|past\s+the)\b",
            "Leave out when theirs arrived; say what we will do now.",
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
            r"instructions|documents?|credentials|approval|feedback|sign-off|plans?|hours|"
            r"codes?|artwork|price\s+list)\s+(?:that\s+)?" + _YOU + r"\s+(?:had\s+)?(?:sent|"
            r"provided|supplied|gave|uploaded|submitted|entered|shared|approved|filled\s+in|chose|"
            r"picked|specified|placed|emailed|e-mailed|handed|drew|wrote)\b",
            "Say what we will do with it: 'We will check every file on arrival from now on.'",
        ),
        (
            r"\byour\s+(?:[\w-]+\s+)?(?:incomplete|incorrect|wrong|late|missing|inaccurate|"
            r"outdated|faulty|unclear|conflicting|changing|changed|last-minute)\s+(?:[\w-]+\s+)?"
            r"(?:data|files?|figures|numbers|specs?|specifications?|information|details|orders?|"
            r"brief|requirements|instructions|input|approval|feedback|answers?|settings|"
            r"requests?|changes|payments?|deliver(?:y|ies)|responses?|repl(?:y|ies)|sign-off|"
            r"decisions?)\b",
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
            r"disabled|skipped|sent\s+(?:us\s+)?the\s+wrong|entered\s+the\s+wrong|caused|"
            r"broke|made\s+(?:a|an|the)\s+(?:mistake|error))\b",
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
            r"(?<!\bwhich\s)(?<!\bthat\s)\b(?:you|your\s+(?:[\w-]+\s+)?(?:team|staff|people|IT|"
            r"colleagues|users|office|department))\s+(?:also\s+)?(?:failed\s+to|forgot\s+to|"
            r"did\s+not|didn" + A + r"t|"
            r"never|neglected\s+to|chose\s+not\s+to)\s+(?:tell|told|inform(?:ed)?|notif(?:y|ied)|"
            r"mention(?:ed)?|specif(?:y|ied)|provide[d]?|send|sent|read|follow(?:ed)?|check(?:ed)?|"
            r"update[d]?|test(?:ed)?|approve[d]?|repl(?:y|ied)|respond(?:ed)?|confirm(?:ed)?|"
            r"pa(?:y|id)|"
            r"sign(?:ed)?|give|gave|let|install(?:ed)?|report(?:ed)?|flag(?:ged)?|configure[d]?|"
            r"open(?:ed)?|enable[d]?|back(?:ed)?\s+up|ask(?:ed)?(?!\s+for)|book(?:ed)?|"
            r"order(?:ed)?|"
            r"renew(?:ed)?|answer(?:ed)?|share[d]?|upload(?:ed)?)\b",
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
    veto=_client_is_object_or_owned,
)
