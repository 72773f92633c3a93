"""Playbooks: one per scenario, shipped as TOML in resources/playbooks.

A playbook sets the checklist items, the prep prompts and the wording hints of
the follow-up letter. A copy in the user's data folder (same file name) takes
precedence over the shipped one, so a user can adapt the wording.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from domain.model import FollowUp, Prep, Section, scenario_label  # noqa: F401 (re-export)

SHIPPED_DIR = Path(__file__).resolve().parent.parent / "resources" / "playbooks"
SCENARIOS: tuple[str, ...] = (
    "generic",
    "delivery_delay",
    "budget_overrun",
    "working_as_designed",
    "third_party_fault",
    "outage",
)


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
    letter_hints: dict[str, str] = field(default_factory=dict)
    jargon: tuple[str, ...] = ()

    def section(self, section: Section) -> list[ChecklistItem]:
        return [item for item in self.items if item.section is section]

    def item(self, item_id: str) -> ChecklistItem | None:
        return next((item for item in self.items if item.id == item_id), None)


def parse_playbook(text: str, source: str = "<playbook>") -> Playbook:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PlaybookError(f"{source}: not valid TOML ({exc})") from exc
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
            letter_hints={k: str(v) for k, v in data.get("letter", {}).items()},
            jargon=tuple(str(j) for j in data.get("jargon", [])),
        )
    except (KeyError, ValueError) as exc:
        raise PlaybookError(f"{source}: missing or invalid field ({exc})") from exc
    _validate(playbook, source)
    return playbook


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


class PlaybookLibrary:
    """All scenarios' playbooks; user copies in `user_dir` override shipped ones."""

    def __init__(self, user_dir: Path | None = None, shipped_dir: Path = SHIPPED_DIR):
        self._dirs = [d for d in (user_dir, shipped_dir) if d is not None]
        self._cache: dict[str, Playbook] = {}

    def get(self, scenario: str) -> Playbook:
        if scenario not in self._cache:
            self._cache[scenario] = self._load(scenario)
        return self._cache[scenario]

    def all(self) -> list[Playbook]:
        return [self.get(s) for s in SCENARIOS]

    def _load(self, scenario: str) -> Playbook:
        name = scenario if scenario in SCENARIOS else "generic"
        for folder in self._dirs:
            path = folder / f"{name}.toml"
            if path.is_file():
                return parse_playbook(path.read_text(encoding="utf-8"), str(path))
        raise PlaybookError(f"no playbook for scenario {scenario!r}")
