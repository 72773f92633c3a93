"""Excuses and minimizing: explaining why it was hard for us, shrinking the problem.

Excuses: workload, holidays, other clients, the unforeseeable, "as you know", contract
technicalities. Minimizing: "only a small glitch", "not a big deal", "just a few".
"""

from __future__ import annotations

from domain.tone_patterns import A, PatternSet, words

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
