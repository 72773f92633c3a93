"""Letter and internal-record composition (no Qt, no database)."""

from __future__ import annotations

import dataclasses
import time
from datetime import UTC, date, datetime

import pytest

from domain.compose import (
    HEADINGS,
    compose_letter,
    fill,
    letter_text,
    long_date,
    paragraphs,
    safe_filename,
    suggested_filename,
)
from domain.model import (
    Call,
    Client,
    Contact,
    FollowUp,
    NextStep,
    Profile,
    ReactionKind,
    Section,
    StepStatus,
)
from domain.playbooks import PlaybookLibrary
from domain.record import compose_internal_record, format_duration
from tests.exporters.sample_call import PRIVATE_MARKERS, START, profile, sample_call

LIB = PlaybookLibrary(user_dir=None)


def letter_for(call: Call, prof: Profile | None = None):
    return compose_letter(call, LIB.get(call.scenario), prof or profile())


def bare_call(**follow_up: str) -> Call:
    return Call(
        id=1,
        client=Client("Acme"),
        title="Data import",
        scenario="generic",
        started_at=START,
        follow_up=FollowUp(**follow_up),
    )


def test_sections_in_order_with_plain_headings() -> None:
    letter = letter_for(sample_call())
    assert [s.key for s in letter.sections] == list(HEADINGS)
    assert [s.heading for s in letter.sections] == [
        "What happened",
        "What this means for you",
        "What we are doing",
        "What we need from you",
        "How we will prevent a repeat",
        "What we are offering",
        "When you will hear from us",
    ]
    assert letter.subject == "Warehouse app release: new delivery date and plan"
    assert letter.greeting == "Dear Northwind Traders,"
    assert letter.opening.startswith("Thank you for speaking with me today")


def test_letter_greets_and_is_addressed_to_the_contact() -> None:
    call = sample_call()
    call.contact = Contact("Dana Kim", "dana.kim@northwind.example", "Dana")
    letter = letter_for(call)
    assert letter.greeting == "Dear Dana,"
    assert letter.address == ("Dana Kim", "Northwind Traders")
    call.contact = Contact("Dana Kim", greeting=" Ms  Kim ")
    assert letter_for(call).greeting == "Dear Ms Kim,"
    call.contact = Contact("Dana  Kim")  # no greeting given: the full name
    assert letter_for(call).greeting == "Dear Dana Kim,"


def test_letter_falls_back_to_the_company_only_without_a_contact() -> None:
    call = sample_call()
    call.contact = None
    letter = letter_for(call)
    assert letter.greeting == "Dear Northwind Traders,"
    assert letter.address == ("Northwind Traders",)
    call.contact = Contact("  ")
    assert letter_for(call).greeting == "Dear Northwind Traders,"


def test_subject_is_the_calls_own_when_set() -> None:
    call = sample_call()
    assert letter_for(call).subject == "Warehouse app release: new delivery date and plan"
    call.subject = "  Your new delivery date:\n 11 December "
    assert letter_for(call).subject == "Your new delivery date: 11 December"


def test_steps_split_between_us_and_client_and_dropped_left_out() -> None:
    letter = letter_for(sample_call())
    doing = letter.section("what_we_do")
    need = letter.section("what_we_need")
    assert doing and need
    assert [r.what for r in doing.rows] == [
        "Deliver barcode scanning to the pilot warehouse",
        "Send the revised release plan",
        "Full release including stock sync",
    ]
    assert [(r.owner, r.due) for r in doing.rows] == [
        ("Brightline Studio", "Fri 27 Nov 2026"),
        ("Sam Okafor", "Done"),
        ("Brightline Studio", "Fri 11 Dec 2026"),
    ]
    assert [(r.what, r.owner) for r in need.rows] == [
        ("Confirm the pilot warehouse and a contact on site", "You")
    ]
    assert "weekend release" not in letter_text(letter)
    # Empty what_we_do text + steps: the playbook's lead-in introduces the table.
    assert doing.paragraphs == [LIB.get("delivery_delay").letter_hints["what_we_do"]]


def test_amends_only_when_filled() -> None:
    call = sample_call()
    call.follow_up.amends = "  \n "
    assert letter_for(call).section("amends") is None
    call.follow_up.amends = "A 10% credit on the November invoice."
    assert letter_for(call).section("amends").paragraphs == [call.follow_up.amends]


