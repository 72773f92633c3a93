"""How we speak of it: non-apologies and the agentless passive of a mistake.

A non-apology is sorry for the client's feelings or "any" trouble; an evasive passive
hides who made the mistake ("errors were introduced"), while stative ones ("no data was
lost") and owned ones pass. Defensiveness is domain.tone_defensive's.
"""

from __future__ import annotations

import re

from domain.tone_blame import owns_it
from domain.tone_data import Regex
from domain.tone_faults import OWNED
from domain.tone_patterns import FLAGS, A, PatternSet, clause_before, sentence_of, words


def _names_our_part(text: str, m: re.Match[str]) -> bool:
    """ "Sorry that your opening started late because of our sound check" says what we did."""
    return bool(_OUR_PART.search(sentence_of(text, m)))


_OUR_PART = Regex(
    r"\b(?:because|due\s+to|caused\s+by|thanks\s+to)\s+(?:of\s+)?(?:our|we|I|my|me|us)\b|" + OWNED,
    FLAGS,
)

NON_APOLOGY = PatternSet(
    [
        (
            r"\bsorry\s+(?:if|that\s+(?!(?:we|I|our|my)\b)|for\s+(?:any|whatever|all\s+the)\s+\w+)",
            "Apologize for what we did: 'I am sorry: we shipped the wrong parts.'",
            _names_our_part,
        ),
        (
            words(
                "to (?:whatever|some|any|the) extent (?:that )?",
                "(?:apologi[sz]e|apologies|sorry)(?: to you)? (?:should|if) (?:you|anyone|this|it) "
                "(?:have |has )?(?:been )?(?:affected|inconvenienced|upset|troubled|disappointed)",
                "(?:apologies|sorry) should (?:you|anyone)",
                "(?:apologies|sorry|(?:I|we) apologi[sz]e) to (?:anyone|anybody|everyone|those|all)"
                " (?:who|that) (?:was|were|felt|feels|may|might|has|had|is|are)",
                "insofar as",
                "in so far as",
                "(?:our |my )?regrets? for (?:any|all)",
                "(?:may|might|could) have (?:arisen|occurred|resulted|been (?:perceived|seen|felt|"
                "experienced|received|taken))",
                "how (?:this|it|that|the [\\w-]+(?: [\\w-]+)?) (?:may have been|might have been|"
                "was|has been) (?:perceived|seen|received|taken|interpreted|understood)",
                "(?:did not|didn" + A + "t|does not|doesn" + A + "t|has not|hasn" + A + "t) "
                "(?:satisfy|please|reassure|convince|suit) you",
                "(?:to|for) (?:those|anyone|everyone|any of you|all of you) who (?:feel|felt|think|"
                "thought|may|might|were upset|found)",
            ),
            "Apologize for what we did, not for how it turned out for them.",
        ),
        (
            r"\b(?:sorry|apologi[sz]e|apologies)\s*,?\s+(?:but|however)\b",
            "Apologize without a 'but': say sorry for what we did, then what we will do.",
        ),
        (
            r"\bif\b[^.;!?]{1,80}?,\s*(?:we|I)\s+(?:(?:sincerely|truly|deeply|do)\s+)?(?:regret|"
            r"apologi[sz]e|am\s+sorry|are\s+sorry)",
            "Apologize for what we did, not 'if' it hurt.",
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
                "(?:did not|didn" + A + "t|does not|doesn" + A + "t) (?:live up to|match|meet) "
                "(?:what you|your)",
                "(?:we|I) (?:sincerely |deeply )?regret the (?:situation|way|circumstances)",
                "sorry you (?:see|saw|feel|felt) (?:it|that) (?:way|like that)",
                "if (?:this|that|it) (?:came across|was perceived|seemed)",
                "for (?:any|all) (?:inconvenience|upset|disappointment|frustration|confusion)",
            ),
            "Apologize for what we did, not for how it turned out for them.",
        ),
        (
            r"\b(?:(?:we|I)\s+(?:are|am)\s+)?(?:very\s+|so\s+|truly\s+|deeply\s+)?sorry\s+"
            r"(?:(?:if|that)\s+(?:you|anyone|this|it|the)\b|you\s+(?:feel|felt|are|were|"
            r"think|thought|see|saw|got|had|found|have\s+been)|you"
            + A
            + r"(?:ve|re|d)\b|for\s+any\s+\w+|"
            r"to\s+hear\s+(?:that\s+)?"
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
            r"\bsorry\s+(?:for\s+)?(?:the|any|all\s+the|this)\s+(?:inconvenience|hassle|"
            r"bother)\b",
            "Apologize for what we did: 'I am sorry: we missed the date we gave you.'",
        ),
    ]
)

