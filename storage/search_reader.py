"""Search from a worker thread, so a slow search never holds up the window.

Each search opens its own short-lived read-only connection (about 0.2 ms; WAL
lets it read while the main connection writes) and can be interrupted from
another thread when the user has typed something newer. Matching itself is
SearchRepository's: the same safe quoting of whatever the user typed.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from storage.connection import Db
from storage.database import connect_readonly
from storage.errors import DatabaseUnavailable
from storage.search import DEFAULT_LIMIT, SearchRepository, SearchResults


class SearchInterrupted(Exception):
    """The search was stopped because a newer one superseded it."""


# SQLite forgets an interrupt() that finds no statement running (between the statements
# of one search), and checks for it only between steps of its machine: so a search also
# asks, every PROGRESS_STEPS steps, whether it is still wanted.
PROGRESS_STEPS = 1000


class SearchReader:
    """Thread-safe: `search` runs in any thread; `interrupt` stops every search running
    (or about to run) that started before it."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._running: set[sqlite3.Connection] = set()
        self._epoch = 0  # counts interrupt() calls: a search started before one gives up

    def search(
        self,
        text: str,
        limit: int = DEFAULT_LIMIT,
        stop: Callable[[], bool] | None = None,
    ) -> SearchResults:
        """The search, or SearchInterrupted once interrupt() is called or `stop()` turns
        true (asked between SQLite's steps: the caller's own "no longer needed")."""
        with self._lock:
            epoch = self._epoch

        def unwanted() -> bool:
            return self._epoch != epoch or (stop is not None and stop())

        try:
            conn = connect_readonly(self.path)
        except sqlite3.Error as exc:
            raise DatabaseUnavailable(f"Search failed: {exc}.") from exc
        conn.set_progress_handler(lambda: 1 if unwanted() else 0, PROGRESS_STEPS)
        with self._lock:
            self._running.add(conn)
        try:
            if unwanted():
                raise SearchInterrupted()
            return SearchRepository(Db(conn)).search(text, limit)
        except sqlite3.Error as exc:
            if "interrupt" in str(exc).lower():
                raise SearchInterrupted() from exc
            raise DatabaseUnavailable(f"Search failed: {exc}.") from exc
        finally:
            with self._lock:
                self._running.discard(conn)
            conn.close()

    def interrupt(self) -> None:
        """Stop the searches running now; one that has not reached SQLite yet stops there."""
        with self._lock:
            self._epoch += 1
            for conn in self._running:
                conn.interrupt()
