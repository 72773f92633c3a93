"""Checks run before Qt starts, so a missing display or library gets one plain sentence.

Without them Qt aborts with a long plugin stack trace that tells a user nothing.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

NO_DISPLAY = (
    "Candor needs a display: run it from a desktop session, "
    "or set DISPLAY (for example under Xvfb)."
)
XCB_PACKAGES = (
    "libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libegl1"
)
MISSING_XCB = (
    "Candor's window needs the X11 libraries Qt uses; on Debian or Ubuntu install them with "
    f"`sudo apt install {XCB_PACKAGES}`."
)


def qt_platform(env: Mapping[str, str]) -> str:
    """The platform plugin Qt will pick on Linux: the variable's first entry, else its default."""
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    return "wayland" if env.get("WAYLAND_DISPLAY") else "xcb"


LIBRARY_DIRS = ("/usr/lib/*-linux-gnu", "/usr/lib64", "/usr/lib", "/lib/*-linux-gnu")


def find_system_library(name: str) -> str | None:
    """Where lib<name>.so lives; the usual folders first, then ldconfig (a subprocess,
    tens of milliseconds of start-up) only when they do not have it."""
    import glob  # only where the X11 libraries are looked for (not offscreen, not Wayland)

    for folder in LIBRARY_DIRS:
        found = glob.glob(f"{folder}/lib{name}.so*")
        if found:
            return found[0]
    import ctypes.util

    return ctypes.util.find_library(name)


def display_problem(
    env: Mapping[str, str] | None = None,
    system: str | None = None,
    find_library: Callable[[str], str | None] = find_system_library,
) -> str | None:
    """One sentence saying why the window cannot open here, or None when it can."""
    env = os.environ if env is None else env
    system = sys.platform if system is None else system
    if not system.startswith("linux"):
        return None
    explicit = env.get("QT_QPA_PLATFORM", "").strip()
    has_display = bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))
    if not explicit and not has_display:
        return NO_DISPLAY
    platform = qt_platform(env)
    if platform == "xcb":
        if not env.get("DISPLAY"):
            return NO_DISPLAY
        if find_library("xcb-cursor") is None:
            return MISSING_XCB
    return None
