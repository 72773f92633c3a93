"""Running a Qt script in a child process, so a crash fails one test, not the whole run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_ok(script: str, db: Path, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    """Run `script` with `db` as its argument; it must exit 0 and print just 'ok'."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script, str(db)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
    return done
