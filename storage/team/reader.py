"""Reading the team's rows on the server: the calls, a full-text search, the board.

Search is PostgreSQL's own: each searched table has a generated tsvector column under
a GIN index. Whatever the user typed goes to websearch_to_tsquery, which never fails on
any text (quotes make phrases, - excludes, "or" allows either); words ending in * and
the last word (while it is being typed, from three letters) match as prefixes, built
here from letters and digits only, so no typed character can form query syntax. Each
table gives its newest matches, newest first; snippets are made for the final rows only.
"""

from __future__ import annotations

import re

from domain.team import TeamCall, TeamCallDetail, TeamCommitment, TeamHit, TeamOnClient
from storage.team.connect import closing, connect, server_errors
from storage.team.errors import NotJoined
from storage.team.link import load_link
from storage.team.server_schema import TS_CONFIG, check_member

TYPE_CHECKING = False
if TYPE_CHECKING:
    import psycopg

    from storage.connection import Db

MAX_QUERY_CHARS = 1000
MAX_TERMS = 12
MIN_PREFIX = 3
DEFAULT_LIMIT = 50
DETAIL_NOTES = 200  # a call's notes shown read-only, at most
_WORD = re.compile(r"[^\W_]+")
MARK = "**"


def team_connection(db: Db) -> tuple[psycopg.Connection, str]:
    """A checked connection as this database's member, and the URL for messages."""
    found = load_link(db)
    if found is None:
        raise NotJoined("this database is not in a team; run 'candor team join MEMBER_URL'.")
    link, password = found
    conn = connect(link.url, password)
    try:
        with server_errors(link.url, "the login"):
            check_member(conn, link.url)
    except BaseException:
        conn.close()
        raise
    return conn, link.url


def split_query(text: str) -> tuple[str, list[str]]:
    """(the text for websearch_to_tsquery, the prefixes): at most MAX_TERMS chunks, NULs
    dropped; a chunk ending in * and a plain last word of 3+ letters become prefixes."""
    text = text.replace("\x00", " ")[:MAX_QUERY_CHARS]
    typing = not text[-1:].isspace()  # "migr " is a finished word, "migr" is not yet
    chunks = text.split()[:MAX_TERMS]
    prefixes: list[str] = []
    kept: list[str] = []
    for i, chunk in enumerate(chunks):
        last_plain = (
            typing
            and i == len(chunks) - 1
            and _WORD.fullmatch(chunk) is not None
            and len(chunk) >= MIN_PREFIX
            and " ".join(chunks[:i]).count('"') % 2 == 0
        )
        if chunk.endswith("*") and _WORD.fullmatch(chunk.rstrip("*")):
            prefixes.append(chunk.rstrip("*").lower())
        elif last_plain:
            prefixes.append(chunk.lower())
        else:
            kept.append(chunk)
    return " ".join(kept), prefixes


def _tsquery_sql(web: str, prefixes: list[str]) -> tuple[str, list[str]] | None:
    parts, params = [], []
    if _WORD.search(web):
        parts.append(f"websearch_to_tsquery('{TS_CONFIG}', %s)")
        params.append(web)
    for prefix in prefixes:
        parts.append(f"to_tsquery('{TS_CONFIG}', %s)")
        params.append(f"{prefix}:*")
    if not parts:
        return None
    return " && ".join(parts), params


def _call_part(column_sql: str) -> str:
    return f"to_tsvector('{TS_CONFIG}', {column_sql})"


