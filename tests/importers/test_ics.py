"""importers.ics: real .ics files in tmp_path become Invitations, or are refused with one
plain line (InvitationError)."""

from __future__ import annotations

import os
import time
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from domain.invitations import InvitationError
from importers.ics import MAX_BYTES, read_invitation
from tests.importers.invitations import OWN, PLAIN, event, ics, write

NOW = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)  # a Monday


def test_a_plain_event(tmp_path):
    invitation = read_invitation(write(tmp_path, ics(PLAIN)), now=NOW)
    assert invitation.title == "Delivery date for the March order"
    assert invitation.planned_at == datetime(2026, 3, 10, 14, 0, tzinfo=UTC)
    assert not invitation.recurring and not invitation.all_day
    assert invitation.description == "Agenda:\n1. New delivery date\n2. Plan"
    contact = invitation.contact_for(OWN)
    assert (contact.name, contact.email) == ("Dana Kim", "dana.kim@northwind-logistics.example")


def test_a_weekly_event_begun_in_the_past_gives_the_next_occurrence(tmp_path):
    weekly = event(
        "SUMMARY:Weekly escalation call",
        "DTSTART:20260105T150000Z",  # a Monday in January
        "DURATION:PT30M",
        "RRULE:FREQ=WEEKLY;BYDAY=MO",
        "ATTENDEE:mailto:ops@northwind-logistics.example",
    )
    path = write(tmp_path, ics(weekly))
    invitation = read_invitation(path, now=NOW)
    assert invitation.recurring
    assert invitation.planned_at == datetime(2026, 3, 9, 15, 0, tzinfo=UTC)  # today, later
    later = read_invitation(path, now=datetime(2026, 3, 9, 16, 0, tzinfo=UTC))
    assert later.planned_at == datetime(2026, 3, 16, 15, 0, tzinfo=UTC)  # today's is over
    during = read_invitation(path, now=datetime(2026, 3, 9, 15, 10, tzinfo=UTC))
    assert during.planned_at == datetime(2026, 3, 9, 15, 0, tzinfo=UTC)  # still running


def test_exdate_rdate_and_a_moved_occurrence_count(tmp_path):
    master = event(
        "SUMMARY:Status",
        "DTSTART:20260302T090000Z",
        "RRULE:FREQ=WEEKLY;COUNT=4",
        "EXDATE:20260316T090000Z",
        "RDATE:20260318T090000Z",
    )
    moved = event(
        "SUMMARY:Status (moved)",
        "RECURRENCE-ID:20260309T090000Z",
        "DTSTART:20260310T110000Z",
    )
    path = write(tmp_path, ics(master, moved))
    # 9 Mar moved to 10 Mar 11:00; 16 Mar excluded; 18 Mar added; 23 Mar the last.
    assert read_invitation(path, now=NOW).planned_at == datetime(2026, 3, 10, 11, tzinfo=UTC)
    on_11th = datetime(2026, 3, 11, tzinfo=UTC)
    assert read_invitation(path, now=on_11th).planned_at == datetime(2026, 3, 18, 9, tzinfo=UTC)
    after_all = datetime(2026, 4, 1, tzinfo=UTC)
    last = read_invitation(path, now=after_all).planned_at
    assert last == datetime(2026, 3, 23, 9, tzinfo=UTC)  # over: the last one


