"""Minimizing: shrinking the problem ("only a small glitch", "not a big deal", "just a
few", "a drop in the ocean", "nothing to lose sleep over")."""

from __future__ import annotations

import re

from domain.tone_data import Regex
from domain.tone_patterns import FLAGS, A, PatternSet, clause_before, words

_DIMINISHED = (
    r"(?:small|minor|tiny|slight|little|brief|short|mere|temporary|trivial|harmless|cosmetic|"
    r"negligible|insignificant|limited|modest|passing|momentary|marginal|subtle|superficial|"
    r"minuscule|small-scale|trifling|petty|teeny)"
)
_TROUBLE = (
    r"(?:glitch|glitches|hiccups?|blips?|issues?|problems?|bugs?|delays?|inconvenience|setbacks?|"
    r"bumps?|errors?|mistakes?|oversights?|slips?|hitch|hitches|misunderstanding|mix[\s-]up|"
    r"teething\s+problems?|teething\s+issues?|wobbles?|snags?|detour|disruption|outage|"
    r"overrun|overspend|slippage|discrepanc(?:y|ies)|gap|shortfall|defects?|faults?|omissions?|"
    r"niggles?|points?|irritations?|nuisances?|annoyances?|blemish(?:es)?|quirks?)"
)
# Someone on the client's side, who will hardly notice (so the review says).
_THEY = (
    r"(?:your\s+(?:[\w-]+\s+)?(?:guests|customers|clients|visitors|users|staff|readers|"
    r"delegates|patients|members|shoppers|audience)|most\s+(?:people|visitors|customers|users|"
    r"guests|readers)|no\s+one|nobody|customers|guests|visitors|they)"
)


def _a_promise(text: str, m: re.Match[str]) -> bool:
    """ "We will answer within two hours at most" promises a bound; it shrinks nothing."""
    return bool(_WILL.search(clause_before(text, m.start())))


