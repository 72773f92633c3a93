"""The six shipped playbooks: complete, consistent, and written the way DESIGN asks."""

from __future__ import annotations

import re

import pytest

from domain.model import FollowUp, Prep, Section
from domain.playbooks import SCENARIOS, SHIPPED_DIR, PlaybookLibrary, parse_playbook

LETTER_KEYS = {"subject", "greeting", "closing", *FollowUp.field_names()}


@pytest.fixture(scope="module")
def library() -> PlaybookLibrary:
    return PlaybookLibrary(user_dir=None)


def test_all_six_load_with_unique_ids(library: PlaybookLibrary) -> None:
    playbooks = library.all()
    assert [p.id for p in playbooks] == list(SCENARIOS)
    assert len({p.id for p in playbooks}) == 6
    assert len({p.name for p in playbooks}) == 6


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_file_name_matches_id(scenario: str) -> None:
    path = SHIPPED_DIR / f"{scenario}.toml"
    assert parse_playbook(path.read_text(encoding="utf-8"), str(path)).id == scenario


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_items_cover_all_four_sections(library: PlaybookLibrary, scenario: str) -> None:
    playbook = library.get(scenario)
    assert 14 <= len(playbook.items) <= 20
    for section in Section:
        assert playbook.section(section), f"{scenario}: no items in {section}"


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_no_duplicate_texts_or_ids(library: PlaybookLibrary, scenario: str) -> None:
    playbook = library.get(scenario)
    texts = [item.text.casefold() for item in playbook.items]
    assert len(texts) == len(set(texts))
    assert len({item.id for item in playbook.items}) == len(playbook.items)


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_items_are_short_plain_imperative_lines(library: PlaybookLibrary, scenario: str) -> None:
    for item in library.get(scenario).items:
        assert "\n" not in item.text
        assert len(item.text) <= 72, item.text
        assert not item.text.endswith("."), item.text
        assert item.text[0].isupper(), item.text
        assert item.id.split(".")[0] in {"facts", "empathy", "urgency", "next"}


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_prompts_and_letter_hints_are_complete(library: PlaybookLibrary, scenario: str) -> None:
    playbook = library.get(scenario)
    assert set(playbook.prep_prompts) == set(Prep.field_names())
    assert all(v.strip() for v in playbook.prep_prompts.values())
    assert set(playbook.letter_hints) == LETTER_KEYS
    for key, hint in playbook.letter_hints.items():
        assert hint.strip(), key
        placeholders = set(re.findall(r"\{(\w+)\}", hint))
        assert placeholders <= {"title", "client", "next_update"}, (key, placeholders)
    assert "{next_update}" in playbook.letter_hints["next_update"]
    assert re.search(r"\b(sorry|apolog)", playbook.letter_hints["closing"], re.I)


@pytest.mark.parametrize("scenario", [s for s in SCENARIOS if s != "generic"])
def test_scenarios_have_a_jargon_list(library: PlaybookLibrary, scenario: str) -> None:
    jargon = library.get(scenario).jargon
    assert len(jargon) >= 8
    assert len({j.casefold() for j in jargon}) == len(jargon)


def test_scenario_specific_principles_are_present(library: PlaybookLibrary) -> None:
    def texts(s: str) -> str:
        return " ".join(i.text for i in library.get(s).items).lower()

    assert "supplier" in texts("third_party_fault")  # own it, no blame on the vendor
    assert "reasonable" in texts("working_as_designed")  # acknowledge the expectation
    assert "change" in texts("working_as_designed")  # a change request path
    assert "new date" in texts("delivery_delay")
    assert "options" in texts("budget_overrun")
    assert "data" in texts("outage")