def test_empty_fields_fall_back_only_where_the_hint_stands_alone() -> None:
    letter = letter_for(bare_call())
    hints = LIB.get("generic").letter_hints
    # Only the acknowledgement stands alone; everything else is omitted.
    assert [s.key for s in letter.sections] == ["what_it_means"]
    assert letter.section("what_it_means").paragraphs == [hints["what_it_means"]]
    assert letter.opening == hints["what_happened"]
    assert letter.closing == hints["closing"]


def test_user_text_wins_over_hint_and_keeps_paragraphs() -> None:
    letter = letter_for(bare_call(what_it_means="First.\n\nSecond line\nstill second."))
    assert letter.section("what_it_means").paragraphs == ["First.", "Second line\nstill second."]


def test_next_update_phrase_slots_into_hint() -> None:
    letter = letter_for(bare_call(next_update="Tuesday 1 December at 10:00"))
    assert letter.section("next_update").paragraphs == [
        "You will hear from me again on Tuesday 1 December at 10:00."
    ]


def test_next_update_sentence_is_used_as_written() -> None:
    text = "We will call you every morning at 9:00 until the import runs cleanly."
    letter = letter_for(bare_call(next_update=text))
    assert letter.section("next_update").paragraphs == [text]


def test_follow_up_date_fills_next_update_when_field_empty() -> None:
    call = bare_call()
    call.follow_up_on = date(2026, 12, 2)
    assert letter_for(call).section("next_update").paragraphs == [
        "You will hear from me again on Wednesday 2 December 2026."
    ]


def test_both_next_update_and_follow_up_date() -> None:
    call = sample_call()
    paras = letter_for(call).section("next_update").paragraphs
    assert paras[0] == "You will hear from me with a progress update on Friday 27 November."
    assert paras[1] == "I will also check in with you on Wednesday 2 December 2026."


def test_signature_from_profile_skips_empty_parts() -> None:
    assert letter_for(sample_call()).signature == [
        "Dana Whitfield",
        "Account Director",
        "Brightline Studio",
        "dana@brightline.example",
        "+44 20 7946 0123",
    ]
    letter = letter_for(sample_call(), Profile(name="Dana", email="d@x.example"))
    assert letter.signature == ["Dana", "d@x.example"]
    assert letter.section("what_we_do").rows[0].owner == "Our team"


def test_letter_never_contains_private_material() -> None:
    call = sample_call()
    text = letter_text(letter_for(call))
    for marker in PRIVATE_MARKERS:
        assert marker not in text
    for note in call.notes:
        assert note.text not in text
    for kind in ReactionKind:
        assert kind.label not in text
    for item in LIB.get(call.scenario).items:
        assert item.text not in text


def test_letter_ignores_notes_reactions_prep_and_ticks_entirely() -> None:
    call = sample_call()
    stripped = dataclasses.replace(call, notes=[], reactions=[], ticks=[])
    stripped.prep = type(call.prep)()
    assert letter_for(call) == letter_for(stripped)


def test_fill_leaves_unknown_and_stray_braces() -> None:
    values = {"title": "T", "client": "C", "next_update": "N"}
    assert fill("{title} {client} {next_update} {other} {", values) == "T C N {other} {"


def test_paragraphs_normalise_line_endings() -> None:
    assert paragraphs("a\r\nb\r\n\r\nc\r\r  \n d ") == ["a\nb", "c", "d"]


def test_long_date() -> None:
    assert long_date(date(2026, 11, 27)) == "Friday 27 November 2026"


def test_suggested_filename() -> None:
    call = sample_call()
    assert (
        suggested_filename(call) == "2026-11-20 Northwind Traders - Delivery delay follow-up.docx"
    )
    assert suggested_filename(call, "md", "internal record").endswith("internal record.md")


