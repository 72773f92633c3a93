"""The daily backups' limits: a count and a total size, oldest removed first, the newest
sound backup never removed, no backup of a damaged file, and none when nothing changed.

Real files throughout: the damage is bytes flipped inside a page of the database, as a
failing disk would leave them."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from domain.model import Call, Client, Note, NoteKind, utc_now
from storage import backup
from storage.settings import DEFAULT_BACKUP_MAX_MB, Settings
from storage.store import Store

DAY0 = datetime(2026, 11, 1, 9, tzinfo=UTC)


def day(n: int) -> datetime:
    return DAY0 + timedelta(days=n)


def fill(store: Store, notes: int = 1500) -> None:
    call = store.calls.create(Call(client=Client("Acme"), title="Many notes"))
    for i in range(notes):
        store.entries.add_note(Note(call.id, NoteKind.NOTE, f"note {i} " * 6, utc_now()))


def damage(path: Path) -> None:
    """Flip 32 bytes in the middle of a leaf page of the notes table (the file still opens;
    the quick check finds it)."""
    with Store(path) as store:
        pages = [
            row[0]
            for row in store.db.execute(
                "SELECT pageno FROM dbstat WHERE name = 'notes' AND pagetype = 'leaf'"
            )
        ]
        size = store.db.execute("PRAGMA page_size").fetchone()[0]
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    start = (pages[len(pages) // 2] - 1) * size
    data[start + 8 : start + 40] = b"\xff" * 32
    path.write_bytes(bytes(data))


def settle(path: Path, seconds_ago: float = 60) -> None:
    """Date the (closed or checkpointed) file as written a while ago, as a database last
    used yesterday is: its fingerprint can then be trusted."""
    when = time.time() - seconds_ago
    os.utime(path, (when, when))


def dailies(store_or_path: Store | Path) -> list[Path]:
    path = store_or_path.path if isinstance(store_or_path, Store) else store_or_path
    return backup.list_backups(path.parent / "backups", backup.DAILY, path.stem)


def test_fourteen_starts_on_a_damaged_file_leave_the_sound_backup(db_path):
    """The issue's reproduction: before, the day's backup ran before the check and pruning
    never asked whether a backup was sound, so after 14 daily starts on a damaged file the
    backups went from 1 sound of 2 to 0 sound of 14."""
    with Store(db_path) as store:
        fill(store)
        sound = store.daily_backup(day(0)).made
    assert sound and backup.backup_is_sound(sound)
    damage(db_path)
    with Store(db_path) as store:  # one damaged copy already there, as the old code made
        bad = backup.backup_into(store.db.conn, store.backup_dir, "candor", "daily", day(1))
    assert not backup.backup_is_sound(bad)
    for start in range(2, 16):
        with Store(db_path) as store:
            result = store.daily_backup(day(start))
        assert result.made is None and result.problems
        assert "damaged" in result.skipped and str(db_path) in result.skipped
    assert dailies(db_path) == [bad, sound]
    assert backup.backup_is_sound(sound)


def test_pruning_by_count_always_keeps_the_newest_sound_backup(store):
    fill(store, 50)
    made = [store.daily_backup(day(n)).made for n in range(5)]  # oldest first
    for broken in made[3:]:  # the two newest rot on the disk
        broken.write_bytes(broken.read_bytes()[:4096])
    removed = backup.prune(store.backup_dir, "candor", keep=2)
    assert dailies(store) == [made[4], made[3], made[2]]  # the newest two, and the sound one
    assert sorted(removed) == sorted(made[:2])
    assert backup.backup_is_sound(made[2])


def test_the_count_limit_removes_the_oldest_first(store):
    store.settings.update(backup_keep=3)
    made = [store.daily_backup(day(n)).made for n in range(5)]
    assert dailies(store) == made[:1:-1]
    assert not made[0].exists() and not made[1].exists()


def test_the_size_limit_removes_the_oldest_first(store):
    fill(store, 200)
    made = [store.daily_backup(day(n)).made for n in range(4)]
    size = made[0].stat().st_size
    assert {p.stat().st_size for p in made} == {size}
    removed = backup.prune(store.backup_dir, "candor", keep=14, max_bytes=int(size * 2.5))
    assert dailies(store) == [made[3], made[2]]
    assert sorted(removed) == sorted(made[:2])


def test_the_size_limit_never_removes_the_newest_nor_the_newest_sound_backup(store):
    fill(store, 200)
    made = [store.daily_backup(day(n)).made for n in range(3)]
    made[2].write_bytes(made[2].read_bytes()[:4096])  # the newest is damaged
    backup.prune(store.backup_dir, "candor", keep=14, max_bytes=1)
    assert dailies(store) == [made[2], made[1]]


def test_the_size_limit_from_the_settings_prunes_the_daily_backups(store):
    # a backup of about 460 KiB (schema 12: the index segments each note left are merged by
    # the upkeep, which does not run here): two fit in 1 MiB, three do not
    fill(store, 480)
    store.settings.update(backup_max_mb=1)
    made = [store.daily_backup(day(n)).made for n in range(4)]
    size = made[3].stat().st_size
    assert 2 * size <= backup.MB < 3 * size
    assert dailies(store) == [made[3], made[2]]


def test_no_backup_when_nothing_changed_since_the_newest(db_path):
    with Store(db_path) as store:
        fill(store, 20)
    settle(db_path)
    with Store(db_path) as store:
        first = store.daily_backup(day(0))
        assert first.made
        unchanged = store.daily_backup(day(1))
        assert unchanged.made is None
        assert unchanged.skipped == "nothing has changed since the backup of 01 Nov 2026"
        fill(store, 1)  # a note: in the WAL now, so the next day backs up
        assert store.daily_backup(day(2)).made
    settle(db_path, 30)  # the change is in the file now, written "a while ago"
    with Store(db_path) as store:
        assert store.daily_backup(day(3)).made  # taken while the WAL was not empty
        assert store.daily_backup(day(4)).made is None
    assert len(dailies(db_path)) == 3


def test_a_change_checkpointed_into_the_file_is_seen(db_path):
    with Store(db_path) as store:
        fill(store, 20)
    settle(db_path, 120)
    with Store(db_path) as store:
        assert store.daily_backup(day(0)).made
        store.settings.update(appearance="dark")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    settle(db_path, 60)
    with Store(db_path) as store:
        assert store.daily_backup(day(1)).made


def test_a_file_written_just_now_is_never_taken_as_unchanged(db_path):
    with Store(db_path) as store:
        fill(store, 20)
    assert backup.source_fingerprint(db_path) is None  # written less than 2 s ago
    settle(db_path)
    assert backup.source_fingerprint(db_path)["size"] == db_path.stat().st_size
    with Store(db_path) as store:
        assert store.daily_backup(day(0)).made
        settle(db_path, -60)  # dated in the future (a clock put back): not trusted either
        assert store.daily_backup(day(1)).made


def test_a_removed_or_replaced_newest_backup_is_not_taken_as_unchanged(db_path):
    with Store(db_path) as store:
        fill(store, 20)
    settle(db_path)
    with Store(db_path) as store:
        first = store.daily_backup(day(0)).made
        first.write_bytes(first.read_bytes()[:4096])  # no longer the file the record names
        assert store.daily_backup(day(1)).made
        second = dailies(store)[0]
        second.unlink()
        assert store.daily_backup(day(2)).made


def test_two_databases_in_one_folder_keep_their_own_backups(tmp_path):
    with Store(tmp_path / "candor.db") as one, Store(tmp_path / "work.db") as two:
        one.settings.update(backup_keep=1)
        two.settings.update(backup_keep=1)
        assert one.daily_backup(day(0)).made
        assert two.daily_backup(day(0)).made  # not "today's backup was already taken"
        assert one.daily_backup(day(1)).made
        assert len(dailies(one)) == 1 and len(dailies(two)) == 1


def test_the_size_limit_setting_survives_a_restart_and_is_validated(db_path):
    with Store(db_path) as store:
        assert store.settings.load().backup_max_mb == DEFAULT_BACKUP_MAX_MB
        store.settings.update(backup_max_mb=500, backup_keep=7)
    with Store(db_path) as store:
        loaded = store.settings.load()
        assert (loaded.backup_max_mb, loaded.backup_keep) == (500, 7)
        assert store.settings.backup_max_bytes() == 500 * 1024 * 1024
        for bad in ("lots", 0, -3, True, 2.5):
            store.settings.set("backup_max_mb", bad)  # hand-edited or damaged
            assert store.settings.load().backup_max_mb == DEFAULT_BACKUP_MAX_MB
        for bad in (0, True):
            with pytest.raises(ValueError):
                store.settings.save(Settings(backup_max_mb=bad))
