"""The server's own guarantees: row-level security, logins, the schema's version, and
search that takes any typed string."""

from __future__ import annotations

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.store import Store
from storage.team import reader
from storage.team.connect import split_password
from storage.team.errors import LoginRefused, NewerServerSchema, SchemaMissing, ServerUnavailable
from storage.team.membership import join
from storage.team.publish import publish
from storage.team.server_schema import SERVER_SCHEMA_VERSION, add_member, init_team
from tests.team.fixtures import demo


@pytest.fixture
def two(tmp_path, team):
    """Ann and Bob, both published."""
    stores = {}
    for name, calls, seed in (("Ann", 6, 1), ("Bob", 4, 2)):
        store = Store(demo(tmp_path / f"{name}.db", calls, seed))
        join(store.db, team.add(name))
        publish(store.db, store.path)
        stores[name] = store
    yield stores
    for store in stores.values():
        store.close()


def as_member(team, name: str) -> psycopg.Connection:
    url, password = split_password(team.members[name])
    return psycopg.connect(url, password=password, autocommit=True)


def test_a_member_reads_the_team_but_cannot_change_another_members_rows(two, team):
    with as_member(team, "Bob") as bob:
        members = {r[0] for r in bob.execute("SELECT DISTINCT member FROM candor.calls")}
        assert members == {"Ann", "Bob"}
        ann_call = bob.execute("SELECT uuid FROM candor.calls WHERE member = 'Ann' LIMIT 1")
        ann_uuid = ann_call.fetchone()[0]
        for table in ("calls", "notes", "next_steps", "clients"):
            changed = bob.execute(
                f"UPDATE candor.{table} SET published_at = now() WHERE member = 'Ann'"
            )
            assert changed.rowcount == 0, table
            gone = bob.execute(f"DELETE FROM candor.{table} WHERE member = 'Ann'")
            assert gone.rowcount == 0, table
        # Bob's own rows he may change.
        assert bob.execute("UPDATE candor.calls SET title = title WHERE member = 'Bob'").rowcount
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            bob.execute("UPDATE candor.calls SET member = 'Ann', title = 'x' WHERE member = 'Bob'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            bob.execute(
                "INSERT INTO candor.calls (uuid, member, local_id, title, scenario, status) "
                "VALUES (gen_random_uuid(), 'Ann', 1, 'forged', 'generic', 'ended')"
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # an upsert over Ann's row
            bob.execute(
                "INSERT INTO candor.calls (uuid, local_id, title, scenario, status) "
                "VALUES (%s, 1, 'taken', 'generic', 'ended') "
                "ON CONFLICT (uuid) DO UPDATE SET title = EXCLUDED.title",
                [ann_uuid],
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            bob.execute("INSERT INTO candor.members (name, role) VALUES ('Eve', 'eve')")
    titles = team.sql("SELECT DISTINCT title FROM candor.calls WHERE member = 'Ann'")
    assert ("forged",) not in titles and ("taken",) not in titles


def test_a_wrong_password_is_refused_and_changes_nothing_local(tmp_path, team):
    url = team.add("Cy")
    base, _password = split_password(url)
    wrong = base.replace("@", ":not-the-password@", 1)
    path = demo(tmp_path / "cy.db", 2)
    before = path.read_bytes()
    with Store(path) as store, pytest.raises(LoginRefused) as refused:
        join(store.db, wrong)
    assert "\n" not in str(refused.value) and "not-the-password" not in str(refused.value)
    assert path.read_bytes() == before


def test_an_unreachable_server_is_one_clean_message(tmp_path, team):
    url = team.add("Dee").replace(team.server.get_uri().split("host=")[1], str(tmp_path))
    with Store(tmp_path / "d.db") as store:
        with pytest.raises(ServerUnavailable) as raised:
            join(store.db, url)
        assert store.db.execute("SELECT count(*) FROM team_link").fetchone()[0] == 0
    assert "\n" not in str(raised.value) and "try again" in str(raised.value)


def test_a_newer_server_schema_is_refused_everywhere(tmp_path, team):
    url = team.add("Eve")
    store = Store(demo(tmp_path / "eve.db", 2))
    join(store.db, url)
    team.sql("INSERT INTO candor.schema_version (version) VALUES (%s)", [SERVER_SCHEMA_VERSION + 1])
    pending = store.db.execute("SELECT sum(team_dirty) FROM notes").fetchone()[0]
    for attempt in (
        lambda: publish(store.db, store.path),
        lambda: reader.search(store.db, "date"),
        lambda: join(store.db, url),
        lambda: init_team(team.admin_url),
        lambda: add_member(team.admin_url, "Fay", f"{team.name}_fay"),
    ):
        with pytest.raises(NewerServerSchema) as raised:
            attempt()
        assert "newer team schema" in str(raised.value) and "\n" not in str(raised.value)
    assert store.db.execute("SELECT sum(team_dirty) FROM notes").fetchone()[0] == pending
    assert team.sql("SELECT count(*) FROM candor.calls") == [(0,)]
    store.close()


def test_init_is_idempotent_and_a_server_without_the_schema_is_named(pg_server, team):
    assert init_team(team.admin_url) == (SERVER_SCHEMA_VERSION, SERVER_SCHEMA_VERSION)
    team.sql("DROP SCHEMA candor CASCADE")
    with pytest.raises(SchemaMissing):
        add_member(team.admin_url, "Gil", f"{team.name}_gil")
    assert init_team(team.admin_url) == (0, SERVER_SCHEMA_VERSION)


HOSTILE = [
    "'; DROP TABLE candor.calls; --",
    "date:* & !(",
    '"unclosed phrase',
    "-",
    "or or or",
    "a & | ! <-> ( ) : * \\ '",
    "\x00null\x00",
    "%s %(n)s {}",
    "émigré naïve ß",
    "📞 call",
    "x" * 5000,
    " ".join(["word"] * 500),
    "\\' \\\\ $$ $tag$",
]


def test_hostile_search_strings_never_break_the_search(two, team):
    ann = two["Ann"]
    for text in HOSTILE:
        hits = reader.search(ann.db, text)
        assert isinstance(hits, list), text
    assert team.sql("SELECT count(*) FROM candor.calls")[0][0] == 10


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=60))
def test_any_typed_text_is_searched_safely(two, text):
    assert isinstance(reader.search(two["Ann"].db, text), list)


