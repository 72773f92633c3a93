"""Size and backups: bytes per call and per note, what the full-text index costs and what
could shrink, and how much room the daily backups take.

    python -m bench.size_bench [CALLS]     (default 10,000; writes its section of
                                            docs/benchmarks.md, replacing the old one)

The full-text variants are built in a scratch file from the index's own text, so the
app's search_index (its table and options) is only measured, never changed.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bench.common import ROOT, demo_db, machine, median, ms
from storage import backup
from storage.sizes import size_report

HEADING = "## Size and backups"
OUT = ROOT / "docs" / "benchmarks.md"
MB = 1024 * 1024
# Queries of each kind the issue names: frequent (71,000 and 54,000 of the 10k database's
# 590,000 rows), two words, prefixes; the rarest word of the index is added at run time.
QUERIES = ["team", "date", "asked team", "tea*", "dat*"]
VARIANTS = {
    "as shipped: detail=full, prefix='3'": "prefix = '3'",
    "no prefix index": "",
    "detail=column, prefix='3'": "prefix = '3', detail = column",
}


def fts_variants(source: Path, scratch: Path) -> dict[str, tuple[int, dict[str, float]]]:
    """Each variant built from the shipped index's text: (bytes of its index pages
    without the stored text, median ms of each query over 5 runs, best 50 by bm25)."""
    out: dict[str, tuple[int, dict[str, float]]] = {}
    vocab = sqlite3.connect(":memory:")
    vocab.execute(f"ATTACH '{source.resolve().as_uri()}?mode=ro' AS src")
    vocab.execute("CREATE VIRTUAL TABLE temp.words USING fts5vocab(src, search_index, row)")
    rare = vocab.execute("SELECT term FROM temp.words ORDER BY doc, term LIMIT 1").fetchone()[0]
    vocab.close()
    queries = [*QUERIES, rare]
    for label, options in VARIANTS.items():
        path = scratch / f"fts-{len(out)}.db"
        conn = sqlite3.connect(path)
        conn.execute(f"ATTACH '{source.resolve().as_uri()}?mode=ro' AS src")
        extra = f", {options}" if options else ""
        conn.execute(
            "CREATE VIRTUAL TABLE v USING fts5(body, call_id UNINDEXED, kind UNINDEXED, "
            f"tokenize = 'unicode61 remove_diacritics 2'{extra})"
        )
        conn.execute(
            "INSERT INTO v (rowid, body, call_id, kind) "
            "SELECT rowid, body, call_id, kind FROM src.search_index"
        )
        conn.commit()
        conn.execute("INSERT INTO v (v) VALUES ('optimize')")
        conn.commit()
        sizes = dict(conn.execute("SELECT name, pgsize FROM dbstat WHERE aggregate = TRUE"))
        index = sum(size for name, size in sizes.items() if name in ("v_data", "v_idx"))
        timings = {}
        for query in queries:
            runs = []
            for _ in range(5):
                started = time.perf_counter()
                conn.execute(
                    "SELECT rowid FROM v WHERE v MATCH ? ORDER BY bm25(v) LIMIT 50", [query]
                ).fetchall()
                runs.append(ms(time.perf_counter() - started))
            timings[query] = median(runs)
        conn.close()
        path.unlink()
        out[label] = (index, timings)
    return out


def backup_figures(source: Path, scratch: Path) -> tuple[int, float]:
    """(bytes, seconds) of one backup through the online backup API, as the daily one."""
    conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    started = time.perf_counter()
    made = backup.backup_to(conn, scratch / "daily.db")
    seconds = time.perf_counter() - started
    conn.close()
    size = made.stat().st_size
    made.unlink()
    return size, seconds


def section(calls: int = 10_000) -> str:
    source = demo_db(calls)
    conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    started = time.perf_counter()
    report = size_report(conn)
    report_s = time.perf_counter() - started
    conn.close()
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        backup_bytes, backup_s = backup_figures(source, scratch)
        variants = fts_variants(source, scratch)
    queries = list(next(iter(variants.values()))[1])
    areas = report.area_bytes()
    total = report.file_bytes
    lines = [
        HEADING,
        "",
        f"Measured {date.today():%d %B %Y} on {machine()} by `python -m bench.size_bench"
        f" {calls}` on `demo --calls {calls:,}` (seed 7): {report.notes:,} notes,"
        f" {total / MB:.0f} MiB. Sizes from SQLite's `dbstat` (storage/sizes.py, {report_s:.1f} s"
        " to read every page).",
        "",
        f"**{report.per_call() / 1024:.1f} KiB per call** all told;"
        f" **{report.per_note():.0f} bytes per note** in the notes table and its index, plus"
        f" {report.search_per_note():.0f} bytes per note in the full-text index (which also"
        " holds titles, prep, follow-up and next steps).",
        "",
        "| what | MiB | share | bytes per call |",
        "|---|---|---|---|",
    ]
    for area, size in areas.items():
        lines.append(
            f"| {area} | {size / MB:.1f} | {100 * size / total:.0f} % "
            f"| {size / max(report.calls, 1):,.0f} |"
        )
    content = report.objects.get("search_index_content", 0)
    docsize = report.objects.get("search_index_docsize", 0)
    shipped_index = variants[next(iter(VARIANTS))][0]
    lines += [
        "",
        "Inside the full-text index: the words' index (`search_index_data`, `_idx`)"
        f" {shipped_index / MB:.1f} MiB once optimized,"
        f" a second copy of every indexed text (`search_index_content`) {content / MB:.1f} MiB,"
        f" and each row's length for bm25 (`search_index_docsize`) {docsize / MB:.1f} MiB.",
        "",
        "The index built again in a scratch file with other options, from the same"
        " text (words' index only; median ms of 5 runs of the 50 best by bm25):",
        "",
        "| options | words' index MiB | " + " | ".join(f"`{q}`" for q in queries) + " |",
        "|---|---|" + "---|" * len(queries),
    ]
    for label, (size, timings) in variants.items():
        lines.append(
            f"| {label} | {size / MB:.1f} | "
            + " | ".join(f"{timings[q]:.1f}" for q in queries)
            + " |"
        )
    prefix_bytes = shipped_index - variants["no prefix index"][0]
    keep, limit = backup.DEFAULT_KEEP, backup.DEFAULT_MAX_MB * MB
    fits = min(keep, max(1, limit // backup_bytes))
    lines += [
        "",
        "What could shrink (not changed here: the search is being reworked in"
        " storage/search*.py at the same time, and any change is a migration):",
        "",
        f"- The second copy of the text, {content / MB:.0f} MiB"
        f" ({100 * content / total:.0f} % of the file): an external-content index"
        " (`content='…'`) reading the notes, calls and next steps tables would drop it;"
        " snippets and highlights would then read those tables.",
        f"- The prefix index ({prefix_bytes / MB:.0f} MiB): compare the prefix queries with"
        " the plain ones in the same row (the plain ones show this shared machine's noise)."
        " With bm25 over every match, a prefix query's cost is ranking the matches, not"
        " finding the words; whether the index pays under the reworked search is for that"
        " work to measure.",
        "- `detail=column` drops word positions (no phrase or NEAR queries) but saves little"
        " here, and bm25 then scores more slowly: see its row.",
        "- Times as ISO 8601 text (`at`, `created_at`) take about 25-32 bytes each in the"
        " notes, ticks and reactions rows; whole-second Unix times would take 4-6.",
        "",
        "**Backups.** A daily backup is a page-for-page copy through SQLite's online backup"
        f" API: {backup_bytes / MB:.0f} MiB, written in {backup_s:.1f} s here. The defaults"
        f" keep the newest {keep} daily backups within {backup.DEFAULT_MAX_MB:,} MiB in all:"
        f" at this size {fits} fit ({fits * backup_bytes / MB:,.0f} MiB), where 14 would"
        f" take {14 * backup_bytes / MB:,.0f} MiB. A day when nothing changed is skipped,"
        " and a backup before each schema upgrade, or made with Back up now, is never"
        " removed.",
        "",
    ]
    return "\n".join(lines)


def write(text: str, out: Path = OUT) -> None:
    """Put the section in the report, replacing the old one (up to the next heading)."""
    old = out.read_text(encoding="utf-8") if out.exists() else "# Benchmarks\n"
    if HEADING in old:
        before, rest = old.split(HEADING, 1)
        after = rest[rest.find("\n## ") + 1 :] if "\n## " in rest else ""
        new = before + text + ("\n" + after if after else "")
    else:
        new = old.rstrip("\n") + "\n\n" + text
    out.write_text(new, encoding="utf-8")


def main() -> int:
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    text = section(calls)
    write(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
