"""Search from a worker thread, so a slow search never holds up the window.

Each search opens its own short-lived read-only connection (about 0.2 ms; WAL
lets it read while the main connection writes) and can be interrupted from
another thread when the user has typed something newer. Matching itself is
SearchRepository's: the same safe quoting of whatever the user typed.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from domain.model import SearchHit
from storage.connection import Db
from storage.database import connect_readonly
from storage.errors import DatabaseUnavailable
from storage.search import DEFAULT_LIMIT, SearchRepository


class SearchInterrupted(Exception):
    """The search was stopped because a newer one superseded it."""


class SearchReader:
    """Thread-safe: `search` runs in any thread; `interrupt` stops the running one."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._running: sqlite3.Connection | None = None

    def search(self, text: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
        try:
            conn = connect_readonly(self.path)
        except sqlite3.Error as exc:
            raise DatabaseUnavailable(f"Search failed: {exc}.") from exc
        with self._lock:
            self._running = conn
        try:
            return SearchRepository(Db(conn)).search(text, limit)
        except sqlite3.Error as exc:
            if "interrupt" in str(exc).lower():
                raise SearchInterrupted() from exc
            raise DatabaseUnavailable(f"Search failed: {exc}.") from exc
        finally:
            with self._lock:
                self._running = None
            conn.close()

    def interrupt(self) -> None:
        with self._lock:
            if self._running is not None:
                self._running.interrupt()
