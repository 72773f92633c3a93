"""Backups, restore and damage handling through the window."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from domain.model import Call, Client, Note, NoteKind, utc_now
from storage import backup
from storage.restore import restore_backup
from storage.store import Store
from tests.storage.test_backup_limits import damage, fill
from ui import startup as ui_app
from ui.shell import maintenance


def add_call(store: Store, title: str) -> None:
    call = store.calls.create(Call(client=Client("Acme"), title=title))
    store.entries.add_note(Note(call_id=call.id, kind=NoteKind.NOTE, text=title, at=utc_now()))


def titles(path: Path) -> set[str]:
    with Store(path) as store:
        return {s.title for s in store.calls.summaries()}


def test_start_up_takes_the_days_backup(ui, qtbot):
    qtbot.waitUntil(
        lambda: bool(backup.list_backups(ui.store.backup_dir, backup.DAILY)), timeout=5000
    )
    [made] = backup.list_backups(ui.store.backup_dir, backup.DAILY)
    assert oct(os.stat(made).st_mode & 0o777) == "0o600"


def test_restore_through_the_menu(open_ui, store, db_path, qtbot, monkeypatch, answers):
    add_call(store, "In the backup")
    saved = store.backup()
    add_call(store, "Made later")
    ui = open_ui()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(saved), ""))
    )
    ui.window.actions_by_name["actionRestore"].trigger()
    assert "Replace everything" in answers.asked[-1]
    assert ui.controller.maintenance.pending_restore == saved
    qtbot.waitUntil(lambda: not ui.window.isVisible())
    store.close()  # run_window closes every connection before swapping the files
    assert ui_app.restore_now(db_path, saved)
    assert titles(db_path) == {"In the backup"}
    [aside] = backup.list_backups(store.backup_dir, "before-restore")
    assert titles(aside) == {"In the backup", "Made later"}


def test_restore_cancelled_changes_nothing(ui, store, monkeypatch, answers):
    add_call(store, "Stays")
    saved = store.backup()
    answers.reply = QMessageBox.StandardButton.No
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(saved), ""))
    )
    ui.window.actions_by_name["actionRestore"].trigger()
    assert ui.controller.maintenance.pending_restore is None
    assert ui.window.isVisible()


def test_damaged_file_at_start_offers_latest_backup(db_path, monkeypatch, qapp):
    with Store(db_path) as store:
        add_call(store, "Safe in the backup")
        store.backup()
    damaged = db_path.read_bytes()[: 4096 * 2]  # truncated mid-file
    db_path.write_bytes(damaged)
    asked: list[str] = []

    def yes(parent, title, text, *args, **kwargs):  # noqa: ANN001 (Qt signature)
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    store = ui_app.open_store(db_path)
    assert store is not None and "Restore the latest sound backup" in asked[0]
    assert len(asked) == 1
    store.close()
    assert titles(db_path) == {"Safe in the backup"}
    [aside] = backup.list_backups(db_path.parent / "backups", "before-restore")
    assert aside.read_bytes() == damaged  # kept, not overwritten


def test_damage_found_by_the_background_check_is_reported(ui, qtbot, monkeypatch):
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warned.append(text))
    )
    monkeypatch.setattr(maintenance, "_quick_problems", lambda path: ["Offset out of range"])
    ui.controller.maintenance.check_soon()
    qtbot.waitUntil(lambda: bool(warned), timeout=5000)
    assert "Offset out of range" in warned[0] and "copy of the file" in warned[0]
    ui.store.backup()
    ui.controller.maintenance.check_soon()
    qtbot.waitUntil(lambda: len(warned) == 2, timeout=5000)
    assert "Restore from backup" in warned[1]


def test_sound_file_raises_no_warning(ui, qtbot, monkeypatch):
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warned.append(text))
    )
    ui.controller.maintenance.check_soon()
    qtbot.waitUntil(lambda: not ui.controller.maintenance.background.busy, timeout=5000)
    assert warned == []


def test_a_locked_or_read_only_file_is_not_offered_a_restore(db_path, monkeypatch, qapp):
    from storage.errors import DatabaseUnavailable

    with Store(db_path) as store:
        add_call(store, "Newest")
        store.backup()
        add_call(store, "After the backup")
    before = db_path.read_bytes()
    asked, shown = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or 0)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))

    def refuse(path):  # noqa: ANN001
        raise DatabaseUnavailable(f"{path} is read-only; Candor needs to write to it.")

    monkeypatch.setattr("storage.store.Store", refuse)
    assert ui_app.open_store(db_path) is None
    assert asked == [] and "read-only" in shown[0]
    assert db_path.read_bytes() == before
    assert titles(db_path) == {"Newest", "After the backup"}


def test_restore_skips_copies_set_aside_by_an_earlier_restore(db_path):
    with Store(db_path) as store:
        add_call(store, "Good")
        good = store.backup()
    aside = restore_backup(db_path, good)  # leaves a newer "before-restore" copy
    assert aside.exists()
    assert ui_app.latest_sound_backup(db_path) == good


def test_an_error_in_a_slot_is_shown_not_only_printed(monkeypatch, qapp):
    from storage.errors import WriteFailed

    monkeypatch.setattr("sys.excepthook", lambda *args: None)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    ui_app.install_error_dialog()
    import sys

    sys.excepthook(WriteFailed, WriteFailed("The disk is full."), None)
    assert "The disk is full." in shown[0] and "still on screen" in shown[0]


def test_upkeep_timer_firing_after_shutdown_is_ignored(ui, qtbot, monkeypatch):
    """Closing the window about 5 s after start could hang it: the quick-check timer fired
    after the upkeep thread had shut down ('cannot schedule new futures after shutdown'),
    the error dialog blocked exit and the process kept the lock."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    ui.controller.maintenance.check_soon()  # the upkeep thread has run a job
    qtbot.waitUntil(lambda: not ui.controller.maintenance.background.busy, timeout=5000)
    ui.controller.maintenance.stop()
    ui.controller.maintenance.check_soon()  # as a timer already due would
    ui.controller.maintenance.backup_soon()
    assert not ui.controller.maintenance.background.busy and shown == []


