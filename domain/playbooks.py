"""Playbooks: one per scenario, shipped as TOML in resources/playbooks.

A playbook sets the checklist items, the prep prompts and the wording hints of
the follow-up letter: `[letter]` in English, and a table per other letter language
(`[letter.de]`, `[letter.fr]`, ...). A hint a language's table lacks (a user copy
written before translations, say) is taken from the English one. A copy in the
user's data folder (same file name) takes precedence over the shipped one, so a
user can adapt the wording. A copy that cannot be used (a typo in the TOML, a
missing field) never stops the app: the shipped playbook is used instead and the
problem is listed in PlaybookLibrary.problems, one line per file.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from domain.languages import LetterLanguage
from domain.model import FollowUp, Prep, Section, scenario_label  # noqa: F401 (re-export)
from domain.scenarios import SCENARIOS
from resources import resource_path

SHIPPED_DIR = resource_path("playbooks")


class PlaybookError(ValueError):
    """A playbook file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    section: Section
    text: str
    hint: str = ""


@dataclass(frozen=True)
class Playbook:
    id: str
    name: str
    summary: str
    items: tuple[ChecklistItem, ...]
    prep_prompts: dict[str, str] = field(default_factory=dict)
    letter_hints: dict[str, str] = field(default_factory=dict)  # English
    jargon: tuple[str, ...] = ()
    translations: dict[str, dict[str, str]] = field(default_factory=dict)  # code -> hints

    def hints(self, language: str = LetterLanguage.ENGLISH) -> dict[str, str]:
        """The letter hints in `language`; a hint not translated is the English one, except
        the greeting, which is only ever used in its own language."""
        english = {k: v for k, v in self.letter_hints.items() if k != "greeting"}
        if language == LetterLanguage.ENGLISH:
            return dict(self.letter_hints)
        return {**english, **self.translations.get(str(language), {})}

    def section(self, section: Section) -> list[ChecklistItem]:
        return [item for item in self.items if item.section is section]

    def item(self, item_id: str) -> ChecklistItem | None:
        return next((item for item in self.items if item.id == item_id), None)


_TOML_WHERE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


def parse_playbook(text: str, source: str = "<playbook>") -> Playbook:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PlaybookError(_toml_problem(source, str(exc))) from exc
    try:
        items = tuple(
            ChecklistItem(
                id=str(raw["id"]),
                section=Section(raw["section"]),
                text=str(raw["text"]),
                hint=str(raw.get("hint", "")),
            )
            for raw in data.get("checklist", [])
        )
        playbook = Playbook(
            id=str(data["id"]),
            name=str(data["name"]),
            summary=str(data.get("summary", "")),
            items=items,
            prep_prompts={k: str(v) for k, v in data.get("prep", {}).items()},
            letter_hints={
                k: str(v) for k, v in data.get("letter", {}).items() if not isinstance(v, dict)
            },
            jargon=tuple(str(j) for j in data.get("jargon", [])),
            translations={
                k: {name: str(text) for name, text in v.items()}
                for k, v in data.get("letter", {}).items()
                if isinstance(v, dict)
            },
        )
    except KeyError as exc:
        raise PlaybookError(f"{source}: missing field {exc}") from exc
    except (ValueError, TypeError, AttributeError) as exc:
        raise PlaybookError(f"{source}: invalid value ({exc})") from exc
    _validate(playbook, source)
    return playbook


def _toml_problem(source: str, message: str) -> str:
    """'x.toml, line 3, column 7: not valid TOML (Expected '=' ...)': the line up front."""
    where = _TOML_WHERE.search(message)
    if where is None:
        return f"{source}: not valid TOML ({message})"
    what = message[: where.start()]
    return f"{source}, line {where[1]}, column {where[2]}: not valid TOML ({what})"


def _validate(playbook: Playbook, source: str) -> None:
    ids = [item.id for item in playbook.items]
    if len(ids) != len(set(ids)):
        raise PlaybookError(f"{source}: checklist item ids must be unique")
    unknown = set(playbook.prep_prompts) - set(Prep.field_names())
    if unknown:
        raise PlaybookError(f"{source}: unknown prep prompt(s) {sorted(unknown)}")
    known_letter = set(FollowUp.field_names()) | {"subject", "greeting", "closing"}
    unknown = set(playbook.letter_hints) - known_letter
    if unknown:
        raise PlaybookError(f"{source}: unknown letter hint(s) {sorted(unknown)}")
    others = {lang.value for lang in LetterLanguage} - {LetterLanguage.ENGLISH.value}
    for code, hints in playbook.translations.items():
        if code not in others:
            known = ", ".join(sorted(others))
            raise PlaybookError(f"{source}: [letter.{code}] is not a letter language (use {known})")
        unknown = set(hints) - known_letter
        if unknown:
            where = f"[letter.{code}]"
            raise PlaybookError(f"{source}: unknown letter hint(s) in {where} {sorted(unknown)}")


class PlaybookLibrary:
    """All scenarios' playbooks; user copies in `user_dir` override shipped ones.

    A user copy that cannot be read or parsed falls back to the shipped playbook;
    `problems` then holds one line for it (the file, the error, the TOML line when
    known). Playbooks load on first use, so `problems` fills as they load; `all()`
    loads every scenario's. Only a broken shipped playbook raises PlaybookError.
    """

    def __init__(self, user_dir: Path | None = None, shipped_dir: Path = SHIPPED_DIR):
        self._user_dir = user_dir
        self._shipped_dir = shipped_dir
        self._cache: dict[str, Playbook] = {}
        self.problems: list[str] = []

    def get(self, scenario: str) -> Playbook:
        name = scenario if scenario in SCENARIOS else "generic"
        if name not in self._cache:
            self._cache[name] = self._load(name)
        return self._cache[name]

    def all(self) -> list[Playbook]:
        return [self.get(s) for s in SCENARIOS]

    def _load(self, name: str) -> Playbook:
        if self._user_dir is not None:
            path = self._user_dir / f"{name}.toml"
            try:
                if path.is_file():
                    return parse_playbook(path.read_text(encoding="utf-8"), str(path))
            except PlaybookError as exc:
                self._problem(f"{exc}; using the shipped playbook instead")
            except (OSError, UnicodeDecodeError) as exc:
                why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                self._problem(f"{path}: cannot be read ({why}); using the shipped playbook instead")
        path = self._shipped_dir / f"{name}.toml"
        if not path.is_file():
            raise PlaybookError(f"no playbook for scenario {name!r} in {self._shipped_dir}")
        return parse_playbook(path.read_text(encoding="utf-8"), str(path))

    def _problem(self, line: str) -> None:
        line = " ".join(line.split())
        if line not in self.problems:
            self.problems.append(line)
