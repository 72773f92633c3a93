"""Wrap-up: missed checklist items by section, follow-up fields autosaved, follow-up date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from domain.live_session import default_follow_up_date
from domain.model import Call, Client, FollowUp, Tick, utc_now
from domain.playbooks import PlaybookLibrary
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
    assert f"Covered {len(ticked)} of {len(playbook.items)}" in wrapup.view.coverage.text()


def test_everything_covered_says_so(ui, store):
    playbook = PlaybookLibrary().get("generic")
    wrapup = open_editable(ui, ended_call(store, tuple(i.id for i in playbook.items)))
    assert wrapup.missed_model.rowCount() == 0
    assert "All" in wrapup.view.coverage.text()


def test_follow_up_fields_autosave(ui, qtbot, store):
    call_id = ended_call(store)
    wrapup = open_editable(ui, call_id)
    for name, editor in wrapup.view.fields.editors.items():
        editor.setFocus()
        qtbot.keyClicks(editor, f"text for {name}")
    qtbot.waitUntil(lambda: not wrapup.saver.pending)
    saved = store.calls.get(call_id).follow_up
    assert saved == FollowUp(**{name: f"text for {name}" for name in FollowUp.field_names()})


def test_follow_up_date_defaults_to_three_working_days_and_saves(ui, qtbot, store):
    call_id = ended_call(store)
    wrapup = open_editable(ui, call_id)
    expected = default_follow_up_date(date.today())
    assert wrapup.view.follow_up_date.date().toPython() == expected
    assert store.calls.get(call_id).follow_up_on == expected
    wrapup.view.follow_up_date.setDate(QDate(2031, 1, 15))
    wrapup.view.fields.first_editor().setFocus()
    qtbot.waitUntil(lambda: not wrapup.saver.pending)
    assert store.calls.get(call_id).follow_up_on == date(2031, 1, 15)


def test_close_saves_what_is_pending(ui, qtbot, store):
    call_id = ended_call(store)
    wrapup = open_editable(ui, call_id)
    qtbot.keyClicks(wrapup.view.fields.editors["amends"], "A free month")
    assert wrapup.saver.pending
    ui.window.close()
    assert store.calls.get(call_id).follow_up.amends == "A free month"


def test_read_only_view_saves_nothing(ui, store):
    call_id = ended_call(store)
    wrapup = ui.page(Page.WRAPUP)
    wrapup.open(store.calls.get(call_id), read_only=True)  # open_call shows the detail page
    assert wrapup.read_only and wrapup.view.fields.first_editor().isReadOnly()
    assert store.calls.get(call_id).follow_up_on is None
    assert "Read-only" in wrapup.view.status.text()


def test_export_row_is_left_for_later(ui, store):
    wrapup = open_editable(ui, ended_call(store))
    assert wrapup.view.actions_row.objectName() == "wrapupActions"
    assert wrapup.view.home_button.isVisible() and not wrapup.view.edit_button.isVisible()


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
    labels = {name: label.text() for name, label in wrapup.view.fields.labels.items()}
    assert labels["what_happened"].endswith("· from your prep")
    assert labels["what_we_need"] == "What we need from the client"
    editor = wrapup.view.fields.editors["what_happened"]
    editor.setFocus()
    qtbot.keyClicks(editor, " We are sorry.")
    assert not wrapup.view.fields.labels["what_happened"].text().endswith("from your prep")
    assert wrapup.view.fields.labels["what_we_do"].text().endswith("· from your prep")
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
    assert view.recipient.text() == "To: Dana Kim <dana@tailspin.example>"
    assert view.subject_field.placeholderText()  # the default subject, from the title
    view.title_field.setFocus()
    view.title_field.selectAll()
    qtbot.keyClicks(view.title_field, "Build over budget")
    view.subject_field.setFocus()  # leaving the title saves it
    assert store.calls.get(call_id).title == "Build over budget"
    assert ui.window.windowTitle() == "Candor — Tailspin: Build over budget"
    qtbot.keyClicks(view.subject_field, "Your build: the cost and our offer")
    view.title_field.setFocus()
    assert store.calls.get(call_id).subject == "Your build: the cost and our offer"
    view.language_combo.setCurrentIndex(view.language_combo.findData("nl"))
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
    assert wrapup.view.sent_button.isChecked()
    assert wrapup.view.sent_button.text().startswith("Letter sent: Today")
    assert store.calls.letters_owed()[1] == 0
    wrapup.view.letterSentToggled.emit(False)
    assert store.calls.get(call_id).letter_sent_at is None
    assert wrapup.view.sent_button.text() == "Mark letter sent"
    assert changed == [1, 1]