def test_search_finds_words_phrases_and_prefixes_across_members(two, team):
    from domain.model import Note, NoteKind, utc_now

    ann = two["Ann"]
    call_id = ann.db.execute("SELECT min(id) FROM calls").fetchone()[0]
    ann.entries.add_note(Note(call_id, NoteKind.FACT, "The zeppelin arrives Thursday", utc_now()))
    publish(ann.db, ann.path)
    bob = two["Bob"]
    for text in ("zeppelin", "zepp", "zepp*", '"zeppelin arrives"', "ZEPPELIN thursday"):
        hits = reader.search(bob.db, text)
        assert [(h.member, h.call_id, h.kind) for h in hits] == [("Ann", call_id, "note")], text
        assert "**" in hits[0].snippet
    assert reader.search(bob.db, "zepp ") == []  # a finished word is a whole word
    assert reader.search(bob.db, "zeppelin -thursday") == []


def test_list_and_board_show_the_whole_team(two, team):
    everyone = reader.calls(two["Bob"].db)
    assert {c.member for c in everyone} == {"Ann", "Bob"} and len(everyone) == 10
    assert {c.member for c in reader.calls(two["Bob"].db, member="ann")} == {"Ann"}
    client = everyone[0].client
    assert all(
        client.lower() in c.client.lower()
        for c in reader.calls(two["Ann"].db, client=client[:5].upper())
    )
    board = reader.board(two["Ann"].db)
    open_steps = sum(
        s.db.execute("SELECT count(*) FROM next_steps WHERE status = 'open'").fetchone()[0]
        for s in two.values()
    )
    assert len(board) == open_steps > 0
    assert {b.member for b in board} <= {"Ann", "Bob"}


def test_tls_settings_in_the_url_are_kept_and_passed_on(tmp_path, team):
    url = team.add("Tess") + "&sslmode=require&application_name=candor"
    stored, password = split_password(url)
    assert "sslmode=require" in stored and password and password not in stored
    with Store(tmp_path / "t.db") as store:
        # libpq takes sslmode=require over a Unix socket (no TLS there): the join works
        link, _in_keyring = join(store.db, url)
        assert "sslmode=require" in link.url and password not in link.url
        conn, _url = reader.team_connection(store.db)
        with conn:
            assert conn.info.get_parameters()["application_name"] == "candor"
    keyvalue = "host=db.example.com dbname=team user=ann password=pw sslmode=verify-full"
    stored, password = split_password(keyvalue)
    assert password == "pw" and "sslmode=verify-full" in stored and "pw" not in stored
