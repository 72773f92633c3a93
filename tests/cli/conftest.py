"""The shared sample database of the command-line tests."""

from tests.cli.helpers import demo_db  # noqa: F401 (a fixture)
from tests.team.fixtures import _no_keyring, pg_server, team  # noqa: F401, E402 (fixtures)
