"""The six shipped playbooks: complete, consistent, and written the way DESIGN asks."""

from __future__ import annotations

import re

import pytest

from domain.model import FollowUp, Prep, Section
from domain.playbooks import SCENARIOS, SHIPPED_DIR, PlaybookLibrary, parse_playbook

LETTER_KEYS = {"subject", "closing", *FollowUp.field_names()}


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


# --------------------------------------------------------------------------- user copies
def shipped_text(scenario: str) -> str:
    return (SHIPPED_DIR / f"{scenario}.toml").read_text(encoding="utf-8")


def test_a_good_user_copy_overrides_the_shipped_one(tmp_path) -> None:
    text = shipped_text("outage").replace('name = "Outage or incident"', 'name = "Our outage"')
    (tmp_path / "outage.toml").write_text(text, encoding="utf-8")
    library = PlaybookLibrary(user_dir=tmp_path)
    assert library.get("outage").name == "Our outage"
    assert library.problems == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('id = "generic"\nname = "Mine\nsummary = "x"\n', ["generic.toml, line 2, column", "TOML"]),
        ('id = "generic"\nsummary = "no name"\n', ["generic.toml", "missing field 'name'"]),
        (
            'id = "generic"\nname = "G"\n[[checklist]]\nid = "a"\nsection = "nope"\ntext = "t"\n',
            ["generic.toml", "'nope' is not a valid Section"],
        ),
        (
            'id = "generic"\nname = "G"\nchecklist = "oops"\n',
            ["generic.toml, line 3", "checklist must be [[checklist]] items, not text"],
        ),
        ('id = "generic"\nname = "G"\n[prep]\nweather = "x"\n', ["unknown prep prompt"]),
    ],
    ids=["typo", "missing-field", "bad-section", "wrong-type", "unknown-prompt"],
)
def test_a_broken_user_copy_falls_back_and_is_reported(tmp_path, text, expected) -> None:
    (tmp_path / "generic.toml").write_text(text, encoding="utf-8")
    library = PlaybookLibrary(user_dir=tmp_path)
    shipped = PlaybookLibrary(user_dir=None).get("generic")
    assert library.get("generic") == shipped
    assert library.get("no such scenario") == shipped  # unknown scenarios use generic too
    assert len(library.problems) == 1  # once per file, however often it is asked for
    problem = library.problems[0]
    assert str(tmp_path / "generic.toml") in problem and "\n" not in problem
    assert "shipped playbook" in problem
    for part in expected:
        assert part in problem


def test_the_toml_line_number_is_given(tmp_path) -> None:
    lines = shipped_text("delivery_delay").splitlines()
    lines[9] = "this line has no equals sign"
    (tmp_path / "delivery_delay.toml").write_text("\n".join(lines), encoding="utf-8")
    library = PlaybookLibrary(user_dir=tmp_path)
    assert library.get("delivery_delay").id == "delivery_delay"
    assert ", line 10, column " in library.problems[0]


def test_unreadable_user_copies_fall_back(tmp_path) -> None:
    (tmp_path / "outage.toml").write_bytes(b"\xff\xfe not utf-8")
    (tmp_path / "budget_overrun.toml").mkdir()  # a folder by that name is not a playbook
    library = PlaybookLibrary(user_dir=tmp_path)
    assert [p.id for p in library.all()] == list(SCENARIOS)
    assert len(library.problems) == 1 and "outage.toml: cannot be read" in library.problems[0]


def test_other_scenarios_are_unaffected(tmp_path) -> None:
    (tmp_path / "outage.toml").write_text("id = ", encoding="utf-8")
    good = shipped_text("generic").replace('name = "Generic"', 'name = "Mine"')
    (tmp_path / "generic.toml").write_text(good, encoding="utf-8")
    library = PlaybookLibrary(user_dir=tmp_path)
    assert library.get("generic").name == "Mine"
    assert library.get("outage").name == "Outage or incident"
    assert [p.split(",")[0].split(":")[0] for p in library.problems] == [
        str(tmp_path / "outage.toml")
    ]


def test_scenario_labels_are_the_shipped_playbooks_names():
    """'Third-party fault' on one screen and 'Third party fault' on another: the label of
    a scenario is its shipped playbook's name wherever the playbooks are not loaded."""
    from domain.scenarios import SCENARIO_LABELS, SCENARIOS, scenario_label

    library = PlaybookLibrary(None)
    assert set(SCENARIO_LABELS) == set(SCENARIOS)
    for scenario in SCENARIOS:
        assert scenario_label(scenario) == library.get(scenario).name
    fresh = PlaybookLibrary(None)
    assert fresh.scenario_names() == SCENARIO_LABELS  # no user file: nothing read
    assert not fresh._cache  # noqa: SLF001


def test_scenario_names_are_the_shipped_and_the_users_usable_playbooks(tmp_path):
    """One list of scenarios, one way to name them: a user's copy may rename a shipped
    scenario, a scenario of the user's own is named as its playbook is, a refused file
    names nothing (its calls read as the id humanised)."""
    from dataclasses import replace

    from domain.playbook_toml import to_toml
    from domain.scenarios import scenario_label
    from tests.own_playbooks import MINE, MINE_NAME, write_own_playbook

    write_own_playbook(tmp_path)
    write_own_playbook(tmp_path, "a_price_rise", "A price rise")
    (tmp_path / "price_increase.toml").write_text('id = "price_increase"\nname = "Oops\n')
    renamed = replace(PlaybookLibrary(None).shipped("outage"), name="Outage (ours)")
    (tmp_path / "outage.toml").write_text(to_toml(renamed), encoding="utf-8")
    library = PlaybookLibrary(tmp_path)
    names = library.scenario_names()
    assert list(names) == [*SCENARIOS, "a_price_rise", MINE]
    assert names["outage"] == "Outage (ours)" and names[MINE] == MINE_NAME
    assert library.label(MINE) == MINE_NAME == scenario_label(MINE, names)
    assert scenario_label(MINE) == "Budget overrun mine"  # without the names: humanised
    assert library.label("price_increase") == "Price increase"
    assert "price_increase" not in names and "line 2" in library.problem_of("price_increase")
    assert all(library.exists(s) for s in names) and not library.exists("price_increase")
