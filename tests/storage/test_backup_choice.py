"""Which backup to offer when the database is damaged: the newest that is itself sound,
never a copy set aside by an earlier restore (it may be this very damage)."""

from __future__ import annotations

import os
import threading
from datetime import UTC, datetime
from pathlib import Path

from domain.model import Call, Client
from storage import backup
from storage.restore import latest_sound_backup, restore_backup
from storage.store import Store


def stamped(store: Store, label: str, when: datetime) -> Path:
    store.backup_dir.mkdir(parents=True, exist_ok=True)
    name = backup.timestamped_name(store.path.stem, label, when)
    return store.backup(store.backup_dir / name)


def test_no_backups_means_nothing_to_offer(db_path):
    Store(db_path).close()
    assert latest_sound_backup(db_path) is None


def test_the_newest_sound_backup_of_any_kind_is_chosen(db_path):
    with Store(db_path) as store:
        store.calls.create(Call(client=Client("Acme"), title="Kept"))
        stamped(store, "daily", datetime(2026, 1, 1, tzinfo=UTC))
        stamped(store, "before-v4", datetime(2026, 1, 2, tzinfo=UTC))
        newest = stamped(store, "manual", datetime(2026, 1, 3, tzinfo=UTC))
    assert latest_sound_backup(db_path) == newest


def test_a_damaged_or_foreign_newer_backup_is_passed_over(db_path):
    with Store(db_path) as store:
        good = stamped(store, "daily", datetime(2026, 1, 1, tzinfo=UTC))
        damaged = stamped(store, "daily", datetime(2026, 1, 2, tzinfo=UTC))
        foreign = store.backup_dir / backup.timestamped_name(
            "candor", "manual", datetime(2026, 1, 3, tzinfo=UTC)
        )
    damaged.write_bytes(damaged.read_bytes()[:2000])
    foreign.write_text("not a database")
    assert latest_sound_backup(db_path) == good


def test_a_copy_set_aside_by_a_restore_is_never_offered(db_path):
    with Store(db_path) as store:
        good = store.backup()
    aside = restore_backup(db_path, good)
    assert aside.exists() and "-before-restore-" in aside.name
    assert latest_sound_backup(db_path) == good


def test_a_fifo_named_like_a_backup_is_passed_over_at_once(db_path):
    with Store(db_path) as store:
        good = stamped(store, "daily", datetime(2026, 1, 1, tzinfo=UTC))
        fifo = store.backup_dir / backup.timestamped_name(
            "candor", "daily", datetime(2026, 1, 2, tzinfo=UTC)
        )
    os.mkfifo(fifo)
    chosen: list[Path | None] = []
    worker = threading.Thread(
        target=lambda: chosen.append(latest_sound_backup(db_path)), daemon=True
    )
    worker.start()
    worker.join(5)
    if worker.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(5)
    assert chosen == [good]


def test_a_backup_too_damaged_to_be_checked_is_passed_over(db_path):
    """Its header is sound but its pages are not: the check itself fails on it."""
    with Store(db_path) as store:
        good = stamped(store, "daily", datetime(2026, 1, 1, tzinfo=UTC))
        for i in range(300):
            store.settings.set(f"filler {i}", "x" * 2000)
        bad = stamped(store, "daily", datetime(2026, 1, 2, tzinfo=UTC))
    data = bytearray(bad.read_bytes())
    data[4096 : 4096 + 200] = b"\xff" * 200  # the second page's header and cells
    bad.write_bytes(bytes(data))
    assert latest_sound_backup(db_path) == good
