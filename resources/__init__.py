"""Candor's shipped data as package data: playbooks, letter wording, tone rules, the style
sheet and icons. An installed wheel, a PyInstaller bundle and a source checkout all find
them beside this module, whatever the working folder.

`importlib.resources.files(__name__)` returns this very folder for a package on disk; it
is not used because importing it costs about 12 ms, a quarter of `candor review`'s start.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent

# The desktop's name for Candor: the .desktop entry, the icon theme's file names, the
# AppStream id and the window's desktop file name (so the taskbar groups it) all use it.
APP_ID = "org.candor.Candor"
ICON_SIZES = (16, 32, 48, 64, 128, 256)  # the PNGs tools/build_icons.py renders


def resource_path(*parts: str) -> Path:
    """A shipped file or folder: resource_path("playbooks", "generic.toml")."""
    return ROOT.joinpath(*parts)


def icon_path(size: int | None = None) -> Path:
    """The app icon: the SVG, or the PNG of one of ICON_SIZES."""
    name = "candor.svg" if size is None else f"candor-{size}.png"
    return ROOT / "icons" / name


def app_version() -> str:
    """The installed package's version, else the version in pyproject.toml beside the
    code (a checkout that was never installed), else "(unknown version)"."""
    from importlib import metadata

    try:
        return metadata.version("candor")
    except metadata.PackageNotFoundError:
        pass
    import tomllib

    try:
        with open(ROOT.parent / "pyproject.toml", "rb") as handle:
            return str(tomllib.load(handle)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "(unknown version)"
