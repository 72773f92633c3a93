"""The command line contract: demo, list, search, check, backup, usage and exit codes."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from storage.store import Store
from tests.cli.helpers import (
    LIST_FIELDS,
    ROOT,
    SEARCH_FIELDS,
    damaged_copy,
    one_error_line,
    python_main,
    run,
)


def test_demo_fills_and_refuses_to_mix_with_existing_calls(tmp_path, capsys):
    db = tmp_path / "d.db"
    code, out, _ = run(capsys, "--db", str(db), "demo", "--calls", "7", "--seed", "5")
    assert code == 0 and "7 sample calls" in out
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    code, _, err = run(capsys, "--db", str(db), "demo", "--calls", "3")
    assert code == 1 and "already holds 7 calls" in one_error_line(err)
    code, _, _ = run(capsys, "demo", "--calls", "3", "--append", "--db", str(db))
    assert code == 0
    with Store(db) as store:
        assert store.calls.count() == 10
        assert store.check() == []


def test_demo_honours_candor_db_variable(tmp_path, capsys, monkeypatch):
    db = tmp_path / "from-env.db"
    monkeypatch.setenv("CANDOR_DB", str(db))
    assert run(capsys, "demo", "--calls", "2")[0] == 0
    assert db.exists()
    other = tmp_path / "flag-wins.db"
    assert run(capsys, "--db", str(other), "demo", "--calls", "1")[0] == 0
    with Store(other) as store:
        assert store.calls.count() == 1


def test_list_json_has_the_contract_fields(demo_db, capsys):
    code, out, err = run(capsys, "--db", str(demo_db), "list", "--json")
    assert code == 0 and err == ""
    rows = json.loads(out)
    assert len(rows) == 24
    for row in rows:
        assert set(row) >= LIST_FIELDS
        assert row["status"] in ("prepared", "live", "ended")
        assert isinstance(row["open_next_steps"], int)
        for key in ("started_at", "ended_at"):
            assert row[key] is None or row[key].endswith("+00:00")
        assert row["follow_up_on"] is None or len(row["follow_up_on"]) == 10
    assert any(r["status"] == "prepared" and r["started_at"] is None for r in rows)
    assert any(r["open_next_steps"] > 0 for r in rows)


def test_list_client_filter_any_case(demo_db, capsys):
    rows = json.loads(run(capsys, "--db", str(demo_db), "list", "--json")[1])
    client = rows[0]["client"]
    expected = {r["id"] for r in rows if r["client"] == client}
    code, out, _ = run(capsys, "--db", str(demo_db), "list", "--client", client.upper(), "--json")
    assert code == 0
    assert {r["id"] for r in json.loads(out)} == expected
    code, out, _ = run(capsys, "--db", str(demo_db), "list", "--client", "Nobody Ltd", "--json")
    assert (code, json.loads(out)) == (0, [])


def test_list_text_is_a_table(demo_db, capsys):
    code, out, _ = run(capsys, "--db", str(demo_db), "list")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 25
    assert lines[0].split()[:4] == ["ID", "When", "Status", "Client"]


def test_search_json_best_first_with_marked_snippets(demo_db, capsys):
    code, out, _ = run(capsys, "--db", str(demo_db), "search", "board", "--json", "--limit", "7")
    hits = json.loads(out)
    assert code == 0 and 0 < len(hits) <= 7
    for hit in hits:
        assert set(hit) >= SEARCH_FIELDS
        assert "**board**" in hit["snippet"].lower()
        assert "\x02" not in hit["snippet"]
    assert [h["score"] for h in hits] == sorted(h["score"] for h in hits)


def test_search_text_output(demo_db, capsys):
    code, out, _ = run(capsys, "--db", str(demo_db), "search", "invoice")
    assert code == 0 and "**" in out and out.startswith("#")
    code, out, _ = run(capsys, "--db", str(demo_db), "search", "zzzqqqxxx")
    assert (code, out.strip()) == (0, "No matches.")


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"unbalanced board',
        "NEAR(board invoice)",
        "board AND OR NOT",
        "*",
        "^board",
        "(board",
        "body:board",
        "- + : ( ) *",
        "😀 board",
        "مرحبا",
        "שלום",
        "你好",
        "a\x00b",
        "x" * 10_000,
        "'; DROP TABLE notes; --",
    ],
    ids=lambda q: repr(q[:16]),
)
def test_search_json_any_text(demo_db, capsys, query):
    before = demo_db.read_bytes()
    code, out, err = run(capsys, "--db", str(demo_db), "search", query, "--json")
    assert code == 0, err
    assert isinstance(json.loads(out), list)
    assert demo_db.read_bytes() == before


def test_check_ok(demo_db, capsys):
    assert run(capsys, "--db", str(demo_db), "check")[:2] == (0, "ok\n")


@pytest.mark.parametrize("schema_too", [False, True], ids=["data-pages", "schema-pages"])
def test_check_damaged_file_exit_1_one_line(demo_db, tmp_path, capsys, schema_too):
    bad = damaged_copy(demo_db, tmp_path / "bad.db", schema_too=schema_too)
    code, out, err = run(capsys, "--db", str(bad), "check")
    assert code == 1
    message = one_error_line(err)
    assert "bad.db" in message
    if not schema_too:  # the problems themselves go to stdout
        assert "failed the check" in message and out.strip()


@pytest.mark.parametrize("schema_too", [False, True], ids=["data-pages", "schema-pages"])
@pytest.mark.parametrize("to", ["backups", "file", "folder"])
def test_backup_of_a_damaged_file_says_so_names_it_and_writes_nothing(
    demo_db, tmp_path, capsys, schema_too, to
):
    bad = damaged_copy(demo_db, tmp_path / "bad.db", schema_too=schema_too)
    folder = tmp_path / "chosen"
    folder.mkdir()
    target = {"backups": [], "file": ["-o", str(folder / "copy.db")], "folder": ["-o", str(folder)]}
    code, out, err = run(capsys, "--db", str(bad), "backup", *target[to])
    assert code == 1 and out == ""
    message = one_error_line(err)
    assert str(bad) in message and "damaged" in message
    assert not (tmp_path / "backups").exists()
    assert list(folder.iterdir()) == []


def test_backup_writes_a_private_copy_that_check_accepts(demo_db, tmp_path, capsys):
    work = tmp_path / "work.db"
    shutil.copyfile(demo_db, work)
    code, out, _ = run(capsys, "--db", str(work), "backup")
    made = Path(out.strip())
    assert code == 0 and made.parent == tmp_path / "backups"
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert run(capsys, "--db", str(made), "check")[:2] == (0, "ok\n")

    chosen = tmp_path / "chosen.db"
    code, out, _ = run(capsys, "--db", str(work), "backup", "-o", str(chosen))
    assert (code, Path(out.strip())) == (0, chosen)
    assert stat.S_IMODE(chosen.stat().st_mode) == 0o600
    into = tmp_path / "folder"
    into.mkdir()
    code, out, _ = run(capsys, "--db", str(work), "backup", "-o", str(into))
    assert code == 0 and Path(out.strip()).parent == into


def test_backup_never_overwrites(demo_db, tmp_path, capsys):
    work = tmp_path / "work.db"
    shutil.copyfile(demo_db, work)
    existing = tmp_path / "keep.txt"
    existing.write_text("precious")
    code, _, err = run(capsys, "--db", str(work), "backup", "-o", str(existing))
    assert code == 1 and "already exists" in one_error_line(err)
    assert existing.read_text() == "precious"
    before = work.read_bytes()
    assert run(capsys, "--db", str(work), "backup", "-o", str(work))[0] == 1
    assert work.read_bytes() == before


@pytest.mark.parametrize(
    "argv",
    [
        ["frobnicate"],
        ["search"],
        ["search", "x", "--limit", "0"],
        ["demo", "--calls", "-1"],
        ["demo", "--calls", "many"],
        ["list", "--bogus"],
        ["export"],
        ["export", "abc", "-o", "x.docx"],
    ],
)
def test_bad_usage_exits_2(argv, tmp_path, capsys):
    code, _, err = run(capsys, "--db", str(tmp_path / "x.db"), *argv)
    assert code == 2
    assert "usage:" in err and "Traceback" not in err
    assert not (tmp_path / "x.db").exists()


def test_help_exits_0(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "search" in out and "demo" in out


def test_reading_commands_do_not_create_a_database(tmp_path, capsys):
    db = tmp_path / "absent.db"
    for argv in (["list"], ["search", "x"], ["check"], ["backup"], ["export", "1", "-o", "x.md"]):
        code, _, err = run(capsys, "--db", str(db), *argv)
        assert code == 1 and "no database" in one_error_line(err)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", ["text", "other-sqlite"])
def test_non_candor_file_is_refused_and_untouched(tmp_path, capsys, kind):
    path = tmp_path / "notes.db"
    if kind == "text":
        path.write_text("Shopping list: bread, milk\n")
    else:
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.commit()
        conn.close()
    before = path.read_bytes()
    for argv in (["list"], ["search", "x", "--json"], ["check"], ["backup"], ["demo"]):
        code, out, err = run(capsys, "--db", str(path), *argv)
        assert code == 1 and "not Candor" in one_error_line(err).replace(
            "not a Candor", "not Candor"
        )
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_process_exit_codes(demo_db, tmp_path):
    done = python_main("--db", str(demo_db), "list", "--json")
    assert done.returncode == 0 and len(json.loads(done.stdout)) == 24
    done = python_main("--db", str(demo_db), "search", '"NEAR( 😀', "--json")
    assert done.returncode == 0 and json.loads(done.stdout) == []
    done = python_main("--db", str(demo_db), "nonsense")
    assert done.returncode == 2 and "usage:" in done.stderr
    done = python_main("--db", str(demo_db), "export", "424242", "-o", str(tmp_path / "x.docx"))
    assert done.returncode == 1
    assert one_error_line(done.stderr) == "candor: there is no call with id 424242"


def test_process_refuses_a_text_file_untouched(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_bytes(b"Dear client,\r\nplease find attached\r\n\x00\xff")
    done = python_main("--db", str(path), "check")
    assert done.returncode == 1
    assert "not a Candor database" in one_error_line(done.stderr)
    assert path.read_bytes() == b"Dear client,\r\nplease find attached\r\n\x00\xff"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.txt"]


@pytest.mark.parametrize("argv", [["--db", "", "list"], ["list", "--db", ""], ["--db", " "]])
def test_an_empty_db_path_is_bad_usage(argv, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("CANDOR_DB", str(tmp_path / "never.db"))
    code, _, err = run(capsys, *argv)
    assert code == 2 and "usage:" in err and "--db needs a file path" in err
    assert list(tmp_path.iterdir()) == []


def test_backup_checks_the_folder_first_and_names_the_target(demo_db, tmp_path, capsys):
    target = tmp_path / "missing" / "b.db"
    code, _, err = run(capsys, "--db", str(demo_db), "backup", "-o", str(target))
    message = one_error_line(err)
    assert code == 1 and str(target) in message and "no folder" in message
    assert ".tmp" not in message and not target.parent.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores permissions")
def test_backup_into_a_read_only_folder(demo_db, tmp_path, capsys):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        code, _, err = run(capsys, "--db", str(demo_db), "backup", "-o", str(folder / "b.db"))
    finally:
        folder.chmod(0o700)
    message = one_error_line(err)
    assert code == 1 and str(folder / "b.db") in message and "permission" in message
    assert list(folder.iterdir()) == []


def test_backup_write_failure_names_the_target_not_the_temp_file(
    demo_db, tmp_path, capsys, monkeypatch
):
    from storage import backup

    def full_disk(conn, dest, *rest):  # noqa: ANN001
        tmp = dest.with_name(f".{dest.name}.tmp-1")
        raise OSError(28, "No space left on device", str(tmp))

    monkeypatch.setattr(backup, "backup_to", full_disk)
    target = tmp_path / "b.db"
    code, _, err = run(capsys, "--db", str(demo_db), "backup", "-o", str(target))
    message = one_error_line(err)
    assert code == 1 and str(target) in message and "No space left" in message
    assert ".tmp" not in message


def test_damaged_data_arrives_as_one_storage_line(demo_db, tmp_path, capsys):
    bad = damaged_copy(demo_db, tmp_path / "bad.db", schema_too=False)
    failed = []
    for argv in (["list"], ["search", "the"], ["search", "client"], ["search", "date"]):
        code, _, err = run(capsys, "--db", str(bad), *argv)
        if code:  # the flipped bytes may miss what a command reads
            failed.append(one_error_line(err))
    assert failed and all(m.startswith("candor: The database is damaged") for m in failed)


def test_list_client_with_a_byte_that_is_not_utf8_is_bad_usage(demo_db, capsys):
    """A non-UTF-8 argument reaches Python as a lone surrogate; SQLite cannot take it."""
    code, out, err = run(capsys, "--db", str(demo_db), "list", "--client", "M\udcfcller")
    assert (code, out) == (2, "")
    assert "usage:" in err and "not UTF-8 text" in err and "Traceback" not in err


def test_process_list_client_raw_byte_argv(demo_db):
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(demo_db), "list", "--client", b"\xff"],
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 2 and done.stdout == b""
    assert b"argument --client: b'\\xff' is not UTF-8 text" in done.stderr


def test_mark_sent_records_the_letter_and_list_json_shows_it(capsys, tmp_path):
    from datetime import UTC, datetime

    from domain.model import Call, Client, Contact

    path = tmp_path / "sent.db"
    with Store(path) as store:
        call = store.calls.create(
            Call(
                client=Client("Northwind", "ops@northwind.example"),
                title="Late pallets",
                contact=Contact("Dana Kim", "dana@northwind.example", "Dana"),
                language="de",
            )
        )
        store.calls.start(call.id, datetime(2026, 11, 20, 9, tzinfo=UTC))
        store.calls.end(call.id, datetime(2026, 11, 20, 9, 30, tzinfo=UTC))
        prepared = store.calls.create(Call(client=Client("Northwind"), title="later"))
    code, out, _ = run(capsys, "--db", str(path), "list", "--json")
    rows = {r["id"]: r for r in json.loads(out)}
    assert rows[call.id]["contact"] == "Dana Kim"
    assert rows[call.id]["client_email"] == "dana@northwind.example"
    assert rows[call.id]["language"] == "de" and rows[call.id]["letter_sent_at"] is None
    assert rows[prepared.id]["contact"] is None
    assert rows[prepared.id]["client_email"] == "ops@northwind.example"

    code, out, _ = run(capsys, "--db", str(path), "mark-sent", str(call.id))
    assert code == 0 and "marked sent" in out
    code, out, _ = run(capsys, "--db", str(path), "list", "--json")
    sent_at = {r["id"]: r for r in json.loads(out)}[call.id]["letter_sent_at"]
    assert sent_at and datetime.fromisoformat(sent_at).tzinfo is not None

    code, _, err = run(capsys, "--db", str(path), "mark-sent", str(prepared.id))
    assert code == 1 and "has not ended" in one_error_line(err)
    code, _, err = run(capsys, "--db", str(path), "mark-sent", "999")
    assert code == 1 and "no call 999" in one_error_line(err)
    code, _, _ = run(capsys, "--db", str(path), "mark-sent", "x")
    assert code == 2
    code, out, _ = run(capsys, "--db", str(path), "mark-sent", "--undo", str(call.id))
    assert code == 0
    with Store(path) as store:
        assert store.calls.get(call.id).letter_sent_at is None
