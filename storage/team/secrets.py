"""Where a member's password is kept: the system keyring when one works, else the 0600
database (the caller warns then). CANDOR_NO_KEYRING=1 skips the keyring (tests, and
machines whose keyring asks questions at awkward times)."""

from __future__ import annotations

import contextlib
import os

SERVICE = "candor-team"


def _keyring():  # noqa: ANN202 (keyring's module, or None)
    if os.environ.get("CANDOR_NO_KEYRING"):
        return None
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration is no keyring
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def store_in_keyring(key: str, password: str) -> bool:
    """True when the keyring took the password (and gives it back)."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, key, password)
        return keyring.get_password(SERVICE, key) == password
    except Exception:  # locked, refused, no D-Bus: fall back to the database
        return False


def from_keyring(key: str) -> str | None:
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(SERVICE, key)
    except Exception:
        return None


def forget(key: str) -> None:
    keyring = _keyring()
    if keyring is not None:
        with contextlib.suppress(Exception):
            keyring.delete_password(SERVICE, key)
