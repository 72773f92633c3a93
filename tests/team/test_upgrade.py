"""A team server made by an older Candor (schema version 1, before the shared
playbooks): this Candor names it and asks for `team init`, which upgrades it in place,
keeping what was published, and the new table has the same row-level security."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from storage.store import Store
from storage.team import reader, server_schema
from storage.team.errors import SchemaMissing
from storage.team.membership import join
from storage.team.playbooks import team_playbooks
from storage.team.publish import publish
from tests.team.fixtures import demo


@pytest.fixture
def old_server(pg_server, _no_keyring, monkeypatch):  # noqa: ANN001
    """A database whose team schema is version 1 (as the first team release made it)."""
    name = f"t{uuid.uuid4().hex[:10]}"
    pg_server.psql(f"CREATE DATABASE {name};")
    url = pg_server.get_uri(name)
    with monkeypatch.context() as patch:
        patch.setattr(server_schema, "SERVER_MIGRATIONS", server_schema.SERVER_MIGRATIONS[:1])
        patch.setattr(server_schema, "SERVER_SCHEMA_VERSION", 1)
        patch.setattr(server_schema, "WRITABLE", server_schema.TABLES)
        assert server_schema.init_team(url) == (0, 1)
        member_url = server_schema.add_member(url, "Ann", f"{name}_ann")
    yield url, member_url
    pg_server.psql(f"DROP DATABASE {name} WITH (FORCE);")


def test_an_older_server_schema_is_named_then_init_upgrades_it_keeping_rows(old_server, tmp_path):
    admin_url, ann_url = old_server
    with psycopg.connect(admin_url, autocommit=True) as conn:
        assert conn.execute("SELECT to_regclass('candor.playbooks')").fetchone()[0] is None
    store = Store(demo(tmp_path / "ann.db", 2))
    with pytest.raises(SchemaMissing) as raised:
        join(store.db, ann_url)
    assert "older team schema (1)" in str(raised.value) and "team init" in str(raised.value)
    assert server_schema.init_team(admin_url) == (1, server_schema.SERVER_SCHEMA_VERSION)
    join(store.db, ann_url)
    publish(store.db, store.path)
    assert len(reader.calls(store.db)) == 2
    assert team_playbooks(store.db) == []
    with psycopg.connect(admin_url, autocommit=True) as conn:
        policies = conn.execute(
            "SELECT polname FROM pg_policy WHERE polrelid = 'candor.playbooks'::regclass"
        ).fetchall()
    assert {p for (p,) in policies} == {"team_reads", "own_inserts", "own_updates", "own_deletes"}
    store.close()
