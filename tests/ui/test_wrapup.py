"""Wrap-up: missed checklist items by section, follow-up fields autosaved, follow-up date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from domain.live_session import default_follow_up_date
from domain.model import Call, Client, FollowUp, Tick, utc_now
from domain.playbooks import PlaybookLibrary
from tests.ui.conftest import press, type_text
from ui.shell.pages import Page


def ended_call(store, ticked: tuple[str, ...] = ()) -> int:
    call = store.calls.create(Call(client=Client("Tailspin"), title="Budget overrun"))
    started = store.calls.start(call.id)
    for item in ticked:
        store.entries.add_tick(Tick(call.id, item, True, utc_now(), 1000))
    store.calls.end(call.id)
    assert started
    return call.id


def open_editable(ui, call_id: int):
    ui.nav.show(Page.WRAPUP, call_id)
    return ui.page(Page.WRAPUP)


def test_missed_items_are_grouped_by_section(ui, store):
    playbook = PlaybookLibrary().get("generic")
    ticked = tuple(item.id for item in playbook.items if item.section.value == "facts")
    wrapup = open_editable(ui, ended_call(store, ticked))
    model = wrapup.missed_model
    heads = [model.item(r).text() for r in range(model.rowCount())]
    assert heads == ["Empathy", "Urgency", "Next steps"]  # all facts were covered
    empathy = model.item(0)
    assert [empathy.child(r).text() for r in range(empathy.rowCount())] == [
        i.text for i in playbook.items if i.section.value == "empathy"
    ]
    assert f"Covered {len(ticked)} of {len(playbook.items)}" in wrapup.view.coverage_text()


def test_everything_covered_says_so(ui, store):
    playbook = PlaybookLibrary().get("generic")
    wrapup = open_editable(ui, ended_call(store, tuple(i.id for i in playbook.items)))
    assert wrapup.missed_model.rowCount() == 0
    assert "All" in wrapup.view.coverage_text()


def test_follow_up_fields_autosave(ui, qtbot, store):
    call_id = ended_call(store)
    wrapup = open_editable(ui, call_id)
    for name in FollowUp.field_names():
        wrapup.view.focus_follow_up(name)
        type_text(qtbot, f"text for {name}")
    qtbot.waitUntil(lambda: not wrapup.saver.pending)
    saved = store.calls.get(call_id).follow_up
    assert saved == FollowUp(**{name: f"text for {name}" for name in FollowUp.field_names()})


def test_follow_up_date_defaults_to_three_working_days_and_saves(ui, qtbot, store):
    call_id = ended_call(store)
    wrapup = open_editable(ui, call_id)
    expected = default_follow_up_date(date.today())
    assert wrapup.view.check_in_day() == expected
    assert store.calls.get(call_id).follow_up_on == expected
    wrapup.view.set_check_in(date(2031, 1, 15))  # the user picks the day
    wrapup.view.edited.emit()
    assert wrapup.saver.pending
    wrapup.view.focus_first_field()
    qtbot.waitUntil(lambda: not wrapup.saver.pending)
    assert store.calls.get(call_id).follow_up_on == date(2031, 1, 15)


def test_close_saves_what_is_pending(ui, qtbot, store):
    call_id = ended_call(store)
    wrapup = open_editable(ui, call_id)
    view = wrapup.view
    view.set_follow_up(FollowUp(amends="A free month"), view.check_in_day())  # typed
    view.edited.emit()
    assert wrapup.saver.pending
    ui.window.close()
    assert store.calls.get(call_id).follow_up.amends == "A free month"


def test_read_only_view_saves_nothing(ui, store):
    call_id = ended_call(store)
    wrapup = ui.page(Page.WRAPUP)
    wrapup.open(store.calls.get(call_id), read_only=True)  # open_call shows the detail page
    assert wrapup.read_only and wrapup.view.is_read_only()
    assert store.calls.get(call_id).follow_up_on is None
    assert "Read-only" in wrapup.view.status_text()


def test_export_row_is_left_for_later(ui, store):
    wrapup = open_editable(ui, ended_call(store))
    assert wrapup.view.actions_row.objectName() == "wrapupActions"
    offered = wrapup.view.offered_actions()
    assert "Back to recent calls" in offered and "Edit follow-up" not in offered


# ------------------------------------------------------ prep flows in; the letter's header
def call_with_prep(store) -> int:
    from domain.model import Contact, Prep

    call = store.calls.create(
        Call(
            client=Client("Tailspin", "desk@tailspin.example"),
            title="Budget overrun",
            contact=Contact("Dana Kim", "dana@tailspin.example", "Dana"),
            prep=Prep(
                facts_known="The build costs 20% more than quoted.",
                impact="Your Q1 budget is short.",
                plan="We absorb half.",
                who_knows="internal: Sam and the board",
            ),
        )
    )
    store.calls.start(call.id)
    store.calls.end(call.id)
    return call.id


def test_the_follow_up_starts_from_the_prep_marked_until_edited(ui, qtbot, store):
    call_id = call_with_prep(store)
    wrapup = open_editable(ui, call_id)
    stored = store.calls.get(call_id).follow_up  # the first draft is kept at once
    assert stored.what_happened == "The build costs 20% more than quoted."
    assert stored.what_it_means == "Your Q1 budget is short."
    assert stored.what_we_do == "We absorb half."
    assert "internal" not in " ".join(vars(stored).values())
    labels = wrapup.view.follow_up_labels()
    assert labels["what_happened"].endswith("· from your prep")
    assert labels["what_we_need"] == "What we need from the client"
    wrapup.view.focus_follow_up("what_happened")
    press(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, " We are sorry.")
    labels = wrapup.view.follow_up_labels()
    assert not labels["what_happened"].endswith("from your prep")
    assert labels["what_we_do"].endswith("· from your prep")
    qtbot.waitUntil(lambda: "sorry" in store.calls.get(call_id).follow_up.what_happened)


def test_an_edited_follow_up_is_not_overwritten_by_the_prep(ui, store):
    call_id = call_with_prep(store)
    store.calls.update_follow_up(call_id, FollowUp(what_happened="Our words."), None)
    open_editable(ui, call_id)
    assert store.calls.get(call_id).follow_up.what_happened == "Our words."


def test_title_subject_and_language_are_edited_in_the_wrap_up(ui, qtbot, store):
    call_id = call_with_prep(store)
    wrapup = open_editable(ui, call_id)
    view = wrapup.view
    assert view.recipient_text() == "To: Dana Kim <dana@tailspin.example>"
    assert view.default_subject()  # the default subject, from the title
    view.focus_title()
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "Build over budget")
    view.focus_subject()  # leaving the title saves it
    assert store.calls.get(call_id).title == "Build over budget"
    assert ui.window.windowTitle() == "Candor — Tailspin: Build over budget"
    type_text(qtbot, "Your build: the cost and our offer")
    view.focus_title()
    assert store.calls.get(call_id).subject == "Your build: the cost and our offer"
    view.set_language("nl")  # the user chooses Dutch
    view.languageChosen.emit()
    assert store.calls.get(call_id).language == "nl"
    assert store.calls.get(call_id).client.language == "en"  # the client's default stays


def test_mark_letter_sent_and_undo(ui, store):
    call_id = call_with_prep(store)
    wrapup = open_editable(ui, call_id)
    changed = []
    ui.controller.events.lettersChanged.connect(lambda: changed.append(1))
    assert store.calls.letters_owed()[1] == 1
    wrapup.view.letterSentToggled.emit(True)
    assert store.calls.get(call_id).letter_sent_at is not None
    ticked, reads = wrapup.view.letter_mark()
    assert ticked and reads.startswith("Letter sent: Today")
    assert store.calls.letters_owed()[1] == 0
    wrapup.view.letterSentToggled.emit(False)
    assert store.calls.get(call_id).letter_sent_at is None
    assert wrapup.view.letter_mark() == (False, "Mark letter sent")
    assert changed == [1, 1]


def test_the_call_can_be_renamed_from_the_call_menu_on_any_call_page(ui, store, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    call_id = call_with_prep(store)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  Build  over budget ", True))
    for page in (Page.WRAPUP, Page.DETAIL):
        ui.nav.show(page, call_id)
        action = ui.window.actions_by_name["actionRenameCall"]
        assert action.isEnabled()
        action.trigger()
        assert store.calls.get(call_id).title == "Build over budget"
        assert ui.window.windowTitle() == "Candor — Tailspin: Build over budget"
        store.calls.update_header(call_id, "Tailspin", "Budget overrun", "generic")
    ui.nav.show(Page.WRAPUP, call_id)
    action.trigger()
    assert ui.page(Page.WRAPUP).view.title_text() == "Build over budget"
    ui.nav.home()
    assert not ui.window.actions_by_name["actionRenameCall"].isEnabled()


def test_renaming_a_live_call_renames_its_heading(ui, store, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    call = store.calls.create(Call(client=Client("Tailspin"), title="Budget overrun"))
    store.calls.start(call.id)
    ui.nav.open_call(call.id)
    assert ui.nav.current is Page.LIVE
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Cost is 20% over", True))
    ui.window.actions_by_name["actionRenameCall"].trigger()
    assert store.calls.get(call.id).title == "Cost is 20% over"
    assert ui.page(Page.LIVE).view.heading().startswith("Tailspin: Cost is 20% over")


def test_the_subject_placeholder_follows_the_letter_language(ui, store):
    from domain.compose import compose_letter
    from domain.model import Profile
    from domain.playbooks import PlaybookLibrary

    call_id = call_with_prep(store)
    wrapup = open_editable(ui, call_id)
    view = wrapup.view
    english = view.default_subject()
    playbook = PlaybookLibrary().get(store.calls.get(call_id).scenario)
    assert english == compose_letter(store.calls.get(call_id), playbook, Profile()).subject
    view.set_language("de")
    view.languageChosen.emit()
    german = compose_letter(store.calls.get(call_id), playbook, Profile()).subject
    assert view.default_subject() == german != english
