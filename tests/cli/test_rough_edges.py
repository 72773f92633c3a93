"""Command-line rough edges (issue 10, item 8): search wildcards, partial client names,
backup targets, --version, help for every argument, unknown export formats, and one
rule for whose steps the reminders hold."""

from __future__ import annotations

import argparse
import json
import tomllib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from cli.parser import EXPORT_FORMATS, build_parser
from domain.model import Call, Client, Note, NoteKind, utc_now
from storage.store import Store
from tests.cli.helpers import ROOT, one_call, one_error_line, run


def calls_of(db: Path, *clients_and_notes: tuple[str, str]) -> list[int]:
    ids = []
    with Store(db) as store:
        for client, note in clients_and_notes:
            call = store.calls.create(Call(client=Client(client), title=f"Call with {client}"))
            store.calls.start(call.id, utc_now() - timedelta(minutes=5))
            store.entries.add_note(Note(call.id, NoteKind.NOTE, note, utc_now()))
            ids.append(call.id)
    return ids


def test_a_trailing_star_in_search_is_a_prefix(tmp_path, capsys):
    db = tmp_path / "s.db"
    (call_id,) = calls_of(db, ("Acme", "The data migration slipped a week"))
    for query in ("migr*", "migr* ", "MIGR*", "data migr*", "migr* slipped"):
        code, out, err = run(capsys, "--db", str(db), "search", query, "--json")
        assert code == 0, err
        assert [h["call_id"] for h in json.loads(out)] == [call_id], query
    # a finished word without a star is still a whole word
    assert json.loads(run(capsys, "--db", str(db), "search", "migr ", "--json")[1]) == []


def test_list_client_matches_part_of_a_name_in_any_case(tmp_path, capsys):
    db = tmp_path / "l.db"
    northwind, acme_north, _ = calls_of(
        db, ("Northwind Foods", "x"), ("Acme North", "y"), ("Beta", "z")
    )

    def listed(part: str) -> set[int]:
        code, out, err = run(capsys, "--db", str(db), "list", "--client", part, "--json")
        assert code == 0, err
        return {row["id"] for row in json.loads(out)}

    assert listed("NORTH") == {northwind, acme_north}
    assert listed("wind f") == {northwind}
    assert listed("northwind foods") == {northwind}
    assert listed("Gamma") == set()
    code, out, _ = run(capsys, "--db", str(db), "list", "--client", "nOrTh")
    assert code == 0 and len(out.splitlines()) == 3  # header and two calls


def test_backup_into_an_existing_folder(tmp_path, capsys):
    db = tmp_path / "b.db"
    one_call(db)
    folder = tmp_path / "copies"
    folder.mkdir()
    for output in (str(folder), f"{folder}/"):
        code, out, err = run(capsys, "--db", str(db), "backup", "-o", output)
        assert code == 0, err
        made = Path(out.strip())
        assert made.parent == folder and made.name.startswith("b-manual-")
    assert len(list(folder.iterdir())) == 2


def test_backup_to_a_missing_folder_ending_in_a_slash_is_refused(tmp_path, capsys):
    db = tmp_path / "b.db"
    one_call(db)
    before = sorted(tmp_path.iterdir())
    code, out, err = run(capsys, "--db", str(db), "backup", "-o", f"{tmp_path / 'nope'}/")
    assert (code, out) == (1, "")
    message = one_error_line(err)
    assert "no folder" in message and "nope" in message
    assert sorted(tmp_path.iterdir()) == before


