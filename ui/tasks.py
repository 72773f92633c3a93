"""The one way Candor runs work off the UI thread: a TaskRunner.

`runner.run(work, done, failed)` runs `work()` (plain Python: domain objects in,
domain objects or a path out; never a widget) in a thread pool and calls `done(result)`
or `failed(message)` back on the UI thread. A runner that has been shut down refuses
new work quietly (a timer that fires while the window closes must not raise), and
`shutdown()` waits for what is running: a backup or an export is never cut off.

While any task runs, Python's cyclic garbage collector is paused: PySide 6 crashes
when the collector frees Qt wrappers on the UI thread while another thread runs
Python (seen with the sample-data writer). Reference counting still frees memory;
the collector's young generations run once before the first task (a full pass would
hold the UI thread for tens of ms with a long history listed) and it resumes when the
last one ends.
This guard is the only one; every runner shares it.

A serial runner (`serial=True`) has one thread of its own that never expires, so
work that holds a SQLite connection (which belongs to one thread) can keep it there:
ui.writer uses one for the entries of a live call.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

if TYPE_CHECKING:
    from storage.store import Store

_running = 0


def hold_gc() -> None:
    """Pause the cyclic collector while a worker thread runs Python."""
    global _running
    if _running == 0:
        gc.collect(1)  # the young generations: a full pass over 100,000 listed calls takes
        gc.disable()  # tens of ms on the UI thread, and is done when the collector resumes
    _running += 1


def release_gc(*_result: object) -> None:
    global _running
    _running = max(0, _running - 1)
    if _running == 0:
        gc.enable()


def running() -> int:
    """Tasks running or queued, across every runner."""
    return _running


class TaskSignals(QObject):
    done = Signal(object)  # (task, result)
    failed = Signal(object)  # (task, one-line message)


class Task(QRunnable):
    """One piece of work; its signals carry (task, result) or (task, message) back."""

    def __init__(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None] | None,
        failed: Callable[[str], None] | None,
        finished: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__()
        self.work = work
        self._finished = finished  # told on the worker thread, whatever the outcome
        self.on_done = done
        self.on_failed = failed
        self.finished = False
        self.result: Any = None
        self.error: str | None = None  # the one-line message, once it failed
        self.signals = TaskSignals()
        self.setAutoDelete(False)  # the runner holds it until it reports

    def run(self) -> None:
        try:
            self.result = self.work()
        except Exception as exc:  # noqa: BLE001 - a worker must report, not die silently
            self.error = message_of(exc)
            self.finished = True
            self.signals.failed.emit((self, self.error))
        else:
            self.finished = True
            self.signals.done.emit((self, self.result))
        finally:
            self._finished()


def message_of(exc: BaseException) -> str:
    """One line for a status bar or a warning: storage and export errors speak for
    themselves; anything else says what it was."""
    from domain.invitations import InvitationError
    from exporters.atomic import ExportError
    from storage.errors import StorageError

    if isinstance(exc, StorageError | ExportError | InvitationError):
        text = str(exc)
    else:
        text = f"{exc.__class__.__name__}: {exc}"
    return " ".join(text.split())


class TaskRunner(QObject):
    """Runs tasks and holds them until they report; `failed` also carries every error.

    Results reach the callbacks through the runner's own slots: a runner deleted with
    its owner (a closed page) is disconnected by Qt, so a late result calls nothing."""

    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, serial: bool = False) -> None:
        super().__init__(parent)
        if serial:
            self.pool = QThreadPool(self)
            self.pool.setMaxThreadCount(1)
            self.pool.setExpiryTimeout(-1)  # the same thread for every task, for ever
        else:
            self.pool = QThreadPool.globalInstance()
        self._tasks: list[Task] = []
        self._unreported = 0  # started, and not yet reported on the UI thread
        self._active = 0  # started, and not yet finished on its worker
        self._idle = threading.Condition()
        self.closed = False

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[str], None] | None = None,
    ) -> Task | None:
        """Start `work`; None (nothing started) once the runner is shut down."""
        if self.closed:
            return None
        task = Task(work, done, failed, self._task_finished)
        self._tasks = [t for t in self._tasks if not t.finished]
        self._tasks.append(task)
        # Connected before it starts: it may finish at once.
        task.signals.done.connect(release_gc)
        task.signals.failed.connect(release_gc)
        task.signals.done.connect(self._report_done)
        task.signals.failed.connect(self._report_failed)
        hold_gc()
        self._unreported += 1
        with self._idle:
            self._active += 1
        self.pool.start(task)
        return task

    def _task_finished(self) -> None:
        """On the worker thread, after each task."""
        with self._idle:
            self._active -= 1
            self._idle.notify_all()

    def drain(self, timeout_ms: int = 30_000) -> bool:
        """Block until every task started so far has finished on its worker (its report
        may still be on its way). Unlike QThreadPool.waitForDone, the pool keeps its
        threads: a serial runner's connection stays on its thread."""
        with self._idle:
            return self._idle.wait_for(lambda: self._active == 0, timeout_ms / 1000)

    def _report_done(self, payload: tuple[Task, Any]) -> None:
        task, result = payload
        self._unreported -= 1
        if task.on_done is not None:
            task.on_done(result)

    def _report_failed(self, payload: tuple[Task, str]) -> None:
        task, message = payload
        self._unreported -= 1
        self.failed.emit(message)
        if task.on_failed is not None:
            task.on_failed(message)

    @property
    def busy(self) -> bool:
        """Work started and not yet reported back (its callback not yet run)."""
        return self._unreported > 0

    def shutdown(self, wait_ms: int = 30_000) -> bool:
        """No new work; wait for what runs (True if everything finished in time)."""
        self.closed = True
        return self.pool.waitForDone(wait_ms)


def with_store(db_path: Path, work: Callable[[Store], Any]) -> Callable[[], Any]:
    """`work(store)` on a Store of its own, opened and closed in the worker's thread
    (SQLite connections belong to one thread; WAL lets it write while the window reads)."""

    def run() -> Any:
        from storage.store import Store

        with Store(db_path) as store:
            return work(store)

    return run
