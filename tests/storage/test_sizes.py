"""The size report: every page of the file accounted for, by table, per call and per note."""

from __future__ import annotations

from domain.model import Call, Client, Note, NoteKind, utc_now
from storage.sizes import has_dbstat, size_report


def test_the_size_report_accounts_for_every_page(store):
    call = store.calls.create(Call(client=Client("Acme"), title="Sizes"))
    for i in range(300):
        store.entries.add_note(Note(call.id, NoteKind.NOTE, f"note number {i} " * 4, utc_now()))
    report = size_report(store.db.conn)
    assert (report.calls, report.notes) == (1, 300)
    assert report.file_bytes == report.page_size * report.pages
    if not has_dbstat(store.db.conn):
        return
    areas = report.area_bytes()
    assert sum(areas.values()) == report.file_bytes
    assert areas["notes"] > 300 * 60 and areas["full-text index"] > 0
    assert report.per_note() == areas["notes"] / 300
    assert report.per_call() == report.file_bytes
