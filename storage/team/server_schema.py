"""The server side: the `candor` schema, its own numbered migrations, roles and policies.

The schema's version is the highest row of candor.schema_version. `team init` applies
what is pending, each migration and the version's row in one transaction (PostgreSQL's
DDL is transactional), under an advisory lock so two inits never interleave; a server
whose schema is newer than SERVER_SCHEMA_VERSION is refused before anything is written.

Security is the engine's: every member is a login role in the team's group role;
row-level security lets each read every row and insert, update or delete only rows whose
`member` is their own name (candor.current_member(), from candor.members).
"""

from __future__ import annotations

import re

from storage.migrations import FOLLOW_UP_COLUMNS, PREP_COLUMNS
from storage.team.connect import closing, connect, server_errors, where
from storage.team.errors import LoginRefused, NewerServerSchema, SchemaMissing, TeamError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import psycopg

SCHEMA = "candor"
# What search sees: the 'simple' configuration (no stemming, any language), as the
# local index's unicode61 tokenizer.
TS_CONFIG = "simple"
ROLE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,62}")
CHILD_TABLES = ("notes", "reactions", "ticks", "next_steps")
TABLES = ("clients", "calls", *CHILD_TABLES)  # what a publish sends
WRITABLE = (*TABLES, "playbooks")  # what a member may write (their own rows)


def _tsv(*columns: str) -> str:
    body = " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)
    return f"tsvector GENERATED ALWAYS AS (to_tsvector('{TS_CONFIG}', {body})) STORED"


def _owned(table: str, columns: str) -> str:
    return (
        f"CREATE TABLE candor.{table} (uuid uuid PRIMARY KEY, "
        f"member text NOT NULL DEFAULT candor.current_member(), {columns}, "
        "published_at timestamptz NOT NULL DEFAULT now())"
    )


def _child(table: str, columns: str) -> str:
    # No foreign key to candor.calls: its check cost as much as the row's own insert, and
    # a publish sends a call before its entries anyway (and deletes them with it).
    return _owned(table, f"call_uuid uuid NOT NULL, {columns}")


def _policies(table: str) -> list[str]:
    mine = "member = (SELECT candor.current_member())"
    return [
        f"ALTER TABLE candor.{table} ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY team_reads ON candor.{table} FOR SELECT USING (true)",
        f"CREATE POLICY own_inserts ON candor.{table} FOR INSERT WITH CHECK ({mine})",
        f"CREATE POLICY own_updates ON candor.{table} FOR UPDATE USING ({mine}) "
        f"WITH CHECK ({mine})",
        f"CREATE POLICY own_deletes ON candor.{table} FOR DELETE USING ({mine})",
    ]


