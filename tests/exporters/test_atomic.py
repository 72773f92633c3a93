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


# --------------------------------------------------------------------------- targets
def test_a_symlink_is_never_written_through_or_replaced(tmp_path: Path, letter) -> None:
    from exporters.atomic import UnsafeTarget

    real = tmp_path / "real.docx"
    real.write_bytes(b"earlier")
    link = tmp_path / "letter.docx"
    link.symlink_to(real)
    with pytest.raises(UnsafeTarget, match="symbolic link") as info:
        write_letter(letter, link)
    assert (info.value.path, info.value.kind) == (link, "a symbolic link")
    assert "\n" not in str(info.value)
    assert link.is_symlink() and real.read_bytes() == b"earlier"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.docx", "real.docx"]


def test_a_fifo_is_refused(tmp_path: Path) -> None:
    from exporters.atomic import UnsafeTarget

    fifo = tmp_path / "out.md"
    os.mkfifo(fifo)
    with pytest.raises(UnsafeTarget, match="named pipe"):
        atomic_write_bytes(fifo, b"x", replace_read_only=True)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="no /dev/null")
def test_a_device_is_refused() -> None:
    from exporters.atomic import UnsafeTarget, check_target

    with pytest.raises(UnsafeTarget, match="is a device, not a regular file"):
        check_target("/dev/null", replace_read_only=True)
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


def test_a_read_only_file_needs_the_users_yes(tmp_path: Path, letter) -> None:
    """The window catches ReadOnlyTarget, asks, and writes again with the user's yes."""
    from exporters.atomic import ReadOnlyTarget, replacing_read_only

    target = tmp_path / "letter.docx"
    target.write_bytes(b"signed")
    target.chmod(0o444)
    with pytest.raises(ReadOnlyTarget, match="read-only") as info:
        write_letter(letter, target)
    assert info.value.path == target and isinstance(info.value, ExportError)
    assert target.read_bytes() == b"signed" and stat.S_IMODE(target.stat().st_mode) == 0o444
    with replacing_read_only():
        write_letter(letter, target)
    assert target.read_bytes().startswith(b"PK")
    target.chmod(0o444)
    with pytest.raises(ReadOnlyTarget):  # the yes was for that one write only
        write_letter(letter, target)
    atomic_write_bytes(target, b"again", replace_read_only=True)
    assert target.read_bytes() == b"again"
    assert [p.name for p in tmp_path.iterdir()] == ["letter.docx"]


def test_write_document_checks_the_target_before_composing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from domain import compose
    from exporters.atomic import ReadOnlyTarget
    from exporters.documents import LETTER, write_document

    def never(*args, **kwargs):
        raise AssertionError("composed a letter for a target that is refused")

    target = tmp_path / "letter.md"
    target.write_text("signed")
    target.chmod(0o444)
    with monkeypatch.context() as patch:
        patch.setattr(compose, "compose_letter", never)
        with pytest.raises(ReadOnlyTarget):
            write_document(LETTER, "md", sample_call(), LIB.get("generic"), profile(), target)
    written = write_document(
        LETTER, "md", sample_call(), LIB.get("generic"), profile(), target, None, True
    )
    assert written == target and "Northwind" in target.read_text(encoding="utf-8")
