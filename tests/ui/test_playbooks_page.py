"""The playbooks page: editing a shipped playbook makes the user's copy; items are added,
moved and removed by keyboard, with undo and reset; the prepare form and a new call use
the edited checklist, and a call made before keeps its items."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from domain.model import Call, Client, Section, Tick
from domain.playbooks import PlaybookLibrary
from domain.record import compose_internal_record
from storage.paths import user_playbook_dir
from tests.ui.conftest import press, type_text
from ui.shell.pages import Page

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIPPED = PlaybookLibrary(None)


def open_page(ui, scenario: str = "outage"):
    ui.nav.show(Page.PLAYBOOKS, scenario)
    page = ui.page(Page.PLAYBOOKS)
    assert ui.window.current_page() == "playbooks"
    return page


def saved(ui, scenario: str):
    """The playbook as a fresh reader of the data folder sees it."""
    return PlaybookLibrary(user_playbook_dir(ui.store.path)).get(scenario)


def commit_edit(qtbot, view) -> None:
    """Return in an item's editor: Qt commits it on the next turn of the event loop."""
    press(qtbot, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editor)


def key_on_item(qtbot, page, item_id: str, key, mods=Qt.KeyboardModifier.NoModifier):
    page.view.focus_item(item_id)
    press(qtbot, key, mods)