def _v1_shared_history() -> list[str]:
    texts = ", ".join(f"{c} text NOT NULL DEFAULT ''" for c in PREP_COLUMNS + FOLLOW_UP_COLUMNS)
    searched = ["title", "subject", *PREP_COLUMNS, *FOLLOW_UP_COLUMNS]
    return [
        """CREATE TABLE candor.members (
            name text PRIMARY KEY CHECK (name <> ''),
            role name NOT NULL UNIQUE,
            added_at timestamptz NOT NULL DEFAULT now())""",
        """CREATE FUNCTION candor.current_member() RETURNS text LANGUAGE sql STABLE
            AS $$ SELECT name FROM candor.members WHERE role = current_user $$""",
        _owned(
            "clients",
            "name text NOT NULL, email text NOT NULL DEFAULT '', "
            "language text NOT NULL DEFAULT 'en', created_at timestamptz",
        ),
        _owned(
            "calls",
            "local_id bigint NOT NULL, client_uuid uuid, title text NOT NULL, "
            "scenario text NOT NULL, status text NOT NULL, created_at timestamptz, "
            "started_at timestamptz, ended_at timestamptz, planned_at timestamptz, "
            "follow_up_on date, follow_up_done_at timestamptz, letter_sent_at timestamptz, "
            f"language text, subject text NOT NULL DEFAULT '', {texts}, "
            f"search {_tsv(*searched)}",
        ),
        _child(
            "notes",
            f"kind text NOT NULL, text text NOT NULL, at timestamptz, offset_ms bigint, "
            f"search {_tsv('text')}",
        ),
        _child("reactions", "kind text NOT NULL, at timestamptz, offset_ms bigint"),
        _child(
            "ticks",
            "item_id text NOT NULL, ticked boolean NOT NULL, at timestamptz, offset_ms bigint",
        ),
        _child(
            "next_steps",
            "what text NOT NULL, owner text NOT NULL, due_on date, status text NOT NULL, "
            f"created_at timestamptz, done_at timestamptz, search {_tsv('what')}",
        ),
        "CREATE INDEX clients_name ON candor.clients (lower(name))",
        "CREATE INDEX calls_member ON candor.calls (member, local_id)",
        "CREATE INDEX calls_client ON candor.calls (client_uuid)",
        "CREATE INDEX calls_when ON candor.calls ((coalesce(started_at, created_at)) DESC)",
        "CREATE INDEX calls_search ON candor.calls USING gin (search)",
        "CREATE INDEX notes_call ON candor.notes (call_uuid)",
        "CREATE INDEX notes_at ON candor.notes (at DESC)",
        "CREATE INDEX notes_search ON candor.notes USING gin (search)",
        "CREATE INDEX reactions_call ON candor.reactions (call_uuid)",
        "CREATE INDEX ticks_call ON candor.ticks (call_uuid)",
        "CREATE INDEX steps_call ON candor.next_steps (call_uuid)",
        "CREATE INDEX steps_open ON candor.next_steps (due_on) WHERE status = 'open'",
        "CREATE INDEX steps_created ON candor.next_steps (created_at DESC)",
        "CREATE INDEX steps_search ON candor.next_steps USING gin (search)",
        *[sql for table in TABLES for sql in _policies(table)],
    ]


def _v2_team_playbooks() -> list[str]:
    """Playbooks a member publishes for the team (issue 14): one row per member and
    playbook id, its TOML as exported; whoever imports one checks it as any file."""
    return [
        _owned(
            "playbooks",
            "playbook_id text NOT NULL, name text NOT NULL, toml text NOT NULL, "
            "UNIQUE (member, playbook_id)",
        ),
        "CREATE INDEX playbooks_id ON candor.playbooks (playbook_id)",
        *_policies("playbooks"),
    ]


SERVER_MIGRATIONS = [_v1_shared_history, _v2_team_playbooks]
SERVER_SCHEMA_VERSION = len(SERVER_MIGRATIONS)


def group_role(database: str) -> str:
    """The team's group role: one per database, so teams sharing a cluster stay apart."""
    return ("candor_team_" + re.sub(r"[^a-z0-9_]", "_", database.lower()))[:63]


def server_version(conn: psycopg.Connection) -> int:
    """The candor schema's version on the server; 0 when it has none."""
    if conn.execute("SELECT to_regclass('candor.schema_version')").fetchone()[0] is None:
        return 0
    return conn.execute("SELECT coalesce(max(version), 0) FROM candor.schema_version").fetchone()[0]


def refuse_newer(version: int, url: str) -> None:
    if version > SERVER_SCHEMA_VERSION:
        raise NewerServerSchema(
            f"the team server at {where(url)} has a newer team schema (version {version}; "
            f"this Candor knows {SERVER_SCHEMA_VERSION}); update Candor to use it."
        )


def check_member(conn: psycopg.Connection, url: str) -> str:
    """The member this login publishes as; refuses a server this app cannot use."""
    version = server_version(conn)
    refuse_newer(version, url)
    if version < SERVER_SCHEMA_VERSION:
        state = "no team schema" if version == 0 else f"an older team schema ({version})"
        raise SchemaMissing(
            f"the team server at {where(url)} has {state}; whoever runs it should run "
            "'candor team init' with the admin URL."
        )
    member = conn.execute("SELECT candor.current_member()").fetchone()[0]
    if member is None:
        role = conn.execute("SELECT current_user").fetchone()[0]
        raise LoginRefused(
            f"the role {role} is not a member of the team at {where(url)}; "
            "ask for a member URL made by 'candor team add-member'."
        )
    return member


