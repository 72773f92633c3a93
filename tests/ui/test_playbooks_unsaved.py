"""Edits on the playbooks page that never became valid are not dropped without a word:
opening another playbook, or leaving the page, asks first; No keeps them to be fixed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from domain.model import Section
from domain.playbooks import PlaybookLibrary
from storage.paths import user_playbook_dir
from tests.ui.conftest import press
from ui.shell.pages import Page

SHIPPED = PlaybookLibrary(None)
NO, YES = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes


def break_generic(ui):
    """The generic playbook open, every Urgency item removed: a problem, nothing saved."""
    ui.nav.show(Page.PLAYBOOKS, "generic")
    page = ui.page(Page.PLAYBOOKS)
    for item in SHIPPED.get("generic").section(Section.URGENCY):
        page.view.itemRemoved.emit(item.id)
    assert "no Urgency items" in page.view.problem_texts()["checklist"]
    return page


def test_opening_another_playbook_asks_before_dropping_edits(ui, qtbot, answers):
    page = break_generic(ui)
    view = page.view
    answers.reply = NO
    view.focus_list()
    press(qtbot, Qt.Key.Key_Down)  # Delivery delay, picked in the list
    assert len(answers.asked) == 1
    assert answers.asked[0].startswith("Discard the changes to “Generic” that are not saved (")
    assert "no Urgency items" in answers.asked[0]
    qtbot.waitUntil(lambda: view.chosen_playbook() == "generic")  # the list back on it
    assert page.current == "generic" and not page.draft.section(Section.URGENCY)
    assert "no Urgency items" in view.problem_texts()["checklist"]  # still there to fix

    answers.reply = YES
    press(qtbot, Qt.Key.Key_Down)
    assert len(answers.asked) == 2
    assert page.current == "delivery_delay" and view.chosen_playbook() == "delivery_delay"
    assert view.problem_texts() == {}
    assert not (user_playbook_dir(ui.store.path) / "generic.toml").exists()
    view.playbookChosen.emit("generic")  # the shipped one again, as it came
    assert page.draft == SHIPPED.get("generic") and len(answers.asked) == 2


def test_leaving_the_page_asks_before_dropping_edits(ui, answers):
    page = break_generic(ui)
    answers.reply = NO
    assert not ui.nav.show(Page.HISTORY)
    assert ui.window.current_page() == "playbooks" and len(answers.asked) == 1
    assert not page.draft.section(Section.URGENCY)

    answers.reply = YES
    assert ui.nav.show(Page.HISTORY)
    assert ui.window.current_page() == "history" and len(answers.asked) == 2
    ui.nav.show(Page.PLAYBOOKS, "generic")  # what is in use, not the dropped edits
    assert page.draft == SHIPPED.get("generic") and len(answers.asked) == 2


def test_edits_that_save_ask_nothing(ui, answers):
    ui.nav.show(Page.PLAYBOOKS, "generic")
    page = ui.page(Page.PLAYBOOKS)
    page.view.nameEdited.emit("Generic, ours")
    page.view.playbookChosen.emit("outage")  # saved first, then the other one opens
    assert ui.nav.show(Page.HISTORY)
    assert answers.asked == []
    assert PlaybookLibrary(user_playbook_dir(ui.store.path)).get("generic").name == "Generic, ours"


def test_import_asks_before_its_playbook_replaces_unsaved_edits(ui, answers, monkeypatch):
    page = break_generic(ui)
    chosen: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName",
        lambda *a, **k: chosen.append("asked") or ("", ""),
    )
    answers.reply = NO
    page.view.importRequested.emit()
    assert len(answers.asked) == 1 and chosen == []  # no file asked for
    assert not page.draft.section(Section.URGENCY)
    answers.reply = YES
    page.view.importRequested.emit()
    assert chosen == ["asked"]
