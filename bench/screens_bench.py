"""Resident memory with every screen of the window opened once, on a copy of a demo database.

The real window (ui.app.App) on the copy: recent calls, History, the commitments board,
the busiest client's page, search (a frequent word), an ended call's detail and its
wrap-up, a new call's prepare page, and that call live with a note (the copy is written
to: a call is made and started). Prints VmRSS after each, as JSON on the last line.

Alone: `python -m bench.screens_bench DB` (DB is copied first, never changed).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import rss_mb, working_copy  # noqa: E402


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from PySide6.QtWidgets import QMessageBox

    from domain.model import Call, CallStatus, Client
    from storage.store import Store
    from ui.app import App
    from ui.shell.main_window import MainWindow
    from ui.shell.pages import Page
    from ui.style import apply_style

    def answer(kind: str, button: QMessageBox.StandardButton):  # noqa: ANN202
        def asked(parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN202
            print(f"  ({kind}: {text.splitlines()[0]})", file=sys.stderr)
            return button

        return asked

    # No one answers a box offscreen: each is answered here (and said on stderr).
    QMessageBox.question = answer("asked", QMessageBox.StandardButton.Yes)
    for name in ("warning", "critical", "information"):
        setattr(QMessageBox, name, answer(name, QMessageBox.StandardButton.Ok))
    db = working_copy(Path(argv[0]), "screens")
    apply_style(app)
    store = Store(db)
    window = MainWindow()
    controller = App(store, window)
    shown: list[tuple[str, float, float]] = []

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    def step(name: str, action) -> None:  # noqa: ANN001
        started = time.perf_counter()
        action()
        settle()
        shown.append((name, (time.perf_counter() - started) * 1000, rss_mb()))
        print(f"  {name}: {shown[-1][1]:.0f} ms, {shown[-1][2]:.0f} MB", file=sys.stderr)

    step("window and recent calls", controller.start)
    controller.maintenance.backup_timer.stop()  # no daily backup of the copy meanwhile
    nav = controller.navigator
    step("history", lambda: nav.show(Page.HISTORY))
    step("commitments board", lambda: nav.show(Page.BOARD))
    busiest = store.db.execute(
        "SELECT clients.name FROM calls JOIN clients ON clients.id = calls.client_id "
        "GROUP BY clients.id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    step("client page (busiest client)", lambda: nav.show(Page.CLIENT, busiest))

    def search() -> None:
        panel = controller.search()
        panel.show()
        results = store.search.search("supplier")
        assert results

    step("search", search)
    ended = next(s.id for s in store.calls.summaries(limit=50) if s.status is CallStatus.ENDED)
    step("call detail", lambda: nav.show(Page.DETAIL, ended))
    step("wrap-up", lambda: nav.show(Page.WRAPUP, ended))
    step("prepare (new call)", lambda: nav.show(Page.PREPARE))
    call = store.calls.create(Call(client=Client(busiest), title="Bench: live call"))

    def live() -> None:
        nav.show(Page.LIVE, call.id)

    step("live call", live)
    step("recent calls again", nav.home)
    rows = [(name, f"{ms:.0f} ms", f"{rss:.0f} MB") for name, ms, rss in shown]
    for row in rows:
        print(*row, sep="\t")
    result = {"rss_mb": max(rss for _n, _ms, rss in shown), "steps": rows}
    window.close()
    store.close()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
