"""A byte that is not UTF-8 inside a stored text value (written by another tool, or a
flipped bit) passes SQLite's own checks, yet `list` and History cannot read that row.
The check reads every text value Candor will later need and names such rows."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from domain.model import Call, Client, NextStep, Note, NoteKind, utc_now
from storage.store import Store

BAD = "CAST(X'41FF42' AS TEXT)"  # "A", a byte no UTF-8 text contains, "B"


def damage(path: Path, sql: str) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute(sql)
        conn.commit()


@pytest.fixture
def filled(db_path: Path) -> Path:
    with Store(db_path) as store:
        for i in range(3):
            call = store.calls.create(Call(client=Client(f"Client {i}"), title=f"Call {i} é"))
            store.entries.add_note(Note(call.id, NoteKind.NOTE, f"note {i} 😀", utc_now()))
            store.entries.add_next_step(NextStep(call.id, f"step {i}"))
        assert store.check() == []
    return db_path


@pytest.mark.parametrize(
    ("sql", "where"),
    [
        (f"UPDATE calls SET title = {BAD} WHERE id = 2", "calls row 2: title"),
        (f"UPDATE clients SET name = {BAD} WHERE id = 1", "clients row 1: name"),
        (f"UPDATE notes SET text = {BAD} WHERE id = 3", "notes row 3: text"),
        (f"UPDATE next_steps SET what = {BAD} WHERE id = 1", "next_steps row 1: what"),
        (f"UPDATE calls SET prep_plan = {BAD} WHERE id = 1", "calls row 1: prep_plan"),
        # Latin-1 "café" from another tool: a lead byte with nothing after it
        ("UPDATE calls SET title = CAST(X'636166E9' AS TEXT) WHERE id = 3", "calls row 3: title"),
    ],
)
def test_the_check_names_a_row_that_cannot_be_read_as_text(filled, sql, where):
    damage(filled, sql)
    with Store(filled) as store:
        with pytest.raises(Exception):  # noqa: B017 (what the check must warn about)
            for call in store.calls.summaries():
                store.calls.get(call.id)
        problems = store.check()
    assert any(where in p and "UTF-8" in p for p in problems), problems
    assert all("\n" not in p for p in problems)


def test_the_quick_check_the_window_runs_finds_it_too(filled):
    damage(filled, f"UPDATE notes SET text = {BAD} WHERE id = 2")
    with Store(filled) as store:
        problems = store.quick_problems()
    assert any("notes row 2: text" in p for p in problems), problems


def test_many_bad_rows_are_summed_up_not_listed_one_by_one(db_path):
    with Store(db_path) as store:
        call = store.calls.create(Call(client=Client("Acme"), title="Many"))
        for i in range(60):
            store.entries.add_note(Note(call.id, NoteKind.NOTE, f"n{i}", utc_now()))
    damage(db_path, f"UPDATE notes SET text = {BAD}")
    with Store(db_path) as store:
        problems = store.check()
    bad = [p for p in problems if "UTF-8" in p]
    assert 1 < len(bad) <= 21
    assert "more" in bad[-1]


def test_text_that_is_fine_passes(filled):
    with Store(filled) as store:
        store.entries.add_note(Note(1, NoteKind.NOTE, "עברית, 中文, ‮rtl, \x07 bell", utc_now()))
        assert store.check() == []
        assert store.quick_problems() == []
