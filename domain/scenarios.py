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

# The shipped playbooks' names (tests/domain/test_playbooks.py keeps them equal).
SCENARIO_LABELS: dict[str, str] = {
    "generic": "Generic",
    "delivery_delay": "Delivery delay",
    "budget_overrun": "Budget overrun",
    "working_as_designed": "Working as designed",
    "third_party_fault": "Third-party fault",
    "outage": "Outage or incident",
}