def test_several_attendees_skip_the_users_own_domain_and_rooms(tmp_path):
    meeting = event(
        "SUMMARY:Outage review",
        "DTSTART:20260312T100000Z",
        "ORGANIZER;CN=Me:mailto:" + OWN,
        "ATTENDEE;CN=My Colleague:mailto:sam@candor-consulting.example",
        "ATTENDEE;CUTYPE=ROOM;CN=Room 4:mailto:room4@northwind-logistics.example",
        "ATTENDEE:mailto:lee.o-brien+calls@northwind-logistics.example",
        'ATTENDEE;CN="Kim, Dana":mailto:dana@northwind-logistics.example',
    )
    invitation = read_invitation(write(tmp_path, ics(meeting)), now=NOW)
    assert [a.email for a in invitation.attendees] == [
        "sam@candor-consulting.example",
        "lee.o-brien+calls@northwind-logistics.example",
        "dana@northwind-logistics.example",
    ]
    contact = invitation.contact_for(OWN)
    assert (contact.name, contact.email) == (
        "Lee O Brien",  # no CN: the address's local part, humanised
        "lee.o-brien+calls@northwind-logistics.example",
    )
    # Everyone else on the user's side: the organiser when they are outside it.
    only_us = event(
        "DTSTART:20260312T100000Z",
        "ORGANIZER;CN=Dana Kim:mailto:dana@northwind-logistics.example",
        "ATTENDEE:mailto:" + OWN,
    )
    invitation = read_invitation(write(tmp_path, ics(only_us), "b.ics"), now=NOW)
    assert invitation.contact_for(OWN).email == "dana@northwind-logistics.example"
    assert invitation.title == ""


def test_a_tzid_event_keeps_its_time_zone(tmp_path):
    berlin = event(
        "SUMMARY:Budget call",
        "DTSTART;TZID=Europe/Berlin:20260715T100000",
        "DTEND;TZID=Europe/Berlin:20260715T110000",
    )
    invitation = read_invitation(write(tmp_path, ics(berlin)), now=NOW)
    expected = datetime(2026, 7, 15, 10, tzinfo=ZoneInfo("Europe/Berlin"))
    assert invitation.planned_at == expected
    assert invitation.planned_at == datetime(2026, 7, 15, 8, tzinfo=UTC)  # summer time


OUTLOOK_ZONE = """BEGIN:VTIMEZONE\r
TZID:W. Europe Standard Time\r
BEGIN:STANDARD\r
DTSTART:16010101T030000\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:16010101T020000\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r
END:DAYLIGHT\r
END:VTIMEZONE\r
"""


def test_an_outlook_time_zone_across_daylight_saving_with_until_in_utc(tmp_path):
    weekly = event(
        "SUMMARY:Weekly sync",
        "DTSTART;TZID=W. Europe Standard Time:20260105T100000",
        "RRULE:FREQ=WEEKLY;UNTIL=20261231T230000Z",
    )
    path = write(tmp_path, ics(weekly, extra=OUTLOOK_ZONE))
    in_spring = read_invitation(path, now=datetime(2026, 3, 30, 12, tzinfo=UTC))
    assert in_spring.planned_at == datetime(2026, 4, 6, 8, tzinfo=UTC)  # 10:00 summer time
    in_winter = read_invitation(path, now=datetime(2026, 2, 2, 12, tzinfo=UTC))
    assert in_winter.planned_at == datetime(2026, 2, 9, 9, tzinfo=UTC)  # 10:00 winter time


def test_all_day_and_floating_times_are_local(tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        all_day = event("SUMMARY:Offsite", "DTSTART;VALUE=DATE:20260320")
        invitation = read_invitation(write(tmp_path, ics(all_day)), now=NOW)
        assert invitation.all_day
        assert invitation.planned_at == datetime(2026, 3, 20, 4, tzinfo=UTC)  # local midnight
        floating = event("SUMMARY:Call", "DTSTART:20260320T093000")
        invitation = read_invitation(write(tmp_path, ics(floating), "f.ics"), now=NOW)
        assert invitation.planned_at == datetime(2026, 3, 20, 13, 30, tzinfo=UTC)
        daily = event("DTSTART;VALUE=DATE:20260101", "RRULE:FREQ=DAILY")
        invitation = read_invitation(write(tmp_path, ics(daily), "d.ics"), now=NOW)
        assert invitation.planned_at.astimezone().date() == date(2026, 3, 9)  # today's
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_rule_every_minute_since_1970_answers_quickly(tmp_path):
    busy = event("DTSTART:19700101T000000Z", "RRULE:FREQ=MINUTELY")
    started = time.perf_counter()
    invitation = read_invitation(write(tmp_path, ics(busy)), now=NOW)
    assert time.perf_counter() - started < 5
    assert invitation.planned_at is not None


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("Dear Dana,\nthe parts are late.\n", "is not a calendar invitation"),
        ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dana\r\nEND:VCARD\r\n", "is not a calendar"),
        ("", "is not a calendar invitation"),
        (ics(), "holds no event"),
        (ics(extra="BEGIN:VTODO\r\nUID:t\r\nSUMMARY:Task\r\nEND:VTODO\r\n"), "holds no event"),
        ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:cut off\r\n", "cannot be read"),
        (os.urandom(4096), "is not text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "is not text"),
    ],
    ids=[
        "letter",
        "vcard",
        "empty file",
        "empty calendar",
        "only a task",
        "cut off",
        "random",
        "png",
    ],
)
def test_what_is_not_an_invitation_is_refused_in_one_line(tmp_path, content, words):
    with pytest.raises(InvitationError) as refused:
        read_invitation(write(tmp_path, content, "odd.ics"), now=NOW)
    message = str(refused.value)
    assert words in message and "odd.ics" in message
    assert "\n" not in message and len(message) < 200
    assert isinstance(refused.value, ValueError)


