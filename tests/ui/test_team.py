"""File > Team… and publishing from the window, against a real PostgreSQL: join with a
member URL, an ended call reaches the server by itself, offline the status bar says
what waits, and leaving stops it."""

from __future__ import annotations

import pytest

from domain.model import ReactionKind
from storage.team.link import pending_count
from tests.team import fixtures
from tests.ui.names import unnamed_widgets
from ui.shell import team as team_shell
from ui.shell.pages import Page

pg_server = fixtures.pg_server
team = fixtures.team
_no_keyring = fixtures._no_keyring


@pytest.fixture
def quick(monkeypatch):  # noqa: ANN001
    monkeypatch.setattr(team_shell, "AFTER_CHANGE_MS", 20)
    monkeypatch.setattr(team_shell, "FIRST_MS", 20)


def notes_on_server(team) -> int:  # noqa: ANN001
    return team.sql("SELECT count(*) FROM candor.notes")[0][0]


def hold_a_call(ui, note: str) -> None:  # noqa: ANN001
    controller = ui.controller
    controller.new_call()
    prepare = controller.page(Page.PREPARE).view
    prepare.set_header("Acme", "Late parts")
    prepare.clientTyped.emit()
    prepare.subjectTyped.emit()
    controller.page(Page.PREPARE).start_call()
    live = controller.page(Page.LIVE)
    live.view.set_note_text(note)
    live.add_note()
    live.add_reaction(ReactionKind.CONCERNED)
    live.end_call()


def join_in_dialog(ui, qtbot, url: str):  # noqa: ANN001, ANN201
    shell = ui.controller.team
    shell.show_dialog()
    dialog = shell.dialog
    qtbot.waitUntil(lambda: dialog.url.isVisible())
    dialog.url.setText(url)
    dialog.join.click()
    qtbot.waitUntil(lambda: shell.joined and dialog.leave.isVisible(), timeout=10_000)
    return dialog


def test_join_then_an_ended_call_is_published_by_itself(quick, ui, qtbot, team):
    dialog = join_in_dialog(ui, qtbot, team.add("Ann"))
    assert unnamed_widgets(dialog) == []
    assert dialog.member.text() == "Ann"
    assert "keyring" in dialog.problem.text()  # none here: said in the dialog
    hold_a_call(ui, "Zeppelin parts are late")
    qtbot.waitUntil(lambda: notes_on_server(team) == 1, timeout=15_000)
    assert team.sql("SELECT member, text FROM candor.notes") == [("Ann", "Zeppelin parts are late")]
    assert team.sql("SELECT count(*) FROM candor.reactions") == [(1,)]
    assert not ui.controller.team.waiting.isVisible()
    # the wrap-up's text is saved as typed; leaving the page publishes it
    call = ui.store.calls.get(ui.store.calls.summaries()[0].id, with_entries=False)
    call.follow_up.what_happened = "The zeppelin was grounded"
    ui.store.calls.update_follow_up(call.id, call.follow_up, None)
    ui.nav.show(Page.HISTORY)
    qtbot.waitUntil(
        lambda: (
            team.sql("SELECT fu_what_happened FROM candor.calls")
            == [("The zeppelin was grounded",)]
        ),
        timeout=15_000,
    )


def test_offline_the_status_bar_counts_what_waits_then_it_goes_out(quick, ui, qtbot, team):
    join_in_dialog(ui, qtbot, team.add("Bob"))
    shell = ui.controller.team
    qtbot.waitUntil(lambda: not shell.worker.busy, timeout=10_000)
    shell.dialog.reject()
    team.stop()
    try:
        hold_a_call(ui, "The server room flooded")
        qtbot.waitUntil(lambda: shell.waiting.isVisible(), timeout=15_000)
        waiting = pending_count(ui.store.db)
        assert waiting >= 4  # the client, the call, its note and its reaction
        assert shell.waiting.text() == f"Team: {waiting} changes waiting"
    finally:
        team.start()
    shell.publish_now()
    qtbot.waitUntil(lambda: not shell.waiting.isVisible(), timeout=15_000)
    assert notes_on_server(team) == 1


