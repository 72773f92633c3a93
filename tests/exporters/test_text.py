"""Markdown and plain-text exports, email parts and mailto links."""

from __future__ import annotations

import stat
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from domain.compose import compose_letter
from domain.model import ReactionKind
from domain.playbooks import PlaybookLibrary
from domain.record import compose_internal_record
from exporters.text import (
    email_parts,
    letter_to_markdown,
    letter_to_text,
    mailto_url,
    md_escape,
    record_to_markdown,
    record_to_text,
    write_letter_markdown,
    write_letter_text,
    write_record_markdown,
    write_record_text,
)
from tests.exporters.sample_call import PRIVATE_MARKERS, profile, sample_call

LIB = PlaybookLibrary(user_dir=None)


@pytest.fixture
def letter():
    return compose_letter(sample_call(), LIB.get("delivery_delay"), profile())


@pytest.fixture
def record():
    return compose_internal_record(sample_call(), LIB.get("delivery_delay"))


def test_markdown_has_every_section_and_the_steps(letter) -> None:
    md = letter_to_markdown(letter)
    lines = md.splitlines()
    assert lines[0] == "# Warehouse app release: new delivery date and plan"
    assert [ln[3:] for ln in lines if ln.startswith("## ")] == [s.heading for s in letter.sections]
    assert "| What | Owner | Due |" in lines
    row = (
        "| Deliver barcode scanning to the pilot warehouse | Brightline Studio | Fri 27 Nov 2026 |"
    )
    assert row in lines
    assert md.rstrip().endswith("+44 20 7946 0123")


def test_text_letter_reads_as_an_email(letter) -> None:
    text = letter_to_text(letter)
    assert text.startswith("Subject: Warehouse app release: new delivery date and plan\n\n")
    assert "Dear Northwind Traders,\n" in text
    assert "- Send the revised release plan (Sam Okafor, done)" in text
    assert "- Confirm the pilot warehouse and a contact on site (You, by Wed 25 Nov 2026)" in text
    assert text.rstrip().endswith(
        "Kind regards,\nDana Whitfield\nAccount Director\n"
        "Brightline Studio\ndana@brightline.example\n+44 20 7946 0123"
    )


def test_email_parts(letter) -> None:
    subject, body = email_parts(letter)
    assert subject == letter.subject
    assert not body.startswith("Subject:")
    assert body.startswith("Dear Northwind Traders,")


def test_mailto_round_trip(letter) -> None:
    subject, body = email_parts(letter)
    url = mailto_url("ops@northwind.example", subject, body)
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and parts.path == "ops@northwind.example"
    assert " " not in url and "\n" not in url
    query = parse_qs(parts.query)
    assert query["subject"] == [subject]
    assert query["body"] == [body.replace("\n", "\r\n")]


def test_mailto_encodes_awkward_text() -> None:
    url = mailto_url("a b@x.example", "Q&A? 100% #1", "line1\nline2 & more=yes")
    assert url.startswith("mailto:a%20b@x.example?subject=Q%26A%3F%20100%25%20%231&body=")
    assert unquote(url.split("body=")[1]) == "line1\r\nline2 & more=yes"


def test_client_exports_never_contain_private_material(letter) -> None:
    for out in (letter_to_markdown(letter), letter_to_text(letter), email_parts(letter)[1]):
        for marker in PRIVATE_MARKERS:
            assert marker not in out
        for kind in ReactionKind:
            assert kind.label not in out


def test_record_markdown_and_text_hold_everything(record) -> None:
    for out in (record_to_markdown(record), record_to_text(record)):
        for marker in PRIVATE_MARKERS:
            assert marker in out
        assert "Frustrated" in out
        assert "Internal: not for the client." in out
    md = record_to_markdown(record)
    assert "| 04:06 | Reaction | Frustrated |" in md
    assert "- [ ] Name exactly what is late and what is still on time" in md
    assert "- [x] Own the slip: no excuses about workload or other clients" in md


def test_markdown_escapes_user_text() -> None:
    assert md_escape("# not a heading") == "\\# not a heading"
    assert md_escape("1. not a list") == "1\\. not a list"
    assert md_escape("a *b* [c](d) |e|") == "a \\*b\\* \\[c\\](d) \\|e\\|"
    assert md_escape("plain words, 3.5 days") == "plain words, 3.5 days"


def test_writers_are_atomic_and_modes_right(tmp_path: Path, letter, record) -> None:
    md = write_letter_markdown(letter, tmp_path / "l.md")
    txt = write_letter_text(letter, tmp_path / "l.txt")
    rmd = write_record_markdown(record, tmp_path / "r.md")
    rtxt = write_record_text(record, tmp_path / "r.txt")
    assert md.read_text(encoding="utf-8") == letter_to_markdown(letter)
    assert txt.read_text(encoding="utf-8") == letter_to_text(letter)
    assert stat.S_IMODE(md.stat().st_mode) == 0o644
    assert stat.S_IMODE(rmd.stat().st_mode) == 0o600
    assert stat.S_IMODE(rtxt.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["l.md", "l.txt", "r.md", "r.txt"]
