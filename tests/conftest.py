"""Shared fixtures: Qt offscreen before any QApplication, a fresh database file per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from storage.store import Store  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "candor.db"


@pytest.fixture
def store(db_path: Path):
    """A real SQLite file in tmp_path, closed after the test."""
    opened = Store(db_path)
    yield opened
    opened.close()
