"""Timings of the review screens on a large demo database (not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/review_bench.py [DB] [--calls N]

DB defaults to /tmp/candor-10k.db; when it does not exist it is built first with
`main.py --db DB demo --calls N` (N defaults to 10,000). Measures, in one
process with the database open: opening the History page (count, first page and
first paint, median of 5), scrolling the table a page at a time and then to the end
(longest step, fetching included), sorting by every column both ways and filtering
(longest), search over 20 everyday queries (p50/p95, store alone and through the
panel), opening the board and the client page (medians of 5), the banner, and
resident memory (VmRSS). The database is only read; a migration it lacks is applied
on opening, so measure a copy of a database you keep.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget  # noqa: E402

from bench.common import ms, rss_mb  # noqa: E402
from bench.common import percentile as pct  # noqa: E402

QUERIES = [
    "delay",
    "budget",
    "invoice",
    "outage",
    "vendor",
    "migration",
    "refund",
    "timeline",
    "payment",
    "release",
    "escalation",
    "root cause",
    "revised plan",
    "written summary",
    "data centre",
    "customer portal",
    "apolog",
    "weekend",
    "Northwind",
    "the new date for the",
]
RUNS = 5
SCROLL_ROWS = 20_000  # scrolled through a page at a time; past them, jumps to the end


def guard_singletons() -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on each Python slot call and to
    True/False on each emit() (measured: -1 per call; 6.11.3 does not). Python 3.12+ makes these
    objects immortal; on 3.11 their count reaches zero after some thousands of calls and the
    process aborts. The benchmark makes thousands of calls, so it raises their counts first.
    A workaround for measuring only: the fix is a PySide6 without the bug (or Python 3.12+)."""
    import ctypes
    from importlib.metadata import PackageNotFoundError, version

    try:
        pyside = version("PySide6")
    except PackageNotFoundError:
        pyside = ""
    if sys.version_info >= (3, 12) or pyside != "6.12.0":
        return
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def ensure_db(path: Path, calls: int) -> None:
    if path.exists():
        return
    print(f"building {path} with {calls} demo calls …", flush=True)
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(path), "demo", "--calls", str(calls)],
        check=True,
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", default="/tmp/candor-10k.db", type=Path)
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args(argv)
    ensure_db(args.db, args.calls)
    guard_singletons()

    app = QApplication.instance() or QApplication([])
    from domain.history import HistoryFilter, HistoryQuery
    from storage.store import Store
    from ui.models.commitments import HORIZONS
    from ui.models.history import PAGE_SIZE, Column
    from ui.pages.board.controller import BoardPageController
    from ui.pages.client.controller import ClientController
    from ui.pages.history.controller import HistoryController
    from ui.pages.search.panel import RESULT_LIMIT, SearchPanel
    from ui.pages.search.worker import BackgroundSearch
    from ui.screenshots import Detached, detached_context
    from ui.shell.banner_controller import BannerController
    from ui.shell.pages import Page

    rows: list[tuple[str, str, str]] = []
    rss_qt = rss_mb()
    store = Store(args.db)
    calls = store.calls.count()
    notes = store.db.execute("SELECT count(*) FROM notes").fetchone()[0]
    from ui.startup import freeze_start_up

    freeze_start_up()  # what is loaded so far, as run_window does once the window is built

    # History: count + first page + first paint, a fresh page each run, built and loaded by
    # its controller as the navigator does.
    def open_history() -> Detached:
        holder = Detached(store, HistoryController, "historyBench")
        holder.resize(1100, 720)
        holder.controller.load(Page.HISTORY, None)
        holder.show()
        holder.repaint()  # synchronous paint of the page and the visible rows
        return holder

    def first_page() -> None:
        store.history.count(HistoryFilter())
        store.history.page(HistoryQuery(), 0, PAGE_SIZE)

    opens, loads = [], []
    holder = None
    for _ in range(RUNS):
        if holder is not None:
            holder.close()
            holder.deleteLater()
            app.processEvents()
        loads.append(timed(first_page))
        started = time.perf_counter()
        holder = open_history()
        opens.append(time.perf_counter() - started)
    assert holder is not None
    page = holder.controller.view
    # What the page started on workers (whether this file is in a team) reports back, as
    # the event loop would let it between the page opening and a first scroll. The loops
    # below paint without the event loop: a task's report left waiting would keep the
    # garbage collector paused (ui.tasks) through every scroll step, and its first pass
    # afterwards, over every row fetched meanwhile, would land in the sorting (60-120 ms
    # at 100,000 calls), a stall of this bench's making.
    from ui import tasks

    waited = time.perf_counter() + 10
    while tasks.running() and time.perf_counter() < waited:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    app.processEvents()
    rows.append(
        (
            "history: count + first page query alone",
            f"{ms(statistics.median(loads)):.0f} ms",
            f"median of {RUNS}; {PAGE_SIZE} rows a page",
        )
    )
    rows.append(
        (
            "history: open (load + model + first paint)",
            f"{ms(statistics.median(opens)):.0f} ms",
            f"median of {RUNS}; first {ms(opens[0]):.0f} ms; bar 200 ms",
        )
    )
    rss_history = rss_mb()

    # Scrolling a page at a time, painting each step; the model fetches a page whenever
    # the table reaches the last row fetched. The first SCROLL_ROWS rows step by step,
    # then straight to the end (each jump fetches one more page, at a growing offset).
    table = page.table
    bar = table.verticalScrollBar()

    costs: list[tuple[float, float]] = []  # each step's wall time and the UI thread's CPU

    def step_to(value: int) -> float:
        started_cpu = time.thread_time()
        wall = timed(lambda: (bar.setValue(value), table.viewport().repaint()))
        costs.append((wall, time.thread_time() - started_cpu))
        return wall

    def scroll(limit: int) -> tuple[list[float], list[float]]:
        steps, jumps = [], []
        bar.setValue(0)
        while bar.value() < bar.maximum() and page.model.rowCount() < limit:
            steps.append(step_to(min(bar.maximum(), bar.value() + bar.pageStep())))
        while page.model.canFetchMore():
            jumps.append(step_to(bar.maximum()))
        return steps, jumps

    steps, jumps = scroll(SCROLL_ROWS)
    fetched = page.model.rowCount()
    rows.append(
        (
            "history: scroll top to bottom, per page",
            f"{ms(max(steps + jumps)):.1f} ms",
            f"longest of {len(steps)} steps and {len(jumps)} jumps to the end; median step "
            f"{ms(statistics.median(steps)):.1f} ms; {fetched:,} rows fetched; bar 50 ms",
        )
    )
    rows.append(
        (
            "history: scroll, UI-thread CPU per step",
            f"{ms(statistics.median(c for _, c in costs)):.1f} ms",
            f"median; the longest step's {ms(max(costs)[1]):.1f} ms, the most in any step "
            f"{ms(max(c for _, c in costs)):.1f} ms (wall time past it: waiting for a core)",
        )
    )

    # Sorting by every column both ways: a header click, the order read (off the UI thread
    # but by date), the first rows painted. The UI thread's longest stall is the longest
    # gap between ticks of a 5 ms timer.
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)

    def sort_and_wait(column: Column, order: Qt.SortOrder) -> float:
        started = time.perf_counter()
        table.sortByColumn(column, order)
        while page.sorting():  # waits as the event loop does (the ticker wakes it)
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        table.viewport().repaint()
        return time.perf_counter() - started

    sorts: dict[str, float] = {}
    last[0] = time.perf_counter()
    ticker.start()
    for column in Column:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            bar.setValue(0)
            app.processEvents()
            sorts[f"{column.name.lower()} {order.name[:-5].lower()}"] = sort_and_wait(column, order)
    ticker.stop()
    sort_stall = max(gaps)
    worst = max(sorts, key=sorts.__getitem__)
    rows.append(
        (
            "history: sort by client / by open commitments",
            f"{ms(sorts['client ascending']):.0f} / {ms(sorts['open descending']):.0f} ms",
            "header click to painted rows (read off the UI thread)",
        )
    )
    rows.append(
        (
            "history: sort, slowest of every column both ways",
            f"{ms(sorts[worst]):.0f} ms",
            f"{worst}; median {ms(statistics.median(sorts.values())):.0f} ms; to painted rows",
        )
    )
    sort_and_wait(Column.OPEN, Qt.SortOrder.DescendingOrder)
    by_id_steps, by_id_jumps = scroll(2_000)  # pages by id in a sorted order
    rows.append(
        (
            "history: scroll to the end sorted by open commitments",
            f"{ms(max(by_id_steps + by_id_jumps)):.1f} ms",
            f"longest of {len(by_id_steps) + len(by_id_jumps)} steps and jumps (pages by id)",
        )
    )
    sort_and_wait(Column.DATE, Qt.SortOrder.DescendingOrder)
    combo = page.filters.client
    filter_client = timed(lambda: (combo.setCurrentIndex(1), page.repaint()))
    rows.append(
        (
            "history: filter by one client + paint",
            f"{ms(filter_client):.0f} ms",
            f"{page.model.match_count:,} calls match",
        )
    )
    stalls = steps + jumps + by_id_steps + by_id_jumps + [filter_client, sort_stall]
    rows.append(
        (
            "history: longest UI stall scrolling or sorting",
            f"{ms(max(stalls)):.0f} ms",
            f"sorting alone {ms(sort_stall):.0f} ms (5 ms timer gaps); bar 50 ms",
        )
    )
    combo.setCurrentIndex(0)

    # Search: the store alone, the worker's own connection, and typing into the panel.
    from storage.search_reader import SearchReader

    reader = SearchReader(args.db)
    store_times, reader_times = [], []
    for query in QUERIES * 3:
        store_times.append(timed(lambda q=query: store.search.search(q, 50)))
        reader_times.append(timed(lambda q=query: reader.search(q, 50)))
    rows.append(
        (
            "search: store.search (20 queries x 3)",
            f"p50 {ms(pct(store_times, 50)):.1f} / p95 {ms(pct(store_times, 95)):.1f} ms",
            f"max {ms(max(store_times)):.0f} ms; bar p95 50 ms",
        )
    )
    rows.append(
        (
            "search: worker path (own read-only connection)",
            f"p50 {ms(pct(reader_times, 50)):.1f} / p95 {ms(pct(reader_times, 95)):.1f} ms",
            "off the UI thread",
        )
    )

    panel = SearchPanel()  # wired to its worker as the search controller wires them
    worker = BackgroundSearch(store.path, panel)
    panel.searchRequested.connect(lambda words: worker.submit(words, RESULT_LIMIT))
    panel.searchCancelled.connect(worker.cancel)
    worker.results.connect(lambda _generation, found: panel.show_hits(found))
    worker.failed.connect(lambda _generation, message: panel.show_failure(message))
    panel.resize(460, 640)
    panel.show()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)
    ticker.start()
    typed_times, hits = [], []
    for query in QUERIES:
        panel.field.clear()
        for end in range(1, len(query) + 1):  # a fast typist: one key every 60 ms
            panel.field.setText(query[:end])
            last_key = time.perf_counter()
            if end < len(query):
                while time.perf_counter() < last_key + 0.06:
                    app.processEvents()
        while panel.searching:
            app.processEvents()
        panel.repaint()
        typed_times.append(time.perf_counter() - last_key)
        hits.append(panel.model.rowCount())
    ticker.stop()
    rows.append(
        (
            "search: last key to painted results, typing",
            f"p50 {ms(pct(typed_times, 50)):.0f} / p95 {ms(pct(typed_times, 95)):.0f} ms",
            f"incl. 150 ms debounce; {sum(1 for h in hits if h)}/{len(QUERIES)} queries with hits",
        )
    )
    rows.append(
        (
            "search: longest UI-thread stall while typing",
            f"{ms(max(gaps)):.0f} ms",
            "5 ms timer gaps; bar 50 ms",
        )
    )

    # The other review screens: opened afresh each run, as the navigator shows them.
    board_times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        board_page = Detached(store, BoardPageController, "boardBench")
        board_page.resize(1100, 720)
        board_page.controller.load(Page.BOARD, None)
        board_page.show()
        board_page.repaint()
        board_times.append(time.perf_counter() - started)
        board = board_page.controller.view
        board_page.close()
        board_page.deleteLater()
        app.processEvents()
    rows.append(
        (
            "board: open (load + paint)",
            f"{ms(statistics.median(board_times)):.0f} ms",
            f"median of {RUNS}; {sum(board.model.count(h) for h in HORIZONS):,} open "
            "commitments; bar 200 ms",
        )
    )
    busiest = max(
        store.calls.client_names(), key=lambda n: store.history.count(HistoryFilter(client=n))
    )
    client_times, figure_times = [], []
    for _ in range(RUNS):  # built and loaded by its controller, as the navigator does
        started = time.perf_counter()
        client_holder = Detached(store, ClientController, "clientBench")
        client_holder.resize(1100, 720)
        client_holder.controller.load(Page.CLIENT, busiest)
        client_holder.show()
        client_holder.repaint()
        client_times.append(time.perf_counter() - started)
        client_page = client_holder.controller.view
        while not client_page.promises_shown():  # counted on a worker thread
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        figure_times.append(time.perf_counter() - started)
        client_holder.close()
        client_holder.deleteLater()
        app.processEvents()
    rows.append(
        (
            "client page: open + paint (busiest client)",
            f"{ms(statistics.median(client_times)):.0f} ms",
            f"{client_page.calls_model.total_count:,} calls, median of {RUNS}; bar 200 ms",
        )
    )
    rows.append(
        (
            "client page: promise figures shown",
            f"{ms(statistics.median(figure_times)):.0f} ms",
            "from opening; counted off the UI thread",
        )
    )
    banner_holder = QWidget()
    banners = BannerController(detached_context(store, banner_holder), QVBoxLayout(banner_holder))
    banner = banners.banner
    banner_time = timed(banners.recount)
    rows.append(("banner: refresh", f"{ms(banner_time):.0f} ms", banner.headline.text()))
    rows.append(("memory: VmRSS with Qt only", f"{rss_qt:.0f} MB", ""))
    rows.append(("memory: VmRSS, DB + history open", f"{rss_history:.0f} MB", "bar 200 MB"))
    rows.append(("memory: VmRSS, all review screens", f"{rss_mb():.0f} MB", ""))

    if args.json:
        import json

        store.close()
        print(json.dumps({"calls": calls, "notes": notes, "rows": rows}))
        return 0
    print(f"\nReview screens on {args.db}: {calls:,} calls, {notes:,} notes\n")
    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    for name, value, note in rows:
        print(f"  {name:<{width}}  {value:>{value_width}}  {note}")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
