"""Text values that are not UTF-8: SQLite stores whatever bytes it is given, and its own
integrity check never looks inside a value, so a byte written by another tool (or a
flipped bit) passes it; yet reading that row fails, and `list` or History with it.

This reads every text value Candor later shows, as bytes: an ASCII value is passed
by bytes.isascii() in C, only the others are decoded. About half a second for the
source tables of 10,000 calls, as long again for the search index.
"""

from __future__ import annotations

from storage.connection import Db

MAX_LISTED = 20
SEARCH_INDEX = "search_index"


def _tables(db: Db) -> list[tuple[str, list[str]]]:
    """Candor's tables and their text columns (declared TEXT, or untyped as in the search
    index); the search index itself, not its shadow tables."""
    names = [
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_index_%' ORDER BY name"
        )
    ]
    tables = []
    for name in names:
        info = db.execute(f'PRAGMA table_info("{name}")').fetchall()
        columns = [r[1] for r in info if r[2].upper() in ("TEXT", "")]
        if columns:
            tables.append((name, columns))
    return tables


def unreadable_text(db: Db, *, search_index: bool = True) -> list[str]:
    """One line per text value that is not valid UTF-8, at most MAX_LISTED, then a sum.

    Each row's text columns come joined by a newline, one bytes value per row: an ASCII
    byte ends any UTF-8 sequence, so the whole is valid exactly when every part is.
    The search index repeats the source tables' text; `search_index=False` skips it.
    """
    found: list[str] = []
    for table, columns in _tables(db):
        if table == SEARCH_INDEX and not search_index:
            continue
        joined = " || char(10) || ".join(f"coalesce(\"{c}\", '')" for c in columns)
        for rowid, value in db.execute(f'SELECT rowid, CAST({joined} AS BLOB) FROM "{table}"'):
            if not value.isascii() and not _is_utf8(value):
                found += _bad_values(db, table, columns, rowid)
    if len(found) > MAX_LISTED:
        found[MAX_LISTED:] = [f"... and {len(found) - MAX_LISTED} more values that are not UTF-8"]
    return found


def _bad_values(db: Db, table: str, columns: list[str], rowid: int) -> list[str]:
    picked = ", ".join(f'CAST("{c}" AS BLOB)' for c in columns)
    row = db.execute(f'SELECT {picked} FROM "{table}" WHERE rowid = ?', [rowid]).fetchone()
    return [
        f"{table} row {rowid}: {column} holds bytes that are not UTF-8 text, "
        "so Candor cannot show that row"
        for column, value in zip(columns, row, strict=True)
        if value and not _is_utf8(value)
    ]


def _is_utf8(value: bytes) -> bool:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
