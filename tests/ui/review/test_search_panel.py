import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from domain.model import SearchHit
from tests.ui.review.conftest import add_call, add_note, unnamed
from ui.pages.search.model import HTML_ROLE, mark_open, snippet_html
from ui.pages.search.panel import NO_MATCHES
from ui.shell.pages import Page

HOSTILE = [
    '"',
    '""',
    "'",
    "*",
    "-",
    "^",
    "AND",
    "OR NOT",
    "NEAR(a b)",
    "title:",
    "col:meeting",
    "(((",
    ")",
    "a AND",
    "\\",
    "%_",
    "'; DROP TABLE calls; --",
    "\x00",
    "\x02\x03",
    "<b>bold</b> &amp;",
    "😀 emoji",
    "مرحبا",
    "Zürich café",
    "x" * 5000,
    "   ",
    "waterfall*",
    '"waterfall',
]


@pytest.fixture
def search(ui, qtbot):
    """The real window's search (Ctrl+F), open over the page; it runs the searches."""
    ui.window.resize(1100, 720)
    controller = ui.controller.search()
    controller.show()
    qtbot.waitExposed(controller.panel)
    return controller


@pytest.fixture
def panel(search):
    return search.panel


@pytest.fixture
def planted(store) -> int:
    other = add_call(store, "Acme", "Release slips")
    add_note(store, other, "Nothing of interest here")
    call_id = add_call(store, "Beta <Corp>", "Invoice run failed")
    add_note(store, call_id, "They mentioned the waterfall chart & the <script> budget")
    return call_id


def test_typing_shows_highlighted_results_after_the_debounce(panel, planted, qtbot):
    QTest.keyClicks(panel.field, "waterf")
    assert panel.timer.isActive()  # debounced: not searched on each keystroke
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=2000)
    hit = panel.model.hit(0)
    assert hit.call_id == planted and hit.kind == "note"
    page = panel.model.index(0, 0).data(HTML_ROLE)
    assert f"{mark_open()}waterfall</b>" in page
    assert "&lt;script&gt;" in page and "<script>" not in page
    assert "Beta &lt;Corp&gt;" in page
    assert "Note" in page
    assert "waterfall" in panel.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)


def test_enter_opens_the_call(ui, search, panel, planted, qtbot):
    panel.field.setFocus()
    QTest.keyClicks(panel.field, "waterfall")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=2000)
    with qtbot.waitSignal(panel.open_call, timeout=1000) as blocker:
        QTest.keyClick(panel.field, Qt.Key.Key_Return)
    assert blocker.args == [planted]
    assert not search.visible  # opening a result closes the search
    assert ui.window.current_page() == "detail" and ui.page(Page.DETAIL).call_id == planted
    ui.nav.back()
    search.show()  # Ctrl+F: the same words, searched again
    assert panel.field.text() == "waterfall"
    qtbot.waitUntil(lambda: not panel.searching and panel.model.rowCount() == 1, timeout=2000)
    with qtbot.waitSignal(panel.open_call, timeout=1000) as blocker:
        QTest.keyClick(panel.results, Qt.Key.Key_Return)
    assert blocker.args == [planted]
    assert ui.window.current_page() == "detail" and ui.page(Page.DETAIL).call_id == planted


def test_enter_before_the_debounce_searches_at_once(ui, panel, planted, qtbot):
    panel.field.setText("waterfall")
    with qtbot.waitSignal(panel.open_call, timeout=1000) as blocker:
        QTest.keyClick(panel.field, Qt.Key.Key_Return)
    assert blocker.args == [planted]
    assert ui.window.current_page() == "detail" and ui.page(Page.DETAIL).call_id == planted


def test_down_arrow_moves_into_the_results_and_up_comes_back(search, panel, planted, qtbot):
    panel.activateWindow()
    panel.focus_search()
    search.search_now("invoice")
    assert panel.model.rowCount() >= 1
    QTest.keyClick(panel.field, Qt.Key.Key_Down)
    qtbot.waitUntil(panel.results.hasFocus, timeout=1000)
    assert panel.results.currentIndex().row() == 0
    QTest.keyClick(panel.results, Qt.Key.Key_Up)
    qtbot.waitUntil(panel.field.hasFocus, timeout=1000)


def test_no_matches_message(search, panel, planted):
    search.search_now("zebra")
    assert panel.model.rowCount() == 0
    assert panel.stack.currentWidget() is panel.message
    assert panel.message.text() == NO_MATCHES
    search.search_now("")
    assert panel.stack.currentWidget() is panel.results


def test_a_query_cut_to_its_first_words_says_so(search, panel, planted, qtbot):
    pasted = "waterfall chart " + " ".join(f"word{i}" for i in range(40))
    search.search_now(pasted)  # more words than a search holds: the first ones are searched
    assert panel.status.text().startswith("Only the first 12 words were searched.")
    search.search_now("waterfall chart")
    assert "Only the first" not in panel.status.text()
    panel.field.clear()
    QTest.keyClicks(panel.field, " ".join(f"invoice{i}" for i in range(20)))  # typed, too
    qtbot.waitUntil(lambda: "Only the first 12" in panel.status.text(), timeout=3000)
    assert panel.model.rowCount() == 0


def test_hostile_input_never_raises(search, panel, planted, qtbot):
    for text in HOSTILE:
        search.search_now(text)
        assert panel.model.rowCount() >= 0
        assert not panel.status.text().startswith("Search failed"), text
    panel.field.clear()
    QTest.keyClicks(panel.field, '") OR "1"="1 NEAR(')  # typed: on the worker thread
    qtbot.waitUntil(lambda: not panel.searching, timeout=2000)
    assert panel.model.rowCount() == 0
    assert panel.stack.currentWidget() is panel.message


def test_only_the_newest_query_is_shown(panel, planted, qtbot):
    panel.field.setText("nothing")
    panel.run_search()
    panel.field.setText("waterfall")
    panel.run_search()  # supersedes the first before its results can arrive
    qtbot.waitUntil(lambda: not panel.searching, timeout=2000)
    qtbot.wait(50)
    assert [h.call_id for h in (panel.model.hit(r) for r in range(panel.model.rowCount()))] == [
        planted
    ]


def test_a_search_failure_is_a_message_not_an_exception(search, panel, planted, qtbot, tmp_path):
    search.worker.reader.path = tmp_path / "gone.db"  # the file vanished under us
    panel.field.setText("waterfall")
    panel.run_search()
    qtbot.waitUntil(lambda: not panel.searching, timeout=2000)
    assert panel.status.text().startswith("Search failed")


def test_snippet_html_escapes_before_marking():
    snippet = f"a <i>{SearchHit.HIT_OPEN}x&y{SearchHit.HIT_CLOSE}</i>\x01"
    assert snippet_html(snippet) == f"a &lt;i&gt;{mark_open()}x&amp;y</b>&lt;/i&gt; "


def test_every_interactive_widget_is_named(search, panel, planted):
    search.search_now("waterfall")
    assert unnamed(panel) == []