def test_a_5_mb_file_is_refused_by_its_size_at_once(tmp_path):
    events = [
        event(f"SUMMARY:Event {i}", "DTSTART:20260310T140000Z", f"DESCRIPTION:{'word ' * 60}")
        for i in range(15_000)
    ]
    path = write(tmp_path, ics(*events), "whole-calendar.ics")
    assert path.stat().st_size > 5_000_000
    started = time.perf_counter()
    with pytest.raises(InvitationError, match=r"is \d+\.\d MB, too large for one invitation"):
        read_invitation(path, now=NOW)
    assert time.perf_counter() - started < 1


def test_a_long_invitation_under_the_limit_is_read(tmp_path):
    agenda = "\\n".join(f"Point {i}: " + "detail " * 10 for i in range(8_000))
    path = write(
        tmp_path, ics(event("SUMMARY:Long", "DTSTART:20260310T140000Z", f"DESCRIPTION:{agenda}"))
    )
    assert MAX_BYTES * 0.5 < path.stat().st_size <= MAX_BYTES
    assert read_invitation(path, now=NOW).description.count("\n") == 7_999


def test_missing_files_folders_and_encodings(tmp_path):
    with pytest.raises(InvitationError, match="there is no file"):
        read_invitation(tmp_path / "nope.ics")
    with pytest.raises(InvitationError, match="is not a file"):
        read_invitation(tmp_path)
    utf16 = write(tmp_path, ics(PLAIN).encode("utf-16"), "utf16.ics")
    assert read_invitation(utf16, now=NOW).title == "Delivery date for the March order"
    legacy = ics(event("SUMMARY:Lieferung f\xfcr M\xfcller", "DTSTART:20260310T140000Z"))
    path = write(tmp_path, legacy.encode("cp1252"), "cp1252.ics")
    assert read_invitation(path, now=NOW).title == "Lieferung für Müller"
    bom = write(tmp_path, b"\xef\xbb\xbf" + ics(PLAIN).encode(), "bom.ics")
    assert read_invitation(bom, now=NOW).planned_at == datetime(2026, 3, 10, 14, tzinfo=UTC)


def test_control_characters_do_not_reach_the_title_or_description(tmp_path):
    odd = event(
        "SUMMARY:Late \x1b[31mparts\x07",
        "DTSTART:20260310T140000Z",
        "DESCRIPTION:one\x1b[2J\\ntwo",
    )
    invitation = read_invitation(write(tmp_path, ics(odd)), now=NOW)
    assert invitation.title == "Late [31mparts"
    assert invitation.description == "one [2J\ntwo"  # the line break stays


def test_a_missing_or_unreadable_start_leaves_no_planned_time(tmp_path):
    for lines in (("SUMMARY:No start",), ("SUMMARY:Bad", "DTSTART:tomorrow")):
        invitation = read_invitation(write(tmp_path, ics(event(*lines))), now=NOW)
        assert invitation.planned_at is None and invitation.title
