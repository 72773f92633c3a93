"""What the tone review looks for in a sentence, rule by rule, with a rewrite for each.

The rules follow why a sentence hurts a bad-news letter, not word lists alone:

- blame: a cause frame ("because", "due to", "caused by", "let us down", "failed")
  whose agent is someone other than us (a supplier, a carrier, "the team" used to keep
  a distance); the same frame owned by us ("because we packed them wrongly") is fine;
- client blame: the fault put on the client or their staff;
- excuses: workload, holidays, other clients, the unforeseeable, "as you know",
  contract technicalities;
- minimizing, non-apologies, defensiveness, and the agentless passive of a mistake.

Timing, hedging and promises are in domain.tone_time; jargon in domain.tone_jargon.
"""

from __future__ import annotations

import re

from domain.tone_patterns import FLAGS, A, PatternSet, clause_before, words

# --- who did it ---------------------------------------------------------------------------

# Someone other than us: the agent of a blame frame.
_OTHERS = words(
    "vendors?",
    "suppliers?",
    "providers?",
    "carriers?",
    "couriers?",
    "hauliers?",
    "forwarders?",
    "subcontractors?",
    "sub-contractors?",
    "contractors?",
    "partners?",
    "manufacturers?",
    "makers?",
    "factory",
    "factories",
    "freelancers?",
    "agency",
    "agencies",
    "bureau",
    "consultancy",
    "outsourcing (?:partner|company|firm)",
    "third[\\s-]part(?:y|ies)",
    "licensor",
    "wholesalers?",
    "distributors?",
    "printers?",
    "installers?",
    "fitters?",
    "builders?",
    "electricians?",
    "plumbers?",
    "landlord",
    "council",
    "regulator",
    "insurers?",
    "(?:shipping|hosting|logistics|telephone|phone|software|cloud|energy|power|courier|"
    "delivery|haulage|cleaning|security|payment|payroll|print(?:ing)?|IT) "
    "(?:company|firm|line|provider|partner|vendor|supplier|platform|operator|service|bureau)",
    "data cent(?:re|er) operator",
    "operators?",
    "app store",
    "bank",
    "airline",
    "customs",
    "developers?",
    "engineers?",
    "technicians?",
    "programmers?",
    "interns?",
    "(?:legal|finance|billing|it|accounts|accounting|procurement|marketing|sales|dispatch|"
    "shipping|compliance|purchasing) (?:department|team|people|colleagues)",
    "new hire",
    "juniors?",
    "shippers?",
    "shipping lines?",
    "brokers?",
    "producers?",
    "mills?",
    "plants?",
    "foundry",
    "workshops?",
    "labs?",
    "laborator(?:y|ies)",
    "print shop",
    "publishers?",
    "designers?",
    "architects?",
    "consultants?",
    "translators?",
    "photographers?",
    "studios?",
    "caterers?",
    "hotels?",
    "rail operator",
    "(?:bus|taxi|transport|removal|moving|storage|packaging|testing|recruitment|temp) "
    "(?:company|firm|agency)",
    "building manager",
    "facilities (?:team|company|firm|manager)",
    "cleaners?",
    "payment processor",
    "card processor",
    "auditors?",
    "solicitors?",
    "lawyers?",
    "registrar",
    "authorit(?:y|ies)",
    "government",
    "ministry",
    "post office",
    "postal service",
    "(?:the )?post",
    "utility",
    "telecoms?",
    "ISP",
    "(?:internet|network|mobile|broadband|email|e-mail|sms|telephony) (?:provider|operator|"
    "carrier|company)",
    "data cent(?:re|er)s?",
    "platform",
    "marketplace",
    "resellers?",
    "retailers?",
    "dealers?",
    "importers?",
    "exporters?",
    "roofers?",
    "surveyors?",
    "inspectors?",
    "temps",
    "recruiters?",
    "new starters?",
    "trainees?",
    "apprentices?",
    "parent company",
    "sister company",
    "group (?:IT|office|team)",
    "tooling",
    "(?:their|its) (?:software|system|tool|tools|platform|app|update|server|servers)",
)
# Weak agents: ours with "our", someone else's with "the": "the team missed it".
_OTHERS_THE = words(
    "team",
    "staff",
    "people",
    "service",
    "department",
    "office",
    "venue",
    "warehouse",
    "port",
    "host",
    "(?:sales|finance|billing|support|operations|ops|it|accounts|accounting|legal|marketing|"
    "dispatch|shipping|procurement|development|dev|qa|test|testing|product|delivery|project|"
    "design|tech|technical|night|weekend) (?:team|department|people|staff|colleagues|shift)",
    "(?:other|another) (?:team|department|office|site)",
    "head office",
)
_DET = r"(?:the|our|their|a|an|one\s+of\s+(?:the|our|their)|its|that|this|some)"
_ADJ = r"(?:[\w-]+\s+){0,2}?"
_POSS = r"(?:" + A + r"s?)?"
_THE = r"(?:the|their|that|this|another|one\s+of\s+the)"
_CAL = (
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|Christmas|Easter"
)
_THEM = (
    r"(?:"
    + _DET
    + r"\s+"
    + _ADJ
    + _OTHERS
    + r"\b"
    + _POSS
    + r"|"
    + _THE
    + r"\s+"
    + _ADJ
    + _OTHERS_THE
    + r"\b"
    + _POSS
    + r"|other\s+(?:teams|departments)|they\b(?!\s+(?:were|are)\s+(?:packed|sent|shipped))"
    + r"|(?-i:(?!(?:I|We|Our|The|This|That|It|You|Your|"
    + _CAL
    + r")\b)[A-Z][\w&-]+(?:\s+"
    + r"(?-i:[A-Z][\w&-]+))*"
    + _POSS
    + r"))"
)
# Their thing: "the vendor's tooling", "our supplier's system".
_THEIR_THING = _DET + r"\s+" + _ADJ + _OTHERS + A + r"s?\s+(?:[\w-]+\s+){0,2}?[\w-]+"
_FAULT_VERB = words(
    "let (?:us|you|everyone) down",
    "failed",
    "did not",
    "didn" + A + "t",
    "could not",
    "couldn" + A + "t",
    "forgot",
    "missed",
    "lost",
    "broke",
    "damaged",
    "dropped",
    "misrouted",
    "mislabell?ed",
    "messed up",
    "made (?:a|an|the) (?:mistake|error|blunder)",
    "made mistakes",
    "sent (?:us )?(?:the )?wrong",
    "shipped (?:the |us )?wrong",
    "delivered (?:late|the wrong|incomplete)",
    "delivered [\\w ]{0,40}late",
    "(?:was|were|ran|arrived) late",
    "went down",
    "crashed",
    "caused",
    "introduced",
    "changed [\\w ]{0,25}without",
    "is to blame",
    "was to blame",
    "are to blame",
    "were to blame",
    "never (?:sent|told|delivered|shipped|replied|answered|confirmed)",
    "has not (?:yet )?(?:delivered|sent|replied|shipped)",
    "have not (?:yet )?(?:delivered|sent|replied|shipped)",
    "pushed (?:a|an|the) (?:update|change)",
    "overbooked",
    "cancell?ed (?:our|the) (?:booking|order|slot)",
    "double-booked",
    "misread",
    "misunderstood",
    "mixed up",
    "applied the (?:old|wrong)",
    "(?:took|brought|knocked) [\\w ]{0,30}(?:down|offline|out)",
    "(?:had|suffered) (?:a|an) (?:[\\w-]+ )?(?:failure|outage|fault|breakdown|problem|strike)",
    "(?:booked|sent|shipped|loaded|delivered|installed|printed|applied|used|entered) "
    "[\\w ]{0,30}(?:wrong|by mistake|in error|without (?:checking|testing|telling))",
    "cut [\\w ]{0,20}by mistake",
    "took (?:\\w+ )?(?:days|weeks|months|hours)",
    "ran out of",
    "went (?:bust|bankrupt|under|quiet|silent|into administration)",
    "(?:shut|closed) (?:down|their|its|the)",
    "stopped (?:answering|responding|supplying|shipping|delivering)",
    "changed (?:their|its) (?:[\\w-]+ )?(?:system|process|api|prices|terms|rules|format|software)",
    "raised (?:their|its) prices",
    "withdrew",
    "pulled out",
    "(?:never|did not|didn" + A + "t) (?:turn|show) up",
    "short-shipped",
    "under-delivered",
    "(?:gave|sent|supplied|provided) (?:us )?(?:the )?(?:wrong|incorrect|faulty|outdated|bad)",
    "(?:got|had) (?:it|the [\\w-]+) wrong",
    "made a mess of",
    "dropped the ball",
    "fell (?:through|behind|short)",
    "(?:is|was|were|are) (?:entirely |wholly |solely )?(?:responsible|at fault|to blame)",
    "(?:caused|created|triggered|started) (?:the|this|these|a|an) ",
)
_CAUSE = words(
    "because(?: of)?",
    "due to",
    "caused by",
    "owing to",
    "thanks to",
    "as a result of",
    "the result of",
    "resulted from",
    "came from",
    "stemmed from",
    "stems from",
    "(?:comes|come|coming) from",
    "down to",
    "on the part of",
    "attributable to",
    "triggered by",
    "introduced by",
    "delayed by",
    "held up by",
    "blocked by",
    "let down by",
    "the fault of",
    "the mistake of",
    "the error of",
    "(?:blame|fault|responsibility) (?:lies|lay|rests|rested|sits) (?:with|at)",
    "(?:problem|issue|error|fault|delay|mistake) (?:lies|lay|is|was) (?:with|at)",
    "traced? back to",
    "the reason (?:is|was) (?:that )?",
    "(?:is|was) (?:entirely |all |solely )?(?:on|down to)",
    "(?:blame|responsibility) for (?:this|the [\\w-]+) (?:lies|rests|sits) with",
    "(?:we|I) (?:were|was) (?:waiting|relying|dependent) (?:on|for)",
    "(?:waiting|waited) (?:on|for)",
    "traces back to",
    "traced to",
    "goes back to",
    "explained by",
)
# Us, owning it: a cause frame whose agent is us is not blame.
_OURS = re.compile(
    r"\b(?:we|us|I|me|my|ourselves|our\s+own|our\s+(?:mistake|error|fault|oversight|decision|"
    r"choice|side|end|part|process|planning|estimate|checks?|responsibility))\b",
    FLAGS,
)


