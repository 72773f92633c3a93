"""The sample data shows the product: each scenario tells its own story, clients have
contacts in several languages, and at `now` some promises and letters are still owed."""

from __future__ import annotations

import random
import re
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from domain import demo_text
from domain.demo import demo_clients, generate_calls
from domain.languages import LANGUAGE_CODES
from domain.model import OWNER_US, Call, CallStatus, StepStatus
from domain.playbooks import SCENARIOS

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
TODAY = NOW.date()

# Words a scenario's calls use (at least a few times per call, in the notes).
VOCABULARY = {
    "generic": ("contract", "account", "terms", "handover", "renewal", "change"),
    "delivery_delay": ("date", "shipment", "schedule", "late", "delay", "delivery"),
    "budget_overrun": ("budget", "cost", "scope", "estimate", "overrun"),
    "working_as_designed": ("intended", "designed", "workaround", "specification", "behaviour"),
    "third_party_fault": ("supplier", "provider", "processor", "courier", "partner", "vendor"),
    "outage": ("downtime", "restore", "root cause", "outage", "failover", "down"),
}
# Words that give a scenario away: found in no other scenario's call.
GIVE_AWAYS = {
    "delivery_delay": ("shipment", "new date", "milestone", "schedule"),
    "budget_overrun": ("budget", "overrun", "estimate", "scope"),
    "working_as_designed": ("as designed", "intended", "workaround", "specification"),
    "third_party_fault": ("supplier",),
    "outage": ("outage", "downtime", "failover", "restored"),
}


@pytest.fixture(scope="module")
def calls() -> list[Call]:
    return list(generate_calls(60, seed=7, now=NOW))


def ended(calls: list[Call]) -> list[Call]:
    return [c for c in calls if c.status is CallStatus.ENDED]


def all_text(call: Call) -> str:
    parts = [call.title, call.subject, *(n.text for n in call.notes)]
    parts += [s.what for s in call.next_steps]
    parts += [getattr(call.prep, f) for f in call.prep.field_names()]
    parts += [getattr(call.follow_up, f) for f in call.follow_up.field_names()]
    return "\n".join(parts).lower()


def count_words(text: str, words: tuple[str, ...]) -> int:
    return sum(len(re.findall(rf"\b{re.escape(w)}", text)) for w in words)


# --------------------------------------------------------------------------- the stories
def test_each_scenario_appears_in_a_60_call_demo(calls):
    assert {c.scenario for c in calls} == set(SCENARIOS)


def test_notes_use_their_scenarios_vocabulary(calls):
    for call in ended(calls):
        notes = "\n".join(n.text for n in call.notes).lower()
        assert count_words(notes, VOCABULARY[call.scenario]) >= 3, (call.scenario, notes)


def test_prep_steps_and_follow_up_fit_the_scenario(calls):
    for call in calls:
        prep = " ".join(getattr(call.prep, f) for f in ("facts_known", "facts_unknown", "plan"))
        assert count_words(prep.lower(), VOCABULARY[call.scenario]), (call.scenario, prep)
        if call.status is CallStatus.ENDED:
            letter = " ".join(getattr(call.follow_up, f) for f in call.follow_up.field_names())
            assert count_words(letter.lower(), VOCABULARY[call.scenario]), (call.scenario, letter)


@pytest.mark.parametrize("seed", [7, 1, 2])
def test_no_call_uses_another_scenarios_give_away_words(seed):
    for call in generate_calls(60, seed=seed, now=NOW):
        text = all_text(call)
        for scenario, words in GIVE_AWAYS.items():
            if scenario != call.scenario:
                leaked = [w for w in words if w in text]
                assert not leaked, (call.scenario, leaked, call.title)


def test_an_outage_call_talks_about_downtime_not_budgets(calls):
    outages = [c for c in ended(calls) if c.scenario == "outage"]
    assert outages
    for call in outages:
        text = all_text(call)
        assert "budget" not in text and "estimate" not in text
        assert count_words(text, ("downtime", "restore", "root cause", "failover", "outage"))


def test_the_text_data_covers_every_scenario_and_field():
    for table in (demo_text.NOTES, demo_text.STEPS, demo_text.PREP, demo_text.FOLLOW_UP):
        assert set(table) == set(SCENARIOS)
    for table in (demo_text.FACTS, demo_text.MEASURES, demo_text.AMENDS, demo_text.SUBJECTS):
        assert set(table) == set(SCENARIOS)
    for language in LANGUAGE_CODES:
        assert set(demo_text.LETTER_SUBJECTS[language]) == set(SCENARIOS)
        assert language in demo_text.PEOPLE and language in demo_text.MAILBOXES


# --------------------------------------------------------------------------- people
def test_clients_have_one_to_three_contacts_at_their_own_domain():
    for demo in demo_clients(random.Random(7)):
        domain = demo.client.email.split("@")[1]
        assert domain.endswith(".example")
        assert 1 <= len(demo.contacts) <= 3
        assert len({c.email for c in demo.contacts}) == len(demo.contacts)
        for contact in demo.contacts:
            assert re.fullmatch(r"[a-z0-9.]+@" + re.escape(domain), contact.email), contact
            first, last = contact.name.split(" ", 1)
            assert contact.greeting in (first, f"Ms {last[:1].upper()}{last[1:]}") or (
                contact.greeting == f"Mr {last[:1].upper()}{last[1:]}"
            )


