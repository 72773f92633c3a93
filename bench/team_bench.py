"""A team's shared history on PostgreSQL (issue 13), for docs/benchmarks.md.

    python -m bench.team_bench [--calls 10000] [--members 5] [--member-calls 20000] [--write]

Starts its own PostgreSQL (pgserver, from the test extra) in a temporary folder and
measures, each on a fresh team database:

1. publishing a `--calls` demo database whole (bar: 10,000 calls, about 500,000 notes,
   under 60 s), through storage.team.publish as `candor team publish` runs it;
2. publishing one ended call (50 notes, 8 reactions, 12 ticks, 3 next steps) into that
   team, a new connection each time as the command line makes one (bar: under 200 ms),
   median and p95 of 9;
3. team search with `--members` members of `--member-calls` calls each (bar: p95 under
   100 ms with five of 20,000): one member's demo calls are published, then copied on
   the server for the others (new UUIDs, another member's name) by the admin, which is
   how a team of five looks to the search, without five publishes; each query runs
   through storage.team.reader.search, a new connection each time, after a warm-up.

`write_section(figures)` puts the figures under "## Team on PostgreSQL" in
docs/benchmarks.md (bench.common.write_section), leaving the other sections as they are;
`make bench` runs it after its own report. The figures in docs/benchmarks.md are in
bench/team_figures/ (`--json` wrote them; `--from-json run2.json --notes notes.md`
writes the section again).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from bench.common import demo_db, machine, median, ms, percentile, working_copy
from bench.common import write_section as write_report_section

HEADING = "## Team on PostgreSQL"
QUERIES = {
    "frequent": ["date", "team", "supplier"],
    "rare": ["developer", "leaving", "increase"],
    "two words": ["new date", "root cause"],
    "phrase": ['"new date"'],
    "prefix": ["migr*", "supp*"],
    "typed (last word a prefix)": ["root cau", "new dat"],
}
SHARED = ("clients", "calls", "notes", "reactions", "ticks", "next_steps")


def start_server():  # noqa: ANN201 (pgserver's server)
    import pgserver

    parent = Path(tempfile.mkdtemp(prefix="candor-bench-pg-"))
    parent.chmod(0o755)
    server = pgserver.get_server(parent / "data", cleanup_mode="stop")
    return server, parent


def new_team(server, name: str) -> str:  # noqa: ANN001
    from storage.team.server_schema import init_team

    server.psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE); CREATE DATABASE {name};")
    url = server.get_uri(name)
    init_team(url)
    return url


def joined_copy(source: Path, label: str, admin_url: str, member: str):  # noqa: ANN201
    from storage.store import Store
    from storage.team.membership import join
    from storage.team.server_schema import add_member

    store = Store(working_copy(source, label))
    role = f"{admin_url.rsplit('/', 1)[1].split('?')[0]}_{member.lower()}"
    join(store.db, add_member(admin_url, member, role))
    return store


def publish_whole(server, calls: int) -> tuple[dict, object, str]:  # noqa: ANN001
    from storage.team.link import pending_count
    from storage.team.publish import publish

    url = new_team(server, f"bench_publish_{calls}")
    store = joined_copy(demo_db(calls), f"team-{calls}", url, "Ann")
    rows = pending_count(store.db)
    started = time.perf_counter()
    result = publish(store.db, store.path)
    seconds = time.perf_counter() - started
    notes = store.db.execute("SELECT count(*) FROM notes").fetchone()[0]
    figures = {"calls": calls, "notes": notes, "rows": rows, "seconds": seconds}
    assert result.upserted == rows, (result, rows)
    return figures, store, url


def one_ended_call(store, rounds: int = 9) -> dict:  # noqa: ANN001
    from domain.model import (
        Call,
        Client,
        NextStep,
        Note,
        NoteKind,
        Reaction,
        ReactionKind,
        Tick,
        utc_now,
    )
    from storage.team.publish import publish

    times, rows = [], []
    for i in range(rounds):
        call = store.calls.create(Call(client=Client("Bench client"), title=f"Bench call {i}"))
        started = store.calls.start(call.id, utc_now() - timedelta(minutes=30))
        for n in range(50):
            at = started + timedelta(seconds=20 * n)
            text = f"Note {n}: the supplier moved the date again"
            store.entries.add_note(Note(call.id, NoteKind.NOTE, text, at, n * 20_000))
        kinds = list(ReactionKind)
        for n in range(8):
            at = started + timedelta(minutes=n)
            store.entries.add_reaction(Reaction(call.id, kinds[n % len(kinds)], at, n * 60_000))
        for n in range(12):
            store.entries.add_tick(Tick(call.id, f"item{n}", True, started, n * 1000))
        for n in range(3):
            store.entries.add_next_step(NextStep(call.id, f"Step {n}", "us", date.today()))
        store.calls.end(call.id)
        begin = time.perf_counter()
        result = publish(store.db, store.path)
        times.append(time.perf_counter() - begin)
        rows.append(result.upserted)
    return {"median_ms": ms(median(times)), "p95_ms": ms(percentile(times, 95)), "rows": rows[0]}


def copy_statements() -> list[str]:
    """INSERT ... SELECT of one member's rows as another's, parents first."""
    from storage.team.publish import SHAPES

    def mapped(name: str) -> str:
        uuid_ref = name in ("call_uuid", "client_uuid")
        return f"md5(%(dst)s || {name}::text)::uuid" if uuid_ref else name

    out = []
    for table, (columns, _source) in SHAPES.items():
        names = [name for name, _kind, _expr in columns]
        out.append(
            f"INSERT INTO candor.{table} (uuid, member, {', '.join(names)}) "
            f"SELECT md5(%(dst)s || uuid::text)::uuid, %(dst)s, "
            f"{', '.join(mapped(n) for n in names)} FROM candor.{table} WHERE member = %(src)s"
        )
    return out


def server_rows(admin_url: str) -> dict[str, int]:
    import psycopg

    with psycopg.connect(admin_url) as conn:
        return {
            t: conn.execute(f"SELECT count(*) FROM candor.{t}").fetchone()[0]
            for t in ("calls", "notes")
        }


def copy_members(admin_url: str, source_member: str, names: list[str]) -> None:
    """The source member's rows again for each name, as the admin (owner of the tables,
    so not bound by the policies): new UUIDs derived from the old, the same text."""
    import psycopg

    with psycopg.connect(admin_url, autocommit=False) as conn:
        for name in names:
            conn.execute("INSERT INTO candor.members (name, role) VALUES (%s, %s)", [name, name])
            for sql in copy_statements():
                conn.execute(sql, {"src": source_member, "dst": name})
            conn.commit()
        conn.execute("ANALYZE")
        conn.commit()


def team_search(server, members: int, member_calls: int, rounds: int = 5) -> dict:  # noqa: ANN001
    from storage.team import reader
    from storage.team.publish import publish

    url = new_team(server, f"bench_search_{members}x{member_calls}")
    store = joined_copy(demo_db(member_calls), f"team-search-{member_calls}", url, "Ann")
    publish(store.db, store.path)
    copy_members(url, "Ann", [f"Member{i}" for i in range(2, members + 1)])
    counts = server_rows(url)
    for kind in QUERIES.values():  # warm-up
        for query in kind:
            reader.search(store.db, query)
    per_kind: dict[str, list[float]] = {}
    all_times: list[float] = []
    hits: dict[str, int] = {}
    for _round in range(rounds):
        for kind, queries in QUERIES.items():
            for query in queries:
                begin = time.perf_counter()
                found = reader.search(store.db, query)
                spent = time.perf_counter() - begin
                per_kind.setdefault(kind, []).append(spent)
                all_times.append(spent)
                hits[query] = len(found)
    store.close()
    return {
        "members": members,
        "member_calls": member_calls,
        "server_rows": counts,
        "p95_ms": ms(percentile(all_times, 95)),
        "median_ms": ms(median(all_times)),
        "kinds": {k: [ms(median(v)), ms(percentile(v, 95))] for k, v in per_kind.items()},
        "hits": hits,
    }


def write_section(figures: dict, path: Path | None = None) -> str:
    """The section's text from `figures` (as measure() returns them), written into
    docs/benchmarks.md (or `path`) under HEADING."""
    pub, one, search = figures["publish"], figures["one_call"], figures["search"]
    bar = lambda ok: "yes" if ok else "**no**"  # noqa: E731
    scale = pub["calls"] / 10_000
    full_search = search["member_calls"] >= 20_000 and search["members"] >= 5
    search_ok = bar(search["p95_ms"] <= 100) if full_search else "at a smaller size"
    lines = [
        HEADING,
        "",
        f"Measured {figures['date']} on {figures['machine']}, PostgreSQL 16 from pgserver on "
        "the same machine (a Unix socket), `python -m bench.team_bench "
        f"--calls {pub['calls']} --members {search['members']} "
        f"--member-calls {search['member_calls']}`. {figures.get('load', '')}",
        "",
        "| figure | measured | bar | within |",
        "|---|---|---|---|",
        f"| publish {pub['calls']:,} calls whole ({pub['notes']:,} notes, {pub['rows']:,} rows) "
        f"| {pub['seconds']:.1f} s | 60 s for 10,000 calls | "
        f"{bar(pub['seconds'] <= 60 * scale) if scale >= 1 else 'at a smaller size'} |",
        f"| publish one ended call ({one['rows']} rows), new connection each time | median "
        f"{one['median_ms']:.0f} ms, p95 {one['p95_ms']:.0f} ms | 200 ms | "
        f"{bar(one['p95_ms'] <= 200)} |",
        f"| team search, {search['members']} members × {search['member_calls']:,} calls "
        f"({search['server_rows']['calls']:,} calls, {search['server_rows']['notes']:,} notes "
        f"on the server), new connection each | p95 {search['p95_ms']:.0f} ms, median "
        f"{search['median_ms']:.0f} ms | p95 100 ms with 5 × 20,000 | "
        f"{search_ok} |",
        "",
        "Search by kind of query (median / p95 ms): "
        + "; ".join(f"{k} {a:.0f} / {b:.0f}" for k, (a, b) in search["kinds"].items())
        + ". Queries: "
        + "; ".join(", ".join(v) for v in QUERIES.values())
        + ".",
        "",
    ]
    if figures.get("notes"):
        lines += [figures["notes"], ""]
    text = "\n".join(lines)
    write_report_section(HEADING, text, *([path] if path else []))
    return text


def measure(calls: int, members: int, member_calls: int) -> dict:
    server, folder = start_server()
    try:
        load = os.getloadavg()[0]
        pub, store, _url = publish_whole(server, calls)
        print(f"publish {calls}: {pub['seconds']:.1f} s", flush=True)
        one = one_ended_call(store)
        store.close()
        print(f"one call: {one}", flush=True)
        search = team_search(server, members, member_calls)
        print(f"search: {search['p95_ms']:.0f} ms p95", flush=True)
    finally:
        server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "date": date.today().isoformat(),
        "machine": machine(),
        "load": f"Load average at the start: {load:.1f}.",
        "publish": pub,
        "one_call": one,
        "search": search,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench.team_bench")
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--members", type=int, default=5)
    parser.add_argument("--member-calls", type=int, default=20_000)
    parser.add_argument("--json", type=Path, help="also save the figures here")
    parser.add_argument("--from-json", type=Path, help="write the section from saved figures")
    parser.add_argument("--notes", type=Path, help="a paragraph to add under the table")
    parser.add_argument("--write", action="store_true", help="write docs/benchmarks.md")
    args = parser.parse_args(argv)
    os.environ.setdefault("CANDOR_NO_KEYRING", "1")
    if args.from_json:
        figures = json.loads(args.from_json.read_text())
    else:
        figures = measure(args.calls, args.members, args.member_calls)
    if args.notes:
        figures["notes"] = args.notes.read_text().strip()
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, default=str))
    if args.write or args.from_json:
        print(write_section(figures))
    else:
        print(json.dumps(figures, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
