"""A scenario of the user's own, written into the playbooks folder as the Playbooks page
would save it: the tests of every place that lists, accepts or names a scenario use it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from domain.playbook_toml import to_toml
from domain.playbooks import PlaybookLibrary

MINE = "budget_overrun_mine"
MINE_NAME = "Budget overrun (mine)"


def write_own_playbook(
    folder: Path,
    scenario: str = MINE,
    name: str = MINE_NAME,
    base: str = "budget_overrun",
    jargon: tuple[str, ...] | None = None,
) -> Path:
    """`folder`/<scenario>.toml: a copy of the shipped `base` under a new id and name
    (and jargon words, when given)."""
    folder.mkdir(parents=True, exist_ok=True)
    playbook = replace(PlaybookLibrary(None).shipped(base), id=scenario, name=name)
    if jargon is not None:
        playbook = replace(playbook, jargon=jargon)
    path = folder / f"{scenario}.toml"
    path.write_text(to_toml(playbook), encoding="utf-8")
    return path
