"""Smoke test of a built bundle (make dist): runs dist/candor/candor as a user would.

--version; demo and check on a new database; an export of a letter read back; the tone
review from stdin; and an offscreen window that starts and closes itself
(CANDOR_QUIT_AFTER_MS). Prints each step and its time, and the folder's size; exits 1 at
the first step that fails.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run(exe: Path, *args: str, stdin: str | None = None, env: dict | None = None) -> str:
    started = time.perf_counter()
    done = subprocess.run(
        [str(exe), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, **(env or {})},
    )
    took = (time.perf_counter() - started) * 1000
    print(f"  {' '.join(args) or '(window)'}: exit {done.returncode}, {took:.0f} ms")
    if done.returncode != 0:
        sys.exit(f"smoke test failed: {args}\n{done.stdout}\n{done.stderr}")
    return done.stdout


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "dist/candor").resolve()
    exe = folder / ("candor.exe" if os.name == "nt" else "candor")
    if not exe.exists():
        sys.exit(f"no bundle at {exe}: run make dist")
    print(f"Bundle: {folder} ({folder_size(folder) / 1e6:.0f} MB)")
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "smoke.db")
        assert run(exe, "--version").startswith("candor ")
        run(exe, "--db", db, "demo", "--calls", "8")
        run(exe, "--db", db, "check")
        [first, *_] = json.loads(run(exe, "--db", db, "list", "--json"))
        letter = Path(tmp) / "letter.md"
        run(exe, "--db", db, "export", str(first["id"]), "--lang", "de", "-o", str(letter))
        if "Was" not in letter.read_text(encoding="utf-8"):
            sys.exit("smoke test failed: the German letter has no German headings")
        findings = json.loads(run(exe, "review", "-", "--json", stdin="We will try, asap."))
        if not findings:
            sys.exit("smoke test failed: the tone review found nothing")
        env = {"QT_QPA_PLATFORM": "offscreen", "CANDOR_QUIT_AFTER_MS": "1500"}
        run(exe, "--db", db, env=env)
    print("Smoke test passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
