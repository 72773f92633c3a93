"""Storage errors carry one sentence a user can act on."""


class StorageError(Exception):
    """Base class; str(error) is a one-line message for the user."""


class NotCandorDatabase(StorageError):
    pass


class NewerDatabase(StorageError):
    pass


class DatabaseUnavailable(StorageError):
    """Missing folder, no permission, locked, damaged."""
