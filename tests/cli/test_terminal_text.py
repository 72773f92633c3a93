"""Stored text on the terminal (issue 10, item 9): `list` and `search` print control
characters as visible escapes, so a stored name can neither drive the terminal (ESC
sequences, CR) nor run over many lines."""

from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest

from cli.common import visible
from domain.model import Call, Client, Note, NoteKind, utc_now
from storage.store import Store
from tests.cli.helpers import run

# Anything a terminal obeys: C0/C1 controls, DEL, line separators, bidi overrides.
RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
CLIENT = "Acme\x1b[2J\x1b]0;pwned\x07" + "\nline\r" * 100_000
TITLE = "Late\rparts\x1b[31m red\u202eevil\x9b"
NOTE = "the walrus\x1b[1A\x1b[K shipment\nis\tlate\x00"


@pytest.fixture
def hostile_db(tmp_path):
    db = tmp_path / "t.db"
    with Store(db) as store:
        call = store.calls.create(Call(client=Client(CLIENT), title=TITLE))
        store.calls.start(call.id, utc_now() - timedelta(minutes=3))
        store.entries.add_note(Note(call.id, NoteKind.NOTE, NOTE, utc_now()))
    return db


def _lines(out: str) -> list[str]:
    assert not RAW_CONTROL.search(out), repr(RAW_CONTROL.search(out).group())
    return out.split("\n")[:-1]  # only "\n" ends a line; the output ends with one


def test_list_prints_control_characters_as_escapes(hostile_db, capsys):
    code, out, err = run(capsys, "--db", str(hostile_db), "list")
    assert code == 0, err
    header, row = _lines(out)
    assert header.startswith("ID") and "Acme\\x1b[2J\\x1b]0;pwn" in row
    assert "Late\\rparts\\x1b[31m red\\u202eevil\\x9b" in row


def test_search_prints_control_characters_as_escapes(hostile_db, capsys):
    code, out, err = run(capsys, "--db", str(hostile_db), "search", "walrus")
    assert code == 0, err
    head, snippet = _lines(out)
    assert head.startswith("#1  Acme\\x1b[2J") and "Late\\rparts\\x1b[31m" in head
    assert "**walrus**\\x1b[1A\\x1b[K shipment\\nis\\tlate" in snippet


def test_list_of_a_client_filter_echoes_the_argument_as_escapes(hostile_db, capsys):
    code, out, _ = run(capsys, "--db", str(hostile_db), "list", "--client", "No\x1b[2Jbody")
    assert (code, out) == (0, "No calls with No\\x1b[2Jbody.\n")


def test_json_output_keeps_the_stored_text_exactly(hostile_db, capsys):
    rows = json.loads(run(capsys, "--db", str(hostile_db), "list", "--json")[1])
    with Store(hostile_db) as store:
        stored = store.calls.get(rows[0]["id"])
    assert (rows[0]["client"], rows[0]["title"]) == (stored.client.name, stored.title)
    assert rows[0]["client"].count("\n") == 100_000


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("plain, émoji 😀, עברית", "plain, émoji 😀, עברית"),
        ("a\nb\r\nc\td", "a\\nb\\r\\nc\\td"),
        ("\x1b[31m\x00\x7f\x85", "\\x1b[31m\\x00\\x7f\\x85"),
        ("x\u2028y\u2029z\u202ew\u2066", "x\\u2028y\\u2029z\\u202ew\\u2066"),
        ("family 👨\u200d👩\u200d👧", "family 👨\u200d👩\u200d👧"),  # joiners are not controls
    ],
)
def test_visible(stored: str, shown: str) -> None:
    assert visible(stored) == shown
