"""Copy as email: the letter on the clipboard, and a draft in the mail app if there is one."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from domain.compose import compose_letter
from domain.model import Call, Profile
from domain.playbooks import Playbook
from exporters.text import email_parts, letter_to_text, mailto_url

MAILTO_LIMIT = 8000  # longer links are cut by some mail apps; the clipboard has it all


def copy_as_email(call: Call, playbook: Playbook, profile: Profile) -> tuple[str, int]:
    """Put the letter (subject and body) on the clipboard and open a mail draft to the
    client when they have an address; return the status-bar message and its time-out."""
    letter = compose_letter(call, playbook, profile)
    subject, body = email_parts(letter)
    QGuiApplication.clipboard().setText(letter_to_text(letter))
    address = call.client.email.strip()
    if not address:
        return (
            f"Copied the letter (subject and body). {call.client.name} has no email "
            "address in Candor: paste it into a new message.",
            15000,
        )
    url = mailto_url(address, subject, body)
    if len(url) > MAILTO_LIMIT:
        url = mailto_url(address, subject, "(The letter is on the clipboard: paste it here.)")
    if QDesktopServices.openUrl(QUrl(url)):
        return f"Copied the letter; a draft to {address} is opening.", 10000
    return "Copied the letter; no mail app answered: paste it.", 15000
