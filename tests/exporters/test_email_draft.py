"""The email draft (.eml) read back with the `email` package, attachment and all."""

from __future__ import annotations

import io
import zipfile
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import docx
import pytest

from domain.compose import compose_letter
from domain.model import Contact, Profile
from domain.playbooks import PlaybookLibrary
from exporters import documents
from exporters.docx import write_letter
from exporters.email_draft import DOCX_TYPE, mailbox
from exporters.text import email_parts, write_letter_markdown, write_letter_text
from tests.exporters.sample_call import PRIVATE_MARKERS, profile, sample_call

LIB = PlaybookLibrary(user_dir=None)
DOCX_MIME = "/".join(DOCX_TYPE)


def contact_call():
    call = sample_call()
    call.contact = Contact("Dana Kim", "dana.kim@northwind.example", "Dana")
    return call


def export_eml(tmp_path: Path, call, prof: Profile | None = None, lang: str | None = None):
    target = tmp_path / "draft.eml"
    playbook = LIB.get(call.scenario)
    prof = prof or profile()
    written = documents.write_document(
        documents.LETTER, "eml", call, playbook, prof, target, language=lang
    )
    assert written == target
    msg = message_from_bytes(target.read_bytes(), policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg, compose_letter(call, playbook, prof, lang)


def parts(msg: EmailMessage) -> tuple[str, str, EmailMessage]:
    plain = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    attachments = list(msg.iter_attachments())
    assert plain is not None and html is not None and len(attachments) == 1
    # The file has CRLF line ends (as mail does); compare text with plain newlines.
    text = plain.get_content().replace("\r\n", "\n")
    return text, html.get_content().replace("\r\n", "\n"), attachments[0]


def test_headers_bodies_and_attachment(tmp_path: Path) -> None:
    msg, letter = export_eml(tmp_path, contact_call())
    assert msg["X-Unsent"] == "1"
    assert msg["To"] == "Dana Kim <dana.kim@northwind.example>"
    assert msg["From"] == "Dana Whitfield <dana@brightline.example>"
    assert msg["Subject"] == letter.subject == "Warehouse app release: new delivery date and plan"
    assert msg["Date"]
    assert msg.get_content_type() == "multipart/mixed"
    alternative = next(msg.iter_parts())
    assert alternative.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in alternative.iter_parts()] == ["text/plain", "text/html"]

    plain, html, attachment = parts(msg)
    assert plain == email_parts(letter)[1]
    assert plain.startswith("Dear Dana,\n")
    assert "<h2>What happened</h2>" in html and "<p>Dear Dana,</p>" in html
    assert "<th>What</th><th>Owner</th><th>Due</th>" in html

    assert attachment.get_content_type() == DOCX_MIME
    assert attachment.get_content_disposition() == "attachment"
    name = attachment.get_filename()
    assert name == "2026-11-20 Warehouse app release new delivery date and plan.docx"
    doc = docx.Document(io.BytesIO(attachment.get_content()))
    texts = [p.text for p in doc.paragraphs]
    assert texts[:5] == [
        "20 November 2026",
        "Dana Kim",
        "Northwind Traders",
        letter.subject,
        "Dear Dana,",
    ]
    assert texts[5] == letter.opening
    for section in letter.sections:  # section by section, as in the letter
        start = texts.index(section.heading)
        for offset, para in enumerate(section.paragraphs, 1):
            assert texts[start + offset] == para
    rows = [[c.text for c in row.cells] for row in doc.tables[0].rows]
    assert rows[0] == ["What", "Owner", "Due"]
    assert rows[1] == [
        "Deliver barcode scanning to the pilot warehouse",
        "Brightline Studio",
        "Fri 27 Nov 2026",
    ]
    assert letter.closing in texts and letter.sign_off in texts


def test_no_to_without_an_address_and_no_from_without_the_users(tmp_path: Path) -> None:
    call = sample_call()
    call.contact = None
    call.client.email = ""
    msg, letter = export_eml(tmp_path, call, Profile(name="Dana"))
    assert msg["To"] is None and msg["From"] is None
    assert msg["X-Unsent"] == "1" and msg["Subject"] == letter.subject
    assert parts(msg)[0].startswith("Dear Northwind Traders,")


def test_to_falls_back_to_the_clients_address_and_name(tmp_path: Path) -> None:
    call = sample_call()
    call.contact = Contact("Dana Kim")  # no address of her own
    msg, _ = export_eml(tmp_path, call)
    assert msg["To"] == "Dana Kim <ops@northwind.example>"
    call.contact = None
    msg, _ = export_eml(tmp_path, call)
    assert msg["To"] == "Northwind Traders <ops@northwind.example>"


