"""`make bench`: measure every quality bar of DESIGN.md and issue 12 and write them into
docs/benchmarks.md, section by section (write_section: every other section stays).

Builds (once, cached in bench/cache, keyed by the schema version) demo databases of
10,000, 50,000 and 100,000 calls (seed 7), and measures at each size: start-up against a
bare PySide6 window (to the first painted frame), search in process and from the command
line, History, the board and a client page opening, resident memory with every screen
opened once, the file's size and the demo build. At the reference size (10,000 calls)
also commit latency, the live-call stall and the Word export. Then the other sections'
own writers: tone review, command-line start-up, size and backups, the team server
(bench/team_bench.py; CANDOR_BENCH_TEAM=0 leaves it out), and (when asked, as
they need more than this checkout) search before/after and the bundle.

    python -m bench.run [--sizes 10000 50000 100000] [--sections scale tone cli size]

CANDOR_BENCH_SIZES="10000 50000" chooses the sizes as --sizes does. Qt runs offscreen.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import export_bench, search_bench, startup, storage_bench  # noqa: E402
from bench.common import (  # noqa: E402
    REPORT,
    ROOT,
    demo_build,
    demo_db,
    load,
    machine,
    median,
    working_copy,
    write_section,
)

REFERENCE = 10_000
SIZES = (10_000, 50_000, 100_000)
STARTUP_PAIRS = 25  # bare and Candor, interleaved: the median of each (a shared, noisy machine)
SECTIONS = ("scale", "tone", "cli", "size", "team")  # by default; also "search" and "dist"
SUMMARY = "## Bars at scale (make bench)"
GROWTH = "## How the figures grow"
NOTES = "## How each figure is made"


def _child_json(args: list[str]) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _number(text: str) -> float:
    return float(re.findall(r"[\d.]+", text)[0])


# The longest stall of a run is a maximum over some 1,300 steps, and on a shared machine one
# step that waited for a core decides it: each figure is the median of this many runs (the
# runs' stalls are listed beside it).
REVIEW_RUNS = 3


def review_figures(db: Path) -> dict:
    """History, board and client page opening (bench/review_bench.py, its own process),
    each the median of REVIEW_RUNS runs; `stall_runs`: each run's longest stall."""
    runs = [_review_run(db) for _ in range(REVIEW_RUNS)]
    found: dict = {key: median([run[key] for run in runs]) for key in runs[0] if key != "notes"}
    found["notes"] = runs[0]["notes"]
    found["stall_runs"] = [run["stall_ms"] for run in runs if "stall_ms" in run]
    return found


def _review_run(db: Path) -> dict[str, float]:
    data = _child_json(["bench/review_bench.py", str(db), "--json"])
    rows = {name: value for name, value, _note in data["rows"]}
    wanted = {
        "history_open_ms": "history: open (load + model + first paint)",
        "scroll_step_ms": "history: scroll top to bottom, per page",
        "board_open_ms": "board: open (load + paint)",
        "stall_ms": "history: longest UI stall scrolling or sorting",
        "client_open_ms": "client page: open + paint (busiest client)",
        "rss_review_mb": "memory: VmRSS, all review screens",
    }
    found = {key: _number(rows[row]) for key, row in wanted.items() if row in rows}
    found["notes"] = data["notes"]
    return found


def measure(size: int) -> dict:
    db = demo_db(size)
    print(f"measuring {size:,} calls …", flush=True)
    figures: dict = {"file_mb": db.stat().st_size / 1e6, "build": demo_build(size)}
    figures.update(startup_figures(db, size))
    figures["search"] = search_bench.in_process(db)
    figures["search_cli"] = search_bench.from_command_line(db)
    print(f"  search {figures['search']['all']}", flush=True)
    figures.update(review_figures(db))
    screens = _child_json(["-m", "bench.screens_bench", str(db)])
    figures["rss_screens_mb"] = screens["rss_mb"]
    figures["screens"] = screens["steps"]
    print(f"  memory {figures['rss_screens_mb']:.0f} MB", flush=True)
    if size == REFERENCE:
        latency = storage_bench.commit_latency(db, count=1000)
        figures["commit"] = latency
        runs = [
            _child_json(["-m", "bench.live_bench", str(working_copy(db, f"live{n}"))])
            for n in range(3)
        ]
        figures["live_stall_runs"] = [run["max_gap_ms"] for run in runs]
        figures["live_stall_ms"] = median(figures["live_stall_runs"])
        exports = export_bench.export_times()
        figures["export_record_ms"] = exports["record"]
        figures["export_letter_ms"] = exports["letter"]
    return figures


