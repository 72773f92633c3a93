"""Keeping the data safe while the window is open: backups, restore, checkpoints.

Everything slow runs on one upkeep thread (a serial ui.tasks.TaskRunner), each job on
a connection of its own: at start-up the quick integrity check of the file and then,
only if it passed, the day's backup (so a damaged file is never backed up over sound
copies; the user is told why no backup was taken), and every minute the full-text
segments the commits left merged and a WAL checkpoint (storage.database.upkeep: so no
commit made during a call has to pay for either). Restoring a backup
needs every connection closed, so the controller only records the choice and
closes the window; run_window() swaps the files and opens the window again.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from storage import backup
from storage.database import upkeep
from storage.errors import StorageError
from storage.store import Store
from ui.dialogs.ask import ask_yes_no
from ui.i18n import tr, when_text
from ui.shell.main_window import MainWindow
from ui.tasks import TaskRunner

CHECKPOINT_INTERVAL_MS = 60_000
FIRST_BACKUP_DELAY_MS = 2_000  # the check, then the backup: after start-up, not competing
ALREADY_TAKEN = "today's backup was already taken"  # not news


def backup_label(path: Path) -> str:
    """'21 Nov 2026, 09:14' (local time) from a backup's time-stamped name."""
    when = backup.backup_time(path)
    return when_text(when) if when else path.name


class MaintenanceController(QObject):
    def __init__(self, store: Store, window: MainWindow, flush_all: Callable[[], None]) -> None:
        """`flush_all` saves what the pages are editing before a backup is taken."""
        super().__init__(window)
        self.store = store
        self.window = window
        self.flush_all = flush_all
        self.pending_restore: Path | None = None
        self.background = TaskRunner(self, serial=True)
        self.background.failed.connect(self._upkeep_failed)
        window.menu("&File").addSeparator()
        window.add_action(
            "&File", "actionBackupNow", QT_TR_NOOP("&Back up now"), [], self.backup_now
        )
        window.add_action(
            "&File", "actionRestore", QT_TR_NOOP("Restore from bac&kup…"), [], self.ask_restore
        )
        self.timer = QTimer(self)
        self.timer.setInterval(CHECKPOINT_INTERVAL_MS)
        self.timer.timeout.connect(self.checkpoint_soon)
        self.backup_timer = self._single_shot(FIRST_BACKUP_DELAY_MS, self.backup_soon)

    def _single_shot(self, delay_ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)  # a child timer dies with the window; no call after close
        timer.setSingleShot(True)
        timer.setInterval(delay_ms)
        timer.timeout.connect(slot)
        return timer

    def start(self) -> None:
        """After the window is up: the quick check and then the day's backup (one job, in
        that order), and checkpoints every minute."""
        self.backup_timer.start()
        self.timer.start()

    def stop(self) -> None:
        for timer in (self.timer, self.backup_timer):
            timer.stop()
        self.background.shutdown()

    # background work ---------------------------------------------------------------
    def _submit(self, job: Callable[[Path], Any], done: Callable[[Any], None] | None) -> None:
        path = self.store.path
        self.background.run(partial(job, path), done)

    def _backup_done(self, result: object) -> None:
        """Damage found by the check is a warning, with why no backup was taken. The day's
        backup, or why there is none, is news only when the status bar has nothing more
        important to say (an undo, a saved export): it never replaces the user's own."""
        if not isinstance(result, backup.DailyResult):
            return
        if result.problems:
            self._checked(list(result.problems), skipped=True)
            return
        if self.window.add_status_bar().currentMessage():
            return
        if result.made:
            self.window.show_message(tr("Backed up to {path}").format(path=result.made))
        elif result.skipped and result.skipped != ALREADY_TAKEN:
            self.window.show_message(tr("No backup today: {reason}.").format(reason=result.skipped))

    def _upkeep_failed(self, message: str) -> None:
        """A backup or check that failed in the background must not fail silently."""
        self.window.show_message(
            tr("Upkeep problem: {message}").format(message=" ".join(message.split())), 15_000
        )

    def backup_soon(self) -> None:
        self._submit(_daily_backup, self._backup_done)

    def checkpoint_soon(self) -> None:
        self._submit(upkeep, None)

    def check_soon(self) -> None:
        self._submit(_quick_problems, self._checked)

    def _checked(self, problems: object, skipped: bool = False) -> None:
        """Warn of damage; `skipped` when the day's backup was not taken because of it."""
        if problems:
            latest = backup.list_backups(self.store.backup_dir)
            hint = (
                tr("Use File > Restore from backup… to go back to the latest backup.")
                if latest
                else tr("Make a copy of the file before anything else.")
            )
            kept = (
                " "
                + tr(
                    "Today's backup was not taken, so the backups from before the damage are"
                    " kept as they are."
                )
                if skipped
                else ""
            )
            QMessageBox.warning(
                self.window,
                tr("The database is damaged"),
                tr("Candor found damage in {path}: {problem}. {hint}").format(
                    path=self.store.path, problem=problems[0], hint=hint
                )
                + kept,
            )

    # user actions -------------------------------------------------------------------
    def backup_now(self) -> None:
        self.flush_all()
        try:
            made = self.store.backup()
        except (OSError, StorageError) as exc:
            QMessageBox.warning(
                self.window,
                tr("Backup failed"),
                tr("Could not write the backup: {error}").format(error=exc),
            )
            return
        self.window.show_message(tr("Backed up to {path}").format(path=made))

    def ask_restore(self) -> None:
        folder = self.store.backup_dir
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, tr("Restore from backup"), str(folder), tr("Candor backups (*.db)")
        )
        if not chosen:
            return
        path = Path(chosen)
        yes = ask_yes_no(
            self.window,
            tr("Restore this backup?"),
            tr(
                "Replace everything in Candor by the backup of {when}?\n\n"
                "The current database is kept in {folder} first, so nothing is lost."
            ).format(when=backup_label(path), folder=folder),
            default_yes=False,
        )
        if not yes:
            return
        from storage.errors import StorageError
        from storage.restore import verify_backup

        try:
            verify_backup(path)
        except StorageError as exc:
            QMessageBox.warning(self.window, tr("Cannot restore this file"), str(exc))
            return
        self.pending_restore = path
        self.window.close()


def _daily_backup(path: Path) -> backup.DailyResult:
    """The quick check, then the day's backup only if it passed (Store.daily_backup)."""
    with Store(path) as store:
        return store.daily_backup()


def _quick_problems(path: Path) -> list[str]:
    with Store(path) as store:
        return store.quick_problems()
