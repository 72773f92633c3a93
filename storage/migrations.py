"""Numbered schema migrations; PRAGMA user_version is the schema version.

Each migration runs in one transaction together with the bump of user_version,
so a database is always at exactly one version. Statements are run one by one
(never executescript, which would commit half-way).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from domain.model import utc_now
from domain.timefmt import to_iso
from storage.connection import Db
from storage.team.local_schema import v10_team

TYPE_CHECKING = False  # importing typing costs the command line 2-3 ms; annotations are text
if TYPE_CHECKING:
    from sqlite_utils import Database

APPLICATION_ID = 0x43414E44  # "CAND": marks a file as a Candor database.

_PREP = ["facts_known", "facts_unknown", "impact", "plan", "amends", "who_knows"]
_FOLLOW_UP = [
    "what_happened",
    "what_it_means",
    "what_we_do",
    "what_we_need",
    "prevent_repeat",
    "amends",
    "next_update",
]
PREP_COLUMNS = [f"prep_{name}" for name in _PREP]
FOLLOW_UP_COLUMNS = [f"fu_{name}" for name in _FOLLOW_UP]


def _v1_core(db: Database) -> None:
    text_cols = ",\n".join(
        f"{c} TEXT NOT NULL DEFAULT ''" for c in PREP_COLUMNS + FOLLOW_UP_COLUMNS
    )
    statements = [
        f"PRAGMA application_id = {APPLICATION_ID}",
        """CREATE TABLE clients (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            email TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL)""",
        f"""CREATE TABLE calls (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            title TEXT NOT NULL,
            scenario TEXT NOT NULL DEFAULT 'generic',
            status TEXT NOT NULL CHECK (status IN ('prepared', 'live', 'ended')),
            created_at TEXT NOT NULL,
            started_at TEXT,
            ended_at TEXT,
            follow_up_on TEXT,
            {text_cols})""",
        """CREATE TABLE ticks (
            id INTEGER PRIMARY KEY,
            call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            ticked INTEGER NOT NULL,
            at TEXT NOT NULL,
            offset_ms INTEGER)""",
        """CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            at TEXT NOT NULL,
            offset_ms INTEGER)""",
        """CREATE TABLE reactions (
            id INTEGER PRIMARY KEY,
            call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            at TEXT NOT NULL,
            offset_ms INTEGER)""",
        """CREATE TABLE next_steps (
            id INTEGER PRIMARY KEY,
            call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
            what TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT 'us',
            due_on TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
            created_at TEXT NOT NULL,
            done_at TEXT)""",
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE INDEX idx_calls_client ON calls(client_id)",
        "CREATE INDEX idx_calls_status ON calls(status)",
        "CREATE INDEX idx_ticks_call ON ticks(call_id)",
        "CREATE INDEX idx_notes_call ON notes(call_id)",
        "CREATE INDEX idx_reactions_call ON reactions(call_id)",
        "CREATE INDEX idx_steps_call ON next_steps(call_id)",
        "CREATE INDEX idx_steps_open ON next_steps(status, due_on)",
    ]
    for sql in statements:
        db.execute(sql)


# Search rows get a rowid derived from the source row so that a trigger can
# replace exactly its own row without scanning the index: id * 8 + kind code.
# Call-level rows (title, prep, follow-up) live above CALL_ROWS_BASE, so a
# rowid range tells them apart from notes and steps, whose rowids grow with time.
CALL_ROWS_BASE = 1 << 40
SEARCH_KINDS = {"title": 0, "prep": 1, "follow_up": 2, "note": 3, "step": 4}


def _concat(prefix: str, columns: list[str]) -> str:
    return " || char(10) || ".join(f"{prefix}.{c}" for c in columns)


def _call_rowid(call_id: str, kind: str) -> str:
    return f"{CALL_ROWS_BASE} + {call_id} * 8 + {SEARCH_KINDS[kind]}"


def _call_rows_sql(prefix: str) -> list[str]:
    bodies = {
        "title": f"{prefix}.title",
        "prep": _concat(prefix, PREP_COLUMNS),
        "follow_up": _concat(prefix, FOLLOW_UP_COLUMNS),
    }
    return [
        f"INSERT INTO search_index(rowid, body, call_id, kind) VALUES "
        f"({_call_rowid(prefix + '.id', kind)}, {body}, {prefix}.id, '{kind}')"
        for kind, body in bodies.items()
    ]


def _delete_call_rows(prefix: str) -> str:
    first = f"{CALL_ROWS_BASE} + {prefix}.id * 8"
    return f"DELETE FROM search_index WHERE rowid IN ({first}, {first} + 1, {first} + 2)"


def _v2_search(db: Database) -> None:
    """Full-text search (FTS5) over titles, prep, follow-up, notes and next steps."""
    k = SEARCH_KINDS
    watched = ", ".join(["title"] + PREP_COLUMNS + FOLLOW_UP_COLUMNS)
    ins_call = ";\n".join(_call_rows_sql("new"))
    note_row = f"(new.id * 8 + {k['note']}, new.text, new.call_id, 'note')"
    step_row = f"(new.id * 8 + {k['step']}, new.what, new.call_id, 'step')"
    cols = "search_index(rowid, body, call_id, kind)"
    statements = [
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "body, call_id UNINDEXED, kind UNINDEXED, tokenize = 'unicode61 remove_diacritics 2', "
        "prefix = '3')",
        f"CREATE TRIGGER calls_ai AFTER INSERT ON calls BEGIN {ins_call}; END",
        f"CREATE TRIGGER calls_au AFTER UPDATE OF {watched} ON calls BEGIN "
        f"{_delete_call_rows('old')}; {ins_call}; END",
        f"CREATE TRIGGER calls_ad AFTER DELETE ON calls BEGIN {_delete_call_rows('old')}; END",
        f"CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN "
        f"INSERT INTO {cols} VALUES {note_row}; END",
        f"CREATE TRIGGER notes_au AFTER UPDATE OF text ON notes BEGIN "
        f"DELETE FROM search_index WHERE rowid = old.id * 8 + {k['note']}; "
        f"INSERT INTO {cols} VALUES {note_row}; END",
        f"CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN "
        f"DELETE FROM search_index WHERE rowid = old.id * 8 + {k['note']}; END",
        f"CREATE TRIGGER steps_ai AFTER INSERT ON next_steps BEGIN "
        f"INSERT INTO {cols} VALUES {step_row}; END",
        f"CREATE TRIGGER steps_au AFTER UPDATE OF what ON next_steps BEGIN "
        f"DELETE FROM search_index WHERE rowid = old.id * 8 + {k['step']}; "
        f"INSERT INTO {cols} VALUES {step_row}; END",
        f"CREATE TRIGGER steps_ad AFTER DELETE ON next_steps BEGIN "
        f"DELETE FROM search_index WHERE rowid = old.id * 8 + {k['step']}; END",
        # Backfill whatever version 1 already held.
        f"INSERT INTO {cols} SELECT {_call_rowid('id', 'title')}, title, id, 'title' FROM calls",
        f"INSERT INTO {cols} SELECT {_call_rowid('id', 'prep')}, "
        f"{_concat('calls', PREP_COLUMNS)}, id, 'prep' FROM calls",
        f"INSERT INTO {cols} SELECT {_call_rowid('id', 'follow_up')}, "
        f"{_concat('calls', FOLLOW_UP_COLUMNS)}, id, 'follow_up' FROM calls",
        f"INSERT INTO {cols} SELECT id * 8 + {k['note']}, text, call_id, 'note' FROM notes",
        f"INSERT INTO {cols} SELECT id * 8 + {k['step']}, what, call_id, 'step' FROM next_steps",
    ]
    for sql in statements:
        db.execute(sql)


def _v3_follow_ups(db: Database) -> None:
    """Follow-up check-ins can be marked done, so reminders stop once the user checked in."""
    db.execute("ALTER TABLE calls ADD COLUMN follow_up_done_at TEXT")
    # Only the check-ins still owed: the start-up banner reads them on every start.
    db.execute(
        "CREATE INDEX idx_calls_follow_up_owed ON calls(follow_up_on) "
        "WHERE follow_up_done_at IS NULL AND status = 'ended'"
    )
    db.execute("CREATE INDEX idx_calls_started ON calls(started_at)")
    # History and the home page list calls newest first by this very expression.
    db.execute("CREATE INDEX idx_calls_when ON calls(coalesce(started_at, created_at))")


def _v4_tone_choices(db: Database) -> None:
    """What the user told the tone review: words never flagged as jargon (everywhere, or
    for one client) and findings marked fine in one call."""
    statements = [
        """CREATE TABLE tone_allowed_words (
            id INTEGER PRIMARY KEY,
            word TEXT NOT NULL,
            client_id INTEGER NULL REFERENCES clients(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL)""",
        # One row per word and place; 0 stands for "everywhere" (NULLs are never equal).
        "CREATE UNIQUE INDEX idx_tone_allowed_word "
        "ON tone_allowed_words(lower(word), coalesce(client_id, 0))",
        """CREATE TABLE tone_dismissals (
            id INTEGER PRIMARY KEY,
            call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
            rule TEXT NOT NULL,
            words TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE(call_id, rule, words))""",
    ]
    for sql in statements:
        db.execute(sql)


NOTE_DRAFT_SETTING = re.compile(r"draft_note_(\d+)")


def _v5_note_drafts(db: Database) -> None:
    """The note being typed, per call, in a table of its own (it was a setting named
    draft_note_<call id>), so adding a note can clear its draft in the same transaction
    and a draft goes when its call does. Empty drafts and those of calls since deleted
    are dropped; the prepare form's draft stays a setting."""
    import json  # not on every start: only this migration reads JSON

    db.execute(
        """CREATE TABLE note_drafts (
            call_id INTEGER PRIMARY KEY REFERENCES calls(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            saved_at TEXT NOT NULL)"""
    )
    calls = {r[0] for r in db.execute("SELECT id FROM calls")}
    keys, moved = [], []
    for key, value in db.execute("SELECT key, value FROM settings").fetchall():
        found = NOTE_DRAFT_SETTING.fullmatch(key)
        if not found:
            continue
        keys.append(key)
        try:
            text = json.loads(value)
        except ValueError:
            continue
        if isinstance(text, str) and text and int(found.group(1)) in calls:
            moved.append((int(found.group(1)), text))
    saved_at = to_iso(utc_now())
    for call_id, text in moved:
        db.execute(
            "INSERT INTO note_drafts (call_id, text, saved_at) VALUES (?, ?, ?)",
            [call_id, text, saved_at],
        )
    for key in keys:
        db.execute("DELETE FROM settings WHERE key = ?", [key])


def _v6_contacts_and_letters(db: Database) -> None:
    """Contact persons per client, each call's contact, letter subject and language, and
    when its letter went out. Calls that ended before this version are not tracked
    (letter_tracked = 0): whether their letter went out is unknown, and an upgrade must
    not greet the user with every past call as "letter not sent"."""
    statements = [
        """CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            email TEXT NOT NULL DEFAULT '',
            greeting TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (client_id, name COLLATE NOCASE))""",
        "ALTER TABLE clients ADD COLUMN language TEXT NOT NULL DEFAULT 'en'",
        "ALTER TABLE calls ADD COLUMN contact_id INTEGER "
        "REFERENCES contacts(id) ON DELETE SET NULL",
        "ALTER TABLE calls ADD COLUMN subject TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE calls ADD COLUMN language TEXT",
        "ALTER TABLE calls ADD COLUMN letter_sent_at TEXT",
        "ALTER TABLE calls ADD COLUMN letter_tracked INTEGER NOT NULL DEFAULT 1",
        "UPDATE calls SET letter_tracked = 0 WHERE status = 'ended'",
        "CREATE INDEX idx_calls_contact ON calls(contact_id)",
        # The banner and the board read the letters still owed on every start.
        "CREATE INDEX idx_calls_letter_owed ON calls(ended_at) "
        "WHERE letter_sent_at IS NULL AND letter_tracked = 1 AND status = 'ended'",
    ]
    for sql in statements:
        db.execute(sql)


def _v7_planned_at(db: Database) -> None:
    """When a prepared call is planned to happen (a calendar invitation's start): not its
    creation, which is when it was prepared, nor its start, which is when it went live."""
    db.execute("ALTER TABLE calls ADD COLUMN planned_at TEXT")


# The newest entries and calls, indexed again in a small table of their own so that a
# search can rank the recent history without touching the whole index (storage.search).
# It holds every note whose id is among the newest RECENT_NOTES ids, every step among the
# newest RECENT_STEPS and the rows of every call among the newest RECENT_CALLS; an insert
# drops the row that fell out of its window, so the table stays the same size for ever.
RECENT_INDEX = "search_index_recent"
RECENT_NOTES = 100_000
RECENT_STEPS = 20_000
RECENT_CALLS = 5_000
# Every call-level row (title, prep, follow-up) again, apart from the entries: a word
# typed as a prefix makes FTS5 gather every row of every word it begins, so a search of the
# call-level rows in the full index would read each matching note too.
CALLS_INDEX = "search_index_calls"


def recent_backfill_sql() -> list[str]:
    """Fill RECENT_INDEX from the full index with what its triggers would hold: the newest
    RECENT_NOTES notes, RECENT_STEPS steps and RECENT_CALLS calls (migration 8, and the
    demo writer, which fills the indexes after its rows). Rowid ranges: each is one seek."""
    k, cols = SEARCH_KINDS, f"{RECENT_INDEX}(rowid, body, call_id, kind)"
    return [
        f"INSERT INTO {cols} SELECT rowid, body, call_id, kind FROM search_index "
        f"WHERE rowid >= (SELECT 8 * (coalesce(max(id), 0) - {RECENT_NOTES} + 1) FROM notes) "
        f"AND rowid < {CALL_ROWS_BASE} AND rowid % 8 = {k['note']}",
        f"INSERT INTO {cols} SELECT rowid, body, call_id, kind FROM search_index "
        f"WHERE rowid >= (SELECT 8 * (coalesce(max(id), 0) - {RECENT_STEPS} + 1) "
        f"FROM next_steps) AND rowid < {CALL_ROWS_BASE} AND rowid % 8 = {k['step']}",
        f"INSERT INTO {cols} SELECT rowid, body, call_id, kind FROM search_index "
        f"WHERE rowid >= (SELECT {CALL_ROWS_BASE} + 8 * (coalesce(max(id), 0) - {RECENT_CALLS}"
        " + 1) FROM calls)",
    ]


def _v8_recent_search(db: Database) -> None:
    """A second, bounded full-text index over the newest entries and calls, and a third
    of every call-level row (issue 12)."""
    k = SEARCH_KINDS
    t = RECENT_INDEX
    watched = ", ".join(["title"] + PREP_COLUMNS + FOLLOW_UP_COLUMNS)
    cols = f"{t}(rowid, body, call_id, kind)"
    ins_call = ";\n".join(
        sql.replace("INTO search_index(", f"INTO {t}(") for sql in _call_rows_sql("new")
    )
    recent_call = f"new.id > (SELECT max(id) FROM calls) - {RECENT_CALLS}"
    ins_call_if_recent = ";\n".join(
        sql.replace("INTO search_index(", f"INTO {t}(").replace(" VALUES (", " SELECT ")[:-1]
        + f" WHERE {recent_call}"
        for sql in _call_rows_sql("new")
    )

    def drop_call(prefix: str) -> str:
        return _delete_call_rows(prefix).replace("FROM search_index", f"FROM {t}")

    def entry(kind: str, table: str, column: str, keep: int) -> list[str]:
        row = f"new.id * 8 + {k[kind]}, new.{column}, new.call_id, '{kind}'"
        mine = f"DELETE FROM {t} WHERE rowid = old.id * 8 + {k[kind]}"
        name = f"recent_{table}"
        return [
            f"CREATE TRIGGER {name}_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {cols} VALUES ({row}); "
            f"DELETE FROM {t} WHERE rowid = (new.id - {keep}) * 8 + {k[kind]}; END",
            f"CREATE TRIGGER {name}_au AFTER UPDATE OF {column} ON {table} BEGIN {mine}; "
            f"INSERT INTO {cols} SELECT {row} "
            f"WHERE new.id > (SELECT max(id) FROM {table}) - {keep}; END",
            f"CREATE TRIGGER {name}_ad AFTER DELETE ON {table} BEGIN {mine}; END",
        ]

    c = CALLS_INDEX
    statements = [
        f"CREATE VIRTUAL TABLE {c} USING fts5("
        "body, call_id UNINDEXED, kind UNINDEXED, tokenize = 'unicode61 remove_diacritics 2', "
        "prefix = '3')",
        f"CREATE TRIGGER calls_index_ai AFTER INSERT ON calls BEGIN "
        f"{ins_call.replace(f'INTO {t}(', f'INTO {c}(')}; END",
        f"CREATE TRIGGER calls_index_au AFTER UPDATE OF {watched} ON calls BEGIN "
        f"{drop_call('old').replace(f'FROM {t}', f'FROM {c}')}; "
        f"{ins_call.replace(f'INTO {t}(', f'INTO {c}(')}; END",
        f"CREATE TRIGGER calls_index_ad AFTER DELETE ON calls BEGIN "
        f"{drop_call('old').replace(f'FROM {t}', f'FROM {c}')}; END",
        f"INSERT INTO {c}(rowid, body, call_id, kind) SELECT rowid, body, call_id, kind "
        f"FROM search_index WHERE rowid >= {CALL_ROWS_BASE}",
        f"CREATE VIRTUAL TABLE {t} USING fts5("
        "body, call_id UNINDEXED, kind UNINDEXED, tokenize = 'unicode61 remove_diacritics 2', "
        "prefix = '3')",
        f"CREATE TRIGGER recent_calls_ai AFTER INSERT ON calls BEGIN {ins_call}; "
        f"DELETE FROM {t} WHERE rowid BETWEEN {CALL_ROWS_BASE} + (new.id - {RECENT_CALLS}) * 8 "
        f"AND {CALL_ROWS_BASE} + (new.id - {RECENT_CALLS}) * 8 + 2; END",
        f"CREATE TRIGGER recent_calls_au AFTER UPDATE OF {watched} ON calls BEGIN "
        f"{drop_call('old')}; {ins_call_if_recent}; END",
        f"CREATE TRIGGER recent_calls_ad AFTER DELETE ON calls BEGIN {drop_call('old')}; END",
        *entry("note", "notes", "text", RECENT_NOTES),
        *entry("step", "next_steps", "what", RECENT_STEPS),
        *recent_backfill_sql(),
        # One segment each: left as the backfill wrote them, the first notes after the
        # upgrade set off merges of a few hundred milliseconds (commits p99 42 ms, not 3).
        f"INSERT INTO {t}({t}) VALUES ('optimize')",
        f"INSERT INTO {c}({c}) VALUES ('optimize')",
    ]
    for sql in statements:
        db.execute(sql)


def _v9_checklists(db: Database) -> None:
    """The checklist each call went live with (storage/checklists.py), stored once per
    distinct checklist, so a playbook edited later leaves past calls' items as they were
    (issue 14); and each playbook's checklists with when they were replaced, for the
    calls from before, which point at none."""
    statements = [
        """CREATE TABLE checklists (
            id INTEGER PRIMARY KEY,
            digest TEXT NOT NULL UNIQUE,
            items TEXT NOT NULL,
            created_at TEXT NOT NULL)""",
        "ALTER TABLE calls ADD COLUMN checklist_id INTEGER REFERENCES checklists(id)",
        """CREATE TABLE checklist_history (
            id INTEGER PRIMARY KEY,
            scenario TEXT NOT NULL,
            checklist_id INTEGER NOT NULL REFERENCES checklists(id),
            until TEXT NOT NULL)""",
        "CREATE INDEX idx_checklist_history ON checklist_history(scenario, until)",
    ]
    for sql in statements:
        db.execute(sql)


def _v11_paged_lists(db: Database) -> None:
    """History and the client page read a page at a time, sorted and filtered in SQL
    (storage/history.py): an index per filter that keeps the date order, so the first
    page of a filtered list is read in order; one narrow index holding every column the
    other orders and the counts need, so they never read the wide call rows; one holding
    a listed call's columns by id, for reading a page's rows; the open steps by call, for
    their count per call. The indexes on status and on client alone are prefixes of
    these and go."""
    when = "coalesce(started_at, created_at)"
    statements = [
        "DROP INDEX IF EXISTS idx_calls_status",
        "DROP INDEX IF EXISTS idx_calls_client",
        f"CREATE INDEX idx_calls_status_when ON calls(status, {when})",
        f"CREATE INDEX idx_calls_scenario_when ON calls(scenario, {when})",
        "CREATE INDEX idx_calls_list ON calls(client_id, status, scenario, started_at, "
        "created_at, follow_up_on, letter_tracked, letter_sent_at, title)",
        "CREATE INDEX idx_steps_open_call ON next_steps(call_id) WHERE status = 'open'",
        # A listed call's columns by id: a page read by id never touches the wide row,
        # whose later columns sit behind the prep and follow-up text (overflow pages).
        "CREATE INDEX idx_calls_row ON calls(id, client_id, contact_id, status, scenario, "
        "created_at, started_at, ended_at, follow_up_on, follow_up_done_at, language, "
        "letter_sent_at, letter_tracked, planned_at, title)",
    ]
    for sql in statements:
        db.execute(sql)


# The three full-text indexes, and how FTS5 merges their segments (storage/search_merge.py
# says why): never inside a commit but for a crisis merge of this many small segments
# (a few ms), and on the upkeep thread a level once it holds `usermerge` segments, so the
# large segment left by 'optimize' is merged again seldom, and never in a commit.
SEARCH_INDEXES = ("search_index", RECENT_INDEX, CALLS_INDEX)
SEARCH_MERGING = {"automerge": 0, "crisismerge": 64, "usermerge": 16}


def search_merging_sql(
    index: str, settings: Mapping[str, int] = SEARCH_MERGING
) -> list[tuple[str, list[object]]]:
    """The statements that give `index` these FTS5 merge settings (default SEARCH_MERGING;
    kept in its %_config table, so they hold for every connection)."""
    return [
        (f"INSERT INTO {index}({index}, rank) VALUES (?, ?)", [key, value])
        for key, value in settings.items()
    ]


def _v12_search_merging(db: Database) -> None:
    """No full-text merging inside a live call's commit (issue 12: a next step's commit
    p99 24 ms, and one of 1.1 s when a crisis merge took in the 10,000-page segment)."""
    for index in SEARCH_INDEXES:
        for sql, params in search_merging_sql(index):
            db.execute(sql, params)


MIGRATIONS: list[Callable[[Database], None]] = [
    _v1_core,
    _v2_search,
    _v3_follow_ups,
    _v4_tone_choices,
    _v5_note_drafts,
    _v6_contacts_and_letters,
    _v7_planned_at,
    _v8_recent_search,
    _v9_checklists,
    v10_team,
    _v11_paged_lists,
    _v12_search_merging,
]
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(db: Db | Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def pending(db: Db | Database, upto: int = SCHEMA_VERSION) -> list[int]:
    return list(range(user_version(db) + 1, upto + 1))


def apply(db: Db, upto: int = SCHEMA_VERSION) -> list[int]:
    """Apply the pending migrations, each atomically; return the versions applied.

    Migrations get sqlite-utils' Database (its table tools, such as transform(),
    make later schema changes simple); it is imported only when one is pending.
    """
    versions = pending(db, upto)
    if not versions:
        return []
    from sqlite_utils import Database

    tools = Database(db.conn)
    for version in versions:
        with tools.atomic():
            MIGRATIONS[version - 1](tools)
            tools.execute(f"PRAGMA user_version = {version}")
    return versions
