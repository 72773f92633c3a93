"""A scenario of the user's own (a playbook in the folder beside the database) is accepted
wherever the command line takes a scenario, and named as its playbook is; an id that is
neither shipped nor the user's usable playbook is bad usage (exit 2) listing the ids."""

from __future__ import annotations

import json

import pytest

from domain.model import Profile
from storage.paths import user_playbook_dir
from storage.store import Store
from tests.cli.helpers import run
from tests.importers.invitations import OWN, PLAIN, ics, write
from tests.own_playbooks import MINE, MINE_NAME, write_own_playbook


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "c.db"
    with Store(path) as store:
        store.settings.save_profile(Profile(name="Me", email=OWN))
    write_own_playbook(user_playbook_dir(path), jargon=("flux capacitor",))
    return path


def calls(db) -> list[tuple[int, str]]:
    with Store(db) as store:
        return [(s.id, s.scenario) for s in store.calls.summaries()]


def test_prepare_from_an_invitation_with_a_scenario_of_ones_own(db, tmp_path, capsys):
    invite = write(tmp_path, ics(PLAIN))
    argv = ["--db", str(db), "prepare", "--from-ics", str(invite), "--scenario", MINE]
    code, out, err = run(capsys, *argv)
    assert code == 0 and err == ""
    assert f"scenario: {MINE} ({MINE_NAME})" in out
    assert calls(db) == [(1, MINE)]

    code, out, _ = run(capsys, "--db", str(db), "list", "--json")
    (row,) = json.loads(out)
    assert row["scenario"] == MINE and row["scenario_name"] == MINE_NAME
    code, out, _ = run(capsys, "--db", str(db), "list")
    assert code == 0 and MINE in out  # the table keeps the id --scenario takes


def test_an_unknown_scenario_is_bad_usage_listing_every_valid_id(db, tmp_path, capsys):
    invite = write(tmp_path, ics(PLAIN))
    argv = ["--db", str(db), "prepare", "--from-ics", str(invite), "--scenario", "nope"]
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and calls(db) == []
    assert "unknown scenario 'nope'" in err
    assert "generic, delivery_delay" in err and f"outage, {MINE}" in err

    # A file of the user's that is refused: not accepted, and the reason is given.
    folder = user_playbook_dir(db)
    (folder / "price_increase.toml").write_text('id = "price_increase"\nname = "Oops\n')
    argv[-1] = "price_increase"
    code, _, err = run(capsys, *argv)
    assert code == 2 and "unknown scenario 'price_increase'" in err
    assert "price_increase.toml, line 2" in err and calls(db) == []


def test_review_flags_the_jargon_of_a_scenario_of_ones_own(db, tmp_path, capsys):
    draft = tmp_path / "draft.txt"
    draft.write_text("We have replaced the flux capacitor and the parts ship on Monday.")
    code, out, _ = run(capsys, "--db", str(db), "review", "--json", str(draft))
    assert code == 0 and not [f for f in json.loads(out) if f["rule"] == "jargon"]
    argv = ["--db", str(db), "review", "--json", "--scenario", MINE, str(draft)]
    code, out, err = run(capsys, *argv)
    assert code == 0 and err == ""
    assert [f["excerpt"] for f in json.loads(out) if f["rule"] == "jargon"] == ["flux capacitor"]
    code, _, err = run(capsys, "--db", str(db), "review", "--scenario", "nope", str(draft))
    assert code == 2 and f"outage, {MINE}" in err


def test_list_json_names_a_shipped_scenario_without_a_playbooks_folder(tmp_path, capsys):
    db = tmp_path / "plain.db"
    with Store(db) as store:
        from domain.model import Call, Client

        store.calls.create(Call(client=Client("Acme"), title="Late", scenario="outage"))
    code, out, _ = run(capsys, "--db", str(db), "list", "--json")
    (row,) = json.loads(out)
    assert row["scenario"] == "outage" and row["scenario_name"] == "Outage or incident"
