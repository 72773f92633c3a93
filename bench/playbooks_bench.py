"""Playbook checks and saves, timed: `python -m bench.playbooks_bench` (not part of
`make bench`; figures are medians of several runs, printed, for docs and reports).

- reading and checking a shipped playbook (the first use of each scenario);
- refusing the files issue 14 measured: 100 KB of nested arrays, a 10 MB file, a
  checklist of 15,000 items under the size limit;
- saving an edited playbook on a database of N demo calls (the checklist it replaces is
  noted once, for the calls that stored none: one row, whatever N).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from domain.playbook_check import parse_playbook
from domain.playbooks import SHIPPED_DIR, PlaybookError, PlaybookLibrary, read_playbook_file


def median_ms(work, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def refused(path: Path) -> None:
    try:
        read_playbook_file(path)
    except PlaybookError:
        return
    raise SystemExit(f"{path} was not refused")


def main(calls: int = 10_000) -> int:
    text = (SHIPPED_DIR / "delivery_delay.toml").read_text(encoding="utf-8")
    print(f"parse and check a shipped playbook: {median_ms(lambda: parse_playbook(text)):.2f} ms")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        nested = root / "nested.toml"
        nested.write_text('id = "x"\nname = "x"\njargon = ' + "[" * 50_000 + "]" * 50_000)
        huge = root / "huge.toml"
        huge.write_bytes(text.encode() + b"# padding\n" * 1_000_000)
        many = root / "many.toml"
        block = '[[checklist]]\nid = "i{n}"\nsection = "facts"\ntext = "Say it {n}"\n'
        many.write_text(
            'id = "x"\nname = "x"\n' + "".join(block.format(n=n) for n in range(15_000))
        )
        for label, path in (("100 KB nested arrays", nested), ("10 MB file", huge),
                            ("15,000 items", many)):  # fmt: skip
            print(f"refuse {label}: {median_ms(lambda p=path: refused(p)):.1f} ms")

        from storage.demo_writer import write_demo
        from storage.playbook_files import save_playbook
        from storage.store import Store

        with Store(root / "data" / "candor.db") as store:
            write_demo(store, calls=calls, seed=1)
            library = PlaybookLibrary(root / "data" / "playbooks")
            base = library.get("outage")
            started = time.perf_counter()
            save_playbook(library, store.db, replace(base, name="Ours 0"))
            first = (time.perf_counter() - started) * 1000
            counter = iter(range(1, 100))
            later = median_ms(
                lambda: save_playbook(
                    library, store.db, replace(base, name=f"Ours {next(counter)}")
                )
            )
            print(
                f"save an edited playbook, {calls} calls: first {first:.1f} ms, then {later:.1f} ms"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))