def test_leave_stops_publishing(quick, ui, qtbot, team, answers):  # noqa: ANN001
    dialog = join_in_dialog(ui, qtbot, team.add("Cy"))
    dialog.leave.click()
    qtbot.waitUntil(lambda: dialog.join.isVisible(), timeout=10_000)
    assert not ui.controller.team.joined and answers.asked
    hold_a_call(ui, "Nobody hears this")
    ui.controller.team.publish_now()  # as the timer would: it finds no team
    qtbot.waitUntil(lambda: not ui.controller.team.worker.busy, timeout=10_000)
    assert notes_on_server(team) == 0


def test_what_is_left_at_quit_is_published_before_the_window_goes(ui, qtbot, team, monkeypatch):  # noqa: ANN001
    monkeypatch.setattr(team_shell, "AFTER_CHANGE_MS", 60_000)  # no round before the quit
    join_in_dialog(ui, qtbot, team.add("Dee"))
    shell = ui.controller.team
    qtbot.waitUntil(lambda: not shell.worker.busy, timeout=10_000)
    shell.dialog.reject()
    hold_a_call(ui, "Said just before closing")
    assert notes_on_server(team) == 0
    ui.window.close()
    assert notes_on_server(team) == 1


def ann_publishes_a_call_with_acme(team, folder):  # noqa: ANN001
    """Ann's own file: a held call with ACME and a step she owes them, published."""
    from datetime import date, timedelta

    from domain.model import Call, Client, NextStep, utc_now
    from storage.store import Store
    from storage.team.membership import join
    from storage.team.publish import publish

    with Store(folder / "ann.db") as ann:
        call = ann.calls.create(Call(client=Client("ACME"), title="Zeppelin delay"))
        ann.calls.start(call.id, utc_now() - timedelta(hours=1))
        due = date.today() + timedelta(days=3)
        ann.entries.add_next_step(NextStep(call.id, "Send the new plan", "us", due))
        ann.calls.end(call.id)
        join(ann.db, team.add("Ann"))
        publish(ann.db, ann.path)


def test_the_client_page_shows_who_on_the_team_spoke_to_the_client_last(ui, qtbot, team, tmp_path):
    """Ann published a call with Acme and a step she owes them; Bob, on his own file,
    sees both on Acme's page. Not in a team, the section stays hidden."""
    from domain.model import Call, Client
    from storage.team.membership import join

    ann_publishes_a_call_with_acme(team, tmp_path)
    ui.store.calls.create(Call(client=Client("Acme"), title="Bob's own call"))
    ui.nav.show(Page.CLIENT, "Acme")
    view = ui.page(Page.CLIENT).view
    qtbot.waitUntil(lambda: not ui.controller.tasks.busy, timeout=10_000)
    assert view.team_text() is None  # no team yet: nothing asked, nothing shown
    join(ui.store.db, team.add("Bob"))
    ui.nav.show(Page.HISTORY)
    ui.nav.show(Page.CLIENT, "Acme")
    qtbot.waitUntil(lambda: view.team_text() is not None, timeout=10_000)
    text = view.team_text()
    assert "Ann: last spoke to them" in text and "Zeppelin delay" in text
    assert "Send the new plan" in text
    assert "Bob" not in text  # Bob's call was never held, nor published


def test_the_board_has_a_team_scope_with_everyones_open_commitments(ui, qtbot, team, tmp_path):
    from storage.team.membership import join

    ann_publishes_a_call_with_acme(team, tmp_path)
    ui.nav.show(Page.BOARD)
    view = ui.page(Page.BOARD).view
    qtbot.waitUntil(lambda: not ui.controller.tasks.busy, timeout=10_000)
    assert not view.team_available()
    join(ui.store.db, team.add("Bob"))
    ui.nav.show(Page.HISTORY)
    ui.nav.show(Page.BOARD)
    qtbot.waitUntil(view.team_available, timeout=10_000)
    view.choose_scope(team=True)
    qtbot.waitUntil(lambda: view.team_rows() != [], timeout=10_000)
    (row,) = view.team_rows()
    assert row[1:] == ["Ann", "ACME", "Send the new plan", "Us"]
    assert view.current_commitment() is None  # nothing of the team's to mark here
    view.choose_scope(team=False)
    assert not view.team_scope