def init_team(admin_url: str) -> tuple[int, int]:
    """Create or upgrade the candor schema and the team's group role (idempotent);
    returns the versions before and after."""
    from psycopg import sql

    with closing(connect(admin_url)) as conn, server_errors(admin_url, "the team schema"):
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('candor team schema'))")
        before = server_version(conn)
        refuse_newer(before, admin_url)
        database = conn.execute("SELECT current_database()").fetchone()[0]
        group = sql.Identifier(group_role(database))
        if not conn.execute(
            "SELECT 1 FROM pg_roles WHERE rolname = %s", [group_role(database)]
        ).fetchone():
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(group))
        conn.execute("CREATE SCHEMA IF NOT EXISTS candor")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS candor.schema_version (version integer PRIMARY KEY, "
            "applied_at timestamptz NOT NULL DEFAULT now())"
        )
        for version in range(before + 1, SERVER_SCHEMA_VERSION + 1):
            for statement in SERVER_MIGRATIONS[version - 1]():
                conn.execute(statement)
            conn.execute("INSERT INTO candor.schema_version (version) VALUES (%s)", [version])
        grants = [
            "GRANT USAGE ON SCHEMA candor TO {}",
            "GRANT SELECT ON ALL TABLES IN SCHEMA candor TO {}",
            "GRANT INSERT, UPDATE, DELETE ON "
            + ", ".join(f"candor.{t}" for t in WRITABLE)
            + " TO {}",
            "GRANT EXECUTE ON FUNCTION candor.current_member() TO {}",
        ]
        for grant in grants:
            conn.execute(sql.SQL(grant).format(group))
        conn.commit()
    return before, SERVER_SCHEMA_VERSION


def _member_url(admin_url: str, role: str, password: str) -> str:
    """The admin URL with the member's login in place of the admin's; TLS settings and
    everything else kept."""
    from urllib.parse import quote, urlsplit, urlunsplit

    if "://" in admin_url:
        parts = urlsplit(admin_url)
        host = parts.netloc.rpartition("@")[2]
        netloc = f"{quote(role, safe='')}:{quote(password, safe='')}@{host}"
        return urlunsplit(parts._replace(netloc=netloc))
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    params = conninfo_to_dict(admin_url)
    params.update(user=role, password=password)
    return make_conninfo(**params)


def add_member(admin_url: str, name: str, role: str) -> str:
    """Create (or renew) the member's login role with a new password and name it in
    candor.members; returns the member's URL, password included."""
    import secrets

    from psycopg import errors, sql

    name = " ".join(name.split())
    if not name:
        raise TeamError("a member needs a name (--name).")
    if not ROLE_NAME.fullmatch(role):
        raise TeamError(
            f"{role!r} cannot be a role name: use letters, digits and _ . - (at most 63), "
            "starting with a letter."
        )
    password = secrets.token_urlsafe(24)
    with closing(connect(admin_url)) as conn, server_errors(admin_url, "the new member"):
        version = server_version(conn)
        refuse_newer(version, admin_url)
        if version < SERVER_SCHEMA_VERSION:
            raise SchemaMissing(
                f"the team server at {where(admin_url)} is not set up for this Candor; "
                "run 'candor team init' with the admin URL first."
            )
        database = conn.execute("SELECT current_database()").fetchone()[0]
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone()
        verb = "ALTER" if exists else "CREATE"
        conn.execute(
            sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(role), sql.Literal(password)
            )
        )
        conn.execute(
            sql.SQL("GRANT {} TO {}").format(
                sql.Identifier(group_role(database)), sql.Identifier(role)
            )
        )
        try:
            conn.execute(
                "INSERT INTO candor.members (name, role) VALUES (%s, %s) "
                "ON CONFLICT (name) DO UPDATE SET role = EXCLUDED.role",
                [name, role],
            )
        except errors.UniqueViolation:
            raise TeamError(
                f"the role {role} already belongs to another member; choose another role."
            ) from None
        conn.commit()
    return _member_url(admin_url, role, password)
