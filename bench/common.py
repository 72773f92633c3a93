"""Shared helpers for the benchmarks: cached demo databases, statistics, machine facts."""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / "cache"
SEED = 7


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile; enough for 20..1000 samples."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def median(values: list[float]) -> float:
    return statistics.median(values)


def ms(seconds: float) -> float:
    return seconds * 1000.0


def demo_db(calls: int) -> Path:
    """A demo database of `calls` calls (seed SEED), built once and cached under bench/cache,
    keyed by the schema version (a file of an older schema is left, not migrated). How long
    the build took is kept beside it (demo_build)."""
    from storage.migrations import SCHEMA_VERSION

    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"demo-{calls}-v{SCHEMA_VERSION}.db"
    if path.exists():
        return path
    tmp = CACHE / f"building-{calls}-v{SCHEMA_VERSION}.db"
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    cpu = os.times()
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--db",
            str(tmp),
            "demo",
            "--calls",
            str(calls),
            "--seed",
            str(SEED),
        ],
        check=True,
    )
    seconds = time.perf_counter() - started
    after = os.times()
    cpu_s = (after.children_user - cpu.children_user) + (
        after.children_system - cpu.children_system
    )
    print(f"  built {calls}-call demo database in {seconds:.1f} s ({cpu_s:.0f} s of CPU)")
    # Checkpoint so the cached file is one self-contained file.
    import sqlite3

    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    os.replace(tmp, path)
    for suffix in ("-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    build = {"seconds": seconds, "cpu_s": cpu_s, "date": time.strftime("%d %B %Y"), "load": load()}
    path.with_suffix(".json").write_text(json.dumps(build), encoding="utf-8")
    return path


def demo_build(calls: int) -> dict | None:
    """How long demo_db took to build the cached database (None if not recorded)."""
    from storage.migrations import SCHEMA_VERSION

    side = CACHE / f"demo-{calls}-v{SCHEMA_VERSION}.json"
    return json.loads(side.read_text(encoding="utf-8")) if side.exists() else None


def load() -> float:
    """The machine's one-minute load average (other work sharing the cores)."""
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def working_copy(source: Path, name: str) -> Path:
    """A throw-away copy, so write benchmarks never change the cached database."""
    dest = CACHE / f"work-{name}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{dest}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, dest)
    os.chmod(dest, 0o600)
    if hasattr(os, "sync"):  # the copy written out now (2.9 GB at 100,000 calls), not while
        os.sync()  # the next figure is timed: reads waited behind the writes (IO pressure)
    return dest


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def rss_mb() -> float:
    """Resident memory of this process, from /proc (Linux)."""
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


REPORT = ROOT / "docs" / "benchmarks.md"


def write_section(heading: str, text: str, path: Path = REPORT) -> None:
    """Replace the report's section under `heading` by `text` (or append it), leaving the
    other sections as they are."""
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    head, found, rest = old.partition(heading)
    if found:
        after = rest.find("\n## ")
        tail = rest[after + 1 :] if after >= 0 else ""
        new = head + text + ("\n" + tail if tail else "")
    else:
        new = old.rstrip("\n") + "\n\n" + text
    path.write_text(new, encoding="utf-8")
