"""Committing a live call's entries without the UI thread waiting for the disk.

A note insert stalled the UI thread for 158 to 488 ms on a busy disk (synchronous=FULL
fsyncs every commit). The EntryWriter commits on a thread of its own (a serial
ui.tasks.TaskRunner), with a Store connection of its own opened on that thread, in the
order the writes were asked for. The page shows an entry when its commit returns, so
"committed before shown" still holds; a failed commit comes back as a message and the
page puts the entry's text back.

Everything the live page writes goes through here, the draft of the note line included:
a draft saved on the UI thread could otherwise land before the commit that clears it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from storage.store import Store
from ui.tasks import Task, TaskRunner


class EntryWriter(QObject):
    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.runner = TaskRunner(self, serial=True)
        self._store: Store | None = None
        self._thread: threading.Thread | None = None

    def write(
        self,
        op: Callable[[Store], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[str], None] | None = None,
    ) -> Task | None:
        """Run `op(store)` on the writer's thread; None once the writer is closed."""
        return self.runner.run(lambda: op(self._own_store()), done, failed)

    def warm(self) -> None:
        """Open the writer's connection now (a page about to take entries), so the first
        entry does not wait for the database to be opened."""
        if self._store is None:
            self.write(lambda _store: None)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until every write asked for so far is committed (leaving a page, closing)."""
        return self.runner.drain(timeout_ms)

    def close(self, timeout_ms: int = 30_000) -> None:
        """Commit what is queued, then close the connection on its own thread."""
        if self.runner.closed:
            return
        self.runner.run(self._close_store)
        self.runner.shutdown(timeout_ms)

    def _own_store(self) -> Store:
        if self._store is None:
            self._store = Store(self.db_path)
            self._thread = threading.current_thread()
        assert self._thread is threading.current_thread(), "a connection belongs to one thread"
        return self._store

    def _close_store(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
