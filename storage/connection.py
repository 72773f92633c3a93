"""The connection wrapper the repositories use at run time.

sqlite-utils' Database offers the same three calls, but importing it costs
about 80 ms (click, dateutil, plugin discovery), half the start-up budget of
DESIGN.md. So the run-time path uses this small wrapper over sqlite3, and
sqlite-utils is loaded only where its table tools earn their import: schema
migrations, sample data and checks.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Iterator, Sequence

from storage.errors import SQLITE_ERRORS, from_sqlite
from storage.text import storable_params, warn_replaced

TYPE_CHECKING = False  # importing typing costs the command line 2-3 ms; annotations are text
if TYPE_CHECKING:
    from typing import Any

_savepoints = itertools.count()


def _reading(sql: str) -> bool:
    return sql.lstrip()[:6].upper() in ("SELECT", "PRAGMA")


@contextlib.contextmanager
def _as_storage_errors(sql: str) -> Iterator[None]:
    """SQLite errors leave storage as StorageError, with a sentence a user can act on.

    An interrupt (a newer search superseding a running one) stays an SQLite error
    for the search reader to recognise.
    """
    try:
        yield
    except SQLITE_ERRORS as exc:
        if "interrupt" in str(exc).lower():
            raise
        raise from_sqlite(exc, "reading the database" if _reading(sql) else "saving") from exc


def _storable(sql: str, params: Sequence[Any] | dict, warn: bool = True) -> Sequence[Any] | dict:
    """The parameters with text UTF-8 cannot hold replaced (the repositories already
    clean what users type; this is the net under every other statement). Only a write
    warns: a lookup stores nothing, it just finds no such text."""
    fixed, replaced = storable_params(params)
    if replaced and warn and not _reading(sql):
        warn_replaced("the text", 5)
    return fixed


class Db:
    """A sqlite3 connection in autocommit mode (isolation_level=None)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def execute(self, sql: str, params: Sequence[Any] | dict = ()) -> sqlite3.Cursor:
        with _as_storage_errors(sql):
            try:
                return self.conn.execute(sql, params)
            except UnicodeEncodeError:  # bound before it ran: nothing happened yet
                return self.conn.execute(sql, _storable(sql, params))

    def executemany(self, sql: str, rows: Any) -> sqlite3.Cursor:
        """All rows or none (a row that fails to bind would leave the earlier ones in)."""
        rows = rows if isinstance(rows, list) else list(rows)
        try:
            with self.atomic():
                return self._executemany(sql, rows)
        except UnicodeEncodeError:
            fixed = [_storable(sql, row, warn=False) for row in rows]
            warn_replaced(stacklevel=3)
            with self.atomic():
                return self._executemany(sql, fixed)

    def _executemany(self, sql: str, rows: list[Any]) -> sqlite3.Cursor:
        with _as_storage_errors(sql):
            return self.conn.executemany(sql, rows)

    def query(self, sql: str, params: Sequence[Any] | dict = ()) -> Iterator[dict[str, Any]]:
        """Rows as dicts keyed by column name."""
        with _as_storage_errors(sql):
            try:
                cursor = self.conn.execute(sql, params)
            except UnicodeEncodeError:
                cursor = self.conn.execute(sql, _storable(sql, params))
            names = [d[0] for d in cursor.description]
            for row in cursor:
                yield dict(zip(names, row, strict=True))

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Db]:
        """One transaction; nested blocks become savepoints.

        BEGIN and COMMIT fail like any write (a lock, a full disk), so they raise
        StorageError too; a failed COMMIT is rolled back, leaving the connection usable.
        """
        if self.conn.in_transaction:
            name = f"candor_sp_{next(_savepoints)}"
            self.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # the outer block rolls back if this fails
                    with contextlib.suppress(sqlite3.Error):
                        self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                        self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            self.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.execute("BEGIN IMMEDIATE")
        try:
            yield self
            self.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        """Undo the open transaction, if SQLite has not already; never hide the first error."""
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()
