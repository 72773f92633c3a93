"""The team tests' PostgreSQL (tests/team/fixtures.py)."""

from tests.team.fixtures import _no_keyring, pg_server, team  # noqa: F401 (fixtures)
