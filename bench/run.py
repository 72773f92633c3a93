"""`make bench`: measure every quality bar of DESIGN.md and write docs/benchmarks.md.

Builds (once, cached in bench/cache) demo databases of 1,000, 10,000 and 50,000
calls, measures each figure over several runs (medians, and p95/p99 where the bar
names them), and writes the table. Qt runs offscreen in every child process so
the figures do not depend on a window manager. CANDOR_BENCH_SIZES="1000 10000"
limits the sizes (10,000 is always measured: the bars are set there).
bench/team_bench.py adds the team's section (CANDOR_BENCH_TEAM=0 leaves it out).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import cli_startup, export_bench, startup, storage_bench, tone_bench  # noqa: E402
from bench.common import ROOT, demo_db, machine, working_copy  # noqa: E402

REFERENCE = 10_000
OUT = ROOT / "docs" / "benchmarks.md"


def sizes() -> list[int]:
    chosen = os.environ.get("CANDOR_BENCH_SIZES", "1000 10000 50000").split()
    return sorted({int(s) for s in chosen} | {REFERENCE})


def _child_json(args: list[str]) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _number(text: str, index: int = 0) -> float:
    return float(re.findall(r"[\d.]+", text)[index])


def review_figures(db: Path) -> dict[str, float]:
    """History open, scroll, memory (from bench/review_bench.py in its own process)."""
    data = _child_json(["bench/review_bench.py", str(db), "--json"])
    rows = {name: value for name, value, _note in data["rows"]}
    return {
        "history_open_ms": _number(rows["history: open (load + model + first paint)"]),
        "scroll_step_ms": _number(rows["history: scroll top to bottom, per page"]),
        "rss_mb": _number(rows["memory: VmRSS, DB + history open"]),
        "rss_all_mb": _number(rows["memory: VmRSS, all review screens"]),
        "typing_stall_ms": _number(rows["search: longest UI-thread stall while typing"]),
        "notes": data["notes"],
    }


def measure(size: int, full: bool) -> dict[str, float]:
    db = demo_db(size)
    print(f"measuring {size:,} calls …", flush=True)
    figures: dict[str, float] = {"file_mb": db.stat().st_size / 1e6}
    bare, candor, ratio = startup.startup_ratio(db, runs=7 if full else 5)
    figures.update(bare_s=bare, candor_s=candor, startup_ratio=ratio)
    latency = storage_bench.commit_latency(db, count=1000 if full else 300)
    for name, (p50, p99) in latency.items():
        figures[f"commit_{name}_p50"] = p50
        figures[f"commit_{name}_p99"] = p99
    figures["commit_p99_worst"] = max(p99 for _p50, p99 in latency.values())
    p50, p95, _hits = storage_bench.search_latency(db)
    figures.update(search_p50=p50, search_p95=p95)
    figures.update(review_figures(db))
    if full:
        runs = [
            _child_json(["-m", "bench.live_bench", str(working_copy(db, f"live{n}"))])
            for n in range(3)
        ]
        figures["live_stall_ms"] = max(run["max_gap_ms"] for run in runs)
        figures["live_p99_gap_ms"] = max(run["p99_gap_ms"] for run in runs)
        busy = _child_json(["-m", "bench.live_bench", str(working_copy(db, "busy")), "300"])
        figures["live_busy_stall_ms"] = busy["max_gap_ms"]
        exports = export_bench.export_times()
        figures["export_record_ms"] = exports["record"]
        figures["export_letter_ms"] = exports["letter"]
    return figures


def verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def write_report(results: dict[int, dict[str, float]], started: float) -> str:
    ref = results[REFERENCE]
    bars = [
        (
            "Start-up to an interactive window",
            "≤ 1.5 × a bare PySide6 window",
            f"{ref['startup_ratio']:.2f} × ({ref['candor_s'] * 1000:.0f} ms vs "
            f"{ref['bare_s'] * 1000:.0f} ms, medians of 7)",
            ref["startup_ratio"] <= 1.5,
        ),
        (
            "Note, reaction, tick, next step committed (fsync'd)",
            "p99 ≤ 10 ms",
            ", ".join(
                f"{n} {ref[f'commit_{n}_p50']:.2f}/{ref[f'commit_{n}_p99']:.2f}"
                for n in ("note", "reaction", "tick", "next step")
            )
            + " ms (p50/p99, 1,000 each)",
            ref["commit_p99_worst"] <= 10,
        ),
        (
            "Search (50 fixed queries × 3)",
            "p95 < 50 ms",
            f"p50 {ref['search_p50']:.1f} ms, p95 {ref['search_p95']:.1f} ms",
            ref["search_p95"] < 50,
        ),
        (
            "History of 10k calls opens",
            "< 200 ms",
            f"{ref['history_open_ms']:.0f} ms (load + model + first paint, median of 5)",
            ref["history_open_ms"] < 200,
        ),
        (
            "History scrolls without stalls",
            "no step > 50 ms",
            f"longest page step {ref['scroll_step_ms']:.1f} ms",
            ref["scroll_step_ms"] <= 50,
        ),
        (
            "Word export of a call with 500 notes",
            "< 200 ms, off the UI thread",
            f"internal record {ref['export_record_ms']:.0f} ms, letter "
            f"{ref['export_letter_ms']:.0f} ms (medians of 7)",
            ref["export_record_ms"] < 200,
        ),
        (
            "Resident memory, 10k-call database open",
            "< 200 MB",
            f"{ref['rss_mb']:.0f} MB with History open; {ref['rss_all_mb']:.0f} MB with "
            "every review screen",
            ref["rss_all_mb"] < 200,
        ),
        (
            "UI thread never blocks during a live call",
            "≤ 50 ms",
            f"longest stall {ref['live_stall_ms']:.0f} ms over three runs (p99 gap "
            f"{ref['live_p99_gap_ms']:.1f} ms) of 120 typed notes and 24 reactions; "
            f"{ref['live_busy_stall_ms']:.0f} ms with every commit slowed by 300 ms",
            max(ref["live_stall_ms"], ref["live_busy_stall_ms"]) <= 50,
        ),
    ]
    lines = [
        "# Benchmarks",
        "",
        f"Measured by `make bench` on {date.today():%d %B %Y}, in "
        f"{(time.perf_counter() - started) / 60:.1f} minutes.",
        "",
        f"Machine: {machine()}. Qt ran offscreen (`QT_QPA_PLATFORM=offscreen`).",
        "",
        f"Database: `demo --calls {REFERENCE}` (seed 7): {int(ref['notes']):,} notes, "
        f"{ref['file_mb']:.0f} MB.",
        "",
        "| bar | target | measured | verdict |",
        "|---|---|---|---|",
    ]
    lines += [f"| {bar} | {target} | {got} | {verdict(ok)} |" for bar, target, got, ok in bars]
    lines += [
        "",
        "## How the figures grow",
        "",
        "| calls | file | start-up ratio | commit p99 (worst kind) | search p50 / p95 "
        "| history open | memory (history) |",
        "|---|---|---|---|---|---|---|",
    ]
    for size, f in sorted(results.items()):
        lines.append(
            f"| {size:,} | {f['file_mb']:.0f} MB | {f['startup_ratio']:.2f} × "
            f"| {f['commit_p99_worst']:.2f} ms | {f['search_p50']:.1f} / {f['search_p95']:.1f} ms "
            f"| {f['history_open_ms']:.0f} ms | {f['rss_mb']:.0f} MB |"
        )
    lines += ["", "## Notes", "", *NOTES, "", "## Start-up: why the bar is missed", "", *STARTUP]
    lines += ["", tone_bench.section()]
    lines.append(cli_startup.section())  # the tone section ends in a newline already
    lines.append("")
    return "\n".join(lines)


NOTES = [
    "- Start-up: each run is a fresh Python process timed from spawn until a zero-delay"
    " timer fires on the event loop's first pass after the window is shown; the bare"
    " window is a `QMainWindow` started the same way. Runs alternate between the two.",
    "- Commit latency: `Store.entries.add_*` on a copy of the demo database, WAL with"
    " `synchronous=FULL`, so each figure includes the fsync.",
    "- Search: notes and next steps are ranked among the newest 2,000 matches of a"
    " query, call subjects, prep and follow-up among theirs; common words (the, for…)"
    " are left out of multi-word queries. See storage/search.py.",
    "- Live-call stall: a 5 ms heartbeat timer in the real window while notes are typed"
    " key by key and reactions pressed (bench/live_bench.py); the figure is the longest"
    " gap minus the 5 ms period.",
    "- Memory: VmRSS of the process with the database open and the History page"
    " showing all calls (bench/review_bench.py).",
    "- Word export: composing and writing the internal record and the letter of a call"
    " with 500 notes and 50 reactions, as the export thread does (bench/export_bench.py;"
    " alone: `python -m bench.export_bench`). The record's table rows are copies of one"
    " prepared row and each style is looked up once per document (exporters/docx.py).",
    "- Sample data: `python main.py --db FILE demo --calls N` prints how long it took;"
    " a worker thread generates the calls while the batch before is written, each"
    " statement inserts thousands of rows (see storage/demo_writer.py for why).",
]


STARTUP = [
    "Candor's own share of start-up, on this machine with the 10,000-call database"
    " (`QT_QPA_PLATFORM=offscreen`, quiet machine, typical of five runs): style sheet"
    " 8-12 ms, importing the storage and domain modules 36-42 ms, importing the window's"
    " modules about 40 ms, building the window, menus, banner and home page about 27 ms,"
    " loading the home page's 200 recent calls 17 ms, first show 9.5 ms; opening the"
    " database itself 1.4 ms. Python and PySide6's own import (about 80 ms) is shared"
    " with the bare window.",
    "",
    "What was done: prepare, live, wrap-up, history, search, client, board and detail"
    " pages are built (and their modules imported) on first use; sqlite-utils is"
    " imported only for migrations (80 ms); an index serves the newest calls and a"
    " partial index the check-ins owed; the daily backup starts 2 s after the window;"
    " the X-library check no longer runs ldconfig. The ratio went from 5.0 x to 2.3-2.4 x.",
    "",
    "What is left is mostly fixed cost: every Python module costs 1-2 ms to import and"
    " PySide6 creates each Qt class and enum on first use (about 0.3 ms each), and a"
    " window with menus, a banner and a table uses well over a hundred of them where"
    " the bare `QMainWindow` uses a handful. Reaching 1.5 x (about 60 ms over a bare"
    " window) would mean showing a stripped placeholder window first and building the"
    " real one after, which only moves the wait to the first key press; we chose not to"
    " game the measurement that way. In absolute terms the window is interactive about"
    " 0.3 s after launch.",
]


def main() -> int:
    started = time.perf_counter()
    results = {size: measure(size, full=size == REFERENCE) for size in sizes()}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(write_report(results, started), encoding="utf-8")
    if os.environ.get("CANDOR_BENCH_TEAM", "1") != "0":  # its own PostgreSQL; ~10 minutes
        from bench import team_bench

        team_bench.main(["--write"])
    print(OUT.read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
