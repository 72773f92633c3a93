"""Prepare: focus and tab order, the call created once named, autosave, scenario prompts,
the client's email."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from domain.model import Call, CallStatus, Client
from domain.playbooks import PlaybookLibrary
from storage.store import Store
from tests.ui.conftest import press, type_text
from ui.pages.prepare.controller import DRAFT_KEY, RENAME_KEY
from ui.shell.pages import Page
from ui.widgets.email_field import looks_like_email

CTRL = Qt.KeyboardModifier.ControlModifier


def new_call(ui, qtbot):
    press(qtbot, Qt.Key.Key_N, CTRL)
    return ui.page(Page.PREPARE)


def test_tab_order_runs_through_the_form(ui, qtbot):
    prepare = new_call(ui, qtbot)
    seen = [QApplication.focusWidget().objectName()]
    for _ in range(15):
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    assert seen == [
        "clientField",
        "subjectField",
        "clientEmailField",
        "contactField",
        "greetingField",
        "contactEmailField",
        "scenarioCombo",
        "languageCombo",
        *(f"prep_{name}" for name in prepare.view.fields.editors),
        "startCallButton",
        "clientField",  # and round again
    ]


def test_call_created_once_client_and_subject_are_given(ui, qtbot, store):
    prepare = new_call(ui, qtbot)
    type_text(qtbot, "Contoso")
    qtbot.wait(120)  # longer than the test's autosave delay: typing a name saves nothing
    assert store.calls.count() == 0 and store.calls.client_names() == []
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Invoice run failed")
    qtbot.waitUntil(lambda: store.calls.count() == 1)
    [summary] = store.calls.summaries()
    assert (summary.client, summary.title, summary.status) == (
        "Contoso",
        "Invoice run failed",
        CallStatus.PREPARED,
    )
    assert store.calls.client_names() == ["Contoso"]
    assert ui.window.windowTitle() == "Candor — Contoso: Invoice run failed"
    assert prepare.call_id == summary.id


def test_prep_fields_autosave_after_typing_and_on_focus_loss(ui, qtbot, store):
    prepare = new_call(ui, qtbot)
    type_text(qtbot, "Contoso")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Invoice run failed")
    impact = prepare.view.fields.editors["impact"]
    impact.setFocus()
    qtbot.keyClicks(impact, "Month-end close is late")
    qtbot.waitUntil(lambda: not prepare.prep_saver.pending)
    call_id = prepare.call_id
    assert store.calls.get(call_id).prep.impact == "Month-end close is late"
    plan = prepare.view.fields.editors["plan"]
    plan.setFocus()
    qtbot.keyClicks(plan, "Rerun tonight")
    prepare.view.fields.editors["amends"].setFocus()  # focus loss saves at once
    assert store.calls.get(call_id).prep.plan == "Rerun tonight"


def test_tab_leaves_a_prep_field_instead_of_typing_a_tab(ui, qtbot):
    prepare = new_call(ui, qtbot)
    facts = prepare.view.fields.editors["facts_known"]
    facts.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert facts.toPlainText() == ""
    assert QApplication.focusWidget() is prepare.view.fields.editors["facts_unknown"]


def test_scenario_sets_the_prompts(ui, qtbot, store):
    prepare = new_call(ui, qtbot)
    combo = prepare.view.scenario_combo
    library = PlaybookLibrary()
    assert [combo.itemText(i) for i in range(combo.count())] == [p.name for p in library.all()]
    for index, playbook in enumerate(library.all()):
        combo.setCurrentIndex(index)
        for name, editor in prepare.view.fields.editors.items():
            assert editor.placeholderText() == playbook.prep_prompts.get(name, "")


def test_scenario_change_is_saved(ui, qtbot, store):
    prepare = new_call(ui, qtbot)
    type_text(qtbot, "Contoso")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Invoice run failed")
    prepare.view.scenario_combo.setCurrentIndex(
        prepare.view.scenario_combo.findData("third_party_fault")
    )
    assert store.calls.get(prepare.call_id).scenario == "third_party_fault"


def test_start_needs_a_client_and_subject(ui, qtbot, store):
    prepare = new_call(ui, qtbot)
    type_text(qtbot, "Contoso")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert ui.window.current_page() == "prepare"
    assert QApplication.focusWidget() is prepare.view.subject_field
    assert "subject" in prepare.view.status.text()
    assert store.calls.count() == 0


def test_client_completer_offers_known_clients(store, open_ui):
    store.calls.create(Call(client=Client("Northwind Traders"), title="Earlier"))
    opened = open_ui()
    opened.controller.new_call()
    model = opened.page(Page.PREPARE).view.completer.model()
    assert model.stringList() == ["Northwind Traders"]


def test_a_prepared_call_reopens_in_the_form(ui, qtbot, store):
    call = store.calls.create(Call(client=Client("Acme"), title="Late parts"))
    ui.nav.open_call(call.id)
    view = ui.page(Page.PREPARE).view
    assert ui.window.current_page() == "prepare"
    assert (view.client_field.text(), view.subject_field.text()) == ("Acme", "Late parts")
    view.subject_field.setText("Late parts, two weeks")
    ui.nav.home()  # leaving the page saves
    assert store.calls.get(call.id).title == "Late parts, two weeks"


# --- the client's email -----------------------------------------------------------------------


def focus_name() -> str:
    return QApplication.focusWidget().objectName()


def name_the_call(qtbot, client: str = "Contoso", subject: str = "Invoice run failed") -> None:
    type_text(qtbot, client)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, subject)
    press(qtbot, Qt.Key.Key_Tab)
    assert focus_name() == "clientEmailField"


def test_typed_email_is_stored_on_the_client(ui, qtbot, store):
    prepare = new_call(ui, qtbot)
    name_the_call(qtbot)
    type_text(qtbot, "ops@contoso.example")
    qtbot.waitUntil(lambda: not prepare.email_saver.pending)  # saved after the pause
    assert store.calls.client("Contoso").email == "ops@contoso.example"
    assert store.calls.get(prepare.call_id).client.email == "ops@contoso.example"
    assert not prepare.view.email_hint.isVisible()


def test_email_typed_before_the_subject_is_stored_with_the_new_call(ui, qtbot, store):
    prepare = new_call(ui, qtbot)
    type_text(qtbot, "Contoso")
    prepare.view.email_field.setFocus()
    type_text(qtbot, "ops@contoso.example")
    prepare.view.subject_field.setFocus()  # focus loss: nothing to save it on yet
    assert store.calls.count() == 0
    type_text(qtbot, "Invoice run failed")
    qtbot.waitUntil(lambda: store.calls.count() == 1)
    assert store.calls.client("Contoso").email == "ops@contoso.example"


def test_known_client_email_is_filled_in(store, open_ui, qtbot):
    store.calls.create(Call(client=Client("Northwind", "ops@northwind.example"), title="Earlier"))
    ui = open_ui()
    prepare = new_call(ui, qtbot)
    type_text(qtbot, "northwind")  # names match case-insensitively
    press(qtbot, Qt.Key.Key_Tab)
    assert prepare.view.email_field.text() == "ops@northwind.example"
    type_text(qtbot, "Late parts")
    press(qtbot, Qt.Key.Key_Tab)
    assert focus_name() == "clientEmailField"
    qtbot.keyClick(prepare.view.email_field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "desk@northwind.example")
    press(qtbot, Qt.Key.Key_Tab)  # focus loss saves at once
    assert store.calls.client("Northwind").email == "desk@northwind.example"


def test_another_clients_email_is_not_carried_over(store, open_ui, qtbot):
    call = store.calls.create(Call(client=Client("Acme", "it@acme.example"), title="Late"))
    store.calls.create(Call(client=Client("Globex", "ops@globex.example"), title="Earlier"))
    ui = open_ui()
    ui.nav.open_call(call.id)
    view = ui.page(Page.PREPARE).view
    assert view.email_field.text() == "it@acme.example"
    view.client_field.selectAll()
    type_text(qtbot, "Globex")
    press(qtbot, Qt.Key.Key_Tab)
    assert view.email_field.text() == "ops@globex.example"
    view.client_field.setFocus()
    view.client_field.selectAll()
    type_text(qtbot, "Initech")  # a new client: no address yet
    press(qtbot, Qt.Key.Key_Tab)
    assert view.email_field.text() == ""
    ui.nav.home()
    assert store.calls.get(call.id).client.name == "Initech"
    assert store.calls.client("Initech").email == ""
    assert store.calls.client("Acme").email == "it@acme.example"
    assert store.calls.client("Globex").email == "ops@globex.example"


def test_typed_email_follows_a_corrected_client_name(ui, qtbot, store):
    prepare = new_call(ui, qtbot)
    name_the_call(qtbot, "Contso")
    type_text(qtbot, "ops@contoso.example")
    prepare.view.client_field.setFocus()  # focus loss saves the address on 'Contso'
    prepare.view.client_field.selectAll()
    type_text(qtbot, "Contoso")
    press(qtbot, Qt.Key.Key_Tab)
    assert prepare.view.email_field.text() == "ops@contoso.example"
    assert store.calls.get(prepare.call_id).client.email == "ops@contoso.example"


def test_an_odd_address_gets_a_hint_and_is_kept(ui, qtbot, store):
    prepare = new_call(ui, qtbot)
    name_the_call(qtbot)
    type_text(qtbot, "ops at contoso")
    assert not prepare.view.email_hint.isVisible()  # no nagging while typing
    press(qtbot, Qt.Key.Key_Tab)
    assert prepare.view.email_hint.isVisible()
    assert focus_name() == "contactField"  # never blocks
    assert store.calls.client("Contoso").email == "ops at contoso"
    prepare.view.email_field.setFocus()
    prepare.view.email_field.selectAll()
    type_text(qtbot, "ops@contoso.example")
    assert not prepare.view.email_hint.isVisible()  # gone as soon as it is right


def test_looks_like_email() -> None:
    for good in ("a@b.co", "ana.lopez+cases@mail.acme.example", "a@b.com, c@d.org", ""):
        assert looks_like_email(good), good
    for odd in ("ops", "ops at acme", "a@b", "a@b.", "@acme.com", "a@@b.com", "a@b.com,"):
        assert not looks_like_email(odd), odd


def test_the_completer_list_opening_saves_no_half_typed_client(store, open_ui, qtbot):
    store.calls.create(Call(client=Client("Northwind Traders", "ops@nw.example"), title="Old"))
    call = store.calls.create(Call(client=Client("Acme"), title="Late parts"))
    ui = open_ui()
    ui.nav.open_call(call.id)
    view = ui.page(Page.PREPARE).view
    view.client_field.setFocus()
    view.client_field.selectAll()
    type_text(qtbot, "Nox")  # the list opens, then closes: no match
    press(qtbot, Qt.Key.Key_Backspace)  # and opens again
    assert view.completer.popup().isVisible()
    assert store.calls.client_names() == ["Acme", "Northwind Traders"]
    type_text(qtbot, "rthwind Traders")
    press(qtbot, Qt.Key.Key_Tab)  # the list is open: Tab leaves without editingFinished
    assert view.email_field.text() == "ops@nw.example"
    assert store.calls.get(call.id).client.name == "Northwind Traders"


# --- the draft: typing before the call exists -------------------------------------------------


def test_prep_typed_before_the_call_exists_survives_a_close(ui, open_ui, qtbot, store):
    prepare = new_call(ui, qtbot)
    facts = prepare.view.fields.editors["facts_known"]
    facts.setFocus()
    type_text(qtbot, "The cutover script corrupts old invoices")
    prepare.view.fields.editors["plan"].setFocus()
    type_text(qtbot, "Rerun tonight, check every invoice")
    prepare.view.client_field.setFocus()
    type_text(qtbot, "Contoso")
    assert store.calls.count() == 0
    ui.window.close()  # close saves what is typed: no call yet, so as the draft
    assert store.calls.count() == 0 and store.calls.client_names() == []
    assert store.settings.get(DRAFT_KEY)["prep"]["facts_known"] == (
        "The cutover script corrupts old invoices"
    )

    again = open_ui()
    prepare = new_call(again, qtbot)  # Ctrl+N starts from the draft
    view = prepare.view
    assert QApplication.focusWidget() is view.client_field
    assert view.client_field.text() == "Contoso"
    assert view.fields.editors["facts_known"].toPlainText() == (
        "The cutover script corrupts old invoices"
    )
    assert view.fields.editors["plan"].toPlainText() == "Rerun tonight, check every invoice"
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Invoice run failed")
    qtbot.waitUntil(lambda: store.calls.count() == 1)
    call = store.calls.get(prepare.call_id)
    assert (call.client.name, call.title) == ("Contoso", "Invoice run failed")
    assert call.prep.facts_known == "The cutover script corrupts old invoices"
    assert call.prep.plan == "Rerun tonight, check every invoice"
    assert store.settings.get(DRAFT_KEY) is None  # the call holds it now

    prepare = new_call(again, qtbot)  # and the next new call starts empty
    assert prepare.view.client_field.text() == prepare.view.subject_field.text() == ""
    assert all(not e.toPlainText() for e in prepare.view.fields.editors.values())


def test_client_typed_is_drafted_within_a_second_but_no_client_made(
    ui_real_delay, open_ui, qtbot, store, db_path
):
    prepare = new_call(ui_real_delay, qtbot)
    prepare.view.subject_field.setFocus()
    type_text(qtbot, "Late parts")
    prepare.view.email_field.setFocus()
    type_text(qtbot, "ops@northwind.example")
    prepare.view.client_field.setFocus()
    type_text(qtbot, "No")  # half of 'Northwind', the field not left
    with Store(db_path) as fresh:  # what a process killed now would leave on disk
        assert (fresh.settings.get(DRAFT_KEY) or {}).get("client") != "No"
    qtbot.wait(1100)
    with Store(db_path) as fresh:
        draft = fresh.settings.get(DRAFT_KEY)
        assert fresh.calls.count() == 0 and fresh.calls.client_names() == []
    assert (draft["client"], draft["subject"], draft["email"]) == (
        "No",
        "Late parts",
        "ops@northwind.example",
    )
    prepare.release()  # killed: nothing more is saved

    again = open_ui()
    prepare = new_call(again, qtbot)
    assert (prepare.view.client_field.text(), prepare.view.subject_field.text()) == (
        "No",
        "Late parts",
    )
    assert store.calls.count() == 0  # showing the draft names no client
    type_text(qtbot, "rthwind")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the field names the client: the call exists
    assert store.calls.client_names() == ["Northwind"]
    assert store.calls.get(prepare.call_id).client.email == "ops@northwind.example"
    assert store.settings.get(DRAFT_KEY) is None


def test_a_new_client_name_for_a_prepared_call_is_drafted(ui, open_ui, qtbot, store):
    call = store.calls.create(Call(client=Client("Acme"), title="Late parts"))
    ui.nav.open_call(call.id)
    prepare = ui.page(Page.PREPARE)
    prepare.view.client_field.selectAll()
    type_text(qtbot, "Nor")
    qtbot.waitUntil(lambda: store.settings.get(RENAME_KEY) is not None)
    assert store.settings.get(RENAME_KEY) == {"call_id": call.id, "client": "Nor"}
    assert store.calls.client_names() == ["Acme"]  # no client 'Nor'
    prepare.release()  # killed

    again = open_ui()
    again.nav.open_call(call.id)
    view = again.page(Page.PREPARE).view
    assert view.client_field.text() == "Nor"
    assert store.calls.get(call.id).client.name == "Acme"
    view.client_field.end(False)
    type_text(qtbot, "thwind")
    press(qtbot, Qt.Key.Key_Tab)
    assert store.calls.get(call.id).client.name == "Northwind"
    assert "Nor" not in store.calls.client_names()
    assert store.settings.get(RENAME_KEY) is None


def test_tab_goes_through_the_prep_fields_in_reading_order(ui, qtbot):
    """Tab went down the left column, then the right: not the order the form is read in
    (left to right, then down)."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.conftest import press

    ui.controller.new_call()
    view = ui.page(Page.PREPARE).view
    editors = list(view.fields.editors.values())
    editors[0].setFocus()
    visited = [editors[0]]
    for _ in editors[1:]:
        press(qtbot, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == editors  # Tab follows the fields' order…

    def place(editor):  # noqa: ANN001, ANN202
        point = editor.mapTo(view, editor.rect().topLeft())
        return (point.y(), point.x())

    assert [place(e) for e in visited] == sorted(place(e) for e in visited)  # …and reading


# ------------------------------------------------------------------ the contact person
def test_the_contact_typed_after_the_subject_is_stored_on_the_call(ui, qtbot, store):
    prepare = new_call(ui, qtbot)
    name_the_call(qtbot)
    press(qtbot, Qt.Key.Key_Tab)  # past the client's email
    assert focus_name() == "contactField"
    type_text(qtbot, "Dana Kim")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Dana")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "dana@contoso.example")
    press(qtbot, Qt.Key.Key_Tab)  # focus loss saves at once
    contact = store.calls.get(prepare.call_id).contact
    assert (contact.name, contact.greeting, contact.email) == (
        "Dana Kim",
        "Dana",
        "dana@contoso.example",
    )
    assert store.calls.get(prepare.call_id).recipient_email == "dana@contoso.example"


def test_a_known_contact_completes_its_greeting_and_address(store, open_ui, qtbot):
    from domain.model import Contact

    store.calls.create(
        Call(
            client=Client("Northwind"),
            title="Earlier",
            contact=Contact("Dana Kim", "dana@northwind.example", "Ms Kim"),
        )
    )
    ui = open_ui()
    prepare = new_call(ui, qtbot)
    type_text(qtbot, "Northwind")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Late parts")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert prepare.view.contact_completer.model().stringList() == ["Dana Kim"]
    type_text(qtbot, "dana kim")
    press(qtbot, Qt.Key.Key_Tab)
    assert prepare.view.contact() == ("Dana Kim", "Ms Kim", "dana@northwind.example")
    qtbot.waitUntil(lambda: store.calls.get(prepare.call_id).contact is not None)
    assert store.calls.get(prepare.call_id).contact.greeting == "Ms Kim"
    assert len(store.calls.contacts.for_client_name("Northwind")) == 1


def test_a_contact_typed_before_the_call_exists_is_drafted_then_kept(ui, qtbot, store):
    prepare = new_call(ui, qtbot)
    prepare.view.contact_field.setFocus()
    type_text(qtbot, "Bo Berg")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: (store.settings.get(DRAFT_KEY) or {}).get("contact") == "Bo Berg")
    assert store.calls.count() == 0
    prepare.view.client_field.setFocus()
    type_text(qtbot, "Contoso")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Invoice run failed")
    qtbot.waitUntil(lambda: store.calls.count() == 1)
    assert store.calls.get(prepare.call_id).contact.name == "Bo Berg"


def test_the_letter_language_follows_the_client_and_is_remembered(store, open_ui, qtbot):
    known = store.calls.create(Call(client=Client("Keller GmbH"), title="Earlier"))
    store.calls.set_client_language(known.client.id, "de")
    ui = open_ui()
    prepare = new_call(ui, qtbot)
    type_text(qtbot, "Keller GmbH")
    press(qtbot, Qt.Key.Key_Tab)
    assert prepare.view.language() == "de"
    type_text(qtbot, "Lieferung kommt spaeter")
    qtbot.waitUntil(lambda: prepare.call_id is not None)
    assert store.calls.get(prepare.call_id).letter_language == "de"
    prepare.view.set_language("fr")
    prepare.view.languageChanged.emit()
    call = store.calls.get(prepare.call_id)
    assert call.language == "fr" and call.client.language == "fr"