def _owned(text: str, m: re.Match[str]) -> bool:
    """The words between the cause and its agent name us: "because we chose the carrier"."""
    span = m.group(0)
    before = text[max(0, m.start() - 4) : m.start()]
    if re.search(r"\b(?:we|I)\s+$", before, FLAGS):
        return True  # "we let you down"
    agent = re.search(_OTHERS + "|" + _OTHERS_THE, span, FLAGS)
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
            _CAUSE + r"\s+(?:[\w,-]+\s+){0,5}?" + _THEM,
            "Own it: 'We relied on them and had no backup; that is on us.'",
        ),
        (
            r"\b(?:fault|failure|problem|error|outage|mistake|breakdown|strike|delay)s?\s+"
            r"(?:at|with|in|by|from)\s+" + _THEM,
            "Own it: 'We relied on them and had no backup; that is on us.'",
        ),
        (
            r"(?:" + _THEIR_THING + r"|" + _THEM + r")\s+(?:also\s+|then\s+|simply\s+|"
            r"unfortunately\s+|had\s+|has\s+|have\s+)?" + _FAULT_VERB,
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
            r"\b(?:their|its|the\s+" + _OTHERS + A + r"s?)\s+(?:fault|mistake|error|failure|"
            r"negligence|oversight)\b",
            "Say what we will change: 'We depended on one supplier; we are adding a second.'",
        ),
        (
            r"\bon\s+(?:their|the\s+" + _OTHERS + A + r"s?)\s+(?:side|end)\b",
            "Say what we own: 'We did not check their work before it reached you.'",
        ),
        (r"\bthe\s+blame\s+(?:lies|rests)\s+with\b", "Leave out the blame; say what we do now."),
    ],
    veto=_owned,
)


