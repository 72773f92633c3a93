"""A scenario of the user's own is named as its playbook is ("Budget overrun (mine)", not
"Budget overrun mine") on every screen and file, and History offers it as a filter; a
rename on the playbooks page reaches History."""

from __future__ import annotations

from datetime import timedelta

from docx import Document
from PySide6.QtCore import Qt

from domain.model import Call, Client, utc_now
from storage.paths import user_playbook_dir
from tests.own_playbooks import MINE, MINE_NAME, write_own_playbook
from ui.models.history import Column
from ui.shell.export_jobs import RECORD
from ui.shell.pages import Page


def ended_call(store, scenario: str, title: str) -> int:
    call = store.calls.create(Call(client=Client("Acme"), title=title, scenario=scenario))
    store.calls.start(call.id, utc_now() - timedelta(minutes=30))
    store.calls.end(call.id)
    return call.id


def test_every_screen_names_the_users_scenario(open_ui, store, qtbot, tmp_path, monkeypatch):
    write_own_playbook(user_playbook_dir(store.path))
    mine = ended_call(store, MINE, "Over budget again")
    other = ended_call(store, "outage", "Down")
    ui = open_ui()

    recent = ui.page(Page.RECENT).model  # the start page's recent calls
    rows = {recent.data(recent.index(r, 0), Qt.ItemDataRole.UserRole + 1): r for r in (0, 1)}
    assert recent.index(rows[mine], 3).data() == MINE_NAME

    ui.nav.show(Page.HISTORY)
    history = ui.page(Page.HISTORY).view
    assert history.cells_of(mine)[Column.SCENARIO] == MINE_NAME
    assert history.cells_of(other)[Column.SCENARIO] == "Outage or incident"
    assert history.scenario_choices()[-2:] == ["Outage or incident", MINE_NAME]
    history.choose_scenario(MINE)
    assert history.shown_call_ids() == [mine]

    ui.nav.open_call(mine)
    detail = ui.page(Page.DETAIL).view
    assert detail.subtitle_text().split("  ·  ")[0] == MINE_NAME

    proposed: list[str] = []
    target = tmp_path / "record.docx"

    def save_as(parent, title, suggested, *args):  # noqa: ANN001, ANN202
        proposed.append(suggested)
        return str(target), ""

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", save_as)
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: True)
    written: list[str] = []
    ui.controller.export.exported.connect(lambda kind, path: written.append(path))
    ui.controller.export.run_export(RECORD, mine)
    qtbot.waitUntil(lambda: bool(written), timeout=10000)
    assert proposed[0].endswith(f"Acme - {MINE_NAME} call record.docx")
    cells = [c.text for t in Document(str(target)).tables for r in t.rows for c in r.cells]
    text = "\n".join(p.text for p in Document(str(target)).paragraphs) + "\n".join(cells)
    assert MINE_NAME in text and "Budget overrun mine" not in text


def test_a_rename_on_the_playbooks_page_reaches_history(open_ui, store):
    write_own_playbook(user_playbook_dir(store.path))
    mine = ended_call(store, MINE, "Over budget again")
    other = ended_call(store, "outage", "Down")
    ui = open_ui()
    ui.nav.show(Page.HISTORY)
    history = ui.page(Page.HISTORY).view
    history.choose_scenario(MINE)
    assert history.shown_call_ids() == [mine]

    ui.nav.show(Page.PLAYBOOKS, MINE)
    page = ui.page(Page.PLAYBOOKS)
    page.view.nameEdited.emit("Price rise")
    page.flush()
    ui.nav.show(Page.HISTORY)
    assert history.cells_of(mine)[Column.SCENARIO] == "Price rise"
    assert history.scenario_choices()[-1] == "Price rise"
    assert history.shown_call_ids() == [mine]  # the filter kept

    # Deleted: no longer offered; its calls read as the id humanised, every call shows.
    ui.nav.show(Page.PLAYBOOKS, MINE)
    page.delete()  # the question answered Yes (the answers fixture)
    ui.nav.show(Page.HISTORY)
    assert "Price rise" not in history.scenario_choices()
    assert history.cells_of(mine)[Column.SCENARIO] == "Budget overrun mine"
    assert sorted(history.shown_call_ids()) == [mine, other]


def test_a_prepared_call_keeps_its_scenario_when_its_playbook_is_gone(open_ui, store):
    """Its playbook deleted: the form shows the call's scenario as gone (the generic
    checklist stands in) rather than switch it to Generic unseen when the call is saved."""
    path = write_own_playbook(user_playbook_dir(store.path))
    gone = store.calls.create(Call(client=Client("Acme"), title="Over budget", scenario=MINE))
    kept = store.calls.create(Call(client=Client("Acme"), title="Down", scenario="outage"))
    path.unlink()
    ui = open_ui()
    ui.nav.open_call(gone.id)
    view = ui.page(Page.PREPARE).view
    assert view.scenario() == MINE
    assert view.scenario_names()[-1] == "Budget overrun mine (its playbook is gone)"
    view.set_header("Acme", "Over budget, again")  # the user retypes the subject
    view.subjectTyped.emit()
    ui.nav.open_call(kept.id)  # leaving saves; the other call's list has no such line
    assert store.calls.get(gone.id).scenario == MINE
    assert store.calls.get(gone.id).title == "Over budget, again"
    assert view.scenario() == "outage" and len(view.scenario_names()) == 6

    write_own_playbook(user_playbook_dir(store.path))  # back again: named as before
    ui.controller.ctx.playbooks.reload()
    ui.controller.ctx.events.playbooksChanged.emit()
    ui.nav.open_call(gone.id)
    assert view.scenario() == MINE and view.scenario_names()[-1] == MINE_NAME


START = r"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from storage.store import Store
from ui.app import App
from ui.shell.main_window import MainWindow
store = Store(Path(sys.argv[1]))
window = MainWindow()
App(store, window).start()
for _ in range(3):
    app.processEvents()
print(window.current_page(), "domain.playbooks" in sys.modules)
window.close()
store.close()
"""


def test_the_start_page_names_scenarios_without_loading_the_playbooks(store, tmp_path):
    """Recent calls at start-up: with no playbook file of the user's, the shipped names
    (the playbooks' TOML reader and files cost start-up time); with one, its names."""
    import os
    import subprocess
    import sys

    from tests.cli.helpers import ROOT

    ended_call(store, "outage", "Down")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}

    def start() -> str:
        done = subprocess.run(
            [sys.executable, "-c", START, str(store.path)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout.split("\n")[0]

    assert start() == "recent False"
    write_own_playbook(user_playbook_dir(store.path))
    assert start() == "recent True"