def startup_figures(db: Path, size: int) -> dict:
    copy = working_copy(db, f"startup-{size}")  # start-up may write (upkeep, statistics)
    bare, candor = startup.startup_times(copy, runs=STARTUP_PAIRS)
    figures = {
        "bare_ms": median(bare) * 1000,
        "candor_ms": median(candor) * 1000,
        "startup_ratio": median(candor) / median(bare),
        "startup_ratios": sorted(c / b for b, c in zip(bare, candor, strict=True)),
        "startup_load": load(),
    }
    copy.unlink(missing_ok=True)
    print(f"  {size:,} calls: start-up {figures['startup_ratio']:.2f} x", flush=True)
    return figures


def verdict(ok: bool | None) -> str:
    return "" if ok is None else ("met" if ok else "**missed**")


def _ms(value: float | None) -> str:
    return "not measured" if value is None else f"{value:.0f} ms"


def _runs(figures: dict, key: str, runs: str) -> str:
    """A median and the runs it is the median of."""
    if key not in figures:
        return "not measured"
    each = figures.get(runs) or []
    if len(each) < 2:
        return _ms(figures[key])
    listed = ", ".join(f"{value:.0f}" for value in each)
    return f"{figures[key]:.0f} ms (median of {len(each)} runs: {listed} ms)"


def summary(results: dict[int, dict], started: float) -> str:
    """The bars at the largest size measured (issue 12 sets them at 100,000 calls)."""
    size = max(results)
    f = results[size]
    s, cli = f["search"], f["search_cli"]
    build = f["build"]
    rows = [
        (
            "search p95 (30 queries × 5)",
            "< 50 ms",
            " · ".join(f"{k} {v[1]:.1f}" for k, v in s.items()) + " ms",
            max(v[1] for k, v in s.items()) < 50,
        ),
        (
            "`candor search` p95 over `python -c pass`",
            "< 50 ms",
            f"{cli['diff_p95']:.0f} ms (p50 {cli['diff_p50']:.0f} ms)",
            cli["diff_p95"] < 50,
        ),
        ("History opens", "< 200 ms", _ms(f.get("history_open_ms")), _under(f, "history_open_ms")),
        (
            "client page opens",
            "< 200 ms",
            _ms(f.get("client_open_ms")),
            _under(f, "client_open_ms"),
        ),
        (
            "commitments board opens",
            "< 200 ms",
            _ms(f.get("board_open_ms")),
            _under(f, "board_open_ms"),
        ),
        (
            "History: longest UI-thread stall scrolling or sorting",
            "≤ 50 ms",
            _runs(f, "stall_ms", "stall_runs"),
            None if "stall_ms" not in f else f["stall_ms"] <= 50,
        ),
        (
            "start-up vs a bare PySide6 window (first painted frame)",
            "≤ 1.5 ×",
            f"{f['startup_ratio']:.2f} × ({f['candor_ms']:.0f} vs {f['bare_ms']:.0f} ms, "
            f"medians of {STARTUP_PAIRS})",
            f["startup_ratio"] <= 1.5,
        ),
        (
            "resident memory, every screen opened once",
            "< 200 MB",
            f"{f['rss_screens_mb']:.0f} MB",
            f["rss_screens_mb"] < 200,
        ),
        (
            f"`demo --calls {size}`",
            "< 3 minutes",
            (
                f"{build['seconds']:.0f} s ({build['cpu_s']:.0f} s of CPU; load average "
                f"{build['load']:.1f}; built {build['date']})"
                if build
                else "not measured (the cached file was built before build times were kept)"
            ),
            None if not build else build["seconds"] < 180,
        ),
        ("database file", "", f"{f['file_mb']:,.0f} MB", None),
    ]
    lines = [
        SUMMARY,
        "",
        f"Written by `make bench` (`python -m bench.run`) on {date.today():%d %B %Y} "
        f"({(time.perf_counter() - started) / 60:.1f} minutes; the figures of each size are "
        "those of the last run that measured it, kept in bench/cache/scale.json), "
        f"at {size:,} calls "
        f"(`demo --calls {size} --seed 7`, {f['notes']:,} notes). Machine: {machine()}; "
        f"Qt offscreen. Load average when start-up was measured: {f['startup_load']:.1f} "
        "(the machine is shared: other work ran beside the bench).",
        "",
        "| bar | target | measured | verdict |",
        "|---|---|---|---|",
    ]
    lines += [f"| {bar} | {target} | {got} | {verdict(ok)} |" for bar, target, got, ok in rows]
    lines.append("")
    return "\n".join(lines)


