"""A failed export leaves any earlier file intact and says why in one line."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from domain.compose import compose_letter
from domain.playbooks import PlaybookLibrary
from domain.record import compose_internal_record
from exporters import atomic
from exporters.atomic import ExportError, atomic_write_bytes
from exporters.docx import write_internal_record, write_letter
from tests.exporters.sample_call import profile, sample_call

LIB = PlaybookLibrary(user_dir=None)


@pytest.fixture
def letter():
    return compose_letter(sample_call(), LIB.get("delivery_delay"), profile())


def fail_replace(code: int):
    def replace(src, dst):
        raise OSError(code, os.strerror(code))

    return replace


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (errno.ENOSPC, "Not enough disk space"),
        (errno.EACCES, "No permission"),
        (errno.EBUSY, "open in another program"),
        (errno.EROFS, "read-only"),
        (errno.EIO, "Could not save"),
    ],
)
def test_failed_replace_keeps_earlier_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, letter, code: int, message: str
) -> None:
    target = tmp_path / "letter.docx"
    target.write_bytes(b"earlier good file")
    monkeypatch.setattr(atomic.os, "replace", fail_replace(code))
    with pytest.raises(ExportError, match=message) as info:
        write_letter(letter, target)
    assert "\n" not in str(info.value)
    assert target.read_bytes() == b"earlier good file"
    assert [p.name for p in tmp_path.iterdir()] == ["letter.docx"]


def test_failed_write_midway_removes_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")

    def no_fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", no_fsync)
    with pytest.raises(ExportError, match="disk space"):
        atomic_write_bytes(target, b"new" * 1000)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder(tmp_path: Path, letter) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "letter.docx"
    target.write_bytes(b"earlier")
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="permission"):
            write_letter(letter, target)
        assert target.read_bytes() == b"earlier"
        assert [p.name for p in folder.iterdir()] == ["letter.docx"]
    finally:
        folder.chmod(0o700)


def test_missing_folder(tmp_path: Path, letter) -> None:
    with pytest.raises(ExportError, match="folder does not exist"):
        write_letter(letter, tmp_path / "nope" / "letter.docx")


def test_target_is_a_folder(tmp_path: Path, letter) -> None:
    (tmp_path / "letter.docx").mkdir()
    with pytest.raises(ExportError, match="is a folder"):
        write_letter(letter, tmp_path / "letter.docx")


def test_overwrite_replaces_content_and_record_stays_private(tmp_path: Path) -> None:
    target = tmp_path / "record.docx"
    target.write_bytes(b"old")
    target.chmod(0o644)
    record = compose_internal_record(sample_call(), LIB.get("delivery_delay"))
    write_internal_record(record, target)
    assert target.read_bytes().startswith(b"PK")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_unwritable_folder_simulated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, letter
) -> None:
    """Same as the read-only folder case, for runs as root (which ignores permissions)."""
    target = tmp_path / "letter.docx"
    target.write_bytes(b"earlier")

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError, match="No permission to write"):
        write_letter(letter, target)
    assert target.read_bytes() == b"earlier"
