"""The edits the playbooks page makes, as plain functions: a playbook in, a new one out.

Playbooks are frozen, so an edit never changes the one the rest of the app holds, and
undo is the previous value. Items are named by id, which stays the same however an
item is reworded or moved (ticks of past calls refer to it); items stay grouped by
section in Section order, the order the live checklist shows them in.
"""

from __future__ import annotations

import re
from dataclasses import replace

from domain.model import Section
from domain.playbook_check import PLAYBOOK_ID, new_item_id
from domain.playbooks import ChecklistItem, Playbook


def _grouped(items: list[ChecklistItem]) -> tuple[ChecklistItem, ...]:
    order = {section: n for n, section in enumerate(Section)}
    return tuple(sorted(items, key=lambda i: order[i.section]))  # stable within a section


def add_item(playbook: Playbook, section: Section, text: str = "", hint: str = "") -> Playbook:
    """A new item at the end of `section`, with an id no item has."""
    item = ChecklistItem(new_item_id(playbook, section), section, text, hint)
    return replace(playbook, items=_grouped([*playbook.items, item]))


def last_item_id(playbook: Playbook, section: Section) -> str:
    items = playbook.section(section)
    return items[-1].id if items else ""


def remove_item(playbook: Playbook, item_id: str) -> Playbook:
    return replace(playbook, items=tuple(i for i in playbook.items if i.id != item_id))


def reword_item(playbook: Playbook, item_id: str, text: str, hint: str | None = None) -> Playbook:
    """New wording, same id: ticks stay valid."""
    items = tuple(
        replace(i, text=text, hint=i.hint if hint is None else hint) if i.id == item_id else i
        for i in playbook.items
    )
    return replace(playbook, items=items)


def move_item(playbook: Playbook, item_id: str, step: int) -> Playbook:
    """Up (-1) or down (+1) within its section; at either end it stays."""
    item = playbook.item(item_id)
    if item is None:
        return playbook
    siblings = playbook.section(item.section)
    at = siblings.index(item)
    to = at + step
    if not 0 <= to < len(siblings):
        return playbook
    siblings[at], siblings[to] = siblings[to], siblings[at]
    return arrange(playbook, {item.section: [i.id for i in siblings]})


def arrange(playbook: Playbook, order: dict[Section, list[str]]) -> Playbook:
    """Items in the sections and order given (a drag may move one to another section);
    sections not named keep their items, an item named nowhere stays in its section,
    unknown ids are ignored."""
    by_id = {i.id: i for i in playbook.items}
    named = {i for ids in order.values() for i in ids if i in by_id}
    items: list[ChecklistItem] = []
    for section in Section:
        if section in order:
            seen = {i.id for i in items}
            ids = [i for i in dict.fromkeys(order[section]) if i in by_id and i not in seen]
            items += [replace(by_id[i], section=section) for i in ids]
        items += [i for i in playbook.items if i.section is section and i.id not in named]
    return replace(playbook, items=_grouped(items))


def set_name(playbook: Playbook, text: str) -> Playbook:
    return replace(playbook, name=text)


def set_summary(playbook: Playbook, text: str) -> Playbook:
    return replace(playbook, summary=text)


def set_jargon(playbook: Playbook, text: str) -> Playbook:
    """One word or phrase a line; blank lines are dropped."""
    words = tuple(line.strip() for line in text.splitlines() if line.strip())
    return replace(playbook, jargon=words)


def set_prompt(playbook: Playbook, name: str, text: str) -> Playbook:
    prompts = dict(playbook.prep_prompts)
    if text.strip():
        prompts[name] = text
    else:
        prompts.pop(name, None)
    return replace(playbook, prep_prompts=prompts)


def set_letter_hint(playbook: Playbook, language: str, key: str, text: str) -> Playbook:
    """A letter hint in one language ('en' is the [letter] table); empty removes it, so
    the English one (or the letter's own wording) is used."""
    if language == "en":
        hints = dict(playbook.letter_hints)
        _put(hints, key, text)
        return replace(playbook, letter_hints=hints)
    translations = {code: dict(h) for code, h in playbook.translations.items()}
    hints = translations.setdefault(language, {})
    _put(hints, key, text)
    if not hints:
        del translations[language]
    return replace(playbook, translations=translations)


def _put(hints: dict[str, str], key: str, text: str) -> None:
    if text.strip():
        hints[key] = text
    else:
        hints.pop(key, None)


def copy_as_new(playbook: Playbook, taken: set[str], name: str) -> Playbook:
    """A new scenario of the user's own from `playbook`: an id from `name` that no
    playbook has (it names the file and never changes), the items as they are."""
    base = re.sub(r"[^a-z0-9]+", "_", name.casefold()).strip("_")[:56] or "playbook"
    if not PLAYBOOK_ID.fullmatch(base):
        base = "playbook"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}_{n}", n + 1
    return replace(playbook, id=candidate, name=name)