_WILL = Regex(r"\b(?:will|shall|within|" + A + r"ll)\b", FLAGS)

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
                "nothing (?:more|worse)",
                "no more than",
                "in the grand scheme",
                "in the (?:big|bigger|wider) picture",
                "(?:a|the) (?:tiny|small|minor|very small|modest|trifling) (?:fraction|number|"
                "percentage|proportion|share|minority|handful|amount)",
                "(?:fairly|relatively|rather|quite|very) modest",
                "(?:was|were|is|are) (?:very |quite |fairly |relatively |really |pretty )?"
                "(?:small|minor|tiny|slight|short|brief|modest|limited|trivial)(?=,)",
                "(?:was|were|is|are) (?:very |quite |fairly |relatively |really |pretty )?"
                "(?:small|minor|tiny|slight|short|brief|modest|limited|trivial) and",
                "(?:a|an) (?:very |fairly |relatively |rather )?(?:small|minor|tiny|slight|little|"
                "trivial) one",
                "(?:only|just|merely) (?:affected|touched|hit|concerned|involved|impacted|reached)",
                "(?:a|just a|only a|the usual|some|normal) teething (?:problems?|issues?|"
                "troubles?|pains?)",
                "(?:only|just|merely) (?:looked|seemed|appeared|sounded)",
                # one in many: "only three of your four hundred staff", "one out of twenty"
                "(?:only|just|merely) (?:one|two|three|four|five|a few|a couple|a handful|\\d+) "
                "(?:[\\w-]+ )?(?:of|out of|in) (?:your |the |every |a )?(?:\\d+|[\\w-]+ (?:hundred|"
                "thousand)|hundreds|thousands|twenty|thirty|forty|fifty|a hundred|a thousand)",
                "nothing (?:[\\w-]+ ){0,3}?(?:will|would|is likely to) (?:notice|dwell on|mind|"
                "care about|remember)",
                "(?:apart|aside) from (?:a few|a couple|one or two|two or three|some|the odd|a "
                "handful|a little|a bit)",
                "only (?:\\d+|two|three|four|five|six|a few|a handful of) (?:boxes|orders|"
                "customers|clients|items|users|accounts|pages|errors|minutes|hours|cases|days|"
                "lines|records|invoices|parcels|products|shipments|sites|stores|people|staff)",
                "(?:a|the) (?:slight|minor|small|little|tiny) (?:[\\w-]+ )?(?:delay|overrun|"
                "increase|change|difference|variance|shortfall|slip)",
                "(?:just|only|merely) (?:a|an) (?:[\\w-]+ )?(?:glitch|hiccup|blip|slip|typo|"
                "formality|oversight|delay|day|week|inconvenience|sliver|speck|smidge|fraction)",
                "(?:most|the vast majority|the majority|the bulk|almost all|nearly all|most of) "
                "(?:of )?(?:your |the )?(?:\\w+ )?(?:were|was|went|arrived|are|is|worked)"
                "(?: out| through| ahead| off)? "
                "(?:fine|unaffected|on time|correct|ok|okay|not affected)",
                "(?:could|might) have been (?:much |far |a lot )?worse",
                "(?:silver lining|bright side|look on the bright|upside(?! down))",
                "(?:hardly|barely|scarcely) (?:a|any|anything|ever)",
                "(?:should|will) (?:hardly|barely|not really) (?:notice|matter|affect)",
                "(?:a|one) (?:small|minor|little|tiny) (?:thing|matter|point|detail)",
                "(?:just|only) (?:cosmetic|temporary|a formality|a technicality|"
                "one of those things)",
            ),
            "Say the size plainly and what it meant for them.",
        ),
        (
            r"\b(?:(?:a|an|the|this|that|one|just\s+a|only\s+a|merely\s+a)\s+)?(?:very\s+|"
            r"rather\s+|"
            r"fairly\s+|relatively\s+|quite\s+|really\s+|pretty\s+|so\s+)?"
            + _DIMINISHED
            + r"\s+(?:[\w-]+\s+)?"
            + _TROUBLE
            + r"\b",
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
                # small words for it, and who will hardly notice
                "(?:a|just a|only a|merely a) (?:drop in the ocean|blip|hiccup|wobble|storm in a "
                "teacup)",
                "(?:purely|merely|just|only|largely|mostly|entirely) (?:cosmetic|academic|"
                "superficial|theoretical|symbolic)",
                "(?:is|was|are|were) (?:marginal|subtle|superficial|academic|cosmetic|minimal)",
                "(?:hardly|barely|scarcely|not really|not even) worth (?:worrying|mentioning|"
                "replacing|fixing|a fuss|the fuss|talking)",
                "not worth (?:worrying|losing sleep|a fuss|the fuss|mentioning)",
                "(?:hardly|barely|scarcely|not (?:very|that|particularly)) (?:significant|"
                "important|"
                "serious|noticeable|relevant)",
                "(?:little|no) more than",
                "(?:of )?(?:little|no real|minimal|limited) (?:consequence|importance|"
                "significance)",
                "more (?:of )?(?:an? )?(?:annoyance|nuisance|irritation|inconvenience|hassle) than",
                "rather than a (?:real|serious|major|genuine|proper) (?:problem|failure|issue|"
                "fault)",
                "not the end of the world",
                "(?:mostly|largely|broadly|generally|basically) (?:fine|ok|okay|unaffected|on "
                "track|on time|correct|working)",
                "in the scheme of things",
                "the only (?:real )?(?:issue|problem|thing|snag|downside) (?:was|is)",
                "not much of (?:a|an) (?:delay|problem|issue|difference|change)",
                "(?:affects?|affected|touches|touched|hits?) (?:only |just )?(?:very few|a (?:few|"
                "handful|tiny number|small number))",
                "(?:nobody|no one|none of (?:you|your [\\w-]+)) (?:was|were|is|has been) (?:really|"
                "seriously|badly|much|actually|too) (?:inconvenienced|affected|harmed|hurt|"
                "bothered|"
                "put out|troubled)",
                "not as bad as (?:it|you|this|that) (?:sounds?|looks?|might|may|think|feared)",
                "(?:an? )?otherwise (?:successful|smooth|good|great|flawless|excellent|perfect)",
                "(?:apart|aside) from (?:that|this|the [\\w-]+),? (?:everything|all|it|the)",
                "(?:impact|effect|damage|delay|outage|disruption|problem|issue|error|mistake|fault|"
                "downtime|overrun|overspend|difference|harm|inconvenience)s?(?: (?:on|in|of|to) "
                "(?:the|your|our) [\\w-]+)? (?:was|were|is|are|"
                "has "
                "been|have been) (?:very |quite |fairly |relatively |really |pretty |extremely )?"
                "(?:small|minor|tiny|slight|short|brief|modest|limited|trivial|minimal|negligible|"
                "marginal|contained)(?! to)",
                "nothing to (?:lose sleep over|worry about|be alarmed by)",
                "amounts? to (?:pennies|peanuts|a few|very little|next to nothing|almost nothing)",
                "pennies (?:per|a|on the|each)",
                "(?:a )?mere (?:\\d+|a|an|few|one|two|three|four|five|ten|twenty|thirty|forty|"
                "fifty|"
                "couple|handful|fraction)",
                "at worst",
                "(?:a|just a|only a) handful of (?:your |the |our )?(?:[\\w-]+ )?"
                "(?:customers|clients|users|orders|guests|visitors|people|staff|accounts|patients|members|subscribers)",
                "(?:at most|at the most|at the very most|no more than|not more than) (?:a few|a "
                "couple|one or two|two or three|a handful)",
                "(?:pocket|small|loose) change",
                "(?:a|only a|just a) rounding error",
                "(?:a touch|a tad|a smidge|ever so slightly|a fraction) (?:[\\w-]+ed|late|off|over|"
                "behind|short|early|slow|high|low)",
                "but that(?:" + A + "s| is| was) (?:about |pretty much |really )?(?:it|all)",
                "(?:a|one) (?!day|week|month|hour|minute|year|fortnight|morning|evening|night)"
                "[a-z]+ or two",
                "(?:crept|edged|ticked|drifted|crept up|gone up|went up|risen|rose) (?:up )?(?:a "
                "little|a bit|slightly|a touch|a tad|marginally)",
                "(?:which|that|it) (?:is|was) not (?:much|a lot|that much|very much)(?! (?:more|"
                "longer|better|we|I|you|to))",
                "(?:only|just|merely) (?:added|cost|took|lasted|meant|set (?:us|you) back)",
                "(?<!day\\s)(?<!days\\s)(?<!week\\s)(?<!weeks\\s)(?<!month\\s)(?<!months\\s)"
                "(?<!hour\\s)(?<!hours\\s)(?<!fortnight\\s)or so(?= |[.,;])",
                "(?:should|will|would) not cause (?:you )?(?:any )?(?:real|serious|major|much|"
                "great) "
                "(?:trouble|problems?|issues?|harm|disruption|difficulty)",
                _THEY
                + " (?:will |would |probably |likely |may |might )*(?:(?:did|do|does|will|would)"
                "(?: not|n" + A + "t)|never|barely|hardly|scarcely) (?:even )?(?:notice|spot|see|"
                "feel|care|mind|register)",
                _THEY + " (?:will |would |probably |likely |may |might )*(?:won|wouldn|shouldn|"
                "don|didn|doesn)" + A + "t (?:even )?(?:notice|spot|see|feel|care|mind|register)",
            ),
            "Say the size plainly and acknowledge what it meant for them.",
        ),
        (
            words(
                "(?:minutes?|hours?|days?|morning|afternoon|evening|week|day|pounds?|euros?|"
                "dollars?|per [\\w-]+) at (?:most|the very most|the outside)",
            ),
            "Say the size plainly and acknowledge what it meant for them.",
            _a_promise,
        ),
    ]
)
