"""The letter as Markdown and plain text (email body, clipboard), and the internal
record as Markdown or text. Same words as the Word letter: both come from
domain.compose, so the client sees the same thing whichever way it is sent.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import quote

from domain.compose import Letter, letter_text
from domain.record import InternalRecord
from exporters.atomic import atomic_write_text
from exporters.safe_text import clean_text, one_line

# Characters that would turn plain words into Markdown formatting.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|])")
_MD_LINE_MARK = re.compile(r"^(\s*)([#>+\-=])", re.MULTILINE)
_MD_LINE_NUMBER = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)
# An & that would start a character reference (&amp; &#38; &#x26;): Markdown renders those
# as the character they name, so "&lt;b&gt;" would show as "<b>". "R&D" stays as typed.
_MD_ENTITY = re.compile(r"&(?=#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)")


def md_escape(text: str) -> str:
    """User text shown as written, not as Markdown (no stray bold, headings, links or
    character references)."""
    text = _MD_INLINE.sub(r"\\\1", clean_text(text))
    text = _MD_ENTITY.sub(r"\\&", text)
    text = _MD_LINE_MARK.sub(r"\1\\\2", text)
    return _MD_LINE_NUMBER.sub(r"\1\\\2", text)


def _md_para(text: str) -> str:
    # A single newline inside a paragraph stays a line break (two trailing spaces).
    return "  \n".join(md_escape(line) for line in clean_text(text).split("\n"))


def letter_to_markdown(letter: Letter) -> str:
    out = [f"# {md_escape(one_line(letter.subject))}", "", letter.date_line, ""]
    out += [_md_para(letter.greeting), ""]
    if letter.opening.strip():
        out += [_md_para(letter.opening), ""]
    for section in letter.sections:
        out += [f"## {md_escape(section.heading)}", ""]
        for para in section.paragraphs:
            out += [_md_para(para), ""]
        if section.rows:
            out += ["| " + " | ".join(map(_cell, letter.words.table)) + " |", "|---|---|---|"]
            out += [
                f"| {_cell(r.what)} | {_cell(r.owner)} | {_cell(r.due)} |" for r in section.rows
            ]
            out.append("")
    if letter.closing.strip():
        out += [_md_para(letter.closing), ""]
    out.append(md_escape(letter.sign_off))
    if letter.signature:
        out += [""] + ["  \n".join(md_escape(one_line(s)) for s in letter.signature)]
    return "\n".join(out).rstrip() + "\n"


def _cell(text: str) -> str:
    return md_escape(one_line(text)) or " "


def letter_to_text(letter: Letter) -> str:
    """Plain text with a Subject line on top, for a .txt file."""
    return clean_text(letter_text(letter, include_subject=True)).rstrip() + "\n"


def email_parts(letter: Letter) -> tuple[str, str]:
    """(subject, body) for an email; the body has no Subject line."""
    body = clean_text(letter_text(letter, include_subject=False)).rstrip() + "\n"
    return one_line(letter.subject), body


def mailto_url(to: str, subject: str, body: str) -> str:
    """A mailto: link (RFC 6068): every part percent-encoded, line breaks as CRLF."""
    body = clean_text(body).replace("\n", "\r\n")
    address = quote(one_line(to), safe="@,+")
    query = f"subject={quote(one_line(subject), safe='')}&body={quote(body, safe='')}"
    return f"mailto:{address}?{query}"


def write_letter_markdown(letter: Letter, path: str | os.PathLike[str]) -> Path:
    return atomic_write_text(path, letter_to_markdown(letter))


def write_letter_text(letter: Letter, path: str | os.PathLike[str]) -> Path:
    return atomic_write_text(path, letter_to_text(letter))


# --- the internal record ------------------------------------------------------------------


def record_to_markdown(record: InternalRecord) -> str:
    out = [f"# {md_escape(one_line(record.title))}", "", "*Internal: not for the client.*", ""]
    out += ["| | |", "|---|---|"]
    out += [f"| **{_cell(k)}** | {_cell(v)} |" for k, v in record.header]
    out += ["", "## Preparation", ""]
    for label, text in record.prep:
        out += [f"### {md_escape(label)}", "", _md_para(text) if text.strip() else "*Empty.*", ""]
    out += ["## Timeline", ""]
    if record.timeline:
        out += ["| Time | Type | Entry |", "|---|---|---|"]
        out += [f"| {e.offset} | {_cell(e.kind)} | {_cell(e.text)} |" for e in record.timeline]
    else:
        out.append("*No notes, reactions or ticks were recorded.*")
    out += ["", "## Checklist coverage", ""]
    out += [f"{record.covered_count} of {record.item_count} items covered.", ""]
    for sec in record.coverage:
        total = len(sec.covered) + len(sec.missed)
        out += [f"### {md_escape(sec.label)}: {len(sec.covered)} of {total} covered", ""]
        out += [f"- [ ] {md_escape(t)}" for t in sec.missed]
        out += [f"- [x] {md_escape(t)}" for t in sec.covered]
        out.append("")
    out += ["## Next steps", ""]
    if record.next_steps:
        out += ["| What | Owner | Due | Status |", "|---|---|---|---|"]
        out += [
            f"| {_cell(s.what)} | {_cell(s.owner)} | {_cell(s.due)} | {_cell(s.status)} |"
            for s in record.next_steps
        ]
    else:
        out.append("*No next steps were agreed.*")
    return "\n".join(out).rstrip() + "\n"


def record_to_text(record: InternalRecord) -> str:
    out = [one_line(record.title), "Internal: not for the client.", ""]
    out += [f"{k}: {one_line(v)}" for k, v in record.header]
    out += ["", "PREPARATION"]
    for label, text in record.prep:
        out += [f"{label}:", clean_text(text).strip() or "(empty)", ""]
    out.append("TIMELINE")
    out += [f"{e.offset}  {e.kind}: {_indent(e.text)}" for e in record.timeline] or ["(none)"]
    out += ["", f"CHECKLIST: {record.covered_count} of {record.item_count} items covered"]
    for sec in record.coverage:
        out += [f"{sec.label}:"]
        out += [f"  [ ] {t}" for t in sec.missed] + [f"  [x] {t}" for t in sec.covered]
    out += ["", "NEXT STEPS"]
    out += [f"- {_indent(s.what)} ({s.owner}, {s.due}, {s.status})" for s in record.next_steps] or [
        "(none)"
    ]
    return "\n".join(out).rstrip() + "\n"


def _indent(text: str) -> str:
    return clean_text(text).strip().replace("\n", "\n        ")


def write_record_markdown(record: InternalRecord, path: str | os.PathLike[str]) -> Path:
    return atomic_write_text(path, record_to_markdown(record), private=True)


def write_record_text(record: InternalRecord, path: str | os.PathLike[str]) -> Path:
    return atomic_write_text(path, record_to_text(record), private=True)


__all__ = [
    "email_parts",
    "letter_to_markdown",
    "letter_to_text",
    "mailto_url",
    "md_escape",
    "record_to_markdown",
    "record_to_text",
    "write_letter_markdown",
    "write_letter_text",
    "write_record_markdown",
    "write_record_text",
]
