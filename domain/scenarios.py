"""The scenario ids and how a scenario is named, apart from the playbooks: the command
line's parser and `candor list` use them without loading the playbooks' TOML reader and
dataclasses on every start.

Which scenarios exist is the playbooks' business: the six shipped ones, and the user's own
whose file is usable (`domain.playbooks.PlaybookLibrary.scenario_names`, an ordered
id -> name mapping). Every screen, file and command that lists, accepts or names a
scenario takes that mapping; `scenario_label` is the one way to word a scenario.
"""

from __future__ import annotations

import os
import re

TYPE_CHECKING = False  # importing typing costs the command line 2-3 ms; annotations are text
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

SCENARIOS: tuple[str, ...] = (
    "generic",
    "delivery_delay",
    "budget_overrun",
    "working_as_designed",
    "third_party_fault",
    "outage",
)

# The shipped playbooks' names (tests/domain/test_playbooks.py keeps them equal).
SCENARIO_LABELS: dict[str, str] = {
    "generic": "Generic",
    "delivery_delay": "Delivery delay",
    "budget_overrun": "Budget overrun",
    "working_as_designed": "Working as designed",
    "third_party_fault": "Third-party fault",
    "outage": "Outage or incident",
}


# A playbook file's name: its id, which names a scenario of the user's own.
PLAYBOOK_STEM = re.compile(r"[a-z0-9][a-z0-9_]{0,63}")


def playbook_ids_in(folder: str | os.PathLike[str] | None) -> list[str]:
    """The ids of the playbook files in the user's folder, sorted (copies of shipped ones
    and scenarios of the user's own alike; none when the folder is not there). None at
    all means every scenario is named as shipped: a screen or `candor list` needs no
    playbook read then."""
    if folder is None:
        return []
    try:
        with os.scandir(folder) as entries:
            stems = [e.name[:-5] for e in entries if e.name.endswith(".toml")]
    except OSError:
        return []
    return sorted(s for s in stems if PLAYBOOK_STEM.fullmatch(s))


def scenario_label(scenario: str, names: Mapping[str, str] | None = None) -> str:
    """How a scenario is named everywhere: its playbook's name in `names` (the library's
    `scenario_names()`: a scenario of the user's own reads "Budget overrun (mine)");
    without it, or when that playbook's file is gone or refused, the shipped name, else the
    id humanised ("price_increase" reads "Price increase")."""
    if names:
        named = names.get(scenario)
        if named:
            return named
    return SCENARIO_LABELS.get(scenario) or scenario.replace("_", " ").capitalize()


def scenario_sort_text(scenario: str, names: Mapping[str, str] | None = None) -> str:
    """The label as a list sorts it: case-folded (the SQL order of storage.history and the
    History table's sort role agree on it)."""
    return scenario_label(scenario, names).casefold().replace("\x00", "")


def unknown_scenario(scenario: str, names: Iterable[str]) -> str:
    """What is said of a scenario that is not one of `names` (the ids, in order)."""
    return f"unknown scenario {scenario!r}; one of {', '.join(names)}"
