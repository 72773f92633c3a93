"""The Playbooks page with a team, against a real PostgreSQL: the team's playbooks
listed with who published them, one imported (asked first over one's own), a hostile
one refused with its reason and nothing changed, and the open playbook published."""

from __future__ import annotations

from dataclasses import replace

import psycopg

from domain.playbooks import PlaybookLibrary
from storage.paths import user_playbook_dir
from storage.store import Store
from storage.team.membership import join
from storage.team.playbooks import publish_playbook
from tests.team import fixtures
from tests.ui.names import unnamed_widgets
from ui.shell.pages import Page

pg_server = fixtures.pg_server
team = fixtures.team
_no_keyring = fixtures._no_keyring

ROGUE = 'id = "rogue"\nname = "Rogue"\njargon = "abc"\n'


def saved(ui, scenario: str):  # noqa: ANN001, ANN201
    return PlaybookLibrary(user_playbook_dir(ui.store.path)).get(scenario)


def files(ui) -> dict[str, bytes]:  # noqa: ANN001
    folder = user_playbook_dir(ui.store.path)
    return {p.name: p.read_bytes() for p in folder.iterdir()} if folder.exists() else {}


def test_the_teams_playbooks_are_listed_imported_checked_and_published(
    ui, qtbot, team, tmp_path, answers
):
    page = ui.page(Page.PLAYBOOKS)
    ui.nav.show(Page.PLAYBOOKS, "generic")
    qtbot.waitUntil(lambda: not ui.controller.tasks.busy, timeout=10_000)
    assert not page.view.team_shown()  # in no team: nothing of it
    (tmp_path / "ann").mkdir()
    with Store(tmp_path / "ann" / "ann.db") as ann:
        join(ann.db, team.add("Ann"))
        outage = PlaybookLibrary().get("outage")
        publish_playbook(ann.db, replace(outage, name="Ann's outage"))
    with psycopg.connect(team.members["Ann"], autocommit=True) as conn:  # hostile, her own row
        conn.execute(
            "INSERT INTO candor.playbooks (uuid, playbook_id, name, toml) "
            "VALUES (gen_random_uuid(), 'rogue', 'Rogue', %s)",
            [ROGUE],
        )
    join(ui.store.db, team.add("Bob"))
    ui.nav.show(Page.HISTORY)
    ui.nav.show(Page.PLAYBOOKS, "generic")
    view = page.view
    qtbot.waitUntil(lambda: len(view.team_playbook_rows()) == 2, timeout=10_000)
    assert unnamed_widgets(page.view) == []
    assert view.team_playbook_rows() == ["Ann's outage — Ann", "Rogue — Ann"]

    before = files(ui)
    view.import_team_playbook(1)
    qtbot.waitUntil(lambda: "Not imported" in view.team_note(), timeout=10_000)
    assert "Ann's playbook rogue" in view.team_note() and "jargon" in view.team_note()
    assert files(ui) == before and page.current == "generic"

    view.import_team_playbook(0)
    qtbot.waitUntil(lambda: page.current == "outage", timeout=10_000)
    assert saved(ui, "outage").name == "Ann's outage"
    assert "Ann's outage" in ui.page(Page.PREPARE).view.scenario_names()
    answers.reply = answers.reply.No  # again: it would replace Bob's own copy now
    kept = files(ui)
    view.import_team_playbook(0)
    qtbot.waitUntil(lambda: view.team_note() == "Nothing imported.", timeout=10_000)
    assert "Replace your playbook" in answers.asked[-1] and files(ui) == kept

    view.publish_for_team()  # the open one, as Bob's
    qtbot.waitUntil(lambda: len(view.team_playbook_rows()) == 3, timeout=10_000)
    assert team.sql("SELECT name FROM candor.playbooks WHERE member = 'Bob'") == [("Ann's outage",)]