def _client_is_object(text: str, m: re.Match[str]) -> bool:
    """ "We sent your staff the wrong dates": the client is the object, not the agent."""
    if not m.group(0).lower().startswith("your"):
        return False
    return bool(re.search(r"\b(?:we|I|us|me)\s+(?:\w+\s+){0,2}$", clause_before(text, m.start())))


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
            _CAUSE + r"\s+(?:[\w,-]+\s+){0,5}?(?:you|your)\b(?!\s+(?:patience|help|quick|"
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

EXCUSE = PatternSet(
    [
        (
            words(
                "(?:school|summer|christmas|easter|bank|public|festive|holiday|half-term) "
                "(?:holidays?|break|period|season)",
                "(?:slows?|slowed|slowing) (?:things|everything|everyone|us) down",
                "juggling",
                "flat out",
                "working (?:around|round) the clock",
                "(?:had|caught|down with|off with|struck by) (?:the )?(?:flu|covid|a cold|"
                "a virus|a bug|illness)",
                "tied up",
                "in the middle of (?:our|a|the|an) ",
                "year-end",
                "another (?:client|customer|project|account|launch|deadline)",
                "(?:allowed|permitted|covered|accepted) (?:by|under|in) (?:the|our|your) "
                "(?:contract|agreement|terms|SLA)",
                "(?:one|two|three|several|many|a number|a lot) of (?:deadlines|projects|"
                "clients|priorities)",
                "(?:the )?(?:skeleton|reduced|minimal) (?:crew|staff|team)",
                "(?:staff|staffing|people|team) (?:changes|turnover|shortages?|absences?)",
                "(?:left|quit|resigned|retired|moved on)(?: the company| the team| us)? "
                "(?:last|in|at|during|without)",
                "(?:new|a new) (?:to the|in the) (?:team|role|job|account)",
                "still (?:learning|getting used to|finding (?:our|their|his|her) feet)",
                "(?:the|a) (?:learning curve|steep learning curve|handover)",
                "(?:we|I|the team) (?:had|have) (?:a lot|so much|too much|plenty) (?:on|going on)",
                "(?:difficult|hard|tough|challenging|chaotic|hectic|crazy|mad|busy) "
                "(?:time|times|month|months|week|weeks|year|quarter|period|few weeks|spell)",
                "(?:the )?(?:weather|snow|storms?|heatwave|floods?|strikes?|pandemic|brexit|"
                "war|inflation|supply chain (?:crisis|problems|issues)|market conditions|"
                "shortages?) (?:meant|made|caused|slowed|delayed|hit|affected)",
                "(?:everyone|every (?:company|business|firm|supplier)|the whole (?:industry|"
                "sector|market)) (?:is|was|has been) (?:struggling|affected|in the same|facing)",
                "(?:it|this) (?:is|was) (?:common|normal|standard|typical|usual) (?:for|in|with|"
                "when)",
                "(?:was|is|were) (?:simply |just )?(?:impossible|out of (?:our|anyone" + A + "s) "
                "hands) to",
                "(?:there was|we had) (?:no way|nothing we could)",
                "(?:completely |totally )?out of (?:our|my) hands",
                "(?:no|little) (?:choice|option|alternative)",
                "(?:the )?(?:budget|deadline|timeline|schedule) (?:was|were) (?:always )?"
                "(?:tight|ambitious|aggressive|unrealistic)",
                "(?:tight|ambitious|aggressive|unrealistic) (?:budget|deadline|timeline|schedule)",
            ),
            "Leave out why it was hard for us; say what we are doing now and by when.",
        ),
        (
            words(
                "stretched (?:too )?thin",
                "over-?stretched",
                "under-?staffed",
                "short[\\s-]staffed",
                "short of (?:staff|people|hands)",
                "(?:heavy|high|huge|large|unusual|extra|increased|enormous) workload",
                "workload",
                "snowed under",
                "swamped",
                "(?:extremely|very|so|incredibly|really|unusually) busy",
                "(?:our|a) busy (?:period|season|time|month|week|quarter)",
                "(?:capacity|resource|resourcing|staffing) (?:constraints|issues|problems|"
                "shortages?)",
                "(?:lack|shortage) of (?:staff|resources?|capacity|people)",
                "(?:a lot|lots|so much|too much) on (?:our|my) plate",
            ),
            "Leave out how busy we were; say what we are doing now and when.",
        ),
        (
            r"\b(?:because\s+of|due\s+to|owing\s+to|with|during|over|around)\s+(?:the\s+)?"
            r"(?:summer\s+|christmas\s+|easter\s+|school\s+|bank\s+|public\s+|end-of-year\s+)?"
            r"(?:holidays?|vacations?|holiday\s+season|break|sick\s+leave|illness|absences?|"
            r"leave)\b",
            "Leave out the holidays; say who is on it now and by when.",
        ),
        (
            r"\b(?:was|were|being|been|went)\s+(?:on\s+(?:holiday|vacation|leave|sick\s+leave|"
            r"annual\s+leave|parental\s+leave)|off\s+sick|out\s+sick|ill|away)\b",
            "Leave out who was away; say who is on it now and by when.",
        ),
        (
            r"\b(?:other|several|many|more\s+urgent|bigger|larger|new|competing|conflicting)\s+"
            r"(?:clients|customers|projects|priorities|commitments|deadlines|accounts|"
            r"emergencies|engagements)\b",
            "Leave out the other work; say what this client gets from us now.",
        ),
        (
            r"\b(?:a|an)\s+(?:more\s+)?(?:urgent|bigger|larger|higher[\s-]priority|important)\s+"
            r"(?:project|client|customer|account|job|deadline)\b",
            "Leave out the other work; say what this client gets from us now.",
        ),
        (
            r"\b(?:nobody|no\s+one|no-one|none\s+of\s+us|no\s+vendor|no\s+team|nothing)\s+"
            r"(?:could|would|can)\s+(?:have\s+)?(?:predicted|foreseen|known|expected|anticipated|"
            r"seen|guessed|prevented|done)\b",
            "Say what we missed and what we now check: 'We did not plan for this; we do now.'",
        ),
        (
            r"\b(?:could\s+not|couldn" + A + r"t|cannot|can" + A + r"t)\s+(?:possibly\s+)?"
            r"(?:have\s+)?(?:been\s+)?(?:predicted|foreseen|anticipated|expected|known)\b",
            "Say what we missed and what we now check.",
        ),
        (
            words(
                "unforeseeable",
                "unforeseen circumstances",
                "unexpected circumstances",
                "unusual circumstances",
                "circumstances beyond",
                "beyond (?:our|anyone" + A + "s|my) control",
                "outside (?:of )?(?:our|my) control",
                "act of god",
                "force majeure",
                "perfect storm",
                "freak (?:event|accident|occurrence)",
                "bad luck",
                "unlucky",
                "one-in-a-million",
            ),
            "Say what we will do so it does not catch us out again.",
        ),
        (
            words(
                "(?:happens|happen|occur|occurs|is normal|are normal|is common|are common) "
                "(?:in|on|with) (?:every|all|most|any) (?:projects?|roll-?outs?|migrations?|"
                "launches|shipments?|builds?|jobs?|deliveries|software)",
                "these things happen",
                "(?:it|this|that) happens(?: to (?:everyone|the best|all of us))?",
                "(?:quite |very |fairly )?(?:common|normal|standard|typical|usual) in (?:the |our |"
                "this )?(?:industry|sector|trade|business|field)",
                "(?:industry|sector)[\\s-]wide",
                "every (?:vendor|agency|supplier|company|provider|project) (?:has|faces|struggles)",
                "part and parcel",
                "(?:nature|reality) of (?:the|this|our) (?:business|industry|work|job)",
            ),
            "Treat it as the exception it is for the client; say what we will change.",
        ),
        (
            words(
                "as you (?:know|are aware|will know|will be aware|can imagine|may know|"
                "may be aware|will appreciate|can appreciate|will understand|understand)",
                "to be fair",
                "in (?:all )?fairness",
                "technically(?: speaking)?",
                "strictly speaking",
                "in (?:our|my) defen[cs]e",
                "(?:it is|it" + A + "s) worth (?:noting|remembering|pointing out|mentioning)",
                "we would (?:like to )?point out",
                "(?:we|I) (?:must|have to|need to) (?:point out|stress|say)",
                "the (?:reality|truth|fact) (?:is|of the matter is)",
                "to put (?:it|this|things) (?:in|into) (?:context|perspective)",
                "for context",
                "in (?:our|my) experience",
                "(?:please )?bear in mind",
                "keep in mind",
                "you (?:have to|must|need to) (?:understand|appreciate)",
                "(?:understandably|naturally|of course),? (?:this|it|the|our|we)",
            ),
            "Drop it and state the fact plainly.",
        ),
        (
            r"\b(?:the\s+|our\s+)?(?:contract|agreement|terms|SLA|statement\s+of\s+work|SOW)\s+"
            r"(?:does\s+not|doesn"
            + A
            + r"t|did\s+not|didn"
            + A
            + r"t|never|only)\s+(?:strictly\s+|"
            r"actually\s+|explicitly\s+|specifically\s+|formally\s+)?(?:require|requires|oblige|"
            r"obliges|cover|covers|say|says|specify|specifies|mention|mentions|include|includes|"
            r"guarantee|guarantees|promise|promises|commit|commits|ask)\b",
            "Leave the contract out of it; say what we will do for them.",
        ),
        (
            r"\b(?:not|never|nothing)\s+(?:strictly\s+|technically\s+|formally\s+|actually\s+)?"
            r"(?:required|obliged|obligated|covered|included|promised|guaranteed|contracted|"
            r"in\s+scope|part\s+of\s+the\s+scope|in\s+the\s+contract)\s+(?:by|under|in)\s+"
            r"(?:the|our|your)\s+(?:contract|agreement|terms|SLA|statement\s+of\s+work|SOW|"
            r"scope|order)\b",
            "Leave the contract out of it; say what we will do for them.",
        ),
        (
            r"\b(?:within|inside)\s+(?:the\s+)?(?:contractual|agreed|permitted|allowed|"
            r"acceptable|normal|standard)\s+(?:terms|limits?|tolerances?|margins?|range|"
            r"window|parameters)\b",
            "Leave the contract out of it; say what it meant for them and what we will do.",
        ),
        (
            r"\b(?:per|under|according\s+to|in\s+line\s+with)\s+(?:the\s+)?(?:clause|section|"
            r"paragraph|article)\s+[\d.]+\b",
            "Leave the contract out of it; say what we will do for them.",
        ),
    ]
)

