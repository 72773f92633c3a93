"""What a fault looks like: the verbs of a fault, how a thing was done wrong, and how a
sentence owns it.

domain.tone_blame and domain.tone_client put these after an agent (a supplier, the
client's staff): "the courier lost", "your buyer ordered the wrong size", "the agency
that built your shop left a test code switched on". A sentence that owns the fault
("…, and we should have checked") blames nobody.
"""

from __future__ import annotations

from domain.tone_patterns import A, words

# Not done by them, but to them: "has not received", "never heard".
_NOT_THEIRS = (
    r"(?!\s+(?:yet\s+|even\s+|actually\s+)?(?:received|got|gotten|heard|had|seen|charged\s+(?:you|"
    r"us)\b|billed|"
    r"invoiced|been\s+(?:sent|given|told|paid|informed|notified|asked|charged)))"
)
FAULT_VERBS = (
    "let (?:us|you|everyone) down",
    "failed",
    "did not",
    "didn" + A + "t",
    "could not",
    "couldn" + A + "t",
    "forgot",
    "missed",
    "lost(?! (?:access|power|contact|connection|signal|data|work|time|money|sales|business|"
    "customers|trust|faith|patience|sleep))",
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
    "pushed (?:a|an|the|its|their) (?:[\\w-]+ )?(?:update|change|release)",
    "overbooked",
    "cancell?ed (?:our|the|your|its|a|an) ",
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
    "took (?:far |much |way |a lot )?(?:too long|longer than)",
    "ran out of",
    "went (?:bust|bankrupt|under|quiet|silent|into administration)",
    "(?:shut|closed) (?:down|their|its|the)",
    "stopped (?:answering|responding|supplying|shipping|delivering)",
    "changed (?:their|its) (?:[\\w-]+ )?(?:system|process|api|prices|terms|rules|format|software|"
    "structure|fees|pricing|policy|policies|schedule|timetable)",
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
    "(?:forgot|neglected|refused) to",
    "(?:scuffed|scratched|dented|crushed|smashed|spilled|spilt|froze|declined|rejected|bumped|"
    "ignored|overlooked|overwrote|wiped|deleted|leaked|skipped|oversold|overcharged|overfilled)",
    "(?:switched|turned|cut) off",
    "(?:blocked|withheld|mislaid|misplaced|delayed|postponed|held back)",
    "mis[a-z]{3,}ed",
    "(?:double|over|under)-?(?:charged|billed|booked|counted|ordered|delivered|estimated|quoted)",
    "held (?:[\\w-]+ ){0,2}?up",
    "slowed (?:[\\w-]+ ){0,2}?down",
    "set (?:us|the project|the job|everything|the work|it) back",
    "(?:has|have|had) been (?:\\w+ly )?(?:unreliable|unresponsive|unhelpful|careless|negligent|"
    "incompetent|slow|late)",
    "(?:was|were|is|are|had been|has been|have been) (?:\\w+ly )?(?:overwhelmed|overloaded|"
    "understaffed|short-staffed|swamped)",
    "(?:was|were|is|are) (?:\\w+ly )?(?:unreliable|unresponsive|unhelpful|careless|negligent|"
    "incompetent|down|offline)",
    "cut through",
    "gave away",
    "(?:backed|dropped|pulled) out",
    "pulled the plug",
    "(?:smudged|smeared|jammed)",
    "went (?:out of business|into liquidation|into receivership)",
    "(?:flooded|cracked|stained|scorched|burnt|burned|ruined|spoilt|spoiled)",
    "kept (?:crashing|failing|breaking|freezing|dropping|going down|losing|cancell?ing|"
    "overriding|ignoring|changing|skipping|missing|switching off|turning off)",
    "knocked (?:through|over|out)",
    "ran (?:over|past) (?:the|its|their|our|your) ",
    "left (?:[\\w'’-]+ ){0,4}?(?:unsafe|unfinished|incomplete|exposed|open|unlocked|in a mess|a "
    "mess|behind)",
    "sat on",
    "held (?:back |onto |on to )?(?:the|our|your) (?:payment|order|invoice|approval|sign-off|"
    "delivery|goods|stock|funds|transfer)",
    # not good enough: "the printer's quality control was not good enough"
    "(?:was|were|is|are|has been|have been) (?:simply |just )?(?:not|never|n" + A + "t) "
    "(?:good enough|up to (?:standard|scratch|the job)|acceptable|fit for purpose)",
    "(?:unplugged|disconnected|uninstalled|throttled|overrode)",
    "walked (?:off|out|away)",
    "let (?:[\\w'’-]+ ){0,3}?(?:lapse|expire|run out)",
    "(?:locked|shut) (?:[\\w'’-]+ ){0,3}?out",
    # kept waiting: "held the shipment in Memphis for a week", "left your cartons sitting"
    "(?:held|kept|left|sat on) (?:[\\w'’-]+ ){0,6}?for (?:a|an|one|two|three|four|five|six|several|"
    "\\d+) (?:whole |full |extra )?(?:days?|weeks?|fortnight|months?)",
    "left (?:[\\w'’-]+ ){0,4}?(?:sitting|lying|standing|outside)",
)
FAULT_VERB = words(*FAULT_VERBS)
# Not done: "never turned up", "has still not processed the claim".
NOT_DONE = words(
    "never" + _NOT_THEIRS,
    "(?:has|have|had) (?:still |yet )?not" + _NOT_THEIRS,
    "still (?:has|have|had) not" + _NOT_THEIRS,
    "(?:still )?(?:hasn|haven|hadn)" + A + "t" + _NOT_THEIRS,
    "(?:has|have|had) yet to",
    "(?:is|are|was|were) yet to",
)
# Done badly: a verb in the past, then (in the same clause) how it went wrong.
PAST_VERB = (
    r"(?:\w+ed|left|sent|took|gave|sold|drew|cut|put|set|read|bound|sat|lost|held|went|made|"
    r"ran|brought|built|bought|chose|did|fell|got|kept|laid|led|let|paid|said|shut|spent|stuck|"
    r"threw|told|wrote|forgot|broke|began|hit|dealt|fed|fit|fitted|came|had|hung|tore|wore|dug|"
    r"struck|sank|stood|wound|bent|lent|meant|caught|found|taught|drove|rode|froze|spoke|"
    r"shook|drew|grew|knew|blew|hid|lit|spread|split|slid|overran|undercut|mislaid|misled)"
)
WRONGLY = words(
    "wrong(?:ly)?",
    "incorrect(?:ly)?",
    "by mistake",
    "by accident",
    "with (?:the|a|an) (?:typo|error|mistake|wrong|missing|old|flat|broken|faulty|dead|damaged|"
    "cracked|leaking|expired)",
    "(?:it|they|he|she) should have",
    "in error",
    "upside down",
    "back to front",
    "inside out",
    "without (?:asking|notice|warning|telling|consulting|checking|testing|permission|approval|"
    "a word|letting|informing|agreement|our|us|any|reading|looking)",
    "after the (?:cut-?off|deadline|closing date|freeze|sign-?off|code freeze|final proof)",
    "(?:above|beyond|over|past) (?:its|the|their) (?:rated|recommended|maximum|safe|agreed|"
    "stated|permitted) ",
    "the (?:night|day|evening|morning) before",
    "in (?:the )?(?:American|US|wrong|old) format",
    "against (?:our|my) (?:advice|recommendation)",
    "too (?:early|late|soon|high|low|short|long|much|many|few|hot|cold|fast|thin)",
    "(?:a|an|one|two|three|four|five|six|\\d+) (?:days?|weeks?|hours?|months?|minutes?) late",
    "(?:centimetres?|cm|mm|inches|metres?) short",
    "(?:\\d+|one|two|three|four|five|six|ten|twenty|a few|several) (?:[\\w-]+ )?short(?! of)",
    "last (?:year|season|month|week)" + A + "s",
    "rather than",
    "(?:who|that) had already",
    "in the wrong",
    "(?:to|onto|on|for) (?:a|an) (?:old|later|earlier|different|wrong) ",
    "(?:the|an?|their|its) (?:old|previous|outdated|superseded) (?:[\\w-]+ )?(?:version|template|"
    "price|prices|rate|rates|address|logo|file|files|list|design|model|terms|code|codes|drawing|"
    "drawings|spec|specs|data|database|format|settings|artwork|layout|labels?|forms?|postcodes?|"
    "names|numbers|addresses|details|contacts|figures)",
    "twice",
    "double",
    "to (?:the|your|our|an?|their) (?:old|former|previous|wrong) (?:[\\w-]+ )?(?:address|"
    "warehouse|site|office|premises|depot|store|branch|location|account|number|email|contact)",
    "out-of-date",
    "out of date",
    "outdated",
    "expired",
    "instead of",
    "to (?:someone|somebody|anyone) else",
    "to (?:another|a different) (?:customer|client|company|address|site|person|team|buyer)",
    "(?:uncovered|unrefrigerated|untested|unsigned|unlabell?ed|unlocked|unattended|unchecked|"
    "unapproved)",
    "switched on",
    "out of action",
    "offline",
    "closed for (?:repairs|maintenance|works)",
    "before (?:anyone|anybody|we) (?:had|could)",
    "(?:who|that|which) (?:had|has|have|did|does|do|was|were|would|could|will) not",
    "(?:agreed|booked|arranged|promised) (?:slot|time|date|window|day)",
    "on the (?:morning|day|eve|night|afternoon|evening) of",
    "(?:who|that|which) (?:hadn|hasn|haven|didn|doesn|don|wasn|weren)" + A + "t",
    "late(?! (?:on|in|at|last|this|that|yesterday|morning|afternoon|evening|night)\\b)",
    "at (?:short|no) notice",
    "at the last minute",
    "(?:damp|wet|mouldy|dirty)",
    # left undone: "left the site without finishing the skirting", "shipped the parts
    # without the certificates"
    "without (?:first )?\\w+ing",
    # not "without a missed slot", "without a single complaint": a record kept, not a fault
    "without (?:the|any|its|their|proper|a valid|the right|a|an) (?!(?:single )?(?:missed|late|"
    "lost|problem|issue|complaint|hitch|fault|error|mistake|incident|failure|break|day off)s?\\b)",
    "with no ",
    "too (?!much trouble)[a-z]+",
    "(?:a |an |the |some )?(?:faulty|defective|corrupt(?:ed)?|botched|shoddy|substandard) ",
    "(?:in|out in) the (?:rain|wet|snow|cold|sun)",
    "(?:a|an|one|two|three|four|five|six|\\d+) (?:days?|weeks?|fortnight|months?) "
    "(?:late|after|behind|past)",
)
ADVERBS = (
    r"\s+(?:(?:also|then|simply|unfortunately|just|again|apparently|somehow|completely|"
    r"accidentally|mistakenly|already|even|actually|only|finally|eventually)\s+)*"
)
# The rest of the clause: no clause break, and no "but we" that hands it back to us.
SAME_CLAUSE = (
    r"(?:\s+(?!(?:but|and|so|while|whereas|because)\s+(?:we|I|our|my)\b)[^\s,.;:!?]+){0,10}?\s+"
)


