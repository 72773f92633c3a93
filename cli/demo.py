"""`demo`: fill a database with sample calls (the demo generator loads only here)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from cli.common import CliError


def cmd_demo(args: argparse.Namespace, db_path: Path) -> int:
    from storage.demo_writer import write_demo
    from storage.store import Store

    started = time.perf_counter()
    with Store(db_path) as store:
        existing = store.calls.count()
        if existing and not args.append:
            raise CliError(
                f"{db_path} already holds {existing} calls; sample data would mix with them "
                "(use --append to add it anyway, or --db to fill another file)"
            )
        show = sys.stderr.isatty()

        def progress(done: int) -> None:
            if show:
                print(f"\r{done}/{args.calls} sample calls written", end="", file=sys.stderr)

        written = write_demo(store, args.calls, args.seed, progress)
        if show and written:
            print(file=sys.stderr)
    seconds = time.perf_counter() - started
    print(f"Added {written} sample calls to {db_path} in {seconds:.1f} s.")
    return 0