@pytest.mark.parametrize(
    "address", ["", "not an address", "a@b.example, c@d.example", "a@b.example\r\nBcc: x@y.example"]
)
def test_an_unusable_address_gives_no_to(address: str) -> None:
    assert mailbox("Dana", address) == ""


def test_german_draft_with_non_ascii_names(tmp_path: Path) -> None:
    call = sample_call()
    call.contact = Contact("Jürgen Weiß", "j.weiss@nordwind.example", "Herr Weiß")
    call.subject = "Ihre neue Lieferung: Übersicht"
    prof = profile()
    prof.name = "Zoë Ångström"
    msg, letter = export_eml(tmp_path, call, prof, "de")
    assert msg["To"] == "Jürgen Weiß <j.weiss@nordwind.example>"
    assert msg["From"] == "Zoë Ångström <dana@brightline.example>"
    assert msg["Subject"] == "Ihre neue Lieferung: Übersicht"
    raw = (tmp_path / "draft.eml").read_bytes()
    assert b"\r\n" in raw and all(len(line) <= 998 for line in raw.split(b"\r\n"))
    plain, html, attachment = parts(msg)
    assert plain.startswith("Sehr geehrter Herr Weiß,\n")
    assert "<th>Schritt</th><th>Verantwortlich</th><th>Termin</th>" in html
    doc = docx.Document(io.BytesIO(attachment.get_content()))
    assert "Was geschehen ist" in [p.text for p in doc.paragraphs]
    assert attachment.get_filename().endswith("Ihre neue Lieferung Übersicht.docx")


def test_html_body_keeps_what_the_user_typed_as_text(tmp_path: Path) -> None:
    call = contact_call()
    call.follow_up.what_happened = "<img src=x onerror=alert(1)> and <script>alert(2)</script>"
    call.follow_up.amends = (
        "[pay here](javascript:alert(3)) or <a href='https://evil.example'>x</a>"
    )
    call.next_steps[0].what = '<b onmouseover="alert(4)">bold</b>'
    call.subject = "Hi <b>there</b> & you"
    msg, _ = export_eml(tmp_path, call)
    _, html, _ = parts(msg)
    lowered = html.lower()
    for bad in ("<img", "<script", "<a ", "<a>", "href='", 'href="', "<b ", "<b>"):
        assert bad not in lowered, bad
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "[pay here](javascript:alert(3))" in html  # shown as typed, never a link
    assert "Hi &lt;b&gt;there&lt;/b&gt; &amp; you" in html
    assert msg["Subject"] == "Hi <b>there</b> & you"


def test_subject_cannot_inject_headers(tmp_path: Path) -> None:
    call = contact_call()
    call.subject = "Update\r\nBcc: everyone@evil.example"
    msg, _ = export_eml(tmp_path, call)
    assert msg["Bcc"] is None
    assert msg["Subject"] == "Update Bcc: everyone@evil.example"


def all_text_of_eml(path: Path) -> str:
    """Every decoded part of the draft, the attachment's XML included."""
    msg = message_from_bytes(path.read_bytes(), policy=policy.default)
    out = [str(v) for v in msg.values()]
    for part in msg.walk():
        if part.is_multipart():
            continue
        content = part.get_content()
        if isinstance(content, bytes):
            with zipfile.ZipFile(io.BytesIO(content)) as z:
                out += [z.read(n).decode("utf-8", "replace") for n in z.namelist()]
        else:
            out.append(content)
    return "\n".join(out)


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "nl"])
def test_internal_words_reach_no_client_facing_output(tmp_path: Path, lang: str) -> None:
    call = contact_call()
    reactions = [r.kind.label for r in call.reactions]
    playbook = LIB.get(call.scenario)
    letter = compose_letter(call, playbook, profile(), lang)
    outputs = {
        "docx": write_letter(letter, tmp_path / "l.docx"),
        "md": write_letter_markdown(letter, tmp_path / "l.md"),
        "txt": write_letter_text(letter, tmp_path / "l.txt"),
    }
    eml = tmp_path / "l.eml"
    documents.write_document(documents.LETTER, "eml", call, playbook, profile(), eml, language=lang)
    texts = {name: path.read_bytes().decode("utf-8", "replace") for name, path in outputs.items()}
    with zipfile.ZipFile(outputs["docx"]) as z:
        texts["docx"] = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    texts["eml"] = all_text_of_eml(eml)
    for name, text in texts.items():
        for marker in PRIVATE_MARKERS:
            assert marker not in text, (name, marker)
        for note in call.notes:
            assert note.text not in text, (name, note.text)
        for item in playbook.items:
            assert item.text not in text, (name, item.text)
        for label in reactions:
            assert f"Reaction: {label}" not in text and f"{label} (" not in text
    assert "Dana Kim" in texts["eml"]  # the check above ran on real content
