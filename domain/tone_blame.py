"""Blame in a sentence: the fault put on someone other than us.

A cause frame ("because", "due to", "caused by", "let us down") whose agent is someone
other than us (a supplier, a carrier, "the team" used to keep a distance), or such an
agent simply described doing something wrong ("the courier lost two pallets", "the
agency that built your shop left a test code switched on"). The same frame owned by us
("because we packed them wrongly"), or a sentence that owns the fault ("…, and we should
have checked"), is fine. Blame on the client is domain.tone_client's.
"""

from __future__ import annotations

import re

from domain.tone_agents import (
    CAUSE,
    NAMED,
    NAMED_THING,
    OTHERS,
    OTHERS_THE,
    THEIR_THING,
    THEM,
    THEM_NOUN,
)
from domain.tone_data import Regex
from domain.tone_faults import (
    ADVERBS,
    DONE_BADLY,
    OWNED,
    PAST_VERB,
)
from domain.tone_patterns import FLAGS, A, PatternSet, sentence_of

# Us, owning it: a cause frame whose agent is us is not blame.
_OURS = Regex(
    r"\b(?:we|us|I|me|my|ourselves|our\s+own|our\s+(?:mistake|error|fault|oversight|decision|"
    r"choice|side|end|part|process|planning|estimate|checks?|responsibility))\b",
    FLAGS,
)


_WE_BEFORE = Regex(r"\b(?:we|I)\s+$", FLAGS)
_AGENT = Regex(OTHERS + "|" + OTHERS_THE, FLAGS)


_OWNED = Regex(OWNED, FLAGS)
_CAUSE_THEN_US = Regex(CAUSE + r"\s+(?:[\w,-]+\s+){0,2}?(?:we|I|us|my)\b", FLAGS)


# A clause of ours that did it wrong: "…, and we had given them the wrong door number".
_WE_DID_WRONG = Regex(
    r"(?:(?<=[,;:]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bbecause\s))(?:we|I)\s+(?!received|got)"
    r"(?:\w+\s+){1,3}?(?:the\s+wrong|wrongly|incorrectly|by\s+mistake|in\s+error)\b",
    FLAGS,
)


def owns_it(text: str, m: re.Match[str]) -> bool:
    """The sentence owns the fault ("…, and we should have checked", "that was our
    mistake, not theirs"): then it blames nobody."""
    return bool(_OWNED.search(sentence_of(text, m)))


def _owned(text: str, m: re.Match[str]) -> bool:
    """We own it: the words between the cause and its agent name us ("because we chose the
    carrier"), or the sentence owns the fault ("…, and we should have checked")."""
    if owns_it(text, m) or _WE_DID_WRONG.search(sentence_of(text, m)):
        return True
    span = m.group(0)
    if _CAUSE_THEN_US.match(span):
        return True  # "because we overbooked Hall A"
    before = text[max(0, m.start() - 4) : m.start()]
    if _WE_BEFORE.search(before):
        return True  # "we let you down"
    agent = _AGENT.search(span)
    if agent is None:
        return False  # "not our fault": nobody else named, nothing to own
    head = span[: agent.start()]
    return bool(_OURS.search(head.split(" ", 1)[-1] if " " in head else ""))


_PLACE_BEFORE = Regex(r"\b(?:in|at|from|of|to|on|by|with|near|for)\s+$", FLAGS)
_SENTENCE_START = Regex(r"(?:^|[.!?:;\n])\s*[\"“'‘(]?$")


def _not_a_name(text: str, m: re.Match[str]) -> bool:
    """ "Apart from a few cracked tiles": a capitalised everyday word opening the sentence,
    not a company; "our team in Leeds made the error": a place, not the agent."""
    before = text[max(0, m.start() - 12) : m.start()]
    if _PLACE_BEFORE.search(before):
        return True
    if not _SENTENCE_START.search(before):
        return False
    first = re.match(r"[\w&-]+", m.group(0))
    if first is None or " " in m.group(0)[: first.end() + 1].strip():
        return False
    from domain.tone_jargon import SHOUTED_ZIPF, known_words

    rest = m.group(0)[first.end() :]
    one_word = not re.match(r"\s+(?-i:[A-Z])", rest)
    if _ACTS.match(rest):
        return False  # "Finance approved the order…", "Anna in accounts sent…": someone
    return one_word and first.group(0).lower() in known_words(SHOUTED_ZIPF)


# After a capitalised word, what makes it someone: a verb in the past ("Finance approved"),
# or where they work ("Anna in accounts").
_ACTS = Regex(
    r"\s+(?:(?:in|from)\s+(?:the\s+)?(?:accounts|finance|dispatch|sales|marketing|legal|"
    r"billing|support|operations|production|engineering|procurement|purchasing|logistics|"
    r"warehouse|payroll|shipping|IT|HR|customer\s+service|the\s+office|our\s+[\w-]+\s+"
    r"(?:office|team|department))\b|" + PAST_VERB + r"\b)",
    FLAGS,
)