_DIMINISHED = (
    r"(?:small|minor|tiny|slight|little|brief|short|mere|temporary|trivial|harmless|cosmetic|"
    r"negligible|insignificant|limited|modest|passing|momentary)"
)
_TROUBLE = (
    r"(?:glitch|glitches|hiccups?|blips?|issues?|problems?|bugs?|delays?|inconvenience|setbacks?|"
    r"bumps?|errors?|mistakes?|oversights?|slips?|hitch|hitches|misunderstanding|mix[\s-]up|"
    r"teething\s+problems|teething\s+issues|wobbles?|snags?|detour|disruption|outage|"
    r"overrun|overspend|slippage|discrepanc(?:y|ies)|gap|shortfall|defects?|faults?)"
)

MINIMIZING = PatternSet(
    [
        (
            words(
                "(?:largely |mostly |completely |entirely |totally |pretty |fairly )?harmless",
                "trivial",
                "negligible",
                "insignificant",
                "immaterial",
                "(?:barely|hardly|scarcely) (?:\\w+ )?(?:affects?|affected|noticed|noticeable|"
                "matters?|touch(?:es|ed)?|anyone|any|registers?|shows?)",
                "next to (?:no|nothing|none)",
                "(?:the )?odd (?:customer|client|order|user|case|complaint|one|error|delay)",
                "(?:no|little) (?:cause|reason|need) (?:for|to) (?:concern|alarm|worry|panic)",
                "nothing (?:more|else|worse)",
                "no more than",
                "in the grand scheme",
                "in the (?:big|bigger|wider) picture",
                "(?:a|the) (?:tiny|small|minor|very small|modest) (?:fraction|number|"
                "percentage|proportion|share|minority|handful|amount)",
                "(?:fairly|relatively|rather|quite|very) modest",
                "(?:was|were|is|are) (?:very |quite |fairly |relatively |really |pretty )?"
                "(?:small|minor|tiny|slight|short|brief|modest|limited|trivial)(?:,| and)",
                "only (?:\\d+|two|three|four|five|six|a few|a handful of) (?:boxes|orders|"
                "customers|clients|items|users|accounts|pages|errors|minutes|hours|cases|days|"
                "lines|records|invoices|parcels|products|shipments|sites|stores|people|staff)",
                "(?:a|the) (?:slight|minor|small|little|tiny) (?:[\\w-]+ )?(?:delay|overrun|"
                "increase|change|difference|variance|shortfall|slip)",
                "(?:just|only|merely) (?:a|an) (?:[\\w-]+ )?(?:glitch|hiccup|blip|slip|typo|"
                "formality|oversight|delay|day|week|inconvenience)",
                "(?:most|the vast majority|the majority|the bulk|almost all|nearly all|most of) "
                "(?:of )?(?:your |the )?(?:\\w+ )?(?:were|was|went|arrived|are|is|worked) "
                "(?:fine|unaffected|on time|correct|ok|okay|not affected)",
                "(?:could|might) have been (?:much |far |a lot )?worse",
                "(?:silver lining|bright side|look on the bright|upside)",
                "(?:hardly|barely|scarcely) (?:a|any|anything|ever)",
                "(?:should|will) (?:hardly|barely|not really) (?:notice|matter|affect)",
                "(?:a|one) (?:small|minor|little|tiny) (?:thing|matter|point|detail)",
                "(?:just|only) (?:cosmetic|temporary|a formality|a technicality|"
                "one of those things)",
            ),
            "Say the size plainly and what it meant for them.",
        ),
        (
            r"\b(?:(?:a|an|the|this|that|one|just\s+a|only\s+a|merely\s+a)\s+)?(?:very\s+|rather\s+|"
            r"fairly\s+|relatively\s+|quite\s+)?" + _DIMINISHED + r"\s+(?:[\w-]+\s+)?" + _TROUBLE,
            "Say the size plainly, with the numbers: '212 orders went out a week late.'",
        ),
        (
            r"\b(?:just|only|merely|simply|barely)\s+(?:a\s+few|a\s+couple(?:\s+of)?|a\s+handful|"
            r"a\s+little|a\s+bit|a\s+tad|slightly|marginally|briefly|partially|a\s+fraction|"
            r"one\s+or\s+two|two\s+or\s+three|a\s+small|a\s+minor|a\s+tiny|a\s+slight|a\s+short|"
            r"some|minor|small|tiny)\b",
            "Say the size plainly, with the numbers: '3 of your 40 sites were offline for 2 "
            "hours.'",
        ),
        (
            r"\b(?:only|just|merely)\s+(?:a|an|one|two|three|\d+)\s*(?:%|per\s*cent|percent|"
            r"minutes?|hours?|days?|weeks?|euros?|pounds?|dollars?)\s+(?:over|late|behind|"
            r"more|above|out|off|down)\b",
            "Say the size plainly and what it costs them.",
        ),
        (
            words(
                "not (?:a|that|such a) (?:big|huge|major|real|serious) (?:deal|problem|issue|"
                "concern|worry)",
                "no (?:big|huge|major|real) (?:deal|problem|issue|harm)",
                "nothing (?:serious|major|dramatic|to worry about|to be concerned about|much)",
                "not (?:that|too|so|all that|particularly|very) (?:bad|serious|big|significant|"
                "much|important|major|noticeable|disruptive)",
                "(?:barely|hardly|scarcely) (?:noticeable|any|anyone|affected|visible|an issue|"
                "a problem|matters?|felt)",
                "(?:negligible|insignificant|immaterial) (?:impact|effect|difference|amount)",
                "(?:a|an) (?:bit|little|tad) (?:of a )?(?:late|delay|delayed|behind|over|slow|off)",
                "a bit of a (?:delay|problem|mess|hiccup|issue)",
                "(?:storm in a teacup|no harm done|all part of the process|easily fixed|"
                "quick fix|easy fix|simple fix)",
                "(?:should|will) not (?:really )?(?:affect|matter to|bother|worry) you much",
                "(?:it|this) (?:is|was) (?:only|just|merely)",
            ),
            "Say the size plainly and acknowledge what it meant for them.",
        ),
    ]
)

