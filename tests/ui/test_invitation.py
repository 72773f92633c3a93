"""A new call from a calendar invitation: the menu entry and a file dropped on the window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ui.shell.pages import Page

START = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)


def invitation(path, attendee="dana.kim@northwind-logistics.example") -> str:
    stamp = START.strftime("%Y%m%dT%H%M%SZ")
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:1@test\r\nDTSTAMP:{stamp}\r\nDTSTART:{stamp}\r\n"
        "SUMMARY:Shipment delay: next steps\r\n"
        "ORGANIZER;CN=Me:mailto:me@candor-agency.example\r\n"
        f"ATTENDEE;CN=Dana Kim:mailto:{attendee}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    return str(path)


def test_file_menu_entry_prepares_the_call_and_opens_it(ui, qtbot, store, tmp_path, monkeypatch):
    store.settings.update(
        profile=store.settings.profile().__class__(email="me@candor-agency.example")
    )
    path = invitation(tmp_path / "invite.ics")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (path, ""))
    with qtbot.waitSignal(ui.controller.invitations.prepared, timeout=5000) as prepared:
        ui.window.actions_by_name["actionNewFromInvitation"].trigger()
    call = store.calls.get(prepared.args[0])
    assert call.title == "Shipment delay: next steps"
    assert call.client.name == "Northwind Logistics"
    assert call.contact.name == "Dana Kim"
    assert call.contact.email == "dana.kim@northwind-logistics.example"
    assert ui.nav.current is Page.PREPARE
    assert ui.page(Page.PREPARE).view.contact()[0] == "Dana Kim"


def test_a_dropped_invitation_prepares_a_call(ui, qtbot, store, tmp_path):
    path = invitation(tmp_path / "drop.ics")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(path)])
    event = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with qtbot.waitSignal(ui.controller.invitations.prepared, timeout=5000):
        ui.window.dropEvent(event)
    assert store.calls.count() == 1


@pytest.mark.parametrize(
    "content", ["just a letter, not a calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"]
)
def test_a_file_that_is_not_an_invitation_is_refused_and_creates_nothing(
    ui, qtbot, store, tmp_path, monkeypatch, content
):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    path = tmp_path / "bad.ics"
    path.write_text(content, encoding="utf-8")
    with qtbot.waitSignal(ui.controller.invitations.refused, timeout=5000) as refused:
        ui.controller.invitations.open_file(path)
    assert warned == [refused.args[0]] and "\n" not in refused.args[0]
    assert not refused.args[0].startswith("InvitationError")
    assert store.calls.count() == 0 and store.calls.client_names() == []