# Between a third party and what it did: who it is ("the architect we brought in", "the
# agency that built your shop", "our distributor in Lyon"), and a few adverbs.
_WHICH = (
    r"(?:\s*,\s*(?-i:[A-Z])[\w&'’-]*(?:\s+[\w&'’-]+){0,3}\s*,|\s*,\s*(?:who|that|which)"
    r"(?:\s+[\w'’-]+){1,6}?\s*,|\s+(?:(?:that|who|"
    r"which)(?:\s+[\w'’-]+){1,5}?|(?:we|I|you|your\s+[\w-]+)(?:\s+[\w-]+)?\s+(?:use|used|"
    r"hired|chose|picked|rely\s+on|relied\s+on|brought\s+in|work\s+with|worked\s+with|booked|"
    r"appointed|recommended|contracted|engaged|found|outsource\s+to|outsourced\s+to|employ|"
    r"employed|pay|paid|buy\s+from|bought\s+from|order\s+from|ordered\s+from|"
    r"(?:rent|rented|lease|leased|license|licensed|licence|licenced)(?:\s+[\w-]+){0,2}?\s+from)(?:\s+(?:for|on|to)(?:\s+[\w'’-]+){1,3}?)?"
    r"|(?:(?:over|down|up|out)\s+)?(?:in|from|at|for|on|behind|in\s+charge\s+of)"
    r"(?:\s+[\w'’-]+){1,3}?|(?:was|were|is|are)\s+the\s+ones?\s+(?:who|that)))?"
)
# "Thanks to the carrier's help": what they gave, not what they did wrong.
_NOT_THEIR_HELP = (
    r"(?!(?:['’]s?)?\s*(?:[\w-]+\s+)?(?:help|support|patience|efforts?|cooperation|co-operation|"
    r"flexibility|advice|quick|speed|hard\s+work|goodwill)\b)"
)
# What went wrong, as a noun: "courier error", "the supplier's mix-up".
_FAULTS = (
    r"(?:delays?|errors?|mistakes?|problems?|issues?|failures?|faults?|strikes?|shortages?|"
    r"mix-?ups?|outages?|blunders?|negligence|slip-?ups?|oversights?|breakdowns?|bankruptcy|"
    r"backlogs?)\b"
)
_HAD = r"(?:(?:had|has|have)\s+)?"
_DID_IT = (
    "Say what we will do about it: 'We did not have a backup for our provider; that is on us.'"
)
_THEY = r"(?:" + THEIR_THING + r"|" + THEM_NOUN + r")" + _WHICH + ADVERBS

