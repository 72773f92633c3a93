"""One validator for every playbook: shipped, the user's in the data folder, imported,
and the one being edited in the window.

A playbook reaches the letter, the live checklist, the record and the tone review, so
what they would trip over is refused here, with the file, the line where it is known
and what is wrong: TOML that does not parse (tomllib gives line and column), values of
the wrong type (`jargon = "abc"`, `subject = {a = 1}`), unknown sections and keys, empty
or duplicate items, a section without items, and sizes no playbook needs (a 60,000-item
checklist, a 10 MB file, arrays nested a thousand deep). `check_playbook` checks an
edited playbook the same way and says which field each problem is about, so the editor
can show it beside that field.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass

from domain.languages import LetterLanguage
from domain.model import FollowUp, Prep, Section
from domain.playbooks import ChecklistItem, Playbook, PlaybookError

MAX_FILE_BYTES = 1_000_000  # a shipped playbook is about 10 KB
MAX_ITEMS_PER_SECTION = 40
MAX_JARGON = 300
MAX_LINE = 200  # a name, an item, a jargon word
MAX_TEXT = 2000  # a summary, a hint, a prompt, a letter hint
TOP_KEYS = ("id", "name", "summary", "jargon", "prep", "checklist", "letter")
ITEM_KEYS = ("id", "section", "text", "hint")
LETTER_KEYS = (*FollowUp.field_names(), "subject", "greeting", "closing")
OTHER_LANGUAGES = tuple(lang.value for lang in LetterLanguage if lang is not LetterLanguage.ENGLISH)
PLAYBOOK_ID = re.compile(r"[a-z0-9][a-z0-9_]{0,63}")
ITEM_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
_TOML_WHERE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_SECTION_PREFIX = {Section.NEXT_STEPS: "next"}
_ITEM_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*checklist[ \t]*\]\]", re.MULTILINE)


@dataclass(frozen=True)
class Problem:
    """What is wrong, and where: `field` names what the editor shows it beside
    ("name", "jargon", "prep.impact", "letter.de.subject", "item.3" for the fourth
    checklist item, "section.empathy", "checklist")."""

    field: str
    message: str


def read_playbook_bytes(data: bytes, source: str) -> Playbook:
    """A playbook from a file's bytes; PlaybookError says what is wrong and where."""
    if len(data) > MAX_FILE_BYTES:
        raise too_large(source, len(data))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PlaybookError(
            f"{source}: cannot be read (not UTF-8 text at byte {exc.start + 1})"
        ) from exc
    return parse_playbook(text, source)


def too_large(source: str, size: int) -> PlaybookError:
    return PlaybookError(
        f"{source}: the file is {_size(size)}; a playbook is at most "
        f"{_size(MAX_FILE_BYTES)} (the shipped ones are about 10 KB)"
    )