def search(db: Db, text: str, limit: int = DEFAULT_LIMIT) -> list[TeamHit]:
    """The team's newest matches of `text`, newest first."""
    from storage.migrations import FOLLOW_UP_COLUMNS, PREP_COLUMNS

    built = _tsquery_sql(*split_query(text))
    if built is None:
        return []
    query, params = built
    prep = " || ' ' || ".join(f"c.{c}" for c in PREP_COLUMNS)
    follow = " || ' ' || ".join(f"c.{c}" for c in FOLLOW_UP_COLUMNS)
    title = "c.title || ' ' || c.subject"
    for i in range(len(params)):
        query = query.replace("%s", f"%(p{i})s", 1)
    named = {f"p{i}": p for i, p in enumerate(params)}
    # The query is written out wherever it is used (no CTE), so the planner sees its
    # words: a frequent word walks the time index newest first, a rare one the GIN index.
    sql = f"""
    WITH top AS (SELECT * FROM (
        (SELECT 'call' AS src, c.uuid AS row_uuid, c.uuid AS call_uuid,
                coalesce(c.started_at, c.created_at) AS at
         FROM candor.calls c WHERE c.search @@ ({query})
         ORDER BY coalesce(c.started_at, c.created_at) DESC LIMIT %(n)s)
        UNION ALL
        (SELECT 'note', n.uuid, n.call_uuid, n.at FROM candor.notes n
         WHERE n.search @@ ({query}) ORDER BY n.at DESC LIMIT %(n)s)
        UNION ALL
        (SELECT 'step', s.uuid, s.call_uuid, s.created_at FROM candor.next_steps s
         WHERE s.search @@ ({query}) ORDER BY s.created_at DESC LIMIT %(n)s)
    ) hits ORDER BY at DESC NULLS LAST LIMIT %(n)s),
    bodies AS (
        SELECT h.at, c.member, c.local_id, coalesce(k.name, '') AS client, c.title,
            CASE WHEN h.src = 'note' THEN 'note' WHEN h.src = 'step' THEN 'step'
                 WHEN {_call_part(title)} @@ ({query}) THEN 'title'
                 WHEN {_call_part(prep)} @@ ({query}) THEN 'prep' ELSE 'follow_up' END AS kind,
            CASE WHEN h.src = 'note' THEN n.text WHEN h.src = 'step' THEN s.what
                 WHEN {_call_part(title)} @@ ({query}) THEN {title}
                 WHEN {_call_part(prep)} @@ ({query}) THEN {prep} ELSE {follow} END AS body
        FROM top h
        JOIN candor.calls c ON c.uuid = h.call_uuid
        LEFT JOIN candor.clients k ON k.uuid = c.client_uuid
        LEFT JOIN candor.notes n ON h.src = 'note' AND n.uuid = h.row_uuid
        LEFT JOIN candor.next_steps s ON h.src = 'step' AND s.uuid = h.row_uuid)
    SELECT b.member, b.local_id, b.client, b.title, b.kind,
        ts_headline('{TS_CONFIG}', left(b.body, 20000), ({query}),
            'StartSel=**, StopSel=**, MaxWords=18, MinWords=6, MaxFragments=1'),
        b.at
    FROM bodies b ORDER BY b.at DESC NULLS LAST
    """
    conn, url = team_connection(db)
    with closing(conn), server_errors(url, "the search"):
        rows = conn.execute(sql, {**named, "n": limit}).fetchall()
    return [TeamHit(m, int(i), c, t, k, snip, at) for m, i, c, t, k, snip, at in rows]


