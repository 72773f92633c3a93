"""Running slow Store work off the UI thread.

SQLite connections belong to one thread, so each task opens its own Store on the
same file (WAL lets it write while the window's connection reads) and closes it.

While a task runs, Python's cyclic garbage collector is paused: PySide 6 crashes
when the collector frees Qt wrappers on the UI thread while another thread runs
Python (seen with the sample-data writer). Reference counting still frees memory;
the collector runs once before the task and resumes when the last task reports.
"""

from __future__ import annotations

import gc
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


_running = 0


def start(task: StoreTask) -> StoreTask:
    global _running
    if _running == 0:
        gc.collect()
        gc.disable()
    _running += 1
    task.signals.done.connect(_finished)
    task.signals.failed.connect(_finished)
    QThreadPool.globalInstance().start(task)
    return task


def running() -> int:
    return _running


def _finished(*_result: object) -> None:
    global _running
    _running = max(0, _running - 1)
    if _running == 0:
        gc.enable()
