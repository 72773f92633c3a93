"""Export targets (issue 10, item 10): only regular files are written. A device, a
named pipe or a symbolic link is refused with one line and exit 1 and left exactly as
it was; a read-only file is overwritten only with --force."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.cli.helpers import one_call, one_error_line, run


@pytest.fixture
def call_db(tmp_path) -> tuple[Path, int]:
    db = tmp_path / "c.db"
    return db, one_call(db, steps=[("Ship parts", "us", None)])


def export(capsys, db: Path, call_id: int, target: Path | str, *extra: str):
    return run(capsys, "--db", str(db), "export", str(call_id), "-o", str(target), *extra)


def _refused(code: int, out: str, err: str, what: str) -> str:
    assert (code, out) == (1, "")
    message = one_error_line(err)
    assert what in message and "not a regular file" in message
    return message


@pytest.mark.parametrize("fmt", ["md", "docx"])
def test_a_symlink_target_is_refused_and_left_alone(call_db, tmp_path, capsys, fmt):
    db, call_id = call_db
    real = tmp_path / "real.txt"
    real.write_text("keep me")
    link = tmp_path / f"letter.{fmt}"
    link.symlink_to(real)
    for force in ((), ("--force",)):
        _refused(*export(capsys, db, call_id, link, *force), "symbolic link")
        assert link.is_symlink() and os.readlink(link) == str(real)
        assert real.read_text() == "keep me"


def test_a_dangling_symlink_is_refused_too(call_db, tmp_path, capsys):
    db, call_id = call_db
    link = tmp_path / "letter.md"
    link.symlink_to(tmp_path / "nowhere.md")
    _refused(*export(capsys, db, call_id, link), "symbolic link")
    assert link.is_symlink() and not (tmp_path / "nowhere.md").exists()


def test_a_fifo_is_refused_and_never_opened(call_db, tmp_path, capsys):
    db, call_id = call_db
    fifo = tmp_path / "letter.md"
    os.mkfifo(fifo)
    _refused(*export(capsys, db, call_id, fifo, "--force"), "named pipe")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.db", "letter.md"]


@pytest.mark.parametrize("device", ["/dev/null", "/dev/full"])
def test_a_device_is_refused_and_left_a_device(call_db, capsys, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    db, call_id = call_db
    before = os.lstat(device)
    for extra in ((), ("--format", "txt"), ("--force",)):
        message = _refused(*export(capsys, db, call_id, device, *extra), "a device")
        assert device in message
    after = os.lstat(device)
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_rdev, after.st_ino) == (before.st_rdev, before.st_ino)
    assert not [p for p in os.listdir("/dev") if p.startswith(f".{Path(device).name}.")]


@pytest.mark.parametrize("fmt", ["md", "txt", "docx"])
def test_a_read_only_file_is_overwritten_only_with_force(call_db, tmp_path, capsys, fmt):
    db, call_id = call_db
    target = tmp_path / f"letter.{fmt}"
    target.write_bytes(b"the signed copy")
    target.chmod(0o444)
    code, out, err = export(capsys, db, call_id, target)
    assert (code, out) == (1, "")
    message = one_error_line(err)
    assert "read-only" in message and "--force" in message and str(target) in message
    assert target.read_bytes() == b"the signed copy"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["c.db", target.name])

    code, out, err = export(capsys, db, call_id, target, "--force")
    assert code == 0, err
    assert Path(out.strip()) == target and target.read_bytes() != b"the signed copy"
    assert target.is_file() and not target.is_symlink()


def test_a_writable_file_is_replaced_without_force(call_db, tmp_path, capsys):
    db, call_id = call_db
    target = tmp_path / "letter.md"
    target.write_text("old draft")
    code, _, err = export(capsys, db, call_id, target)
    assert code == 0, err
    assert "Late parts" in target.read_text(encoding="utf-8")
