"""Runs searches on Qt's thread pool and hands the newest results back to the UI thread.

While a search runs, Python's cyclic garbage collector is paused, as for ui.workers'
tasks: PySide crashes when the collector frees Qt wrappers on the UI thread while
another thread runs Python. It resumes once no search and no Store task is running.
"""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from domain.model import SearchHit
from storage.errors import StorageError
from storage.search_reader import SearchInterrupted, SearchReader
from ui import workers

_searching = 0


def _hold_gc() -> None:
    global _searching
    if _searching == 0:
        gc.disable()
    _searching += 1


def _release_gc() -> None:
    global _searching
    _searching = max(0, _searching - 1)
    if _searching == 0 and workers.running() == 0:
        gc.enable()


class _Relay(QObject):
    """Carries results across threads. Parentless and shared with the tasks, so a task that
    finishes after its panel is gone emits into nothing rather than into a deleted object."""

    done = Signal(int, object)  # generation, list[SearchHit]
    failed = Signal(int, str)
    finished = Signal()  # after every task, whatever its outcome


class _SearchTask(QRunnable):
    def __init__(self, owner: BackgroundSearch, generation: int, text: str, limit: int):
        super().__init__()
        self._reader = owner.reader
        self._relay = owner.relay
        self._owner_generation = owner.current_generation
        self._generation = generation
        self._text = text
        self._limit = limit

    def run(self) -> None:
        try:
            self._search()
        finally:
            self._relay.finished.emit()

    def _search(self) -> None:
        if self._owner_generation() != self._generation:
            return  # typed past already: skip without touching the database
        try:
            hits = self._reader.search(self._text, self._limit)
        except SearchInterrupted:
            return
        except (StorageError, OSError) as exc:
            self._relay.failed.emit(self._generation, str(exc))
            return
        self._relay.done.emit(self._generation, hits)


class BackgroundSearch(QObject):
    """`submit` a query; `results(generation, hits)` arrives for the newest one only."""

    results = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, db_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.reader = SearchReader(db_path)
        self.relay = _Relay()
        self._generation = 0
        self.relay.done.connect(self._done)
        self.relay.failed.connect(self._failed)
        self.relay.finished.connect(_release_gc)

    def current_generation(self) -> int:
        return self._generation

    def submit(self, text: str, limit: int) -> int:
        """Start a search, interrupting any older one still running; returns its generation."""
        self.cancel()
        _hold_gc()
        QThreadPool.globalInstance().start(_SearchTask(self, self._generation, text, limit))
        return self._generation

    def cancel(self) -> None:
        """Forget any search still queued or running; its results will not be shown."""
        self._generation += 1
        self.reader.interrupt()

    def search_now(self, text: str, limit: int) -> list[SearchHit]:
        """The same search in the calling thread (for an immediate answer)."""
        self.cancel()
        return self.reader.search(text, limit)

    def _done(self, generation: int, hits: object) -> None:
        if generation == self._generation:
            self.results.emit(generation, hits)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.failed.emit(generation, message)
