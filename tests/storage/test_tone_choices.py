"""The tone review's allow-list and "this is fine" choices: round trips, a restart, and
the migration that adds them to a database from the previous version."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest

from domain.model import Call, Client
from domain.tone_choices import EVERYWHERE, AllowedWord, Dismissal, allowed_form
from storage import migrations
from storage.database import open_database
from storage.errors import StorageError
from storage.store import Store


def new_call(store: Store, client: str = "Northwind Logistics", title: str = "Delay") -> Call:
    return store.calls.create(Call(client=Client(client), title=title))


def test_words_are_allowed_everywhere_or_for_one_client(store):
    northwind = new_call(store).client.id
    acme = new_call(store, "Acme", "Outage").client.id
    assert store.tone.allowed_words(northwind) == set()
    assert store.tone.add_word("  SKU ", northwind) is True
    assert store.tone.add_word("sku", northwind) is False  # already there, any case
    assert store.tone.add_word("Failover") is True  # everywhere
    assert store.tone.allowed_words(northwind) == {"sku", "failover"}
    assert store.tone.allowed_words(acme) == {"failover"}
    assert store.tone.allowed_words(None) == {"failover"}
    assert store.tone.add_word("SKU") is True  # everywhere is another place than Northwind
    assert store.tone.list_words() == [
        AllowedWord("failover", None, None),
        AllowedWord("sku", None, None),
        AllowedWord("sku", northwind, "Northwind Logistics"),
    ]
    assert [w.where for w in store.tone.list_words()] == [
        EVERYWHERE,
        EVERYWHERE,
        "Northwind Logistics",
    ]
    assert store.tone.remove_word("SKU", northwind) is True
    assert store.tone.remove_word("SKU", northwind) is False
    assert store.tone.allowed_words(northwind) == {"sku", "failover"}  # still everywhere
    assert store.tone.remove_word("sku") is True
    assert store.tone.allowed_words(northwind) == {"failover"}
    count = store.db.execute("SELECT count(*) FROM tone_allowed_words").fetchone()[0]
    assert count == 1


@pytest.mark.parametrize("word", ["", "   ", "\n\t"])
def test_an_empty_word_is_refused(store, word):
    with pytest.raises(ValueError):
        store.tone.add_word(word)
    assert store.tone.list_words() == []


def test_the_database_keeps_one_row_per_word_and_place(store):
    """The unique index holds even for rows written past the repository."""
    store.tone.add_word("sku")
    with pytest.raises(StorageError, match="UNIQUE"):
        store.db.execute(
            "INSERT INTO tone_allowed_words (word, client_id, created_at) "
            "VALUES ('SKU', NULL, '2026-01-01T00:00:00+00:00')"
        )


def test_allowed_form_covers_an_acronyms_plural():
    assert allowed_form("SKUs") == "sku"
    assert allowed_form("CI/CD") == "ci/cd"
    assert allowed_form(" Root  cause analysis ") == "root cause analysis"
    assert allowed_form("kubernetes") == "kubernetes"  # a lower-case word keeps its s


def test_findings_marked_fine_per_call(store):
    first = new_call(store, title="Data migration slips")
    second = new_call(store, "Acme", "Outage on Monday")
    assert store.tone.dismiss(first.id, "hedging", "We will  TRY") is True
    assert store.tone.dismiss(first.id, "hedging", "we will try") is False
    store.tone.dismiss(first.id, "jargon", "sku")
    store.tone.dismiss(second.id, "blame", "the vendor's fault")
    assert store.tone.dismissals(first.id) == {("hedging", "we will try"), ("jargon", "sku")}
    assert store.tone.dismissals(second.id) == {("blame", "the vendor's fault")}
    listed = store.tone.list_dismissals()
    assert set(listed) == {
        Dismissal(
            first.id, "Data migration slips", "Northwind Logistics", "hedging", "we will try"
        ),
        Dismissal(first.id, "Data migration slips", "Northwind Logistics", "jargon", "sku"),
        Dismissal(second.id, "Outage on Monday", "Acme", "blame", "the vendor's fault"),
    }
    assert listed[0].call_id == second.id  # the newest call first
    assert {d.rule_label for d in listed} >= {"Jargon", "Blame"}
    assert store.tone.undismiss(first.id, "hedging", "We will try") is True
    assert store.tone.undismiss(first.id, "hedging", "We will try") is False
    assert store.tone.dismissals(first.id) == {("jargon", "sku")}
    with pytest.raises(ValueError):
        store.tone.dismiss(first.id, "no_apology", "")


def test_a_rule_this_version_does_not_know_is_listed_as_stored():
    assert Dismissal(1, "t", "c", "some_new_rule", "w").rule_label == "Some new rule"


def test_deleting_a_call_deletes_its_choices(store):
    call = new_call(store)
    store.tone.dismiss(call.id, "jargon", "sku")
    store.tone.add_word("sku", call.client.id)
    store.calls.delete(call.id)
    assert store.tone.dismissals(call.id) == set()
    assert store.tone.list_dismissals() == []
    assert store.tone.allowed_words(call.client.id) == {"sku"}  # the client is still there


def test_choices_survive_a_restart(db_path):
    with Store(db_path) as store:
        call = new_call(store)
        store.tone.add_word("SKU", call.client.id)
        store.tone.add_word("failover")
        store.tone.dismiss(call.id, "hedging", "asap")
    with Store(db_path) as store:
        assert store.tone.allowed_words(call.client.id) == {"sku", "failover"}
        assert store.tone.dismissals(call.id) == {("hedging", "asap")}
        assert [w.where for w in store.tone.list_words()] == [EVERYWHERE, "Northwind Logistics"]
        assert store.check() == []


def test_previous_version_is_migrated_with_a_backup_first(db_path):
    previous = 3  # the version before the tone choices (4)
    db = open_database(db_path, upto=previous)
    db.execute(
        "INSERT INTO clients (id, name, email, created_at) "
        "VALUES (1, 'Old Client', '', '2025-03-01T09:00:00+00:00')"
    )
    db.execute(
        "INSERT INTO calls (id, client_id, title, status, created_at) "
        "VALUES (1, 1, 'Old call', 'ended', '2025-03-01T09:00:00+00:00')"
    )
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "tone_allowed_words" not in tables and "tone_dismissals" not in tables
    db.close()
    with Store(db_path) as store:
        assert migrations.user_version(store.db) == migrations.SCHEMA_VERSION
        assert store.tone.list_words() == [] and store.tone.list_dismissals() == []
        store.tone.add_word("SKU", 1)
        store.tone.dismiss(1, "jargon", "sku")
        assert store.tone.allowed_words(1) == {"sku"}
        assert [d.call_title for d in store.tone.list_dismissals()] == ["Old call"]
        assert store.calls.get(1).title == "Old call"
        assert store.check() == []
    [backup] = (db_path.parent / "backups").glob("*before-v*.db")
    with contextlib.closing(sqlite3.connect(backup)) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == previous


def test_opening_the_store_does_not_load_the_tone_rules() -> None:
    """The rules take about 0.1 s to compile; every start and command opens a Store."""
    import subprocess
    import sys

    probe = "import sys, storage.store; print('domain.tone' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd="."
    )
    assert done.stdout.strip() == "False"