# What someone did wrong: a fault verb, or a verb and then how it went wrong.
# What happened to them, not what they did: "you received the wrong parts".
NOT_RECEIVED = (
    r"(?!(?:received|got|saw|found|noticed|heard|waited|experienced|faced|suffered|spotted|"
    r"discovered|reported|flagged|raised|paid)\b)"
)
DONE_BADLY = (
    r"(?:(?:had|has|have)\s+)?(?:"
    + FAULT_VERB
    + r"|"
    + NOT_DONE
    + r"|"
    + NOT_RECEIVED
    + PAST_VERB
    + r"\b"
    + SAME_CLAUSE
    + WRONGLY
    + r")"
)
# Us, owning it, anywhere in the sentence: "… and we should have checked", "that was our
# mistake, not theirs". A sentence that owns the fault is not blaming anyone.
OWNED = (
    r"\bbecause\s+(?:we|I)\b|\b(?:we|I)\s+(?:really\s+|also\s+|"
    r"simply\s+|then\s+|"
    r"just\s+)?(?:should\s+have|should"
    + A
    + r"ve|ought\s+to\s+have|failed\s+to|forgot|misread|misjudged|underestimated|underquoted|"
    r"got\s+(?:it|this|that|the\s+[\w-]+)\s+wrong|(?:were|was)\s+wrong|went\s+wrong|made\s+(?:a|an|"
    r"the)\s+(?:mistake|error)|take\s+(?:full\s+)?responsibility|own\s+(?:that|this|it)|accept\s+"
    r"(?:that|the\s+blame|responsibility)|loaded\s+it\s+badly|relied\s+on|chose)\b"
    r"|(?<!not\s)(?<!n" + A + r"t\s)\bour\s+(?:own\s+)?(?:mistake|error|fault|responsibility|"
    r"choice|decision|job)\b|\b(?:is|was|are|were)\s+(?:ours|mine|on\s+us|on\s+me|my\s+job|"
    r"our\s+job)\b"
    r"|\bmy\s+(?:job|mistake|error|fault|responsibility)\b"
    # a clause of ours that owns the lapse: "…, and we did not renew it"
    r"|(?:,\s*|\band\s+|\bbut\s+)(?:we|I)\s+(?:then\s+)?(?:did\s+not|didn" + A + r"t|never|"
    r"forgot|missed)\b"
    r"|\bnot\s+(?:theirs|the\s+[\w-]+" + A + r"s)\b"
)
