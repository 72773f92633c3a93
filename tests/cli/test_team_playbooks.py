"""Playbooks shared through the team's server, end to end against a real PostgreSQL:
Ann publishes one, Bob lists and imports it; what the server hands over is checked as
any file is, and a member can change only their own."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest

from storage.store import Store
from storage.team.membership import join
from tests.cli.helpers import one_error_line, run


def member(team, folder: Path, name: str) -> str:  # noqa: ANN001
    """A database of its own folder (its own playbooks beside it), joined as `name`."""
    folder.mkdir()
    path = folder / f"{name.lower()}.db"
    with Store(path) as store:
        join(store.db, team.add(name))
    return str(path)


@pytest.fixture
def ann_and_bob(team, tmp_path, capsys):  # noqa: ANN001
    """Ann with a playbook of her own (the shipped outage one, renamed), published."""
    ann, bob = member(team, tmp_path / "ann", "Ann"), member(team, tmp_path / "bob", "Bob")
    exported = tmp_path / "outage.toml"
    assert run(capsys, "--db", ann, "playbooks", "export", "outage", "-o", str(exported))[0] == 0
    text = exported.read_text().replace('name = "', "name = \"Ann's ", 1)
    exported.write_text(text)
    assert run(capsys, "--db", ann, "playbooks", "import", str(exported), "--replace")[0] == 0
    code, out, err = run(capsys, "--db", ann, "team", "publish-playbook", "outage")
    assert code == 0, err
    assert "published for the team as Ann" in out
    return ann, bob


def playbooks_of(capsys, db: str) -> dict[str, dict]:  # noqa: ANN001
    return {
        p["id"]: p for p in json.loads(run(capsys, "--db", db, "playbooks", "list", "--json")[1])
    }


def test_a_member_publishes_a_playbook_and_another_imports_it(ann_and_bob, team, capsys):
    ann, bob = ann_and_bob
    code, out, _ = run(capsys, "--db", bob, "team", "playbooks", "--json")
    (shared,) = json.loads(out)
    assert code == 0 and shared["id"] == "outage" and shared["member"] == "Ann"
    assert shared["name"].startswith("Ann's ") and shared["bytes"] > 100
    assert not playbooks_of(capsys, bob)["outage"]["changed"]
    code, out, err = run(capsys, "--db", bob, "team", "import-playbook", "outage")
    assert code == 0, err
    assert "imported from Ann" in out
    mine = playbooks_of(capsys, bob)["outage"]
    assert mine["changed"] and mine["name"].startswith("Ann's ")
    # again: Bob's copy is his own now, so it needs --replace
    code, _out, err = run(capsys, "--db", bob, "team", "import-playbook", "outage")
    assert code == 1 and "--replace" in one_error_line(err)
    assert run(capsys, "--db", bob, "team", "import-playbook", "outage", "--replace")[0] == 0
    # republished: one row per member and id, not two
    assert run(capsys, "--db", ann, "team", "publish-playbook", "outage")[0] == 0
    assert team.sql("SELECT count(*) FROM candor.playbooks") == [(1,)]
    code, out, _ = run(capsys, "--db", bob, "team", "playbooks")
    assert code == 0 and out.splitlines()[0].split() == ["ID", "Name", "Member", "Published"]
    code, _out, err = run(capsys, "--db", bob, "team", "import-playbook", "nothing_here")
    assert code == 1 and "no playbook 'nothing_here'" in one_error_line(err)
    code, _out, err = run(capsys, "--db", ann, "team", "publish-playbook", "nothing_here")
    assert code == 1 and "no playbook 'nothing_here'" in one_error_line(err)


HOSTILE = {
    "syntax": ('id = "outage"\nname = "x\n', "line 2"),
    "wrong types": ('id = "rogue"\nname = "Rogue"\njargon = "abc"\n', "jargon"),
    "deep": ('id = "deep"\nname = "Deep"\nprep = ' + "[" * 5000 + "]" * 5000 + "\n", "deep"),
    "huge": ('id = "huge"\nname = "Huge"\nsummary = "' + "x" * 1_100_000 + '"\n', "at most"),
}


@pytest.mark.parametrize("kind", HOSTILE)
def test_a_hostile_playbook_from_the_server_is_refused_and_nothing_changes(
    ann_and_bob, team, capsys, kind
):
    ann, bob = ann_and_bob
    text, reason = HOSTILE[kind]
    with psycopg.connect(team.members["Ann"], autocommit=True) as conn:  # Ann's own row
        conn.execute("UPDATE candor.playbooks SET toml = %s WHERE playbook_id = 'outage'", [text])
    folder = Path(bob).parent / "playbooks"
    before = sorted(folder.iterdir()) if folder.exists() else []
    code, _out, err = run(capsys, "--db", bob, "team", "import-playbook", "outage")
    line = one_error_line(err)
    assert code == 1 and "Ann's playbook outage" in line and reason in line.lower(), line
    assert (sorted(folder.iterdir()) if folder.exists() else []) == before
    assert not playbooks_of(capsys, bob)["outage"]["changed"]


def test_a_member_cannot_change_or_forge_another_members_playbook(ann_and_bob, team):
    with psycopg.connect(team.members["Bob"], autocommit=True) as conn:
        changed = conn.execute("UPDATE candor.playbooks SET toml = 'x' WHERE member = 'Ann'")
        assert changed.rowcount == 0
        assert conn.execute("DELETE FROM candor.playbooks").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO candor.playbooks (uuid, member, playbook_id, name, toml) "
                "VALUES (gen_random_uuid(), 'Ann', 'forged', 'Forged', 'x')"
            )
    assert team.sql("SELECT member, playbook_id FROM candor.playbooks") == [("Ann", "outage")]