def parse_playbook(text: str, source: str = "<playbook>") -> Playbook:
    """A playbook from TOML text; PlaybookError names `source`, the line and the problem."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        raise PlaybookError(f"{source}: more than {_size(MAX_FILE_BYTES)}; not a playbook")
    cap = MAX_ITEMS_PER_SECTION * len(Section)
    headers = len(_ITEM_HEADER.findall(text))
    if headers > cap:  # refused before parsing: a megabyte of items takes tomllib ~1 s
        raise PlaybookError(
            f"{source}: {headers} checklist items; a playbook has at most {cap} "
            f"({MAX_ITEMS_PER_SECTION} a section)"
        )
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PlaybookError(_toml_problem(source, str(exc))) from exc
    except RecursionError as exc:  # [[[[... a thousand deep: tomllib recurses per level
        raise PlaybookError(f"{source}: values nested too deeply; not a playbook") from exc
    playbook, problems = playbook_from_data(data)
    if playbook is not None and not problems:
        problems = check_playbook(playbook)
    if problems:
        first = problems[0]
        line = _line_of(text, first.field)
        where = f"{source}, line {line}" if line else source
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise PlaybookError(f"{where}: {first.message}{more}")
    assert playbook is not None
    return playbook


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{n / 1000:.0f} KB"


def _toml_problem(source: str, message: str) -> str:
    """'x.toml, line 3, column 7: not valid TOML (Expected '=' ...)': the line up front."""
    where = _TOML_WHERE.search(message)
    if where is None:
        return f"{source}: not valid TOML ({message})"
    what = message[: where.start()]
    return f"{source}, line {where[1]}, column {where[2]}: not valid TOML ({what})"


def _kind(value: object) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    return "a date or time"


def playbook_from_data(data: dict) -> tuple[Playbook | None, list[Problem]]:
    """The playbook parsed TOML describes, or the problems of type and shape that stop it."""
    problems: list[Problem] = []

    def text(value: object, where: str, what: str) -> str:
        if isinstance(value, str):
            return value
        problems.append(Problem(where, f"{what} must be text, not {_kind(value)}"))
        return ""

    def table(value: object, where: str, what: str) -> dict:
        if isinstance(value, dict):
            return value
        problems.append(Problem(where, f"{what} must be a table ([{where}]), not {_kind(value)}"))
        return {}

    for key in data:
        if key not in TOP_KEYS:
            kind = "section" if isinstance(data[key], dict | list) else "key"
            known = ", ".join(TOP_KEYS)
            problems.append(Problem(key, f"unknown {kind} {key!r} (a playbook has {known})"))
    pid = text(data.get("id", ""), "id", "id")
    name = text(data.get("name", ""), "name", "name")
    summary = text(data.get("summary", ""), "summary", "summary")

    jargon_raw = data.get("jargon", [])
    jargon: list[str] = []
    if not isinstance(jargon_raw, list):
        problems.append(
            Problem("jargon", f"jargon must be a list of words, not {_kind(jargon_raw)}")
        )
    else:
        for word in jargon_raw[: MAX_JARGON + 1]:
            jargon.append(text(word, "jargon", "each jargon word"))

    prep: dict[str, str] = {}
    for key, value in table(data.get("prep", {}), "prep", "prep").items():
        if key not in Prep.field_names():
            known = ", ".join(Prep.field_names())
            problems.append(Problem(f"prep.{key}", f"unknown prep prompt {key!r} (use {known})"))
        prep[key] = text(value, f"prep.{key}", f"prep prompt {key!r}")

    hints: dict[str, str] = {}
    translations: dict[str, dict[str, str]] = {}
    for key, value in table(data.get("letter", {}), "letter", "letter").items():
        if key in LETTER_KEYS:
            hints[key] = text(value, f"letter.{key}", f"letter hint {key!r}")
        elif isinstance(value, dict) and key in OTHER_LANGUAGES:
            translations[key] = {}
            for hint, words in value.items():
                where = f"letter.{key}.{hint}"
                if hint not in LETTER_KEYS:
                    problems.append(
                        Problem(where, f"unknown letter hint {hint!r} in [letter.{key}]")
                    )
                translations[key][hint] = text(words, where, f"letter hint {hint!r}")
        elif isinstance(value, dict):
            known = ", ".join(OTHER_LANGUAGES)
            problems.append(
                Problem(f"letter.{key}", f"[letter.{key}] is not a letter language (use {known})")
            )
        else:
            problems.append(Problem(f"letter.{key}", f"unknown letter hint {key!r}"))

    items: list[ChecklistItem] = []
    raw_items = data.get("checklist", [])
    if not isinstance(raw_items, list):
        problems.append(
            Problem("checklist", f"checklist must be [[checklist]] items, not {_kind(raw_items)}")
        )
        raw_items = []
    cap = MAX_ITEMS_PER_SECTION * len(Section)
    if len(raw_items) > cap:
        problems.append(
            Problem("checklist", f"{len(raw_items)} checklist items; a playbook has at most {cap}")
        )
        raw_items = []
    for index, raw in enumerate(raw_items):
        where = f"item.{index}"
        if not isinstance(raw, dict):
            problems.append(Problem(where, f"checklist item {index + 1} must be a table"))
            continue
        for key in raw:
            if key not in ITEM_KEYS:
                problems.append(Problem(where, f"checklist item {index + 1}: unknown key {key!r}"))
        missing = [k for k in ("id", "section", "text") if k not in raw]
        if missing:
            problems.append(
                Problem(where, f"checklist item {index + 1}: missing field {missing[0]!r}")
            )
            continue
        section_name = text(raw["section"], where, f"checklist item {index + 1}'s section")
        try:
            section = Section(section_name)
        except ValueError:
            known = ", ".join(s.value for s in Section)
            problems.append(
                Problem(where, f"{section_name!r} is not a valid Section (use {known})")
            )
            continue
        items.append(
            ChecklistItem(
                id=text(raw["id"], where, f"checklist item {index + 1}'s id"),
                section=section,
                text=text(raw["text"], where, f"checklist item {index + 1}'s text"),
                hint=text(raw.get("hint", ""), where, f"checklist item {index + 1}'s hint"),
            )
        )
    for key in ("id", "name", "checklist"):
        if key not in data:
            problems.append(Problem(key, f"missing field {key!r}"))
    if problems:
        return None, problems
    return (
        Playbook(
            id=pid,
            name=name,
            summary=summary,
            items=tuple(items),
            prep_prompts=prep,
            letter_hints=hints,
            jargon=tuple(jargon),
            translations=translations,
        ),
        [],
    )


def check_playbook(playbook: Playbook) -> list[Problem]:
    """What stops `playbook` being saved or used, each with the field it is about."""
    problems: list[Problem] = []

    def line(value: str, where: str, what: str, *, required: bool = True) -> None:
        if required and not value.strip():
            problems.append(Problem(where, f"{what} is empty"))
        elif "\n" in value or "\r" in value:
            problems.append(Problem(where, f"{what} must be one line"))
        elif len(value) > MAX_LINE:
            problems.append(Problem(where, f"{what} is longer than {MAX_LINE} characters"))

    def long(value: str, where: str, what: str) -> None:
        if len(value) > MAX_TEXT:
            problems.append(Problem(where, f"{what} is longer than {MAX_TEXT} characters"))

    if not PLAYBOOK_ID.fullmatch(playbook.id):
        problems.append(
            Problem(
                "id",
                f"id {playbook.id!r} must be 1 to 64 lower-case letters, digits or _, "
                "starting with a letter or digit (it names the file)",
            )
        )
    line(playbook.name, "name", "the name")
    long(playbook.summary, "summary", "the summary")
    seen: dict[str, int] = {}
    for index, item in enumerate(playbook.items):
        where = f"item.{index}"
        number = f"checklist item {index + 1}"
        if not ITEM_ID.fullmatch(item.id):
            problems.append(
                Problem(where, f"{number}: id {item.id!r} must be letters, digits, _ . or -")
            )
        elif item.id in seen:
            problems.append(
                Problem(where, f"{number}: id {item.id!r} is used by item {seen[item.id] + 1} too")
            )
        else:
            seen[item.id] = index
        line(item.text, where, f"{number}'s text")
        long(item.hint, where, f"{number}'s hint")
    for section in Section:
        count = sum(1 for item in playbook.items if item.section is section)
        if count == 0:
            problems.append(
                Problem(f"section.{section.value}", f"the checklist has no {section.label} items")
            )
        elif count > MAX_ITEMS_PER_SECTION:
            problems.append(
                Problem(
                    f"section.{section.value}",
                    f"{count} {section.label} items; at most {MAX_ITEMS_PER_SECTION} per section",
                )
            )
    if len(playbook.jargon) > MAX_JARGON:
        problems.append(Problem("jargon", f"more than {MAX_JARGON} jargon words"))
    for word in playbook.jargon:
        if not word.strip():
            problems.append(Problem("jargon", "a jargon word is empty"))
            break
        if len(word) > MAX_LINE or "\n" in word:
            problems.append(Problem("jargon", f"jargon {word[:30]!r}… is not one short line"))
            break
    for key, value in playbook.prep_prompts.items():
        long(value, f"prep.{key}", f"prep prompt {key!r}")
    for key, value in playbook.letter_hints.items():
        long(value, f"letter.{key}", f"letter hint {key!r}")
    for code, hints in playbook.translations.items():
        for key, value in hints.items():
            long(value, f"letter.{code}.{key}", f"letter hint {key!r} in {code}")
    return problems


def new_item_id(playbook: Playbook, section: Section) -> str:
    """An id for a new item in `section` that no item has: 'facts.own1', 'next.own2'."""
    prefix = _SECTION_PREFIX.get(section, section.value)
    taken = {item.id for item in playbook.items}
    n = 1
    while f"{prefix}.own{n}" in taken:
        n += 1
    return f"{prefix}.own{n}"


def _line_of(text: str, where: str) -> int | None:
    """The line a problem's field is on, where it can be found: a top-level key, a key of a
    table, or the nth [[checklist]] item."""
    lines = text.splitlines()
    head, _, rest = where.partition(".")
    if head == "item" and rest.isdigit():
        wanted, seen = int(rest), -1
        for number, content in enumerate(lines, 1):
            if re.match(r"\s*\[\[\s*checklist\s*\]\]", content):
                seen += 1
                if seen == wanted:
                    return number
        return None
    if head == "section":
        head, rest = "checklist", ""
    table, key = ("", head) if not rest else (head, rest)
    if "." in key:  # letter.de.subject: the [letter.de] table, then the key
        sub, _, key = key.partition(".")
        table = f"{table}.{sub}"
    current = ""
    for number, content in enumerate(lines, 1):
        header = re.match(r"\s*\[\[?\s*([^\]]+?)\s*\]\]?", content)
        if header:
            current = header[1]
            if current == (f"{table}.{key}" if table else key):
                return number
            continue
        if current == table and re.match(rf"\s*\"?{re.escape(key)}\"?\s*=", content):
            return number
    return None