def test_the_days_backup_never_replaces_the_users_own_status(ui, tmp_path):
    """An undo notice was replaced by "Backed up to …" when the day's backup finished."""
    ui.window.show_message("Undone: reaction Concerned", 0)
    made = backup.DailyResult(made=tmp_path / "candor-daily.db")
    ui.controller.maintenance._backup_done(made)
    assert ui.window.statusBar().currentMessage() == "Undone: reaction Concerned"
    ui.window.statusBar().clearMessage()
    ui.controller.maintenance._backup_done(made)
    assert ui.window.statusBar().currentMessage().startswith("Backed up to ")


def yesterday() -> datetime:
    return datetime.now(UTC) - timedelta(days=1)


def test_the_days_backup_waits_for_the_check_and_says_why_it_was_not_taken(
    db_path, open_ui, qtbot, monkeypatch
):
    """Before, the backup ran 2 s after start and the check at 5 s: a damaged file was
    backed up every day and pruning pushed the sound backups out."""
    with Store(db_path) as store:
        fill(store, 1500)
        sound = store.daily_backup(yesterday()).made
    damage(db_path)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    ui = open_ui()
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    assert str(db_path) in warned[0] and "Today's backup was not taken" in warned[0]
    assert "Restore from backup" in warned[0]
    qtbot.waitUntil(lambda: not ui.controller.maintenance.background.busy, timeout=5000)
    assert backup.list_backups(ui.store.backup_dir) == [sound]
    assert backup.backup_is_sound(sound)


def test_no_backup_when_nothing_changed_and_the_status_bar_says_so(store, open_ui, qtbot):
    add_call(store, "Unchanged since yesterday")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    long_ago = time.time() - 3600
    os.utime(store.path, (long_ago, long_ago))
    made = backup.daily_backup(store.db.conn, store.path, store.backup_dir, now=yesterday()).made
    ui = open_ui()
    said = "No backup today: nothing has changed since the backup of"
    qtbot.waitUntil(lambda: said in ui.window.statusBar().currentMessage(), timeout=10_000)
    assert backup.list_backups(store.backup_dir) == [made]
