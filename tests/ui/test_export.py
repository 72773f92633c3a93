"""Exports from the wrap-up: Ctrl+E writes the Word letter off the UI thread; the internal
record, Markdown, email and calendar reminders; failures warn and keep the old file."""

from __future__ import annotations

import errno
import io
import os
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

import docx
import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from domain.compose import suggested_filename
from domain.model import (
    Call,
    Client,
    NextStep,
    Note,
    NoteKind,
    Prep,
    Profile,
    Reaction,
    ReactionKind,
    utc_now,
)
from tests.ui.conftest import press, type_text
from ui.shell.pages import Page

NOTE_WORD = "zanzibarnote"
PREP_WORD = "quokkaprep"
PROFILE = Profile(
    name="Dana Whitfield",
    role="Account manager",
    company="Brightline Data",
    email="dana@brightline.example",
    phone="+44 20 7946 0321",
)


@dataclass
class Recorder:
    """Stands in for a static Qt call: records its arguments, returns `reply`."""

    reply: object = None
    calls: list[tuple] = field(default_factory=list)

    def __call__(self, *args, **kwargs):  # noqa: ANN002, ANN003 (any Qt signature)
        self.calls.append(args)
        return self.reply


@pytest.fixture
def save_as(monkeypatch, tmp_path) -> Recorder:  # noqa: ANN001
    """QFileDialog.getSaveFileName answering with tmp_path/out/letter.docx (change .reply)."""
    folder = tmp_path / "out"
    folder.mkdir()
    recorder = Recorder(reply=(str(folder / "letter.docx"), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", recorder)
    return recorder


@pytest.fixture
def opened(monkeypatch) -> Recorder:  # noqa: ANN001
    recorder = Recorder(reply=True)
    monkeypatch.setattr(QDesktopServices, "openUrl", recorder)
    return recorder


@pytest.fixture
def warned(monkeypatch) -> Recorder:  # noqa: ANN001
    recorder = Recorder(reply=QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", recorder)
    return recorder


def sample_call(store, email: str = "") -> int:
    """An ended call with prep, notes, reactions and next steps; a follow-up to fill in."""
    call = store.calls.create(
        Call(
            client=Client("Northwind Traders"),
            title="Data migration slips two weeks",
            scenario="delivery_delay",
            # The prep's client-facing fields become the follow-up's first draft, shown
            # in the wrap-up (domain.prep_flow); what is internal never flows there.
            prep=Prep(
                facts_known="Broken VAT fields",
                facts_unknown=f"Whether {PREP_WORD} is affected",
                who_knows=f"{PREP_WORD} and the board",
            ),
        )
    )
    if email:
        store.calls.set_client_email(call.client.id, email)
    started = utc_now() - timedelta(minutes=14)
    store.calls.start(call.id, started)
    for minute, text in ((1, f"Told them first {NOTE_WORD}"), (5, "Asked about phase 1")):
        at = started + timedelta(minutes=minute)
        store.entries.add_note(Note(call.id, NoteKind.NOTE, text, at, minute * 60000))
    for minute, kind in ((2, ReactionKind.FRUSTRATED), (9, ReactionKind.RELIEVED)):
        at = started + timedelta(minutes=minute)
        store.entries.add_reaction(Reaction(call.id, kind, at, minute * 60000))
    today = date.today()
    store.entries.add_next_step(
        NextStep(call.id, "Send the revised migration plan", "us", today + timedelta(days=2))
    )
    store.entries.add_next_step(NextStep(call.id, "Confirm the invoice years", "client", None))
    store.calls.end(call.id)
    return call.id


def open_wrapup(ui, call_id: int, what_happened: str = "We found broken VAT fields."):
    ui.nav.show(Page.WRAPUP, call_id)
    wrapup = ui.page(Page.WRAPUP)
    view = wrapup.view
    view.focus_follow_up("what_happened")
    QGuiApplication.processEvents()
    if what_happened:  # typed (pasted) in at the start of the field
        typed = what_happened + view.follow_up().what_happened
        view.set_follow_up(replace(view.follow_up(), what_happened=typed), view.check_in_day())
        view.edited.emit()
    return wrapup


def doc_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def export_with(qtbot, ui, trigger) -> tuple[str, str]:  # noqa: ANN001
    """Run an export and wait for the worker's answer (done or failed)."""
    export = ui.controller.export
    results: list[tuple[str, str]] = []
    export.exported.connect(_append_to(results, "ok"))
    export.exportFailed.connect(_append_to(results, "failed"))
    trigger()
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    return results[0]


def _append_to(results: list, status: str):  # noqa: ANN202
    def append(kind: str, detail: str) -> None:
        results.append((status, detail))

    return append


@pytest.fixture
def signed(store) -> Profile:  # noqa: ANN001
    store.settings.save_profile(PROFILE)
    return PROFILE


def test_ctrl_e_writes_the_letter_without_internal_words(
    ui_real_delay, qtbot, store, signed, save_as, opened, answers
):
    ui = ui_real_delay  # typing stays unsaved for a second: Ctrl+E must save it first
    call_id = sample_call(store)
    wrapup = open_wrapup(ui, call_id, "")
    type_text(qtbot, "We found broken VAT fields.")  # the cursor is in What happened
    assert wrapup.saver.pending  # typed a moment ago, not saved yet: Ctrl+E saves it first
    status, path = export_with(
        qtbot, ui, lambda: press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    )
    assert status == "ok" and Path(path) == Path(save_as.reply[0])
    proposed = Path(save_as.calls[0][2])
    assert proposed.name == suggested_filename(store.calls.get(call_id))
    assert proposed.name.endswith("Northwind Traders - Delivery delay follow-up.docx")
    text = doc_text(Path(path))
    document = docx.Document(path)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert headings[:2] == ["What happened", "What this means for you"]
    assert "What we are doing" in headings and "What we need from you" in headings
    assert "We found broken VAT fields." in text
    rows = [[c.text for c in row.cells] for t in document.tables for row in t.rows]
    assert rows[1][:2] == ["Send the revised migration plan", "Brightline Data"]
    assert rows[1][2].endswith(str((date.today() + timedelta(days=2)).year))
    signature = [p for p in document.paragraphs if p.text == PROFILE.name]
    assert signature and signature[0].runs[0].bold
    for line in (PROFILE.role, PROFILE.email, PROFILE.phone):
        assert line in text
    assert NOTE_WORD not in text and PREP_WORD not in text
    assert "Frustrated" not in text and "Relieved" not in text
    assert opened.calls == [(QUrl.fromLocalFile(path),)]  # "Open it now?" answered Yes
    assert any("Open it now?" in q for q in answers.asked)
    assert "Saved the follow-up letter" in ui.window.statusBar().currentMessage()


def test_internal_record_holds_notes_prep_and_the_reaction_chart(
    ui, qtbot, store, signed, save_as, opened
):
    open_wrapup(ui, sample_call(store))
    action = ui.window.actions_by_name["actionExportRecord"]
    status, path = export_with(qtbot, ui, action.trigger)
    assert status == "ok"
    assert Path(save_as.calls[0][2]).name.endswith("Delivery delay call record.docx")
    text = doc_text(Path(path))
    assert NOTE_WORD in text and PREP_WORD in text and "Frustrated" in text
    assert len(docx.Document(path).inline_shapes) >= 1
    assert os.stat(path).st_mode & 0o077 == 0  # the record is private


def test_letter_as_markdown(ui, qtbot, store, signed, save_as, opened, tmp_path):
    open_wrapup(ui, sample_call(store))
    save_as.reply = (str(tmp_path / "out" / "letter"), "")  # no extension typed
    action = ui.window.actions_by_name["actionExportMarkdown"]
    status, path = export_with(qtbot, ui, action.trigger)
    assert status == "ok" and path.endswith("letter.md")
    text = Path(path).read_text(encoding="utf-8")
    assert text.startswith("# ") and "## What happened" in text
    assert "| Send the revised migration plan |" in text and PROFILE.name in text
    assert NOTE_WORD not in text and PREP_WORD not in text
    assert opened.calls == []  # Markdown is not opened


def test_copy_as_email_fills_the_clipboard_and_opens_a_draft(ui, store, signed, opened):
    open_wrapup(ui, sample_call(store, email="ops@northwind.example"))
    ui.window.actions_by_name["actionCopyEmail"].trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Subject: ") and "What happened" in copied
    assert "We found broken VAT fields." in copied and NOTE_WORD not in copied
    [(url,)] = opened.calls
    assert url.scheme() == "mailto" and url.toString().startswith("mailto:ops@northwind.example?")
    assert "subject=" in url.toString() and "body=" in url.toString()


def test_copy_as_email_without_an_address_still_copies(ui, store, signed, opened):
    open_wrapup(ui, sample_call(store))
    ui.window.actions_by_name["actionCopyEmail"].trigger()
    assert "We found broken VAT fields." in QGuiApplication.clipboard().text()
    assert opened.calls == []
    assert "no email address" in ui.window.statusBar().currentMessage()


def test_calendar_reminders(ui, qtbot, store, signed, save_as, opened, tmp_path):
    call_id = sample_call(store)
    open_wrapup(ui, call_id)
    save_as.reply = (str(tmp_path / "out" / "reminders.ics"), "")
    action = ui.window.actions_by_name["actionExportReminders"]
    status, path = export_with(qtbot, ui, action.trigger)
    assert status == "ok"
    calendar = Calendar.from_ical(Path(path).read_bytes())
    events = {str(e["summary"]): e.decoded("dtstart") for e in calendar.walk("VEVENT")}
    call = store.calls.get(call_id)
    assert events[f"Check in with Northwind Traders: {call.title}"] == call.follow_up_on
    due = date.today() + timedelta(days=2)
    assert events["Due for Northwind Traders: Send the revised migration plan"] == due
    assert len(events) == 2  # the client's undated step is not ours to remind


@pytest.mark.parametrize("where", ["missing folder", "a folder"])
def test_unwritable_target_warns(
    ui, qtbot, store, signed, save_as, opened, warned, tmp_path, where
):
    open_wrapup(ui, sample_call(store))
    if where == "missing folder":
        target = tmp_path / "nowhere" / "letter.docx"
    else:
        target = tmp_path / "a folder.docx"
        target.mkdir()
    save_as.reply = (str(target), "")
    status, message = export_with(qtbot, ui, ui.controller.export.export_letter)
    assert status == "failed"
    [(parent, title, text)] = [c[:3] for c in warned.calls]
    assert parent is ui.window and title == "Export failed" and text == message
    assert ("does not exist" if where == "missing folder" else "is a folder") in text
    assert "\n" not in text
    assert opened.calls == []


def test_failed_write_leaves_the_earlier_file(
    ui, qtbot, store, signed, save_as, opened, warned, monkeypatch
):
    open_wrapup(ui, sample_call(store))
    target = Path(save_as.reply[0])
    target.write_bytes(b"the letter sent yesterday")

    def full_disk(src, dst):  # noqa: ANN001
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    status, message = export_with(qtbot, ui, ui.controller.export.export_letter)
    assert status == "failed" and message.startswith("Not enough disk space")
    assert target.read_bytes() == b"the letter sent yesterday"
    assert [p.name for p in target.parent.iterdir()] == ["letter.docx"]  # no temp file left
    assert warned.calls[0][2] == message


def test_cancelled_save_dialog_writes_nothing(ui, store, signed, save_as, opened, tmp_path):
    open_wrapup(ui, sample_call(store))
    save_as.reply = ("", "")
    ui.controller.export.export_letter()
    assert list((tmp_path / "out").iterdir()) == []
    assert ui.controller.export.exporting == 0


def test_the_database_is_refused_as_a_target(ui, store, signed, save_as, opened, warned):
    open_wrapup(ui, sample_call(store))
    save_as.reply = (str(store.path), "")
    ui.controller.export.export_letter()
    assert "database" in warned.calls[0][2]
    assert ui.controller.export.exporting == 0


def test_empty_profile_asks_once_and_no_exports_unsigned(
    ui, qtbot, store, save_as, opened, answers
):
    call_id = sample_call(store)
    open_wrapup(ui, call_id)
    answers.reply = QMessageBox.StandardButton.No
    status, path = export_with(qtbot, ui, ui.controller.export.export_letter)
    assert status == "ok"
    assert sum("profile is empty" in q for q in answers.asked) == 1
    assert "Kind regards," in doc_text(Path(path))
    export_with(qtbot, ui, ui.controller.export.export_letter)
    assert sum("profile is empty" in q for q in answers.asked) == 1  # asked once only


def test_empty_profile_yes_fills_it_in_then_exports(ui, qtbot, store, save_as, opened, answers):
    open_wrapup(ui, sample_call(store))
    export = ui.controller.export
    export.export_letter()
    dialog = export._dialog
    assert dialog is not None and dialog.isVisible() and save_as.calls == []
    dialog.edits["name"].setText("Dana Whitfield")
    dialog.edits["company"].setText("Brightline Data")
    results: list = []
    export.exported.connect(_append_to(results, "ok"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    assert store.settings.profile().name == "Dana Whitfield"
    assert "Dana Whitfield" in doc_text(Path(results[0][1]))


def test_actions_follow_the_page(ui, store, signed):
    actions = ui.window.actions_by_name
    names = [
        "actionExportLetter",
        "actionEmailLetter",
        "actionExportRecord",
        "actionExportMarkdown",
        "actionCopyEmail",
        "actionExportReminders",
    ]
    assert not any(actions[n].isEnabled() for n in names)  # home: no call
    open_wrapup(ui, sample_call(store))
    assert all(actions[n].isEnabled() for n in names)
    assert actions["actionExportLetter"].shortcut().toString() == "Ctrl+E"
    button = ui.page(Page.WRAPUP).view.export_button
    assert button.accessibleName() and button.isVisible()
    menu = ui.window.menu("&Export")
    assert [a.objectName() for a in menu.actions()] == names
    button.click()
    assert menu.isVisible()
    menu.close()
    ui.nav.home()
    assert not actions["actionExportLetter"].isEnabled()


def test_export_letter_takes_a_call_id_from_any_page(ui, qtbot, store, signed, save_as, opened):
    call_id = sample_call(store)
    ui.nav.home()
    status, path = export_with(qtbot, ui, lambda: ui.controller.export.export_letter(call_id))
    assert status == "ok" and "Data migration slips two weeks" in doc_text(Path(path))


def test_the_detail_page_offers_the_exports_too(ui, qtbot, store, signed, save_as, opened):
    call_id = sample_call(store)
    ui.nav.open_call(call_id)  # an ended call opens in its detail page
    assert ui.window.current_page() == Page.DETAIL.value
    assert ui.controller.export.current_call_id() == call_id
    action = ui.window.actions_by_name["actionExportLetter"]
    assert action.isEnabled()
    status, path = export_with(qtbot, ui, action.trigger)
    assert status == "ok" and "Data migration slips two weeks" in doc_text(Path(path))


# ------------------------------------------------------------------ the email draft
def test_email_the_letter_writes_a_draft_with_the_letter_and_opens_it(
    ui, qtbot, store, signed, opened, tmp_path
):
    import email
    from email import policy

    from docx import Document

    from domain.model import Contact

    call_id = sample_call(store, email="ops@northwind.example")
    call = store.calls.get(call_id)
    store.calls.set_contact(call_id, call.client.id, Contact("Dana Kim", "dana@nw.example", "Dana"))
    folder = tmp_path / "exports"
    folder.mkdir()
    store.settings.update(last_export_folder=str(folder))
    (folder / "occupied.eml").write_text("not ours")
    open_wrapup(ui, call_id)
    status, path = export_with(qtbot, ui, ui.window.actions_by_name["actionEmailLetter"].trigger)
    assert status == "ok" and Path(path).parent == folder and Path(path).suffix == ".eml"
    [(url,)] = opened.calls
    assert url.toLocalFile() == path  # the draft itself, handed to the mail program
    message = email.message_from_bytes(Path(path).read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1" and "dana@nw.example" in message["To"]
    [attachment] = list(message.iter_attachments())
    letter = Document(io.BytesIO(attachment.get_content()))
    text = "\n".join(p.text for p in letter.paragraphs)
    assert "Dear Dana," in text and NOTE_WORD not in text
    body = message.get_body(("plain",)).get_content()
    assert NOTE_WORD not in body and PREP_WORD not in body
    assert "mark the letter sent" in ui.window.statusBar().currentMessage()
    wrapup = ui.page(Page.WRAPUP).view
    assert wrapup.mark_sent_focused()  # the next thing to do, offered
    assert (folder / "occupied.eml").read_text() == "not ours"


def test_when_no_mail_program_opens_the_draft_it_says_where_it_is(
    ui, qtbot, store, signed, monkeypatch, tmp_path
):
    opened_urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened_urls.append(url) and False)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    store.settings.update(last_export_folder=str(tmp_path))
    open_wrapup(ui, sample_call(store))
    status, path = export_with(qtbot, ui, ui.window.actions_by_name["actionEmailLetter"].trigger)
    assert status == "ok"
    [text] = shown
    assert Path(path).name in text and str(tmp_path) in text
    message = ui.window.statusBar().currentMessage()
    assert "open in your mail program" not in message and path in message
    assert not ui.page(Page.WRAPUP).view.mark_sent_focused()


# ------------------------------------------------------------------ export targets
def test_a_read_only_target_is_replaced_only_when_the_user_says_so(
    ui, qtbot, store, signed, save_as, opened, answers, tmp_path
):
    target = tmp_path / "out" / "letter.docx"
    target.write_bytes(b"kept")
    target.chmod(0o444)
    save_as.reply = (str(target), "")
    open_wrapup(ui, sample_call(store))
    answers.reply = QMessageBox.StandardButton.No
    ui.window.actions_by_name["actionExportLetter"].trigger()
    assert "read-only" in answers.asked[-1]
    assert target.read_bytes() == b"kept" and ui.controller.export.exporting == 0
    answers.reply = QMessageBox.StandardButton.Yes
    status, path = export_with(qtbot, ui, ui.window.actions_by_name["actionExportLetter"].trigger)
    assert status == "ok" and Path(path) == target
    assert target.read_bytes() != b"kept" and "Northwind" in doc_text(target)


def test_a_link_as_target_is_refused_and_left_alone(
    ui, store, signed, save_as, opened, warned, tmp_path
):
    real = tmp_path / "real.docx"
    real.write_bytes(b"someone else's")
    link = tmp_path / "out" / "letter.docx"
    link.symlink_to(real)
    save_as.reply = (str(link), "")
    open_wrapup(ui, sample_call(store))
    ui.window.actions_by_name["actionExportLetter"].trigger()
    [(_parent, title, text)] = [c[:3] for c in warned.calls]
    assert title == "Export failed" and "not a regular file" in text
    assert link.is_symlink() and real.read_bytes() == b"someone else's"
