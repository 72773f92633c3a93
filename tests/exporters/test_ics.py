"""Reminder calendars parsed back with icalendar."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from icalendar import Calendar

from domain.model import Call, Client, NextStep, StepStatus
from exporters.ics import reminders_calendar, write_reminders
from tests.exporters.sample_call import sample_call


def events(data: bytes) -> list:
    cal = Calendar.from_ical(data)
    assert cal["VERSION"] == "2.0"
    return list(cal.walk("VEVENT"))


def test_follow_up_and_our_open_dated_steps() -> None:
    evs = events(reminders_calendar(sample_call()))
    summaries = [str(e["SUMMARY"]) for e in evs]
    assert summaries == [
        "Check in with Northwind Traders: Warehouse app release",
        "Due for Northwind Traders: Deliver barcode scanning to the pilot warehouse",
        "Due for Northwind Traders: Full release including stock sync",
    ]  # done, dropped, client-owned and named-person steps are left out
    first = evs[0]
    assert first.decoded("DTSTART") == date(2026, 12, 2)
    assert first.decoded("DTEND") == date(2026, 12, 3)
    assert str(first["UID"]) == "candor-call-42-followup@candor.local"
    assert "Deliver barcode scanning" in str(first["DESCRIPTION"])
    assert evs[1].decoded("DTSTART") == date(2026, 11, 27)
    assert str(evs[1]["UID"]) == "candor-call-42-step-1@candor.local"
    alarm = first.walk("VALARM")[0]
    assert alarm.decoded("TRIGGER") == timedelta(hours=9)


def test_uids_are_stable_across_exports() -> None:
    a = [str(e["UID"]) for e in events(reminders_calendar(sample_call()))]
    call = sample_call()
    call.title = "Renamed"
    call.follow_up_on = date(2026, 12, 9)
    b = [str(e["UID"]) for e in events(reminders_calendar(call))]
    assert a == b and len(set(a)) == len(a)


def test_no_follow_up_date_and_no_steps_is_an_empty_calendar() -> None:
    call = Call(id=5, client=Client("Acme"), title="Quiet")
    assert events(reminders_calendar(call)) == []


def test_only_steps_when_no_follow_up_date() -> None:
    call = Call(id=5, client=Client("Acme"), title="Import")
    call.next_steps = [
        NextStep(5, "Rerun import", "us", date(2026, 1, 5), id=9),
        NextStep(5, "Rerun import again", "us", None, id=10),
        NextStep(5, "Done already", "us", date(2026, 1, 5), StepStatus.DONE, id=11),
    ]
    evs = events(reminders_calendar(call))
    assert [str(e["UID"]) for e in evs] == ["candor-call-5-step-9@candor.local"]


def test_awkward_text_survives(tmp_path: Path) -> None:
    call = sample_call()
    call.client.name = 'Nörd; "Co"\x07, ١٢٣ \U0001f525'
    call.title = "Line\nbreak, comma; semi\\colon"
    path = write_reminders(call, tmp_path / "r.ics")
    evs = events(path.read_bytes())
    expected = 'Check in with Nörd; "Co", ١٢٣ \U0001f525: Line break, comma; semi\\colon'
    assert str(evs[0]["SUMMARY"]) == expected


def test_owner_us_in_any_case_is_ours_and_the_client_never() -> None:
    call = Call(id=5, client=Client("Acme"), title="Import")
    call.next_steps = [
        NextStep(5, "Ours, typed early", "US", date(2026, 1, 5), id=1),
        NextStep(5, "Theirs", "Client", date(2026, 1, 6), id=2),
    ]
    evs = events(reminders_calendar(call))
    assert [str(e["SUMMARY"]) for e in evs] == ["Due for Acme: Ours, typed early"]
