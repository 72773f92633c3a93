"""No command: the window. Qt loads here and nowhere else on the command line's way in."""

from __future__ import annotations

import argparse
from pathlib import Path

from cli.common import CliError


def cmd_window(args: argparse.Namespace, db_path: Path) -> int:
    try:
        from ui.app import run_window
    except ImportError as exc:
        raise CliError(f"the window cannot start: {exc}") from exc
    return int(run_window(db_path) or 0)
