"""The wheel built from this checkout works on its own: installed into a fresh venv and
run from another folder, it finds its playbooks, letter wording, tone data and style.

The fresh venv gets Candor from the wheel and nothing from the checkout; its
dependencies (PySide6, python-docx, …) are borrowed from the test run's own environment
through a path file, so the test needs no network and no second copy of Qt.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [built] = out.glob("candor-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv holding the wheel; returns its bin folder."""
    home = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False).create(home)
    python = home / "bin" / "python"
    site = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    # Only the dependencies: a path line does not run the editable install's finder.
    (site / "borrowed_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
         "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )  # fmt: skip
    return home / "bin"


def run(bin_dir: Path, cwd: Path, *args: str, stdin: str | None = None) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "CANDOR_DB")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [str(bin_dir / "candor"), *args],
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_wheel_holds_everything_the_app_reads(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "resources/style.qss",
        "resources/playbooks/generic.toml",
        "resources/letters/de.toml",
        "resources/tone/gates.json",
        "resources/tone/word_frequency.txt",
        "resources/desktop/org.candor.Candor.desktop",
        "resources/desktop/org.candor.Candor.metainfo.xml",
        "resources/icons/candor.svg",
        *(f"resources/icons/candor-{size}.png" for size in (16, 32, 48, 64, 128, 256)),
        "cli/__init__.py",
        "cli/desktop.py",
        "ui/pages/playbooks/controller.py",  # a package only with its __init__.py
        "main.py",
    ):
        assert needed in names, needed
    assert not any(name.startswith("tests/") for name in names)


def test_the_installed_command_works_from_another_folder(installed, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = subprocess.run(
        [installed / "python", "-c", "import domain, resources; print(domain.__file__)"],
        cwd=elsewhere, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert str(ROOT) not in where and "site-packages" in where
    assert run(installed, elsewhere, "--version").startswith("candor ")
    db = str(elsewhere / "c.db")
    assert "sample calls" in run(installed, elsewhere, "--db", db, "demo", "--calls", "6")
    [first, *_] = json.loads(run(installed, elsewhere, "--db", db, "list", "--json"))
    run(installed, elsewhere, "--db", db, "export", str(first["id"]), "-o", "letter.docx")
    assert (elsewhere / "letter.docx").stat().st_size > 5000
    run(installed, elsewhere, "--db", db, "export", str(first["id"]), "--lang", "de", "-o", "de.md")
    assert "Was" in (elsewhere / "de.md").read_text(encoding="utf-8")
    review = json.loads(
        run(installed, elsewhere, "review", "-", "--json", stdin="We will try to fix it asap.")
    )
    assert review, "the tone rules were not found"


def test_the_installed_command_installs_the_desktop_entry(installed, tmp_path, monkeypatch):
    """The files come from the wheel (site-packages), whatever the working folder."""
    share = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(share))
    out = run(installed, tmp_path, "--install-desktop")
    entry = share / "applications" / "org.candor.Candor.desktop"
    assert f"wrote {entry}" in out and entry.is_file()
    assert (share / "icons" / "hicolor" / "16x16" / "apps" / "org.candor.Candor.png").is_file()
    run(installed, tmp_path, "--uninstall-desktop")
    assert not entry.exists()
