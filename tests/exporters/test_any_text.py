"""Every exporter accepts any text a user can type or paste (DESIGN, Quality bars)."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar
from lxml import etree

from domain.compose import compose_letter, paragraphs, safe_filename, suggested_filename
from domain.model import Call, Client, FollowUp, NextStep, Note, NoteKind, Prep, Profile
from domain.playbooks import PlaybookLibrary
from domain.record import compose_internal_record
from domain.tone import review
from domain.tone_letter import review_letter
from exporters.docx import write_internal_record, write_letter
from exporters.ics import reminders_calendar
from exporters.safe_text import xml_text
from exporters.text import (
    email_parts,
    letter_to_markdown,
    letter_to_text,
    mailto_url,
    record_to_markdown,
    write_letter_text,
)
from tests.exporters.sample_call import START, at

LIB = PlaybookLibrary(user_dir=None)
NASTY = [
    "\x00\x01\x08\x0b\x0c\x0e\x1f\x7f\x85\x9f",
    "\ud800 lone high, \udfff lone low, \ud83d\ude00 a pair as two code points",
    "\ufffe\uffff\ufeff zero\u200bwidth \u202eRTL override\u202c",
    "مرحبا بالعالم — שלום עולם",
    "👩‍👩‍👧‍👦 🏳️‍🌈 🇬🇧 e\u0301\u0301\u0301",
    "tab\there\r\nCRLF\rCR\n\n\nblank lines",
    "<w:t>&amp; ]]> {title} {client} {{}} %s %(x)s \\N",
    "",
    "   ",
]
ANY = st.text(alphabet=st.characters(exclude_categories=()), max_size=120)
TEXT = st.one_of(ANY, st.sampled_from(NASTY), st.lists(st.sampled_from(NASTY)).map("".join))


def build_call(t: list[str]) -> tuple[Call, Profile]:
    call = Call(
        id=1,
        client=Client(t[0]),
        title=t[1],
        scenario="outage",
        started_at=START,
        ended_at=at(10),
        follow_up_on=date(2026, 12, 1),
        prep=Prep(t[2], t[3], t[4], t[5], t[6], t[7]),
        follow_up=FollowUp(t[8], t[9], t[10], t[11], t[12], t[13], t[14]),
    )
    call.notes = [Note(1, NoteKind.QUOTE, t[15], at(1), id=1)]
    call.next_steps = [
        NextStep(1, t[16], "us", date(2026, 11, 30), id=1),
        NextStep(1, t[17], t[18], None, id=2),
        NextStep(1, t[19], "client", date(2026, 12, 3), id=3),
    ]
    return call, Profile(t[20], t[21], t[22], t[23], t[24])


def docx_text(path: Path) -> list[str]:
    doc = docx.Document(str(path))
    cells = [c.text for table in doc.tables for row in table.rows for c in row.cells]
    return [p.text for p in doc.paragraphs] + cells


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(TEXT, min_size=25, max_size=25))
def test_any_text_exports_everywhere(tmp_path: Path, texts: list[str]) -> None:
    call, prof = build_call(texts)
    letter = compose_letter(call, LIB.get(call.scenario), prof)
    record = compose_internal_record(call, LIB.get(call.scenario))

    letter_path = write_letter(letter, tmp_path / "letter.docx")
    record_path = write_internal_record(record, tmp_path / "record.docx")
    letter_texts = docx_text(letter_path)
    record_texts = docx_text(record_path)

    # What the user wrote arrives, made valid for Word and otherwise unchanged.
    for para in paragraphs(call.follow_up.what_it_means):
        assert xml_text(para) in letter_texts
    assert xml_text(call.next_steps[0].what.strip()) in letter_texts
    assert xml_text(call.notes[0].text) in record_texts

    for out in (letter_to_markdown(letter), letter_to_text(letter), record_to_markdown(record)):
        out.encode("utf-8")  # no lone surrogates left
    subject, body = email_parts(letter)
    mailto_url(texts[0], subject, body).encode("ascii")
    write_letter_text(letter, tmp_path / "letter.txt")
    Calendar.from_ical(reminders_calendar(call))
    review_letter(letter, vars(call.follow_up))
    review(texts[8])
    name = suggested_filename(call)
    assert name == safe_filename(name) and "/" not in name and "\x00" not in name


def test_a_megabyte_pasted_at_once(tmp_path: Path) -> None:
    chunk = "Paste 😀 مرحبا \x00\x0b \ud800 line\r\n" * 10
    huge = (chunk * (1_000_000 // len(chunk) + 1))[:1_000_000]
    texts = [huge if i in (8, 15) else f"field {i}" for i in range(25)]  # what happened, a note
    call, prof = build_call(texts)
    letter = compose_letter(call, LIB.get(call.scenario), prof)
    record = compose_internal_record(call, LIB.get(call.scenario))
    for path in (
        write_letter(letter, tmp_path / "big.docx"),
        write_internal_record(record, tmp_path / "big-record.docx"),
    ):
        docx.Document(str(path))  # python-docx opens it
        with zipfile.ZipFile(path) as z:
            assert z.testzip() is None
            # Plain lxml: python-docx's element classes make itertext() very slow.
            root = etree.fromstring(z.read("word/document.xml"))
        assert len("".join(root.itertext())) > 800_000
    assert len(letter_to_text(letter)) > 800_000
    assert review_letter(letter, vars(call.follow_up)).findings is not None
    Calendar.from_ical(reminders_calendar(call))
