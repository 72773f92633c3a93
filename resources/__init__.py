"""Candor's shipped data as package data: playbooks, letter wording, tone rules, the style
sheet and icons. An installed wheel, a PyInstaller bundle and a source checkout all find
them beside this module, whatever the working folder.

`importlib.resources.files(__name__)` returns this very folder for a package on disk; it
is not used because importing it costs about 12 ms, a quarter of `candor review`'s start.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """A shipped file or folder: resource_path("playbooks", "generic.toml")."""
    return ROOT.joinpath(*parts)
