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
    "(?:legal|finance|billing|it|accounts|accounting|procurement|marketing|sales|dispatch|"
    "shipping|compliance|purchasing) (?:department|team|people|colleagues)",
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
    "(?:stone)?masons?",
    "fabricators?",
    "tradesmen",
    "tradespeople",
    "web hosts?",
    "hosting (?:company|companies|firm|firms)",
    "surveyors?",
    "inspectors?",
    "recruiters?",
    "parent company",
    "sister company",
    "group (?:IT|office|team)",
    "tooling",
    "(?:their|its) (?:software|system|tool|tools|platform|app|update|server|servers)",
    "outsourcers?",
    "locksmiths?",
    "processors?",
    "landscapers?",
    "florists?",
    "hauliers?",
    "(?:saw|paper|steel|textile|timber|flour)mills?",
    "clearing house",
    "(?:shipping|freight|customs|estate|booking|travel|letting) agents?",
    "integrators?",
    "depot",
    "scaffolders?",
    "bricklayers?",
    "tilers?",
    "plasterers?",
    "removal (?:men|firm|company|crew)",
    "third-party (?:app|software|system|tool|platform|service|plugin)",
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
    "firm",
    "company",
    "house",
    "crew",
    "outfit",
    "lab",
    "agents?",
    "media buyers?",
    "sponsors?",
    "(?:[\\w-]+ )?operators?",
    "(?:[\\w-]+ )?(?:terminal|garage|hosts?|support desk|help ?desk)",
    "accountants?",
    "copywriters?",
    "(?:[\\w-]+ )?(?:centre|center|shift|crew)",
    "(?:payment )?gateway",
    # people who may be ours: someone else's only as "the"/"their" ones
    "developers?",
    "engineers?",
    "technicians?",
    "programmers?",
    "interns?",
    "new hire",
    "juniors?",
    "fitters?",
    "installers?",
    "designers?",
    "electricians?",
    "plumbers?",
    "builders?",
    "painters?",
    "decorators?",
    "mechanics?",
    "joiners?",
    "carpenters?",
    "glaziers?",
    "gardeners?",
    "cleaners?",
    "temps",
    "trainees?",
    "apprentices?",
    "new starters?",
    "workers",
    "workmen",
    "(?:security )?guards?",
    "drivers?",
)
_DET = r"(?:the|our|their|a|an|one\s+of\s+(?:the|our|their)|its|that|this|some)"
_ADJ = r"(?:[\w-]+\s+){0,2}?"
_POSS = r"(?:" + A + r"s?)?"
_THE = r"(?:the|their|that|this|another|one\s+of\s+the)"
_CAL = (
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|Christmas|Easter"
)
_NAMED = (
    r"(?-i:(?=[A-Z]))(?<!\bour\s)(?<!\byour\s)(?<!\bmy\s)(?-i:(?!(?:I|We|Our|The|This|That|It|"
    r"You|Your|" + _CAL + r")\b)[A-Z][\w&-]+(?:\s+(?-i:[A-Z][\w&-]+))*" + _POSS + r")"
)
# What "their" points at in a blame: someone else's systems and people.
_THEIR_NOUNS = (
    r"(?:systems?|software|tools?|platforms?|portals?|apps?|site|website|servers?|filters?|"
    r"process|team|staff|people|drivers?|engineers?|crews?|updates?|equipment|machines?|"
    r"network|vans?|trucks?|lorr(?:y|ies)|warehouse|depot|side|end|courier|carrier|"
    r"office|technicians?|fitters?|checks?|quality\s+control)\b"
)
# Someone else, named by what they are: "our courier", "the payroll software company".
THEM_NOUN = (
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
    + r"|other\s+(?:teams|departments)|another\s+department|head\s+office"
    # a team of ours kept at a distance: "our offshore team", "our agency staff"
    + r"|our\s+(?:offshore|outsourced|external|overseas|contract|temporary|agency)\s+"
    r"(?:team|staff|developers|workers|crew|engineers)\b"
    + r"|they\b(?!\s+(?:were|are)\s+(?:packed|sent|shipped))"
    # a pronoun for someone named before: "their system", "its update", "their drivers"
    + r"|(?:their|its)\s+(?:own\s+)?(?:[\w-]+\s+)?"
    + _THEIR_NOUNS
    + r")"
)
# … or by a name: "Kestrel Freight", "Apex's" (a capitalised word that is not us, the
# client or a date).
NAMED = _NAMED
THEM = r"(?:" + THEM_NOUN + r"|" + _NAMED + r")"
# Their thing: "the vendor's tooling", "our supplier's system", "Northwind's drivers".
THEIR_THING = (
    r"(?=[\w\s-]{1,60}?['’])(?:"  # a possessive ahead: a quick test before the word lists
    + _DET
    + r"\s+"
    + _ADJ
    + OTHERS
    + r"|"
    + _THE
    + r"\s+"
    + _ADJ
    + OTHERS_THE
    + r")"
    + A
    + r"s?\s+(?:[\w-]+\s+){0,2}?[\w-]+"
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
    "(?:problem|issue|error|fault|delay|mistake|hold-up|mix-up|outage|failure|breakdown|trouble|"
    "root|source|cause|origin)s? (?:[\\w-]+ ){0,3}?(?:lies|lay|"
    "is|was|sits|sat) (?:with|at)",
    "traced? back to",
    "the reason (?:is|was) (?:that )?",
    "(?:is|was) (?:entirely |all |solely |squarely )?down to",
    "(?:fault|blame|error|mistake|delay|problem|responsibility|this|that) (?:is|was|lies|rests) "
    "(?:entirely |all |solely |squarely )?on",
    "(?:blame|responsibility|fault) for (?:this|that|it|the (?:[\\w-]+ ){1,3}?)(?:lies|lay|rests|"
    "sits) with",
    # where it began: "the glitch originated in …", "the mix-up started at the forwarder"
    "originat(?:ed|es|ing) (?:in|with|at|from)",
    "(?:started|began|starts|begins) (?:at|with|in)",
    "(?:we|I) (?:were|was) (?:waiting|relying|dependent) (?:on|for)",
    "(?:waiting|waited) (?:on|for)",
    "traces back to",
    "traced to",
    "goes back to",
    "explained by",
)
NAMED_THING = _NAMED + r"(?<=['’]s|s['’])\s+(?:[\w-]+\s+){0,2}?[\w-]+"
