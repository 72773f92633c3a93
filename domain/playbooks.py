"""Playbooks: one per scenario, shipped as TOML in resources/playbooks.

A playbook sets the checklist items, the prep prompts and the wording hints of
the follow-up letter: `[letter]` in English, and a table per other letter language
(`[letter.de]`, `[letter.fr]`, ...). A hint a language's table lacks (a user copy
written before translations, say) is taken from the English one. A copy in the
user's data folder (same file name) takes precedence over the shipped one, so a
user can adapt the wording; another file there is a scenario of the user's own. Every
file is checked by domain.playbook_check. A copy that cannot be used (a typo in the
TOML, a wrong type, a 60,000-item checklist) never stops the app: the shipped playbook
is used instead and the problem is listed in PlaybookLibrary.problems, one line per file.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path

from domain.languages import LetterLanguage
from domain.model import Call, Section
from domain.scenarios import (
    PLAYBOOK_STEM,
    SCENARIO_LABELS,
    SCENARIOS,
    playbook_ids_in,
    scenario_label,
)
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


def parse_playbook(text: str, source: str = "<playbook>") -> Playbook:
    """A playbook from TOML text, checked by domain.playbook_check (the one validator)."""
    from domain.playbook_check import parse_playbook as parse

    return parse(text, source)


def checklist_of(call: Call, playbook: Playbook) -> Playbook:
    """`playbook` with the checklist `call` was made with: a call that has gone live keeps
    the items it had then (stored with it), whatever the playbook says now."""
    if call.checklist is None:
        return playbook
    return replace(playbook, items=tuple(call.checklist))


@dataclass(frozen=True)
class PlaybookEntry:
    """One line of the playbooks list: whose it is and whether the user changed it."""

    id: str
    name: str
    source: str  # "shipped" or "user" (a scenario of the user's own)
    changed: bool = False  # a shipped one the user's copy changes
    problem: str = ""  # why the user's file for it is not used


class PlaybookLibrary:
    """All scenarios' playbooks; user copies in `user_dir` override shipped ones, and
    other files there (price_increase.toml) are scenarios of the user's own.

    A user file that cannot be read or does not validate falls back to the shipped
    playbook (generic for a scenario of the user's own); `problems` then holds one line
    for it (the file, the line when known, what is wrong). Playbooks load on first use,
    so `problems` fills as they load; `all()` loads every one. Only a broken shipped
    playbook raises PlaybookError. `reload()` forgets everything read, after a save.
    """

    def __init__(self, user_dir: Path | None = None, shipped_dir: Path = SHIPPED_DIR):
        self.user_dir = user_dir
        self._shipped_dir = shipped_dir
        self.reload()

    def reload(self) -> None:
        self._cache: dict[str, Playbook] = {}
        self._shipped: dict[str, Playbook] = {}
        self._why: dict[str, str] = {}  # id -> why its user file is not used
        self.problems: list[str] = []

    # reading ----------------------------------------------------------------------
    def get(self, scenario: str) -> Playbook:
        """The scenario's playbook; an unknown scenario (or one whose file is broken or
        gone) gets the generic playbook."""
        if scenario not in self._cache:
            found = self._load(scenario)
            if found is None:
                return self.get("generic")
            self._cache[scenario] = found
        return self._cache[scenario]

    def all(self) -> list[Playbook]:
        """The shipped scenarios in their order, then the user's own by name."""
        shipped = [self.get(s) for s in SCENARIOS]
        own = [p for p in (self._own(i) for i in self.own_ids()) if p is not None]
        return shipped + sorted(own, key=lambda p: p.name.casefold())

    def scenario_names(self) -> dict[str, str]:
        """Every scenario a call can be given, id -> name, in the order offered: the shipped
        ones (a user's copy may rename one), then the user's own whose file is usable. The
        one list the prepare form, History's filter, invitations and the command line
        accept; `label` words a scenario from it. Without a file in the user's folder
        they are the shipped names, and no playbook is read."""
        if not playbook_ids_in(self.user_dir):
            return dict(SCENARIO_LABELS)
        return {p.id: p.name for p in self.all()}

    def label(self, scenario: str) -> str:
        """The scenario's name as every screen and file shows it (domain.scenarios)."""
        return scenario_label(scenario, self.scenario_names())

    def shipped(self, scenario: str) -> Playbook:
        """The shipped playbook of `scenario`, whatever the user changed."""
        if scenario not in self._shipped:
            path = self._shipped_dir / f"{scenario}.toml"
            if scenario not in SCENARIOS or not path.is_file():
                raise PlaybookError(f"no shipped playbook {scenario!r} in {self._shipped_dir}")
            self._shipped[scenario] = parse_playbook(path.read_text(encoding="utf-8"), str(path))
        return self._shipped[scenario]

    def own_ids(self) -> list[str]:
        """The ids of the files in the user folder that are not shipped scenarios."""
        return [n for n in playbook_ids_in(self.user_dir) if n not in SCENARIOS]

    def exists(self, scenario: str) -> bool:
        """A shipped scenario, or one of the user's own whose file is usable."""
        return scenario in SCENARIOS or self._own(scenario) is not None

    def is_changed(self, scenario: str) -> bool:
        """A shipped scenario whose playbook in use is the user's, and differs."""
        return scenario in SCENARIOS and self.get(scenario) != self.shipped(scenario)

    def user_file(self, scenario: str) -> Path | None:
        return None if self.user_dir is None else self.user_dir / f"{scenario}.toml"

    def problem_of(self, scenario: str) -> str:
        """Why the user's file for `scenario` is not used ('' when it is, or there is none)."""
        self._load(scenario)
        return self._why.get(scenario, "")

    def entries(self) -> list[PlaybookEntry]:
        """Every playbook for the list: the shipped ones (changed or not), the user's own."""
        result = [
            PlaybookEntry(p.id, p.name, "shipped", self.is_changed(p.id), self.problem_of(p.id))
            for p in self.all()
            if p.id in SCENARIOS
        ]
        for scenario in self.own_ids():
            own = self._own(scenario)
            name = own.name if own else scenario
            result.append(PlaybookEntry(scenario, name, "user", False, self.problem_of(scenario)))
        return result

    def _own(self, scenario: str) -> Playbook | None:
        if scenario in SCENARIOS:
            return None
        if scenario not in self._cache:
            found = self._load(scenario)
            if found is None:
                return None
            self._cache[scenario] = found
        return self._cache[scenario]

    def _load(self, scenario: str) -> Playbook | None:
        shipped = scenario in SCENARIOS
        if not shipped and not PLAYBOOK_STEM.fullmatch(scenario):
            return None
        user = self._read_user(scenario)
        if user is not None:
            return user
        return self.shipped(scenario) if shipped else None

    def _read_user(self, scenario: str) -> Playbook | None:
        path = self.user_file(scenario)
        if path is None or scenario in self._why:
            return None
        fallback = "the shipped playbook" if scenario in SCENARIOS else "the generic playbook"
        try:
            if not path.is_file():
                return None
            playbook = read_playbook_file(path)
            if playbook.id != scenario:
                raise PlaybookError(
                    f"{path}: its id is {playbook.id!r}; a playbook's file is named after "
                    f"its id ({playbook.id}.toml)"
                )
            return playbook
        except PlaybookError as exc:
            self._problem(scenario, f"{exc}; using {fallback} instead")
        except (OSError, UnicodeDecodeError) as exc:
            why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self._problem(scenario, f"{path}: cannot be read ({why}); using {fallback} instead")
        return None

    def _problem(self, scenario: str, line: str) -> None:
        line = " ".join(line.split())
        self._why[scenario] = line
        if line not in self.problems:
            self.problems.append(line)


def read_playbook_file(path: Path) -> Playbook:
    """A playbook file, its size checked before a byte is read (a 10 MB file is refused,
    not parsed); PlaybookError says what is wrong, OSError what stops reading it."""
    from domain.playbook_check import MAX_FILE_BYTES, read_playbook_bytes, too_large

    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):  # a pipe or a device would block the read, or never end
        raise PlaybookError(f"{path}: not a regular file")
    if info.st_size > MAX_FILE_BYTES:
        raise too_large(str(path), info.st_size)
    with open(path, "rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    return read_playbook_bytes(data, str(path))
