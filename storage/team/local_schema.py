"""Migration 9 (local): what publishing to a team needs in the SQLite file.

- A stable UUID on every row a team shares (clients, calls, notes, reactions, ticks,
  next steps): existing rows get one now, new rows from a trigger. The server's rows are
  keyed by it, so publishing is an upsert that can be repeated or resumed after a crash.
- `team_dirty`: 0 once the row's last change is on the server, else how many changes it
  has had since. Inserts start at 1 (the column's default: no trigger on the live call's
  commit path), every other change adds one (a trigger). A publish clears a row only if
  its count is still what it sent, so a change made meanwhile is sent next time.
- `team_deletions`: the UUIDs of deleted rows, until the server has deleted them too.
- `calls.private`: a private call and its entries are never published; making a call
  private deletes it from the server, making it public again sends it all again.
- `team_link`: the one team this file publishes to (the password is in the system
  keyring when there is one).

Nothing here needs a server: a file that never joins a team simply keeps counting.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from sqlite_utils import Database

SHARED_TABLES = ("clients", "calls", "notes", "reactions", "ticks", "next_steps")
CHILD_TABLES = ("notes", "reactions", "ticks", "next_steps")

# A version 4 UUID from randomblob, written out: no subquery, so SQLite evaluates it for
# each row of an UPDATE and each firing of a trigger.
UUID_SQL = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) "
    "|| substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))"
)


def _tracked(table: str) -> list[str]:
    return [
        f"ALTER TABLE {table} ADD COLUMN uuid TEXT",
        f"ALTER TABLE {table} ADD COLUMN team_dirty INTEGER NOT NULL DEFAULT 1",
        f"UPDATE {table} SET uuid = {UUID_SQL}",
        f"CREATE INDEX idx_{table}_team_dirty ON {table}(id) WHERE team_dirty > 0",
        f"CREATE TRIGGER team_{table}_uuid AFTER INSERT ON {table} WHEN new.uuid IS NULL "
        f"BEGIN UPDATE {table} SET uuid = {UUID_SQL} WHERE id = new.id; END",
        # Any change but the publish's own (which sets team_dirty) or the UUID's first
        # setting counts; the trigger's own update changes team_dirty, so it never loops.
        f"CREATE TRIGGER team_{table}_changed AFTER UPDATE ON {table} "
        "WHEN new.team_dirty = old.team_dirty AND old.uuid IS NOT NULL "
        f"BEGIN UPDATE {table} SET team_dirty = old.team_dirty + 1 WHERE id = new.id; END",
        f"CREATE TRIGGER team_{table}_deleted AFTER DELETE ON {table} "
        f"WHEN old.uuid IS NOT NULL BEGIN "
        f"INSERT INTO team_deletions (tbl, uuid) VALUES ('{table}', old.uuid); END",
    ]


def v10_team(db: Database) -> None:
    """Stable UUIDs, change tracking, private calls and the team link (issue 13)."""
    republish = " ".join(
        f"UPDATE {t} SET team_dirty = team_dirty + 1 WHERE call_id = new.id;" for t in CHILD_TABLES
    )
    statements = [
        "CREATE TABLE team_deletions (id INTEGER PRIMARY KEY, tbl TEXT NOT NULL, "
        "uuid TEXT NOT NULL)",
        """CREATE TABLE team_link (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            url TEXT NOT NULL,
            member TEXT NOT NULL,
            password TEXT,
            joined_at TEXT NOT NULL,
            last_publish_at TEXT)""",
        "ALTER TABLE calls ADD COLUMN private INTEGER NOT NULL DEFAULT 0",
        *[sql for table in SHARED_TABLES for sql in _tracked(table)],
        "CREATE TRIGGER team_call_private AFTER UPDATE OF private ON calls "
        "WHEN new.private = 1 AND old.private = 0 BEGIN "
        "INSERT INTO team_deletions (tbl, uuid) VALUES ('calls', new.uuid); END",
        "CREATE TRIGGER team_call_public AFTER UPDATE OF private ON calls "
        f"WHEN new.private = 0 AND old.private = 1 BEGIN {republish} END",
    ]
    for sql in statements:
        db.execute(sql)