def _under(f: dict, key: str) -> bool | None:
    return None if key not in f else f[key] < 200


def growth(results: dict[int, dict]) -> str:
    lines = [
        GROWTH,
        "",
        "| calls | file | demo build | start-up | search p95 (frequent / rare / two words "
        "/ prefix) | CLI search p95 | History | client page | board | memory, every screen |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for size, f in sorted(results.items()):
        s = f["search"]
        build = f["build"]
        built = f"{build['seconds']:.0f} s" if build else "not measured"
        lines.append(
            f"| {size:,} | {f['file_mb']:,.0f} MB | {built} "
            f"| {f['startup_ratio']:.2f} × "
            f"| {s['frequent'][1]:.1f} / {s['rare'][1]:.1f} / {s['two words'][1]:.1f} / "
            f"{s['prefix'][1]:.1f} ms | {f['search_cli']['diff_p95']:.0f} ms "
            f"| {_ms(f.get('history_open_ms'))} | {_ms(f.get('client_open_ms'))} "
            f"| {_ms(f.get('board_open_ms'))} | {f['rss_screens_mb']:.0f} MB |"
        )
    ref = results.get(REFERENCE)
    if ref and "commit" in ref:
        commit = ", ".join(f"{n} {p50:.2f}/{p99:.2f}" for n, (p50, p99) in ref["commit"].items())
        lines += [
            "",
            f"At {REFERENCE:,} calls also: commits (p50/p99, 1,000 each, fsync'd) {commit} ms "
            f"(bar p99 ≤ 10 ms); longest UI-thread stall during a live call "
            f"{_runs(ref, 'live_stall_ms', 'live_stall_runs')} (bar 50 ms); Word export of a "
            f"500-note call: record {ref['export_record_ms']:.0f} ms, letter "
            f"{ref['export_letter_ms']:.0f} ms (bar 200 ms).",
        ]
    for size, f in sorted(results.items()):
        ratios = ", ".join(f"{r:.2f}" for r in f["startup_ratios"])
        steps = "; ".join(f"{name} {rss}" for name, _ms_text, rss in f["screens"])
        pairs = f"{size:,} calls: start-up ratios of the {STARTUP_PAIRS} pairs {ratios}."
        lines += ["", f"{pairs} Memory: {steps}."]
    lines.append("")
    return "\n".join(lines)


HOW = """## How each figure is made

- Start-up (bench/startup.py, `python -m bench.startup DB`): fresh processes, Candor
  (`ui.app.run_window` on a copy of the database) and a bare `QMainWindow`, alternating,
  each timed from spawn until a zero-delay timer armed after the window's first Paint
  event fires (the whole first frame is painted by then); both run with a filled
  bytecode cache, as an installed Candor does (`make run` compiles it).
- Search (bench/search_bench.py): 30 queries (frequent, rare, two words, prefixes;
  the last word a prefix as while typing) × 5 rounds after a warm-up, in process on
  the cached file; from the command line `candor search` against `python -c pass`,
  alternating, the p95 of the differences.
- History, board, client page (bench/review_bench.py, `python bench/review_bench.py DB`):
  load and first paint, median of its runs; the page's longest UI-thread stall while it
  scrolls to the end (page steps, then jumps), sorts by every column both ways and
  filters. The bench runs it three times and gives each figure's median (each run's
  stall listed).
- Memory (bench/screens_bench.py, `python -m bench.screens_bench DB`): VmRSS of the real
  window on a copy after recent calls, History, the board, the busiest client, search,
  a call's detail and wrap-up, prepare and a live call were each shown once.
- Demo build: `python main.py --db FILE demo --calls N --seed 7`, timed by bench.common
  when it builds the cached file (bench/cache/demo-N-vSCHEMA.db and .json).
- Commits, live-call stall and Word export: bench/storage_bench.py, bench/live_bench.py
  and bench/export_bench.py at 10,000 calls; the live-call stall is the median of three
  runs' longest gaps of a 5 ms heartbeat (each run listed).
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.run", description=__doc__.splitlines()[0])
    env_sizes = os.environ.get("CANDOR_BENCH_SIZES", "").split()
    parser.add_argument("--sizes", type=int, nargs="+", default=[int(s) for s in env_sizes])
    parser.add_argument("--sections", nargs="+", default=list(SECTIONS))
    parser.add_argument(
        "--keep",
        action="store_true",
        help="the sizes not measured now are taken from the last run (bench/cache/scale.json)",
    )
    parser.add_argument(
        "--startup-only", action="store_true", help="measure start-up again (implies --keep)"
    )
    parser.add_argument("--write-only", action="store_true", help="write the kept figures")
    args = parser.parse_args(argv)
    args.keep = args.keep or args.startup_only or args.write_only
    sizes = sorted(set(args.sizes or SIZES))
    started = time.perf_counter()
    if "scale" in args.sections:
        kept = ROOT / "bench" / "cache" / "scale.json"
        results = {}
        if args.keep and kept.exists():
            results = {int(k): v for k, v in json.loads(kept.read_text()).items()}
        if args.write_only:
            pass  # the kept figures, written again
        elif args.startup_only:  # again, into the figures kept from the last run
            for size in sizes:
                results[size].update(startup_figures(demo_db(size), size))
        else:
            results.update({size: measure(size) for size in sizes})
        kept.write_text(json.dumps(results, default=str))
        write_section(SUMMARY, summary(results, started))
        write_section(GROWTH, growth(results))
        write_section(NOTES, HOW)
    if "tone" in args.sections:
        from bench import tone_bench

        tone_bench.write(tone_bench.section())
    if "cli" in args.sections:
        from bench import cli_startup

        cli_startup.write(cli_startup.section())
    if "size" in args.sections:
        from bench import size_bench

        size_bench.write(size_bench.section(REFERENCE))
    # The team's own PostgreSQL (pgserver) and about ten minutes; CANDOR_BENCH_TEAM=0 skips it.
    if "team" in args.sections and os.environ.get("CANDOR_BENCH_TEAM", "1") != "0":
        from bench import team_bench

        team_bench.main(["--write"])
    if "search" in args.sections:  # before: the old code's figures (bench/search_figures)
        figures = ROOT / "bench" / "search_figures"
        before = json.loads((figures / "before.json").read_text())
        after = search_bench.measure([int(s) for s in before["sizes"]], "after")
        search_bench.report(before, after, notes=(figures / "notes.md").read_text())
    if "dist" in args.sections:
        from bench import dist_startup

        if dist_startup.BUNDLE.exists():
            write_section(dist_startup.HEADING, dist_startup.section())
        else:
            print("no bundle (make dist): its section is left as it was", file=sys.stderr)
    print(REPORT.read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
