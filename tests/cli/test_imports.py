"""What each command loads: `list` and `review` must start about as fast as Python does,
so the heavy layers (Qt, python-docx, the tone rules, sqlite-utils) load only for the
commands that use them (psycopg and keyring: only `candor team ...`). A test of the import
graph, not of time.

The lighter modules below cost a few milliseconds each, which `list` and `review` cannot
spare (bench/cli_startup.py, docs/benchmarks.md): the dataclasses module (it loads
inspect, ast, dis and tokenize; domain.records keeps the model from needing it), typing
(annotations are text, and names only for checkers sit under TYPE_CHECKING), json
(only --json prints it), platformdirs (only the default database path needs it), shutil
(it loads bz2 and lzma; argparse imports it for the terminal's width, which
cli.parser's formatter reads itself)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.cli.helpers import ROOT

HEAVY = ("PySide6", "docx", "domain.tone", "sqlite_utils", "icalendar", "psycopg", "keyring")
LIGHT_BUT_SLOW = ("dataclasses", "inspect", "typing", "json", "platformdirs", "shutil")


def loaded_by(*argv: str, stdin: str = "") -> set[str]:
    """The modules loaded once `candor ARGV` has run, in a fresh interpreter."""
    probe = (
        "import sys\n"
        "from cli import main\n"
        "code = main(sys.argv[1:])\n"
        "loaded = sorted(sys.modules)\n"
        "import json\n"
        "print(json.dumps([code, loaded]))\n"
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
    unwanted |= set(LIGHT_BUT_SLOW)
    assert not loaded & unwanted, sorted(loaded & unwanted)


def test_list_json_loads_json_but_no_dataclasses(demo_db):
    loaded = top_level(loaded_by("--db", str(demo_db), "list", "--json"))
    assert "json" in loaded
    assert not loaded & {"dataclasses", "typing"}, sorted(loaded & {"dataclasses", "typing"})


def test_review_loads_the_tone_rules_and_no_database(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("We are sorry: the parts are late.", encoding="utf-8")
    loaded = top_level(loaded_by("review", str(draft)))
    assert "domain.tone" in loaded
    unwanted = {"PySide6", "docx", "sqlite3", "storage", "exporters", "ui", *LIGHT_BUT_SLOW}
    assert not loaded & unwanted, sorted(loaded & unwanted)


def test_review_with_a_scenario_finds_the_default_database_folder(tmp_path, monkeypatch):
    """`review` resolves no database path unless --scenario needs the playbooks beside it."""
    draft = tmp_path / "draft.txt"
    draft.write_text("We are sorry: the parts are late.", encoding="utf-8")
    monkeypatch.delenv("CANDOR_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # not the real home
    loaded = top_level(loaded_by("review", "--scenario", "generic", str(draft)))
    assert "storage.paths" in loaded and "domain.playbooks" in loaded


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