def test_greetings_mix_first_names_and_surnames(calls):
    greetings = [c.contact.greeting for c in calls if c.contact]
    formal = [g for g in greetings if g.startswith(("Ms ", "Mr "))]
    assert formal and len(formal) < len(greetings)


def test_most_calls_have_a_contact_some_a_subject_of_their_own(calls):
    with_contact = [c for c in calls if c.contact]
    assert len(with_contact) >= len(calls) * 0.8
    own = [c for c in calls if c.subject]
    assert 0 < len(own) < len(calls) / 2
    assert all(s.subject[:1].isupper() and "{" not in s.subject for s in own)


def test_letters_come_in_several_languages_mostly_english(calls):
    languages = Counter(c.letter_language for c in calls)
    assert len(languages) >= 3
    assert set(languages) <= set(LANGUAGE_CODES)
    assert languages["en"] > len(calls) / 2


def test_a_contacts_name_fits_the_letters_language(calls):
    for call in calls:
        if call.contact is None:
            continue
        people = demo_text.PEOPLE[call.letter_language]
        first, last = call.contact.name.split(" ", 1)
        assert first in people["f"] + people["m"] and last in people["last"], call.contact
        assert call.language is None or call.language != call.client.language


def test_a_subject_of_its_own_is_in_the_letters_language(calls):
    german = [c for c in calls if c.subject and c.letter_language == "de"]
    for call in german:
        assert call.subject in demo_text.LETTER_SUBJECTS["de"][call.scenario]


# --------------------------------------------------------------------------- what is owed now
def test_the_last_ended_call_was_yesterday(calls):
    last = ended(calls)[-1]
    assert last.ended_at.date() == TODAY - timedelta(days=1)
    assert last.ended_at < NOW


def test_some_steps_of_ours_are_open_and_not_yet_due(calls):
    steps = [s for c in calls for s in c.next_steps]
    upcoming = [s for s in steps if s.is_open and s.due_on >= TODAY and s.owner == OWNER_US]
    assert upcoming
    assert all(s.due_on <= TODAY + timedelta(days=21) for s in upcoming)


def test_some_steps_are_overdue_by_days_to_a_couple_of_weeks(calls):
    overdue = [s for c in calls for s in c.next_steps if s.is_overdue(TODAY)]
    assert any(s.owner == OWNER_US for s in overdue)
    assert all(1 <= (TODAY - s.due_on).days <= 16 for s in overdue)


def test_older_steps_are_kept_or_dropped(calls):
    old = [s for c in calls for s in c.next_steps if s.due_on < TODAY - timedelta(days=30)]
    assert len(old) > 100
    statuses = Counter(s.status for s in old)
    assert statuses[StepStatus.OPEN] == 0
    assert statuses[StepStatus.DONE] > 0.8 * len(old) and statuses[StepStatus.DROPPED]


def test_letters_mostly_sent_the_same_day_a_few_owed(calls):
    done = ended(calls)
    owed = [c for c in done if c.letter_owed]
    assert 2 <= len(owed) <= 4
    assert done[-1] in owed  # yesterday's
    assert any(c.ended_at < NOW - timedelta(days=5) for c in owed)  # and an older one
    for call in done:
        if call.letter_sent_at is not None:
            assert call.ended_at + timedelta(minutes=30) <= call.letter_sent_at <= NOW
            assert call.letter_sent_at.date() == call.ended_at.date()


def test_a_check_in_date_is_due(calls):
    due = [c for c in ended(calls) if c.follow_up_on <= TODAY and c.follow_up_done_at is None]
    assert 1 <= len(due) <= 3
    assert all(c.follow_up_on >= TODAY - timedelta(days=7) for c in due)
    for call in ended(calls):
        if call.follow_up_done_at is not None:
            assert call.follow_up_on <= TODAY and call.follow_up_done_at <= NOW


def test_prepared_calls_are_recent_with_a_contact_and_no_letter(calls):
    prepared = [c for c in calls if c.status is CallStatus.PREPARED]
    assert prepared and all(c.letter_sent_at is None and not c.letter_owed for c in prepared)
    assert all(NOW - timedelta(days=2) <= c.created_at <= NOW for c in prepared)


def test_the_same_seed_gives_the_same_data():
    first = list(generate_calls(60, seed=5, now=NOW))
    again = list(generate_calls(60, seed=5, now=NOW))
    assert first == again
    assert [(c.contact, c.language, c.subject, c.letter_sent_at) for c in first] == [
        (c.contact, c.language, c.subject, c.letter_sent_at) for c in again
    ]
    other = list(generate_calls(60, seed=6, now=NOW))
    assert [c.title for c in first] != [c.title for c in other]