_BE = r"(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being|got|get|gets)"
_FAULT_PP = (
    r"(?:overlooked|missed|forgotten|neglected|mishandled|misconfigured|miscommunicated|"
    r"misplaced|ignored|skipped|botched|mislabell?ed|miscalculated|misrouted|misread|misfiled|"
    r"mistyped|misdirected|mispriced|misquoted|mis[a-z]{3,}ed|misunderstood|mislaid|misspelt|"
    r"misheard|misled|mistaken|mixed\s+up|mis-?keyed|lost|deleted|"
    r"erased|wiped|(?:double|over|under)-?(?:charged|billed|booked|counted)|"
    r"overwritten|corrupted|broken|introduced|made(?!\s+(?:in|at|from|to\s+(?:order|measure)))|"
    r"applied\s+(?:twice|incorrectly|wrongly)|"
    r"entered\s+(?:twice|incorrectly|wrongly)|charged\s+(?:twice|incorrectly|wrongly)|"
    r"set\s+(?:up\s+)?(?:incorrectly|wrongly)|sent\s+to\s+the\s+wrong|shipped\s+to\s+the\s+wrong|"
    r"delivered\s+to\s+the\s+wrong|left\s+(?:out|off|behind|blank|empty|unchecked|unlocked|open|"
    r"unanswered|unresolved|unpaid|unattended|untouched|unprocessed|unread)|"
    r"(?:under|over)stated|(?:under|over)quoted|thrown\s+(?:away|out)|binned|discarded|shredded|"
    r"double-booked|"
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
    r"outdated|old(?=\s+(?:version|copy|copies|file|files|price|prices|list|template|rate|rates|"
    r"address|drawing|design|spec|form|forms|code|codes|data|logo|labels?))|duplicate|mistaken|"
    r"erroneous|broken|untested|unapproved|inaccurate)\s+"
    r"(?:[\w-]+\s+){0,2}?"
)
_FAULT_TAIL = (
    r"(?:(?:the|a|an)\s+wrong|wrong(?:ly)?\b|incorrect(?:ly)?|twice|by\s+mistake|in\s+error|"
    r"without\s+(?!delay|charge|cost|fail|any\s+(?:cost|charge|delay)|(?:a\s+|any\s+)?(?:fault|"
    r"problems?|issues?|hitch|incident|break|interruption|loss)\b)|(?:an?|the|our|your)\s+"
    r"old\s+|outdated|out[\s-]of[\s-]date|last\s+year" + A + r"s|(?:the|a)\s+previous\s+|"
    r"expired|too\s+(?:early|late|soon|high|low|far|much|many|long|short|hot|cold|tight|loose|"
    r"thin|thick)|(?:a|the)\s+(?:day|week|month)\s+(?:late|early)|instead\s+of|"
    r"before\s+(?:anyone|anybody|we|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+had|before\s+(?:anyone|"
    r"anybody)\s+\w+ed\b|but\s+(?:then\s+)?"
    r"(?:never|not)\b|(?:swapped|transposed|reversed|duplicated)\b|blank\b|elsewhere\b|"
    r"(?:that|which)\s+should\s+(?:not\s+)?have|before\s+(?:being\s+|it\s+was\s+|they\s+were\s+)?"
    r"(?:tested|checked|testing|checking|approved|reviewed|proofread))"
)
_STATIVE = Regex(r"\b(?:no|none|nothing|neither|nor|never|no\s+one|nobody)\b", FLAGS)


