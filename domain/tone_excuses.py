"""Excuses: explaining why it was hard for us.

Workload and busy times, holidays and illness, other clients, the unforeseeable, "this
happens in every project", "as you know", contract technicalities. Minimizing (shrinking
the problem) is domain.tone_minimizing's.
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
                "a virus|illness)",
                "(?:caught|down with|off with|struck by) a bug",
                "tied up",
                "in the middle of (?:our|a|the|an) ",
                "year-end",
                "(?<!to\\s)(?<!for\\s)another (?:client|customer|project|account|launch|deadline)",
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
                "(?:the|a) (?:learning curve|steep learning curve)",
                "(?:during|with) (?:the|a) handover",
                "(?:we|I|the team) (?:had|have) (?:a lot|so much|too much|plenty) (?:on|going on)",
                "(?:difficult|hard|tough|challenging|chaotic|hectic|crazy|mad|busy) "
                "(?:time|times|month|months|week|weeks|year|quarter|period|few weeks|spell)",
                "(?:the )?(?:weather|snow|storms?|heatwave|floods?|strikes?|pandemic|brexit|"
                "war|inflation|supply chain (?:crisis|problems|issues)|market conditions|"
                "shortages?|cold snap|frost|ice|fog|gales?|heavy rain|heat) (?:meant|made|caused|"
                "slowed|delayed|hit|affected|froze|closed|flooded|stopped|grounded|blocked|kept)",
                "(?:everyone|every (?:company|business|firm|supplier)|(?:the|our|this) (?:whole|"
                "entire) (?:industry|sector|market|trade))(?: in [\\w-]+)? (?:is|was|has been|have "
                "been|are|were) (?:hit|struggling|affected|in the same|facing|having the same|"
                "seeing "
                "the same)",
                "(?:had to|needed to|chose to|decided to) prioriti[sz]e",
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
                "(?<!we\\s)(?<!I\\s)under-?staffed",
                "short[\\s-]staffed",
                "short of (?:staff|people|hands)",
                "(?:heavy|high|huge|large|unusual|extra|increased|enormous) workload",
                "workload",
                "snowed under",
                # capacity and load: what kept us from their work
                "(?:at|over|beyond|above) (?:full |maximum |max )?capacity",
                "our (?:busy )?peak (?:season|period|time|week|month|demand)",
                "(?:overloaded|overwhelmed)",
                "catching up",
                "(?:maternity|paternity|parental|sick|compassionate) leave",
                "one of those (?:days|weeks|months|years)",
                "(?:everything|it all) (?:lands|landed|came|comes|happens|happened) at once",
                "took (?:up )?(?:a lot|most|much|all) of our (?:time|attention|capacity|people)",
                "every [\\w-]+ (?:was|were) (?:already )?(?:booked|busy|out|taken|committed)",
                "stretched (?:across|between|over)",
                "(?:a lot|so much|too much|plenty|lots) (?:going on|on at (?:the|that) time)",
                "(?:priorities|plans) (?:shifted|changed|moved|were reshuffled)",
                "(?:shifted|changed|reorgani[sz]ed|restructured) internally",
                "internal (?:priorities|changes|reorgani[sz]ation|restructuring|reshuffle)",
                "swamped",
                "(?:extremely|very|so|incredibly|really|unusually) busy",
                "(?:our|a) busy (?:period|season|time|month|week|quarter)",
                "(?:capacity|resource|resourcing|staffing) (?:constraints|issues|problems|"
                "shortages?)",
                "(?:lack|shortage) of (?:staff|resources?|capacity|people)",
                "(?:a lot|lots|so much|too much) on (?:our|my) plate",
                # more work than usual, or other work first
                "(?:a |an )?(?:record|unusually high|huge|massive|unprecedented|exceptional) "
                "(?:number|volume|level|amount) of",
                "(?:a|an) (?:wave|flood|surge|spike|influx|avalanche|rush|deluge) of",
                "(?:our |the )?busiest (?:day|month|week|year|season|quarter|period|time)",
                "(?:focused|concentrating|concentrated) on (?:the|our|a|an|other)",
                "took up (?:most|all|much|a lot) of our (?:time|attention|capacity|resources|"
                "people)",
                "(?:only|can only) do so much",
                "(?:we are|we" + A + "re|we were) (?:only |just )?a (?:small|tiny|lean) (?:team|"
                "company|business|firm|agency|outfit)",
                "(?:clients|customers|projects|jobs|orders|launches|accounts|contracts|deadlines|"
                "events|sites|moves) (?:[\\w-]+ ){0,2}?at the same time as",
                "(?:all |both )?(?:out|tied up|busy) (?:on|with) (?:other|emergency|urgent|"
                "another)",
                "(?:needed|took|required|pulled in) (?:everyone|all hands|the whole team|every)",
                "(?:had|was having|were having) a (?:crisis|emergency)",
                "(?:being|was being|were being) (?:reorganised|reorganized|restructured|"
                "refurbished|"
                "relocated|moved|rebuilt|upgraded|updated|replaced|migrated|serviced|installed)",
                "slower than (?:usual|normal|expected)",
                "(?:replies|responses|answers|emails) (?:were|was) slow",
                "half[\\s-]empty",
                "short-handed",
                "dealing with (?:a|an) (?:wave|flood|surge|backlog|rush|huge|record)",
                "(?:dealing with|handling|juggling|fighting|firefighting) (?:several|many|a number "
                "of|lots of|a lot of|multiple|other|some|two|three|four) (?:urgent |other |big |"
                "major |competing |critical )?(?:issues|problems|projects|clients|requests|"
                "emergencies|fires|priorities|incidents)",
                "(?:our |the )?(?:slowest|quietest|hardest|toughest|busiest) (?:day|month|week|"
                "year|season|quarter|period|time)",
                "(?:only|just) had (?:one|two|three|four|a few|a handful of|\\d+) (?:people|staff|"
                "engineers|drivers|persons?|engineer|driver|technicians?|agents?)",
                "(?:were|was|have been|had been) waiting (?:on|for) (?:parts|stock|materials|"
                "components|deliveries|a delivery|equipment|spares|supplies|approval|paperwork|"
                "a part)",
            ),
            "Leave out how busy we were; say what we are doing now and when.",
        ),
        (
            words(
                # illness and events that took our people
                "(?:off|out|down) (?:sick|ill|with (?:a|the|an) (?:[\\w-]+ )?(?:bug|virus|cold|"
                "flu|infection|illness|injury|fever))",
                "(?:illness|sickness|flu|covid|a bug|a virus|a stomach bug|food poisoning) (?:in|"
                "among|across|hit|put|meant|swept|took|laid)",
                "(?:shutdown|closure|holidays?|conference|trade show|audit|stocktake|inventory|"
                "office move|relocation|migration|refit|peak) (?:meant|took|put|slowed|delayed|"
                "left|kept)",
                "(?:it was|during|in) the (?:week|month|day) of (?:our|the)",
                "(?:were|was) all (?:out|away|off|busy|tied up)",
            ),
            "Leave out who was away and why; say who is on it now and by when.",
        ),
        (
            words(
                # it happens to everyone
                "(?:every|any|all|most) (?:[\\w-]+ ){0,2}?(?:migrations?|projects?|rollouts?|"
                "roll-outs?|launches|launch|systems?|software|agenc(?:y|ies)|suppliers?|builds?|"
                "jobs?|installations?|upgrades?|moves?|renovations?|business(?:es)?|compan(?:y|"
                "ies)|"
                "firms?|contractors?|teams?)(?: of this (?:size|kind|type|"
                "scale))? (?:runs? into|has|"
                "have|hits?|faces?|goes through|go through|would have|struggles?|would struggle|"
                "experiences?|sees?|runs? late)",
                "(?:are|is) (?:quite |very |entirely |perfectly |completely )?(?:normal|common|"
                "usual|"
                "typical|unavoidable|inevitable|to be expected|par for the course|standard) "
                "(?:with|in|for|at|when|on|during)",
                "(?:always|inevitably|invariably) (?:has|have|comes? with|involves?|brings?|hits?)",
                "(?:difficult|hard|tough|challenging|demanding|testing|trying|turbulent) (?:year|"
                "month|time|period|season|quarter) for (?:everyone|all of us|the whole|every)",
                "(?:almost |nearly |practically |virtually )?impossible to (?:find|get|source|hire|"
                "recruit|obtain|book)",
                "(?:nobody|no one|no-one) can (?:get|find|source|hire)",
                "(?:faster|more|further|higher|sooner|earlier|worse|quicker) than "
                "(?:anyone|anybody|we) could (?:have )?(?:expected|predicted|foreseen|"
                "anticipated|planned for)",
                "(?:was|were|is|are) (?:always |probably |simply )?(?:inevitable|unavoidable|bound "
                "to happen)(?=[.,;!?]|$)",
                "(?:no one|nobody|no-one|none of us)(?: [\\w-]+){0,3}? saw (?:it|this|that|the "
                "[\\w-]+(?: [\\w-]+)?) coming",
                "(?:nobody|no one|no-one|none of us) could (?:have )?(?:priced|planned|done|known|"
                "guessed|predicted|foreseen)",
                "given the circumstances",
                "(?:given|with|at) (?:such |the |very )?short notice",
                "with (?:so many|so much|all the|all those) (?:orders|work|requests|projects|"
                "changes|jobs|calls)",
                "(?:as|being) (?:only )?a small (?:business|company|team|firm|agency)",
                "in (?:the|these|those) circumstances",
                "anyone (?:else )?in our (?:position|shoes|place)",
                "(?:inflation|prices|costs|rates) (?:took off|soared|rose sharply|spiked|jumped)",
                "(?:has|had) never happened (?:to us )?before",
                "(?:in|after) (?:all )?our (?:\\d+|many|ten|twenty|thirty|forty|fifty) years",
                "could (?:have )?happen(?:ed)? to (?:any|anyone|anybody|every)",
                "(?:unusually|exceptionally|particularly|highly|extremely|very) (?:complex|"
                "complicated|difficult|tricky|challenging|large|big|unusual) (?:job|project|order|"
                "task|build|case|installation|migration|request)",
                "(?:took|lasted|ran) (?:much |far |a lot |a little )?longer than (?:anyone|we|"
                "expected|planned|usual|normal|anticipated)",
            ),
            "Treat it as the exception it is for the client; say what we will change.",
        ),
        (
            words(
                # what the contract lets us do
                "(?:only )?commits? us to",
                "(?:we were|we are|we" + A + "re) not (?:obliged|required|contracted|bound|"
                "obligated|expected)",
                "under the terms (?:you signed|of (?:the|our|your) (?:contract|agreement))",
            ),
            "Leave the contract out of it; say what we will do for them.",
        ),
        (
            r"\b(?:because\s+of|due\s+to|owing\s+to|with|given|amid|amidst|after)\s+(?:the\s+|"
            r"all\s+the\s+|this\s+year" + A + r"s\s+|the\s+recent\s+)?(?:[\w-]+\s+)?(?:strikes|"
            r"weather|snow|storms?|floods?|flooding|heatwave|pandemic|lockdowns?|power\s+cuts|"
            r"shortages?|supply\s+chain\s+[\w-]+|market\s+conditions|inflation|exchange\s+rates?|"
            r"road\s+closures?|roadworks|traffic|industrial\s+action|fuel\s+prices?)\b",
            "Leave out what was outside our control; say what we will do now and by when.",
        ),
        (
            r"\b(?:market\s+conditions(?:\s+[\w-]+){0,3}?|(?:the\s+)?(?:[\w-]+\s+)?(?:shortage|strikes?|"
            r"disruption|weather|storm|heatwave|pandemic|inflation|exchange\s+rate|backlog\s+"
            r"left\s+over|regulations?)(?:\s+[\w-]+){0,4}?)\s+(?:made\s+it\s+(?:impossible|hard|"
            r"difficult|tough)|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:affecting|hitting|"
            r"slowing|pushing|delaying|holding)|(?:has|have)\s+(?:pushed|slowed|delayed|held)|"
            r"moved\s+against|pushed\s+(?:[\w-]+\s+){0,2}?(?:out|up))",
            "Leave out what was outside our control; say what we will do now and by when.",
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
            r"emergencies|engagements|deployments|launches|releases|rollouts|contracts|jobs)\b",
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
                "unprecedented",
                "(?:family|personal|medical) emergenc(?:y|ies)",
                "snowed in",
                "(?:outside|beyond) (?:of )?(?:anyone|anybody|everyone|everybody)" + A + "s "
                "control",
                "caught (?:[\\w-]+ ){0,3}?(?:out|off guard|by surprise|napping)",
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
                "(?:across|throughout|right across) the (?:industry|sector|board|trade|market|"
                "country|world)",
                "(?:every|each) [\\w-]+ in the (?:country|industry|sector|trade|market|world|city)",
                "not just (?:us|our (?:company|firm|business|team))",
                "(?:for|to) (?:everyone|everybody|all of us)(?: else)?",
                "(?:affect(?:s|ed|ing)?|hit(?:s|ting)?|impact(?:s|ed|ing)?) (?:every|all|everyone|"
                "everybody|the whole|the entire|most)\\b",
                "(?:the )?(?:whole|entire) (?:industry|sector|trade|market)",
                "like (?:most|many|all|every|any) (?:other )?[\\w-]+",
                "as (?:with|for|in) (?:any|every|all|most) ",
                "(?<!for\\sa\\s)(?:projects?|jobs?|migrations?|renovations?|builds?|installations?|launches|"
                "rollouts?|moves?|upgrades?) (?:of|like) this (?:size|kind|type|scale|nature|"
                "complexity)",
                "(?:no|every|any) (?:[\\w-]+ )?(?:project|job|migration|renovation|build|"
                "installation|launch|rollout|move|upgrade) (?:ever |always )?(?:finishes|runs|"
                "goes|comes in|completes|lands|ends)",
                "(?:every|any|all|most) (?:[\\w-]+ )?(?:projects?|jobs?|migrations?|systems?|"
                "renovations?|builds?|installations?|launches|launch|rollouts?|moves?|upgrades?) "
                "(?:[\\w-]+ ){0,5}?(?:will|would|is bound to|tends to) (?:hit|have|run into|face|"
                "see|slip|overrun|go wrong)",
                "(?:almost |nearly |pretty much )?(?:always|invariably|inevitably|usually|"
                "typically) "
                "(?:run|runs|go|goes|come|comes|slip|slips|overrun|overruns|take|takes) "
                "(?:over|late|longer|wrong)",
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
