"""The command line contract: commands, JSON fields, exit codes, one-line errors."""

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

from cli import main
from storage.store import Store

ROOT = Path(__file__).resolve().parent.parent
LIST_FIELDS = {
    "id",
    "client",
    "title",
    "scenario",
    "status",
    "started_at",
    "ended_at",
    "open_next_steps",
    "follow_up_on",
}
SEARCH_FIELDS = {"call_id", "client", "title", "kind", "snippet"}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("candor: ")
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    """A small sample database shared by the read-only tests of this module."""
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    assert main(["--db", str(path), "demo", "--calls", "24", "--seed", "3"]) == 0
    return path


def damaged_copy(source: Path, dest: Path, *, schema_too: bool) -> Path:
    """Random bytes over some pages: the schema's overflow pages too, or only the last pages."""
    shutil.copyfile(source, dest)
    data = bytearray(dest.read_bytes())
    page = 4096
    first = 3 * page if schema_too else len(data) - 6 * page
    for start in range(first, len(data) - page, 2 * page):
        data[start + 8 : start + 400] = os.urandom(392)
    dest.write_bytes(bytes(data))
    return dest


# --------------------------------------------------------------------------- demo
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


# --------------------------------------------------------------------------- list
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


# --------------------------------------------------------------------------- search
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


# --------------------------------------------------------------------------- check and backup
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


# --------------------------------------------------------------------------- export and review
def test_export_every_format(demo_db, tmp_path, capsys):
    calls = json.loads(run(capsys, "--db", str(demo_db), "list", "--json")[1])
    call_id = next(c["id"] for c in reversed(calls) if c["follow_up_on"])  # something to remind
    for fmt in ("docx", "md", "txt", "ics"):
        target = tmp_path / f"letter.{fmt}"
        code, out, err = run(
            capsys, "--db", str(demo_db), "export", str(call_id), "-o", str(target)
        )
        assert code == 0, err
        assert Path(out.strip()) == target and target.stat().st_size > 0
    record = tmp_path / "record.out"
    argv = ["--db", str(demo_db), "export", str(call_id), "--internal", "--format", "md"]
    code, _, _ = run(capsys, *argv, "-o", str(record))
    assert code == 0
    assert stat.S_IMODE(record.stat().st_mode) == 0o600  # notes and reactions stay private
    assert "## Timeline" in record.read_text(encoding="utf-8")


def test_export_errors(demo_db, tmp_path, capsys):
    db = ["--db", str(demo_db)]
    code, _, err = run(capsys, *db, "export", "99999", "-o", str(tmp_path / "x.docx"))
    assert code == 1 and "no call with id 99999" in one_error_line(err)
    code, _, err = run(capsys, *db, "export", "1", "-o", str(tmp_path / "no" / "dir" / "x.md"))
    assert code == 1 and one_error_line(err)
    before = demo_db.read_bytes()
    code, _, err = run(capsys, *db, "export", "1", "--format", "docx", "-o", str(demo_db))
    assert code == 1 and "database itself" in one_error_line(err)
    assert demo_db.read_bytes() == before
    assert run(capsys, *db, "export", "1", "-o", str(tmp_path / "x.pdf"))[0] == 2
    assert run(capsys, *db, "export", "1", "--internal", "--format", "ics", "-o", "x")[0] == 2


def test_review_stdin_and_file(tmp_path, capsys, monkeypatch):
    import io

    draft = "Unfortunately the vendor dropped the ball. We will hopefully fix it ASAP."
    monkeypatch.setattr("sys.stdin", io.StringIO(draft))
    code, out, _ = run(capsys, "review", "--json")
    findings = json.loads(out)
    assert code == 0 and {"blame", "hedging"} <= {f["rule"] for f in findings}
    assert all({"rule", "excerpt", "why", "suggestion", "line"} <= set(f) for f in findings)
    path = tmp_path / "draft.txt"
    path.write_text("I am sorry: we missed the date.\nYou will hear from me on Friday 28 November.")
    code, out, _ = run(capsys, "review", str(path))
    assert code == 0 and out.strip()
    code, _, err = run(capsys, "review", str(tmp_path / "missing.txt"))
    assert code == 1 and one_error_line(err)


# --------------------------------------------------------------------------- usage and refusals
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


# --------------------------------------------------------------------------- real processes
def python_main(*argv: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *argv],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=ROOT,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


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


