"""`candor team ...` end to end against a real PostgreSQL: what each command prints,
and one line on stderr with exit 1 when the server cannot be used."""

from __future__ import annotations

import json
import os
import stat

import pytest

from tests.cli.helpers import one_error_line, run
from tests.team.fixtures import demo


@pytest.fixture
def member_db(tmp_path, team, capsys):
    """A small database joined to the team as Ann, through the command line."""
    db = str(demo(tmp_path / "ann.db", 6))
    capsys.readouterr()
    code, out, err = run(
        capsys, "team", "add-member", team.admin_url, "--name", "Ann", "--role", f"{team.name}_ann"
    )
    assert code == 0, err
    url = out.strip().splitlines()[-1]
    assert url.startswith("postgresql://") and f"{team.name}_ann:" in url
    code, out, err = run(capsys, "--db", db, "team", "join", url)
    assert code == 0, err
    assert "publishes as Ann" in out
    assert "keyring" in err  # no keyring here: the password is in the database, said once
    return db


def test_init_twice_then_publish_status_list_search_board(member_db, team, capsys):
    code, out, _ = run(capsys, "team", "init", team.admin_url)
    assert code == 0 and "up to date" in out
    code, out, err = run(capsys, "--db", member_db, "team", "status", "--json")
    status = json.loads(out)
    assert code == 0 and status["member"] == "Ann" and status["reachable"] is True
    assert status["pending"] > 0 and status["last_publish_at"] is None
    assert ":" not in status["url"].split("@")[0].split("//")[1]  # no password in it
    code, out, err = run(capsys, "--db", member_db, "team", "publish", "--json")
    assert code == 0, err
    published = json.loads(out)
    assert published["upserted"] == status["pending"] and published["pending"] == 0
    code, out, _ = run(capsys, "--db", member_db, "team", "publish")
    assert code == 0 and out.startswith("Published 0 rows")
    status = json.loads(run(capsys, "--db", member_db, "team", "status", "--json")[1])
    assert status["pending"] == 0 and status["last_publish_at"]

    rows = json.loads(run(capsys, "--db", member_db, "team", "list", "--json")[1])
    assert len(rows) == 6 and {r["member"] for r in rows} == {"Ann"}
    assert {"member", "id", "client", "title", "status"} <= set(rows[0])
    listed = run(capsys, "--db", member_db, "team", "list", "--member", "Bob", "--json")
    assert json.loads(listed[1]) == []
    client = rows[0]["client"]
    some = json.loads(
        run(capsys, "--db", member_db, "team", "list", "--client", client, "--json")[1]
    )
    assert some and all(r["client"] == client for r in some)
    code, out, _ = run(capsys, "--db", member_db, "team", "list")
    assert code == 0 and out.splitlines()[0].split()[:2] == ["Member", "ID"]

    word = rows[0]["title"].split()[0]
    hits = json.loads(run(capsys, "--db", member_db, "team", "search", word, "--json")[1])
    assert hits and set(hits[0]) >= {"member", "call_id", "client", "title", "kind", "snippet"}
    code, out, _ = run(capsys, "--db", member_db, "team", "search", "'; DROP TABLE x; --\x1b[31m")
    assert code == 0 and out.strip() == "No matches."
    board = json.loads(run(capsys, "--db", member_db, "team", "board", "--json")[1])
    assert all(set(b) == {"member", "call_id", "client", "what", "owner", "due_on"} for b in board)
    code, out, _ = run(capsys, "--db", member_db, "team", "board")
    assert code == 0


def test_the_password_kept_in_the_database_is_readable_by_the_user_alone(member_db):
    assert stat.S_IMODE(os.stat(member_db).st_mode) == 0o600


def test_a_stopped_server_is_one_line_exit_1_and_pending_is_kept(member_db, team, capsys):
    before = json.loads(run(capsys, "--db", member_db, "team", "status", "--json")[1])["pending"]
    team.stop()
    try:
        for command in (["publish"], ["list"], ["search", "date"], ["board"]):
            code, out, err = run(capsys, "--db", member_db, "team", *command)
            assert code == 1 and out == ""
            assert "cannot reach the team server" in one_error_line(err), command
        code, out, err = run(capsys, "--db", member_db, "team", "status", "--json")
        assert code == 1 and json.loads(out)["reachable"] is False
        assert json.loads(out)["pending"] == before
        one_error_line(err)
    finally:
        team.start()
    code, out, err = run(capsys, "--db", member_db, "team", "publish", "--json")
    assert code == 0 and json.loads(out)["upserted"] == before


def test_a_refused_or_unknown_member_url_changes_nothing(tmp_path, team, capsys):
    db = demo(tmp_path / "x.db", 2)
    before = db.read_bytes()
    wrong = team.admin_url.replace("postgres:@", f"{team.name}_nobody:secret@")
    code, out, err = run(capsys, "--db", str(db), "team", "join", wrong)
    assert code == 1 and "refused" in one_error_line(err) and "secret" not in err
    assert db.read_bytes() == before
    code, out, err = run(capsys, "--db", str(db), "team", "publish")
    assert code == 1 and "not in a team" in one_error_line(err)


def test_a_newer_server_schema_is_refused_by_every_command(member_db, team, capsys):
    team.sql("INSERT INTO candor.schema_version (version) VALUES (99)")
    for argv in (
        ["--db", member_db, "team", "publish"],
        ["--db", member_db, "team", "search", "x"],
        ["team", "init", team.admin_url],
        ["team", "add-member", team.admin_url, "--name", "Z", "--role", f"{team.name}_z"],
    ):
        code, _out, err = run(capsys, *argv)
        assert code == 1 and "newer team schema" in one_error_line(err), argv


def test_private_and_leave(member_db, capsys):
    code, out, _ = run(capsys, "--db", member_db, "team", "private", "1")
    assert code == 0 and "private" in out
    code, _out, err = run(capsys, "--db", member_db, "team", "private", "999")
    assert code == 1 and "no call 999" in one_error_line(err)
    code, out, _ = run(capsys, "--db", member_db, "team", "leave")
    assert code == 0
    code, out, _ = run(capsys, "--db", member_db, "team", "status", "--json")
    assert code == 0 and json.loads(out)["joined"] is False


def test_team_needs_an_action(capsys):
    code, _out, err = run(capsys, "team")
    assert code == 2 and "ACTION" in err
