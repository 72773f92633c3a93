"""Shared helpers of the command-line tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cli import main
from storage.store import Store

ROOT = Path(__file__).resolve().parents[2]
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
    "contact",
    "client_email",
    "language",
    "letter_sent_at",
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
