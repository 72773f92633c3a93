"""The one validator: every way a playbook file can be wrong is refused with where and why,
and a user file in the data folder that is wrong falls back to the shipped playbook."""

from __future__ import annotations

import pytest

from domain.model import Section
from domain.playbook_check import (
    MAX_FILE_BYTES,
    MAX_ITEMS_PER_SECTION,
    check_playbook,
    new_item_id,
    parse_playbook,
)
from domain.playbook_toml import to_toml
from domain.playbooks import (
    SCENARIOS,
    SHIPPED_DIR,
    ChecklistItem,
    PlaybookError,
    PlaybookLibrary,
    read_playbook_file,
)

SHIPPED = PlaybookLibrary(None)


def shipped_text(scenario: str = "generic") -> str:
    return (SHIPPED_DIR / f"{scenario}.toml").read_text(encoding="utf-8")


def refusal(text: str) -> str:
    with pytest.raises(PlaybookError) as caught:
        parse_playbook(text, "mine.toml")
    return str(caught.value)


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_shipped_playbook_reads_back_from_its_export(scenario):
    playbook = SHIPPED.get(scenario)
    assert parse_playbook(to_toml(playbook)) == playbook


def test_any_typed_text_survives_the_round_trip():
    odd = 'He said "no" \\ then left\t\x01\x7f 🙂 שלום \u202e end'
    item = ChecklistItem("facts.own1", Section.FACTS, odd.replace("\t", " "), hint=odd + "\nmore")
    playbook = SHIPPED.get("generic")
    changed = type(playbook)(
        **{
            **playbook.__dict__,
            "name": "Ünïcode ✓",
            "summary": odd,
            "items": (item, *playbook.items[1:]),
            "jargon": ('a "quoted" word', "back\\slash"),
        }
    )
    assert check_playbook(changed) == []
    assert parse_playbook(to_toml(changed)) == changed


def test_a_syntax_error_names_the_line_and_column():
    message = refusal('id = "mine"\nname = "Mine"\nsummary = "x\n')
    assert message.startswith("mine.toml, line 3, column ")
    assert "not valid TOML" in message


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ('subject = "{title}: what happened and what happens next"', "subject = {a = 1}"),
            "letter hint 'subject' must be text, not a table",
        ),
        (("jargon = []", 'jargon = "abc"'), "jargon must be a list of words, not text"),
        (('name = "Generic"', "name = 3"), "name must be text, not a number"),
        (
            ('name = "Generic"', 'name = "Generic"\n[weather]\nsunny = true'),
            "unknown section 'weather'",
        ),
        (('name = "Generic"', 'name = "Generic"\ncolour = "red"'), "unknown key 'colour'"),
        (
            ("[letter.de]", "[letter.xx]\nsubject = 'x'\n[letter.de]"),
            "[letter.xx] is not a letter language",
        ),
    ],
    ids=[
        "table-for-text",
        "text-for-list",
        "number-for-text",
        "unknown-section",
        "unknown-key",
        "language",
    ],
)
def test_wrong_types_and_unknown_sections_are_refused(change, expected):
    old, new = change
    text = shipped_text().replace(old, new, 1)
    assert text != shipped_text()
    message = refusal(text)
    assert expected in message
    assert message.startswith("mine.toml, line ")  # where it is, not only what


def test_jargon_as_text_is_not_used_letter_by_letter(tmp_path):
    text = shipped_text("outage")
    start = text.index("jargon = [")
    end = text.index("]", start) + 1
    (tmp_path / "outage.toml").write_text(text[:start] + 'jargon = "abc"' + text[end:])
    library = PlaybookLibrary(tmp_path)
    assert library.get("outage").jargon == SHIPPED.get("outage").jargon
    assert "jargon must be a list of words" in library.problem_of("outage")


def test_a_subject_table_never_becomes_the_letter_heading(tmp_path):
    german = 'subject = "{title}: was geschehen ist und wie es weitergeht"'
    text = shipped_text("generic").replace(german, "subject = {a = 1}")
    assert german not in text
    (tmp_path / "generic.toml").write_text(text)
    library = PlaybookLibrary(tmp_path)
    assert (
        library.get("generic").hints("de")["subject"]
        == SHIPPED.get("generic").hints("de")["subject"]
    )
    assert "letter hint 'subject' must be text, not a table" in library.problem_of("generic")


def item_block(n: int, section: str = "facts", text: str = "Say it") -> str:
    return f'[[checklist]]\nid = "i{n}"\nsection = "{section}"\ntext = "{text} {n}"\n'


def minimal(*blocks: str) -> str:
    return 'id = "mine"\nname = "Mine"\n' + "".join(blocks)


EVERY_SECTION = [item_block(n, s.value) for n, s in enumerate(Section)]


def test_a_minimal_playbook_with_every_section_is_fine():
    assert parse_playbook(minimal(*EVERY_SECTION)).id == "mine"


