"""Tone review: for each rule, sentences that must be flagged and ones that must not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import domain.tone as tone
from domain.compose import compose_letter
from domain.model import Call, Client, FollowUp, NextStep
from domain.playbooks import SCENARIOS, PlaybookLibrary
from domain.tone import Finding, Rule, review, review_letter
from tests.exporters.sample_call import START, profile, sample_call

LIB = PlaybookLibrary(user_dir=None)


def rules(text: str, jargon: tuple[str, ...] = ()) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for f in review(text, jargon, document=False):
        found.setdefault(f.rule, []).append(text[f.start : f.end])
    return found


def flagged(rule: Rule, text: str, jargon: tuple[str, ...] = ()) -> list[str]:
    return rules(text, jargon).get(rule.value, [])


# --- excuses and blame ----------------------------------------------------------------------

BLAME_YES = [
    ("This was not our fault.", "not our fault"),
    ("It wasn\u2019t really our fault, to be clear.", "wasn\u2019t really our fault"),
    ("The delay happened because the vendor shipped late.", "because the vendor"),
    ("We slipped because of our supplier.", "because of our supplier"),
    ("It was the supplier's fault.", "supplier's fault"),
    ("Due to circumstances beyond our control, the date moved.", "Due to circumstances beyond"),
    ("This was outside of our control.", "outside of our control"),
    ("Unfortunately, they did not deliver the part.", "Unfortunately, they"),
    ("You should have told us about the change.", "You should have"),
    ("You didn't tell us about the new warehouse.", "You didn't tell"),
    ("As we told you in March, the limit is 5k.", "As we told you"),
    ("It looks like user error.", "user error"),
    ("There was nothing we could have done.", "There was nothing we could have done"),
]
BLAME_NO = [
    "It was our fault, and I am sorry.",
    "This is our fault and we will put it right by Friday.",
    "We should have told you sooner.",
    "You should have received the revised plan this morning.",
    "You should hear from Sam by Tuesday.",
    "Our supplier is working with us on the fix.",
    "Unfortunately, we missed the date.",
    "Thank you for telling us about the change.",
]


@pytest.mark.parametrize(("text", "span"), BLAME_YES)
def test_blame_flagged(text: str, span: str) -> None:
    assert span in flagged(Rule.BLAME, text)


@pytest.mark.parametrize("text", BLAME_NO)
def test_blame_not_flagged(text: str) -> None:
    assert flagged(Rule.BLAME, text) == []


# --- hedging and vague commitments ----------------------------------------------------------

HEDGE_YES = [
    ("We will fix it ASAP.", "ASAP"),
    ("We'll send it as soon as possible.", "as soon as possible"),
    ("Hopefully it works by then.", "Hopefully"),
    ("We\u2019ll try to have it ready Friday.", "We\u2019ll try"),
    ("We will try to call you tomorrow.", "We will try"),
    ("It should be fine after the update.", "should be fine"),
    ("The cause is probably the cache.", "probably"),
    ("We will look at it at some point.", "at some point"),
    ("You will receive the report in due course.", "in due course"),
    ("We will be in touch soon.", "soon"),
    ("The fix is coming shortly.", "shortly"),
    ("We might be able to refund part of it.", "might be able to"),
    ("We will do our best to deliver.", "do our best"),
]
HEDGE_NO = [
    "We will send the plan on Friday 27 November.",
    "Please try the workaround and tell us if it helps.",
    "I hope you had a good weekend.",
    "We do not know the cause yet; we will know by Tuesday noon.",
    "The sooner we hear from you, the sooner we can start.",
    "Your team tried the export twice.",
    "It is fine to keep using the old screen until then.",
]


@pytest.mark.parametrize(("text", "span"), HEDGE_YES)
def test_hedging_flagged(text: str, span: str) -> None:
    assert span in flagged(Rule.HEDGING, text)


@pytest.mark.parametrize("text", HEDGE_NO)
def test_hedging_not_flagged(text: str) -> None:
    assert flagged(Rule.HEDGING, text) == []


def test_as_soon_as_possible_is_one_finding_not_two() -> None:
    assert flagged(Rule.HEDGING, "We will call as soon as possible.") == ["as soon as possible"]


# --- jargon ---------------------------------------------------------------------------------

JARGON_YES = [
    ("We will share the root cause analysis on Friday.", "root cause analysis"),
    ("The RCA follows on Monday.", "RCA"),
    ("Our ETA is Tuesday.", "ETA"),
    ("We deploy the hotfix tonight.", "deploy"),
    ("We deploy the hotfix tonight.", "hotfix"),
    ("We lack bandwidth this week.", "bandwidth"),
    ("We will leverage our KPIs.", "KPIs"),
    ("This is an SLA breach on our side.", "SLA breach"),
    ("The problem is upstream of us.", "upstream"),
    ("A Regression crept into the build.", "Regression"),
]
JARGON_NO = [
    "The delay is ours and we will deliver on Friday.",
    "Her father, Seta, is the contact.",  # 'eta' inside a word
    "We redeployed staff to your project.",  # 'deploy' inside a word
    "We will send the plan today.",
    "The stream of orders is normal again.",  # 'upstream' only as a word
    "Our synergy-free plan.",  # hyphenated compound is not the bare word
]
SCENARIO_JARGON = ("SLA breach", "upstream", "regression", "RCA")


@pytest.mark.parametrize(("text", "span"), JARGON_YES)
def test_jargon_flagged(text: str, span: str) -> None:
    assert span in flagged(Rule.JARGON, text, SCENARIO_JARGON)


@pytest.mark.parametrize("text", JARGON_NO)
def test_jargon_not_flagged(text: str) -> None:
    assert flagged(Rule.JARGON, text, SCENARIO_JARGON) == []


def test_playbook_jargon_only_when_given() -> None:
    assert flagged(Rule.JARGON, "The part upstream failed.") == []
    assert flagged(Rule.JARGON, "The part upstream failed.", ("upstream",)) == ["upstream"]


def test_overlapping_jargon_reports_the_longest_term_once() -> None:
    assert flagged(Rule.JARGON, "An SLA breach.", ("SLA breach",)) == ["SLA breach"]


# --- evasive passive ------------------------------------------------------------------------

PASSIVE_YES = [
    ("Mistakes were made during the migration.", "Mistakes were made"),
    ("The change was not communicated to your team.", "was not communicated"),
    ("It was decided to postpone the release.", "It was decided"),
    ("Errors occurred during the import.", "Errors occurred"),
    ("The warning was overlooked.", "was overlooked"),
    ("The deadline has been missed.", "has been missed"),
    ("The test wasn\u2019t done before release.", "wasn\u2019t done"),
    ("Your ticket was never escalated.", "was never escalated"),
]
PASSIVE_NO = [
    "The report was approved by your CFO.",
    "The warning was overlooked by our team, and that is on us.",
    "We missed the date and did not tell you in time.",
    "The server was restarted at 10:05.",
    "Your data was backed up every hour.",
    "The invoice was sent on Monday.",
    "We made a mistake in the estimate.",
]


@pytest.mark.parametrize(("text", "span"), PASSIVE_YES)
def test_passive_flagged(text: str, span: str) -> None:
    assert span in flagged(Rule.PASSIVE, text)


@pytest.mark.parametrize("text", PASSIVE_NO)
def test_passive_not_flagged(text: str) -> None:
    assert flagged(Rule.PASSIVE, text) == []


# --- promises without a date ----------------------------------------------------------------

VAGUE_YES = [
    "We will fix the import.",
    "We'll send the new plan.",
    "I will look into it and get back to you.",
    "We are going to add monitoring.",
    "- We will update the documentation",
]
VAGUE_NO = [
    "We will fix the import by Friday.",
    "We'll send the new plan tomorrow.",
    "I will call you at 10:00.",
    "We will deliver on 27 November.",
    "We will send it by 28.11.2026.",
    "We will report progress every Monday.",
    "We will tell you the result the same day.",
    "How we will prevent a repeat",
    "We will not charge you for the extra hours.",
    "I will be honest with you: the cause is not known yet.",
    "Sam will send the plan.",  # a named owner is not a 'we will' promise
]


@pytest.mark.parametrize("text", VAGUE_YES)
def test_vague_promise_flagged(text: str) -> None:
    assert flagged(Rule.VAGUE_STEP, text) == [text.rstrip()]


@pytest.mark.parametrize("text", VAGUE_NO)
def test_vague_promise_not_flagged(text: str) -> None:
    assert flagged(Rule.VAGUE_STEP, text) == []


def test_vague_promise_span_is_the_sentence_only() -> None:
    text = "I am sorry. We will fix it. You will hear from me on Friday."
    assert flagged(Rule.VAGUE_STEP, text) == ["We will fix it."]


# --- document-level rules -------------------------------------------------------------------

APOLOGY_PRESENT = [
    "I'm sorry, we missed the date.",
    "We apologize for the delay.",
    "Please accept our apologies.",
    "I apologise for the trouble.",
    "SORRY for the late reply.",
]
APOLOGY_MISSING = [
    "We missed the date. The new date is Friday.",
    "We regret any inconvenience.",
    "Thank you for your patience.",
]


def doc_rules(text: str) -> set[str]:
    return {f.rule for f in review(text) if f.document_level}


@pytest.mark.parametrize("text", APOLOGY_PRESENT)
def test_apology_present_not_flagged(text: str) -> None:
    assert Rule.NO_APOLOGY not in doc_rules(text)


@pytest.mark.parametrize("text", APOLOGY_MISSING)
def test_no_apology_flagged_once_at_document_level(text: str) -> None:
    found = [f for f in review(text) if f.rule == Rule.NO_APOLOGY]
    assert [(f.start, f.end) for f in found] == [(0, 0)]


UPDATE_DATED = [
    "You will hear from me on Friday.",
    "Next update: tomorrow at 10:00.",
    "I will call you next week to review progress.",
    "We will send an update on 2 December.",
    "Expect an update within 2 hours.",
]
UPDATE_UNDATED = [
    "I am sorry for the delay.",
    "You will hear from us soon.",
    "We will keep you updated.",
    "On Friday we restart the server. Much later we will call you with news.",
]


@pytest.mark.parametrize("text", UPDATE_DATED)
def test_next_update_with_date_not_flagged(text: str) -> None:
    assert Rule.NO_NEXT_UPDATE not in doc_rules(text)


@pytest.mark.parametrize("text", UPDATE_UNDATED)
def test_next_update_without_date_flagged(text: str) -> None:
    assert Rule.NO_NEXT_UPDATE in doc_rules(text)


def test_document_rules_can_be_skipped_for_one_field() -> None:
    assert review("We missed the date.", document=False) == []


def test_empty_text_has_no_findings() -> None:
    assert review("") == [] and review("  \n ") == []


# --- spans, ordering, letters ---------------------------------------------------------------


def test_spans_index_the_original_text() -> None:
    text = "Hi \U0001f600 — mistakes were made, hopefully not again; it\u2019s beyond our control."
    for f in review(text):
        if not f.document_level:
            assert text[f.start : f.end] == f.excerpt(text)
            assert 0 <= f.start < f.end <= len(text)
    found = rules(text)
    assert found["passive"] == ["mistakes were made"]
    assert found["hedging"] == ["hopefully"]
    assert found["blame"] == ["beyond our control"]


def test_findings_are_sorted_and_explained() -> None:
    findings = review("Hopefully the RCA is ready. Mistakes were made. We will fix it.")
    assert findings == sorted(findings, key=lambda f: (f.start, f.end, f.rule))
    assert all(isinstance(f, Finding) and f.why and f.suggestion for f in findings)
    assert {f.rule for f in findings} <= {r.value for r in Rule}


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_a_well_written_letter_passes_for_every_playbook(scenario: str) -> None:
    call = sample_call()
    call.scenario = scenario
    result = review_letter(compose_letter(call, LIB.get(scenario), profile()))
    assert result.findings == [], [(f.rule, result.text[f.start : f.end]) for f in result.findings]


def test_review_letter_flags_steps_without_owner_or_date() -> None:
    call = Call(
        id=3,
        client=Client("Acme"),
        title="Import",
        started_at=START,
        follow_up=FollowUp(what_happened="The import failed.", next_update="Friday"),
    )
    call.next_steps = [
        NextStep(3, "Rerun the import", "us", None),
        NextStep(3, "Check the totals", "", None),
        NextStep(3, "Send the report", "Sam", START.date()),
    ]
    letter = compose_letter(call, LIB.get("generic"), profile())
    result = review_letter(letter)
    steps = [
        (result.text[f.start : f.end], f.why) for f in result.findings if f.rule == Rule.VAGUE_STEP
    ]
    assert steps == [
        (
            "- Rerun the import (Brightline Studio, date to be confirmed)",
            "This next step has no due date.",
        ),
        (
            "- Check the totals (To be confirmed, date to be confirmed)",
            "This next step has no owner and no due date.",
        ),
    ]


def test_review_letter_uses_the_playbook_jargon() -> None:
    call = sample_call()
    call.scenario = "outage"
    call.follow_up.what_happened = "An SLA breach hit you at 10:00."
    letter = compose_letter(call, LIB.get("outage"), profile())
    jargon = [f for f in review_letter(letter).findings if f.rule == Rule.JARGON]
    assert [review_letter(letter).text[f.start : f.end] for f in jargon] == ["SLA breach"]


# --- duplicate removal: same results as the plain quadratic rule ------------------------------


def reference_dedupe(findings: list[Finding]) -> list[Finding]:
    """The rule as first written (quadratic): one finding per rule per stretch of text."""
    kept: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start, -f.end, f.rule)):
        clash = any(
            k.rule == f.rule and (k.start, k.end) != (0, 0) and f.start < k.end and k.start < f.end
            for k in kept
        )
        if not clash and not (f.document_level and any(k.rule == f.rule for k in kept)):
            kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end, f.rule))


@st.composite
def findings(draw: st.DrawFn) -> Finding:
    start = draw(st.integers(0, 12))
    end = start + draw(st.integers(0, 6))
    rule = draw(st.sampled_from(["blame", "hedging", "jargon"]))
    return Finding(start, end, rule, draw(st.sampled_from(["a", "b"])), "fix")


@settings(max_examples=400, deadline=None)
@given(st.lists(findings(), max_size=25))
def test_dedupe_keeps_what_the_reference_keeps(found: list[Finding]) -> None:
    assert tone._dedupe(found) == reference_dedupe(found)


DEDUPE_TEXTS = [
    "We will fix it as soon as possible, hopefully soon. Mistakes were made.",
    "The SLA breach and the SLA: root cause analysis of the root cause, ASAP ASAP.",
    "It wasn't our fault; the vendor's fault. Not our fault! We'll try. We will try.",
    "We will send it. We will call you. Probably soon, sometime soon, at some point.",
    "asap hopefully " * 300,
]


@pytest.mark.parametrize("text", DEDUPE_TEXTS)
def test_review_keeps_what_the_reference_keeps(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = review(text, ("root cause", "SLA breach"))
    monkeypatch.setattr(tone, "_dedupe", reference_dedupe)
    assert fast == review(text, ("root cause", "SLA breach"))


def test_review_letter_keeps_what_the_reference_keeps(monkeypatch: pytest.MonkeyPatch) -> None:
    call = sample_call()
    call.follow_up.what_happened = "Mistakes were made, hopefully not again, ASAP. We will fix it."
    call.next_steps.append(NextStep(call.id or 0, "Check it soon", "", None))
    letter = compose_letter(call, LIB.get("outage"), profile())
    fast = review_letter(letter).findings
    monkeypatch.setattr(tone, "_dedupe", reference_dedupe)
    assert fast == review_letter(letter).findings


def test_a_pasted_megabyte_with_many_findings_is_reviewed() -> None:
    """133,336 findings in 1 MB: a sweep reviews it in about a second, a pairwise check
    took hours (timings belong to the benchmarks; the size here makes a slip obvious)."""
    text = "asap hopefully " * 66_667
    found = review(text)
    assert len(text) > 1_000_000
    assert len(found) == 2 * 66_667 + 2  # every asap and hopefully, and the 2 document rules
    assert {f.rule for f in found if not f.document_level} == {"hedging"}
