"""Review widgets can be dropped by Python at any time (in a child process: a crash must not
take the test run down with it). The pages' views are filled as their controllers fill
them; the search is its controller's, over a page stack, with its worker."""

from tests.ui.child_script import run_ok

SCRIPT = r"""
import gc, sys
from datetime import date, timedelta
from pathlib import Path
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget
app = QApplication([])
from storage.store import Store
from tests.ui.review.conftest import add_call, add_note, add_reactions, add_step
from domain.model import ReactionKind
from ui.screenshots import Detached, detached_context
from ui.shell.banner_controller import BannerController
from ui.shell.pages import Page
from ui.pages.board.controller import BoardPageController
from ui.pages.client.controller import load_client
from ui.pages.client.view import ClientPage
from ui.pages.history.view import HistoryView
from ui.pages.search.controller import SearchController
from ui.shell.context import PageContext
from ui.shell.events import AppEvents

store = Store(Path(sys.argv[1]))
for n in range(3):
    call = add_call(store, "Acme", f"Call {n}", follow_up_on=date.today())
    add_note(store, call, "the waterfall chart")
    add_reactions(store, call, ReactionKind.ANGRY, ReactionKind.RELIEVED)
    add_step(store, call, "send the plan", date.today() - timedelta(days=1))
def board():
    page = Detached(store, BoardPageController, "board")
    page.controller.load(Page.BOARD, None)
    return page


def banner():
    holder = QWidget()
    BannerController(detached_context(store, holder), QVBoxLayout(holder)).recount()
    return holder


def history():
    view = HistoryView()
    view.show_calls(store.history, store.calls.client_names())
    return view


def client():
    view = ClientPage()
    load_client(store, view, "Acme")
    return view


def search():  # the search controller over a page stack: the window, as it sees it
    area = QWidget()
    stack = QStackedWidget(area)
    ctx = PageContext(store, None, AppEvents(area), area, None)  # no page is opened
    area.search = SearchController(ctx, stack, area)
    return area


makers = [
    history,
    search,
    client,
    board,  # through their controllers: the views hold no store
    banner,
]
for _ in range(3):
    for make in makers:
        widget = make()
        if hasattr(widget, "refresh"):
            widget.refresh()
        if hasattr(widget, "search"):
            widget.search.search("waterfall")
            widget.search.panel.run_search()  # dropped while its search may still be running
        widget.resize(900, 600)
        widget.show()
        widget.repaint()
        del widget
        gc.collect()
        app.processEvents()
store.close()
print("ok")
"""


def test_widgets_survive_garbage_collection(tmp_path):
    done = run_ok(SCRIPT, tmp_path / "t.db")
    assert "malformed" not in done.stderr