def test_empty_items_duplicate_ids_and_missing_sections_are_refused():
    empty = EVERY_SECTION[0].replace('text = "Say it 0"', 'text = "  "')
    assert "checklist item 1's text is empty" in refusal(minimal(empty, *EVERY_SECTION[1:]))
    dup = item_block(1, "facts")
    message = refusal(minimal(*EVERY_SECTION, dup))
    assert "id 'i1' is used by item 2 too" in message
    assert "line 19" in message  # the fifth [[checklist]]
    assert "the checklist has no Urgency items" in refusal(
        minimal(*EVERY_SECTION[:2], EVERY_SECTION[3])
    )
    assert "missing field 'checklist'" in refusal(minimal())
    assert "missing field 'text'" in refusal(
        minimal('[[checklist]]\nid = "a"\nsection = "facts"\n')
    )


def test_a_60000_item_checklist_is_refused(tmp_path):
    blocks = [*EVERY_SECTION[1:], *(item_block(n, "facts") for n in range(60_000))]
    path = tmp_path / "generic.toml"
    path.write_text(minimal(*blocks).replace('"mine"', '"generic"'))
    library = PlaybookLibrary(tmp_path)
    assert library.get("generic") == SHIPPED.get("generic")
    assert "shipped playbook" in library.problem_of("generic")
    # Under the size limit too: the count of items is capped.
    fits = minimal(*blocks[:15_000])
    assert len(fits.encode()) < MAX_FILE_BYTES
    assert "15000 checklist items; a playbook has at most 160" in refusal(fits)
    capped = minimal(*EVERY_SECTION[1:], *(item_block(n, "facts") for n in range(10, 51)))
    assert f"41 Facts items; at most {MAX_ITEMS_PER_SECTION} per section" in refusal(capped)


def test_deeply_nested_arrays_are_refused_not_a_recursion_error(tmp_path):
    path = tmp_path / "generic.toml"
    path.write_text('id = "generic"\nname = "x"\njargon = ' + "[" * 50_000 + "]" * 50_000 + "\n")
    assert 90_000 < path.stat().st_size < 110_000
    with pytest.raises(PlaybookError, match="nested too deeply"):
        read_playbook_file(path)
    library = PlaybookLibrary(tmp_path)
    assert library.get("generic") == SHIPPED.get("generic")
    assert "nested too deeply" in library.problem_of("generic")


def test_a_10_mb_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "generic.toml"
    with open(path, "wb") as handle:
        handle.write(shipped_text().encode())
        handle.write(b"# padding\n" * 1_000_000)
    assert path.stat().st_size > 10_000_000
    with pytest.raises(
        PlaybookError, match=r"the file is 10\.\d MB; a playbook is at most 1\.0 MB"
    ):
        read_playbook_file(path)
    library = PlaybookLibrary(tmp_path)
    assert library.get("generic") == SHIPPED.get("generic")
    assert "10." in library.problem_of("generic") and "shipped playbook" in library.problem_of(
        "generic"
    )


def test_the_ids_must_name_a_file():
    assert "it names the file" in refusal(minimal(*EVERY_SECTION).replace('"mine"', '"../x"'))
    assert "it names the file" in refusal(minimal(*EVERY_SECTION).replace('"mine"', '"Mine"'))


def test_user_scenarios_are_listed_and_their_id_must_match_the_file(tmp_path):
    text = shipped_text("outage").replace('id = "outage"', 'id = "price_increase"')
    text = text.replace('name = "Outage or incident"', 'name = "Price increase"')
    (tmp_path / "price_increase.toml").write_text(text)
    (tmp_path / "renamed.toml").write_text(text)  # its id says price_increase
    library = PlaybookLibrary(tmp_path)
    assert [p.id for p in library.all()] == [*SCENARIOS, "price_increase"]
    assert library.get("price_increase").name == "Price increase"
    assert library.get("renamed") == SHIPPED.get("generic")
    assert "its id is 'price_increase'" in library.problem_of("renamed")
    entries = {e.id: e for e in library.entries()}
    assert entries["price_increase"].source == "user"
    assert entries["renamed"].problem and entries["outage"].source == "shipped"


def test_a_user_copy_is_marked_changed_from_shipped(tmp_path):
    (tmp_path / "outage.toml").write_text(
        shipped_text("outage").replace("Outage or incident", "Ours")
    )
    (tmp_path / "generic.toml").write_text(shipped_text("generic"))  # the same: not changed
    library = PlaybookLibrary(tmp_path)
    assert library.is_changed("outage") and not library.is_changed("generic")
    assert library.shipped("outage").name == "Outage or incident"


def test_new_item_ids_are_unused():
    playbook = SHIPPED.get("generic")
    first = new_item_id(playbook, Section.NEXT_STEPS)
    assert first == "next.own1" and playbook.item(first) is None
