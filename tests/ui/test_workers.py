"""Work runs off the UI thread through one TaskRunner, reports back on the UI thread, and
pauses the garbage collector meanwhile; a runner shut down refuses work quietly."""

from __future__ import annotations

import gc
import threading

from storage.errors import StorageError
from storage.store import Store
from ui import tasks


def test_task_runs_in_another_thread_with_its_own_store(qtbot, db_path, store):
    seen: dict[str, object] = {}

    def work(own: Store) -> int:
        seen["thread"] = threading.current_thread()
        seen["same_store"] = own is store
        return own.calls.count()

    runner = tasks.TaskRunner()
    results: list[object] = []
    runner.run(tasks.with_store(db_path, work), results.append)
    assert not gc.isenabled()
    qtbot.waitUntil(lambda: results == [0])
    assert seen["thread"] is not threading.main_thread() and not seen["same_store"]
    qtbot.waitUntil(lambda: tasks.running() == 0)
    assert gc.isenabled()


def test_failure_is_a_message(qtbot):
    def work() -> None:
        raise ValueError("no room left")

    runner = tasks.TaskRunner()
    messages: list[str] = []
    with qtbot.waitSignal(runner.failed) as failed:
        runner.run(work, failed=messages.append)
    assert failed.args == ["ValueError: no room left"] and messages == failed.args
    qtbot.waitUntil(gc.isenabled)


def test_a_storage_error_speaks_for_itself(qtbot):
    def work() -> None:
        raise StorageError("The disk is full.")

    runner = tasks.TaskRunner()
    with qtbot.waitSignal(runner.failed) as failed:
        runner.run(work)
    assert failed.args == ["The disk is full."]


def test_a_serial_runner_keeps_one_thread_and_the_order(qtbot):
    runner = tasks.TaskRunner(serial=True)
    seen: list[tuple[int, str]] = []
    for number in range(5):
        runner.run(lambda n=number: seen.append((n, threading.current_thread().name)))
    assert runner.shutdown()
    assert [n for n, _ in seen] == [0, 1, 2, 3, 4]
    assert len({name for _, name in seen}) == 1


def test_after_shutdown_work_is_refused_without_an_error(qtbot):
    """A timer that fires while the window closes must not raise (it used to: 'cannot
    schedule new futures after shutdown', and the error dialog kept the process alive)."""
    runner = tasks.TaskRunner()
    runner.shutdown()
    assert runner.run(lambda: 1) is None
    assert tasks.running() == 0


def test_draining_a_serial_runner_keeps_its_thread(qtbot):
    """The live page waits for its writer before leaving; its connection must stay on the
    same thread afterwards (QThreadPool.waitForDone would have ended the thread)."""
    runner = tasks.TaskRunner(serial=True)
    names: list[str] = []
    runner.run(lambda: names.append(threading.current_thread().name))
    assert runner.drain()
    runner.run(lambda: names.append(threading.current_thread().name))
    assert runner.drain()
    assert len(names) == 2 and names[0] == names[1]