NON_APOLOGY = PatternSet(
    [
        (
            r"\bsorry\s+(?:if|that\s+(?!(?:we|I|our|my)\b)|for\s+(?:any|whatever|all\s+the)\s+\w+)",
            "Apologize for what we did: 'I am sorry: we shipped the wrong parts.'",
        ),
        (
            r"\b(?:we|I)\s+(?:sincerely\s+|deeply\s+|truly\s+)?regret\s+that\s+"
            r"(?!(?:we|I|our|my)\b)",
            "Say sorry for what we did: 'I am sorry: we did not test the update.'",
        ),
        (
            r"\b(?:is|are|was|were)\s+(?:deeply\s+|sincerely\s+|much\s+)?regretted\b",
            "Say who is sorry and for what: 'I am sorry: we sent the invoices twice.'",
        ),
        (
            r"\b(?:may|might|could)\s+have\s+(?:caused|created|led\s+to|resulted\s+in)\b",
            "Name what it did to them: 'You had to tell your customers twice.'",
        ),
        (
            words(
                "(?:as|what) you had hoped",
                "(?:did not|didn" + A + "t|does not|doesn" + A + "t) meet your expectations",
                "not what you (?:hoped|wanted|expected) for",
                "sorry you (?:see|saw|feel|felt) (?:it|that) (?:way|like that)",
                "if (?:this|that|it) (?:came across|was perceived|seemed)",
                "for (?:any|all) (?:inconvenience|upset|disappointment|frustration|confusion)",
            ),
            "Apologize for what we did, not for how it turned out for them.",
        ),
        (
            r"\b(?:(?:we|I)\s+(?:are|am)\s+)?(?:very\s+|so\s+|truly\s+|deeply\s+)?sorry\s+"
            r"(?:(?:if|that)\s+(?:you|anyone|this|it|the)\b|you\s+(?:feel|felt|are|were|"
            r"think|thought|see|saw|got|had|found|have\s+been)|for\s+any\s+\w+|to\s+hear\s+(?:that\s+)?"
            r"(?:you|your)|about\s+any|for\s+how\s+you\s+(?:feel|felt)|you\s+see\s+it)",
            "Apologize for what we did: 'I am sorry: we shipped the wrong parts.'",
        ),
        (
            r"\b(?:(?:we|I)\s+(?:would\s+like\s+to\s+|wish\s+to\s+|want\s+to\s+)?)?apologi[sz]e\s+"
            r"(?:for\s+any\s+\w+|if|that\s+you|to\s+anyone|for\s+the\s+inconvenience|"
            r"for\s+(?:the\s+|your\s+)?(?:inconvenience|confusion|frustration|trouble|"
            r"disappointment)\s+(?:caused|this\s+(?:may\s+have|has|might\s+have)|you\s+"
            r"(?:may\s+have|might\s+have|have|feel|felt)))",
            "Apologize for what we did: 'I apologize: we missed the date we gave you.'",
        ),
        (
            r"\b(?:(?:our|my)\s+)?(?:sincere\s+|sincerest\s+)?apologies\s+(?:for\s+any\s+\w+|if|"
            r"for\s+the\s+(?:inconvenience|confusion|trouble))",
            "Apologize for what we did: 'I apologize: we missed the date we gave you.'",
        ),
        (
            r"\b(?:we|I)\s+(?:sincerely\s+|deeply\s+)?regret\s+(?:that\s+you|any|if|your|"
            r"the\s+(?:inconvenience|confusion|frustration|disappointment)|how\s+you|that\s+"
            r"(?:this|it)\s+(?:caused|may|might))",
            "Say sorry for what we did: 'I am sorry: we did not test the update.'",
        ),
        (
            r"\b(?:regrettabl[ey]|unfortunate(?:ly)?),?\s+(?:that\s+)?you\s+(?:feel|felt|were|are|"
            r"found|have)\b",
            "Say sorry for what we did, not for how they feel.",
        ),
        (
            r"\bif\s+(?:we|I|this|it|anything|our\s+\w+)\s+(?:have\s+|has\s+)?(?:upset|offended|"
            r"caused\s+(?:any|you)|inconvenienced|disappointed|hurt|frustrated|confused)\b",
            "Say sorry for what we did, not 'if' it hurt.",
        ),
        (
            r"\b(?:any|the)\s+(?:inconvenience|confusion|frustration|trouble|disruption)\s+"
            r"(?:this|it|that|which)\s+(?:may|might|could)\s+have\s+caused\b",
            "Name what it did to them: 'You had to tell your customers twice.'",
        ),
        (
            r"\bsorry\s+(?:for\s+)?the\s+inconvenience\b",
            "Apologize for what we did: 'I am sorry: we missed the date we gave you.'",
        ),
    ]
)