_OUTCOMES = Regex(
    r"\b(?:lost|affected|exposed|harmed|damaged|deleted|corrupted|compromised|accessed|"
    r"changed|touched|leaked|shared|charged|broken|interrupted|disrupted|impacted|delayed)\b",
    FLAGS,
)


_WE_ARE = Regex(r"\b(?:we|I)\s+$", FLAGS)
_BY_US = Regex(r"\s+by\s+(?:us|me|our|my|we)\b", FLAGS)
# "by" and an agent, not an amount: "missed by two weeks", "overspent by 10%"
_BY = Regex(
    r"\s+by\b(?!\s+(?:mistake|accident|error|chance|oversight|default|(?:about\s+|around\s+|"
    r"nearly\s+|almost\s+|over\s+|more\s+than\s+|up\s+to\s+)?(?:\d|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|several|half|a\s+(?:few|day|week|month|fortnight|couple|"
    r"margin|long\s+way|whole)|an\s+(?:hour|extra))\b))",
    FLAGS,
)
_BECAUSE_WE = Regex(r"[^.!?;]*?\bbecause\s+(?:we|I)\b", FLAGS)
_NOT = Regex(r"\b(?:not|never)\b", FLAGS)


def _not_evasive(text: str, m: re.Match[str]) -> bool:
    """No one to hide ("No data was lost"), an agent named ("… by the bank"), us as the
    subject ("we were not obliged to"), or owned ("The mistake happened because I approved
    the proof", "…, and telling them was my job")."""
    if _WE_ARE.search(clause_before(text, m.start(), 30)) or owns_it(text, m):
        return True
    after = text[m.end() : m.end() + 60]
    if _BY_US.match(after):
        return False
    if _BY.match(after):
        return True
    if _BECAUSE_WE.match(after):
        return True
    stative = _STATIVE.search(clause_before(text, m.start(), 60)) or _NOT.search(m.group(0))
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
            # the adverb says it was a mistake: "your account was wrongly suspended"
            r"\b" + _BE + r"\s+(?:wrongly|incorrectly|mistakenly|accidentally|inadvertently|"
            r"erroneously|unfairly|wrongfully|needlessly)\s+\w+(?:ed|en|t)\b",
            "Name who did it: 'We suspended your account by mistake.'",
        ),
        (
            # what no one did: "errors that should have been caught"
            r"\b(?:should|could|ought\s+to|would)(?:\s+not|n"
            + A
            + r"t)?\s+have\s+been\s+(?:\w+ly\s+)?"
            r"(?:caught|spotted|checked|noticed|prevented|avoided|tested|fixed|flagged|done|sent|"
            r"told|handled|picked\s+up|raised|escalated|found|stopped|reviewed|updated|included|"
            r"made|cancell?ed|refunded|corrected)\b",
            "Name who should have done it: 'We should have caught these errors.'",
        ),
        (
            # left to slide: "things were allowed to drift"
            r"\b"
            + _BE
            + r"\s+(?:allowed|left|permitted)\s+to\s+(?:drift|slip|slide|lapse|run\s+on|"
            r"pile\s+up|expire|go)\b",
            "Name who let it happen: 'We let the plan drift.'",
        ),
        (
            # an unwanted change during an operation: "some settings got changed during the upgrade"
            r"\b" + _BE + r"\s+(?:changed|reset|removed|disabled|switched\s+off|turned\s+off|"
            r"overwritten|moved|renamed|reverted|dropped)\s+(?:[\w-]+\s+){0,2}?(?:during|in|when|"
            r"while|after|as\s+part\s+of)\s+(?:the|a|an|our|that)\b",
            "Name who did it: 'We changed your settings during the upgrade.'",
        ),
        (
            # left undone: "the request had not been actioned"
            r"\b(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+)?been\s+(?:properly\s+|fully\s+)?"
            r"\w+(?:ed|en|t)\b",
            "Name who did not do it: 'We did not action your request.'",
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
            _WRONG_THING
            + r"(?:[\w-]+)\s+(?:of\s+(?:the|your|our)\s+[\w-]+\s+)?"
            + _BE
            + r"\s+(?:\w+ly\s+)?(?!un)\w+(?:ed|en|t)\b",
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
