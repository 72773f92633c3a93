"""The letter as an email draft (.eml) with the Word letter attached. No Qt.

An RFC 5322 message built with the standard library's `email` package:
`X-Unsent: 1` makes Outlook, Thunderbird and Apple Mail open it as a draft to edit
and send. To: the call's contact (their name, and the address the follow-up goes to;
no To when there is no usable address, so the user types one), From: the user's own
address when the profile has one, Subject: the letter's subject. The body is a
multipart/alternative of the plain-text letter (exporters.text) and the HTML letter
(exporters.html, where everything the user typed is escaped text), and the Word
letter (exporters.docx) is attached.

Like every client-facing export, the message is built from the composed letter
only: the call's notes, reactions and prep never reach it.
"""

from __future__ import annotations

import os
import re
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr, formatdate
from pathlib import Path

from domain.compose import Letter, safe_filename
from exporters.atomic import atomic_write_bytes
from exporters.html import letter_html
from exporters.safe_text import one_line
from exporters.text import email_parts

DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
# One address, no display name, no list: what a user types in an email field.
_ADDRESS = re.compile(r"[^@\s<>(),;:\"\[\]\\]+@[^@\s<>(),;:\"\[\]\\]+\.[^@\s<>(),;:\"\[\]\\]+")


def mailbox(name: str, address: str) -> str:
    """'Dana Kim <dana@x.example>' (quoted or encoded as needed); '' for an address
    that is not one (empty, several, spaces, line breaks)."""
    address = address.strip()
    if not _ADDRESS.fullmatch(address):
        return ""
    try:
        return formataddr((one_line(name), address))
    except (UnicodeError, ValueError):
        return ""


def attachment_name(letter: Letter) -> str:
    """'2026-11-20 Warehouse app release new delivery date and plan.docx'."""
    return safe_filename(f"{letter.dated.isoformat()} {one_line(letter.subject)}.docx", 150)


def email_draft(
    letter: Letter,
    docx_bytes: bytes,
    to_name: str = "",
    to_address: str = "",
    from_name: str = "",
    from_address: str = "",
) -> EmailMessage:
    """The draft: headers, a plain-text and an HTML body, the Word letter attached."""
    subject, body = email_parts(letter)
    msg = EmailMessage()
    msg["X-Unsent"] = "1"
    if to := mailbox(to_name, to_address):
        msg["To"] = to
    if sender := mailbox(from_name, from_address):
        msg["From"] = sender
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=True)
    msg.set_content(body)
    msg.add_alternative(letter_html(letter), subtype="html")
    maintype, subtype = DOCX_TYPE
    msg.add_attachment(
        docx_bytes, maintype=maintype, subtype=subtype, filename=attachment_name(letter)
    )
    return msg


def draft_bytes(msg: EmailMessage) -> bytes:
    """The message as an .eml file holds it: CRLF line ends, long lines folded."""
    return msg.as_bytes(policy=SMTP)


def write_email_draft(
    letter: Letter,
    path: str | os.PathLike[str],
    docx_bytes: bytes,
    to_name: str = "",
    to_address: str = "",
    from_name: str = "",
    from_address: str = "",
) -> Path:
    msg = email_draft(letter, docx_bytes, to_name, to_address, from_name, from_address)
    return atomic_write_bytes(path, draft_bytes(msg))


__all__ = ["DOCX_TYPE", "attachment_name", "email_draft", "mailbox", "write_email_draft"]