DEFENSIVE = PatternSet(
    [
        (
            words(
                "as (?:I|we) (?:keep|kept) (?:saying|telling you|repeating|pointing out)",
                "to repeat what (?:I|we)",
                "(?:I|we) (?:repeat|must repeat)",
                "as (?:stated|outlined|set out|specified|described|written|explained|noted|"
                "mentioned|detailed|laid out|made clear|shown) in (?:our|my|the) (?:proposal|"
                "terms|contract|quote|quotation|agreement|email|e-mail|letter|documentation|"
                "manual|guide|FAQ|handbook|conditions|statement|order confirmation|"
                "specification|offer|report|invoice|website)",
                "once again, (?:the|this|that|our|your|it|there)",
                "as (?:we|I) (?:have )?said from the (?:start|beginning|outset)",
            ),
            "Leave out that you said it before; say it again plainly.",
        ),
        (
            r"\bas\s+(?:I|we)\s+(?:have\s+|had\s+)?(?:already\s+|previously\s+|clearly\s+|"
            r"repeatedly\s+|explicitly\s+|also\s+)?(?:explained|said|stated|mentioned|noted|"
            r"pointed\s+out|told\s+you|wrote|advised|warned|made\s+clear|indicated|highlighted|"
            r"informed\s+you|set\s+out|flagged|outlined|emphasi[sz]ed|stressed|communicated)\b",
            "Leave out that you said it before; say it again plainly.",
        ),
        (
            r"\bas\s+(?:previously|already|clearly|repeatedly|explicitly|earlier|originally)\s+"
            r"(?:stated|mentioned|explained|said|communicated|discussed|noted|indicated|advised|"
            r"outlined|explained|flagged|highlighted|documented|specified|pointed\s+out)\b",
            "Leave out that you said it before; say it again plainly.",
        ),
        (
            r"\bas\s+(?:stated|mentioned|explained|noted|indicated|communicated|outlined|"
            r"discussed|pointed\s+out|highlighted|flagged|specified|documented)\s+(?:before|"
            r"previously|earlier|above|several\s+times|repeatedly|many\s+times|twice|"
            r"in\s+(?:my|our|the)\s+(?:last|previous|earlier|original|prior)|multiple\s+times|"
            r"more\s+than\s+once|on\s+(?:several|many|multiple)|at\s+the\s+(?:start|outset|"
            r"kick-?off))",
            "Leave out that you said it before; say it again plainly.",
        ),
        (
            r"\bas\s+per\s+(?:my|our)\s+(?:last|previous|earlier|prior)\b",
            "Leave out the earlier message; say it again plainly.",
        ),
        (
            r"\b(?:we|I)\s+(?:have\s+|had\s+)?(?:already\s+|repeatedly\s+|clearly\s+|explicitly\s+|"
            r"also\s+)+(?:explained|told\s+you|said|pointed\s+out|made\s+(?:it|this)\s+clear|"
            r"warned|flagged|mentioned|informed\s+you|advised)\b",
            "Leave out that you said it before; say it again plainly.",
        ),
        (
            r"\b(?:we|I)\s+did\s+(?:warn|tell|say|mention|flag|point\s+out|explain|inform)\b",
            "Leave out that you warned them; say what happens next.",
        ),
        (
            r"\byou\s+(?:were|had\s+been|have\s+been)\s+(?:clearly\s+|already\s+|repeatedly\s+)?"
            r"(?:told|informed|warned|advised|notified|made\s+aware|reminded)\b",
            "Leave out that they were told; say what happens next.",
        ),
        (
            r"\b(?:we|I)\s+made\s+(?:it|this|that)\s+(?:very\s+|perfectly\s+|quite\s+)?clear\b",
            "Leave out that you said it before; say it again plainly.",
        ),
        (
            words(
                "(?:to|let me|let us|allow me to|may I|I must|we must|I have to|we have to) "
                "remind you",
                "for the record",
                "to reiterate",
                "(?:I|we) (?:must|have to|need to|would like to) reiterate",
                "once again,? (?:I|we) (?:must|have to|need to|would)",
                "as (?:you )?(?:were|have been) (?:told|informed|advised)",
                "as (?:is|was) (?:clearly )?(?:stated|written|set out|explained) in",
                "(?:if you )?(?:re-?read|refer back to|look back at|check) (?:my|our) "
                "(?:previous|last|earlier|original)",
                "we cannot be held responsible",
                "we are not responsible",
                "(?:that|this) (?:is|was) (?:not|never) what (?:we|I) (?:said|agreed|promised)",
            ),
            "Leave the defence out; say what you will do now.",
        ),
    ]
)

