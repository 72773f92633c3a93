"""run_window: the contract with the command line (exit codes, one-line messages)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from storage.store import Store
from ui import startup as ui_app
from ui.platform_check import NO_DISPLAY
from ui.shell.main_window import MainWindow


def test_no_display_is_one_sentence_and_exit_1(monkeypatch, capsys, db_path):
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert ui_app.run_window(db_path) == 1
    err = capsys.readouterr().err
    assert err.strip() == NO_DISPLAY
    assert not db_path.exists()


def test_storage_error_is_shown_and_exit_1(qapp, monkeypatch, capsys, tmp_path):
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_bytes(b"just some text, not a database")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    assert ui_app.run_window(not_a_db) == 1
    assert shown and "not a Candor database" in shown[0]
    assert "not a Candor database" in capsys.readouterr().err
    assert not_a_db.read_bytes() == b"just some text, not a database"


def test_window_opens_and_closes_with_exit_0(qapp, db_path):
    def close_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                widget.close()

    QTimer.singleShot(100, close_window)
    assert ui_app.run_window(db_path) == 0
    with Store(db_path) as store:
        assert store.settings.get("window_geometry")  # saved on close


def test_the_started_window_is_left_out_of_the_cycle_collector_until_it_closes(qapp, db_path):
    """What the start built lives as long as the window: frozen (gc.freeze) once every
    start-up step has run, thawed when the window closes."""
    import gc

    frozen: list[int] = []

    def close_when_started() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                if not widget.candor_app.started:
                    QTimer.singleShot(20, close_when_started)
                    return
                frozen.append(gc.get_freeze_count())
                widget.close()
                return
        QTimer.singleShot(20, close_when_started)

    assert gc.get_freeze_count() == 0
    QTimer.singleShot(20, close_when_started)
    assert ui_app.run_window(db_path) == 0
    assert frozen and frozen[0] > 1000  # the modules, the window, its pages
    assert gc.get_freeze_count() == 0


def test_no_application_display_name_so_the_title_is_not_doubled(qapp):
    """The title read 'Candor — Acme: Outage — Candor': Qt appends an application display
    name, when one is set, to every window title that does not end with it."""
    from PySide6.QtWidgets import QApplication

    from ui.startup import configure_application

    app = QApplication.instance()
    name, display = app.applicationName(), app.applicationDisplayName()
    try:
        configure_application(app)
        app.setApplicationName("Renamed")  # an explicit display name would stay "Candor"
        assert app.applicationDisplayName() == "Renamed"
    finally:
        app.setApplicationName(name)
        if display != name:
            app.setApplicationDisplayName(display)


def test_the_application_has_the_icon_and_the_desktop_entry_name(qapp):
    """The taskbar groups the window under the installed entry (candor --install-desktop)
    by the desktop file name, and shows the icon drawn for Candor at every size."""
    from PySide6.QtWidgets import QApplication

    from resources import APP_ID, ICON_SIZES
    from ui.startup import configure_application

    app = QApplication.instance()
    name, desktop, icon = app.applicationName(), app.desktopFileName(), app.windowIcon()
    try:
        configure_application(app)
        assert app.desktopFileName() == APP_ID
        sizes = {size.width() for size in app.windowIcon().availableSizes()}
        assert sizes >= set(ICON_SIZES)
        small = app.windowIcon().pixmap(16, 16).toImage()
        assert small.pixelColor(8, 3).alpha() == 255  # the bubble, not a blank square
    finally:
        app.setApplicationName(name)
        app.setDesktopFileName(desktop)
        app.setWindowIcon(icon)
