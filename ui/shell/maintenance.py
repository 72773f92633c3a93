"""Keeping the data safe while the window is open: backups, restore, checkpoints.

Everything slow runs in one worker thread on its own connection: the daily backup
at start-up, a WAL checkpoint every minute (so no commit made during a call has
to pay for one), and a quick integrity check of the file. Restoring a backup
needs every connection closed, so the controller only records the choice and
closes the window; run_window() swaps the files and opens the window again.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from storage import backup
from storage.database import checkpoint
from storage.errors import StorageError
from storage.store import Store
from ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor


CHECKPOINT_INTERVAL_MS = 60_000
FIRST_BACKUP_DELAY_MS = 2_000  # after start-up, not competing with it for the disk
FIRST_CHECK_DELAY_MS = 5_000
POLL_MS = 250


def backup_label(path: Path) -> str:
    """'21 Nov 2026, 09:14' (local time) from a backup's time-stamped name."""
    when = backup.backup_time(path)
    return f"{when.astimezone():%d %b %Y, %H:%M}" if when else path.name


class Background(QObject):
    failed = Signal(str)  # a job's error, one line

    """One worker thread for upkeep, with results collected on the UI thread by polling.

    Plain Python threads and futures, no QRunnable or cross-thread signals: the
    worker touches no Qt object at all, so nothing Qt-owned can be freed under it.
    Each job opens its own connection (SQLite connections belong to one thread).
    A QObject itself, so its timer's slot is a QObject's (PySide crashed at garbage
    collection when a plain Python object's method was connected).
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.executor: ThreadPoolExecutor | None = None  # made with the first job
        self.pending: list[tuple[Future, Callable[[Any], None] | None]] = []
        self.poller = QTimer(self)
        self.poller.setInterval(POLL_MS)
        self.poller.timeout.connect(self._poll)

    def submit(self, job: Callable[[], Any], done: Callable[[Any], None] | None = None) -> None:
        if self.executor is None:
            from concurrent.futures import ThreadPoolExecutor

            self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="candor-upkeep")
        self.pending.append((self.executor.submit(job), done))
        self.poller.start()

    def _poll(self) -> None:
        for error in self.collect():
            self.failed.emit(error)

    def collect(self) -> list[str]:
        """Hand finished results to their callbacks; return the errors of failed jobs."""
        errors, still = [], []
        for future, done in self.pending:
            if not future.done():
                still.append((future, done))
            elif future.exception() is not None:
                errors.append(str(future.exception()))
            elif done is not None:
                done(future.result())
        self.pending = still
        if not still:
            self.poller.stop()
        return errors

    def shutdown(self) -> None:
        """Wait for a running job (a backup must not be cut off half-written)."""
        self.poller.stop()
        if self.executor is not None:
            self.executor.shutdown(wait=True)


class MaintenanceController(QObject):
    def __init__(self, store: Store, window: MainWindow, flush_all: Callable[[], None]) -> None:
        """`flush_all` saves what the pages are editing before a backup is taken."""
        super().__init__(window)
        self.store = store
        self.window = window
        self.flush_all = flush_all
        self.pending_restore: Path | None = None
        self.background = Background(self)
        self.background.failed.connect(self._upkeep_failed)
        window.menu("&File").addSeparator()
        window.add_action("&File", "actionBackupNow", "&Back up now", [], self.backup_now)
        window.add_action("&File", "actionRestore", "&Restore from backup…", [], self.ask_restore)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECKPOINT_INTERVAL_MS)
        self.timer.timeout.connect(self.checkpoint_soon)
        self.check_timer = self._single_shot(FIRST_CHECK_DELAY_MS, self.check_soon)
        self.backup_timer = self._single_shot(FIRST_BACKUP_DELAY_MS, self.backup_soon)

    def _single_shot(self, delay_ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)  # a child timer dies with the window; no call after close
        timer.setSingleShot(True)
        timer.setInterval(delay_ms)
        timer.timeout.connect(slot)
        return timer

    def start(self) -> None:
        """After the window is up: the day's backup, then a quick check, then checkpoints."""
        self.backup_timer.start()
        self.check_timer.start()
        self.timer.start()

    def stop(self) -> None:
        for timer in (self.timer, self.check_timer, self.backup_timer):
            timer.stop()
        self.background.shutdown()

    # background work ---------------------------------------------------------------
    def _submit(self, job: Callable[[Path], Any], done: Callable[[Any], None] | None) -> None:
        path = self.store.path
        self.background.submit(partial(job, path), done)

    def _backup_done(self, made: object) -> None:
        if made:
            self.window.show_message(f"Backed up to {made}")

    def _upkeep_failed(self, message: str) -> None:
        """A backup or check that failed in the background must not fail silently."""
        self.window.show_message(f"Upkeep problem: {' '.join(message.split())}", 15_000)

    def backup_soon(self) -> None:
        self._submit(_daily_backup, self._backup_done)

    def checkpoint_soon(self) -> None:
        self._submit(checkpoint, None)

    def check_soon(self) -> None:
        self._submit(_quick_problems, self._checked)

    def _checked(self, problems: object) -> None:
        if problems:
            latest = backup.list_backups(self.store.backup_dir)
            hint = (
                "Use File > Restore from backup… to go back to the latest backup."
                if latest
                else "Make a copy of the file before anything else."
            )
            QMessageBox.warning(
                self.window,
                "The database is damaged",
                f"Candor found damage in {self.store.path}: {problems[0]}. {hint}",
            )

    # user actions -------------------------------------------------------------------
    def backup_now(self) -> None:
        self.flush_all()
        try:
            made = self.store.backup()
        except (OSError, StorageError) as exc:
            QMessageBox.warning(self.window, "Backup failed", f"Could not write the backup: {exc}")
            return
        self.window.show_message(f"Backed up to {made}")

    def ask_restore(self) -> None:
        folder = self.store.backup_dir
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, "Restore from backup", str(folder), "Candor backups (*.db)"
        )
        if not chosen:
            return
        path = Path(chosen)
        answer = QMessageBox.question(
            self.window,
            "Restore this backup?",
            f"Replace everything in Candor by the backup of {backup_label(path)}?\n\n"
            f"The current database is kept in {folder} first, so nothing is lost.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from storage.errors import StorageError
        from storage.store import verify_backup

        try:
            verify_backup(path)
        except StorageError as exc:
            QMessageBox.warning(self.window, "Cannot restore this file", str(exc))
            return
        self.pending_restore = path
        self.window.close()


def _daily_backup(path: Path) -> Path | None:
    with Store(path) as store:
        return store.daily_backup()


def _quick_problems(path: Path) -> list[str]:
    with Store(path) as store:
        return store.quick_problems()
