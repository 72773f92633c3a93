"""The letter by email: "Email the letter…" writes an .eml draft (the Word letter attached)
beside the other exports and opens it in the mail program; "Copy as email" puts the
letter on the clipboard and opens a mailto: draft when there is an address."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from domain.compose import compose_letter
from domain.model import Call, Profile
from domain.playbooks import Playbook
from exporters.text import email_parts, letter_to_text, mailto_url
from ui.i18n import tr

MAILTO_LIMIT = 8000  # longer links are cut by some mail apps; the clipboard has it all


def copy_as_email(call: Call, playbook: Playbook, profile: Profile) -> tuple[str, int]:
    """Put the letter (subject and body) on the clipboard and open a mail draft to the
    client when they have an address; return the status-bar message and its time-out."""
    letter = compose_letter(call, playbook, profile)
    subject, body = email_parts(letter)
    QGuiApplication.clipboard().setText(letter_to_text(letter))
    address = call.recipient_email.strip()
    if not address:
        who = call.contact.name if call.contact else call.client.name
        return (
            tr(
                "Copied the letter (subject and body). {who} has no email "
                "address in Candor: paste it into a new message."
            ).format(who=who),
            15000,
        )
    url = mailto_url(address, subject, body)
    if len(url) > MAILTO_LIMIT:
        url = mailto_url(address, subject, tr("(The letter is on the clipboard: paste it here.)"))
    if QDesktopServices.openUrl(QUrl(url)):
        return tr("Copied the letter; asked the mail program for a draft to {address}.").format(
            address=address
        ), 10000
    return tr("Copied the letter; no mail program answered: paste it into a new message."), 15000


def draft_path(folder: Path, name: str) -> Path:
    """`name` in `folder`, or 'name (2).eml' and so on: a draft never replaces a file."""
    target = folder / name
    stem, suffix = target.stem, target.suffix
    count = 2
    while target.exists() or target.is_symlink():
        target = folder / f"{stem} ({count}){suffix}"
        count += 1
    return target


def open_draft(parent: QWidget, path: Path) -> bool:
    """Open the draft with the program that handles .eml files. When none does, say
    where the file is and offer to show its folder; never claim a draft is opening."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("No mail program opened the draft"))
    box.setText(
        tr(
            "The email draft is saved as {name} in {folder}.\n"
            "Open it with your mail program (Outlook, Thunderbird, Apple Mail open it as a "
            "draft), or attach the letter to a new message."
        ).format(name=path.name, folder=path.parent)
    )
    show = box.addButton(tr("Show the folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is show:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
    return False
