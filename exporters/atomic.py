"""Write export files atomically, with one-line errors a person can act on.

A file is written to a temporary name in the target folder, flushed to disk,
then renamed over the target in one step, so a crash, a full disk or a locked
target never leaves a half-written file or destroys an earlier good one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

PUBLIC_MODE = 0o644
PRIVATE_MODE = 0o600


class ExportError(Exception):
    """An export that did not happen; str() is one line fit for a dialog or stderr."""


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


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, private: bool = False) -> Path:
    """Write `data` to `path` all-or-nothing. Private files are readable by the owner alone."""
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"The folder does not exist: {_one_line(str(folder))}.")
    if target.is_dir():
        raise ExportError(f"{_one_line(str(target))} is a folder, not a file.")
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


def atomic_write_text(path: str | os.PathLike[str], text: str, private: bool = False) -> Path:
    """UTF-8 text; the caller has already made it valid Unicode (safe_text.clean_text)."""
    return atomic_write_bytes(path, text.encode("utf-8"), private=private)


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
