"""Review widgets can be dropped by Python at any time (in a child process: a crash must not
take the test run down with it)."""

from tests.ui.child_script import run_ok

SCRIPT = r"""
import gc, sys
from datetime import date, timedelta
from pathlib import Path
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
app = QApplication([])
from storage.store import Store
from tests.ui.review.conftest import add_call, add_note, add_reactions, add_step
from domain.model import ReactionKind
from ui.screenshots import Detached, detached_context
from ui.shell.banner_controller import BannerController
from ui.shell.pages import Page
from ui.pages.board.controller import BoardPageController
from ui.pages.client.view import ClientPage
from ui.pages.history.view import HistoryView
from ui.pages.search.panel import SearchPanel

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

makers = [
    lambda: HistoryView(store),
    lambda: SearchPanel(store),
    lambda: ClientPage(store, "Acme"),
    board,  # through their controllers: the views hold no store
    banner,
]
for _ in range(3):
    for make in makers:
        widget = make()
        if hasattr(widget, "refresh"):
            widget.refresh()
        if isinstance(widget, SearchPanel):
            widget.field.setText("waterfall")
            widget.run_search()  # dropped while its search may still be running
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
