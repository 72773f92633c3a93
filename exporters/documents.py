"""One call in, one file out: compose the document, choose the writer, write it.

The window (on a worker thread) and the command line both export through
write_document, so a letter or a record comes out the same either way. The
writers are imported on first use, keeping python-docx and icalendar out of the
window's start-up.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from exporters.atomic import check_target, replacing_read_only

if TYPE_CHECKING:
    from domain.model import Call, Profile
    from domain.playbooks import Playbook

LETTER = "letter"  # the client letter
RECORD = "record"  # the internal call record: notes, reactions, coverage
REMINDERS = "reminders"  # the check-in date and our dated steps, as a calendar
FORMATS: dict[str, tuple[str, ...]] = {
    LETTER: ("docx", "md", "txt", "eml"),  # eml: an email draft, the Word letter attached
    RECORD: ("docx", "md", "txt"),
    REMINDERS: ("ics",),
}


def write_document(
    kind: str,
    fmt: str,
    call: Call,
    playbook: Playbook,
    profile: Profile,
    target: str | os.PathLike[str],
    chart_png: bytes | None = None,
    replace_read_only: bool = False,
    language: str | None = None,
) -> Path:
    """Write `call` as a `kind` document in format `fmt` to `target`; return the path.

    `chart_png` (the reactions chart, drawn by the caller) goes into a Word record only;
    `language` (a letter language code) overrides the call's for the letter.
    Raises ValueError for a kind and format that do not go together, and
    exporters.atomic.ExportError when the file cannot be written: UnsafeTarget for a
    link, device or pipe (never written), ReadOnlyTarget for a read-only file unless
    `replace_read_only` (ask the user, then call again with True). The target is
    checked before anything is composed.
    """
    if fmt not in FORMATS.get(kind, ()):
        raise ValueError(f"there is no {fmt!r} form of the {kind!r} export")
    check_target(target, replace_read_only)
    with replacing_read_only(replace_read_only):
        return _write(kind, fmt, call, playbook, profile, target, chart_png, language)


def _write(
    kind: str,
    fmt: str,
    call: Call,
    playbook: Playbook,
    profile: Profile,
    target: str | os.PathLike[str],
    chart_png: bytes | None,
    language: str | None,
) -> Path:
    if kind == REMINDERS:
        from exporters import ics

        return ics.write_reminders(call, target)
    if kind == RECORD:
        from domain.record import compose_internal_record

        record = compose_internal_record(call, playbook)
        if fmt == "docx":
            from exporters import docx

            return docx.write_internal_record(record, target, chart_png, company=profile.company)
        from exporters import text

        if fmt == "md":
            return text.write_record_markdown(record, target)
        return text.write_record_text(record, target)

    from domain.compose import compose_letter

    letter = compose_letter(call, playbook, profile, language)
    letterhead = Path(profile.letterhead).expanduser() if profile.letterhead.strip() else None
    if fmt == "docx":
        from exporters import docx

        return docx.write_letter(letter, target, letterhead, profile.company)
    if fmt == "eml":
        from exporters import docx, email_draft

        attachment = docx.letter_bytes(letter, letterhead, profile.company)
        to_name = call.contact.name if call.contact and call.contact.name.strip() else ""
        return email_draft.write_email_draft(
            letter,
            target,
            attachment,
            to_name=to_name or call.client.name,
            to_address=call.recipient_email,
            from_name=profile.name,
            from_address=profile.email,
        )
    from exporters import text

    if fmt == "md":
        return text.write_letter_markdown(letter, target)
    return text.write_letter_text(letter, target)
