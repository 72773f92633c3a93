"""The user's playbooks in the data folder: saved atomically, checked first, and calls
already made keep the checklist they were made with."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from domain.model import Call, Client, Section, Tick
from domain.playbooks import PlaybookError, PlaybookLibrary, checklist_of
from domain.record import compose_internal_record
from storage.paths import user_playbook_dir
from storage.playbook_files import (
    PlaybookClash,
    delete_playbook,
    export_playbook,
    import_playbook,
    reset_playbook,
    save_playbook,
)

T0 = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)


@pytest.fixture
def library(db_path) -> PlaybookLibrary:
    return PlaybookLibrary(user_playbook_dir(db_path))


def ended_call(store, scenario: str, ticked: list[str], *, snapshot: bool) -> int:
    call = store.calls.create(Call(client=Client("Acme"), title="Late", scenario=scenario))
    items = PlaybookLibrary(None).get(scenario).items if snapshot else None
    store.calls.start(call.id, T0, checklist=items)
    for n, item_id in enumerate(ticked):
        store.entries.add_tick(Tick(call.id, item_id, True, T0 + timedelta(seconds=n + 1), n))
    store.calls.end(call.id, T0 + timedelta(minutes=5))
    return call.id


def without_first_fact(playbook):
    first = playbook.section(Section.FACTS)[0]
    items = tuple(i for i in playbook.items if i.id != first.id)
    reworded = tuple(replace(i, text=i.text + " (ours)") for i in items)
    return first, replace(playbook, items=reworded, name="Ours")


def test_a_saved_copy_is_used_and_written_whole(store, library):
    first, ours = without_first_fact(library.get("outage"))
    path = save_playbook(library, store.db, ours)
    assert path == user_playbook_dir(store.path) / "outage.toml"
    assert [p.name for p in path.parent.iterdir()] == ["outage.toml"]  # no temporary left
    assert library.get("outage") == ours and library.is_changed("outage")
    assert PlaybookLibrary(path.parent).get("outage") == ours  # as another process reads it


def test_an_invalid_playbook_is_not_saved(store, library):
    playbook = library.get("generic")
    broken = replace(
        playbook, items=tuple(i for i in playbook.items if i.section is not Section.URGENCY)
    )
    with pytest.raises(PlaybookError, match="no Urgency items"):
        save_playbook(library, store.db, broken)
    assert not user_playbook_dir(store.path).exists()


@pytest.mark.parametrize("snapshot", [True, False], ids=["went-live-with-one", "older-call"])
def test_old_calls_keep_their_items_when_the_playbook_changes(store, library, snapshot):
    first, ours = without_first_fact(library.get("outage"))
    call_id = ended_call(store, "outage", [first.id], snapshot=snapshot)
    save_playbook(library, store.db, ours)
    call = store.calls.get(call_id)
    assert call.checklist is not None and call.checklist[0] == first
    record = compose_internal_record(call, library.get("outage"))
    assert first.text in record.coverage[0].covered
    assert any(e.text == first.text for e in record.timeline if e.source == "tick")
    assert record.item_count == len(PlaybookLibrary(None).get("outage").items)

    # A call started now gets the new checklist, and keeps it through a reset.
    new = store.calls.create(Call(client=Client("Acme"), title="Next", scenario="outage"))
    store.calls.start(new.id, checklist=library.get("outage").items)
    assert reset_playbook(library, store.db, "outage")
    assert not library.is_changed("outage")
    again = store.calls.get(new.id)
    assert checklist_of(again, library.get("outage")).items == ours.items
    assert store.calls.get(call_id).checklist[0] == first


def test_a_prepared_call_follows_the_playbook(store, library):
    call = store.calls.create(Call(client=Client("Acme"), title="Soon", scenario="outage"))
    _, ours = without_first_fact(library.get("outage"))
    save_playbook(library, store.db, ours)
    prepared = store.calls.get(call.id)
    assert prepared.checklist is None
    assert checklist_of(prepared, library.get("outage")).items == ours.items


def test_import_export_and_clash(store, library, tmp_path):
    target = export_playbook(library, "delivery_delay", tmp_path / "dd.toml")
    mine = target.read_text().replace('id = "delivery_delay"', 'id = "price_increase"')
    (tmp_path / "price.toml").write_text(mine.replace("Delivery delay", "Price increase", 1))
    imported = import_playbook(library, store.db, tmp_path / "price.toml")
    assert imported.name == "Price increase" and library.exists("price_increase")
    before = (user_playbook_dir(store.path) / "price_increase.toml").read_bytes()
    (tmp_path / "price.toml").write_text(mine.replace("Delivery delay", "Price rise", 1))
    with pytest.raises(PlaybookClash, match="already there"):
        import_playbook(library, store.db, tmp_path / "price.toml")
    assert (user_playbook_dir(store.path) / "price_increase.toml").read_bytes() == before
    assert (
        import_playbook(library, store.db, tmp_path / "price.toml", replace=True).name
        == "Price rise"
    )
    delete_playbook(library, store.db, "price_increase")
    assert not library.exists("price_increase")


def test_importing_over_a_shipped_one_makes_the_users_copy(store, library, tmp_path):
    target = export_playbook(library, "outage", tmp_path / "o.toml")
    target.write_text(target.read_text().replace("Outage or incident", "Our outage"))
    import_playbook(library, store.db, target)  # no copy of the user's yet: no question
    assert library.get("outage").name == "Our outage" and library.is_changed("outage")


def test_calls_without_a_stored_checklist_read_the_one_of_their_time(store, library):
    base = library.get("outage")
    first = base.section(Section.FACTS)[0]
    before = ended_call(store, "outage", [first.id], snapshot=False)
    v1 = replace(base, items=tuple(replace(i, text=i.text + " v1") for i in base.items))
    save_playbook(library, store.db, v1)
    between = store.calls.create(Call(client=Client("Acme"), title="Mid", scenario="outage"))
    store.calls.start(between.id)  # no checklist stored: as the demo writes calls
    v2 = replace(base, items=base.items[1:])
    save_playbook(library, store.db, v2)
    save_playbook(library, store.db, replace(v2, name="Renamed"))  # the same items again
    assert store.calls.get(before).checklist == base.items
    assert store.calls.get(between.id).checklist == v1.items
    later = store.calls.create(Call(client=Client("Acme"), title="Late", scenario="outage"))
    store.calls.start(later.id)
    assert store.calls.get(later.id).checklist is None  # the playbook's own items: v2

    def history() -> int:
        return store.db.execute("SELECT count(*) FROM checklist_history").fetchone()[0]

    assert history() == 3  # base, v1, and v2 (replaced by a rename)
    save_playbook(library, store.db, replace(v2, name="Renamed again"))
    assert history() == 3  # the same items in use longer: their row is extended
