"""What each command loads: `list` and `review` must start about as fast as Python does,
so the heavy layers (Qt, python-docx, the tone rules, sqlite-utils) load only for the
commands that use them. A test of the import graph, not of time."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.cli.helpers import ROOT

HEAVY = ("PySide6", "docx", "domain.tone", "sqlite_utils", "icalendar")


def loaded_by(*argv: str, stdin: str = "") -> set[str]:
    """The modules loaded once `candor ARGV` has run, in a fresh interpreter."""
    probe = (
        "import sys\n"
        "from cli import main\n"
        "code = main(sys.argv[1:])\n"
        "import json\n"
        "print(json.dumps([code, sorted(sys.modules)]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, *argv],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=ROOT,
        timeout=60,
    )
    code, modules = json.loads(done.stdout.splitlines()[-1])
    assert code == 0, done.stderr
    return set(modules)


def top_level(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules} | modules


def test_list_loads_no_heavy_layer(demo_db):
    loaded = top_level(loaded_by("--db", str(demo_db), "list"))
    assert "storage.calls" in loaded
    unwanted = set(HEAVY) | {"exporters", "ui", "domain.playbooks", "storage.reports"}
    assert not loaded & unwanted, sorted(loaded & unwanted)


def test_review_loads_the_tone_rules_and_no_database(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("We are sorry: the parts are late.", encoding="utf-8")
    loaded = top_level(loaded_by("review", str(draft)))
    assert "domain.tone" in loaded
    unwanted = {"PySide6", "docx", "sqlite3", "storage.store", "exporters", "ui"}
    assert not loaded & unwanted, sorted(loaded & unwanted)


def test_help_loads_only_the_parser():
    probe = "import sys, cli.parser; cli.parser.build_parser(); print('\\n'.join(sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    loaded = top_level(set(done.stdout.split()))
    unwanted = set(HEAVY) | {"sqlite3", "storage", "domain.model", "exporters", "ui"}
    assert not loaded & unwanted, sorted(loaded & unwanted)


def test_a_markdown_export_loads_neither_word_nor_qt(demo_db, tmp_path):
    target = tmp_path / "letter.md"
    loaded = top_level(loaded_by("--db", str(demo_db), "export", "1", "-o", str(target)))
    assert target.exists()
    unwanted = {"PySide6", "docx", "icalendar", "domain.tone", "sqlite_utils", "ui"}
    assert not loaded & unwanted, sorted(loaded & unwanted)
