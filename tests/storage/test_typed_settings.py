"""Settings as one typed object: every known setting with its type and default, read in
one query and saved in one transaction. The string-key calls the window makes today
keep working on the same stored values."""

from __future__ import annotations

import dataclasses

import pytest

from domain.model import Profile
from storage.errors import StorageError
from storage.settings import DEFAULT_BACKUP_KEEP, Settings
from storage.store import Store


def test_a_new_database_has_the_defaults(store):
    assert store.settings.load() == Settings()
    assert Settings() == Settings(
        profile=Profile(),
        backup_keep=DEFAULT_BACKUP_KEEP,
        window_geometry="",
        last_export_folder="",
        profile_prompted=False,
        appearance="system",
    )


def test_saved_settings_come_back_after_a_restart(db_path):
    chosen = Settings(
        profile=Profile(name="Ann Example", company="Example Ltd", export_dir="/tmp/letters"),
        backup_keep=5,
        window_geometry="AdnQywADAAA=",
        last_export_folder="/home/ann/Letters",
        profile_prompted=True,
        appearance="dark",
    )
    with Store(db_path) as store:
        store.settings.save(chosen)
    with Store(db_path) as store:
        assert store.settings.load() == chosen


def test_update_changes_only_what_it_names(store):
    store.settings.save(Settings(backup_keep=7, window_geometry="geo"))
    after = store.settings.update(last_export_folder="/letters")
    assert after == Settings(backup_keep=7, window_geometry="geo", last_export_folder="/letters")
    assert store.settings.load() == after
    with pytest.raises(TypeError):
        store.settings.update(no_such_setting=1)


def test_values_written_by_the_string_key_calls_are_read_typed(store):
    """What the window stores today (ui/controllers/app.py, export.py) is the same data."""
    store.settings.set("window_geometry", "AdnQyw==")
    store.settings.set("last_export_folder", "/home/ann/Letters")
    store.settings.set("profile_prompted", True)
    store.settings.save_profile(Profile(name="Ann"))
    store.settings.set_backup_keep(3)
    assert store.settings.load() == Settings(
        profile=Profile(name="Ann"),
        backup_keep=3,
        window_geometry="AdnQyw==",
        last_export_folder="/home/ann/Letters",
        profile_prompted=True,
    )


def test_the_old_calls_see_what_the_typed_object_saved(store):
    store.settings.save(
        Settings(profile=Profile(role="Lead"), backup_keep=9, last_export_folder="/x")
    )
    assert store.settings.profile() == Profile(role="Lead")
    assert store.settings.backup_keep() == 9
    assert store.settings.get("last_export_folder") == "/x"
    assert store.settings.get("profile_prompted") is False


@pytest.mark.parametrize(
    ("key", "stored"),
    [
        ("backup_keep", "lots"),
        ("backup_keep", 0),
        ("backup_keep", True),
        ("window_geometry", 42),
        ("last_export_folder", ["a"]),
        ("profile_prompted", "yes"),
        ("profile", "Ann"),
        ("appearance", "purple"),
        ("appearance", 1),
    ],
)
def test_a_hand_edited_or_damaged_value_reads_as_its_default(store, key, stored):
    store.settings.set(key, stored)
    assert getattr(store.settings.load(), key) == getattr(Settings(), key)


def test_a_damaged_profile_keeps_its_sound_fields(store):
    store.settings.set("profile", {"name": "Ann", "role": 3, "unknown": "x"})
    assert store.settings.load().profile == Profile(name="Ann", role="3")


def test_save_is_one_transaction(store):
    store.settings.save(Settings(backup_keep=4, window_geometry="old"))
    store.db.execute(  # a fault injected on the last setting written
        "CREATE TEMP TRIGGER fail_one BEFORE UPDATE ON settings WHEN new.key = 'profile_prompted' "
        "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
    )
    with pytest.raises(StorageError):
        store.settings.save(Settings(backup_keep=8, window_geometry="new", profile_prompted=True))
    assert store.settings.load() == Settings(backup_keep=4, window_geometry="old")


def test_an_invalid_setting_is_refused_before_anything_is_written(store):
    with pytest.raises(ValueError):
        store.settings.save(Settings(backup_keep=0, window_geometry="new"))
    with pytest.raises(ValueError):
        store.settings.update(appearance="sepia")
    assert store.settings.load() == Settings()


def test_settings_is_a_plain_typed_dataclass():
    names = {f.name: f.type for f in dataclasses.fields(Settings)}
    assert names == {
        "profile": "Profile",
        "backup_keep": "int",
        "backup_max_mb": "int",
        "window_geometry": "str",
        "last_export_folder": "str",
        "profile_prompted": "bool",
        "interface_language": "str",
        "appearance": "str",
        "system_appearance": "str",
    }


def test_get_by_key_keeps_its_old_answers(store):
    assert store.settings.get("window_geometry") is None  # never set: the caller's default
    assert store.settings.get("last_export_folder", "") == ""
    store.settings.set("profile_prompted", "yes")  # damaged: read as the typed default
    assert store.settings.get("profile_prompted") is False
    store.settings.set("draft_prepare", {"client": "Beta"})  # not a setting of Settings
    assert store.settings.get("draft_prepare") == {"client": "Beta"}
