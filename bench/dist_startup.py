"""The bundle (make dist) beside the source: its size, and how long each takes to start.

Side by side in one run, alternating, medians of REPEAT: `--version`, `list --json` on a
small demo database, and the window started offscreen until it has closed itself
(CANDOR_QUIT_AFTER_MS=1: the first turn of the event loop after the window is built).
Reproduce: `make dist`, then `.venv/bin/python -m bench.dist_startup [--write]`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, median, write_section

HEADING = "## The bundle (make dist)"
BUNDLE = ROOT / "dist" / "candor" / "candor"
REPEAT = 7


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env, timeout=120)
    return (time.perf_counter() - started) * 1000


def measure() -> dict[str, tuple[float, float]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    source = [sys.executable, str(ROOT / "main.py")]
    bundle = [str(BUNDLE)]
    results: dict[str, tuple[list[float], list[float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "b.db")
        subprocess.run([*source, "--db", db, "demo", "--calls", "50"], check=True, env=env)
        cases = {
            "--version": (["--version"], env),
            "list --json (50 calls)": (["--db", db, "list", "--json"], env),
            "window, offscreen, until it closes itself": (
                ["--db", db],
                {**env, "CANDOR_QUIT_AFTER_MS": "1"},
            ),
        }
        for name, (args, case_env) in cases.items():
            ours, theirs = [], []
            for _ in range(REPEAT):
                ours.append(timed([*source, *args], case_env))
                theirs.append(timed([*bundle, *args], case_env))
            results[name] = (ours, theirs)
    return {k: (median(a), median(b)) for k, (a, b) in results.items()}


def size_mb(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def section() -> str:
    figures = measure()
    lines = [
        HEADING,
        "",
        f"One-folder bundle built by PyInstaller (`make dist`, bundle/candor.spec) on Linux: "
        f"**{size_mb(BUNDLE.parent):.0f} MB** (target under 250 MB). Start-up beside the "
        f"source checkout (`python main.py`), alternating, median of {REPEAT}:",
        "",
        "| what | source | bundle | bundle / source |",
        "|---|---|---|---|",
    ]
    for name, (ours, theirs) in figures.items():
        lines.append(f"| {name} | {ours:.0f} ms | {theirs:.0f} ms | {theirs / ours:.2f}x |")
    lines += [
        "",
        "Reproduce: `make dist`, then `.venv/bin/python -m bench.dist_startup --write`.",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    if not BUNDLE.exists():
        sys.exit("no bundle: run make dist first")
    text = section()
    print(text)
    if "--write" in sys.argv:
        write_section(HEADING, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
