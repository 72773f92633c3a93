"""Starting the window: platform checks first, then the database, then Qt's event loop."""

from __future__ import annotations

import sys
from pathlib import Path

from ui.platform_check import display_problem


def run_window(db_path: Path) -> int:
    """Open Candor's window on `db_path`; the exit code is 0, or 1 on any start-up problem."""
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication, QMessageBox

    from storage.errors import StorageError
    from storage.store import Store
    from ui.controllers.app import AppController
    from ui.main_window import MainWindow
    from ui.style import apply_style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Candor")
    app.setApplicationDisplayName("Candor")
    app.setStyle("Fusion")
    apply_style(app)
    try:
        store = Store(Path(db_path))
    except StorageError as exc:
        print(str(exc), file=sys.stderr)
        QMessageBox.critical(None, "Candor cannot open its database", str(exc))
        return 1
    window = MainWindow()
    try:
        AppController(store, window).start()
        return int(app.exec())
    finally:
        window.close()  # saves pending text if the loop ended some other way
        window.deleteLater()
        store.close()
