"""`candor prepare --from-ics FILE`: a prepared call from an invitation, or one line on
stderr, exit 1 and nothing created."""

from __future__ import annotations

import json
import os

import pytest

from cli.parser import build_parser
from domain.model import Profile
from storage.store import Store
from tests.cli.helpers import LIST_FIELDS, one_error_line, run
from tests.importers.invitations import OWN, PLAIN, event, ics, write


def counts(db) -> tuple[int, int, int]:
    with Store(db) as store:
        return tuple(
            store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("clients", "contacts", "calls")
        )


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "c.db"
    with Store(path) as store:
        store.settings.save_profile(Profile(name="Me", email=OWN))
        store.calls.get_or_create_client("NWL Group", "accounts@northwind-logistics.example")
    return path


def test_prepare_prints_the_new_call(db, tmp_path, capsys):
    invite = write(tmp_path, ics(PLAIN))
    code, out, err = run(capsys, "--db", str(db), "prepare", "--from-ics", str(invite))
    assert code == 0 and err == ""
    assert "Prepared call 1: NWL Group — Delivery date for the March order" in out
    assert "contact: Dana Kim <dana.kim@northwind-logistics.example>" in out
    assert "planned: 2026-03-1" in out and "scenario: generic" in out
    assert counts(db) == (1, 1, 1)


def test_prepare_json_is_a_list_row(db, tmp_path, capsys):
    invite = write(tmp_path, ics(PLAIN))
    argv = ["--db", str(db), "prepare", "--from-ics", str(invite), "--json"]
    code, out, _ = run(capsys, *argv, "--client", "Northwind EU", "--scenario", "delivery_delay")
    assert code == 0
    row = json.loads(out)
    assert row["client"] == "Northwind EU" and row["scenario"] == "delivery_delay"
    assert row["contact"] == "Dana Kim" and row["status"] == "prepared"
    assert row["client_email"] == "dana.kim@northwind-logistics.example"
    assert row["planned_at"] == "2026-03-10T14:00:00+00:00"
    code, out, _ = run(capsys, "--db", str(db), "list", "--json")
    (listed,) = json.loads(out)
    assert set(row) == set(listed) >= LIST_FIELDS | {"planned_at"}
    assert row == listed


def test_prepare_creates_the_database_when_there_is_none(tmp_path, capsys):
    db = tmp_path / "new" / "c.db"
    invite = write(tmp_path, ics(PLAIN))
    code, out, _ = run(capsys, "--db", str(db), "prepare", "--from-ics", str(invite))
    assert code == 0 and "Northwind Logistics" in out
    assert counts(db) == (1, 1, 1)


@pytest.mark.parametrize(
    "content",
    [
        "Not a calendar at all.\n",
        ics(),
        os.urandom(2048),
        ics(
            *[
                event(f"SUMMARY:{i}", "DTSTART:20260310T140000Z", "X:" + "x" * 70)
                for i in range(60_000)
            ]
        ),
    ],
    ids=["not a calendar", "empty calendar", "binary", "5 MB"],
)
def test_a_refused_file_is_one_line_exit_1_and_creates_nothing(db, tmp_path, capsys, content):
    invite = write(tmp_path, content, "refused.ics")
    before = counts(db)
    code, out, err = run(capsys, "--db", str(db), "prepare", "--from-ics", str(invite))
    assert code == 1 and out == ""
    assert "refused.ics" in one_error_line(err)
    assert counts(db) == before == (1, 0, 0)


def test_a_refused_file_creates_no_database_either(tmp_path, capsys):
    db = tmp_path / "none.db"
    invite = write(tmp_path, "BEGIN:VCARD\r\nEND:VCARD\r\n")
    code, _, err = run(capsys, "--db", str(db), "prepare", "--from-ics", str(invite))
    assert code == 1 and "is not a calendar" in one_error_line(err)
    assert not db.exists()
    code, _, err = run(capsys, "--db", str(db), "prepare", "--from-ics", str(tmp_path / "x.ics"))
    assert code == 1 and "there is no file" in one_error_line(err)
    assert not db.exists()


def test_an_invitation_naming_only_colleagues_needs_client(db, tmp_path, capsys):
    internal = event(
        "SUMMARY:Prep", "DTSTART:20260310T140000Z", "ATTENDEE:mailto:sam@candor-consulting.example"
    )
    invite = write(tmp_path, ics(internal))
    code, _, err = run(capsys, "--db", str(db), "prepare", "--from-ics", str(invite))
    assert code == 1 and "give the client's name" in one_error_line(err)
    assert counts(db) == (1, 0, 0)
    argv = ["--db", str(db), "prepare", "--from-ics", str(invite), "--client", "Acme"]
    assert run(capsys, *argv)[0] == 0


@pytest.mark.parametrize(
    "extra",
    [["--scenario", "nope"], ["--client", "  "], []],
    ids=["unknown scenario", "empty client", "no file"],
)
def test_bad_usage_is_exit_2_and_creates_nothing(db, tmp_path, capsys, extra):
    invite = write(tmp_path, ics(PLAIN))
    argv = ["--db", str(db), "prepare", *extra]
    if extra:
        argv += ["--from-ics", str(invite)]
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and err
    assert counts(db) == (1, 0, 0)


def test_every_prepare_argument_has_help():
    parser = build_parser()
    sub = parser._subparsers._group_actions[0].choices["prepare"]  # noqa: SLF001
    for action in sub._actions:  # noqa: SLF001
        assert action.help, action.dest
