"""Runs searches off the UI thread (ui.tasks) and hands the newest results back.

A newer query interrupts an older one still running (SearchReader.interrupt); only the
newest generation's results or error reach the panel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from domain.model import SearchHit
from storage.search_reader import SearchInterrupted, SearchReader
from ui.tasks import TaskRunner


class BackgroundSearch(QObject):
    """`submit` a query; `results(generation, hits)` arrives for the newest one only."""

    results = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, db_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.reader = SearchReader(db_path)
        self.tasks = TaskRunner(self)
        self._generation = 0

    def current_generation(self) -> int:
        return self._generation

    def submit(self, text: str, limit: int) -> int:
        """Start a search, interrupting any older one still running; returns its generation."""
        self.cancel()
        generation = self._generation
        self.tasks.run(
            lambda: self._search(generation, text, limit),
            self._done,
            lambda message: self._failed(generation, message),
        )
        return generation

    def _search(self, generation: int, text: str, limit: int) -> tuple[int, list | None]:
        """On the worker: skipped if typed past already; None if interrupted."""
        if generation != self._generation:
            return generation, None
        try:
            return generation, self.reader.search(
                text, limit, stop=lambda: generation != self._generation
            )
        except SearchInterrupted:
            return generation, None

    def cancel(self) -> None:
        """Forget any search still queued or running; its results will not be shown."""
        self._generation += 1
        self.reader.interrupt()

    def search_now(self, text: str, limit: int) -> list[SearchHit]:
        """The same search in the calling thread (for an immediate answer)."""
        self.cancel()
        return self.reader.search(text, limit)

    def _done(self, result: tuple[int, list | None]) -> None:
        generation, hits = result
        if hits is not None and generation == self._generation:
            self.results.emit(generation, hits)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.failed.emit(generation, message)
