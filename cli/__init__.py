"""The command line: open the window, or run one action on the database and exit.

Exit status is part of the contract (DESIGN.md): 0 on success, 2 on bad usage
(argparse), 1 on any other error with one line on stderr, 130 on Ctrl+C.
Expected failures (a refused file, a missing call, a bad export target) never
print a traceback; set CANDOR_DEBUG=1 to see one for an unexpected error.

`candor list` should answer about as fast as Python starts, so only the parser
loads up front: each command's module (cli.calls, cli.review, ...) and the layers
it uses (storage, the tone rules, python-docx, Qt) load when that command runs.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence

from cli.common import CliError, error
from cli.parser import build_parser, handler_of, opens_database, validate

__all__ = ["main", "run"]


def run() -> int:
    """The program's entry (main.py, the `candor` script): main(), then the exit status.

    Everything a command made goes with the process a moment later, so the garbage
    collector's last passes over it at exit are skipped (gc.freeze): 5-7 ms of
    `candor review` after the tone rules' data is loaded, a tenth of Python's own start.
    Objects are still released as usual; only cycles are left to the exit. The window's
    shutdown is left as it was.
    """
    code = main()
    if "cli.window" not in sys.modules:
        import gc

        gc.freeze()
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command line; return the exit status (never raises for expected errors)."""
    _tolerant_output()
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
        validate(parser, args)
    except SystemExit as exc:  # --help (0) or bad usage (2), already printed
        return exc.code if isinstance(exc.code, int) else 2
    try:
        db_path = None  # `review` and the desktop options open no database: no
        if opens_database(args):  # platformdirs, no storage
            from storage.paths import resolve_db_path

            db_path = resolve_db_path(args.db)
        return handler_of(args)(args, db_path)
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 1
    except _expected_errors() as exc:
        error(str(exc))
    except OSError as exc:
        error(_os_message(exc))
    except Exception as exc:  # a bug: still one line, the traceback on request
        if os.environ.get("CANDOR_DEBUG"):
            import traceback

            traceback.print_exc()
        error(f"unexpected error: {type(exc).__name__}: {exc}")
    return 1


def _expected_errors() -> tuple[type[Exception], ...]:
    """The failures each layer words for a user (storage's include every SQLite error).

    Evaluated only when an exception is on its way out, so a command that fails in
    none of these layers never pays for importing them.
    """
    from domain.invitations import InvitationError
    from domain.playbooks import PlaybookError
    from exporters.atomic import ExportError
    from storage.errors import StorageError

    return (CliError, StorageError, ExportError, PlaybookError, InvitationError)


def _os_message(exc: OSError) -> str:
    what = exc.strerror or str(exc)
    return f"{what}: {exc.filename}" if exc.filename else what


def _tolerant_output() -> None:
    """A console that cannot show an emoji gets '?' rather than a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def _silence_stdout() -> None:
    """The reader went away (`candor list | head`): drop what is left unwritten."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
