"""History's and search's Mine / Team scope, against a real PostgreSQL: the team's
calls a page at a time with the member named, another member's call shown read-only,
one's own opened as usual, and a stopped server a line in the page while Mine works."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from domain.model import Call, Client, NextStep, Note, NoteKind, utc_now
from storage.store import Store
from storage.team.membership import join
from storage.team.publish import publish
from tests.team import fixtures
from tests.ui.names import unnamed_widgets
from ui.pages.history import controller as history_controller
from ui.shell.pages import Page

pg_server = fixtures.pg_server
team = fixtures.team
_no_keyring = fixtures._no_keyring


def held_call(store: Store, client: str, title: str, note: str, hours_ago: int) -> int:
    call = store.calls.create(Call(client=Client(client), title=title))
    started = utc_now() - timedelta(hours=hours_ago)
    store.calls.start(call.id, started)
    store.entries.add_note(Note(call.id, NoteKind.NOTE, note, started, 1000))
    due = date.today() + timedelta(days=3)
    store.entries.add_next_step(NextStep(call.id, f"Follow up on {title}", "us", due))
    store.calls.end(call.id)
    return call.id


@pytest.fixture
def ann_and_bob(ui, team, tmp_path):  # noqa: ANN001
    """Ann published three calls from her own file; Bob (the window's file) one."""
    with Store(tmp_path / "ann.db") as ann:
        for n, title in enumerate(("Zeppelin delay", "Hangar roof", "Helium price")):
            held_call(ann, "ACME", title, f"Ann noted {title.lower()}", 10 + n)
        join(ann.db, team.add("Ann"))
        publish(ann.db, ann.path)
    mine = held_call(ui.store, "Bobco", "Bob's kickoff", "Bob noted the kickoff", 1)
    join(ui.store.db, team.add("Bob"))
    publish(ui.store.db, ui.store.path)
    return mine


def test_history_team_scope_pages_names_members_and_shows_others_read_only(
    ui, qtbot, ann_and_bob, monkeypatch
):
    monkeypatch.setattr(history_controller, "TEAM_PAGE", 2)
    ui.nav.show(Page.HISTORY)
    view = ui.page(Page.HISTORY).view
    qtbot.waitUntil(view.team_available, timeout=10_000)
    view.choose_scope(team=True)
    qtbot.waitUntil(lambda: len(view.team_rows()) == 2, timeout=10_000)
    assert unnamed_widgets(view) == []
    assert [r[1:4] for r in view.team_rows()] == [
        ["Bob", "Bobco", "Bob's kickoff"],
        ["Ann", "ACME", "Zeppelin delay"],
    ]
    assert view.team_more_offered()  # two more on the server
    view.show_more_team_calls()
    qtbot.waitUntil(lambda: len(view.team_rows()) == 4, timeout=10_000)
    assert [r[3] for r in view.team_rows()][2:] == ["Hangar roof", "Helium price"]
    assert not view.team_more_offered() and "4" in view.team_note()
    # Ann's call: its details to read, nothing opened
    view.open_team_row(1)
    qtbot.waitUntil(lambda: "Ann noted" in (view.team_details() or ""), timeout=10_000)
    details = view.team_details()
    assert "Ann's call, read-only" in details and "Follow up on Zeppelin delay" in details
    assert ui.nav.current is Page.HISTORY
    # Bob's own call opens as it does from Mine
    view.open_team_row(0)
    assert ui.nav.current is Page.DETAIL and ui.page(Page.DETAIL).current_key(Page.DETAIL) == (
        ann_and_bob
    )


def test_history_team_scope_offline_says_so_and_mine_still_works(ui, qtbot, ann_and_bob, team):
    ui.nav.show(Page.HISTORY)
    view = ui.page(Page.HISTORY).view
    qtbot.waitUntil(view.team_available, timeout=10_000)
    team.stop()
    try:
        view.choose_scope(team=True)
        qtbot.waitUntil(lambda: "cannot be read now" in view.team_note(), timeout=15_000)
        assert view.team_rows() == [] and "\n" not in view.team_note()
        view.choose_scope(team=False)
        assert view.showing() == "calls" and view.shown_call_ids() == [ann_and_bob]
    finally:
        team.start()


def test_not_in_a_team_there_is_no_scope(ui, qtbot):
    ui.nav.show(Page.HISTORY)
    qtbot.waitUntil(lambda: not ui.controller.tasks.busy, timeout=10_000)
    assert not ui.page(Page.HISTORY).view.team_available()
    search = ui.controller.search()
    search.show()
    qtbot.waitUntil(lambda: not ui.controller.tasks.busy, timeout=10_000)
    assert not search.panel.team_available()


def titles(panel) -> set[str]:  # noqa: ANN001
    return {row[2] for row in panel.team_rows()}


def test_search_team_scope_searches_the_server_and_shows_others_read_only(
    ui, qtbot, ann_and_bob, team
):
    search = ui.controller.search()
    search.show()
    panel = search.panel
    qtbot.waitUntil(panel.team_available, timeout=10_000)
    panel.choose_scope(team=True)
    panel.type_words("noted")
    qtbot.waitUntil(lambda: len(panel.team_rows()) == 4, timeout=10_000)
    assert unnamed_widgets(panel) == []
    assert panel.team_rows()[0][:3] == ["Bob", "Bobco", "Bob's kickoff"]
    assert {r[0] for r in panel.team_rows()} == {"Ann", "Bob"}
    assert "noted" in panel.team_rows()[1][3] and "**" not in panel.team_rows()[1][3]
    panel.type_words("helium")  # the title, the note and the step: one row each
    qtbot.waitUntil(lambda: titles(panel) == {"Helium price"}, timeout=10_000)
    panel.open_team_row(0)
    qtbot.waitUntil(lambda: "Ann noted helium" in (panel.team_details() or ""), timeout=10_000)
    assert "read-only" in panel.team_details() and search.visible  # nothing opened
    # hostile words are just words on the server
    panel.type_words("'; DROP TABLE candor.calls; -- \\x00 (((")
    qtbot.waitUntil(lambda: not panel.searching, timeout=10_000)
    assert panel.team_rows() == [] and team.sql("SELECT count(*) FROM candor.calls") == [(4,)]
    # Mine: the local search, Bob's call only
    panel.choose_scope(team=False)
    panel.type_words("noted")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    # offline: a line in the panel, Mine still searches
    panel.choose_scope(team=True)
    team.stop()
    try:
        panel.type_words("kickoff")
        qtbot.waitUntil(lambda: "cannot be searched now" in panel.status_text(), timeout=15_000)
        panel.choose_scope(team=False)
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    finally:
        team.start()
    # Bob's own call, found on the team, opens as usual
    panel.choose_scope(team=True)
    panel.type_words("kickoff")
    qtbot.waitUntil(lambda: titles(panel) == {"Bob's kickoff"}, timeout=15_000)
    panel.open_team_row(0)
    assert ui.nav.current is Page.DETAIL and not search.visible
