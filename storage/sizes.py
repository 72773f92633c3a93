"""Where the bytes of a database go: bytes per call and per note, by table and index.

No Qt and no command: bench/size_bench.py writes the figures to docs/benchmarks.md.
With SQLite's dbstat virtual table (most builds, this one included) every object's
pages are counted; without it only the file's page count is known and the split by
object is left empty.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

# Which of the user's things each object belongs to; the FTS5 shadow tables
# (search_index_data, _content, _docsize, _idx, _config) are the full-text index.
AREAS = {
    "notes": "notes",
    "calls": "calls",
    "ticks": "ticks",
    "reactions": "reactions",
    "next_steps": "next steps",
}
SEARCH = "search_index"


@dataclass
class SizeReport:
    page_size: int
    pages: int
    free_pages: int
    calls: int
    notes: int
    objects: dict[str, int] = field(default_factory=dict)  # name -> bytes of its pages
    tables: dict[str, str] = field(default_factory=dict)  # name -> the table it belongs to

    @property
    def file_bytes(self) -> int:
        return self.page_size * self.pages

    def area_bytes(self) -> dict[str, int]:
        """Bytes by what they hold: each table with its indexes, the full-text index, the rest."""
        areas: dict[str, int] = {}
        for name, size in self.objects.items():
            table = self.tables.get(name, name)
            area = (
                "full-text index"
                if table.startswith(SEARCH)
                else AREAS.get(table, "everything else")
            )
            areas[area] = areas.get(area, 0) + size
        if self.free_pages:
            areas["free pages"] = self.free_pages * self.page_size
        return dict(sorted(areas.items(), key=lambda item: -item[1]))

    def per_call(self) -> float:
        return self.file_bytes / self.calls if self.calls else 0.0

    def per_note(self) -> float:
        """The notes table and its index over the number of notes (the note's text in the
        full-text index is counted apart: `search_per_note`)."""
        areas = self.area_bytes()
        return areas.get("notes", 0) / self.notes if self.notes else 0.0

    def search_per_note(self) -> float:
        return self.area_bytes().get("full-text index", 0) / self.notes if self.notes else 0.0


def has_dbstat(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("SELECT 1 FROM dbstat LIMIT 1").fetchall()
    except sqlite3.Error:
        return False
    return True


def size_report(conn: sqlite3.Connection) -> SizeReport:
    """Reads every page (through dbstat): about 0.4 s for a 200 MB file."""
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    report = SizeReport(
        page_size=one("PRAGMA page_size"),
        pages=one("PRAGMA page_count"),
        free_pages=one("PRAGMA freelist_count"),
        calls=one("SELECT count(*) FROM calls"),
        notes=one("SELECT count(*) FROM notes"),
    )
    report.tables = {
        name: table for name, table in conn.execute("SELECT name, tbl_name FROM sqlite_master")
    }
    if has_dbstat(conn):
        try:  # one row an object (SQLite 3.31 and later)
            rows = conn.execute("SELECT name, pgsize FROM dbstat WHERE aggregate = TRUE").fetchall()
        except sqlite3.Error:
            rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
        report.objects = dict(rows)
    return report
