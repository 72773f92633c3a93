"""`candor playbooks list|export|import|reset`: every import case of issue 14, and nothing
changes when a file is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from domain.playbooks import SCENARIOS, SHIPPED_DIR
from storage.paths import user_playbook_dir
from tests.cli.helpers import one_error_line, run


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "data" / "candor.db"


def folder_state(db: Path) -> dict[str, bytes]:
    folder = user_playbook_dir(db)
    return {p.name: p.read_bytes() for p in folder.iterdir()} if folder.exists() else {}


def listing(capsys, db: Path) -> dict[str, dict]:
    code, out, _ = run(capsys, "--db", str(db), "playbooks", "list", "--json")
    assert code == 0
    return {row["id"]: row for row in json.loads(out)}


def exported(capsys, db: Path, scenario: str, target: Path) -> str:
    code, out, err = run(
        capsys, "--db", str(db), "playbooks", "export", scenario, "-o", str(target)
    )
    assert code == 0, err
    return target.read_text(encoding="utf-8")


def test_list_shows_every_shipped_playbook(capsys, db):
    rows = listing(capsys, db)
    assert list(rows) == list(SCENARIOS)
    assert rows["outage"] == {
        "id": "outage",
        "name": "Outage or incident",
        "source": "shipped",
        "changed": False,
        "problem": None,
    }
    code, out, _ = run(capsys, "--db", str(db), "playbooks", "list")
    assert code == 0 and "outage" in out and "(shipped)" in out


def test_a_valid_file_is_imported_and_listed(capsys, db, tmp_path):
    text = exported(capsys, db, "budget_overrun", tmp_path / "b.toml")
    mine = text.replace('id = "budget_overrun"', 'id = "price_increase"')
    (tmp_path / "price.toml").write_text(mine.replace('"Budget overrun"', '"Price increase"'))
    code, out, err = run(
        capsys, "--db", str(db), "playbooks", "import", str(tmp_path / "price.toml")
    )
    assert (code, err) == (0, "") and "price_increase (Price increase) imported" in out
    rows = listing(capsys, db)
    assert (
        rows["price_increase"]["source"] == "user"
        and rows["price_increase"]["name"] == "Price increase"
    )
    assert set(folder_state(db)) == {"price_increase.toml"}


def test_editing_a_shipped_one_by_import_marks_it_changed_and_reset_undoes_it(capsys, db, tmp_path):
    text = exported(capsys, db, "outage", tmp_path / "o.toml")
    (tmp_path / "o.toml").write_text(text.replace('"Outage or incident"', '"Our outage"'))
    assert run(capsys, "--db", str(db), "playbooks", "import", str(tmp_path / "o.toml"))[0] == 0
    rows = listing(capsys, db)
    assert rows["outage"]["changed"] is True and rows["outage"]["name"] == "Our outage"
    code, out, _ = run(capsys, "--db", str(db), "playbooks", "reset", "outage")
    assert code == 0 and "reset to the shipped one" in out
    assert listing(capsys, db)["outage"]["changed"] is False and folder_state(db) == {}
    code, out, _ = run(capsys, "--db", str(db), "playbooks", "reset", "outage")
    assert code == 0 and "already the shipped one" in out


def shipped_text() -> str:
    return (SHIPPED_DIR / "generic.toml").read_text(encoding="utf-8")


REFUSED = {
    "syntax": (
        shipped_text().replace('name = "Generic"', 'name = "Generic'),
        ", line 4, column 16: not valid TOML",
    ),
    "wrong-type": (
        shipped_text().replace("jargon = []", 'jargon = "abc"'),
        "jargon must be a list of words, not text",
    ),
    "table-for-text": (
        shipped_text().replace(
            'subject = "{title}: what happened and what happens next"', "subject = {a = 1}"
        ),
        "letter hint 'subject' must be text, not a table",
    ),
    "unknown-section": (
        shipped_text() + "\n[weather]\nsunny = true\n",
        "unknown section 'weather'",
    ),
    "empty-item": (
        shipped_text().replace('text = "Use words the client uses, no jargon"', 'text = ""'),
        "text is empty",
    ),
}


@pytest.mark.parametrize("case", REFUSED, ids=list(REFUSED))
def test_a_bad_file_is_refused_with_where_and_nothing_changes(capsys, db, tmp_path, case):
    import re

    text, expected = REFUSED[case]
    source = tmp_path / "incoming.toml"
    source.write_text(text, encoding="utf-8")
    before = folder_state(db)
    code, out, err = run(capsys, "--db", str(db), "playbooks", "import", str(source))
    line = one_error_line(err)
    assert code == 1 and out == ""
    assert str(source) in line and re.search(expected, line), line
    if case != "syntax":
        assert ", line " in line
    assert folder_state(db) == before
    assert listing(capsys, db)["generic"]["changed"] is False


def test_a_10_mb_file_is_refused(capsys, db, tmp_path):
    source = tmp_path / "huge.toml"
    source.write_bytes(shipped_text().encode() + b"# padding\n" * 1_000_000)
    code, _, err = run(capsys, "--db", str(db), "playbooks", "import", str(source))
    assert code == 1 and "the file is 10.0 MB; a playbook is at most 1.0 MB" in one_error_line(err)
    assert folder_state(db) == {}


def test_an_id_clash_needs_replace(capsys, db, tmp_path):
    text = exported(capsys, db, "generic", tmp_path / "g.toml")
    (tmp_path / "a.toml").write_text(text.replace('"Generic"', '"Ours A"'))
    (tmp_path / "b.toml").write_text(text.replace('"Generic"', '"Ours B"'))
    assert run(capsys, "--db", str(db), "playbooks", "import", str(tmp_path / "a.toml"))[0] == 0
    before = folder_state(db)
    code, out, err = run(capsys, "--db", str(db), "playbooks", "import", str(tmp_path / "b.toml"))
    assert code == 1 and out == ""
    assert "already there; import with --replace" in one_error_line(err)
    assert folder_state(db) == before
    code, _, _ = run(
        capsys, "--db", str(db), "playbooks", "import", str(tmp_path / "b.toml"), "--replace"
    )
    assert code == 0 and listing(capsys, db)["generic"]["name"] == "Ours B"


def test_a_broken_file_in_the_data_folder_is_listed_with_its_reason(capsys, db):
    folder = user_playbook_dir(db)
    folder.mkdir(parents=True)
    (folder / "outage.toml").write_text('id = "outage"\njargon = "abc"\n')
    code, out, err = run(capsys, "--db", str(db), "playbooks", "list", "--json")
    rows = {r["id"]: r for r in json.loads(out)}
    assert code == 0 and rows["outage"]["name"] == "Outage or incident"
    assert "jargon must be a list of words" in rows["outage"]["problem"]
    assert "using the shipped playbook instead" in err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["export", "outage"], "needs -o FILE"),
        (["import"], "needs a file"),
        (["reset"], "needs a playbook id"),
        (["list", "outage"], "takes no id"),
        (["reset", "outage", "--replace"], "--replace is for import"),
        (["shout"], "invalid choice"),
    ],
)
def test_usage_errors_exit_2(capsys, db, argv, expected):
    code, _, err = run(capsys, "--db", str(db), "playbooks", *argv)
    assert code == 2 and expected in err


def test_unknown_ids_and_missing_files_are_one_line(capsys, db, tmp_path):
    code, _, err = run(
        capsys, "--db", str(db), "playbooks", "export", "nope", "-o", str(tmp_path / "x.toml")
    )
    assert code == 1 and "there is no playbook 'nope'" in one_error_line(err)
    code, _, err = run(capsys, "--db", str(db), "playbooks", "import", str(tmp_path / "none.toml"))
    assert code == 1 and "no such file" in one_error_line(err)
    code, _, err = run(capsys, "--db", str(db), "playbooks", "reset", "price_increase")
    assert code == 1 and "not a shipped playbook" in one_error_line(err)


def test_export_never_overwrites_the_database(capsys, tmp_path):
    db = tmp_path / "candor.db"
    assert run(capsys, "--db", str(db), "demo", "--calls", "2")[0] == 0
    before = db.read_bytes()
    for target in (db, Path(f"{db}-wal")):
        code, _, err = run(
            capsys, "--db", str(db), "playbooks", "export", "generic", "-o", str(target)
        )
        assert code == 1 and "is the database" in one_error_line(err)
    assert db.read_bytes() == before


def test_a_pipe_is_refused_without_blocking(capsys, db, tmp_path):
    import os

    pipe = tmp_path / "pipe.toml"
    os.mkfifo(pipe)
    code, _, err = run(capsys, "--db", str(db), "playbooks", "import", str(pipe))
    assert code == 1 and "not a regular file" in one_error_line(err)