def test_two_backups_in_the_same_second_both_succeed(tmp_path, capsys, monkeypatch):
    from storage import backup

    frozen = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)

    class Clock(datetime):
        @classmethod
        def now(cls, tz=None):  # noqa: ANN001, ANN206
            return frozen

    monkeypatch.setattr(backup, "datetime", Clock)
    db = tmp_path / "b.db"
    one_call(db)
    folder = tmp_path / "copies"
    folder.mkdir()
    made = []
    into_folder = ["backup", "-o", str(folder)]
    for argv in (["backup"], ["backup"], ["backup"], into_folder, into_folder):
        code, out, err = run(capsys, "--db", str(db), *argv)
        assert code == 0, err
        made.append(Path(out.strip()))
    assert len(set(made)) == 5 and all(p.exists() for p in made)
    in_backups = backup.list_backups(tmp_path / "backups")
    assert in_backups == [made[2], made[1], made[0]]  # newest first, by stamp then count
    assert {backup.backup_time(p) for p in made} == {frozen}
    for path in made:
        assert run(capsys, "--db", str(path), "check")[:2] == (0, "ok\n")


def _pyproject_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def test_version(capsys):
    code, out, err = run(capsys, "--version")
    assert (code, out, err) == (0, f"candor {_pyproject_version()}\n", "")


def test_version_falls_back_to_pyproject(capsys, monkeypatch):
    from importlib import metadata

    def not_installed(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", not_installed)
    assert run(capsys, "--version")[:2] == (0, f"candor {_pyproject_version()}\n")


def _parsers(parser: argparse.ArgumentParser) -> list[tuple[str, argparse.ArgumentParser]]:
    found = [(parser.prog, parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found += _parsers(sub)
    return found


def test_every_argument_has_help():
    missing = [
        f"{prog} {'/'.join(action.option_strings) or action.dest}"
        for prog, parser in _parsers(build_parser())
        for action in parser._actions
        if not isinstance(action, argparse._SubParsersAction)
        and (not action.help or action.help == argparse.SUPPRESS)
    ]
    assert missing == []


def test_every_command_shows_help_for_its_arguments(capsys):
    for command in ("demo", "list", "search", "backup", "check", "export", "review"):
        code, out, _ = run(capsys, command, "--help")
        assert code == 0 and "usage:" in out, command


def test_an_unknown_export_extension_names_the_formats(tmp_path, capsys):
    db = tmp_path / "e.db"
    call_id = one_call(db)
    target = tmp_path / "letter.pdf"
    code, out, err = run(capsys, "--db", str(db), "export", str(call_id), "-o", str(target))
    assert (code, out) == (2, "")
    last = err.strip().splitlines()[-1]
    assert "pdf" in last and all(fmt in last for fmt in EXPORT_FORMATS), last
    assert "--format" in last and not target.exists()


def test_a_named_colleagues_dated_step_is_reminded_as_on_the_board(tmp_path, capsys):
    from domain.commitments import Commitment

    db = tmp_path / "r.db"
    due = date(2026, 12, 3)
    call_id = one_call(
        db, steps=[("Send the new plan", "Priya Shah", due), ("Sign off", "client", due)]
    )
    with Store(db) as store:
        board = [c for c in store.reports.open_commitments() if c.is_ours]
        assert [c.step.what for c in board] == ["Send the new plan"]
        assert isinstance(board[0], Commitment)
    target = tmp_path / "r.ics"
    code, _, err = run(capsys, "--db", str(db), "export", str(call_id), "-o", str(target))
    assert code == 0, err
    ics = target.read_text(encoding="utf-8")
    assert ics.count("BEGIN:VEVENT") == 1
    assert "Send the new plan (Priya Shah)" in ics and "Sign off" not in ics


@pytest.mark.parametrize("owner", ["us", "US", "Priya Shah", "client", " Client "])
def test_board_and_reminders_agree_on_every_owner(tmp_path, capsys, owner):
    db = tmp_path / "o.db"
    call_id = one_call(db, steps=[("Step", owner, date(2026, 12, 3))])
    with Store(db) as store:
        (on_board,) = store.reports.open_commitments()
    target = tmp_path / "o.ics"
    code, _, _ = run(capsys, "--db", str(db), "export", str(call_id), "-o", str(target))
    assert (code == 0) == on_board.is_ours
    assert target.exists() == on_board.is_ours
