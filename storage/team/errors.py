"""Team failures, each one sentence a user can act on (a StorageError, so the command
line prints one line and exits 1)."""

from __future__ import annotations

from storage.errors import StorageError


class TeamError(StorageError):
    """Base class of the team's failures."""


class NotJoined(TeamError):
    """This database publishes to no team yet."""


class ServerUnavailable(TeamError):
    """The server cannot be reached or went away; nothing is lost, publish again later."""


class LoginRefused(TeamError):
    """The server refused the login or the role lacks the rights it needs."""


class NewerServerSchema(TeamError):
    """The server's candor schema is newer than this app knows."""


class SchemaMissing(TeamError):
    """The server has no candor schema, or an older one than this app needs."""
