"""Starting the window: platform checks first, then the database, then Qt's event loop.
(The window's parts are built and wired in ui.app.)"""

from __future__ import annotations

import sys
from pathlib import Path

from resources import APP_ID, ICON_SIZES, icon_path
from ui.i18n import tr
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

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1] + QT_ARGS)
    else:  # made before (tests): the same look, at the cost of a Python QStyle (5-8 ms)
        app.setStyle("Fusion")
    fonts = read_fonts_meanwhile()
    try:
        return _open_windows(app, Path(db_path))
    finally:
        fonts.join()  # long done: nothing of Qt's outlives the window


def _open_windows(app, db_path: Path) -> int:  # noqa: ANN001 (QApplication)
    """The window on `db_path`, again after each File > Restore; the exit code."""
    from ui.i18n import choose_language, install_language
    from ui.style import apply_style

    install_language(choose_language())  # CANDOR_LANG or the system, until the setting is read
    configure_application(app, icon=False)  # the icon after the first frame (2 ms)
    apply_style(app)
    install_error_dialog()
    from ui.instance_lock import acquire_or_explain

    lock = acquire_or_explain(db_path)  # one window per database: None if another has it
    if lock is None:
        return 1
    try:
        while True:
            store = open_store(db_path)
            if store is None:
                return 1
            install_language(choose_language(store.settings.load().interface_language))
            code, restore = _run_once(app, store)
            if restore is None:
                return code
            if not restore_now(db_path, restore):
                return 1
    finally:
        lock.unlock()


def read_fonts_meanwhile():  # noqa: ANN201 (threading.Thread)
    """Qt reads the system's fonts the first time text is measured: fontconfig parses its
    configuration and caches (FcInit), some 4 ms on the UI thread while the first page is
    built. A thread has fontconfig do it instead while the UI thread opens the database;
    Qt then finds it done. The call goes through ctypes' core, which lets go of Python's
    lock during it (asked through PySide, the thread would hold the lock and the UI thread
    would wait all the same; `import ctypes` itself takes 2 ms). fontconfig is thread-safe
    (since 2.10); where there is none (macOS, Windows) nothing is done. Joined when the
    window closes."""
    import threading

    reader = threading.Thread(target=_fontconfig_init(), name="candor-fonts", daemon=True)
    reader.start()
    return reader


def _fontconfig_init():  # noqa: ANN202 (a callable, or None)
    """fontconfig's FcInit as a callable that runs without Python's lock, or None."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    import os

    try:
        import _ctypes  # ctypes' own core (0.4 ms): a symbol's address and a plain C call

        address = _ctypes.dlsym(_ctypes.dlopen("libfontconfig.so.1", os.RTLD_NOW), "FcInit")
        call = _ctypes.call_function
    except (ImportError, OSError, AttributeError):
        return None
    return lambda: call(address, ())


# Qt's own start-up options: Candor's look (the style sheet is written for Fusion) is set
# by Qt as the application starts; set from Python (setStyle) it builds PySide's QStyle
# class and its enums first, 5-8 ms of a start that may take 1.5 times a bare window's.
QT_ARGS = ["-style", "fusion"]


def configure_application(app, icon: bool = True) -> None:  # noqa: ANN001 (QApplication)
    """Name, desktop file name and (unless told not to) icon. No application display
    name: Qt appends it to every window title that does not end with it, and the title
    already starts with "Candor" (it read "Candor — Acme: Outage — Candor").

    The desktop file name is the installed entry's (candor --install-desktop): Wayland
    shells match the window to the entry by it, and so group it and show its icon."""
    app.setApplicationName("Candor")
    app.setDesktopFileName(APP_ID)
    if icon:
        app.setWindowIcon(app_icon())


def app_icon():  # noqa: ANN201 (QIcon, lazy)
    """Candor's icon from its PNG sizes (drawn for each size; no SVG plugin needed)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_path(size)))
    return icon


def _run_once(app, store) -> tuple[int, Path | None]:  # noqa: ANN001 (Qt and Store)
    from PySide6.QtCore import QEvent, QThreadPool

    from ui.app import App
    from ui.shell.main_window import MainWindow

    window = MainWindow()
    controller = App(store, window)
    try:
        controller.start(first_frame_first=True)
        controller.after_first_frame(lambda: close_on_sigterm(app))  # `import signal`: 1 ms
        controller.after_first_frame(lambda: app.setWindowIcon(app_icon()))
        controller.after_first_frame(freeze_start_up)  # last: once all is built
        _quit_after_smoke_time(app)
        code = int(app.exec())
    finally:
        window.close()  # saves pending text if the loop ended some other way
        QThreadPool.globalInstance().waitForDone(30_000)  # let pool tasks report first
        window.deleteLater()
        # Delete it now, children first, while Python still holds it: left to the garbage
        # collector (the event loop has ended), PySide can crash tearing a window down.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        store.close()
        thaw_start_up()
    maintenance = getattr(controller, "maintenance", None)  # built after the first frame
    return code, maintenance.pending_restore if maintenance is not None else None


def freeze_start_up() -> None:
    """What the start built (modules, classes, the window, its pages and services) lives as
    long as the window: Python's cycle collector is told to leave it out of its passes
    (gc.freeze). A full pass runs on the UI thread every so often: with History and the
    board opened once, 3.6-5.0 ms over 37,000 objects, 0.5-0.7 ms with the start's 29,700
    left out."""
    import gc

    gc.freeze()


