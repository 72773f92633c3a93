"""Starting the window: platform checks first, then the database, then Qt's event loop."""

from __future__ import annotations

import sys
from pathlib import Path

from ui.platform_check import display_problem


def run_window(db_path: Path) -> int:
    """Open Candor's window on `db_path`; the exit code is 0, or 1 on any start-up problem.

    The window is opened again after File > Restore: the files can only be
    swapped once every connection is closed.
    """
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from ui.style import apply_style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Candor")
    app.setApplicationDisplayName("Candor")
    app.setStyle("Fusion")
    apply_style(app)
    db_path = Path(db_path)
    while True:
        store = open_store(db_path)
        if store is None:
            return 1
        code, restore = _run_once(app, store)
        if restore is None:
            return code
        if not restore_now(db_path, restore):
            return 1


def _run_once(app, store) -> tuple[int, Path | None]:  # noqa: ANN001 (Qt and Store)
    from PySide6.QtCore import QEvent, QThreadPool

    from ui.controllers.app import AppController
    from ui.main_window import MainWindow

    window = MainWindow()
    controller = AppController(store, window)
    try:
        controller.start()
        code = int(app.exec())
    finally:
        window.close()  # saves pending text if the loop ended some other way
        QThreadPool.globalInstance().waitForDone(30_000)  # let pool tasks report first
        window.deleteLater()
        # Delete it now, children first, while Python still holds it: left to the garbage
        # collector (the event loop has ended), PySide can crash tearing a window down.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        store.close()
    return code, controller.maintenance.pending_restore


def open_store(db_path: Path):  # noqa: ANN201 (Store, imported lazily)
    """The Store, or None after telling the user why not.

    A damaged file is offered the latest backup in its place (kept aside, not
    overwritten); anything else gets its one-line message.
    """
    from PySide6.QtWidgets import QMessageBox

    from storage.backup import list_backups
    from storage.errors import DatabaseUnavailable, StorageError
    from storage.paths import backup_dir
    from storage.store import Store

    try:
        return Store(db_path)
    except DatabaseUnavailable as exc:
        from ui.controllers.maintenance import backup_label

        backups = list_backups(backup_dir(db_path)) if db_path.exists() else []
        print(str(exc), file=sys.stderr)
        if not backups:
            QMessageBox.critical(None, "Candor cannot open its database", str(exc))
            return None
        answer = QMessageBox.question(
            None,
            "Candor cannot open its database",
            f"{exc}\n\nRestore the latest backup, from {backup_label(backups[0])}? "
            "The current file is kept beside the backups, not deleted.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes or not restore_now(db_path, backups[0]):
            return None
        return open_store(db_path)
    except StorageError as exc:
        print(str(exc), file=sys.stderr)
        QMessageBox.critical(None, "Candor cannot open its database", str(exc))
        return None


def restore_now(db_path: Path, chosen: Path) -> bool:
    """Swap in `chosen` (every connection is closed by now); False after telling why not."""
    from PySide6.QtWidgets import QMessageBox

    from storage.errors import StorageError
    from storage.store import restore_backup

    try:
        aside = restore_backup(db_path, chosen)
    except (StorageError, OSError) as exc:
        QMessageBox.critical(None, "Restore failed", f"Could not restore {chosen}: {exc}")
        return False
    print(f"Restored {chosen}; the previous file is in {aside}.", file=sys.stderr)
    return True