# --------------------------------------------------------------------------- details
def one_call(db: Path, *, follow_up_on=None, steps=(), reactions=0) -> int:  # noqa: ANN001
    """A fresh database holding one ended call (and its steps and reactions)."""
    from datetime import timedelta

    from domain.model import Call, Client, NextStep, Reaction, ReactionKind, utc_now

    with Store(db) as store:
        call = store.calls.create(
            Call(client=Client("Acme"), title="Late parts", scenario="delivery_delay")
        )
        started = utc_now() - timedelta(minutes=20)
        store.calls.start(call.id, started)
        for what, owner, due in steps:
            store.entries.add_next_step(NextStep(call.id, what, owner, due))
        kinds = list(ReactionKind)
        for i in range(reactions):
            at = started + timedelta(minutes=i + 1)
            store.entries.add_reaction(Reaction(call.id, kinds[i % len(kinds)], at, i * 60000))
        store.calls.end(call.id)
        if follow_up_on:
            store.calls.update_follow_up(call.id, call.follow_up, follow_up_on)
    return call.id


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

    def full_disk(conn, dest):  # noqa: ANN001
        tmp = dest.with_name(f".{dest.name}.tmp-1")
        raise OSError(28, "No space left on device", str(tmp))

    monkeypatch.setattr(backup, "backup_to", full_disk)
    target = tmp_path / "b.db"
    code, _, err = run(capsys, "--db", str(demo_db), "backup", "-o", str(target))
    message = one_error_line(err)
    assert code == 1 and str(target) in message and "No space left" in message
    assert ".tmp" not in message


def test_ics_export_with_nothing_to_remind_fails(tmp_path, capsys):
    db = tmp_path / "c.db"
    call_id = one_call(db, steps=[("Send parts list", "client", None), ("Call back", "us", None)])
    target = tmp_path / "r.ics"
    code, out, err = run(capsys, "--db", str(db), "export", str(call_id), "-o", str(target))
    assert (code, out) == (1, "")
    assert one_error_line(err) == (
        f"candor: call {call_id} has nothing to remind: no follow-up date and no open next "
        "step of ours with a due date"
    )
    assert not target.exists()


def test_ics_export_of_our_dated_step_alone(tmp_path, capsys):
    from datetime import date

    db = tmp_path / "c.db"
    call_id = one_call(db, steps=[("Ship parts", "US", date(2026, 12, 3))])
    target = tmp_path / "r.ics"
    code, _, err = run(capsys, "--db", str(db), "export", str(call_id), "-o", str(target))
    assert code == 0, err
    assert target.read_bytes().count(b"BEGIN:VEVENT") == 1


def test_a_broken_user_playbook_warns_and_exports(tmp_path, capsys):
    db = tmp_path / "c.db"
    call_id = one_call(db)
    playbooks = tmp_path / "playbooks"
    playbooks.mkdir()
    (playbooks / "delivery_delay.toml").write_text('id = "delivery_delay"\nname = "Oops\n')
    target = tmp_path / "letter.md"
    code, out, err = run(capsys, "--db", str(db), "export", str(call_id), "-o", str(target))
    assert code == 0 and Path(out.strip()) == target
    warning = one_error_line(err)
    assert warning.startswith("candor: warning: ") and "delivery_delay.toml, line 2" in warning
    draft = tmp_path / "draft.txt"
    draft.write_text("We are sorry: the parts are late.")
    argv = ["--db", str(db), "review", "--scenario", "delivery_delay", str(draft)]
    code, _, err = run(capsys, *argv)
    assert code == 0 and "delivery_delay.toml" in one_error_line(err)


def test_internal_word_record_embeds_the_chart_without_a_display(tmp_path):
    import zipfile

    db = tmp_path / "c.db"
    call_id = one_call(db, reactions=4)
    target = tmp_path / "record.docx"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), "export", str(call_id)]
        + ["--internal", "-o", str(target)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()) == target
    with zipfile.ZipFile(target) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/")]
        assert media and z.read(media[0]).startswith(b"\x89PNG")


def test_damaged_data_arrives_as_one_storage_line(demo_db, tmp_path, capsys):
    bad = damaged_copy(demo_db, tmp_path / "bad.db", schema_too=False)
    failed = []
    for argv in (["list"], ["search", "the"], ["search", "client"], ["search", "date"]):
        code, _, err = run(capsys, "--db", str(bad), *argv)
        if code:  # the flipped bytes may miss what a command reads
            failed.append(one_error_line(err))
    assert failed and all(m.startswith("candor: The database is damaged") for m in failed)
