"""Opening a Store loads only what is used: `candor list` should start about as fast as
Python itself, so the repositories a command does not touch are never imported."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UNUSED_BY_A_LISTING = (
    "storage.entries",
    "storage.reports",
    "storage.search",
    "storage.settings",
    "storage.tone_choices",
    "platformdirs",
)


def loaded_after(code: str, db: Path) -> set[str]:
    probe = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", probe, str(db)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=60,
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_listing_calls_loads_only_the_calls_repository(tmp_path):
    code = "from storage.store import Store\nStore(sys.argv[1]).calls.summaries()"
    loaded = loaded_after(code, tmp_path / "c.db")
    assert "storage.calls" in loaded
    assert not loaded & set(UNUSED_BY_A_LISTING), sorted(loaded & set(UNUSED_BY_A_LISTING))


def test_each_repository_loads_on_first_use(store):
    assert store.reports is store.reports  # built once, then kept
    assert store.settings.profile() is not None
    assert store.entries and store.search and store.tone


NOT_BEFORE_THE_FIRST_FRAME = frozenset({"dataclasses", "storage.backup", "storage.restore", "glob"})


def _existing_file(tmp_path: Path) -> Path:
    """A database file made (and migrated) by a process of its own."""
    db = tmp_path / "c.db"
    loaded_after("from storage.store import Store\nStore(sys.argv[1]).close()", db)
    return db


def test_what_the_window_reads_before_its_first_frame_loads_no_backup_code(tmp_path):
    """The window's first frame waits for the store, its settings and the newest calls:
    none of that needs the backup code, the dataclasses module or glob (start-up is a
    bar, at most 1.5 x a bare PySide6 window)."""
    db = _existing_file(tmp_path)
    code = (
        "from storage.store import Store\n"
        "store = Store(sys.argv[1])\n"
        "store.settings.load()\n"
        "store.calls.summaries(limit=40)"
    )
    loaded = loaded_after(code, db)
    assert "storage.settings" in loaded
    assert not loaded & NOT_BEFORE_THE_FIRST_FRAME, sorted(loaded & NOT_BEFORE_THE_FIRST_FRAME)


def test_saving_a_setting_loads_no_dataclasses_module(tmp_path):
    """The window saves its geometry as it closes: no module loaded for that alone."""
    db = _existing_file(tmp_path)
    code = (
        "from storage.store import Store\n"
        "store = Store(sys.argv[1])\n"
        "store.settings.update(window_geometry='abc')\n"
        "assert store.settings.load().window_geometry == 'abc'"
    )
    assert "dataclasses" not in loaded_after(code, db)


def test_an_unknown_setting_is_refused_and_nothing_is_written(store):
    before = store.settings.load()
    with pytest.raises(TypeError):
        store.settings.update(window_geometry="abc", no_such_setting=1)
    assert store.settings.load() == before
