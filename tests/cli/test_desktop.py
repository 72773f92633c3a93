"""`candor --install-desktop` / `--uninstall-desktop`: valid files in the user's XDG data
folder (a temporary one here), and nothing of them left after uninstalling.

The entry is checked with desktop-file-validate and the metadata with appstreamcli when
they are installed (desktop-file-utils, appstream); a small parser checks the entry
either way."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from cli.desktop import data_home, exec_line, planned, quote_exec
from resources import APP_ID, ICON_SIZES, icon_path, resource_path
from tests.cli.helpers import run

ENTRY = resource_path("desktop", f"{APP_ID}.desktop")
METAINFO = resource_path("desktop", f"{APP_ID}.metainfo.xml")


@pytest.fixture
def xdg(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def desktop_group(path: Path) -> dict[str, str]:
    """The [Desktop Entry] group's keys, read as the spec lays the file out."""
    group, entries = None, {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            group = line.strip("[]")
            continue
        key, sep, value = line.partition("=")
        assert sep, f"not a key=value line: {line!r}"
        if group == "Desktop Entry":
            entries[key.strip()] = value.strip()
    return entries


def installed_files(home: Path) -> set[Path]:
    return {path for path in home.rglob("*") if path.is_file()}


def test_install_writes_the_entry_metadata_and_every_icon(xdg, capsys):
    code, out, err = run(capsys, "--install-desktop")
    assert code == 0, err
    entry = xdg / "applications" / f"{APP_ID}.desktop"
    metainfo = xdg / "metainfo" / f"{APP_ID}.metainfo.xml"
    svg = xdg / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    pngs = [xdg / "icons" / "hicolor" / f"{s}x{s}" / "apps" / f"{APP_ID}.png" for s in ICON_SIZES]
    for path in (entry, metainfo, svg, *pngs):
        assert path.is_file(), path
        assert f"wrote {path}" in out  # it says what it did
    assert metainfo.read_bytes() == METAINFO.read_bytes()
    assert svg.read_bytes() == icon_path().read_bytes()
    for size, png in zip(ICON_SIZES, pngs, strict=True):
        assert png.read_bytes() == icon_path(size).read_bytes()
    keys = desktop_group(entry)
    assert keys["Type"] == "Application"
    assert keys["Name"] == "Candor"
    assert keys["Icon"] == APP_ID
    assert keys["Exec"].strip('"').endswith("candor")
    assert "Office;" in keys["Categories"]
    assert keys.get("Terminal") == "false"


def test_the_installed_entry_is_valid(xdg, capsys):
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    assert run(capsys, "--install-desktop")[0] == 0
    for entry in (ENTRY, xdg / "applications" / f"{APP_ID}.desktop"):
        done = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True, timeout=30
        )
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_metadata_is_valid_appstream():
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli is not installed (apt-get install appstream)")
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_metadata_names_the_entry_and_the_command():
    text = METAINFO.read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text
    assert "<binary>candor</binary>" in text


def test_uninstall_removes_exactly_what_install_wrote(xdg, capsys):
    stranger = xdg / "applications" / "other.desktop"  # another application's entry stays
    stranger.parent.mkdir(parents=True)
    stranger.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n")
    before = installed_files(xdg)
    assert run(capsys, "--install-desktop")[0] == 0
    written = installed_files(xdg) - before
    ours = {target for _, target in planned(xdg)}
    assert ours <= written
    assert written - ours <= {  # the caches the refresh tools keep, when they are installed
        xdg / "applications" / "mimeinfo.cache",
        xdg / "icons" / "hicolor" / "icon-theme.cache",
    }
    code, out, err = run(capsys, "--uninstall-desktop")
    assert code == 0, err
    for path in ours:
        assert not path.exists(), path
        assert f"removed {path}" in out
    assert stranger.is_file()
    code, out, _ = run(capsys, "--uninstall-desktop")  # again: nothing left to remove
    assert code == 0 and "nothing to remove" in out


def test_the_cache_tools_are_optional(xdg, capsys, monkeypatch):
    """Without update-desktop-database and gtk-update-icon-cache the files still go in."""
    monkeypatch.setenv("PATH", str(xdg / "empty"))
    code, out, err = run(capsys, "--install-desktop")
    assert code == 0, err
    assert (xdg / "applications" / f"{APP_ID}.desktop").is_file()
    assert "update-desktop-database" not in out


def test_a_failing_cache_tool_is_reported_and_ignored(xdg, capsys, monkeypatch, tmp_path):
    tools = tmp_path / "bin"
    tools.mkdir()
    for name in ("update-desktop-database", "gtk-update-icon-cache"):
        script = tools / name
        script.write_text("#!/bin/sh\nexit 3\n")
        script.chmod(0o755)
    monkeypatch.setenv("PATH", str(tools))
    code, out, err = run(capsys, "--install-desktop")
    assert code == 0, err
    assert "update-desktop-database" in out and "exit 3, ignored" in out


def test_xdg_data_home_falls_back_to_local_share(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert data_home() == tmp_path / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")  # the spec ignores a relative path
    assert data_home() == tmp_path / ".local" / "share"


def test_exec_is_the_full_script_path_when_candor_is_not_on_path(monkeypatch, tmp_path):
    script = tmp_path / "my venv" / "bin" / "candor"
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\n")
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    assert exec_line(str(script)) == f'"{script}"'  # quoted: the path has a space
    assert exec_line("/usr/bin/python3") == "candor"
    assert quote_exec('/a/b"c$d') == '"/a/b\\"c\\$d"'


def test_the_desktop_options_take_no_command_and_not_each_other(capsys, xdg):
    code, _, err = run(capsys, "--install-desktop", "list")
    assert code == 2 and "takes no command" in err
    code, _, err = run(capsys, "--install-desktop", "--uninstall-desktop")
    assert code == 2 and "not allowed with" in err
    assert not xdg.exists()


def test_the_desktop_options_load_no_qt_and_no_database(xdg):
    from tests.cli.test_imports import loaded_by, top_level

    loaded = top_level(loaded_by("--install-desktop"))
    assert "cli.desktop" in loaded
    assert not loaded & {"PySide6", "storage", "sqlite3", "platformdirs", "ui"}
