"""The board lists the letters not yet sent, oldest first; marking one sent updates the
banner's count too (AppEvents.lettersChanged)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.ui.review.conftest import add_call
from ui.shell.pages import Page

T = datetime.now(UTC).replace(microsecond=0) - timedelta(days=3)


def test_the_board_lists_unsent_letters_and_marks_them_sent(ui, qtbot, store):
    older = add_call(store, "Acme", "Release slips", started=T, letter_sent=False)
    newer = add_call(store, "Beta", "Outage", started=T + timedelta(days=1), letter_sent=False)
    add_call(store, "Gamma", "Sent already", started=T)
    ui.nav.show(Page.BOARD)
    panel = ui.page(Page.BOARD).view.letters
    assert panel.isVisible()
    assert panel.heading.text() == "2 letters not sent"
    assert panel.current_call() == older  # oldest first
    with qtbot.waitSignal(ui.controller.events.lettersChanged, timeout=1000):
        panel.sentRequested.emit(older)
    assert store.calls.get(older).letter_sent_at is not None
    assert panel.heading.text() == "1 letter not sent" and panel.current_call() == newer
    assert ui.controller.banner.banner.letters_owed == 1
    panel.openRequested.emit(newer)
    assert ui.nav.current_call_id() == newer


def test_no_letters_owed_hides_the_list(ui, store):
    add_call(store, "Gamma", "Sent already", started=T)
    ui.nav.show(Page.BOARD)
    assert not ui.page(Page.BOARD).view.letters_shown()