def test_filename_uses_local_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        call = bare_call()
        call.started_at = datetime(2026, 11, 21, 2, 0, tzinfo=UTC)  # 20 Nov, 21:00 in New York
        assert suggested_filename(call).startswith("2026-11-20 ")
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.parametrize(
    "name",
    ['Acme: "Q4" <urgent>/ops\\team|why?*.docx', "a\x00b\x1fc\n.docx", "CON.docx", " .. .docx"],
)
def test_safe_filename_strips_illegal_characters(name: str) -> None:
    safe = safe_filename(name)
    assert not set(safe) & set('<>:"/\\|?*\n\x00\x1f')
    assert safe.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL"}
    assert safe == safe.strip(" .")
    assert safe


def test_safe_filename_limits_length_and_keeps_extension() -> None:
    safe = safe_filename("é" * 500 + ".docx")
    assert len(safe.encode()) <= 200
    assert safe.endswith(".docx")


# --- the internal record -------------------------------------------------------------------


def test_record_header_and_prep() -> None:
    record = compose_internal_record(sample_call(), LIB.get("delivery_delay"))
    header = dict(record.header)
    assert header["Client"] == "Northwind Traders"
    assert header["Scenario"] == "Delivery delay"
    assert header["Status"] == "Ended"
    assert header["Duration"] == "23 min 30 s"  # as every screen says it (domain.timefmt)
    assert header["Follow-up on"] == "Wednesday 2 December 2026"
    assert header["Checklist"] == "5 of 18 items covered"
    assert [label for label, _ in record.prep][0] == "What we know"
    assert any("Plumbobfrizz" in text for _, text in record.prep)


def test_record_timeline_merged_sorted_with_offsets() -> None:
    record = compose_internal_record(sample_call(), LIB.get("delivery_delay"))
    times = [e.at for e in record.timeline]
    assert times == sorted(times)
    assert len(record.timeline) == 4 + 4 + 7
    first = record.timeline[0]
    assert (first.offset, first.kind) == ("00:48", "Ticked")
    assert first.text == "Say it is late, and the new date, in the first minute"
    kinds = {e.kind for e in record.timeline}
    assert {"Fact", "Client quote", "Reaction", "Ticked", "Unticked"} <= kinds
    assert ("04:06", "Reaction", "Frustrated") in [
        (e.offset, e.kind, e.text) for e in record.timeline
    ]


def test_record_coverage_by_section() -> None:
    record = compose_internal_record(sample_call(), LIB.get("delivery_delay"))
    facts = next(c for c in record.coverage if c.section is Section.FACTS)
    assert "Own the slip: no excuses about workload or other clients" in facts.covered
    empathy = next(c for c in record.coverage if c.section is Section.EMPATHY)
    # Ticked then unticked: counts as missed.
    assert "Apologize for the broken promise, once and plainly" in empathy.missed
    assert record.covered_count == 5


def test_record_next_steps_with_status() -> None:
    call = sample_call()
    call.next_steps.append(NextStep(call.id, "Call back", "", None, StepStatus.OPEN))
    record = compose_internal_record(call, LIB.get("delivery_delay"), today=date(2026, 11, 30))
    rows = {s.what: s for s in record.next_steps}
    assert rows["Deliver barcode scanning to the pilot warehouse"].status == "Open (overdue)"
    assert rows["Send the revised release plan"].status == "Done"
    assert rows["Old plan: weekend release"].status == "Dropped"
    assert (rows["Call back"].owner, rows["Call back"].due) == ("(no owner)", "(no date)")


def test_record_of_a_prepared_call_has_no_times() -> None:
    call = Call(client=Client("Acme"), title="Prep only")
    record = compose_internal_record(call, LIB.get("generic"))
    assert dict(record.header)["Started"] == ""
    assert record.timeline == []
    assert format_duration(START, None) == ""


def test_record_names_the_contact_and_the_letter_state() -> None:
    from datetime import UTC, datetime

    from domain.model import Contact

    call = sample_call()
    call.contact = Contact("Dana Kim", "dana@northwind.example", "Dana")
    call.language = "de"
    header = dict(compose_internal_record(call, LIB.get("delivery_delay")).header)
    assert header["Contact"] == "Dana Kim <dana@northwind.example>"
    assert header["Letter"] == "Deutsch, not sent yet"
    call.letter_sent_at = datetime(2026, 12, 2, 14, 5, tzinfo=UTC)
    header = dict(compose_internal_record(call, LIB.get("delivery_delay")).header)
    assert header["Letter"].startswith("Deutsch, sent 2026-12-02 ")
