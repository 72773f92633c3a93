"""SIGTERM (a logout, `kill`) closes the window the normal way: typing is saved."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from storage.store import Store

ROOT = Path(__file__).resolve().parents[2]


def test_sigterm_closes_the_window_and_saves(tmp_path):
    db = tmp_path / "t.db"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "main.py", "--db", str(db)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while not db.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1.0)  # the window is up
    child.send_signal(signal.SIGTERM)
    child.communicate(timeout=30)
    assert child.returncode == 0
    with Store(db) as store:  # the close path ran: it saves the window's geometry
        assert store.settings.get("window_geometry")
