"""Running slow Store work off the UI thread.

SQLite connections belong to one thread, so each task opens its own Store on the
same file (WAL lets it write while the window's connection reads) and closes it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from storage.errors import StorageError
from storage.store import Store


class TaskSignals(QObject):
    done = Signal(object)
    failed = Signal(str)


class StoreTask(QRunnable):
    """Runs `work(store)` in the thread pool; `signals.done` carries its result."""

    def __init__(self, db_path: Path, work: Callable[[Store], Any]) -> None:
        super().__init__()
        self.db_path = db_path
        self.work = work
        self.signals = TaskSignals()
        self.setAutoDelete(False)  # the controller holds it until it reports

    def run(self) -> None:
        try:
            with Store(self.db_path) as store:
                result = self.work(store)
        except StorageError as exc:
            self.signals.failed.emit(str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a worker must report, not die silently
            self.signals.failed.emit(f"{exc.__class__.__name__}: {exc}")
            return
        self.signals.done.emit(result)


def start(task: StoreTask) -> StoreTask:
    QThreadPool.globalInstance().start(task)
    return task
