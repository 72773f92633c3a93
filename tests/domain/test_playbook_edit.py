"""The page's edits as plain functions: ids stay, sections stay grouped, nothing doubles."""

from __future__ import annotations

from domain import playbook_edit as edit
from domain.model import Section
from domain.playbook_check import check_playbook
from domain.playbooks import PlaybookLibrary

GENERIC = PlaybookLibrary(None).get("generic")


def ids(playbook, section=Section.FACTS):
    return [i.id for i in playbook.section(section)]


def test_move_keeps_every_other_item_once():
    facts = ids(GENERIC)
    moved = edit.move_item(GENERIC, facts[2], -1)
    assert ids(moved) == [facts[0], facts[2], facts[1], *facts[3:]]
    assert len(moved.items) == len(GENERIC.items) and check_playbook(moved) == []
    assert edit.move_item(GENERIC, facts[0], -1) == GENERIC  # the top stays on top
    assert edit.move_item(GENERIC, facts[-1], 1) == GENERIC


def test_arrange_moves_an_item_to_another_section():
    facts, empathy = ids(GENERIC), ids(GENERIC, Section.EMPATHY)
    order = {Section.FACTS: facts[1:], Section.EMPATHY: [facts[0], *empathy]}
    arranged = edit.arrange(GENERIC, order)
    assert ids(arranged, Section.EMPATHY)[0] == facts[0]
    assert arranged.item(facts[0]).section is Section.EMPATHY
    assert len(arranged.items) == len(GENERIC.items) and check_playbook(arranged) == []


def test_add_reword_remove_keep_ids():
    added = edit.add_item(GENERIC, Section.URGENCY, "Call back by noon")
    new = edit.last_item_id(added, Section.URGENCY)
    assert added.item(new).text == "Call back by noon" and GENERIC.item(new) is None
    first = GENERIC.items[0]
    reworded = edit.reword_item(added, first.id, "Say it plainly", "hint")
    assert reworded.item(first.id).text == "Say it plainly" and reworded.items[0].id == first.id
    assert edit.remove_item(reworded, new) == edit.reword_item(
        GENERIC, first.id, "Say it plainly", "hint"
    )


def test_letter_hints_and_jargon():
    de = edit.set_letter_hint(GENERIC, "de", "subject", "Betreff")
    assert de.hints("de")["subject"] == "Betreff"
    cleared = edit.set_letter_hint(de, "de", "subject", "")
    assert "subject" not in cleared.translations.get("de", {})
    assert edit.set_jargon(GENERIC, "SLA\n\n  RCA \n").jargon == ("SLA", "RCA")


def test_copy_as_new_gets_a_free_id():
    copy = edit.copy_as_new(GENERIC, {"generic", "price_rise"}, "Price rise")
    assert copy.id == "price_rise_2" and copy.name == "Price rise" and copy.items == GENERIC.items