_BE = r"(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being|got|get|gets)"
_FAULT_PP = (
    r"(?:overlooked|missed|forgotten|neglected|mishandled|misconfigured|miscommunicated|"
    r"misplaced|ignored|skipped|botched|mislabell?ed|miscalculated|misrouted|misread|misfiled|"
    r"mistyped|misdirected|mispriced|misquoted|mixed\s+up|mis-?keyed|lost|deleted|erased|wiped|"
    r"overwritten|corrupted|broken|introduced|made|applied\s+(?:twice|incorrectly|wrongly)|"
    r"entered\s+(?:twice|incorrectly|wrongly)|charged\s+(?:twice|incorrectly|wrongly)|"
    r"set\s+(?:up\s+)?(?:incorrectly|wrongly)|sent\s+to\s+the\s+wrong|shipped\s+to\s+the\s+wrong|"
    r"delivered\s+to\s+the\s+wrong|left\s+out|left\s+off|left\s+behind|double-booked|"
    r"overbooked|underestimated|overcharged|undercharged|learn(?:ed|t)|dropped|damaged|"
    r"postponed|pushed\s+back|cancell?ed|not\s+\w+ed|never\s+\w+ed)"
)
_NEG_PP = (
    r"(?:communicated|tested|caught|checked|flagged|escalated|noticed|followed|informed|told|"
    r"updated|passed\s+on|reviewed|shared|sent|done|completed|reported|spotted|considered|"
    r"included|documented|renewed|applied|installed|backed\s+up|monitored|scheduled|processed|"
    r"verified|approved|confirmed|booked|ordered|paid|picked\s+up|replaced|fixed|signed|"
    r"loaded|packed|labell?ed|recorded|logged|planned|budgeted|quoted|priced|noted|read|"
    r"raised|triggered|run|handled|answered|returned|delivered|shipped|dispatched|made|given)"
)
_WRONG_THING = (
    r"(?:the\s+|an?\s+|some\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:wrong|incorrect|faulty|"
    r"outdated|old|duplicate|mistaken|erroneous|broken|untested|unapproved|inaccurate)\s+"
    r"(?:[\w-]+\s+){0,2}?"
)
_FAULT_TAIL = (
    r"(?:(?:the|a|an)\s+wrong|wrong(?:ly)?\b|incorrect(?:ly)?|twice|by\s+mistake|in\s+error|"
    r"without\s+(?!delay|charge|cost|fail|any\s+(?:cost|charge|delay))|(?:an?|the)\s+old\s+|"
    r"outdated|out\s+of\s+date|last\s+year" + A + r"s|(?:the|a)\s+previous\s+|expired|"
    r"too\s+(?:early|late|soon)|(?:a|the)\s+(?:day|week|month)\s+(?:late|early)|"
    r"instead\s+of)"
)
_STATIVE = re.compile(r"\b(?:no|none|nothing|neither|nor|never|no\s+one|nobody)\b", FLAGS)


