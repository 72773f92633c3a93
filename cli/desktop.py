"""`candor --install-desktop` / `--uninstall-desktop`: the desktop entry, the icons and the
AppStream metadata copied into (and removed from) the user's XDG data folder.

pip and pipx install the `candor` command but nothing a desktop's launcher reads, so
this puts the shipped files (resources/desktop, resources/icons) where freedesktop
desktops look for them: $XDG_DATA_HOME, else ~/.local/share. No Qt is imported.

The files are named after resources.APP_ID, the id the window gives itself
(QGuiApplication.setDesktopFileName in ui.startup), so the taskbar groups the window
under the entry. Uninstall removes exactly the files install writes and nothing else:
the folders are shared with other applications and stay.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from resources import APP_ID, ICON_SIZES, icon_path, resource_path

COMMAND = "candor"
TOOL_TIMEOUT = 30  # seconds; a cache refresh that hangs is not worth waiting for


def data_home() -> Path:
    """$XDG_DATA_HOME when it is an absolute path (the spec ignores a relative one),
    else ~/.local/share."""
    configured = os.environ.get("XDG_DATA_HOME", "")
    if configured and os.path.isabs(configured):
        return Path(configured)
    return Path.home() / ".local" / "share"


def planned(home: Path) -> list[tuple[Path, Path]]:
    """(shipped file, where it goes) for every file install writes."""
    hicolor = home / "icons" / "hicolor"
    entry, metainfo = f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml"
    pairs = [
        (resource_path("desktop", entry), home / "applications" / entry),
        (resource_path("desktop", metainfo), home / "metainfo" / metainfo),
        (icon_path(), hicolor / "scalable" / "apps" / f"{APP_ID}.svg"),
    ]
    for size in ICON_SIZES:
        pairs.append((icon_path(size), hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
    return pairs


def exec_line(argv0: str | None = None) -> str:
    """The entry's Exec value: `candor` when the desktop's PATH finds it, else the full
    path of the `candor` script running now (a venv's bin folder is rarely on PATH),
    links kept as they are: pipx's ~/.local/bin/candor stays valid across its upgrades."""
    import shutil

    if shutil.which(COMMAND):
        return COMMAND
    script = Path(sys.argv[0] if argv0 is None else argv0)
    if script.name == COMMAND and script.is_file():
        return quote_exec(os.path.abspath(script))
    return COMMAND


def quote_exec(path: str) -> str:
    """A path as one Exec argument (Desktop Entry spec: double quotes, with ", `, $ and
    backslash escaped inside them)."""
    if not any(c in path for c in " \t\n\"'\\><~|&;$*?#()`"):
        return path
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in path)
    return f'"{escaped}"'


def desktop_entry(exec_value: str) -> str:
    """The shipped entry with its Exec line set to `exec_value`."""
    text = resource_path("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = text.splitlines()
    lines = [f"Exec={exec_value}" if line.startswith("Exec=") else line for line in lines]
    return "\n".join(lines) + "\n"


def install(home: Path | None = None, argv0: str | None = None) -> list[Path]:
    """Copy every file into place (replacing an older copy); returns the written paths."""
    home = data_home() if home is None else home
    written = []
    command = exec_line(argv0)
    for source, target in planned(home):
        if target.suffix == ".desktop":
            data = desktop_entry(command).encode("utf-8")
        else:
            data = source.read_bytes()
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        partial.write_bytes(data)
        partial.replace(target)
        written.append(target)
    if command != COMMAND:
        print(f"The entry starts {command} ('{COMMAND}' is not on PATH).")
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove the files install writes, those that are there; returns the removed paths."""
    home = data_home() if home is None else home
    removed = []
    for _, target in planned(home):
        try:
            target.unlink()
        except FileNotFoundError:
            continue
        removed.append(target)
    return removed


def refresh_caches(home: Path) -> list[str]:
    """Run update-desktop-database and gtk-update-icon-cache where they are installed, so a
    launcher sees the change now; either failing is only reported. Returns what ran."""
    import shutil

    reports = []
    for tool, args in (
        ("update-desktop-database", [str(home / "applications")]),
        ("gtk-update-icon-cache", ["-f", "-t", "-q", str(home / "icons" / "hicolor")]),
    ):
        found = shutil.which(tool)
        if found is None or not Path(args[-1]).is_dir():
            continue
        try:
            done = subprocess.run(
                [found, *args], capture_output=True, timeout=TOOL_TIMEOUT, check=False
            )
            outcome = "ran" if done.returncode == 0 else f"exit {done.returncode}, ignored"
        except (OSError, subprocess.TimeoutExpired) as exc:
            outcome = f"failed ({type(exc).__name__}), ignored"
        reports.append(f"{tool} {args[-1]}: {outcome}")
    return reports


def cmd_install(_args: object, _db_path: object) -> int:
    home = data_home()
    for path in install(home):
        print(f"wrote {path}")
    for line in refresh_caches(home):
        print(line)
    print("Candor is now in the applications menu (some desktops show it after a new login).")
    return 0


def cmd_uninstall(_args: object, _db_path: object) -> int:
    home = data_home()
    removed = uninstall(home)
    for path in removed:
        print(f"removed {path}")
    if not removed:
        print(f"nothing to remove: no Candor desktop files in {home}")
        return 0
    for line in refresh_caches(home):
        print(line)
    return 0
