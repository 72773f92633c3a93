"""Write export files atomically, with one-line errors a person can act on.

A file is written to a temporary name in the target folder, flushed to disk,
then renamed over the target in one step, so a crash, a full disk or a locked
target never leaves a half-written file or destroys an earlier good one.

Only regular files are written (check_target): a symbolic link, a device, a named
pipe or a socket at the target is refused with UnsafeTarget and left as it was
(the rename would replace it, and as root even /dev/full). A read-only file is
refused with ReadOnlyTarget unless the caller has asked the user: pass
replace_read_only=True, or write inside `with replacing_read_only():` (what
exporters.documents.write_document does for its replace_read_only argument), so
the window can catch ReadOnlyTarget, ask "overwrite the read-only file?", and try
again, and the command line can say to add --force.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path

PUBLIC_MODE = 0o644
PRIVATE_MODE = 0o600


class ExportError(Exception):
    """An export that did not happen; str() is one line fit for a dialog or stderr."""


class UnsafeTarget(ExportError):
    """The target exists and is not a regular file (a link, device, pipe or socket).

    Never written, whatever the user says: `kind` names what it is."""

    def __init__(self, path: Path, kind: str):
        self.path, self.kind = Path(path), kind
        super().__init__(
            f"{_one_line(str(path))} is {kind}, not a regular file; "
            "Candor writes only regular files, so choose another file name."
        )


class ReadOnlyTarget(ExportError):
    """The target is a read-only file: replaced only when the user says so
    (replace_read_only=True; `--force` on the command line). `path` is the file."""

    def __init__(self, path: Path):
        self.path = Path(path)
        super().__init__(f"{_one_line(str(path))} is a read-only file.")


# Set by replacing_read_only(): the user has agreed to replace read-only targets.
_REPLACE_READ_ONLY: ContextVar[bool] = ContextVar("replace_read_only", default=False)


@contextlib.contextmanager
def replacing_read_only(allowed: bool = True) -> Iterator[None]:
    """Within this block (this thread), writes may replace a read-only file."""
    token = _REPLACE_READ_ONLY.set(allowed)
    try:
        yield
    finally:
        _REPLACE_READ_ONLY.reset(token)


_KINDS = (
    (stat.S_ISLNK, "a symbolic link"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
)


def is_read_only(path: Path, st: os.stat_result) -> bool:
    """No write permission bit at all (0444), or none for this user (root aside)."""
    return not st.st_mode & 0o222 or not os.access(path, os.W_OK)


def check_target(path: str | os.PathLike[str], replace_read_only: bool = False) -> None:
    """Refuse a target that is not a new or regular file (UnsafeTarget), a folder
    (ExportError) or, unless `replace_read_only`, a read-only file (ReadOnlyTarget).
    The target is only looked at (lstat: a link is not followed), never opened."""
    target = Path(path)
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise ExportError(explain(exc, target)) from exc
    for test, kind in _KINDS:
        if test(st.st_mode):
            raise UnsafeTarget(target, kind)
    if stat.S_ISDIR(st.st_mode):
        raise ExportError(f"{_one_line(str(target))} is a folder, not a file.")
    if not stat.S_ISREG(st.st_mode):
        raise UnsafeTarget(target, "not a file")
    if is_read_only(target, st):
        if not (replace_read_only or _REPLACE_READ_ONLY.get()):
            raise ReadOnlyTarget(target)
        if os.name == "nt":  # Windows will not rename over a read-only file
            with contextlib.suppress(OSError):
                os.chmod(target, stat.S_IWRITE | stat.S_IREAD)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def explain(exc: OSError, path: Path) -> str:
    where = _one_line(str(path))
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return f"Not enough disk space to save {where}."
    if code == errno.EROFS:
        return f"The folder of {where} is read-only."
    if code in (errno.EACCES, errno.EPERM):
        return f"No permission to write {where}; choose another folder."
    if code in (errno.EBUSY, errno.ETXTBSY) or getattr(exc, "winerror", None) in (32, 33):
        return f"{where} is open in another program; close it and try again."
    if code == errno.ENAMETOOLONG:
        return f"The file name is too long: {where}."
    if code == errno.EISDIR:
        return f"{where} is a folder, not a file."
    return f"Could not save {where}: {_one_line(exc.strerror or str(exc))}."


def atomic_write_bytes(
    path: str | os.PathLike[str],
    data: bytes,
    private: bool = False,
    replace_read_only: bool = False,
) -> Path:
    """Write `data` to `path` all-or-nothing. Private files are readable by the owner alone.

    Only a new or an existing regular file is written (check_target)."""
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"The folder does not exist: {_one_line(str(folder))}.")
    check_target(target, replace_read_only)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name[:80]}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, PRIVATE_MODE if private else PUBLIC_MODE)
        os.replace(tmp, target)
        tmp = None
        _fsync_dir(folder)
    except OSError as exc:
        raise ExportError(explain(exc, target)) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return target


def atomic_write_text(
    path: str | os.PathLike[str], text: str, private: bool = False, replace_read_only: bool = False
) -> Path:
    """UTF-8 text; the caller has already made it valid Unicode (safe_text.clean_text)."""
    return atomic_write_bytes(path, text.encode("utf-8"), private, replace_read_only)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; Windows has no directory handles)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