_OUTCOMES = re.compile(
    r"\b(?:lost|affected|exposed|harmed|damaged|deleted|corrupted|compromised|accessed|"
    r"changed|touched|leaked|shared|charged|broken|interrupted|disrupted|impacted|delayed)\b",
    FLAGS,
)


def _not_evasive(text: str, m: re.Match[str]) -> bool:
    """No one to hide ("No data was lost"), an agent named ("… by the bank"), or owned at
    once ("The mistake happened because I approved the proof")."""
    after = text[m.end() : m.end() + 60]
    if re.match(r"\s+by\s+(?:us|me|our|my|we)\b", after, FLAGS):
        return False
    if re.match(r"\s+by\b", after, FLAGS):
        return True
    if re.match(r"[^.!?;]*?\bbecause\s+(?:we|I)\b", after, FLAGS):
        return True
    stative = _STATIVE.search(clause_before(text, m.start(), 60)) or re.search(
        r"\b(?:not|never)\b", m.group(0), FLAGS
    )
    return bool(stative) and bool(_OUTCOMES.search(m.group(0)))


PASSIVE = PatternSet(
    [
        (
            r"\b" + _BE + r"\s+(?:accidentally\s+|mistakenly\s+|also\s+|then\s+|all\s+)?"
            r"\w{2,}(?:ed|en|ent|t)(?:\s+(?:out|up|over|off))?\s+(?:[\w'’-]+\s+){0,5}?"
            + _FAULT_TAIL,
            "Name who did it: 'We sent the invoices with last year's rates.'",
        ),
        (
            r"\blessons\s+(?:were|have\s+been|had\s+been|will\s+be|are\s+being)\s+learn(?:ed|t)\b",
            "Say what we learned: 'We learned to test every update before it reaches you.'",
        ),
        (
            r"\b(?:mistakes?|errors?|an\s+(?:error|oversight)|oversights?|bugs?|a\s+bug|"
            r"(?:a|the)\s+(?:decision|wrong\s+call|bad\s+call|wrong\s+choice)|decisions|"
            r"(?:a|the)\s+(?:wrong|bad)\s+(?:call|choice|assumption)|assumptions|"
            r"shortcuts?|corners)\s+" + _BE + r"\s+(?:\w+\s+)?(?:made|introduced|taken|cut|"
            r"committed|overlooked|missed|shipped|released|deployed|pushed)\b",
            "Name who did it: 'We made a mistake: we …'.",
        ),
        (
            r"\b(?:it\s+(?:was|has\s+been|had\s+been)\s+(?:decided|determined|assumed|felt|thought|"
            r"judged|deemed|agreed)\b)",
            "Name who decided: 'We decided …'.",
        ),
        (
            _WRONG_THING + r"(?:[\w-]+)\s+" + _BE + r"\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\b",
            "Name who did it: 'We published the wrong prices.'",
        ),
        (
            r"\b" + _BE + r"\s+(?:accidentally\s+|mistakenly\s+|wrongly\s+|incorrectly\s+|"
            r"inadvertently\s+|somehow\s+|unfortunately\s+|also\s+|then\s+)?" + _FAULT_PP + r"\b",
            "Name who did it, usually 'we': 'We missed …', 'We lost …'.",
        ),
        (
            r"\b" + _BE + r"\s+(?:not|never)\s+(?:properly\s+|fully\s+|correctly\s+|yet\s+|"
            r"actually\s+|adequately\s+)?" + _NEG_PP + r"\b",
            "Name who did not do it: 'We did not check …'.",
        ),
        (
            r"\b(?:wasn|weren|hasn|haven|hadn)" + A + r"t(?:\s+been)?\s+(?:properly\s+|fully\s+|"
            r"correctly\s+|yet\s+)?(?:" + _NEG_PP + "|" + _FAULT_PP + r")\b",
            "Name who did not do it: 'We did not check …'.",
        ),
        (
            r"\b(?:errors?|mistakes?|issues|problems|a\s+problem|an\s+(?:issue|error|oversight)|"
            r"bugs?|a\s+bug|discrepancies)\s+(?:occurred|arose|happened|crept\s+in|slipped\s+"
            r"through|got\s+through|found\s+(?:their|its)\s+way)\b",
            "Name who did it: 'We made an error when we …'.",
        ),
    ],
    veto=_not_evasive,
)
