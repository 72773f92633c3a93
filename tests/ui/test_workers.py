"""Store tasks run off the UI thread, report back, and pause the garbage collector meanwhile."""

from __future__ import annotations

import gc
import threading

from storage.store import Store
from ui import workers


def test_task_runs_in_another_thread_with_its_own_store(qtbot, db_path, store):
    seen: dict[str, object] = {}

    def work(own: Store) -> int:
        seen["thread"] = threading.current_thread()
        seen["same_store"] = own is store
        return own.calls.count()

    task = workers.StoreTask(db_path, work)
    with qtbot.waitSignal(task.signals.done) as result:
        workers.start(task)
        assert not gc.isenabled()
    assert result.args == [0]
    assert seen["thread"] is not threading.main_thread() and not seen["same_store"]
    qtbot.waitUntil(lambda: workers.running() == 0)
    assert gc.isenabled()


def test_failure_is_a_message(qtbot, db_path, store):
    def work(_store: Store) -> None:
        raise ValueError("no room left")

    task = workers.StoreTask(db_path, work)
    with qtbot.waitSignal(task.signals.failed) as failed:
        workers.start(task)
    assert failed.args == ["ValueError: no room left"]
    qtbot.waitUntil(lambda: gc.isenabled())