def test_edit_a_shipped_playbook_by_keyboard_undo_and_reset(ui, qtbot, answers):
    page = open_page(ui)
    view = page.view
    facts = SHIPPED.get("outage").section(Section.FACTS)
    folder = user_playbook_dir(ui.store.path)
    assert not (folder / "outage.toml").exists()
    assert view.state_text().startswith("Shipped.")

    # Reword the first item in place (F2): the user's copy appears, same id.
    key_on_item(qtbot, page, facts[0].id, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(qtbot, "Say what broke in the first minute")
    commit_edit(qtbot, view)
    page.flush()
    copy = saved(ui, "outage")
    assert copy.item(facts[0].id).text == "Say what broke in the first minute"
    assert (folder / "outage.toml").exists()
    assert "changed" in view.state_text()
    assert view.list_label().endswith("(changed)")

    # Insert adds an item at the end of the section; it is typed straight away.
    key_on_item(qtbot, page, facts[1].id, Qt.Key.Key_Insert)
    type_text(qtbot, "Name the systems affected")
    commit_edit(qtbot, view)
    page.flush()
    texts = [i.text for i in saved(ui, "outage").section(Section.FACTS)]
    assert texts[-1] == "Name the systems affected" and len(texts) == len(facts) + 1
    new_id = saved(ui, "outage").section(Section.FACTS)[-1].id

    # Alt+Up twice moves it up two places; Delete removes the second shipped item.
    key_on_item(qtbot, page, new_id, Qt.Key.Key_Up, ALT)
    press(qtbot, Qt.Key.Key_Up, ALT)
    key_on_item(qtbot, page, facts[1].id, Qt.Key.Key_Delete)
    page.flush()
    ids = [i.id for i in saved(ui, "outage").section(Section.FACTS)]
    expected = [i.id for i in facts if i.id != facts[1].id]
    expected.insert(len(expected) - 2, new_id)
    assert ids == expected
    assert view.item_texts(Section.FACTS)[2] == "Name the systems affected"

    # Ctrl+Z undoes the removal (saved again), Ctrl+Shift+Z redoes it.
    press(qtbot, Qt.Key.Key_Z, CTRL)
    page.flush()
    assert saved(ui, "outage").item(facts[1].id) is not None
    press(qtbot, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    page.flush()
    assert saved(ui, "outage").item(facts[1].id) is None

    # Reset to shipped asks, removes the copy; Ctrl+Z brings the wording back.
    view.resetRequested.emit()
    assert answers.asked and "shipped playbook" in answers.asked[-1]
    assert not (folder / "outage.toml").exists()
    assert saved(ui, "outage") == SHIPPED.get("outage")
    assert view.state_text().startswith("Shipped.") and not view.reset_offered()
    view.focus_item(facts[0].id)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    page.flush()
    assert saved(ui, "outage").item(new_id) is not None


def test_problems_show_beside_the_field_and_nothing_is_saved(ui, qtbot):
    page = open_page(ui, "generic")
    view = page.view
    urgency = SHIPPED.get("generic").section(Section.URGENCY)
    for item in urgency:
        key_on_item(qtbot, page, item.id, Qt.Key.Key_Delete)
    page.flush()
    assert "no Urgency items" in view.problem_texts()["checklist"]
    assert "Not saved until this is fixed" in view.status_text()
    assert not (user_playbook_dir(ui.store.path) / "generic.toml").exists()
    view.focus_name()
    press(qtbot, Qt.Key.Key_Delete)
    assert "the name is empty" in view.problem_texts()["name"]
    view.focus_item("urgency")
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the name back
    for _ in urgency:
        press(qtbot, Qt.Key.Key_Z, CTRL)
    assert view.problem_texts() == {}
    page.flush()
    assert saved(ui, "generic") == SHIPPED.get("generic")

    # An item added and left empty: named beside the checklist, not saved; Delete drops it.
    key_on_item(qtbot, page, "empathy", Qt.Key.Key_Insert)
    commit_edit(qtbot, view)
    assert "text is empty" in view.problem_texts()["checklist"]
    assert view.item_texts(Section.EMPATHY)[-1] == ""
    press(qtbot, Qt.Key.Key_Delete)
    assert view.problem_texts() == {}


def test_the_prepare_form_and_a_new_call_use_the_edited_checklist(ui, qtbot):
    store = ui.store
    t0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    facts = SHIPPED.get("outage").section(Section.FACTS)
    old = store.calls.create(Call(client=Client("Acme"), title="Earlier", scenario="outage"))
    store.calls.start(old.id, t0)  # as a call from before schema 9: nothing stored with it
    store.entries.add_tick(Tick(old.id, facts[0].id, True, t0 + timedelta(seconds=5), 5000))
    store.calls.end(old.id, t0 + timedelta(minutes=3))

    # From the prepare form's "Edit playbooks…" to the page, the scenario open.
    ui.nav.show(Page.PREPARE)
    prepare = ui.page(Page.PREPARE)
    prepare.view.set_scenario("outage")
    prepare.view.focus_client()
    press(qtbot, Qt.Key.Key_P, ALT)  # "Edit &playbooks…" beside the scenario list
    qtbot.waitUntil(lambda: ui.window.current_page() == "playbooks")  # an animated click
    page = ui.page(Page.PLAYBOOKS)
    assert ui.window.current_page() == "playbooks" and page.current == "outage"
    key_on_item(qtbot, page, facts[0].id, Qt.Key.Key_Delete)
    page.view.focus_name()
    type_text(qtbot, "Our outage")
    page.flush()
    ui.nav.back()
    assert ui.window.current_page() == "prepare"
    assert "Our outage" in prepare.view.scenario_names()

    # A new call on it: the live checklist lacks the removed item.
    prepare.view.set_header("Acme", "Down again")
    prepare.view.clientTyped.emit()
    prepare.view.subjectTyped.emit()
    prepare.view.set_scenario("outage")
    prepare.view.scenarioChanged.emit()
    prepare.start_call()
    live = ui.page(Page.LIVE)
    assert ui.window.current_page() == "live"
    shown = [
        live.checklist.item(0).child(r).text() for r in range(live.checklist.item(0).rowCount())
    ]
    assert facts[0].text not in shown and facts[1].text in shown
    live_id = live.call.id
    assert store.calls.get(live_id).checklist[0].id == facts[1].id

    # The call made before still shows its item, ticked, in its record.
    call = store.calls.get(old.id)
    record = compose_internal_record(call, ui.controller.ctx.playbooks.get("outage"))
    assert facts[0].text in record.coverage[0].covered


def test_new_scenario_import_export(ui, qtbot, tmp_path, monkeypatch, answers):
    page = open_page(ui, "budget_overrun")
    page.view.newRequested.emit()
    assert page.current == "budget_overrun_mine"
    assert page.view.state_text() == "Your own playbook."
    assert saved(ui, "budget_overrun_mine").name == "Budget overrun (mine)"
    assert "Budget overrun (mine)" in ui.page(Page.PREPARE).view.scenario_names()

    target = tmp_path / "shared.toml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.view.exportRequested.emit()
    assert 'id = "budget_overrun_mine"' in target.read_text()

    # Importing it back over the user's playbook asks first; No leaves it alone.
    target.write_text(target.read_text().replace("Budget overrun (mine)", "Agency standard"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    answers.reply = answers.reply.No
    page.view.importRequested.emit()
    assert "Replace your playbook" in answers.asked[-1]
    assert saved(ui, "budget_overrun_mine").name == "Budget overrun (mine)"
    answers.reply = answers.reply.Yes
    page.view.importRequested.emit()
    assert saved(ui, "budget_overrun_mine").name == "Agency standard"

    # A broken file is refused with its line and column; nothing changes.
    bad = tmp_path / "bad.toml"
    bad.write_text('id = "x"\nname = "oops\n')
    before = {p.name: p.read_bytes() for p in user_playbook_dir(ui.store.path).iterdir()}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    page.view.importRequested.emit()
    assert "line 2, column" in page.view.status_text()
    assert {p.name: p.read_bytes() for p in user_playbook_dir(ui.store.path).iterdir()} == before


def test_file_menu_opens_the_page(ui, qtbot):
    ui.controller.actions["actionPlaybooks"].trigger()
    assert ui.window.current_page() == "playbooks"
    page = ui.page(Page.PLAYBOOKS)
    assert page.view.list_label().startswith("Generic")
    page.view.focus_list()
    press(qtbot, Qt.Key.Key_Down)  # the next playbook in the list opens
    press(qtbot, Qt.Key.Key_Down)
    assert page.current == "budget_overrun" and page.view.list_label() == "Budget overrun"


def test_a_broken_file_in_the_data_folder_is_named_and_can_go(ui, answers):
    folder = user_playbook_dir(ui.store.path)
    folder.mkdir()
    (folder / "outage.toml").write_text('id = "outage"\nname = "Ours"\njargon = "abc"\n')
    (folder / "own_thing.toml").write_text('id = "own_thing"\nname = "Mine\n')
    page = open_page(ui, "outage")
    view = page.view
    assert "jargon must be a list of words" in view.status_text()
    assert view.list_label().endswith("file not used")
    assert page.draft == SHIPPED.get("outage") and view.reset_offered()
    view.resetRequested.emit()
    assert not (folder / "outage.toml").exists()
    assert not view.list_label().endswith("file not used")

    # One of the user's own that does not parse: named, shown afresh, replaced on a change.
    view.playbookChosen.emit("own_thing")
    assert "line 2, column" in view.status_text()
    assert page.draft.id == "own_thing" and page.draft.items == SHIPPED.get("generic").items
    view.nameEdited.emit("My own thing")
    page.flush()
    assert saved(ui, "own_thing").name == "My own thing"


def test_a_drag_into_another_section_is_kept(ui):
    page = open_page(ui, "generic")
    generic = SHIPPED.get("generic")
    facts, empathy = generic.section(Section.FACTS), generic.section(Section.EMPATHY)
    page.view.itemsArranged.emit(
        {
            Section.FACTS: [i.id for i in facts[1:]],
            Section.EMPATHY: [facts[0].id, *(i.id for i in empathy)],
        }
    )
    page.flush()
    moved = saved(ui, "generic").item(facts[0].id)
    assert moved.section is Section.EMPATHY and moved.text == facts[0].text
    assert page.view.item_texts(Section.EMPATHY)[0] == facts[0].text


def test_prompts_jargon_and_letter_hints_reach_the_form_and_the_letter(ui):
    ui.nav.show(Page.PREPARE)  # a new call's form, on the generic scenario
    prepare = ui.page(Page.PREPARE)
    assert prepare.view.scenario() == "generic"
    page = open_page(ui, "generic")
    page.view.promptEdited.emit("impact", "Who on their side is hurt, and how badly?")
    page.view.jargonEdited.emit("SLA\nRCA\n")
    page.view.letterHintEdited.emit("de", "subject", "{title}: unser Plan")
    page.flush()
    ours = saved(ui, "generic")
    assert ours.jargon == ("SLA", "RCA")
    assert ours.hints("de")["subject"] == "{title}: unser Plan"
    assert ours.hints("fr") == SHIPPED.get("generic").hints("fr")
    ui.nav.back()
    assert prepare.view.scenario() == "generic"
    assert prepare.view.prep_prompts()["impact"] == "Who on their side is hurt, and how badly?"
