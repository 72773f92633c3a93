"""The command line: export of letters, records and reminders, and the tone review."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from tests.cli.helpers import (
    ROOT,
    one_call,
    one_error_line,
    run,
)


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


def lang_call(db: Path) -> int:
    """One ended call to a German-speaking client, with a contact and a dated step."""
    from datetime import date

    from domain.model import Contact
    from storage.store import Store

    call_id = one_call(db, steps=[("Send the parts list", "us", date(2026, 12, 4))])
    with Store(db) as store:
        call = store.calls.get(call_id)
        store.calls.set_client_language(call.client.id, "de")
        store.calls.set_contact(call_id, call.client.id, Contact("Jonas Weber", "", "Herr Weber"))
    return call_id


def test_export_lang_overrides_the_calls_language(tmp_path, capsys):
    db = tmp_path / "l.db"
    call_id = lang_call(db)
    base = ["--db", str(db), "export", str(call_id)]
    german = tmp_path / "de.txt"
    assert run(capsys, *base, "-o", str(german))[0] == 0  # the client's language
    text = german.read_text(encoding="utf-8")
    assert text.startswith("Betreff: Late parts: neuer Liefertermin und Plan")
    assert "Sehr geehrter Herr Weber," in text
    assert "bis Fr., 04.12.2026" in text
    for lang, greeting in (("en", "Dear Herr Weber,"), ("fr", "Bonjour Herr Weber,")):
        target = tmp_path / f"{lang}.md"
        code, out, err = run(capsys, *base, "--lang", lang, "-o", str(target))
        assert code == 0, err
        assert greeting in target.read_text(encoding="utf-8")
    docx_target = tmp_path / "nl.docx"
    assert run(capsys, *base, "--lang", "nl", "-o", str(docx_target))[0] == 0
    import docx

    doc = docx.Document(str(docx_target))
    assert [c.text for c in doc.tables[0].rows[0].cells] == ["Stap", "Verantwoordelijk", "Datum"]


def test_export_unknown_lang_is_bad_usage(tmp_path, capsys):
    db = tmp_path / "l.db"
    call_id = lang_call(db)
    target = tmp_path / "x.docx"
    code, out, err = run(
        capsys, "--db", str(db), "export", str(call_id), "--lang", "xx", "-o", str(target)
    )
    assert (code, out) == (2, "")
    assert "--lang" in err and "invalid choice" in err and "de" in err
    assert not target.exists()
    argv = ["--db", str(db), "export", str(call_id), "--internal", "--lang", "de"]
    assert run(capsys, *argv, "-o", str(tmp_path / "r.md"))[0] == 2


def test_export_email_draft(tmp_path, capsys):
    from email import message_from_bytes, policy

    db = tmp_path / "l.db"
    call_id = lang_call(db)
    base = ["--db", str(db), "export", str(call_id)]
    by_suffix = tmp_path / "draft.eml"
    code, out, err = run(capsys, *base, "-o", str(by_suffix))  # the format from the name
    assert code == 0, err
    assert Path(out.strip()) == by_suffix
    msg = message_from_bytes(by_suffix.read_bytes(), policy=policy.default)
    assert msg["X-Unsent"] == "1"
    assert msg["Subject"] == "Late parts: neuer Liefertermin und Plan"
    assert msg["To"] is None  # neither the contact nor the client has an address
    assert msg.get_body(("plain",)).get_content().startswith("Sehr geehrter Herr Weber,")
    named = tmp_path / "draft.txt"
    code, _, err = run(capsys, *base, "--format", "eml", "--lang", "en", "-o", str(named))
    assert code == 0, err
    msg = message_from_bytes(named.read_bytes(), policy=policy.default)
    assert msg["Subject"] == "Late parts: new delivery date and plan"
    (attachment,) = msg.iter_attachments()
    assert attachment.get_filename().endswith(".docx")
    code, _, err = run(capsys, *base, "--internal", "-o", str(tmp_path / "record.eml"))
    assert code == 2 and "never emailed" in err
