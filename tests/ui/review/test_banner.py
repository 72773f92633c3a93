from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QVBoxLayout

from tests.ui.review.conftest import add_call, add_step, unnamed
from ui.shell.banner import headline
from ui.shell.banner_controller import BannerController
from ui.shell.pages import Page

TODAY = date(2026, 3, 18)


@pytest.fixture
def make_banner(ctx):
    """The banner through its controller, on a page that shows it, as the window builds it."""

    def make() -> BannerController:
        controller = BannerController(ctx, QVBoxLayout(ctx.parent), today=lambda: TODAY)
        controller.refresh()
        return controller

    return make


def test_hidden_when_nothing_is_due(store, make_banner):
    call = add_call(store, "Acme", "Release slips", follow_up_on=TODAY + timedelta(days=3))
    add_step(store, call, "later", TODAY + timedelta(days=1))
    banner = make_banner().banner
    assert banner.isHidden()


def test_counts_and_actions(store, ctx, make_banner, qtbot):
    a = add_call(store, "Acme", "Release slips", follow_up_on=TODAY)
    b = add_call(store, "Beta", "Outage", follow_up_on=TODAY)
    add_call(store, "Prep", "Not ended yet", ended=False, follow_up_on=TODAY)
    for n in range(3):
        add_step(store, a, f"late {n}", TODAY - timedelta(days=n + 1))
    banner = make_banner().banner
    assert not banner.isHidden()
    assert banner.headline.text() == "3 commitments overdue · 2 follow-ups due today"
    with qtbot.waitSignal(banner.show_board, timeout=1000):
        banner.board_button.click()
    assert ctx.navigator.shown == [(Page.BOARD, None)]
    with qtbot.waitSignal(banner.open_call, timeout=1000) as blocker:
        banner.findChild(type(banner.board_button), "bannerOpen1").click()
    assert blocker.args == [b] and ctx.navigator.opened == [b]
    assert unnamed(banner) == []
    with qtbot.waitSignal(ctx.events.commitmentsChanged, timeout=1000):
        banner.findChild(type(banner.board_button), "bannerCheckedIn0").click()
    assert [f.call_id for f in store.reports.follow_ups_due(TODAY)] == [b]
    assert banner.headline.text() == "3 commitments overdue · 1 follow-up due today"
    assert banner.undo_button.isVisibleTo(banner)
    assert banner.note.text() == "Checked in with Acme."
    banner.undo_button.click()
    assert len(store.reports.follow_ups_due(TODAY)) == 2
    assert banner.headline.text() == "3 commitments overdue · 2 follow-ups due today"
    assert not banner.undo_button.isVisibleTo(banner)


def test_last_check_in_keeps_the_banner_for_undo_then_close_hides_it(store, make_banner):
    call = add_call(store, "Acme", "Release slips", follow_up_on=TODAY - timedelta(days=4))
    controller = make_banner()
    banner = controller.banner
    assert banner.headline.text() == "1 follow-up due"  # not today: it was due days ago
    banner.findChild(type(banner.board_button), "bannerCheckedIn0").click()
    assert store.reports.follow_ups_due(TODAY) == []
    assert not banner.isHidden() and not banner.board_button.isVisibleTo(banner)
    banner.close_button.click()
    assert banner.isHidden() and banner.dismissed
    add_step(store, call, "late", TODAY - timedelta(days=1))
    controller.refresh()
    assert banner.isHidden() and banner.overdue == 1


def test_many_follow_ups_are_summarised(store, make_banner):
    for n in range(5):
        add_call(store, f"Client {n}", "Check", follow_up_on=TODAY)
    banner = make_banner().banner
    assert banner.more.text() == "and 2 more follow-ups due"


def test_hidden_off_the_overview_pages_and_in_compact_mode(store, ctx, make_banner):
    add_call(store, "Acme", "Release slips", follow_up_on=TODAY)
    controller = make_banner()
    assert not controller.banner.isHidden()
    ctx.navigator.current = Page.LIVE
    ctx.navigator.pageChanged.emit(Page.LIVE)
    assert controller.banner.isHidden()
    ctx.navigator.current = Page.BOARD
    ctx.navigator.pageChanged.emit(Page.BOARD)
    assert not controller.banner.isHidden()
    ctx.events.compactChanged.emit(True)
    assert controller.banner.isHidden()


def test_headline_wording():
    assert headline(1, [], TODAY) == "1 commitment overdue"
    assert headline(0, [], TODAY) == ""


def test_letters_not_sent_oldest_first_marked_sent_and_undone(store, ctx, make_banner, qtbot):
    from datetime import UTC, datetime

    yesterday = datetime.combine(TODAY - timedelta(days=1), datetime.min.time(), UTC)
    older = add_call(store, "Acme", "Release slips", started=yesterday, letter_sent=False)
    newer = add_call(
        store, "Beta", "Outage", started=yesterday + timedelta(hours=5), letter_sent=False
    )
    add_call(store, "Gamma", "Sent already")  # its letter went out
    banner = make_banner().banner
    assert not banner.isHidden()
    assert banner.headline.text() == "2 letters not sent, the oldest from yesterday"
    first = banner.findChild(type(banner.board_button), "bannerOpenLetter0")
    with qtbot.waitSignal(banner.open_call, timeout=1000) as blocker:
        first.click()
    assert blocker.args == [older] and ctx.navigator.opened == [older]
    assert unnamed(banner) == []
    with qtbot.waitSignal(ctx.events.lettersChanged, timeout=1000):
        banner.findChild(type(banner.board_button), "bannerLetterSent0").click()
    assert [s.id for s in store.calls.letters_owed()[0]] == [newer]
    assert banner.headline.text() == "1 letter not sent (from yesterday)"
    assert banner.note.text() == "Marked the letter to Acme sent."
    with qtbot.waitSignal(ctx.events.lettersChanged, timeout=1000):
        banner.undo_button.click()
    assert store.calls.letters_owed()[1] == 2
    assert banner.headline.text() == "2 letters not sent, the oldest from yesterday"


def test_headline_words_letters_with_the_rest():
    assert headline(0, [], TODAY, 1, TODAY) == "1 letter not sent (from today)"
    assert headline(2, [], TODAY, 3, date(2026, 3, 2)) == (
        "2 commitments overdue · 3 letters not sent, the oldest from 2 Mar 2026"
    )
