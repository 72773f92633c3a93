"""The shared sample database of the command-line tests."""

from tests.cli.helpers import demo_db  # noqa: F401 (a fixture)
