"""Who did it: the words the blame rules use to tell someone else from us.

Third parties a letter may blame (suppliers, carriers, "the team" used to keep a
distance), the verbs of a fault ("lost", "let us down"), and the cause frames ("because",
"due to", "caused by") that put the fault on an agent. domain.tone_blame applies them.
"""

from __future__ import annotations

from domain.tone_patterns import A, words

# --- who did it ---------------------------------------------------------------------------

# Someone other than us: the agent of a blame frame.
OTHERS = words(
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
OTHERS_THE = words(
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
THEM = (
    r"(?:"
    + _DET
    + r"\s+"
    + _ADJ
    + OTHERS
    + r"\b"
    + _POSS
    + r"|"
    + _THE
    + r"\s+"
    + _ADJ
    + OTHERS_THE
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
THEIR_THING = _DET + r"\s+" + _ADJ + OTHERS + A + r"s?\s+(?:[\w-]+\s+){0,2}?[\w-]+"
FAULT_VERB = words(
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
CAUSE = words(
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