BLAME = PatternSet(
    [
        (
            r"\blet\s+(?:us|you|everyone|the\s+project)\s+down\b",
            "Say what we did not do: "
            "'We relied on the vendor's tool and had no fallback; that is on us.'",
        ),
        (
            r"\bwe\s+(?:were|got|have\s+been|had\s+been|'ve\s+been)\s+(?:\w+ly\s+)?let\s+down\b",
            "Own the choice: 'We chose them, and we did not check their work; that is on us.'",
        ),
        (
            CAUSE + r"\s+(?:[\w,-]+\s+){0,5}?" + THEM + _NOT_THEIR_HELP,
            "Own it: 'We relied on them and had no backup; that is on us.'",
        ),
        (
            r"\b(?:fault|failure|problem|error|outage|mistake|breakdown|strike|delay)s?\s+"
            r"(?:at|with|in|by|from)\s+" + THEM,
            "Own it: 'We relied on them and had no backup; that is on us.'",
        ),
        (_THEY + DONE_BADLY, _DID_IT),
        (
            r"\b(?:went\s+missing|was\s+lost|got\s+lost|was\s+damaged|got\s+damaged|was\s+broken|"
            r"got\s+broken|was\s+stolen)\s+(?:while|whilst|when)\s+(?:it\s+was\s+)?(?:with\s+|in\s+"
            r"the\s+(?:care|hands)\s+of\s+)?" + THEM_NOUN,
            "Own it: 'We chose the carrier, and we will make it good.'",
        ),
        (
            r"(?:" + NAMED_THING + r"|" + NAMED + r")" + _WHICH + ADVERBS + DONE_BADLY,
            _DID_IT,
            _not_a_name,
        ),
        (
            r"\b(?:delays?|outages?|problems?|issues?|faults?|errors?|mistakes?|trouble|damage|"
            r"failures?|shortfall|overrun|slipped|stopped|started|began|happened|occurred|broke|"
            r"failed|arose|came)\s+(?:[\w-]+\s+){0,3}?(?:after|when|once|"
            r"as\s+soon\s+as)\s+" + THEM_NOUN + r"\s+(?:had\s+)?" + PAST_VERB + r"\b",
            "Own it: 'We relied on them and had no backup; that is on us.'",
        ),
        (
            r"\b(?:late|damaged|broken|faulty|wrong|short|incomplete|cracked|wet)\s+(?:from|by)\s+"
            + THEM_NOUN,
            "Own it: 'We relied on them and had no backup; that is on us.'",
        ),
        (
            r"\b(?:" + OTHERS + r")(?:\s+|-)(?:side\s+)?" + _FAULTS,
            "Own it: 'We relied on them and had no backup; that is on us.'",
        ),
        (
            r"(?:"
            + THEM_NOUN
            + r"|"
            + NAMED
            + r")(?<=['’]s|s['’])\s+(?:(?:own|late|latest)\s+)?(?:"
            + _FAULTS
            + r"|(?:late|slow|missing|wrong|faulty|incomplete|damaged|botched|failed)\s+[\w-]+)",
            "Own it: 'We relied on them and had no backup; that is on us.'",
        ),
        (
            r"\b(?-i:Dispatch|Accounts|Finance|Procurement|Sales|Marketing|Legal|Billing|Support|"
            r"Operations|Production|Engineering|Development|QA|Testing|Purchasing|Logistics|"
            r"Warehousing|IT)\b" + ADVERBS + DONE_BADLY,
            "Say what we did: 'We sent the wrong boxes; that is on us.'",
        ),
        (
            r"\b(?:supplied|provided|made|built|installed|hosted|run|managed|maintained|written|"
            r"developed|delivered|sent|fitted)\s+by\s+" + THEM_NOUN + ADVERBS + DONE_BADLY,
            "Own it: 'We chose them and did not check their work; that is on us.'",
        ),
        (
            r"\b(?:held|stuck|delayed|seized|impounded|detained|stopped)(?:\s+up)?\s+(?:at|in|"
            r"by)\s+"
            r"customs\b",
            "Own it: 'We did not file the papers early enough; that is on us.'",
        ),
        (
            r"\bit(?:\s+(?:was|is)|" + A + r"s)\s+(?:" + THEIR_THING + r"|" + THEM + r")\s+"
            r"(?:that|who|which)\b",
            "Say what we will change: 'We did not check their schedule; we do now.'",
        ),
        (
            r"\b(?:was|were|got|been)\s+(?:\w+ly\s+)?(?:damaged|lost|cancell?ed|delayed|held\s+up|"
            r"blocked|broken|deleted|dropped|misrouted|mislaid|mishandled|crushed|scratched|wiped|"
            r"overwritten|rejected|declined|bumped|ignored|forgotten|mixed\s+up|left\s+behind)\s+"
            r"(?:[\w'’-]+\s+){0,3}?by\s+(?:" + THEM + r")",
            "Own it: 'We relied on them and had no backup; that is on us.'",
        ),
        (
            r"\b(?:not|never|isn" + A + r"t|wasn" + A + r"t)\s+(?:really\s+|entirely\s+|all\s+)?"
            r"(?:our|my)\s+fault\b",
            "Leave out whose fault it was; say what you are doing about it.",
        ),
        (r"\bno\s+fault\s+of\s+(?:our|my)\s+own\b", "Leave out whose fault it was."),
        (
            r"\b(?:their|its|the\s+(?:[\w-]+\s+)?" + OTHERS + A + r"s?)\s+(?:own\s+)?(?:fault|"
            r"mistake|error|failure|negligence|oversight|doing)\b",
            "Say what we will change: 'We depended on one supplier; we are adding a second.'",
        ),
        (
            r"\bon\s+(?:their|the\s+" + OTHERS + A + r"s?)\s+(?:side|end)\b",
            "Say what we own: 'We did not check their work before it reached you.'",
        ),
        (
            r"\b(?:blame|fault|responsibility)(?:\s+for(?:\s+[\w-]+){1,4}?|\s+here|\s+in\s+this\s+"
            r"case)?\s+(?:lies|lay|rests|"
            r"rested|sits)\s+(?:squarely\s+|entirely\s+|firmly\s+|solely\s+)?with\s+"
            r"(?!(?:us|me|our|my|we|you|your)\b)",
            "Leave out the blame; say what we do now.",
        ),
        (
            # a third party's act, then what broke: "when the vendor pushed its update, the
            # link with your tills stopped working"
            r"\b(?:when|after|once)\s+(?:" + THEM + r")\s+(?:had\s+)?" + PAST_VERB + r"\b"
            r"[^.;!?]{0,80}?,\s+[^.;!?]{0,60}?\b(?:stopped|failed|broke|crashed|went\s+down|"
            r"(?:was|were|got)\s+(?:lost|damaged|corrupted|deleted|wiped|cancell?ed|delayed)|"
            r"no\s+longer)\b",
            "Own it: 'We relied on them and had no backup; that is on us.'",
        ),
        (
            # the harm, then their act: "the records were corrupted when their tool cut …"
            r"\b(?:was|were|got|been)\s+(?:corrupted|damaged|lost|deleted|wiped|broken|"
            r"cancell?ed|delayed|overwritten|duplicated|rejected)\s+(?:when|after|because|as)\s+"
            r"(?:" + THEIR_THING + r"|" + THEM_NOUN + r")",
            "Own it: 'We relied on them and had no backup; that is on us.'",
        ),
    ],
    veto=_owned,
)