def thaw_start_up() -> None:
    """The window has closed: what it held may be collected again (a window opened again
    after File > Restore freezes its own start)."""
    import gc

    gc.unfreeze()


SMOKE_QUIT_ENV = "CANDOR_QUIT_AFTER_MS"


def _quit_after_smoke_time(app) -> None:  # noqa: ANN001 (QApplication)
    """For smoke tests of a build (tools/smoke_dist.py): with CANDOR_QUIT_AFTER_MS set,
    the window closes itself that many milliseconds after it started, as Ctrl+Q would."""
    import os

    value = os.environ.get(SMOKE_QUIT_ENV, "")
    if value.isdigit():
        from PySide6.QtCore import QTimer

        QTimer.singleShot(int(value), app.closeAllWindows)


def open_store(db_path: Path, offer_restore: bool = True):  # noqa: ANN201 (Store, lazy)
    """The Store, or None after telling the user why not.

    Only a damaged file is offered a backup in its place (asked once, default No;
    the damaged file is kept aside, never overwritten). A read-only or locked file
    is not damaged: it gets its one-line message and is left as it is.
    """
    from storage.errors import DatabaseDamaged, StorageError
    from storage.store import Store

    try:
        return Store(db_path)
    except DatabaseDamaged as exc:
        from PySide6.QtWidgets import QMessageBox  # named when needed: it builds its enums

        print(str(exc), file=sys.stderr)
        backup = latest_sound_backup(db_path) if offer_restore else None
        if backup is None:
            QMessageBox.critical(None, tr("Candor cannot open its database"), str(exc))
            return None
        from ui.dialogs.ask import ask_yes_no
        from ui.shell.maintenance import backup_label

        yes = ask_yes_no(
            None,
            tr("Candor cannot open its database"),
            tr(
                "{problem}\n\nRestore the latest sound backup, from {backup}? "
                "Anything entered after it would be missing; the damaged file is kept "
                "beside the backups, not deleted."
            ).format(problem=exc, backup=backup_label(backup)),
            default_yes=False,
        )
        if not yes or not restore_now(db_path, backup):
            return None
        return open_store(db_path, offer_restore=False)
    except StorageError as exc:
        from PySide6.QtWidgets import QMessageBox

        print(str(exc), file=sys.stderr)
        QMessageBox.critical(None, tr("Candor cannot open its database"), str(exc))
        return None


def latest_sound_backup(db_path: Path) -> Path | None:
    """The newest sound backup; storage chooses (kept by name for this module's callers)."""
    from storage.restore import latest_sound_backup as newest_sound

    return newest_sound(db_path)


def restore_now(db_path: Path, chosen: Path) -> bool:
    """Swap in `chosen` (every connection is closed by now); False after telling why not."""
    from PySide6.QtWidgets import QMessageBox

    from storage.errors import StorageError
    from storage.restore import restore_backup

    try:
        aside = restore_backup(db_path, chosen)
    except (StorageError, OSError) as exc:
        QMessageBox.critical(
            None,
            tr("Restore failed"),
            tr("Could not restore {file}: {problem}").format(file=chosen, problem=exc),
        )
        return False
    print(f"Restored {chosen}; the previous file is in {aside}.", file=sys.stderr)
    return True


def install_error_dialog() -> None:
    """An error in a slot would otherwise only reach the terminal, and the user would
    not know that what they just entered was not saved. Show it in a dialog."""
    from PySide6.QtWidgets import QApplication

    previous = sys.excepthook

    def show(kind, value, trace):  # noqa: ANN001 (excepthook signature)
        previous(kind, value, trace)
        if QApplication.instance() is None or issubclass(kind, KeyboardInterrupt):
            return
        from PySide6.QtWidgets import QMessageBox  # when needed: naming it builds its enums

        from storage.errors import StorageError

        if issubclass(kind, StorageError):
            text = tr("{problem}\n\nWhat you were entering is still on screen; try again.").format(
                problem=value
            )
        else:
            text = tr("Something went wrong: {problem}").format(problem=f"{kind.__name__}: {value}")
        QMessageBox.warning(QApplication.activeWindow(), tr("Candor"), text)

    sys.excepthook = show


def close_on_sigterm(app) -> None:  # noqa: ANN001 (QApplication)
    """A logout or `kill` sends SIGTERM: close the window the normal way, so typed text
    is saved, instead of dying mid-sentence. Python only sees the signal when it runs,
    so a timer gives it a moment twice a second."""
    import signal

    from PySide6.QtCore import QTimer

    signal.signal(signal.SIGTERM, _closer(app))
    if app.findChild(QTimer, _SIGNAL_TIMER) is not None:
        return  # the window opened again (after File > Restore): it ticks already
    timer = QTimer(app)
    timer.setObjectName(_SIGNAL_TIMER)
    timer.setInterval(500)
    timer.timeout.connect(_noop)
    timer.start()


_SIGNAL_TIMER = "candorSignalTimer"


def _closer(app):  # noqa: ANN001, ANN202
    def close(*_: object) -> None:
        app.closeAllWindows()

    return close


def _noop() -> None:
    """Runs Python twice a second so a pending signal handler gets its turn."""