def calls(
    db: Db,
    member: str | None = None,
    client: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[TeamCall]:
    """The team's calls, newest first; `member` by name in any case, `client` as a part
    of the client's name in any case. `limit` and `offset` read one page of them (the
    window's Team scope reads the newest page, then the next when asked)."""
    sql = """
    SELECT c.member, c.local_id, coalesce(k.name, ''), c.title, c.scenario, c.status,
        c.created_at, c.started_at, c.ended_at, c.follow_up_on,
        (SELECT count(*) FROM candor.next_steps s
         WHERE s.call_uuid = c.uuid AND s.status = 'open')
    FROM candor.calls c LEFT JOIN candor.clients k ON k.uuid = c.client_uuid
    WHERE (%(member)s::text IS NULL OR lower(c.member) = lower(%(member)s))
      AND (%(client)s::text IS NULL OR strpos(lower(k.name), lower(%(client)s)) > 0)
    ORDER BY coalesce(c.started_at, c.created_at) DESC, c.member, c.local_id DESC
    LIMIT %(limit)s OFFSET %(offset)s
    """
    conn, url = team_connection(db)
    params = {"member": member, "client": client, "limit": limit, "offset": max(0, offset)}
    with closing(conn), server_errors(url, "the team's calls"):
        rows = conn.execute(sql, params).fetchall()
    return [TeamCall(*row[:1], int(row[1]), *row[2:10], int(row[10])) for row in rows]


def call_detail(db: Db, member: str, call_id: int) -> TeamCallDetail | None:
    """One call of the team with its notes and next steps, to be read (None when the
    member has no such call on the server, e.g. made private since)."""
    call_sql = """
    SELECT c.uuid, c.member, c.local_id, coalesce(k.name, ''), c.title, c.scenario, c.status,
        c.created_at, c.started_at, c.ended_at, c.follow_up_on,
        (SELECT count(*) FROM candor.next_steps s
         WHERE s.call_uuid = c.uuid AND s.status = 'open')
    FROM candor.calls c LEFT JOIN candor.clients k ON k.uuid = c.client_uuid
    WHERE c.member = %(member)s AND c.local_id = %(id)s
    """
    notes_sql = """SELECT text FROM candor.notes WHERE call_uuid = %(uuid)s
        ORDER BY offset_ms NULLS LAST, at LIMIT %(n)s"""
    steps_sql = """SELECT what, owner, due_on, status FROM candor.next_steps
        WHERE call_uuid = %(uuid)s ORDER BY created_at"""
    conn, url = team_connection(db)
    with closing(conn), server_errors(url, "the team's call"):
        row = conn.execute(call_sql, {"member": member, "id": call_id}).fetchone()
        if row is None:
            return None
        uuid, row = row[0], row[1:]
        notes = conn.execute(notes_sql, {"uuid": uuid, "n": DETAIL_NOTES}).fetchall()
        steps = conn.execute(steps_sql, {"uuid": uuid}).fetchall()
    call = TeamCall(row[0], int(row[1]), *row[2:10], int(row[10]))
    return TeamCallDetail(
        call,
        tuple(text for (text,) in notes),
        tuple(TeamCommitment(member, call_id, call.client, w, o, d) for w, o, d, _s in steps),
        tuple(s == "open" for _w, _o, _d, s in steps),
    )


def board(db: Db) -> list[TeamCommitment]:
    """The team's open next steps, soonest due first (undated last)."""
    sql = """
    SELECT s.member, c.local_id, coalesce(k.name, ''), s.what, s.owner, s.due_on
    FROM candor.next_steps s JOIN candor.calls c ON c.uuid = s.call_uuid
    LEFT JOIN candor.clients k ON k.uuid = c.client_uuid
    WHERE s.status = 'open'
    ORDER BY s.due_on NULLS LAST, lower(k.name), s.member, s.created_at
    """
    conn, url = team_connection(db)
    with closing(conn), server_errors(url, "the team's board"):
        rows = conn.execute(sql).fetchall()
    return [TeamCommitment(m, int(i), c, w, o, d) for m, i, c, w, o, d in rows]


def on_client(db: Db, client: str) -> list[TeamOnClient]:
    """Who on the team spoke to `client` (its name in any case), the last first, each
    with their last call held and the next steps they have open with it."""
    last_sql = """
    SELECT DISTINCT ON (c.member) c.member, c.started_at, c.title
    FROM candor.calls c JOIN candor.clients k ON k.uuid = c.client_uuid
    WHERE lower(k.name) = lower(%(client)s) AND c.started_at IS NOT NULL
    ORDER BY c.member, c.started_at DESC
    """
    owed_sql = """
    SELECT s.member, c.local_id, k.name, s.what, s.owner, s.due_on
    FROM candor.next_steps s JOIN candor.calls c ON c.uuid = s.call_uuid
    JOIN candor.clients k ON k.uuid = c.client_uuid
    WHERE lower(k.name) = lower(%(client)s) AND s.status = 'open'
    ORDER BY s.due_on NULLS LAST, s.created_at
    """
    conn, url = team_connection(db)
    with closing(conn), server_errors(url, "the team's calls"):
        last = conn.execute(last_sql, {"client": client}).fetchall()
        owed = conn.execute(owed_sql, {"client": client}).fetchall()
    steps: dict[str, list[TeamCommitment]] = {}
    for m, i, c, w, o, d in owed:
        steps.setdefault(m, []).append(TeamCommitment(m, int(i), c, w, o, d))
    rows = [TeamOnClient(m, at, title, tuple(steps.pop(m, ()))) for m, at, title in last]
    rows.sort(key=lambda r: r.last_call_at, reverse=True)
    rows += [TeamOnClient(m, None, "", tuple(s)) for m, s in sorted(steps.items())]
    return rows


def reachable(db: Db) -> tuple[bool, str]:
    """Whether the server answers this member's login, and if not, why."""
    from storage.team.errors import TeamError

    try:
        conn, _url = team_connection(db)
    except NotJoined:
        raise
    except TeamError as exc:
        return False, str(exc)
    conn.close()
    return True, ""
