"""The scenario ids, apart from the playbooks: the command line's parser offers them as
choices without loading the playbooks' TOML reader and dataclasses on every start."""

SCENARIOS: tuple[str, ...] = (
    "generic",
    "delivery_delay",
    "budget_overrun",
    "working_as_designed",
    "third_party_fault",
    "outage",
)
