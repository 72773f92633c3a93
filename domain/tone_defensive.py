"""Defensiveness: reminding the client what we said before ("as I explained", "as the
contract clearly states", "you may recall that …"), which scores a point and costs trust.
"""

from __future__ import annotations

import re

from domain.tone_patterns import A, PatternSet, words

# Saying or writing it before: "as the order confirmation clearly states", "as my colleague
# explained to you", "as was made clear at the time".
_TOLD = (
    r"(?:stated|states|state|mentioned|explained|explains|explain|said|says|say|noted|notes|"
    r"detailed|indicated|indicates|stressed|emphasi[sz]ed|confirmed|spel(?:led|t)\s+out|set\s+out|"
    r"sets\s+out|outlined|shown|shows|specified|specifies|described|describes|documented|"
    r"written|highlighted|flagged|pointed\s+out|made\s+clear|makes\s+clear|reminded\s+you|"
    r"make\s+clear|told\s+you|warned(?:\s+you)?|advised(?:\s+you)?|communicated|covered|laid\s+out|"
    r"discussed\s+(?:at\s+length|before|previously|repeatedly|several\s+times|many\s+times))"
)


def _mid_clause_as(text: str, m: re.Match[str]) -> bool:
    """ "not a handful as I said on the call" corrects a figure; "As I said, …" (at the
    start of a clause) points back at it."""
    if m.group(0)[:3].lower() not in ("as ", "as\t", "as\n"):
        return False
    before = text[max(0, m.start() - 6) : m.start()].rstrip()
    if before.lower().endswith((" and", " but", ",and", ",but")):
        before = before[:-3].rstrip()
    return bool(before) and before[-1] not in '.!?;:,(\n"“—–-'


DEFENSIVE = PatternSet(
    [
        (
            r"\bas\s+(?:(?:I|we|you|my\s+colleagues?|our\s+[\w-]+(?:\s+[\w-]+)?|the\s+[\w-]+"
            r"(?:\s+[\w-]+)?)\s+)?(?:(?:have|has|had|was|were|is|are)\s+)?(?:(?:already|previously|"
            r"clearly|repeatedly|explicitly|also|always|often|tried\s+to|plainly)\s+)*"
            + _TOLD
            + r"\b",
            "Leave out that you said it before; say it again plainly.",
        ),
        (
            words(
                "like (?:I|we) (?:said|told you|mentioned|explained|wrote)",
                "(?:I|we) (?:would )?refer you (?:back )?to",
                "let me (?:repeat|reiterate|remind you|say again)",
                "once more(?=,)",
                "(?:I|we) (?:have|had) (?:already )?(?:explained|said|told you|mentioned|"
                "pointed out|raised|flagged) (?:this|that|it) (?:before|already|several times|"
                "more than once|twice|many times|repeatedly)",
                "if you (?:look|go) back (?:at|to|over|through)",
                "you (?:may|might|will) (?:recall|remember)",
                "as you (?:will|may|might|should) (?:recall|remember|see from|know from)",
                "makes? (?:this|that|it) (?:quite|very|perfectly|abundantly|absolutely) clear",
                "(?:I|we) (?:raised|flagged|mentioned|made) (?:this|that) (?:exact |very |same )?"
                "(?:point|issue|concern|risk) (?:on|in|at|during) (?:our|the|my) (?:call|meeting|"
                "email|letter|kick-off|review|proposal)",
                "(?:made|raised|flagged) (?:this|that|the same) (?:point|issue|concern|risk) "
                "(?:several times|before|repeatedly|many times|more than once|already|twice)",
                "(?:was|were|is|has been|have been) (?:all |already |clearly |fully |explicitly )*"
                "(?:covered|explained|set out|documented|addressed|stated|communicated) (?:in|at|"
                "during) (?:the|our|my)",
                "(?:please )?refer (?:back )?to (?:my|our) (?:previous|last|earlier|original)",
                "(?:was|were) (?:clearly|already|fully|explicitly) (?:explained|stated|set out|"
                "communicated|agreed|documented)",
                "(?:made|raised|flagged|stressed) (?:this|that|the same) (?:point|issue|concern|"
                "risk) (?:in|at) (?:every|each|all|several|many|both) ",
                "(?:you will|you" + A + "ll|you can|you would|you" + A + "d) find (?:all |most |"
                "much )?(?:of )?(?:this|that|it|these|the details) (?:in|on|at) (?:the|our|my)",
                "(?:we|I) warned (?:you |your [\\w-]+ )?(?:about|of) (?:this|that|it) "
                "(?:in writing|back in|months ago|weeks ago|at the time|before|repeatedly|"
                "several times|twice)",
            ),
            "Leave out that you said it before; say it again plainly.",
        ),
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
            r"\b(?:as\s+)?per\s+(?:my|our)\s+(?:last|previous|earlier|prior)\b",
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
                "for the avoidance of doubt",
                "as (?:has|had|have) (?:already )?been (?:said|stated|explained|mentioned|noted|"
                "pointed out|made clear|discussed)",
                "(?:in|during|throughout) (?:our |my )?(?:previous|earlier|prior|past|several|many|"
                "repeated) (?:correspondence|emails|e-mails|letters|calls|meetings|conversations|"
                "discussions)",
                "(?:our|my) position (?:has not|hasn" + A + "t|remains|is unchanged|stands)",
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
    ],
    veto=_mid_clause_as,
)
